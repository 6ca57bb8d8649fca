//! Every byte the user sees: stdout and stderr, the colour policy, the width,
//! and whether kinship may prompt.

use crate::content::i18n::t;
use crate::env::Env;
use crate::error::{UserError, is_broken_pipe};
use crate::render::style::{Color, Line, Style, printable, theme};
use crate::render::terminal::Layout;
use crate::settings::{ColorChoice, Settings};
use std::io::{self, Write};
#[cfg(test)]
use std::sync::{Arc, Mutex};

/// The widest prose kinship writes, however wide the terminal.
pub const MAX_PROSE_WIDTH: usize = 100;

/// The user's terminal (or pipe): where output goes and how it may look.
pub struct Ui {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    out_color: bool,
    err_color: bool,
    width: usize,
    /// The width of stderr's terminal, where prompts are drawn.
    err_width: usize,
    /// Stderr is a terminal: messages are wrapped at spaces to its width.
    err_tty: bool,
    plain: bool,
    can_prompt: bool,
    stdout_tty: bool,
    /// The pager command for long output, when paging is allowed.
    pager: Option<String>,
    /// The terminal's height: output taller than this is paged.
    height: usize,
    /// `TERM=dumb`: no colour, and no screen drawn in place.
    dumb: bool,
    /// In tests, where a [`Notifier`] writes (the captured stderr).
    #[cfg(test)]
    err_copy: Option<Captured>,
    /// `--quiet`: messages and hints are not said (warnings and errors are).
    quiet: bool,
    /// `--no-input` on a terminal: a "no terminal to ask in" error says why.
    no_input_on_terminal: bool,
}

/// Says one line on stderr, as [`Ui::message`] does, from any thread.
#[derive(Clone)]
pub struct Notifier {
    /// In tests, the captured stderr.
    #[cfg(test)]
    sink: Option<Captured>,
}

impl Notifier {
    pub fn say(&self, text: &str) {
        let text = printable(text);
        #[cfg(test)]
        if let Some(captured) = &self.sink {
            let _ = writeln!(captured.clone(), "{text}");
            return;
        }
        let mut err = io::stderr().lock();
        let _ = writeln!(err, "{text}");
        let _ = err.flush();
    }
}

impl Ui {
    /// The real terminal, with colour and width decided once.
    pub fn new(settings: &Settings, env: &Env) -> Ui {
        let dumb = env.var("TERM") == Some("dumb");
        let decide = |tty: bool| match settings.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !dumb,
        };
        Ui {
            out: stdout(env),
            err: Box::new(io::stderr()),
            out_color: decide(env.stdout_tty),
            err_color: decide(env.stderr_tty),
            width: settings.width.or(env.terminal_width).unwrap_or(80),
            err_width: settings
                .width
                .or(env.stderr_width)
                .or(env.terminal_width)
                .unwrap_or(80),
            err_tty: env.stderr_tty,
            plain: settings.plain,
            can_prompt: env.stdin_tty && env.stderr_tty && !settings.no_input,
            stdout_tty: env.stdout_tty,
            pager: settings.pager.clone(),
            height: env.terminal_height.unwrap_or(24),
            dumb,
            #[cfg(test)]
            err_copy: None,
            quiet: settings.quiet,
            no_input_on_terminal: settings.no_input && env.stdin_tty && env.stderr_tty,
        }
    }

    /// A Ui with no settings yet, for errors found while resolving them.
    pub fn bare(env: &Env) -> Ui {
        Ui {
            out: stdout(env),
            err: Box::new(io::stderr()),
            out_color: false,
            err_color: env.stderr_tty
                && env.var("NO_COLOR").is_none()
                && env.var("ACCESSIBLE").is_none_or(|v| v == "0"),
            width: env.terminal_width.unwrap_or(80),
            err_width: env.stderr_width.unwrap_or(80),
            err_tty: env.stderr_tty,
            plain: false,
            can_prompt: false,
            stdout_tty: env.stdout_tty,
            pager: None,
            height: 24,
            dumb: false,
            #[cfg(test)]
            err_copy: None,
            quiet: false,
            no_input_on_terminal: false,
        }
    }

    /// A Ui that writes into buffers, for tests: (ui, stdout, stderr).
    #[cfg(test)]
    pub fn capture(width: usize, color: bool) -> (Ui, Captured, Captured) {
        let out = Captured::default();
        let err = Captured::default();
        let ui = Ui {
            out: Box::new(out.clone()),
            err: Box::new(err.clone()),
            out_color: color,
            err_color: false,
            width,
            err_width: width,
            err_tty: false,
            plain: false,
            can_prompt: false,
            stdout_tty: false,
            pager: None,
            height: 24,
            dumb: false,
            err_copy: Some(err.clone()),
            quiet: false,
            no_input_on_terminal: false,
        };
        (ui, out, err)
    }

    /// The layout for prose on stdout.
    pub fn layout(&self) -> Layout {
        Layout {
            width: self.width.min(MAX_PROSE_WIDTH),
            color: self.out_color,
            plain: self.plain,
        }
    }

    pub fn stdout_is_terminal(&self) -> bool {
        self.stdout_tty
    }

    pub fn plain(&self) -> bool {
        self.plain
    }

    /// True when prompts must be said line by line, never redrawn in place
    /// or with the cursor hidden: accessible mode, or a terminal that cannot
    /// take escape codes (`TERM=dumb`).
    pub fn plain_prompts(&self) -> bool {
        self.plain || self.dumb
    }

    /// Whether prompts and messages on stderr may be coloured.
    pub fn err_color(&self) -> bool {
        self.err_color
    }

    /// True on a terminal that cannot draw a screen in place (`TERM=dumb`).
    pub fn dumb_terminal(&self) -> bool {
        self.dumb
    }

    /// True when interactive prompts can work: stdin and stderr are terminals.
    pub fn can_prompt(&self) -> bool {
        self.can_prompt
    }

    /// Writes styled lines to stdout.
    pub fn print_lines(&mut self, lines: &[Line]) -> io::Result<()> {
        if !self.out_color {
            // What `paint` makes without colour, in one buffer for every line.
            let mut text = String::new();
            for line in lines {
                text.clear();
                for span in line {
                    text.push_str(&crate::render::style::printable(&span.text));
                }
                self.out.write_all(text.trim_end_matches(' ').as_bytes())?;
                self.out.write_all(b"\n")?;
            }
            return Ok(());
        }
        for line in lines {
            let text = paint(line, self.out_color);
            writeln!(self.out, "{}", text.trim_end_matches(' '))?;
        }
        Ok(())
    }

    /// Writes long output: through the pager when stdout is a terminal, paging
    /// is allowed and the text is taller than the screen; otherwise as is. A
    /// pager that cannot start falls back to plain output.
    pub fn print_long(&mut self, lines: &[Line]) -> io::Result<()> {
        if let Some(pager) = self.pager.clone()
            && self.stdout_tty
            && lines.len() >= self.height
        {
            let text: String = lines
                .iter()
                .map(|l| paint(l, self.out_color).trim_end_matches(' ').to_string() + "\n")
                .collect();
            self.out.flush()?;
            match run_pager(&pager, &text, None) {
                Paged::Yes => return Ok(()),
                Paged::NotStarted => {
                    // Said once, in kinship's words; the shell's own
                    // "not found" is not shown.
                    self.pager = None;
                    self.warn(&t!("core-no-pager", pager = format!("{pager:?}")));
                }
                Paged::Broke => {}
            }
        }
        self.print_lines(lines)
    }

    /// Writes bytes to stdout as they are (a completion script, a man page).
    pub fn write_bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    /// Whether stdout may be coloured.
    pub fn color_on_stdout(&self) -> bool {
        self.out_color
    }

    /// The width for prose in prompts on stderr: the width asked for, else
    /// stderr's terminal, capped like prose on stdout.
    pub fn prompt_width(&self) -> usize {
        self.err_width.min(MAX_PROSE_WIDTH)
    }

    /// The width of the screen (or the width asked for), before the prose cap.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Writes a line of plain text to stdout.
    pub fn println(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{}", printable(text))
    }

    /// Writes a value as pretty JSON to stdout, with control and
    /// bidirectional characters escaped (see [`crate::render::style::json_safe`]).
    pub fn print_json<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> anyhow::Result<()> {
        let json = crate::render::style::json_safe(serde_json::to_string_pretty(value)?);
        writeln!(self.out, "{json}")?;
        Ok(())
    }

    /// A handle for saying a line on stderr from where the `Ui` cannot be
    /// reached (the store, waiting for a lock).
    pub fn notifier(&self) -> Notifier {
        Notifier {
            #[cfg(test)]
            sink: self.err_copy.clone(),
        }
    }

    /// A captured `Ui` that is quiet, as with `--quiet`.
    pub fn quietly(mut self) -> Ui {
        self.quiet = true;
        self
    }

    /// Writes a message to stderr (progress, confirmations); nothing with `--quiet`.
    pub fn message(&mut self, text: &str) {
        if self.quiet {
            return;
        }
        self.before_stderr();
        let _ = writeln!(self.err, "{}", printable(text));
    }

    /// Writes a warning to stderr.
    pub fn warn(&mut self, text: &str) {
        self.labelled(&t!("label-warning"), theme::WARNING, text);
    }

    /// Writes a hint to stderr; nothing with `--quiet`.
    pub fn hint(&mut self, text: &str) {
        if self.quiet {
            return;
        }
        self.labelled(&t!("label-hint"), theme::HINT, text);
    }

    /// "label: text" on stderr. On a terminal the text is wrapped at spaces,
    /// under itself, so no word is cut in two at the screen's edge; piped, each
    /// message stays one line for grep.
    fn labelled(&mut self, label: &str, style: Style, text: &str) {
        self.before_stderr();
        if !self.err_tty {
            let label = self.err_paint(label, style);
            let _ = writeln!(self.err, "{label} {}", printable(text));
            return;
        }
        use crate::render::style::Span;
        let width = self.prompt_width();
        let hang = label.chars().count() + 1;
        for (i, line) in text.split('\n').enumerate() {
            let indent = if i == 0 {
                hang
            } else {
                line.len() - line.trim_start().len()
            };
            let first = if i == 0 {
                vec![Span::new(label, style), Span::plain(" ")]
            } else {
                vec![Span::plain(" ".repeat(indent))]
            };
            let rest = vec![Span::plain(" ".repeat(indent))];
            let lines = crate::render::wrap::wrap_text(
                line.trim_start(),
                Style::PLAIN,
                width,
                &first,
                &rest,
            );
            if lines.is_empty() {
                let _ = writeln!(self.err);
            }
            for l in lines {
                let _ = writeln!(self.err, "{}", paint(&l, self.err_color).trim_end());
            }
        }
    }

    /// What was printed on stdout goes out before a line on stderr, so that
    /// on a terminal the two come in the order they were said (a reminder
    /// after the card, never above its emergency line). A closed stdout is
    /// reported by the last flush, not here.
    fn before_stderr(&mut self) {
        let _ = self.out.flush();
    }

    fn err_paint(&self, text: &str, style: Style) -> String {
        paint(
            &[crate::render::style::Span::new(text, style)],
            self.err_color,
        )
    }

    /// Prints an error once, with its causes and hints; returns its exit code.
    /// A closed stdout (`| head`) is not an error: it exits quietly with 0.
    pub fn report_error(&mut self, err: &anyhow::Error) -> u8 {
        if is_broken_pipe(err) {
            return 0;
        }
        self.before_stderr();
        let user = crate::error::user_error(err);
        if user.is_some_and(|u| u.kind == crate::error::ErrorKind::Interrupted) {
            if claim_stop_message() {
                let _ = writeln!(self.err, "{}", printable(&err.to_string()));
            }
        } else {
            self.labelled(&t!("label-error"), theme::ERROR, &err.to_string());
        }
        for cause in err.chain().skip(1) {
            if cause.downcast_ref::<UserError>().is_none() {
                let _ = writeln!(
                    self.err,
                    "  {}",
                    printable(&t!("core-because", cause = cause.to_string()))
                );
            }
        }
        if let Some(user) = user {
            // An error's hints are its next step: said even with --quiet.
            for hint in &user.hints {
                self.labelled(&t!("label-hint"), theme::HINT, hint);
            }
            if user.kind == crate::error::ErrorKind::Usage && self.no_input_on_terminal {
                // The message says there is no terminal; there is one, and
                // --no-input is why nothing was asked.
                self.labelled(&t!("label-hint"), theme::HINT, &t!("hint-no-input-here"));
            }
            if user.kind == crate::error::ErrorKind::Interrupted {
                return stop_exit_code();
            }
        }
        crate::error::exit_code(err)
    }

    /// Flushes stdout; a closed pipe is not an error.
    pub fn flush(&mut self) -> io::Result<()> {
        match self.out.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

/// Where output goes: stdout, or, when it was closed, a writer that fails,
/// so the output is not lost without a word.
fn stdout(env: &Env) -> Box<dyn Write> {
    if env.stdout_closed {
        Box::new(ClosedStdout)
    } else {
        Box::new(io::BufWriter::new(io::stdout()))
    }
}

/// Stdout that was closed before kinship started (`>&-`).
struct ClosedStdout;

impl Write for ClosedStdout {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::Error::other(t!("core-stdout-closed")))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// How running the pager went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paged {
    Yes,
    /// The command could not be run at all (not installed, not executable).
    NotStarted,
    /// It ran but the text could not be given to it.
    Broke,
}

/// Runs `pager` through the shell (so a command with quotes works, as in git)
/// with `text` on its input, drawing on `screen` (when given: the terminal
/// itself, for a prompt whose stdout may be a file) or else on stdout. The
/// one way kinship runs a pager. Anything the pager says on stderr is passed
/// on, unless it could not start: then the caller says so in its own words
/// and shows the text itself.
pub fn run_pager(pager: &str, text: &str, screen: Option<std::fs::File>) -> Paged {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(pager)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(screen) = screen {
        command.stdout(Stdio::from(screen));
    }
    let Ok(mut child) = command.spawn() else {
        return Paged::NotStarted;
    };
    let said = child.stderr.take().map(|mut stderr| {
        std::thread::spawn(move || {
            let mut said = Vec::new();
            let _ = stderr.read_to_end(&mut said);
            said
        })
    });
    let wrote = child
        .stdin
        .take()
        .map(|mut stdin| stdin.write_all(text.as_bytes()));
    let status = child.wait();
    let said = said.and_then(|t| t.join().ok()).unwrap_or_default();
    match status {
        // 126 and 127: the shell could not run the command at all.
        Ok(status) if matches!(status.code(), Some(126 | 127)) => Paged::NotStarted,
        Ok(_) => {
            let _ = io::stderr().write_all(&said);
            if matches!(wrote, Some(Err(ref e)) if e.kind() != io::ErrorKind::BrokenPipe) {
                Paged::Broke
            } else {
                Paged::Yes
            }
        }
        Err(_) => Paged::Broke,
    }
}

/// A shared buffer a captured `Ui` writes into (tests only).
#[cfg(test)]
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

#[cfg(test)]
impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[cfg(test)]
impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A line as text, with escape codes only when `color` is true.
pub fn paint(line: &[crate::render::style::Span], color: bool) -> String {
    if !color {
        let mut out = String::with_capacity(line.iter().map(|s| s.text.len()).sum());
        for span in line {
            out.push_str(&crate::render::style::printable(&span.text));
        }
        return out;
    }
    let mut out = String::new();
    let mut i = 0;
    while i < line.len() {
        // Neighbours in one style are painted as one piece.
        let style = line[i].style;
        let mut text = String::new();
        while i < line.len() && line[i].style == style {
            text.push_str(&printable(&line[i].text));
            i += 1;
        }
        let codes = if color { sgr(style) } else { String::new() };
        if codes.is_empty() {
            out.push_str(&text);
        } else {
            out.push_str(&format!("\x1b[{codes}m{text}\x1b[0m"));
        }
    }
    out
}

/// The SGR parameters for a style ("1;31"), empty for plain text.
fn sgr(style: Style) -> String {
    let mut codes: Vec<&str> = Vec::new();
    if style.bold {
        codes.push("1");
    }
    if style.dim {
        codes.push("2");
    }
    if style.italic {
        codes.push("3");
    }
    if style.underline {
        codes.push("4");
    }
    if let Some(c) = style.fg {
        codes.push(match c {
            Color::Red => "31",
            Color::Green => "32",
            Color::Yellow => "33",
            Color::Blue => "34",
            Color::Magenta => "35",
            Color::Cyan => "36",
        });
    }
    codes.join(";")
}

static STOP_SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Ctrl-C can reach kinship twice at once (as a signal, and as an error from
/// the prompt it interrupted): only the first to claim it says "Stopped".
pub fn claim_stop_message() -> bool {
    !STOP_SAID.swap(true, std::sync::atomic::Ordering::SeqCst)
}

/// The signal that stopped kinship, when it was not Ctrl-C (0: none yet).
static STOP_SIGNAL: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// Notes the signal that is stopping kinship. Safe in a signal handler: one
/// atomic store.
pub fn note_stop_signal(signal: i32) {
    STOP_SIGNAL.store(signal, std::sync::atomic::Ordering::SeqCst);
}

/// The exit code for stopping, as a shell gives it: 128 and the signal's
/// number. Ctrl-C (and a stop with no signal noted) is 130; SIGTERM 143;
/// SIGHUP, when the window closes, 129.
pub fn stop_exit_code() -> u8 {
    match STOP_SIGNAL.load(std::sync::atomic::Ordering::SeqCst) {
        libc::SIGTERM => 143,
        libc::SIGHUP => 129,
        _ => 130,
    }
}

#[cfg(test)]
mod tests;
