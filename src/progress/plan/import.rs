//! Answers from a file given to `kinship plan import`, each checked as if
//! it were typed, with every problem named.

use super::answer::parse_answer;
use super::model::{Entry, Value};
use super::path::unknown_field;
use crate::content::form::{Field, Form, Kind};
use crate::content::i18n::t;
use crate::error::quoted;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A value in a file given to `kinship plan import`, before it is checked.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Raw {
    Flag(bool),
    Int(i64),
    Float(f64),
    Text(String),
    Seq(Vec<Raw>),
    Map(BTreeMap<String, Raw>),
}

impl Raw {
    /// A scalar as the text a person would have typed; a list of scalars
    /// joined with commas (for multiple choice).
    fn as_typed(&self) -> Option<String> {
        match self {
            Raw::Flag(b) => Some(if *b { "yes" } else { "no" }.into()),
            Raw::Int(n) => Some(n.to_string()),
            Raw::Float(n) => Some(n.to_string()),
            Raw::Text(t) => Some(t.clone()),
            Raw::Seq(items) => items
                .iter()
                .map(Raw::as_typed)
                .collect::<Option<Vec<_>>>()
                .map(|v| v.join(", ")),
            Raw::Map(_) => None,
        }
    }
}

/// One imported value, checked as if typed; problems and warnings are collected.
fn import_one(
    field: &Field,
    at: &str,
    raw: &Raw,
    today: NaiveDate,
    problems: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> Option<Value> {
    let Some(typed) = raw.as_typed() else {
        problems.push(format!("{at}: {}", t!("plan-import-expected-value")));
        return None;
    };
    match parse_answer(field, &typed, today) {
        Ok(parsed) => {
            if let Some(w) = parsed.warning {
                warnings.push(format!("{at}: {w}"));
            }
            parsed.value
        }
        Err(e) => {
            problems.push(format!("{at}: {e}"));
            None
        }
    }
}

/// Answers read from a file, and the warnings to show about them.
pub type Imported = (BTreeMap<String, Value>, Vec<String>);

/// Checks every answer in an imported file against the form, as if typed.
/// Returns the answers and any warnings, or every problem found.
pub fn import_answers(
    form: &Form,
    raw: &BTreeMap<String, Raw>,
    today: NaiveDate,
) -> Result<Imported, Vec<String>> {
    let mut answers = BTreeMap::new();
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    for (id, value) in raw {
        let Some(field) = form.field(id) else {
            problems.push(unknown_field(form, id));
            continue;
        };
        if field.kind != Kind::List {
            if let Some(v) = import_one(field, id, value, today, &mut problems, &mut warnings) {
                answers.insert(id.clone(), v);
            }
            continue;
        }
        let Raw::Seq(items) = value else {
            let item = field.item.clone().unwrap_or_else(|| t!("form-list-entry"));
            let parts = field
                .fields
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            problems.push(format!(
                "{id}: {}",
                t!("plan-import-expected-list", item = item, parts = parts)
            ));
            continue;
        };
        let mut entries = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Raw::Map(parts) = item else {
                problems.push(format!(
                    "{id}.{}: {}",
                    i + 1,
                    t!(
                        "plan-import-expected-parts",
                        part = field.fields[0].id.as_str()
                    )
                ));
                continue;
            };
            let mut entry = Entry::new();
            for (part, v) in parts {
                let at = format!("{id}.{}.{part}", i + 1);
                match field.sub(part) {
                    Some(sub) => {
                        if let Some(v) =
                            import_one(sub, &at, v, today, &mut problems, &mut warnings)
                        {
                            entry.insert(part.clone(), v);
                        }
                    }
                    None => problems.push(format!(
                        "{at}: {}",
                        t!(
                            "plan-import-no-part",
                            id = id.as_str(),
                            part = quoted(part).to_string(),
                            parts = field
                                .fields
                                .iter()
                                .map(|f| f.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    )),
                }
            }
            if !entry.is_empty() {
                entries.push(entry);
            }
        }
        if !entries.is_empty() {
            answers.insert(id.clone(), Value::Entries(entries));
        }
    }
    if problems.is_empty() {
        Ok((answers, warnings))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::plan::fixtures::*;

    #[test]
    fn imports_are_checked_like_typed_answers_and_every_problem_is_named() {
        let form = crate::content::form::parse("en/forms/t.yaml", FORM).unwrap();
        let good: BTreeMap<String, Raw> = crate::yaml::from_str(
            "when: 2026-12-05\nteam:\n- {name: Ann, role: speaks}\n- {name: 李}\n",
        )
        .unwrap();
        let (answers, warnings) = import_answers(&form, &good, today()).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(answers["when"], Value::Text("2026-12-05".into()));
        assert_eq!(
            answers["team"],
            Value::Entries(vec![
                Entry::from([
                    ("name".into(), Value::Text("Ann".into())),
                    ("role".into(), Value::Text("speaks".into()))
                ]),
                Entry::from([("name".into(), Value::Text("李".into()))]),
            ])
        );
        let bad: BTreeMap<String, Raw> =
            crate::yaml::from_str("when: soon\nteem: []\nteam:\n- {name: Ann, age: 3}\n").unwrap();
        let problems = import_answers(&form, &bad, today()).unwrap_err().join("\n");
        assert!(
            problems.contains("when: \"soon\" is not a date"),
            "{problems}"
        );
        assert!(problems.contains("no field called \"teem\""), "{problems}");
        assert!(problems.contains("team.1.age"), "{problems}");
    }
}
