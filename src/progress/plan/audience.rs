//! Who may see what of a plan (`--for NAME`): the people a plan names, and
//! one person's copy, which holds the fields shared with everyone and, in
//! each list, the entries that are theirs (a shared list whole). The printed
//! copy, `plan show --for` and `plan share --for` all follow this one rule.

use super::complete::shown;
use super::model::{Entry, Plan, Value};
use crate::content::form::{Field, Form, Kind, Share};
use crate::content::i18n::t;
use crate::error::quoted;

/// Whose copy of the plan this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience<'a> {
    /// The whole plan, with what is still missing.
    Everything,
    /// One participant: the shared fields and their own list entries.
    Person(&'a str),
    /// The whole plan, and the answers kept for questions an earlier answer
    /// now leaves out (another approach's), marked as not in use.
    All,
}

/// Every person named in the plan's lists (team members, letter writers, ...),
/// in order, once each; lists the plan leaves out as it stands do not count.
pub fn people(form: &Form, plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for field in form
        .fields()
        .filter(|f| f.kind == Kind::List && shown(form, plan, f))
    {
        let Some(person) = field.person_field() else {
            continue;
        };
        for entry in plan.entries(&field.id) {
            if let Some(Value::Text(name)) = entry.get(&person.id)
                && !out.iter().any(|n| same_person(n, name))
            {
                out.push(name.trim().to_string());
            }
        }
    }
    out
}

pub fn same_person(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether `who` is named in the plan: the error, for a person who is not,
/// says who is.
pub fn check_person(form: &Form, plan: &Plan, name: &str, who: &str) -> Result<(), String> {
    let named = people(form, plan);
    if !named.iter().any(|n| same_person(n, who)) {
        return Err(if named.is_empty() {
            t!(
                "plan-nobody-named",
                plan = quoted(name).to_string(),
                person = quoted(who).to_string()
            )
        } else {
            t!(
                "plan-not-named",
                person = quoted(who).to_string(),
                plan = quoted(name).to_string(),
                people = named.join(", ")
            )
        });
    }
    Ok(())
}

/// The plan cut down to what one person may see, by the same rule as the
/// printed copy: the shared fields, and in each list the entries that are
/// theirs (a shared list whole). For a person not named, the same error.
pub fn plan_for(form: &Form, plan: &Plan, name: &str, who: &str) -> Result<Plan, String> {
    check_person(form, plan, name, who)?;
    let audience = Audience::Person(who);
    let mut out = plan.clone();
    out.answers.clear();
    for field in form.fields() {
        let Some(value) = plan.answers.get(&field.id) else {
            continue;
        };
        if field.kind == Kind::List {
            let entries: Vec<Entry> = plan
                .entries(&field.id)
                .iter()
                .filter(|e| belongs(field, e, audience))
                .cloned()
                .collect();
            if !entries.is_empty() {
                out.answers
                    .insert(field.id.clone(), Value::Entries(entries));
            }
        } else if field.share == Share::Everyone {
            out.answers.insert(field.id.clone(), value.clone());
        }
    }
    Ok(out)
}

pub fn belongs(list: &Field, entry: &Entry, audience: Audience) -> bool {
    match audience {
        Audience::Everything | Audience::All => true,
        // A shared list (the agreed boundaries) goes to everyone whole.
        Audience::Person(_) if list.share == Share::Everyone => true,
        Audience::Person(who) => match list.person_field() {
            Some(person) => {
                matches!(entry.get(&person.id), Some(Value::Text(n)) if same_person(n, who))
            }
            None => false,
        },
    }
}
