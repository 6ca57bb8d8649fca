//! The user's settings file: a small YAML file in the platform's config folder,
//! written with the same atomic, private, locked writes as everything else.

use super::atomic;
use super::lock::FileLock;
use crate::error::UserError;
use crate::yaml;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

pub const CONFIG_VAR: &str = "KINSHIP_CONFIG";

/// What the settings file may hold. Values are kept as written, and checked
/// when they are used, so one bad value does not hide the others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub region: Option<Scalar>,
    pub color: Option<Scalar>,
    pub pager: Option<Scalar>,
    pub width: Option<Scalar>,
    pub reminders: Option<Scalar>,
    /// Entries kinship cannot use (a key it does not know, a list where one
    /// value goes), kept as written so that saving a setting never loses them.
    pub other: BTreeMap<String, yaml::Any>,
}

impl Config {
    /// Reads a settings file's text: each entry on its own, so a mistake in
    /// one never hides the others. Only text that is not a YAML map at all
    /// is an error.
    fn parse(text: &str) -> Result<Config, yaml::YamlError> {
        let mut config = Config::default();
        if text.trim().is_empty() {
            return Ok(config);
        }
        let entries: Option<BTreeMap<String, yaml::Any>> = yaml::from_str(text)?;
        for (name, value) in entries.unwrap_or_default() {
            let scalar = value.to::<Option<Scalar>>();
            match (Key::from_name(&name), scalar) {
                (Some(key), Some(scalar)) => *key.slot(&mut config) = scalar,
                _ => {
                    config.other.insert(name, value);
                }
            }
        }
        Ok(config)
    }

    /// Sets a setting, or with `None` removes it, along with anything
    /// unusable written under its name. True when the file had it before.
    pub fn set(&mut self, key: Key, value: Option<Scalar>) -> bool {
        let had_other = self.other.remove(key.name()).is_some();
        let slot = key.slot(self);
        let had = slot.is_some();
        *slot = value;
        had || had_other
    }

    /// A warning for each entry that is ignored, saying what to do about it.
    pub fn problems(&self, path: &Path) -> Vec<String> {
        self.other
            .iter()
            .map(|(name, value)| match Key::from_name(name) {
                Some(_) => format!(
                    "Ignoring {name} in your settings file ({}): it holds {}, and {name} takes \
                     one value. Set it with `kinship config set {name} VALUE`.",
                    path.display(),
                    value.describe()
                ),
                None => {
                    let close = Key::ALL
                        .iter()
                        .map(|k| (strsim::damerau_levenshtein(&name.to_lowercase(), k.name()), k))
                        .filter(|(edits, _)| *edits <= 2)
                        .min_by_key(|(edits, _)| *edits)
                        .map(|(_, k)| format!(" Did you mean {}?", k.name()))
                        .unwrap_or_default();
                    format!(
                        "Ignoring {name} in your settings file ({}): kinship has no setting \
                         called {name}.{close} The settings are {}; the others in the file are used.",
                        path.display(),
                        key_names()
                    )
                }
            })
            .collect()
    }
}

impl Serialize for Config {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for key in Key::ALL {
            if let Some(value) = key.get(self) {
                map.serialize_entry(key.name(), value)?;
            }
        }
        for (name, value) in &self.other {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// "region, color, pager and width"
fn key_names() -> String {
    let names = Key::ALL.map(Key::name);
    format!(
        "{} and {}",
        names[..names.len() - 1].join(", "),
        names[names.len() - 1]
    )
}

/// A value as written in YAML: `width: 90` and `width: "90"` alike.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Number(i64),
    Bool(bool),
    Text(String),
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Number(n) => write!(f, "{n}"),
            Scalar::Bool(b) => write!(f, "{b}"),
            Scalar::Text(t) => f.write_str(t),
        }
    }
}

/// The settings kinship knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Key {
    Region,
    Color,
    Pager,
    Width,
    Reminders,
}

impl Key {
    pub const ALL: [Key; 5] = [
        Key::Region,
        Key::Color,
        Key::Pager,
        Key::Width,
        Key::Reminders,
    ];

    /// The setting called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Key::Region => "region",
            Key::Color => "color",
            Key::Pager => "pager",
            Key::Width => "width",
            Key::Reminders => "reminders",
        }
    }

    pub fn slot(self, config: &mut Config) -> &mut Option<Scalar> {
        match self {
            Key::Region => &mut config.region,
            Key::Color => &mut config.color,
            Key::Pager => &mut config.pager,
            Key::Width => &mut config.width,
            Key::Reminders => &mut config.reminders,
        }
    }

    pub fn get(self, config: &Config) -> Option<&Scalar> {
        match self {
            Key::Region => config.region.as_ref(),
            Key::Color => config.color.as_ref(),
            Key::Pager => config.pager.as_ref(),
            Key::Width => config.width.as_ref(),
            Key::Reminders => config.reminders.as_ref(),
        }
    }
}

/// Where the settings file is, and how to read and change it.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    pub path: PathBuf,
}

impl ConfigFile {
    /// `--config FILE`, else `KINSHIP_CONFIG`, else `config.yaml` in the
    /// platform's config folder; `None` when there is no such folder.
    pub fn locate(flag: Option<&Path>, env_value: Option<&str>) -> Option<ConfigFile> {
        let path = match (flag, env_value) {
            (Some(p), _) => p.to_path_buf(),
            (None, Some(p)) => PathBuf::from(p),
            (None, None) => directories::ProjectDirs::from("", "", "kinship")?
                .config_dir()
                .join("config.yaml"),
        };
        Some(ConfigFile { path })
    }

    /// Reads the file; an absent file is an empty config.
    pub fn load(&self) -> Result<Config, UserError> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(UserError::new(format!(
                    "Could not read your settings file ({}): {e}.",
                    self.path.display()
                )));
            }
        };
        Config::parse(&text).map_err(|e| {
            let at = match e.location {
                Some((line, column)) => format!(", line {line}, column {column}"),
                None => String::new(),
            };
            UserError::new(format!(
                "Could not read your settings file ({}{at}): {}.",
                self.path.display(),
                e.message
            ))
            .hint(format!(
                "Fix it by hand, or move it away; it holds one `key: value` a line, for {}.",
                key_names()
            ))
        })
    }

    /// Changes the file under its lock. A file that does not parse is refused,
    /// never overwritten.
    /// Returns what `change` returned.
    pub fn update<R>(&self, change: impl FnOnce(&mut Config) -> R) -> anyhow::Result<R> {
        let _lock = FileLock::exclusive(&self.path)
            .with_context(|| format!("Could not lock {}", self.path.display()))?;
        atomic::remove_stale_temps(&self.path);
        let mut config = self.load()?;
        let before = config.clone();
        let result = change(&mut config);
        if config != before {
            let text = yaml::to_string(&config)?;
            atomic::write(&self.path, text.as_bytes()).map_err(|e| {
                UserError::new(format!(
                    "Could not save your settings ({}): {e}.",
                    self.path.display()
                ))
                .hint("Your earlier settings are unchanged.")
            })?;
        }
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_text_both_read_and_one_bad_entry_leaves_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let file = ConfigFile {
            path: dir.path().join("config.yaml"),
        };
        assert_eq!(file.load().unwrap(), Config::default());
        std::fs::write(&file.path, "width: 90\ncolor: never\n").unwrap();
        let c = file.load().unwrap();
        assert_eq!(c.width, Some(Scalar::Number(90)));
        assert_eq!(c.color.unwrap().to_string(), "never");

        std::fs::write(
            &file.path,
            "region: gb\ncolour: never\npager: [a]\nwidth:\n",
        )
        .unwrap();
        let c = file.load().unwrap();
        assert_eq!(c.region, Some(Scalar::Text("gb".into())), "kept");
        assert_eq!(
            (c.color.clone(), c.pager.clone(), c.width.clone()),
            (None, None, None)
        );
        let problems = c.problems(&file.path);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].contains("no setting called colour. Did you mean color?"),
            "{problems:?}"
        );
        assert!(
            problems[1].contains("Ignoring pager") && problems[1].contains("it holds a list"),
            "{problems:?}"
        );

        // Saving a setting keeps what it could not use, as it was written.
        file.update(|c| c.set(Key::Width, Some(Scalar::Text("72".into()))))
            .unwrap();
        let text = std::fs::read_to_string(&file.path).unwrap();
        assert_eq!(
            text,
            "region: gb\nwidth: '72'\ncolour: never\npager:\n- a\n"
        );
        // Setting a key with a bad value replaces it; unsetting says if it was there.
        assert!(file.update(|c| c.set(Key::Pager, None)).unwrap());
        assert!(!file.update(|c| c.set(Key::Pager, None)).unwrap());
        assert!(
            !std::fs::read_to_string(&file.path)
                .unwrap()
                .contains("pager")
        );

        std::fs::write(&file.path, "- just\n- a list\n").unwrap();
        assert!(file.load().unwrap_err().message.contains("line 1"));
    }

    #[test]
    fn updates_are_private_and_a_broken_file_is_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = ConfigFile {
            path: dir.path().join("kinship/config.yaml"),
        };
        file.update(|c| c.set(Key::Region, Some(Scalar::Text("gb".into()))))
            .unwrap();
        let mode = std::fs::metadata(&file.path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(std::fs::read_to_string(&file.path).unwrap(), "region: gb\n");
        std::fs::write(&file.path, "region: [gb\n").unwrap();
        assert!(file.update(|c| c.set(Key::Region, None)).is_err());
        assert_eq!(
            std::fs::read_to_string(&file.path).unwrap(),
            "region: [gb\n"
        );
    }
}
