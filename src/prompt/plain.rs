//! Accessible prompts: numbered, static questions answered by typing a line.
//! Nothing is redrawn, so a screen reader reads each line once.

use super::form::is_word;
use super::{ChecklistView, ListAction, Prompter, Question, Reply, Row};
use crate::content::i18n::t;
use crate::render::style::{Line, Span, Style, line_text};
use crate::render::wrap::wrap_text;
use std::io::{self, BufRead, Write};

mod form;

pub struct PlainPrompter<R: BufRead, W: Write> {
    input: R,
    output: W,
    /// The list is printed again only when it changes or is asked for.
    listed: Option<ChecklistView>,
    /// Prose is wrapped to this many columns at spaces, so the terminal
    /// never breaks a word in two ("loved o" / "ne").
    width: usize,
    /// The words that go back and leave a form were said in full once.
    told_words: bool,
}

impl PlainPrompter<io::StdinLock<'static>, io::Stderr> {
    /// Reads from stdin, writes to stderr, wrapping prose to `width`.
    pub fn stdio(width: usize) -> Self {
        PlainPrompter::new(io::stdin().lock(), io::stderr()).with_width(width)
    }
}

/// `text` wrapped to `width` at spaces, each line after the first indented
/// by `indent` columns (or by the text's own leading spaces, if more); the
/// line breaks already in `text` are kept.
fn wrapped(text: &str, width: usize, indent: usize) -> Vec<String> {
    let spaces = |n: usize| -> Line {
        if n == 0 {
            Vec::new()
        } else {
            vec![Span::plain(" ".repeat(n))]
        }
    };
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let lead = paragraph.len() - paragraph.trim_start_matches(' ').len();
        let lines = wrap_text(
            paragraph,
            Style::default(),
            width,
            &spaces(lead),
            &spaces(lead.max(indent)),
        );
        if lines.is_empty() {
            out.push(String::new());
        }
        out.extend(lines.iter().map(|l| line_text(l).trim_end().to_string()));
    }
    out
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    pub fn new(input: R, output: W) -> Self {
        PlainPrompter {
            input,
            output,
            listed: None,
            width: 80,
            told_words: false,
        }
    }

    /// Wraps prose to `width` columns (at least 20).
    pub fn with_width(mut self, width: usize) -> Self {
        self.width = width.max(20);
        self
    }

    /// Writes prose as wrapped lines.
    fn put(&mut self, text: &str) -> io::Result<()> {
        self.put_hanging(text, 0)
    }

    /// Writes prose as wrapped lines, the lines after the first indented by
    /// `indent` columns (under the text of "12. Not done: ...").
    fn put_hanging(&mut self, text: &str, indent: usize) -> io::Result<()> {
        for line in wrapped(text, self.width, indent) {
            writeln!(self.output, "{line}")?;
        }
        Ok(())
    }

    /// Writes the choices of a question as a numbered list, "2. Text", each
    /// wrapped under its text; `checked` marks the ones already chosen.
    fn put_choices(&mut self, items: &[String], checked: &[bool]) -> io::Result<()> {
        for (i, item) in items.iter().enumerate() {
            let state = if checked.get(i).copied().unwrap_or(false) {
                format!(" {}", t!("prompt-plain-chosen"))
            } else {
                String::new()
            };
            let number = format!("{}. ", i + 1);
            self.put_hanging(&format!("{number}{item}{state}"), number.len())?;
        }
        Ok(())
    }

    /// Writes a question that is answered on the same line: wrapped like prose,
    /// with its trailing space kept and no line break after it.
    fn ask(&mut self, text: &str) -> io::Result<()> {
        let body = text.trim_end();
        let lines = wrapped(body, self.width, 0);
        let last = lines.len().saturating_sub(1);
        for (i, line) in lines.iter().enumerate() {
            if i < last {
                writeln!(self.output, "{line}")?;
            } else {
                write!(self.output, "{line}{}", &text[body.len()..])?;
            }
        }
        Ok(())
    }

    /// One line of input; `None` at end of input.
    fn line(&mut self) -> io::Result<Option<String>> {
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }

    fn list(&mut self, view: &ChecklistView) -> io::Result<()> {
        self.put(&t!(
            "prompt-list-title",
            title = view.title.as_str(),
            done = view.done,
            total = view.total
        ))?;
        let mut n = 0;
        for row in &view.rows {
            match row {
                Row::Section(title) => {
                    self.put(&t!("prompt-list-section", title = title.as_str()))?
                }
                Row::Item(item) => {
                    n += 1;
                    let state = done_word(item.done);
                    let mut extra = String::new();
                    if item.urgent {
                        extra.push_str(&format!(" {}", t!("prompt-list-urgent")));
                    }
                    if let Some(note) = &item.note {
                        extra.push_str(&format!(
                            " {}",
                            t!("prompt-list-note", note = note.as_str())
                        ));
                    }
                    let number = format!("{n}. ");
                    self.put_hanging(
                        &format!("{number}{state}: {}{extra}", item.text),
                        number.len(),
                    )?;
                }
                Row::Retired(r) => {
                    let state = done_word(r.done);
                    let note = r
                        .note
                        .as_deref()
                        .map(|n| format!(" {}", t!("prompt-list-note", note = n)))
                        .unwrap_or_default();
                    self.put_hanging(
                        &format!(
                            "{state}: {}{note}",
                            t!(
                                "prompt-list-retired",
                                id = r.id.as_str(),
                                mark = super::retired_mark()
                            )
                        ),
                        2,
                    )?;
                }
            }
        }
        Ok(())
    }
}

/// "Done" or "Not done", for an item read aloud.
fn done_word(done: bool) -> String {
    if done {
        t!("prompt-list-done")
    } else {
        t!("prompt-list-not-done")
    }
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn checklist(&mut self, view: &ChecklistView, cursor: &mut usize) -> io::Result<ListAction> {
        let count = view.item_count();
        if self.listed.as_ref() != Some(view) {
            let changed_one = self
                .listed
                .as_ref()
                .is_some_and(|old| old.item_count() == count && old.title == view.title);
            if !changed_one {
                self.list(view)?;
                self.put(&t!("prompt-list-help"))?;
            } else {
                self.put(&t!(
                    "prompt-list-count",
                    done = view.done,
                    total = view.total
                ))?;
            }
            self.listed = Some(view.clone());
        }
        loop {
            self.ask(&format!("{}: ", t!("prompt-list-your-choice")))?;
            let Some(answer) = self.line()? else {
                return Ok(ListAction::Quit);
            };
            let answer = answer.trim().to_lowercase();
            let digits = answer
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(answer.len());
            let (command, number) = answer.split_at(digits);
            let (command, number) = (command.trim(), number.trim());
            let index = number
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=count).contains(n))
                .map(|n| n - 1);
            let action = match (command, index) {
                ("q" | "quit", _) => Some(ListAction::Quit),
                ("l" | "list", _) => {
                    self.list(view)?;
                    None
                }
                ("", Some(i)) => Some(ListAction::Toggle(i)),
                ("d", Some(i)) => Some(ListAction::Details(i)),
                ("n", Some(i)) => Some(ListAction::Note(i)),
                ("g", Some(i)) => Some(ListAction::Guide(i)),
                _ => {
                    self.put(&t!(
                        "prompt-list-not-a-choice",
                        count = count,
                        help = t!("prompt-list-help")
                    ))?;
                    None
                }
            };
            if let Some(action) = action {
                if let Some(i) = index {
                    *cursor = i;
                }
                return Ok(action);
            }
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        if initial.is_empty() {
            self.put(prompt)?;
        } else {
            self.put(&t!("prompt-plain-now", prompt = prompt, initial = initial))?;
        }
        write!(self.output, "> ")?;
        Ok(self.line()?.map(|answer| {
            if answer.is_empty() {
                initial.to_string()
            } else if answer.trim() == "-" {
                String::new()
            } else {
                answer
            }
        }))
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        let hint = if default {
            t!("prompt-plain-yes-or-no-enter-yes")
        } else {
            t!("prompt-plain-yes-or-no-enter-no")
        };
        loop {
            self.ask(&format!("{prompt} ({hint}): "))?;
            let Some(answer) = self.line()? else {
                return Ok(false);
            };
            // The English words work in every language; "s" and "sí" too.
            match super::form::folded(&answer).as_str() {
                "" => return Ok(default),
                "y" | "yes" | "s" | "si" => return Ok(true),
                "n" | "no" => return Ok(false),
                _ => self.put(&t!("prompt-plain-answer-yes-or-no"))?,
            }
        }
    }

    fn show(&mut self, lines: &[Line]) -> io::Result<()> {
        for line in lines {
            writeln!(self.output, "{}", line_text(line))?;
        }
        writeln!(self.output, "{}", t!("prompt-plain-end-of-page"))?;
        Ok(())
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        self.put(text)
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>> {
        self.put(prompt)?;
        self.put_choices(items, &[])?;
        loop {
            self.ask(&format!(
                "{}: ",
                t!(
                    "prompt-plain-pick-q",
                    count = items.len(),
                    default = default + 1
                )
            ))?;
            let Some(answer) = self.line()? else {
                return Ok(None);
            };
            let answer = answer.trim().to_lowercase();
            if answer.is_empty() {
                return Ok(Some(default));
            }
            if answer == "q" {
                return Ok(None);
            }
            match answer.parse::<usize>() {
                Ok(n) if (1..=items.len()).contains(&n) => return Ok(Some(n - 1)),
                _ => self.put(&t!("prompt-plain-not-a-number"))?,
            }
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Option<Vec<usize>>> {
        self.put(prompt)?;
        self.put_choices(items, checked)?;
        loop {
            self.ask(&format!(
                "{}: ",
                t!("prompt-plain-pick-many-q", none = t!("prompt-word-none"))
            ))?;
            let Some(answer) = self.line()? else {
                return Ok(None);
            };
            let answer = answer.trim().to_lowercase();
            match answer.as_str() {
                "" => {
                    return Ok(Some(
                        (0..items.len())
                            .filter(|i| checked.get(*i).copied().unwrap_or(false))
                            .collect(),
                    ));
                }
                "q" => return Ok(None),
                a if a == "-" || is_word(a, "none", &t!("prompt-word-none")) => {
                    return Ok(Some(Vec::new()));
                }
                _ => {}
            }
            match picked_numbers(&answer, items.len()) {
                Some(picked) => {
                    return Ok(Some(picked));
                }
                None => self.put(&t!("prompt-plain-numbers", count = items.len()))?,
            }
        }
    }

    fn long_text(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        self.put(prompt)?;
        if !initial.is_empty() {
            self.put(&t!("prompt-plain-now-label"))?;
            self.put(initial)?;
            self.put(&t!("prompt-plain-replace"))?;
        }
        self.put(&t!("prompt-plain-lines"))?;
        let mut lines: Vec<String> = Vec::new();
        loop {
            let Some(line) = self.line()? else {
                return Ok(if lines.is_empty() {
                    None
                } else {
                    Some(lines.join("\n"))
                });
            };
            if line.trim() == "." {
                break;
            }
            lines.push(line);
        }
        if lines.is_empty() {
            return Ok(Some(initial.to_string()));
        }
        Ok(Some(lines.join("\n")))
    }

    fn ask(&mut self, question: &Question) -> io::Result<Reply> {
        self.question(question)
    }
}

/// "1, 3" as the items it names, counted from 0, in order and once each;
/// `None` when a part is not the number of an item.
pub(super) fn picked_numbers(answer: &str, count: usize) -> Option<Vec<usize>> {
    let mut picked: Vec<usize> = answer
        .split(',')
        .map(|p| {
            p.trim()
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=count).contains(n))
                .map(|n| n - 1)
        })
        .collect::<Option<_>>()?;
    picked.sort_unstable();
    picked.dedup();
    Some(picked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::ItemView;

    fn view(done: usize) -> ChecklistView {
        let item = |text: &str, done| {
            Row::Item(ItemView {
                text: text.into(),
                done,
                urgent: false,
                note: None,
                has_more: true,
                has_guide: false,
            })
        };
        ChecklistView {
            title: "Kit".into(),
            done,
            total: 2,
            rows: vec![
                Row::Section("First".into()),
                item("Get it.", done > 0),
                item("Tell them.", false),
            ],
        }
    }

    #[test]
    fn numbered_static_questions_map_to_actions() {
        let input = b"2\nd 1\nn2\nzz\n9\nq\n";
        let mut out = Vec::new();
        let mut p = PlainPrompter::new(&input[..], &mut out);
        let mut cursor = 0;
        let v = view(0);
        assert_eq!(p.checklist(&v, &mut cursor).unwrap(), ListAction::Toggle(1));
        assert_eq!(cursor, 1);
        assert_eq!(
            p.checklist(&v, &mut cursor).unwrap(),
            ListAction::Details(0)
        );
        assert_eq!(p.checklist(&v, &mut cursor).unwrap(), ListAction::Note(1));
        assert_eq!(p.checklist(&v, &mut cursor).unwrap(), ListAction::Quit);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("Section: First\n1. Not done: Get it.\n2. Not done: Tell them.\n"),
            "{text}"
        );
        assert_eq!(
            text.matches("Sorry, that is not a choice").count(),
            2,
            "{text}"
        );
        assert!(!text.contains('\u{1b}'), "no escape codes");
    }

    #[test]
    fn a_change_is_announced_not_relisted() {
        let mut out = Vec::new();
        let mut p = PlainPrompter::new(&b"1\n1\n"[..], &mut out);
        let mut cursor = 0;
        p.checklist(&view(0), &mut cursor).unwrap();
        p.checklist(&view(1), &mut cursor).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.matches("Section: First").count(), 1, "{text}");
        assert!(text.contains("1 of 2 done."), "{text}");
    }

    #[test]
    fn input_keeps_replaces_or_removes() {
        let mut out = Vec::new();
        let mut p = PlainPrompter::new(&b"\nnew text\n-\n"[..], &mut out);
        assert_eq!(p.input("Note:", "old").unwrap().as_deref(), Some("old"));
        assert_eq!(
            p.input("Note:", "old").unwrap().as_deref(),
            Some("new text")
        );
        assert_eq!(p.input("Note:", "old").unwrap().as_deref(), Some(""));
        assert_eq!(p.input("Note:", "old").unwrap(), None, "end of input");
    }

    #[test]
    fn prose_is_wrapped_at_spaces_to_the_width() {
        let mut out = Vec::new();
        let mut p = PlainPrompter::new(&b"y\n"[..], &mut out).with_width(30);
        p.say("What matters to your loved one, in a few words of your own?")
            .unwrap();
        p.say("  Example: their dog, music, their daughter Ana.")
            .unwrap();
        p.say("").unwrap();
        p.confirm("Move the old plan for your loved one aside?", false)
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= 30, "{line:?} in\n{text}");
        }
        assert!(text.contains("\nloved one"), "whole words: {text}");
        assert!(
            text.contains("\n  their daughter Ana."),
            "indent kept: {text}"
        );
        assert!(
            text.contains("\n\nMove the old plan"),
            "blank line kept: {text}"
        );
        assert!(
            text.ends_with("Enter for no): "),
            "asked on one line: {text:?}"
        );
    }

    #[test]
    fn numbered_items_wrap_under_their_text() {
        let mut out = Vec::new();
        let mut p = PlainPrompter::new(&b"1\n"[..], &mut out).with_width(40);
        let items = [
            "Get naloxone from a pharmacy near where your loved one lives".to_string(),
            "Tell the household".to_string(),
        ];
        p.select("Which one?", &items, 0).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("1. Get naloxone from a pharmacy near\n   where your loved one lives\n"),
            "{text}"
        );
        for line in text.lines() {
            assert!(line.chars().count() <= 40, "{line:?} in\n{text}");
        }
    }

    #[test]
    fn confirm_needs_a_clear_answer() {
        let mut out = Vec::new();
        let mut p = PlainPrompter::new(&b"maybe\nyes\n\n"[..], &mut out);
        assert!(p.confirm("Reset?", false).unwrap());
        assert!(!p.confirm("Reset?", false).unwrap());
    }
}
