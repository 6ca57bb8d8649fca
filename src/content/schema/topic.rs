//! A guide's front matter: the YAML between the `---` lines at the top of
//! `content/LANG/topics/ID.md`.

use crate::content::source::Source;
use chrono::NaiveDate;
use serde::Deserialize;

/// A topic's front matter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicMeta {
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub order: i64,
    pub reviewed: NaiveDate,
    #[serde(default)]
    pub see_also: Vec<String>,
    pub sources: Vec<Source>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `build.rs` reads every guide's front matter with this type.
    #[test]
    fn front_matter_with_an_unknown_field_is_refused_with_its_place() {
        let text = "id: t\ntitle: T\nsumary: S.\n";
        let e = crate::yaml::from_str::<TopicMeta>(text).unwrap_err();
        assert_eq!(e.location, Some((3, 1)), "{}", e.message);
        assert!(
            e.message.contains("unknown field `sumary`"),
            "{}",
            e.message
        );
    }
}
