//! `kinship plan delete NAME`: moved aside, or destroyed with --purge.

use crate::content::i18n::t;
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
        Ok((_, form, _)) => (
            t!(
                "plan-delete-what-titled",
                quoted = quoted(name).to_string(),
                title = form.title.as_str()
            ),
            String::new(),
        ),
        Err(_) => (
            t!("plan-delete-what", quoted = quoted(name).to_string()),
            format!(" {}", t!("plan-delete-unreadable")),
        ),
    };
    if !yes {
        if !ui.can_prompt() {
            return Err(UserError::usage(t!(
                "plan-delete-needs-yes",
                quoted = quoted(name).to_string()
            ))
            .hint(t!("plan-delete-needs-yes-hint", name = name))
            .into());
        }
        let question = if purge {
            t!("plan-delete-ask-purge", what = what.as_str())
        } else {
            t!("plan-delete-ask", what = what.as_str())
        } + &unreadable;
        let sure = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(&question, false)?))?;
        if !sure {
            ui.message(&t!("plan-delete-kept"));
            return Ok(());
        }
    }
    if purge {
        store.delete(&path, &role(name))?;
        let copies = store.purge_archived(Some((PLANS, name)))?;
        ui.message(&t!("plan-deleted-for-good", name = name, copies = copies));
        ui.hint(&crate::store::what_may_remain());
    } else if let Some(to) = store.move_aside(&path, &role(name), settings.now())? {
        ui.message(&t!(
            "plan-deleted-moved",
            name = name,
            to = store.shown(&to).to_string()
        ));
    }
    Ok(())
}
