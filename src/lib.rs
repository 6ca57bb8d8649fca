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

/// Parses the command line. A frightened person types what they think of:
/// `kinship overdose`, `kinship narcan`, `kinship od`, or a near miss of
/// them. Those run `kinship sos` (the card), with one line saying so. Every
/// other mistake gets clap's own message (or, for a guide's name typed as a
/// command, a pointer to the guide), and then the number to call.
/// `Err` holds the exit code.
pub fn parse(env: &Env) -> Result<Cli, u8> {
    parse_from(std::env::args_os().collect(), env)
}

/// [`parse`] for the given arguments, the program's name first.
pub fn parse_from(args: Vec<std::ffi::OsString>, env: &Env) -> Result<Cli, u8> {
    let err = match Cli::try_parse_from(&args) {
        Ok(cli) => return Ok(cli),
        Err(err) => err,
    };
    let typed = match (err.kind(), err.get(ContextKind::InvalidSubcommand)) {
        (ErrorKind::InvalidSubcommand, Some(ContextValue::String(word))) => Some(word.clone()),
        _ => None,
    };
    if let Some(word) = &typed
        && commands::help::means_sos(word)
    {
        // The same line with `sos` in the word's place keeps `--region gb`
        // and `--walk`; if what follows does not fit sos, the card alone.
        let mut fixed = args.clone();
        if let Some(at) = fixed.iter().position(|a| a.to_str() == Some(word.as_str())) {
            fixed[at] = "sos".into();
        }
        let cli = Cli::try_parse_from(&fixed)
            .or_else(|_| Cli::try_parse_from([args[0].clone(), "sos".into()]));
        if let Ok(cli) = cli {
            Ui::bare(env).message(&format!(
                "Showing `kinship sos`, the overdose card (you typed {}).",
                error::quoted(word)
            ));
            return Ok(cli);
        }
    }
    let settings = Settings::resolve_for_emergency(&region_in(&args), env);
    let emergency = commands::help::emergency_line(&settings);
    if let Some(word) = &typed
        && content::find_topic(word).is_some()
    {
        let e = commands::help::not_a_command(word, &settings);
        return Err(Ui::bare(env).report_error(&e.into()));
    }
    let code = u8::try_from(err.exit_code()).unwrap_or(2);
    // Help and --version are not mistakes: they print as clap prints them.
    if !err.use_stderr() {
        let _ = err.print();
        return Err(code);
    }
    let _ = err.print();
    Ui::bare(env).message(&emergency);
    Err(code)
}

/// The `--region` the command line asked for, read by hand when the line as
/// a whole did not parse, so the number under an error is the right one.
fn region_in(args: &[std::ffi::OsString]) -> GlobalArgs {
    let mut region = None;
    let mut words = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        } else if word == "--region" {
            region = words.next().map(str::to_string);
        } else if let Some(code) = word.strip_prefix("--region=") {
            region = Some(code.to_string());
        }
    }
    GlobalArgs {
        region,
        ..GlobalArgs::default()
    }
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
