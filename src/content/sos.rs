//! The overdose action card and its walk-through, as written in `content/en/sos.yaml`.

use super::ContentError;
use super::embedded;
use chrono::NaiveDate;
use serde::Deserialize;

pub const PATH: &str = "en/sos.yaml";

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

impl Sos {
    /// Every text in the file, for checks that look at all of them.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        [self.title.as_str(), &self.signs, &self.no_naloxone]
            .into_iter()
            .chain(self.steps.iter().flat_map(|s| {
                [s.card.as_str(), &s.walk, &s.done, &s.skipped]
                    .into_iter()
                    .chain(s.detail.iter().map(String::as_str))
                    .chain(s.household.iter().map(|d| d.label.as_str()))
            }))
    }
}

pub fn parse(text: &str) -> Result<Sos, ContentError> {
    super::from_yaml(text).map_err(|e| ContentError::new(PATH, e.location, e.message))
}

/// The card in `lang`, else in English (`fell_back`).
pub fn load_in(lang: crate::content::i18n::Lang) -> Result<super::Localized<Sos>, ContentError> {
    let found = super::file_in(lang, PATH)
        .ok_or_else(|| ContentError::new(PATH, None, "the file is missing"))?;
    let (path, text) = found.value;
    found
        .map(|_| ())
        .map(|()| {
            super::from_yaml(text).map_err(|e| ContentError::new(path, e.location, e.message))
        })
        .transpose()
}

/// The embedded card.
pub fn load() -> Result<Sos, ContentError> {
    let text =
        embedded::file(PATH).ok_or_else(|| ContentError::new(PATH, None, "the file is missing"))?;
    parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_parses_with_one_step_per_overdose_response_item() {
        let sos = load().unwrap();
        let ids: Vec<&str> = sos.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, super::super::validate::OVERDOSE_RESPONSE_IDS);
        assert!(sos.title.contains("{{emergency}}"));
        let doses: Vec<&str> = sos
            .steps
            .iter()
            .filter(|s| s.dose)
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(doses, ["give-naloxone", "second-dose"]);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let err = parse(
            "reviewed: 2026-11-22\ntitle: t\nsigns: s\nsteps: []\nno_naloxone: n\ncolour: red\n",
        )
        .unwrap_err();
        assert!(err.message.contains("colour"), "{err}");
    }
}
