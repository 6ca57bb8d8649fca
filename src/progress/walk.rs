//! The overdose walk-through as pure state: which step is shown, what has been
//! done and when, and the naloxone timers. The command feeds it key presses
//! and the time; it never reads a clock or a terminal itself.

use super::timestamp;
use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::{Deserialize, Serialize};

/// The format version of saved logs.
pub const SCHEMA: u32 = 1;

/// The product labels' interval between doses: another dose may be given 2 to 3
/// minutes after the last if breathing has not improved. The countdown runs to
/// the start of that window.
pub const DOSE_INTERVAL: TimeDelta = TimeDelta::seconds(120);

/// Rescue breathing: one breath every 5 seconds.
pub const BREATH_INTERVAL: TimeDelta = TimeDelta::seconds(5);

/// CPR: chest pushes a minute. The guidelines ask for 100 to 120; the middle
/// of the range leaves room on both sides, so a late redraw or a slow
/// terminal never takes the beat outside it.
pub const PUSHES_PER_MINUTE: i64 = 110;

/// A person trained in CPR gives 2 breaths after this many pushes.
pub const PUSHES_PER_ROUND: i64 = 30;

/// The ids of the steps the log's summary looks for (the overdose-response
/// checklist's ids, which never change).
pub const CALL_STEP: &str = "call-emergency";
pub const CPR_STEP: &str = "cpr";
pub const BREATHS_STEP: &str = "rescue-breathing";
pub const NALOXONE_STEP: &str = "give-naloxone";

/// The beat a pacer keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beat {
    /// Chest pushes for CPR, [`PUSHES_PER_MINUTE`] a minute.
    Pushes,
    /// Rescue breaths, one every [`BREATH_INTERVAL`].
    Breaths,
}

impl Beat {
    /// When beat `n` (counted from 0) falls, in milliseconds from the start.
    fn at_ms(self, n: i64) -> i64 {
        match self {
            Beat::Pushes => {
                (n * 60_000).div_euclid(PUSHES_PER_MINUTE)
                    + i64::from((n * 60_000).rem_euclid(PUSHES_PER_MINUTE) != 0)
            }
            Beat::Breaths => n * BREATH_INTERVAL.num_milliseconds(),
        }
    }

    /// How many beats have fallen `ms` milliseconds after the start (the
    /// first falls at once).
    fn count_at_ms(self, ms: i64) -> i64 {
        match self {
            Beat::Pushes => ms * PUSHES_PER_MINUTE / 60_000 + 1,
            Beat::Breaths => ms / BREATH_INTERVAL.num_milliseconds() + 1,
        }
    }
}

/// Where a pacer is at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    pub beat: Beat,
    /// The beats so far, the first at 1.
    pub count: i64,
    /// Since the last beat.
    pub since: TimeDelta,
    /// Until the next beat.
    pub next: TimeDelta,
}

impl Pace {
    /// For CPR: the push within the round of 30, from 1 to 30.
    pub fn in_round(&self) -> i64 {
        (self.count - 1) % PUSHES_PER_ROUND + 1
    }
}

/// A step as the walk shows it, its texts already filled for the region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkStep {
    pub id: String,
    pub walk: String,
    pub detail: Vec<String>,
    pub done: String,
    pub skipped: String,
    pub dose: bool,
    /// The pacer this step keeps, if any.
    pub pacer: Option<Beat>,
    /// The household's own details for this step ("Address: 14 Mill Lane"),
    /// from their overdose plan, safe to show.
    pub household: Vec<String>,
}

/// What the user did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Enter: this step is done. A step already done is not logged again; on
    /// a dose step less than [`DOSE_INTERVAL`] after the last dose, the first
    /// Enter asks, and only a second one logs the dose.
    Done,
    /// s: skip this step (a step already done or skipped logs nothing more,
    /// and a dose step skipped once a dose was given logs nothing either).
    Skip,
    /// b: back to the step before.
    Back,
    /// n: another dose of naloxone was given (at any step after the first
    /// dose). Before the countdown has run out, the first n asks, as Enter on
    /// a dose step does, and only a second n logs the dose.
    AnotherDose,
    /// p: the step's pacer (CPR or rescue breaths) on or off.
    Pacer,
    /// Any other key: nothing, but it takes back a question a dose key asked.
    Other,
    /// q: stop here.
    Quit,
    /// Ctrl-C: stop here.
    Interrupt,
}

/// How a walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ending {
    /// Every step was done or skipped.
    Finished,
    /// q.
    Quit,
    /// Ctrl-C.
    Interrupted,
}

impl Ending {
    pub fn name(self) -> &'static str {
        match self {
            Ending::Finished => "finished",
            Ending::Quit => "stopped",
            Ending::Interrupted => "stopped with Ctrl-C",
        }
    }
}

/// One time-stamped line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    #[serde(with = "timestamp")]
    pub at: DateTime<FixedOffset>,
    /// The step's id (from the overdose-response checklist).
    pub step: String,
    /// What was done, in words: "called 911", "naloxone, first dose".
    pub what: String,
    /// The step was skipped, not done.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skipped: bool,
    /// A dose of naloxone was given.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dose: bool,
}

/// The log saved in the data folder and shown to responders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Log {
    pub schema: u32,
    #[serde(with = "timestamp")]
    pub started: DateTime<FixedOffset>,
    /// The region whose emergency number was shown.
    pub region: String,
    #[serde(
        default,
        with = "timestamp::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub ended: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending: Option<Ending>,
    #[serde(default)]
    pub events: Vec<Event>,
}

impl Log {
    pub fn new(started: DateTime<FixedOffset>, region: &str) -> Log {
        Log {
            schema: SCHEMA,
            started,
            region: region.to_string(),
            ended: None,
            ending: None,
            events: Vec::new(),
        }
    }

    /// How many doses of naloxone the log records.
    pub fn doses(&self) -> usize {
        self.events.iter().filter(|e| e.dose).count()
    }

    /// What a paramedic needs first: the doses, CPR and breaths, the call.
    pub fn summary(&self) -> Summary {
        let noted = |id: &str| {
            let mut seen = Noted::NotNoted;
            for e in self.events.iter().filter(|e| e.step == id) {
                match (e.skipped, seen) {
                    (false, Noted::Done(_)) => {}
                    (false, _) => seen = Noted::Done(e.at),
                    (true, Noted::NotNoted) => seen = Noted::Skipped,
                    (true, _) => {}
                }
            }
            seen
        };
        let doses: Vec<&Event> = self.events.iter().filter(|e| e.dose).collect();
        let naloxone_skipped = self
            .events
            .iter()
            .any(|e| e.skipped && e.step == NALOXONE_STEP);
        Summary {
            doses: doses.len(),
            last_dose: doses.last().map(|e| e.at),
            naloxone_skipped,
            cpr: noted(CPR_STEP),
            breaths: noted(BREATHS_STEP),
            call: noted(CALL_STEP),
        }
    }
}

/// Whether a step was done, and when first, or skipped, or never reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noted {
    Done(DateTime<FixedOffset>),
    Skipped,
    NotNoted,
}

/// A log in brief, for the top of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub doses: usize,
    pub last_dose: Option<DateTime<FixedOffset>>,
    /// The first-dose step was skipped ("none given", when no dose was).
    pub naloxone_skipped: bool,
    pub cpr: Noted,
    pub breaths: Noted,
    /// The first call for help.
    pub call: Noted,
}

/// What the screen should say about naloxone right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoseStatus {
    /// No dose given yet.
    NoneGiven,
    /// The last dose was at `at`; another may be given in `remaining`.
    Waiting {
        at: DateTime<FixedOffset>,
        remaining: TimeDelta,
    },
    /// The last dose was at `at`, `since` ago: another may be given now if
    /// they are no better.
    MayRepeat {
        at: DateTime<FixedOffset>,
        since: TimeDelta,
    },
}

/// What has been logged for a step, so that going back over it never logs
/// it twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Done,
    Skipped,
}

/// The walk: the steps, where the user is, and the log so far.
#[derive(Debug, Clone)]
pub struct Walk {
    steps: Vec<WalkStep>,
    current: usize,
    log: Log,
    /// Per step: done, skipped, or not yet.
    marks: Vec<Option<Mark>>,
    /// The key (Enter on a dose step, or n) pressed before the countdown
    /// ran out: the same key again logs the dose, any other key takes the
    /// question back.
    confirming: Option<Action>,
    last_dose: Option<DateTime<FixedOffset>>,
    /// The dose whose countdown has already rung the bell.
    rung_for: Option<DateTime<FixedOffset>>,
    /// The pacer that is on, and when it was turned on.
    pacer: Option<(Beat, DateTime<FixedOffset>)>,
    /// The language the walk speaks (its log lines are written in it).
    lang: crate::i18n::Lang,
    ending: Option<Ending>,
}

/// The question a dose key asks before the countdown has run out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// When the last dose was given.
    pub last_dose: DateTime<FixedOffset>,
    /// The key that asked, and that logs the dose if pressed again:
    /// [`Action::Done`] or [`Action::AnotherDose`].
    pub key: Action,
}

/// What pressing a key changed, for the command to act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The log gained an event (save it).
    pub logged: bool,
    /// The walk is over.
    pub ended: bool,
}

impl Walk {
    pub fn new(steps: Vec<WalkStep>, log: Log) -> Walk {
        Walk {
            marks: vec![None; steps.len()],
            steps,
            current: 0,
            log,
            confirming: None,
            last_dose: None,
            rung_for: None,
            pacer: None,
            ending: None,
            lang: crate::i18n::Lang::EN,
        }
    }

    /// The same walk, speaking `lang`.
    pub fn in_lang(mut self, lang: crate::i18n::Lang) -> Walk {
        self.lang = lang;
        self
    }

    /// The language the walk speaks.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.lang
    }

    pub fn steps(&self) -> &[WalkStep] {
        &self.steps
    }

    /// The index of the step shown.
    pub fn position(&self) -> usize {
        self.current
    }

    pub fn step(&self) -> &WalkStep {
        &self.steps[self.current.min(self.steps.len() - 1)]
    }

    pub fn log(&self) -> &Log {
        &self.log
    }

    pub fn ending(&self) -> Option<Ending> {
        self.ending
    }

    /// The pacer that is on, if any.
    pub fn pacer(&self) -> Option<Beat> {
        self.pacer.map(|(beat, _)| beat)
    }

    /// When a dose key waits to be pressed again (the countdown from the
    /// last dose has not run out): the question it asks.
    pub fn confirming_dose(&self) -> Option<Question> {
        Some(Question {
            last_dose: self.last_dose?,
            key: self.confirming?,
        })
    }

    /// True when the step shown has already been done (it logs nothing more).
    pub fn step_done(&self) -> bool {
        self.marks.get(self.current).copied().flatten() == Some(Mark::Done)
    }

    /// Applies a key press at time `now`.
    pub fn press(&mut self, action: Action, now: DateTime<FixedOffset>) -> Change {
        let mut change = Change {
            logged: false,
            ended: false,
        };
        if self.ending.is_some() {
            change.ended = true;
            return change;
        }
        let asked = self.confirming.take();
        if asked == Some(Action::AnotherDose)
            && !matches!(
                action,
                Action::AnotherDose | Action::Quit | Action::Interrupt
            )
        {
            // n asked "have you given another one?": any other key (s, say)
            // is "no", and only that: n is not tied to a step, so there is
            // no step to skip or to go on from.
            return change;
        }
        let mark = self.marks[self.current];
        match action {
            Action::Done => {
                let step = self.step().clone();
                if mark == Some(Mark::Done) {
                    // Back over a step already done: Enter only moves on.
                } else if step.dose && self.too_soon_for_a_dose(now) && asked != Some(action) {
                    // Seconds after a dose, Enter is more likely a key pressed
                    // twice than a dose given: ask, and log it on a second Enter.
                    self.confirming = Some(action);
                    return change;
                } else {
                    if step.dose {
                        self.give_dose(&step.id, &step.done, now);
                    } else {
                        self.record(&step.id, step.done.clone(), false, now);
                    }
                    self.marks[self.current] = Some(Mark::Done);
                    change.logged = true;
                }
                change.ended = self.advance(now);
            }
            Action::Skip => {
                if mark.is_none() {
                    let step = self.step().clone();
                    // Once a dose is in the log, "no second dose" would
                    // contradict it: the step is passed, and the log's doses
                    // and its summary say what was given.
                    if !(step.dose && self.log.doses() > 0) {
                        self.record(&step.id, step.skipped.clone(), true, now);
                        change.logged = true;
                    }
                    self.marks[self.current] = Some(Mark::Skipped);
                }
                change.ended = self.advance(now);
            }
            Action::Back => {
                self.current = self.current.saturating_sub(1);
                self.pacer = None;
            }
            Action::AnotherDose => {
                if self.last_dose.is_some() {
                    if self.too_soon_for_a_dose(now) && asked != Some(action) {
                        // As Enter on a dose step: ask first, log on a second n.
                        self.confirming = Some(action);
                        return change;
                    }
                    let step = self
                        .steps
                        .iter()
                        .rev()
                        .find(|s| s.dose)
                        .cloned()
                        .unwrap_or_else(|| self.step().clone());
                    self.give_dose(&step.id, &step.done, now);
                    change.logged = true;
                }
            }
            Action::Pacer => {
                // Only a step with a pacer has one to turn on.
                self.pacer = match (self.pacer, self.step().pacer) {
                    (Some(_), _) | (None, None) => None,
                    (None, Some(beat)) => Some((beat, now)),
                };
            }
            Action::Other => {}
            Action::Quit => {
                self.end(Ending::Quit, now);
                change.ended = true;
            }
            Action::Interrupt => {
                self.end(Ending::Interrupted, now);
                change.ended = true;
            }
        }
        change
    }

    /// True while the countdown from the last dose is still running.
    fn too_soon_for_a_dose(&self, now: DateTime<FixedOffset>) -> bool {
        matches!(self.dose_status(now), DoseStatus::Waiting { .. })
    }

    fn give_dose(&mut self, step: &str, what: &str, now: DateTime<FixedOffset>) {
        let what = crate::tr!(
            self.lang,
            "walk-dose-event",
            what = what,
            n = self.log.doses() + 1
        );
        self.record(step, what, false, now);
        if let Some(event) = self.log.events.last_mut() {
            event.dose = true;
        }
        self.last_dose = Some(now);
    }

    fn record(&mut self, step: &str, what: String, skipped: bool, now: DateTime<FixedOffset>) {
        self.log.events.push(Event {
            at: now,
            step: step.to_string(),
            what,
            skipped,
            dose: false,
        });
    }

    /// Moves to the next step; true when there is none.
    fn advance(&mut self, now: DateTime<FixedOffset>) -> bool {
        self.pacer = None;
        if self.current + 1 >= self.steps.len() {
            self.end(Ending::Finished, now);
            true
        } else {
            self.current += 1;
            false
        }
    }

    fn end(&mut self, ending: Ending, now: DateTime<FixedOffset>) {
        self.ending = Some(ending);
        self.pacer = None;
        self.log.ended = Some(now);
        self.log.ending = Some(ending);
    }

    /// The naloxone timer at `now`.
    pub fn dose_status(&self, now: DateTime<FixedOffset>) -> DoseStatus {
        match self.last_dose {
            None => DoseStatus::NoneGiven,
            Some(at) => {
                let since = (now - at).max(TimeDelta::zero());
                if since < DOSE_INTERVAL {
                    DoseStatus::Waiting {
                        at,
                        remaining: DOSE_INTERVAL - since,
                    }
                } else {
                    DoseStatus::MayRepeat { at, since }
                }
            }
        }
    }

    /// True once per dose, when its countdown first reaches zero: ring the bell.
    pub fn take_bell(&mut self, now: DateTime<FixedOffset>) -> bool {
        match self.dose_status(now) {
            DoseStatus::MayRepeat { at, .. } if self.rung_for != Some(at) => {
                self.rung_for = Some(at);
                true
            }
            _ => false,
        }
    }

    /// The pacer at `now`, or `None` when it is off.
    pub fn pace(&self, now: DateTime<FixedOffset>) -> Option<Pace> {
        let (beat, on) = self.pacer?;
        let ms = (now - on).num_milliseconds().max(0);
        let count = beat.count_at_ms(ms);
        Some(Pace {
            beat,
            count,
            since: TimeDelta::milliseconds(ms - beat.at_ms(count - 1)),
            next: TimeDelta::milliseconds(beat.at_ms(count) - ms),
        })
    }
}

/// "1:05" for a countdown, rounding up so that it never shows 0:00 early.
pub fn countdown(remaining: TimeDelta) -> String {
    let secs = (remaining.num_milliseconds().max(0) + 999) / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// "just now", "1 minute", "12 minutes", "1 hour 5 minutes".
pub fn ago(since: TimeDelta) -> String {
    crate::i18n::duration(crate::i18n::Lang::EN, since)
}

#[cfg(test)]
mod tests {
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
        let dose = |lang, n: usize| crate::tr!(lang, "walk-dose-event", what = "naloxone", n = n);
        let en = crate::i18n::Lang::EN;
        let es = crate::i18n::Lang::find("es").unwrap();
        assert_eq!(dose(en, 2), "naloxone, second dose");
        assert_eq!(dose(en, 11), "naloxone, 11th dose");
        assert_eq!(dose(en, 22), "naloxone, 22nd dose");
        assert_eq!(dose(en, 31), "naloxone, 31st dose");
        assert_eq!(dose(es, 1), "naloxone, primera dosis");
        assert_eq!(dose(es, 12), "naloxone, 12.ª dosis");
        assert_eq!(
            crate::i18n::duration(es, TimeDelta::minutes(75)),
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
}
