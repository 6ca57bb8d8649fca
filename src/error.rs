//! Errors the user can act on, with hints, and the exit code each one gives.

use std::fmt;

/// What kind of failure, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Something the user can fix; the message says how. Exit 1.
    Fixable,
    /// The command was used wrongly. Exit 2.
    Usage,
    /// The user stopped an interactive command. Exit 130, like a shell.
    Interrupted,
}

/// An error meant for the user: a sentence saying what was wrong, and hints
/// saying what to do. It carries no colour; the `Ui` styles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserError {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
}

impl UserError {
    /// An error the user can fix (exit 1).
    pub fn new(message: impl Into<String>) -> UserError {
        UserError {
            kind: ErrorKind::Fixable,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> UserError {
        UserError {
            kind: ErrorKind::Usage,
            ..UserError::new(message)
        }
    }

    /// The user stopped (exit 130).
    pub fn interrupted(message: impl Into<String>) -> UserError {
        UserError {
            kind: ErrorKind::Interrupted,
            ..UserError::new(message)
        }
    }

    /// Adds a hint: what to do next.
    pub fn hint(mut self, hint: impl Into<String>) -> UserError {
        self.hints.push(hint.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        match self.kind {
            ErrorKind::Fixable => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Interrupted => 130,
        }
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// The `UserError` in an error: the error itself, a context added to another
/// error (an I/O error, with the sentence and hints for it), or a cause.
pub fn user_error(err: &anyhow::Error) -> Option<&UserError> {
    err.downcast_ref::<UserError>()
        .or_else(|| err.chain().find_map(|e| e.downcast_ref::<UserError>()))
}

/// The exit code for any error: a `UserError`'s own, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    user_error(err).map_or(1, UserError::exit_code)
}

/// True when the error is stdout closing under us (`kinship guide od | head`):
/// not a failure, so kinship exits quietly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// User text as it goes into a message: as typed, in double quotes. Only
/// control characters are escaped (so typed text can never move the cursor
/// or change colours); accents, combining marks, other scripts and emoji are
/// shown as they are, not as Rust escapes.
pub fn quoted(text: &str) -> Quoted<'_> {
    Quoted(text)
}

/// See [`quoted`].
#[derive(Debug, Clone, Copy)]
pub struct Quoted<'a>(&'a str);

/// The most characters of one text a message quotes: a line's worth. A
/// longer text is cut there and its length given.
pub const QUOTE_MAX: usize = 60;

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars().take(QUOTE_MAX) {
            if c.is_control() || is_hidden_control(c) {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        f.write_str("\"")?;
        let count = self.0.chars().count();
        if count > QUOTE_MAX {
            write!(f, "… ({count} characters)")?;
        }
        Ok(())
    }
}

/// True for a character that must not reach a screen as it is: a control
/// character (escape sequences, the bell, backspace, C1 controls such as
/// U+009B) other than a line break or a tab, or a bidirectional control
/// (U+202A to U+202E, U+2066 to U+2069), which can make text read in an
/// order other than the one it is stored in.
pub fn is_hidden_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod quoted_tests {
    use super::quoted;

    #[test]
    fn long_text_is_quoted_to_a_line_with_its_length() {
        let long = "x".repeat(50_000_000);
        let shown = quoted(&long).to_string();
        assert_eq!(
            shown,
            format!("\"{}\"… (50000000 characters)", "x".repeat(60))
        );
        assert_eq!(quoted("a\u{202e}b").to_string(), "\"a\\u{202e}b\"");
    }

    #[test]
    fn user_text_is_shown_as_typed_in_quotes() {
        assert_eq!(quoted("Zoe\u{308}").to_string(), "\"Zoe\u{308}\"");
        assert_eq!(quoted("李 😊").to_string(), "\"李 😊\"");
        assert_eq!(quoted("say \"hi\"").to_string(), "\"say \"hi\"\"");
        assert_eq!(
            quoted("red\u{1b}[31m\nnext").to_string(),
            "\"red\\u{1b}[31m\\nnext\""
        );
    }
}
