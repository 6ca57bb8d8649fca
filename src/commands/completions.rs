//! `kinship completions SHELL` and `kinship man`: for installing kinship properly.

use crate::cli::Cli;
use crate::ui::Ui;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

/// Print a shell completion script (see the README for where to put it).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship completions bash > ~/.local/share/bash-completion/completions/kinship\n  \
    kinship completions zsh > ~/.zfunc/_kinship\n  \
    kinship completions fish > ~/.config/fish/completions/kinship.fish")]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    pub shell: Shell,
}

pub fn completions(args: CompletionsArgs, ui: &mut Ui) -> anyhow::Result<()> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "kinship", &mut out);
    ui.write_bytes(&out)?;
    Ok(())
}

/// Print kinship's manual page, in roff (see the README to install it).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship man | man -l -\n  \
    kinship man > ~/.local/share/man/man1/kinship.1")]
pub struct ManArgs {}

pub fn man(_args: ManArgs, ui: &mut Ui) -> anyhow::Result<()> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    ui.write_bytes(&out)?;
    Ok(())
}
