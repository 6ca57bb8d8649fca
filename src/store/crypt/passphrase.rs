//! Passphrases: read from a file, asked without echo, chosen twice; and the
//! files sealed with one (shares and exports) rather than with the data key.

use super::*;

/// What a locked folder's message tells the user to do.
pub const HOW_TO_UNLOCK: &str = "Run it on a terminal to type the passphrase, or give a file that holds it \
     with --passphrase-file FILE (or KINSHIP_PASSPHRASE_FILE).";

/// Reads a passphrase from a file: the first line, without its line ending.
pub fn passphrase_from_file(path: &Path, origin: &str) -> anyhow::Result<SecretString> {
    let refuse = |why: String| {
        UserError::usage(format!(
            "Could not read the passphrase file {} ({origin}): {why}.",
            path.display()
        ))
        .hint("Give a file that holds the passphrase on its first line.")
    };
    let text = match read::read_text(path, read::Links::Follow, 64 * 1024) {
        Ok(Some(text)) => Zeroizing::new(text),
        Ok(None) => return Err(refuse("there is no such file".into()).into()),
        Err(e) => return Err(refuse(e.to_string()).into()),
    };
    let line = text.split('\n').next().unwrap_or("");
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.is_empty() {
        return Err(refuse("it is empty".into()).into());
    }
    Ok(SecretString::from(line.to_string()))
}

/// Asks for a passphrase on the terminal without showing it.
pub fn ask_hidden(prompt: &str) -> anyhow::Result<SecretString> {
    let term = console::Term::stderr();
    term.write_str(prompt)?;
    let typed = term.read_secure_line().map_err(|e| {
        if e.kind() == io::ErrorKind::Interrupted {
            anyhow::Error::new(UserError::interrupted("Stopped; nothing was changed."))
        } else {
            anyhow::Error::new(e).context("Could not read the passphrase from the terminal")
        }
    })?;
    Ok(SecretString::from(typed))
}

/// Asks for a new passphrase: from the file, else twice on the terminal.
pub fn new_passphrase(ask: &Ask, what: &str) -> anyhow::Result<SecretString> {
    match ask {
        Ask::File(path, origin) => passphrase_from_file(path, origin),
        Ask::Never => Err(UserError::usage(format!(
            "There is no terminal to ask for a new passphrase ({what}), and no file that holds it."
        ))
        .hint("Run it on a terminal, or give the passphrase in a file with --passphrase-file FILE.")
        .into()),
        Ask::Terminal => {
            for _ in 0..3 {
                let first = ask_hidden(&format!("{what}: "))?;
                if first.expose_secret().is_empty() {
                    eprintln!(
                        "An empty passphrase would protect nothing. Type one, or Ctrl-C to stop."
                    );
                    continue;
                }
                let again = ask_hidden("The same again: ")?;
                if first.expose_secret() == again.expose_secret() {
                    return Ok(first);
                }
                eprintln!("The two did not match. Try again.");
            }
            Err(UserError::new("No passphrase was set; nothing was changed.").into())
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
            Err("it is not encrypted with a passphrase (is it a kinship share?)".into())
        }
        Err(age::DecryptError::ExcessiveWork { .. }) => {
            Err("its passphrase is stretched far more than kinship ever does".into())
        }
        Err(_) => Err("it could not be decrypted: it was changed or cut short".into()),
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
        return Err(UserError::usage(format!(
            "There is no terminal to ask for the passphrase of {what}."
        ))
        .hint("Give it in a file: --share-passphrase-file FILE.")
        .into());
    }
    if new {
        new_passphrase(&Ask::Terminal, &format!("Passphrase for {what}"))
    } else {
        ask_hidden(&format!("Passphrase for {what}: "))
    }
}
