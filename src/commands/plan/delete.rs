//! `kinship plan delete NAME`: moved aside, or destroyed with --purge.

use crate::error::{UserError, quoted};
use crate::lookup;
use crate::settings::Settings;
use crate::store::Store;
use crate::store::plans::{PLANS, check_name, role};
use crate::ui::Ui;

pub(super) fn delete(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    yes: bool,
    purge: bool,
) -> anyhow::Result<()> {
    let name = name.trim();
    let path = match check_name(name) {
        Ok(n) => store.plan_path(&n),
        Err(_) => return lookup::plan(store, settings, name).map(|_| ()),
    };
    if !store.exists(&path)? {
        // There is nothing to delete: say which plans there are.
        return lookup::plan(store, settings, name).map(|_| ());
    }
    // A plan that cannot be read (a hand edit gone wrong, a kind from a newer
    // kinship) can still be moved aside: that is the way out its error offers.
    // The form's title is a name ("My boundaries", "Our overdose plan"),
    // not a noun to put after "your": it is said beside the plan's name.
    let (what, unreadable) = match lookup::plan(store, settings, name) {
        Ok((_, form, _)) => (format!("the plan {} ({})", quoted(name), form.title), ""),
        Err(_) => (
            format!("the plan {}", quoted(name)),
            " It cannot be read, so it goes as it is.",
        ),
    };
    if !yes {
        if !ui.can_prompt() {
            return Err(UserError::usage(format!(
                "Deleting {} needs a yes, and there is no terminal to ask in.",
                quoted(name)
            ))
            .hint(format!("Run `kinship plan delete {name} --yes`."))
            .into());
        }
        let question = if purge {
            format!("Delete {what} for good, with its earlier copies in the archive?{unreadable}")
        } else {
            format!("Delete {what}? It is moved aside, not destroyed.{unreadable}")
        };
        let sure = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(&question, false)?))?;
        if !sure {
            ui.message("Kept. Nothing was changed.");
            return Ok(());
        }
    }
    if purge {
        store.delete(&path, &role(name))?;
        let copies = store.purge_archived(Some((PLANS, name)))?;
        ui.message(&match copies {
            0 => format!("Deleted {name} for good."),
            1 => format!("Deleted {name} for good, and the 1 earlier copy of it in the archive."),
            n => {
                format!("Deleted {name} for good, and the {n} earlier copies of it in the archive.")
            }
        });
        ui.hint(crate::store::WHAT_MAY_REMAIN);
    } else if let Some(to) = store.move_aside(&path, &role(name), settings.now())? {
        ui.message(&format!(
            "Deleted {name}. The file was moved to {}.",
            store.shown(&to)
        ));
    }
    Ok(())
}
