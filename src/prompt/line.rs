//! One line of text as it is typed: the characters, the cursor, and what
//! each key does to them. Drawing it is the terminal prompter's job.

use console::Key;

/// The line so far, and where the cursor is in it (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineEdit {
    chars: Vec<char>,
    pos: usize,
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
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The text left of the cursor (to place the cursor on screen).
    pub fn before_cursor(&self) -> String {
        self.chars[..self.pos].iter().collect()
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
        let (line, end) = typed(
            "abd",
            &[ArrowLeft, Char('c'), End, Char('!'), Home, Del, Enter],
        );
        assert_eq!(end, Edit::Done("bcd!".into()));
        assert_eq!(line.before_cursor(), "");
        let (_, end) = typed("x", &[Backspace, Backspace, Char('é'), Enter]);
        assert_eq!(end, Edit::Done("é".into()));
        let (_, end) = typed("old note", &[ArrowLeft, Char('\u{15}'), Enter]);
        assert_eq!(end, Edit::Done("e".into()));
        let (_, end) = typed("", &[Char('\u{7}'), Enter]);
        assert_eq!(end, Edit::Done(String::new()), "control keys type nothing");
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
