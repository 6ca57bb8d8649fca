//! `kinship checklist check|uncheck|note`: ticks and notes without questions.

use crate::content::checklist::{Checklist, Item};
use crate::content::i18n::t;
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
        UserError::new(t!(
            "cl-no-item",
            id = checklist.id.as_str(),
            item = quoted(given).to_string()
        ))
        .hint(t!("cl-no-item-hint", items = listing.join(", ")))
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
    // An English text (not translated yet) takes the region's English words.
    let region = lookup::checklist_region(&checklist, settings);
    for item in &items {
        let text = region::fill(&item.text, region);
        let id = match (changed.iter().any(|c| c.id == item.id), done) {
            (true, true) => "cl-ticked",
            (true, false) => "cl-unticked",
            (false, true) => "cl-already-ticked",
            (false, false) => "cl-not-ticked",
        };
        ui.message(&t!(id, item = text.as_ref()));
    }
    ui.message(&t!(
        "cl-done-in",
        done = count.0,
        total = count.1,
        id = checklist.id.as_str()
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
        return Err(
            UserError::usage(t!("cl-note-needs-text", item = item.id.as_str()))
                .hint(t!(
                    "cl-note-write-hint",
                    id = checklist.id.as_str(),
                    item = item.id.as_str()
                ))
                .hint(t!(
                    "cl-note-clear-hint",
                    id = checklist.id.as_str(),
                    item = item.id.as_str()
                ))
                .into(),
        );
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
    let region = lookup::checklist_region(&checklist, settings);
    let what = region::fill(&item.text, region);
    let id = if removing {
        "cl-note-removed"
    } else {
        "cl-note-saved"
    };
    ui.message(&t!(id, item = what.as_ref()));
    Ok(())
}
