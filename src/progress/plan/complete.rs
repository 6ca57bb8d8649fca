//! Which questions are part of a plan as it stands (earlier answers decide),
//! and how far it is filled in.

use super::check::check_stored;
use super::model::{Plan, Value};
use crate::content::form::{Field, Form, Section, When};
use crate::content::i18n::t;
use crate::error::quoted;
use chrono::NaiveDate;

/// How far a plan is filled in. Only the questions that are part of the
/// plan as it stands count (see `shown`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    pub answered: usize,
    pub total: usize,
    /// Required answers not given, by path: a field's id, or `LIST.N.PART`
    /// for a needed part of an entry that is there (`boundaries.3.when`).
    pub missing: Vec<String>,
    /// Questions left out by an earlier answer that still hold an answer:
    /// kept in the file, not counted, not shown.
    pub hidden: Vec<String>,
}

pub fn completeness(form: &Form, plan: &Plan) -> Completeness {
    let mut c = Completeness {
        answered: 0,
        total: 0,
        missing: Vec::new(),
        hidden: hidden_answers(form, plan)
            .iter()
            .map(|f| f.id.clone())
            .collect(),
    };
    for field in form.fields().filter(|f| shown(form, plan, f)) {
        c.total += 1;
        if plan.answers.get(&field.id).is_some_and(|v| !v.is_empty()) {
            c.answered += 1;
        } else if field.required {
            c.missing.push(field.id.clone());
        }
        for (i, entry) in plan.entries(&field.id).iter().enumerate() {
            for part in field.fields.iter().filter(|p| p.required) {
                if entry.get(&part.id).is_none_or(Value::is_empty) {
                    c.missing
                        .push(format!("{}.{}.{}", field.id, i + 1, part.id));
                }
            }
        }
    }
    c
}

/// Whether a top-level field is part of the plan as it stands: its section's
/// condition and its own hold for the answers given so far.
pub fn shown(form: &Form, plan: &Plan, field: &Field) -> bool {
    failing(form, plan, field, 0).is_none()
}

/// Whether a section is part of the plan as it stands.
pub fn section_shown(form: &Form, plan: &Plan, section: &Section) -> bool {
    section
        .when
        .as_ref()
        .is_none_or(|w| holds(form, plan, w, 0))
}

/// The condition that leaves a field out (its section's, or its own), if any.
pub fn leaves_out<'f>(form: &'f Form, plan: &Plan, field: &'f Field) -> Option<&'f When> {
    failing(form, plan, field, 0)
}

fn failing<'f>(form: &'f Form, plan: &Plan, field: &'f Field, depth: usize) -> Option<&'f When> {
    let section = form.section_of(&field.id).and_then(|s| s.when.as_ref());
    [section, field.when.as_ref()]
        .into_iter()
        .flatten()
        .find(|w| !holds(form, plan, w, depth))
}

/// Whether a condition holds: the question it names is itself part of the
/// plan, and its answer is one of the condition's. No answer holds nothing.
fn holds(form: &Form, plan: &Plan, when: &When, depth: usize) -> bool {
    // The checks make every condition look back; this only stops a loop in
    // a form that skipped them.
    if depth > form.sections.len() + form.fields().count() {
        return false;
    }
    let Some(field) = form.field(&when.field) else {
        return false;
    };
    if failing(form, plan, field, depth + 1).is_some() {
        return false;
    }
    let Some(value) = plan.answers.get(&field.id) else {
        return false;
    };
    // As `load` reads it: a label or a number written by hand picks its choice.
    let Ok(Some(value)) = check_stored(field, value, NaiveDate::MIN) else {
        return false;
    };
    match value {
        Value::Text(id) => when.is.contains(&id),
        Value::Many(ids) => ids.iter().any(|id| when.is.contains(id)),
        Value::Flag(b) => when.is.iter().any(|w| w == if b { "yes" } else { "no" }),
        Value::Entries(_) => false,
    }
}

/// The fields an earlier answer leaves out that still hold an answer, in
/// form order.
pub fn hidden_answers<'f>(form: &'f Form, plan: &Plan) -> Vec<&'f Field> {
    form.fields()
        .filter(|f| plan.answers.get(&f.id).is_some_and(|v| !v.is_empty()))
        .filter(|f| !shown(form, plan, f))
        .collect()
}

/// Why answers are left out, in words: "they go with another answer to
/// \"Which approach will you take?\"" ("it goes", for one), or "they wait
/// for an answer to ..." while that question has none.
pub fn why_left_out(form: &Form, plan: &Plan, fields: &[&Field]) -> String {
    let mut deciders: Vec<&Field> = Vec::new();
    for f in fields {
        if let Some(d) = leaves_out(form, plan, f).and_then(|w| form.field(&w.field))
            && !deciders.iter().any(|e| e.id == d.id)
        {
            deciders.push(d);
        }
    }
    let n = fields.len();
    match deciders.as_slice() {
        [d] if plan.answers.get(&d.id).is_some_and(|v| !v.is_empty()) => t!(
            "plan-why-goes",
            n = n,
            question = quoted(&d.prompt).to_string()
        ),
        [d] => t!(
            "plan-why-waits",
            n = n,
            question = quoted(&d.prompt).to_string()
        ),
        _ => t!("plan-why-other", n = n),
    }
}

/// The first field of the plan as it stands with no answer, if any.
pub fn first_unanswered<'f>(form: &'f Form, plan: &Plan) -> Option<&'f Field> {
    form.fields()
        .filter(|f| shown(form, plan, f))
        .find(|f| plan.answers.get(&f.id).is_none_or(Value::is_empty))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::plan::fixtures::*;
    use crate::progress::plan::{missing_label, set_path};
    use chrono::DateTime;

    #[test]
    fn completeness_counts_answers_and_names_missing_required_fields() {
        let form = crate::content::form::parse(
            "en/forms/t.yaml",
            "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: x, kind: text, prompt: X, required: true}\n  - {id: y, kind: text, prompt: Y}\n",
        )
        .unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("t", now);
        let c = completeness(&form, &plan);
        assert_eq!(
            (c.answered, c.total, c.missing.clone()),
            (0, 2, vec!["x".to_string()])
        );
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "x");
        plan.put("x", Some(Value::Text("hi".into())));
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "y");
        assert_eq!(completeness(&form, &plan).answered, 1);
        plan.put("x", Some(Value::Text("  ".into())));
        assert!(!plan.answers.contains_key("x"));
    }

    #[test]
    fn needed_parts_of_list_entries_count_as_missing() {
        let form = crate::content::form::parse(
            "en/forms/t.yaml",
            "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - id: boundaries\n    kind: list\n    prompt: Boundaries\n    item: boundary\n    fields:\n    - {id: when, kind: text, prompt: When does it apply?, required: true}\n    - {id: i_will, kind: text, prompt: What will you do?, required: true}\n    - {id: why, kind: text, prompt: Why?}\n",
        )
        .unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("t", now);
        let t = today();
        set_path(&form, &mut plan, "boundaries.1.when", Some("When"), t).unwrap();
        set_path(&form, &mut plan, "boundaries.1.i_will", Some("I will"), t).unwrap();
        set_path(&form, &mut plan, "boundaries.2.why", Some("only why"), t).unwrap();
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, ["boundaries.2.when", "boundaries.2.i_will"]);
        assert_eq!((c.answered, c.total), (1, 1));
        assert_eq!(
            missing_label(&form, "boundaries.2.when"),
            "Boundary 2: When does it apply?"
        );
        assert_eq!(missing_label(&form, "boundaries"), "Boundaries");
    }

    /// A form whose sections and fields follow earlier answers: a choice, a
    /// multi_choice and a yes_no, and one condition that hangs on another.
    const FOLLOWS: &str = "id: t\ntitle: T\nreviewed: 2026-12-06\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: approach, kind: choice, label: L, prompt: Which approach?, required: true, choices: [{id: craft, label: CRAFT}, {id: pro, label: Pro}]}\n  - {id: risk, kind: yes_no, label: L, prompt: Risk?}\n  - {id: ready, kind: multi_choice, label: L, prompt: Ready?, choices: [{id: bag, label: Bag}, {id: ride, label: Ride}]}\n  - {id: why, kind: text, label: L, prompt: Why?, when: {field: risk, is: yes}}\n- id: craft\n  title: CRAFT\n  when: {field: approach, is: craft}\n  fields:\n  - {id: rewards, kind: text, label: L, prompt: Rewards?, required: true}\n  - {id: after, kind: choice, label: L, prompt: After?, choices: [{id: step, label: Step back}, {id: talk, label: Talk}]}\n  - {id: how, kind: text, label: L, prompt: How?, when: {field: after, is: [step]}}\n- id: pro\n  title: Pro\n  when: {field: approach, is: [pro]}\n  fields:\n  - id: team\n    kind: list\n    label: Team\n    prompt: Team\n    item: team member\n    fields:\n    - {id: name, kind: text, label: L, prompt: Name, required: true, person: true}\n  - {id: driver, kind: text, label: L, prompt: Driver?, when: {field: ready, is: [ride]}}\n";

    fn follows() -> (Form, Plan) {
        let form = crate::content::form::parse("en/forms/t.yaml", FOLLOWS).unwrap();
        assert!(crate::content::form::problems(&form, "en/forms/t.yaml").is_empty());
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        (form, Plan::new("t", now))
    }

    fn shown_ids(form: &Form, plan: &Plan) -> Vec<String> {
        form.fields()
            .filter(|f| shown(form, plan, f))
            .map(|f| f.id.clone())
            .collect()
    }

    #[test]
    fn an_earlier_answer_decides_which_questions_are_part_of_the_plan() {
        let (form, mut plan) = follows();
        let t = today();
        // No approach yet: only what every approach asks.
        assert_eq!(shown_ids(&form, &plan), ["approach", "risk", "ready"]);
        set_path(&form, &mut plan, "approach", Some("craft"), t).unwrap();
        assert_eq!(
            shown_ids(&form, &plan),
            ["approach", "risk", "ready", "rewards", "after"]
        );
        set_path(&form, &mut plan, "risk", Some("yes"), t).unwrap();
        set_path(&form, &mut plan, "after", Some("Step back"), t).unwrap();
        set_path(&form, &mut plan, "ready", Some("bag, ride"), t).unwrap();
        assert_eq!(
            shown_ids(&form, &plan),
            [
                "approach", "risk", "ready", "why", "rewards", "after", "how"
            ]
        );
        let c = completeness(&form, &plan);
        assert_eq!((c.answered, c.total), (4, 7));
        assert_eq!(c.missing, ["rewards"]);
        assert!(c.hidden.is_empty());
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "why");

        // Another approach: the CRAFT answers stay, left out and not counted;
        // a question whose decider is left out is left out too (`how`).
        set_path(&form, &mut plan, "rewards", Some("Dinner"), t).unwrap();
        set_path(&form, &mut plan, "how", Some("A walk"), t).unwrap();
        set_path(&form, &mut plan, "approach", Some("pro"), t).unwrap();
        assert_eq!(
            shown_ids(&form, &plan),
            ["approach", "risk", "ready", "why", "team", "driver"]
        );
        let c = completeness(&form, &plan);
        assert_eq!((c.answered, c.total), (3, 6));
        assert_eq!(c.hidden, ["rewards", "after", "how"]);
        assert_eq!(plan.answers["rewards"], Value::Text("Dinner".into()));
        let hidden = hidden_answers(&form, &plan);
        assert_eq!(
            why_left_out(&form, &plan, &hidden),
            "they go with another answer to \"Which approach?\""
        );
        // A list left out asks nothing of its entries.
        set_path(&form, &mut plan, "team.1.name", Some("Ann"), t).unwrap();
        set_path(&form, &mut plan, "team.2.name", Some(""), t).unwrap();
        set_path(&form, &mut plan, "approach", Some("craft"), t).unwrap();
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, Vec::<String>::new());
        assert_eq!(c.hidden, ["team"]);

        // Cleared, the approach decides nothing: its sections wait for it.
        set_path(&form, &mut plan, "approach", None, t).unwrap();
        let hidden = hidden_answers(&form, &plan);
        assert_eq!(hidden.len(), 4);
        assert_eq!(
            why_left_out(&form, &plan, &hidden[..1]),
            "it waits for an answer to \"Which approach?\""
        );
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, ["approach"]);
        // Answers of different deciders, together.
        set_path(&form, &mut plan, "why", Some("He shouts"), t).unwrap();
        set_path(&form, &mut plan, "risk", Some("no"), t).unwrap();
        let hidden = hidden_answers(&form, &plan);
        assert_eq!(
            hidden.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
            ["why", "rewards", "after", "how", "team"]
        );
        assert_eq!(
            why_left_out(&form, &plan, &hidden),
            "your other answers leave them out"
        );
    }

    #[test]
    fn a_hand_written_deciding_answer_counts_as_its_choice() {
        let (form, _) = follows();
        let file = |answers: &str| -> Plan {
            crate::yaml::from_str(&format!(
                "schema: 1\nform: t\ncreated: 2026-11-22T21:04:00Z\nupdated: 2026-11-22T21:04:00Z\nanswers:\n{answers}"
            ))
            .unwrap()
        };
        // As typed: the label, and yes for a yes_no.
        let plan = file("  approach: CRAFT\n  risk: \"yes\"\n");
        assert_eq!(
            shown_ids(&form, &plan),
            ["approach", "risk", "ready", "why", "rewards", "after"]
        );
        // Not an answer the question takes: it decides nothing.
        let plan = file("  approach: banana\n  rewards: Dinner\n");
        assert_eq!(shown_ids(&form, &plan), ["approach", "risk", "ready"]);
        assert_eq!(completeness(&form, &plan).hidden, ["rewards"]);
    }
}
