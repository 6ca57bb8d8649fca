//! The naloxone kit: what is in it, where, and when each item expires; the
//! gentle line that says when something has expired or soon will.

use crate::content::i18n::t;
use crate::error::quoted;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The newest format of the kit file.
pub const SCHEMA: u32 = 1;
/// How many days ahead an expiry is mentioned.
pub const SOON_DAYS: i64 = 60;
/// The longest name or place.
pub const MAX_TEXT: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kit {
    pub schema: u32,
    #[serde(with = "super::timestamp")]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "super::timestamp")]
    pub updated: DateTime<FixedOffset>,
    /// The id the next item gets: ids are never reused.
    pub next_id: u32,
    #[serde(default)]
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: u32,
    pub name: String,
    pub expires: Expiry,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Doses (or packs) left.
    pub count: u32,
    #[serde(with = "super::timestamp")]
    pub added: DateTime<FixedOffset>,
    /// When a dose was used, one time per dose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub used: Vec<Used>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Used(#[serde(with = "super::timestamp")] pub DateTime<FixedOffset>);

/// An expiry as printed on the box: a month (good to its last day) or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiry {
    Month { year: i32, month: u32 },
    Day(NaiveDate),
}

impl Expiry {
    /// Reads `YYYY-MM`, `YYYY-MM-DD`, `MM/YYYY` or `YYYY/MM`. The error is a
    /// sentence.
    pub fn parse(text: &str) -> Result<Expiry, String> {
        let t = text.trim();
        let how = t!("kit-expiry-how");
        let not_a_date = || {
            t!(
                "kit-not-a-date",
                text = quoted(t).to_string(),
                how = how.as_str()
            )
        };
        let number = |s: &str| -> Result<u32, String> {
            if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) || s.len() > 4 {
                return Err(not_a_date());
            }
            s.parse().map_err(|_| not_a_date())
        };
        let parts: Vec<&str> = t.split(['-', '/']).collect();
        let (year, month, day) = match parts.as_slice() {
            // A month and a year, in the order the box has them: the year
            // is the part with four digits (2027-03, 03/2027, 2027/03).
            [y, m] if y.len() == 4 => (number(y)?, number(m)?, None),
            [m, y] if t.contains('/') || y.len() == 4 => (number(y)?, number(m)?, None),
            [y, m] => (number(y)?, number(m)?, None),
            [y, m, d] if !t.contains('/') => (number(y)?, number(m)?, Some(number(d)?)),
            _ => return Err(not_a_date()),
        };
        if !(2000..=2100).contains(&year) {
            return Err(t!(
                "kit-bad-year",
                text = quoted(t).to_string(),
                year = year.to_string(),
                how = how.as_str()
            ));
        }
        if !(1..=12).contains(&month) {
            return Err(t!(
                "kit-bad-month",
                text = quoted(t).to_string(),
                month = month,
                how = how.as_str()
            ));
        }
        let year = year as i32;
        match day {
            None => Ok(Expiry::Month { year, month }),
            Some(d) => NaiveDate::from_ymd_opt(year, month, d)
                .map(Expiry::Day)
                .ok_or_else(|| {
                    let name =
                        Expiry::Month { year, month }.words_in(crate::content::i18n::current());
                    t!("kit-bad-day", month = name, day = d, how = how.as_str())
                }),
        }
    }

    /// The last day the item is good: the day, or the month's last day.
    pub fn last_day(self) -> NaiveDate {
        match self {
            Expiry::Day(d) => d,
            Expiry::Month { year, month } => {
                let (y, m) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1)
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(NaiveDate::MAX)
            }
        }
    }

    /// How it reads in a sentence: "March 2027", "15 March 2027".
    pub fn words(self) -> String {
        self.words_in(crate::content::i18n::Lang::EN)
    }

    /// The same, in `lang`: "marzo de 2027".
    pub fn words_in(self, lang: crate::content::i18n::Lang) -> String {
        use chrono::Datelike;
        match self {
            Expiry::Day(d) => crate::content::i18n::date(lang, d),
            Expiry::Month { .. } => {
                let last = self.last_day();
                crate::content::i18n::tr!(
                    lang,
                    "month-year",
                    month = crate::content::i18n::tr!(lang, "month", n = last.month()),
                    year = last.year().to_string()
                )
            }
        }
    }
}

impl fmt::Display for Expiry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expiry::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Expiry::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

impl Serialize for Expiry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Expiry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Expiry::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Where an item stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Expired,
    /// Expires within [`SOON_DAYS`]: this many days left (0: today is the last day).
    Soon(i64),
    Good,
}

impl Item {
    pub fn status(&self, today: NaiveDate) -> Status {
        let left = (self.expires.last_day() - today).num_days();
        if left < 0 {
            Status::Expired
        } else if left <= SOON_DAYS {
            Status::Soon(left)
        } else {
            Status::Good
        }
    }

    /// "Narcan nasal spray" (kitchen drawer), for messages.
    pub fn described(&self) -> String {
        match &self.place {
            Some(p) => format!("{} ({})", quoted(&self.name), shown(p)),
            None => quoted(&self.name).to_string(),
        }
    }
}

impl Kit {
    pub fn new(now: DateTime<FixedOffset>) -> Kit {
        Kit {
            schema: SCHEMA,
            created: now,
            updated: now,
            next_id: 1,
            items: Vec::new(),
        }
    }

    /// Adds an item and returns its id.
    pub fn add(
        &mut self,
        name: String,
        expires: Expiry,
        place: Option<String>,
        count: u32,
        now: DateTime<FixedOffset>,
    ) -> u32 {
        let id = self
            .next_id
            .max(self.items.iter().map(|i| i.id + 1).max().unwrap_or(1));
        self.next_id = id + 1;
        self.items.push(Item {
            id,
            name,
            expires,
            place,
            count,
            added: now,
            used: Vec::new(),
        });
        self.updated = now;
        id
    }

    pub fn item_mut(&mut self, id: u32) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.id == id)
    }
}

/// The one reminder line for the kit, if anything has expired or expires
/// within 60 days; expired items come first. Items with no doses left are
/// not mentioned: `kit used` already said to replace them. The item's name
/// and place are shortened so the line fits `width` columns.
pub fn reminder(kit: &Kit, today: NaiveDate, width: usize) -> Option<String> {
    reminder_in(kit, today, width, crate::content::i18n::Lang::EN)
}

/// [`reminder`], in `lang`.
pub fn reminder_in(
    kit: &Kit,
    today: NaiveDate,
    width: usize,
    lang: crate::content::i18n::Lang,
) -> Option<String> {
    let stocked = || kit.items.iter().filter(|i| i.count > 0);
    let expired: Vec<&Item> = stocked()
        .filter(|i| i.status(today) == Status::Expired)
        .collect();
    // The name and place, else the name alone, else the name cut short.
    let fit = |item: &Item, template: &dyn Fn(&str) -> String| {
        let cols = |t: &str| unicode_width::UnicodeWidthStr::width(t);
        let room = width.saturating_sub(cols(&template("")));
        let name = quoted(&item.name).to_string();
        let place = item.place.as_ref().map(|p| format!("({})", shown(p)));
        let choices = [Some(item.described()), place, Some(name.clone())];
        match choices.into_iter().flatten().find(|d| cols(d) < room) {
            Some(d) => template(&d),
            None if room > 8 => template(&cut(&name, room - 1)),
            None => template("").replace("  ", " "),
        }
    };
    match expired.as_slice() {
        [one] => {
            let when = one.expires.words_in(lang);
            return Some(fit(one, &|d| {
                crate::content::i18n::tr!(lang, "kit-expired", item = d, when = when.as_str())
            }));
        }
        [_, ..] => {
            return Some(crate::content::i18n::tr!(
                lang,
                "kit-expired-many",
                n = expired.len()
            ));
        }
        [] => {}
    }
    let (item, days) = stocked()
        .filter_map(|i| match i.status(today) {
            Status::Soon(days) => Some((i, days)),
            _ => None,
        })
        .min_by_key(|(_, days)| *days)?;
    let when = crate::content::i18n::tr!(lang, "kit-in-days", n = days);
    Some(fit(item, &|d| {
        crate::content::i18n::tr!(lang, "kit-expires", item = d, when = when.as_str())
    }))
}

/// User text as it goes into a line: control characters left out, so a
/// hand-edited file can never drive the terminal.
fn shown(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Cuts text to `width` columns, ending with "…" when it was cut.
fn cut(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let text = shown(text);
    if unicode_width::UnicodeWidthStr::width(text.as_str()) <= width {
        return text;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Checks a name or a place: one line, some text, not too long.
pub fn check_text(what: &str, text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(t!("kit-text-empty", what = what));
    }
    if t.chars().count() > MAX_TEXT {
        return Err(t!(
            "kit-text-too-long",
            what = what,
            chars = t.chars().count(),
            max = MAX_TEXT
        ));
    }
    if t.contains(['\n', '\r']) {
        return Err(t!("kit-text-one-line", what = what));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap()
    }

    #[test]
    fn expiry_is_a_month_or_a_day_as_on_the_box() {
        assert_eq!(
            Expiry::parse("2027-03"),
            Ok(Expiry::Month {
                year: 2027,
                month: 3
            })
        );
        assert_eq!(Expiry::parse("03/2027"), Expiry::parse("2027-03"));
        assert_eq!(
            Expiry::parse(" 2027-03-15 "),
            Ok(Expiry::Day(day("2027-03-15")))
        );
        assert_eq!(
            Expiry::parse("2027-03").unwrap().last_day(),
            day("2027-03-31")
        );
        assert_eq!(
            Expiry::parse("2028-02").unwrap().last_day(),
            day("2028-02-29")
        );
        assert_eq!(
            Expiry::parse("2027-12").unwrap().last_day(),
            day("2027-12-31")
        );
        assert_eq!(Expiry::parse("2027-3").unwrap().to_string(), "2027-03");
        assert_eq!(Expiry::parse("2027-03").unwrap().words(), "March 2027");
    }

    #[test]
    fn a_bad_expiry_says_what_to_write() {
        let e = Expiry::parse("2027-13").unwrap_err();
        assert!(e.contains("\"2027-13\" has no month 13"), "{e}");
        assert!(e.contains("such as 2027-03"), "{e}");
        let e = Expiry::parse("yesterday").unwrap_err();
        assert!(e.starts_with("\"yesterday\" is not an expiry date"), "{e}");
        assert!(
            Expiry::parse("2027-02-30")
                .unwrap_err()
                .starts_with("February 2027 has no day 30")
        );
        assert!(Expiry::parse("1999-01").unwrap_err().contains("year 1999"));
        assert!(Expiry::parse("").is_err());
        assert!(Expiry::parse("2027-03-15-1").is_err());
        assert!(Expiry::parse("+2027-03").is_err());
    }

    #[test]
    fn a_month_and_year_are_read_in_either_order_the_year_having_four_digits() {
        let march = Expiry::Month {
            year: 2027,
            month: 3,
        };
        for text in [
            "2027-03", "2027/03", "03/2027", "3/2027", "03-2027", "2027-3",
        ] {
            assert_eq!(Expiry::parse(text), Ok(march), "{text}");
        }
        // Two short numbers say nothing of which is the year.
        assert!(Expiry::parse("03/27").unwrap_err().contains("year 27"));
    }

    #[test]
    fn the_reminder_speaks_of_expired_then_soon_and_is_quiet_otherwise() {
        let mut kit = Kit::new(now());
        let a = kit.add(
            "Narcan".into(),
            Expiry::parse("2027-03").unwrap(),
            Some("kitchen drawer".into()),
            2,
            now(),
        );
        assert_eq!(
            reminder(&kit, day("2026-12-01"), 100),
            None,
            "four months ahead: quiet"
        );
        assert_eq!(
            reminder(&kit, day("2027-02-01"), 100).unwrap(),
            "Naloxone \"Narcan\" (kitchen drawer) expires in 58 days. \
             Replace it: kinship kit list"
        );
        assert!(
            reminder(&kit, day("2027-03-31"), 100)
                .unwrap()
                .contains("expires today")
        );
        assert_eq!(
            reminder(&kit, day("2027-04-01"), 100).unwrap(),
            "Naloxone \"Narcan\" (kitchen drawer) expired in March 2027. \
             Replace it: kinship kit list"
        );
        kit.add(
            "Spare".into(),
            Expiry::parse("2027-01-10").unwrap(),
            None,
            1,
            now(),
        );
        assert!(
            reminder(&kit, day("2027-04-01"), 100)
                .unwrap()
                .starts_with("2 of your naloxone items have expired")
        );
        // Used up: nothing to nag about.
        kit.items.iter_mut().for_each(|i| i.count = 0);
        assert_eq!(reminder(&kit, day("2027-04-01"), 100), None);
        assert_eq!(a, 1);
    }

    #[test]
    fn a_long_name_is_shortened_so_the_line_fits() {
        let mut kit = Kit::new(now());
        let long = "A very long name for a naloxone nasal spray that someone typed in full";
        kit.add(
            long.into(),
            Expiry::parse("2027-01").unwrap(),
            Some("the top drawer in the hall".into()),
            1,
            now(),
        );
        for width in [80, 60] {
            let line = reminder(&kit, day("2026-12-20"), width).unwrap();
            assert!(
                unicode_width::UnicodeWidthStr::width(line.as_str()) <= width,
                "{width}: {line}"
            );
            assert!(line.ends_with("Replace it: kinship kit list"), "{line}");
            assert_eq!(line.contains('…'), width == 80, "{line}");
        }
    }

    #[test]
    fn typed_control_characters_never_reach_the_line() {
        let mut kit = Kit::new(now());
        kit.add(
            "red\u{1b}[31m".into(),
            Expiry::parse("2026-12").unwrap(),
            Some("hall\u{7}way".into()),
            1,
            now(),
        );
        let line = reminder(&kit, day("2026-12-20"), 100).unwrap();
        assert!(!line.chars().any(char::is_control), "{line:?}");
        assert!(line.contains("(hallway)"), "{line}");
    }

    #[test]
    fn ids_are_never_reused() {
        let mut kit = Kit::new(now());
        let e = Expiry::parse("2027-03").unwrap();
        assert_eq!(kit.add("a".into(), e, None, 1, now()), 1);
        assert_eq!(kit.add("b".into(), e, None, 1, now()), 2);
        kit.items.retain(|i| i.id != 2);
        assert_eq!(kit.add("c".into(), e, None, 1, now()), 3);
    }

    #[test]
    fn names_and_places_are_one_short_line() {
        assert_eq!(check_text("name", "  Narcan "), Ok("Narcan".into()));
        assert!(check_text("name", " ").is_err());
        assert!(check_text("place", "a\nb").is_err());
        assert!(
            check_text("place", &"x".repeat(201))
                .unwrap_err()
                .contains("200")
        );
    }
}
