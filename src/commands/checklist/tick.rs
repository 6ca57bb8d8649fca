//! `kinship checklist check|uncheck|note`: ticks and notes without questions.

use crate::content::checklist::{Checklist, Item};
use crate::content::{self, region};
use crate::error::{UserError, quoted};
use crate::lookup;
use crate::progress::checklist::Progress;
use crate::settings::Settings;
use crate::store::{Store, checklists::role};
use crate::ui::Ui;

/// An item by id or by its number in `show`, or an error listing them all.
pub(super) fn resolve_item<'a>(
    checklist: &'a Checklist,
    given: &str,
) -> Result<&'a Item, UserError> {
    let items: Vec<&Item> = checklist.items().collect();
    let found = match given.trim().parse::<usize>() {
        Ok(n) if (1..=items.len()).contains(&n) => Some(items[n - 1]),
        Ok(_) => None,
        Err(_) => checklist.item(&content::normalise_name(given)),
    };
    found.ok_or_else(|| {
        let listing: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(i, item)| format!("{} {}", i + 1, item.id))
            .collect();
        UserError::new(format!("{} has no item {}.", checklist.id, quoted(given))).hint(format!(
            "Its items, by number and id: {}.",
            listing.join(", ")
        ))
    })
}

pub(super) fn tick(
    ui: &mut Ui,
    store: &Store,
    settings: &Settings,
    name: &str,
    given: &[String],
    done: bool,
) -> anyhow::Result<()> {
    let checklist = lookup::checklist_in(name, ui, settings)?;
    // Every item is checked before anything is saved: all or nothing.
    let items = given
        .iter()
        .map(|g| resolve_item(&checklist, g))
        .collect::<Result<Vec<_>, _>>()?;
    let now = settings.now();
    let path = store.checklist_path(&checklist.id);
    let (changed, count) = store.update(
        &path,
        &role(&checklist.id),
        || Progress::new(&checklist.id, now),
        |p| {
            let changed: Vec<&Item> = items
                .iter()
                .copied()
                .filter(|item| p.set_done(&item.id, done, now))
                .collect();
            Ok((changed, p.count(&checklist)))
        },
    )?;
    let verb = if done { "Ticked" } else { "Unticked" };
    for item in &items {
        let text = region::fill(&item.text, settings.region);
        if changed.iter().any(|c| c.id == item.id) {
            ui.message(&format!("{verb}: {text}"));
        } else {
            let already = if done { "already ticked" } else { "not ticked" };
            ui.message(&format!("No change, {already}: {text}"));
        }
    }
    ui.message(&format!(
        "{} of {} done in {}.",
        count.0, count.1, checklist.id
    ));
    Ok(())
}

pub(super) fn note(
    ui: &mut Ui,
    store: &Store,
    settings: &Settings,
    name: &str,
    item: &str,
    text: String,
    clear: bool,
) -> anyhow::Result<()> {
    let checklist = lookup::checklist_in(name, ui, settings)?;
    let item = resolve_item(&checklist, item)?;
    if !clear && text.trim().is_empty() {
        // A note is never removed by leaving its text out by mistake.
        return Err(UserError::usage(format!(
            "`kinship checklist note` needs the note's text, or --clear to remove the note on {}.",
            item.id
        ))
        .hint(format!(
            "Write one: kinship checklist note {} {} \"Kitchen drawer, left\"",
            checklist.id, item.id
        ))
        .hint(format!(
            "Remove it: kinship checklist note {} {} --clear",
            checklist.id, item.id
        ))
        .into());
    }
    let now = settings.now();
    let text = if clear { None } else { Some(text) };
    let removing = clear;
    store.update(
        &store.checklist_path(&checklist.id),
        &role(&checklist.id),
        || Progress::new(&checklist.id, now),
        |p| Ok(p.set_note(&item.id, text.as_deref(), now)),
    )?;
    let what = region::fill(&item.text, settings.region);
    if removing {
        ui.message(&format!("Removed the note on: {what}"));
    } else {
        ui.message(&format!("Saved the note on: {what}"));
    }
    Ok(())
}
