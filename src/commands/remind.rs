//! `kinship remind`: a calendar file (iCalendar) with the naloxone expiry
//! dates and, if asked, a weekly check-in, to import into a phone's calendar.
//! It holds no private text: "naloxone expires" and the place, nothing else.

use crate::content::i18n::t;
use crate::error::UserError;
use crate::progress::kit::Kit;
use crate::settings::Settings;
use crate::ui::Ui;
use chrono::{NaiveDate, TimeDelta, Utc};
use clap::{Args, ValueEnum};
use icalendar::{Calendar, Component, Event, EventLike};
use std::path::PathBuf;

/// Write a calendar file with reminders, to import into your phone's or
/// computer's calendar: each naloxone expiry (30 days before, and on the
/// day) and, if you like, a weekly check-in.
///
/// The file says only "Naloxone expires" and where it is kept: no journal,
/// no notes, no ratings, no names.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship remind -o reminders.ics\n  \
    kinship remind -o reminders.ics --checkin weekly\n\n\
    Then open reminders.ics on your phone or computer, or e-mail it to yourself\n\
    and open it there; your calendar offers to add the events. Run it again after\n\
    `kinship kit add`: the same reminders are updated, not doubled.")]
pub struct RemindArgs {
    /// The file to write, ending in .ics (`-`: the screen).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: PathBuf,

    /// Also remind you to check in with yourself (`kinship checkin`).
    #[arg(long, value_enum, value_name = "WHEN")]
    pub checkin: Option<Every>,

    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Every {
    Weekly,
}

/// How many days before an expiry the first reminder comes.
const DAYS_BEFORE: i64 = 30;

pub fn run(args: RemindArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let to_screen = args.output.as_os_str() == "-";
    if !to_screen {
        crate::store::output::check(&args.output, args.force, "reminders.ics")?;
    }
    let store = settings.store()?;
    let now = settings.now();
    let kit = store.kit()?.unwrap_or_else(|| Kit::new(now));
    let (calendar, count, past) = calendar(&kit, args.checkin, now.date_naive(), now.to_utc());
    if count == 0 {
        let mut err = UserError::new(t!("remind-nothing"));
        if past > 0 {
            err = err.hint(t!("remind-all-expired"));
        }
        return Err(err.hint(t!("remind-nothing-hint")).into());
    }
    let text = calendar.to_string();
    if to_screen {
        ui.write_bytes(text.as_bytes())?;
    } else {
        crate::store::output::write(&args.output, text.as_bytes(), args.force)?;
        ui.message(&t!(
            "remind-wrote",
            file = args.output.display().to_string(),
            count = count
        ));
        ui.hint(&t!("remind-wrote-hint"));
    }
    if past > 0 {
        ui.warn(&t!("remind-some-expired", past = past));
    }
    Ok(())
}

/// The calendar: its events, how many, and how many items had expired
/// already (and so get none).
pub fn calendar(
    kit: &Kit,
    checkin: Option<Every>,
    today: NaiveDate,
    stamp: chrono::DateTime<Utc>,
) -> (Calendar, usize, usize) {
    let mut cal = Calendar::new();
    cal.name(&t!("remind-ics-calendar"));
    let mut count = 0;
    let mut past = 0;
    for item in kit.items.iter().filter(|i| i.count > 0) {
        let day = item.expires.last_day();
        if day < today {
            past += 1;
            continue;
        }
        let before = day - TimeDelta::days(DAYS_BEFORE);
        let mut events = Vec::new();
        if before >= today {
            events.push((
                before,
                "30d",
                t!("remind-ics-expires-in", days = DAYS_BEFORE),
            ));
        }
        events.push((day, "day", t!("remind-ics-expires-today")));
        for (date, tag, summary) in events {
            let mut event = Event::new();
            // The same item and date give the same id, so importing again
            // updates the event instead of adding a second one.
            event
                .uid(&format!(
                    "kinship-kit-{}-{}-{tag}@kinship",
                    item.id, item.expires
                ))
                .summary(&summary)
                .description(&t!("remind-ics-expires-what"))
                .all_day(date)
                // The end of a day-long event is the next day (RFC 5545):
                // some calendars drop an event that ends where it starts.
                .ends(date + TimeDelta::days(1))
                .timestamp(stamp);
            if let Some(place) = &item.place {
                event.location(place);
            }
            cal.push(event.done());
            count += 1;
        }
    }
    if checkin == Some(Every::Weekly) {
        let mut event = Event::new();
        event
            .uid("kinship-checkin-weekly@kinship")
            .summary(&t!("remind-ics-checkin"))
            .description(&t!("remind-ics-checkin-what"))
            .all_day(today)
            .ends(today + TimeDelta::days(1))
            .add_property("RRULE", "FREQ=WEEKLY")
            .timestamp(stamp);
        cal.push(event.done());
        count += 1;
    }
    (cal.done(), count, past)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::kit::Expiry;

    #[test]
    fn the_calendar_parses_back_with_two_reminders_per_item_and_no_private_text() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-06T20:00:00+00:00").unwrap();
        let mut kit = Kit::new(now);
        kit.add(
            "My son's spray".into(),
            Expiry::parse("2027-03").unwrap(),
            Some("kitchen drawer".into()),
            2,
            now,
        );
        kit.add(
            "Old".into(),
            Expiry::parse("2026-10").unwrap(),
            None,
            1,
            now,
        );
        let (cal, count, past) =
            calendar(&kit, Some(Every::Weekly), now.date_naive(), now.to_utc());
        assert_eq!((count, past), (3, 1));
        let text = cal.to_string();
        assert!(!text.contains("son"), "no names: {text}");
        let parsed: Calendar = text.parse().unwrap();
        let events: Vec<&Event> = parsed.events().collect();
        assert_eq!(events.len(), 3);
        let starts: Vec<String> = events
            .iter()
            .map(|e| format!("{:?}", e.get_start().unwrap()))
            .collect();
        assert!(starts[0].contains("2027-03-01"), "{starts:?}");
        assert!(starts[1].contains("2027-03-31"), "{starts:?}");
        assert_eq!(events[1].get_summary(), Some("Naloxone expires today"));
        assert!(format!("{:?}", events[1].get_end().unwrap()).contains("2027-04-01"));
        assert_eq!(events[1].get_location(), Some("kitchen drawer"));
        assert_eq!(events[2].property_value("RRULE"), Some("FREQ=WEEKLY"));
    }
}
