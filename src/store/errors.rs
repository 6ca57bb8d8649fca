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
        let mut err = UserError::new(t!(
            "store-io-failed",
            doing = doing.replace(' ', "-"),
            noun = role.noun.as_str(),
            path = path.display().to_string()
        ));
        for hint in self.io_hints(&e, path) {
            err = err.hint(hint);
        }
        anyhow::Error::new(e).context(err)
    }

    /// What to do about a file in the data folder that cannot be used.
    pub(super) fn io_hints(&self, e: &io::Error, path: &Path) -> Vec<String> {
        let elsewhere = t!("store-hint-elsewhere");
        let root = self.root.display().to_string();
        // A link to a folder that is not there (a disk not mounted, a folder
        // moved): creating the folder fails with "File exists".
        if let Some(link) = path.ancestors().find(|p| {
            fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
                && fs::metadata(p).is_err()
        }) {
            let to = fs::read_link(link).unwrap_or_default();
            return vec![t!(
                "store-hint-dangling-link",
                link = link.display().to_string(),
                to = to.display().to_string(),
                elsewhere = elsewhere
            )];
        }
        match e.kind() {
            io::ErrorKind::NotADirectory => {
                let file = path
                    .ancestors()
                    .skip(1)
                    .find(|p| p.exists() && !p.is_dir())
                    .unwrap_or(&self.root);
                vec![t!(
                    "store-hint-not-a-folder",
                    path = file.display().to_string()
                )]
            }
            io::ErrorKind::ReadOnlyFilesystem => {
                vec![t!("store-hint-read-only", path = root)]
            }
            io::ErrorKind::PermissionDenied => vec![t!(
                "store-hint-permission",
                path = path.parent().unwrap_or(&self.root).display().to_string(),
                elsewhere = elsewhere
            )],
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                vec![t!("store-hint-disk-full")]
            }
            io::ErrorKind::IsADirectory => vec![t!(
                "store-hint-is-a-folder",
                path = path.display().to_string(),
                elsewhere = elsewhere
            )],
            _ => Vec::new(),
        }
    }
}
