//! Flags, environment, the settings file and defaults, resolved once at
//! start-up into one typed value.
//!
//! Precedence, for every setting: a flag, then an environment variable, then
//! the settings file, then the default. A bad value in the settings file is a
//! warning, never an error: nothing may stand between a frightened user and
//! the overdose guide.

use crate::cli::GlobalArgs;
use crate::clock::Clock;
use crate::content::embedded::RegionEntry;
use crate::content::region;
use crate::env::Env;
use crate::error::UserError;
use crate::i18n::Lang;
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

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag(flag) => write!(f, "from {flag}"),
            Origin::EnvVar(var) => write!(f, "from the {var} environment variable"),
            Origin::ConfigFile => f.write_str("from the settings file"),
            Origin::Terminal => f.write_str("from the terminal"),
            Origin::Default => f.write_str("by default"),
        }
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
}

pub const PASSPHRASE_FILE_VAR: &str = "KINSHIP_PASSPHRASE_FILE";

/// The user's text editor, and the variable that named it (for messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub command: String,
    pub var: &'static str,
}

impl Editor {
    /// `VISUAL`, else `EDITOR`; a value of only spaces counts as unset.
    pub fn from_env(env: &Env) -> Option<Editor> {
        ["VISUAL", "EDITOR"].into_iter().find_map(|var| {
            let command = env.var(var)?.trim();
            (!command.is_empty()).then(|| Editor {
                command: command.to_string(),
                var,
            })
        })
    }
}

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
        let config = match config_file.as_ref().map(ConfigFile::load) {
            Some(Ok(config)) => {
                if let Some(file) = &config_file {
                    warnings.extend(config.problems(&file.path));
                }
                config
            }
            Some(Err(e)) => {
                warnings.push(format!("{} Using the defaults for now.", e.message));
                Config::default()
            }
            None => Config::default(),
        };
        // A value from the settings file, checked; a bad one is a warning.
        let mut from_config = |key: Key| -> Option<String> {
            let raw = key.get(&config)?.to_string();
            match check_value(key, &raw) {
                Ok(value) => Some(value),
                Err(e) => {
                    warnings.push(format!(
                        "Ignoring {}: {} in your settings file. {} Change it with \
                         `kinship config set {} VALUE` or remove it with `kinship config unset {}`.",
                        key.name(),
                        crate::error::quoted(&raw),
                        e.hints.first().map(String::as_str).unwrap_or(""),
                        key.name(),
                        key.name()
                    ));
                    None
                }
            }
        };
        let config_color = from_config(Key::Color);
        let config_region = from_config(Key::Region);
        let config_lang = from_config(Key::Lang);
        let config_pager = from_config(Key::Pager);
        let config_width = from_config(Key::Width);
        let (reminders, reminders_origin) = match from_config(Key::Reminders) {
            Some(v) => (v == "on", Origin::ConfigFile),
            None => (true, Origin::Default),
        };

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

        let (region, region_origin) = match resolve_region(args, env, config_region.clone()) {
            Ok(found) => found,
            Err(e) if on_bad == OnBadValue::FallBack => {
                let (region, origin) = fallback_region(args, env, config_region);
                let why = match &origin {
                    Origin::Default => String::new(),
                    other => format!(", {other}"),
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
                    format!(", emergency number {}", region.emergency)
                };
                warnings.push(format!(
                    "{} Using {} ({}{why}){number}. To fix it, {} a country code or one of: {}.",
                    e.message,
                    region.name,
                    region.code,
                    if args.region.is_some() {
                        "use --region with"
                    } else {
                        "set KINSHIP_REGION to"
                    },
                    codes.join(", ")
                ));
                (region, origin)
            }
            Err(e) => return Err(e),
        };

        let (lang, lang_origin) = resolve_lang(args, env, config_lang, &mut warnings);
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
                Some((v, origin)) if v.trim() == "never" => (None, origin),
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
                warnings.push(format!(
                    "{} Using the real time instead. {}",
                    e.message,
                    e.hints.join(" ")
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
                _ if env.stdin_tty && env.stderr_tty => crate::store::crypt::Ask::Terminal,
                _ => crate::store::crypt::Ask::Never,
            },
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

    /// The one line the emergency screens add under their first line when
    /// the numbers may not be the user's: a country kinship has not checked,
    /// or no region set at all (the US numbers are only a default).
    pub fn region_notice(&self) -> Option<String> {
        if self.region.unchecked() {
            Some(crate::tr!(
                self.lang,
                "region-notice-unchecked",
                region = self.region.the_name
            ))
        } else if self.region_origin == Origin::Default {
            Some(crate::tr!(self.lang, "region-notice-default"))
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
        crate::tr!(
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
    let value = raw.trim();
    let bad = |allowed: String| {
        UserError::new(format!(
            "{} is not a value for {}.",
            crate::error::quoted(value),
            key.name()
        ))
        .hint(allowed)
    };
    match key {
        Key::Region => region::resolve(value)
            .map(|r| r.code.to_string())
            .ok_or_else(|| {
                bad(format!(
                    "{REGION_CHOICES} Checked regions: {}.",
                    region::known_codes()
                ))
            }),
        Key::Lang => Lang::find(value)
            .map(|l| l.code().to_string())
            .ok_or_else(|| bad(format!("Choose one of: {}.", Lang::choices()))),
        Key::Color => ColorChoice::from_str(value, true)
            .map(|c| c.name().to_string())
            .map_err(|_| bad("Choose auto, always or never.".into())),
        Key::Pager if value.is_empty() => Err(bad(
            "Choose auto (the PAGER variable, else less -FRX), never, or a command such as \"less -R\"."
                .into(),
        )),
        Key::Pager => Ok(value.to_string()),
        Key::Reminders => match value.to_lowercase().as_str() {
            "on" | "yes" | "true" => Ok("on".to_string()),
            "off" | "no" | "false" => Ok("off".to_string()),
            _ => Err(bad(
                "Choose on or off (off stops the check-in reminder; an expired naloxone is always mentioned)."
                    .into(),
            )),
        },
        Key::Width if value == "auto" => Ok(value.to_string()),
        Key::Width => value
            .parse::<usize>()
            .ok()
            .filter(|w| (40..=200).contains(w))
            .map(|w| w.to_string())
            .ok_or_else(|| {
                bad("Choose auto (the terminal's width) or a number of columns from 40 to 200.".into())
            }),
    }
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
                warnings.push(crate::i18n::lang_warning(code, &origin));
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
) -> Result<(&'static RegionEntry, Origin), UserError> {
    let asked = match (&args.region, env.var(REGION_VAR)) {
        (Some(code), _) => Some((code.as_str(), Origin::Flag("--region"))),
        (None, Some(code)) => Some((code, Origin::EnvVar(REGION_VAR))),
        (None, None) => None,
    };
    if let Some((code, origin)) = asked {
        return match region::resolve(code) {
            Some(r) => Ok((r, origin)),
            None => Err(UserError::new(format!(
                "There is no country or region called {} ({origin}).",
                crate::error::quoted(code)
            ))
            .hint(REGION_CHOICES.to_string())
            .hint(format!("Checked regions: {}.", region::known_codes()))),
        };
    }
    Ok(region_below_flags(env, from_config))
}

/// What a region can be, for messages.
const REGION_CHOICES: &str = "Use your country's two-letter code (for example gb, de, mx, jp). \
     For a country kinship has not checked, it says \"your local emergency number\" \
     and never guesses a number.";

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
mod tests {
    use super::*;

    fn args() -> GlobalArgs {
        GlobalArgs {
            // Tests never read the real settings file.
            config: Some(PathBuf::from("/nonexistent/kinship-test/config.yaml")),
            ..GlobalArgs::default()
        }
    }

    fn region_for(args: &GlobalArgs, vars: &[(&str, &str)]) -> Result<&'static str, UserError> {
        Settings::resolve(args, &Env::with_vars(vars)).map(|s| s.region.code)
    }

    fn with_config(text: &str) -> (tempfile::TempDir, GlobalArgs) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.yaml");
        std::fs::write(&path, text).unwrap();
        let a = GlobalArgs {
            config: Some(path),
            ..GlobalArgs::default()
        };
        (dir, a)
    }

    #[test]
    fn locale_gives_the_region() {
        assert_eq!(region_for(&args(), &[("LANG", "en_GB.UTF-8")]), Ok("gb"));
        assert_eq!(region_for(&args(), &[("LANG", "en_NZ")]), Ok("nz"));
        // An EU member state under its own name, with 112.
        assert_eq!(region_for(&args(), &[("LANG", "de_DE.UTF-8")]), Ok("de"));
        assert_eq!(region_for(&args(), &[("LANG", "fr_FR@euro")]), Ok("fr"));
        // Countries kinship has not checked: their own name, no guessed number.
        assert_eq!(region_for(&args(), &[("LANG", "es_MX.UTF-8")]), Ok("mx"));
        for (locale, code) in [("ja_JP.UTF-8", "jp"), ("en_ZA.UTF-8", "za")] {
            let s = Settings::resolve(&args(), &Env::with_vars(&[("LANG", locale)])).unwrap();
            assert_eq!(s.region.code, code);
            assert_eq!(s.region.emergency, "your local emergency number");
            assert!(s.region_notice().unwrap().contains(s.region.name));
        }
        // No country at all: the US default, said as such.
        for locale in ["C.UTF-8", "C", "", "POSIX", "en_XX.UTF-8"] {
            let s = Settings::resolve(&args(), &Env::with_vars(&[("LANG", locale)])).unwrap();
            assert_eq!(s.region.code, "us", "{locale:?}");
            assert_eq!(
                s.region_notice().as_deref(),
                Some("US numbers. Not in the US? kinship config set region CODE")
            );
        }
        assert_eq!(region_for(&args(), &[]), Ok("us"));
        let set = Settings::resolve(&args(), &Env::with_vars(&[("LANG", "en_GB.UTF-8")]));
        assert_eq!(set.unwrap().region_notice(), None);
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        let vars = [
            ("LC_ALL", "en_AU.UTF-8"),
            ("LC_MESSAGES", "en_IE"),
            ("LANG", "en_CA"),
        ];
        assert_eq!(region_for(&args(), &vars), Ok("au"));
        assert_eq!(region_for(&args(), &vars[1..]), Ok("ie"));
    }

    #[test]
    fn flag_beats_environment_beats_config_beats_locale() {
        let (_dir, mut a) = with_config("region: ie\n");
        let locale = [("LANG", "en_GB.UTF-8")];
        assert_eq!(region_for(&a, &locale), Ok("ie"));
        let vars = [("KINSHIP_REGION", "ca"), ("LANG", "en_GB.UTF-8")];
        assert_eq!(region_for(&a, &vars), Ok("ca"));
        a.region = Some("nz".into());
        assert_eq!(region_for(&a, &vars), Ok("nz"));
    }

    fn lang_for(args: &GlobalArgs, vars: &[(&str, &str)]) -> (&'static str, Origin) {
        let s = Settings::resolve(args, &Env::with_vars(vars)).unwrap();
        (s.lang.code(), s.lang_origin)
    }

    #[test]
    fn language_flag_beats_environment_beats_config_beats_locale_beats_english() {
        assert_eq!(lang_for(&args(), &[]), ("en", Origin::Default));
        for locale in ["es_US.UTF-8", "es_MX", "es_ES", "es"] {
            assert_eq!(
                lang_for(&args(), &[("LANG", locale)]),
                ("es", Origin::EnvVar("LANG")),
                "{locale}"
            );
        }
        assert_eq!(lang_for(&args(), &[("LANG", "de_DE.UTF-8")]).0, "en");
        assert_eq!(lang_for(&args(), &[("LANG", "C.UTF-8")]).0, "en");
        // The first locale variable set decides, as it does for every program.
        let vars = [("LC_ALL", "en_US.UTF-8"), ("LANG", "es_MX.UTF-8")];
        assert_eq!(lang_for(&args(), &vars).0, "en");
        let vars = [("LC_MESSAGES", "es_ES"), ("LANG", "en_GB")];
        assert_eq!(
            lang_for(&args(), &vars),
            ("es", Origin::EnvVar("LC_MESSAGES"))
        );

        let (_dir, mut a) = with_config("lang: es\n");
        let english_locale = [("LANG", "en_US.UTF-8")];
        assert_eq!(lang_for(&a, &english_locale), ("es", Origin::ConfigFile));
        let vars = [("KINSHIP_LANG", "en"), ("LANG", "es_MX.UTF-8")];
        assert_eq!(lang_for(&a, &vars), ("en", Origin::EnvVar("KINSHIP_LANG")));
        a.lang = Some("es".into());
        assert_eq!(lang_for(&a, &vars), ("es", Origin::Flag("--lang")));
    }

    #[test]
    fn language_and_region_are_independent() {
        let s = Settings::resolve(&args(), &Env::with_vars(&[("LANG", "es_US.UTF-8")])).unwrap();
        assert_eq!((s.lang.code(), s.region.code), ("es", "us"));
        let mut a = args();
        a.lang = Some("es".into());
        a.region = Some("gb".into());
        let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
        assert_eq!((s.lang.code(), s.region.code), ("es", "gb"));
    }

    #[test]
    fn an_unknown_language_warns_and_gives_english_even_for_the_card() {
        let mut a = args();
        a.lang = Some("klingon".into());
        let s = Settings::resolve(&a, &Env::with_vars(&[("LANG", "es_MX")])).unwrap();
        assert_eq!(s.lang, Lang::EN);
        assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
        assert!(s.warnings[0].contains("\"klingon\""), "{:?}", s.warnings);
        assert!(s.warnings[0].contains("es (español)"), "{:?}", s.warnings);
        let s =
            Settings::resolve_for_emergency(&args(), &Env::with_vars(&[("KINSHIP_LANG", "xx")]));
        assert_eq!(s.lang, Lang::EN);
        assert!(s.warnings[0].contains("KINSHIP_LANG"), "{:?}", s.warnings);
        // In the settings file, it is the file's usual warning.
        let (_dir, a) = with_config("lang: xx\n");
        let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
        assert_eq!(s.lang, Lang::EN);
        assert!(s.warnings[0].contains("Ignoring lang"), "{:?}", s.warnings);
        assert_eq!(check_value(Key::Lang, "ES").unwrap(), "es");
    }

    #[test]
    fn an_unknown_code_lists_the_known_ones() {
        let mut a = args();
        a.region = Some("xx".into());
        let err = region_for(&a, &[]).unwrap_err();
        assert!(err.message.contains("\"xx\""), "{err:?}");
        assert!(err.hints.iter().any(|h| h.contains("gb or uk")), "{err:?}");
        assert!(err.hints[0].contains("two-letter code"), "{err:?}");
    }

    #[test]
    fn the_card_falls_back_to_a_real_region_and_says_how_to_fix_it() {
        let emergency = |a: &GlobalArgs, vars: &[(&str, &str)]| {
            let s = Settings::resolve_for_emergency(a, &Env::with_vars(vars));
            (s.region.code, s.warnings)
        };
        let (code, warnings) = emergency(&args(), &[("KINSHIP_REGION", "xx")]);
        assert_eq!(code, "us", "no locale: the default, as when nothing is set");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("\"xx\""), "{warnings:?}");
        assert!(warnings[0].contains("emergency number 911"), "{warnings:?}");
        assert!(
            warnings[0].contains("set KINSHIP_REGION to a country code or one of"),
            "{warnings:?}"
        );
        let mut a = args();
        a.region = Some("uk2".into());
        let (code, warnings) = emergency(&a, &[("LANG", "en_GB.UTF-8")]);
        assert_eq!(code, "gb", "the locale's region");
        assert!(
            warnings[0].contains("use --region with a country code or one of"),
            "{warnings:?}"
        );
        let (code, _) = emergency(&a, &[("KINSHIP_REGION", "ie"), ("LANG", "en_GB.UTF-8")]);
        assert_eq!(code, "ie", "the next valid setting down the order");
        // Other commands still stop.
        assert!(region_for(&a, &[("LANG", "en_GB.UTF-8")]).is_err());
    }

    #[test]
    fn the_card_uses_the_real_time_when_the_test_clock_is_bad() {
        let vars = [("KINSHIP_NOW", "yesterday")];
        assert!(Settings::resolve(&args(), &Env::with_vars(&vars)).is_err());
        let s = Settings::resolve_for_emergency(&args(), &Env::with_vars(&vars));
        assert!(s.warnings[0].contains("yesterday"), "{:?}", s.warnings);
        assert!(s.warnings[0].contains("real time"), "{:?}", s.warnings);
    }

    #[test]
    fn colour_precedence() {
        let resolve = |a: &GlobalArgs, vars: &[(&str, &str)]| {
            let s = Settings::resolve(a, &Env::with_vars(vars)).unwrap();
            (s.color, s.color_origin)
        };
        let (_dir, mut a) = with_config("color: always\n");
        assert_eq!(resolve(&a, &[]), (ColorChoice::Always, Origin::ConfigFile));
        assert_eq!(
            resolve(&a, &[("NO_COLOR", "1")]),
            (ColorChoice::Never, Origin::EnvVar("NO_COLOR"))
        );
        a.color = Some(ColorChoice::Always);
        assert_eq!(resolve(&a, &[("NO_COLOR", "1")]).0, ColorChoice::Always);
        assert_eq!(
            resolve(&args(), &[("ACCESSIBLE", "1")]),
            (ColorChoice::Never, Origin::EnvVar("ACCESSIBLE"))
        );
        // Accessible mode beats even --color always.
        assert_eq!(
            resolve(&a, &[("ACCESSIBLE", "1")]),
            (ColorChoice::Never, Origin::EnvVar("ACCESSIBLE"))
        );
        a.plain = true;
        assert_eq!(
            resolve(&a, &[]),
            (ColorChoice::Never, Origin::Flag("--plain"))
        );
        assert_eq!(resolve(&args(), &[]), (ColorChoice::Auto, Origin::Default));
    }

    #[test]
    fn pager_precedence_and_never() {
        let pager = |a: &GlobalArgs, vars: &[(&str, &str)]| {
            Settings::resolve(a, &Env::with_vars(vars)).unwrap().pager
        };
        assert_eq!(pager(&args(), &[]).as_deref(), Some(DEFAULT_PAGER));
        assert_eq!(
            pager(&args(), &[("PAGER", "more")]).as_deref(),
            Some("more")
        );
        let (_dir, mut a) = with_config("pager: never\n");
        assert_eq!(
            pager(&a, &[("PAGER", "more")]),
            None,
            "the settings file beats PAGER"
        );
        assert_eq!(
            pager(&a, &[("KINSHIP_PAGER", "less -R")]).as_deref(),
            Some("less -R"),
            "KINSHIP_PAGER beats the settings file"
        );
        a.no_pager = true;
        assert_eq!(pager(&a, &[("KINSHIP_PAGER", "less -R")]), None);
    }

    #[test]
    fn width_precedence() {
        let (_dir, a) = with_config("width: 72\n");
        let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
        assert_eq!((s.width, s.width_origin), (Some(72), Origin::ConfigFile));
        let s = Settings::resolve(&a, &Env::with_vars(&[("COLUMNS", "100")])).unwrap();
        assert_eq!(s.width, Some(100));
    }

    #[test]
    fn bad_settings_are_warnings_not_errors() {
        let (_dir, a) = with_config("color: purple\nregion: xx\nwidth: 5\n");
        let s = Settings::resolve(&a, &Env::with_vars(&[("LANG", "en_GB.UTF-8")])).unwrap();
        assert_eq!(s.color, ColorChoice::Auto);
        assert_eq!(s.region.code, "gb");
        assert_eq!(s.width, None);
        assert_eq!(s.warnings.len(), 3, "{:?}", s.warnings);
        assert!(
            s.warnings[0].contains("auto, always or never"),
            "{:?}",
            s.warnings
        );
        let (_dir, a) = with_config("region: [unclosed\n");
        let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
        assert!(
            s.warnings[0].contains("config.yaml, line "),
            "{:?}",
            s.warnings
        );
    }

    #[test]
    fn an_empty_editor_is_no_editor() {
        let editor = |vars: &[(&str, &str)]| Editor::from_env(&Env::with_vars(vars));
        assert_eq!(editor(&[("EDITOR", "")]), None);
        assert_eq!(editor(&[("EDITOR", "   ")]), None);
        assert_eq!(
            editor(&[("VISUAL", " "), ("EDITOR", "nano -w")]),
            Some(Editor {
                command: "nano -w".into(),
                var: "EDITOR"
            })
        );
        assert_eq!(
            editor(&[("VISUAL", "vim"), ("EDITOR", "nano")]).map(|e| e.var),
            Some("VISUAL")
        );
    }

    #[test]
    fn a_typo_in_one_key_never_costs_the_region() {
        let (_dir, a) = with_config("region: gb\ncolour: never\ncolor: [a]\n");
        let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
        assert_eq!(s.region.code, "gb", "{:?}", s.warnings);
        assert_eq!(s.region_origin, Origin::ConfigFile);
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
        assert!(s.warnings.iter().any(|w| w.contains("Did you mean color?")));
        assert!(!s.warnings.iter().any(|w| w.contains("Using the defaults")));
    }

    #[test]
    fn values_are_checked_and_normalised() {
        assert_eq!(check_value(Key::Region, "UK").unwrap(), "gb");
        assert_eq!(check_value(Key::Color, "NEVER").unwrap(), "never");
        assert_eq!(check_value(Key::Width, "90").unwrap(), "90");
        assert!(check_value(Key::Width, "9000").unwrap_err().hints[0].contains("40 to 200"));
        assert!(
            check_value(Key::Color, "blue").unwrap_err().hints[0].contains("auto, always or never")
        );
        assert_eq!(check_value(Key::Pager, " less -R ").unwrap(), "less -R");
    }
}
