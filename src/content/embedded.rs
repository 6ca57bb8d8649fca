//! The content files compiled into the binary by `build.rs`, and their index.

/// A topic as the build-time index knows it: enough to list and find it
/// without parsing its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopicEntry {
    /// The language it is written in: "en", "es".
    pub lang: &'static str,
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub aliases: &'static [&'static str],
    /// The file's path under `content/`.
    pub path: &'static str,
}

/// A region as the build-time index knows it: enough to fill every
/// placeholder without parsing `regions.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionEntry {
    /// The language of its names and texts: "en", or another language's
    /// words laid over the English region (`content/LANG/regions.yaml`).
    pub lang: &'static str,
    pub code: &'static str,
    pub name: &'static str,
    /// The name as it reads inside a sentence ("the United States").
    pub the_name: &'static str,
    pub aliases: &'static [&'static str],
    pub fallback: bool,
    /// How `{{emergency}}` reads: "911", "112 or 999".
    pub emergency: &'static str,
    /// The placeholder texts, references already expanded.
    pub texts: &'static [PlaceholderText],
    /// This region's entry of `regions.yaml`, on its own.
    pub yaml: &'static str,
}

/// One placeholder's text in one region, and the source of what it states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceholderText {
    pub key: &'static str,
    pub text: &'static str,
    pub source: Option<SourceEntry>,
}

/// A country as the build-time index knows it, from `countries.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryEntry {
    /// The ISO 3166-1 code, lowercase: "de".
    pub code: &'static str,
    /// The name as it reads in a sentence: "Germany", "the Netherlands".
    pub the_name: &'static str,
    /// A member state of the European Union, where 112 always works.
    pub eu: bool,
}

/// A source as the build-time index holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceEntry {
    pub org: &'static str,
    pub title: &'static str,
    pub year: &'static str,
    pub url: &'static str,
}

/// A guide's body filled for a region and parsed, as `build.rs` stores it:
/// its path, the index in `REGIONS` of the region, whether the guide says
/// `{{region_name}}` (then only that region's own name reads alike), its
/// blocks as `render::doc::encode` writes them, and the lines search reads in
/// it, each ended by [`LINE_END`], as they are and with their ASCII letters
/// lowercased (`None` when a line holds that character).
pub type TopicBlocks = (
    &'static str,
    usize,
    bool,
    &'static str,
    Option<(&'static str, &'static str)>,
);

/// What ends each line of the search text stored for a guide.
pub const LINE_END: char = '\u{1e}';

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The text of one embedded file, by its path under `content/`.
pub fn file(path: &str) -> Option<&'static str> {
    FILES
        .binary_search_by(|(p, _)| (*p).cmp(path))
        .ok()
        .map(|i| FILES[i].1)
}

/// Every embedded file whose path starts with `prefix`, in path order.
pub fn files_under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FILES
        .iter()
        .copied()
        .filter(move |(path, _)| path.starts_with(prefix))
}

/// The JSON `build.rs` wrote for an embedded YAML document (a `.yaml` file, a
/// topic's front matter, a region's own YAML), found by where `text` lives:
/// only the very text the binary holds has one, never a copy or a user's file.
pub fn json_of(text: &str) -> Option<&'static str> {
    let same = |other: &str| other.as_ptr() == text.as_ptr() && other.len() == text.len();
    JSON.iter()
        .find(|(index, offset, len, _)| {
            FILES
                .get(*index)
                .and_then(|(_, file)| file.get(*offset..offset + len))
                .is_some_and(same)
        })
        .map(|(.., json)| *json)
        .or_else(|| {
            let at = REGIONS.iter().position(|r| same(r.yaml))?;
            REGION_JSON.get(at).copied().flatten()
        })
        .or_else(|| {
            let at = TRANSLATED_REGIONS.iter().position(|r| same(r.yaml))?;
            TRANSLATED_REGION_JSON.get(at).copied().flatten()
        })
}
