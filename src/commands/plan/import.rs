//! `kinship plan import KIND FILE`: answers from a YAML file (or `-`).

use crate::content::form::Form;
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
            return Err(
                UserError::usage("A plan read from standard input needs a name.")
                    .hint("Give a name with --name NAME.")
                    .into(),
            );
        }
        None => {
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            check_name(&stem)
                .map_err(|e| UserError::new(e).hint("Give a name with --name NAME."))?
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
        let mut err = UserError::new(format!(
            "{} has {} problem{}; nothing was imported:\n  {}",
            file,
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            problems.join("\n  ")
        ));
        err = err.hint(format!(
            "`kinship plan kinds {}` lists the fields and what they take.",
            form.id
        ));
        err
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
            return Err(UserError::new(format!("You already have a plan called {}.", quoted(&name)))
                .hint("Use --name for another name, or --force to replace it (a copy of the old one is kept).")
                .into());
        }
        Put::Created => None,
        Put::Replaced(to) => Some(to),
    };
    for w in warnings {
        ui.warn(&w);
    }
    if let Some(to) = kept {
        ui.message(&format!(
            "A copy of the old {name} is kept in {}.",
            store.shown(&to)
        ));
    }
    let c = plan::completeness(form, &p);
    ui.message(&format!(
        "Imported {name}: {} of {} questions answered.",
        c.answered, c.total
    ));
    let hidden = plan::hidden_answers(form, &p);
    if !hidden.is_empty() {
        ui.warn(&format!(
            "{} more {} kept but not in use: {}. `kinship plan show {name} --all` shows {}.",
            hidden.len(),
            if hidden.len() == 1 {
                "answer is"
            } else {
                "answers are"
            },
            plan::why_left_out(form, &p, &hidden),
            if hidden.len() == 1 { "it" } else { "them" },
        ));
    }
    Ok(())
}
