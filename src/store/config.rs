//! The user's settings file: a small YAML file in the platform's config folder,
//! written with the same atomic, private, locked writes as everything else.

use super::atomic;
use super::lock::FileLock;
use crate::content::i18n::{Lang, t, tr};
use crate::error::UserError;
use crate::yaml;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub const CONFIG_VAR: &str = "KINSHIP_CONFIG";

/// What the settings file may hold. Values are kept as written, and checked
/// when they are used, so one bad value does not hide the others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub region: Option<Scalar>,
    pub lang: Option<Scalar>,
    pub color: Option<Scalar>,
    pub pager: Option<Scalar>,
    pub width: Option<Scalar>,
    pub reminders: Option<Scalar>,
    /// Entries kinship cannot use (a key it does not know, a list where one
    /// value goes), kept as written so that saving a setting never loses them.
    pub other: BTreeMap<String, yaml::Any>,
    /// Keys given more than once, with the lines they are on: none of their
    /// values is used, and the file is not rewritten until one is chosen.
    pub repeated: BTreeMap<String, Vec<usize>>,
    /// Parts of the file that are not YAML at all: (the key they seem to
    /// set, their first line, what is wrong). The rest of the file is still
    /// used; the file is not rewritten while any remain.
    pub broken: Vec<(Option<String>, usize, String)>,
}

impl Config {
    /// Reads a settings file's text: each entry on its own, so a mistake in
    /// one never hides the others. When the text is not YAML as a whole,
    /// each top-level entry is read alone and only the broken ones are left
    /// out. Only text that is not a YAML map at all is an error.
    fn parse(text: &str) -> Result<Config, yaml::YamlError> {
        let mut config = Config::default();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Ok(config);
        }
        let entries = match yaml::entries(text) {
            Ok(entries) => entries.unwrap_or_default(),
            Err(whole) => {
                let chunks = top_level_chunks(text);
                if chunks.iter().all(|(key, _, _)| key.is_none()) {
                    return Err(whole);
                }
                let mut entries = Vec::new();
                for (key, line, chunk) in chunks {
                    match yaml::entries(&chunk) {
                        Ok(found) => entries.extend(found.unwrap_or_default()),
                        Err(e) => config.broken.push((key, line, e.message)),
                    }
                }
                entries
            }
        };
        // A key given twice with one value is no question; with two, which
        // was meant is not known, so neither is used.
        let mut seen: BTreeMap<String, (usize, bool)> = BTreeMap::new();
        for (name, value) in &entries {
            let first = entries.iter().find(|(n, _)| n == name).map(|(_, v)| v);
            let entry = seen.entry(name.clone()).or_insert((0, true));
            entry.0 += 1;
            entry.1 &= first == Some(value);
        }
        let mut done = std::collections::BTreeSet::new();
        for (name, value) in entries {
            let (count, alike) = seen[&name];
            if count > 1 && (alike && !done.insert(name.clone())) {
                continue;
            }
            if count > 1 && !alike {
                config
                    .repeated
                    .entry(name.clone())
                    .or_insert_with(|| lines_of(text, &name));
                continue;
            }
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

    /// Why the file must not be rewritten as it is, if it must not.
    fn unsafe_to_rewrite(&self, path: &Path) -> Option<UserError> {
        if let Some((name, lines)) = self.repeated.iter().next() {
            return Some(
                UserError::new(t!(
                    "store-config-repeated",
                    path = path.display().to_string(),
                    key = yaml::short(name),
                    lines = lines_text(crate::content::i18n::current(), lines)
                ))
                .hint(t!("store-config-repeated-hint", key = yaml::short(name))),
            );
        }
        let (key, line, message) = self.broken.first()?;
        let mut err = UserError::new(t!(
            "store-config-broken-line",
            path = path.display().to_string(),
            line = *line,
            error = message.as_str()
        ));
        err = match key.as_deref().and_then(Key::from_name) {
            Some(k) => err.hint(t!("store-config-broken-line-hint", key = k.name())),
            None => err.hint(t!("store-config-broken-line-by-hand")),
        };
        Some(err)
    }

    /// Sets a setting, or with `None` removes it, along with anything
    /// unusable written under its name. True when the file had it before.
    pub fn set(&mut self, key: Key, value: Option<Scalar>) -> bool {
        let had_other =
            self.other.remove(key.name()).is_some() | self.repeated.remove(key.name()).is_some();
        let broken = self.broken.len();
        self.broken
            .retain(|(k, _, _)| k.as_deref() != Some(key.name()));
        let had_other = had_other || self.broken.len() != broken;
        let slot = key.slot(self);
        let had = slot.is_some();
        *slot = value;
        had || had_other
    }

    /// A warning for each entry that is ignored, saying what to do about it.
    pub fn problems(&self, path: &Path) -> Vec<String> {
        self.problems_in(path, crate::content::i18n::current())
    }

    /// The same, in `lang`.
    pub fn problems_in(&self, path: &Path, lang: Lang) -> Vec<String> {
        let at = path.display().to_string();
        let broken = self.broken.iter().map(|(key, line, message)| {
            let fix = match key.as_deref().and_then(Key::from_name) {
                Some(k) => tr!(lang, "store-config-fix-key", key = k.name()),
                None => tr!(lang, "store-config-fix-by-hand"),
            };
            tr!(
                lang,
                "store-config-ignoring-broken",
                what = key
                    .as_deref()
                    .map_or_else(|| tr!(lang, "store-config-a-line"), yaml::short),
                path = at.as_str(),
                line = *line,
                error = message.as_str(),
                fix = fix
            )
        });
        let repeated = self.repeated.iter().map(|(name, lines)| {
            tr!(
                lang,
                "store-config-ignoring-repeated",
                key = yaml::short(name),
                path = at.as_str(),
                lines = lines_text(lang, lines)
            )
        });
        let others = self
            .other
            .iter()
            .map(|(name, value)| (yaml::short(name), name, value))
            .map(|(name, raw, value)| match Key::from_name(raw) {
                Some(_) => tr!(
                    lang,
                    "store-config-ignoring-list",
                    key = name,
                    path = at.as_str(),
                    holds = tr!(
                        lang,
                        "store-config-holds",
                        what = value.describe().rsplit(' ').next().unwrap_or("value")
                    )
                ),
                None => {
                    let close = Key::ALL
                        .iter()
                        .map(|k| {
                            (
                                strsim::damerau_levenshtein(&raw.to_lowercase(), k.name()),
                                k,
                            )
                        })
                        .filter(|(edits, _)| *edits <= 2)
                        .min_by_key(|(edits, _)| *edits)
                        .map(|(_, k)| tr!(lang, "store-config-did-you-mean", key = k.name()))
                        .unwrap_or_default();
                    tr!(
                        lang,
                        "store-config-ignoring-unknown",
                        key = name,
                        path = at.as_str(),
                        close = close,
                        keys = key_names(lang)
                    )
                }
            });
        broken.chain(repeated).chain(others).collect()
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

/// The top-level entries of a settings file, each with the key it seems to
/// set and its first line: a line that starts at the left margin begins
/// one, and the indented lines after it belong to it.
fn top_level_chunks(text: &str) -> Vec<(Option<String>, usize, String)> {
    let mut chunks: Vec<(Option<String>, usize, String)> = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        let starts = !line.is_empty()
            && !line.starts_with([' ', '\t', '#'])
            && !line.starts_with("---")
            && !line.starts_with("...");
        if starts || chunks.is_empty() {
            let key = line
                .split_once(':')
                .map(|(k, _)| k.trim().trim_matches(['"', '\'']).to_string())
                .filter(|k| !k.is_empty() && starts);
            chunks.push((key, n + 1, String::new()));
        }
        let chunk = &mut chunks.last_mut().expect("one was pushed").2;
        chunk.push_str(line);
        chunk.push('\n');
    }
    chunks.retain(|(_, _, text)| !text.trim().is_empty());
    chunks
}

/// The lines where `key` is set at the left margin.
fn lines_of(text: &str, key: &str) -> Vec<usize> {
    text.split('\n')
        .enumerate()
        .filter(|(_, line)| {
            [key.to_string(), format!("\"{key}\""), format!("'{key}'")]
                .iter()
                .any(|k| {
                    line.strip_prefix(k.as_str())
                        .is_some_and(|rest| rest.trim_start().starts_with(':'))
                })
        })
        .map(|(n, _)| n + 1)
        .collect()
}

/// "lines 1 and 3"
fn lines_text(lang: Lang, lines: &[usize]) -> String {
    let all: Vec<String> = lines.iter().map(usize::to_string).collect();
    match all.as_slice() {
        [] => tr!(lang, "store-config-in-a-flow-map"),
        [one] => tr!(lang, "store-config-line", line = one.as_str()),
        [rest @ .., last] => tr!(
            lang,
            "store-config-lines",
            rest = rest.join(", "),
            last = last.as_str()
        ),
    }
}

/// "region, color, pager and width"
fn key_names(lang: Lang) -> String {
    let names = Key::ALL.map(Key::name);
    tr!(
        lang,
        "core-and-list",
        rest = names[..names.len() - 1].join(", "),
        last = names[names.len() - 1]
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
    Lang,
    Color,
    Pager,
    Width,
    Reminders,
}

impl Key {
    pub const ALL: [Key; 6] = [
        Key::Region,
        Key::Lang,
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
            Key::Lang => "lang",
            Key::Color => "color",
            Key::Pager => "pager",
            Key::Width => "width",
            Key::Reminders => "reminders",
        }
    }

    pub fn slot(self, config: &mut Config) -> &mut Option<Scalar> {
        match self {
            Key::Region => &mut config.region,
            Key::Lang => &mut config.lang,
            Key::Color => &mut config.color,
            Key::Pager => &mut config.pager,
            Key::Width => &mut config.width,
            Key::Reminders => &mut config.reminders,
        }
    }

    pub fn get(self, config: &Config) -> Option<&Scalar> {
        match self {
            Key::Region => config.region.as_ref(),
            Key::Lang => config.lang.as_ref(),
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

    /// The largest settings file kinship reads: a few lines are all it needs.
    pub const MAX_BYTES: usize = 64 * 1024;

    /// Reads the file; an absent file is an empty config. Only a regular file
    /// is read (a link to one is followed: dotfile managers make them), and
    /// only up to [`Self::MAX_BYTES`], so `/dev/zero`, a pipe or a folder
    /// here is a warning at once, never a wait.
    pub fn load(&self) -> Result<Config, UserError> {
        self.load_in(crate::content::i18n::current())
    }

    /// The same, its errors in `lang`.
    pub fn load_in(&self, lang: Lang) -> Result<Config, UserError> {
        use super::read::{Links, ReadError, read_text};
        let text = match read_text(&self.path, Links::Follow, Self::MAX_BYTES) {
            Ok(Some(text)) => text,
            Ok(None) => return Ok(Config::default()),
            Err(ReadError::TooLarge(_)) => {
                return Err(UserError::new(tr!(
                    lang,
                    "store-config-too-large",
                    path = self.path.display().to_string(),
                    kb = Self::MAX_BYTES / 1024
                ))
                .hint(tr!(lang, "store-config-check-path")));
            }
            Err(e) => {
                return Err(UserError::new(tr!(
                    lang,
                    "store-config-unreadable",
                    path = self.path.display().to_string(),
                    error = e.in_lang(lang)
                ))
                .hint(tr!(lang, "store-config-check-path")));
            }
        };
        Config::parse(&text).map_err(|e| {
            let at = match e.location {
                Some((line, column)) => {
                    tr!(lang, "store-config-at", line = line, column = column)
                }
                None => String::new(),
            };
            UserError::new(tr!(
                lang,
                "store-config-not-yaml",
                path = self.path.display().to_string(),
                at = at,
                error = e.message
            ))
            .hint(tr!(
                lang,
                "store-config-not-yaml-hint",
                keys = key_names(lang)
            ))
        })
    }

    /// Where writes go: the file a symbolic link points to (a dotfile
    /// manager's link stays a link, and the file it manages is changed).
    fn target(&self) -> PathBuf {
        match std::fs::canonicalize(&self.path) {
            Ok(real) => real,
            Err(_) => match std::fs::read_link(&self.path) {
                // A link to a file not made yet: made where the link points.
                Ok(to) => atomic::folder_of(&self.path).join(to),
                Err(_) => self.path.clone(),
            },
        }
    }

    /// Changes the file under its lock. A file that does not parse is refused,
    /// never overwritten.
    /// Returns what `change` returned.
    pub fn update<R>(&self, change: impl FnOnce(&mut Config) -> R) -> anyhow::Result<R> {
        let target = self.target();
        let _lock = FileLock::exclusive(&target)
            .with_context(|| t!("store-could-not-lock", path = target.display().to_string()))?;
        atomic::remove_stale_temps(&target);
        let mut config = self.load()?;
        let before = config.clone();
        let result = change(&mut config);
        if config != before {
            if let Some(err) = config.unsafe_to_rewrite(&self.path) {
                return Err(err.into());
            }
            let text = yaml::to_string(&config)?;
            atomic::write(&target, text.as_bytes()).map_err(|e| {
                UserError::new(t!(
                    "store-config-not-saved",
                    path = target.display().to_string(),
                    error = e.to_string()
                ))
                .hint(t!("store-config-unchanged"))
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
        // A line that does not parse is never lost by saving another setting...
        std::fs::write(&file.path, "region: [gb\ncolor: never\n").unwrap();
        let err = file
            .update(|c| c.set(Key::Width, Some(Scalar::Text("80".into()))))
            .unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&file.path).unwrap(),
            "region: [gb\ncolor: never\n"
        );
        // ...but setting the key it is for repairs it, keeping the rest.
        file.update(|c| c.set(Key::Region, Some(Scalar::Text("ie".into()))))
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(&file.path).unwrap(),
            "region: ie\ncolor: never\n"
        );
    }

    #[test]
    fn one_bad_entry_never_costs_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let file = ConfigFile {
            path: dir.path().join("config.yaml"),
        };
        let read = |text: &str| {
            std::fs::write(&file.path, text).unwrap();
            let c = file.load().unwrap();
            let problems = c.problems(&file.path);
            (c, problems)
        };
        // A number too big for any setting, a wrong type, a key given twice.
        let (c, problems) = read("width: 99999999999999999999999\nregion: gb\n");
        assert_eq!(c.region, Some(Scalar::Text("gb".into())));
        assert_eq!(
            c.width,
            Some(Scalar::Text("99999999999999999999999".into()))
        );
        assert!(problems.is_empty(), "the value is checked where it is used");
        let (c, problems) = read("region: gb\ncolor: {a: 1}\npager: [x\n");
        assert_eq!(c.region, Some(Scalar::Text("gb".into())));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("Ignoring pager") && problems[0].contains("line 3"));
        let (c, problems) = read("\u{feff}region: gb\nwidth: 80\nwidth: 90\n");
        assert_eq!(c.region, Some(Scalar::Text("gb".into())));
        assert_eq!(c.width, None);
        assert!(
            problems[0].contains("given more than once (lines 2 and 3)"),
            "{problems:?}"
        );
        let (c, problems) = read("region: gb\nregion: gb\n");
        assert_eq!(
            c.region,
            Some(Scalar::Text("gb".into())),
            "the same twice is clear"
        );
        assert!(problems.is_empty(), "{problems:?}");
        // A key with an escape in it is named, escaped, in the warning.
        let (_, problems) = read("region: gb\n\"\\e[31mkey\": 1\n");
        assert!(
            problems[0].contains("Ignoring \u{1b}[31mkey"),
            "{problems:?}"
        );
    }
}
