//! kinship: an offline companion for the family and friends of someone who uses
//! heroin or other opioids.
//!
//! `main` parses the command line, resolves the settings, builds the `Ui` and
//! calls [`run`]; everything else is reached from there.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod content;
pub mod env;
pub mod error;
pub mod render;
pub mod settings;
pub mod ui;
pub mod yaml;

use cli::Cli;
use settings::Settings;
use ui::Ui;

/// Runs one kinship command. Errors are returned, not printed: the caller
/// prints them once, through the `Ui`.
pub fn run(cli: Cli, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    commands::run(cli.command, ui, settings)?;
    ui.flush()?;
    Ok(())
}
