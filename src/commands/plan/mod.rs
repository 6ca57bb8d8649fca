//! `kinship plan`: fill in worksheets (an intervention plan, boundaries, a
//! conversation, the household's overdose plan) at your own pace. Every
//! answer is saved as it is given; every interactive step has a
//! non-interactive twin (`set`, `import`).

mod delete;
mod fill;
mod import;
mod kinds;
mod list;
mod set;
mod share;
mod show;

use crate::offer::Offer;
use crate::settings::Settings;
use crate::ui::Ui;
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;
use delete::delete;
use fill::{edit, new};
use import::import;
use kinds::kinds;
use list::list;
use set::set;
use share::{import_share, share};
use show::show;
use std::path::PathBuf;

/// Plans you fill in at your own pace: an intervention plan, boundaries, a
/// conversation, your household's overdose plan. Saved after every answer.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship plan new intervention dad\n  \
    kinship plan edit dad\n  \
    kinship plan list\n  \
    kinship plan show dad --for Ann\n  \
    kinship plan set dad when \"saturday 6pm\"\n  \
    kinship plan set dad team.2.role \"reads a letter\"")]
pub struct PlanArgs {
    #[command(subcommand)]
    pub command: PlanCommand,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Start a plan and fill it in. KIND: intervention, boundaries,
    /// conversation, overdose-plan. NAME tells plans apart (such as "dad").
    #[command(
        after_long_help = "Examples:\n  kinship plan new intervention dad\n  kinship plan new boundaries"
    )]
    New {
        /// The kind of plan (see `kinship plan kinds`).
        #[arg(value_parser = Offer(crate::offer::form_words), hide_possible_values = true)]
        kind: String,
        /// A name for it; letters, digits, - _ and . (asked for when left out).
        name: Option<String>,
    },
    /// Go on filling in a plan: where you left off, or a section you pick.
    #[command(after_long_help = "Example:\n  kinship plan edit dad")]
    Edit {
        /// The plan's name (see `kinship plan list`).
        #[arg(add = ArgValueCompleter::new(super::plan_names))]
        name: String,
    },
    /// Your plans: kind, name, how complete, last changed.
    #[command(after_long_help = "Example:\n  kinship plan list")]
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// The kinds of plan there are, with their fields (for `set` and `import`).
    #[command(
        after_long_help = "Examples:\n  kinship plan kinds\n  kinship plan kinds intervention\n  kinship plan kinds intervention --json"
    )]
    Kinds {
        /// One kind, with every field and its id.
        #[arg(value_parser = Offer(crate::offer::form_words), hide_possible_values = true)]
        kind: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// A plan, whole, or only the parts for one person (--for NAME).
    #[command(
        after_long_help = "Examples:\n  kinship plan show dad\n  kinship plan show dad --for Ann\n  kinship plan show dad --all"
    )]
    Show {
        /// The plan's name (see `kinship plan list`).
        #[arg(add = ArgValueCompleter::new(super::plan_names))]
        name: String,
        /// Only what this person needs: the time, the place, their role, their
        /// letter, the agreed boundaries.
        #[arg(long = "for", value_name = "PERSON")]
        person: Option<String>,
        /// Also show the answers kept for questions your answers now leave
        /// out (those for another approach), marked "not in use".
        #[arg(long, conflicts_with = "person")]
        all: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Set one answer without questions, with the same checks. FIELD is a
    /// field id, or LIST.N.PART for a part of the Nth entry of a list.
    #[command(after_long_help = "Examples:\n  \
        kinship plan set dad when \"5 December 2026 18:30\"\n  \
        kinship plan set dad team.1.name Ann\n  \
        kinship plan set dad team.3 --clear      (removes the third team member)\n  \
        kinship plan set dad letters.1.letter --file letter.txt")]
    Set {
        /// The plan's name.
        #[arg(add = ArgValueCompleter::new(super::plan_names))]
        name: String,
        /// The field (see `kinship plan kinds KIND`).
        field: String,
        /// The answer; several words are joined with spaces.
        value: Vec<String>,
        /// Read the answer from a file, for a long letter (`-`: standard input).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["value", "clear"])]
        file: Option<PathBuf>,
        /// Clear the answer (or, for LIST.N, remove the entry).
        #[arg(long, conflicts_with = "value")]
        clear: bool,
    },
    /// Make a plan from a YAML file of answers (checked like typed answers),
    /// or from a share file (`kinship plan import FILE`).
    #[command(
        after_long_help = "Examples:\n  kinship plan import intervention answers.yaml --name dad\n  \
        kinship plan import dad.kinship      (a file made by `kinship plan share`)\n\n\
        The file maps field ids to answers; lists are lists of parts:\n  \
        approach: craft\n  \
        when: 2026-12-05 18:30\n  \
        team:\n    \
        - {name: Ann, role: speaks first}"
    )]
    Import {
        /// The kind of plan (or, alone, a share file).
        #[arg(value_name = "KIND")]
        kind: String,
        /// The YAML file (`-`: standard input).
        file: Option<PathBuf>,
        /// The plan's name (default: the file's name, or the shared plan's).
        #[arg(long)]
        name: Option<String>,
        /// Replace a plan of that name that already exists (it is moved aside first).
        #[arg(long)]
        force: bool,
        /// Read the share's passphrase from the first line of FILE.
        #[arg(long, value_name = "FILE")]
        share_passphrase_file: Option<PathBuf>,
    },
    /// Write one plan to a file encrypted with a passphrase chosen for it, to
    /// give to someone who imports it with `kinship plan import FILE`.
    #[command(
        after_long_help = "Examples:\n  kinship plan share dad -o dad.kinship\n  \
        kinship plan share dad --for Ann -o dad-for-ann.kinship\n\n\
        Say the passphrase on the phone, not in the message that carries the file."
    )]
    Share {
        /// The plan's name.
        #[arg(add = ArgValueCompleter::new(super::plan_names))]
        name: String,
        /// The file to write (never replaced unless --force).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Share only what this person may see (as `plan show --for`).
        #[arg(long = "for", value_name = "PERSON")]
        person: Option<String>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        /// Read the share's passphrase from the first line of FILE.
        #[arg(long, value_name = "FILE")]
        share_passphrase_file: Option<PathBuf>,
    },
    /// Delete a plan: it is moved aside (kept) unless --purge.
    #[command(after_long_help = "Example:\n  kinship plan delete dad")]
    Delete {
        /// The plan's name.
        #[arg(add = ArgValueCompleter::new(super::plan_names))]
        name: String,
        /// Do not ask first.
        #[arg(long, short)]
        yes: bool,
        /// Delete the file for good instead of moving it aside.
        #[arg(long)]
        purge: bool,
    },
}

pub fn run(args: PlanArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let store = settings.store()?;
    match args.command {
        PlanCommand::New { kind, name } => new(ui, settings, &store, &kind, name.as_deref()),
        PlanCommand::Edit { name } => edit(ui, settings, &store, &name),
        PlanCommand::List { json } => list(ui, settings, &store, json),
        PlanCommand::Kinds { kind, json } => kinds(ui, settings, kind.as_deref(), json),
        PlanCommand::Show {
            name,
            person,
            all,
            json,
        } => show(ui, settings, &store, &name, person.as_deref(), all, json),
        PlanCommand::Set {
            name,
            field,
            value,
            file,
            clear,
        } => set(ui, settings, &store, &name, &field, value, file, clear),
        PlanCommand::Import {
            kind,
            file: Some(file),
            name,
            force,
            share_passphrase_file: _,
        } => import(ui, settings, &store, &kind, &file, name.as_deref(), force),
        PlanCommand::Import {
            kind: file,
            file: None,
            name,
            force,
            share_passphrase_file,
        } => import_share(
            ui,
            settings,
            &store,
            std::path::Path::new(&file),
            name.as_deref(),
            force,
            share_passphrase_file.as_deref(),
        ),
        PlanCommand::Share {
            name,
            output,
            person,
            force,
            share_passphrase_file,
        } => share(
            ui,
            settings,
            &store,
            &name,
            &output,
            person.as_deref(),
            force,
            share_passphrase_file.as_deref(),
        ),
        PlanCommand::Delete { name, yes, purge } => delete(ui, settings, &store, &name, yes, purge),
    }
}
