//! The overdose action card, the walk-through's screen, and its log, as lines.

use super::card::StepDetail;
use super::doc::Inline;
use super::style::{Line, Span, Style, theme};
use super::wrap::{InlineStyle, wrap, wrap_text};
use crate::content::i18n::Lang;
use crate::content::i18n::tr;
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
    /// The language of the card's own lines.
    pub lang: Lang,
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
        Span::plain(tr!(at.lang, "card-walk-hint")),
        Span::new("kinship sos --walk", theme::CODE),
    ]);
    lines.push(vec![
        Span::plain(tr!(at.lang, "card-guide-hint")),
        Span::new("kinship guide overdose", theme::CODE),
    ]);
    // Wrapped: the longest country names run past 80 columns.
    lines.extend(wrap_text(
        &tr!(at.lang, "card-footer", region = at.name, code = at.code),
        theme::DIM,
        width,
        &vec![],
        &vec![],
    ));
    lines
}

/// The keys the walk understands at this point, separated by `sep`.
pub fn keys(w: &Walk, sep: &str) -> String {
    let lang = w.lang();
    let asked = w.confirming_dose().map(|q| q.key);
    let mut keys: Vec<&str> = if asked == Some(Action::AnotherDose) {
        // n asked: n again logs; s, or any other key, takes the question back.
        vec!["walk-key-n-again", "walk-key-not-given"]
    } else if asked == Some(Action::Done) {
        vec!["walk-key-enter-again", "walk-key-not-given"]
    } else {
        vec!["walk-key-done", "walk-key-skip"]
    };
    if asked != Some(Action::AnotherDose) {
        if w.position() > 0 {
            keys.push("walk-key-back");
        }
        match (w.step().pacer, w.pacer()) {
            (Some(_), Some(_)) => keys.push("walk-key-pacer-off"),
            (Some(Beat::Pushes), None) => keys.push("walk-key-pacer-cpr"),
            (Some(Beat::Breaths), None) => keys.push("walk-key-pacer-breaths"),
            (None, _) => {}
        }
        if w.log().doses() > 0 {
            keys.push("walk-key-another-dose");
        }
        keys.push("walk-key-quit");
    }
    keys.into_iter()
        .map(|id| tr!(lang, id))
        .collect::<Vec<_>>()
        .join(sep)
}

/// The plain walk's line of keys and the emergency number, in lines of at
/// most `width` columns broken only after a key or a sentence: never a lone
/// " 911." on a line of its own, as a terminal's own wrapping leaves.
pub fn plain_keys(w: &Walk, emergency: &str, width: usize) -> Vec<String> {
    let line = tr!(
        w.lang(),
        "walk-keys-line",
        keys = keys(w, ", "),
        emergency = emergency
    );
    // Units end after ", " or ". "; the number stays whole.
    let mut units: Vec<String> = Vec::new();
    let mut unit = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        unit.push(c);
        if matches!(c, ',' | '.') && chars.peek() == Some(&' ') {
            chars.next();
            units.push(std::mem::take(&mut unit));
        }
    }
    if !unit.is_empty() {
        units.push(unit);
    }
    // On a very narrow screen a unit too wide goes word by word.
    let units = units.into_iter().flat_map(|u| {
        if u.width() <= width {
            vec![u]
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

/// "21:05"
pub fn clock_time(t: DateTime<FixedOffset>) -> String {
    t.format("%H:%M").to_string()
}

/// What the naloxone timer says now, as a line (`None` before any dose).
pub fn dose_line(w: &Walk, now: DateTime<FixedOffset>) -> Option<(String, bool)> {
    match w.dose_status(now) {
        DoseStatus::NoneGiven => None,
        DoseStatus::Waiting { at, remaining } => Some((
            tr!(
                w.lang(),
                "walk-dose-waiting",
                at = clock_time(at),
                left = walk::countdown(remaining)
            ),
            false,
        )),
        DoseStatus::MayRepeat { at, since } => Some((
            tr!(
                w.lang(),
                "walk-dose-ready",
                at = clock_time(at),
                ago = crate::content::i18n::duration(w.lang(), since)
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
    let lang = w.lang();
    let since = (now - last).num_seconds().max(0);
    let since = if since < 2 {
        tr!(lang, "time-a-moment")
    } else if since < 60 {
        tr!(lang, "time-seconds", n = since)
    } else {
        crate::content::i18n::duration(lang, now - last)
    };
    let answer = if question.key == Action::AnotherDose {
        tr!(lang, "walk-confirm-n")
    } else {
        tr!(lang, "walk-confirm-enter")
    };
    Some(tr!(
        lang,
        "walk-confirm",
        since = since,
        at = clock_time(last),
        answer = answer
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
    w.step_done()
        .then(|| tr!(w.lang(), "walk-done-already", at = clock_time(at)))
}

/// How long a beat is shown as "now": long enough to be seen between two
/// redraws.
const BEAT_SHOWN: TimeDelta = TimeDelta::milliseconds(1000);
const PUSH_SHOWN: TimeDelta = TimeDelta::milliseconds(250);

/// What the pacer says now, when it is on, and whether it is the moment of
/// a beat (shown urgent).
pub fn pacer_line(w: &Walk, now: DateTime<FixedOffset>) -> Option<(String, bool)> {
    let pace = w.pace(now)?;
    let lang = w.lang();
    Some(match pace.beat {
        Beat::Breaths if pace.since < BEAT_SHOWN => {
            (tr!(lang, "walk-breathe-now", n = pace.count), true)
        }
        Beat::Breaths => {
            let secs = (pace.next.num_milliseconds() + 999) / 1000;
            (tr!(lang, "walk-next-breath", secs = secs), false)
        }
        Beat::Pushes => {
            let n = pace.in_round();
            let round = walk::PUSHES_PER_ROUND;
            let text = if n == round {
                tr!(lang, "walk-push-round-end", n = n, round = round)
            } else {
                tr!(
                    lang,
                    "walk-push",
                    n = n,
                    round = round,
                    rate = walk::PUSHES_PER_MINUTE
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
    let lang = w.lang();
    let mut top: Vec<Line> = vec![vec![
        Span::new(
            tr!(lang, "walk-call", emergency = emergency),
            theme::EMERGENCY,
        ),
        Span::new(
            format!(
                "   {}   {}",
                tr!(
                    lang,
                    "walk-step-of",
                    n = w.position() + 1,
                    total = w.steps().len()
                ),
                tr!(lang, "walk-now", time = clock_time(now))
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
            &tr!(
                lang,
                "walk-last-dose",
                at = clock_time(last.at),
                ago = crate::content::i18n::duration(lang, now - last.at)
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
        lines.push(vec![Span::new(
            tr!(lang, "walk-done-so-far"),
            theme::SUBHEADING,
        )]);
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
fn ago_from(lang: Lang, at: DateTime<FixedOffset>, now: Option<DateTime<FixedOffset>>) -> String {
    match now.map(|now| now - at) {
        Some(since) if since >= TimeDelta::zero() && since < TimeDelta::hours(12) => {
            tr!(
                lang,
                "summary-ago",
                ago = crate::content::i18n::duration(lang, since)
            )
        }
        _ => String::new(),
    }
}

/// The log in brief, for a paramedic to read in five seconds: the doses of
/// naloxone and when the last was, CPR and rescue breaths, and when help
/// was first called (with how long ago, when `now` is given).
pub fn summary(log: &Log, now: Option<DateTime<FixedOffset>>, lang: Lang) -> Vec<(String, String)> {
    let s = log.summary();
    let yes_no = |noted: Noted| match noted {
        Noted::Done(at) => tr!(lang, "summary-yes-at", at = clock_time(at)),
        Noted::Skipped => tr!(lang, "summary-no"),
        Noted::NotNoted => tr!(lang, "summary-not-noted"),
    };
    let naloxone = match (s.doses, s.last_dose) {
        (0, _) if s.naloxone_skipped => tr!(lang, "summary-none-given"),
        (0, _) | (_, None) => tr!(lang, "summary-none-noted"),
        (n, Some(at)) => tr!(
            lang,
            "summary-doses",
            n = n,
            at = clock_time(at),
            ago = ago_from(lang, at, now)
        ),
    };
    let call = match s.call {
        Noted::Done(at) => tr!(
            lang,
            "summary-call-at",
            at = clock_time(at),
            ago = ago_from(lang, at, now)
        ),
        Noted::Skipped => tr!(lang, "summary-not-from-here"),
        Noted::NotNoted => tr!(lang, "summary-not-noted"),
    };
    vec![
        (tr!(lang, "summary-naloxone"), naloxone),
        (tr!(lang, "summary-cpr"), yes_no(s.cpr)),
        (tr!(lang, "summary-breaths"), yes_no(s.breaths)),
        (tr!(lang, "summary-called"), call),
    ]
}

/// The log, to show the emergency team: the summary first, then every step
/// with its time. `now` gives the summary its "minutes ago".
pub fn log_lines(log: &Log, now: Option<DateTime<FixedOffset>>, lang: Lang) -> Vec<Line> {
    let mut lines = vec![vec![Span::new(
        tr!(
            lang,
            "log-heading",
            date = crate::content::i18n::long_date(lang, log.started)
        ),
        theme::HEADING,
    )]];
    if log.events.is_empty() {
        lines.push(vec![Span::plain(format!("  {}", tr!(lang, "log-nothing")))]);
        return lines;
    }
    let rows = summary(log, now, lang);
    let column = rows
        .iter()
        .map(|(l, _)| unicode_width::UnicodeWidthStr::width(l.as_str()))
        .max()
        .unwrap_or(0)
        + 2;
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
