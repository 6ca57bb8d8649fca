//! Styled text: what a line looks like, before any escape code is written.
//!
//! Renderers produce `Line`s of `Span`s; only `ui.rs` turns a `Style` into
//! terminal escape codes, and only when colour is allowed.

use unicode_width::UnicodeWidthStr;

/// The look of a piece of text. `Style::default()` is plain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub dim: bool,
    pub fg: Option<Color>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
}

impl Style {
    pub const PLAIN: Style = Style {
        bold: false,
        italic: false,
        underline: false,
        dim: false,
        fg: None,
    };

    pub const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }

    pub const fn italic(self) -> Style {
        Style {
            italic: true,
            ..self
        }
    }

    pub const fn dim(self) -> Style {
        Style { dim: true, ..self }
    }

    pub const fn fg(self, color: Color) -> Style {
        Style {
            fg: Some(color),
            ..self
        }
    }

    /// `self` with `other`'s attributes added on top.
    pub fn with(self, other: Style) -> Style {
        Style {
            bold: self.bold || other.bold,
            italic: self.italic || other.italic,
            underline: self.underline || other.underline,
            dim: self.dim || other.dim,
            fg: other.fg.or(self.fg),
        }
    }
}

/// The styles kinship uses, by role, so every screen looks alike.
pub mod theme {
    use super::{Color, Style};

    pub const TITLE: Style = Style::PLAIN.bold().fg(Color::Cyan);
    pub const HEADING: Style = Style::PLAIN.bold().fg(Color::Cyan);
    pub const SUBHEADING: Style = Style::PLAIN.bold();
    pub const STRONG: Style = Style::PLAIN.bold();
    pub const EMPH: Style = Style::PLAIN.italic();
    pub const CODE: Style = Style::PLAIN.fg(Color::Yellow);
    pub const LINK_URL: Style = Style::PLAIN.dim();
    pub const DIM: Style = Style::PLAIN.dim();
    pub const CALLOUT_BAR: Style = Style::PLAIN.bold().fg(Color::Red);
    /// The emergency line: the one thing that must stand out.
    pub const EMERGENCY: Style = Style::PLAIN.bold().fg(Color::Red);
    pub const MARKER: Style = Style::PLAIN.bold();
    pub const DONE: Style = Style::PLAIN.fg(Color::Green);
    pub const URGENT: Style = Style::PLAIN.bold().fg(Color::Red);
    pub const ERROR: Style = Style::PLAIN.bold().fg(Color::Red);
    pub const WARNING: Style = Style::PLAIN.bold().fg(Color::Yellow);
    pub const HINT: Style = Style::PLAIN.fg(Color::Cyan);
    /// A search word found in a result.
    pub const MATCH: Style = Style::PLAIN.bold().fg(Color::Yellow);
}

/// A piece of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

impl Span {
    pub fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }

    pub fn plain(text: impl Into<String>) -> Span {
        Span::new(text, Style::PLAIN)
    }

    pub fn width(&self) -> usize {
        self.text.width()
    }
}

/// One line of output, without its newline.
pub type Line = Vec<Span>;

/// The visible width of a line.
pub fn line_width(line: &[Span]) -> usize {
    line.iter().map(Span::width).sum()
}

/// The text of a line without styles (and without control characters).
pub fn line_text(line: &[Span]) -> String {
    line.iter().map(|s| printable(&s.text)).collect()
}

pub use crate::error::is_hidden_control;

/// Text safe to write to a terminal or a text file: control characters and
/// bidirectional controls are shown as `<U+001B>`, so that text the user
/// wrote, or a hand-edited file, cannot move the cursor, clear the screen,
/// retitle the window or reorder what is read, and the reader can see that
/// something was there. A carriage return (from a Windows line ending) is
/// dropped. Line breaks and tabs stay. What is stored is never changed.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    escape_hidden(text, "<", ">")
}

/// [`printable`] for a web page, where `<` starts a tag.
pub fn printable_html(text: &str) -> std::borrow::Cow<'_, str> {
    escape_hidden(text, "&lt;", "&gt;")
}

fn escape_hidden<'a>(text: &'a str, open: &str, close: &str) -> std::borrow::Cow<'a, str> {
    // Printable ASCII, as nearly every line is: nothing to look at.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) || !text.contains(is_hidden_control) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\r' => {}
            c if is_hidden_control(c) => {
                out.push_str(&format!("{open}U+{:04X}{close}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.into()
}

/// JSON text with every character that [`is_hidden_control`] as a `\uXXXX`
/// escape (serde_json escapes only U+0000 to U+001F). Such characters can
/// only be inside JSON strings, so the result is the same JSON.
pub fn json_safe(json: String) -> String {
    if !json.contains(is_hidden_control) {
        return json;
    }
    json.chars()
        .map(|c| {
            if is_hidden_control(c) {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}
