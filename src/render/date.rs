//! How a moment is shown in lists (`checklist list`, `plan list`, `sos log`):
//! one way everywhere, "22 Nov 2026 21:04". The month as a word, so no reader
//! takes 6/12 for 12/6; the day first and a 24-hour clock, as most of the
//! world writes them and as the sos log's times already read.

use chrono::{DateTime, FixedOffset};

/// "22 Nov 2026 21:04", in the time zone it was saved with.
pub fn moment(t: &DateTime<FixedOffset>) -> String {
    t.format("%-d %b %Y %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_reads_day_month_year_and_time() {
        let t = DateTime::parse_from_rfc3339("2026-12-06T09:05:00-05:00").unwrap();
        assert_eq!(moment(&t), "6 Dec 2026 09:05");
    }
}
