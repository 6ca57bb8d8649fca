//! Flags, environment and defaults, resolved once at start-up into one typed value.

use crate::cli::GlobalArgs;
use crate::clock;
use crate::content::embedded::RegionEntry;
use crate::content::region;
use crate::env::Env;
use crate::error::UserError;
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

/// Where a setting's value came from, for messages that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    EnvVar(&'static str),
    Default,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag(flag) => write!(f, "from {flag}"),
            Origin::EnvVar(var) => write!(f, "from the {var} environment variable"),
            Origin::Default => f.write_str("by default"),
        }
    }
}

/// Everything the commands need to know about how kinship was asked to behave.
#[derive(Debug, Clone)]
pub struct Settings {
    pub color: ColorChoice,
    pub region: &'static RegionEntry,
    pub region_origin: Origin,
    /// Accessible output: no colour, box drawing or symbols; static prompts.
    pub plain: bool,
    pub pager: bool,
    /// A width asked for (`COLUMNS`), else the terminal's is used.
    pub width: Option<usize>,
    pub data_dir: Option<PathBuf>,
    pub data_dir_origin: Origin,
    pub now: DateTime<FixedOffset>,
}

pub const REGION_VAR: &str = "KINSHIP_REGION";
pub const HOME_VAR: &str = "KINSHIP_HOME";

impl Settings {
    /// Resolves the global flags against the environment.
    pub fn resolve(args: &GlobalArgs, env: &Env) -> Result<Settings, UserError> {
        let plain = args.plain || env.var("ACCESSIBLE").is_some_and(|v| v != "0");
        let color = match args.color {
            Some(choice) => choice,
            None if plain || env.var("NO_COLOR").is_some() => ColorChoice::Never,
            None => ColorChoice::Auto,
        };
        let (region, region_origin) = resolve_region(args, env)?;
        let (data_dir, data_dir_origin) = match (&args.data_dir, env.var(HOME_VAR)) {
            (Some(dir), _) => (Some(dir.clone()), Origin::Flag("--data-dir")),
            (None, Some(dir)) => (Some(PathBuf::from(dir)), Origin::EnvVar(HOME_VAR)),
            (None, None) => (None, Origin::Default),
        };
        let width = env
            .var("COLUMNS")
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|w| *w >= 20);
        Ok(Settings {
            color,
            region,
            region_origin,
            plain,
            pager: !args.no_pager,
            width,
            data_dir,
            data_dir_origin,
            now: clock::now(env)?,
        })
    }

    /// How to change the region, said in guides' footers.
    pub fn region_hint(&self) -> String {
        format!(
            "To change it, use --region CODE or set {REGION_VAR}. Regions: {}.",
            crate::content::embedded::REGIONS
                .iter()
                .map(|r| r.code)
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

fn resolve_region(
    args: &GlobalArgs,
    env: &Env,
) -> Result<(&'static RegionEntry, Origin), UserError> {
    let asked = match (&args.region, env.var(REGION_VAR)) {
        (Some(code), _) => Some((code.as_str(), Origin::Flag("--region"))),
        (None, Some(code)) => Some((code, Origin::EnvVar(REGION_VAR))),
        (None, None) => None,
    };
    if let Some((code, origin)) = asked {
        return match region::find(code) {
            Some(r) => Ok((r, origin)),
            None => Err(UserError::new(format!(
                "There is no region called {code:?} ({origin})."
            ))
            .hint(format!("Known regions: {}.", region::known_codes()))
            .hint(format!(
                "For any other country, use {}: it gives the European emergency number 112.",
                region::fallback().code
            ))),
        };
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(country) = env.var(var).and_then(locale_country) {
            return Ok((region::for_country(country), Origin::EnvVar(var)));
        }
    }
    Ok((
        region::find("us").expect("regions.yaml has a us region"),
        Origin::Default,
    ))
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
        GlobalArgs::default()
    }

    fn region_for(args: &GlobalArgs, vars: &[(&str, &str)]) -> Result<&'static str, UserError> {
        Settings::resolve(args, &Env::with_vars(vars)).map(|s| s.region.code)
    }

    #[test]
    fn locale_gives_the_region() {
        assert_eq!(region_for(&args(), &[("LANG", "en_GB.UTF-8")]), Ok("gb"));
        assert_eq!(region_for(&args(), &[("LANG", "en_NZ")]), Ok("nz"));
        assert_eq!(region_for(&args(), &[("LANG", "de_DE.UTF-8")]), Ok("eu"));
        assert_eq!(region_for(&args(), &[("LANG", "fr_FR@euro")]), Ok("eu"));
        assert_eq!(region_for(&args(), &[("LANG", "C.UTF-8")]), Ok("us"));
        assert_eq!(region_for(&args(), &[]), Ok("us"));
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
    fn flag_beats_environment_beats_locale() {
        let mut a = args();
        let vars = [("KINSHIP_REGION", "ca"), ("LANG", "en_GB.UTF-8")];
        assert_eq!(region_for(&a, &vars), Ok("ca"));
        a.region = Some("nz".into());
        assert_eq!(region_for(&a, &vars), Ok("nz"));
    }

    #[test]
    fn an_unknown_code_lists_the_known_ones() {
        let mut a = args();
        a.region = Some("xx".into());
        let err = region_for(&a, &[]).unwrap_err();
        assert!(err.message.contains("\"xx\""), "{err:?}");
        assert!(err.hints[0].contains("gb or uk"), "{err:?}");
    }

    #[test]
    fn no_color_and_plain_turn_colour_off_unless_asked() {
        let s = Settings::resolve(&args(), &Env::with_vars(&[("NO_COLOR", "1")])).unwrap();
        assert_eq!(s.color, ColorChoice::Never);
        let mut a = args();
        a.color = Some(ColorChoice::Always);
        let s = Settings::resolve(&a, &Env::with_vars(&[("NO_COLOR", "1")])).unwrap();
        assert_eq!(s.color, ColorChoice::Always);
        let s = Settings::resolve(&args(), &Env::with_vars(&[("ACCESSIBLE", "1")])).unwrap();
        assert!(s.plain);
        assert_eq!(s.color, ColorChoice::Never);
    }
}
