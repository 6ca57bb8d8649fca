//! Exclusive locks, so two terminals cannot lose each other's changes.

use super::atomic::{FILE_MODE, create_private_dir};
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long a lock is waited for in silence before the user is told why
/// kinship is not answering.
pub const QUIET_WAIT: Duration = Duration::from_secs(2);

/// How often the lock is tried again during the quiet wait.
const RETRY: Duration = Duration::from_millis(20);

type WaitHook = Box<dyn Fn(&Path) + Send + Sync>;

/// What to do when a lock has been waited for longer than [`QUIET_WAIT`].
static LONG_WAIT: OnceLock<WaitHook> = OnceLock::new();

/// Sets, once per process, what is done (once per lock) when a lock is still
/// held by someone else after [`QUIET_WAIT`]: called with the data file, it
/// tells the user and makes Ctrl-C end the wait. The store cannot reach the
/// `Ui`, so the command layer sets this.
pub fn on_long_wait(hook: impl Fn(&Path) + Send + Sync + 'static) {
    let _ = LONG_WAIT.set(Box::new(hook));
}

/// An exclusive lock on one data file, held until dropped.
///
/// The lock is taken on a separate `.NAME.lock` file: the data file itself is
/// replaced by every atomic write, so a lock on it would not survive a write.
/// A lock file is removed only by its holder, with its data file
/// ([`FileLock::remove`]); whoever then gets the old, unlinked lock file sees
/// that it is gone and locks the new one instead.
#[derive(Debug)]
pub struct FileLock {
    file: File,
    path: PathBuf,
}

impl FileLock {
    /// Waits for, then takes, the exclusive lock for `data_file`. When another
    /// process holds it for longer than [`QUIET_WAIT`], the hook set by
    /// [`on_long_wait`] is called once, and the wait goes on.
    pub fn exclusive(data_file: &Path) -> io::Result<FileLock> {
        let path = lock_path(data_file);
        if let Some(dir) = path.parent() {
            create_private_dir(dir)?;
        }
        let mut told = false;
        loop {
            let file = open_lock_file(&path)?;
            wait_for(&file, data_file, &mut told)?;
            // The holder before us may have removed the lock file with its
            // data: then this lock is on a file no one else will lock.
            let same = match fs::metadata(&path) {
                Ok(now) => {
                    let held = file.metadata()?;
                    now.dev() == held.dev() && now.ino() == held.ino()
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => false,
                Err(e) => return Err(e),
            };
            if same {
                return Ok(FileLock { file, path });
            }
        }
    }

    /// Takes the lock for `data_file` only if no one holds it now.
    pub fn try_exclusive(data_file: &Path) -> io::Result<Option<FileLock>> {
        let path = lock_path(data_file);
        let file = open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(e)) => return Err(e),
        }
        let same = match fs::metadata(&path) {
            Ok(now) => {
                let held = file.metadata()?;
                now.dev() == held.dev() && now.ino() == held.ino()
            }
            Err(_) => false,
        };
        Ok(same.then_some(FileLock { file, path }))
    }

    /// Removes the lock file, then lets the lock go: for when the data file
    /// itself has just been deleted or moved aside.
    pub fn remove(self) {
        let _ = fs::remove_file(&self.path);
        drop(self.file);
    }
}

/// Opens (or makes) a lock file without following a symbolic link planted
/// at its name, so a lock can never create or touch a file elsewhere.
fn open_lock_file(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(FILE_MODE)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| {
            if e.raw_os_error() == Some(libc::ELOOP) {
                planted(path, "symlink")
            } else {
                e
            }
        })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(planted(path, "other"));
    }
    Ok(file)
}

/// The error for something else found where kinship keeps a lock file.
fn planted(path: &Path, what: &str) -> io::Error {
    io::Error::other(crate::content::i18n::t!(
        "store-lock-planted",
        path = path.display().to_string(),
        what = crate::content::i18n::t!("store-kind", kind = what)
    ))
}

/// Takes the lock on `file`, quietly for [`QUIET_WAIT`], then (once, as
/// `told` records) after calling the long-wait hook.
fn wait_for(file: &File, data_file: &Path, told: &mut bool) -> io::Result<()> {
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => return Err(e),
        }
        if *told || started.elapsed() >= QUIET_WAIT {
            break;
        }
        std::thread::sleep(RETRY);
    }
    if !*told && let Some(hook) = LONG_WAIT.get() {
        hook(data_file);
    }
    *told = true;
    file.lock()
}

/// `dir/NAME.yaml` is locked through `dir/.NAME.yaml.lock`.
pub fn lock_path(data_file: &Path) -> PathBuf {
    let name = data_file
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    data_file.with_file_name(format!(".{name}.lock"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    #[test]
    fn a_planted_symlink_is_refused_and_nothing_outside_is_made() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let data = dir.path().join("dad.yaml");
        let target = outside.path().join("made");
        std::os::unix::fs::symlink(&target, lock_path(&data)).unwrap();
        let err = FileLock::exclusive(&data).unwrap_err();
        assert!(err.to_string().contains("is a symbolic link"), "{err}");
        assert!(!target.exists(), "nothing is created outside");
        assert!(FileLock::try_exclusive(&data).is_err());
    }

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("kit.yaml");
        let first = FileLock::exclusive(&data).unwrap();
        let got_it = Arc::new(AtomicBool::new(false));
        let flag = got_it.clone();
        let data2 = data.clone();
        let waiter = std::thread::spawn(move || {
            let _second = FileLock::exclusive(&data2).unwrap();
            flag.store(true, Ordering::SeqCst);
        });
        std::thread::sleep(Duration::from_millis(100));
        assert!(!got_it.load(Ordering::SeqCst), "the second lock must wait");
        drop(first);
        waiter.join().unwrap();
        assert!(got_it.load(Ordering::SeqCst));
    }

    #[test]
    fn a_removed_lock_file_is_never_shared_by_two_holders() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("kit.yaml");
        let first = FileLock::exclusive(&data).unwrap();
        let inside = Arc::new(AtomicBool::new(false));
        let waiter = || {
            let (data, inside) = (data.clone(), inside.clone());
            std::thread::spawn(move || {
                let lock = FileLock::exclusive(&data).unwrap();
                assert!(!inside.swap(true, Ordering::SeqCst), "two holders at once");
                std::thread::sleep(Duration::from_millis(150));
                inside.store(false, Ordering::SeqCst);
                drop(lock);
            })
        };
        // One waits on the old lock file; one comes after it is removed and
        // makes a new one. They must still take turns.
        let old = waiter();
        std::thread::sleep(Duration::from_millis(100));
        first.remove();
        assert!(!lock_path(&data).exists());
        let new = waiter();
        old.join().unwrap();
        new.join().unwrap();
    }
}
