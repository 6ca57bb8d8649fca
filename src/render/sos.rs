//! The overdose action card, the walk-through's screen, and its log, as lines.

use super::card::StepDetail;
use super::doc::Inline;
use super::style::{Line, Span, Style, theme};
use super::wrap::{InlineStyle, wrap, wrap_text};
use crate::content::region::{self, Placeholders};
use crate::content::sos::{Pacer, Sos};
use crate::progress::walk::{self, Action, Beat, DoseStatus, Log, Noted, Walk, WalkStep};
use chrono::{DateTime, FixedOffset, TimeDelta};
use unicode_width::UnicodeWidthStr;

/// The number of lines the card must fit in: a 24-line terminal.
pub const CARD_LINES: usize = 24;

/// The walk's steps, with every text filled for the region, and the
/// household's details on the steps they belong to.
pub fn walk_steps(
    sos: &Sos,
    region: &impl Placeholders,
    household: &[StepDetail],
) -> Vec<WalkStep> {
    let fill = |t: &str| region::fill(t, region).into_owned();
    sos.steps
        .iter()
        .map(|s| WalkStep {
            id: s.id.clone(),
            walk: fill(&s.walk),
            detail: s.detail.iter().map(|d| fill(d)).collect(),
            done: fill(&s.done),
            skipped: fill(&s.skipped),
            dose: s.dose,
            pacer: s.pacer.map(|p| match p {
                Pacer::Cpr => Beat::Pushes,
                Pacer::Breaths => Beat::Breaths,
            }),
            household: household
                .iter()
                .filter(|d| d.step == s.id)
                .map(StepDetail::line)
                .collect(),
        })
        .collect()
}

/// What the card's footer says about the region.
pub struct CardRegion<'a> {
    /// As it reads in a sentence: "the United States".
    pub name: &'a str,
    pub code: &'a str,
    /// Said under the title when the numbers may not be the user's.
    pub notice: Option<&'a str>,
}

/// The card: the emergency line, the signs, the numbered steps with the
/// household's details under theirs, and where to go next, in at most
/// `max_lines` lines when it can be done. The steps always stay; a detail
/// that does not fit is left out, the earlier ones (the address first, then
/// where the naloxone is, then medicines and allergies) having the first
/// claim on the room.
pub fn card(
    sos: &Sos,
    region: &impl Placeholders,
    at: &CardRegion,
    width: usize,
    household: &[StepDetail],
    max_lines: usize,
) -> Vec<Line> {
    let mut kept: Vec<StepDetail> = Vec::new();
    for detail in household {
        kept.push(detail.clone());
        if card_with(sos, region, at, width, &kept).len() > max_lines {
            kept.pop();
        }
    }
    card_with(sos, region, at, width, &kept)
}

/// A step's details of the household's, under it as one paragraph (two
/// short ones share a line), each label in bold.
fn detail_lines(details: &[&StepDetail], indent: usize, width: usize) -> Vec<Line> {
    let mut inlines = Vec::new();
    for (i, d) in details.iter().enumerate() {
        if i > 0 {
            let ended = details[i - 1].value.ends_with(['.', '!', '?']);
            inlines.push(Inline::text(if ended { " " } else { ". " }));
        }
        inlines.push(Inline::Strong(vec![Inline::text(format!("{}:", d.label))]));
        inlines.push(Inline::text(format!(" {}", d.value)));
    }
    let pad = vec![Span::plain(" ".repeat(indent))];
    let opts = InlineStyle {
        base: Style::PLAIN,
        show_urls: false,
    };
    wrap(&inlines, opts, width, &pad, &pad)
}

fn card_with(
    sos: &Sos,
    region: &impl Placeholders,
    at: &CardRegion,
    width: usize,
    household: &[StepDetail],
) -> Vec<Line> {
    let fill = |t: &str| region::fill(t, region).into_owned();
    let width = width.max(20);
    let mut lines = wrap_text(&fill(&sos.title), theme::EMERGENCY, width, &vec![], &vec![]);
    if let Some(notice) = at.notice {
        lines.extend(wrap_text(notice, theme::STRONG, width, &vec![], &vec![]));
    }
    lines.extend(wrap_text(
        &fill(&sos.signs),
        theme::STRONG,
        width,
        &vec![],
        &vec![],
    ));
    lines.push(vec![]);
    for (i, step) in sos.steps.iter().enumerate() {
        let marker = format!("{}. ", i + 1);
        let first = vec![Span::new(marker.clone(), theme::MARKER)];
        let rest = vec![Span::plain(" ".repeat(marker.len()))];
        lines.extend(wrap_text(
            &fill(&step.card),
            Style::PLAIN,
            width,
            &first,
            &rest,
        ));
        let details: Vec<&StepDetail> = household.iter().filter(|d| d.step == step.id).collect();
        if !details.is_empty() {
            lines.extend(detail_lines(&details, marker.len(), width));
        }
    }
    lines.push(vec![]);
    lines.extend(wrap_text(
        &fill(&sos.no_naloxone),
        Style::PLAIN,
        width,
        &vec![],
        &vec![],
    ));
    lines.push(vec![]);
    lines.push(vec![
        Span::plain("Step by step, with timers: "),
        Span::new("kinship sos --walk", theme::CODE),
    ]);
    lines.push(vec![
        Span::plain("Everything to know: "),
        Span::new("kinship guide overdose", theme::CODE),
    ]);
    lines.push(vec![Span::new(
        format!("Numbers for {} ({}). Not medical advice.", at.name, at.code),
        theme::DIM,
    )]);
    lines
}

/// The keys the walk understands at this point, separated by `sep`.
pub fn keys(w: &Walk, sep: &str) -> String {
    key_list(w).join(sep)
}

/// The plain walk's line of keys and the emergency number, in lines of at
/// most `width` columns broken only between one key and the next: never a
/// lone " 911." on a line of its own, as a terminal's own wrapping leaves.
pub fn plain_keys(w: &Walk, emergency: &str, width: usize) -> Vec<String> {
    let keys = key_list(w);
    let mut units: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let before = if i == 0 { "Keys: " } else { "" };
            let after = if i + 1 == keys.len() { "." } else { "," };
            format!("{before}{k}{after}")
        })
        .collect();
    units.push(format!("Emergency number: {emergency}."));
    // On a very narrow screen a unit too wide goes word by word, the
    // number still whole.
    let number = format!("{emergency}.");
    let units = units.into_iter().flat_map(|u| {
        if u.width() <= width {
            vec![u]
        } else if let Some(before) = u.strip_suffix(&number) {
            let mut words: Vec<String> = before.split_whitespace().map(String::from).collect();
            words.push(number.clone());
            words
        } else {
            u.split_whitespace().map(String::from).collect()
        }
    });
    let mut lines: Vec<String> = Vec::new();
    for unit in units {
        match lines.last_mut() {
            Some(line) if line.width() + 1 + unit.width() <= width => {
                line.push(' ');
                line.push_str(&unit);
            }
            _ => lines.push(unit),
        }
    }
    lines
}

fn key_list(w: &Walk) -> Vec<&'static str> {
    let asked = w.confirming_dose().map(|q| q.key);
    if asked == Some(Action::AnotherDose) {
        // n asked: n again logs; s, or any other key, takes the question back.
        return vec!["n again: log the dose", "s not given"];
    }
    let mut keys = if asked == Some(Action::Done) {
        vec!["Enter again: log the dose", "s not given"]
    } else {
        vec!["Enter done", "s skip"]
    };
    if w.position() > 0 {
        keys.push("b back");
    }
    match (w.step().pacer, w.pacer()) {
        (Some(_), Some(_)) => keys.push("p pacer off"),
        (Some(Beat::Pushes), None) => keys.push("p CPR pacer"),
        (Some(Beat::Breaths), None) => keys.push("p breathing pacer"),
        (None, _) => {}
    }
    if w.log().doses() > 0 {
        keys.push("n another dose given");
    }
    keys.push("q quit");
    keys
}

/// "21:05"
pub fn clock_time(t: DateTime<FixedOffset>) -> String {
    t.format("%H:%M").to_string()
}

/// What the naloxone timer says now, as a line (`None` before any dose).
pub fn dose_line(w: &Walk, now: DateTime<FixedOffset>) -> Option<(String, bool)> {
    match w.dose_status(now) {
        DoseStatus::NoneGiven => None,
        DoseStatus::Waiting { at, remaining } => Some((
            format!(
                "Naloxone given at {}. Another dose in {} if they are no better.",
                clock_time(at),
                walk::countdown(remaining)
            ),
            false,
        )),
        DoseStatus::MayRepeat { at, since } => Some((
            format!(
                "Naloxone given at {} ({} ago). No better? Give another dose now.",
                clock_time(at),
                walk::ago(since)
            ),
            true,
        )),
    }
}

/// The question Enter on a dose step, or n, asks before the countdown has
/// run out.
pub fn confirm_line(w: &Walk, now: DateTime<FixedOffset>) -> Option<String> {
    let question = w.confirming_dose()?;
    let last = question.last_dose;
    let since = (now - last).num_seconds().max(0);
    let since = if since < 2 {
        "a moment".to_string()
    } else if since < 60 {
        format!("{since} seconds")
    } else {
        walk::ago(now - last)
    };
    let answer = if question.key == Action::AnotherDose {
        "Press n again to log it, or s if not."
    } else {
        "Press Enter again to log it, or s if not."
    };
    Some(format!(
        "The last dose was only {since} ago, at {}. Have you given another one? {answer}",
        clock_time(last)
    ))
}

/// Said on a step that is done already, which Enter will not log again.
pub fn done_already_line(w: &Walk) -> Option<String> {
    let step = w.step();
    let at = w
        .log()
        .events
        .iter()
        .find(|e| e.step == step.id && !e.skipped)?
        .at;
    w.step_done().then(|| {
        format!(
            "Done at {}, in the log. Enter goes on without logging it again.",
            clock_time(at)
        )
    })
}

/// How long a beat is shown as "now": long enough to be seen between two
/// redraws.
const BEAT_SHOWN: TimeDelta = TimeDelta::milliseconds(1000);
const PUSH_SHOWN: TimeDelta = TimeDelta::milliseconds(250);

/// What the pacer says now, when it is on, and whether it is the moment of
/// a beat (shown urgent).
pub fn pacer_line(w: &Walk, now: DateTime<FixedOffset>) -> Option<(String, bool)> {
    let pace = w.pace(now)?;
    Some(match pace.beat {
        Beat::Breaths if pace.since < BEAT_SHOWN => {
            (format!("BREATHE NOW  (breath {})", pace.count), true)
        }
        Beat::Breaths => {
            let secs = (pace.next.num_milliseconds() + 999) / 1000;
            (format!("Next breath in {secs}"), false)
        }
        Beat::Pushes => {
            let n = pace.in_round();
            let round = walk::PUSHES_PER_ROUND;
            let text = if n == round {
                format!("PUSH {n} of {round}. Trained? Give 2 breaths now.")
            } else {
                format!(
                    "PUSH {n} of {round} ({} a minute, with the bell)",
                    walk::PUSHES_PER_MINUTE
                )
            };
            (text, pace.since < PUSH_SHOWN)
        }
    })
}

/// The full screen of the walk at `now`, for a terminal of `width` x `height`.
pub fn screen(
    w: &Walk,
    emergency: &str,
    now: DateTime<FixedOffset>,
    width: usize,
    height: usize,
) -> Vec<Line> {
    let width = width.max(20);
    let step = w.step();
    let mut top: Vec<Line> = vec![vec![
        Span::new(format!("Call {emergency}"), theme::EMERGENCY),
        Span::new(
            format!(
                "   Step {} of {}   Now {}",
                w.position() + 1,
                w.steps().len(),
                clock_time(now)
            ),
            theme::DIM,
        ),
    ]];
    top.push(vec![]);
    top.extend(wrap_text(
        &step.walk,
        theme::STRONG.fg(super::style::Color::Yellow),
        width,
        &vec![],
        &vec![],
    ));
    top.push(vec![]);
    let detail_start = top.len();
    for d in &step.detail {
        top.extend(wrap_text(
            d,
            Style::PLAIN,
            width,
            &vec![Span::plain("  ")],
            &vec![Span::plain("  ")],
        ));
    }
    let detail_end = top.len();
    if !step.household.is_empty() {
        top.push(vec![]);
    }
    for line in &step.household {
        let (label, value) = line.split_once(": ").unwrap_or(("", line));
        top.extend(wrap_text(
            value,
            Style::PLAIN,
            width,
            &vec![
                Span::plain("  "),
                Span::new(format!("{label}: "), theme::STRONG),
            ],
            &vec![Span::plain("    ")],
        ));
    }
    if step.id == "stay-with-them"
        && let Some(last) = w.log().events.iter().rev().find(|e| e.dose)
    {
        top.push(vec![]);
        top.extend(wrap_text(
            &format!(
                "The last dose of naloxone was at {}, {} ago.",
                clock_time(last.at),
                walk::ago(now - last.at)
            ),
            theme::STRONG,
            width,
            &vec![Span::plain("  ")],
            &vec![Span::plain("  ")],
        ));
    }

    if let Some(text) = done_already_line(w) {
        top.push(vec![]);
        top.extend(wrap_text(&text, theme::DIM, width, &vec![], &vec![]));
    }
    if let Some((text, ready)) = dose_line(w, now) {
        top.push(vec![]);
        let style = if ready { theme::URGENT } else { theme::STRONG };
        top.extend(wrap_text(&text, style, width, &vec![], &vec![]));
    }
    if let Some(text) = confirm_line(w, now) {
        top.push(vec![]);
        top.extend(wrap_text(&text, theme::URGENT, width, &vec![], &vec![]));
    }
    if let Some((text, beat)) = pacer_line(w, now) {
        top.push(vec![]);
        let style = if beat { theme::URGENT } else { theme::STRONG };
        top.extend(wrap_text(&text, style, width, &vec![], &vec![]));
    }
    let bottom = wrap_text(&keys(w, " · "), theme::DIM, width, &vec![], &vec![]);
    // On a small terminal, the step's instructions give way last of all but
    // before the number, the step, the household's details, the timers and
    // the keys; one row is kept free so the screen never scrolls.
    let over = (top.len() + bottom.len() + 2).saturating_sub(height);
    let cut = over.min(detail_end - detail_start);
    top.drain(detail_end - cut..detail_end);
    // The log takes what room is left, newest last.
    let events = &w.log().events;
    let room = height.saturating_sub(top.len() + bottom.len() + 3);
    let mut lines = top;
    if !events.is_empty() && room > 0 {
        lines.push(vec![]);
        lines.push(vec![Span::new("Done so far", theme::SUBHEADING)]);
        let shown = room.saturating_sub(1).max(1).min(events.len());
        for e in &events[events.len() - shown..] {
            lines.push(event_line(e));
        }
    }
    lines.push(vec![]);
    lines.extend(bottom);
    lines
}

fn event_line(e: &walk::Event) -> Line {
    vec![
        Span::plain("  "),
        Span::new(clock_time(e.at), theme::STRONG),
        Span::plain("  "),
        Span::new(
            e.what.clone(),
            if e.skipped { theme::DIM } else { Style::PLAIN },
        ),
    ]
}

/// ", 16 minutes ago", when `now` is given and the time is earlier today
/// (a log read days later gives the time alone).
fn ago_from(at: DateTime<FixedOffset>, now: Option<DateTime<FixedOffset>>) -> String {
    match now.map(|now| now - at) {
        Some(since) if since >= TimeDelta::zero() && since < TimeDelta::hours(12) => {
            format!(", {} ago", walk::ago(since))
        }
        _ => String::new(),
    }
}

/// The log in brief, for a paramedic to read in five seconds: the doses of
/// naloxone and when the last was, CPR and rescue breaths, and when help
/// was first called (with how long ago, when `now` is given).
pub fn summary(log: &Log, now: Option<DateTime<FixedOffset>>) -> Vec<(&'static str, String)> {
    let s = log.summary();
    let yes_no = |noted: Noted| match noted {
        Noted::Done(at) => format!("yes, at {}", clock_time(at)),
        Noted::Skipped => "no".to_string(),
        Noted::NotNoted => "not noted".to_string(),
    };
    let naloxone = match (s.doses, s.last_dose) {
        (0, _) if s.naloxone_skipped => "none given".to_string(),
        (0, _) | (_, None) => "none noted".to_string(),
        (n, Some(at)) => format!(
            "{n} {}, the last at {}{}",
            if n == 1 { "dose" } else { "doses" },
            clock_time(at),
            ago_from(at, now)
        ),
    };
    let call = match s.call {
        Noted::Done(at) => format!("at {}{}", clock_time(at), ago_from(at, now)),
        Noted::Skipped => "not from here".to_string(),
        Noted::NotNoted => "not noted".to_string(),
    };
    vec![
        ("Naloxone", naloxone),
        ("CPR", yes_no(s.cpr)),
        ("Rescue breaths", yes_no(s.breaths)),
        ("Help called", call),
    ]
}

/// The log, to show the emergency team: the summary first, then every step
/// with its time. `now` gives the summary its "minutes ago".
pub fn log_lines(log: &Log, now: Option<DateTime<FixedOffset>>) -> Vec<Line> {
    let mut lines = vec![vec![Span::new(
        format!(
            "What happened, for the emergency team ({}):",
            log.started.format("%A %-d %B %Y")
        ),
        theme::HEADING,
    )]];
    if log.events.is_empty() {
        lines.push(vec![Span::plain("  Nothing was marked done.")]);
        return lines;
    }
    let rows = summary(log, now);
    let column = rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0) + 2;
    for (label, value) in rows {
        lines.push(vec![
            Span::plain("  "),
            Span::new(format!("{label:<column$}"), theme::STRONG),
            Span::plain(value),
        ]);
    }
    lines.push(vec![]);
    lines.extend(log.events.iter().map(event_line));
    lines
}

#[cfg(test)]
mod tests;
