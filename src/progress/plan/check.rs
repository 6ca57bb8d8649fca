//! Stored answers checked as if typed: a hand edit that its question would
//! refuse is left out, and named, never written back.

use super::answer::list_hint;
use super::answer::parse_answer;
use super::model::{Plan, Value};
use super::show::missing_label;
use crate::content::form::{Field, Form, Kind};
use crate::content::i18n::t;
use crate::error::quoted;
use chrono::NaiveDate;

/// A stored answer that its field would refuse if it were typed: a hand edit
/// gone wrong (`approach: banana`, `follow_up: 2026-02-31`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// Where it is: `approach`, or `team.2.role` for a part of an entry.
    pub path: String,
    /// The question, as `missing_label` names it.
    pub prompt: String,
    /// The stored value, as the file holds it.
    pub stored: String,
    /// Why the field refuses it, and what it takes.
    pub reason: String,
}

/// Leaves out of `plan` every stored answer that fails the checks a typed
/// answer goes through (`parse_answer`), so that it shows as missing and is
/// asked again; the answers kept are put in the form they are saved in
/// (`risk: yes` becomes Yes). Only the plan in memory changes: the caller
/// never writes it back for this. Returns what was left out, in form order.
pub fn drop_invalid(form: &Form, plan: &mut Plan, today: NaiveDate) -> Vec<Invalid> {
    let mut invalid = Vec::new();
    let mut refuse = |path: String, value: &Value, reason: String| {
        invalid.push(Invalid {
            prompt: missing_label(form, &path),
            stored: stored_text(value),
            path,
            reason,
        })
    };
    for field in form.fields() {
        let Some(value) = plan.answers.get_mut(&field.id) else {
            continue;
        };
        if let (Kind::List, Value::Entries(entries)) = (field.kind, &mut *value) {
            for (i, entry) in entries.iter_mut().enumerate() {
                // An entry whose parts all fail is kept, empty, so that the
                // entries after it keep their numbers (`team.3.role`).
                entry.retain(|part, v| {
                    let Some(sub) = field.sub(part) else {
                        return true;
                    };
                    match check_stored(sub, v, today) {
                        Ok(Some(good)) => {
                            *v = good;
                            true
                        }
                        Ok(None) => false,
                        Err(reason) => {
                            refuse(format!("{}.{}.{part}", field.id, i + 1), v, reason);
                            false
                        }
                    }
                });
            }
            continue;
        }
        match check_stored(field, value, today) {
            Ok(Some(good)) => *value = good,
            Ok(None) => {
                plan.answers.remove(&field.id);
            }
            Err(reason) => {
                if let Some(v) = plan.answers.remove(&field.id) {
                    refuse(field.id.clone(), &v, reason);
                }
            }
        }
    }
    plan.tidy();
    invalid
}

/// A stored answer checked as if it were typed: the answer as saved, none
/// (it is empty), or why the field refuses it.
pub(super) fn check_stored(
    field: &Field,
    value: &Value,
    today: NaiveDate,
) -> Result<Option<Value>, String> {
    let typed = match (field.kind, value) {
        (Kind::List, Value::Entries(entries)) => return Ok(Some(Value::Entries(entries.clone()))),
        (Kind::List, _) if value.is_empty() => return Ok(None),
        (Kind::List, _) => return Err(list_hint(field)),
        (_, Value::Entries(_)) => {
            return Err(t!("plan-stored-not-entries"));
        }
        (Kind::MultiChoice, Value::Many(ids)) => ids.join(", "),
        (_, Value::Many(_)) => return Err(t!("plan-stored-not-a-list")),
        (Kind::YesNo, Value::Flag(b)) => if *b { "yes" } else { "no" }.to_string(),
        (_, Value::Flag(b)) => b.to_string(),
        (_, Value::Text(t)) => t.clone(),
    };
    parse_answer(field, &typed, today).map(|parsed| parsed.value)
}

/// A stored value as it reads in the file.
fn stored_text(value: &Value) -> String {
    match value {
        Value::Flag(b) => b.to_string(),
        Value::Text(t) => quoted(t).to_string(),
        Value::Many(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| quoted(i).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Entries(e) => t!("plan-stored-entries", n = e.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::plan::fixtures::*;
    use crate::progress::plan::{Entry, completeness, first_unanswered};

    #[test]
    fn stored_answers_are_checked_like_typed_ones_and_bad_ones_left_out() {
        let form = crate::content::form::parse(
            "en/forms/t.yaml",
            "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: name, kind: text, prompt: Name}\n  - {id: letter, kind: long_text, prompt: Letter}\n  - {id: on, kind: date, prompt: On}\n  - {id: at, kind: datetime, prompt: At}\n  - id: approach\n    kind: choice\n    prompt: Approach\n    required: true\n    choices: [{id: craft, label: CRAFT}, {id: invitation, label: Invitation}]\n  - id: things\n    kind: multi_choice\n    prompt: Things\n    choices: [{id: bag, label: Bag}, {id: ride, label: Ride}]\n  - {id: risk, kind: yes_no, prompt: Risk}\n  - id: team\n    kind: list\n    prompt: Team\n    item: team member\n    fields:\n    - {id: name, kind: text, prompt: Name, required: true}\n    - {id: told, kind: yes_no, prompt: Told}\n  - id: others\n    kind: list\n    prompt: Others\n    item: other\n    fields:\n    - {id: name, kind: text, prompt: Name}\n",
        )
        .unwrap();
        let file = |answers: &str| -> Plan {
            crate::yaml::from_str(&format!(
                "schema: 1\nform: t\ncreated: 2026-11-22T21:04:00Z\nupdated: 2026-11-22T21:04:00Z\nanswers:\n{answers}"
            ))
            .unwrap()
        };
        let good = "  name: Ann\n  letter: |\n    Dear Sam,\n  on: 2026-12-05\n  at: 2026-12-05 18:30\n  approach: craft\n  things: [bag, ride]\n  risk: false\n  team:\n  - {name: Ann, told: true}\n  - {name: Ben}\n  others: []\n";
        let mut plan = file(good);
        assert_eq!(drop_invalid(&form, &mut plan, today()), vec![]);
        assert_eq!(plan.answers["risk"], Value::Flag(false));
        assert_eq!(plan.entries("team").len(), 2);
        // Written the other way a person might type it: kept, as saved.
        let mut plan = file("  risk: yes\n  approach: CRAFT\n");
        assert!(drop_invalid(&form, &mut plan, today()).is_empty());
        assert_eq!(plan.answers["risk"], Value::Flag(true));
        assert_eq!(plan.answers["approach"], Value::Text("craft".into()));

        let bad = "  name: \"bell\\a\"\n  letter: [a, b]\n  on: 2026-02-31\n  at: 2026-12-05\n  approach: banana\n  things: [bag, golf]\n  risk: maybe\n  team:\n  - {name: Ann, told: perhaps}\n  - {name: [x, y]}\n  - {name: Cy}\n  others: hello\n";
        let mut plan = file(bad);
        let before = plan.clone();
        let invalid = drop_invalid(&form, &mut plan, today());
        let got: Vec<(&str, &str, &str)> = invalid
            .iter()
            .map(|i| (i.path.as_str(), i.prompt.as_str(), i.stored.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("name", "Name", "\"bell\\u{7}\""),
                ("letter", "Letter", "[\"a\", \"b\"]"),
                ("on", "On", "\"2026-02-31\""),
                ("at", "At", "\"2026-12-05\""),
                ("approach", "Approach", "\"banana\""),
                ("things", "Things", "[\"bag\", \"golf\"]"),
                ("risk", "Risk", "\"maybe\""),
                ("team.1.told", "Team member 1: Told", "\"perhaps\""),
                ("team.2.name", "Team member 2: Name", "[\"x\", \"y\"]"),
                ("others", "Others", "\"hello\""),
            ],
            "{invalid:#?}"
        );
        let reason = |path: &str| &invalid.iter().find(|i| i.path == path).unwrap().reason;
        assert!(reason("name").contains("control characters"));
        assert!(reason("letter").contains("one answer, not a list"));
        assert!(reason("on").contains("not a date on the calendar"));
        assert!(reason("at").contains("needs a time too"));
        assert!(reason("approach").contains("not one of the choices"));
        assert!(reason("things").contains("\"golf\" is not one of the choices"));
        assert!(reason("risk").contains("not yes or no"));
        assert!(reason("team.1.told").contains("not yes or no"));
        assert!(reason("others").contains("others.1.name"));
        // Left out: they count as missing; entries keep their numbers.
        let kept: Vec<&str> = plan.answers.keys().map(String::as_str).collect();
        assert_eq!(kept, ["team"]);
        assert_eq!(plan.entries("team").len(), 3);
        assert_eq!(plan.entries("team")[1], Entry::new());
        assert_eq!(plan.entries("team")[2]["name"], Value::Text("Cy".into()));
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, ["approach", "team.2.name"]);
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "name");
        assert_ne!(plan, before);
    }
}
