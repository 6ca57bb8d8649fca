//! Regions: emergency numbers, helplines, and the texts that fill `{{placeholders}}`.

use super::ContentError;
use super::embedded::{self, CountryEntry, RegionEntry, SourceEntry};
use super::expand;
use super::schema::region::RegionsFile;
pub use super::schema::region::{Emergency, Group, OtherContact, Region, Service, Text};
use super::source::{Source, Year};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Every placeholder that every region must be able to fill.
pub const PLACEHOLDERS: &[&str] = &[
    "emergency",
    "region_name",
    "poison_control",
    "helpline",
    "crisis_line",
    "family_line",
    "overdose_line",
    "naloxone_access",
    "call_for_help_law",
    "find_treatment",
    "moud_access",
    "treatment_privacy",
    "treatment_cost",
    "check_provider",
    "forced_treatment",
];

/// The placeholders filled from a region's own fields rather than its `texts`.
#[cfg(test)]
const BUILT_IN: &[&str] = &["emergency", "region_name"];

const PATH: &str = "regions.yaml";

/// Every region, parsed from `regions.yaml`.
#[derive(Debug, Clone)]
pub struct Regions {
    regions: BTreeMap<String, Region>,
}

impl Regions {
    /// Parses the embedded `regions.yaml`.
    pub fn load() -> Result<Regions, ContentError> {
        let text = embedded::file(PATH)
            .ok_or_else(|| ContentError::new(PATH, None, "the file is missing"))?;
        let file: RegionsFile =
            super::from_yaml(text).map_err(|e| ContentError::new(PATH, e.location, e.message))?;
        let mut regions = file.regions;
        for (code, region) in regions.iter_mut() {
            region.code = code.clone();
        }
        Ok(Regions { regions })
    }

    /// Parses one region only, from its own YAML in the build-time index: what a
    /// guide needs, at a seventh of the cost of the whole file.
    pub fn load_one(entry: &RegionEntry) -> Result<Region, ContentError> {
        let mut region: Region = super::from_yaml(entry.yaml).map_err(|e| {
            ContentError::new(PATH, None, format!("region {}: {}", entry.code, e.message))
        })?;
        // A country read through its base region keeps its own name.
        region.code = entry.code.to_string();
        region.name = entry.name.to_string();
        region.the_name = entry.the_name.to_string();
        Ok(region)
    }

    pub fn get(&self, code: &str) -> Option<&Region> {
        self.regions.get(code)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Region> {
        self.regions.values()
    }
}

impl Region {
    /// The text a placeholder stands for here, with `{service}` references filled in,
    /// or why it cannot be filled.
    pub fn placeholder(&self, key: &str) -> Result<String, String> {
        match key {
            "emergency" => Ok(self.emergency.say.clone()),
            "region_name" => Ok(self.the_name.clone()),
            _ => {
                let text = self
                    .texts
                    .get(key)
                    .ok_or_else(|| format!("region {} has no text for {{{{{key}}}}}", self.code))?;
                self.expand(text)
                    .map_err(|e| format!("region {}: {e}", self.code))
            }
        }
    }

    /// The source behind a placeholder's text, when it states a fact.
    pub fn placeholder_source(&self, key: &str) -> Option<&Source> {
        if key == "emergency" {
            return Some(&self.emergency.source);
        }
        self.texts.get(key).and_then(Text::source)
    }

    /// Every placeholder this region must fill but does not, or cannot (the
    /// library validation, so tests only).
    #[cfg(test)]
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for key in PLACEHOLDERS {
            if let Err(e) = self.placeholder(key) {
                problems.push(e);
            }
        }
        for key in self.texts.keys() {
            if !PLACEHOLDERS.contains(&key.as_str()) || BUILT_IN.contains(&key.as_str()) {
                problems.push(format!(
                    "region {} has a text for {key:?}, which is not a placeholder (known: {})",
                    self.code,
                    PLACEHOLDERS.join(", ")
                ));
            }
        }
        problems
    }
}

/// Anything that can fill placeholders: a parsed `Region`, or the build-time
/// `RegionEntry` (which needs no parsing).
pub trait Placeholders {
    /// The text for `key`, or `None` when it has none.
    fn placeholder_text(&self, key: &str) -> Option<Cow<'_, str>>;
}

impl Placeholders for Region {
    fn placeholder_text(&self, key: &str) -> Option<Cow<'_, str>> {
        self.placeholder(key).ok().map(Cow::Owned)
    }
}

impl Placeholders for RegionEntry {
    fn placeholder_text(&self, key: &str) -> Option<Cow<'_, str>> {
        self.placeholder(key).map(Cow::Borrowed)
    }
}

impl RegionEntry {
    /// The text for a placeholder here, from the build-time index.
    pub fn placeholder(&self, key: &str) -> Option<&'static str> {
        match key {
            "emergency" => Some(self.emergency),
            "region_name" => Some(self.the_name),
            _ => self.texts.iter().find(|t| t.key == key).map(|t| t.text),
        }
    }

    /// The source behind a placeholder's text, when it states a fact.
    pub fn placeholder_source(&self, key: &str) -> Option<Source> {
        self.texts
            .iter()
            .find(|t| t.key == key)
            .and_then(|t| t.source.as_ref())
            .map(source_of)
    }
}

/// A source from the build-time index.
fn source_of(entry: &SourceEntry) -> Source {
    Source {
        org: entry.org.to_string(),
        title: entry.title.to_string(),
        year: entry.year.parse().map_or(Year::Undated, Year::Known),
        url: entry.url.to_string(),
    }
}

/// Fills every known `{{placeholder}}` in `text` from `region`; unknown ones stay
/// as they are (the library validation reports them).
pub fn fill<'a>(text: &'a str, region: &impl Placeholders) -> Cow<'a, str> {
    expand::placeholders(text, |key| region.placeholder_text(key))
}

/// Every `{{name}}` used in `text`.
pub fn placeholders_in(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = expand::find_open(rest) {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        names.push(&after[..end]);
        rest = &after[end + 2..];
    }
    names
}

/// A region kinship has checked, by its code or another name (`gb`, `GB`,
/// `uk`), from the build-time index. The region for unchecked countries is
/// not one: it is reached through a country's code only.
pub fn find(code: &str) -> Option<&'static RegionEntry> {
    let code = code.trim().to_ascii_lowercase();
    embedded::REGIONS
        .iter()
        .find(|r| !r.fallback && (r.code == code || r.aliases.contains(&code.as_str())))
}

/// A country by its ISO 3166-1 code, in any case.
pub fn country(code: &str) -> Option<&'static CountryEntry> {
    let code = code.trim().to_ascii_lowercase();
    embedded::COUNTRIES
        .binary_search_by(|c| c.code.cmp(code.as_str()))
        .ok()
        .map(|i| &embedded::COUNTRIES[i])
}

/// The region for what a user typed or the locale says: a checked region
/// (`gb`, `uk`), else a country by its code. An EU member state reads the
/// `eu` texts with 112 and its own name; any other country reads the texts
/// for unchecked countries, with its own name and "your local emergency
/// number", never a guessed number (RULE-112). `None` when the code is
/// neither a region nor a country.
pub fn resolve(code: &str) -> Option<&'static RegionEntry> {
    if let Some(region) = find(code) {
        return Some(region);
    }
    let country = country(code)?;
    let base = if country.eu {
        find("eu").expect("regions.yaml has an eu region")
    } else {
        fallback()
    };
    // Leaked once per run: the settings hold `&'static` regions, and a
    // country's entry is the base region under the country's own name.
    Some(Box::leak(Box::new(RegionEntry {
        code: country.code,
        name: country.name(),
        the_name: country.the_name,
        ..*base
    })))
}

impl CountryEntry {
    /// The name as it stands alone: "Netherlands" for "the Netherlands".
    pub fn name(&self) -> &'static str {
        self.the_name.strip_prefix("the ").unwrap_or(self.the_name)
    }
}

impl RegionEntry {
    /// True when kinship has not checked this country's numbers: it says "your
    /// local emergency number" and gives no number.
    pub fn unchecked(&self) -> bool {
        self.fallback
    }
}

impl RegionEntry {
    /// This region in `lang`: the same numbers, with that language's words
    /// where `content/LANG/regions.yaml` has them and English elsewhere. A
    /// country read through a region keeps its own name, in `lang` when
    /// that file names it.
    pub fn in_lang(&'static self, lang: crate::content::i18n::Lang) -> &'static RegionEntry {
        if self.lang == lang.code() {
            return self;
        }
        let same_texts = |r: &RegionEntry| {
            r.texts.as_ptr() == self.texts.as_ptr() && r.texts.len() == self.texts.len()
        };
        // The region this one reads through: itself, or a country's base.
        let Some(base) = embedded::REGIONS
            .iter()
            .chain(embedded::TRANSLATED_REGIONS)
            .find(|r| same_texts(r))
        else {
            return self;
        };
        let target = if lang.is_english() {
            embedded::REGIONS.iter().find(|r| r.code == base.code)
        } else {
            embedded::TRANSLATED_REGIONS
                .iter()
                .find(|r| r.lang == lang.code() && r.code == base.code)
        };
        let Some(target) = target else { return self };
        if self.code == base.code {
            return target;
        }
        let country = country(self.code);
        let the_name = embedded::COUNTRY_NAMES
            .iter()
            .find(|(l, code, _)| *l == lang.code() && *code == self.code)
            .map(|(.., name)| *name)
            .or_else(|| country.filter(|_| lang.is_english()).map(|c| c.the_name))
            .unwrap_or(self.the_name);
        let name = if lang.is_english() {
            country.map_or(self.name, CountryEntry::name)
        } else {
            the_name
        };
        // Leaked once per run, as `resolve` does.
        Box::leak(Box::new(RegionEntry {
            code: self.code,
            name,
            the_name,
            ..*target
        }))
    }
}

/// The region used for any country kinship has not checked.
pub fn fallback() -> &'static RegionEntry {
    embedded::REGIONS
        .iter()
        .find(|r| r.fallback)
        .expect("regions.yaml marks one region as the fallback")
}

/// The checked region codes, for error messages: "us (United States), ...",
/// with their names in `lang`.
pub fn known_codes(lang: crate::content::i18n::Lang) -> String {
    use crate::content::i18n::tr;
    embedded::REGIONS
        .iter()
        .filter(|r| !r.fallback)
        .map(|r| {
            let name = r.in_lang(lang).name;
            match r.aliases.first() {
                None => tr!(lang, "region-code", code = r.code, name = name),
                Some(alias) => tr!(
                    lang,
                    "region-code-or",
                    code = r.code,
                    alias = *alias,
                    name = name
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions() -> Regions {
        Regions::load().unwrap()
    }

    #[test]
    fn fills_placeholders_from_the_region() {
        let r = regions();
        let us = r.get("us").unwrap();
        assert_eq!(fill("Call {{emergency}} now.", us), "Call 911 now.");
        let ie = r.get("ie").unwrap();
        assert_eq!(fill("Call {{emergency}} now.", ie), "Call 112 or 999 now.");
    }

    #[test]
    fn service_references_become_numbers() {
        let r = regions();
        let text = r.get("us").unwrap().placeholder("poison_control").unwrap();
        assert_eq!(text, "Poison Help (1-800-222-1222)");
        let ie = r.get("ie").unwrap().placeholder("crisis_line").unwrap();
        assert_eq!(ie, "Samaritans (free on 116 123, day and night)");
        let ie = r
            .get("ie")
            .unwrap()
            .placeholder("call_for_help_law")
            .unwrap();
        assert!(ie.contains("112 or 999"), "{{emergency}} expands: {ie}");
    }

    #[test]
    fn unknown_placeholders_are_left_visible() {
        let r = regions();
        assert_eq!(fill("x {{nope}} y", r.get("us").unwrap()), "x {{nope}} y");
        assert_eq!(fill("x {{open", r.get("us").unwrap()), "x {{open");
    }

    #[test]
    fn one_region_alone_is_the_same_as_in_the_whole_file() {
        let all = regions();
        for entry in embedded::REGIONS {
            let one = Regions::load_one(entry).unwrap();
            let full = all.get(entry.code).unwrap();
            assert_eq!(format!("{one:?}"), format!("{full:?}"));
        }
        assert_eq!(embedded::REGIONS.len(), all.iter().count());
    }

    #[test]
    fn the_build_time_texts_match_the_parsed_ones() {
        let all = regions();
        for entry in embedded::REGIONS {
            let full = all.get(entry.code).unwrap();
            for key in PLACEHOLDERS {
                assert_eq!(
                    entry.placeholder(key).map(str::to_string),
                    full.placeholder(key).ok(),
                    "{} {key}",
                    entry.code
                );
                if *key != "emergency" {
                    assert_eq!(
                        entry.placeholder_source(key).as_ref(),
                        full.placeholder_source(key),
                        "{} {key}",
                        entry.code
                    );
                }
            }
            assert_eq!(entry.emergency, full.emergency.say);
            assert_eq!(entry.name, full.name);
        }
    }

    #[test]
    fn codes_aliases_and_countries() {
        assert_eq!(find("GB").unwrap().code, "gb");
        assert_eq!(find("uk").unwrap().code, "gb");
        assert_eq!(find("de"), None);
        assert_eq!(find("local"), None, "reached through a country only");
        assert_eq!(resolve("NZ").unwrap().code, "nz");
        assert_eq!(resolve("uk").unwrap().code, "gb");
        // An EU member state: 112 and its own name.
        let de = resolve("DE").unwrap();
        assert_eq!((de.code, de.name, de.emergency), ("de", "Germany", "112"));
        let nl = resolve("nl").unwrap();
        assert_eq!((nl.name, nl.the_name), ("Netherlands", "the Netherlands"));
        // Not in the EU: never 112, never 911, whatever the neighbours use.
        for code in ["jp", "za", "no", "ch", "br", "in"] {
            let r = resolve(code).unwrap();
            assert!(r.unchecked(), "{code}");
            assert_eq!(r.emergency, "your local emergency number", "{code}");
        }
        assert_eq!(resolve("jp").unwrap().name, "Japan");
        // Mexico is checked: 911, never 112.
        let mx = resolve("MX").unwrap();
        assert_eq!(
            (mx.code, mx.emergency, mx.unchecked()),
            ("mx", "911", false)
        );
        assert_eq!(resolve("xx"), None);
        assert_eq!(resolve("uk2"), None);
        assert_eq!(resolve(""), None);
    }

    #[test]
    fn every_eu_member_state_is_a_country_and_the_table_is_sorted() {
        let members: Vec<&str> = embedded::COUNTRIES
            .iter()
            .filter(|c| c.eu)
            .map(|c| c.code)
            .collect();
        assert_eq!(members.len(), 27, "{members:?}");
        assert!(embedded::COUNTRIES.len() >= 249);
        assert!(
            embedded::COUNTRIES
                .windows(2)
                .all(|w| w[0].code < w[1].code)
        );
        for r in embedded::REGIONS
            .iter()
            .filter(|r| !r.fallback && r.code != "eu")
        {
            assert!(
                country(r.code).is_some(),
                "{} is not a country code",
                r.code
            );
        }
    }

    #[test]
    fn lists_placeholders_used() {
        assert_eq!(placeholders_in("a {{x}} b {{y_z}}"), vec!["x", "y_z"]);
    }
}
