//! The user's settings file: a small YAML file in the platform's config folder,
//! written with the same atomic, private, locked writes as everything else.

use super::atomic;
use super::lock::FileLock;
use crate::error::UserError;
use crate::yaml;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

pub const CONFIG_VAR: &str = "KINSHIP_CONFIG";

/// What the settings file may hold. Values are kept as written, and checked
/// when they are used, so one bad value does not hide the others.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Scalar>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Scalar>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pager: Option<Scalar>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<Scalar>,
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
}

impl Key {
    pub const ALL: [Key; 4] = [Key::Region, Key::Color, Key::Pager, Key::Width];

    pub fn name(self) -> &'static str {
        match self {
            Key::Region => "region",
            Key::Color => "color",
            Key::Pager => "pager",
            Key::Width => "width",
        }
    }

    pub fn slot(self, config: &mut Config) -> &mut Option<Scalar> {
        match self {
            Key::Region => &mut config.region,
            Key::Color => &mut config.color,
            Key::Pager => &mut config.pager,
            Key::Width => &mut config.width,
        }
    }

    pub fn get(self, config: &Config) -> Option<&Scalar> {
        match self {
            Key::Region => config.region.as_ref(),
            Key::Color => config.color.as_ref(),
            Key::Pager => config.pager.as_ref(),
            Key::Width => config.width.as_ref(),
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
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        yaml::from_str(&text).map_err(|e| {
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
                "Fix it by hand, or move it away; the keys it may hold are {}.",
                Key::ALL.map(Key::name).join(", ")
            ))
        })
    }

    /// Changes the file under its lock. A file that does not parse is refused,
    /// never overwritten.
    pub fn update(&self, change: impl FnOnce(&mut Config)) -> anyhow::Result<Config> {
        let _lock = FileLock::exclusive(&self.path)
            .with_context(|| format!("Could not lock {}", self.path.display()))?;
        atomic::remove_stale_temps(&self.path);
        let mut config = self.load()?;
        let before = config.clone();
        change(&mut config);
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
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_text_both_read_and_unknown_keys_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = ConfigFile {
            path: dir.path().join("config.yaml"),
        };
        assert_eq!(file.load().unwrap(), Config::default());
        std::fs::write(&file.path, "width: 90\ncolor: never\n").unwrap();
        let c = file.load().unwrap();
        assert_eq!(c.width, Some(Scalar::Number(90)));
        assert_eq!(c.color.unwrap().to_string(), "never");
        std::fs::write(&file.path, "colour: never\n").unwrap();
        let err = file.load().unwrap_err();
        assert!(
            err.message.contains("colour") && err.message.contains("line 1"),
            "{err:?}"
        );
    }

    #[test]
    fn updates_are_private_and_a_broken_file_is_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = ConfigFile {
            path: dir.path().join("kinship/config.yaml"),
        };
        file.update(|c| c.region = Some(Scalar::Text("gb".into())))
            .unwrap();
        let mode = std::fs::metadata(&file.path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(std::fs::read_to_string(&file.path).unwrap(), "region: gb\n");
        std::fs::write(&file.path, "region: [gb\n").unwrap();
        assert!(file.update(|c| c.region = None).is_err());
        assert_eq!(
            std::fs::read_to_string(&file.path).unwrap(),
            "region: [gb\n"
        );
    }
}
