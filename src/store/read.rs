//! The one way kinship reads a file: settings, progress, plans, logs and
//! imports alike. Only a regular file is read, and only up to a fixed size,
//! so a device, a pipe or a folder where a file should be is refused at once
//! instead of hanging or filling memory.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use crate::content::i18n::{Lang, t, tr};

/// The largest file kinship reads (4 MB): far more than any settings file,
/// plan, progress or log holds.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

/// Whether a symlink at the file's own name is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// Files the user names (the settings file, a file to import).
    Follow,
    /// Files kinship keeps in its data folder: a link there was not made by
    /// kinship, and is refused.
    Refuse,
}

/// Why a file could not be read, in words that fit after "it is" / "it".
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file: "a folder", "a named pipe (FIFO)", "a device".
    NotAFile(&'static str),
    /// A symbolic link where kinship keeps its own file.
    Symlink,
    /// Larger than the limit.
    TooLarge(usize),
    /// Not UTF-8.
    NotText,
    Io(io::Error),
}

impl ReadError {
    /// The reason, in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            ReadError::NotAFile(what) => {
                tr!(lang, "store-read-not-a-file", what = kind_words(lang, what))
            }
            ReadError::Symlink => tr!(lang, "store-read-symlink"),
            ReadError::TooLarge(max) => {
                tr!(lang, "store-read-too-large", mb = max / (1024 * 1024))
            }
            ReadError::NotText => tr!(lang, "store-read-not-text"),
            ReadError::Io(e) => super::plain_reason(e),
        }
    }
}

/// In the language of this process.
impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(crate::content::i18n::current()))
    }
}

/// What a file is, as a word for [`kind_words`], when it is not a regular
/// file: "folder", "fifo", "socket", "device", "symlink" or "other".
pub fn kind_of(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some("folder")
    } else if t.is_fifo() {
        Some("fifo")
    } else if t.is_socket() {
        Some("socket")
    } else if t.is_char_device() || t.is_block_device() {
        Some("device")
    } else if t.is_symlink() {
        Some("symlink")
    } else {
        Some("other")
    }
}

/// A kind from [`kind_of`] in words: "a folder", "a named pipe (FIFO)".
pub fn kind_words(lang: Lang, kind: &str) -> String {
    tr!(lang, "store-kind", kind = kind)
}

/// Opens `path` for reading without waiting (a pipe with no writer would
/// block an ordinary open) and checks that it is a regular file.
pub fn open_regular(path: &Path, links: Links) -> Result<Option<File>, ReadError> {
    let mut flags = libc::O_NONBLOCK;
    if links == Links::Refuse {
        flags |= libc::O_NOFOLLOW;
    }
    let file = match OpenOptions::new().read(true).custom_flags(flags).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) && links == Links::Refuse => {
            return Err(ReadError::Symlink);
        }
        Err(e) => return Err(ReadError::Io(e)),
    };
    let meta = file.metadata().map_err(ReadError::Io)?;
    if let Some(what) = kind_of(&meta) {
        return Err(ReadError::NotAFile(what));
    }
    Ok(Some(file))
}

/// Reads a text file: `Ok(None)` when there is none. A byte-order mark at
/// the start is dropped.
pub fn read_text(path: &Path, links: Links, max: usize) -> Result<Option<String>, ReadError> {
    let Some(file) = open_regular(path, links)? else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() > max {
        return Err(ReadError::TooLarge(max));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec())
        .map(Some)
        .map_err(|_| ReadError::NotText)
}

/// Why a file the user named could not be read.
#[derive(Debug)]
pub enum NamedError {
    /// It holds more than the limit: how it is named, and its size when known.
    TooLong(String, Option<u64>),
    /// Anything else, as a whole sentence.
    Other(String),
}

impl NamedError {
    /// The usual message, for a limit of `max` bytes.
    pub fn into_user(self, max: usize) -> crate::error::UserError {
        crate::error::UserError::new(match self {
            NamedError::TooLong(shown, _) => {
                t!("store-read-too-long", what = shown, kb = max / 1024)
            }
            NamedError::Other(message) => message,
        })
    }
}

/// Reads a file the user names on the command line (answers to import, an
/// answer to set, a journal entry), `-` meaning standard input: only a
/// regular file (`/dev/zero` or a pipe is refused, not waited on), of at most
/// `max` bytes (one more is read from standard input, so a stream with no end
/// is refused, not waited on), UTF-8, a byte-order mark allowed.
pub fn read_user_file(path: &Path, max: usize) -> Result<String, NamedError> {
    if path.as_os_str() == "-" {
        return read_stdin(max);
    }
    match read_text(path, Links::Follow, max) {
        Ok(Some(text)) => Ok(text),
        Ok(None) => Err(NamedError::Other(t!(
            "store-read-no-such-file",
            path = path.display().to_string()
        ))),
        Err(ReadError::TooLarge(_)) => Err(NamedError::TooLong(
            path.display().to_string(),
            std::fs::metadata(path).map(|m| m.len()).ok(),
        )),
        Err(e) => Err(NamedError::Other(t!(
            "store-read-failed",
            path = path.display().to_string(),
            error = e.to_string()
        ))),
    }
}

fn read_stdin(max: usize) -> Result<String, NamedError> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| NamedError::Other(t!("store-read-stdin-failed", error = e.to_string())))?;
    if bytes.len() > max {
        return Err(NamedError::TooLong(t!("store-read-stdin-what"), None));
    }
    let text =
        String::from_utf8(bytes).map_err(|_| NamedError::Other(t!("store-read-stdin-not-text")))?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_of_a_bounded_size_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.yaml");
        assert!(
            read_text(&file, Links::Refuse, MAX_BYTES)
                .unwrap()
                .is_none()
        );
        std::fs::write(&file, b"\xef\xbb\xbfa: 1\n").unwrap();
        assert_eq!(
            read_text(&file, Links::Refuse, MAX_BYTES).unwrap().unwrap(),
            "a: 1\n"
        );
        let err = read_text(&file, Links::Refuse, 3).unwrap_err();
        assert!(err.to_string().starts_with("it is larger than"), "{err}");
        let err = read_text(dir.path(), Links::Follow, MAX_BYTES).unwrap_err();
        assert_eq!(err.to_string(), "it is a folder, not a file");
        let err = read_text(Path::new("/dev/zero"), Links::Follow, MAX_BYTES).unwrap_err();
        assert_eq!(err.to_string(), "it is a device, not a file");
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = read_text(&fifo, Links::Follow, MAX_BYTES).unwrap_err();
        assert_eq!(err.to_string(), "it is a named pipe (FIFO), not a file");
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(matches!(
            read_text(&link, Links::Refuse, MAX_BYTES),
            Err(ReadError::Symlink)
        ));
        assert!(
            read_text(&link, Links::Follow, MAX_BYTES)
                .unwrap()
                .is_some()
        );
        std::fs::write(&file, [0xff, 0xfe]).unwrap();
        assert!(matches!(
            read_text(&file, Links::Refuse, MAX_BYTES),
            Err(ReadError::NotText)
        ));
    }
}
