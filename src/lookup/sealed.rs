//! Opening a file sealed with a passphrase (a plan's share, a whole export):
//! asking for its passphrase and checking it is the kind and format expected.

use crate::content::i18n::t;
use crate::error::{UserError, quoted};
use crate::store::crypt;
use crate::ui::Ui;
use serde::Deserialize;
use std::path::Path;
use zeroize::Zeroizing;

/// What a file sealed with a passphrase must be to be imported.
pub struct Sealed<'a> {
    /// The `kinship:` field it must hold: "plan", "export".
    pub kind: &'a str,
    /// The newest format this kinship reads.
    pub format: u32,
    /// It, in messages: "a share", "an export"; and in "share format 1".
    pub noun: &'a str,
    pub short: &'a str,
    /// What it must hold: "a plan", "an export".
    pub holds: &'a str,
    /// The command that makes one, in messages.
    pub made_by: &'a str,
    pub max_bytes: u64,
    /// Where a sealed file of the other kind goes.
    pub other: &'a str,
    /// It, when asking for its passphrase.
    pub what: &'a str,
    /// The hint when no passphrase given opens it.
    pub wrong: &'a str,
    /// The hint when the file is not sealed at all.
    pub not_sealed: Option<String>,
}

/// Reads a file sealed with a passphrase (a share or an export), asks for
/// its passphrase (three tries on a terminal, else the file's), and checks it
/// is the kind and format expected. Returns its text, wiped when dropped.
pub fn open_sealed(
    ui: &mut Ui,
    file: &Path,
    passphrase_file: Option<&Path>,
    expect: &Sealed,
) -> anyhow::Result<Zeroizing<String>> {
    use crate::store::read::{Links, open_regular};
    use std::io::Read;
    let refuse = |why: String| {
        UserError::new(t!(
            "data-import-refused",
            path = file.display().to_string(),
            why = why
        ))
    };
    let mut sealed = Vec::new();
    match open_regular(file, Links::Follow) {
        Ok(Some(f)) => {
            f.take(expect.max_bytes)
                .read_to_end(&mut sealed)
                .map_err(|e| refuse(e.to_string()))?;
        }
        Ok(None) => return Err(refuse(t!("store-crypt-no-such-file")).into()),
        Err(e) => return Err(refuse(e.to_string()).into()),
    }
    if !crypt::is_age(&sealed) {
        let err = refuse(t!(
            "data-sealed-not-made-by",
            noun = expect.noun,
            made_by = expect.made_by
        ));
        return Err(match &expect.not_sealed {
            Some(hint) => err.hint(hint.clone()),
            None => err,
        }
        .into());
    }
    let mut tries = if passphrase_file.is_none() && ui.can_prompt() {
        3
    } else {
        1
    };
    let plain = loop {
        let passphrase =
            crypt::share_passphrase(passphrase_file, ui.can_prompt(), false, expect.what)?;
        match crypt::open_with_passphrase(passphrase, &sealed) {
            Ok(Some(plain)) => break plain,
            Ok(None) => {
                tries -= 1;
                if tries == 0 {
                    return Err(refuse(t!("data-sealed-wrong-passphrase"))
                        .hint(expect.wrong)
                        .into());
                }
                ui.message(&t!("data-sealed-try-again"));
            }
            Err(why) => return Err(refuse(why).hint(t!("data-nothing-imported")).into()),
        }
    };
    let text = String::from_utf8(plain.to_vec())
        .map(Zeroizing::new)
        .map_err(|_| refuse(t!("data-sealed-not-text")))?;
    #[derive(Deserialize)]
    struct Head {
        kinship: String,
        format: u32,
    }
    let head: Head = serde_yaml::from_str(&text)
        .map_err(|_| refuse(t!("data-sealed-not-kinships", noun = expect.noun)))?;
    if head.kinship != expect.kind {
        return Err(refuse(t!(
            "data-sealed-other-kind",
            kind = quoted(&head.kinship).to_string(),
            holds = expect.holds
        ))
        .hint(expect.other)
        .into());
    }
    if head.format > expect.format {
        return Err(refuse(t!(
            "data-sealed-newer",
            short = expect.short,
            format = head.format,
            max = expect.format
        ))
        .hint(t!("data-sealed-newer-hint"))
        .into());
    }
    Ok(text)
}
