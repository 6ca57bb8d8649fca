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
        noun: crate::content::i18n::t!("store-noun-progress", id = id),
        way_out: crate::content::i18n::t!("store-way-out-progress", id = id),
        owner: Some(id.to_string()),
    }
}

impl Store {
    pub fn checklist_path(&self, id: &str) -> PathBuf {
        self.file(CHECKLISTS, id)
    }
}
