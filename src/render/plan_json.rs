//! The `--json` output of `kinship plan kinds`, `plan list` and `plan show`:
//! the schemas scripts read (field names are English and stable).

use crate::content::form;
use serde::Serialize;
use std::collections::BTreeMap;

/// A kind of plan in `plan kinds --json`; `sections` only for one kind.
#[derive(Serialize)]
pub struct KindJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<SectionJson<'a>>>,
}

#[derive(Serialize)]
pub struct SectionJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<WhenJson<'a>>,
    pub fields: Vec<FieldJson<'a>>,
}

/// A section or field asked only for some answers of an earlier question.
#[derive(Serialize)]
pub struct WhenJson<'a> {
    pub field: &'a str,
    pub is: &'a [String],
}

pub fn when_json(when: &Option<form::When>) -> Option<WhenJson<'_>> {
    when.as_ref().map(|w| WhenJson {
        field: &w.field,
        is: &w.is,
    })
}

/// A field: `path` is what `plan set` takes (`when`, `team.N.name`).
#[derive(Serialize)]
pub struct FieldJson<'a> {
    pub id: &'a str,
    pub path: String,
    pub kind: &'a str,
    pub prompt: &'a str,
    pub required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<WhenJson<'a>>,
    pub choices: Vec<ChoiceJson<'a>>,
    pub fields: Vec<FieldJson<'a>>,
}

#[derive(Serialize)]
pub struct ChoiceJson<'a> {
    pub id: &'a str,
    pub label: &'a str,
}

pub fn field_json<'a>(field: &'a form::Field, path: String) -> FieldJson<'a> {
    FieldJson {
        id: &field.id,
        kind: field.kind.name(),
        prompt: &field.prompt,
        required: field.required,
        when: when_json(&field.when),
        choices: field
            .choices
            .iter()
            .map(|c| ChoiceJson {
                id: &c.id,
                label: &c.label,
            })
            .collect(),
        fields: field
            .fields
            .iter()
            .map(|sub| field_json(sub, format!("{path}.N.{}", sub.id)))
            .collect(),
        path,
    }
}

/// One plan in `plan list --json`.
#[derive(Serialize)]
pub struct ListJson {
    pub name: String,
    pub kind: String,
    pub title: String,
    pub answered: usize,
    pub total: usize,
    pub missing: Vec<String>,
    pub updated: String,
    /// As the table shows it.
    #[serde(skip)]
    pub changed: String,
}

/// A plan in `plan show --json`.
#[derive(Serialize)]
pub struct ShowJson<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub title: &'a str,
    pub answered: usize,
    pub total: usize,
    pub missing: Vec<String>,
    /// Questions an earlier answer leaves out that still hold an answer; the
    /// answers are in `answers`, like every other.
    pub hidden: Vec<String>,
    pub created: String,
    pub updated: String,
    pub answers: &'a BTreeMap<String, crate::progress::plan::Value>,
}
