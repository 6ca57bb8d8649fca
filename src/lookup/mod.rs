//! Finding what a command names: a guide, a checklist and its progress, a
//! kind of plan, a saved plan, the household's overdose plan, the reminders
//! due. Shared by the commands (which never import each other), with one
//! "did you mean" ([`crate::suggest`]) and one wording for what is not found.

pub mod household;
pub mod reminders;
pub mod sealed;

use crate::content::checklist::{self as checklist_content, Checklist};
use crate::content::embedded::TopicEntry;
use crate::content::form::{self as form_content, Form};
use crate::content::i18n::t;
use crate::content::{self};
use crate::error::{UserError, quoted};
use crate::progress::checklist::Progress;
use crate::progress::plan::{self as plan_model, Plan};
use crate::settings::Settings;
use crate::store::plans::PLANS;
use crate::store::{Store, checklists, plans};
use crate::suggest;
use anyhow::Context;

/// Said when kinship's own embedded content does not parse: a bug, not the
/// user's doing (for `with_context`).
pub fn broken_content() -> String {
    t!("core-broken-content")
}

/// The checklist a name refers to, or an error naming the closest ones.
pub fn checklist(name: &str) -> anyhow::Result<Checklist> {
    let id = content::normalise_name(name);
    if let Some(c) = checklist_content::load(&id).with_context(broken_content)? {
        return Ok(c);
    }
    let ids = checklist_content::ids();
    let mut err = UserError::new(t!("core-no-checklist", name = quoted(name).to_string()));
    if let Some(best) = suggest::closest(&id, ids.iter().copied()) {
        err = err.hint(t!("core-did-you-mean", name = best));
    }
    Err(err
        .hint(t!("core-checklists-are", ids = ids.join(", ")))
        .into())
}

/// The checklist a name refers to in the user's language, or in English with
/// one line that says so when it is not translated yet.
pub fn checklist_in(
    name: &str,
    ui: &mut crate::ui::Ui,
    settings: &Settings,
) -> anyhow::Result<Checklist> {
    let english = checklist(name)?;
    match checklist_content::load_in(settings.lang, &english.id).with_context(broken_content)? {
        Some(found) => {
            if found.fell_back {
                ui.message(&crate::content::i18n::tr!(
                    settings.lang,
                    "fallback-checklist"
                ));
            }
            Ok(found.value)
        }
        None => Ok(english),
    }
}

/// The region's words in the checklist's language: English words for a
/// checklist shown in English because it is not translated yet.
pub fn checklist_region(
    checklist: &Checklist,
    settings: &Settings,
) -> &'static crate::content::embedded::RegionEntry {
    let path = format!("en/checklists/{}.yaml", checklist.id);
    match content::file_in(settings.lang, &path) {
        Some(found) if found.fell_back => settings.region.in_lang(crate::content::i18n::Lang::EN),
        _ => settings.region,
    }
}

/// The saved progress of a checklist, if there is any.
pub fn progress(store: &Store, checklist: &Checklist) -> anyhow::Result<Option<Progress>> {
    store.read(
        &store.checklist_path(&checklist.id),
        &checklists::role(&checklist.id),
    )
}

/// The form a kind names, or an error naming the kinds.
pub fn form(kind: &str, settings: &Settings) -> anyhow::Result<Form> {
    let id = content::normalise_name(kind);
    if let Some(f) = form_content::load_in(settings.lang, &id).with_context(broken_content)? {
        return Ok(f.value.filled(settings.region));
    }
    let ids = form_content::ids();
    let mut err = UserError::new(t!("core-no-kind", name = quoted(kind).to_string()));
    if let Some(best) = suggest::closest(&id, ids.iter().copied()) {
        err = err.hint(t!("core-did-you-mean", name = best));
    }
    Err(err.hint(t!("core-kinds-are", ids = ids.join(", "))).into())
}

/// A saved plan and its form, or an error naming the plans there are. Stored
/// answers its form would refuse if typed are left out of the plan returned
/// (they show as missing, and `edit` asks them again); the third part is the
/// warning that names them, for the caller to show once. The file is not
/// changed.
pub fn plan(
    store: &Store,
    settings: &Settings,
    name: &str,
) -> anyhow::Result<(Plan, Form, Option<String>)> {
    let name = name.trim();
    let found = match plans::check_name(name) {
        Ok(n) => store.read::<Plan>(&store.plan_path(&n), &plans::role(&n))?,
        Err(_) => None,
    };
    let Some(mut p) = found else {
        return Err(no_such_plan(store, name));
    };
    let form = form_of(settings, name, &p)?;
    let invalid = plan_model::drop_invalid(&form, &mut p, settings.now().date_naive());
    let warning = invalid_warning(name, &invalid);
    Ok((p, form, warning))
}

/// The error for a plan that is not there, naming the plans there are.
pub fn no_such_plan(store: &Store, name: &str) -> anyhow::Error {
    let names = match store.names(PLANS) {
        Ok(names) => names,
        Err(e) => return e,
    };
    let mut err = UserError::new(t!("core-no-plan", name = quoted(name).to_string()));
    if let Some(best) = suggest::closest(name, names.iter().map(String::as_str)) {
        err = err.hint(t!("core-did-you-mean", name = best));
    }
    err = if names.is_empty() {
        err.hint(t!("core-no-plans-yet"))
    } else {
        err.hint(t!("core-your-plans", names = names.join(", ")))
    };
    err.into()
}

/// The form a saved plan was filled in on, for the region.
pub fn form_of(settings: &Settings, name: &str, p: &Plan) -> anyhow::Result<Form> {
    form_content::load_in(settings.lang, &p.form)
        .with_context(broken_content)?
        .map(|f| f.value.filled(settings.region))
        .ok_or_else(|| {
            UserError::new(t!(
                "core-plan-unknown-kind",
                name = quoted(name).to_string(),
                kind = quoted(&p.form).to_string()
            ))
            .hint(t!("core-plan-unknown-kind-hint"))
            .into()
        })
}

/// What to tell the user about stored answers that are not valid: each one,
/// why, and how to answer it again.
pub fn invalid_warning(name: &str, invalid: &[plan_model::Invalid]) -> Option<String> {
    let first = invalid.first()?;
    let mut text = t!(
        "core-invalid-answers",
        n = invalid.len(),
        name = quoted(name).to_string()
    );
    for i in invalid {
        text.push_str("\n  ");
        text.push_str(&t!(
            "core-invalid-answer",
            path = i.path.as_str(),
            prompt = i.prompt.as_str(),
            stored = i.stored.to_string(),
            reason = i.reason.to_string()
        ));
    }
    text.push('\n');
    text.push_str(&t!(
        "core-invalid-answers-how",
        n = invalid.len(),
        name = name,
        field = first.path.as_str()
    ));
    Some(text)
}

/// The error for a topic name that matches nothing, naming the closest ones.
/// `command` is what the suggestions start with: `kinship guide`, or
/// `kinship print guide` when printing.
pub fn unknown_topic(name: &str, command: &str, settings: &Settings) -> UserError {
    let err = UserError::new(t!("core-no-guide", name = quoted(name).to_string()));
    let close = content::suggest_topics(name);
    let err = match close.as_slice() {
        [] => err,
        [one] => err.hint(t!(
            "core-did-you-mean-topic",
            command = format!("{command} {}", one.id),
            title = content::topic_in(settings.lang, one).value.title
        )),
        many => err.hint(t!("core-did-you-mean", name = or_list(many, command))),
    };
    err.hint(t!("core-list-guides"))
        .hint(settings.emergency_line())
}

fn or_list(topics: &[&TopicEntry], command: &str) -> String {
    let names: Vec<String> = topics
        .iter()
        .map(|t| format!("`{command} {}`", t.id))
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            t!("core-or-list", rest = rest.join(", "), last = last.as_str())
        }
        _ => names.concat(),
    }
}

/// The plan as a document for `audience`; a person not in it is an error
/// that says where the names come from.
pub fn for_audience(
    form: &Form,
    plan: &Plan,
    name: &str,
    audience: crate::progress::plan::Audience,
) -> Result<crate::render::doc::Document, UserError> {
    crate::render::plan::document(form, plan, name, audience)
        .map_err(|e| UserError::new(e).hint(t!("core-names-from-lists", name = name)))
}
