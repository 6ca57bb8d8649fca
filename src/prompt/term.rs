//! The real terminal: a checklist view driven by single keys, and dialoguer
//! for text and yes/no questions. Everything is drawn on stderr.

use super::line::{Edit, LineEdit};
use super::list::{self, ListScreen};
use super::{ChecklistView, ListAction, Prompter, Question, Reply};
use crate::content::i18n::t;
use crate::env::Editor;
use crate::render::style::{Line, Span, Style, theme};
use crate::ui::paint;
use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
use std::io;

mod form;

pub struct TermPrompter {
    term: Term,
    color: bool,
    /// The pager used for pages taller than the screen.
    pager: Option<String>,
    /// The checklist view, while it is on the screen.
    list: ListScreen,
    /// Something said while the list is on the screen, shown in it once.
    status: Option<String>,
    /// The editor for long answers, when the user has one.
    editor: Option<Editor>,
    /// The private folder the editor's file is written in (the data folder).
    edit_dir: Option<std::path::PathBuf>,
}

/// Shows the cursor again however the view is left (an error included).
struct CursorGuard<'a>(&'a Term);

impl Drop for CursorGuard<'_> {
    fn drop(&mut self) {
        let _ = self.0.show_cursor();
        let _ = self.0.flush();
    }
}

impl TermPrompter {
    pub fn new(color: bool, pager: Option<String>) -> TermPrompter {
        TermPrompter {
            term: Term::stderr(),
            color,
            pager,
            list: ListScreen::default(),
            status: None,
            editor: None,
            edit_dir: None,
        }
    }

    /// Lets long answers be written in `editor`, in a file kept in `dir`
    /// (the private data folder) while it is open, never in the system's
    /// shared temporary folder.
    pub fn with_editor(
        mut self,
        editor: Option<Editor>,
        dir: Option<std::path::PathBuf>,
    ) -> TermPrompter {
        self.editor = editor;
        self.edit_dir = dir;
        self
    }

    /// Opens the editor on `initial`; `Ok(None)` when it was left without
    /// saving. The error says, in a sentence, why it could not start.
    fn edit(&self, initial: &str) -> Result<Option<String>, String> {
        let Some(editor) = &self.editor else {
            return Err(t!("prompt-editor-none"));
        };
        let Some(dir) = &self.edit_dir else {
            return Err(t!("prompt-editor-no-folder"));
        };
        let could_not = |e: io::Error| {
            t!(
                "prompt-editor-could-not-start",
                editor = format!("{:?}", editor.command),
                var = editor.var,
                why = match e.kind() {
                    io::ErrorKind::NotFound => t!("prompt-editor-not-found"),
                    io::ErrorKind::PermissionDenied => t!("prompt-editor-not-allowed"),
                    _ => e.to_string(),
                }
            )
        };
        let file = crate::store::atomic::EditFile::create(dir, initial).map_err(|e| {
            t!(
                "prompt-editor-no-file",
                folder = dir.display().to_string(),
                error = e.to_string()
            )
        })?;
        let before = std::fs::metadata(file.path())
            .and_then(|m| m.modified())
            .ok();
        // Through the shell, as git does, so EDITOR may hold arguments.
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{} \"$@\"", editor.command))
            .arg(&editor.command)
            .arg(file.path())
            .status()
            .map_err(could_not)?;
        match status.code() {
            Some(126) => return Err(could_not(io::ErrorKind::PermissionDenied.into())),
            Some(127) => return Err(could_not(io::ErrorKind::NotFound.into())),
            _ => {}
        }
        let after = std::fs::metadata(file.path())
            .and_then(|m| m.modified())
            .ok();
        if !status.success() {
            // Not "left without saving": an editor that fails (a full disk,
            // vim's :cq) is said, and the question is asked again.
            return Err(t!(
                "prompt-editor-failed",
                editor = format!("{:?}", editor.command),
                status = status.to_string()
            ));
        }
        if before == after {
            return Ok(None);
        }
        let text = file
            .read()
            .map_err(|e| t!("prompt-editor-unreadable", error = e.to_string()))?;
        Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()))
    }

    /// (rows, columns) of the terminal now.
    fn size(&self) -> (usize, usize) {
        let (cols, rows) = crate::env::screen_size();
        (rows, cols)
    }

    fn write_lines(&mut self, lines: &[Line]) -> io::Result<()> {
        for line in lines {
            self.term.write_line(&paint(line, self.color))?;
        }
        Ok(())
    }

    /// An error from a prompt; after Ctrl-C, the cursor goes to a new line so
    /// that what is said next does not run on from the question.
    fn ended(&self, e: io::Error) -> io::Error {
        if e.kind() == io::ErrorKind::Interrupted {
            let _ = self.term.show_cursor();
            let _ = self.term.write_line("");
        }
        e
    }

    fn clear_view(&mut self) -> io::Result<()> {
        self.status = None;
        self.list.clear(&self.term)
    }

    /// Draws the prompt and the line typed so far, from the start of the
    /// prompt (the cursor is `row` rows below it), and puts the cursor where
    /// the typing goes; returns the row it is on now. The line is typed on
    /// one row, scrolling sideways when it is longer, so no keystroke leaves
    /// a wrapped copy of it behind; a prompt too wide to leave room for
    /// typing beside it is said above that row, wrapped at spaces.
    fn draw_input(&self, head: &str, line: &mut LineEdit, row: usize) -> io::Result<usize> {
        let (_, cols) = self.size();
        // The last column stays empty, as in the list.
        let room = cols - 1;
        let mut out = String::new();
        if row > 0 {
            out.push_str(&format!("\x1b[{row}A"));
        }
        out.push('\r');
        let mut above = 0;
        let head = if console::measure_text_width(head) + 20 <= room {
            head.to_string()
        } else {
            let plain = console::strip_ansi_codes(head);
            for l in crate::render::wrap::wrap_text(
                plain.trim_end(),
                Style::PLAIN,
                room,
                &vec![],
                &vec![],
            ) {
                out.push_str(&paint(&l, false));
                out.push_str("\x1b[K\r\n");
                above += 1;
            }
            "› ".to_string()
        };
        let head_cols = console::measure_text_width(&head);
        let (text, at) = line.window(room - head_cols);
        out.push_str(&head);
        out.push_str(&text);
        out.push_str("\x1b[K\x1b[J\r");
        let col = head_cols + at;
        if col > 0 {
            out.push_str(&format!("\x1b[{col}C"));
        }
        self.term.write_str(&out)?;
        self.term.flush()?;
        Ok(above)
    }

    /// Clears the prompt drawn by `draw_input`, leaving the cursor where it began.
    fn clear_input(&self, row: usize) -> io::Result<()> {
        if row > 0 {
            self.term.move_cursor_up(row)?;
        }
        self.term.write_str("\r")?;
        self.term.clear_to_end_of_screen()
    }

    /// Shows a page: through the pager when it is taller than the screen and
    /// `may_page`; else written out, followed by "Press any key to go back."
    fn show_page(&mut self, lines: &[Line], may_page: bool) -> io::Result<()> {
        self.clear_view()?;
        let (height, width) = self.size();
        if may_page && lines.len() + 2 > height {
            let text: String = lines.iter().map(|l| paint(l, self.color) + "\n").collect();
            if self.page(&text)? {
                return Ok(());
            }
        }
        self.term.hide_cursor()?;
        let term = self.term.clone();
        let _guard = CursorGuard(&term);
        let mut page = lines.to_vec();
        page.push(Vec::new());
        page.push(vec![Span::new(t!("prompt-press-any-key"), theme::DIM)]);
        self.write_lines(&page)?;
        let key = self.term.read_key_raw()?;
        let shown = list::rows_taken(&page, width);
        // A page taller than the screen has scrolled: it stays, to scroll
        // back to, and the list is drawn under it.
        if shown < height {
            self.term.clear_last_lines(shown)?;
        }
        if key == Key::CtrlC {
            return Err(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C"));
        }
        Ok(())
    }

    /// Runs the pager on `text`, drawing on the terminal; false if it could
    /// not start (then it is not tried again). Ctrl-C in the pager is the
    /// pager's: kinship waits for it to end, puts the terminal back, then
    /// reports the Ctrl-C as an interrupted read, so the session ends as
    /// Ctrl-C anywhere else ends it.
    fn page(&mut self, text: &str) -> io::Result<bool> {
        let Some(pager) = self.pager.clone() else {
            return Ok(false);
        };
        let Ok(screen) = std::fs::OpenOptions::new().write(true).open("/dev/tty") else {
            return Ok(false);
        };
        let lent = super::LentTerminal::lend();
        let paged = crate::ui::run_pager(&pager, text, Some(screen));
        if lent.take_back() {
            return Err(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C"));
        }
        if paged == crate::ui::Paged::NotStarted {
            self.pager = None;
        }
        Ok(paged == crate::ui::Paged::Yes)
    }
}

/// A yes-or-no question as dialoguer's theme draws it, its English words
/// ("(y/n)", the answer "yes" or "no" at its end) in the language spoken.
fn confirm_words(drawn: &str, answer: Option<bool>) -> String {
    let mut out = drawn.replacen("(y/n)", &t!("prompt-confirm-keys"), 1);
    let (english, word) = match answer {
        Some(true) => ("yes", t!("prompt-confirm-yes")),
        Some(false) => ("no", t!("prompt-confirm-no")),
        None => return out,
    };
    if let Some(at) = out.rfind(english) {
        out.replace_range(at..at + english.len(), &word);
    }
    out
}

/// Columns dialoguer draws around a yes/no question ("? " and " (y/n) › no").
const CONFIRM_FRAME: usize = 16;

impl Prompter for TermPrompter {
    fn checklist(&mut self, view: &ChecklistView, cursor: &mut usize) -> io::Result<ListAction> {
        let count = view.item_count();
        if count == 0 {
            return Ok(ListAction::Quit);
        }
        *cursor = (*cursor).min(count - 1);
        self.term.hide_cursor()?;
        let term = self.term.clone();
        let _guard = CursorGuard(&term);
        loop {
            let (height, width) = self.size();
            let frame = list::frame(view, *cursor, None, self.status.as_deref(), width, height);
            self.list.draw(&self.term, &frame, self.color)?;
            let key = self.term.read_key_raw()?;
            self.status = None;
            let action = match key {
                Key::ArrowUp | Key::Char('k') => {
                    *cursor = cursor.checked_sub(1).unwrap_or(count - 1);
                    None
                }
                Key::ArrowDown | Key::Char('j') | Key::Tab => {
                    *cursor = (*cursor + 1) % count;
                    None
                }
                Key::Home => {
                    *cursor = 0;
                    None
                }
                Key::End => {
                    *cursor = count - 1;
                    None
                }
                Key::PageUp => {
                    *cursor = cursor.saturating_sub(10);
                    None
                }
                Key::PageDown => {
                    *cursor = (*cursor + 10).min(count - 1);
                    None
                }
                Key::Char(' ') | Key::Char('x') => Some(ListAction::Toggle(*cursor)),
                Key::Enter | Key::Char('d') | Key::ArrowRight => Some(ListAction::Details(*cursor)),
                Key::Char('n') => Some(ListAction::Note(*cursor)),
                Key::Char('g') | Key::Char('o') => Some(ListAction::Guide(*cursor)),
                // Q too: Caps Lock on, or a tired Shift, must not trap anyone.
                Key::Char('q' | 'Q') | Key::Escape => Some(ListAction::Quit),
                Key::CtrlC => Some(ListAction::Interrupted),
                _ => None,
            };
            if let Some(action) = action {
                if matches!(action, ListAction::Quit | ListAction::Interrupted) {
                    self.clear_view()?;
                }
                return Ok(action);
            }
        }
    }

    /// The note typed in the list, under its item; the list stays on the
    /// screen, and is drawn again in place with the note once it is saved.
    fn note(
        &mut self,
        view: &ChecklistView,
        index: usize,
        _prompt: &str,
        initial: &str,
    ) -> io::Result<Option<String>> {
        let term = self.term.clone();
        let _guard = CursorGuard(&term);
        // An old note is shown as text, never obeyed by the terminal.
        let mut line = LineEdit::new(&list::one_line(&crate::render::style::printable(initial)));
        let outcome = loop {
            let (height, width) = self.size();
            let frame = list::frame(view, index, Some(&mut line), None, width, height);
            self.list.draw(&self.term, &frame, self.color)?;
            let key = match self.term.read_key_raw() {
                Ok(key) => key,
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break Edit::Cancelled,
                Err(e) => {
                    self.clear_view()?;
                    return Err(self.ended(e));
                }
            };
            match line.press(&key) {
                Edit::Editing => {}
                done => break done,
            }
        };
        match outcome {
            Edit::Done(text) => Ok(Some(text)),
            Edit::Interrupted => {
                self.clear_view()?;
                Err(self.ended(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C")))
            }
            Edit::Cancelled | Edit::Editing => Ok(None),
        }
    }

    /// One line of text, drawn in dialoguer's style. Not dialoguer's own
    /// input, which ignores Esc: here Esc gives up (`None`), leaving what was
    /// there before, as Esc does in every other prompt.
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        self.clear_view()?;
        let theme = ColorfulTheme::default();
        let mut head = String::new();
        theme
            .format_input_prompt(&mut head, prompt, None)
            .map_err(io::Error::other)?;
        // An old note is shown as text, never obeyed by the terminal.
        let mut line = LineEdit::new(&crate::render::style::printable(initial));
        // The row of the prompt's first line the cursor is on.
        let mut row = 0;
        let outcome = loop {
            row = self.draw_input(&head, &mut line, row)?;
            let key = match self.term.read_key_raw() {
                Ok(key) => key,
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break Edit::Cancelled,
                Err(e) => {
                    self.clear_input(row)?;
                    return Err(self.ended(e));
                }
            };
            match line.press(&key) {
                Edit::Editing => {}
                done => break done,
            }
        };
        self.clear_input(row)?;
        match outcome {
            Edit::Done(text) => {
                let mut shown = String::new();
                theme
                    .format_input_prompt_selection(&mut shown, prompt, &text)
                    .map_err(io::Error::other)?;
                self.term.write_line(&shown)?;
                Ok(Some(text))
            }
            Edit::Interrupted => {
                Err(self.ended(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C")))
            }
            Edit::Cancelled | Edit::Editing => Ok(None),
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        self.clear_view()?;
        let theme = ColorfulTheme::default();
        let (_, cols) = self.size();
        // A question too long for one row is said in full above a short one:
        // what it warns of must not be cut off.
        let prompt = if console::measure_text_width(prompt) + CONFIRM_FRAME > cols {
            let lines = crate::render::wrap::wrap_text(
                prompt,
                theme::STRONG,
                cols.saturating_sub(1),
                &vec![],
                &vec![],
            );
            self.write_lines(&lines)?;
            t!("prompt-yes-or-no")
        } else {
            prompt.to_string()
        };
        // Drawn as dialoguer draws it, in the language spoken ("(s/n) › no"),
        // and read here: y and n work in every language, s (sí) too.
        let mut head = String::new();
        theme
            .format_confirm_prompt(&mut head, &prompt, Some(default))
            .map_err(io::Error::other)?;
        self.term.write_str(&confirm_words(&head, Some(default)))?;
        self.term.flush()?;
        let answer = loop {
            match self.term.read_key_raw() {
                Ok(Key::Char('y' | 'Y' | 's' | 'S')) => break Some(true),
                Ok(Key::Char('n' | 'N')) => break Some(false),
                Ok(Key::Enter) => break Some(default),
                Ok(Key::Escape | Key::Char('q' | 'Q')) => break None,
                Ok(Key::CtrlC) => {
                    return Err(self.ended(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C")));
                }
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break None,
                Err(e) => return Err(self.ended(e)),
            }
        };
        self.term.clear_line()?;
        let mut done = String::new();
        theme
            .format_confirm_prompt_selection(&mut done, &prompt, answer)
            .map_err(io::Error::other)?;
        self.term.write_line(&confirm_words(&done, answer))?;
        Ok(answer.unwrap_or(false))
    }

    fn show(&mut self, lines: &[Line]) -> io::Result<()> {
        self.show_page(lines, true)
    }

    fn show_unpaged(&mut self, lines: &[Line]) -> io::Result<()> {
        self.show_page(lines, false)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        if self.list.shown() {
            // Said in the list, once, rather than left above it.
            self.status = Some(text.to_string());
            return Ok(());
        }
        // Wrapped at a word, to the terminal (and never wider than prose
        // should be), keeping the text's own indent on every line.
        let (_, cols) = self.size();
        let width = cols.min(crate::ui::MAX_PROSE_WIDTH);
        let indent = " ".repeat(text.len() - text.trim_start_matches(' ').len());
        let prefix: Line = vec![Span::plain(indent)];
        let lines = crate::render::wrap::wrap_text(
            text.trim_start_matches(' '),
            Style::PLAIN,
            width,
            &prefix,
            &prefix,
        );
        if lines.is_empty() {
            return self.term.write_line("");
        }
        self.write_lines(&lines)
    }

    /// Drawn here, as a form's lists are: the current row is marked
    /// without colour too.
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>> {
        Ok(
            match self.pick(form::Pick {
                prompt,
                items,
                cursor: default,
                ticked: None,
                back: false,
                esc: None,
            })? {
                Reply::Picked(i) => Some(i),
                _ => None,
            },
        )
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Option<Vec<usize>>> {
        Ok(
            match self.pick(form::Pick {
                prompt,
                items,
                cursor: 0,
                ticked: Some(
                    (0..items.len())
                        .map(|i| checked.get(i) == Some(&true))
                        .collect(),
                ),
                back: false,
                esc: None,
            })? {
                Reply::PickedMany(picked) => Some(picked),
                _ => None,
            },
        )
    }

    fn ask(&mut self, question: &Question) -> io::Result<Reply> {
        self.question(question)
    }

    fn long_text(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        self.clear_view()?;
        let how = if self.editor.is_some() {
            t!("prompt-long-how-editor")
        } else {
            t!("prompt-long-how-no-editor")
        };
        self.term
            .write_line(&paint(&[Span::new(how, theme::DIM)], self.color))?;
        let shown_initial = if initial.contains('\n') { "" } else { initial };
        loop {
            let Some(answer) = self.input(prompt, shown_initial)? else {
                return Ok(None);
            };
            if answer.trim() == "e" {
                match self.edit(initial) {
                    // Quitting the editor without saving keeps what was there.
                    Ok(edited) => return Ok(Some(edited.unwrap_or_else(|| initial.to_string()))),
                    // The question is asked again, here.
                    Err(why) => {
                        self.say(&why)?;
                        continue;
                    }
                }
            }
            if answer.is_empty() && initial.contains('\n') {
                // Enter alone keeps a letter written in paragraphs.
                return Ok(Some(initial.to_string()));
            }
            return Ok(Some(answer));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editor_that_fails_is_said_not_taken_for_an_empty_answer() {
        let dir = tempfile::tempdir().unwrap();
        let editor = |command: &str| Editor {
            command: command.into(),
            var: "EDITOR",
        };
        let p = TermPrompter::new(false, None)
            .with_editor(Some(editor("false")), Some(dir.path().to_path_buf()));
        let why = p.edit("").unwrap_err();
        assert!(why.contains("stopped with an error"), "{why}");
        assert!(why.contains("\"false\""), "{why}");
        // Closed without saving, with no error: the answer stays as it was.
        let p = TermPrompter::new(false, None)
            .with_editor(Some(editor("true")), Some(dir.path().to_path_buf()));
        assert_eq!(p.edit("kept"), Ok(None));
    }
}
