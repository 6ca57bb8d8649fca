//! Files a command writes where the user asked (`-o FILE`): checked before
//! any work, and written so that nothing is replaced without `--force`.

use super::atomic;
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
        let dangling = if path.exists() {
            ""
        } else {
            ", which does not exist"
        };
        return Err(UserError::new(format!(
            "{} is a symbolic link to {}{dangling}, and kinship does not replace or follow links.",
            path.display(),
            to.display()
        ))
        .hint("Give the file's own path, or another name."));
    }
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_dir()
        && let Some(what) = crate::store::read::kind_of(&meta)
    {
        return Err(UserError::new(format!(
            "{} is {what}, not a file, so kinship will not write over it{}.",
            path.display(),
            if force { ", even with --force" } else { "" }
        ))
        .hint("Choose a file name, or -o - for the screen."));
    }
    if path.is_dir() {
        return Err(UserError::new(format!(
            "{} is a folder. Give a file name inside it, such as {}.",
            path.display(),
            path.join(example).display()
        )));
    }
    if path.exists() && !force {
        return Err(UserError::new(format!(
            "{} already exists, and kinship does not replace files unless asked.",
            path.display()
        ))
        .hint("Choose another name, or add --force to replace it."));
    }
    let parent = atomic::folder_of(path);
    if parent.exists() && !parent.is_dir() {
        return Err(UserError::new(format!(
            "{} is a file, not a folder, so {} cannot be written inside it.",
            parent.display(),
            path.display()
        ))
        .hint("Choose another place for the file."));
    }
    if !parent.is_dir() {
        return Err(UserError::new(format!(
            "The folder {} does not exist, so {} cannot be written there.",
            parent.display(),
            path.display()
        ))
        .hint("Create the folder first, or choose another place."));
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
            return UserError::new(format!(
                "{} appeared while kinship was writing, and kinship does not replace \
                 files unless asked. Nothing was written.",
                path.display()
            ))
            .hint("Choose another name, or add --force to replace it.");
        }
        UserError::new(format!(
            "Could not write {}: {e}. Nothing was written.",
            path.display()
        ))
        .hint("Check that the folder exists, that you may write there, and that the disk has room.")
    })
}
