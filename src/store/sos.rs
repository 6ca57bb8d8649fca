//! Logs of overdose walk-throughs: one file per walk, named by when it began.

use super::atomic::{FILE_MODE, create_private_dir};
use super::lock::lock_path;
use super::{Role, Store, Versioned};
use crate::progress::walk::{Log, SCHEMA};
use chrono::{DateTime, FixedOffset};
use std::fs::OpenOptions;
use std::io;
use std::os::unix::fs::OpenOptionsExt;
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
        noun: format!("the overdose log {name}"),
        way_out:
            "Fix the file by hand, or move it out of the folder; kinship never changes a saved log."
                .to_string(),
        owner: None,
    }
}

impl Store {
    /// A new log's name, from when the walk began: `2026-11-22T21-04-00`, with
    /// `-2`, `-3` ... when two walks began in the same second. The name is
    /// reserved at once (its lock file is created), so two walks started
    /// together in two terminals never write to one file.
    pub fn new_log_name(&self, started: DateTime<FixedOffset>) -> String {
        let stem = started.format("%Y-%m-%dT%H-%M-%S").to_string();
        let dir_ok = create_private_dir(&self.root().join(SOS)).is_ok();
        let mut n = 1;
        loop {
            let name = if n == 1 {
                stem.clone()
            } else {
                format!("{stem}-{n}")
            };
            n += 1;
            let path = self.log_path(&name);
            if path.exists() {
                continue;
            }
            let reserved = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(FILE_MODE)
                .open(lock_path(&path));
            match reserved {
                Ok(_) => return name,
                // Taken by a walk started at the same moment.
                Err(e) if dir_ok && e.kind() == io::ErrorKind::AlreadyExists => continue,
                // The folder cannot be written: saving will say so, later.
                Err(_) => return name,
            }
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
        let first = store.new_log_name(t);
        assert_eq!(first, "2026-11-22T21-04-00");
        let log = Log::new(t, "us");
        store
            .replace(&store.log_path(&first), &role(&first), &log)
            .unwrap();
        assert_eq!(store.new_log_name(t), "2026-11-22T21-04-00-2");
        // A name handed out is reserved, even before its log is written.
        assert_eq!(store.new_log_name(t), "2026-11-22T21-04-00-3");
        let back: Log = store
            .read(&store.log_path(&first), &role(&first))
            .unwrap()
            .unwrap();
        assert_eq!(back, log);
    }
}
