//! `kinship sos`: the overdose action card at once; `--walk` steps through it
//! with timers and keeps a time-stamped log for the emergency team.

mod log;
mod walk;

use crate::content::sos::{self, Sos};
use crate::render::card::StepDetail;
use crate::render::sos::{self as view, CARD_LINES, CardRegion};
use crate::settings::Settings;
use crate::ui::Ui;
use anyhow::Context;
use clap::{Args, Subcommand};
use log::{list_logs, show_log};
use walk::walk;

/// The overdose action card, at once. With --walk: one step at a time, with
/// timers, and a log to show the emergency team.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_long_help = "Keys in the walk:\n  \
        Enter   done, next step          s   skip this step\n  \
        b       back one step            n   another dose of naloxone given\n  \
        p       pacer: CPR pushes (110 a minute) or rescue breaths (1 every 5 seconds)\n  \
        q       quit (Ctrl-C works too)\n\n\
        The walk starts at once, with no question first. Each step is time-stamped; \
        at the end, or when you quit, the log is printed and saved (see `kinship sos log`), \
        opening with a summary for the emergency team: the doses of naloxone, CPR and \
        rescue breaths, and when help was called. Before the countdown to the next dose \
        has run out, a dose (Enter on the second-dose step, or n) is logged only when \
        its key is pressed twice. Not in a terminal, --walk prints the card.\n\n\
        Your household's details: with one overdose plan (`kinship plan new overdose-plan`), \
        the card and the walk show its address at the call, where the naloxone is at the \
        naloxone step, and medicines and allergies for the emergency team. With more than \
        one, name it with --plan. The card keeps to 24 lines (23 on a terminal, where the shell's \
        prompt takes a row): what does not fit is left \
        out, medicines and allergies first, then where the naloxone is, then the address; \
        the steps always stay. A plan that cannot be read is left out, and the card comes, \
        at once, as it would without one; a plan named with --plan that cannot be used \
        gives the card and a one-line warning.\n\n\
        Examples:\n  \
        kinship sos\n  \
        kinship sos --walk\n  \
        kinship sos --plan home\n  \
        kinship emergency --region gb\n  \
        kinship sos log"
)]
pub struct SosArgs {
    /// Go through the steps one at a time, with a countdown for a second dose
    /// and pacers for CPR and rescue breathing.
    #[arg(long)]
    pub walk: bool,

    /// The overdose plan to take your household's details from, when you have
    /// more than one (with one, it is used without this).
    #[arg(long, value_name = "NAME")]
    pub plan: Option<String>,

    #[command(subcommand)]
    pub command: Option<SosCommand>,
}

#[derive(Debug, Subcommand)]
pub enum SosCommand {
    /// The logs of past walks: list them, or show one.
    #[command(after_long_help = "Examples:\n  \
        kinship sos log\n  \
        kinship sos log last\n  \
        kinship sos log 2026-11-22T21-04-00")]
    Log {
        /// The log to show (a name from the list, or `last`); none lists them all.
        name: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(args: SosArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    match args.command {
        Some(SosCommand::Log { name, json }) => {
            let store = settings.store()?;
            let now = settings.clock.now();
            match name {
                None => list_logs(ui, &store, json, settings.lang),
                Some(name) => show_log(ui, &store, &name, json, now, settings.lang),
            }
        }
        None => {
            let found = sos::load_in(settings.lang).with_context(crate::lookup::broken_content)?;
            let sos = found.value;
            let (household, mut warning) =
                crate::lookup::household::for_sos(settings, &sos, args.plan.as_deref());
            if found.fell_back {
                // Said with the warnings below the card, so the card keeps its room.
                let line = crate::content::i18n::tr!(settings.lang, "fallback-card");
                warning = Some(match warning {
                    Some(w) => format!("{line} {w}"),
                    None => line,
                });
            }
            if !(args.walk && ui.can_prompt()) {
                // After the card, never in it: an expired naloxone, on stderr.
                // The card leaves it room, so the number stays on the screen.
                let reminders = crate::lookup::reminders::gather(settings, false, ui.width()).lines;
                let after = usize::from(warning.is_some()) + reminders.len();
                print_card(ui, settings, &sos, &household, after)?;
                ui.flush()?;
                if let Some(warning) = warning {
                    ui.warn(&warning);
                }
                reminders.iter().for_each(|line| ui.message(line));
                return Ok(());
            }
            if let Some(warning) = &warning {
                // Said before the walk takes the screen, and seen again after.
                ui.warn(warning);
            }
            match settings.store() {
                Ok(store) => walk(ui, settings, &store, &sos, &household),
                Err(e) => {
                    // The walk needs a place for its log; the card needs nothing.
                    print_card(ui, settings, &sos, &household, 1)?;
                    ui.flush()?;
                    ui.warn(&format!("{} {}", e.message, e.hints.join(" ")));
                    Ok(())
                }
            }
        }
    }
}

/// The card, never paged, with the household's details that fit in 24 lines
/// less the `after` lines said below it (a warning, a reminder) and, on a
/// terminal, the shell's prompt, so that they do not push the number off the
/// top of the screen.
pub(super) fn print_card(
    ui: &mut Ui,
    settings: &Settings,
    sos: &Sos,
    household: &[StepDetail],
    after: usize,
) -> anyhow::Result<()> {
    let region = settings.region;
    let notice = settings.region_notice();
    let at = CardRegion {
        name: region.the_name,
        code: region.code,
        notice: notice.as_deref(),
        lang: settings.lang,
    };
    let width = ui.layout().width;
    // On a terminal the shell's prompt takes the row under the card: without
    // it, a full card pushes its first line, the number, off a 24-row screen.
    let prompt_row = usize::from(ui.stdout_is_terminal());
    let max = CARD_LINES.saturating_sub(after + prompt_row);
    ui.print_lines(&view::card(sos, region, &at, width, household, max))?;
    Ok(())
}
