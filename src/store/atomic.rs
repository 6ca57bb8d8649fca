//! Private, atomic file writes: a crash or a kill at any instant leaves either
//! the old file or the new one, never half of either.

use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Folders kinship creates are readable by their owner only.
pub const DIR_MODE: u32 = 0o700;
/// Files kinship writes are readable by their owner only.
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` and any missing parents, each private to the user.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(DIR_MODE).create(dir)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// written, flushed to disk, renamed over `path`, and the folder flushed too.
/// On any failure the temporary file is removed and `path` is untouched.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = folder_of(path);
    create_private_dir(dir)?;
    let tmp = temp_path(path);
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// How [`write_out`] treats a file already at the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Never replaced, even one that appears while writing: the write fails
    /// with `AlreadyExists`.
    Keep,
    /// Replaced in one step.
    Replace,
}

/// Writes a file for the user outside the data folder (`print -o`): never
/// half written, readable by its owner only, and with [`Existing::Keep`]
/// never replacing a file, even one made a moment before. The text is
/// written into an unnamed file (`O_TMPFILE`) that a kill leaves nowhere,
/// then linked in under its name; where the file system cannot make unnamed
/// files, a private `.NAME.PID-N.tmp` is used and removed, and one left by a
/// killed kinship is removed by the next write to the same name.
pub fn write_out(path: &Path, mut content: impl io::Read, existing: Existing) -> io::Result<()> {
    use std::io::{Seek, SeekFrom};
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::io::AsRawFd;
    let dir = folder_of(path);
    remove_dead_temps(path);
    let unnamed = OpenOptions::new()
        .read(true)
        .write(true)
        .mode(FILE_MODE)
        .custom_flags(libc::O_TMPFILE)
        .open(dir);
    let Ok(mut file) = unnamed else {
        return write_out_named(path, content, existing);
    };
    io::copy(&mut content, &mut file)?;
    file.sync_all()?;
    // Where the unnamed file cannot be linked in (no /proc), what it holds
    // goes through a named one instead.
    let fall_back = |mut file: File| -> io::Result<()> {
        file.seek(SeekFrom::Start(0))?;
        write_out_named(path, file, existing)
    };
    let from = std::ffi::CString::new(format!("/proc/self/fd/{}", file.as_raw_fd()))
        .map_err(io::Error::other)?;
    let link = |to: &Path| -> io::Result<()> {
        let to = std::ffi::CString::new(to.as_os_str().as_bytes()).map_err(io::Error::other)?;
        // SAFETY: both are valid NUL-terminated paths for the call's duration.
        let rc = unsafe {
            libc::linkat(
                libc::AT_FDCWD,
                from.as_ptr(),
                libc::AT_FDCWD,
                to.as_ptr(),
                libc::AT_SYMLINK_FOLLOW,
            )
        };
        if rc == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    };
    match existing {
        Existing::Keep => match link(path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound && !path.exists() => {
                return fall_back(file);
            }
            Err(e) => return Err(e),
        },
        Existing::Replace => {
            let tmp = temp_path(path);
            if link(&tmp).is_err() {
                return fall_back(file);
            }
            if let Err(e) = fs::rename(&tmp, path) {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        }
    }
    File::open(dir)?.sync_all()
}

/// [`write_out`] through a named, private temporary file.
fn write_out_named(path: &Path, mut content: impl io::Read, existing: Existing) -> io::Result<()> {
    let dir = folder_of(path);
    let tmp = temp_path(path);
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&tmp)?;
        io::copy(&mut content, &mut file)?;
        file.sync_all()?;
        drop(file);
        match existing {
            // link() never replaces: it fails if the name is taken.
            Existing::Keep => fs::hard_link(&tmp, path)?,
            Existing::Replace => fs::rename(&tmp, path)?,
        }
        File::open(dir)?.sync_all()
    })();
    let _ = fs::remove_file(&tmp);
    result
}

/// Removes the temporary files that killed writers (whose process is gone)
/// left beside `path`.
fn remove_dead_temps(path: &Path) {
    let (dir, Some(name)) = (folder_of(path), path.file_name()) else {
        return;
    };
    let name = name.to_string_lossy();
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        if temp_owner(&file) != Some(name.as_ref()) {
            continue;
        }
        let pid = file
            .trim_end_matches(".tmp")
            .rsplit_once('.')
            .and_then(|(_, c)| c.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<i32>().ok());
        // SAFETY: kill with signal 0 only asks whether the process exists.
        let gone = pid.is_some_and(|pid| {
            let rc = unsafe { libc::kill(pid, 0) };
            rc != 0 && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
        });
        if gone {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The file a long answer is written in with the user's editor: private, in
/// the data folder, and removed when dropped. One that a killed kinship left
/// is removed the next time an editor file is made.
#[derive(Debug)]
pub struct EditFile {
    path: PathBuf,
}

/// The name editor files are made beside: `.kinship-edit.PID-N.tmp`.
const EDIT_NAME: &str = "kinship-edit";

impl EditFile {
    pub fn create(dir: &Path, initial: &str) -> io::Result<EditFile> {
        create_private_dir(dir)?;
        let base = dir.join(EDIT_NAME);
        remove_dead_temps(&base);
        let path = temp_path(&base);
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&path)?;
        let edit = EditFile { path };
        file.write_all(initial.as_bytes())?;
        file.sync_all()?;
        Ok(edit)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn read(&self) -> io::Result<String> {
        fs::read_to_string(&self.path)
    }
}

impl Drop for EditFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// The folder a file is in. A bare name (`card.html`) has an empty parent,
/// which is the current folder: an empty path cannot be opened or synced.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A fresh temporary name beside `path`: `.NAME.PID-N.tmp`.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// The file a temporary file was written for: `.kit.yaml.123-0.tmp` was
/// for `kit.yaml`.
pub fn temp_owner(temp: &str) -> Option<&str> {
    let inner = temp.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (owner, counter) = inner.rsplit_once('.')?;
    let (pid, n) = counter.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(pid) && digits(n) && !owner.is_empty()).then_some(owner)
}

/// Removes temporary files a killed writer left beside `path`. Call it only
/// while holding the file's lock, so no live writer owns them.
pub fn remove_stale_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        if file.starts_with(&prefix) && file.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn writes_replace_whole_files_privately() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/inner/file.yaml");
        write(&path, b"one").unwrap();
        write(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(&dir.path().join("new")), 0o700);
        let left: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("file.yaml");
        write(&path, b"old").unwrap();
        // Renaming over a folder fails after the temporary file is written.
        let blocked = dir.path().join("blocked");
        fs::create_dir(&blocked).unwrap();
        fs::write(blocked.join("x"), b"").unwrap();
        assert!(write(&blocked, b"new").is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old");
        let temps = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        assert_eq!(temps, 0);
    }

    #[test]
    fn written_out_files_never_replace_without_asking_and_leave_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("card.html");
        for named in [false, true] {
            let _ = fs::remove_file(&path);
            let out = |bytes: &[u8], existing| {
                if named {
                    write_out_named(&path, bytes, existing)
                } else {
                    write_out(&path, bytes, existing)
                }
            };
            out(b"first", Existing::Keep).unwrap();
            let err = out(b"second", Existing::Keep).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
            assert_eq!(fs::read(&path).unwrap(), b"first");
            out(b"third", Existing::Replace).unwrap();
            assert_eq!(fs::read(&path).unwrap(), b"third");
            assert_eq!(mode(&path), 0o600);
            let names: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
            assert_eq!(names.len(), 1, "named: {named}");
        }
    }

    #[test]
    fn only_a_dead_writers_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("card.html");
        let dead = dir.path().join(".card.html.999999999-0.tmp");
        let live = dir
            .path()
            .join(format!(".card.html.{}-7.tmp", std::process::id()));
        fs::write(&dead, b"x").unwrap();
        fs::write(&live, b"x").unwrap();
        remove_dead_temps(&path);
        assert!(!dead.exists() && live.exists());
        assert_eq!(temp_owner(".card.html.12-3.tmp"), Some("card.html"));
        assert_eq!(temp_owner(".card.html.tmp"), None);
        assert_eq!(temp_owner("card.html.1-2.tmp"), None);
    }

    #[test]
    fn stale_temporaries_are_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kit.yaml");
        fs::write(dir.path().join(".kit.yaml.123-0.tmp"), b"half").unwrap();
        fs::write(dir.path().join(".other.yaml.1-0.tmp"), b"keep").unwrap();
        remove_stale_temps(&path);
        assert!(!dir.path().join(".kit.yaml.123-0.tmp").exists());
        assert!(dir.path().join(".other.yaml.1-0.tmp").exists());
    }
}
