//! Plans in the store: one file per plan, named by the plan's name, and
//! the rules that make a name safe to name a file.

use super::read::read_user_file;
use super::{Role, Store, Versioned};
use crate::error::quoted;
use crate::progress::plan::{Plan, Raw, SCHEMA};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The folder for plans.
pub const PLANS: &str = "plans";

impl Versioned for Plan {
    fn schema(&self) -> u32 {
        self.schema
    }
    const SCHEMA: u32 = SCHEMA;
}

/// How a plan file is named in messages.
pub fn role(name: &str) -> Role {
    Role {
        noun: crate::content::i18n::t!("store-noun-plan", name = quoted(name).to_string()),
        way_out: crate::content::i18n::t!("store-way-out-plan", name = name),
        owner: None,
    }
}

impl Store {
    pub fn plan_path(&self, name: &str) -> PathBuf {
        self.file(PLANS, name)
    }
}

/// The answers in a file to import: a whole plan file (with `answers:`) or
/// a map of answers, read as every file is (see [`read_user_file`] and
/// [`crate::yaml::from_str`]).
pub fn read_answers(
    file: &std::path::Path,
) -> Result<BTreeMap<String, Raw>, crate::error::UserError> {
    let text = read_user_file(file, crate::store::read::MAX_BYTES)
        .map_err(|e| e.into_user(crate::store::read::MAX_BYTES))
        .map_err(|e| e.hint(crate::content::i18n::t!("store-answers-hint")))?;
    #[derive(serde::Deserialize)]
    struct WithAnswers {
        answers: BTreeMap<String, Raw>,
    }
    match crate::yaml::from_str::<WithAnswers>(&text) {
        Ok(w) => Ok(w.answers),
        Err(_) => crate::yaml::from_str(&text).map_err(|e| {
            let at = e
                .location
                .map(|(l, c)| crate::content::i18n::t!("store-config-at", line = l, column = c))
                .unwrap_or_default();
            crate::error::UserError::new(crate::content::i18n::t!(
                "store-answers-not-a-map",
                path = file.display().to_string(),
                at = at,
                error = e.message
            ))
            .hint(crate::content::i18n::t!("store-answers-not-a-map-hint"))
        }),
    }
}

/// The most bytes a plan's name may take: file names hold 255 bytes, and the
/// longest one kinship makes from a name (a temporary file or an archived
/// copy) adds 42 to it.
pub const MAX_NAME_BYTES: usize = 200;

/// A plan's name as the user gave it, checked: it becomes a file name.
pub fn check_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(crate::content::i18n::t!("store-plan-name-empty"));
    }
    if name.chars().count() > 60 {
        return Err(crate::content::i18n::t!("store-plan-name-long"));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(crate::content::i18n::t!(
            "store-plan-name-bytes",
            bytes = name.len(),
            max = MAX_NAME_BYTES
        ));
    }
    if name.starts_with('.') || name.starts_with('-') {
        return Err(crate::content::i18n::t!(
            "store-plan-name-dot",
            name = quoted(name).to_string()
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        let what = if c == ' ' {
            crate::content::i18n::t!("store-plan-name-a-space")
        } else {
            quoted(&c.to_string()).to_string()
        };
        return Err(crate::content::i18n::t!(
            "store-plan-name-chars",
            name = quoted(name).to_string(),
            what = what,
            suggestion = quoted(&suggest_name(name)).to_string()
        ));
    }
    Ok(name.to_string())
}

/// A usable name made from what was typed: "Uncle Bob!" → "uncle-bob".
pub fn suggest_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "plan".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_file_names_safely() {
        assert_eq!(check_name(" dad ").unwrap(), "dad");
        assert_eq!(check_name("Сергей").unwrap(), "Сергей");
        assert!(check_name("").is_err());
        assert!(check_name("../etc").is_err());
        let e = check_name("Uncle Bob!").unwrap_err();
        assert!(e.contains("\"uncle-bob\""), "{e}");
        assert!(check_name(".hidden").is_err());
    }
}
