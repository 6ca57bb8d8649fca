//! The user's files: where they live, private atomic writes, locks, and never
//! overwriting a file that does not parse.

pub mod atomic;
pub mod checklists;
pub mod config;
pub mod lock;
pub mod plans;
pub mod selfcare;
pub mod sos;

use crate::error::UserError;
use crate::settings::Settings;
use crate::yaml;
use anyhow::Context;
use chrono::{DateTime, FixedOffset};
use lock::FileLock;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The operating system's reason, without its error number: "Read-only
/// file system".
fn plain_reason(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The folder for checklist progress.
pub const CHECKLISTS: &str = "checklists";
/// Where files moved aside by `reset` and `delete` go.
pub const ARCHIVE: &str = "archive";

/// A stored document that says which format version wrote it.
pub trait Versioned {
    /// The format version in the file.
    fn schema(&self) -> u32;
    /// The newest format version this kinship understands.
    const SCHEMA: u32;
    /// The oldest format version this kinship understands (format 0 was
    /// never written by any kinship).
    const OLDEST: u32 = 1;
    /// What the file says it belongs to (a checklist's progress names its
    /// checklist), when it says.
    fn owner(&self) -> Option<&str> {
        None
    }
}

/// What a file is, for messages: "your progress for overdose-kit", and what
/// the user can do when it cannot be read.
#[derive(Debug, Clone)]
pub struct Role {
    pub noun: String,
    pub way_out: String,
    /// What the file must say it belongs to, when it says (see
    /// [`Versioned::owner`]): the progress in `overdose-kit.yaml` must be
    /// for overdose-kit.
    pub owner: Option<String>,
}

/// The folder holding the user's own files.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    /// The data folder: `--data-dir`, else `KINSHIP_HOME`, else the platform's.
    pub fn from_settings(settings: &Settings) -> Result<Store, UserError> {
        if let Some(dir) = &settings.data_dir {
            return Ok(Store::new(dir));
        }
        directories::ProjectDirs::from("", "", "kinship")
            .map(|dirs| Store::new(dirs.data_dir()))
            .ok_or_else(|| {
                UserError::new("Could not find a folder to keep your data in.")
                    .hint("Set KINSHIP_HOME to a folder, or use --data-dir DIR.")
            })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `ROOT/FOLDER/NAME.yaml`
    pub fn file(&self, folder: &str, name: &str) -> PathBuf {
        self.root.join(folder).join(format!("{name}.yaml"))
    }

    /// Reads a document; `Ok(None)` when the file does not exist yet.
    pub fn read<T: DeserializeOwned + Versioned>(
        &self,
        path: &Path,
        role: &Role,
    ) -> anyhow::Result<Option<T>> {
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.io_error("read", role, path, e)),
        };
        let refuse = |what: String| {
            UserError::new(format!(
                "Could not read {} ({}{what}).",
                role.noun,
                path.display()
            ))
            .hint(role.way_out.clone())
            .hint("kinship has not changed the file.")
        };
        let text = String::from_utf8(bytes).map_err(|_| refuse(": it is not UTF-8 text".into()))?;
        let value: T = yaml::from_str(&text).map_err(|e| match e.location {
            Some((line, column)) => {
                refuse(format!(", line {line}, column {column}: {}", e.message))
            }
            None => refuse(format!(": {}", e.message)),
        })?;
        if value.schema() > T::SCHEMA {
            return Err(refuse(format!(
                ": it was written by a newer kinship (format {}, this one reads up to {})",
                value.schema(),
                T::SCHEMA
            ))
            .into());
        }
        if value.schema() < T::OLDEST {
            return Err(refuse(format!(
                ": it says format {}, which no kinship writes (this one reads formats {} to {})",
                value.schema(),
                T::OLDEST,
                T::SCHEMA
            ))
            .into());
        }
        if let (Some(expected), Some(actual)) = (&role.owner, value.owner())
            && expected != actual
        {
            return Err(refuse(format!(
                ": it says it belongs to {}, not to {expected}",
                crate::error::quoted(actual)
            ))
            .into());
        }
        Ok(Some(value))
    }

    /// Locks a document, reads it (or starts from `init`), lets `change` modify
    /// it, and writes it back atomically if anything changed. A file that does
    /// not parse is refused and left exactly as it is.
    pub fn update<T, R>(
        &self,
        path: &Path,
        role: &Role,
        init: impl FnOnce() -> T,
        change: impl FnOnce(&mut T) -> anyhow::Result<R>,
    ) -> anyhow::Result<R>
    where
        T: DeserializeOwned + Serialize + Versioned,
    {
        let _lock = FileLock::exclusive(path).map_err(|e| self.io_error("save", role, path, e))?;
        atomic::remove_stale_temps(path);
        let existing = self.read::<T>(path, role)?;
        let before = match &existing {
            Some(value) => Some(yaml::to_string(value)?),
            None => None,
        };
        let mut value = existing.unwrap_or_else(init);
        let result = change(&mut value)?;
        let after = yaml::to_string(&value)?;
        if before.as_deref() != Some(after.as_str()) {
            self.write_locked(path, role, &after)?;
        }
        Ok(result)
    }

    /// Writes a whole document, replacing any old one (under the lock).
    pub fn replace<T: Serialize>(&self, path: &Path, role: &Role, value: &T) -> anyhow::Result<()> {
        let _lock = FileLock::exclusive(path).map_err(|e| self.io_error("save", role, path, e))?;
        atomic::remove_stale_temps(path);
        self.write_locked(path, role, &yaml::to_string(value)?)
    }

    fn write_locked(&self, path: &Path, role: &Role, text: &str) -> anyhow::Result<()> {
        atomic::write(path, text.as_bytes()).map_err(|e| {
            let mut err = UserError::new(format!(
                "Could not save {} ({}): {}.",
                role.noun,
                path.display(),
                plain_reason(&e)
            ))
            .hint("What was saved before is unchanged.");
            for hint in self.io_hints(&e, path) {
                err = err.hint(hint);
            }
            err.into()
        })
    }

    /// A failure to `doing` (read, save) a file: what went wrong, with the
    /// operating system's reason under it, and what the user can do.
    fn io_error(&self, doing: &str, role: &Role, path: &Path, e: io::Error) -> anyhow::Error {
        let mut err = UserError::new(format!(
            "Could not {doing} {} ({}).",
            role.noun,
            path.display()
        ));
        for hint in self.io_hints(&e, path) {
            err = err.hint(hint);
        }
        anyhow::Error::new(e).context(err)
    }

    /// What to do about a file in the data folder that cannot be used.
    fn io_hints(&self, e: &io::Error, path: &Path) -> Vec<String> {
        const ELSEWHERE: &str =
            "or choose another folder for kinship's data with --data-dir DIR or KINSHIP_HOME";
        let root = self.root.display();
        match e.kind() {
            io::ErrorKind::NotADirectory => {
                let file = path
                    .ancestors()
                    .skip(1)
                    .find(|p| p.exists() && !p.is_dir())
                    .unwrap_or(&self.root);
                vec![format!(
                    "{} is a file, not a folder, so kinship cannot keep your data in it. \
                     Choose another folder with --data-dir DIR or KINSHIP_HOME, or move \
                     that file away.",
                    file.display()
                )]
            }
            io::ErrorKind::ReadOnlyFilesystem => vec![format!(
                "The data folder {root} is on a disk that cannot be written to. \
                 Choose a folder you can write to with --data-dir DIR or KINSHIP_HOME."
            )],
            io::ErrorKind::PermissionDenied => vec![format!(
                "You are not allowed to change files in {}. Check its permissions \
                 (`ls -ld {}`), {ELSEWHERE}.",
                path.parent().unwrap_or(&self.root).display(),
                path.parent().unwrap_or(&self.root).display(),
            )],
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                vec!["The disk is full: free some space, then try again.".to_string()]
            }
            io::ErrorKind::IsADirectory => vec![format!(
                "{} is a folder where kinship keeps a file. Move it away, {ELSEWHERE}.",
                path.display()
            )],
            _ => Vec::new(),
        }
    }

    /// Moves a file into the archive folder, never deleting it; returns where it
    /// went, or `None` when there was nothing to move.
    pub fn move_aside(
        &self,
        path: &Path,
        role: &Role,
        now: DateTime<FixedOffset>,
    ) -> anyhow::Result<Option<PathBuf>> {
        let lock =
            FileLock::exclusive(path).map_err(|e| self.io_error("move aside", role, path, e))?;
        if !path.exists() {
            lock.remove();
            return Ok(None);
        }
        let archive = self.root.join(ARCHIVE);
        atomic::create_private_dir(&archive)
            .with_context(|| format!("Could not create {}", archive.display()))?;
        let folder = path
            .parent()
            .and_then(Path::file_name)
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stamp = now.format("%Y-%m-%dT%H-%M-%S");
        let mut target = archive.join(format!("{folder}-{stem}-{stamp}.yaml"));
        let mut n = 2;
        while target.exists() {
            target = archive.join(format!("{folder}-{stem}-{stamp}-{n}.yaml"));
            n += 1;
        }
        fs::rename(path, &target)
            .with_context(|| format!("Could not move {} aside ({})", role.noun, path.display()))?;
        if let Ok(dir) = fs::File::open(&archive) {
            let _ = dir.sync_all();
        }
        // Nothing is left to lock: no stale `.NAME.yaml.lock` beside nothing.
        lock.remove();
        Ok(Some(target))
    }

    /// Deletes a file for good, and its lock file with it.
    pub fn delete(&self, path: &Path, role: &Role) -> anyhow::Result<()> {
        let lock = FileLock::exclusive(path).map_err(|e| self.io_error("delete", role, path, e))?;
        atomic::remove_stale_temps(path);
        match fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(self.io_error("delete", role, path, e)),
        }
        lock.remove();
        Ok(())
    }

    /// The names (without `.yaml`) of the documents in a folder, sorted.
    pub fn names(&self, folder: &str) -> anyhow::Result<Vec<String>> {
        let dir = self.root.join(folder);
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                let mut err =
                    UserError::new(format!("Could not read the folder {}.", dir.display()));
                for hint in self.io_hints(&e, &dir.join("file")) {
                    err = err.hint(hint);
                }
                return Err(anyhow::Error::new(e).context(err));
            }
        };
        let mut names: Vec<String> = entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let stem = name.strip_suffix(".yaml")?;
                (!stem.starts_with('.')).then(|| stem.to_string())
            })
            .collect();
        names.sort();
        Ok(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::checklist::Progress;
    use std::os::unix::fs::PermissionsExt;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap()
    }

    fn role() -> Role {
        Role {
            noun: "your progress for kit".into(),
            way_out: "Run `kinship checklist reset kit`.".into(),
            owner: Some("kit".into()),
        }
    }

    fn tick(store: &Store, path: &Path, id: &str) -> bool {
        store
            .update(
                path,
                &role(),
                || Progress::new("kit", now()),
                |p| Ok(p.set_done(id, true, now())),
            )
            .unwrap()
    }

    #[test]
    fn round_trip_through_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        let path = store.file(CHECKLISTS, "kit");
        assert!(store.read::<Progress>(&path, &role()).unwrap().is_none());
        assert!(tick(&store, &path, "a"));
        let p: Progress = store.read(&path, &role()).unwrap().unwrap();
        assert!(p.is_done("a"));
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(store.root()), 0o700);
        assert_eq!(store.names(CHECKLISTS).unwrap(), ["kit"]);
    }

    #[test]
    fn nothing_is_written_when_nothing_changed() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let path = store.file(CHECKLISTS, "kit");
        tick(&store, &path, "a");
        let before = fs::metadata(&path).unwrap().modified().unwrap();
        let inode = std::os::unix::fs::MetadataExt::ino(&fs::metadata(&path).unwrap());
        assert!(!tick(&store, &path, "a"));
        let after = fs::metadata(&path).unwrap();
        assert_eq!(
            std::os::unix::fs::MetadataExt::ino(&after),
            inode,
            "not replaced"
        );
        assert_eq!(after.modified().unwrap(), before);
    }

    #[test]
    fn a_corrupt_file_is_refused_and_left_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let path = store.file(CHECKLISTS, "kit");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let corrupt = b"schema: 1\nchecklist: kit\nitems: [this is: not: valid\n";
        fs::write(&path, corrupt).unwrap();
        let err = store
            .update(
                &path,
                &role(),
                || Progress::new("kit", now()),
                |p| Ok(p.set_done("a", true, now())),
            )
            .unwrap_err();
        let user = err.downcast_ref::<UserError>().expect("a user error");
        assert!(
            user.message.contains(&path.display().to_string()),
            "{user:?}"
        );
        assert!(user.message.contains("line 3, column"), "{user:?}");
        assert_eq!(user.hints[0], "Run `kinship checklist reset kit`.");
        assert_eq!(fs::read(&path).unwrap(), corrupt);
    }

    #[test]
    fn files_from_a_newer_kinship_and_binary_junk_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let path = store.file(CHECKLISTS, "kit");
        tick(&store, &path, "a");
        let text = fs::read_to_string(&path)
            .unwrap()
            .replace("schema: 1", "schema: 9");
        fs::write(&path, &text).unwrap();
        let err = store.read::<Progress>(&path, &role()).unwrap_err();
        assert!(err.to_string().contains("newer kinship"), "{err}");
        fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
        let err = store.read::<Progress>(&path, &role()).unwrap_err();
        assert!(err.to_string().contains("not UTF-8"), "{err}");
    }

    #[test]
    fn another_checklists_progress_or_format_0_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let path = store.file(CHECKLISTS, "kit");
        tick(&store, &path, "a");
        let good = fs::read_to_string(&path).unwrap();
        for (text, says) in [
            (
                good.replace("checklist: kit", "checklist: self-care"),
                "it says it belongs to \"self-care\", not to kit",
            ),
            (
                good.replace("schema: 1", "schema: 0"),
                "it says format 0, which no kinship writes (this one reads formats 1 to 1)",
            ),
        ] {
            fs::write(&path, &text).unwrap();
            let err = store
                .update(
                    &path,
                    &role(),
                    || Progress::new("kit", now()),
                    |p| Ok(p.set_done("b", true, now())),
                )
                .unwrap_err();
            let user = err.downcast_ref::<UserError>().expect("a user error");
            assert!(user.message.contains(says), "{user:?}");
            assert_eq!(user.hints[0], "Run `kinship checklist reset kit`.");
            assert_eq!(
                fs::read_to_string(&path).unwrap(),
                text,
                "left byte for byte"
            );
            assert!(store.read::<Progress>(&path, &role()).is_err());
        }
    }

    #[test]
    fn moving_aside_keeps_every_old_copy() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let path = store.file(CHECKLISTS, "kit");
        tick(&store, &path, "a");
        let first = store.move_aside(&path, &role(), now()).unwrap().unwrap();
        tick(&store, &path, "b");
        let second = store.move_aside(&path, &role(), now()).unwrap().unwrap();
        assert_ne!(first, second);
        assert!(first.exists() && second.exists() && !path.exists());
        assert!(first.ends_with("archive/checklists-kit-2026-11-22T21-04-00.yaml"));
        assert_eq!(store.move_aside(&path, &role(), now()).unwrap(), None);
        assert!(
            !lock::lock_path(&path).exists(),
            "no lock is left for a file that is gone"
        );
    }

    #[test]
    fn a_data_folder_that_is_a_file_says_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("afile");
        fs::write(&file, "not a folder").unwrap();
        let store = Store::new(&file);
        let path = store.file(CHECKLISTS, "kit");
        for err in [
            store.read::<Progress>(&path, &role()).unwrap_err(),
            store
                .update(
                    &path,
                    &role(),
                    || Progress::new("kit", now()),
                    |p| Ok(p.set_done("a", true, now())),
                )
                .unwrap_err(),
        ] {
            let user = err.downcast_ref::<UserError>().expect("a user error");
            assert!(user.message.contains("your progress for kit"), "{user:?}");
            assert!(
                user.hints[0].starts_with(&format!("{} is a file, not a folder", file.display())),
                "{user:?}"
            );
            assert!(
                user.hints[0].contains("--data-dir DIR or KINSHIP_HOME"),
                "{user:?}"
            );
        }
        assert_eq!(fs::read(&file).unwrap(), b"not a folder");
    }

    #[test]
    fn a_read_only_or_forbidden_folder_says_what_to_do() {
        let store = Store::new("/media/stick/kinship");
        let path = store.file(CHECKLISTS, "kit");
        let hints = |kind| store.io_hints(&io::Error::from(kind), &path);
        let read_only = hints(io::ErrorKind::ReadOnlyFilesystem);
        assert!(
            read_only[0].contains("/media/stick/kinship is on a disk that cannot be written to"),
            "{read_only:?}"
        );
        assert!(
            read_only[0].contains("--data-dir DIR or KINSHIP_HOME"),
            "{read_only:?}"
        );
        let denied = hints(io::ErrorKind::PermissionDenied);
        assert!(
            denied[0].contains("`ls -ld /media/stick/kinship/checklists`"),
            "{denied:?}"
        );
        assert!(hints(io::ErrorKind::StorageFull)[0].contains("The disk is full"));
        let err = store.io_error(
            "save",
            &role(),
            &path,
            io::Error::from_raw_os_error(libc::EROFS),
        );
        let user = err.downcast_ref::<UserError>().unwrap();
        assert_eq!(
            user.message,
            "Could not save your progress for kit (/media/stick/kinship/checklists/kit.yaml)."
        );
        assert_eq!(
            err.root_cause().to_string(),
            "Read-only file system (os error 30)"
        );
    }

    #[test]
    fn concurrent_updates_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let path = store.file(CHECKLISTS, "kit");
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let (store, path) = (store.clone(), path.clone());
                std::thread::spawn(move || {
                    for i in 0..50 {
                        tick(&store, &path, &format!("t{t}-{i}"));
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        let p: Progress = store.read(&path, &role()).unwrap().unwrap();
        assert_eq!(p.items.len(), 200);
    }
}
