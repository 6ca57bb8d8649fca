//! `kinship sos`: the overdose action card at once; `--walk` steps through it
//! with timers and keeps a time-stamped log for the emergency team.

use crate::content::sos::{self, Sos};
use crate::error::UserError;
use crate::progress::walk::{self as walk_state, Action, Beat, Ending, Log, Walk};
use crate::prompt::keys::{Key, RawKeys};
use crate::prompt::screen::Screen;
use crate::render::card::StepDetail;
use crate::render::sos::{self as view, CARD_LINES, CardRegion};
use crate::render::style::{Line, Span, theme};
use crate::settings::Settings;
use crate::store::Store;
use crate::store::sos::{SOS, role};
use crate::tr;
use crate::ui::Ui;
use anyhow::Context;
use chrono::{DateTime, FixedOffset};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

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
            let store = Store::from_settings(settings)?;
            let now = settings.clock.now();
            match name {
                None => list_logs(ui, &store, json, settings.lang),
                Some(name) => show_log(ui, &store, &name, json, now, settings.lang),
            }
        }
        None => {
            let found = sos::load_in(settings.lang).context(super::BROKEN_CONTENT)?;
            let sos = found.value;
            let (household, mut warning) =
                super::household::for_sos(settings, &sos, args.plan.as_deref());
            if found.fell_back {
                // Said with the warnings below the card, so the card keeps its room.
                let line = crate::tr!(settings.lang, "fallback-card");
                warning = Some(match warning {
                    Some(w) => format!("{line} {w}"),
                    None => line,
                });
            }
            if !(args.walk && ui.can_prompt()) {
                // After the card, never in it: an expired naloxone, on stderr.
                // The card leaves it room, so the number stays on the screen.
                let reminders = super::reminders::gather(settings, false, ui.width()).lines;
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
            match Store::from_settings(settings) {
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
fn print_card(
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

/// What the walk does with a key.
fn action(key: Key) -> Option<Action> {
    Some(match key {
        Key::Enter | Key::Char(' ') | Key::Right => Action::Done,
        Key::Char('s' | 'S') => Action::Skip,
        Key::Char('b' | 'B') | Key::Left => Action::Back,
        Key::Char('n' | 'N') => Action::AnotherDose,
        Key::Char('p' | 'P') => Action::Pacer,
        Key::Char('q' | 'Q') | Key::Eof => Action::Quit,
        Key::CtrlC => Action::Interrupt,
        Key::Char(_) => Action::Other,
    })
}

/// How often the screen is refreshed while waiting for a key.
const TICK: Duration = Duration::from_millis(200);

fn walk(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    sos: &Sos,
    household: &[StepDetail],
) -> anyhow::Result<()> {
    let clock = &settings.clock;
    let region = settings.region;
    let started = clock.now();
    let steps = view::walk_steps(sos, region, household);
    let mut walk = Walk::new(steps, Log::new(started, region.code)).in_lang(settings.lang);
    let mut slot = store.new_log_slot(started);
    let mut path = store.log_path(&slot.name());

    // Ctrl-C arrives as a key in raw mode; a signal (SIGINT from elsewhere,
    // SIGTERM, or SIGHUP when the window closes) sets this, and the walk ends
    // as after Ctrl-C: the log saved, the terminal given back, the log printed.
    let interrupted = Arc::new(AtomicBool::new(false));
    {
        let flag = interrupted.clone();
        let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    }
    let Ok(mut keys) = RawKeys::new() else {
        // Not a terminal we can read keys from after all: the card still helps.
        return print_card(ui, settings, sos, household, 0);
    };
    let plain = ui.plain() || ui.dumb_terminal();
    let mut screen = Screen::new(ui.err_color(), plain)?;
    let mut saved: Result<bool, String> = Ok(false);
    let mut said = Said::default();
    // A signal ended the walk, not a key.
    let mut signalled = false;
    // The terminal failed (it went away): the walk ends, its log saved.
    let mut failed: Option<std::io::Error> = None;
    loop {
        let read = draw(
            &mut walk,
            &mut screen,
            &mut said,
            &saved,
            plain,
            region.emergency,
            clock.now(),
        )
        .and_then(|()| keys.next(wait(&walk, clock)));
        let act = if interrupted.swap(false, Ordering::SeqCst) {
            signalled = true;
            Some(Action::Interrupt)
        } else {
            match read {
                Ok(key) => key.and_then(action),
                Err(e) => {
                    failed = Some(e);
                    Some(Action::Interrupt)
                }
            }
        };
        let Some(act) = act else { continue };
        let asking_before = walk.confirming_dose().is_some();
        let change = walk.press(act, clock.now());
        if !asking_before && walk.confirming_dose().is_some() {
            // A question about a dose is answered only by a key pressed
            // after it is shown: keys mashed before it never log a dose.
            keys.discard_pending();
        }
        if (change.logged || change.ended) && !walk.log().events.is_empty() {
            saved = match store.save_log(&mut slot, walk.log(), &brief(walk.log(), walk.lang())) {
                Ok(at) => {
                    path = at;
                    Ok(true)
                }
                Err(e) => Err(e.root_cause().to_string()),
            };
        }
        if change.ended {
            break;
        }
    }
    screen.leave();
    drop(keys);
    if let Some(e) = failed {
        // The log is saved; printing it may fail too, but try.
        let _ = ui.print_lines(&view::log_lines(
            walk.log(),
            Some(clock.now()),
            settings.lang,
        ));
        return Err(e.into());
    }
    let log = walk.log();
    let lang = settings.lang;
    ui.print_lines(&view::log_lines(log, Some(clock.now()), lang))?;
    ui.flush()?;
    match &saved {
        Ok(true) => {
            if store.state() == crate::store::crypt::State::Plain {
                ui.message(&tr!(lang, "walk-saved", path = path.display().to_string()));
            } else {
                ui.message(&tr!(
                    lang,
                    "walk-saved-encrypted",
                    path = store.root().display().to_string()
                ));
            }
            ui.hint(&tr!(lang, "walk-past-walks"));
        }
        Ok(false) => ui.message(&tr!(lang, "walk-nothing-saved")),
        Err(e) => ui.warn(&tr!(
            lang,
            "walk-not-saved",
            path = store.root().display().to_string(),
            error = e.to_string()
        )),
    }
    if walk.ending() == Some(Ending::Interrupted) {
        let how = if signalled {
            tr!(lang, "walk-stopped-signal")
        } else {
            tr!(lang, "walk-stopped-ctrl-c")
        };
        return Err(UserError::interrupted(how).into());
    }
    Ok(())
}

/// How long to wait for a key: until the pacer's next beat, so that each
/// beat is drawn and rung on time (a steady beat, not one on the next
/// redraw), else [`TICK`].
fn wait(walk: &Walk, clock: &crate::clock::Clock) -> Duration {
    walk.pace(clock.now())
        .and_then(|pace| clock.real_duration(pace.next.to_std().ok()?))
        // A millisecond late rather than early: the beat has then fallen.
        .map_or(TICK, |d| (d + Duration::from_millis(1)).min(TICK))
}

/// The log's summary, for the top of its file.
fn brief(log: &Log, lang: crate::i18n::Lang) -> Vec<String> {
    view::summary(log, None, lang)
        .into_iter()
        .map(|(label, value)| format!("{label}: {value}"))
        .collect()
}

/// Draws the walk at `now` (or, in plain mode, says what is new), with the
/// bell when a countdown ends and on each beat of the pacer.
fn draw(
    walk: &mut Walk,
    screen: &mut Screen,
    said: &mut Said,
    saved: &Result<bool, String>,
    plain: bool,
    emergency: &str,
    now: DateTime<FixedOffset>,
) -> std::io::Result<()> {
    let mut bell = walk.take_bell(now);
    let beat = walk.pace(now).map(|p| (p.beat, p.count));
    if beat.is_some() && said.beat != beat {
        bell = true;
    }
    said.beat = beat;
    if plain {
        screen.say(&said.news(walk, emergency, now))?;
    } else {
        let (width, height) = screen.size();
        let mut lines = view::screen(walk, emergency, now, width, height);
        if let Err(e) = saved {
            let warning = crate::render::wrap::wrap_text(
                &format!("The log cannot be saved ({e}). Keep going: it is shown at the end."),
                theme::WARNING,
                width,
                &vec![],
                &vec![],
            );
            for (i, line) in warning.into_iter().enumerate() {
                lines.insert(1 + i, line);
            }
        }
        screen.draw(&lines)?;
    }
    if bell {
        screen.bell()?;
    }
    Ok(())
}

/// What plain mode has already said, so each thing is said once.
#[derive(Default)]
struct Said {
    step: Option<usize>,
    events: usize,
    dose_ready: Option<DateTime<FixedOffset>>,
    /// The pacer's last beat rung, and the last one said.
    beat: Option<(Beat, i64)>,
    spoken_beat: Option<(Beat, i64)>,
    /// The question a too-early Enter on a dose step asks, once per asking.
    confirming: bool,
}

impl Said {
    /// The lines to say now: a new step, what was just logged, the timer
    /// reaching zero, each breath of the pacer.
    fn news(&mut self, walk: &Walk, emergency: &str, now: DateTime<FixedOffset>) -> Vec<Line> {
        let mut lines: Vec<Line> = Vec::new();
        let lang = walk.lang();
        let events = &walk.log().events;
        for e in &events[self.events.min(events.len())..] {
            lines.push(vec![Span::plain(tr!(
                lang,
                "walk-noted",
                time = view::clock_time(e.at),
                what = e.what.as_str()
            ))]);
            if e.dose {
                lines.push(vec![Span::plain(tr!(
                    lang,
                    "walk-next-dose-at",
                    at = view::clock_time(e.at + crate::progress::walk::DOSE_INTERVAL)
                ))]);
            }
        }
        self.events = events.len();
        if let crate::progress::walk::DoseStatus::MayRepeat { at, .. } = walk.dose_status(now)
            && self.dose_ready != Some(at)
        {
            self.dose_ready = Some(at);
            lines.push(vec![Span::new(
                tr!(lang, "walk-two-minutes", time = view::clock_time(now)),
                theme::URGENT,
            )]);
        }
        if self.step != Some(walk.position()) {
            self.step = Some(walk.position());
            let step = walk.step();
            lines.push(vec![]);
            lines.push(vec![Span::new(
                format!(
                    "{}. {}",
                    tr!(
                        lang,
                        "walk-step-of",
                        n = walk.position() + 1,
                        total = walk.steps().len()
                    ),
                    step.walk
                ),
                theme::STRONG,
            )]);
            for d in &step.detail {
                lines.push(vec![Span::plain(d.clone())]);
            }
            for h in &step.household {
                lines.push(vec![Span::new(h.clone(), theme::STRONG)]);
            }
            if let Some(done) = view::done_already_line(walk) {
                lines.push(vec![Span::plain(done)]);
            }
            if step.id == "stay-with-them"
                && let Some(last) = events.iter().rev().find(|e| e.dose)
            {
                lines.push(vec![Span::plain(tr!(
                    lang,
                    "walk-last-dose",
                    at = view::clock_time(last.at),
                    ago = crate::i18n::duration(lang, now - last.at)
                ))]);
            }
            lines.push(vec![Span::new(
                tr!(
                    lang,
                    "walk-keys-line",
                    keys = view::keys(walk, ", "),
                    emergency = emergency
                ),
                theme::DIM,
            )]);
        }
        match view::confirm_line(walk, now) {
            Some(question) if !self.confirming => {
                self.confirming = true;
                lines.push(vec![Span::new(question, theme::URGENT)]);
            }
            Some(_) => {}
            None => self.confirming = false,
        }
        // Breaths are said one by one; pushes come too fast to say, so the
        // bell keeps their beat, and the end of each round of 30 is said.
        match walk.pace(now) {
            Some(pace) if self.spoken_beat != Some((pace.beat, pace.count)) => {
                if pace.beat == Beat::Pushes && self.spoken_beat.is_none() {
                    lines.push(vec![Span::plain(tr!(
                        lang,
                        "walk-cpr-pacer-on",
                        rate = walk_state::PUSHES_PER_MINUTE
                    ))]);
                }
                self.spoken_beat = Some((pace.beat, pace.count));
                match pace.beat {
                    Beat::Breaths => {
                        lines.push(vec![Span::plain(tr!(lang, "walk-breathe", n = pace.count))]);
                    }
                    Beat::Pushes if pace.in_round() == walk_state::PUSHES_PER_ROUND => {
                        lines.push(vec![Span::plain(tr!(
                            lang,
                            "walk-pushes-round",
                            n = walk_state::PUSHES_PER_ROUND
                        ))]);
                    }
                    Beat::Pushes => {}
                }
            }
            Some(_) => {}
            None => self.spoken_beat = None,
        }
        lines
    }
}

/// A saved log, in a list.
#[derive(Serialize)]
struct LogJson {
    name: String,
    #[serde(flatten)]
    log: Log,
}

/// The saved logs' names, oldest first: by start time, then `-2`, `-3` ...
/// in number order (so `-10` comes after `-9`, not after `-1`).
fn log_names(store: &Store) -> anyhow::Result<Vec<String>> {
    let mut names = store.names(SOS)?;
    names.sort_by_cached_key(|name| match name.rsplit_once('-') {
        Some((stem, n)) if stem.len() >= 19 && n.parse::<u32>().is_ok() => {
            (stem.to_string(), n.parse::<u32>().unwrap_or(0))
        }
        _ => (name.clone(), 1),
    });
    Ok(names)
}

fn list_logs(
    ui: &mut Ui,
    store: &Store,
    json: bool,
    lang: crate::i18n::Lang,
) -> anyhow::Result<()> {
    let names = log_names(store)?;
    let mut logs = Vec::new();
    let mut unreadable = Vec::new();
    for name in names {
        match store.read::<Log>(&store.log_path(&name), &role(&name)) {
            Ok(Some(log)) => logs.push(LogJson { name, log }),
            Ok(None) => {}
            Err(e) => unreadable.push(format!("{name}: {e}")),
        }
    }
    if json {
        ui.print_json(&logs)?;
    } else if logs.is_empty() {
        ui.message(&tr!(lang, "log-none-yet"));
        ui.hint(&tr!(lang, "log-how"));
    } else {
        // Names are 19 characters, more with `-2`: the column fits the longest.
        let column = logs
            .iter()
            .map(|l| l.name.chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        let mut lines = Vec::new();
        for l in &logs {
            lines.push(vec![
                Span::new(format!("{:<column$}", l.name), theme::STRONG),
                Span::plain(tr!(
                    lang,
                    "log-list-entry",
                    started = format!(
                        "{} {}",
                        crate::i18n::short_date(lang, l.log.started),
                        view::clock_time(l.log.started)
                    ),
                    steps = l.log.events.len(),
                    doses = l.log.doses(),
                    ending = l.log.ending.map(Ending::name).unwrap_or("unfinished")
                )),
            ]);
        }
        ui.print_lines(&lines)?;
        ui.hint(&tr!(lang, "log-show-one"));
    }
    for problem in unreadable {
        ui.warn(&problem);
    }
    Ok(())
}

fn show_log(
    ui: &mut Ui,
    store: &Store,
    name: &str,
    json: bool,
    now: DateTime<FixedOffset>,
    lang: crate::i18n::Lang,
) -> anyhow::Result<()> {
    let names = log_names(store)?;
    if name == "last" || name == "latest" {
        return show_newest(ui, store, &names, json, now, lang);
    }
    let name = {
        let name = name.trim_end_matches(".yaml").to_string();
        if !names.contains(&name) {
            let mut err = UserError::new(format!(
                "There is no overdose log called {}.",
                crate::error::quoted(&name)
            ));
            err = match names.last() {
                Some(last) => err
                    .hint("See them all with `kinship sos log`.")
                    .hint(format!("The newest is {last}.")),
                None => err.hint("No overdose walk has been logged yet."),
            };
            return Err(err.into());
        }
        name
    };
    let Some(log) = store.read::<Log>(&store.log_path(&name), &role(&name))? else {
        return Err(UserError::new(format!(
            "The overdose log {} has just gone.",
            crate::error::quoted(&name)
        ))
        .into());
    };
    print_log(ui, name, log, json, now, lang)
}

/// `sos log last`: the newest log that can be read, with a warning for each
/// newer one that cannot (a broken file must not hide the last walk).
fn show_newest(
    ui: &mut Ui,
    store: &Store,
    names: &[String],
    json: bool,
    now: DateTime<FixedOffset>,
    lang: crate::i18n::Lang,
) -> anyhow::Result<()> {
    let mut broken = Vec::new();
    let mut found = None;
    for name in names.iter().rev() {
        match store.read::<Log>(&store.log_path(name), &role(name)) {
            Ok(Some(log)) => {
                found = Some((name.clone(), log));
                break;
            }
            Ok(None) => {}
            Err(e) => broken.push(e),
        }
    }
    for e in &broken {
        ui.warn(&format!("{e} Showing an older log instead."));
    }
    let Some((name, log)) = found else {
        let mut err = UserError::new("No overdose walk has been logged yet.");
        if !broken.is_empty() {
            err = UserError::new("No saved overdose log can be read.").hint(
                "Each broken file is named above; fix it by hand or move it out of the folder.",
            );
        }
        return Err(err
            .hint("`kinship sos --walk` logs each step, with its time, as you go.")
            .into());
    };
    print_log(ui, name, log, json, now, lang)
}

fn print_log(
    ui: &mut Ui,
    name: String,
    log: Log,
    json: bool,
    now: DateTime<FixedOffset>,
    lang: crate::i18n::Lang,
) -> anyhow::Result<()> {
    if json {
        ui.print_json(&LogJson { name, log })?;
        return Ok(());
    }
    let mut lines = view::log_lines(&log, Some(now), lang);
    lines.push(vec![]);
    let ended = match (log.ending, log.ended) {
        (Some(ending), Some(at)) => tr!(
            lang,
            "log-ended",
            how = ending.name(),
            at = view::clock_time(at)
        ),
        _ => tr!(lang, "log-not-finished"),
    };
    lines.push(vec![Span::new(
        tr!(
            lang,
            "log-region",
            region = log.region.as_str(),
            ended = ended
        ),
        theme::DIM,
    )]);
    ui.print_lines(&lines)?;
    Ok(())
}
