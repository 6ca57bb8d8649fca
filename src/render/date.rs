//! How a moment is shown in lists (`checklist list`, `plan list`, `sos log`):
//! one way everywhere, "22 Nov 2026 21:04". The month as a word, so no reader
//! takes 6/12 for 12/6; the day first and a 24-hour clock, as most of the
//! world writes them and as the sos log's times already read.

use crate::content::i18n::Lang;
use chrono::{DateTime, Datelike, FixedOffset};

/// "22 Nov 2026 21:04" ("22 nov 2026 21:04" in Spanish), in the time zone
/// it was saved with; the month's name comes from the catalogue.
pub fn moment(lang: Lang, t: &DateTime<FixedOffset>) -> String {
    format!(
        "{} {} {} {}",
        t.day(),
        crate::content::i18n::tr!(lang, "month-short", n = t.month()),
        t.year(),
        t.format("%H:%M")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_reads_day_month_year_and_time() {
        let t = DateTime::parse_from_rfc3339("2026-12-06T09:05:00-05:00").unwrap();
        assert_eq!(moment(Lang::EN, &t), "6 Dec 2026 09:05");
    }
}
