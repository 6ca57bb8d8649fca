//! One answer by its path (`FIELD`, `LIST.N`, `LIST.N.PART`): set with the
//! checks a typed answer goes through, or read.

use super::answer::{Parsed, list_hint, parse_answer};
use super::model::{Plan, Value};
use crate::content::form::{Form, Kind};
use crate::content::i18n::t;
use crate::error::quoted;
use chrono::NaiveDate;

/// Sets one answer by its path, with the same checks as the interactive form:
/// `FIELD` for a field, `LIST.N.PART` for a part of the Nth entry of a list
/// (N one past the end adds an entry). `raw` of `None` clears the field, or
/// removes the entry when the path is `LIST.N`. Returns a warning to show.
pub fn set_path(
    form: &Form,
    plan: &mut Plan,
    path: &str,
    raw: Option<&str>,
    today: NaiveDate,
) -> Result<Option<String>, String> {
    let mut parts = path.split('.');
    let id = parts.next().unwrap_or_default();
    let field = form.field(id).ok_or_else(|| unknown_field(form, id))?;
    let index = parts.next();
    let sub = parts.next();
    if parts.next().is_some() {
        return Err(t!("plan-path-too-many", path = quoted(path).to_string()));
    }
    match (field.kind, index, sub) {
        (Kind::List, None, _) => match raw {
            None => {
                plan.put(id, None);
                Ok(None)
            }
            Some(_) => Err(parse_answer(field, "", today)
                .err()
                .unwrap_or_else(|| list_hint(field))),
        },
        (Kind::List, Some(n), part) => {
            let len = plan.entries(id).len();
            let n: usize = n
                .parse()
                .ok()
                .filter(|n| (1..=len + 1).contains(n))
                .ok_or_else(|| {
                    t!(
                        "plan-path-n",
                        path = quoted(path).to_string(),
                        id = field.id.as_str(),
                        n = len,
                        next = len + 1
                    )
                })?;
            let Some(part) = part else {
                if raw.is_some() {
                    return Err(list_hint(field));
                }
                plan.remove_entry(id, n - 1);
                return Ok(None);
            };
            let sub = field.sub(part).ok_or_else(|| {
                t!(
                    "plan-path-no-part",
                    id = field.id.as_str(),
                    part = quoted(part).to_string(),
                    parts = field
                        .fields
                        .iter()
                        .map(|f| f.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
            let parsed = match raw {
                Some(raw) => parse_answer(sub, raw, today)?,
                None => Parsed {
                    value: None,
                    warning: None,
                },
            };
            plan.put_part(id, n - 1, part, parsed.value);
            Ok(parsed.warning)
        }
        (_, Some(_), _) => Err(t!(
            "plan-path-not-list",
            id = field.id.as_str(),
            path = quoted(path).to_string()
        )),
        (_, None, _) => {
            let parsed = match raw {
                Some(raw) => parse_answer(field, raw, today)?,
                None => Parsed {
                    value: None,
                    warning: None,
                },
            };
            plan.put(id, parsed.value);
            Ok(parsed.warning)
        }
    }
}

/// The answer a path (`FIELD`, `LIST.N` or `LIST.N.PART`) holds, if any.
pub fn answer_at<'p>(plan: &'p Plan, path: &str) -> Option<&'p Value> {
    let mut parts = path.split('.');
    let id = parts.next()?;
    let Some(n) = parts.next() else {
        return plan.answers.get(id).filter(|v| !v.is_empty());
    };
    let index = n.parse::<usize>().ok()?.checked_sub(1)?;
    let entry = plan.entries(id).get(index)?;
    match parts.next() {
        Some(part) => entry.get(part).filter(|v| !v.is_empty()),
        None => plan.answers.get(id),
    }
}

pub(super) fn unknown_field(form: &Form, id: &str) -> String {
    let ids: Vec<&str> = form.fields().map(|f| f.id.as_str()).collect();
    let close = ids
        .iter()
        .map(|c| (strsim::jaro_winkler(c, id), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(" {}", t!("plan-did-you-mean", id = quoted(c).to_string())))
        .unwrap_or_default();
    t!(
        "plan-unknown-field",
        form = form.id.as_str(),
        id = quoted(id).to_string(),
        close = close,
        fields = ids.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::plan::fixtures::*;
    use crate::progress::plan::{Entry, entry_summary};
    use chrono::DateTime;

    #[test]
    fn set_reaches_fields_and_list_entries_by_path() {
        let form = crate::content::form::parse("en/forms/t.yaml", FORM).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("t", now);
        let t = today();
        assert_eq!(
            set_path(&form, &mut plan, "when", Some("saturday"), t),
            Ok(None)
        );
        assert_eq!(plan.answers["when"], Value::Text("2026-11-28".into()));
        set_path(&form, &mut plan, "team.1.name", Some("Ann"), t).unwrap();
        set_path(&form, &mut plan, "team.2.name", Some("Ben"), t).unwrap();
        set_path(&form, &mut plan, "team.1.role", Some("speaks first"), t).unwrap();
        assert_eq!(plan.entries("team").len(), 2);
        assert_eq!(
            entry_summary(form.field("team").unwrap(), &plan.entries("team")[0]),
            "Ann, speaks first"
        );
        let e = set_path(&form, &mut plan, "team.4.name", Some("Cy"), t).unwrap_err();
        assert!(e.contains("N goes from 1 to 3"), "{e}");
        assert!(
            set_path(&form, &mut plan, "team.1.age", Some("3"), t)
                .unwrap_err()
                .contains("parts: name, role")
        );
        assert!(
            set_path(&form, &mut plan, "team", Some("Ann"), t)
                .unwrap_err()
                .contains("team.1.name")
        );
        assert!(
            set_path(&form, &mut plan, "wen", Some("x"), t)
                .unwrap_err()
                .contains("Did you mean \"when\"?")
        );
        assert!(set_path(&form, &mut plan, "when", Some("someday"), t).is_err());
        assert_eq!(
            plan.answers["when"],
            Value::Text("2026-11-28".into()),
            "a bad value changes nothing"
        );
        set_path(&form, &mut plan, "team.1", None, t).unwrap();
        assert_eq!(
            entry_summary(form.field("team").unwrap(), &plan.entries("team")[0]),
            "Ben"
        );
        let mut told = Entry::new();
        told.insert("name".into(), Value::Text("Ann".into()));
        told.insert("told".into(), Value::Flag(false));
        let mut list = form.field("team").unwrap().clone();
        let mut yes_no = list.fields[0].clone();
        yes_no.id = "told".into();
        yes_no.kind = Kind::YesNo;
        yes_no.prompt = "Have you told them?".into();
        list.fields.push(yes_no);
        assert_eq!(entry_summary(&list, &told), "Ann, Have you told them? No");
        set_path(&form, &mut plan, "team.1", None, t).unwrap();
        assert!(
            !plan.answers.contains_key("team"),
            "an empty list is no answer"
        );
        set_path(&form, &mut plan, "when", None, t).unwrap();
        assert!(plan.answers.is_empty());
        set_path(&form, &mut plan, "team.1.name", Some("Ann"), t).unwrap();
        assert_eq!(
            answer_at(&plan, "team.1.name"),
            Some(&Value::Text("Ann".into()))
        );
        assert!(answer_at(&plan, "team.1").is_some());
        assert_eq!(answer_at(&plan, "team.1.role"), None);
        assert_eq!(answer_at(&plan, "team.2"), None);
        set_path(&form, &mut plan, "when", Some(""), t).unwrap();
        assert_eq!(answer_at(&plan, "when"), None, "an empty answer clears");
    }
}
