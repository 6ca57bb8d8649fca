//! `kinship help [COMMAND...]`: help on commands, which also knows the guides'
//! names, so `kinship help overdose` leads to the right place.

use crate::cli::Cli;
use crate::content;
use crate::error::UserError;
use crate::settings::Settings;
use crate::ui::Ui;
use clap::{Args, CommandFactory};

/// Help on kinship's commands (`kinship help checklist`). For guidance, see `kinship guide`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  kinship help\n  kinship help checklist run")]
pub struct HelpArgs {
    /// The command to explain.
    #[arg(value_name = "COMMAND")]
    pub words: Vec<String>,
}

pub fn run(args: HelpArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let mut command = Cli::command();
    command.build();
    let mut current = &command;
    for word in &args.words {
        match current.find_subcommand(word) {
            Some(sub) => current = sub,
            None => return Err(not_a_command(word, settings).into()),
        }
    }
    let help = current.clone().render_long_help();
    let text = if ui.color_on_stdout() {
        help.ansi().to_string()
    } else {
        help.to_string()
    };
    ui.println(text.trim_end())?;
    Ok(())
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

/// The line said under any mistake at the top level: the number, and the card.
pub fn emergency_line(settings: &Settings) -> String {
    crate::tr!(
        settings.lang,
        "emergency-line",
        emergency = settings.region.emergency
    )
}

/// The error for a word that is not a command: when it names a guide, it says
/// how to read that guide (and, for an overdose, the number to call first).
pub fn not_a_command(word: &str, settings: &Settings) -> UserError {
    let mut err = UserError::usage(format!(
        "kinship has no command called {}.",
        crate::error::quoted(word)
    ));
    if let Some(topic) = content::find_topic(word) {
        err = err.hint(format!(
            "To read the guide \"{}\", run `kinship guide {}`.",
            topic.title, topic.id
        ));
        err.hint(emergency_line(settings))
    } else {
        let names: Vec<String> = Cli::command()
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .map(|c| c.get_name().to_string())
            .collect();
        err.hint(format!("The commands are: {}.", names.join(", ")))
            .hint("Run `kinship --help` for more, or `kinship guide` for the guides.")
            .hint(emergency_line(settings))
    }
}
