//! A plan: one filled-in form, and everything about its answers that needs no
//! I/O. Callers use the names below; each file holds one job:
//!
//! - `model`: the plan as saved, and the changes every way of answering shares
//! - `answer`: what was typed for one question, read as its answer
//! - `date`: days and times as people write them
//! - `show`: answers as people read them, and as they would type them back
//! - `path`: one answer by its path (`team.2.name`), set or read
//! - `import`: answers from a file, checked as if typed
//! - `check`: stored answers checked as if typed (hand edits)
//! - `audience`: who may see what (`--for NAME`)
//! - `complete`: which questions are part of the plan, and how full it is
//!
//! Plan names become file names, so the store checks them (`store::plans`).

mod answer;
mod audience;
mod check;
mod complete;
mod date;
#[cfg(test)]
mod fixtures;
mod import;
mod model;
mod path;
mod show;

pub use answer::{Parsed, parse_answer};
pub use audience::{Audience, belongs, check_person, people, plan_for, same_person};
pub use check::{Invalid, drop_invalid};
pub use complete::{
    Completeness, completeness, first_unanswered, hidden_answers, section_shown, shown,
    why_left_out,
};
pub use date::{parse_date_maybe_time, show_when, twelve_hour};
pub use import::{Imported, Raw, import_answers};
pub use model::{Entry, Plan, SCHEMA, Value};
pub use path::{answer_at, set_path};
pub use show::{entry_summary, missing_label, show_value, typed_value};
