//! The options every command accepts, as the command line gives them;
//! `Settings::resolve` turns them, the environment and the settings file
//! into one `Settings`.

use super::ColorChoice;
use crate::offer::{Offer, lang_words, region_words};
use clap::Args;
use std::path::PathBuf;

/// Options every command accepts. In a command's `--help` they come under
/// their own heading, after the command's own options.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// When to use colour: auto (on a terminal), always or never. NO_COLOR also turns it off.
    #[arg(long, global = true, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Never send long output through a pager.
    #[arg(long, global = true)]
    pub no_pager: bool,

    /// Keep your checklists and plans in DIR (also KINSHIP_HOME).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Your country or region, for emergency numbers and helplines: a two-letter
    /// country code such as us, ca, gb (or uk), ie, au, nz, de or jp; EU countries
    /// get 112, and a country kinship has not checked gets "your local emergency
    /// number", never a guess (also KINSHIP_REGION; otherwise taken from your locale).
    #[arg(
        long,
        global = true,
        value_name = "CODE",
        value_parser = Offer(region_words),
        hide_possible_values = true
    )]
    pub region: Option<String>,

    /// The language of the guidance, the overdose card and the messages: en
    /// (English) or es (español). The help stays in English (also KINSHIP_LANG;
    /// otherwise taken from your locale, such as LANG=es_US.UTF-8).
    #[arg(
        long,
        global = true,
        value_name = "CODE",
        value_parser = Offer(lang_words),
        hide_possible_values = true
    )]
    pub lang: Option<String>,

    /// Accessible output for screen readers: no colour, box drawing or symbols
    /// (also ACCESSIBLE=1).
    #[arg(long, global = true)]
    pub plain: bool,

    /// Read settings from FILE instead of the usual settings file (also KINSHIP_CONFIG).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// When your data is locked: read its passphrase from the first line of
    /// FILE instead of asking (also KINSHIP_PASSPHRASE_FILE). Never give the
    /// passphrase itself on the command line.
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Say nothing on stderr but warnings, errors and questions: no
    /// confirmations or hints.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// Never ask a question, even on a terminal: commands that need an answer
    /// stop and say what to run instead (also KINSHIP_NO_INPUT=1).
    #[arg(long, global = true)]
    pub no_input: bool,
}
