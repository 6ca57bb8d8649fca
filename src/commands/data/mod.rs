//! `kinship data`: where your own files are kept, the archive of earlier
//! copies, and removing everything.

mod transfer;

use crate::content::i18n::t;
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
                ui.message(&t!("data-not-locked-unchanged"));
                return Ok(());
            }
            store.unlock_all()?;
            ui.message(&t!(
                "data-unlocked",
                n = store.file_count(),
                path = store.root().display().to_string()
            ));
        }
        DataCommand::Passphrase {
            new_passphrase_file,
        } => {
            if store.state() == State::Plain {
                return Err(UserError::new(t!("data-no-passphrase"))
                    .hint(t!("data-no-passphrase-hint"))
                    .into());
            }
            store.key()?;
            let ask = match new_passphrase_file {
                Some(file) => Ask::File(file, "--new-passphrase-file"),
                None if settings.passphrase == Ask::Never
                    || matches!(settings.passphrase, Ask::File(..)) && !ui.can_prompt() =>
                {
                    return Err(UserError::usage(t!("data-no-terminal-new"))
                        .hint(t!("data-no-terminal-new-hint"))
                        .into());
                }
                None => Ask::Terminal,
            };
            let new = new_passphrase(&ask, &t!("data-new-passphrase"))?;
            store.change_passphrase(new)?;
            ui.message(&t!("data-passphrase-changed"));
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
                    ui.message(&t!("data-archive-empty"));
                }
            }
            ArchiveCommand::Purge { yes } => {
                let copies = store.archived(None)?.len();
                if copies == 0 {
                    ui.message(&t!("data-archive-empty-nothing-removed"));
                    return Ok(());
                }
                let question = t!("data-purge-question", n = copies);
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
                ui.message(&t!("data-purged", n = n));
                ui.hint(&crate::store::what_may_remain());
            }
        },
        DataCommand::Wipe { yes } => {
            let settings_file = settings
                .config
                .as_ref()
                .map(|c| c.path.clone())
                .filter(|p| p.symlink_metadata().is_ok());
            let question = t!(
                "data-wipe-question",
                path = store.root().display().to_string(),
                settings = settings_file
                    .as_ref()
                    .map(|p| t!("data-wipe-and-settings", path = p.display().to_string()))
                    .unwrap_or_default()
            );
            if !confirmed(ui, settings, yes, &question, "kinship data wipe --yes")? {
                return Ok(());
            }
            let left = store.wipe()?;
            let mut said = t!("data-wiped", path = store.root().display().to_string());
            if let Some(path) = settings_file {
                match std::fs::symlink_metadata(&path) {
                    Ok(meta) if meta.is_file() => {
                        std::fs::remove_file(&path).map_err(|e| {
                            UserError::new(t!(
                                "data-settings-not-removed",
                                path = path.display().to_string(),
                                error = e.to_string()
                            ))
                        })?;
                        said.push_str(&t!(
                            "data-wiped-settings",
                            path = path.display().to_string()
                        ));
                    }
                    Ok(_) => {
                        said.push_str(&t!("data-settings-left", path = path.display().to_string()))
                    }
                    Err(_) => {}
                }
            }
            ui.message(&said);
            if !left.is_empty() {
                let names: Vec<String> = left.iter().map(|p| p.display().to_string()).collect();
                ui.warn(&t!("data-left-alone", names = names.join(", ")));
            }
            ui.hint(&crate::store::what_may_remain());
        }
    }
    Ok(())
}

/// What encryption does not protect against, said by `kinship data` and the README.
fn not_protected() -> String {
    t!("data-not-protected")
}

fn status(ui: &mut Ui, store: &Store) -> anyhow::Result<()> {
    let files = store.file_count();
    let state = match store.state() {
        State::Plain => "plain",
        State::Locked => "locked",
        State::Unlocking => "unlocking",
    };
    ui.println(&t!("data-status", state = state))?;
    ui.println(&t!(
        "data-status-files",
        n = files,
        path = store.root().display().to_string()
    ))?;
    let plain = store.plain_count();
    if store.state() == State::Locked && plain > 0 {
        ui.println(&t!("data-status-plain-left", n = plain))?;
    }
    ui.println(&not_protected())?;
    if store.state() == State::Plain {
        ui.hint(&t!("data-status-lock-hint"));
    }
    Ok(())
}

fn lock(ui: &mut Ui, settings: &Settings, store: &Store) -> anyhow::Result<()> {
    match store.state() {
        State::Plain => {
            if settings.passphrase == Ask::Terminal {
                ui.message(&t!("data-choose-passphrase"));
            }
            let passphrase = new_passphrase(&settings.passphrase, &t!("data-new-passphrase"))?;
            store.lock_with(passphrase)?;
        }
        // Already locked, or a lock was interrupted: opening the key finishes it.
        State::Locked => {
            store.key()?;
        }
        State::Unlocking => {
            return Err(UserError::new(t!("data-unlock-interrupted"))
                .hint(t!("data-unlock-interrupted-hint"))
                .into());
        }
    }
    ui.message(&t!(
        "data-locked",
        n = store.file_count(),
        path = store.root().display().to_string()
    ));
    ui.hint(&not_protected());
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
        return Err(UserError::usage(t!("data-needs-yes", question = question))
            .hint(t!("data-run-command", command = command))
            .into());
    }
    let sure = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(question, false)?))?;
    if !sure {
        ui.message(&t!("data-kept"));
    }
    Ok(sure)
}
