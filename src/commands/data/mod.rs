//! `kinship data`: where your own files are kept, the archive of earlier
//! copies, and removing everything.

mod transfer;

use crate::error::UserError;
use crate::settings::Settings;
use crate::store::Store;
use crate::store::crypt::{Ask, State, new_passphrase};
use crate::ui::Ui;
use clap::{Args, Subcommand};

/// Your own files: where kinship keeps your checklists and plans.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  kinship data\n  kinship data lock\n  kinship data path\n  \
    kinship data archive list\n  kinship data archive purge --yes\n  kinship data wipe"
)]
pub struct DataArgs {
    /// With no command: whether your data is locked, how many files, and where.
    #[command(subcommand)]
    pub command: Option<DataCommand>,
}

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Encrypt every private file with a passphrase you choose (asked twice).
    #[command(after_long_help = "Examples:\n  kinship data lock\n  \
        kinship data lock --passphrase-file ~/.kinship-passphrase")]
    Lock,
    /// Decrypt every file again, so that no passphrase is needed.
    #[command(after_long_help = "Example:\n  kinship data unlock")]
    Unlock,
    /// Change the passphrase (the files are not encrypted again).
    #[command(after_long_help = "Examples:\n  kinship data passphrase\n  \
        kinship data passphrase --passphrase-file OLD --new-passphrase-file NEW")]
    Passphrase {
        /// Read the new passphrase from the first line of FILE.
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<std::path::PathBuf>,
    },
    /// Write everything kinship keeps to one file, encrypted with a
    /// passphrase chosen for it, to bring to a new computer.
    #[command(
        after_long_help = "Examples:\n  kinship data export -o kinship-export.age\n  \
        kinship data export -o kinship-export.age --share-passphrase-file FILE"
    )]
    Export {
        /// The file to write (never replaced unless --force).
        #[arg(short, long, value_name = "FILE")]
        output: std::path::PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        /// Read the export's passphrase from the first line of FILE.
        #[arg(long, value_name = "FILE")]
        share_passphrase_file: Option<std::path::PathBuf>,
    },
    /// Bring in an export: new files are added; a file that is here already
    /// and differs is kept beside it (its imported copy goes to the archive)
    /// unless --replace.
    #[command(
        after_long_help = "Examples:\n  kinship data import kinship-export.age\n  \
        kinship data import kinship-export.age --replace"
    )]
    Import {
        /// The export file.
        file: std::path::PathBuf,
        /// Where a file differs, use the imported one (yours is kept in the archive).
        #[arg(long)]
        replace: bool,
        /// Read the export's passphrase from the first line of FILE.
        #[arg(long, value_name = "FILE")]
        share_passphrase_file: Option<std::path::PathBuf>,
    },
    /// Print the folder kinship keeps your files in (--data-dir, KINSHIP_HOME, or the platform's).
    #[command(after_long_help = "Example:\n  kinship data path")]
    Path,
    /// List or remove the earlier copies kept when a plan or progress is
    /// deleted, reset or replaced.
    #[command(after_long_help = "Examples:\n  kinship data archive list\n  \
        kinship data archive purge --yes")]
    Archive {
        #[command(subcommand)]
        command: Option<ArchiveCommand>,
    },
    /// Remove everything kinship keeps: progress, plans, walk logs, the
    /// archive, and the settings file.
    #[command(after_long_help = "Example:\n  kinship data wipe --yes")]
    Wipe {
        /// Do not ask first.
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Print each copy kept in the archive, one a line (the default).
    #[command(after_long_help = "Example:\n  kinship data archive list")]
    List,
    /// Remove every copy in the archive for good.
    #[command(after_long_help = "Example:\n  kinship data archive purge --yes")]
    Purge {
        /// Do not ask first.
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub fn run(args: DataArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let store = settings.store()?;
    let Some(command) = args.command else {
        return status(ui, &store);
    };
    match command {
        DataCommand::Lock => lock(ui, settings, &store)?,
        DataCommand::Export {
            output,
            force,
            share_passphrase_file,
        } => transfer::export(ui, &store, &output, force, share_passphrase_file.as_deref())?,
        DataCommand::Import {
            file,
            replace,
            share_passphrase_file,
        } => transfer::import(
            ui,
            settings,
            &store,
            &file,
            replace,
            share_passphrase_file.as_deref(),
        )?,
        DataCommand::Unlock => {
            if store.state() == State::Plain {
                ui.message("Your data is not locked; nothing was changed.");
                return Ok(());
            }
            store.unlock_all()?;
            ui.message(&format!(
                "Unlocked: {} in {}, plain text again; no passphrase is needed.",
                files(store.file_count()),
                store.root().display()
            ));
        }
        DataCommand::Passphrase {
            new_passphrase_file,
        } => {
            if store.state() == State::Plain {
                return Err(
                    UserError::new("Your data is not locked, so it has no passphrase.")
                        .hint("Run `kinship data lock` to choose one.")
                        .into(),
                );
            }
            store.key()?;
            let ask = match new_passphrase_file {
                Some(file) => Ask::File(file, "--new-passphrase-file"),
                None if settings.passphrase == Ask::Never
                    || matches!(settings.passphrase, Ask::File(..)) && !ui.can_prompt() =>
                {
                    return Err(UserError::usage(
                        "There is no terminal to ask for the new passphrase.",
                    )
                    .hint("Give it in a file with --new-passphrase-file FILE.")
                    .into());
                }
                None => Ask::Terminal,
            };
            let new = new_passphrase(&ask, "New passphrase")?;
            store.change_passphrase(new)?;
            ui.message(
                "Changed the passphrase. Your files were not encrypted again: the same data \
                 key opens them, and only the new passphrase opens the key.",
            );
        }
        DataCommand::Path => {
            ui.println(&store.root().display().to_string())?;
        }
        DataCommand::Archive { command } => match command.unwrap_or(ArchiveCommand::List) {
            ArchiveCommand::List => {
                let copies = store.archived(None)?;
                for copy in &copies {
                    ui.println(&store.shown(copy))?;
                }
                if copies.is_empty() {
                    ui.message("The archive is empty.");
                }
            }
            ArchiveCommand::Purge { yes } => {
                let copies = store.archived(None)?.len();
                if copies == 0 {
                    ui.message("The archive is empty; nothing was removed.");
                    return Ok(());
                }
                let question = format!(
                    "Remove the {copies} earlier cop{} in the archive for good?",
                    if copies == 1 { "y" } else { "ies" }
                );
                if !confirmed(
                    ui,
                    settings,
                    yes,
                    &question,
                    "kinship data archive purge --yes",
                )? {
                    return Ok(());
                }
                let n = store.purge_archived(None)?;
                ui.message(&format!(
                    "Removed {n} cop{} from the archive.",
                    if n == 1 { "y" } else { "ies" }
                ));
                ui.hint(crate::store::WHAT_MAY_REMAIN);
            }
        },
        DataCommand::Wipe { yes } => {
            let settings_file = settings
                .config
                .as_ref()
                .map(|c| c.path.clone())
                .filter(|p| p.symlink_metadata().is_ok());
            let question = format!(
                "Remove everything kinship keeps in {}{}? This cannot be undone.",
                store.root().display(),
                settings_file
                    .as_ref()
                    .map(|p| format!(", and your settings file {}", p.display()))
                    .unwrap_or_default()
            );
            if !confirmed(ui, settings, yes, &question, "kinship data wipe --yes")? {
                return Ok(());
            }
            let left = store.wipe()?;
            let mut said = format!(
                "Removed everything kinship kept in {}.",
                store.root().display()
            );
            if let Some(path) = settings_file {
                match std::fs::symlink_metadata(&path) {
                    Ok(meta) if meta.is_file() => {
                        std::fs::remove_file(&path).map_err(|e| {
                            UserError::new(format!(
                                "Could not remove your settings file {}: {e}.",
                                path.display()
                            ))
                        })?;
                        said.push_str(&format!(" Removed the settings file {}.", path.display()));
                    }
                    Ok(_) => said.push_str(&format!(
                        " The settings file {} is a link or not a file, so it was left as it is.",
                        path.display()
                    )),
                    Err(_) => {}
                }
            }
            ui.message(&said);
            if !left.is_empty() {
                let names: Vec<String> = left.iter().map(|p| p.display().to_string()).collect();
                ui.warn(&format!(
                    "These were not made by kinship, so they were left: {}.",
                    names.join(", ")
                ));
            }
            ui.hint(crate::store::WHAT_MAY_REMAIN);
        }
    }
    Ok(())
}

/// What encryption does not protect against, said by `kinship data` and the README.
pub const NOT_PROTECTED: &str = "Encryption does not protect against someone who watches you \
    type the passphrase or has it, someone using this computer while kinship is open, or \
    copies and backups made before you locked.";

/// "1 file is", "3 files are".
fn files(n: usize) -> String {
    if n == 1 {
        "1 file".to_string()
    } else {
        format!("{n} files")
    }
}

fn status(ui: &mut Ui, store: &Store) -> anyhow::Result<()> {
    let files = store.file_count();
    let state = match store.state() {
        State::Plain => {
            "not locked: your files are plain text, readable by anyone who can open this folder"
        }
        State::Locked => "locked: your files are encrypted with your passphrase",
        State::Unlocking => "being unlocked (interrupted): run `kinship data unlock` to finish",
    };
    ui.println(&format!("Your data is {state}."))?;
    ui.println(&format!(
        "{} in {}",
        self::files(files),
        store.root().display()
    ))?;
    let plain = store.plain_count();
    if store.state() == State::Locked && plain > 0 {
        ui.println(&format!(
            "{} still in plain text: a lock was interrupted. Run `kinship data lock` to finish.",
            if plain == 1 {
                "1 file is".to_string()
            } else {
                format!("{plain} files are")
            }
        ))?;
    }
    ui.println(NOT_PROTECTED)?;
    if store.state() == State::Plain {
        ui.hint("Run `kinship data lock` to encrypt them.");
    }
    Ok(())
}

fn lock(ui: &mut Ui, settings: &Settings, store: &Store) -> anyhow::Result<()> {
    match store.state() {
        State::Plain => {
            if settings.passphrase == Ask::Terminal {
                ui.message(
                    "Choose a passphrase. Without it, no one (you included) can read your files: \
                     there is no way to recover it.",
                );
            }
            let passphrase = new_passphrase(&settings.passphrase, "New passphrase")?;
            store.lock_with(passphrase)?;
        }
        // Already locked, or a lock was interrupted: opening the key finishes it.
        State::Locked => {
            store.key()?;
        }
        State::Unlocking => {
            return Err(
                UserError::new("An unlock was interrupted; finish it first.")
                    .hint("Run `kinship data unlock`, then `kinship data lock`.")
                    .into(),
            );
        }
    }
    ui.message(&format!(
        "Locked: {} in {}, encrypted. Commands that read them ask for the \
         passphrase once; the overdose card and guides never do.",
        files(store.file_count()),
        store.root().display()
    ));
    ui.hint(NOT_PROTECTED);
    Ok(())
}

/// A yes from `--yes` or from the user; without a terminal to ask in, a
/// usage error naming the command that does not ask.
fn confirmed(
    ui: &mut Ui,
    settings: &Settings,
    yes: bool,
    question: &str,
    command: &str,
) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !ui.can_prompt() {
        return Err(UserError::usage(format!(
            "{question} That needs a yes, and there is no terminal to ask in."
        ))
        .hint(format!("Run `{command}`."))
        .into());
    }
    let sure = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(question, false)?))?;
    if !sure {
        ui.message("Kept. Nothing was changed.");
    }
    Ok(sure)
}
