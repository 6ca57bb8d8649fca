//! The command line: the top of kinship's command tree, the global options,
//! and the forgiving parse (a frightened person's `kinship overdose` shows
//! the card; every other mistake ends with the number to call).

use crate::commands::{self, Command};
use crate::env::Env;
use crate::error;
use crate::settings::{GlobalArgs, Settings};
use crate::ui::Ui;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, Parser};

/// kinship: help for the family and friends of someone who uses opioids.
///
/// Overdose? Call your emergency number first, then run `kinship guide overdose`.
/// Everything works offline and stays on this computer.
#[derive(Debug, Parser)]
#[command(
    name = "kinship",
    version = VERSION,
    max_term_width = 100,
    disable_help_subcommand = true,
    after_long_help = "Settings:\n  \
        Each setting comes from the first of: its flag, its environment variable, the\n  \
        settings file (see `kinship config`), then the default.\n    \
        region  --region CODE, KINSHIP_REGION, the file, your locale's country, else us\n    \
        lang    --lang CODE, KINSHIP_LANG, the file, your locale's language, else en\n    \
        color   --color WHEN, NO_COLOR, the file, else auto (colour on a terminal);\n    \
        \x20       never with --plain or ACCESSIBLE=1, whatever else is set\n    \
        pager   --no-pager, KINSHIP_PAGER, the file, PAGER, else less -FRX\n    \
        width   COLUMNS, the file, else the terminal's width (80 when piped)\n\n\
        Examples:\n  kinship                      the emergency line, then what is here\n  \
        kinship guide overdose       what to do in an overdose\n  \
        kinship checklist run overdose-kit\n  \
        kinship --region gb guide    the guides, with UK numbers"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The version `--version` prints: the package's, with the commit and the
/// build's date when built from git (see `build.rs`).
pub const VERSION: &str = env!("KINSHIP_VERSION");

/// Answers the shell when this run is a completion request
/// (`COMPLETE=bash kinship`, see the README): prints the registration script
/// or the candidates for the word being completed, then exits. Otherwise
/// (the variable is not set) it returns at once, having built nothing.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
}

/// `kinship --version` (or `-V`) alone: prints the version line as clap
/// writes it (a test checks), without building any clap command, and says
/// so. `main` asks this before it even reads the environment.
pub fn printed_version(args: &[std::ffi::OsString]) -> bool {
    if let [_, flag] = args
        && (flag == "--version" || flag == "-V")
    {
        use std::io::Write;
        let _ = std::io::stdout().write_all(format!("kinship {VERSION}\n").as_bytes());
        return true;
    }
    false
}

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
    if printed_version(&args) {
        return Err(0);
    }
    if let Some(cli) = parse_quick(&args) {
        return Ok(cli);
    }
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
        && means_sos(word)
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
            Ui::bare(env).message(&crate::content::i18n::tr!(
                lang,
                "showing-sos",
                typed = error::quoted(word).to_string()
            ));
            return Ok(cli);
        }
    }
    let settings = Settings::resolve_for_emergency(&region_in(&args), env);
    crate::content::i18n::set_current(settings.lang);
    let emergency = settings.emergency_line();
    if let Some(word) = &typed
        && crate::content::find_topic(word).is_some()
    {
        let e = commands::help::not_a_command(word, Cli::command, &settings);
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

/// Reads the lines an emergency brings, `kinship sos` and `kinship guide
/// TOPIC`, and `kinship search WORDS`, with their plain options, without
/// building any clap command: even the lean one costs more than the rest of
/// `sos`. `None` for anything else
/// (a value that starts with `-`, `--`, a flag given twice, help, a word it
/// does not know), which clap then reads as before. A test checks that every
/// line it reads, clap reads the same.
fn parse_quick(args: &[std::ffi::OsString]) -> Option<Cli> {
    use commands::{guide::GuideArgs, search::SearchArgs, sos::SosArgs};
    let mut global = GlobalArgs::default();
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    // The command's name, then its words and flags.
    let mut name: Option<&str> = None;
    // The words that are not options: a guide's name, or what to search for.
    let mut positional = Vec::new();
    let (mut full, mut json, mut walk) = (false, false, false);
    let mut plan: Option<String> = None;
    // A flag given twice is an error for clap: leave it to clap's message.
    fn set(flag: &mut bool) -> Option<()> {
        (!std::mem::replace(flag, true)).then_some(())
    }
    fn once<T>(slot: &Option<T>) -> Option<()> {
        slot.is_none().then_some(())
    }
    while let Some(word) = words.next() {
        let word = word?;
        let (option, inline) = match word.split_once('=') {
            Some((option, value)) if option.starts_with("--") => (option, Some(value)),
            _ => (word, None),
        };
        // The value of an option: `--region us` or `--region=us`, never empty
        // and never taken for an option.
        let mut value = || -> Option<String> {
            let value = match inline {
                Some(value) => value,
                None => words.next()??,
            };
            (!value.is_empty() && !value.starts_with('-')).then(|| value.to_string())
        };
        match (option, name) {
            ("--region", _) => {
                once(&global.region)?;
                global.region = Some(value()?);
            }
            ("--color", _) => {
                once(&global.color)?;
                global.color = Some(clap::ValueEnum::from_str(&value()?, false).ok()?);
            }
            ("--data-dir", _) => {
                once(&global.data_dir)?;
                global.data_dir = Some(value()?.into());
            }
            ("--config", _) => {
                once(&global.config)?;
                global.config = Some(value()?.into());
            }
            ("--passphrase-file", _) => {
                once(&global.passphrase_file)?;
                global.passphrase_file = Some(value()?.into());
            }
            ("--lang", _) => {
                once(&global.lang)?;
                global.lang = Some(value()?);
            }
            ("--plan", Some("sos" | "emergency")) => {
                once(&plan)?;
                plan = Some(value()?);
            }
            _ if inline.is_some() => return None,
            ("--no-pager", _) => set(&mut global.no_pager)?,
            ("--plain", _) => set(&mut global.plain)?,
            ("--quiet" | "-q", _) => set(&mut global.quiet)?,
            ("--no-input", _) => set(&mut global.no_input)?,
            ("--full", Some("guide")) => set(&mut full)?,
            ("--json", Some("guide" | "search")) => set(&mut json)?,
            ("--walk", Some("sos" | "emergency")) => set(&mut walk)?,
            _ if word.starts_with('-') => return None,
            (_, None) if matches!(word, "guide" | "sos" | "emergency" | "search") => {
                name = Some(word)
            }
            (_, Some("guide" | "search")) => positional.push(word.to_string()),
            _ => return None,
        }
    }
    let command = match name? {
        "guide" => Command::Guide(GuideArgs {
            topic: positional,
            full,
            json,
        }),
        // At least one word, as clap requires.
        "search" if !positional.is_empty() => Command::Search(SearchArgs {
            words: positional,
            json,
        }),
        "search" => return None,
        _ => Command::Sos(SosArgs {
            walk,
            plan,
            command: None,
        }),
    };
    Some(Cli {
        global,
        command: Some(command),
    })
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
            .version(VERSION)
            .disable_help_subcommand(true),
    );
    let command = match name {
        None => top,
        Some(name) => top.subcommand(commands::lean_subcommand(name)?),
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

/// Words a person in a panic may type for the overdose card, as commands.
const SOS_WORDS: &[&str] = &[
    "overdose",
    "od",
    "narcan",
    "naloxone",
    "emergency",
    "help-now",
    "sobredosis",
    "naloxona",
    "emergencia",
    "911",
    "999",
    "112",
    "000",
];

/// True when `word`, typed where a command goes, means `kinship sos`: one of
/// [`SOS_WORDS`] in any case, or a near miss of one of the longer ones
/// (`overdos`, `ovrdose`, `narcn`) that is not closer to a real command.
pub fn means_sos(word: &str) -> bool {
    let word = word.trim().to_lowercase();
    if SOS_WORDS.contains(&word.as_str()) {
        return true;
    }
    let chars = word.chars().count();
    if chars < 5 {
        return false;
    }
    let allowed = if chars >= 7 { 2 } else { 1 };
    let distance = |a: &str| strsim::damerau_levenshtein(&word, a);
    let to_sos = SOS_WORDS
        .iter()
        .filter(|w| w.len() >= 5)
        .map(|w| distance(w))
        .min()
        .unwrap_or(usize::MAX);
    let to_command = Cli::command()
        .get_subcommands()
        .map(|c| distance(c.get_name()))
        .min()
        .unwrap_or(usize::MAX);
    to_sos <= allowed && to_sos < to_command
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "-q --no-input plan list",
            "checklist --quiet reset overdose-kit --yes",
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
        assert_eq!(Cli::command().get_version(), Some(VERSION));
        assert!(VERSION.starts_with(env!("CARGO_PKG_VERSION")), "{VERSION}");
    }

    #[test]
    fn the_quick_parse_reads_every_line_as_the_whole_command_does() {
        for words in [
            "sos",
            "emergency",
            "sos --walk",
            "--region gb sos --plan home",
            "sos --plan=home --region=ie",
            "--plain --no-pager emergency --walk",
            "guide overdose",
            "guide",
            "guide --json",
            "guide warning signs --full",
            "--region us guide overdose",
            "guide od --region=nz --color never",
            "--color=always --data-dir /tmp/x --config c.yaml guide naloxone",
            "--passphrase-file key.txt guide overdose",
            "search naloxone",
            "search --json fentanyl test strips",
            "--region gb search naloxone --json",
            "--lang es sos",
            "sos --lang=es --region mx",
            "-q guide overdose",
            "--no-input --quiet search naloxone",
        ] {
            let whole = Cli::try_parse_from(line(words))
                .map(|c| format!("{c:?}"))
                .unwrap();
            let quick = parse_quick(&line(words)).map(|c| format!("{c:?}"));
            assert_eq!(Some(whole), quick, "{words}");
        }
    }

    #[test]
    fn what_the_quick_parse_cannot_read_is_left_to_clap() {
        for words in [
            "",
            "--version",
            "--help",
            "sos --help",
            "guide -h",
            "sos log",
            "sos --full",
            "guide --walk",
            "guide overdose --full --full",
            "search",
            "search --json",
            "search --full naloxone",
            "search naloxone --json --json",
            "--region us --region gb sos",
            "--region",
            "--region= sos",
            "--region -x sos",
            "--color sometimes sos",
            "--plain=yes sos",
            "guide -- overdose",
            "guide over-dose -",
            "overdose",
            "checklist list",
            "sos extra",
        ] {
            assert!(
                parse_quick(&line(words)).is_none(),
                "{words} should be read by clap"
            );
        }
    }
}
