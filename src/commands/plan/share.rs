//! `kinship plan share` and importing a share: a plan sealed with a passphrase.

use super::import::import_raw;
use crate::content::i18n::t;
use crate::error::UserError;
use crate::lookup;
use crate::progress::plan::Raw;
use crate::settings::Settings;
use crate::store::plans::check_name;
use crate::store::{Store, crypt};
use crate::ui::Ui;
use serde::Serialize;
use std::collections::BTreeMap;

/// What a share file holds, under its passphrase.
#[derive(Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Shared<A> {
    /// What kind of kinship file: `plan` here.
    kinship: String,
    format: u32,
    name: String,
    kind: String,
    answers: A,
}

/// The only kind of share `plan import` takes, and its newest format.
pub(super) const SHARE_KIND: &str = "plan";
pub(super) const SHARE_FORMAT: u32 = 1;

#[allow(clippy::too_many_arguments)]
pub(super) fn share(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    output: &std::path::Path,
    person: Option<&str>,
    force: bool,
    passphrase_file: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let (p, form, warning) = lookup::plan(store, settings, name)?;
    let name = name.trim();
    if let Some(w) = warning {
        ui.warn(&w);
    }
    let p = match person {
        Some(who) => crate::progress::plan::plan_for(&form, &p, name, who)
            .map_err(|e| UserError::new(e).hint(t!("plan-share-names-hint", name = name)))?,
        None => p,
    };
    if output.exists() && !force {
        return Err(
            UserError::new(t!("plan-share-exists", file = output.display().to_string()))
                .hint(t!("plan-share-exists-hint"))
                .into(),
        );
    }
    let doc = Shared {
        kinship: SHARE_KIND.into(),
        format: SHARE_FORMAT,
        name: name.to_string(),
        kind: form.id.clone(),
        answers: &p.answers,
    };
    let text = zeroize::Zeroizing::new(crate::yaml::to_string(&doc)?);
    let what = t!("plan-share-what", name = name);
    let passphrase = crypt::share_passphrase(passphrase_file, ui.can_prompt(), true, &what)?;
    let sealed = crypt::seal_with_passphrase(passphrase, text.as_bytes())?;
    crate::store::output::write(output, sealed.as_slice(), force)?;
    let file = output.display().to_string();
    ui.message(&match person {
        Some(who) => t!(
            "plan-share-wrote-for",
            name = name,
            person = who.trim(),
            file = file.as_str()
        ),
        None => t!("plan-share-wrote", name = name, file = file.as_str()),
    });
    ui.hint(&t!("plan-share-passphrase-hint"));
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub(super) fn import_share(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    file: &std::path::Path,
    name: Option<&str>,
    force: bool,
    passphrase_file: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let refuse = |why: String| {
        UserError::new(t!(
            "plan-share-could-not-import",
            file = file.display().to_string(),
            why = why
        ))
    };
    let what = t!("plan-share-the-share", file = file.display().to_string());
    let other = t!("plan-share-other");
    let wrong = t!("plan-share-wrong");
    let (noun, short, holds) = (
        t!("plan-share-a-share"),
        t!("plan-share-short"),
        t!("plan-share-a-plan"),
    );
    let text = crate::lookup::sealed::open_sealed(
        ui,
        file,
        passphrase_file,
        &crate::lookup::sealed::Sealed {
            kind: SHARE_KIND,
            format: SHARE_FORMAT,
            noun: &noun,
            short: &short,
            holds: &holds,
            made_by: "`kinship plan share`",
            max_bytes: crate::store::read::MAX_BYTES as u64,
            other: &other,
            what: &what,
            wrong: &wrong,
            not_sealed: Some(t!(
                "plan-share-not-sealed",
                file = file.display().to_string()
            )),
        },
    )?;
    let text = text.as_str();
    let doc: Shared<BTreeMap<String, Raw>> = crate::yaml::from_str(text)
        .map_err(|e| refuse(t!("plan-share-no-plan", error = e.message.as_str())))?;
    let form = lookup::form(&doc.kind, settings)?;
    let name = match name {
        Some(n) => check_name(n).map_err(UserError::new)?,
        None => {
            check_name(&doc.name).map_err(|e| UserError::new(e).hint(t!("plan-give-a-name")))?
        }
    };
    import_raw(
        ui,
        settings,
        store,
        &form,
        &doc.answers,
        &file.display().to_string(),
        &name,
        force,
    )
}
