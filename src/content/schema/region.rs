//! `content/regions.yaml`: each region's emergency numbers, services and
//! placeholder texts, with their sources.

use crate::content::expand;
use crate::content::source::Source;
use serde::Deserialize;
use std::collections::BTreeMap;

/// `content/regions.yaml`: every region by its code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionsFile {
    pub regions: BTreeMap<String, Region>,
}

/// One region: its emergency numbers, its services and its placeholder texts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    #[serde(skip)]
    pub code: String,
    pub name: String,
    /// The name as it reads inside a sentence ("the United States").
    pub the_name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub fallback: bool,
    pub emergency: Emergency,
    #[serde(default)]
    pub services: Vec<Service>,
    pub texts: BTreeMap<String, Text>,
}

/// The emergency number(s) of a region.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub numbers: Vec<String>,
    /// How `{{emergency}}` reads: "911", "112 or 999".
    pub say: String,
    pub what: String,
    pub source: Source,
}

/// A helpline or other service, with its number and its source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub group: Group,
    pub name: String,
    pub number: String,
    #[serde(default)]
    pub also: Vec<OtherContact>,
    pub hours: Option<String>,
    pub what: String,
    pub source: Source,
}

/// Another way to reach a service: a TTY number, a text number, an email.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherContact {
    pub how: String,
    pub number: String,
}

/// What a service is for; `kinship resources` groups services by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Medical,
    Poison,
    Overdose,
    Crisis,
    Helpline,
    Family,
    Bereavement,
    Abuse,
    Children,
}

impl Group {
    /// The group's name in files and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Group::Medical => "medical",
            Group::Poison => "poison",
            Group::Overdose => "overdose",
            Group::Crisis => "crisis",
            Group::Helpline => "helpline",
            Group::Family => "family",
            Group::Bereavement => "bereavement",
            Group::Abuse => "abuse",
            Group::Children => "children",
        }
    }
}

/// A placeholder text: plain, or with the source of the fact it states.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    Sourced { text: String, source: Source },
}

impl Text {
    pub fn text(&self) -> &str {
        match self {
            Text::Plain(t) | Text::Sourced { text: t, .. } => t,
        }
    }

    pub fn source(&self) -> Option<&Source> {
        match self {
            Text::Plain(_) => None,
            Text::Sourced { source, .. } => Some(source),
        }
    }
}

impl Region {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// A placeholder text of this region with its references
    /// (`{emergency}`, `{service-id}`) filled in, or why one cannot be.
    pub fn expand(&self, text: &Text) -> Result<String, String> {
        expand::references(text.text(), &self.emergency.say, |id| {
            self.service(id)
                .map(|s| (s.name.as_str(), s.number.as_str()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `build.rs` reads `regions.yaml` with these types: a misspelled field
    /// stops the build, named with its line and column.
    #[test]
    fn a_misspelled_field_is_refused_with_its_place() {
        let text = "regions:\n  us:\n    name: US\n    the_nmae: the US\n";
        let e = crate::yaml::from_str::<RegionsFile>(text).unwrap_err();
        assert_eq!(e.location, Some((4, 5)), "{}", e.message);
        assert!(
            e.message.contains("unknown field `the_nmae`"),
            "{}",
            e.message
        );
    }
}
