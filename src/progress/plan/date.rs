//! Days and times as people write them (`saturday 6pm`, `5 December`), and
//! a day as people read it.

use crate::content::i18n::{self, t};
use crate::error::quoted;
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

/// How to write a date, with examples a week from `today`: never a day
/// that has passed.
fn date_help(today: NaiveDate) -> String {
    let ahead = today + chrono::Days::new(7);
    t!(
        "plan-date-help",
        iso = ahead.format("%Y-%m-%d").to_string(),
        date = i18n::date(i18n::current(), ahead),
        weekday = weekday_name(ahead)
    )
}

/// "thursday", "jueves": in the language spoken, as it is typed.
fn weekday_name(d: NaiveDate) -> String {
    t!("weekday", n = d.weekday().number_from_monday()).to_lowercase()
}

/// Spanish days, months and words for them, read as their English
/// equivalents, so a Spanish form's answers (`el próximo sábado`, `5 de
/// diciembre a las 7 de la tarde`, `mañana 18:30`) parse as the English ones
/// do. Accents are optional. English text passes through unchanged.
pub(super) fn as_english(text: &str) -> String {
    let folded: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            c => c,
        })
        .collect();
    // Phrases first, then single words.
    let mut t = format!(
        " {} ",
        folded.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    // Spanish words a date may be typed in, and the English they stand for.
    for (es, en) in [
        (" de la manana ", "am "), // read, not shown
        (" de la tarde ", "pm "),  // read, not shown
        (" de la noche ", "pm "),  // read, not shown
        (" pasado manana ", " in-two-days "),
        (" el proximo ", " next "),
        (" la proxima ", " next "),
        (" proximo ", " next "),
        (" proxima ", " next "),
        (" este ", " next "),
        (" esta ", " next "),
        (" el pasado ", " last "),
        (" a las ", " at "),
        (" a mediodia ", " at mediodia "),
        (" a medianoche ", " at medianoche "),
        (" a la ", " at "),
    ] {
        t = t.replace(es, en);
    }
    let words: Vec<String> = t
        .split_whitespace()
        .filter(|w| !matches!(*w, "el" | "de" | "del"))
        .map(|w| {
            match w {
                "hoy" => "today",
                "manana" => "tomorrow",
                "ayer" => "yesterday",
                "lunes" => "monday",
                "martes" => "tuesday",
                "miercoles" => "wednesday",
                "jueves" => "thursday",
                "viernes" => "friday",
                "sabado" => "saturday",
                "domingo" => "sunday",
                "enero" => "january",
                "febrero" => "february",
                "marzo" => "march",
                "abril" => "april",
                "mayo" => "may",
                "junio" => "june",
                "julio" => "july",
                "agosto" => "august",
                "septiembre" | "setiembre" => "september",
                "octubre" => "october",
                "noviembre" => "november",
                "diciembre" => "december",
                "mediodia" => "noon",
                "medianoche" => "midnight",
                w => w,
            }
            .to_string()
        })
        .collect();
    // "sabado pasado": the one before today.
    let mut out: Vec<String> = Vec::new();
    for w in words {
        if w == "pasado" && out.last().is_some_and(|d| d.parse::<Weekday>().is_ok()) {
            let day = out.pop().unwrap_or_default();
            out.push("last".into());
            out.push(day);
        } else {
            out.push(w);
        }
    }
    // "7 pm" written "7pm" after "de la tarde" became " pm".
    out.join(" ").replace(" am", "am").replace(" pm", "pm")
}

/// A date as people write it: `2026-12-05`, `5 December 2026`, `December 5,
/// 2026`, `5 Dec`, `today`, `tomorrow`, `yesterday`, `saturday` (the coming
/// one), `last saturday` (the one before today). Numbers alone such as
/// 05/12/2026 are refused: they mean different days in different countries.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = as_english(text).replace(',', " ");
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return Ok(today.succ_opt().unwrap_or(today)),
        "yesterday" => return Ok(today.pred_opt().unwrap_or(today)),
        "in-two-days" => return Ok(today + chrono::Days::new(2)),
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
        return Err(t!(
            "plan-date-ambiguous",
            typed = quoted(text).to_string(),
            help = date_help(today)
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
        return Err(t!(
            "plan-date-not-on-calendar",
            typed = quoted(text).to_string(),
            help = date_help(today)
        ));
    }
    Err(t!(
        "plan-date-unreadable",
        typed = quoted(text).to_string(),
        help = date_help(today)
    ))
}

/// A time of day: `18:30`, `6:30pm`, `6pm`, `6 pm`, `noon`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = as_english(text).replace(' ', "").replace('.', ":");
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
    let english = as_english(text);
    let words: Vec<&str> = english.split_whitespace().collect();
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
    let ahead = today + chrono::Days::new(7);
    let (day, iso) = (weekday_name(ahead), ahead.format("%Y-%m-%d").to_string());
    let typed = quoted(text).to_string();
    if parse_time(text).is_some() {
        return Err(t!(
            "plan-datetime-no-day",
            typed = typed,
            day = day,
            iso = iso
        ));
    }
    match parse_date(text, today) {
        Ok(_) => Err(t!(
            "plan-datetime-no-time",
            typed = typed,
            text = text.trim()
        )),
        Err(_) => Err(t!(
            "plan-datetime-unreadable",
            typed = typed,
            day = day,
            iso = iso
        )),
    }
}

/// A date with an optional time (`thursday`, `thursday 7pm`): what every
/// date question takes.
pub fn parse_date_maybe_time(
    text: &str,
    today: NaiveDate,
) -> Result<(NaiveDate, Option<NaiveTime>), String> {
    match parse_datetime(text, today) {
        Ok((d, t)) => Ok((d, Some(t))),
        Err(_) => parse_date(text, today).map(|d| (d, None)),
    }
}

/// The regions whose people write the time of day on a 12-hour clock
/// ("7:00 pm"); everywhere else reads 19:00. By country code.
const TWELVE_HOUR: &[&str] = &[
    "us", "ca", "au", "nz", "ph", "in", "pk", "bd", "my", "eg", "sa", "co",
];

/// Whether times are shown on a 12-hour clock in the region `code`.
pub fn twelve_hour(code: &str) -> bool {
    TWELVE_HOUR.contains(&code.to_ascii_lowercase().as_str())
}

/// "7:00 pm", or "19:00".
pub fn show_time(t: NaiveTime, twelve: bool) -> String {
    if twelve {
        // "7:00 pm", "7:00 p. m.": the half of the day is the catalogue's word.
        i18n::t!(
            "plan-time-12h",
            time = t.format("%-I:%M").to_string(),
            half = t.format("%P").to_string()
        )
    } else {
        t.format("%H:%M").to_string()
    }
}

/// A day and perhaps a time as the form says back what it understood:
/// "Thursday 10 December, 7:00 pm"; the year only when it is not this one.
pub fn show_when(d: NaiveDate, t: Option<NaiveTime>, today: NaiveDate, twelve: bool) -> String {
    let lang = i18n::current();
    let mut out = if d.year() == today.year() {
        i18n::tr!(
            lang,
            "plan-day",
            weekday = i18n::tr!(lang, "weekday", n = d.weekday().number_from_monday()),
            day = d.day(),
            month = i18n::tr!(lang, "month", n = d.month())
        )
    } else {
        i18n::long_date(lang, d)
    };
    if let Some(t) = t {
        out.push_str(", ");
        out.push_str(&show_time(t, twelve));
    }
    out
}

/// "Saturday 5 December 2026", "sábado 5 de diciembre de 2026".
pub fn show_date(d: NaiveDate) -> String {
    i18n::long_date(i18n::current(), d)
}

#[cfg(test)]
mod tests {
    use super::{parse_date, parse_datetime};
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
        // The examples are a week from today: never a day that has passed.
        assert!(err(&f, "last blursday").contains("last sunday"));
        assert!(err(&f, "blursday").contains("such as 2026-11-29 or 29 November 2026"));
        assert!(err(&f, "05/12/2026").contains("could mean two different days"));
        assert!(err(&f, "2026-02-30").contains("not a date on the calendar"));
        assert!(err(&f, "next blursday").contains("2026-11-29"));
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

    #[test]
    fn spanish_days_months_and_times_read_as_the_english_ones() {
        let d = |s: &str| parse_date(s, today()).map(|d| d.to_string());
        // 22 November 2026 is a Sunday.
        assert_eq!(d("hoy").as_deref(), Ok("2026-11-22"));
        assert_eq!(d("mañana").as_deref(), Ok("2026-11-23"));
        assert_eq!(d("pasado mañana").as_deref(), Ok("2026-11-24"));
        assert_eq!(d("el próximo sábado").as_deref(), Ok("2026-11-28"));
        assert_eq!(d("proximo sabado").as_deref(), Ok("2026-11-28"));
        assert_eq!(d("el jueves").as_deref(), Ok("2026-11-26"));
        assert_eq!(d("el sábado pasado").as_deref(), Ok("2026-11-21"));
        assert_eq!(d("5 de diciembre de 2026").as_deref(), Ok("2026-12-05"));
        assert_eq!(d("5 de diciembre").as_deref(), Ok("2026-12-05"));
        let dt = |s: &str| parse_datetime(s, today()).map(|(d, t)| format!("{d} {t}"));
        assert_eq!(dt("sábado 10:00").as_deref(), Ok("2026-11-28 10:00:00"));
        assert_eq!(
            dt("el próximo jueves a las 7 de la tarde").as_deref(),
            Ok("2026-11-26 19:00:00")
        );
        assert_eq!(
            dt("mañana a las 9 de la mañana").as_deref(),
            Ok("2026-11-23 09:00:00")
        );
        assert_eq!(dt("hoy a mediodía").as_deref(), Ok("2026-11-22 12:00:00"));
        // English is unchanged.
        assert_eq!(dt("saturday 6pm").as_deref(), Ok("2026-11-28 18:00:00"));
        assert_eq!(
            dt("5 December 2026 at 6:30 pm").as_deref(),
            Ok("2026-12-05 18:30:00")
        );
    }
}
