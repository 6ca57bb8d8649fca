//! One file per command; this file only dispatches.

pub mod guide;
pub mod home;

use crate::cli::Command;
use crate::content::region::{Region, Regions};
use crate::settings::Settings;
use crate::ui::Ui;
use anyhow::Context;

/// Runs the command the user asked for; no command shows the home screen.
pub fn run(command: Option<Command>, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    match command {
        None => home::run(ui, settings),
        Some(Command::Guide(args)) => guide::run(args, ui, settings),
    }
}

/// The user's region, parsed from the embedded regions file.
pub fn region(settings: &Settings) -> anyhow::Result<Region> {
    let regions = Regions::load().context(BROKEN_CONTENT)?;
    regions
        .get(settings.region.code)
        .cloned()
        .with_context(|| {
            format!(
                "region {} is missing from regions.yaml",
                settings.region.code
            )
        })
        .context(BROKEN_CONTENT)
}

/// Said when kinship's own embedded content does not parse: a bug, not the user's doing.
pub const BROKEN_CONTENT: &str =
    "kinship's built-in guidance could not be read. This is a bug in kinship; please report it";
