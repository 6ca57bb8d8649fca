//! The checklist view on a terminal: the list with each note under its item,
//! a key line that fits the width, and the note being edited in its place,
//! all drawn as one frame that the next one overwrites. Nothing is left
//! behind on the screen: a frame never has more rows than the screen (less
//! one, so drawing it never scrolls what is above), and no row is wider
//! than the screen less one column (so the terminal never wraps one).

use super::line::LineEdit;
use super::{ChecklistView, ItemView, RetiredView, Row};
use crate::content::i18n::t;
use crate::render::style::{Line, Span, Style, line_width, theme};
use crate::render::wrap::{truncate, wrap_text};
use crate::ui::paint;
use console::Term;
use std::io;

/// The keys of the list, each a few words, in the order they are shown.
fn list_keys() -> Vec<String> {
    ["move", "tick", "read-more", "note", "guide", "quit"]
        .iter()
        .map(|id| t!(format!("prompt-checklist-key-{id}").as_str()))
        .collect()
}

/// The keys while a note is typed.
fn note_keys() -> Vec<String> {
    ["saves", "cancel", "remove"]
        .iter()
        .map(|id| t!(format!("prompt-checklist-note-{id}").as_str()))
        .collect()
}

/// Where a note starts, under its item's text ("› [x] ").
const NOTE_INDENT: &str = "      ";
fn note_label() -> String {
    format!("{} ", t!("prompt-checklist-note-label"))
}

/// One screenful of the checklist, and where the typing cursor goes in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub lines: Vec<Line>,
    /// (row, column) of the cursor while a note is typed.
    pub cursor: Option<(usize, usize)>,
}

/// The frame for `view` with the item `cursor` selected, in `width` by
/// `height` cells. With `editing`, that item's note is being typed; a
/// `status` (something just said) is shown above the keys once.
pub fn frame(
    view: &ChecklistView,
    cursor: usize,
    mut editing: Option<&mut LineEdit>,
    status: Option<&str>,
    width: usize,
    height: usize,
) -> Frame {
    // The last column stays empty: a row that fills it leaves some terminals
    // waiting to wrap, and the next clear would take its last character.
    let width = width.saturating_sub(1).max(19);
    let mut rows: Vec<Line> = Vec::new();
    // The rows of the selected item (with its note), to keep them in view.
    let mut selected = 0..0;
    let mut edit_row = None;
    let mut index = 0;
    for row in &view.rows {
        match row {
            Row::Section(title) => {
                if !rows.is_empty() {
                    rows.push(Vec::new());
                }
                rows.push(vec![Span::new(truncate(title, width), theme::SUBHEADING)]);
            }
            Row::Item(item) => {
                let start = rows.len();
                rows.push(item_line(item, index == cursor, width));
                match editing.as_deref_mut() {
                    Some(line) if index == cursor => {
                        let label = note_label();
                        let label_width = console::measure_text_width(&label);
                        let (text, at) = line.window(width - NOTE_INDENT.len() - label_width);
                        edit_row = Some((rows.len(), NOTE_INDENT.len() + label_width + at));
                        rows.push(vec![
                            Span::plain(NOTE_INDENT),
                            Span::new(label, theme::STRONG),
                            Span::plain(text),
                        ]);
                    }
                    _ => {
                        if let Some(note) = &item.note {
                            rows.push(note_line(note, Style::PLAIN, width));
                        }
                    }
                }
                if index == cursor {
                    selected = start..rows.len();
                }
                index += 1;
            }
            Row::Retired(r) => {
                rows.push(retired_line(r, width));
                if let Some(note) = &r.note {
                    rows.push(note_line(note, theme::DIM, width));
                }
            }
        }
    }

    let keys = if editing.is_some() {
        note_keys()
    } else {
        list_keys()
    };
    let mut keys = key_lines(&keys, width);
    let mut status: Vec<Line> = status
        .map(|s| wrap_text(s, theme::STRONG, width, &vec![], &vec![]))
        .unwrap_or_default();
    // The title, a row above and a row below the list (blank, or saying
    // there is more), what was said, the keys; one row spare; and at least
    // three rows of the list. On a tiny screen the keys and what was said
    // give way to one row each.
    let spare = height.saturating_sub(1 + 3 + 3);
    if status.len() + keys.len() > spare {
        let all: Vec<String> = keys
            .iter()
            .map(|l| crate::render::style::line_text(l))
            .collect();
        keys = vec![vec![Span::new(
            truncate(&all.join(" · "), width),
            theme::DIM,
        )]];
        if spare < 2 && !status.is_empty() {
            // Said in the keys' row, for this one frame.
            keys.clear();
        }
        status.truncate(spare.saturating_sub(keys.len()).max(1));
        if let Some(last) = status.last_mut() {
            let text = crate::render::style::line_text(last);
            *last = vec![Span::new(truncate(&text, width), theme::STRONG)];
        }
    }
    let fixed = 3 + status.len() + keys.len();
    let room = height.saturating_sub(1 + fixed).max(3);
    let start = if rows.len() <= room {
        0
    } else {
        let centred = selected.start.saturating_sub(room / 2);
        // The note under the selected item stays in view with it.
        let start = centred.max(selected.end.saturating_sub(room));
        start.min(rows.len() - room)
    };
    let end = (start + room).min(rows.len());

    let done = format!(
        "  {}",
        t!(
            "prompt-checklist-done",
            done = view.done,
            total = view.total
        )
    );
    let mut lines = vec![vec![
        Span::new(
            truncate(&view.title, width.saturating_sub(done.len()).max(4)),
            theme::TITLE,
        ),
        Span::new(done, theme::DIM),
    ]];
    lines.push(if start > 0 {
        vec![Span::new(
            format!("  ↑ {}", t!("prompt-checklist-more-above")),
            theme::DIM,
        )]
    } else {
        Vec::new()
    });
    let first_row = lines.len();
    lines.extend(rows[start..end].iter().cloned());
    lines.push(if end < rows.len() {
        vec![Span::new(
            format!("  ↓ {}", t!("prompt-checklist-more-below")),
            theme::DIM,
        )]
    } else {
        Vec::new()
    });
    lines.extend(status);
    lines.extend(keys);
    let cursor = edit_row
        .filter(|(row, _)| (start..end).contains(row))
        .map(|(row, col)| (row - start + first_row, col));
    Frame { lines, cursor }
}

/// The keys, joined with " · " on as few lines as fit in `width`, each key
/// whole (cut only when one alone is wider than the screen).
pub fn key_lines<K: AsRef<str>>(keys: &[K], width: usize) -> Vec<Line> {
    let mut lines: Vec<String> = Vec::new();
    for key in keys {
        let key = key.as_ref();
        match lines.last_mut() {
            Some(line)
                if console::measure_text_width(line) + 3 + console::measure_text_width(key)
                    <= width =>
            {
                line.push_str(" · ");
                line.push_str(key);
            }
            _ => lines.push(truncate(key, width)),
        }
    }
    lines
        .into_iter()
        .map(|l| vec![Span::new(l, theme::DIM)])
        .collect()
}

fn item_line(item: &ItemView, selected: bool, width: usize) -> Line {
    let pointer = if selected { "› " } else { "  " };
    let (check, check_style) = if item.done {
        ("[x] ", theme::DONE)
    } else {
        ("[ ] ", Style::PLAIN)
    };
    let urgent = if item.urgent {
        format!(" {}", t!("prompt-checklist-urgent"))
    } else {
        String::new()
    };
    let room = width.saturating_sub(6 + console::measure_text_width(&urgent));
    let text_style = if selected {
        theme::STRONG
    } else {
        Style::PLAIN
    };
    let mut line = vec![
        Span::new(pointer, theme::MARKER),
        Span::new(check, check_style),
        Span::new(truncate(&one_line(&item.text), room), text_style),
    ];
    if !urgent.is_empty() {
        line.push(Span::new(urgent, theme::URGENT));
    }
    line
}

/// A note under its item, cut to one row (the whole of it is on the item's
/// page).
fn note_line(note: &str, style: Style, width: usize) -> Line {
    let label = note_label();
    let room = width.saturating_sub(NOTE_INDENT.len() + console::measure_text_width(&label));
    vec![
        Span::plain(NOTE_INDENT),
        Span::new(label, theme::EMPH),
        Span::new(truncate(&one_line(note), room), style),
    ]
}

/// A retired item: dim, never the cursor's, with its mark.
fn retired_line(item: &RetiredView, width: usize) -> Line {
    let check = if item.done { "[x] " } else { "[ ] " };
    let tail = format!(" ({})", super::retired_mark());
    let room = width.saturating_sub(6 + tail.chars().count());
    vec![
        Span::new("  ", theme::MARKER),
        Span::new(check, theme::DIM),
        Span::new(truncate(&item.id, room), theme::DIM),
        Span::new(tail, theme::DIM),
    ]
}

/// Text for one row: line breaks and tabs (which the terminal would act on)
/// become spaces.
pub fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// The checklist as it stands on the screen: where the cursor is in the
/// last frame drawn, so the next one starts at its top.
#[derive(Debug, Default)]
pub struct ListScreen {
    /// Rows from the frame's first row down to the cursor; `None` when no
    /// frame is on the screen.
    at: Option<usize>,
}

impl ListScreen {
    /// True while a frame is on the screen.
    pub fn shown(&self) -> bool {
        self.at.is_some()
    }

    /// Draws `frame` over the last one, in one write: each row overwritten
    /// and cleared to its end, then everything below cleared. The cursor is
    /// shown where a note is typed, else hidden.
    pub fn draw(&mut self, term: &Term, frame: &Frame, color: bool) -> io::Result<()> {
        let mut out = String::new();
        if let Some(at) = self.at
            && at > 0
        {
            out.push_str(&format!("\x1b[{at}A"));
        }
        out.push('\r');
        for line in &frame.lines {
            out.push_str(paint(line, color).trim_end_matches(' '));
            out.push_str("\x1b[K\r\n");
        }
        out.push_str("\x1b[J");
        let mut at = frame.lines.len();
        match frame.cursor {
            Some((row, col)) => {
                out.push_str(&format!("\x1b[{}A\r", at - row));
                if col > 0 {
                    out.push_str(&format!("\x1b[{col}C"));
                }
                out.push_str("\x1b[?25h");
                at = row;
            }
            None => out.push_str("\x1b[?25l"),
        }
        term.write_str(&out)?;
        term.flush()?;
        self.at = Some(at);
        Ok(())
    }

    /// Takes the frame off the screen, leaving the cursor where it began.
    pub fn clear(&mut self, term: &Term) -> io::Result<()> {
        if let Some(at) = self.at.take() {
            let up = if at > 0 {
                format!("\x1b[{at}A")
            } else {
                String::new()
            };
            term.write_str(&format!("{up}\r\x1b[J"))?;
            term.flush()?;
        }
        Ok(())
    }
}

/// How many rows `lines` take on a screen `width` wide.
pub fn rows_taken(lines: &[Line], width: usize) -> usize {
    lines
        .iter()
        .map(|l| 1 + line_width(l).saturating_sub(1) / width.max(1))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::style::line_text;

    fn item(text: &str, done: bool, note: Option<&str>) -> Row {
        Row::Item(ItemView {
            text: text.into(),
            done,
            urgent: false,
            note: note.map(str::to_string),
            has_more: false,
            has_guide: false,
        })
    }

    fn kit(items: usize) -> ChecklistView {
        let mut rows = vec![Row::Section("Get it".into())];
        for i in 0..items {
            let note = (i % 3 == 1).then(|| format!("note {i}"));
            rows.push(item(&format!("Item {i}"), i % 2 == 0, note.as_deref()));
        }
        ChecklistView {
            title: "Overdose kit".into(),
            done: 1,
            total: items,
            rows,
        }
    }

    fn text(frame: &Frame) -> Vec<String> {
        frame.lines.iter().map(|l| line_text(l)).collect()
    }

    #[test]
    fn each_note_is_shown_under_its_item() {
        let f = frame(&kit(3), 0, None, None, 80, 24);
        let shown = text(&f);
        assert_eq!(
            shown[2..7],
            [
                "Get it",
                "› [x] Item 0",
                "  [ ] Item 1",
                "      Note: note 1",
                "  [x] Item 2"
            ]
        );
        assert!(shown.last().unwrap().contains("q quit"));
        assert_eq!(f.cursor, None);
    }

    #[test]
    fn a_note_being_typed_is_edited_under_its_item_with_the_cursor_in_it() {
        let mut line = LineEdit::new(&"drawer ".repeat(30));
        let f = frame(&kit(3), 1, Some(&mut line), None, 80, 24);
        let shown = text(&f);
        let (row, col) = f.cursor.expect("a cursor");
        assert_eq!(shown[row - 1], "› [ ] Item 1");
        assert!(shown[row].starts_with("      Note: …"), "{}", shown[row]);
        assert!(console::measure_text_width(&shown[row]) < 80);
        assert_eq!(col, console::measure_text_width(&shown[row]));
        assert!(shown.last().unwrap().contains("Esc to cancel"));
        assert!(!shown.iter().any(|l| l.contains("note 1")), "{shown:?}");
    }

    #[test]
    fn the_frame_fits_the_screen_and_keeps_the_selected_item_and_its_note_in_view() {
        for (width, height) in [(80, 24), (40, 12), (20, 8), (100, 30)] {
            for cursor in [0, 10, 28, 29] {
                let f = frame(&kit(30), cursor, None, Some("Saved."), width, height);
                assert!(
                    rows_taken(&f.lines, width) < height,
                    "{width}x{height}: {:#?}",
                    text(&f)
                );
                assert!(f.lines.iter().all(|l| line_width(l) < width));
                let shown = text(&f);
                let at = shown
                    .iter()
                    .position(|l| l.starts_with("› "))
                    .unwrap_or_else(|| panic!("{width}x{height} {cursor}: {shown:#?}"));
                if cursor % 3 == 1 {
                    assert!(shown[at + 1].contains("Note:"), "{shown:#?}");
                }
            }
        }
        let shown = text(&frame(&kit(30), 29, None, None, 80, 24));
        assert_eq!(shown[1], "  ↑ more above");
        let shown = text(&frame(&kit(30), 0, None, None, 80, 24));
        assert!(shown.iter().any(|l| l == "  ↓ more below"), "{shown:#?}");
    }

    #[test]
    fn the_keys_fit_the_width_on_more_lines_when_they_must() {
        let one = key_lines(&list_keys(), 79);
        assert_eq!(one.len(), 1);
        assert_eq!(
            line_text(&one[0]),
            "↑↓ move · space tick · enter read more · n note · g guide · q quit"
        );
        for width in [20, 40, 50, 60] {
            let lines = key_lines(&list_keys(), width);
            assert!(lines.len() > 1);
            assert!(lines.iter().all(|l| line_width(l) <= width), "{width}");
            let all: Vec<String> = lines.iter().map(|l| line_text(l)).collect();
            assert_eq!(
                all.join(" · "),
                line_text(&one[0]),
                "every key, whole, at {width}"
            );
        }
    }

    #[test]
    fn line_breaks_in_a_note_stay_on_one_row() {
        let view = ChecklistView {
            title: "Kit".into(),
            done: 0,
            total: 1,
            rows: vec![item("A", false, Some("first\nsecond\tthird"))],
        };
        let shown = text(&frame(&view, 0, None, None, 80, 24));
        assert!(shown.contains(&"      Note: first second third".to_string()));
    }
}
