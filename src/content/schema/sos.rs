//! The overdose action card and its walk: `content/LANG/sos.yaml`.

use chrono::NaiveDate;
use serde::Deserialize;

/// The card: a title with the emergency number, the signs, and the steps.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sos {
    pub reviewed: NaiveDate,
    pub title: String,
    pub signs: String,
    pub steps: Vec<Step>,
    pub no_naloxone: String,
}

/// One action, under the overdose-response checklist's id for it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    /// The line on the card.
    pub card: String,
    /// The big line the walk shows.
    pub walk: String,
    #[serde(default)]
    pub detail: Vec<String>,
    /// What the log says when the step is done.
    pub done: String,
    /// What the log says when the step is skipped.
    pub skipped: String,
    /// Doing this step means a dose of naloxone was given.
    #[serde(default)]
    pub dose: bool,
    /// The beat the walk's pacer keeps on this step, if any.
    #[serde(default)]
    pub pacer: Option<Pacer>,
    /// The household's own details shown with this step, from their
    /// overdose plan, when they have one.
    #[serde(default)]
    pub household: Vec<Detail>,
}

/// One of the household's details, by its question in the overdose-plan form.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Detail {
    /// The question's id in the overdose-plan form.
    pub field: String,
    /// What the card calls it, before the answer: "Address".
    pub label: String,
}

/// A beat to keep time by: chest pushes for CPR, or breaths for rescue breathing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pacer {
    /// 100 to 120 pushes a minute.
    Cpr,
    /// 1 breath every 5 seconds.
    Breaths,
}
