//! The weekly check-in's areas and wording: `content/LANG/checkin.yaml`.

use crate::content::source::Year;
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkin {
    pub id: String,
    pub title: String,
    pub reviewed: NaiveDate,
    pub intro: String,
    /// Why it helps, in plain words.
    pub why: String,
    pub areas: Vec<Area>,
    pub sources: Vec<BookSource>,
}

/// One area of the family member's own life. Its id is stable forever.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    /// Short, for charts and lists: "Sleep and health".
    pub label: String,
    /// What the rating is about, as it is asked.
    pub question: String,
    /// The heading of the self-care guide that helps most when this is low.
    pub section: String,
}

/// A source; books have no web address of their own.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookSource {
    pub org: String,
    pub title: String,
    pub year: Year,
    pub url: Option<String>,
}
