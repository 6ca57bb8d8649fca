//! The overdose action card, the walk-through's screen, and its log, as lines.

use super::style::{Line, Span, Style, theme};
use super::wrap::wrap_text;
use crate::content::region::{self, Placeholders};
use crate::content::sos::Sos;
use crate::progress::walk::{self, DoseStatus, Log, Walk, WalkStep};
use chrono::{DateTime, FixedOffset};

/// The walk's steps, with every text filled for the region.
pub fn walk_steps(sos: &Sos, region: &impl Placeholders) -> Vec<WalkStep> {
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

/// The card: the emergency line, the signs, the numbered steps, and where to
/// go next. Fits 24 lines at 80 columns.
pub fn card(sos: &Sos, region: &impl Placeholders, at: &CardRegion, width: usize) -> Vec<Line> {
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

/// The keys the walk understands at this point.
fn keys_line(w: &Walk) -> String {
    let mut keys = if w.confirming_dose().is_some() {
        vec!["Enter again: log the dose", "s not given"]
    } else {
        vec!["Enter done", "s skip"]
    };
    if w.position() > 0 {
        keys.push("b back");
    }
    if w.step().id == "rescue-breathing" {
        keys.push(if w.pacer_on() {
            "p pacer off"
        } else {
            "p breathing pacer"
        });
    }
    if w.log().doses() > 0 {
        keys.push("n another dose given");
    }
    keys.push("q quit");
    keys.join(" · ")
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

/// The question Enter asks on a dose step before the countdown has run out.
pub fn confirm_line(w: &Walk, now: DateTime<FixedOffset>) -> Option<String> {
    let last = w.confirming_dose()?;
    let since = (now - last).num_seconds().max(0);
    let since = if since < 60 {
        format!("{since} seconds")
    } else {
        walk::ago(now - last)
    };
    Some(format!(
        "The last dose was only {since} ago, at {}. Have you given another one? \
         Press Enter again to log it, or s if not.",
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

/// What the pacer says now, when it is on.
pub fn pacer_line(w: &Walk, now: DateTime<FixedOffset>) -> Option<String> {
    match w.pacer_count(now)? {
        0 => Some(format!(
            "BREATHE NOW  (breath {})",
            w.breaths(now).unwrap_or(1)
        )),
        n => Some(format!("Next breath in {n}")),
    }
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
    for d in &step.detail {
        top.extend(wrap_text(
            d,
            Style::PLAIN,
            width,
            &vec![Span::plain("  ")],
            &vec![Span::plain("  ")],
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
    if let Some(text) = pacer_line(w, now) {
        top.push(vec![]);
        let style = if text.starts_with("BREATHE") {
            theme::URGENT
        } else {
            theme::STRONG
        };
        top.push(vec![Span::new(text, style)]);
    }
    let bottom = wrap_text(&keys_line(w), theme::DIM, width, &vec![], &vec![]);
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

/// The log, to show the emergency team.
pub fn log_lines(log: &Log) -> Vec<Line> {
    let mut lines = vec![vec![Span::new(
        format!(
            "What happened, for the emergency team ({}):",
            log.started.format("%A %-d %B %Y")
        ),
        theme::HEADING,
    )]];
    if log.events.is_empty() {
        lines.push(vec![Span::plain("  Nothing was marked done.")]);
    }
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
        let notice = "kinship has no numbers for South Georgia and the South \
                      Sandwich Islands. Set a region: kinship config set region CODE";
        for entry in crate::content::embedded::REGIONS {
            let at = CardRegion {
                name: entry.the_name,
                code: entry.code,
                notice: Some(notice),
            };
            let lines = card(&sos, entry, &at, 80);
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
    fn the_screen_shows_the_step_the_countdown_and_the_log() {
        let sos = sos::load().unwrap();
        let us = region::find("us").unwrap();
        let mut w = Walk::new(walk_steps(&sos, us), Log::new(t("21:04:00"), "us"));
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
        let mut w = Walk::new(walk_steps(&sos, us), Log::new(t("21:04:00"), "us"));
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
        let mut w = Walk::new(walk_steps(&sos, us), Log::new(t("21:04:00"), "us"));
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
        let mut w = Walk::new(walk_steps(&sos, us), Log::new(t("21:04:00"), "us"));
        w.press(Action::Done, t("21:04:10"));
        w.press(Action::Skip, t("21:04:20"));
        w.press(Action::Done, t("21:05:00"));
        for _ in 0..30 {
            w.press(Action::AnotherDose, t("21:06:00"));
        }
        let lines = screen(&w, "911", t("21:06:30"), 80, 24);
        assert!(lines.len() <= 24, "{}", text(&lines));
        assert!(text(&lines).contains("naloxone, 31st dose"));
    }
}
