//! Unit tests of `commands/checkin.rs`.

use super::*;
use crate::prompt::{Scripted, ScriptedPrompter};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap()
}

fn text(s: &str) -> Scripted {
    Scripted::Text(Some(s.into()))
}

#[test]
fn a_rating_may_carry_a_note() {
    assert_eq!(rating_and_note("6"), Ok((Some(6), None)));
    assert_eq!(
        rating_and_note(" 4 slept badly "),
        Ok((Some(4), Some("slept badly".into())))
    );
    assert_eq!(
        rating_and_note("4, slept badly"),
        Ok((Some(4), Some("slept badly".into())))
    );
    assert!(
        rating_and_note("11 great")
            .unwrap_err()
            .contains("more than 10")
    );
    assert!(
        rating_and_note("great")
            .unwrap_err()
            .contains("not a whole number")
    );
}

#[test]
fn the_interactive_checkin_asks_each_area_rechecks_mistakes_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let content = load().unwrap();
    let mut answers = vec![
        text("12"),      // wellbeing: out of range, asked again
        text("5 tired"), // wellbeing
        text("three"),   // health: not a number, asked again
        text("3"),       // health
        text(""),        // loved-one: skipped
    ];
    answers.extend((3..content.areas.len()).map(|_| text("6")));
    answers.push(text("A <b>long</b> week\u{1b}[31m"));
    let mut p = ScriptedPrompter::new(answers);
    let entry = ask(&mut p, &content, &store, now()).unwrap().unwrap();
    assert!(
        p.seen.iter().any(|s| s.contains("12 is more than 10")),
        "{:?}",
        p.seen
    );
    assert!(
        p.seen
            .iter()
            .any(|s| s.contains("\"three\" is not a whole number"))
    );
    assert_eq!(entry.ratings["wellbeing"], 5);
    assert_eq!(entry.notes["wellbeing"], "tired");
    assert_eq!(entry.ratings["health"], 3);
    assert!(!entry.ratings.contains_key("loved-one"));
    assert_eq!(entry.ratings.len(), content.areas.len() - 1);
    let log = store.checkins().unwrap().unwrap();
    assert_eq!(log.checkins.len(), 1, "saved once, updated in place");
    assert_eq!(log.checkins[0], entry);
    assert_eq!(
        log.checkins[0].sentence.as_deref(),
        Some("A <b>long</b> week\u{1b}[31m"),
        "stored exactly"
    );
}

#[test]
fn a_checkin_started_between_two_seconds_is_saved_once() {
    // The real clock has nanoseconds; files keep whole seconds. Each
    // answer must replace the check-in being answered, not add another.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let content = load().unwrap();
    let started = now() + chrono::TimeDelta::nanoseconds(123_456_789);
    let mut p = ScriptedPrompter::new([text("7"), text("5"), text("4"), Scripted::Text(None)]);
    let entry = ask(&mut p, &content, &store, started).unwrap().unwrap();
    let log = store.checkins().unwrap().unwrap();
    assert_eq!(log.checkins.len(), 1, "one check-in, not one per answer");
    assert_eq!(log.checkins[0], entry);
    assert_eq!(entry.ratings.len(), 3);
}

#[test]
fn giving_up_at_once_saves_nothing_and_halfway_keeps_what_was_answered() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let content = load().unwrap();
    let mut p = ScriptedPrompter::new([Scripted::Text(None)]);
    assert_eq!(ask(&mut p, &content, &store, now()).unwrap(), None);
    assert!(store.checkins().unwrap().is_none(), "no file for nothing");
    let mut p = ScriptedPrompter::new([text("7"), text("2"), Scripted::Text(None)]);
    let entry = ask(&mut p, &content, &store, now()).unwrap().unwrap();
    assert_eq!(entry.ratings.len(), 2);
    assert_eq!(store.checkins().unwrap().unwrap().checkins.len(), 1);
}
