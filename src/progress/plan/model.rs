//! A plan and its answers as they are saved: the file's shape, and the few
//! changes every way of answering makes the same way.

use crate::progress::timestamp;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version of plan files.
pub const SCHEMA: u32 = 1;

/// A plan as saved in `plans/NAME.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub schema: u32,
    /// The form's id: intervention, boundaries, ...
    pub form: String,
    #[serde(with = "timestamp")]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "timestamp")]
    pub updated: DateTime<FixedOffset>,
    /// Answers by field id. A field with no answer has no entry.
    #[serde(default)]
    pub answers: BTreeMap<String, Value>,
}

/// One answer. Dates are kept as `2026-12-05`, times as `2026-12-05 18:30`,
/// choices by their id, so files read well by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Flag(bool),
    Text(String),
    Many(Vec<String>),
    Entries(Vec<Entry>),
}

/// One entry of a list: its sub-fields' answers.
pub type Entry = BTreeMap<String, Value>;

impl Plan {
    pub fn new(form: &str, now: DateTime<FixedOffset>) -> Plan {
        Plan {
            schema: SCHEMA,
            form: form.to_string(),
            created: now,
            updated: now,
            answers: BTreeMap::new(),
        }
    }

    /// Sets (or, with `None`, clears) a top-level answer.
    pub fn put(&mut self, id: &str, value: Option<Value>) {
        match value {
            Some(v) if !v.is_empty() => {
                self.answers.insert(id.to_string(), v);
            }
            _ => {
                self.answers.remove(id);
            }
        }
    }

    /// The entries of a list field (empty when none).
    pub fn entries(&self, id: &str) -> &[Entry] {
        match self.answers.get(id) {
            Some(Value::Entries(e)) => e,
            _ => &[],
        }
    }

    pub fn entries_mut(&mut self, id: &str) -> &mut Vec<Entry> {
        let slot = self
            .answers
            .entry(id.to_string())
            .or_insert_with(|| Value::Entries(Vec::new()));
        if !matches!(slot, Value::Entries(_)) {
            *slot = Value::Entries(Vec::new());
        }
        match slot {
            Value::Entries(e) => e,
            _ => unreachable!("just made a list"),
        }
    }

    /// Drops an empty list left behind by `entries_mut`.
    pub fn tidy(&mut self) {
        self.answers.retain(|_, v| !v.is_empty());
    }

    /// Sets (or, with `None`, clears) one part of the entry at `index` (from
    /// 0) of a list. An index past the end adds an entry, unless there is
    /// nothing to put in it.
    pub fn put_part(&mut self, list: &str, index: usize, part: &str, value: Option<Value>) {
        let entries = self.entries_mut(list);
        if index >= entries.len() {
            if value.is_none() {
                self.tidy();
                return;
            }
            entries.push(Entry::new());
        }
        let i = index.min(entries.len() - 1);
        match value {
            Some(v) => {
                entries[i].insert(part.to_string(), v);
            }
            None => {
                entries[i].remove(part);
            }
        }
        self.tidy();
    }

    /// Removes the entry at `index` (from 0) of a list, if there is one; the
    /// list goes when it is left empty. An answer that is not a list is left
    /// as it is.
    pub fn remove_entry(&mut self, list: &str, index: usize) {
        if index < self.entries(list).len() {
            self.entries_mut(list).remove(index);
            self.tidy();
        }
    }
}

impl Value {
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Flag(_) => false,
            Value::Text(t) => t.trim().is_empty(),
            Value::Many(m) => m.is_empty(),
            Value::Entries(e) => e.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_round_trips_through_yaml_with_every_kind_of_value() {
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("intervention", now);
        plan.put("when", Some(Value::Text("2026-12-05 18:30".into())));
        plan.put("safe", Some(Value::Flag(true)));
        plan.put("yes_text", Some(Value::Text("true".into())));
        plan.put("things", Some(Value::Many(vec!["bag".into()])));
        let mut entry = Entry::new();
        entry.insert("name".into(), Value::Text("Ann <script>".into()));
        plan.entries_mut("team").push(entry);
        let text = crate::yaml::to_string(&plan).unwrap();
        let back: Plan = crate::yaml::from_str(&text).unwrap();
        assert_eq!(back, plan, "{text}");
    }
}
