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
pub mod i18n;
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
    match parse_lean(&args) {
        Some(Ok(cli)) => return Ok(cli),
        Some(Err(version)) => {
            let _ = version.print();
            return Err(0);
        }
        None => {}
    }
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
            let lang = Settings::resolve_for_emergency(&region_in(&args), env).lang;
            Ui::bare(env).message(&tr!(
                lang,
                "showing-sos",
                typed = error::quoted(word).to_string()
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

/// Parses a command line that is right with a command that knows only the
/// subcommand the line names: building all of kinship's commands, their
/// options and help costs more than most commands do. `None` when that does
/// not parse: then the whole command parses the line again, for clap's own
/// help and error messages, so those are unchanged. `Some(Err)` is the
/// version, which reads the same from either.
fn parse_lean(args: &[std::ffi::OsString]) -> Option<Result<Cli, clap::Error>> {
    use clap::{Args, FromArgMatches};
    let mut words = args.iter().skip(1);
    let mut name = None;
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if word == "--" {
            break;
        } else if GLOBALS_WITH_VALUES.contains(&word) {
            words.next();
        } else if !word.starts_with('-') {
            name = Some(word);
            break;
        }
    }
    let top = GlobalArgs::augment_args(
        clap::Command::new("kinship")
            .version(env!("CARGO_PKG_VERSION"))
            .disable_help_subcommand(true),
    );
    let command = match name {
        None => top,
        Some(name) => top.subcommand(lean_subcommand(name)?),
    };
    match command.try_get_matches_from(args) {
        Ok(mut matches) => Cli::from_arg_matches_mut(&mut matches).ok().map(Ok),
        // The whole command prints its version the same way (a test checks).
        Err(e) if e.kind() == ErrorKind::DisplayVersion && name.is_none() => Some(Err(e)),
        Err(_) => None,
    }
}

/// The global options that take a value, so the word after them is not
/// taken for the command.
const GLOBALS_WITH_VALUES: &[&str] = &["--color", "--data-dir", "--region", "--lang", "--config"];

/// One subcommand as `parse_lean` builds it: only what parsing needs.
fn lean_subcommand(name: &str) -> Option<clap::Command> {
    use clap::Args;
    use commands::*;
    let new = clap::Command::new;
    Some(match name {
        "sos" | "emergency" => sos::SosArgs::augment_args(new("sos").visible_alias("emergency")),
        "guide" => guide::GuideArgs::augment_args(new("guide")),
        "checklist" => checklist::ChecklistArgs::augment_args(new("checklist")),
        "plan" => plan::PlanArgs::augment_args(new("plan")),
        "print" => print::PrintArgs::augment_args(new("print")),
        "resources" => resources::ResourcesArgs::augment_args(new("resources")),
        "search" => search::SearchArgs::augment_args(new("search")),
        "data" => data::DataArgs::augment_args(new("data")),
        "config" => config::ConfigArgs::augment_args(new("config")),
        _ => return None,
    })
}

/// The `--region` the command line asked for, read by hand when the line as
/// a whole did not parse, so the number under an error is the right one.
fn region_in(args: &[std::ffi::OsString]) -> GlobalArgs {
    let mut region = None;
    let mut lang = None;
    let mut words = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        } else if word == "--region" {
            region = words.next().map(str::to_string);
        } else if let Some(code) = word.strip_prefix("--region=") {
            region = Some(code.to_string());
        } else if word == "--lang" {
            lang = words.next().map(str::to_string);
        } else if let Some(code) = word.strip_prefix("--lang=") {
            lang = Some(code.to_string());
        }
    }
    GlobalArgs {
        region,
        lang,
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn line(words: &str) -> Vec<std::ffi::OsString> {
        std::iter::once("kinship")
            .chain(words.split_whitespace())
            .map(Into::into)
            .collect()
    }

    #[test]
    fn the_lean_parse_reads_every_line_as_the_whole_command_does() {
        for words in [
            "",
            "--region gb",
            "sos",
            "emergency --walk",
            "--region=ie --plain sos",
            "--color never guide overdose --full",
            "guide warning signs",
            "guide --json",
            "checklist list",
            "checklist run overdose-kit",
            "--data-dir /tmp/x checklist show overdose-kit",
            "plan list",
            "plan show intervention --all",
            "print card --format html",
            "resources --all",
            "search naloxone kit",
            "--no-pager --config f.yaml data path",
            "config set region gb",
        ] {
            let whole = Cli::try_parse_from(line(words)).map(|c| format!("{c:?}"));
            let lean = parse_lean(&line(words)).map(|r| r.map(|c| format!("{c:?}")));
            match (whole, lean) {
                (Ok(whole), Some(Ok(lean))) => assert_eq!(whole, lean, "{words}"),
                (Ok(_), None) => {} // parsed by the whole command after all
                (Err(_), None) => panic!("{words}: a line the test means to parse"),
                (whole, lean) => panic!("{words}: {whole:?} against {lean:?}"),
            }
        }
    }

    #[test]
    fn what_the_lean_parse_cannot_read_is_left_to_the_whole_command() {
        for words in [
            "--help",
            "guide --help",
            "overdose",
            "sos --nothing",
            "completions bash",
            "help guide",
            "guide -V",
            "nothing --version",
        ] {
            assert!(
                parse_lean(&line(words)).is_none(),
                "{words} should be parsed by the whole command"
            );
        }
    }

    #[test]
    fn the_version_reads_the_same_from_the_lean_and_the_whole_command() {
        let whole = Cli::try_parse_from(line("--version")).unwrap_err();
        let Some(Err(lean)) = parse_lean(&line("--version")) else {
            panic!("--version should be read by the lean parse");
        };
        assert_eq!(lean.kind(), ErrorKind::DisplayVersion);
        assert_eq!(lean.to_string(), whole.to_string());
        assert_eq!(
            Cli::command().get_version(),
            Some(env!("CARGO_PKG_VERSION"))
        );
    }
}
