//! The fields of each content file, written once for `build.rs` and the
//! runtime.
//!
//! `build.rs` includes this folder, with `content/source.rs` and
//! `content/expand.rs`, at the same paths as in the crate
//! (`crate::content::...`), so it reads every content file with these very
//! types (and builds its index from them), and a file that does not fit
//! them stops the build with its place
//! (`content/en/checklists/x.yaml:13:9: unknown field ...`). The runtime's
//! modules (`content::region`, `content::checklist`, ...) re-export them and
//! add their behaviour. Nothing here may use any other part of the crate.
//!
//! What is checked here is each file's shape. What a file means (references
//! that resolve, placeholders that fill in every region, no phone numbers
//! outside `regions.yaml`) is the library validation in `content/validate.rs`,
//! which `cargo test` runs.

pub mod checkin;
pub mod checklist;
pub mod countries;
pub mod form;
pub mod overlay;
pub mod region;
pub mod sos;
pub mod topic;
