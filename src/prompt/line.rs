//! One line of text as it is typed: the characters, the cursor, what each
//! key does to them, and the part of a long line that is in view. Drawing it
//! is the terminal prompter's job; a line longer than the row scrolls
//! sideways inside that one row, so it never wraps onto rows that would have
//! to be redrawn.

use console::Key;
use unicode_width::UnicodeWidthChar;

/// The line so far, and where the cursor is in it (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineEdit {
    chars: Vec<char>,
    pos: usize,
    /// The first character in view, when the line is wider than its row.
    first: usize,
}

/// Marks text out of view at either end of the row.
const MORE: char = '…';

fn columns(chars: &[char]) -> usize {
    chars.iter().map(|c| c.width().unwrap_or(0)).sum()
}

/// What a key press came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Still typing.
    Editing,
    /// Enter: the line as it stands.
    Done(String),
    /// Esc: give up, keeping whatever was there before.
    Cancelled,
    /// Ctrl-C.
    Interrupted,
}

impl LineEdit {
    /// Starts from `initial`, with the cursor at its end.
    pub fn new(initial: &str) -> LineEdit {
        let chars: Vec<char> = initial.chars().collect();
        LineEdit {
            pos: chars.len(),
            chars,
            first: 0,
        }
    }

    /// The part of the line that fits in `width` columns (at least 4), with
    /// the cursor in view, and the cursor's column in it. Text out of view is
    /// marked with "…" at that end. The view moves only as far as it must,
    /// so it does not jump about as the cursor moves.
    pub fn window(&mut self, width: usize) -> (String, usize) {
        let width = width.max(4);
        // The text from `first` on, with a cell for the cursor at its end,
        // fits (after a "…" on the left when `first` is past the start).
        let fits_from = |chars: &[char], first: usize| {
            usize::from(first > 0) + columns(&chars[first..]) < width
        };
        self.first = self.first.min(self.pos);
        loop {
            let left = usize::from(self.first > 0);
            let right = usize::from(!fits_from(&self.chars, self.first));
            if left + columns(&self.chars[self.first..self.pos]) + 1 + right <= width {
                break;
            }
            self.first += 1;
        }
        // Room to spare at the end (after deleting): show more on the left.
        while self.first > 0 && fits_from(&self.chars, self.first - 1) {
            self.first -= 1;
        }
        let left = usize::from(self.first > 0);
        let right = usize::from(!fits_from(&self.chars, self.first));
        let room = width - left - right;
        let mut shown = String::new();
        if left == 1 {
            shown.push(MORE);
        }
        let mut used = 0;
        for c in &self.chars[self.first..] {
            let w = c.width().unwrap_or(0);
            if used + w > room {
                break;
            }
            shown.push(*c);
            used += w;
        }
        if right == 1 {
            shown.push(MORE);
        }
        (shown, left + columns(&self.chars[self.first..self.pos]))
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn press(&mut self, key: &Key) -> Edit {
        match key {
            Key::Enter => return Edit::Done(self.text()),
            Key::Escape => return Edit::Cancelled,
            Key::CtrlC => return Edit::Interrupted,
            Key::Char('\u{15}') => {
                // Ctrl-U: remove everything before the cursor.
                self.chars.drain(..self.pos);
                self.pos = 0;
            }
            Key::Char(c) if !c.is_control() => {
                self.chars.insert(self.pos, *c);
                self.pos += 1;
            }
            Key::Backspace if self.pos > 0 => {
                self.pos -= 1;
                self.chars.remove(self.pos);
            }
            Key::Del if self.pos < self.chars.len() => {
                self.chars.remove(self.pos);
            }
            Key::ArrowLeft => self.pos = self.pos.saturating_sub(1),
            Key::ArrowRight => self.pos = (self.pos + 1).min(self.chars.len()),
            Key::Home => self.pos = 0,
            Key::End => self.pos = self.chars.len(),
            _ => {}
        }
        Edit::Editing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(initial: &str, keys: &[Key]) -> (LineEdit, Edit) {
        let mut line = LineEdit::new(initial);
        let mut last = Edit::Editing;
        for k in keys {
            last = line.press(k);
        }
        (line, last)
    }

    #[test]
    fn keys_edit_the_line_where_the_cursor_is() {
        use Key::*;
        let (mut line, end) = typed(
            "abd",
            &[ArrowLeft, Char('c'), End, Char('!'), Home, Del, Enter],
        );
        assert_eq!(end, Edit::Done("bcd!".into()));
        assert_eq!(line.window(80).1, 0, "the cursor at the start");
        let (_, end) = typed("x", &[Backspace, Backspace, Char('é'), Enter]);
        assert_eq!(end, Edit::Done("é".into()));
        let (_, end) = typed("old note", &[ArrowLeft, Char('\u{15}'), Enter]);
        assert_eq!(end, Edit::Done("e".into()));
        let (_, end) = typed("", &[Char('\u{7}'), Enter]);
        assert_eq!(end, Edit::Done(String::new()), "control keys type nothing");
    }

    #[test]
    fn a_long_line_scrolls_sideways_inside_its_row_with_the_cursor_in_view() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        let mut line = LineEdit::new(text);
        // At the end: the tail, a "…" for what is out of view on the left,
        // and a free cell for the cursor.
        let (shown, at) = line.window(10);
        assert_eq!(shown, "…stuvwxyz");
        assert_eq!(at, 9);
        // Home: the start, and a "…" for the rest.
        line.press(&Key::Home);
        let (shown, at) = line.window(10);
        assert_eq!((shown.as_str(), at), ("abcdefghi…", 0));
        // Moving right inside the view does not move it.
        for _ in 0..5 {
            line.press(&Key::ArrowRight);
        }
        assert_eq!(line.window(10), ("abcdefghi…".to_string(), 5));
        // Past its edge, it moves only as far as it must.
        for _ in 0..5 {
            line.press(&Key::ArrowRight);
        }
        let (shown, at) = line.window(10);
        assert_eq!((shown.as_str(), at), ("…defghijk…", 8));
        // Text that fits is shown whole; every view fits its width.
        let mut short = LineEdit::new("short");
        assert_eq!(short.window(10), ("short".to_string(), 5));
        let mut wide = LineEdit::new(&"李".repeat(30));
        for width in 4..20 {
            let (shown, at) = wide.window(width);
            assert!(
                console::measure_text_width(&shown) <= width,
                "{shown} in {width}"
            );
            assert!(at < width, "the cursor stays in the row");
            wide.press(&Key::ArrowLeft);
        }
    }

    #[test]
    fn deleting_at_the_end_brings_the_start_back_into_view() {
        let mut line = LineEdit::new("0123456789abc");
        assert_eq!(line.window(10).0, "…56789abc");
        for _ in 0..5 {
            line.press(&Key::Backspace);
        }
        assert_eq!(line.window(10), ("01234567".to_string(), 8));
    }

    #[test]
    fn esc_cancels_and_ctrl_c_interrupts() {
        assert_eq!(
            typed("keep", &[Key::Char('x'), Key::Escape]).1,
            Edit::Cancelled
        );
        assert_eq!(typed("", &[Key::CtrlC]).1, Edit::Interrupted);
    }
}
