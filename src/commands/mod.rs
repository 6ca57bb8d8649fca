//! One file per command; this file only dispatches.

pub mod checkin;
pub mod checklist;
pub mod completions;
pub mod config;
pub mod data;
pub mod guide;
pub mod help;
pub mod home;
pub mod journal;
pub mod kit;
pub mod plan;
pub mod print;
pub mod remind;
pub mod resources;
pub mod search;
pub mod sos;

use crate::offer::Offer;
use crate::settings::Settings;
use crate::ui::Ui;
use clap::Subcommand;

/// The whole command line as clap builds it, for the commands that explain
/// the others (`help`, `completions`, `man`): built only when they run.
pub type App = fn() -> clap::Command;

/// Every command, in the order `--help` lists them.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Overdose now: the action card at once (`--walk`: step by step, with timers).
    #[command(visible_alias = "emergency")]
    Sos(sos::SosArgs),
    /// Read guidance: list the guides, or show one (`kinship guide overdose`).
    #[command(mut_arg("topic", |a| a.value_parser(Offer(crate::offer::topic_words)).hide_possible_values(true)))]
    Guide(guide::GuideArgs),
    /// Work through checklists (prepare an overdose kit, ...); progress is saved as you go.
    Checklist(checklist::ChecklistArgs),
    /// Plans you fill in at your own pace: intervention, boundaries, a conversation, overdose.
    Plan(plan::PlanArgs),
    /// Look after yourself too: a weekly check-in on your own life, with a chart.
    Checkin(checkin::CheckinArgs),
    /// A private journal: dated entries in your own words.
    Journal(journal::JournalArgs),
    /// Your naloxone: what you have, where, and when it expires.
    Kit(kit::KitArgs),
    /// A calendar file with your naloxone expiry dates, for your phone.
    Remind(remind::RemindArgs),
    /// Print a checklist, a plan, a guide, your check-ins or the overdose card: text,
    /// Markdown or a web page.
    Print(print::PrintArgs),
    /// Emergency numbers and helplines for your region.
    Resources(resources::ResourcesArgs),
    /// Search all the guidance, offline.
    Search(search::SearchArgs),
    /// Where kinship keeps your own files.
    Data(data::DataArgs),
    /// Your settings: region, colour, pager, width, reminders.
    Config(config::ConfigArgs),
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    Completions(completions::CompletionsArgs),
    /// Print kinship's manual page (roff).
    Man(completions::ManArgs),
    /// Help on a command (for guidance, see `kinship guide`).
    Help(help::HelpArgs),
}

/// One subcommand as the lean parse builds it (see `cli::parse_lean`):
/// only what parsing needs. `None` for a command it does not know.
pub fn lean_subcommand(name: &str) -> Option<clap::Command> {
    use clap::Args;
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

/// Shell completion of a plan's name, run by kinship itself when the shell
/// asks (`COMPLETE=bash kinship -- ...`): the names of the plans in the data
/// folder (`--data-dir` on the line being completed, else `KINSHIP_HOME`,
/// else the platform's). It never asks for anything and never says anything:
/// a locked folder, or one that cannot be read, completes nothing.
pub fn plan_names(current: &std::ffi::OsStr) -> Vec<clap_complete::CompletionCandidate> {
    let Some(current) = current.to_str() else {
        return Vec::new();
    };
    let env = crate::env::Env::from_process();
    let args = crate::settings::GlobalArgs {
        data_dir: option_in_line("--data-dir").map(Into::into),
        config: option_in_line("--config").map(Into::into),
        no_input: true,
        ..Default::default()
    };
    let settings = crate::settings::Settings::resolve_for_emergency(&args, &env);
    let Ok(store) = settings.store() else {
        return Vec::new();
    };
    if store.state() != crate::store::crypt::State::Plain {
        return Vec::new();
    }
    store
        .names(crate::store::plans::PLANS)
        .unwrap_or_default()
        .into_iter()
        .filter(|name| name.starts_with(current))
        .map(clap_complete::CompletionCandidate::new)
        .collect()
}

/// The value of a global option on the command line being completed
/// (`--data-dir DIR` or `--data-dir=DIR`), read by hand: a completer is told
/// only the word under the cursor.
fn option_in_line(option: &str) -> Option<String> {
    let words: Vec<String> = std::env::args().collect();
    let mut found = None;
    let mut words = words.iter();
    while let Some(word) = words.next() {
        if word == option {
            found = words.next().cloned();
        } else if let Some(value) = word.strip_prefix(option).and_then(|w| w.strip_prefix('=')) {
            found = Some(value.to_string());
        }
    }
    found
}

/// True for `kinship sos` and `kinship emergency` (with or without `--walk`),
/// `kinship` alone, and `kinship guide overdose` (by any of its names).
pub fn is_emergency_screen(command: &Option<Command>) -> bool {
    match command {
        None => true,
        Some(Command::Sos(args)) => args.command.is_none(),
        Some(Command::Guide(args)) => crate::content::find_topic(&args.topic.join(" "))
            .is_some_and(|t| crate::content::FIRST_SCREEN.contains(&t.id)),
        _ => false,
    }
}

/// Runs the command the user asked for; no command shows the home screen.
pub fn run(
    command: Option<Command>,
    app: App,
    ui: &mut Ui,
    settings: &Settings,
) -> anyhow::Result<()> {
    let notifier = ui.notifier();
    crate::store::lock::on_long_wait(move |data_file| {
        // Ctrl-C must end the wait cleanly (exit 130), whatever the command.
        crate::prompt::install_interrupt_handler();
        let name = data_file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        notifier.say(&crate::content::i18n::t!("core-waiting", name = name));
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
        Some(Command::Completions(args)) => completions::completions(args, app, ui),
        Some(Command::Man(args)) => completions::man(args, app, ui),
        Some(Command::Help(args)) => help::run(args, app, ui, settings),
    };
    // Said after the command, once each, and before any error it ends with.
    for warning in crate::store::take_warnings() {
        if !emergency {
            ui.warn(&warning);
        }
    }
    result
}

pub use crate::lookup::broken_content;
