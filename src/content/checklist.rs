//! Checklists: titled sections of items, each with an id that never changes.

use super::ContentError;
use super::embedded;

const DIR: &str = "en/checklists/";

pub use super::schema::checklist::{Checklist, Item, Section};

impl Checklist {
    /// Every item, in order, across sections.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|i| i.id == id)
    }

    pub fn len(&self) -> usize {
        self.items().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Parses one checklist file.
pub fn parse(path: &str, text: &str) -> Result<Checklist, ContentError> {
    super::from_yaml(text).map_err(|e| ContentError::new(path, e.location, e.message))
}

/// The ids of every embedded checklist, in file order.
pub fn ids() -> Vec<&'static str> {
    embedded::files_under(DIR)
        .filter_map(|(path, _)| path.strip_prefix(DIR)?.strip_suffix(".yaml"))
        .collect()
}

/// Loads a checklist by id; `Ok(None)` when there is none by that id.
pub fn load(id: &str) -> Result<Option<Checklist>, ContentError> {
    let path = format!("{DIR}{id}.yaml");
    match embedded::file(&path) {
        Some(text) => parse(&path, text).map(Some),
        None => Ok(None),
    }
}

/// Loads a checklist by id in `lang`, else in English (`fell_back`);
/// `Ok(None)` when there is none by that id.
pub fn load_in(
    lang: crate::content::i18n::Lang,
    id: &str,
) -> Result<Option<super::Localized<Checklist>>, ContentError> {
    let Some(found) = super::file_in(lang, &format!("{DIR}{id}.yaml")) else {
        return Ok(None);
    };
    let (path, text) = found.value;
    Ok(Some(
        found.map(|_| ()).map(|()| parse(path, text)).transpose()?,
    ))
}

/// Every checklist in `lang`, each in English where it is not translated.
pub fn all_in(lang: crate::content::i18n::Lang) -> Result<Vec<Checklist>, ContentError> {
    ids()
        .into_iter()
        .filter_map(|id| load_in(lang, id).transpose())
        .map(|c| c.map(|c| c.value))
        .collect()
}

/// Loads every checklist.
pub fn all() -> Result<Vec<Checklist>, ContentError> {
    embedded::files_under(DIR)
        .map(|(path, text)| parse(path, text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "id: kit\ntitle: Kit\nreviewed: 2026-11-22\nintro: Why.\nsections:\n  - title: A\n    items:\n      \
        - {id: one, text: One., urgent: true}\n      - {id: two, text: Two., detail: More., topic: overdose}\n  \
        - title: B\n    items:\n      - {id: three, text: Three.}\n";

    #[test]
    fn parses_sections_and_items_in_order() {
        let c = parse("en/checklists/kit.yaml", SAMPLE).unwrap();
        let ids: Vec<_> = c.items().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["one", "two", "three"]);
        assert!(c.item("one").unwrap().urgent);
        assert_eq!(c.item("two").unwrap().topic.as_deref(), Some("overdose"));
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn a_typo_in_a_field_name_is_refused_with_its_line() {
        let bad = SAMPLE.replace("urgent: true", "urgnet: true");
        let e = parse("en/checklists/kit.yaml", &bad).unwrap_err();
        assert!(e.message.contains("urgnet"), "{e}");
        assert!(e.location.is_some());
    }
}
