//! The private journal: dated entries in the user's own words, kept exactly
//! as written, one file per entry.

use crate::content::i18n::t;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// The newest format of a journal entry.
pub const SCHEMA: u32 = 1;
/// The largest entry kinship keeps: 100 KB, some 15,000 words.
pub const MAX_BYTES: usize = 100 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub schema: u32,
    /// The entry's number, as in its file name: stable, never reused
    /// while the entry is there.
    pub number: u32,
    #[serde(with = "super::timestamp")]
    pub written: DateTime<FixedOffset>,
    pub text: String,
}

/// Checks an entry's text: something written, and not too long. The text
/// itself is kept exactly as given. The error is a sentence.
pub fn check(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err(t!("journal-empty-entry"));
    }
    if text.len() > MAX_BYTES {
        return Err(too_long(text.len()));
    }
    Ok(())
}

/// The message for an entry over [`MAX_BYTES`].
pub fn too_long(bytes: usize) -> String {
    let size = if bytes > 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    };
    t!("journal-too-long", size = size, kb = MAX_BYTES / 1024)
}

impl Entry {
    /// The first line with words on it, cut to `chars`.
    pub fn preview(&self, chars: usize) -> String {
        let line = self
            .text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("");
        if line.chars().count() > chars {
            let cut: String = line.chars().take(chars.saturating_sub(1)).collect();
            format!("{}…", cut.trim_end())
        } else {
            line.to_string()
        }
    }

    /// True when every word appears in the entry, in any case.
    pub fn matches(&self, words: &[String]) -> bool {
        let text = self.text.to_lowercase();
        words.iter().all(|w| text.contains(&w.to_lowercase()))
    }

    /// The first line holding any of the words (for search results).
    pub fn matching_line(&self, words: &[String]) -> Option<&str> {
        self.text.lines().map(str::trim).find(|l| {
            let l = l.to_lowercase();
            words.iter().any(|w| l.contains(&w.to_lowercase()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Entry {
        Entry {
            schema: SCHEMA,
            number: 1,
            written: DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap(),
            text: text.into(),
        }
    }

    #[test]
    fn an_entry_must_have_words_and_fit() {
        assert!(check("  \n").is_err());
        assert!(check("Hard day.").is_ok());
        let big = "x".repeat(3 * 1024 * 1024);
        let e = check(&big).unwrap_err();
        assert!(e.contains("3.0 MB") && e.contains("up to 100 KB"), "{e}");
        assert!(check(&"x".repeat(MAX_BYTES)).is_ok());
    }

    #[test]
    fn search_finds_every_word_in_any_case() {
        let e = entry("\n  Sunday.\nTalked with Sam about the CRAFT group.\n");
        assert_eq!(e.preview(80), "Sunday.");
        assert_eq!(e.preview(4), "Sun…");
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(e.matches(&words(&["craft", "SAM"])));
        assert!(!e.matches(&words(&["craft", "money"])));
        assert_eq!(
            e.matching_line(&words(&["craft"])),
            Some("Talked with Sam about the CRAFT group.")
        );
    }
}
