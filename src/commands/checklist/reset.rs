//! `kinship checklist reset ID`: start again; the old ticks are moved aside.

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
        ui.message(&format!(
            "Nothing to reset: {} has no saved progress.",
            checklist.id
        ));
        return Ok(());
    }
    if !yes {
        if !ui.can_prompt() {
            return Err(UserError::usage(format!(
                "Resetting {} asks first, and there is no terminal to ask in.",
                checklist.id
            ))
            .hint(format!(
                "Run `kinship checklist reset {} --yes` to reset without asking.",
                checklist.id
            ))
            .into());
        }
        prompt::install_interrupt_handler();
        let question = format!(
            "Start {} again? Your ticks and notes are moved aside, not deleted.",
            checklist.id
        );
        let yes = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(&question, false)?))?;
        if !yes {
            ui.message("Nothing changed.");
            return Ok(());
        }
    }
    let moved = store.move_aside(&path, &role(&checklist.id), settings.now())?;
    if let Some(moved) = moved {
        ui.message(&format!(
            "Moved your old progress to {}. {} starts again from 0 of {}.",
            store.shown(&moved),
            checklist.id,
            checklist.len()
        ));
    }
    Ok(())
}
