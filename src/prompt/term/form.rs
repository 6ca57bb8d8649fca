//! A form's questions on the terminal: lists drawn here rather than by
//! dialoguer (which has no back key, and without colour no visible cursor in
//! a multi-select), a line that is checked before it is kept, and under each
//! question a one-row legend of its keys.

use super::{CursorGuard, TermPrompter};
use crate::content::i18n::t;
use crate::prompt::Prompter;
use crate::prompt::form::{Asking, Check, Esc, Part, Question, Reply, legend, part};
use crate::prompt::line::{Edit, LineEdit};
use crate::render::style::{Line, Span, Style, theme};
use crate::render::wrap::{truncate, wrap_text};
use crate::ui::paint;
use console::Key;
use std::io;

/// A list being picked from: one item, or any.
pub(super) struct Pick<'a> {
    pub prompt: &'a str,
    pub items: &'a [String],
    pub cursor: usize,
    /// Ticked items, for a multi-select.
    pub ticked: Option<Vec<bool>>,
    pub back: bool,
    pub esc: Option<Esc>,
}

/// The keys that go back, leave and stop, as the legend says them.
fn way_out(parts: &mut Vec<Part>, back: bool, back_key: &str, esc: Option<Esc>) {
    if back {
        parts.push(part(back_key, "back"));
    }
    parts.push(match esc {
        Some(Esc::Sections) => part("Esc", "sections"),
        Some(Esc::Leave) => part("Esc", "done-for-now"),
        None => part("Esc", "cancel"),
    });
    parts.push(part("Ctrl-C", "save-and-stop"));
}

impl TermPrompter {
    pub(super) fn question(&mut self, q: &Question) -> io::Result<Reply> {
        match &q.asking {
            Asking::Line { initial, check } => self.line(q, initial, *check),
            Asking::Long { initial, check } => self.long(q, initial, *check),
            Asking::Pick { items, default } => self.pick(Pick {
                prompt: q.prompt,
                items,
                cursor: *default,
                ticked: None,
                back: q.back,
                esc: Some(q.esc),
            }),
            Asking::PickMany { items, checked } => self.pick(Pick {
                prompt: q.prompt,
                items,
                cursor: 0,
                ticked: Some(
                    (0..items.len())
                        .map(|i| checked.get(i) == Some(&true))
                        .collect(),
                ),
                back: q.back,
                esc: Some(q.esc),
            }),
        }
    }

    /// The question, wrapped to the width: "? Which approach will you take?"
    fn head(&self, prompt: &str, cols: usize) -> Vec<Line> {
        let first: Line = vec![Span::new("? ", theme::HINT)];
        let rest: Line = vec![Span::plain("  ")];
        wrap_text(prompt, theme::STRONG, cols.saturating_sub(1), &first, &rest)
    }

    /// What stays on screen once a question is answered: "✔ Question ·
    /// answer" (the answer's first line), wrapped.
    fn answered(&mut self, prompt: &str, answer: &str) -> io::Result<()> {
        let (_, cols) = self.size();
        let answer = answer.lines().next().unwrap_or("");
        let answer = truncate(
            &crate::render::style::printable(answer),
            cols.saturating_sub(4),
        );
        let first: Line = vec![Span::new("✔ ", theme::DONE)];
        let rest: Line = vec![Span::plain("  ")];
        let mut lines = wrap_text(prompt, theme::STRONG, cols.saturating_sub(1), &first, &rest);
        let fits = lines.last().is_some_and(|l| {
            crate::render::style::line_width(l) + 3 + console::measure_text_width(&answer) < cols
        });
        if !fits {
            lines.push(vec![Span::plain("  ")]);
        } else if let Some(last) = lines.last_mut() {
            last.push(Span::new(" · ", theme::DIM));
        }
        if let Some(last) = lines.last_mut() {
            last.push(Span::plain(answer));
        }
        self.write_lines(&lines)
    }

    /// Picks one item or ticks any, drawn here: the current row is marked
    /// with `>` (`❯` in colour) as well as coloured, so it shows without
    /// colour too.
    pub(super) fn pick(&mut self, mut p: Pick) -> io::Result<Reply> {
        self.clear_view()?;
        let count = p.items.len();
        if count == 0 {
            return Ok(Reply::Esc);
        }
        p.cursor = p.cursor.min(count - 1);
        self.term.hide_cursor()?;
        let term = self.term.clone();
        let _guard = CursorGuard(&term);
        let mut drawn = 0;
        let outcome = loop {
            let lines = self.pick_lines(&p);
            if drawn > 0 {
                self.term.clear_last_lines(drawn)?;
            }
            self.write_lines(&lines)?;
            drawn = lines.len();
            let key = match self.term.read_key_raw() {
                Ok(key) => key,
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break Reply::Esc,
                Err(e) => {
                    self.term.clear_last_lines(drawn)?;
                    return Err(self.ended(e));
                }
            };
            match key {
                Key::ArrowUp | Key::Char('k') => {
                    p.cursor = p.cursor.checked_sub(1).unwrap_or(count - 1)
                }
                Key::ArrowDown | Key::Char('j') | Key::Tab => p.cursor = (p.cursor + 1) % count,
                Key::Home => p.cursor = 0,
                Key::End => p.cursor = count - 1,
                Key::PageUp => p.cursor = p.cursor.saturating_sub(10),
                Key::PageDown => p.cursor = (p.cursor + 10).min(count - 1),
                Key::Char(' ') | Key::Char('x') => {
                    if let Some(ticked) = &mut p.ticked {
                        ticked[p.cursor] = !ticked[p.cursor];
                    }
                }
                Key::Enter => {
                    break match &p.ticked {
                        Some(ticked) => {
                            Reply::PickedMany((0..count).filter(|&i| ticked[i]).collect())
                        }
                        None => Reply::Picked(p.cursor),
                    };
                }
                Key::ArrowLeft | Key::BackTab if p.back => break Reply::Back,
                Key::Escape | Key::Char('q' | 'Q') => break Reply::Esc,
                Key::CtrlC => {
                    self.term.clear_last_lines(drawn)?;
                    return Err(self.ended(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C")));
                }
                _ => {}
            }
        };
        self.term.clear_last_lines(drawn)?;
        match &outcome {
            Reply::Picked(i) => self.answered(p.prompt, &p.items[*i])?,
            Reply::PickedMany(picked) => {
                let names: Vec<&str> = picked.iter().map(|&i| p.items[i].as_str()).collect();
                let shown = if names.is_empty() {
                    t!("prompt-none")
                } else {
                    names.join(", ")
                };
                self.answered(p.prompt, &shown)?
            }
            _ => {}
        }
        Ok(outcome)
    }

    fn pick_lines(&self, p: &Pick) -> Vec<Line> {
        let (height, cols) = self.size();
        let many = p.ticked.is_some();
        let mut lines = self.head(p.prompt, cols);
        // The prompt, the legend and a row for the cursor below.
        let room = height.saturating_sub(2 + lines.len()).max(3);
        let count = p.items.len();
        let start = if count <= room {
            0
        } else {
            p.cursor.saturating_sub(room / 2).min(count - room)
        };
        let end = (start + room).min(count);
        for i in start..end {
            let here = i == p.cursor;
            let marker = match (here, self.color) {
                (true, true) => "❯ ",
                (true, false) => "> ",
                (false, _) => "  ",
            };
            let mut line = vec![Span::new(marker, theme::MARKER)];
            let mut used = 2;
            if let Some(ticked) = &p.ticked {
                let (mark, style) = if ticked[i] {
                    ("[x] ", theme::DONE)
                } else {
                    ("[ ] ", Style::PLAIN)
                };
                line.push(Span::new(mark, style));
                used += 4;
            }
            let more = if (i == start && start > 0) || (i + 1 == end && end < count) {
                " …"
            } else {
                ""
            };
            let text = truncate(&p.items[i], cols.saturating_sub(used + more.len()));
            line.push(Span::new(
                text,
                if here {
                    theme::HINT.bold()
                } else {
                    Style::PLAIN
                },
            ));
            if !more.is_empty() {
                line.push(Span::new(more, theme::DIM));
            }
            lines.push(line);
        }
        let mut parts = vec![part("↑↓", "move")];
        if many {
            parts.push(part("Space", "tick"));
            parts.push(part("Enter", "done"));
        } else {
            parts.push(part("Enter", "choose"));
        }
        way_out(&mut parts, p.back, "←", p.esc);
        lines.push(vec![Span::new(
            format!("  {}", legend(&parts, cols.saturating_sub(3))),
            theme::DIM,
        )]);
        lines
    }

    /// One line, checked before it is kept: what the check refuses is said
    /// under the line, which stays as typed to be put right.
    fn line(&mut self, q: &Question, initial: &str, check: Check) -> io::Result<Reply> {
        self.clear_view()?;
        let (_, cols) = self.size();
        // A question that leaves room to type after it is asked on its
        // row; a longer one is said whole above the line typed on.
        let mut above: Vec<String> = self
            .head(q.prompt, cols)
            .iter()
            .map(|l| paint(l, self.color))
            .collect();
        let mut head = if above.len() == 1 && console::measure_text_width(&above[0]) + 24 < cols {
            above.pop().unwrap_or_default()
        } else {
            String::new()
        };
        let arrow = if head.is_empty() { "› " } else { " › " };
        head.push_str(&paint(&[Span::new(arrow, theme::DIM)], self.color));
        let mut parts = vec![part("Enter", "next")];
        way_out(&mut parts, q.back, "↑", Some(q.esc));
        let keys = format!("  {}", legend(&parts, cols.saturating_sub(3)));
        let mut line = LineEdit::new(&crate::render::style::printable(initial));
        let mut problem: Option<String> = None;
        let mut row = 0;
        let outcome = loop {
            let mut below: Vec<Line> = Vec::new();
            if let Some(why) = &problem {
                let indent: Line = vec![Span::plain("  ")];
                below.extend(wrap_text(
                    why,
                    theme::WARNING,
                    cols.saturating_sub(1),
                    &indent,
                    &indent,
                ));
            }
            below.push(vec![Span::new(keys.clone(), theme::DIM)]);
            row = self.draw_with(&above, &head, &mut line, &below, row)?;
            let key = match self.term.read_key_raw() {
                Ok(key) => key,
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break Reply::Esc,
                Err(e) => {
                    self.clear_input(row)?;
                    return Err(self.ended(e));
                }
            };
            match key {
                Key::ArrowUp | Key::BackTab if q.back => break Reply::Back,
                Key::Enter => {
                    let text = line.text();
                    match check(&text) {
                        Ok(echo) => {
                            self.clear_input(row)?;
                            let shown = match echo.as_deref() {
                                Some(echo) => echo,
                                None if text.trim().is_empty() => &t!("prompt-no-answer"),
                                None => &text,
                            };
                            self.answered(q.prompt, shown)?;
                            return Ok(Reply::Text(text));
                        }
                        Err(why) => problem = Some(why),
                    }
                }
                key => match line.press(&key) {
                    Edit::Cancelled => break Reply::Esc,
                    Edit::Interrupted => {
                        self.clear_input(row)?;
                        return Err(
                            self.ended(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C"))
                        );
                    }
                    Edit::Editing | Edit::Done(_) => {}
                },
            }
        };
        self.clear_input(row)?;
        Ok(outcome)
    }

    /// Paragraphs: typed on one line, or `e` opens the user's editor.
    fn long(&mut self, q: &Question, initial: &str, check: Check) -> io::Result<Reply> {
        self.clear_view()?;
        let how = if self.editor.is_some() {
            t!("prompt-long-how-editor")
        } else {
            t!("prompt-long-how-no-editor")
        };
        let indent: Line = Vec::new();
        let (_, cols) = self.size();
        let how = wrap_text(&how, theme::DIM, cols.saturating_sub(1), &indent, &indent);
        self.write_lines(&how)?;
        let shown_initial = if initial.contains('\n') { "" } else { initial };
        let kept_paragraphs = |t: &str| t.is_empty() && initial.contains('\n');
        let outer = |t: &str| -> Result<Option<String>, String> {
            if t.trim() == "e" {
                Ok(Some(t!("prompt-editor-opens")))
            } else if kept_paragraphs(t) {
                Ok(Some(t!("prompt-kept-as-it-was")))
            } else {
                check(t)
            }
        };
        let inner = Question {
            prompt: q.prompt,
            asking: Asking::Line {
                initial: shown_initial,
                check: &outer,
            },
            back: q.back,
            esc: q.esc,
        };
        loop {
            let typed = match self.line(&inner, shown_initial, &outer)? {
                Reply::Text(t) => t,
                other => return Ok(other),
            };
            if kept_paragraphs(&typed) {
                return Ok(Reply::Text(initial.to_string()));
            }
            if typed.trim() != "e" {
                return Ok(Reply::Text(typed));
            }
            match self.edit(initial) {
                // Quitting the editor without saving keeps what was there.
                Ok(None) => return Ok(Reply::Text(initial.to_string())),
                Ok(Some(edited)) => match check(&edited) {
                    Ok(_) => return Ok(Reply::Text(edited)),
                    Err(why) => self.say(&t!("prompt-editor-again", why = why))?,
                },
                // The question is asked again, here.
                Err(why) => self.say(&why)?,
            }
        }
    }

    /// Draws `above` (whole rows), the prompt and the line typed so far on
    /// one row (a long line scrolls sideways within it, as in the checklist
    /// view) and `below` (each one row) from the top (the cursor is `row`
    /// rows below it), and puts the cursor where the typing goes; returns the
    /// row it is on.
    fn draw_with(
        &self,
        above: &[String],
        head: &str,
        line: &mut LineEdit,
        below: &[Line],
        row: usize,
    ) -> io::Result<usize> {
        let (_, cols) = self.size();
        self.clear_input(row)?;
        for a in above {
            self.term.write_str(a)?;
            self.term.write_str("\n")?;
        }
        let head_width = console::measure_text_width(head);
        let (shown, cursor) = line.window(cols.saturating_sub(head_width + 1));
        self.term.write_str(head)?;
        self.term.write_str(&shown)?;
        for l in below {
            self.term.write_str("\n")?;
            self.term.write_str(&paint(l, self.color))?;
        }
        if !below.is_empty() {
            self.term.move_cursor_up(below.len())?;
        }
        self.term.write_str("\r")?;
        let at = head_width + cursor;
        if at > 0 {
            self.term.move_cursor_right(at)?;
        }
        self.term.flush()?;
        Ok(above.len())
    }
}
