//! Plans in the store: one file per plan, named by the plan's name.

use super::{Role, Store, Versioned};
use crate::progress::plan::{Plan, SCHEMA};
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
