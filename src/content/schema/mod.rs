//! The fields of each content file, written once for `build.rs` and the
//! runtime.
//!
//! `build.rs` includes this folder, with `content/source.rs` and
//! `content/expand.rs`, at the same paths as in the crate
//! (`crate::content::...`), so the index it builds reads every file with
//! these very types, and a file that does not fit them stops the build with
//! its place (`content/regions.yaml:12:5: unknown field ...`). Nothing here
//! may use any other part of the crate.
//!
//! What is checked here is each file's shape. What a file means (references
//! that resolve, placeholders that fill in every region, no phone numbers
//! outside `regions.yaml`) is the library validation in `content/validate.rs`,
//! which `cargo test` runs.

pub mod countries;
pub mod overlay;
pub mod region;
pub mod topic;
