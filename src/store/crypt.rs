//! Encryption at rest: `kinship data lock` and `unlock`.
//!
//! One X25519 data key (an age identity) encrypts every private file. The
//! key itself is kept encrypted with the user's passphrase (an age scrypt
//! file, `data-key.age`); its public half (`data-key.pub`) lets kinship
//! write a file, such as an overdose walk's log, without the passphrase.
//! While locked, files live in `vault/` under random names; each begins with
//! a line naming what it is (`# kinship: plans/dad.yaml`), and an encrypted
//! index (`vault/index.age`) keeps those names so that listing a folder does
//! not open every file. The index is only a cache: it is rebuilt from the
//! files themselves whenever it misses one, so a kill at any moment loses
//! nothing.

mod convert;
mod passphrase;

use super::{Store, atomic, read};
use crate::error::UserError;
use age::secrecy::{ExposeSecret, SecretString};
use anyhow::Context;
pub use passphrase::*;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use zeroize::Zeroizing;

/// The data key, encrypted with the passphrase.
pub const KEY_FILE: &str = "data-key.age";
/// The data key's public half: what files are encrypted to.
pub const PUBLIC_FILE: &str = "data-key.pub";
/// Where encrypted files are kept.
pub const VAULT: &str = "vault";
/// Present while `data unlock` is under way.
pub const UNLOCKING: &str = ".unlocking";
/// The encrypted list of what each file in the vault is.
pub const INDEX: &str = "index.age";
/// The first line of every file in the vault, before its name.
const HEADER: &str = "# kinship: ";
const INDEX_HEADER: &str = "# kinship index\n";

/// The scrypt work factor (log2 of N) the passphrase is stretched with:
/// about a quarter of a second on an ordinary laptop, far under the two
/// seconds unlocking may take.
pub const WORK_FACTOR: u8 = 16;
/// The largest work factor accepted when opening a key file: a tampered key
/// file cannot make kinship work for minutes.
const MAX_WORK_FACTOR: u8 = 20;
/// Debug builds (the tests) only: a lower work factor, so that tests do not
/// spend seconds on each key. A release build ignores it.
pub const WORK_FACTOR_VAR: &str = "KINSHIP_TEST_SCRYPT_LOG_N";

/// Where the passphrase comes from for this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// `--passphrase-file FILE` or `KINSHIP_PASSPHRASE_FILE`; the second
    /// part names which, for messages.
    File(PathBuf, &'static str),
    /// Asked on the terminal.
    Terminal,
    /// Off a terminal, with no file: never asked.
    Never,
}

/// Whether the data folder is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Plain,
    Locked,
    /// `data unlock` was begun and not finished: files are still read from
    /// the vault until it is.
    Unlocking,
}

/// The data key, once unlocked in this run, by data folder.
type Cache = Vec<(PathBuf, Arc<age::x25519::Identity>)>;
static UNLOCKED: Mutex<Cache> = Mutex::new(Vec::new());

fn cached(root: &Path) -> Option<Arc<age::x25519::Identity>> {
    let cache = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .iter()
        .find(|(r, _)| r == root)
        .map(|(_, k)| k.clone())
}

fn remember(root: &Path, key: Arc<age::x25519::Identity>) {
    let mut cache = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    cache.retain(|(r, _)| r != root);
    cache.push((root.to_path_buf(), key));
}

fn forget(root: &Path) {
    let mut cache = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    cache.retain(|(r, _)| r != root);
}

/// The work factor new passphrases are stretched with.
fn work_factor() -> u8 {
    if cfg!(test) {
        return 10;
    }
    if cfg!(debug_assertions)
        && let Some(n) = std::env::var(WORK_FACTOR_VAR)
            .ok()
            .and_then(|v| v.parse::<u8>().ok())
            .filter(|n| (1..=MAX_WORK_FACTOR).contains(n))
    {
        return n;
    }
    WORK_FACTOR
}

/// Says which plain files were left beside their encrypted copies.
fn kept_message(kept: &[String]) -> String {
    crate::content::i18n::t!("store-crypt-kept", n = kept.len(), files = kept.join(", "))
}

/// Encrypts to the data key's public half.
fn seal(to: &age::x25519::Recipient, plain: &[u8]) -> io::Result<Vec<u8>> {
    age::encrypt(to, plain).map_err(io::Error::other)
}

/// Decrypts with the data key; a tampered or cut short file is refused.
fn open(key: &age::x25519::Identity, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, String> {
    age::decrypt(key, sealed)
        .map(Zeroizing::new)
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => {
                crate::content::i18n::t!("store-crypt-other-key")
            }
            _ => crate::content::i18n::t!("store-crypt-tampered"),
        })
}

/// Writes the data key encrypted with `passphrase`.
fn write_key_file(
    root: &Path,
    key: &age::x25519::Identity,
    passphrase: SecretString,
) -> anyhow::Result<()> {
    let mut wrap = age::scrypt::Recipient::new(passphrase);
    wrap.set_work_factor(work_factor());
    let secret = key.to_string();
    let line = Zeroizing::new(format!("{}\n", secret.expose_secret()));
    let sealed = age::encrypt(&wrap, line.as_bytes()).map_err(io::Error::other)?;
    atomic::write(&root.join(KEY_FILE), &sealed).with_context(|| {
        crate::content::i18n::t!(
            "store-crypt-key-not-saved",
            path = root.display().to_string()
        )
    })
}

/// Opens the data key with a passphrase: `Ok(None)` when it is the wrong one.
fn open_key_file(
    root: &Path,
    passphrase: SecretString,
) -> anyhow::Result<Option<age::x25519::Identity>> {
    let path = root.join(KEY_FILE);
    let sealed = read_bounded(&path)?.ok_or_else(|| {
        UserError::new(crate::content::i18n::t!(
            "store-crypt-key-missing",
            path = path.display().to_string()
        ))
    })?;
    let mut unwrap = age::scrypt::Identity::new(passphrase);
    unwrap.set_max_work_factor(MAX_WORK_FACTOR);
    let plain = match age::decrypt(&unwrap, &sealed) {
        Ok(plain) => Zeroizing::new(plain),
        Err(age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys) => {
            return Ok(None);
        }
        Err(e) => {
            return Err(UserError::new(crate::content::i18n::t!(
                "store-crypt-key-unopened",
                path = path.display().to_string(),
                error = e.to_string()
            ))
            .hint(crate::content::i18n::t!("store-crypt-key-unopened-hint"))
            .into());
        }
    };
    let text = std::str::from_utf8(&plain).map_err(|_| {
        UserError::new(crate::content::i18n::t!(
            "store-crypt-no-key",
            path = path.display().to_string()
        ))
    })?;
    let key = text.trim().parse::<age::x25519::Identity>().map_err(|_| {
        UserError::new(crate::content::i18n::t!(
            "store-crypt-no-key",
            path = path.display().to_string()
        ))
    })?;
    Ok(Some(key))
}

/// Reads a whole file kinship keeps (not following a link), bounded.
fn read_bounded(path: &Path) -> anyhow::Result<Option<Vec<u8>>> {
    let file = match read::open_regular(path, read::Links::Refuse) {
        Ok(Some(f)) => f,
        Ok(None) => return Ok(None),
        Err(e) => {
            return Err(UserError::new(crate::content::i18n::t!(
                "store-read-failed",
                path = path.display().to_string(),
                error = e.to_string()
            ))
            .into());
        }
    };
    let mut bytes = Vec::new();
    file.take(read::MAX_BYTES as u64 * 2)
        .read_to_end(&mut bytes)
        .with_context(|| {
            crate::content::i18n::t!("store-could-not-read", path = path.display().to_string())
        })?;
    Ok(Some(bytes))
}

/// A fresh random name for a file in the vault.
fn random_id() -> String {
    let mut bytes = [0u8; 16];
    // SAFETY: the buffer is valid for its length.
    let mut filled = 0;
    while filled < bytes.len() {
        let rc = unsafe {
            libc::getrandom(bytes[filled..].as_mut_ptr().cast(), bytes.len() - filled, 0)
        };
        if rc > 0 {
            filled += rc as usize;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The vault's files by what they are (`plans/dad.yaml` → its random id).
#[derive(Debug, Default)]
pub struct Vault {
    pub names: BTreeMap<String, String>,
}

impl Store {
    /// Whether the folder is locked.
    pub fn state(&self) -> State {
        if fs::symlink_metadata(self.root.join(KEY_FILE)).is_err() {
            State::Plain
        } else if fs::symlink_metadata(self.root.join(UNLOCKING)).is_ok() {
            State::Unlocking
        } else {
            State::Locked
        }
    }

    pub fn vault_dir(&self) -> PathBuf {
        self.root.join(VAULT)
    }

    fn vault_file(&self, id: &str) -> PathBuf {
        self.vault_dir().join(format!("{id}.age"))
    }

    /// A stored file's name inside the data folder: `plans/dad.yaml`.
    pub(super) fn rel(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned()
    }

    /// The data key's public half, which needs no passphrase.
    pub(super) fn recipient(&self) -> anyhow::Result<age::x25519::Recipient> {
        let path = self.root.join(PUBLIC_FILE);
        let text = read::read_text(&path, read::Links::Refuse, 4096)
            .ok()
            .flatten()
            .ok_or_else(|| {
                UserError::new(crate::content::i18n::t!(
                    "store-crypt-public-missing",
                    path = path.display().to_string()
                ))
                .hint(crate::content::i18n::t!("store-crypt-repair-hint"))
            })?;
        text.trim().parse().map_err(|_| {
            UserError::new(crate::content::i18n::t!(
                "store-crypt-no-public",
                path = path.display().to_string()
            ))
            .hint(crate::content::i18n::t!("store-crypt-repair-hint"))
            .into()
        })
    }

    /// A stored file's place, for messages: its path, or when locked its
    /// name in the data folder, which is encrypted in the vault.
    pub fn shown(&self, path: &Path) -> String {
        match self.state() {
            State::Plain => path.display().to_string(),
            _ => crate::content::i18n::t!(
                "store-crypt-shown",
                name = self.rel(path),
                vault = self.vault_dir().display().to_string()
            ),
        }
    }

    /// True when the data key is open in this run (no asking needed).
    pub fn unlocked_now(&self) -> bool {
        cached(&self.root).is_some()
    }

    /// The data key: opened once per run, with the passphrase from the file
    /// or typed (three tries) on a terminal. A conversion a kill left half
    /// done is finished first.
    pub fn key(&self) -> anyhow::Result<Arc<age::x25519::Identity>> {
        if let Some(key) = cached(&self.root) {
            return Ok(key);
        }
        let key = Arc::new(self.ask_key()?);
        remember(&self.root, key.clone());
        self.finish_conversion(&key)?;
        Ok(key)
    }

    fn ask_key(&self) -> anyhow::Result<age::x25519::Identity> {
        match &self.ask {
            Ask::Never => Err(UserError::usage(crate::content::i18n::t!(
                "store-crypt-no-terminal"
            ))
            .hint(how_to_unlock())
            .into()),
            Ask::File(path, origin) => {
                let passphrase = passphrase_from_file(path, origin)?;
                self.open_key(passphrase)?.ok_or_else(|| {
                    UserError::new(crate::content::i18n::t!(
                        "store-crypt-file-wrong",
                        path = path.display().to_string()
                    ))
                    .hint(crate::content::i18n::t!("store-crypt-file-wrong-hint"))
                    .into()
                })
            }
            Ask::Terminal => {
                for tries_left in (0..3).rev() {
                    let passphrase = ask_hidden(&crate::content::i18n::t!("store-crypt-prompt"))?;
                    if let Some(key) = self.open_key(passphrase)? {
                        return Ok(key);
                    }
                    if tries_left > 0 {
                        eprintln!(
                            "{}",
                            crate::content::i18n::t!("store-crypt-try-again", n = tries_left)
                        );
                    }
                }
                Err(
                    UserError::new(crate::content::i18n::t!("store-crypt-wrong"))
                        .hint(crate::content::i18n::t!("store-crypt-wrong-hint"))
                        .into(),
                )
            }
        }
    }

    /// For what can do without private data (the card): opens the data key
    /// if that needs no asking or the user types the passphrase (Enter
    /// skips); `Ok(false)` when it stays locked.
    pub fn unlock_or_skip(&self, prompt: &str) -> anyhow::Result<bool> {
        if self.state() == State::Plain || self.unlocked_now() {
            return Ok(true);
        }
        match &self.ask {
            Ask::File(..) => self.key().map(|_| true),
            Ask::Never => Ok(false),
            Ask::Terminal => {
                for _ in 0..3 {
                    let passphrase = ask_hidden(prompt)?;
                    if passphrase.expose_secret().is_empty() {
                        return Ok(false);
                    }
                    if let Some(key) = self.open_key(passphrase)? {
                        let key = Arc::new(key);
                        remember(&self.root, key.clone());
                        self.finish_conversion(&key)?;
                        return Ok(true);
                    }
                    eprintln!("{}", crate::content::i18n::t!("store-crypt-wrong-short"));
                }
                Ok(false)
            }
        }
    }

    /// Opens the data key with a passphrase; an empty one is never right.
    pub fn open_key(
        &self,
        passphrase: SecretString,
    ) -> anyhow::Result<Option<age::x25519::Identity>> {
        if passphrase.expose_secret().is_empty() {
            return Ok(None);
        }
        open_key_file(&self.root, passphrase)
    }

    /// The random names of the files in the vault, sorted.
    fn vault_ids(&self) -> anyhow::Result<Vec<String>> {
        let dir = self.vault_dir();
        let mut ids: Vec<String> = match fs::read_dir(&dir) {
            Ok(entries) => entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    let id = name.strip_suffix(".age")?;
                    (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
                        .then(|| id.to_string())
                })
                .collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                return Err(anyhow::Error::new(e).context(crate::content::i18n::t!(
                    "store-could-not-read",
                    path = dir.display().to_string()
                )));
            }
        };
        ids.sort();
        Ok(ids)
    }

    /// The vault's index: loaded, checked against the files there, and
    /// mended (files it misses are opened for their names) when it differs.
    pub fn vault(&self, key: &age::x25519::Identity) -> anyhow::Result<Vault> {
        let dir = self.vault_dir();
        let ids = self.vault_ids()?;
        let mut index: BTreeMap<String, String> = BTreeMap::new();
        if let Some(sealed) = read_bounded(&dir.join(INDEX))?
            && let Ok(plain) = open(key, &sealed)
            && let Ok(text) = std::str::from_utf8(&plain)
        {
            for line in text.lines().skip(1) {
                if let Some((id, name)) = line.split_once(' ') {
                    index.insert(id.to_string(), name.to_string());
                }
            }
        }
        let mut changed = index.len() != ids.len();
        let mut vault = Vault::default();
        for id in &ids {
            let name = match index.get(id) {
                Some(name) => name.clone(),
                None => {
                    changed = true;
                    match self.open_vault_file(key, id) {
                        Ok((name, _)) => name,
                        // A file that cannot be opened is left alone, and
                        // named when it is asked for by no name at all.
                        Err(_) => continue,
                    }
                }
            };
            vault.names.insert(name, id.clone());
        }
        if changed && fs::symlink_metadata(&dir).is_ok() {
            let _ = self.save_index(&vault);
        }
        Ok(vault)
    }

    fn save_index(&self, vault: &Vault) -> anyhow::Result<()> {
        let mut text = Zeroizing::new(String::from(INDEX_HEADER));
        for (name, id) in &vault.names {
            text.push_str(&format!("{id} {name}\n"));
        }
        let sealed = seal(&self.recipient()?, text.as_bytes())?;
        atomic::write(&self.vault_dir().join(INDEX), &sealed)?;
        Ok(())
    }

    /// Opens one file of the vault: its name and its text.
    pub(super) fn open_vault_file(
        &self,
        key: &age::x25519::Identity,
        id: &str,
    ) -> Result<(String, Zeroizing<String>), String> {
        let path = self.vault_file(id);
        let sealed = match read_bounded(&path) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return Err(crate::content::i18n::t!("store-crypt-vault-missing")),
            Err(e) => return Err(e.to_string()),
        };
        let plain = open(key, &sealed)?;
        let text = Zeroizing::new(
            String::from_utf8(plain.to_vec())
                .map_err(|_| crate::content::i18n::t!("store-read-not-text"))?,
        );
        let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
        let name = first
            .strip_prefix(HEADER)
            .ok_or_else(|| crate::content::i18n::t!("store-crypt-vault-no-name"))?
            .to_string();
        Ok((name, Zeroizing::new(rest.to_string())))
    }

    /// Reads a file from the vault by what it is: `Ok(None)` when there is
    /// none. A file whose first line names another file is refused.
    pub(super) fn read_vault(
        &self,
        path: &Path,
    ) -> anyhow::Result<Result<Option<Zeroizing<String>>, String>> {
        let key = self.key()?;
        let rel = self.rel(path);
        let vault = self.vault(&key)?;
        let Some(id) = vault.names.get(&rel) else {
            return Ok(Ok(None));
        };
        Ok(match self.open_vault_file(&key, id) {
            Ok((name, _)) if name != rel => Err(crate::content::i18n::t!(
                "store-vault-says-it-is",
                name = name.as_str()
            )),
            Ok((_, body)) => Ok(Some(body)),
            Err(why) => Err(why),
        })
    }

    /// Writes a file into the vault under `id`, encrypted to the data key.
    pub(super) fn write_vault_id(&self, id: &str, rel: &str, text: &str) -> io::Result<()> {
        let to = self.recipient().map_err(io::Error::other)?;
        let plain = Zeroizing::new(format!("{HEADER}{rel}\n{text}"));
        atomic::write(&self.vault_file(id), &seal(&to, plain.as_bytes())?)
    }

    /// Writes a file into the vault by what it is, replacing the one there.
    pub(super) fn write_vault(&self, path: &Path, text: &str) -> anyhow::Result<()> {
        let key = self.key()?;
        let rel = self.rel(path);
        let mut vault = self.vault(&key)?;
        let (id, new) = match vault.names.get(&rel) {
            Some(id) => (id.clone(), false),
            None => (random_id(), true),
        };
        self.write_vault_id(&id, &rel, text)?;
        if new {
            vault.names.insert(rel, id);
            self.save_index(&vault)?;
        }
        Ok(())
    }

    /// Removes a file from the vault by what it is.
    pub(super) fn remove_vault(&self, path: &Path) -> anyhow::Result<bool> {
        let key = self.key()?;
        let rel = self.rel(path);
        let mut vault = self.vault(&key)?;
        let Some(id) = vault.names.remove(&rel) else {
            return Ok(false);
        };
        fs::remove_file(self.vault_file(&id))?;
        self.save_index(&vault)?;
        Ok(true)
    }

    /// A new random name, for a file written without the passphrase.
    pub(super) fn new_vault_id(&self) -> String {
        random_id()
    }

    /// How many private files are in plain text.
    pub fn plain_count(&self) -> usize {
        self.plain_files().map(|f| f.len()).unwrap_or(0)
    }

    /// How many files kinship keeps (encrypted or not).
    pub fn file_count(&self) -> usize {
        let plain = self.plain_files().map(|f| f.len()).unwrap_or(0);
        let sealed = fs::read_dir(self.vault_dir())
            .map(|d| {
                d.flatten()
                    .filter(|e| {
                        let n = e.file_name().to_string_lossy().into_owned();
                        n.ends_with(".age") && n != INDEX
                    })
                    .count()
            })
            .unwrap_or(0);
        plain + sealed
    }
}

#[cfg(test)]
mod tests;
