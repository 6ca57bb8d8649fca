//! kinship: an offline companion for the family and friends of someone who uses
//! heroin or other opioids.
//!
//! `main` parses the command line, resolves the settings, builds the `Ui` and
//! calls [`run`]; everything else is reached from there.

pub mod ask;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod content;
pub mod env;
pub mod error;
pub mod fill;
pub mod lookup;
pub mod offer;
pub mod progress;
pub mod prompt;
pub mod render;
pub mod search;
pub mod settings;
pub mod store;
pub mod suggest;
pub mod ui;
pub mod yaml;

use clap::CommandFactory;
use cli::Cli;
use env::Env;
use error::UserError;
use settings::Settings;
use ui::Ui;

pub use cli::{parse, parse_from};

/// Resolves the settings for the command. The emergency screens (the card,
/// the home screen, the overdose guide) never stop on a bad region or clock:
/// they fall back and warn, because in an emergency they must always print.
pub fn settings(cli: &Cli, env: &Env) -> Result<Settings, UserError> {
    let settings = if commands::is_emergency_screen(&cli.command) {
        Ok(Settings::resolve_for_emergency(&cli.global, env))
    } else {
        Settings::resolve(&cli.global, env)
    };
    // A bad setting is still said in the user's language, labels and all.
    let settings = settings.inspect_err(|_| {
        content::i18n::set_current(Settings::resolve_for_emergency(&cli.global, env).lang)
    })?;
    content::i18n::set_current(settings.lang);
    Ok(settings)
}

/// Runs one kinship command, with the settings' warnings. Errors are
/// returned, not printed: the caller prints them once, through the `Ui`.
pub fn run(cli: Cli, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    // Said first: if a screen is too short for both, what scrolls away is
    // the warning, not the top of the card or the steps.
    settings.warnings.iter().for_each(|w| ui.warn(w));
    let result = commands::run(cli.command, Cli::command, ui, settings);
    ui.flush()?;
    result
}
