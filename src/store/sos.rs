//! Logs of overdose walk-throughs: one file per walk, named by when it began.

use super::{Role, Store, Versioned};
use crate::error::UserError;
use crate::progress::walk::{Log, SCHEMA};
use chrono::{DateTime, FixedOffset};
use std::path::PathBuf;

/// The folder for walk logs.
pub const SOS: &str = "sos";

impl Versioned for Log {
    fn schema(&self) -> u32 {
        self.schema
    }
    const SCHEMA: u32 = SCHEMA;
}

/// How a log file is named in messages.
pub fn role(name: &str) -> Role {
    Role {
        noun: crate::content::i18n::t!("store-noun-log", name = name),
        way_out: crate::content::i18n::t!("store-way-out-log"),
        owner: None,
    }
}

/// Where a walk's log is saved: a name picked when the walk begins, claimed
/// when the log is first saved.
#[derive(Debug, Clone)]
pub struct LogSlot {
    stem: String,
    n: u32,
    claimed: bool,
    /// The log's random name in the vault, once saved there.
    sealed_id: Option<String>,
}

impl LogSlot {
    /// `2026-11-22T21-04-00`, or `2026-11-22T21-04-00-2` ...
    pub fn name(&self) -> String {
        if self.n == 1 {
            self.stem.clone()
        } else {
            format!("{}-{}", self.stem, self.n)
        }
    }
}

impl Store {
    /// A new log's place, named from when the walk began: `2026-11-22T21-04-00`,
    /// with `-2`, `-3` ... when another log began in the same second. Nothing
    /// is written until the log is first saved (a walk quit at once leaves no
    /// file, not even a lock).
    pub fn new_log_slot(&self, started: DateTime<FixedOffset>) -> LogSlot {
        let mut slot = LogSlot {
            stem: started.format("%Y-%m-%dT%H-%M-%S").to_string(),
            n: 1,
            claimed: false,
            sealed_id: None,
        };
        // Locked, the names are known only with the passphrase, which a
        // walk never asks for: two logs of one second then keep both files.
        let taken = |name: &str| match self.state() {
            super::crypt::State::Plain => self.log_path(name).exists(),
            _ if self.unlocked_now() => self.exists(&self.log_path(name)).unwrap_or(false),
            _ => false,
        };
        while taken(&slot.name()) {
            slot.n += 1;
        }
        slot
    }

    /// Saves a walk's log in its slot. The first save claims the name under
    /// its lock; when another walk begun in the same second saved there
    /// first, the next free name is taken instead, so two walks never write
    /// to one file. Returns where it was saved. The file opens with `brief`,
    /// the log's summary, as comments for whoever opens it by hand (a reader
    /// of the log skips them).
    pub fn save_log(
        &self,
        slot: &mut LogSlot,
        log: &Log,
        brief: &[String],
    ) -> anyhow::Result<PathBuf> {
        let mut text = String::new();
        if !brief.is_empty() {
            text.push_str(&format!(
                "# {}\n",
                crate::content::i18n::t!("store-log-brief-heading")
            ));
            for line in brief {
                // One comment line each, whatever the text holds.
                let line: String = line
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                text.push_str(&format!("#   {line}\n"));
            }
        }
        text.push_str(&crate::yaml::to_string(log)?);
        if self.state() != super::crypt::State::Plain {
            // Encrypted to the data key's public half: no passphrase needed.
            let name = slot.name();
            let path = self.log_path(&name);
            let role = role(&name);
            let _lock = self.lock_vault(&path, &role, "save")?;
            let id = slot
                .sealed_id
                .get_or_insert_with(|| self.new_vault_id())
                .clone();
            self.write_vault_id(&id, &self.rel(&path), &text)
                .map_err(|e| {
                    UserError::new(crate::content::i18n::t!(
                        "store-log-save-failed",
                        noun = role.noun.as_str(),
                        why = super::plain_reason(&e)
                    ))
                    .hint(crate::content::i18n::t!("store-saved-before-unchanged"))
                })?;
            slot.claimed = true;
            return Ok(path);
        }
        loop {
            let name = slot.name();
            let path = self.log_path(&name);
            let role = role(&name);
            let _lock = self.lock(&path, &role, "save")?;
            if !slot.claimed && path.exists() {
                slot.n += 1;
                continue;
            }
            self.write_locked(&path, &role, &text)?;
            slot.claimed = true;
            return Ok(path);
        }
    }

    pub fn log_path(&self, name: &str) -> PathBuf {
        self.file(SOS, name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_names_come_from_the_start_time_and_never_collide() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let t = DateTime::parse_from_rfc3339("2026-11-22T21:04:00+01:00").unwrap();
        let log = Log::new(t, "us");
        // Two walks begun in the same second pick the same name, and nothing
        // is written for either until it saves.
        let mut first = store.new_log_slot(t);
        let mut second = store.new_log_slot(t);
        assert_eq!(first.name(), "2026-11-22T21-04-00");
        assert_eq!(second.name(), "2026-11-22T21-04-00");
        let files = || {
            std::fs::read_dir(dir.path().join("sos"))
                .map(|d| d.count())
                .unwrap_or(0)
        };
        assert_eq!(files(), 0, "not even a lock file");
        let a = store.save_log(&mut first, &log, &[]).unwrap();
        let b = store.save_log(&mut second, &log, &[]).unwrap();
        assert!(a.ends_with("sos/2026-11-22T21-04-00.yaml"), "{a:?}");
        assert!(b.ends_with("sos/2026-11-22T21-04-00-2.yaml"), "{b:?}");
        // Later saves stay in the claimed file.
        assert_eq!(store.save_log(&mut first, &log, &[]).unwrap(), a);
        assert_eq!(
            store
                .save_log(&mut second, &log, &["CPR: no".into()])
                .unwrap(),
            b
        );
        assert_eq!(store.new_log_slot(t).name(), "2026-11-22T21-04-00-3");
        let back: Log = store.read(&a, &role(&first.name())).unwrap().unwrap();
        assert_eq!(back, log);
        // The brief at the top is a comment: the file still reads as the log.
        let text = std::fs::read_to_string(&b).unwrap();
        assert!(text.starts_with("# What happened, in brief"), "{text}");
        assert!(text.contains("\n#   CPR: no\n"), "{text}");
        let back: Log = store.read(&b, &role(&second.name())).unwrap().unwrap();
        assert_eq!(back, log);
    }
}
