//! `kinship plan new` and `plan edit`: the form, asked in a terminal.

use crate::content::form::Form;
use crate::content::i18n::t;
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
    let err = UserError::usage(t!("plan-needs-terminal", command = what));
    let placeholder = t!("plan-name-placeholder");
    let name = name.unwrap_or(&placeholder);
    match what {
        // A plan that does not exist yet cannot take `set`: make it from a file.
        "new" => err.hint(t!("plan-needs-terminal-new-hint", kind = kind, name = name)),
        _ => err.hint(t!(
            "plan-needs-terminal-edit-hint",
            kind = kind,
            name = name
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
    let fell_back = fell_back(settings, &form.id);
    crate::ask::with_prompter(ui, settings, |p| {
        if fell_back {
            p.say(&crate::content::i18n::tr!(settings.lang, "fallback-form"))?;
        }
        p.say(&form.title)?;
        p.say(form.intro.trim())?;
        let name = match name {
            Some(n) => n.trim().to_string(),
            None => loop {
                let taken = store.names(PLANS)?;
                let suggestion = (1..)
                    .map(|i| {
                        if i == 1 {
                            form.id.clone()
                        } else {
                            format!("{}-{i}", form.id)
                        }
                    })
                    .find(|n| !taken.contains(n))
                    .unwrap_or_default();
                // Checked before it is taken: a name that cannot be used is
                // said under the line, never ticked first.
                let check = |typed: &str| -> Result<Option<String>, String> {
                    let typed = if typed.trim().is_empty() {
                        suggestion.as_str()
                    } else {
                        typed
                    };
                    let n = check_name(typed)?;
                    match store.exists(&store.plan_path(&n)) {
                        Ok(false) => Ok(Some(n)),
                        Ok(true) => Err(t!(
                            "plan-name-taken-choose",
                            quoted = quoted(&n).to_string(),
                            name = n.as_str()
                        )),
                        Err(e) => Err(e.to_string()),
                    }
                };
                let prompt = t!("plan-name-prompt", suggestion = suggestion.as_str());
                let reply = p.ask(&prompt::Question {
                    prompt: &prompt,
                    asking: prompt::Asking::Line {
                        initial: "",
                        check: &check,
                    },
                    back: false,
                    esc: prompt::Esc::Leave,
                })?;
                let prompt::Reply::Text(typed) = reply else {
                    return Ok(None);
                };
                match check(&typed) {
                    Ok(Some(n)) => break n,
                    Ok(None) => {}
                    Err(e) => p.say(&e)?,
                }
            },
        };
        // The file is made by the first answer saved, not before: stopped at
        // the first question, there is no plan holding only a name, which
        // `plan new` would then refuse as already there.
        let fresh = Plan::new(&form.id, settings.now());
        let mut filler =
            Filler::new(&form, store, &name, &settings.clock, fresh).with_region(settings.region);
        // Esc, from any question, leads to the list of sections.
        let finished = filler.run(p, Mode::Unanswered)? || filler.menu(p)?;
        if !store.plan_path(&name).exists() {
            return Ok(None);
        }
        Ok(Some((name, finished, filler.plan)))
    })
    .map(|outcome| match outcome {
        None => ui.message(&t!("plan-nothing-saved")),
        Some((name, finished, plan)) => summary(ui, &form, &plan, &name, finished),
    })
}

/// Whether the form is not yet in the language spoken, and so is asked in
/// English: said in one line before its first question.
fn fell_back(settings: &Settings, id: &str) -> bool {
    crate::content::form::load_in(settings.lang, id)
        .ok()
        .flatten()
        .is_some_and(|found| found.fell_back)
}

pub(super) fn refuse_existing(store: &Store, name: &str) -> anyhow::Result<()> {
    if store.exists(&store.plan_path(name))? {
        return Err(
            UserError::new(t!("plan-name-taken", quoted = quoted(name).to_string()))
                .hint(t!("plan-name-taken-hint", name = name))
                .into(),
        );
    }
    Ok(())
}

pub(super) fn summary(ui: &mut Ui, form: &Form, plan: &Plan, name: &str, finished: bool) {
    let c = plan::completeness(form, plan);
    let mut text = t!(
        "plan-saved-summary",
        answered = c.answered,
        total = c.total,
        name = name
    );
    if !c.missing.is_empty() {
        let names: Vec<String> = c
            .missing
            .iter()
            .map(|path| plan::missing_label(form, path))
            .collect();
        text.push(' ');
        text.push_str(&t!("plan-still-needed", names = names.join(" / ")));
    }
    ui.message(&text);
    if !finished {
        ui.hint(&t!("plan-go-on-later", name = name));
    }
    ui.hint(&t!("plan-read-it-back", name = name));
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
    let fell_back = fell_back(settings, &form.id);
    let (plan, finished) = crate::ask::with_prompter(ui, settings, |p| {
        if fell_back {
            p.say(&crate::content::i18n::tr!(settings.lang, "fallback-form"))?;
        }
        let mut filler =
            Filler::new(&form, store, &name, &settings.clock, saved).with_region(settings.region);
        p.say(&format!("{}: {name}", form.title))?;
        let finished = filler.menu(p)?;
        Ok((filler.plan, finished))
    })?;
    summary(ui, &form, &plan, &name, finished);
    Ok(())
}
