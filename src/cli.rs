//! The command-line interface: definitions and help text only.

use crate::commands::checkin::CheckinArgs;
use crate::commands::checklist::ChecklistArgs;
use crate::commands::completions::{CompletionsArgs, ManArgs};
use crate::commands::config::ConfigArgs;
use crate::commands::data::DataArgs;
use crate::commands::guide::GuideArgs;
use crate::commands::help::HelpArgs;
use crate::commands::journal::JournalArgs;
use crate::commands::kit::KitArgs;
use crate::commands::plan::PlanArgs;
use crate::commands::print::PrintArgs;
use crate::commands::remind::RemindArgs;
use crate::commands::resources::ResourcesArgs;
use crate::commands::search::SearchArgs;
use crate::commands::sos::SosArgs;
use crate::settings::ColorChoice;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// kinship: help for the family and friends of someone who uses opioids.
///
/// Overdose? Call your emergency number first, then run `kinship guide overdose`.
/// Everything works offline and stays on this computer.
#[derive(Debug, Parser)]
#[command(
    name = "kinship",
    version,
    max_term_width = 100,
    disable_help_subcommand = true,
    after_long_help = "Settings:\n  \
        Each setting comes from the first of: its flag, its environment variable, the\n  \
        settings file (see `kinship config`), then the default.\n    \
        region  --region CODE, KINSHIP_REGION, the file, your locale's country, else us\n    \
        lang    --lang CODE, KINSHIP_LANG, the file, your locale's language, else en\n    \
        color   --color WHEN, NO_COLOR, the file, else auto (colour on a terminal);\n    \
        \x20       never with --plain or ACCESSIBLE=1, whatever else is set\n    \
        pager   --no-pager, KINSHIP_PAGER, the file, PAGER, else less -FRX\n    \
        width   COLUMNS, the file, else the terminal's width (80 when piped)\n\n\
        Examples:\n  kinship                      the emergency line, then what is here\n  \
        kinship guide overdose       what to do in an overdose\n  \
        kinship checklist run overdose-kit\n  \
        kinship --region gb guide    the guides, with UK numbers"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command accepts.
#[derive(Debug, Clone, Default, Args)]
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
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Overdose now: the action card at once (`--walk`: step by step, with timers).
    #[command(visible_alias = "emergency")]
    Sos(SosArgs),
    /// Read guidance: list the guides, or show one (`kinship guide overdose`).
    #[command(mut_arg("topic", |a| a.value_parser(Offer(topic_words)).hide_possible_values(true)))]
    Guide(GuideArgs),
    /// Work through checklists (prepare an overdose kit, ...); progress is saved as you go.
    Checklist(ChecklistArgs),
    /// Plans you fill in at your own pace: intervention, boundaries, a conversation, overdose.
    Plan(PlanArgs),
    /// Look after yourself too: a weekly check-in on your own life, with a chart.
    Checkin(CheckinArgs),
    /// A private journal: dated entries in your own words.
    Journal(JournalArgs),
    /// Your naloxone: what you have, where, and when it expires.
    Kit(KitArgs),
    /// A calendar file with your naloxone expiry dates, for your phone.
    Remind(RemindArgs),
    /// Print a checklist, a plan, a guide, your check-ins or the overdose card: text,
    /// Markdown or a web page.
    Print(PrintArgs),
    /// Emergency numbers and helplines for your region.
    Resources(ResourcesArgs),
    /// Search all the guidance, offline.
    Search(SearchArgs),
    /// Where kinship keeps your own files.
    Data(DataArgs),
    /// Your settings: region, colour, pager, width, reminders.
    Config(ConfigArgs),
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    Completions(CompletionsArgs),
    /// Print kinship's manual page (roff).
    Man(ManArgs),
    /// Help on a command (for guidance, see `kinship guide`).
    Help(HelpArgs),
}

/// Takes any text (kinship checks it later, with its own messages and hints)
/// while telling shell completion the words to offer. The words come from
/// the embedded index, and only when completion asks for them.
#[derive(Clone, Copy)]
pub struct Offer(pub fn() -> Vec<&'static str>);

impl clap::builder::TypedValueParser for Offer {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.0)()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// Every region code and its other names (gb, uk, ...).
pub fn region_words() -> Vec<&'static str> {
    crate::content::embedded::REGIONS
        .iter()
        .filter(|r| !r.fallback)
        .flat_map(|r| std::iter::once(r.code).chain(r.aliases.iter().copied()))
        .collect()
}

/// Every language's code.
pub fn lang_words() -> Vec<&'static str> {
    crate::i18n::Lang::all()
        .map(crate::i18n::Lang::code)
        .collect()
}

/// Every guide's id.
pub fn topic_words() -> Vec<&'static str> {
    crate::content::embedded::TOPICS
        .iter()
        .map(|t| t.id)
        .collect()
}
