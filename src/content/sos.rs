//! The overdose action card and its walk-through, as written in `content/en/sos.yaml`.

use super::ContentError;
use super::embedded;

pub const PATH: &str = "en/sos.yaml";

pub use super::schema::sos::{Detail, Pacer, Sos, Step};

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
