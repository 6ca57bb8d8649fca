//! Permissions: the data folder and its folders are 0700, files 0600; looser
//! ones are tightened where kinship owns them, and said once where it cannot.

use super::*;

impl Store {
    /// Refuses a folder inside the data folder that is a symbolic link
    /// (kinship made these folders, and never follows a link planted in
    /// their place), and checks each folder's permissions on the way.
    pub(super) fn check_folders(&self, path: &Path, tighten: bool) -> anyhow::Result<()> {
        let mut folders: Vec<&Path> = path
            .ancestors()
            .skip(1)
            .take_while(|p| p.starts_with(&self.root) && *p != self.root)
            .collect();
        for folder in &folders {
            if let Ok(meta) = fs::symlink_metadata(folder)
                && meta.file_type().is_symlink()
            {
                return Err(UserError::new(t!(
                    "store-folder-is-link",
                    path = folder.display().to_string()
                ))
                .hint(t!("store-folder-is-link-hint"))
                .into());
            }
        }
        folders.push(&self.root);
        for folder in folders {
            self.check_private(folder, tighten);
        }
        Ok(())
    }

    /// When `path` (a file or folder kinship keeps) can be read by other
    /// users, looks at the whole data folder once and says so in one line;
    /// when `tighten` (kinship is about to save), makes every loose file
    /// 0600 and folder 0700 first.
    pub(super) fn check_private(&self, path: &Path, tighten: bool) {
        if mode_of(path).is_none_or(|mode| mode & 0o077 == 0) {
            return;
        }
        let loose = self.loose_entries();
        if loose.is_empty() {
            return;
        }
        let root = self.root.display().to_string();
        let count = loose.len();
        if tighten {
            let mut made = 0;
            for (p, is_dir) in &loose {
                let private = if *is_dir {
                    atomic::DIR_MODE
                } else {
                    atomic::FILE_MODE
                };
                use std::os::unix::fs::PermissionsExt;
                if fs::set_permissions(p, fs::Permissions::from_mode(private)).is_ok() {
                    made += 1;
                }
            }
            if made > 0 {
                warn_once(
                    &self.root,
                    &t!("store-made-private", n = count, root = root.as_str()),
                );
                return;
            }
        }
        warn_if_new(
            &self.root,
            &t!("store-can-be-read", n = count, root = root.as_str()),
        );
    }

    /// Every file and folder in the data folder (two levels down, as kinship
    /// keeps them) that others may read, and whether it is a folder.
    pub(super) fn loose_entries(&self) -> Vec<(PathBuf, bool)> {
        let mut found = Vec::new();
        // The root itself may be a link the user made: its target is checked.
        if let Ok(meta) = fs::metadata(&self.root) {
            use std::os::unix::fs::PermissionsExt;
            if meta.is_dir() && meta.permissions().mode() & 0o077 != 0 {
                found.push((self.root.clone(), true));
            }
        }
        let mut look = |p: &Path| {
            if let Ok(meta) = fs::symlink_metadata(p)
                && !meta.file_type().is_symlink()
                && (meta.is_dir() || meta.is_file())
            {
                use std::os::unix::fs::PermissionsExt;
                if meta.permissions().mode() & 0o077 != 0 {
                    found.push((p.to_path_buf(), meta.is_dir()));
                }
                return meta.is_dir();
            }
            false
        };
        let Ok(entries) = fs::read_dir(&self.root) else {
            return found;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if look(&path)
                && let Ok(inner) = fs::read_dir(&path)
            {
                for e in inner.flatten() {
                    look(&e.path());
                }
            }
        }
        found
    }
}

/// A file's or folder's permission bits (following a link).
pub(super) fn mode_of(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o777)
}
