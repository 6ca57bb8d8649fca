//! kinship: an offline companion for the family and friends of someone who uses
//! heroin or other opioids.
//!
//! `main` parses the command line, resolves the settings, builds the `Ui` and
//! calls [`run`]; everything else is reached from there.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod content;
pub mod env;
pub mod error;
pub mod progress;
pub mod prompt;
pub mod render;
pub mod search;
pub mod settings;
pub mod store;
pub mod ui;
pub mod yaml;

use clap::Parser;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use cli::{Cli, Command, GlobalArgs};
use env::Env;
use error::UserError;
use settings::Settings;
use ui::Ui;

/// Parses the command line. A guide's name typed as a command (`kinship
/// overdose`) gets a pointer to the guide, and for an overdose the number to
/// call; other mistakes get clap's own message. `Err` holds the exit code.
pub fn parse(env: &Env) -> Result<Cli, u8> {
    let err = match Cli::try_parse() {
        Ok(cli) => return Ok(cli),
        Err(err) => err,
    };
    if err.kind() == ErrorKind::InvalidSubcommand
        && let Some(ContextValue::String(word)) = err.get(ContextKind::InvalidSubcommand)
        && content::find_topic(word).is_some()
        && let Ok(settings) = Settings::resolve(&GlobalArgs::default(), env)
    {
        let e = commands::help::not_a_command(word, &settings);
        return Err(Ui::bare(env).report_error(&e.into()));
    }
    err.exit()
}

/// Resolves the settings for the command. The emergency screens (the card,
/// the home screen, the overdose guide) never stop on a bad region or clock:
/// they fall back and warn, because in an emergency they must always print.
pub fn settings(cli: &Cli, env: &Env) -> Result<Settings, UserError> {
    if is_emergency_screen(&cli.command) {
        Ok(Settings::resolve_for_emergency(&cli.global, env))
    } else {
        Settings::resolve(&cli.global, env)
    }
}

/// True for `kinship sos` and `kinship emergency` (with or without `--walk`),
/// `kinship` alone, and `kinship guide overdose` (by any of its names).
fn is_emergency_screen(command: &Option<Command>) -> bool {
    match command {
        None => true,
        Some(Command::Sos(args)) => args.command.is_none(),
        Some(Command::Guide(args)) => content::find_topic(&args.topic.join(" "))
            .is_some_and(|t| commands::guide::FIRST_SCREEN.contains(&t.id)),
        _ => false,
    }
}

/// Runs one kinship command, with the settings' warnings. Errors are
/// returned, not printed: the caller prints them once, through the `Ui`.
pub fn run(cli: Cli, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    // Said first: if a screen is too short for both, what scrolls away is
    // the warning, not the top of the card or the steps.
    settings.warnings.iter().for_each(|w| ui.warn(w));
    let result = commands::run(cli.command, ui, settings);
    ui.flush()?;
    result
}
