//! `kinship checklist`: work through checklists; progress is saved after every change.

mod list;
mod reset;
mod run;
mod tick;

use crate::content::i18n::t;
use crate::error::UserError;
use crate::lookup;
use crate::offer::Offer;
use crate::prompt::{self};
use crate::render::checklist as checklist_doc;
use crate::render::checklist_json::Json;
use crate::render::terminal::{self, Layout};
use crate::settings::Settings;
use crate::ui::Ui;
use clap::{Args, Subcommand};
use list::list;
use reset::reset;
use run::{Ended, session};
use serde::Serialize;
use tick::{note, tick};

/// Work through checklists: tick items, read more, add notes. Progress is saved
/// after every change.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship checklist list\n  \
    kinship checklist run overdose-kit\n  \
    kinship checklist check overdose-kit get-naloxone 3\n  \
    kinship checklist note overdose-kit get-naloxone \"Kitchen drawer, left\"")]
pub struct ChecklistArgs {
    #[command(subcommand)]
    pub command: ChecklistCommand,
}

#[derive(Debug, Subcommand)]
pub enum ChecklistCommand {
    /// Every checklist, with how far you are and when you last changed it.
    #[command(after_long_help = "Example:\n  kinship checklist list")]
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Work through a checklist in the terminal: tick, untick, read more, add notes.
    #[command(after_long_help = "Example:\n  kinship checklist run overdose-kit")]
    Run {
        /// The checklist (see `kinship checklist list`).
        #[arg(value_parser = Offer(crate::offer::checklist_words), hide_possible_values = true)]
        name: String,
    },
    /// A checklist with your ticks and notes, numbered for `check` and `uncheck`.
    #[command(after_long_help = "Example:\n  kinship checklist show overdose-kit")]
    Show {
        /// The checklist (see `kinship checklist list`).
        #[arg(value_parser = Offer(crate::offer::checklist_words), hide_possible_values = true)]
        name: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Tick items, by id or by the number `show` gives them.
    #[command(after_long_help = "Example:\n  kinship checklist check overdose-kit get-naloxone 2")]
    Check {
        /// The checklist (see `kinship checklist list`).
        #[arg(value_parser = Offer(crate::offer::checklist_words), hide_possible_values = true)]
        name: String,
        /// The items to tick: ids or numbers from `kinship checklist show`.
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<String>,
    },
    /// Untick items, by id or number.
    #[command(after_long_help = "Example:\n  kinship checklist uncheck overdose-kit 2")]
    Uncheck {
        /// The checklist (see `kinship checklist list`).
        #[arg(value_parser = Offer(crate::offer::checklist_words), hide_possible_values = true)]
        name: String,
        /// The items to untick: ids or numbers from `kinship checklist show`.
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<String>,
    },
    /// Write a note on an item; --clear removes it.
    #[command(
        after_long_help = "Examples:\n  kinship checklist note overdose-kit get-naloxone \"Kitchen drawer\"\n  \
            kinship checklist note overdose-kit get-naloxone --clear"
    )]
    Note {
        /// The checklist (see `kinship checklist list`).
        #[arg(value_parser = Offer(crate::offer::checklist_words), hide_possible_values = true)]
        name: String,
        /// The item: its id or its number from `kinship checklist show`.
        item: String,
        /// The note; several words are joined with spaces.
        text: Vec<String>,
        /// Remove the note.
        #[arg(long, conflicts_with = "text")]
        clear: bool,
    },
    /// Start a checklist again. The old progress is moved aside, never deleted.
    #[command(after_long_help = "Example:\n  kinship checklist reset overdose-kit")]
    Reset {
        /// The checklist (see `kinship checklist list`).
        #[arg(value_parser = Offer(crate::offer::checklist_words), hide_possible_values = true)]
        name: String,
        /// Do not ask first.
        #[arg(long, short)]
        yes: bool,
    },
}

pub fn run(args: ChecklistArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let store = settings.store()?;
    match args.command {
        ChecklistCommand::List { json } => list(ui, &store, json, settings.lang),
        ChecklistCommand::Show { name, json } => {
            let checklist = lookup::checklist_in(&name, ui, settings)?;
            let region = lookup::checklist_region(&checklist, settings);
            let progress = lookup::progress(&store, &checklist)?;
            if json {
                print_json(ui, &Json::of(&checklist, progress.as_ref(), region))
            } else {
                let doc = checklist_doc::document(
                    &checklist,
                    progress.as_ref(),
                    region,
                    checklist_doc::Options::SHOW,
                );
                ui.print_long(&terminal::render(&doc, &ui.layout()))?;
                Ok(())
            }
        }
        ChecklistCommand::Check { name, items } => tick(ui, &store, settings, &name, &items, true),
        ChecklistCommand::Uncheck { name, items } => {
            tick(ui, &store, settings, &name, &items, false)
        }
        ChecklistCommand::Note {
            name,
            item,
            text,
            clear,
        } => note(ui, &store, settings, &name, &item, text.join(" "), clear),
        ChecklistCommand::Reset { name, yes } => reset(ui, &store, settings, &name, yes),
        ChecklistCommand::Run { name } => {
            let checklist = lookup::checklist_in(&name, ui, settings)?;
            if !ui.can_prompt() {
                return Err(UserError::usage(t!("cl-run-no-terminal"))
                    .hint(t!("cl-run-no-terminal-hint", id = checklist.id.as_str()))
                    .into());
            }
            // An English text (not translated yet) is filled with the
            // English words of the region, never half in another language.
            let region = lookup::checklist_region(&checklist, settings);
            // Locked: the passphrase is asked once, before the screen is drawn.
            store.open_if_locked()?;
            prompt::install_interrupt_handler();
            // Where prompts are numbered questions (--plain, or a terminal
            // that cannot draw in place), pages are plain too, and say the
            // keys of those questions.
            let layout = Layout {
                plain: ui.plain_prompts(),
                ..ui.layout()
            };
            let done = crate::ask::with_prompter(ui, settings, |p| {
                session(&store, &checklist, p, settings, region, layout)
            })?;
            match done {
                Ended::Quit(done, total) => {
                    ui.message(&t!(
                        "cl-run-saved",
                        done = done,
                        total = total,
                        id = checklist.id.as_str()
                    ));
                    Ok(())
                }
                Ended::Interrupted => Err(UserError::interrupted(t!("cl-run-stopped")).into()),
            }
        }
    }
}

fn print_json<T: Serialize>(ui: &mut Ui, value: &T) -> anyhow::Result<()> {
    ui.print_json(value)
}
