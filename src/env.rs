//! A snapshot of the process environment, taken once in `main`.
//!
//! Nothing else in kinship reads `std::env` or asks whether a stream is a
//! terminal: tests build an `Env` by hand.

use std::collections::BTreeMap;
use std::io::IsTerminal;

/// Environment variables and terminal facts, as the process started with them.
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// The terminal's width in columns, when stdout is a terminal.
    pub terminal_width: Option<usize>,
    /// The terminal's height in rows, when stdout is a terminal.
    pub terminal_height: Option<usize>,
    /// The width of the terminal prompts are drawn on, when stderr is one.
    pub stderr_width: Option<usize>,
    /// Stdout was closed when kinship started (`>&-`).
    pub stdout_closed: bool,
}

impl Env {
    /// Reads the real environment.
    pub fn from_process() -> Env {
        let stdout_tty = std::io::stdout().is_terminal();
        let size = terminal_size(Stream::Stdout);
        Env {
            vars: std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .collect(),
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty,
            stderr_tty: std::io::stderr().is_terminal(),
            terminal_width: size.map(|(w, _)| w),
            terminal_height: size.map(|(_, h)| h),
            stderr_width: terminal_size(Stream::Stderr).map(|(w, _)| w),
            stdout_closed: was_closed(1),
        }
    }

    /// An environment with only these variables and no terminal, for tests.
    pub fn with_vars(vars: &[(&str, &str)]) -> Env {
        Env {
            vars: vars
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Env::default()
        }
    }

    /// A variable's value; an empty value counts as unset.
    pub fn var(&self, key: &str) -> Option<&str> {
        self.vars
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// A stream that may be a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// The size of the terminal `stream` is on, as (columns, rows), measured now;
/// `None` when it is not a terminal or will not say. The one place kinship
/// measures a terminal: the snapshot above uses it once at the start, and
/// screens drawn in place (the checklist, the walk) ask again before each
/// draw, since the window may have been resized meanwhile.
pub fn terminal_size(stream: Stream) -> Option<(usize, usize)> {
    let term = match stream {
        Stream::Stdout => console::Term::stdout(),
        Stream::Stderr => console::Term::stderr(),
    };
    term.size_checked()
        .map(|(rows, cols)| (usize::from(cols), usize::from(rows)))
}

/// The size of the terminal prompts and screens are drawn on (stderr) now,
/// as (columns, rows): at least 20 by 8, and 80 by 24 when it will not say.
pub fn screen_size() -> (usize, usize) {
    let (cols, rows) = terminal_size(Stream::Stderr).unwrap_or((80, 24));
    (cols.max(20), rows.max(8))
}

/// True when file descriptor `fd` was closed when the process started. The
/// Rust runtime opens `/dev/null` (read and write) in the place of a closed
/// standard stream before `main`, so output to it would vanish without an
/// error; a shell's `>/dev/null` opens it for writing only.
fn was_closed(fd: i32) -> bool {
    // SAFETY: fcntl and fstat only read the descriptor's state.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 || flags & libc::O_ACCMODE != libc::O_RDWR {
            return false;
        }
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) != 0 {
            return false;
        }
        let mut null: libc::stat = std::mem::zeroed();
        let path = c"/dev/null";
        libc::stat(path.as_ptr(), &mut null) == 0
            && st.st_mode & libc::S_IFMT == libc::S_IFCHR
            && st.st_rdev == null.st_rdev
    }
}

/// The user's text editor, and the variable that named it (for messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub command: String,
    pub var: &'static str,
}

impl Editor {
    /// `VISUAL`, else `EDITOR`; a value of only spaces counts as unset.
    pub fn from_env(env: &Env) -> Option<Editor> {
        ["VISUAL", "EDITOR"].into_iter().find_map(|var| {
            let command = env.var(var)?.trim();
            (!command.is_empty()).then(|| Editor {
                command: command.to_string(),
                var,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_editor_is_no_editor() {
        let editor = |vars: &[(&str, &str)]| Editor::from_env(&Env::with_vars(vars));
        assert_eq!(editor(&[("EDITOR", "")]), None);
        assert_eq!(editor(&[("EDITOR", "   ")]), None);
        assert_eq!(
            editor(&[("VISUAL", " "), ("EDITOR", "nano -w")]),
            Some(Editor {
                command: "nano -w".into(),
                var: "EDITOR"
            })
        );
        assert_eq!(
            editor(&[("VISUAL", "vim"), ("EDITOR", "nano")]).map(|e| e.var),
            Some("VISUAL")
        );
    }
}
