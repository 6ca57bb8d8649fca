//! Days and times as people write them (`saturday 6pm`, `5 December`), and
//! a day as people read it.

use crate::error::quoted;
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

const DATE_HELP: &str = "Write a date such as 2026-12-05 or 5 December 2026, or today, tomorrow, yesterday, a day name (saturday, the coming one) or last saturday.";

/// A date as people write it: `2026-12-05`, `5 December 2026`, `December 5,
/// 2026`, `5 Dec`, `today`, `tomorrow`, `yesterday`, `saturday` (the coming
/// one), `last saturday` (the one before today). Numbers alone such as
/// 05/12/2026 are refused: they mean different days in different countries.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = text.trim().to_lowercase().replace(',', " ");
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return Ok(today.succ_opt().unwrap_or(today)),
        "yesterday" => return Ok(today.pred_opt().unwrap_or(today)),
        _ => {}
    }
    if let Some(weekday) = t
        .strip_prefix("last ")
        .and_then(|d| d.parse::<Weekday>().ok())
    {
        let mut d = today.pred_opt().unwrap_or(today);
        while d.weekday() != weekday {
            d = d.pred_opt().unwrap_or(d);
        }
        return Ok(d);
    }
    let day_name = t.strip_prefix("next ").unwrap_or(&t);
    if let Ok(weekday) = day_name.parse::<Weekday>() {
        let mut d = today.succ_opt().unwrap_or(today);
        while d.weekday() != weekday {
            d = d.succ_opt().unwrap_or(d);
        }
        return Ok(d);
    }
    if t.contains('/') || (t.matches('.').count() >= 2) {
        return Err(format!(
            "{} could mean two different days. {DATE_HELP}",
            quoted(text)
        ));
    }
    if let Ok(d) = NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
        return Ok(d);
    }
    for format in [
        "%d %B %Y",
        "%d %b %Y",
        "%B %d %Y",
        "%b %d %Y",
        "%A %d %B %Y",
        "%a %d %b %Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(&t, format) {
            return Ok(d);
        }
    }
    // No year: the next such day from today.
    for format in ["%d %B", "%d %b", "%B %d", "%b %d"] {
        let with_year = format!("{t} {}", today.year());
        if let Ok(d) = NaiveDate::parse_from_str(&with_year, &format!("{format} %Y")) {
            return Ok(if d < today {
                d.with_year(today.year() + 1).unwrap_or(d)
            } else {
                d
            });
        }
    }
    if t.chars().all(|c| c.is_ascii_digit() || c == '-') && t.matches('-').count() == 2 {
        return Err(format!(
            "{} is not a date on the calendar. {DATE_HELP}",
            quoted(text)
        ));
    }
    Err(format!(
        "{} is not a date kinship can read. {DATE_HELP}",
        quoted(text)
    ))
}

/// A time of day: `18:30`, `6:30pm`, `6pm`, `6 pm`, `noon`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = text
        .trim()
        .to_lowercase()
        .replace(' ', "")
        .replace('.', ":");
    match t.as_str() {
        "noon" | "midday" => return NaiveTime::from_hms_opt(12, 0, 0),
        "midnight" => return NaiveTime::from_hms_opt(0, 0, 0),
        _ => {}
    }
    let (body, offset) = if let Some(b) = t.strip_suffix("am") {
        (b, Some(0))
    } else if let Some(b) = t.strip_suffix("pm") {
        (b, Some(12))
    } else {
        (t.as_str(), None)
    };
    let (h, m) = match body.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None if !body.is_empty() && body.len() <= 2 && offset.is_some() => {
            (body.parse::<u32>().ok()?, 0)
        }
        _ => return None,
    };
    let h = match offset {
        Some(add) if (1..=12).contains(&h) => h % 12 + add,
        Some(_) => return None,
        None => h,
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

/// A date and a time: the time is the last word or two (`saturday 6pm`,
/// `2026-12-05 18:30`, `5 December 2026 at 6:30 pm`).
pub fn parse_datetime(text: &str, today: NaiveDate) -> Result<(NaiveDate, NaiveTime), String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for take in [1, 2] {
        if words.len() <= take {
            continue;
        }
        let (date_words, time_words) = words.split_at(words.len() - take);
        let Some(time) = parse_time(&time_words.join(" ")) else {
            continue;
        };
        let mut date_text = date_words.join(" ");
        if let Some(d) = date_text.strip_suffix(" at") {
            date_text = d.to_string();
        }
        return parse_date(&date_text, today).map(|d| (d, time));
    }
    if parse_time(text).is_some() {
        return Err(format!(
            "{} has a time but no day. Add the day: saturday 18:30, or 2026-12-05 18:30.",
            quoted(text)
        ));
    }
    match parse_date(text, today) {
        Ok(_) => Err(format!(
            "{} needs a time too, such as 18:30 or 6:30pm: {} 18:30.",
            quoted(text),
            text.trim()
        )),
        Err(_) => Err(format!(
            "{} is not a day and time kinship can read. Write it like 2026-12-05 18:30 or saturday 6pm.",
            quoted(text)
        )),
    }
}

/// "Saturday 5 December 2026"
pub fn show_date(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use crate::content::form::Kind;
    use crate::progress::plan::fixtures::*;
    use crate::progress::plan::{Value, parse_answer, show_value};

    #[test]
    fn dates_read_as_people_write_them() {
        let f = field(Kind::Date);
        for (raw, want) in [
            ("2026-12-05", "2026-12-05"),
            ("5 December 2026", "2026-12-05"),
            ("December 5, 2026", "2026-12-05"),
            ("5 dec 2026", "2026-12-05"),
            ("5 December", "2026-12-05"),
            ("3 January", "2027-01-03"),
            ("today", "2026-11-22"),
            ("Tomorrow", "2026-11-23"),
            ("saturday", "2026-11-28"),
            ("sunday", "2026-11-29"),
            ("yesterday", "2026-11-21"),
            ("Last Monday", "2026-11-16"),
            ("last saturday", "2026-11-21"),
            ("last sunday", "2026-11-15"),
        ] {
            assert_eq!(value(&f, raw), Value::Text(want.into()), "{raw}");
        }
        // The past was meant: no warning that it has passed.
        for raw in ["yesterday", "last monday"] {
            assert_eq!(parse_answer(&f, raw, today()).unwrap().warning, None);
        }
        assert!(err(&f, "last blursday").contains("last saturday"));
        assert!(err(&f, "05/12/2026").contains("could mean two different days"));
        assert!(err(&f, "2026-02-30").contains("not a date on the calendar"));
        assert!(err(&f, "next blursday").contains("2026-12-05"));
        let past = parse_answer(&f, "2026-11-01", today()).unwrap();
        assert!(
            past.warning
                .unwrap()
                .contains("Sunday 1 November 2026 has passed")
        );
        assert_eq!(parse_answer(&f, "today", today()).unwrap().warning, None);
    }

    #[test]
    fn times_need_a_day_and_read_in_many_ways() {
        let f = field(Kind::Datetime);
        for (raw, want) in [
            ("2026-12-05 18:30", "2026-12-05 18:30"),
            ("5 December 2026 at 6:30 pm", "2026-12-05 18:30"),
            ("saturday 6pm", "2026-11-28 18:00"),
            ("tomorrow 9am", "2026-11-23 09:00"),
            ("tomorrow 12am", "2026-11-23 00:00"),
            ("tomorrow noon", "2026-11-23 12:00"),
            ("yesterday 6pm", "2026-11-21 18:00"),
            ("last friday at 9:30am", "2026-11-20 09:30"),
        ] {
            assert_eq!(value(&f, raw), Value::Text(want.into()), "{raw}");
        }
        assert!(err(&f, "18:30").contains("no day"));
        assert!(err(&f, "saturday").contains("needs a time too"));
        assert!(
            err(&f, "saturday 25:00").contains("needs a time too")
                || err(&f, "saturday 25:00").contains("not a day and time")
        );
        assert!(err(&f, "13pm tomorrow").contains("not a day and time"));
        assert_eq!(
            show_value(&f, &Value::Text("2026-12-05 18:30".into())),
            "Saturday 5 December 2026 at 18:30"
        );
    }
}
