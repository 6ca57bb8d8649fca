//! What the plan's unit tests share: fields of each kind, a fixed day, and
//! a small form.

use super::{Value, parse_answer};
use crate::content::form::{Choice, Field, Kind, Share};
use chrono::NaiveDate;

pub fn field(kind: Kind) -> Field {
    Field {
        id: "f".into(),
        kind,
        label: "F".into(),
        prompt: "?".into(),
        help: None,
        example: None,
        required: false,
        choices: vec![],
        item: None,
        fields: vec![],
        share: Share::Planner,
        person: false,
        max_chars: None,
        when: None,
        names_from: None,
        on_yes: None,
    }
}

pub fn choices(kind: Kind) -> Field {
    let mut f = field(kind);
    f.choices = vec![
        Choice {
            id: "craft".into(),
            label: "A CRAFT-style conversation".into(),
        },
        Choice {
            id: "invitational".into(),
            label: "An invitational meeting".into(),
        },
        Choice {
            id: "professional".into(),
            label: "With a professional".into(),
        },
    ];
    f
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap() // a Sunday
}

pub fn value(f: &Field, raw: &str) -> Value {
    parse_answer(f, raw, today()).unwrap().value.unwrap()
}

pub fn err(f: &Field, raw: &str) -> String {
    parse_answer(f, raw, today()).unwrap_err()
}

pub const FORM: &str = "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: when, kind: date, prompt: When}\n  - id: team\n    kind: list\n    prompt: Team\n    item: team member\n    fields:\n    - {id: name, kind: text, prompt: Name, person: true}\n    - {id: role, kind: text, prompt: Role}\n";
