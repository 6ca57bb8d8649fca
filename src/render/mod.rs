//! Content + state -> an owned document -> terminal lines (and, later, text, Markdown, HTML).

pub mod checklist;
pub mod doc;
pub mod markdown;
pub mod plan;
pub mod sos;
pub mod style;
pub mod terminal;
pub mod topic;
pub mod wrap;
