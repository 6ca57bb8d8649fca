//! `kinship plan set NAME FIELD VALUE`: one answer, without questions.

use crate::content::form::{self};
use crate::content::i18n::t;
use crate::error::UserError;
use crate::lookup;
use crate::progress::plan::{self, Plan};
use crate::settings::Settings;
use crate::store::Store;
use crate::store::plans::{check_name, role};
use crate::store::read::read_user_file;
use crate::ui::Ui;
use anyhow::Context;
use std::path::PathBuf;

#[allow(clippy::too_many_arguments)]
pub(super) fn set(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    field: &str,
    value: Vec<String>,
    file: Option<PathBuf>,
    clear: bool,
) -> anyhow::Result<()> {
    let name = name.trim();
    // Nothing is locked for a plan that is not there.
    let path = match check_name(name) {
        Ok(n) if store.exists(&store.plan_path(&n))? => store.plan_path(&n),
        _ => return Err(lookup::no_such_plan(store, name)),
    };
    // The answer is read before the lock is taken: standard input may take
    // its time. `None` is no answer given at all.
    let raw: Option<Option<String>> = match (&file, clear) {
        (Some(path), _) => {
            let max = longest_answer_bytes()?;
            let text = read_user_file(path, max)
                .map_err(|e| e.into_user(max))
                .map_err(|e| e.hint(t!("plan-set-file-hint")))?;
            Some(Some(text))
        }
        (None, true) => Some(None),
        (None, false) if value.is_empty() => None,
        (None, false) => Some(Some(value.join(" "))),
    };
    let today = settings.now().date_naive();
    let now = settings.now();
    // The plan is read once, under the lock. The answer given replaces
    // whatever the file holds there, valid or not.
    let done = store.update_existing(&path, &role(name), |p: &mut Plan| {
        let form = lookup::form_of(settings, name, p)?;
        let Some(raw) = &raw else {
            return Err(UserError::usage(t!("plan-set-give-value", field = field))
                .hint(t!("plan-kinds-lists-fields", kind = form.id.as_str()))
                .into());
        };
        let hidden_before = plan::hidden_answers(&form, p).len();
        let warning = plan::set_path(&form, p, field, raw.as_deref(), today).map_err(|e| {
            UserError::new(e).hint(format!(
                "{} {}",
                t!("plan-kinds-lists-fields", kind = form.id.as_str()),
                t!("plan-nothing-changed")
            ))
        })?;
        p.updated = now;
        let kept = plan::answer_at(p, field).is_some();
        // A question another approach asks takes an answer (a script may
        // set the approach last), but say that it is not in use now.
        let id = field.split('.').next().unwrap_or(field);
        let hidden = plan::hidden_answers(&form, p);
        let left_out = match form.field(id) {
            Some(f) if kept && !plan::shown(&form, p, f) => Some(t!(
                "plan-set-left-out",
                id = id,
                why = plan::why_left_out(&form, p, &[f]),
                name = name
            )),
            // A new approach: the answers for the old one stay.
            _ if hidden.len() > hidden_before => {
                Some(t!("plan-set-kept", n = hidden.len(), name = name))
            }
            _ => None,
        };
        Ok((warning, kept, left_out))
    })?;
    // Deleted while this one waited for the lock.
    let Some((warning, kept, left_out)) = done else {
        return Err(lookup::no_such_plan(store, name));
    };
    if let Some(w) = warning {
        ui.warn(&w);
    }
    // An empty answer clears, as in the interactive form: say which happened.
    ui.message(&if kept {
        t!("plan-set-saved", field = field, name = name)
    } else if field.split('.').count() == 2 {
        t!("plan-set-removed", field = field, name = name)
    } else {
        t!("plan-set-cleared", field = field, name = name)
    });
    if let Some(note) = left_out {
        ui.warn(&note);
    }
    Ok(())
}

/// The most bytes an answer read from a file may take: four a character, for
/// the longest answer any form takes.
pub(super) fn longest_answer_bytes() -> anyhow::Result<usize> {
    let forms = form::all().with_context(crate::lookup::broken_content)?;
    let longest = forms
        .iter()
        .flat_map(|form| form.fields())
        .flat_map(|f| std::iter::once(f).chain(&f.fields))
        .filter_map(|f| f.max_chars)
        .chain([form::DEFAULT_MAX_CHARS])
        .max()
        .unwrap_or(form::DEFAULT_MAX_CHARS);
    Ok(longest * 4)
}
