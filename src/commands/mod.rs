//! One file per command; this file only dispatches.

pub mod checkin;
pub mod checklist;
pub mod completions;
pub mod config;
pub mod data;
pub mod guide;
pub mod help;
pub mod home;
pub mod household;
pub mod journal;
pub mod kit;
pub mod output;
pub mod plan;
pub mod print;
pub mod remind;
pub mod reminders;
pub mod resources;
pub mod search;
pub mod sos;
pub mod transfer;

use crate::cli::Command;
use crate::settings::Settings;
use crate::ui::Ui;

/// Runs the command the user asked for; no command shows the home screen.
pub fn run(command: Option<Command>, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let notifier = ui.notifier();
    crate::store::lock::on_long_wait(move |data_file| {
        // Ctrl-C must end the wait cleanly (exit 130), whatever the command.
        crate::prompt::install_interrupt_handler();
        let name = data_file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        notifier.say(&format!(
            "Waiting for another kinship that is saving {name}… (Ctrl-C to stop)"
        ));
    });
    // The card and the home screen must keep their first line on a 24-line
    // screen: nothing is said after them about the data folder's modes.
    let emergency = match &command {
        None => true,
        Some(Command::Sos(args)) => args.command.is_none(),
        _ => false,
    };
    let result = match command {
        None => home::run(ui, settings),
        Some(Command::Guide(args)) => guide::run(args, ui, settings),
        Some(Command::Checklist(args)) => checklist::run(args, ui, settings),
        Some(Command::Checkin(args)) => checkin::run(args, ui, settings),
        Some(Command::Kit(args)) => kit::run(args, ui, settings),
        Some(Command::Journal(args)) => journal::run(args, ui, settings),
        Some(Command::Remind(args)) => remind::run(args, ui, settings),
        Some(Command::Resources(args)) => resources::run(args, ui, settings),
        Some(Command::Search(args)) => search::run(args, ui, settings),
        Some(Command::Sos(args)) => sos::run(args, ui, settings),
        Some(Command::Plan(args)) => plan::run(args, ui, settings),
        Some(Command::Print(args)) => print::run(args, ui, settings),
        Some(Command::Data(args)) => data::run(args, ui, settings),
        Some(Command::Config(args)) => config::run(args, ui, settings),
        Some(Command::Completions(args)) => completions::completions(args, ui),
        Some(Command::Man(args)) => completions::man(args, ui),
        Some(Command::Help(args)) => help::run(args, ui, settings),
    };
    // Said after the command, once each, and before any error it ends with.
    for warning in crate::store::take_warnings() {
        if !emergency {
            ui.warn(&warning);
        }
    }
    result
}

/// Said when kinship's own embedded content does not parse: a bug, not the user's doing.
pub const BROKEN_CONTENT: &str =
    "kinship's built-in guidance could not be read. This is a bug in kinship; please report it";
