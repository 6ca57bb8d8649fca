//! Weekly check-ins: the saved ratings, reading a rating, and what the
//! history says (a small chart per area, what changed most, the lowest area).

use crate::content::checkin::{Area, Checkin};
use crate::content::i18n::{self, t, tr};
use crate::error::quoted;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The newest format of the check-ins file.
pub const SCHEMA: u32 = 1;
/// The longest note for one area, and the longest sentence for the week.
pub const MAX_NOTE: usize = 500;
/// How many check-ins the chart shows unless asked.
pub const DEFAULT_LAST: usize = 8;

/// Every check-in, in the order they were made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckinLog {
    pub schema: u32,
    #[serde(with = "super::timestamp")]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "super::timestamp")]
    pub updated: DateTime<FixedOffset>,
    #[serde(default)]
    pub checkins: Vec<Entry>,
}

/// One check-in: a rating for some or all areas, notes, a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(with = "super::timestamp")]
    pub at: DateTime<FixedOffset>,
    /// Area id to 0..=10; a file saying more is refused, as typed input is.
    #[serde(deserialize_with = "ratings_in_range")]
    pub ratings: BTreeMap<String, u8>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

impl CheckinLog {
    pub fn new(now: DateTime<FixedOffset>) -> CheckinLog {
        CheckinLog {
            schema: SCHEMA,
            created: now,
            updated: now,
            checkins: Vec::new(),
        }
    }

    /// Adds a check-in. Two on the same day, or one dated before the last
    /// (the clock moved back), are both kept.
    pub fn add(&mut self, entry: Entry) {
        self.updated = entry.at;
        self.checkins.push(entry);
    }

    /// The check-ins oldest first (by time; equal times keep their order).
    pub fn in_order(&self) -> Vec<&Entry> {
        let mut all: Vec<&Entry> = self.checkins.iter().collect();
        all.sort_by_key(|e| e.at);
        all
    }

    /// When the user last checked in: the latest time saved.
    pub fn last(&self) -> Option<DateTime<FixedOffset>> {
        self.checkins.iter().map(|e| e.at).max()
    }
}

/// The ratings of a saved check-in, held to the same 0 to 10 as typed ones,
/// so that a hand-edited file never draws a chart off its scale.
fn ratings_in_range<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, u8>, D::Error> {
    let ratings = BTreeMap::<String, u8>::deserialize(d)?;
    for (area, rating) in &ratings {
        if *rating > 10 {
            return Err(serde::de::Error::custom(t!(
                "checkin-saved-rating-too-high",
                area = area.as_str(),
                rating = *rating
            )));
        }
    }
    Ok(ratings)
}

/// Reads a rating: a whole number from 0 to 10. The error is a sentence.
pub fn parse_rating(text: &str) -> Result<u8, String> {
    let t = text.trim();
    let t = t.strip_suffix("/10").unwrap_or(t).trim();
    match t.parse::<i64>() {
        Ok(n @ 0..=10) => Ok(n as u8),
        Ok(n) if n > 10 => Err(t!("checkin-rating-too-high", n = n)),
        Ok(n) => Err(t!("checkin-rating-too-low", n = n)),
        Err(_) if t.is_empty() => Err(t!("checkin-rating-how")),
        Err(_) => Err(t!(
            "checkin-rating-not-a-number",
            text = quoted(text.trim()).to_string()
        )),
    }
}

/// Reads `AREA=N` for `checkin add`, checking the area and the rating.
pub fn parse_assignment(checkin: &Checkin, text: &str) -> Result<(String, u8), String> {
    let Some((area, value)) = text.split_once('=') else {
        return Err(t!(
            "checkin-not-an-assignment",
            text = quoted(text).to_string()
        ));
    };
    let area = area.trim().to_lowercase();
    if checkin.area(&area).is_none() {
        let close = checkin
            .closest(&area)
            .map(|c| format!(" {}", t!("checkin-did-you-mean", area = c)))
            .unwrap_or_default();
        return Err(t!(
            "checkin-no-such-area",
            area = quoted(&area).to_string(),
            close = close,
            areas = checkin.ids().join(", ")
        ));
    }
    let rating = parse_rating(value).map_err(|e| format!("{area}: {e}"))?;
    Ok((area, rating))
}

/// Checks a note or the week's sentence: one line, not too long.
pub fn check_note(text: &str) -> Result<Option<String>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let chars = text.chars().count();
    if chars > MAX_NOTE {
        return Err(t!("checkin-note-too-long", chars = chars, max = MAX_NOTE));
    }
    Ok(Some(text.to_string()))
}

/// One area across the check-ins the chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Series<'a> {
    pub area: &'a Area,
    /// One value per check-in shown; `None` where the area was skipped.
    pub values: Vec<Option<u8>>,
}

/// What the history says, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct History<'a> {
    /// The days of the check-ins shown, oldest first.
    pub days: Vec<NaiveDate>,
    pub series: Vec<Series<'a>>,
}

/// The last `last` check-ins, area by area, in the content's order.
pub fn history<'a>(checkin: &'a Checkin, log: &CheckinLog, last: usize) -> History<'a> {
    let all = log.in_order();
    let shown = &all[all.len().saturating_sub(last.max(1))..];
    History {
        days: shown.iter().map(|e| e.at.date_naive()).collect(),
        series: checkin
            .areas
            .iter()
            .map(|area| Series {
                area,
                values: shown
                    .iter()
                    .map(|e| e.ratings.get(&area.id).copied())
                    .collect(),
            })
            .collect(),
    }
}

/// The bar for a rating, from ▁ (0) to █ (10).
fn bar(value: u8) -> char {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    BARS[(usize::from(value.min(10)) * 7 + 5) / 10]
}

/// One area's chart on one line: each check-in as a bar and its number
/// ("▃3 ▄4 ▆6"), readable without colour; `plain` gives the numbers alone
/// ("3, 4, 6"). A skipped week is "·" (plain: "none").
pub fn chart_line(values: &[Option<u8>], plain: bool) -> String {
    if plain {
        return values
            .iter()
            .map(|v| v.map_or_else(|| t!("checkin-none"), |v| v.to_string()))
            .collect::<Vec<_>>()
            .join(", ");
    }
    values
        .iter()
        .map(|v| match v {
            Some(v) => format!("{}{v:<2}", bar(*v)),
            None => " · ".to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end()
        .to_string()
}

/// The area that changed most between its first and last rating shown:
/// (area, first, last, day of the first). `None` with fewer than two.
pub fn changed_most<'a>(h: &History<'a>) -> Option<(&'a Area, u8, u8, NaiveDate)> {
    let mut best: Option<(&Area, u8, u8, NaiveDate)> = None;
    for s in &h.series {
        let rated: Vec<(usize, u8)> = s
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (i, v)))
            .collect();
        let (Some(&(i, first)), Some(&(j, last))) = (rated.first(), rated.last()) else {
            continue;
        };
        if i == j || first == last {
            continue;
        }
        let change = first.abs_diff(last);
        if best.is_none_or(|(_, f, l, _)| change > f.abs_diff(l)) {
            best = Some((s.area, first, last, h.days[i]));
        }
    }
    best
}

/// The sentence for [`changed_most`]: "Sleep and health: 3 → 6 since
/// 11 October." (`plain`: "went from 3 to 6").
pub fn changed_sentence(h: &History, plain: bool) -> String {
    match changed_most(h) {
        Some((area, first, last, since)) => {
            let id = if plain {
                "checkin-changed-plain"
            } else {
                "checkin-changed"
            };
            t!(
                id,
                area = area.label.as_str(),
                first = first,
                last = last,
                since = day_month(since)
            )
        }
        None if h.days.len() < 2 => t!("checkin-changed-too-few"),
        None => t!("checkin-changed-none", since = day_month(h.days[0])),
    }
}

/// "11 October", "11 de octubre": a day of this year's check-ins.
pub fn day_month(d: NaiveDate) -> String {
    use chrono::Datelike;
    let lang = i18n::current();
    tr!(
        lang,
        "checkin-day-month",
        day = d.day(),
        month = tr!(lang, "month", n = d.month())
    )
}

/// "11 Oct", "11 oct": a day under a chart's mark.
pub fn day_month_short(d: NaiveDate) -> String {
    use chrono::Datelike;
    let lang = i18n::current();
    tr!(
        lang,
        "checkin-day-month-short",
        day = d.day(),
        month = tr!(lang, "month-short", n = d.month())
    )
}

/// The lowest area of the latest check-in (the first in the content's
/// order when several share it), with its rating.
pub fn lowest<'a>(checkin: &'a Checkin, log: &CheckinLog) -> Option<(&'a Area, u8)> {
    let latest = log.in_order().pop()?;
    checkin
        .areas
        .iter()
        .filter_map(|a| latest.ratings.get(&a.id).map(|r| (a, *r)))
        .min_by_key(|(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::checkin;

    fn at(day: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("{day}T20:00:00+00:00")).unwrap()
    }

    fn entry(day: &str, ratings: &[(&str, u8)]) -> Entry {
        Entry {
            at: at(day),
            ratings: ratings.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            notes: BTreeMap::new(),
            sentence: None,
        }
    }

    #[test]
    fn ratings_are_whole_numbers_from_0_to_10() {
        assert_eq!(parse_rating("0"), Ok(0));
        assert_eq!(parse_rating(" 10 "), Ok(10));
        assert_eq!(parse_rating("7/10"), Ok(7));
        assert!(
            parse_rating("11")
                .unwrap_err()
                .contains("11 is more than 10")
        );
        assert!(
            parse_rating("-1")
                .unwrap_err()
                .contains("-1 is less than 0")
        );
        assert!(
            parse_rating("7.5")
                .unwrap_err()
                .contains("\"7.5\" is not a whole number")
        );
        assert!(
            parse_rating("seven")
                .unwrap_err()
                .contains("not a whole number")
        );
        assert!(parse_rating("").unwrap_err().starts_with("Give a number"));
    }

    #[test]
    fn assignments_name_a_real_area_and_suggest_the_closest() {
        let c = checkin::load().unwrap();
        assert_eq!(parse_assignment(&c, "health=6"), Ok(("health".into(), 6)));
        assert_eq!(parse_assignment(&c, "Money = 3"), Ok(("money".into(), 3)));
        let e = parse_assignment(&c, "helth=6").unwrap_err();
        assert!(
            e.contains("no area called \"helth\". Did you mean health?"),
            "{e}"
        );
        assert!(e.contains("wellbeing, health"), "{e}");
        let e = parse_assignment(&c, "health=12").unwrap_err();
        assert!(e.starts_with("health: 12 is more than 10"), "{e}");
        assert!(
            parse_assignment(&c, "health")
                .unwrap_err()
                .contains("AREA=N")
        );
    }

    #[test]
    fn the_chart_has_a_bar_and_a_number_for_each_week() {
        let values = [Some(3), Some(4), None, Some(10), Some(0)];
        assert_eq!(chart_line(&values, false), "▃3  ▄4   ·  █10 ▁0");
        assert_eq!(chart_line(&values, true), "3, 4, none, 10, 0");
        assert_eq!(bar(0), '▁');
        assert_eq!(bar(5), '▅');
        assert_eq!(bar(10), '█');
    }

    #[test]
    fn what_changed_most_is_the_biggest_move_between_first_and_last() {
        let c = checkin::load().unwrap();
        let mut log = CheckinLog::new(at("2026-10-04"));
        log.add(entry(
            "2026-10-04",
            &[("health", 3), ("money", 5), ("family", 6)],
        ));
        log.add(entry(
            "2026-10-11",
            &[("health", 4), ("money", 5), ("family", 2)],
        ));
        log.add(entry(
            "2026-10-18",
            &[("health", 6), ("money", 4), ("family", 4)],
        ));
        let h = history(&c, &log, 8);
        let (area, first, last, since) = changed_most(&h).unwrap();
        assert_eq!((area.id.as_str(), first, last), ("health", 3, 6));
        assert_eq!(since, NaiveDate::from_ymd_opt(2026, 10, 4).unwrap());
        assert_eq!(
            changed_sentence(&h, false),
            "Sleep and health: 3 → 6 since 4 October."
        );
        assert_eq!(
            changed_sentence(&h, true),
            "Sleep and health went from 3 to 6 since 4 October."
        );
        assert_eq!(
            lowest(&c, &log).map(|(a, r)| (a.id.as_str(), r)),
            Some(("family", 4)),
            "a tie goes to the first area"
        );
        // A shorter window starts later.
        let h = history(&c, &log, 2);
        assert_eq!(h.days.len(), 2);
        assert_eq!(
            changed_sentence(&h, false),
            "Sleep and health: 4 → 6 since 11 October."
        );
    }

    #[test]
    fn one_checkin_or_no_change_says_so() {
        let c = checkin::load().unwrap();
        let mut log = CheckinLog::new(at("2026-10-04"));
        log.add(entry("2026-10-04", &[("health", 3)]));
        assert_eq!(
            changed_sentence(&history(&c, &log, 8), false),
            "Check in again next week to see what changes."
        );
        log.add(entry("2026-10-11", &[("health", 3)]));
        assert_eq!(
            changed_sentence(&history(&c, &log, 8), false),
            "No area has changed since 4 October."
        );
    }

    #[test]
    fn a_clock_moved_back_keeps_both_checkins() {
        let mut log = CheckinLog::new(at("2026-10-11"));
        log.add(entry("2026-10-11", &[("health", 5)]));
        log.add(entry("2026-10-04", &[("health", 2)]));
        assert_eq!(log.checkins.len(), 2);
        assert_eq!(log.in_order()[0].ratings["health"], 2);
        assert_eq!(log.last(), Some(at("2026-10-11")));
    }
}
