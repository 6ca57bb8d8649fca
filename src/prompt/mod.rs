//! Asking the user things: a small `Prompter` trait, its terminal implementation
//! (the only place that names dialoguer), a plain one for screen readers, and a
//! scripted one that only tests have.

mod form;
mod line;
mod list;
mod plain;
pub mod screen;
#[cfg(test)]
mod scripted;
mod term;
pub mod tty;

pub use form::{Asking, Esc, Question, Reply};
pub use plain::PlainPrompter;
#[cfg(test)]
pub use scripted::{Scripted, ScriptedPrompter};
pub use term::TermPrompter;

use crate::render::style::Line;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

/// A checklist as the interactive view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistView {
    pub title: String,
    pub done: usize,
    pub total: usize,
    pub rows: Vec<Row>,
}

/// A line of the checklist view: a section title, an item, or (at the end,
/// read-only) a saved item the checklist no longer has.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Section(String),
    Item(ItemView),
    Retired(RetiredView),
}

/// A saved item the checklist no longer has: shown so its tick and note are
/// not hidden, but it cannot be chosen, ticked or changed.
#[derive(Debug, Clone, PartialEq)]
pub struct RetiredView {
    pub id: String,
    pub done: bool,
    pub note: Option<String>,
}

/// What marks a retired item in the interactive list.
pub fn retired_mark() -> String {
    crate::content::i18n::t!("prompt-list-retired-mark")
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemView {
    pub text: String,
    pub done: bool,
    pub urgent: bool,
    /// The user's note on it, shown under it.
    pub note: Option<String>,
    pub has_more: bool,
    pub has_guide: bool,
}

impl ChecklistView {
    /// The items alone, in order: what action indexes refer to.
    pub fn items(&self) -> impl Iterator<Item = &ItemView> {
        self.rows.iter().filter_map(|r| match r {
            Row::Item(i) => Some(i),
            Row::Section(_) | Row::Retired(_) => None,
        })
    }

    pub fn item_count(&self) -> usize {
        self.items().count()
    }
}

/// What the user did in the checklist view; indexes count items only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    Toggle(usize),
    Details(usize),
    Note(usize),
    Guide(usize),
    /// q or Esc: done for now.
    Quit,
    /// Ctrl-C.
    Interrupted,
}

/// Everything kinship asks interactively goes through here.
pub trait Prompter {
    /// Shows the checklist and waits for one action. `cursor` is the selected
    /// item, kept between calls.
    fn checklist(&mut self, view: &ChecklistView, cursor: &mut usize) -> io::Result<ListAction>;

    /// Asks for the note on item `index` of the checklist on screen, starting
    /// from `initial`; `None` when the user gives up. `prompt` says what is
    /// asked, for a prompter that asks it as a question of its own (the
    /// default); the terminal one edits the note in the list, under its item.
    fn note(
        &mut self,
        view: &ChecklistView,
        index: usize,
        prompt: &str,
        initial: &str,
    ) -> io::Result<Option<String>> {
        let _ = (view, index);
        self.input(prompt, initial)
    }

    /// Asks for one line of text, starting from `initial`. `None` when the user
    /// gives up (Esc, end of input).
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>>;

    /// Asks a yes-or-no question.
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool>;

    /// Shows a page of text and waits until the user has read it.
    fn show(&mut self, lines: &[Line]) -> io::Result<()>;

    /// Shows a page that never goes through a pager (the overdose guide: no
    /// pager to learn or quit in an emergency), then waits the same way.
    fn show_unpaged(&mut self, lines: &[Line]) -> io::Result<()> {
        self.show(lines)
    }

    /// Says something short (a confirmation, a warning) on the prompt's screen.
    fn say(&mut self, text: &str) -> io::Result<()>;

    /// Asks for one of `items`; `None` when the user backs out (Esc, q, end
    /// of input).
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>>;

    /// Asks for any of `items`, starting from `checked`; `None` when the user
    /// backs out.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Option<Vec<usize>>>;

    /// Asks for text that may run to paragraphs (a letter), starting from
    /// `initial`. `None` when the user gives up.
    fn long_text(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>>;

    /// Asks one question of a form, with its keys said under it: the
    /// answer, or the user going back a question or out to the sections.
    /// By default, through the questions above (with no back key).
    fn ask(&mut self, question: &Question) -> io::Result<Reply> {
        form::ask_plainly(self, question)
    }
}

/// Restores the terminal for anything that ends the process from a prompt:
/// a Ctrl-C that the terminal turned into a signal (inside a dialoguer prompt),
/// SIGTERM, or SIGHUP when the window closes. The terminal's settings go back
/// to what they were here (a prompt may have it in raw mode), the cursor is
/// shown, and kinship exits like a shell would. While the terminal is lent to
/// another program (see [`LentTerminal`]), a signal is only noted: kinship
/// waits for that program to end first.
pub fn install_interrupt_handler() {
    let before = tty::TtyState::save();
    let installed = ctrlc::set_handler(move || {
        use std::io::Write;
        if LENT.load(Ordering::SeqCst) {
            STOPPED_WHILE_LENT.store(true, Ordering::SeqCst);
            return;
        }
        if let Some(before) = &before {
            before.restore();
        }
        let mut err = io::stderr();
        if io::IsTerminal::is_terminal(&err) {
            let _ = write!(err, "\x1b[?25h");
            let _ = err.flush();
        }
        // The prompt the signal interrupted may already be ending kinship
        // (an interrupted read becomes "Stopped" and exit 130): then leave
        // it to finish saying so, rather than exit under it mid-sentence.
        if crate::ui::claim_stop_message() {
            let _ = write!(err, "\n{}\n", crate::content::i18n::t!("prompt-stopped"));
            let _ = err.flush();
            std::process::exit(i32::from(crate::ui::stop_exit_code()));
        }
    });
    if installed.is_ok() {
        note_which_signal();
    }
}

/// The handler ctrlc installed for SIGTERM and SIGHUP (the same one), which
/// [`noting_handler`] passes each signal on to.
static CTRLC_HANDLER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// ctrlc runs one handler for every signal without saying which: a thin
/// handler in front of its own notes SIGTERM and SIGHUP first, so kinship
/// exits 143 or 129 for them as a shell expects, and 130 only for Ctrl-C.
fn note_which_signal() {
    for signal in [libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: sigaction with a zeroed, then filled, struct; the handler
        // only stores an atomic and calls ctrlc's handler, both
        // async-signal-safe.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = noting_handler as extern "C" fn(libc::c_int) as usize;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(signal, &action, &mut old) == 0 {
                CTRLC_HANDLER.store(old.sa_sigaction, Ordering::SeqCst);
            }
        }
    }
}

extern "C" fn noting_handler(signal: libc::c_int) {
    crate::ui::note_stop_signal(signal);
    let next = CTRLC_HANDLER.load(Ordering::SeqCst);
    if next != libc::SIG_DFL
        && next != libc::SIG_IGN
        && next != noting_handler as extern "C" fn(libc::c_int) as usize
    {
        // SAFETY: `next` is the plain handler ctrlc installed with sigaction.
        let next: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(next) };
        next(signal);
    }
}

/// The terminal is lent to another program.
static LENT: AtomicBool = AtomicBool::new(false);
/// Ctrl-C was pressed while it was.
static STOPPED_WHILE_LENT: AtomicBool = AtomicBool::new(false);

/// The terminal, lent to another program (the pager) for as long as this
/// lives. That program owns the screen and the keys, so a Ctrl-C is its to
/// handle: kinship must not end under it and leave the terminal as the pager
/// set it (no echo, no line editing). When the loan ends, the terminal's
/// settings are put back as they were, and [`LentTerminal::take_back`] says
/// whether the user pressed Ctrl-C meanwhile, so the caller can stop cleanly.
pub struct LentTerminal {
    saved: Option<tty::TtyState>,
}

impl LentTerminal {
    pub fn lend() -> LentTerminal {
        install_interrupt_handler();
        STOPPED_WHILE_LENT.store(false, Ordering::SeqCst);
        LENT.store(true, Ordering::SeqCst);
        LentTerminal {
            saved: tty::TtyState::save(),
        }
    }

    /// Ends the loan; true when Ctrl-C was pressed during it.
    pub fn take_back(self) -> bool {
        drop(self);
        STOPPED_WHILE_LENT.swap(false, Ordering::SeqCst)
    }
}

impl Drop for LentTerminal {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            saved.restore();
        }
        LENT.store(false, Ordering::SeqCst);
    }
}
