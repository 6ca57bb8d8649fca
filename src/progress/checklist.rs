//! A user's progress through one checklist: ticks and notes keyed by item id.

use crate::content::checklist::Checklist;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The progress file format this version of kinship writes and reads.
pub const SCHEMA: u32 = 1;

/// Saved progress for one checklist, as stored in `checklists/ID.yaml`.
/// A field this kinship does not know is refused, as in every stored file,
/// so that a rewrite never drops it silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub schema: u32,
    pub checklist: String,
    #[serde(with = "super::timestamp")]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "super::timestamp")]
    pub updated: DateTime<FixedOffset>,
    /// By item id. An id the checklist no longer has is kept and reported as
    /// retired, never dropped.
    #[serde(default)]
    pub items: BTreeMap<String, ItemState>,
}

/// What the user has done with one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemState {
    #[serde(default)]
    pub done: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::timestamp::option"
    )]
    pub checked_at: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl ItemState {
    fn is_blank(&self) -> bool {
        !self.done && self.note.is_none()
    }
}

/// An item the saved progress mentions but the checklist no longer has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retired<'a> {
    pub id: &'a str,
    pub state: &'a ItemState,
}

impl Progress {
    pub fn new(checklist: &str, now: DateTime<FixedOffset>) -> Progress {
        Progress {
            schema: SCHEMA,
            checklist: checklist.to_string(),
            created: now,
            updated: now,
            items: BTreeMap::new(),
        }
    }

    pub fn state(&self, id: &str) -> Option<&ItemState> {
        self.items.get(id)
    }

    pub fn is_done(&self, id: &str) -> bool {
        self.state(id).is_some_and(|s| s.done)
    }

    pub fn note(&self, id: &str) -> Option<&str> {
        self.state(id).and_then(|s| s.note.as_deref())
    }

    /// Ticks or unticks an item; returns whether anything changed.
    pub fn set_done(&mut self, id: &str, done: bool, now: DateTime<FixedOffset>) -> bool {
        let state = self.items.entry(id.to_string()).or_default();
        let changed = state.done != done;
        if changed {
            state.done = done;
            state.checked_at = done.then_some(now);
            self.updated = now;
        }
        self.forget_if_blank(id);
        changed
    }

    /// Sets or (with `None` or blank text) clears an item's note; returns whether
    /// anything changed.
    pub fn set_note(&mut self, id: &str, note: Option<&str>, now: DateTime<FixedOffset>) -> bool {
        let note = note
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        let state = self.items.entry(id.to_string()).or_default();
        let changed = state.note != note;
        if changed {
            state.note = note;
            self.updated = now;
        }
        self.forget_if_blank(id);
        changed
    }

    fn forget_if_blank(&mut self, id: &str) {
        if self.items.get(id).is_some_and(ItemState::is_blank) {
            self.items.remove(id);
        }
    }

    /// How many of the checklist's items are done, and how many it has.
    pub fn count(&self, checklist: &Checklist) -> (usize, usize) {
        let done = checklist.items().filter(|i| self.is_done(&i.id)).count();
        (done, checklist.len())
    }

    /// Saved items the checklist no longer has.
    pub fn retired<'a>(&'a self, checklist: &Checklist) -> Vec<Retired<'a>> {
        self.items
            .iter()
            .filter(|(id, _)| checklist.item(id).is_none())
            .map(|(id, state)| Retired { id, state })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::checklist::parse;

    fn at(minute: u32) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-11-22T21:{minute:02}:00+00:00")).unwrap()
    }

    fn kit() -> Checklist {
        parse(
            "kit.yaml",
            "id: kit\ntitle: Kit\nreviewed: 2026-11-22\nintro: I.\nsections:\n  - title: S\n    items:\n      \
             - {id: a, text: A.}\n      - {id: b, text: B.}\n",
        )
        .unwrap()
    }

    #[test]
    fn ticking_counts_and_stamps() {
        let mut p = Progress::new("kit", at(0));
        assert!(p.set_done("a", true, at(4)));
        assert!(
            !p.set_done("a", true, at(5)),
            "a second tick changes nothing"
        );
        assert_eq!(p.count(&kit()), (1, 2));
        assert_eq!(p.state("a").unwrap().checked_at, Some(at(4)));
        assert_eq!(p.updated, at(4));
        assert!(p.set_done("a", false, at(6)));
        assert_eq!(p.count(&kit()), (0, 2));
        assert!(
            p.items.is_empty(),
            "an item with nothing saved is not stored"
        );
    }

    #[test]
    fn notes_are_trimmed_and_cleared_by_blank_text() {
        let mut p = Progress::new("kit", at(0));
        assert!(p.set_note("b", Some("  in the kitchen drawer  "), at(1)));
        assert_eq!(p.note("b"), Some("in the kitchen drawer"));
        assert!(p.set_note("b", Some("   "), at(2)));
        assert_eq!(p.note("b"), None);
        assert!(!p.set_note("b", None, at(3)));
    }

    #[test]
    fn items_the_checklist_lost_are_retired_not_dropped() {
        let mut p = Progress::new("kit", at(0));
        p.set_done("a", true, at(1));
        p.set_done("gone", true, at(1));
        p.set_note("also-gone", Some("kept"), at(1));
        let retired: Vec<_> = p.retired(&kit()).iter().map(|r| r.id).collect();
        assert_eq!(retired, ["also-gone", "gone"]);
        assert_eq!(p.count(&kit()), (1, 2), "retired ticks do not count");
    }

    #[test]
    fn round_trips_through_yaml() {
        let mut p = Progress::new("kit", at(0));
        p.set_done("a", true, at(1));
        p.set_note(
            "b",
            Some("Notes: with a colon, and \"quotes\"\nand a second line"),
            at(2),
        );
        let text = crate::yaml::to_string(&p).unwrap();
        let back: Progress = crate::yaml::from_str(&text).unwrap();
        assert_eq!(back, p);
        assert!(text.contains("schema: 1"), "{text}");
        assert!(
            text.contains("2026-11-22T21:01:00+00:00"),
            "RFC 3339 with offset: {text}"
        );
    }
}
