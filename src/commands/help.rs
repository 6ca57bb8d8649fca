//! `kinship help [COMMAND...]`: help on commands, which also knows the guides'
//! names, so `kinship help overdose` leads to the right place.

use super::App;
use crate::content;
use crate::error::UserError;
use crate::settings::Settings;
use crate::ui::Ui;
use clap::Args;

/// Help on kinship's commands (`kinship help checklist`). For guidance, see `kinship guide`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  kinship help\n  kinship help checklist run")]
pub struct HelpArgs {
    /// The command to explain.
    #[arg(value_name = "COMMAND")]
    pub words: Vec<String>,
}

pub fn run(args: HelpArgs, app: App, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let mut command = app();
    command.build();
    let mut current = &command;
    for word in &args.words {
        match current.find_subcommand(word) {
            Some(sub) => current = sub,
            None => return Err(not_a_command(word, app, settings).into()),
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

/// The error for a word that is not a command: when it names a guide, it says
/// how to read that guide (and, for an overdose, the number to call first).
pub fn not_a_command(word: &str, app: App, settings: &Settings) -> UserError {
    let mut err = UserError::usage(crate::content::i18n::t!(
        "core-no-command",
        word = crate::error::quoted(word).to_string()
    ));
    if let Some(topic) = content::find_topic_in(settings.lang, word) {
        err = err.hint(crate::content::i18n::t!(
            "core-read-the-guide",
            title = topic.value.title,
            id = topic.value.id
        ));
        err.hint(settings.emergency_line())
    } else {
        let names: Vec<String> = app()
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .map(|c| c.get_name().to_string())
            .collect();
        err.hint(crate::content::i18n::t!(
            "core-commands-are",
            names = names.join(", ")
        ))
        .hint(crate::content::i18n::t!("core-help-hint"))
        .hint(settings.emergency_line())
    }
}
