//! Plans in the store: one file per plan, named by the plan's name, and
//! the rules that make a name safe to name a file.

use super::{Role, Store, Versioned};
use crate::error::quoted;
use crate::progress::plan::{Plan, SCHEMA};
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
        noun: format!("your plan {}", quoted(name)),
        way_out: format!(
            "Fix the file by hand, or run `kinship plan delete {name}` to move it aside (it is kept)."
        ),
        owner: None,
    }
}

impl Store {
    pub fn plan_path(&self, name: &str) -> PathBuf {
        self.file(PLANS, name)
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
        return Err("A plan needs a name, such as your loved one's first name or \"dad\".".into());
    }
    if name.chars().count() > 60 {
        return Err("That name is long; please use 60 characters or fewer.".into());
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(format!(
            "That name is too long to name a file: its letters take {} bytes, and a plan's \
             name may take {MAX_NAME_BYTES} (letters outside English take 2 to 4 each). \
             Please use a shorter one.",
            name.len()
        ));
    }
    if name.starts_with('.') || name.starts_with('-') {
        return Err(format!(
            "{} cannot start with a dot or a dash.",
            quoted(name)
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        let what = if c == ' ' {
            "a space".to_string()
        } else {
            quoted(&c.to_string()).to_string()
        };
        return Err(format!(
            "{} holds {what}; a plan name takes letters, digits, - _ and . only (it names a file). Try {}.",
            quoted(name),
            quoted(&suggest_name(name))
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
