//! `kinship checklist`: work through checklists; progress is saved after every change.

use crate::clock::Clock;
use crate::content::checklist::{self, Checklist, Item};
use crate::content::embedded::RegionEntry;
use crate::content::{self, region};
use crate::error::UserError;
use crate::progress::checklist::Progress;
use crate::progress::timestamp;
use crate::prompt::{
    self, ChecklistView, ItemView, ListAction, Prompter, RetiredView, Row as ViewRow,
};
use crate::render::checklist as checklist_doc;
use crate::render::style::{Line, Span, theme};
use crate::render::terminal::{self, Layout};
use crate::render::topic;
use crate::render::wrap::{truncate, wrap_text};
use crate::settings::Settings;
use crate::store::{Store, checklists::role};
use crate::ui::Ui;
use anyhow::Context;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::io;
use unicode_width::UnicodeWidthStr;

/// Work through checklists: tick items, read more, add notes. Progress is saved
/// after every change.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship checklist list\n  \
    kinship checklist run overdose-kit\n  \
    kinship checklist check overdose-kit get-naloxone 3\n  \
    kinship checklist note overdose-kit get-naloxone \"Kitchen drawer, left\"")]
pub struct ChecklistArgs {
    #[command(subcommand)]
    pub command: ChecklistCommand,
}

#[derive(Debug, Subcommand)]
pub enum ChecklistCommand {
    /// Every checklist, with how far you are and when you last changed it.
    #[command(after_long_help = "Example:\n  kinship checklist list")]
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Work through a checklist in the terminal: tick, untick, read more, add notes.
    #[command(after_long_help = "Example:\n  kinship checklist run overdose-kit")]
    Run {
        /// The checklist (see `kinship checklist list`).
        name: String,
    },
    /// A checklist with your ticks and notes, numbered for `check` and `uncheck`.
    #[command(after_long_help = "Example:\n  kinship checklist show overdose-kit")]
    Show {
        /// The checklist (see `kinship checklist list`).
        name: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Tick items, by id or by the number `show` gives them.
    #[command(after_long_help = "Example:\n  kinship checklist check overdose-kit get-naloxone 2")]
    Check {
        /// The checklist (see `kinship checklist list`).
        name: String,
        /// The items to tick: ids or numbers from `kinship checklist show`.
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<String>,
    },
    /// Untick items, by id or number.
    #[command(after_long_help = "Example:\n  kinship checklist uncheck overdose-kit 2")]
    Uncheck {
        /// The checklist (see `kinship checklist list`).
        name: String,
        /// The items to untick: ids or numbers from `kinship checklist show`.
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<String>,
    },
    /// Write a note on an item; --clear removes it.
    #[command(
        after_long_help = "Examples:\n  kinship checklist note overdose-kit get-naloxone \"Kitchen drawer\"\n  \
            kinship checklist note overdose-kit get-naloxone --clear"
    )]
    Note {
        /// The checklist (see `kinship checklist list`).
        name: String,
        /// The item: its id or its number from `kinship checklist show`.
        item: String,
        /// The note; several words are joined with spaces.
        text: Vec<String>,
        /// Remove the note.
        #[arg(long, conflicts_with = "text")]
        clear: bool,
    },
    /// Start a checklist again. The old progress is moved aside, never deleted.
    #[command(after_long_help = "Example:\n  kinship checklist reset overdose-kit")]
    Reset {
        /// The checklist (see `kinship checklist list`).
        name: String,
        /// Do not ask first.
        #[arg(long, short)]
        yes: bool,
    },
}

pub fn run(args: ChecklistArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let store = Store::from_settings(settings)?;
    match args.command {
        ChecklistCommand::List { json } => list(ui, &store, json),
        ChecklistCommand::Show { name, json } => {
            let checklist = find_in(&name, ui, settings)?;
            let region = region_for(&checklist, settings);
            let progress = read(&store, &checklist)?;
            if json {
                print_json(ui, &Json::of(&checklist, progress.as_ref(), region))
            } else {
                let doc = checklist_doc::document(
                    &checklist,
                    progress.as_ref(),
                    region,
                    checklist_doc::Options::SHOW,
                );
                ui.print_long(&terminal::render(&doc, &ui.layout()))?;
                Ok(())
            }
        }
        ChecklistCommand::Check { name, items } => tick(ui, &store, settings, &name, &items, true),
        ChecklistCommand::Uncheck { name, items } => {
            tick(ui, &store, settings, &name, &items, false)
        }
        ChecklistCommand::Note {
            name,
            item,
            text,
            clear,
        } => note(ui, &store, settings, &name, &item, text.join(" "), clear),
        ChecklistCommand::Reset { name, yes } => reset(ui, &store, settings, &name, yes),
        ChecklistCommand::Run { name } => {
            let checklist = find_in(&name, ui, settings)?;
            if !ui.can_prompt() {
                return Err(UserError::usage(
                    "`kinship checklist run` needs a terminal to ask you things, and this is not one.",
                )
                .hint(format!(
                    "Use `kinship checklist show {0}` to see it, `kinship checklist check {0} ITEM...` \
                     and `kinship checklist uncheck {0} ITEM...` to tick, and \
                     `kinship checklist note {0} ITEM TEXT` for notes.",
                    checklist.id
                ))
                .into());
            }
            // Locked: the passphrase is asked once, before the screen is drawn.
            store.open_if_locked()?;
            prompt::install_interrupt_handler();
            let layout = ui.layout();
            let done = if ui.plain_prompts() {
                let mut p = prompt::PlainPrompter::stdio(ui.prompt_width());
                session(&store, &checklist, &mut p, settings, layout)?
            } else {
                let mut p = prompt::TermPrompter::new(ui.err_color(), settings.pager_command());
                session(&store, &checklist, &mut p, settings, layout)?
            };
            match done {
                Ended::Quit(done, total) => {
                    ui.message(&format!(
                        "Saved. {done} of {total} done in {}.",
                        checklist.id
                    ));
                    Ok(())
                }
                Ended::Interrupted => Err(UserError::interrupted(
                    "Stopped. Everything you did before this was saved.",
                )
                .into()),
            }
        }
    }
}

/// The checklist a name refers to in the user's language, or in English with
/// one line that says so when it is not translated yet.
pub fn find_in(name: &str, ui: &mut Ui, settings: &Settings) -> anyhow::Result<Checklist> {
    let english = find(name)?;
    match checklist::load_in(settings.lang, &english.id).context(super::BROKEN_CONTENT)? {
        Some(found) => {
            if found.fell_back {
                ui.message(&crate::tr!(settings.lang, "fallback-checklist"));
            }
            Ok(found.value)
        }
        None => Ok(english),
    }
}

/// The region's words in the checklist's language: English words for a
/// checklist shown in English because it is not translated yet.
fn region_for(checklist: &Checklist, settings: &Settings) -> &'static RegionEntry {
    let path = format!("en/checklists/{}.yaml", checklist.id);
    match content::file_in(settings.lang, &path) {
        Some(found) if found.fell_back => settings.region.in_lang(crate::i18n::Lang::EN),
        _ => settings.region,
    }
}

/// The checklist a name refers to, or an error naming the closest ones.
pub fn find(name: &str) -> anyhow::Result<Checklist> {
    let id = content::normalise_name(name);
    if let Some(c) = checklist::load(&id).context(super::BROKEN_CONTENT)? {
        return Ok(c);
    }
    let ids = checklist::ids();
    let mut close: Vec<(f64, &str)> = ids
        .iter()
        .map(|c| {
            let score = if c.starts_with(&id) && !id.is_empty() {
                1.0
            } else {
                strsim::jaro_winkler(&id, c)
            };
            (score, *c)
        })
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    close.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut err = UserError::new(format!("There is no checklist called {name:?}."));
    if let Some((_, best)) = close.first() {
        err = err.hint(format!("Did you mean {best}?"));
    }
    Err(err
        .hint(format!("The checklists are: {}.", ids.join(", ")))
        .into())
}

/// The saved progress of a checklist, if there is any.
pub fn read(store: &Store, checklist: &Checklist) -> anyhow::Result<Option<Progress>> {
    store.read(&store.checklist_path(&checklist.id), &role(&checklist.id))
}

/// An item by id or by its number in `show`, or an error listing them all.
fn resolve_item<'a>(checklist: &'a Checklist, given: &str) -> Result<&'a Item, UserError> {
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
        UserError::new(format!("{} has no item {given:?}.", checklist.id)).hint(format!(
            "Its items, by number and id: {}.",
            listing.join(", ")
        ))
    })
}

fn tick(
    ui: &mut Ui,
    store: &Store,
    settings: &Settings,
    name: &str,
    given: &[String],
    done: bool,
) -> anyhow::Result<()> {
    let checklist = find_in(name, ui, settings)?;
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

fn note(
    ui: &mut Ui,
    store: &Store,
    settings: &Settings,
    name: &str,
    item: &str,
    text: String,
    clear: bool,
) -> anyhow::Result<()> {
    let checklist = find_in(name, ui, settings)?;
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

fn reset(
    ui: &mut Ui,
    store: &Store,
    settings: &Settings,
    name: &str,
    yes: bool,
) -> anyhow::Result<()> {
    let checklist = find_in(name, ui, settings)?;
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
        let mut p = prompt::TermPrompter::new(ui.err_color(), None);
        let yes = if ui.plain_prompts() {
            prompt::PlainPrompter::stdio(ui.prompt_width()).confirm(&question, false)?
        } else {
            p.confirm(&question, false)?
        };
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

fn list(ui: &mut Ui, store: &Store, json: bool) -> anyhow::Result<()> {
    let all = checklist::all().context(super::BROKEN_CONTENT)?;
    let mut rows = Vec::new();
    for c in &all {
        let state = match read(store, c) {
            Ok(Some(p)) => {
                let (done, total) = p.count(c);
                ListState::Saved {
                    done,
                    total,
                    updated: p.updated,
                }
            }
            Ok(None) => ListState::New(c.len()),
            Err(e) => ListState::Unreadable(e.to_string()),
        };
        rows.push((c, state));
    }
    if json {
        let out: Vec<ListJson> = rows
            .iter()
            .map(|(c, state)| ListJson {
                id: &c.id,
                title: &c.title,
                done: match state {
                    ListState::Saved { done, .. } => *done,
                    _ => 0,
                },
                total: c.len(),
                updated: match state {
                    ListState::Saved { updated, .. } => Some(timestamp::format(updated)),
                    _ => None,
                },
                error: match state {
                    ListState::Unreadable(e) => Some(e.clone()),
                    _ => None,
                },
            })
            .collect();
        return print_json(ui, &out);
    }
    let id_width = all.iter().map(|c| c.id.width()).max().unwrap_or(0) + 2;
    let title_width = all.iter().map(|c| c.title.width()).max().unwrap_or(0) + 2;
    let mut lines: Vec<Line> = Vec::new();
    for (c, state) in &rows {
        let mut line = vec![
            Span::new(format!("{:<id_width$}", c.id), theme::STRONG),
            Span::plain(format!("{:<title_width$}", c.title)),
        ];
        match state {
            ListState::Saved {
                done,
                total,
                updated,
            } => {
                let style = if done == total {
                    theme::DONE
                } else {
                    Default::default()
                };
                line.push(Span::new(format!("{done:>2}/{total:<3}"), style));
                line.push(Span::new(
                    format!(" changed {}", updated.format("%-d %b %Y %H:%M")),
                    theme::DIM,
                ));
            }
            ListState::New(total) => {
                line.push(Span::plain(format!(" 0/{total:<3}")));
                line.push(Span::new(" not started", theme::DIM));
            }
            ListState::Unreadable(_) => line.push(Span::new(
                format!(" cannot be read: see `kinship checklist show {}`", c.id),
                theme::WARNING,
            )),
        }
        lines.push(line);
    }
    ui.print_lines(&lines)?;
    Ok(())
}

enum ListState {
    Saved {
        done: usize,
        total: usize,
        updated: chrono::DateTime<chrono::FixedOffset>,
    },
    New(usize),
    Unreadable(String),
}

#[derive(Serialize)]
struct ListJson<'a> {
    id: &'a str,
    title: &'a str,
    done: usize,
    total: usize,
    updated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// `checklist show --json`: the checklist, the user's state of each item, and
/// retired items.
#[derive(Serialize)]
struct Json {
    id: String,
    title: String,
    done: usize,
    total: usize,
    updated: Option<String>,
    sections: Vec<JsonSection>,
    retired: Vec<JsonRetired>,
}

#[derive(Serialize)]
struct JsonSection {
    title: String,
    items: Vec<JsonItem>,
}

#[derive(Serialize)]
struct JsonItem {
    number: usize,
    id: String,
    text: String,
    done: bool,
    checked_at: Option<String>,
    note: Option<String>,
    urgent: bool,
    topic: Option<String>,
}

#[derive(Serialize)]
struct JsonRetired {
    id: String,
    done: bool,
    note: Option<String>,
}

impl Json {
    fn of(c: &Checklist, p: Option<&Progress>, region: &RegionEntry) -> Json {
        let mut number = 0;
        let (done, total) = p.map_or((0, c.len()), |p| p.count(c));
        Json {
            id: c.id.clone(),
            title: c.title.clone(),
            done,
            total,
            updated: p.map(|p| timestamp::format(&p.updated)),
            sections: c
                .sections
                .iter()
                .map(|s| JsonSection {
                    title: s.title.clone(),
                    items: s
                        .items
                        .iter()
                        .map(|i| {
                            number += 1;
                            let state = p.and_then(|p| p.state(&i.id));
                            JsonItem {
                                number,
                                id: i.id.clone(),
                                text: region::fill(&i.text, region).into_owned(),
                                done: state.is_some_and(|s| s.done),
                                checked_at: state
                                    .and_then(|s| s.checked_at.as_ref())
                                    .map(timestamp::format),
                                note: state.and_then(|s| s.note.clone()),
                                urgent: i.urgent,
                                topic: i.topic.clone().or_else(|| c.topic.clone()),
                            }
                        })
                        .collect(),
                })
                .collect(),
            retired: p
                .map(|p| {
                    p.retired(c)
                        .into_iter()
                        .map(|r| JsonRetired {
                            id: r.id.to_string(),
                            done: r.state.done,
                            note: r.state.note.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

fn print_json<T: Serialize>(ui: &mut Ui, value: &T) -> anyhow::Result<()> {
    ui.print_json(value)
}

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
    layout: Layout,
) -> anyhow::Result<Ended> {
    session_with(store, c, prompter, &settings.clock, settings.region, layout)
}

fn session_with(
    store: &Store,
    c: &Checklist,
    prompter: &mut dyn Prompter,
    clock: &Clock,
    region: &RegionEntry,
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
                // One row: the item's words give way first, so the keys stay in view.
                // A screen reader reads the whole item: its prompts are not one row.
                let text = region::fill(&item.text, region);
                let text = if layout.plain {
                    text.to_string()
                } else {
                    truncate(&text, layout.width.saturating_sub(62).max(12))
                };
                let prompt = format!("Note on \"{text}\" (leave empty to remove, Esc to cancel)");
                if let Some(text) = ask!(prompter.input(&prompt, current)) {
                    update(&|p| p.set_note(&item.id, Some(&text), clock.now()))?;
                }
            }
            ListAction::Details(i) => {
                let note = progress.as_ref().and_then(|p| p.note(&items[i].id));
                ask!(prompter.show(&details(c, items[i], note, region, layout)));
            }
            ListAction::Guide(i) => {
                let id = items[i].topic.as_ref().or(c.topic.as_ref());
                match id.and_then(|id| content::find_topic(id)) {
                    Some(entry) => {
                        let t = content::load_topic(entry).context(super::BROKEN_CONTENT)?;
                        if super::guide::FIRST_SCREEN.contains(&entry.id) {
                            // As `kinship guide overdose` on a terminal: the
                            // steps on one screen, never behind a pager.
                            let doc = topic::first_screen(&t, region, None);
                            ask!(prompter.show_unpaged(&terminal::render(&doc, &layout)));
                        } else {
                            let doc = topic::document(&t, region, "");
                            ask!(prompter.show(&terminal::render(&doc, &layout)));
                        }
                    }
                    None => ask!(prompter.say("This item has no guide to open.")),
                }
            }
        }
    }
}

fn view(c: &Checklist, p: Option<&Progress>, region: &RegionEntry) -> ChecklistView {
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
                has_note: state.is_some_and(|s| s.note.is_some()),
                has_more: item.detail.is_some(),
                has_guide: item.topic.is_some() || c.topic.is_some(),
            }));
        }
    }
    // Saved items the checklist no longer has: at the end, read-only, so the
    // list does not hide what `show` and `--json` report.
    let retired = p.map(|p| p.retired(c)).unwrap_or_default();
    if !retired.is_empty() {
        rows.push(ViewRow::Section("No longer in this checklist".to_string()));
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

/// The page an item's "read more" shows.
fn details(
    c: &Checklist,
    item: &Item,
    note: Option<&str>,
    region: &RegionEntry,
    layout: Layout,
) -> Vec<Line> {
    let width = layout.width;
    let mut lines = wrap_text(
        &region::fill(&item.text, region),
        theme::STRONG,
        width,
        &vec![],
        &vec![],
    );
    if item.urgent {
        lines.push(vec![Span::new("Urgent.", theme::URGENT)]);
    }
    if let Some(detail) = &item.detail {
        lines.push(Vec::new());
        lines.extend(wrap_text(
            &region::fill(detail, region),
            Default::default(),
            width,
            &vec![],
            &vec![],
        ));
    }
    if let Some(note) = note {
        lines.push(Vec::new());
        let first = vec![Span::new("Your note: ", theme::EMPH)];
        lines.extend(wrap_text(note, Default::default(), width, &first, &vec![]));
    }
    if let Some(id) = item.topic.as_ref().or(c.topic.as_ref()) {
        lines.push(Vec::new());
        lines.push(vec![
            Span::plain("More in the guide: "),
            Span::new(format!("kinship guide {id}"), theme::CODE),
            Span::plain(if layout.plain {
                " (type g and its number in the list)."
            } else {
                " (press g in the list)."
            }),
        ]);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::{Scripted, ScriptedPrompter};
    use chrono::DateTime;
    use std::io;

    fn clock() -> Clock {
        Clock::test(
            DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap(),
            0.0,
        )
    }

    fn kit() -> Checklist {
        checklist::parse(
            "kit.yaml",
            "id: kit\ntitle: Kit\nreviewed: 2026-11-22\nintro: I.\ntopic: overdose\nsections:\n  - title: S\n    items:\n      \
             - {id: a, text: 'Call {{emergency}}.', detail: More about a., urgent: true}\n      \
             - {id: b, text: B.}\n      - {id: c, text: C.}\n",
        )
        .unwrap()
    }

    fn us() -> &'static RegionEntry {
        region::find("us").unwrap()
    }

    const LAYOUT: Layout = Layout {
        width: 80,
        color: false,
        plain: false,
    };

    fn run_script(store: &Store, answers: Vec<Scripted>) -> (Ended, ScriptedPrompter) {
        let mut p = ScriptedPrompter::new(answers);
        let ended = session_with(store, &kit(), &mut p, &clock(), us(), LAYOUT).unwrap();
        (ended, p)
    }

    #[test]
    fn a_session_ticks_unticks_and_notes_saving_each_change() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        use ListAction::*;
        let (ended, p) = run_script(
            &store,
            vec![
                Scripted::Action(Toggle(0)),
                Scripted::Action(Toggle(2)),
                Scripted::Action(Toggle(2)),
                Scripted::Action(Note(1)),
                Scripted::Text(Some("Ask the pharmacist".into())),
                Scripted::Action(Quit),
            ],
        );
        assert_eq!(ended, Ended::Quit(1, 3));
        let saved: Progress = store
            .read(&store.checklist_path("kit"), &role("kit"))
            .unwrap()
            .unwrap();
        assert!(saved.is_done("a") && !saved.is_done("c"));
        assert_eq!(saved.note("b"), Some("Ask the pharmacist"));
        assert_eq!(p.seen[0], "Kit 0/3");
        assert!(
            p.seen
                .contains(&"Note on \"B.\" (leave empty to remove, Esc to cancel)".to_string())
        );
    }

    #[test]
    fn for_a_screen_reader_the_note_names_the_whole_item_and_the_page_the_keys_it_has() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let c = checklist::parse(
            "kit.yaml",
            "id: kit\ntitle: Kit\nreviewed: 2026-11-22\nintro: I.\ntopic: overdose\nsections:\n  - title: S\n    items:\n      \
             - {id: a, text: 'Keep it where everyone in the home can reach it fast.', detail: D.}\n",
        )
        .unwrap();
        let plain = Layout {
            plain: true,
            ..LAYOUT
        };
        use ListAction::*;
        let mut p = ScriptedPrompter::new(vec![
            Scripted::Action(Note(0)),
            Scripted::Text(None),
            Scripted::Action(Details(0)),
            Scripted::Action(Quit),
        ]);
        session_with(&store, &c, &mut p, &clock(), us(), plain).unwrap();
        let seen = p.seen.join("\n");
        assert!(
            seen.contains("Note on \"Keep it where everyone in the home can reach it fast.\""),
            "{seen}"
        );
        assert!(!seen.contains("press g in the list"), "{seen}");
        assert!(seen.contains("type g and its number in the list"), "{seen}");
    }

    #[test]
    fn ctrl_c_ends_the_session_with_everything_before_it_saved() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let (ended, _) = run_script(
            &store,
            vec![
                Scripted::Action(ListAction::Toggle(1)),
                Scripted::Action(ListAction::Interrupted),
            ],
        );
        assert_eq!(ended, Ended::Interrupted);
        let saved: Progress = store
            .read(&store.checklist_path("kit"), &role("kit"))
            .unwrap()
            .unwrap();
        assert!(saved.is_done("b"));
    }

    #[test]
    fn details_and_guide_pages_fill_placeholders() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let (_, p) = run_script(
            &store,
            vec![
                Scripted::Action(ListAction::Details(0)),
                Scripted::Action(ListAction::Guide(0)),
                Scripted::Action(ListAction::Quit),
            ],
        );
        assert!(
            p.seen[1].starts_with("Call 911.\nUrgent.\n\nMore about a."),
            "{}",
            p.seen[1]
        );
        assert!(
            p.seen[1].contains("kinship guide overdose"),
            "{}",
            p.seen[1]
        );
        assert!(
            p.seen[3].starts_with("(never paged) Overdose: what to do now"),
            "the overdose guide never goes through a pager: {}",
            p.seen[3]
        );
        assert!(
            !store.checklist_path("kit").exists(),
            "reading changes nothing on disk"
        );
    }

    #[test]
    fn a_tick_made_elsewhere_shows_in_the_next_view() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let path = store.checklist_path("kit");
        store
            .update(
                &path,
                &role("kit"),
                || Progress::new("kit", clock().now()),
                |p| Ok(p.set_done("c", true, clock().now())),
            )
            .unwrap();
        let (_, p) = run_script(&store, vec![Scripted::Action(ListAction::Quit)]);
        assert_eq!(p.seen[0], "Kit 1/3");
    }

    /// A prompter for which another terminal ticks `b` while the list is on
    /// screen, before the user presses Space on it.
    struct TickedElsewhere<'a> {
        store: &'a Store,
        inner: ScriptedPrompter,
    }

    impl Prompter for TickedElsewhere<'_> {
        fn checklist(
            &mut self,
            view: &ChecklistView,
            cursor: &mut usize,
        ) -> io::Result<ListAction> {
            let action = self.inner.checklist(view, cursor)?;
            if action == ListAction::Toggle(1) {
                self.store
                    .update(
                        &self.store.checklist_path("kit"),
                        &role("kit"),
                        || Progress::new("kit", clock().now()),
                        |p| Ok(p.set_done("b", true, clock().now())),
                    )
                    .map_err(io::Error::other)?;
            }
            Ok(action)
        }
        fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
            self.inner.input(prompt, initial)
        }
        fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
            self.inner.confirm(prompt, default)
        }
        fn show(&mut self, lines: &[Line]) -> io::Result<()> {
            self.inner.show(lines)
        }
        fn say(&mut self, text: &str) -> io::Result<()> {
            self.inner.say(text)
        }
        fn select(&mut self, p: &str, items: &[String], d: usize) -> io::Result<Option<usize>> {
            self.inner.select(p, items, d)
        }
        fn multi_select(
            &mut self,
            p: &str,
            items: &[String],
            checked: &[bool],
        ) -> io::Result<Option<Vec<usize>>> {
            self.inner.multi_select(p, items, checked)
        }
        fn long_text(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
            self.inner.long_text(prompt, initial)
        }
    }

    #[test]
    fn space_sets_the_opposite_of_what_was_shown_even_if_another_terminal_changed_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let mut p = TickedElsewhere {
            store: &store,
            inner: ScriptedPrompter::new(vec![
                Scripted::Action(ListAction::Toggle(1)),
                Scripted::Action(ListAction::Quit),
            ]),
        };
        session_with(&store, &kit(), &mut p, &clock(), us(), LAYOUT).unwrap();
        let saved: Progress = store
            .read(&store.checklist_path("kit"), &role("kit"))
            .unwrap()
            .unwrap();
        assert!(
            saved.is_done("b"),
            "b was shown unticked, so Space ticks it; it must not untick the other terminal's tick"
        );
        assert_eq!(p.inner.seen, ["Kit 0/3", "Kit 1/3"]);
    }

    #[test]
    fn items_resolve_by_id_or_number_and_say_what_exists() {
        let c = kit();
        assert_eq!(resolve_item(&c, "b").unwrap().id, "b");
        assert_eq!(resolve_item(&c, "3").unwrap().id, "c");
        let err = resolve_item(&c, "9").unwrap_err();
        assert!(err.hints[0].contains("1 a, 2 b, 3 c"), "{err:?}");
        assert!(resolve_item(&c, "zz").is_err());
    }

    #[test]
    fn the_document_numbers_items_and_keeps_retired_ones() {
        let mut p = Progress::new("kit", clock().now());
        p.set_done("b", true, clock().now());
        p.set_done("gone", true, clock().now());
        p.set_note("c", Some("later"), clock().now());
        let doc = checklist_doc::document(&kit(), Some(&p), us(), checklist_doc::Options::SHOW);
        let text: String = terminal::render(&doc, &LAYOUT)
            .iter()
            .map(|l| crate::render::style::line_text(l) + "\n")
            .collect();
        assert!(text.contains("1. [ ] Call 911. (urgent)\n"), "{text}");
        assert!(text.contains("2. [x] B.\n"), "{text}");
        assert!(text.contains("3. [ ] C.\n       Note: later\n"), "{text}");
        assert!(text.contains("No longer in this checklist"), "{text}");
        assert!(text.contains("[x] gone"), "{text}");
        assert!(text.contains("1 of 3 done."), "{text}");
    }
}
