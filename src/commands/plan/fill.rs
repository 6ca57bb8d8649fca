//! `kinship plan new` and `plan edit`: the form, asked in a terminal.

use crate::content::form::Form;
use crate::error::{UserError, quoted};
use crate::fill::{Filler, Mode};
use crate::lookup;
use crate::progress::plan::{self, Plan};
use crate::prompt;
use crate::settings::Settings;
use crate::store::Store;
use crate::store::plans::{PLANS, check_name};
use crate::ui::Ui;

/// `plan new` or `plan edit` with no terminal, and the command that does the
/// same without questions.
pub(super) fn interactive_only(what: &str, kind: &str, name: Option<&str>) -> UserError {
    let err = UserError::usage(format!(
        "`kinship plan {what}` needs a terminal to ask you things, and this is not one."
    ));
    match (what, name) {
        // A plan that does not exist yet cannot take `set`: make it from a file.
        ("new", name) => err.hint(format!(
            "Write your answers in a YAML file and run `kinship plan import {kind} FILE --name {}`; \
             `kinship plan kinds {kind}` lists the fields.",
            name.unwrap_or("NAME")
        )),
        (_, name) => err.hint(format!(
            "Use `kinship plan set {} FIELD VALUE` for one answer; `kinship plan kinds {kind}` \
             lists the fields.",
            name.unwrap_or("NAME")
        )),
    }
}

pub(super) fn new(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    kind: &str,
    name: Option<&str>,
) -> anyhow::Result<()> {
    let form = lookup::form(kind, settings)?;
    if let Some(n) = name {
        let n = check_name(n).map_err(UserError::new)?;
        refuse_existing(store, &n)?;
    }
    if !ui.can_prompt() {
        return Err(interactive_only("new", &form.id, name.map(str::trim)).into());
    }
    // Locked: the passphrase is asked once, before the first question.
    store.open_if_locked()?;
    prompt::install_interrupt_handler();
    crate::ask::with_prompter(ui, settings, |p| {
        p.say(&form.title)?;
        p.say(form.intro.trim())?;
        let name = match name {
            Some(n) => n.trim().to_string(),
            None => loop {
                let taken = store.names(PLANS)?;
                let suggestion = (1..)
                    .map(|i| if i == 1 { form.id.clone() } else { format!("{}-{i}", form.id) })
                    .find(|n| !taken.contains(n))
                    .unwrap_or_default();
                let Some(typed) = p.input(
                    &format!(
                        "A name for this plan, such as your loved one's first name (Enter for {suggestion})"
                    ),
                    "",
                )?
                else {
                    return Ok(None);
                };
                let typed = if typed.trim().is_empty() {
                    suggestion
                } else {
                    typed
                };
                match check_name(&typed) {
                    Err(e) => p.say(&e)?,
                    Ok(n) if store.exists(&store.plan_path(&n))? => p.say(&format!(
                        "You already have a plan called {}. Choose another name, or run `kinship plan edit {n}`.",
                        quoted(&n)
                    ))?,
                    Ok(n) => break n,
                }
            },
        };
        // The file is made by the first answer saved, not before: stopped at
        // the first question, there is no plan holding only a name, which
        // `plan new` would then refuse as already there.
        let fresh = Plan::new(&form.id, settings.now());
        let mut filler = Filler::new(&form, store, &name, &settings.clock, fresh);
        let finished = filler.run(p, Mode::Unanswered)?;
        if !store.plan_path(&name).exists() {
            return Ok(None);
        }
        Ok(Some((name, finished, filler.plan)))
    })
    .map(|outcome| match outcome {
        None => ui.message("Nothing was saved."),
        Some((name, finished, plan)) => summary(ui, &form, &plan, &name, finished),
    })
}

pub(super) fn refuse_existing(store: &Store, name: &str) -> anyhow::Result<()> {
    if store.exists(&store.plan_path(name))? {
        return Err(
            UserError::new(format!("You already have a plan called {}.", quoted(name)))
                .hint(format!(
                    "Go on with it: `kinship plan edit {name}`; or choose another name."
                ))
                .into(),
        );
    }
    Ok(())
}

pub(super) fn summary(ui: &mut Ui, form: &Form, plan: &Plan, name: &str, finished: bool) {
    let c = plan::completeness(form, plan);
    let mut text = format!(
        "Saved. {} of {} questions answered in {name}.",
        c.answered, c.total
    );
    if !c.missing.is_empty() {
        let names: Vec<String> = c
            .missing
            .iter()
            .map(|path| plan::missing_label(form, path))
            .collect();
        text.push_str(&format!(" Still needed: {}", names.join(" / ")));
    }
    ui.message(&text);
    if !finished {
        ui.hint(&format!("Go on later with `kinship plan edit {name}`."));
    }
    ui.hint(&format!("Read it back with `kinship plan show {name}`."));
}

pub(super) fn edit(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
) -> anyhow::Result<()> {
    let (saved, form, warning) = lookup::plan(store, settings, name)?;
    let name = name.trim().to_string();
    if !ui.can_prompt() {
        return Err(interactive_only("edit", &form.id, Some(&name)).into());
    }
    if let Some(w) = warning {
        ui.warn(&w);
    }
    prompt::install_interrupt_handler();
    let (plan, finished) = crate::ask::with_prompter(ui, settings, |p| {
        let mut filler = Filler::new(&form, store, &name, &settings.clock, saved);
        p.say(&format!("{}: {name}", form.title))?;
        loop {
            let c = plan::completeness(&form, &filler.plan);
            let mut items = Vec::new();
            let mut modes = Vec::new();
            if let Some(next) = plan::first_unanswered(&form, &filler.plan) {
                let section = form
                    .section_of(&next.id)
                    .map(|s| s.title.as_str())
                    .unwrap_or("");
                items.push(format!(
                    "Go on where you left off ({section}: {})",
                    next.prompt
                ));
                modes.push(Some(Mode::Unanswered));
            }
            // Only the sections of the plan as it stands: the approach
            // chosen decides which those are.
            for (i, s) in form.sections.iter().enumerate() {
                let fields: Vec<_> = s
                    .fields
                    .iter()
                    .filter(|f| plan::shown(&form, &filler.plan, f))
                    .collect();
                if fields.is_empty() {
                    continue;
                }
                let answered = fields
                    .iter()
                    .filter(|f| filler.plan.answers.contains_key(&f.id))
                    .count();
                items.push(format!(
                    "{} ({answered} of {} answered)",
                    s.title,
                    fields.len()
                ));
                modes.push(Some(Mode::Section(i)));
            }
            items.push("Done for now".into());
            modes.push(None);
            let prompt = format!(
                "{} of {} answered. What would you like to do?",
                c.answered, c.total
            );
            let Some(choice) = p.select(&prompt, &items, 0)? else {
                return Ok((filler.plan, false));
            };
            let Some(mode) = modes[choice] else {
                let complete = plan::first_unanswered(&form, &filler.plan).is_none();
                return Ok((filler.plan, complete));
            };
            let done = filler.run(p, mode)?;
            if mode == Mode::Unanswered && done {
                return Ok((filler.plan, true));
            }
        }
    })?;
    summary(ui, &form, &plan, &name, finished);
    Ok(())
}
