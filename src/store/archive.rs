//! The archive: earlier copies of the user's files, kept beside each other
//! with the time they were set aside, listed, purged, and removing everything.

use super::*;

impl Store {
    /// Keeps a copy of `old` (the file open at `path`) in the archive, under a
    /// name no other copy has; returns where.
    pub(super) fn archive_copy(
        &self,
        path: &Path,
        role: &Role,
        mut old: fs::File,
        now: DateTime<FixedOffset>,
    ) -> anyhow::Result<PathBuf> {
        use std::io::{Seek, SeekFrom};
        let archive = self.archive_dir()?;
        let mut n = 1;
        loop {
            let target = archive_name(&archive, path, now, n);
            old.seek(SeekFrom::Start(0))?;
            match atomic::write_out(&target, &mut old, atomic::Existing::Keep) {
                Ok(()) => return Ok(target),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => n += 1,
                Err(e) => {
                    return Err(anyhow::Error::new(e).context(
                        UserError::new(t!(
                            "store-archive-copy-failed",
                            noun = role.noun.as_str(),
                            path = archive.display().to_string()
                        ))
                        .hint(t!("store-check-room")),
                    ));
                }
            }
        }
    }

    /// The archive folder, made private if it is not there, and checked.
    pub(super) fn archive_dir(&self) -> anyhow::Result<PathBuf> {
        let archive = self.root.join(ARCHIVE);
        self.check_folders(&archive.join("x"), true)?;
        atomic::create_private_dir(&archive).with_context(|| {
            t!(
                "store-could-not-create",
                path = archive.display().to_string()
            )
        })?;
        self.check_private(&archive, true);
        Ok(archive)
    }
    /// Keeps `text` in the archive as an earlier copy of `path`, beside
    /// whatever is there; returns where.
    pub fn keep_in_archive(
        &self,
        path: &Path,
        text: &str,
        now: DateTime<FixedOffset>,
    ) -> anyhow::Result<PathBuf> {
        let role = archive_role();
        let _lock = self.lock(&self.root.join(ARCHIVE).join("x"), &role, "save")?;
        if self.sealed()? {
            return self.archive_sealed(path, text, now);
        }
        let archive = self.archive_dir()?;
        let mut n = 1;
        loop {
            let target = archive_name(&archive, path, now, n);
            match atomic::write_out(&target, text.as_bytes(), atomic::Existing::Keep) {
                Ok(()) => return Ok(target),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => n += 1,
                Err(e) => return Err(self.io_error("save", &role, &target, e)),
            }
        }
    }

    /// Keeps a copy of a file's text in the (encrypted) archive; returns the
    /// copy's name as a path in the data folder.
    pub(super) fn archive_sealed(
        &self,
        path: &Path,
        text: &str,
        now: DateTime<FixedOffset>,
    ) -> anyhow::Result<PathBuf> {
        let archive = self.root.join(ARCHIVE);
        let mut n = 1;
        let mut target = archive_name(&archive, path, now, n);
        while self.exists(&target)? {
            n += 1;
            target = archive_name(&archive, path, now, n);
        }
        self.write_vault(&target, text)?;
        Ok(target)
    }

    /// Moves a file into the archive folder, never deleting it; returns where it
    /// went, or `None` when there was nothing to move.
    pub fn move_aside(
        &self,
        path: &Path,
        role: &Role,
        now: DateTime<FixedOffset>,
    ) -> anyhow::Result<Option<PathBuf>> {
        let lock = self.lock(path, role, "move aside")?;
        if self.sealed()? {
            let Some(text) = self.read_vault(path)?.map_err(|why| {
                UserError::new(t!(
                    "store-move-aside-failed",
                    noun = role.noun.as_str(),
                    why = why
                ))
                .hint(t!("store-unchanged-it"))
            })?
            else {
                return Ok(None);
            };
            let to = self.archive_sealed(path, &text, now)?;
            self.remove_vault(path)?;
            return Ok(Some(to));
        }
        if !path.exists() {
            lock.remove();
            return Ok(None);
        }
        let archive = self.archive_dir()?;
        let mut n = 1;
        let mut target = archive_name(&archive, path, now, n);
        while fs::symlink_metadata(&target).is_ok() {
            n += 1;
            target = archive_name(&archive, path, now, n);
        }
        fs::rename(path, &target).with_context(|| {
            t!(
                "store-move-aside-context",
                noun = role.noun.as_str(),
                path = path.display().to_string()
            )
        })?;
        if let Ok(dir) = fs::File::open(&archive) {
            let _ = dir.sync_all();
        }
        // Nothing is left to lock: no stale `.NAME.yaml.lock` beside nothing.
        lock.remove();
        Ok(Some(target))
    }

    /// Deletes a file for good, and its lock file with it.
    pub fn delete(&self, path: &Path, role: &Role) -> anyhow::Result<()> {
        let lock = self.lock(path, role, "delete")?;
        if self.sealed()? {
            self.remove_vault(path)?;
            return Ok(());
        }
        match fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(self.io_error("delete", role, path, e)),
        }
        lock.remove();
        Ok(())
    }

    /// The copies kept in the archive, sorted; with `of`, only the copies of
    /// that one file (`(folder, name)`).
    pub fn archived(&self, of: Option<(&str, &str)>) -> anyhow::Result<Vec<PathBuf>> {
        let dir = self.root.join(ARCHIVE);
        if self.sealed()? {
            let mut found: Vec<PathBuf> = self
                .sealed_names(ARCHIVE)?
                .into_iter()
                .filter(|name| of.is_none_or(|(folder, stem)| is_archived_copy(name, folder, stem)))
                .map(|name| dir.join(name))
                .collect();
            found.sort();
            return Ok(found);
        }
        self.check_folders(&dir.join("x"), false)?;
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                return Err(anyhow::Error::new(e).context(UserError::new(t!(
                    "store-read-folder",
                    path = dir.display().to_string()
                ))));
            }
        };
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                !name.starts_with('.')
                    && of.is_none_or(|(folder, stem)| is_archived_copy(&name, folder, stem))
            })
            .map(|e| e.path())
            .collect();
        found.sort();
        Ok(found)
    }

    /// Removes archived copies for good; returns how many went.
    pub fn purge_archived(&self, of: Option<(&str, &str)>) -> anyhow::Result<usize> {
        let copies = self.archived(of)?;
        if self.sealed()? {
            let _lock = self.lock(&self.root.join(ARCHIVE).join("x"), &archive_role(), "purge")?;
            for copy in &copies {
                self.remove_vault(copy)?;
            }
            return Ok(copies.len());
        }
        for copy in &copies {
            remove_anything(copy)
                .with_context(|| t!("store-could-not-remove", path = copy.display().to_string()))?;
        }
        if let Ok(dir) = fs::File::open(self.root.join(ARCHIVE)) {
            let _ = dir.sync_all();
        }
        Ok(copies.len())
    }

    /// Removes everything kinship keeps in the data folder: its own folders
    /// (checklists, plans, walk logs, the archive) and the locks and
    /// temporary files beside them. Anything else a user put there is left,
    /// and so is the folder then, and returned for the caller to name.
    pub fn wipe(&self) -> anyhow::Result<Vec<PathBuf>> {
        let entries = match fs::read_dir(&self.root) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                return Err(anyhow::Error::new(e).context(UserError::new(t!(
                    "store-read-data-folder",
                    path = self.root.display().to_string()
                ))));
            }
        };
        let ours = [
            crypt::VAULT,
            crypt::KEY_FILE,
            crypt::PUBLIC_FILE,
            crypt::UNLOCKING,
        ];
        let mut left = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let kinships = ours.contains(&name.as_str())
                || PRIVATE_FOLDERS.contains(&name.as_str())
                || (name.starts_with('.') && (name.ends_with(".lock") || name.ends_with(".tmp")));
            if kinships {
                remove_anything(&path).with_context(|| {
                    t!("store-could-not-remove", path = path.display().to_string())
                })?;
            } else {
                left.push(path);
            }
        }
        if left.is_empty() && !fs::symlink_metadata(&self.root)?.file_type().is_symlink() {
            let _ = fs::remove_dir(&self.root);
        }
        Ok(left)
    }
}

/// How the archive is named in messages.
fn archive_role() -> Role {
    Role {
        noun: t!("store-noun-archive"),
        way_out: t!("store-way-out-archive"),
        owner: None,
    }
}

/// Removes a file, a link (not what it points to) or a folder and all in it.
pub(super) fn remove_anything(path: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(path)?;
    if meta.is_dir() {
        fs::remove_dir_all(path)
    } else {
        fs::remove_file(path)
    }
}

/// `ARCHIVE/FOLDER-NAME-2026-11-22T21-04-00.yaml`, with `-N` from the second.
pub(super) fn archive_name(
    archive: &Path,
    path: &Path,
    now: DateTime<FixedOffset>,
    n: u32,
) -> PathBuf {
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
    if n == 1 {
        archive.join(format!("{folder}-{stem}-{stamp}.yaml"))
    } else {
        archive.join(format!("{folder}-{stem}-{stamp}-{n}.yaml"))
    }
}

/// True when `file` (a name in the archive) is a copy of `FOLDER/NAME.yaml`:
/// `FOLDER-NAME-` then a time stamp, and nothing else (so `dad-2`'s copies
/// are not `dad`'s).
pub fn is_archived_copy(file: &str, folder: &str, name: &str) -> bool {
    let Some(rest) = file
        .strip_prefix(&format!("{folder}-{name}-"))
        .and_then(|r| r.strip_suffix(".yaml"))
    else {
        return false;
    };
    let (stamp, n) = match rest.get(19..) {
        Some("") => (rest, None),
        Some(tail) => (&rest[..19], tail.strip_prefix('-')),
        None => return false,
    };
    let stamp_ok = chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H-%M-%S").is_ok();
    stamp_ok && n.is_none_or(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Clears temporary files that killed writers left in `dir` beside files
/// other than `except` (whose own were cleared under its lock): each file's
/// are removed only while its lock can be had at once, so no live writer
/// loses its temporary file.
pub(super) fn sweep(dir: &Path, except: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut owners: Vec<PathBuf> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let owner = atomic::temp_owner(&name)?;
            Some(dir.join(owner))
        })
        .filter(|owner| owner != except)
        .collect();
    owners.sort();
    owners.dedup();
    for owner in owners {
        if let Ok(Some(lock)) = FileLock::try_exclusive(&owner) {
            atomic::remove_stale_temps(&owner);
            if owner.exists() {
                drop(lock);
            } else {
                lock.remove();
            }
        }
    }
}
