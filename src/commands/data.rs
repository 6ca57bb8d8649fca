//! `kinship data`: where your own files are kept.

use crate::settings::Settings;
use crate::store::Store;
use crate::ui::Ui;
use clap::{Args, Subcommand};

/// Your own files: where kinship keeps your checklists and plans.
#[derive(Debug, Args)]
#[command(after_long_help = "Example:\n  kinship data path")]
pub struct DataArgs {
    #[command(subcommand)]
    pub command: DataCommand,
}

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Print the folder kinship keeps your files in (--data-dir, KINSHIP_HOME, or the platform's).
    #[command(after_long_help = "Example:\n  kinship data path")]
    Path,
}

pub fn run(args: DataArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    match args.command {
        DataCommand::Path => {
            let store = Store::from_settings(settings)?;
            ui.println(&store.root().display().to_string())?;
            Ok(())
        }
    }
}
