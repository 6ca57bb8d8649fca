//! Pure state: checklist progress, form answers, the overdose walk; no I/O.

pub mod checkin;
pub mod checklist;
pub mod journal;
pub mod kit;
pub mod plan;
pub mod timestamp;
pub mod walk;
