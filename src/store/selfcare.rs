//! Your own files about yourself: the check-ins, the naloxone kit and the
//! journal. One place per kind, read and written only through here (so that
//! they can be encrypted here alone), with the store's private, atomic,
//! locked writes.

use super::{Role, Store, Versioned};
use crate::progress::checkin::{self, CheckinLog};
use crate::progress::journal::{self, Entry};
use crate::progress::kit::{self, Kit};
use std::path::PathBuf;

/// The folder holding the check-ins and the kit.
pub const SELF: &str = "self";
/// The folder holding the journal, one file per entry.
pub const JOURNAL: &str = "journal";

impl Versioned for CheckinLog {
    fn schema(&self) -> u32 {
        self.schema
    }
    const SCHEMA: u32 = checkin::SCHEMA;
}

impl Versioned for Kit {
    fn schema(&self) -> u32 {
        self.schema
    }
    const SCHEMA: u32 = kit::SCHEMA;
}

impl Versioned for Entry {
    fn schema(&self) -> u32 {
        self.schema
    }
    const SCHEMA: u32 = journal::SCHEMA;
}

/// How the check-ins file is named in messages, and the way out.
pub fn checkins_role() -> Role {
    Role {
        noun: crate::content::i18n::t!("store-noun-checkins"),
        way_out: crate::content::i18n::t!("store-way-out-checkins"),
        owner: None,
    }
}

/// How the kit file is named in messages, and the way out.
pub fn kit_role() -> Role {
    Role {
        noun: crate::content::i18n::t!("store-noun-kit"),
        way_out: crate::content::i18n::t!("store-way-out-kit"),
        owner: None,
    }
}

/// How a journal entry is named in messages, and the way out.
pub fn entry_role(number: u32) -> Role {
    Role {
        noun: crate::content::i18n::t!("store-noun-entry", number = number),
        way_out: crate::content::i18n::t!("store-way-out-entry", number = number),
        owner: None,
    }
}

impl Store {
    pub fn checkins_path(&self) -> PathBuf {
        self.file(SELF, "checkins")
    }

    pub fn kit_path(&self) -> PathBuf {
        self.file(SELF, "kit")
    }

    /// `journal/0007.yaml` for entry 7.
    pub fn journal_path(&self, number: u32) -> PathBuf {
        self.file(JOURNAL, &format!("{number:04}"))
    }

    /// The saved check-ins; an empty log when there are none yet.
    pub fn checkins(&self) -> anyhow::Result<Option<CheckinLog>> {
        self.read(&self.checkins_path(), &checkins_role())
    }

    /// Changes the check-ins under the lock.
    pub fn update_checkins<R>(
        &self,
        now: chrono::DateTime<chrono::FixedOffset>,
        change: impl FnOnce(&mut CheckinLog) -> anyhow::Result<R>,
    ) -> anyhow::Result<R> {
        self.update(
            &self.checkins_path(),
            &checkins_role(),
            || CheckinLog::new(now),
            change,
        )
    }

    pub fn kit(&self) -> anyhow::Result<Option<Kit>> {
        self.read(&self.kit_path(), &kit_role())
    }

    pub fn update_kit<R>(
        &self,
        now: chrono::DateTime<chrono::FixedOffset>,
        change: impl FnOnce(&mut Kit) -> anyhow::Result<R>,
    ) -> anyhow::Result<R> {
        self.update(&self.kit_path(), &kit_role(), || Kit::new(now), change)
    }

    /// The numbers of the journal entries there are, in order.
    pub fn journal_numbers(&self) -> anyhow::Result<Vec<u32>> {
        let mut numbers: Vec<u32> = self
            .names(JOURNAL)?
            .iter()
            .filter_map(|n| n.parse().ok())
            .collect();
        numbers.sort_unstable();
        Ok(numbers)
    }

    /// Entry `number`: the file's name is its number, whatever the file says
    /// inside (one put back by hand under a new name still says its old one),
    /// so that the list and `journal show N` always agree.
    pub fn journal_entry(&self, number: u32) -> anyhow::Result<Option<Entry>> {
        let entry: Option<Entry> = self.read(&self.journal_path(number), &entry_role(number))?;
        Ok(entry.map(|e| Entry { number, ..e }))
    }

    /// Saves a new entry under the next free number, and returns it. Two
    /// kinships saving at once get two numbers: a number whose file appeared
    /// meanwhile is passed over, never written on.
    pub fn add_journal_entry(
        &self,
        written: chrono::DateTime<chrono::FixedOffset>,
        text: &str,
    ) -> anyhow::Result<u32> {
        // Numbers of entries moved aside are not given again, so "entry 3"
        // always means the same words.
        let archived = self
            .names(super::ARCHIVE)?
            .iter()
            .filter_map(|n| {
                n.strip_prefix(&format!("{JOURNAL}-"))?
                    .split('-')
                    .next()?
                    .parse::<u32>()
                    .ok()
            })
            .max();
        let mut number = self
            .journal_numbers()?
            .last()
            .copied()
            .max(archived)
            .unwrap_or(0)
            + 1;
        loop {
            let fresh = std::cell::Cell::new(false);
            let entry = Entry {
                schema: journal::SCHEMA,
                number,
                written,
                text: text.to_string(),
            };
            self.update(
                &self.journal_path(number),
                &entry_role(number),
                || {
                    fresh.set(true);
                    entry
                },
                |_| Ok(()),
            )?;
            if fresh.get() {
                return Ok(number);
            }
            number += 1;
        }
    }
}
