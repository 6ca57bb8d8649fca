//! A checklist: `content/LANG/checklists/ID.yaml`.

use chrono::NaiveDate;
use serde::Deserialize;

/// A checklist as written in `content/en/checklists/ID.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    /// When the text was last checked against its sources (printed copies say it).
    pub reviewed: NaiveDate,
    pub intro: String,
    /// The guide this checklist belongs to.
    pub topic: Option<String>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    pub items: Vec<Item>,
}

/// One thing to do. Saved progress is keyed by `id`, so it never changes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub text: String,
    pub detail: Option<String>,
    /// A guide to open from this item.
    pub topic: Option<String>,
    #[serde(default)]
    pub urgent: bool,
}
