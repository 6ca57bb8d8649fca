//! The weekly check-in's areas and wording (`content/en/checkin.yaml`):
//! what `kinship checkin` asks about, and where each area's help is.

/// The file, compiled in. It is small and read only by the check-in commands.
const FILE: &str = include_str!("../../content/en/checkin.yaml");

/// The self-care guide, whose sections the areas point to.
pub const GUIDE: &str = "self-care";

pub use super::schema::checkin::{Area, BookSource, Checkin};

/// The check-in as kinship ships it, in English.
pub fn load() -> Result<Checkin, crate::yaml::YamlError> {
    crate::yaml::from_str(FILE)
}

/// The check-in in `lang` (`content/LANG/checkin.yaml`), else in English
/// (`fell_back`). Same ids in every language, so saved check-ins read in any.
pub fn load_in(
    lang: crate::content::i18n::Lang,
) -> Result<super::Localized<Checkin>, crate::yaml::YamlError> {
    match super::file_in(lang, "en/checkin.yaml") {
        Some(found) if !found.fell_back => Ok(super::Localized {
            value: crate::yaml::from_str(found.value.1)?,
            fell_back: false,
        }),
        _ => Ok(super::Localized {
            value: load()?,
            fell_back: !lang.is_english(),
        }),
    }
}

impl Checkin {
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.areas.iter().map(|a| a.id.as_str()).collect()
    }

    /// The area id closest to a mistyped one, when one is close enough.
    pub fn closest(&self, typed: &str) -> Option<&str> {
        let typed = typed.to_lowercase();
        self.areas
            .iter()
            .map(|a| {
                let by_id = strsim::damerau_levenshtein(&typed, &a.id);
                // "sleep" or "mood" should find the area whose label says it.
                let in_label = a.label.to_lowercase().contains(&typed)
                    || a.question.to_lowercase().contains(&typed);
                (
                    if in_label && typed.len() >= 3 {
                        0
                    } else {
                        by_id
                    },
                    a,
                )
            })
            .filter(|(edits, a)| *edits <= 2.max(a.id.len() / 3))
            .min_by_key(|(edits, _)| *edits)
            .map(|(_, a)| a.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checkin_parses_with_unique_ids_and_real_guide_sections() {
        let c = load().unwrap();
        assert!(c.areas.len() >= 6 && c.areas.len() <= 10);
        let mut ids = c.ids();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), c.areas.len(), "unique ids");
        let guide = crate::content::find_topic(GUIDE).unwrap();
        let topic = crate::content::load_topic(guide).unwrap();
        for a in &c.areas {
            assert!(
                topic.body.contains(&format!("## {}\n", a.section)),
                "{} points to a section the guide does not have: {}",
                a.id,
                a.section
            );
            assert!(
                a.id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{}",
                a.id
            );
        }
        assert!(!c.sources.is_empty());
    }

    /// A translation asks about the same areas, in the same order, and
    /// points to sections the self-care guide has in the language it is
    /// shown in.
    #[test]
    fn every_translation_has_the_same_areas_and_real_guide_sections() {
        let english = load().unwrap();
        for lang in crate::content::i18n::Lang::all().filter(|l| !l.is_english()) {
            let found = load_in(lang).unwrap();
            if found.fell_back {
                continue;
            }
            let c = found.value;
            assert_eq!(c.ids(), english.ids(), "{lang}");
            let guide = crate::content::find_topic_in(lang, GUIDE).unwrap().value;
            let topic = crate::content::load_topic(guide).unwrap();
            for a in &c.areas {
                assert!(
                    topic.body.contains(&format!("## {}\n", a.section)),
                    "{lang} {}: no section {}",
                    a.id,
                    a.section
                );
                assert!(
                    a.label != english.area(&a.id).unwrap().label,
                    "{lang} {}",
                    a.id
                );
            }
        }
    }

    #[test]
    fn a_mistyped_area_finds_the_closest() {
        let c = load().unwrap();
        assert_eq!(c.closest("helth"), Some("health"));
        assert_eq!(c.closest("sleep"), Some("health"));
        assert_eq!(c.closest("mony"), Some("money"));
        assert_eq!(c.closest("lovedone"), Some("loved-one"));
        assert_eq!(c.closest("zzzzzzzz"), None);
    }
}
