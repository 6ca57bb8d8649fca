//! `kinship checklist reset ID`: start again; the old ticks are moved aside.

use crate::content::i18n::t;
use crate::error::UserError;
use crate::lookup;
use crate::prompt;
use crate::settings::Settings;
use crate::store::{Store, checklists::role};
use crate::ui::Ui;

pub(super) fn reset(
    ui: &mut Ui,
    store: &Store,
    settings: &Settings,
    name: &str,
    yes: bool,
) -> anyhow::Result<()> {
    let checklist = lookup::checklist_in(name, ui, settings)?;
    let path = store.checklist_path(&checklist.id);
    if !store.exists(&path)? {
        ui.message(&t!("cl-reset-nothing", id = checklist.id.as_str()));
        return Ok(());
    }
    if !yes {
        if !ui.can_prompt() {
            return Err(
                UserError::usage(t!("cl-reset-no-terminal", id = checklist.id.as_str()))
                    .hint(t!("cl-reset-no-terminal-hint", id = checklist.id.as_str()))
                    .into(),
            );
        }
        prompt::install_interrupt_handler();
        let question = t!("cl-reset-question", id = checklist.id.as_str());
        let yes = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(&question, false)?))?;
        if !yes {
            ui.message(&t!("cl-reset-kept"));
            return Ok(());
        }
    }
    let moved = store.move_aside(&path, &role(&checklist.id), settings.now())?;
    if let Some(moved) = moved {
        ui.message(&t!(
            "cl-reset-done",
            path = store.shown(&moved).to_string(),
            id = checklist.id.as_str(),
            total = checklist.len()
        ));
    }
    Ok(())
}
