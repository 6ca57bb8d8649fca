//! The embedded guidance library: the file table, its models, lookup by id; no I/O.

pub mod checkin;
pub mod checklist;
pub mod embedded;
pub mod expand;
pub mod form;
pub mod front_matter;
pub mod i18n;
pub mod overlay;
#[cfg(test)]
mod parity;
pub mod region;
pub mod schema;
pub mod sos;
pub mod source;
pub mod topic;
/// The library validation: run by `cargo test`, never shipped.
#[cfg(test)]
pub mod validate;

use crate::content::i18n::Lang;
use embedded::TopicEntry;
use std::fmt;

/// A problem in kinship's own content: a bug in the data, found by `cargo test`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file's path under `content/`.
    pub path: String,
    pub location: Option<(usize, usize)>,
    pub message: String,
}

impl ContentError {
    pub fn new(path: &str, location: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        ContentError {
            path: path.to_string(),
            location,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}", self.path)?;
        if let Some((line, column)) = self.location {
            write!(f, ", line {line}, column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ContentError {}

/// Reads an embedded YAML document into `T`. `build.rs` has already read
/// every embedded document and written it as JSON, which reads many times
/// faster; a document it could not convert, or whose JSON does not fit `T`,
/// is read as YAML, so what is read and every error message stay the YAML's.
pub fn from_yaml<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, crate::yaml::YamlError> {
    if let Some(json) = embedded::json_of(text)
        && let Ok(value) = serde_json::from_str(json)
    {
        return Ok(value);
    }
    crate::yaml::from_str(text)
}

/// Every English topic in the index, in display order.
pub fn topics() -> &'static [TopicEntry] {
    topics_written_in(Lang::EN)
}

/// The topics written in `lang`, in display order: only its own, which may
/// be fewer than the English ones.
pub fn topics_written_in(lang: Lang) -> &'static [TopicEntry] {
    let all = embedded::TOPICS;
    let start = all.iter().position(|t| t.lang == lang.code());
    let Some(start) = start else { return &[] };
    let len = all[start..]
        .iter()
        .take_while(|t| t.lang == lang.code())
        .count();
    &all[start..start + len]
}

/// Every guide as a reader of `lang` sees it, in the English order: its
/// version in `lang` where there is one, else the English one.
pub fn topics_for(lang: Lang) -> Vec<Localized<&'static TopicEntry>> {
    topics()
        .iter()
        .map(|english| topic_in(lang, english))
        .collect()
}

/// A piece of content in the language asked for, or in English when it has
/// not been translated yet (`fell_back`: say so, in one line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<T> {
    pub value: T,
    pub fell_back: bool,
}

impl<T, E> Localized<Result<T, E>> {
    pub fn transpose(self) -> Result<Localized<T>, E> {
        let fell_back = self.fell_back;
        self.value.map(|value| Localized { value, fell_back })
    }
}

impl<T> Localized<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Localized<U> {
        Localized {
            value: f(self.value),
            fell_back: self.fell_back,
        }
    }
}

/// The version in `lang` of the English topic `english`, else the English one.
pub fn topic_in(lang: Lang, english: &'static TopicEntry) -> Localized<&'static TopicEntry> {
    match topics_written_in(lang).iter().find(|t| t.id == english.id) {
        Some(own) => Localized {
            value: own,
            fell_back: false,
        },
        None => Localized {
            value: english,
            fell_back: !lang.is_english(),
        },
    }
}

/// A name for a guide, in `lang`: by id, or by another name in any language
/// (`sobredosis` finds the overdose guide), then the version in `lang`.
pub fn find_topic_in(lang: Lang, name: &str) -> Option<Localized<&'static TopicEntry>> {
    find_topic(name).map(|english| topic_in(lang, english))
}

/// The path of a file's version in `lang` (`es/checklists/x.yaml` for
/// `en/checklists/x.yaml`) and its text, else the English file's, with
/// whether it fell back.
pub fn file_in(lang: Lang, english_path: &str) -> Option<Localized<(&'static str, &'static str)>> {
    if !lang.is_english()
        && let Some(rest) = english_path.strip_prefix("en/")
    {
        let own = format!("{}/{rest}", lang.code());
        if let Some(at) = embedded::FILES.iter().position(|(p, _)| *p == own) {
            return Some(Localized {
                value: embedded::FILES[at],
                fell_back: false,
            });
        }
    }
    let at = embedded::FILES
        .iter()
        .position(|(p, _)| *p == english_path)?;
    Some(Localized {
        value: embedded::FILES[at],
        fell_back: !lang.is_english(),
    })
}

/// Normalises what a user typed for a topic: case, spaces and underscores.
pub fn normalise_name(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Guides that show a terminal only their first screen, the steps, unless
/// `--full` is given; they never go through a pager unless `--full` asks for all.
pub const FIRST_SCREEN: &[&str] = &["overdose"];

/// The English topic a name refers to, by id or alias; an alias in another
/// language (`sobredosis`) finds the English topic of the same id.
pub fn find_topic(name: &str) -> Option<&'static TopicEntry> {
    let name = normalise_name(name);
    topics()
        .iter()
        .find(|t| t.id == name)
        .or_else(|| topics().iter().find(|t| t.aliases.contains(&name.as_str())))
        .or_else(|| {
            let other = embedded::TOPICS
                .iter()
                .find(|t| t.aliases.contains(&name.as_str()))?;
            topics().iter().find(|t| t.id == other.id)
        })
}

/// Parses a topic's file.
pub fn load_topic(entry: &TopicEntry) -> Result<topic::Topic, ContentError> {
    let text = embedded::file(entry.path)
        .ok_or_else(|| ContentError::new(entry.path, None, "the file is missing"))?;
    topic::parse(entry.path, text)
}

/// The topics closest to a name that matched none, best first (at most three).
///
/// A name that starts or is contained in an id, alias or title word counts as
/// close; otherwise spelling distance decides, and only close spellings count.
pub fn suggest_topics(name: &str) -> Vec<&'static TopicEntry> {
    let name = normalise_name(name);
    if name.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &TopicEntry)> = topics()
        .iter()
        .map(|t| (closeness(&name, t), t))
        .filter(|(score, _)| *score >= 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Only the ones about as close as the best: "overdoes" is the overdose
    // guide, not also grief, whose title happens to say "overdose".
    let best = scored.first().map_or(0.0, |(s, _)| *s);
    scored
        .into_iter()
        .take_while(|(score, _)| *score >= best - 0.05)
        .take(3)
        .map(|(_, t)| t)
        .collect()
}

fn closeness(name: &str, topic: &TopicEntry) -> f64 {
    // A word of the title counts for a little less than a name of the guide.
    let title_words = topic
        .title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(|w| (w.to_lowercase(), 0.9));
    let names = std::iter::once((topic.id.to_string(), 1.0))
        .chain(topic.aliases.iter().map(|a| (a.to_string(), 1.0)))
        .chain(title_words);
    names
        .map(|(candidate, weight)| {
            weight
                * if candidate.starts_with(name) && name.len() >= 2 {
                    1.0
                } else if name.len() >= 4 && candidate.contains(name) {
                    0.95
                } else {
                    strsim::jaro_winkler(name, &candidate)
                        .max(strsim::normalized_damerau_levenshtein(name, &candidate))
                }
        })
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_id_and_alias_in_any_case() {
        assert_eq!(find_topic("overdose").unwrap().id, "overdose");
        assert_eq!(find_topic("OD").unwrap().id, "overdose");
        assert_eq!(find_topic(" Narcan ").unwrap().id, "overdose");
        assert!(find_topic("nothing-like-this").is_none());
    }

    #[test]
    fn names_with_spaces_become_ids() {
        assert_eq!(normalise_name("Warning  Signs"), "warning-signs");
        assert_eq!(normalise_name("harm_reduction"), "harm-reduction");
    }

    #[test]
    fn suggests_topics_for_typos_and_prefixes() {
        let ids = |n| suggest_topics(n).iter().map(|t| t.id).collect::<Vec<_>>();
        assert_eq!(ids("overdoes"), ["overdose"], "only the close one");
        assert_eq!(ids("overdos").first(), Some(&"overdose"));
        assert_eq!(ids("over").first(), Some(&"overdose"));
        assert!(ids("zzzzqqq").is_empty());
    }
}
