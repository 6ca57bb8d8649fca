//! Where a fact comes from: the citation every topic and every number carries.
//!
//! Part of every content file's schema: `build.rs` includes it (see
//! `content/schema/`), so it depends on nothing else in the crate.

use serde::{Deserialize, Deserializer};
use std::fmt;

/// One cited publication: the organisation, the title, the year and its own address.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub org: String,
    pub title: String,
    pub year: Year,
    pub url: String,
}

/// A publication year, or `n.d.` for a page that carries no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Year {
    Known(u16),
    Undated,
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Year::Known(y) => write!(f, "{y}"),
            Year::Undated => f.write_str("n.d."),
        }
    }
}

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u16),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(y) if (1900..=2100).contains(&y) => Ok(Year::Known(y)),
            Raw::Text(t) if t == "n.d." => Ok(Year::Undated),
            _ => Err(serde::de::Error::custom(
                "year must be a four-digit year, or n.d. when the page has no date",
            )),
        }
    }
}

impl fmt::Display for Source {
    /// `Org. Title (year). url`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}. {} ({}). {}",
            self.org, self.title, self.year, self.url
        )
    }
}
