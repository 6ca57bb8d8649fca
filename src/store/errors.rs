//! What a failed read or write tells the user: the file in their words, and
//! hints for a full disk, a read-only folder or missing permission.

use super::*;

impl Store {
    /// A failure to `doing` (read, save) a file: what went wrong, with the
    /// operating system's reason under it, and what the user can do.
    pub(super) fn io_error(
        &self,
        doing: &str,
        role: &Role,
        path: &Path,
        e: io::Error,
    ) -> anyhow::Error {
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
    pub(super) fn io_hints(&self, e: &io::Error, path: &Path) -> Vec<String> {
        const ELSEWHERE: &str =
            "or choose another folder for kinship's data with --data-dir DIR or KINSHIP_HOME";
        let root = self.root.display();
        // A link to a folder that is not there (a disk not mounted, a folder
        // moved): creating the folder fails with "File exists".
        if let Some(link) = path.ancestors().find(|p| {
            fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
                && fs::metadata(p).is_err()
        }) {
            let to = fs::read_link(link).unwrap_or_default();
            return vec![format!(
                "{} is a symbolic link to {}, which does not exist (a disk that is not \
                 connected, or a folder moved away?). Connect or create it, {ELSEWHERE}.",
                link.display(),
                to.display()
            )];
        }
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
}
