//! Unit tests of `progress/walk.rs`.

use super::*;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-11-22T{s}+00:00")).unwrap()
}

fn step(id: &str, done: &str, dose: bool) -> WalkStep {
    WalkStep {
        id: id.into(),
        walk: format!("Do {id}"),
        detail: vec![],
        done: done.into(),
        skipped: format!("no {done}"),
        dose,
        pacer: None,
        household: vec![],
    }
}

fn walk() -> Walk {
    Walk::new(
        vec![
            step("call-emergency", "called 911", false),
            step("give-naloxone", "naloxone", true),
            WalkStep {
                pacer: Some(Beat::Breaths),
                ..step("rescue-breathing", "rescue breaths", false)
            },
            step("second-dose", "naloxone", true),
            step("stay-with-them", "stayed", false),
        ],
        Log::new(t("21:04:00"), "us"),
    )
}

/// The overdose steps' shape: the call, CPR, the first dose, breaths,
/// the second dose, staying, telling the team.
fn cpr_walk() -> Walk {
    Walk::new(
        vec![
            step("call-emergency", "called 911", false),
            WalkStep {
                pacer: Some(Beat::Pushes),
                ..step("cpr", "CPR", false)
            },
            step("give-naloxone", "naloxone", true),
            WalkStep {
                pacer: Some(Beat::Breaths),
                ..step("rescue-breathing", "rescue breaths", false)
            },
            WalkStep {
                skipped: "no second dose".into(),
                ..step("second-dose", "naloxone", true)
            },
            step("stay-with-them", "stayed", false),
            step("tell-responders", "told them", false),
        ],
        Log::new(t("21:04:00"), "us"),
    )
}

fn whats(w: &Walk) -> Vec<String> {
    w.log()
        .events
        .iter()
        .map(|e| format!("{} {}", e.at.format("%H:%M"), e.what))
        .collect()
}

#[test]
fn steps_go_in_order_and_each_is_logged_with_its_time() {
    let mut w = walk();
    assert_eq!(w.step().id, "call-emergency");
    w.press(Action::Done, t("21:04:10"));
    assert_eq!(w.step().id, "give-naloxone");
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Skip, t("21:05:30"));
    w.press(Action::Done, t("21:07:10"));
    let last = w.press(Action::Done, t("21:20:00"));
    assert!(last.ended && last.logged);
    assert_eq!(w.ending(), Some(Ending::Finished));
    assert_eq!(
        whats(&w),
        [
            "21:04 called 911",
            "21:05 naloxone, first dose",
            "21:05 no rescue breaths",
            "21:07 naloxone, second dose",
            "21:20 stayed"
        ]
    );
    assert_eq!(w.log().ended, Some(t("21:20:00")));
    assert_eq!(w.log().doses(), 2);
}

#[test]
fn back_moves_without_logging_and_stops_at_the_first_step() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    let change = w.press(Action::Back, t("21:04:20"));
    assert!(!change.logged && !change.ended);
    assert_eq!(w.position(), 0);
    w.press(Action::Back, t("21:04:30"));
    assert_eq!(w.position(), 0);
    assert_eq!(w.log().events.len(), 1);
}

#[test]
fn the_countdown_runs_two_minutes_from_the_last_dose_and_rings_once() {
    let mut w = walk();
    assert_eq!(w.dose_status(t("21:04:00")), DoseStatus::NoneGiven);
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:05:00"));
    assert_eq!(
        w.dose_status(t("21:05:30")),
        DoseStatus::Waiting {
            at: t("21:05:00"),
            remaining: TimeDelta::seconds(90)
        }
    );
    assert!(!w.take_bell(t("21:06:59")));
    assert!(w.take_bell(t("21:07:00")));
    assert!(!w.take_bell(t("21:07:01")), "the bell rings once per dose");
    assert_eq!(
        w.dose_status(t("21:09:00")),
        DoseStatus::MayRepeat {
            at: t("21:05:00"),
            since: TimeDelta::minutes(4)
        }
    );
    // Another dose restarts the countdown, and rings again at its end.
    w.press(Action::AnotherDose, t("21:09:00"));
    assert!(matches!(
        w.dose_status(t("21:09:01")),
        DoseStatus::Waiting { .. }
    ));
    assert!(w.take_bell(t("21:11:00")));
    assert_eq!(whats(&w).last().unwrap(), "21:09 naloxone, second dose");
}

#[test]
fn going_back_over_done_steps_logs_nothing_twice() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Back, t("21:05:10"));
    w.press(Action::Back, t("21:05:12"));
    assert_eq!(w.step().id, "call-emergency");
    assert!(w.step_done());
    let change = w.press(Action::Done, t("21:05:14"));
    assert!(!change.logged, "called 911 is not logged again");
    assert_eq!(w.step().id, "give-naloxone");
    let change = w.press(Action::Done, t("21:05:16"));
    assert!(!change.logged, "no second dose from going over the first");
    assert_eq!(w.step().id, "rescue-breathing");
    // s over a done step does not turn it into a skip either.
    w.press(Action::Back, t("21:05:18"));
    w.press(Action::Skip, t("21:05:20"));
    assert_eq!(
        whats(&w),
        ["21:04 called 911", "21:05 naloxone, first dose"]
    );
    assert_eq!(w.log().doses(), 1);
    // The countdown still runs from the one dose that was given.
    assert_eq!(
        w.dose_status(t("21:06:00")),
        DoseStatus::Waiting {
            at: t("21:05:00"),
            remaining: TimeDelta::seconds(60)
        }
    );
}

#[test]
fn a_skipped_step_can_be_done_later_but_not_skipped_twice() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Skip, t("21:04:20"));
    w.press(Action::Back, t("21:04:30"));
    w.press(Action::Skip, t("21:04:40"));
    w.press(Action::Back, t("21:06:00"));
    let change = w.press(Action::Done, t("21:06:10"));
    assert!(change.logged, "the naloxone came after all");
    assert_eq!(
        whats(&w),
        [
            "21:04 called 911",
            "21:04 no naloxone",
            "21:06 naloxone, first dose"
        ]
    );
}

#[test]
fn enter_on_the_second_dose_before_the_countdown_ends_asks_first() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Done, t("21:05:02"));
    assert_eq!(w.step().id, "second-dose");
    // Seconds after the first dose: nothing is logged, the step stays.
    let change = w.press(Action::Done, t("21:05:04"));
    assert!(!change.logged && !change.ended);
    assert_eq!(w.step().id, "second-dose");
    assert_eq!(
        w.confirming_dose(),
        Some(Question {
            last_dose: t("21:05:00"),
            key: Action::Done
        })
    );
    // Any other key takes the question back.
    w.press(Action::Pacer, t("21:05:05"));
    assert_eq!(w.confirming_dose(), None);
    w.press(Action::Done, t("21:05:06"));
    // A second Enter: the user says it was given, so it is logged.
    let change = w.press(Action::Done, t("21:05:30"));
    assert!(change.logged);
    assert_eq!(w.step().id, "stay-with-them");
    assert_eq!(whats(&w).last().unwrap(), "21:05 naloxone, second dose");
    assert_eq!(w.log().doses(), 2);
    assert_eq!(w.confirming_dose(), None);
}

#[test]
fn the_second_dose_after_the_countdown_or_a_skip_needs_no_question() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Skip, t("21:05:02"));
    w.press(Action::Done, t("21:05:04"));
    let change = w.press(Action::Skip, t("21:05:06"));
    // s while asked: not given. A dose is in the log already, so the
    // skip logs nothing that could contradict it; the walk goes on.
    assert!(!change.logged);
    assert_eq!(w.step().id, "stay-with-them");
    assert_eq!(whats(&w).last().unwrap(), "21:05 no rescue breaths");
    assert_eq!(w.log().doses(), 1);
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Skip, t("21:05:02"));
    let change = w.press(Action::Done, t("21:07:00"));
    assert!(change.logged);
    assert_eq!(whats(&w).last().unwrap(), "21:07 naloxone, second dose");
}

#[test]
fn another_dose_needs_a_first_one() {
    let mut w = walk();
    let change = w.press(Action::AnotherDose, t("21:04:05"));
    assert!(!change.logged);
    assert!(w.log().events.is_empty());
}

#[test]
fn quitting_or_ctrl_c_ends_the_walk_with_what_was_done() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    let change = w.press(Action::Interrupt, t("21:04:40"));
    assert!(change.ended && !change.logged);
    assert_eq!(w.log().ending, Some(Ending::Interrupted));
    assert_eq!(whats(&w), ["21:04 called 911"]);
    // Nothing more happens after the end.
    w.press(Action::Done, t("21:05:00"));
    assert_eq!(w.log().events.len(), 1);
}

fn ms(n: i64) -> TimeDelta {
    TimeDelta::milliseconds(n)
}

#[test]
fn the_breathing_pacer_calls_a_breath_every_five_seconds() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:00"));
    w.press(Action::Skip, t("21:04:00"));
    assert_eq!(w.step().id, "rescue-breathing");
    assert_eq!(w.pace(t("21:04:00")), None);
    w.press(Action::Pacer, t("21:04:00"));
    assert_eq!(w.pacer(), Some(Beat::Breaths));
    let pace = w.pace(t("21:04:00")).unwrap();
    assert_eq!((pace.count, pace.since, pace.next), (1, ms(0), ms(5000)));
    let pace = w.pace(t("21:04:04")).unwrap();
    assert_eq!((pace.count, pace.next), (1, ms(1000)));
    let pace = w.pace(t("21:04:12")).unwrap();
    assert_eq!((pace.count, pace.since, pace.next), (3, ms(2000), ms(3000)));
    w.press(Action::Pacer, t("21:04:13"));
    assert_eq!(w.pace(t("21:04:14")), None);
    // The pacer stops when the step changes.
    w.press(Action::Pacer, t("21:04:15"));
    w.press(Action::Done, t("21:04:20"));
    assert_eq!(w.pace(t("21:04:21")), None);
}

#[test]
fn the_cpr_pacer_keeps_110_pushes_a_minute_in_rounds_of_30() {
    let mut w = cpr_walk();
    // No pacer on a step without one.
    w.press(Action::Pacer, t("21:04:00"));
    assert_eq!(w.pacer(), None);
    w.press(Action::Done, t("21:04:00"));
    assert_eq!(w.step().id, "cpr");
    w.press(Action::Pacer, t("21:04:00"));
    assert_eq!(w.pacer(), Some(Beat::Pushes));
    let pace = w.pace(t("21:04:00")).unwrap();
    assert_eq!(
        (pace.beat, pace.count, pace.in_round()),
        (Beat::Pushes, 1, 1)
    );
    // The next push is 60/110 of a second later, rounded up to the ms.
    assert_eq!(pace.next, ms(546));
    // One minute in: 110 pushes have been called for, and the 111th
    // falls exactly on the minute.
    let minute = t("21:05:00");
    let pace = w.pace(minute - ms(1)).unwrap();
    assert_eq!(pace.count, 110);
    assert_eq!(pace.next, ms(1));
    let pace = w.pace(minute).unwrap();
    assert_eq!((pace.count, pace.since), (111, ms(0)));
    // Rounds of 30: push 30, then 1 again.
    let mut at = t("21:04:00");
    let mut rounds = Vec::new();
    for _ in 0..31 {
        let pace = w.pace(at).unwrap();
        rounds.push(pace.in_round());
        at += pace.next;
    }
    assert_eq!(rounds[29], 30);
    assert_eq!(rounds[30], 1);
    assert_eq!(rounds[..5], [1, 2, 3, 4, 5]);
    // Every gap between two pushes is 545 or 546 ms: 110 a minute.
    let mut at = t("21:04:00");
    for _ in 0..220 {
        let next = w.pace(at).unwrap().next;
        assert!(next == ms(545) || next == ms(546), "{next:?}");
        at += next;
    }
    assert_eq!(at, t("21:06:00"), "220 pushes in two minutes");
    w.press(Action::Pacer, t("21:06:00"));
    assert_eq!(w.pacer(), None);
}

#[test]
fn another_dose_before_the_countdown_ends_asks_first_like_enter() {
    let mut w = cpr_walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:04:20"));
    w.press(Action::Done, t("21:05:00"));
    assert_eq!(w.log().doses(), 1);
    // Eight quick presses of n: each pair is a question and its answer,
    // never a dose per press.
    let change = w.press(Action::AnotherDose, t("21:05:10"));
    assert!(!change.logged);
    assert_eq!(
        w.confirming_dose(),
        Some(Question {
            last_dose: t("21:05:00"),
            key: Action::AnotherDose
        })
    );
    // Any other key takes the question back, and does nothing else.
    assert_eq!(w.step().id, "rescue-breathing");
    let change = w.press(Action::Skip, t("21:05:11"));
    assert!(!change.logged);
    assert_eq!(w.confirming_dose(), None);
    assert_eq!(w.step().id, "rescue-breathing");
    assert_eq!(w.log().doses(), 1);
    w.press(Action::AnotherDose, t("21:05:11"));
    w.press(Action::Other, t("21:05:11"));
    assert_eq!(w.confirming_dose(), None);
    w.press(Action::AnotherDose, t("21:05:12"));
    // Enter does not answer n's question either: it is the step's own key.
    let change = w.press(Action::Done, t("21:05:13"));
    assert_eq!(w.log().doses(), 1, "{:?}", whats(&w));
    assert!(!change.logged);
    assert_eq!(w.step().id, "rescue-breathing", "and the step stays");
    // q still quits while asked (tested below on a copy).
    let mut quitting = w.clone();
    quitting.press(Action::AnotherDose, t("21:05:13"));
    assert!(quitting.press(Action::Quit, t("21:05:13")).ended);
    w.press(Action::AnotherDose, t("21:05:14"));
    let change = w.press(Action::AnotherDose, t("21:05:15"));
    assert!(change.logged, "n twice: the user says it was given");
    assert_eq!(w.log().doses(), 2);
    assert_eq!(whats(&w).last().unwrap(), "21:05 naloxone, second dose");
    for s in 16..22 {
        w.press(Action::AnotherDose, t(&format!("21:05:{s}")));
    }
    assert_eq!(
        w.log().doses(),
        5,
        "six more presses, three doses asked for twice"
    );
    // After the countdown, n logs at once.
    let change = w.press(Action::AnotherDose, t("21:08:00"));
    assert!(change.logged);
    assert_eq!(w.log().doses(), 6);
}

#[test]
fn skipping_a_dose_step_after_a_dose_logs_nothing_contradictory() {
    let mut w = cpr_walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:04:20"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::AnotherDose, t("21:07:30"));
    w.press(Action::AnotherDose, t("21:09:40"));
    w.press(Action::Skip, t("21:09:50"));
    assert_eq!(w.step().id, "second-dose");
    let change = w.press(Action::Skip, t("21:10:00"));
    assert!(!change.logged);
    assert_eq!(w.step().id, "stay-with-them");
    let log = whats(&w).join("\n");
    assert!(!log.contains("no second dose"), "{log}");
    assert_eq!(w.log().doses(), 3);
    // Back on it and Enter: a dose given after all is still logged.
    w.press(Action::Back, t("21:12:00"));
    let change = w.press(Action::Done, t("21:12:10"));
    assert!(change.logged);
    assert_eq!(whats(&w).last().unwrap(), "21:12 naloxone, fourth dose");
    // Without any dose, the skip is logged as before.
    let mut w = cpr_walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:04:20"));
    w.press(Action::Skip, t("21:04:30"));
    w.press(Action::Skip, t("21:04:40"));
    w.press(Action::Skip, t("21:04:50"));
    assert_eq!(
        whats(&w)[2..],
        [
            "21:04 no naloxone",
            "21:04 no rescue breaths",
            "21:04 no second dose"
        ]
    );
}

#[test]
fn the_summary_says_doses_cpr_breaths_and_the_call() {
    let mut w = cpr_walk();
    let empty = w.log().summary();
    assert_eq!(
        empty,
        Summary {
            doses: 0,
            last_dose: None,
            naloxone_skipped: false,
            cpr: Noted::NotNoted,
            breaths: Noted::NotNoted,
            call: Noted::NotNoted,
        }
    );
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:04:50"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Skip, t("21:05:10"));
    w.press(Action::AnotherDose, t("21:07:20"));
    assert_eq!(
        w.log().summary(),
        Summary {
            doses: 2,
            last_dose: Some(t("21:07:20")),
            naloxone_skipped: false,
            cpr: Noted::Done(t("21:04:50")),
            breaths: Noted::Skipped,
            call: Noted::Done(t("21:04:10")),
        }
    );
    // A step skipped, then done: done, at the time it was done.
    let mut w = cpr_walk();
    w.press(Action::Skip, t("21:04:10"));
    w.press(Action::Skip, t("21:04:20"));
    w.press(Action::Skip, t("21:04:30"));
    w.press(Action::Back, t("21:04:40"));
    w.press(Action::Back, t("21:04:40"));
    w.press(Action::Done, t("21:06:00"));
    let summary = w.log().summary();
    assert_eq!(summary.call, Noted::Skipped);
    assert_eq!(summary.cpr, Noted::Done(t("21:06:00")));
    assert!(summary.naloxone_skipped);
    assert_eq!(summary.doses, 0);
}

#[test]
fn times_read_plainly() {
    assert_eq!(countdown(TimeDelta::seconds(120)), "2:00");
    assert_eq!(countdown(TimeDelta::milliseconds(64_200)), "1:05");
    assert_eq!(countdown(TimeDelta::milliseconds(300)), "0:01");
    assert_eq!(countdown(TimeDelta::zero()), "0:00");
    assert_eq!(ago(TimeDelta::seconds(30)), "less than a minute");
    assert_eq!(ago(TimeDelta::minutes(1)), "1 minute");
    assert_eq!(ago(TimeDelta::minutes(75)), "1 hour 15 minutes");
    assert_eq!(ago(TimeDelta::minutes(120)), "2 hours");
    // The log's doses, counted by the catalogue in each language.
    let dose = |lang, n: usize| {
        crate::content::i18n::tr!(lang, "walk-dose-event", what = "naloxone", n = n)
    };
    let en = crate::content::i18n::Lang::EN;
    let es = crate::content::i18n::Lang::find("es").unwrap();
    assert_eq!(dose(en, 2), "naloxone, second dose");
    assert_eq!(dose(en, 11), "naloxone, 11th dose");
    assert_eq!(dose(en, 22), "naloxone, 22nd dose");
    assert_eq!(dose(en, 31), "naloxone, 31st dose");
    assert_eq!(dose(es, 1), "naloxone, primera dosis");
    assert_eq!(dose(es, 12), "naloxone, 12.ª dosis");
    assert_eq!(
        crate::content::i18n::duration(es, TimeDelta::minutes(75)),
        "1 hora y 15 minutos"
    );
}

#[test]
fn a_log_round_trips_through_yaml() {
    let mut w = walk();
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Skip, t("21:04:20"));
    w.press(Action::Quit, t("21:04:30"));
    let text = crate::yaml::to_string(w.log()).unwrap();
    assert!(text.contains("ending: quit"), "{text}");
    assert!(text.contains("skipped: true"), "{text}");
    let back: Log = crate::yaml::from_str(&text).unwrap();
    assert_eq!(&back, w.log());
}
