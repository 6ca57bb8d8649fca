//! Passphrases: read from a file, asked without echo, chosen twice; and the
//! files sealed with one (shares and exports) rather than with the data key.

use super::*;

/// What a locked folder's message tells the user to do.
pub fn how_to_unlock() -> String {
    crate::content::i18n::t!("store-crypt-how-to-unlock")
}

/// Reads a passphrase from a file: the first line, without its line ending.
pub fn passphrase_from_file(path: &Path, origin: &str) -> anyhow::Result<SecretString> {
    let refuse = |why: String| {
        UserError::usage(crate::content::i18n::t!(
            "store-crypt-passphrase-file",
            path = path.display().to_string(),
            origin = origin,
            why = why
        ))
        .hint(crate::content::i18n::t!("store-crypt-passphrase-file-hint"))
    };
    let text = match read::read_text(path, read::Links::Follow, 64 * 1024) {
        Ok(Some(text)) => Zeroizing::new(text),
        Ok(None) => return Err(refuse(crate::content::i18n::t!("store-crypt-no-such-file")).into()),
        Err(e) => return Err(refuse(e.to_string()).into()),
    };
    let line = text.split('\n').next().unwrap_or("");
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.is_empty() {
        return Err(refuse(crate::content::i18n::t!("store-crypt-empty-file")).into());
    }
    Ok(SecretString::from(line.to_string()))
}

/// Asks for a passphrase on the terminal without showing it.
pub fn ask_hidden(prompt: &str) -> anyhow::Result<SecretString> {
    let term = console::Term::stderr();
    term.write_str(prompt)?;
    let typed = term.read_secure_line().map_err(|e| {
        if e.kind() == io::ErrorKind::Interrupted {
            anyhow::Error::new(UserError::interrupted(crate::content::i18n::t!(
                "store-crypt-stopped"
            )))
        } else {
            anyhow::Error::new(e).context(crate::content::i18n::t!("store-crypt-terminal-failed"))
        }
    })?;
    Ok(SecretString::from(typed))
}

/// Asks for a new passphrase: from the file, else twice on the terminal.
pub fn new_passphrase(ask: &Ask, what: &str) -> anyhow::Result<SecretString> {
    match ask {
        Ask::File(path, origin) => passphrase_from_file(path, origin),
        Ask::Never => Err(UserError::usage(crate::content::i18n::t!(
            "store-crypt-no-terminal-new",
            what = what
        ))
        .hint(crate::content::i18n::t!("store-crypt-no-terminal-new-hint"))
        .into()),
        Ask::Terminal => {
            for _ in 0..3 {
                let first = ask_hidden(&format!("{what}: "))?;
                if first.expose_secret().is_empty() {
                    eprintln!("{}", crate::content::i18n::t!("store-crypt-empty-typed"));
                    continue;
                }
                let again = ask_hidden(&crate::content::i18n::t!("store-crypt-same-again"))?;
                if first.expose_secret() == again.expose_secret() {
                    return Ok(first);
                }
                eprintln!("{}", crate::content::i18n::t!("store-crypt-no-match"));
            }
            Err(UserError::new(crate::content::i18n::t!("store-crypt-none-set")).into())
        }
    }
}

/// The first bytes of every age file.
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1";

/// True when `bytes` begin like an age file.
pub fn is_age(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// Encrypts a file to share (a plan, an export) with its own passphrase.
pub fn seal_with_passphrase(passphrase: SecretString, plain: &[u8]) -> io::Result<Vec<u8>> {
    let mut wrap = age::scrypt::Recipient::new(passphrase);
    wrap.set_work_factor(work_factor());
    age::encrypt(&wrap, plain).map_err(io::Error::other)
}

/// Opens a shared file: `Ok(None)` for a wrong passphrase, `Err` with why
/// for a file that is not a passphrase-encrypted age file, or was changed or
/// cut short.
pub fn open_with_passphrase(
    passphrase: SecretString,
    sealed: &[u8],
) -> Result<Option<Zeroizing<Vec<u8>>>, String> {
    if passphrase.expose_secret().is_empty() {
        return Ok(None);
    }
    let mut unwrap = age::scrypt::Identity::new(passphrase);
    unwrap.set_max_work_factor(MAX_WORK_FACTOR);
    match age::decrypt(&unwrap, sealed) {
        Ok(plain) => Ok(Some(Zeroizing::new(plain))),
        Err(age::DecryptError::DecryptionFailed) => Ok(None),
        Err(age::DecryptError::NoMatchingKeys) => {
            Err(crate::content::i18n::t!("store-crypt-not-a-share"))
        }
        Err(age::DecryptError::ExcessiveWork { .. }) => {
            Err(crate::content::i18n::t!("store-crypt-excessive"))
        }
        Err(_) => Err(crate::content::i18n::t!("store-crypt-cut-short")),
    }
}

/// The passphrase of a share or export file, from `file` or asked on the
/// terminal (twice when `new`); off a terminal with no file, exit 2.
pub fn share_passphrase(
    file: Option<&Path>,
    terminal: bool,
    new: bool,
    what: &str,
) -> anyhow::Result<SecretString> {
    if let Some(file) = file {
        return passphrase_from_file(file, "--share-passphrase-file");
    }
    if !terminal {
        return Err(UserError::usage(crate::content::i18n::t!(
            "store-crypt-no-terminal-share",
            what = what
        ))
        .hint(crate::content::i18n::t!(
            "store-crypt-no-terminal-share-hint"
        ))
        .into());
    }
    if new {
        new_passphrase(
            &Ask::Terminal,
            &crate::content::i18n::t!("store-crypt-passphrase-for", what = what),
        )
    } else {
        ask_hidden(&format!(
            "{}: ",
            crate::content::i18n::t!("store-crypt-passphrase-for", what = what)
        ))
    }
}
