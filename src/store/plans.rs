//! Plans in the store: one file per plan, named by the plan's name.

use super::read::read_user_file;
use super::{Role, Store, Versioned};
use crate::progress::plan::{Plan, Raw, SCHEMA};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The folder for plans.
pub const PLANS: &str = "plans";

impl Versioned for Plan {
    fn schema(&self) -> u32 {
        self.schema
    }
    const SCHEMA: u32 = SCHEMA;
}

/// How a plan file is named in messages.
pub fn role(name: &str) -> Role {
    Role {
        noun: format!("your plan {}", crate::error::quoted(name)),
        way_out: format!(
            "Fix the file by hand, or run `kinship plan delete {name}` to move it aside (it is kept)."
        ),
        owner: None,
    }
}

impl Store {
    pub fn plan_path(&self, name: &str) -> PathBuf {
        self.file(PLANS, name)
    }
}

/// The answers in a file to import: a whole plan file (with `answers:`) or
/// a map of answers, read as every file is (see [`read_user_file`] and
/// [`crate::yaml::from_str`]).
pub fn read_answers(
    file: &std::path::Path,
) -> Result<BTreeMap<String, Raw>, crate::error::UserError> {
    let text = read_user_file(file, crate::store::read::MAX_BYTES)
        .map_err(|e| e.into_user(crate::store::read::MAX_BYTES))
        .map_err(|e| {
            e.hint("Give a YAML file of answers; `kinship plan import --help` shows one.")
        })?;
    #[derive(serde::Deserialize)]
    struct WithAnswers {
        answers: BTreeMap<String, Raw>,
    }
    match crate::yaml::from_str::<WithAnswers>(&text) {
        Ok(w) => Ok(w.answers),
        Err(_) => crate::yaml::from_str(&text).map_err(|e| {
            let at = e
                .location
                .map(|(l, c)| format!(", line {l}, column {c}"))
                .unwrap_or_default();
            crate::error::UserError::new(format!(
                "{}{at} is not a YAML map of answers: {}",
                file.display(),
                e.message
            ))
            .hint("Write one `field: answer` per line; `kinship plan kinds KIND` lists the fields.")
        }),
    }
}
