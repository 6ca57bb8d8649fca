//! Pure state: checklist progress, form answers, the overdose walk; no I/O.

pub mod checklist;
pub mod plan;
pub mod timestamp;
pub mod walk;
