//! `kinship plan import KIND FILE`: answers from a YAML file (or `-`).

use crate::content::form::Form;
use crate::content::i18n::t;
use crate::error::{UserError, quoted};
use crate::lookup;
use crate::progress::plan::{self, Plan, Raw};
use crate::settings::Settings;
use crate::store::plans::{check_name, read_answers, role};
use crate::store::{Put, Store};
use crate::ui::Ui;
use std::collections::BTreeMap;

pub(super) fn import(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    kind: &str,
    file: &std::path::Path,
    name: Option<&str>,
    force: bool,
) -> anyhow::Result<()> {
    let form = lookup::form(kind, settings)?;
    let name = match name {
        Some(n) => check_name(n).map_err(UserError::new)?,
        None if file.as_os_str() == "-" => {
            return Err(UserError::usage(t!("plan-import-stdin-needs-name"))
                .hint(t!("plan-give-a-name"))
                .into());
        }
        None => {
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            check_name(&stem).map_err(|e| UserError::new(e).hint(t!("plan-give-a-name")))?
        }
    };
    let raw = read_answers(file)?;
    import_raw(
        ui,
        settings,
        store,
        &form,
        &raw,
        &file.display().to_string(),
        &name,
        force,
    )
}

/// Imports checked answers as a new plan (or, with `force`, over one).
#[allow(clippy::too_many_arguments)]
pub(super) fn import_raw(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    form: &Form,
    raw: &BTreeMap<String, Raw>,
    source: &str,
    name: &str,
    force: bool,
) -> anyhow::Result<()> {
    let (form, file, name) = (form, source, name.to_string());
    let today = settings.now().date_naive();
    let (answers, warnings) = plan::import_answers(form, raw, today).map_err(|problems| {
        UserError::new(format!(
            "{}\n  {}",
            t!("plan-import-problems", file = file, n = problems.len()),
            problems.join("\n  ")
        ))
        .hint(t!("plan-kinds-lists-fields", kind = form.id.as_str()))
    })?;
    let path = store.plan_path(&name);
    let now = settings.now();
    let mut p = Plan::new(&form.id, now);
    p.answers = answers;
    // One step under the plan's lock: the check for an old plan, the copy of
    // it kept in the archive, and the new one written over it. A kill at any
    // instant leaves the old plan or the new one; two imports of one name at
    // once cannot both create it.
    let kept = match store.put(&path, &role(&name), &p, force, now)? {
        Put::Exists => {
            return Err(
                UserError::new(t!("plan-name-taken", quoted = quoted(&name).to_string()))
                    .hint(t!("plan-import-exists-hint"))
                    .into(),
            );
        }
        Put::Created => None,
        Put::Replaced(to) => Some(to),
    };
    for w in warnings {
        ui.warn(&w);
    }
    if let Some(to) = kept {
        ui.message(&t!(
            "plan-import-old-kept",
            name = name.as_str(),
            to = store.shown(&to).to_string()
        ));
    }
    let c = plan::completeness(form, &p);
    ui.message(&t!(
        "plan-imported",
        name = name.as_str(),
        answered = c.answered,
        total = c.total
    ));
    let hidden = plan::hidden_answers(form, &p);
    if !hidden.is_empty() {
        ui.warn(&t!(
            "plan-import-hidden",
            n = hidden.len(),
            why = plan::why_left_out(form, &p, &hidden),
            name = name.as_str()
        ));
    }
    Ok(())
}
