//! `kinship sos --walk`: the steps one at a time, with timers, the CPR pacer
//! and the log, drawn in place (line by line on a dumb terminal).

use super::print_card;
use crate::content::i18n::tr;
use crate::content::sos::Sos;
use crate::error::UserError;
use crate::progress::walk::{self as walk_state, Action, Beat, Ending, Log, Walk};
use crate::prompt::screen::Screen;
use crate::prompt::tty::{Key, RawKeys};
use crate::render::card::StepDetail;
use crate::render::sos::{self as view};
use crate::render::style::{Line, Span, theme};
use crate::settings::Settings;
use crate::store::Store;
use crate::ui::Ui;
use chrono::{DateTime, FixedOffset};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// What the walk does with a key.
pub(super) fn action(key: Key) -> Option<Action> {
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

pub(super) fn walk(
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
pub(super) fn wait(walk: &Walk, clock: &crate::clock::Clock) -> Duration {
    walk.pace(clock.now())
        .and_then(|pace| clock.real_duration(pace.next.to_std().ok()?))
        // A millisecond late rather than early: the beat has then fallen.
        .map_or(TICK, |d| (d + Duration::from_millis(1)).min(TICK))
}

/// The log's summary, for the top of its file.
pub(super) fn brief(log: &Log, lang: crate::content::i18n::Lang) -> Vec<String> {
    view::summary(log, None, lang)
        .into_iter()
        .map(|(label, value)| format!("{label}: {value}"))
        .collect()
}

/// Draws the walk at `now` (or, in plain mode, says what is new), with the
/// bell when a countdown ends and on each beat of the pacer.
pub(super) fn draw(
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
        let (width, _) = screen.size();
        screen.say(&said.news(walk, emergency, width, now))?;
    } else {
        let (width, height) = screen.size();
        let mut lines = view::screen(walk, emergency, now, width, height);
        if let Err(e) = saved {
            let warning = crate::render::wrap::wrap_text(
                &tr!(walk.lang(), "walk-log-not-saved", problem = e.to_string()),
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
pub(super) struct Said {
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
    fn news(
        &mut self,
        walk: &Walk,
        emergency: &str,
        width: usize,
        now: DateTime<FixedOffset>,
    ) -> Vec<Line> {
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
                    ago = crate::content::i18n::duration(lang, now - last.at)
                ))]);
            }
            for keys in view::plain_keys(walk, emergency, width) {
                lines.push(vec![Span::new(keys, theme::DIM)]);
            }
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
