//! The overdose action card, the walk-through's screen, and its log, as lines.

use super::card::StepDetail;
use super::doc::Inline;
use super::style::{Line, Span, Style, theme};
use super::wrap::{InlineStyle, wrap, wrap_text};
use crate::content::region::{self, Placeholders};
use crate::content::sos::{Pacer, Sos};
use crate::i18n::Lang;
use crate::progress::walk::{self, Action, Beat, DoseStatus, Log, Noted, Walk, WalkStep};
use crate::tr;
use chrono::{DateTime, FixedOffset, TimeDelta};

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
                ago = crate::i18n::duration(w.lang(), since)
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
        crate::i18n::duration(lang, now - last)
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
                ago = crate::i18n::duration(lang, now - last.at)
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
                ago = crate::i18n::duration(lang, since)
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
            date = crate::i18n::long_date(lang, log.started)
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
mod tests {
    use super::*;
    use crate::content::{region, sos};
    use crate::progress::walk::Action;
    use crate::render::style::line_text;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-11-22T{s}+00:00")).unwrap()
    }

    fn text(lines: &[Line]) -> String {
        lines.iter().map(|l| line_text(l) + "\n").collect()
    }

    #[test]
    fn the_card_fits_80_by_24_in_every_region_with_the_number_first() {
        let sos = sos::load().unwrap();
        // With the longest notice a region can bring: the longest country
        // name kinship does not know the numbers for.
        let notice = "No numbers checked for South Georgia and the South \
                      Sandwich Islands. Set a region: kinship config set region CODE";
        for entry in crate::content::embedded::REGIONS {
            let at = CardRegion {
                lang: Lang::EN,
                name: entry.the_name,
                code: entry.code,
                notice: Some(notice),
            };
            let lines = card(&sos, entry, &at, 80, &[], CARD_LINES);
            let shown = text(&lines);
            assert!(
                lines.len() <= 24,
                "{}: {} lines\n{shown}",
                entry.code,
                lines.len()
            );
            assert!(
                lines
                    .iter()
                    .all(|l| crate::render::style::line_width(l) <= 80),
                "{shown}"
            );
            let first = line_text(&lines[0]);
            assert!(
                first.contains(&format!("Call {}", entry.emergency)),
                "{}: {first}",
                entry.code
            );
            for n in 1..=8 {
                assert!(shown.contains(&format!("\n{n}. ")), "step {n}:\n{shown}");
            }
            assert!(!shown.contains("{{"), "{shown}");
        }
    }

    #[test]
    fn the_spanish_card_fits_80_by_24_in_every_region_with_the_number_first() {
        let es = Lang::find("es").unwrap();
        let sos = sos::load_in(es).unwrap().value;
        let notice = crate::tr!(
            es,
            "region-notice-unchecked",
            region = "las Islas Georgias del Sur y Sandwich del Sur"
        );
        for english in crate::content::embedded::REGIONS {
            let entry = english.in_lang(es);
            let at = CardRegion {
                lang: es,
                name: entry.the_name,
                code: entry.code,
                notice: Some(&notice),
            };
            let lines = card(&sos, entry, &at, 80, &[], CARD_LINES);
            let shown = text(&lines);
            assert!(
                lines.len() <= 24,
                "{}: {} lines\n{shown}",
                entry.code,
                lines.len()
            );
            assert!(
                lines
                    .iter()
                    .all(|l| crate::render::style::line_width(l) <= 80),
                "{shown}"
            );
            let first = line_text(&lines[0]);
            assert!(
                first.contains(&format!("Llame al {}", entry.emergency)),
                "{}: {first}",
                entry.code
            );
            for n in 1..=8 {
                assert!(shown.contains(&format!("\n{n}. ")), "step {n}:\n{shown}");
            }
            assert!(!shown.contains("{{"), "{shown}");
        }
    }

    #[test]
    fn the_screen_shows_the_step_the_countdown_and_the_log() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        let first = text(&screen(&w, "911", t("21:04:00"), 80, 24));
        assert!(first.starts_with("Call 911"), "{first}");
        assert!(
            first.contains("Call 911 now. Put the phone on speaker."),
            "{first}"
        );
        assert!(!first.contains("b back"), "{first}");
        w.press(Action::Done, t("21:04:30"));
        w.press(Action::Skip, t("21:04:45"));
        w.press(Action::Done, t("21:05:00"));
        let third = text(&screen(&w, "911", t("21:05:30"), 80, 24));
        assert!(third.contains("Step 4 of 8"), "{third}");
        assert!(third.contains("Another dose in 1:30"), "{third}");
        assert!(third.contains("21:04  called 911"), "{third}");
        assert!(third.contains("21:05  naloxone, first dose"), "{third}");
        assert!(third.contains("p breathing pacer"), "{third}");
        w.press(Action::Pacer, t("21:05:30"));
        let pacing = text(&screen(&w, "911", t("21:05:30"), 80, 24));
        assert!(pacing.contains("BREATHE NOW"), "{pacing}");
        let later = text(&screen(&w, "911", t("21:07:10"), 80, 24));
        assert!(
            later.contains("No better? Give another dose now."),
            "{later}"
        );
        assert!(screen(&w, "911", t("21:07:10"), 80, 24).len() <= 24);
    }

    #[test]
    fn staying_with_them_shows_the_time_since_the_last_dose() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        for (i, at) in [
            "21:04:10", "21:04:20", "21:05:00", "21:05:10", "21:06:00", "21:07:30",
        ]
        .iter()
        .enumerate()
        {
            let action = if i == 1 || i == 3 {
                Action::Skip
            } else {
                Action::Done
            };
            w.press(action, t(at));
        }
        assert_eq!(w.step().id, "stay-with-them");
        let shown = text(&screen(&w, "911", t("21:19:30"), 80, 24));
        assert!(
            shown.contains("The last dose of naloxone was at 21:07, 12 minutes ago."),
            "{shown}"
        );
        assert!(
            shown.contains("wear off in as little as 30 to 90 minutes"),
            "{shown}"
        );
    }

    #[test]
    fn the_screen_says_when_a_step_is_done_and_when_enter_asks_again() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        w.press(Action::Done, t("21:04:10"));
        w.press(Action::Back, t("21:04:20"));
        let back = text(&screen(&w, "911", t("21:04:20"), 80, 24));
        assert!(
            back.contains("Done at 21:04, in the log. Enter goes on"),
            "{back}"
        );
        w.press(Action::Done, t("21:04:30"));
        w.press(Action::Done, t("21:04:40"));
        w.press(Action::Done, t("21:05:00"));
        w.press(Action::Done, t("21:05:05"));
        w.press(Action::Done, t("21:05:10"));
        assert_eq!(w.step().id, "second-dose");
        w.press(Action::Done, t("21:05:20"));
        let asked = text(&screen(&w, "911", t("21:05:20"), 80, 24));
        assert!(
            asked.contains("The last dose was only 20 seconds ago, at 21:05."),
            "{asked}"
        );
        assert!(asked.contains("Enter again: log the dose"), "{asked}");
    }

    #[test]
    fn a_long_log_keeps_the_screen_within_its_height() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        w.press(Action::Done, t("21:04:10"));
        w.press(Action::Skip, t("21:04:20"));
        w.press(Action::Done, t("21:05:00"));
        // Within two minutes of a dose, n asks first: each dose is two presses.
        for _ in 0..60 {
            w.press(Action::AnotherDose, t("21:06:00"));
        }
        let lines = screen(&w, "911", t("21:06:30"), 80, 24);
        assert!(lines.len() <= 24, "{}", text(&lines));
        assert!(text(&lines).contains("naloxone, 31st dose"));
    }

    fn detail(step: &str, label: &str, value: &str) -> StepDetail {
        StepDetail {
            step: step.into(),
            label: label.into(),
            value: value.into(),
        }
    }

    /// The household's four details, each as long as the form allows.
    fn long_details() -> Vec<StepDetail> {
        let long = |what: &str| {
            format!("{what} {}", "and more words here ".repeat(9))
                .trim()
                .to_string()
        };
        vec![
            detail("call-emergency", "Address", &long("14 Mill Lane")),
            detail("give-naloxone", "Naloxone", &long("Kitchen drawer")),
            detail("tell-responders", "Medicines", &long("Buprenorphine")),
            detail("tell-responders", "Allergies", &long("Penicillin")),
        ]
    }

    fn short_details() -> Vec<StepDetail> {
        vec![
            detail(
                "call-emergency",
                "Address",
                "14 Mill Lane, second floor, blue door",
            ),
            detail("give-naloxone", "Naloxone", "Kitchen drawer by the sink"),
            detail("tell-responders", "Medicines", "Buprenorphine, once a day"),
            detail("tell-responders", "Allergies", "Penicillin"),
        ]
    }

    #[test]
    fn the_household_goes_under_its_steps_and_the_card_still_fits_every_region() {
        let sos = sos::load().unwrap();
        for entry in crate::content::embedded::REGIONS {
            // With the notice a default region brings, as the worst case.
            let at = CardRegion {
                lang: Lang::EN,
                name: entry.the_name,
                code: entry.code,
                notice: Some("US numbers. Not in the US? kinship config set region CODE"),
            };
            for (details, max) in [
                (short_details(), CARD_LINES),
                (long_details(), CARD_LINES),
                (short_details(), CARD_LINES - 1),
                (long_details(), 12),
            ] {
                let lines = card(&sos, entry, &at, 80, &details, max);
                let shown = text(&lines);
                let base = card(&sos, entry, &at, 80, &[], CARD_LINES).len();
                assert!(
                    lines.len() <= max.max(base),
                    "{} ({max}): {} lines\n{shown}",
                    entry.code,
                    lines.len()
                );
                assert!(
                    lines
                        .iter()
                        .all(|l| crate::render::style::line_width(l) <= 80)
                );
                for n in 1..=8 {
                    assert!(
                        shown.contains(&format!("\n{n}. ")),
                        "never the steps:\n{shown}"
                    );
                }
                assert!(line_text(&lines[0]).contains(entry.emergency), "{shown}");
            }
        }
        // With room, each detail is under its own step.
        let us = region::find("us").unwrap();
        let at = CardRegion {
            lang: Lang::EN,
            name: us.the_name,
            code: us.code,
            notice: None,
        };
        let shown = text(&card(&sos, us, &at, 80, &short_details()[..2], CARD_LINES));
        let address = shown
            .find("   Address: 14 Mill Lane, second floor, blue door")
            .unwrap();
        let naloxone = shown
            .find("   Naloxone: Kitchen drawer by the sink")
            .unwrap();
        assert!(shown.find("\n1. ").unwrap() < address && address < shown.find("\n2. ").unwrap());
        assert!(shown.find("\n3. ").unwrap() < naloxone && naloxone < shown.find("\n4. ").unwrap());
    }

    #[test]
    fn what_does_not_fit_goes_medicines_and_allergies_first_then_naloxone_then_address() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let at = CardRegion {
            lang: Lang::EN,
            name: us.the_name,
            code: us.code,
            notice: None,
        };
        let base = card(&sos, us, &at, 80, &[], CARD_LINES).len();
        let has = |lines: &[Line]| {
            let shown = text(lines);
            ["Address:", "Naloxone:", "Medicines:", "Allergies:"]
                .map(|l| shown.contains(&format!(" {l} ")))
        };
        let details = short_details();
        // A line each for the address and the naloxone; medicines and
        // allergies, both short, share one.
        let expected = [
            [false, false, false, false],
            [true, false, false, false],
            [true, true, false, false],
            [true, true, true, true],
        ];
        for (room, want) in expected.iter().enumerate() {
            let lines = card(&sos, us, &at, 80, &details, base + room);
            assert_eq!(&has(&lines), want, "room for {room}:\n{}", text(&lines));
        }
        let shown = text(&card(&sos, us, &at, 80, &details, base + 3));
        assert!(
            shown.contains("\n   Medicines: Buprenorphine, once a day. Allergies: Penicillin\n"),
            "{shown}"
        );
        // Medicines too long to share a line: allergies alone, when there is
        // room for it but not for both.
        let mut details = short_details();
        details[2].value = "Buprenorphine, once a day, and an inhaler for asthma, and \
            tablets for blood pressure"
            .into();
        let lines = card(&sos, us, &at, 80, &details, base + 3);
        assert_eq!(has(&lines), [true, true, false, true], "{}", text(&lines));
        // A long address takes the room it needs before anything else.
        let mut details = long_details();
        details[0].value = "14 Mill Lane, second floor, the blue door next to the bakery, \
            across from the park gates, ring twice"
            .into();
        let lines = card(&sos, us, &at, 80, &details, base + 2);
        assert_eq!(has(&lines), [true, false, false, false], "{}", text(&lines));
    }

    #[test]
    fn the_walk_shows_the_household_on_their_steps() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(
            walk_steps(&sos, us, &long_details()),
            Log::new(t("21:04:00"), "us"),
        );
        let mut seen = Vec::new();
        for i in 0..8 {
            let lines = screen(&w, "911", t("21:04:00"), 80, 24);
            assert!(lines.len() < 24, "step {i}: {}", text(&lines));
            assert!(text(&lines).starts_with("Call 911"));
            seen.push(text(&lines));
            w.press(Action::Skip, t("21:04:00"));
        }
        assert!(seen[0].contains("  Address: 14 Mill Lane"), "{}", seen[0]);
        assert!(
            seen[2].contains("  Naloxone: Kitchen drawer"),
            "{}",
            seen[2]
        );
        assert!(
            seen[7].contains("  Medicines: Buprenorphine"),
            "{}",
            seen[7]
        );
        assert!(seen[7].contains("  Allergies: Penicillin"), "{}", seen[7]);
        for (i, s) in seen.iter().enumerate() {
            if ![0, 2, 7].contains(&i) {
                assert!(!s.contains("Address:") && !s.contains("Medicines:"), "{s}");
            }
        }
        // A small terminal keeps the number, the step, the household and the keys.
        let mut w = Walk::new(
            walk_steps(&sos, us, &long_details()),
            Log::new(t("21:04:00"), "us"),
        );
        w.press(Action::Done, t("21:04:00"));
        w.press(Action::Done, t("21:04:00"));
        let small = screen(&w, "911", t("21:04:00"), 80, 12);
        let shown = text(&small);
        assert!(small.len() < 12, "{shown}");
        assert!(shown.starts_with("Call 911"), "{shown}");
        assert!(shown.contains("Give naloxone."), "{shown}");
        assert!(shown.contains("Naloxone: Kitchen drawer"), "{shown}");
        assert!(shown.contains("q quit"), "{shown}");
    }

    #[test]
    fn the_cpr_step_has_its_pacer_and_the_keys_say_so() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        assert!(!text(&screen(&w, "911", t("21:04:00"), 80, 24)).contains("pacer"));
        w.press(Action::Done, t("21:04:10"));
        assert_eq!(w.step().id, "cpr");
        let cpr = text(&screen(&w, "911", t("21:04:10"), 80, 24));
        assert!(cpr.contains("p CPR pacer"), "{cpr}");
        w.press(Action::Pacer, t("21:04:10"));
        let on = text(&screen(&w, "911", t("21:04:10"), 80, 24));
        assert!(
            on.contains("PUSH 1 of 30 (110 a minute, with the bell)"),
            "{on}"
        );
        assert!(on.contains("p pacer off"), "{on}");
        // Push 30: two breaths, for the trained.
        let thirty = t("21:04:10") + TimeDelta::milliseconds(29 * 60_000 / 110 + 1);
        let round = text(&screen(&w, "911", thirty, 80, 24));
        assert!(
            round.contains("PUSH 30 of 30. Trained? Give 2 breaths now."),
            "{round}"
        );
        // Every line fits 80 columns, the whole within 24 rows.
        let lines = screen(&w, "911", thirty, 80, 24);
        assert!(lines.len() < 24);
        assert!(
            lines
                .iter()
                .all(|l| crate::render::style::line_width(l) <= 80)
        );
        // Rescue breathing keeps its own pacer.
        w.press(Action::Done, t("21:05:00"));
        w.press(Action::Done, t("21:05:10"));
        assert_eq!(w.step().id, "rescue-breathing");
        assert_eq!(w.pacer(), None, "each step starts with its pacer off");
        w.press(Action::Pacer, t("21:05:10"));
        let breaths = text(&screen(&w, "911", t("21:05:12"), 80, 24));
        assert!(breaths.contains("Next breath in 3"), "{breaths}");
    }

    #[test]
    fn n_too_soon_asks_and_the_keys_say_how_to_answer() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        w.press(Action::Done, t("21:04:10"));
        w.press(Action::Done, t("21:04:20"));
        w.press(Action::Done, t("21:05:00"));
        w.press(Action::AnotherDose, t("21:05:15"));
        let asked = text(&screen(&w, "911", t("21:05:15"), 80, 24)).replace("?\nPress", "? Press");
        assert!(
            asked.contains("The last dose was only 15 seconds ago, at 21:05. Have you given another one? Press n again to log it, or s if not."),
            "{asked}"
        );
        assert!(
            asked.contains("n again: log the dose · s not given"),
            "{asked}"
        );
        assert_eq!(keys(&w, ", "), "n again: log the dose, s not given");
    }

    #[test]
    fn the_log_opens_with_a_summary_a_paramedic_reads_at_a_glance() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        w.press(Action::Done, t("21:04:10"));
        w.press(Action::Done, t("21:04:50"));
        w.press(Action::Done, t("21:05:00"));
        w.press(Action::Skip, t("21:05:20"));
        w.press(Action::AnotherDose, t("21:07:30"));
        let lines = log_lines(w.log(), Some(t("21:20:00")), Lang::EN);
        let shown = text(&lines);
        assert_eq!(
            shown.lines().take(6).collect::<Vec<_>>(),
            [
                "What happened, for the emergency team (Sunday 22 November 2026):",
                "  Naloxone        2 doses, the last at 21:07, 12 minutes ago",
                "  CPR             yes, at 21:04",
                "  Rescue breaths  no",
                "  Help called     at 21:04, 15 minutes ago",
                "",
            ],
            "{shown}"
        );
        assert!(shown.contains("  21:07  naloxone, second dose"), "{shown}");
        // Read a day later: the times alone.
        let later = text(&log_lines(
            w.log(),
            Some(t("21:04:00") + TimeDelta::days(1)),
            Lang::EN,
        ));
        assert!(later.contains("  Help called     at 21:04\n"), "{later}");
        // Nothing reached: said so, not "no".
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
        w.press(Action::Skip, t("21:04:10"));
        w.press(Action::Skip, t("21:04:20"));
        w.press(Action::Skip, t("21:04:30"));
        let rows = summary(w.log(), None, Lang::EN);
        let rows: Vec<(&str, &str)> = rows.iter().map(|(l, v)| (l.as_str(), v.as_str())).collect();
        assert_eq!(
            rows,
            [
                ("Naloxone", "none given"),
                ("CPR", "no"),
                ("Rescue breaths", "not noted"),
                ("Help called", "not from here"),
            ]
        );
        // In Spanish, from the catalogue.
        let es = Lang::find("es").unwrap();
        let rows = summary(w.log(), None, es);
        assert_eq!(rows[0], ("Naloxona".to_string(), "no se dio".to_string()));
        assert_eq!(
            rows[3],
            ("Llamada de ayuda".to_string(), "no desde aquí".to_string())
        );
    }

    #[test]
    fn the_walk_speaks_spanish_from_the_card_and_the_catalogue() {
        let es = Lang::find("es").unwrap();
        let sos = crate::content::sos::load_in(es).unwrap().value;
        let us = region::find("us").unwrap().in_lang(es);
        let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us")).in_lang(es);
        let first = text(&screen(&w, "911", t("21:04:00"), 80, 24));
        assert!(
            first.starts_with("Llame al 911   Paso 1 de 8   Ahora 21:04"),
            "{first}"
        );
        assert!(
            first.contains("Llame al 911 ahora. Ponga el teléfono en altavoz."),
            "{first}"
        );
        assert!(
            first.contains("Enter hecho · s saltar · q salir"),
            "{first}"
        );
        w.press(Action::Done, t("21:04:30"));
        w.press(Action::Skip, t("21:04:45"));
        w.press(Action::Done, t("21:05:00"));
        let third = text(&screen(&w, "911", t("21:05:30"), 80, 24));
        assert!(
            third.contains("Otra dosis en 1:30 si no mejora."),
            "{third}"
        );
        assert!(third.contains("21:04  llamó al 911"), "{third}");
        assert!(third.contains("21:05  naloxona, primera dosis"), "{third}");
        assert!(third.contains("Hecho hasta ahora"), "{third}");
        let log = text(&log_lines(w.log(), Some(t("21:10:00")), es));
        assert!(
            log.starts_with(
                "Lo que pasó, para el equipo de emergencia (domingo 22 de noviembre de 2026):"
            ),
            "{log}"
        );
        assert!(
            log.contains("1 dosis, la última a las 21:05, hace 5 minutos"),
            "{log}"
        );
        assert!(log.contains("RCP"), "{log}");
    }
}
