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

/// Text safe to write to a terminal: control characters (escape sequences,
/// carriage returns, backspaces, the bell) are removed, so that text the user
/// wrote, or a hand-edited file, cannot move the cursor, clear the screen or
/// retitle the window. Line breaks and tabs stay.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        // Printable ASCII, as nearly every line is: nothing to look at.
        text.into()
    } else if text.contains(unsafe_char) {
        text.chars()
            .filter(|c| !unsafe_char(*c))
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}
