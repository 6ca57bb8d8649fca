//! `kinship checkin`: rate how each part of your own life is going, once a
//! week, and see it change. The scale is our own; the idea that the family
//! member's own life matters comes from CRAFT.

use crate::content::checkin::{self as content, Checkin};
use crate::content::i18n::{self, t};
use crate::error::UserError;
use crate::progress::checkin::{self, CheckinLog, Entry};
use crate::progress::timestamp;
use crate::prompt::{self, Prompter};
use crate::render::chart::LABEL_COLUMNS;
use crate::render::checkin::{charts, range};
use crate::render::style::{Line, Span, Style, printable, theme};
use crate::render::wrap::wrap_text;
use crate::settings::Settings;
use crate::store::Store;
use crate::ui::Ui;
use anyhow::Context;
use chrono::{DateTime, FixedOffset};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io;

/// Check in with yourself: rate each part of your own life from 0 to 10, in
/// under a minute, with a note if you like. Once a week shows what changes.
///
/// With no command, kinship asks you, one area at a time (type a number, or a
/// number and a few words, such as "4 slept badly"; Enter skips). Everything
/// stays on this computer.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship checkin                              answer, one area at a time\n  \
    kinship checkin add health=4 money=6 overall=5 --note \"A hard week\"\n  \
    kinship checkin areas                        the areas and their ids\n  \
    kinship checkin history                      a chart of the last weeks\n  \
    kinship print checkins -o checkins.html      a page to take to a counselor")]
pub struct CheckinArgs {
    #[command(subcommand)]
    pub command: Option<CheckinCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CheckinCommand {
    /// Save a check-in without questions: AREA=N for each area you rate.
    #[command(after_long_help = "Examples:\n  \
        kinship checkin add wellbeing=5 health=4 loved-one=3 overall=5\n  \
        kinship checkin add money=2 --note \"Lent money again\"")]
    Add {
        /// An area and its rating from 0 to 10, such as health=6 (see
        /// `kinship checkin areas`).
        #[arg(required = true, value_name = "AREA=N")]
        ratings: Vec<String>,
        /// One sentence about the week.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// The areas you can rate, with their ids, and why it helps.
    #[command(
        after_long_help = "Examples:\n  kinship checkin areas\n  kinship checkin areas --json"
    )]
    Areas {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Your check-ins as a chart per area, what changed most, and where to
    /// find help for the lowest one (`--plain`: numbers only).
    #[command(after_long_help = "Examples:\n  \
        kinship checkin history\n  \
        kinship checkin history --last 12\n  \
        kinship --plain checkin history\n  \
        kinship checkin history --json")]
    History {
        /// How many of the latest check-ins to chart.
        #[arg(long, value_name = "N", default_value_t = checkin::DEFAULT_LAST as u16,
              value_parser = clap::value_parser!(u16).range(1..=52))]
        last: u16,
        /// Print JSON instead of text: every check-in, with notes.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(args: CheckinArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let content = load()?;
    match args.command {
        None => interactive(ui, settings, &content),
        Some(CheckinCommand::Add { ratings, note }) => {
            add(ui, settings, &content, &ratings, note.as_deref())
        }
        Some(CheckinCommand::Areas { json }) => areas(ui, &content, json),
        Some(CheckinCommand::History { last, json }) => {
            history(ui, settings, &content, usize::from(last), json)
        }
    }
}

/// The check-in's wording, as kinship ships it, in the user's language (the
/// same areas and ids in every language).
pub fn load() -> anyhow::Result<Checkin> {
    Ok(content::load_in(i18n::current())
        .with_context(super::broken_content)?
        .value)
}

fn interactive(ui: &mut Ui, settings: &Settings, content: &Checkin) -> anyhow::Result<()> {
    if !ui.can_prompt() {
        return Err(UserError::usage(t!("checkin-no-terminal"))
            .hint(t!("checkin-no-terminal-hint"))
            .into());
    }
    let store = settings.store()?;
    // A file that cannot be read is said before any question, not after.
    store.checkins()?;
    prompt::install_interrupt_handler();
    let saved =
        crate::ask::with_prompter(ui, settings, |p| ask(p, content, &store, settings.now()))?;
    match saved {
        None => ui.message(&t!("checkin-nothing-saved")),
        Some(entry) => {
            ui.message(&t!(
                "checkin-saved",
                rated = entry.ratings.len(),
                total = content.areas.len()
            ));
            ui.hint(&t!("checkin-history-hint"));
        }
    }
    Ok(())
}

/// Asks for each area's rating (and a note), then a sentence for the week,
/// saving after every answer. `None` when nothing was rated.
pub fn ask(
    p: &mut dyn Prompter,
    content: &Checkin,
    store: &Store,
    now: DateTime<FixedOffset>,
) -> anyhow::Result<Option<Entry>> {
    p.say(&content.title)?;
    p.say(content.intro.trim())?;
    // The check-in is found again by its time at every save: the time as
    // the file keeps it.
    let mut entry = Entry {
        at: timestamp::as_stored(now),
        ratings: BTreeMap::new(),
        notes: BTreeMap::new(),
        sentence: None,
    };
    let mut slot = None;
    for area in &content.areas {
        let prompt = t!(
            "checkin-ask-area",
            area = area.label.as_str(),
            question = area.question.as_str()
        );
        let (rating, note) = loop {
            let Some(answer) = p.input(&prompt, "").map_err(stopped)? else {
                // Esc: the rest is skipped; what was answered is kept.
                return finish(store, entry, &mut slot, now);
            };
            if answer.trim().is_empty() {
                break (None, None);
            }
            match rating_and_note(&answer) {
                Ok(found) => break found,
                Err(e) => p.say(&e)?,
            }
        };
        if let Some(r) = rating {
            entry.ratings.insert(area.id.clone(), r);
            if let Some(n) = note {
                entry.notes.insert(area.id.clone(), n);
            }
            save(store, &entry, &mut slot, now)?;
        }
    }
    if !entry.ratings.is_empty() {
        loop {
            let Some(answer) = p.input(&t!("checkin-ask-sentence"), "").map_err(stopped)? else {
                break;
            };
            match checkin::check_note(&answer) {
                Ok(sentence) => {
                    entry.sentence = sentence;
                    break;
                }
                Err(e) => p.say(&e)?,
            }
        }
    }
    finish(store, entry, &mut slot, now)
}

fn finish(
    store: &Store,
    entry: Entry,
    slot: &mut Option<usize>,
    now: DateTime<FixedOffset>,
) -> anyhow::Result<Option<Entry>> {
    if entry.ratings.is_empty() {
        return Ok(None);
    }
    save(store, &entry, slot, now)?;
    Ok(Some(entry))
}

/// Saves the check-in being answered: added the first time, then replaced
/// where it was put, so Ctrl-C loses nothing answered before it.
fn save(
    store: &Store,
    entry: &Entry,
    slot: &mut Option<usize>,
    now: DateTime<FixedOffset>,
) -> anyhow::Result<()> {
    let at = store.update_checkins(now, |log| {
        Ok(match *slot {
            Some(i) if log.checkins.get(i).is_some_and(|e| e.at == entry.at) => {
                log.checkins[i] = entry.clone();
                i
            }
            _ => {
                log.add(entry.clone());
                log.checkins.len() - 1
            }
        })
    })?;
    *slot = Some(at);
    Ok(())
}

/// "6", "6 slept badly" or "6, slept badly": the rating and the note.
pub fn rating_and_note(answer: &str) -> Result<(Option<u8>, Option<String>), String> {
    let answer = answer.trim();
    let end = answer
        .find(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .unwrap_or(answer.len());
    let rating = checkin::parse_rating(&answer[..end])?;
    let note = answer[end..]
        .trim_start_matches([',', ':', '-', ' '])
        .trim();
    let note = checkin::check_note(note)?;
    Ok((Some(rating), note))
}

fn stopped(e: io::Error) -> anyhow::Error {
    if e.kind() == io::ErrorKind::Interrupted {
        UserError::interrupted(t!("checkin-stopped")).into()
    } else {
        e.into()
    }
}

fn add(
    ui: &mut Ui,
    settings: &Settings,
    content: &Checkin,
    ratings: &[String],
    note: Option<&str>,
) -> anyhow::Result<()> {
    let mut entry = Entry {
        at: settings.now(),
        ratings: BTreeMap::new(),
        notes: BTreeMap::new(),
        sentence: None,
    };
    for text in ratings {
        let (area, rating) = checkin::parse_assignment(content, text)
            .map_err(|e| UserError::usage(e).hint(t!("checkin-add-nothing-saved-areas")))?;
        if entry.ratings.insert(area.clone(), rating).is_some() {
            return Err(
                UserError::usage(t!("checkin-rated-twice", area = area.as_str()))
                    .hint(t!("checkin-nothing-saved"))
                    .into(),
            );
        }
    }
    if let Some(note) = note {
        entry.sentence = checkin::check_note(note)
            .map_err(|e| UserError::usage(e).hint(t!("checkin-nothing-saved")))?;
    }
    let store = settings.store()?;
    let now = settings.now();
    store.update_checkins(now, |log| {
        log.add(entry.clone());
        Ok(())
    })?;
    ui.message(&t!(
        "checkin-saved-for",
        date = i18n::date(i18n::current(), now),
        rated = entry.ratings.len(),
        total = content.areas.len()
    ));
    ui.hint(&t!("checkin-history-hint"));
    Ok(())
}

#[derive(Serialize)]
struct JsonArea<'a> {
    id: &'a str,
    label: &'a str,
    question: &'a str,
    guide: &'static str,
    section: &'a str,
}

fn areas(ui: &mut Ui, content: &Checkin, json: bool) -> anyhow::Result<()> {
    if json {
        let out: Vec<JsonArea> = content
            .areas
            .iter()
            .map(|a| JsonArea {
                id: &a.id,
                label: &a.label,
                question: &a.question,
                guide: content::GUIDE,
                section: &a.section,
            })
            .collect();
        ui.print_json(&out)?;
        return Ok(());
    }
    let width = ui.width().min(crate::ui::MAX_PROSE_WIDTH);
    let mut lines: Vec<Line> = Vec::new();
    for a in &content.areas {
        let first = vec![
            Span::plain("  "),
            Span::new(format!("{:<11}", a.id), theme::CODE),
        ];
        let rest = vec![Span::plain(" ".repeat(13))];
        lines.extend(wrap_text(
            &format!("{}: {}", a.label, a.question),
            Style::PLAIN,
            width,
            &first,
            &rest,
        ));
    }
    lines.push(vec![]);
    lines.push(vec![Span::new(t!("checkin-areas-why"), theme::HEADING)]);
    lines.extend(wrap_text(
        content.why.trim(),
        theme::DIM,
        width,
        &vec![],
        &vec![],
    ));
    lines.push(vec![]);
    lines.push(vec![Span::plain(t!("checkin-areas-how"))]);
    ui.print_lines(&lines)?;
    Ok(())
}

/// What the history says about the lowest area: where to find help.
fn lowest_sentence(content: &Checkin, log: &CheckinLog) -> Option<String> {
    let (area, rating) = checkin::lowest(content, log)?;
    Some(t!(
        "checkin-lowest",
        area = area.label.as_str(),
        rating = rating,
        guide = content::GUIDE,
        section = area.section.as_str()
    ))
}

#[derive(Serialize)]
struct JsonHistory<'a> {
    areas: Vec<JsonArea<'a>>,
    checkins: Vec<JsonCheckin<'a>>,
    changed_most: Option<JsonChange<'a>>,
    lowest: Option<JsonLowest<'a>>,
}

#[derive(Serialize)]
struct JsonCheckin<'a> {
    at: String,
    ratings: &'a BTreeMap<String, u8>,
    notes: &'a BTreeMap<String, String>,
    sentence: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    area: &'a str,
    from: u8,
    to: u8,
    since: String,
}

#[derive(Serialize)]
struct JsonLowest<'a> {
    area: &'a str,
    rating: u8,
    guide: &'static str,
    section: &'a str,
}

fn history(
    ui: &mut Ui,
    settings: &Settings,
    content: &Checkin,
    last: usize,
    json: bool,
) -> anyhow::Result<()> {
    let store = settings.store()?;
    let log = store
        .checkins()?
        .unwrap_or_else(|| CheckinLog::new(settings.now()));
    // A mark takes 4 columns after the label; more than fit would wrap every
    // chart across the screen. Plain numbers and JSON wrap, or need not.
    let fit = (ui.width().saturating_sub(LABEL_COLUMNS + 1) / MARK_COLUMNS).max(1);
    let charted = if json || ui.plain() {
        last
    } else {
        last.min(fit)
    };
    let h = checkin::history(content, &log, charted);
    if json {
        let out = JsonHistory {
            areas: content
                .areas
                .iter()
                .map(|a| JsonArea {
                    id: &a.id,
                    label: &a.label,
                    question: &a.question,
                    guide: content::GUIDE,
                    section: &a.section,
                })
                .collect(),
            checkins: log
                .in_order()
                .into_iter()
                .map(|e| JsonCheckin {
                    at: timestamp::format(&e.at),
                    ratings: &e.ratings,
                    notes: &e.notes,
                    sentence: e.sentence.as_deref(),
                })
                .collect(),
            changed_most: checkin::changed_most(&h).map(|(a, from, to, since)| JsonChange {
                area: &a.id,
                from,
                to,
                since: since.format("%Y-%m-%d").to_string(),
            }),
            lowest: checkin::lowest(content, &log).map(|(a, rating)| JsonLowest {
                area: &a.id,
                rating,
                guide: content::GUIDE,
                section: &a.section,
            }),
        };
        ui.print_json(&out)?;
        return Ok(());
    }
    if log.checkins.is_empty() {
        ui.message(&t!("checkin-history-none"));
        return Ok(());
    }
    let plain = ui.plain();
    let width = ui.width().min(crate::ui::MAX_PROSE_WIDTH);
    let mut lines: Vec<Line> = vec![vec![Span::new(
        range(&h, log.checkins.len()),
        theme::HEADING,
    )]];
    if !plain {
        lines.push(vec![Span::new(t!("checkin-history-legend"), theme::DIM)]);
    }
    lines.push(vec![]);
    for chart in charts(&h) {
        lines.push(vec![Span::plain(chart.text(plain))]);
    }
    lines.push(vec![]);
    lines.extend(wrap_text(
        &t!(
            "checkin-history-changed",
            sentence = checkin::changed_sentence(&h, plain)
        ),
        theme::STRONG,
        width,
        &vec![],
        &vec![],
    ));
    if let Some(low) = lowest_sentence(content, &log) {
        lines.extend(wrap_text(&low, Style::PLAIN, width, &vec![], &vec![]));
    }
    if let Some(sentence) = log.in_order().last().and_then(|e| e.sentence.as_deref()) {
        lines.push(vec![]);
        lines.extend(wrap_text(
            &t!(
                "checkin-history-last-week",
                sentence = printable(sentence).to_string()
            ),
            theme::DIM,
            width,
            &vec![],
            &vec![],
        ));
    }
    ui.print_long(&lines)?;
    if charted < last.min(log.checkins.len()) {
        ui.hint(&t!(
            "checkin-history-narrow",
            charted = charted,
            wanted = last.min(log.checkins.len()),
            last = last
        ));
    }
    Ok(())
}

/// The columns one check-in's mark takes in a chart ("▃3  ", "█10 ").
const MARK_COLUMNS: usize = 4;

#[cfg(test)]
mod tests;
