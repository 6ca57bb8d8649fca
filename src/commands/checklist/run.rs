//! `kinship checklist run ID`: work through a checklist in the terminal, saved as you go.

use crate::clock::Clock;
use crate::content::checklist::{Checklist, Item};
use crate::content::embedded::RegionEntry;
use crate::content::i18n::{self, Lang, t};
use crate::content::{self, region};
use crate::progress::checklist::Progress;
use crate::prompt::{ChecklistView, ItemView, ListAction, Prompter, RetiredView, Row as ViewRow};
use crate::render::style::{Span, theme};
use crate::render::terminal::{self, Layout};
use crate::render::topic;
use crate::settings::Settings;
use crate::store::{Store, checklists::role};
use anyhow::Context;
use std::io;

/// How an interactive session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The user chose to stop: (done, total).
    Quit(usize, usize),
    Interrupted,
}

/// The interactive session: shows the checklist, applies each action, and
/// saves after every change. The saved file is read again before each view, so
/// ticks from another terminal appear too.
pub fn session(
    store: &Store,
    c: &Checklist,
    prompter: &mut dyn Prompter,
    settings: &Settings,
    region: &'static RegionEntry,
    layout: Layout,
) -> anyhow::Result<Ended> {
    session_with(store, c, prompter, &settings.clock, region, layout)
}

pub(super) fn session_with(
    store: &Store,
    c: &Checklist,
    prompter: &mut dyn Prompter,
    clock: &Clock,
    region: &'static RegionEntry,
    layout: Layout,
) -> anyhow::Result<Ended> {
    let path = store.checklist_path(&c.id);
    let role = role(&c.id);
    let items: Vec<&Item> = c.items().collect();
    let mut cursor = 0;
    // Ctrl-C in any prompt (a page, the note) ends the session as Ctrl-C in
    // the list does: everything before it is saved, and it says so.
    macro_rules! ask {
        ($asked:expr) => {
            match $asked {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => return Ok(Ended::Interrupted),
                other => other?,
            }
        };
    }
    loop {
        let progress = store.read::<Progress>(&path, &role)?;
        let view = view(c, progress.as_ref(), region);
        let action = ask!(prompter.checklist(&view, &mut cursor));
        let update = |change: &dyn Fn(&mut Progress) -> bool| {
            let now = clock.now();
            store.update(
                &path,
                &role,
                || Progress::new(&c.id, now),
                |p| Ok(change(p)),
            )
        };
        match action {
            ListAction::Quit => return Ok(Ended::Quit(view.done, view.total)),
            ListAction::Interrupted => return Ok(Ended::Interrupted),
            ListAction::Toggle(i) => {
                // The opposite of what the user was shown, not of what the
                // file says now: if another terminal ticked it meanwhile,
                // Space means "tick", and it stays ticked.
                let id = &items[i].id;
                let shown_done = view.items().nth(i).is_some_and(|item| item.done);
                update(&|p| p.set_done(id, !shown_done, clock.now()))?;
            }
            ListAction::Note(i) => {
                let item = items[i];
                let current = progress
                    .as_ref()
                    .and_then(|p| p.note(&item.id))
                    .unwrap_or("");
                // Asked as a question of its own (plain prompts), it names the
                // whole item; the terminal edits the note under the item, with
                // its own keys.
                let text = region::fill(&item.text, region);
                let prompt = t!("cl-run-note-prompt", item = text.as_ref());
                if let Some(text) = ask!(prompter.note(&view, i, &prompt, current)) {
                    update(&|p| p.set_note(&item.id, Some(&text), clock.now()))?;
                }
            }
            ListAction::Details(i) => {
                let note = progress.as_ref().and_then(|p| p.note(&items[i].id));
                ask!(prompter.show(&crate::render::checklist::details(
                    c, items[i], note, region, layout
                )));
            }
            ListAction::Guide(i) => {
                let id = items[i].topic.as_ref().or(c.topic.as_ref());
                match id.and_then(|id| content::find_topic_in(i18n::current(), id)) {
                    Some(found) => {
                        let entry = found.value;
                        // The guide in the user's language when it has one,
                        // with the region's words in the guide's language.
                        let region = region.in_lang(if found.fell_back {
                            Lang::EN
                        } else {
                            i18n::current()
                        });
                        let t = content::load_topic(entry)
                            .with_context(crate::lookup::broken_content)?;
                        if crate::content::FIRST_SCREEN.contains(&entry.id) {
                            // As `kinship guide overdose` on a terminal: the
                            // steps on one screen, never behind a pager.
                            let doc = topic::first_screen(&t, region, None);
                            ask!(prompter.show_unpaged(&terminal::render(&doc, &layout)));
                        } else {
                            let doc = topic::document(&t, region, "");
                            let mut lines = Vec::new();
                            if found.fell_back {
                                // As `kinship guide` says it: one line, in
                                // the user's language.
                                lines.push(vec![Span::new(t!("fallback-guide"), theme::DIM)]);
                                lines.push(Vec::new());
                            }
                            lines.extend(terminal::render(&doc, &layout));
                            ask!(prompter.show(&lines));
                        }
                    }
                    None => ask!(prompter.say(&t!("cl-run-no-guide"))),
                }
            }
        }
    }
}

pub(super) fn view(c: &Checklist, p: Option<&Progress>, region: &RegionEntry) -> ChecklistView {
    let (done, total) = p.map_or((0, c.len()), |p| p.count(c));
    let mut rows = Vec::new();
    for section in &c.sections {
        rows.push(ViewRow::Section(section.title.clone()));
        for item in &section.items {
            let state = p.and_then(|p| p.state(&item.id));
            rows.push(ViewRow::Item(ItemView {
                text: region::fill(&item.text, region).into_owned(),
                done: state.is_some_and(|s| s.done),
                urgent: item.urgent,
                note: state.and_then(|s| s.note.clone()),
                has_more: item.detail.is_some(),
                has_guide: item.topic.is_some() || c.topic.is_some(),
            }));
        }
    }
    // Saved items the checklist no longer has: at the end, read-only, so the
    // list does not hide what `show` and `--json` report.
    let retired = p.map(|p| p.retired(c)).unwrap_or_default();
    if !retired.is_empty() {
        rows.push(ViewRow::Section(t!("cl-retired-heading")));
        rows.extend(retired.iter().map(|r| {
            ViewRow::Retired(RetiredView {
                id: r.id.to_string(),
                done: r.state.done,
                note: r.state.note.clone(),
            })
        }));
    }
    ChecklistView {
        title: c.title.clone(),
        done,
        total,
        rows,
    }
}

#[cfg(test)]
mod tests;
