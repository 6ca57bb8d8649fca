//! Content + state -> an owned document -> terminal lines, plain text, Markdown or HTML.

pub mod card;
pub mod chart;
pub mod checkin;
pub mod checklist;
pub mod checklist_json;
pub mod date;
pub mod doc;
pub mod gfm;
pub mod html;
pub mod markdown;
pub mod plan;
pub mod plan_json;
pub mod print;
pub mod printed;
pub mod sos;
pub mod style;
pub mod terminal;
pub mod topic;
pub mod wrap;
