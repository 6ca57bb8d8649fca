//! A screen that is redrawn in place (the overdose walk), on stderr. On a
//! capable terminal it uses the alternate screen, so the terminal looks as it
//! did once the walk ends; in plain mode (screen readers, `TERM=dumb`) nothing
//! is redrawn: each new thing is said once, as a line.

use crate::render::style::Line;
use crate::ui::paint;
use std::io::{self, Write};

pub struct Screen {
    err: io::Stderr,
    color: bool,
    plain: bool,
    /// What is on the screen now, to skip redraws that change nothing.
    shown: Vec<String>,
    active: bool,
}

impl Screen {
    /// Takes over the terminal (not in plain mode).
    pub fn new(color: bool, plain: bool) -> io::Result<Screen> {
        let mut screen = Screen {
            err: io::stderr(),
            color,
            plain,
            shown: Vec::new(),
            active: !plain,
        };
        if screen.active {
            write!(screen.err, "\x1b[?1049h\x1b[?25l")?;
            screen.err.flush()?;
        }
        Ok(screen)
    }

    /// The terminal's size now (it may have been resized): (columns, rows).
    pub fn size(&self) -> (usize, usize) {
        crate::env::screen_size()
    }

    /// Draws the whole screen, if it differs from what is shown.
    pub fn draw(&mut self, lines: &[Line]) -> io::Result<()> {
        let painted: Vec<String> = lines.iter().map(|l| paint(l, self.color)).collect();
        if painted == self.shown {
            return Ok(());
        }
        let mut out = String::from("\x1b[H");
        for line in &painted {
            out.push_str(line.trim_end_matches(' '));
            out.push_str("\x1b[K\n");
        }
        out.push_str("\x1b[J");
        self.err.write_all(out.as_bytes())?;
        self.err.flush()?;
        self.shown = painted;
        Ok(())
    }

    /// Says lines once (plain mode).
    pub fn say(&mut self, lines: &[Line]) -> io::Result<()> {
        for line in lines {
            writeln!(
                self.err,
                "{}",
                paint(line, self.color).trim_end_matches(' ')
            )?;
        }
        self.err.flush()
    }

    pub fn plain(&self) -> bool {
        self.plain
    }

    /// The terminal bell.
    pub fn bell(&mut self) -> io::Result<()> {
        self.err.write_all(b"\x07")?;
        self.err.flush()
    }

    /// Gives the terminal back as it was.
    pub fn leave(&mut self) {
        if self.active {
            let _ = write!(self.err, "\x1b[?25h\x1b[?1049l");
            let _ = self.err.flush();
            self.active = false;
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        self.leave();
    }
}
