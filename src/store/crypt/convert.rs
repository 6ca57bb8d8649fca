//! Locking and unlocking the whole data folder: every private file encrypted
//! (or decrypted) one by one, resumable after a kill or a full disk.

use super::*;

impl Store {
    /// Finishes a lock or unlock that a kill (or a full disk) interrupted.
    pub(super) fn finish_conversion(&self, key: &age::x25519::Identity) -> anyhow::Result<()> {
        match self.state() {
            State::Plain => Ok(()),
            State::Locked => {
                if !self.plain_files()?.is_empty()
                    || fs::symlink_metadata(self.root.join(PUBLIC_FILE)).is_err()
                {
                    let _lock = self.lock_conversion()?;
                    let kept = self.encrypt_all(key)?;
                    if !kept.is_empty() {
                        crate::store::warn_once(&self.root.join(VAULT), &kept_message(&kept));
                    }
                }
                Ok(())
            }
            State::Unlocking => self.decrypt_all(key),
        }
    }

    /// Every private file still kept in plain text: (its path, `plans/dad.yaml`).
    pub(super) fn plain_files(&self) -> anyhow::Result<Vec<(PathBuf, String)>> {
        let mut found = Vec::new();
        for folder in crate::store::PRIVATE_FOLDERS {
            let dir = self.root.join(folder);
            let entries = match fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => {
                    return Err(anyhow::Error::new(e).context(crate::content::i18n::t!(
                        "store-could-not-read",
                        path = dir.display().to_string()
                    )));
                }
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || !name.ends_with(".yaml") {
                    continue;
                }
                found.push((entry.path(), format!("{folder}/{name}")));
            }
        }
        found.sort();
        Ok(found)
    }

    /// `data lock`: makes a data key (unless there is one) and encrypts every
    /// private file, one at a time.
    pub fn lock_with(&self, passphrase: SecretString) -> anyhow::Result<()> {
        atomic::create_private_dir(&self.root).with_context(|| {
            crate::content::i18n::t!(
                "store-could-not-create",
                path = self.root.display().to_string()
            )
        })?;
        // One conversion at a time: a second `data lock` begun at once
        // waits, then finds the folder locked and makes no second key.
        let _lock = self.lock_conversion()?;
        if self.state() != State::Plain {
            return Err(
                UserError::new(crate::content::i18n::t!("store-crypt-locked-meanwhile"))
                    .hint(crate::content::i18n::t!(
                        "store-crypt-locked-meanwhile-hint"
                    ))
                    .into(),
            );
        }
        let key = age::x25519::Identity::generate();
        // The public half first: a kill before the key file is written
        // leaves the folder plain, and the next lock starts again.
        atomic::write(
            &self.root.join(PUBLIC_FILE),
            format!("{}\n", key.to_public()).as_bytes(),
        )
        .with_context(|| {
            crate::content::i18n::t!(
                "store-crypt-key-not-saved",
                path = self.root.display().to_string()
            )
        })?;
        write_key_file(&self.root, &key, passphrase)?;
        let key = Arc::new(key);
        remember(&self.root, key.clone());
        let kept = self.encrypt_all(&key)?;
        if !kept.is_empty() {
            return Err(UserError::new(kept_message(&kept))
                .hint(crate::content::i18n::t!("store-crypt-lock-again"))
                .into());
        }
        Ok(())
    }

    /// The lock every conversion (and every write while locked) holds.
    pub(super) fn lock_conversion(&self) -> anyhow::Result<crate::store::lock::FileLock> {
        crate::store::lock::FileLock::exclusive(&self.vault_dir().join(VAULT)).with_context(|| {
            crate::content::i18n::t!(
                "store-could-not-lock",
                path = self.vault_dir().display().to_string()
            )
        })
    }

    /// Changes the passphrase: only the data key is written again.
    pub fn change_passphrase(&self, passphrase: SecretString) -> anyhow::Result<()> {
        let key = self.key()?;
        write_key_file(&self.root, &key, passphrase)
    }

    /// Encrypts the plain files left, under the conversion lock (held by the
    /// caller); returns the files left as they were (differing from their
    /// encrypted copy, or unreadable).
    pub(super) fn encrypt_all(&self, key: &age::x25519::Identity) -> anyhow::Result<Vec<String>> {
        // Repair a missing public half from the key itself.
        if self.recipient().is_err() {
            atomic::write(
                &self.root.join(PUBLIC_FILE),
                format!("{}\n", key.to_public()).as_bytes(),
            )?;
        }
        let mut vault = self.vault(key)?;
        let mut kept = Vec::new();
        for (path, rel) in self.plain_files()? {
            let text = match read::read_text(&path, read::Links::Refuse, read::MAX_BYTES) {
                Ok(Some(text)) => Zeroizing::new(text),
                Ok(None) => continue,
                Err(e) => {
                    kept.push(format!("{} ({e})", path.display()));
                    continue;
                }
            };
            match vault.names.get(&rel) {
                // Encrypted before a kill, not yet removed: the same text
                // goes; a different one is kept where it is.
                Some(id) => match self.open_vault_file(key, id) {
                    Ok((_, body)) if *body == *text => {}
                    _ => {
                        kept.push(path.display().to_string());
                        continue;
                    }
                },
                None => {
                    let id = random_id();
                    self.write_vault_id(&id, &rel, &text).map_err(|e| {
                        let mut err = UserError::new(crate::content::i18n::t!(
                            "store-crypt-encrypt-failed",
                            name = rel.as_str(),
                            why = crate::store::plain_reason(&e)
                        ))
                        .hint(crate::content::i18n::t!("store-crypt-encrypt-failed-hint"));
                        for hint in self.io_hints(&e, &self.vault_file(&id)) {
                            err = err.hint(hint);
                        }
                        err
                    })?;
                    vault.names.insert(rel.clone(), id);
                }
            }
            fs::remove_file(&path).with_context(|| {
                crate::content::i18n::t!(
                    "store-could-not-remove",
                    path = path.display().to_string()
                )
            })?;
        }
        self.save_index(&vault)?;
        // What is left of the plain folders: locks, temporaries, the folders.
        for folder in crate::store::PRIVATE_FOLDERS {
            let dir = self.root.join(folder);
            if let Ok(entries) = fs::read_dir(&dir) {
                for entry in entries.flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') && (name.ends_with(".lock") || name.ends_with(".tmp"))
                    {
                        let _ = fs::remove_file(entry.path());
                    }
                }
            }
            let _ = fs::remove_dir(&dir);
        }
        if let Ok(dir) = fs::File::open(&self.root) {
            let _ = dir.sync_all();
        }
        Ok(kept)
    }

    /// `data unlock`: decrypts every file back to plain text, one at a time.
    pub fn unlock_all(&self) -> anyhow::Result<()> {
        let key = self.key()?;
        if self.state() == State::Plain {
            return Ok(());
        }
        atomic::write(&self.root.join(UNLOCKING), b"")?;
        self.decrypt_all(&key)
    }

    /// Decrypts every file of the vault back to its place, under the
    /// conversion lock. Nothing is ever lost: a file whose place holds a
    /// different text (a second walk log of the same second) goes beside it
    /// as `NAME-2`; one that cannot be decrypted, or names a place kinship
    /// does not keep, is moved to the archive as it is, with a copy of the
    /// data key so that the `age` tool can still try it.
    pub(super) fn decrypt_all(&self, key: &age::x25519::Identity) -> anyhow::Result<()> {
        let lock = self.lock_conversion()?;
        let mut left = Vec::new();
        for id in self.vault_ids()? {
            let (rel, body) = match self.open_vault_file(key, &id) {
                Ok((rel, body)) if crate::store::is_private_name(&rel) => (rel, body),
                _ => {
                    left.push(id);
                    continue;
                }
            };
            let stem = rel.strip_suffix(".yaml").unwrap_or(&rel);
            let mut n = 1;
            loop {
                let place = if n == 1 {
                    rel.clone()
                } else {
                    format!("{stem}-{n}.yaml")
                };
                let path = self.root.join(&place);
                match read::read_text(&path, read::Links::Refuse, read::MAX_BYTES) {
                    Ok(Some(there)) if there == *body => break,
                    Ok(None) => {
                        if let Some(dir) = path.parent() {
                            atomic::create_private_dir(dir)?;
                        }
                        atomic::write(&path, body.as_bytes()).map_err(|e| {
                            let mut err = UserError::new(crate::content::i18n::t!(
                                "store-crypt-decrypt-failed",
                                name = place.to_string(),
                                why = crate::store::plain_reason(&e)
                            ))
                            .hint(crate::content::i18n::t!("store-crypt-decrypt-failed-hint"));
                            for hint in self.io_hints(&e, &path) {
                                err = err.hint(hint);
                            }
                            err
                        })?;
                        break;
                    }
                    _ => n += 1,
                }
            }
            fs::remove_file(self.vault_file(&id))?;
        }
        if !left.is_empty() {
            let archive = self.root.join(crate::store::ARCHIVE);
            atomic::create_private_dir(&archive)?;
            for id in &left {
                fs::rename(self.vault_file(id), archive.join(format!("vault-{id}.age")))?;
            }
            fs::copy(self.root.join(KEY_FILE), archive.join(KEY_FILE))?;
            crate::store::warn_once(
                &archive,
                &crate::content::i18n::t!(
                    "store-crypt-left-in-archive",
                    n = left.len(),
                    path = archive.display().to_string()
                ),
            );
        }
        // Now plain: the key goes last but one, then the vault and the mark.
        let _ = fs::remove_file(self.vault_dir().join(INDEX));
        fs::remove_file(self.root.join(KEY_FILE))?;
        let _ = fs::remove_file(self.root.join(PUBLIC_FILE));
        lock.remove();
        super::super::remove_anything(&self.vault_dir()).or_else(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                Ok(())
            } else {
                Err(e)
            }
        })?;
        let _ = fs::remove_file(self.root.join(UNLOCKING));
        forget(&self.root);
        Ok(())
    }
}
