//! Answers as people read them (labels, long dates, Yes or No), as they
//! would type them back, and the names of the questions they answer.

use super::date::show_date;
use super::model::{Entry, Value};
use crate::content::form::{Field, Form, Kind};
use crate::content::i18n::t;
use chrono::NaiveDate;

/// An answer as people read it: labels for choices, long dates, Yes or No.
pub fn show_value(field: &Field, value: &Value) -> String {
    let label = |id: &str| {
        field
            .choice(id)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| id.to_string())
    };
    match (field.kind, value) {
        (_, Value::Flag(true)) => t!("form-yes"),
        (_, Value::Flag(false)) => t!("form-no"),
        (Kind::Date, Value::Text(t)) if !t.contains(' ') => {
            NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map(show_date)
                .unwrap_or_else(|_| t.clone())
        }
        // A date question answered with a time too keeps it.
        (Kind::Date | Kind::Datetime, Value::Text(t)) => {
            match t
                .split_once(' ')
                .and_then(|(d, tm)| Some((NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?, tm)))
            {
                Some((d, tm)) => t!("plan-value-at", date = show_date(d), time = tm),
                None => t.clone(),
            }
        }
        (Kind::Choice, Value::Text(t)) => label(t),
        (_, Value::Text(t)) => t.clone(),
        (_, Value::Many(ids)) => ids
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Value::Entries(e)) => t!("plan-value-entries", n = e.len()),
    }
}

/// The answer as it would be typed back (for editing in place).
pub fn typed_value(field: &Field, value: &Value) -> String {
    match value {
        Value::Flag(true) => "yes".into(),
        Value::Flag(false) => "no".into(),
        Value::Text(t) if field.kind == Kind::Choice => field
            .choice(t)
            .map(|c| c.label.clone())
            .unwrap_or(t.clone()),
        Value::Text(t) => t.clone(),
        Value::Many(ids) => ids.join(", "),
        Value::Entries(_) => String::new(),
    }
}

/// A missing answer's path as people read it: the field's question, or for
/// a part of an entry, "Boundary 3: When does it apply?".
pub fn missing_label(form: &Form, path: &str) -> String {
    let mut parts = path.split('.');
    let (Some(id), n, part) = (parts.next(), parts.next(), parts.next()) else {
        return path.to_string();
    };
    let Some(field) = form.field(id) else {
        return path.to_string();
    };
    match (n, part.and_then(|p| field.sub(p))) {
        (Some(n), Some(sub)) => {
            let mut item = field.item.clone().unwrap_or_else(|| t!("form-list-entry"));
            if let Some(first) = item.chars().next() {
                item = first.to_uppercase().collect::<String>() + &item[first.len_utf8()..];
            }
            t!(
                "plan-missing-part",
                item = item,
                n = n,
                prompt = sub.prompt.as_str()
            )
        }
        _ => field.prompt.clone(),
    }
}

/// A short line for a list entry: its first answers ("Ann, sister, speaks first").
pub fn entry_summary(list: &Field, entry: &Entry) -> String {
    let parts: Vec<String> = list
        .fields
        .iter()
        .filter_map(|f| {
            let v = entry.get(&f.id)?;
            let mut s = show_value(f, v);
            if f.kind == Kind::LongText {
                s = first_words(&s, 8);
            }
            // A bare "No" says nothing: say what it answers.
            if let Value::Flag(_) = v {
                s = format!("{} {s}", f.prompt);
            }
            Some(s)
        })
        .take(3)
        .collect();
    if parts.is_empty() {
        t!("plan-entry-empty")
    } else {
        parts.join(", ")
    }
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{} ...", words[..n].join(" "))
    }
}
