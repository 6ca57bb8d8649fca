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
    lang: crate::content::i18n::Lang,
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
            lang: crate::content::i18n::Lang::EN,
        }
    }

    /// The same walk, speaking `lang`.
    pub fn in_lang(mut self, lang: crate::content::i18n::Lang) -> Walk {
        self.lang = lang;
        self
    }

    /// The language the walk speaks.
    pub fn lang(&self) -> crate::content::i18n::Lang {
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
        let what = crate::content::i18n::tr!(
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
    crate::content::i18n::duration(crate::content::i18n::Lang::EN, since)
}

#[cfg(test)]
mod tests;
