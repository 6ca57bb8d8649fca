//! The household's overdose plan: the one place that finds and reads it, for
//! the printed card (`print card`) and for `sos`. If plans come to be stored
//! another way, this is where reading the household's changes.

use crate::content::form::Form;
use crate::content::sos::Sos;
use crate::error::{UserError, quoted, user_error};
use crate::progress::plan::Plan;
use crate::render::card::{self, StepDetail};
use crate::settings::Settings;
use crate::store::{
    Store,
    plans::{PLANS, check_name},
};
use std::fs;

/// The form whose plans hold the household's details.
pub const OVERDOSE_PLAN: &str = "overdose-plan";

/// A plan file larger than this is not read here: a plan's answers are a few
/// short lines. With the check that it is a plain file, nothing in the plans
/// folder (a FIFO, a device, a huge file) can make the card wait.
const MAX_PLAN_BYTES: u64 = 1024 * 1024;

/// An overdose plan that could be read.
pub struct Found {
    pub name: String,
    pub plan: Plan,
    pub form: Form,
    /// Answers that are not valid, treated as not answered.
    pub warning: Option<String>,
}

/// The overdose plans in the data folder.
pub struct Plans {
    pub found: Vec<Found>,
    /// Plans of any kind that could not be read: each may be an overdose plan.
    pub broken: Vec<(String, anyhow::Error)>,
}

/// Reads a plan, never from anything but a plain file of a plan's size.
fn load(store: &Store, settings: &Settings, name: &str) -> anyhow::Result<Found> {
    if let Ok(checked) = check_name(name) {
        let path = store.plan_path(&checked);
        if let Ok(meta) = fs::metadata(&path)
            && (!meta.is_file() || meta.len() > MAX_PLAN_BYTES)
        {
            return Err(UserError::new(crate::content::i18n::t!(
                "core-plan-unreadable",
                name = quoted(name.trim()).to_string(),
                path = path.display().to_string(),
                what = if meta.is_file() { "large" } else { "other" }
            ))
            .hint(crate::content::i18n::t!("store-unchanged-it"))
            .into());
        }
    }
    let (plan, form, warning) = crate::lookup::plan(store, settings, name)?;
    Ok(Found {
        name: name.trim().to_string(),
        plan,
        form,
        warning,
    })
}

/// The plan called `name`, which must be an overdose plan.
pub fn named(store: &Store, settings: &Settings, name: &str) -> anyhow::Result<Found> {
    let found = load(store, settings, name)?;
    if found.form.id != OVERDOSE_PLAN {
        let kind = found.form.title.to_lowercase();
        let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        return Err(UserError::new(crate::content::i18n::t!(
            "core-plan-not-overdose",
            name = quoted(name.trim()).to_string(),
            article = article,
            kind = kind
        ))
        .hint(crate::content::i18n::t!("core-see-plans"))
        .into());
    }
    Ok(found)
}

/// Every overdose plan in the data folder, and every plan that could not be read.
pub fn all(store: &Store, settings: &Settings) -> anyhow::Result<Plans> {
    let mut plans = Plans {
        found: Vec::new(),
        broken: Vec::new(),
    };
    for name in store.names(PLANS)? {
        match load(store, settings, &name) {
            Ok(found) if found.form.id == OVERDOSE_PLAN => plans.found.push(found),
            Ok(_) => {}
            Err(e) => plans.broken.push((name, e)),
        }
    }
    Ok(plans)
}

/// The household's details for `sos` (the card and the walk): from the plan
/// named with `--plan`, else from the one overdose plan there is. This never
/// fails, asks or waits: with no plan, more than one, or any plan that cannot
/// be read (it may be the household's), there are no details, as before
/// there were any. Only a plan named that cannot be used gives a warning, of
/// one sentence or two.
pub fn for_sos(
    settings: &Settings,
    sos: &Sos,
    name: Option<&str>,
) -> (Vec<StepDetail>, Option<String>) {
    let store = match settings.store() {
        Ok(store) => store,
        Err(e) => {
            let warning =
                name.map(|_| crate::content::i18n::t!("core-card-no-details", error = e.message));
            return (Vec::new(), warning);
        }
    };
    // Locked: sos never asks for the passphrase. Only one given in a file
    // (`--passphrase-file`) opens the details; otherwise one line says why
    // there are none.
    if store.state() != crate::store::crypt::State::Plain
        && !matches!(settings.passphrase, crate::store::crypt::Ask::File(..))
    {
        return (
            Vec::new(),
            Some(crate::content::i18n::t!("core-card-details-locked")),
        );
    }
    let found = match name {
        Some(name) => match named(&store, settings, name) {
            Ok(found) => found,
            Err(e) => {
                let message = user_error(&e)
                    .map(|u| u.message.clone())
                    .unwrap_or_else(|| e.to_string());
                return (
                    Vec::new(),
                    Some(crate::content::i18n::t!(
                        "core-card-no-details",
                        error = message
                    )),
                );
            }
        },
        None => match all(&store, settings) {
            Ok(mut plans) if plans.found.len() == 1 && plans.broken.is_empty() => {
                plans.found.remove(0)
            }
            _ => return (Vec::new(), None),
        },
    };
    (card::step_details(sos, &found.form, &found.plan), None)
}
