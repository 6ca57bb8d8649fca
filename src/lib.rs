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

/// Resolves the settings for the command. The overdose card (`sos`,
/// `emergency`, also `--walk`) never stops on a bad region or clock: it falls
/// back and warns, because in an emergency it must always print.
pub fn settings(cli: &Cli, env: &Env) -> Result<Settings, UserError> {
    if is_card(&cli.command) {
        Ok(Settings::resolve_for_emergency(&cli.global, env))
    } else {
        Settings::resolve(&cli.global, env)
    }
}

/// True for `kinship sos` and `kinship emergency`, with or without `--walk`.
fn is_card(command: &Option<Command>) -> bool {
    matches!(command, Some(Command::Sos(args)) if args.command.is_none())
}

/// Runs one kinship command, with the settings' warnings. Errors are
/// returned, not printed: the caller prints them once, through the `Ui`.
pub fn run(cli: Cli, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    // The card comes first, its emergency number on the first line; what was
    // wrong with the settings is said after it.
    let card = is_card(&cli.command);
    if !card {
        settings.warnings.iter().for_each(|w| ui.warn(w));
    }
    let result = commands::run(cli.command, ui, settings);
    ui.flush()?;
    if card {
        settings.warnings.iter().for_each(|w| ui.warn(w));
    }
    result
}
