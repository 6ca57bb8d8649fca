//! Files a command writes where the user asked (`-o FILE`): checked before
//! any work, and written so that nothing is replaced without `--force`.

use super::atomic;
use crate::content::i18n::t;
use crate::error::UserError;
use std::path::Path;

/// Checks that `path` may be written: not a link, a device or a folder, not
/// an existing file unless `force`, in a folder that exists. `example` is a
/// file name to suggest inside a folder given by mistake.
pub fn check(path: &Path, force: bool, example: &str) -> Result<(), UserError> {
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && meta.file_type().is_symlink()
    {
        let to = std::fs::read_link(path).unwrap_or_default();
        return Err(UserError::new(t!(
            "store-out-symlink",
            path = path.display().to_string(),
            to = to.display().to_string(),
            exists = if path.exists() { "yes" } else { "no" }
        ))
        .hint(t!("store-out-symlink-hint")));
    }
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_dir()
        && let Some(what) = crate::store::read::kind_of(&meta)
    {
        return Err(UserError::new(t!(
            "store-out-not-a-file",
            path = path.display().to_string(),
            what = crate::store::read::kind_words(crate::content::i18n::current(), what),
            force = if force { "yes" } else { "no" }
        ))
        .hint(t!("store-out-not-a-file-hint")));
    }
    if path.is_dir() {
        return Err(UserError::new(t!(
            "store-out-folder",
            path = path.display().to_string(),
            example = path.join(example).display().to_string()
        )));
    }
    if path.exists() && !force {
        return Err(
            UserError::new(t!("store-out-exists", path = path.display().to_string()))
                .hint(t!("store-out-force-hint")),
        );
    }
    let parent = atomic::folder_of(path);
    if parent.exists() && !parent.is_dir() {
        return Err(UserError::new(t!(
            "store-out-parent-file",
            parent = parent.display().to_string(),
            path = path.display().to_string()
        ))
        .hint(t!("store-out-parent-file-hint")));
    }
    if !parent.is_dir() {
        return Err(UserError::new(t!(
            "store-out-no-folder",
            parent = parent.display().to_string(),
            path = path.display().to_string()
        ))
        .hint(t!("store-out-no-folder-hint")));
    }
    Ok(())
}

/// Writes `bytes` to `path` in one step: a file that is there, or appears
/// meanwhile, is replaced only with `force`; on failure nothing is written.
pub fn write(path: &Path, bytes: &[u8], force: bool) -> Result<(), UserError> {
    let existing = if force {
        atomic::Existing::Replace
    } else {
        atomic::Existing::Keep
    };
    atomic::write_out(path, bytes, existing).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            return UserError::new(t!("store-out-appeared", path = path.display().to_string()))
                .hint(t!("store-out-force-hint"));
        }
        UserError::new(t!(
            "store-out-failed",
            path = path.display().to_string(),
            error = e.to_string()
        ))
        .hint(t!("store-out-failed-hint"))
    })
}
