//! Checklist progress in the store: one file per checklist.

use super::{CHECKLISTS, Role, Store, Versioned};
use crate::progress::checklist::{Progress, SCHEMA};
use std::path::PathBuf;

impl Versioned for Progress {
    fn schema(&self) -> u32 {
        self.schema
    }
    const SCHEMA: u32 = SCHEMA;
    fn owner(&self) -> Option<&str> {
        Some(&self.checklist)
    }
}

/// How a checklist's progress file is named in messages.
pub fn role(id: &str) -> Role {
    Role {
        noun: format!("your progress for {id}"),
        way_out: format!(
            "Run `kinship checklist reset {id}` to move the file aside (it is kept) and start again, \
             or fix it by hand."
        ),
        owner: Some(id.to_string()),
    }
}

impl Store {
    pub fn checklist_path(&self, id: &str) -> PathBuf {
        self.file(CHECKLISTS, id)
    }
}
