//! Pure state: checklist progress, form answers and completeness; no I/O.

pub mod checklist;
pub mod timestamp;
