//! The user's files: where they live, private atomic writes, locks, and never
//! overwriting a file that does not parse.

mod archive;
mod errors;
mod modes;
pub use archive::is_archived_copy;
use archive::remove_anything;
use archive::sweep;
pub mod atomic;
pub mod checklists;
pub mod config;
pub mod crypt;
#[cfg(test)]
mod fuzz;
pub mod lock;
pub mod output;
pub mod plans;
pub mod read;
pub mod selfcare;
pub mod sos;

use crate::content::i18n::t;
use crate::error::UserError;
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

/// Warnings the store has to give, by the path they are about, for the
/// command layer to say once the command is done ([`take_warnings`]): a later
/// warning about the same path replaces an earlier one ("made private"
/// replaces "can be read"), so each is one line.
static WARNINGS: std::sync::Mutex<Vec<(PathBuf, String)>> = std::sync::Mutex::new(Vec::new());

/// Notes a warning about `path`, replacing any earlier one about it.
fn warn_once(path: &Path, text: &str) {
    let mut warnings = WARNINGS.lock().unwrap_or_else(|e| e.into_inner());
    match warnings.iter_mut().find(|(p, _)| p == path) {
        Some((_, said)) => *said = text.to_string(),
        None => warnings.push((path.to_path_buf(), text.to_string())),
    }
}

/// Notes a warning about `path` unless one is noted already.
fn warn_if_new(path: &Path, text: &str) {
    let mut warnings = WARNINGS.lock().unwrap_or_else(|e| e.into_inner());
    if !warnings.iter().any(|(p, _)| p == path) {
        warnings.push((path.to_path_buf(), text.to_string()));
    }
}

/// The warnings noted so far, each once; they are not given again.
pub fn take_warnings() -> Vec<String> {
    let mut warnings = WARNINGS.lock().unwrap_or_else(|e| e.into_inner());
    warnings.drain(..).map(|(_, text)| text).collect()
}

/// The folder for checklist progress.
pub const CHECKLISTS: &str = "checklists";
/// Where files moved aside by `reset` and `delete` go.
pub const ARCHIVE: &str = "archive";

/// The folders of private files: each is encrypted by `kinship data lock`.
/// A new kind of private file is one more folder here.
pub const PRIVATE_FOLDERS: &[&str] = &[
    CHECKLISTS,
    plans::PLANS,
    sos::SOS,
    ARCHIVE,
    selfcare::SELF,
    selfcare::JOURNAL,
];

/// What deleting a file cannot promise, said wherever kinship deletes for
/// good, in the language of this process.
pub fn what_may_remain() -> String {
    crate::content::i18n::t!("store-what-may-remain")
}

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
    /// Where the passphrase comes from, when the folder is locked.
    ask: crypt::Ask,
}

impl Store {
    /// A store that never asks for a passphrase.
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store {
            root: root.into(),
            ask: crypt::Ask::Never,
        }
    }

    /// The same store, asking for the passphrase as `ask` says.
    pub fn asking(mut self, ask: crypt::Ask) -> Store {
        self.ask = ask;
        self
    }

    /// Whether the files are encrypted, after opening the data key (asked
    /// once per run) and finishing any conversion a kill interrupted.
    fn sealed(&self) -> anyhow::Result<bool> {
        if self.state() == crypt::State::Plain {
            return Ok(false);
        }
        self.key()?;
        Ok(self.state() != crypt::State::Plain)
    }

    /// Opens the data key now if the folder is locked (asking once), so
    /// that an interactive session asks before its first screen.
    pub fn open_if_locked(&self) -> anyhow::Result<()> {
        self.sealed().map(|_| ())
    }

    /// Whether a stored file exists (in the vault, when locked).
    pub fn exists(&self, path: &Path) -> anyhow::Result<bool> {
        if self.sealed()? {
            let key = self.key()?;
            return Ok(self.vault(&key)?.names.contains_key(&self.rel(path)));
        }
        Ok(fs::symlink_metadata(path).is_ok())
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `ROOT/FOLDER/NAME.yaml`
    pub fn file(&self, folder: &str, name: &str) -> PathBuf {
        self.root.join(folder).join(format!("{name}.yaml"))
    }

    /// Reads a document; `Ok(None)` when the file does not exist yet. Every
    /// stored file is read the same way (see [`read::read_text`] and
    /// [`yaml::from_str`]): a regular file of bounded size, a byte-order mark
    /// allowed, deep nesting, keys given twice and fields kinship does not
    /// know refused with their line. A file that is not kinship's to read is
    /// never changed.
    pub fn read<T: DeserializeOwned + Versioned>(
        &self,
        path: &Path,
        role: &Role,
    ) -> anyhow::Result<Option<T>> {
        self.check_folders(path, false)?;
        let refuse = |what: String| {
            UserError::new(t!(
                "store-read-refused",
                noun = role.noun.as_str(),
                path = path.display().to_string(),
                why = what
            ))
            .hint(role.way_out.clone())
            .hint(t!("store-file-unchanged"))
        };
        let text = if self.sealed()? {
            match self.read_vault(path)? {
                Ok(Some(text)) => text,
                Ok(None) => return Ok(None),
                Err(why) => return Err(refuse(t!("store-why-encrypted", why = why)).into()),
            }
        } else {
            match read::read_text(path, read::Links::Refuse, read::MAX_BYTES) {
                Ok(Some(text)) => zeroize::Zeroizing::new(text),
                Ok(None) => return Ok(None),
                Err(read::ReadError::Io(e)) => return Err(self.io_error("read", role, path, e)),
                Err(e) => return Err(refuse(t!("store-why", why = e.to_string())).into()),
            }
        };
        self.check_private(path, false);
        let value: T = yaml::from_str(&text).map_err(|e| {
            let err = match e.location {
                Some((line, column)) => refuse(t!(
                    "store-why-at",
                    line = line,
                    column = column,
                    why = e.message.as_str()
                )),
                None => refuse(t!("store-why", why = e.message.as_str())),
            };
            if e.message.contains("unknown field") {
                err.hint(t!("store-unknown-field-hint"))
            } else {
                err
            }
        })?;
        if value.schema() > T::SCHEMA {
            return Err(refuse(t!(
                "store-why-newer",
                format = value.schema(),
                max = T::SCHEMA
            ))
            .into());
        }
        if value.schema() < T::OLDEST {
            return Err(refuse(t!(
                "store-why-no-such-format",
                format = value.schema(),
                min = T::OLDEST,
                max = T::SCHEMA
            ))
            .into());
        }
        if let (Some(expected), Some(actual)) = (&role.owner, value.owner())
            && expected != actual
        {
            return Err(refuse(t!(
                "store-why-owner",
                actual = crate::error::quoted(actual).to_string(),
                expected = expected.as_str()
            ))
            .into());
        }
        Ok(Some(value))
    }

    /// Takes the lock for a file in the data folder: its folder made (private)
    /// and checked, the lock file opened without following links, and
    /// temporary files that killed writers left in the folder cleared.
    pub fn lock(&self, path: &Path, role: &Role, doing: &str) -> anyhow::Result<FileLock> {
        // The key is opened before the lock is taken: opening it may finish
        // an interrupted conversion, which takes the vault's lock itself.
        if self.sealed()? {
            return self.lock_vault(path, role, doing);
        }
        self.lock_plain(path, role, doing)
    }

    /// The one lock of the whole vault (its name says nothing), with the
    /// temporary files killed writers left there cleared. Needs no key.
    pub(crate) fn lock_vault(
        &self,
        path: &Path,
        role: &Role,
        doing: &str,
    ) -> anyhow::Result<FileLock> {
        {
            let vault = self.vault_dir();
            self.check_folders(&vault.join("x"), true)?;
            let lock = FileLock::exclusive(&vault.join(crypt::VAULT))
                .map_err(|e| self.io_error(doing, role, path, e))?;
            self.check_private(&vault, true);
            if let Ok(entries) = fs::read_dir(&vault) {
                for e in entries.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if atomic::temp_owner(&name).is_some() {
                        let _ = fs::remove_file(e.path());
                    }
                }
            }
            Ok(lock)
        }
    }

    fn lock_plain(&self, path: &Path, role: &Role, doing: &str) -> anyhow::Result<FileLock> {
        self.check_folders(path, true)?;
        let lock = FileLock::exclusive(path).map_err(|e| self.io_error(doing, role, path, e))?;
        self.check_folders(path, true)?;
        self.check_private(path, true);
        atomic::remove_stale_temps(path);
        if let Some(dir) = path.parent() {
            sweep(dir, path);
        }
        Ok(lock)
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
        let _lock = self.lock(path, role, "save")?;
        let existing = self.read::<T>(path, role)?;
        let before = existing.as_ref().map(yaml::to_string).transpose()?;
        let mut value = existing.unwrap_or_else(init);
        let result = change(&mut value)?;
        self.write_if_changed(path, role, before, &value)?;
        Ok(result)
    }

    /// As [`Store::update`], for a document that must be there already: it
    /// is read once, under the lock; with no document there, nothing is
    /// written and the answer is `Ok(None)`.
    pub fn update_existing<T, R>(
        &self,
        path: &Path,
        role: &Role,
        change: impl FnOnce(&mut T) -> anyhow::Result<R>,
    ) -> anyhow::Result<Option<R>>
    where
        T: DeserializeOwned + Serialize + Versioned,
    {
        let _lock = self.lock(path, role, "save")?;
        let Some(mut value) = self.read::<T>(path, role)? else {
            return Ok(None);
        };
        let before = yaml::to_string(&value)?;
        let result = change(&mut value)?;
        self.write_if_changed(path, role, Some(before), &value)?;
        Ok(Some(result))
    }

    /// Writes a document read under the lock (as `before`) back, only if it
    /// changed; a new one (`before` of `None`) always.
    fn write_if_changed<T: Serialize>(
        &self,
        path: &Path,
        role: &Role,
        before: Option<String>,
        value: &T,
    ) -> anyhow::Result<()> {
        let after = yaml::to_string(value)?;
        if before.as_deref() != Some(after.as_str()) {
            self.write_locked(path, role, &after)?;
        }
        Ok(())
    }

    /// Writes a whole document, replacing any old one (under the lock).
    pub fn replace<T: Serialize>(&self, path: &Path, role: &Role, value: &T) -> anyhow::Result<()> {
        let _lock = self.lock(path, role, "save")?;
        self.write_locked(path, role, &yaml::to_string(value)?)
    }

    /// Writes a new document where there may be one already, in one step
    /// under the file's lock: with `replace`, a copy of the old file is kept
    /// in the archive first and the new one then written over it, so at
    /// every instant the file holds the old document or the new one; without
    /// it, an existing file (even one made a moment before, by another
    /// kinship) is left alone and [`Put::Exists`] returned.
    pub fn put<T: Serialize>(
        &self,
        path: &Path,
        role: &Role,
        value: &T,
        replace: bool,
        now: DateTime<FixedOffset>,
    ) -> anyhow::Result<Put> {
        self.put_text(path, role, &yaml::to_string(value)?, replace, now)
    }

    /// [`Store::put`] for a file's text as it is (an import of an export).
    pub fn put_text(
        &self,
        path: &Path,
        role: &Role,
        text: &str,
        replace: bool,
        now: DateTime<FixedOffset>,
    ) -> anyhow::Result<Put> {
        let _lock = self.lock(path, role, "save")?;
        let text = text.to_string();
        if self.sealed()? {
            let old = self.read_vault(path)?.map_err(|why| {
                UserError::new(t!(
                    "store-replace-failed",
                    noun = role.noun.as_str(),
                    why = why
                ))
                .hint(t!("store-unchanged-it"))
            })?;
            let kept = match old {
                None => None,
                Some(_) if !replace => return Ok(Put::Exists),
                Some(old) => Some(self.archive_sealed(path, &old, now)?),
            };
            self.write_locked(path, role, &text)?;
            return Ok(match kept {
                None => Put::Created,
                Some(to) => Put::Replaced(to),
            });
        }
        let old = match read::open_regular(path, read::Links::Refuse) {
            Ok(old) => old,
            Err(read::ReadError::Io(e)) => return Err(self.io_error("read", role, path, e)),
            // Not kinship's file to copy (a link, a folder): not replaced.
            Err(e) => {
                return Err(UserError::new(t!(
                    "store-replace-refused",
                    noun = role.noun.as_str(),
                    path = path.display().to_string(),
                    why = e.to_string()
                ))
                .hint(t!("store-replace-refused-hint"))
                .into());
            }
        };
        let kept = match old {
            None => None,
            Some(_) if !replace => return Ok(Put::Exists),
            Some(old) => Some(self.archive_copy(path, role, old, now)?),
        };
        self.write_locked(path, role, &text)?;
        Ok(match kept {
            None => Put::Created,
            Some(to) => Put::Replaced(to),
        })
    }

    /// A stored file's text as it is, or `None` when there is none (refused
    /// when it cannot be read or, locked, decrypted).
    pub fn read_text(
        &self,
        path: &Path,
        role: &Role,
    ) -> anyhow::Result<Option<zeroize::Zeroizing<String>>> {
        let refuse = |why: String| {
            UserError::new(t!(
                "store-read-text-refused",
                noun = role.noun.as_str(),
                path = path.display().to_string(),
                why = why
            ))
            .hint(role.way_out.clone())
        };
        if self.sealed()? {
            return self.read_vault(path)?.map_err(|why| refuse(why).into());
        }
        match read::read_text(path, read::Links::Refuse, read::MAX_BYTES) {
            Ok(text) => Ok(text.map(zeroize::Zeroizing::new)),
            Err(e) => Err(refuse(e.to_string()).into()),
        }
    }

    fn write_locked(&self, path: &Path, role: &Role, text: &str) -> anyhow::Result<()> {
        let result = if self.sealed()? {
            self.write_vault(path, text)
                .map_err(|e| match e.downcast::<io::Error>() {
                    Ok(io) => io,
                    Err(other) => io::Error::other(other.to_string()),
                })
        } else {
            atomic::write(path, text.as_bytes())
        };
        result.map_err(|e| {
            let mut err = UserError::new(t!(
                "store-save-failed",
                noun = role.noun.as_str(),
                path = path.display().to_string(),
                why = plain_reason(&e)
            ))
            .hint(t!("store-saved-before-unchanged"));
            for hint in self.io_hints(&e, path) {
                err = err.hint(hint);
            }
            err.into()
        })
    }

    /// The names (without `.yaml`) of the documents in a folder, sorted.
    pub fn names(&self, folder: &str) -> anyhow::Result<Vec<String>> {
        if self.sealed()? {
            let mut names: Vec<String> = self
                .sealed_names(folder)?
                .into_iter()
                .filter_map(|n| n.strip_suffix(".yaml").map(str::to_string))
                .collect();
            names.sort();
            return Ok(names);
        }
        let dir = self.root.join(folder);
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                let mut err =
                    UserError::new(t!("store-read-folder", path = dir.display().to_string()));
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

impl Store {
    /// The file names (`dad.yaml`) in one folder of the vault.
    fn sealed_names(&self, folder: &str) -> anyhow::Result<Vec<String>> {
        let key = self.key()?;
        let prefix = format!("{folder}/");
        Ok(self
            .vault(&key)?
            .names
            .into_keys()
            .filter_map(|rel| rel.strip_prefix(&prefix).map(str::to_string))
            .filter(|name| !name.contains('/'))
            .collect())
    }
}

/// True when `rel` names a place kinship keeps a private file:
/// `FOLDER/NAME.yaml`, in one of [`PRIVATE_FOLDERS`], with nothing that
/// leads elsewhere (what an import or the vault may write).
pub fn is_private_name(rel: &str) -> bool {
    let Some((folder, file)) = rel.split_once('/') else {
        return false;
    };
    PRIVATE_FOLDERS.contains(&folder)
        && file.ends_with(".yaml")
        && file.len() > ".yaml".len()
        && !file.starts_with('.')
        && !file.contains(['/', '\\', '\0'])
}

/// What [`Store::put`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Put {
    Created,
    /// The old file was replaced; a copy of it is kept here.
    Replaced(PathBuf),
    /// There is a file already, and it was left alone.
    Exists,
}

#[cfg(test)]
mod tests;
