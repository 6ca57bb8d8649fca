//! Flags, environment, the settings file and defaults, resolved once at
//! start-up into one typed value.
//!
//! Precedence, for every setting: a flag, then an environment variable, then
//! the settings file, then the default. A bad value in the settings file is a
//! warning, never an error: nothing may stand between a frightened user and
//! the overdose guide.

mod args;
pub use args::GlobalArgs;

use crate::clock::Clock;
use crate::content::embedded::RegionEntry;
use crate::content::i18n::{Lang, tr};
use crate::content::region;
use crate::env::{Editor, Env};
use crate::error::UserError;
use crate::store::Store;
use crate::store::config::{CONFIG_VAR, Config, ConfigFile, Key};
use chrono::{DateTime, FixedOffset};
use clap::ValueEnum;
use std::path::PathBuf;

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal (and `NO_COLOR` is not set).
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn name(self) -> &'static str {
        match self {
            ColorChoice::Auto => "auto",
            ColorChoice::Always => "always",
            ColorChoice::Never => "never",
        }
    }
}

/// Where a setting's value came from, for messages that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    EnvVar(&'static str),
    ConfigFile,
    Terminal,
    Default,
}

impl Origin {
    /// "from --region", "by default": in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Origin::Flag(flag) => tr!(lang, "settings-origin-flag", flag = *flag),
            Origin::EnvVar(var) => tr!(lang, "settings-origin-env", var = *var),
            Origin::ConfigFile => tr!(lang, "settings-origin-config"),
            Origin::Terminal => tr!(lang, "settings-origin-terminal"),
            Origin::Default => tr!(lang, "settings-origin-default"),
        }
    }
}

/// In the language of this process.
impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(crate::content::i18n::current()))
    }
}

pub const REGION_VAR: &str = "KINSHIP_REGION";
pub const LANG_VAR: &str = "KINSHIP_LANG";
pub const HOME_VAR: &str = "KINSHIP_HOME";
pub const PAGER_VAR: &str = "KINSHIP_PAGER";
/// The pager used when nothing else is set.
pub const DEFAULT_PAGER: &str = "less -FRX";

/// Everything the commands need to know about how kinship was asked to behave.
#[derive(Debug, Clone)]
pub struct Settings {
    pub color: ColorChoice,
    pub color_origin: Origin,
    pub region: &'static RegionEntry,
    pub region_origin: Origin,
    /// The language of the guidance and the messages (not of `--help`).
    pub lang: Lang,
    pub lang_origin: Origin,
    /// Accessible output: no colour, box drawing or symbols; static prompts.
    pub plain: bool,
    /// The pager command, or `None` when paging is off.
    pub pager: Option<String>,
    pub pager_origin: Origin,
    /// A width asked for (`COLUMNS` or the settings file); else the terminal's.
    pub width: Option<usize>,
    pub width_origin: Origin,
    pub data_dir: Option<PathBuf>,
    pub data_dir_origin: Origin,
    /// The settings file, when there can be one.
    pub config: Option<ConfigFile>,
    pub clock: Clock,
    /// Problems with the settings file, to show once the Ui exists.
    pub warnings: Vec<String>,
    /// The editor for long answers (`VISUAL`, else `EDITOR`), when one is set.
    pub editor: Option<Editor>,
    /// Whether the home screen reminds you to check in (`reminders: off`
    /// turns that off; a naloxone expiry is always mentioned).
    pub reminders: bool,
    pub reminders_origin: Origin,
    /// Where the passphrase of a locked data folder comes from.
    pub passphrase: crate::store::crypt::Ask,
    /// `--quiet`: no confirmations or hints on stderr.
    pub quiet: bool,
    /// `--no-input` or `KINSHIP_NO_INPUT`: never prompt.
    pub no_input: bool,
}

pub const NO_INPUT_VAR: &str = "KINSHIP_NO_INPUT";

pub const PASSPHRASE_FILE_VAR: &str = "KINSHIP_PASSPHRASE_FILE";

/// What a bad region or test clock does: stop the command, or (for the
/// overdose card) fall back and warn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnBadValue {
    Stop,
    FallBack,
}

impl Settings {
    /// Resolves the global flags against the environment and the settings file.
    pub fn resolve(args: &GlobalArgs, env: &Env) -> Result<Settings, UserError> {
        Settings::resolve_with(args, env, OnBadValue::Stop)
    }

    /// Resolves the settings for the emergency screens (the card, the home
    /// screen, the overdose guide), which must never fail: a region that does
    /// not exist gives the next one that does, in the usual order (the
    /// settings file's, the locale's, else `us`, as when nothing is set), and a
    /// bad test clock gives the real one. Each is a warning that says how to
    /// fix it.
    pub fn resolve_for_emergency(args: &GlobalArgs, env: &Env) -> Settings {
        Settings::resolve_with(args, env, OnBadValue::FallBack).expect("falling back never fails")
    }

    fn resolve_with(
        args: &GlobalArgs,
        env: &Env,
        on_bad: OnBadValue,
    ) -> Result<Settings, UserError> {
        let mut warnings = Vec::new();
        let config_file = ConfigFile::locate(args.config.as_deref(), env.var(CONFIG_VAR));
        let loaded = config_file.as_ref().map(|f| f.load_in(Lang::EN));
        let config = match &loaded {
            Some(Ok(config)) => config.clone(),
            _ => Config::default(),
        };
        // The language comes first, so that every warning below is in it
        // (a language kinship does not speak is said in English).
        let config_lang = Key::Lang
            .get(&config)
            .and_then(|raw| check_value_in(Lang::EN, Key::Lang, &raw.to_string()).ok());
        let mut lang_warnings = Vec::new();
        let (lang, lang_origin) = resolve_lang(args, env, config_lang, &mut lang_warnings);
        match (&loaded, &config_file) {
            (Some(Ok(config)), Some(file)) => warnings.extend(config.problems_in(&file.path, lang)),
            (Some(Err(_)), Some(file)) => {
                let e = file
                    .load_in(lang)
                    .err()
                    .unwrap_or_else(|| UserError::new(""));
                warnings.push(tr!(lang, "settings-using-defaults", error = e.message));
            }
            _ => {}
        }
        // A value from the settings file, checked; a bad one is a warning.
        let mut from_config = |key: Key| -> Option<String> {
            let raw = key.get(&config)?.to_string();
            match check_value_in(lang, key, &raw) {
                Ok(value) => Some(value),
                Err(e) => {
                    warnings.push(tr!(
                        lang,
                        "settings-ignoring-value",
                        key = key.name(),
                        value = crate::error::quoted(&raw).to_string(),
                        hint = e.hints.first().cloned().unwrap_or_default(),
                    ));
                    None
                }
            }
        };
        let config_color = from_config(Key::Color);
        let config_region = from_config(Key::Region);
        let _ = from_config(Key::Lang);
        let config_pager = from_config(Key::Pager);
        let config_width = from_config(Key::Width);
        let (reminders, reminders_origin) = match from_config(Key::Reminders) {
            Some(v) => (v == "on", Origin::ConfigFile),
            None => (true, Origin::Default),
        };

        let no_input = args.no_input
            || env
                .var(NO_INPUT_VAR)
                .is_some_and(|v| !v.is_empty() && v != "0");
        let plain = args.plain || env.var("ACCESSIBLE").is_some_and(|v| v != "0");
        // Accessible mode never has colour, whatever else asks for it.
        let (color, color_origin) = match (args.color, config_color) {
            _ if args.plain => (ColorChoice::Never, Origin::Flag("--plain")),
            _ if plain => (ColorChoice::Never, Origin::EnvVar("ACCESSIBLE")),
            (Some(choice), _) => (choice, Origin::Flag("--color")),
            _ if env.var("NO_COLOR").is_some() => (ColorChoice::Never, Origin::EnvVar("NO_COLOR")),
            (None, Some(c)) => (
                ColorChoice::from_str(&c, true).unwrap_or(ColorChoice::Auto),
                Origin::ConfigFile,
            ),
            (None, None) => (ColorChoice::Auto, Origin::Default),
        };

        let (region, region_origin) = match resolve_region(args, env, config_region.clone(), lang) {
            Ok(found) => found,
            Err(e) if on_bad == OnBadValue::FallBack => {
                let (region, origin) = fallback_region(args, env, config_region);
                let region = region.in_lang(lang);
                let why = match &origin {
                    Origin::Default => String::new(),
                    other => format!(", {}", other.in_lang(lang)),
                };
                // Short: on a 24-line screen it must leave the steps in view.
                let codes: Vec<&str> = crate::content::embedded::REGIONS
                    .iter()
                    .filter(|r| !r.fallback)
                    .map(|r| r.code)
                    .collect();
                let number = if region.unchecked() {
                    String::new()
                } else {
                    tr!(lang, "settings-region-number", number = region.emergency)
                };
                warnings.push(tr!(
                    lang,
                    "settings-region-fallback",
                    error = e.message,
                    region = region.name,
                    code = region.code,
                    why = why,
                    number = number,
                    how = if args.region.is_some() { "flag" } else { "env" },
                    codes = codes.join(", "),
                ));
                (region, origin)
            }
            Err(e) => return Err(e),
        };

        warnings.extend(lang_warnings);
        // The same numbers, in the user's language.
        let region = region.in_lang(lang);

        let (pager, pager_origin) = if args.no_pager {
            (None, Origin::Flag("--no-pager"))
        } else {
            let chosen = [
                (
                    env.var(PAGER_VAR).map(str::to_string),
                    Origin::EnvVar(PAGER_VAR),
                ),
                (config_pager, Origin::ConfigFile),
                (
                    env.var("PAGER").map(str::to_string),
                    Origin::EnvVar("PAGER"),
                ),
            ]
            .into_iter()
            .find_map(|(value, origin)| {
                value
                    .filter(|v| !v.trim().is_empty() && v.trim() != "auto")
                    .map(|v| (v, origin))
            });
            match chosen {
                Some((v, origin)) if means_no_pager(&v) => (None, origin),
                Some((v, origin)) => (Some(v), origin),
                None => (Some(DEFAULT_PAGER.to_string()), Origin::Default),
            }
        };

        let columns = env
            .var("COLUMNS")
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|w| *w >= 20);
        let (width, width_origin) = match (columns, config_width.and_then(|w| w.parse().ok())) {
            (Some(w), _) => (Some(w), Origin::EnvVar("COLUMNS")),
            (None, Some(w)) => (Some(w), Origin::ConfigFile),
            (None, None) if env.terminal_width.is_some() => (None, Origin::Terminal),
            (None, None) => (None, Origin::Default),
        };

        let clock = match Clock::from_env(env) {
            Ok(clock) => clock,
            Err(e) if on_bad == OnBadValue::FallBack => {
                warnings.push(tr!(
                    lang,
                    "settings-real-time",
                    error = e.message,
                    hints = e.hints.join(" "),
                ));
                Clock::real()
            }
            Err(e) => return Err(e),
        };

        let (data_dir, data_dir_origin) = match (&args.data_dir, env.var(HOME_VAR)) {
            (Some(dir), _) => (Some(dir.clone()), Origin::Flag("--data-dir")),
            (None, Some(dir)) => (Some(PathBuf::from(dir)), Origin::EnvVar(HOME_VAR)),
            (None, None) => (None, Origin::Default),
        };
        Ok(Settings {
            color,
            color_origin,
            region,
            region_origin,
            lang,
            lang_origin,
            plain,
            pager,
            pager_origin,
            width,
            width_origin,
            data_dir,
            data_dir_origin,
            config: config_file,
            clock,
            warnings,
            editor: Editor::from_env(env),
            reminders,
            reminders_origin,
            passphrase: match (&args.passphrase_file, env.var(PASSPHRASE_FILE_VAR)) {
                (Some(file), _) => {
                    crate::store::crypt::Ask::File(file.clone(), "--passphrase-file")
                }
                (None, Some(file)) if !file.is_empty() => {
                    crate::store::crypt::Ask::File(PathBuf::from(file), PASSPHRASE_FILE_VAR)
                }
                _ if env.stdin_tty && env.stderr_tty && !no_input => {
                    crate::store::crypt::Ask::Terminal
                }
                _ => crate::store::crypt::Ask::Never,
            },
            quiet: args.quiet,
            no_input,
        })
    }

    /// The pager for long output, when paging is allowed.
    pub fn pager_command(&self) -> Option<String> {
        self.pager.clone()
    }

    /// Now, from the clock.
    pub fn now(&self) -> DateTime<FixedOffset> {
        self.clock.now()
    }

    /// The data folder: `--data-dir`, else `KINSHIP_HOME`, else the platform's.
    pub fn store(&self) -> Result<Store, UserError> {
        let ask = self.passphrase.clone();
        if let Some(dir) = &self.data_dir {
            return Ok(Store::new(dir).asking(ask));
        }
        directories::ProjectDirs::from("", "", "kinship")
            .map(|dirs| Store::new(dirs.data_dir()).asking(ask))
            .ok_or_else(|| {
                UserError::new(tr!(self.lang, "settings-no-data-folder"))
                    .hint(tr!(self.lang, "settings-no-data-folder-hint"))
            })
    }

    /// The line said under any mistake at the top level: the number, and the card.
    pub fn emergency_line(&self) -> String {
        crate::content::i18n::tr!(
            self.lang,
            "emergency-line",
            emergency = self.region.emergency
        )
    }

    /// The one line the emergency screens add under their first line when
    /// the numbers may not be the user's: a country kinship has not checked,
    /// or no region set at all (the US numbers are only a default).
    pub fn region_notice(&self) -> Option<String> {
        if self.region.unchecked() {
            Some(crate::content::i18n::tr!(
                self.lang,
                "region-notice-unchecked",
                region = self.region.the_name
            ))
        } else if self.region_origin == Origin::Default {
            Some(crate::content::i18n::tr!(
                self.lang,
                "region-notice-default"
            ))
        } else {
            None
        }
    }

    /// How to change the region, said in guides' footers.
    pub fn region_hint(&self) -> String {
        self.region_hint_in(self.lang)
    }

    /// The same, in `lang` (the language of the guide it ends).
    pub fn region_hint_in(&self, lang: Lang) -> String {
        crate::content::i18n::tr!(
            lang,
            "region-hint",
            regions = crate::content::embedded::REGIONS
                .iter()
                .filter(|r| !r.fallback)
                .map(|r| r.code)
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// Checks a value for a setting, returning it in its normal form, or an error
/// whose first hint names the allowed values.
pub fn check_value(key: Key, raw: &str) -> Result<String, UserError> {
    check_value_in(crate::content::i18n::current(), key, raw)
}

/// The same, its error in `lang`.
pub fn check_value_in(lang: Lang, key: Key, raw: &str) -> Result<String, UserError> {
    let value = raw.trim();
    let bad = |allowed: String| {
        UserError::new(tr!(
            lang,
            "settings-not-a-value",
            value = crate::error::quoted(value).to_string(),
            key = key.name(),
        ))
        .hint(allowed)
    };
    match key {
        Key::Region => region::resolve(value)
            .map(|r| r.code.to_string())
            .ok_or_else(|| {
                bad(format!(
                    "{} {}",
                    tr!(lang, "settings-region-choices"),
                    tr!(
                        lang,
                        "settings-checked-regions",
                        codes = region::known_codes(lang)
                    )
                ))
            }),
        Key::Lang => Lang::find(value)
            .map(|l| l.code().to_string())
            .ok_or_else(|| bad(tr!(lang, "settings-choose-lang", choices = Lang::choices()))),
        Key::Color => ColorChoice::from_str(value, true)
            .map(|c| c.name().to_string())
            .map_err(|_| bad(tr!(lang, "settings-choose-color"))),
        Key::Pager if value.is_empty() => Err(bad(tr!(lang, "settings-choose-pager"))),
        Key::Pager if means_no_pager(value) => Ok("never".to_string()),
        Key::Pager => Ok(value.to_string()),
        Key::Reminders => match value.to_lowercase().as_str() {
            "on" | "yes" | "true" => Ok("on".to_string()),
            "off" | "no" | "false" => Ok("off".to_string()),
            _ => Err(bad(tr!(lang, "settings-choose-reminders"))),
        },
        Key::Width if value == "auto" => Ok(value.to_string()),
        Key::Width => value
            .parse::<usize>()
            .ok()
            .filter(|w| (40..=200).contains(w))
            .map(|w| w.to_string())
            .ok_or_else(|| bad(tr!(lang, "settings-choose-width"))),
    }
}

/// The words that turn paging off, as a pager setting: `never`, and what
/// people type for it (`none`, `off`, `false`, `no`), in any case.
fn means_no_pager(value: &str) -> bool {
    ["never", "none", "off", "false", "no"]
        .iter()
        .any(|w| value.trim().eq_ignore_ascii_case(w))
}

/// The warning for a language kinship does not speak, asked for by a flag
/// or a variable (said in English, the language used instead).
fn lang_warning(asked: &str, origin: &Origin) -> String {
    crate::content::i18n::tr!(
        Lang::EN,
        "lang-unknown",
        asked = crate::error::quoted(asked).to_string(),
        origin = origin.in_lang(Lang::EN),
        choices = Lang::choices(),
    )
}

/// The language: `--lang`, `KINSHIP_LANG`, the settings file (already
/// checked), the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set
/// decides, as in every program), else English. A language kinship does not
/// speak, asked for by flag or variable, is a warning and gives English: it
/// never stops a command, least of all the overdose card.
fn resolve_lang(
    args: &GlobalArgs,
    env: &Env,
    from_config: Option<String>,
    warnings: &mut Vec<String>,
) -> (Lang, Origin) {
    let asked = match (&args.lang, env.var(LANG_VAR)) {
        (Some(code), _) => Some((code.as_str(), Origin::Flag("--lang"))),
        (None, Some(code)) if !code.trim().is_empty() => Some((code, Origin::EnvVar(LANG_VAR))),
        _ => None,
    };
    if let Some((code, origin)) = asked {
        return match Lang::find(code) {
            Some(lang) => (lang, origin),
            None => {
                warnings.push(lang_warning(code, &origin));
                (Lang::EN, Origin::Default)
            }
        };
    }
    if let Some(lang) = from_config.as_deref().and_then(Lang::find) {
        return (lang, Origin::ConfigFile);
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        match env.var(var) {
            Some(locale) if !locale.is_empty() => {
                return match Lang::from_locale(locale) {
                    Some(lang) => (lang, Origin::EnvVar(var)),
                    None => (Lang::EN, Origin::Default),
                };
            }
            _ => {}
        }
    }
    (Lang::EN, Origin::Default)
}

fn resolve_region(
    args: &GlobalArgs,
    env: &Env,
    from_config: Option<String>,
    lang: Lang,
) -> Result<(&'static RegionEntry, Origin), UserError> {
    let asked = match (&args.region, env.var(REGION_VAR)) {
        (Some(code), _) => Some((code.as_str(), Origin::Flag("--region"))),
        (None, Some(code)) => Some((code, Origin::EnvVar(REGION_VAR))),
        (None, None) => None,
    };
    if let Some((code, origin)) = asked {
        return match region::resolve(code) {
            Some(r) => Ok((r, origin)),
            None => Err(UserError::new(tr!(
                lang,
                "settings-no-such-region",
                region = crate::error::quoted(code).to_string(),
                origin = origin.in_lang(lang),
            ))
            .hint(tr!(lang, "settings-region-choices"))
            .hint(tr!(
                lang,
                "settings-checked-regions",
                codes = region::known_codes(lang)
            ))),
        };
    }
    Ok(region_below_flags(env, from_config))
}

/// The region when the one asked for does not exist: `KINSHIP_REGION` under a
/// bad flag, then the rest of the usual order, as if nothing had been set.
fn fallback_region(
    args: &GlobalArgs,
    env: &Env,
    from_config: Option<String>,
) -> (&'static RegionEntry, Origin) {
    if args.region.is_some()
        && let Some(r) = env.var(REGION_VAR).and_then(region::resolve)
    {
        return (r, Origin::EnvVar(REGION_VAR));
    }
    region_below_flags(env, from_config)
}

/// The region from the settings file, else the locale's country, else `us`.
fn region_below_flags(env: &Env, from_config: Option<String>) -> (&'static RegionEntry, Origin) {
    if let Some(r) = from_config.as_deref().and_then(region::resolve) {
        return (r, Origin::ConfigFile);
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(r) = env
            .var(var)
            .and_then(locale_country)
            .and_then(region::resolve)
        {
            return (r, Origin::EnvVar(var));
        }
    }
    (
        region::find("us").expect("regions.yaml has a us region"),
        Origin::Default,
    )
}

/// The country part of a locale name: `en_GB.UTF-8` gives `GB`.
fn locale_country(locale: &str) -> Option<&str> {
    let after = locale.split_once('_')?.1;
    let country = after.split(['.', '@']).next()?;
    (country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic())).then_some(country)
}

#[cfg(test)]
mod tests;
