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
        if printable_ascii(&self.text) {
            self.text.len()
        } else {
            self.text.width()
        }
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
    if printable_ascii(text) || !text.contains(is_hidden_control) {
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

/// True when every byte of `text` is printable ASCII (a space to `~`), as
/// nearly every line is: its width is its length and nothing in it is hidden.
/// Eight bytes are looked at at once.
pub fn printable_ascii(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = text.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Each test sets a high bit where some byte fails it (borrows only
        // ever come from a byte that already failed): below a space, the
        // DEL character, and anything past ASCII.
        let below_space = x.wrapping_sub(ONES * b' ' as u64) & !x;
        let del = x ^ (ONES * 0x7f);
        let is_del = del.wrapping_sub(ONES) & !del;
        if (below_space | is_del | x) & HIGH != 0 {
            return false;
        }
    }
    chunks.remainder().iter().all(|b| (b' '..=b'~').contains(b))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_ascii_agrees_with_a_byte_by_byte_look() {
        let slow = |t: &str| t.bytes().all(|b| (b' '..=b'~').contains(&b));
        let base = "Call 911 now, then give naloxone: spray it in.";
        assert!(printable_ascii(base));
        for len in [0, 1, 7, 8, 9, 16, 17, base.len()] {
            let text = &base[..len];
            assert_eq!(printable_ascii(text), slow(text), "{text:?}");
            for at in 0..=len {
                for c in (0u32..0x250).filter_map(char::from_u32) {
                    let mut t = text.to_string();
                    t.insert(at.min(t.len()), c);
                    assert_eq!(printable_ascii(&t), slow(&t), "{t:?}");
                }
            }
        }
    }
}
