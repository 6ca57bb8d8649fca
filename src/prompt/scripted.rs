//! A prompter that plays back answers given in advance, for tests of flows.

use super::{Asking, ChecklistView, ListAction, Prompter, Question, Reply};
use crate::render::style::{Line, line_text};
use std::collections::VecDeque;
use std::io;

/// One answer to the next question.
#[derive(Debug, Clone, PartialEq)]
pub enum Scripted {
    Action(ListAction),
    Text(Option<String>),
    Confirm(bool),
    /// The index picked from a select, or `None` to back out.
    Select(Option<usize>),
    /// The indexes picked from a multi-select, or `None` to back out.
    Many(Option<Vec<usize>>),
    /// The back key, at a form's question.
    Back,
    /// Esc, at a form's question.
    Esc,
}

/// Answers each question with the next scripted answer, and records what it
/// was shown. Running out of answers is an error, so a flow can never hang.
#[derive(Debug, Default)]
pub struct ScriptedPrompter {
    answers: VecDeque<Scripted>,
    /// Every view, page and message shown, as plain text.
    pub seen: Vec<String>,
}

impl ScriptedPrompter {
    pub fn new(answers: impl IntoIterator<Item = Scripted>) -> Self {
        ScriptedPrompter {
            answers: answers.into_iter().collect(),
            seen: Vec::new(),
        }
    }

    fn next(&mut self, asked: &str) -> io::Result<Scripted> {
        self.answers.pop_front().ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("no scripted answer for: {asked}"),
            )
        })
    }

    fn wrong(asked: &str, got: &Scripted) -> io::Error {
        io::Error::other(format!("asked {asked}, but the script says {got:?}"))
    }
}

impl Prompter for ScriptedPrompter {
    fn checklist(&mut self, view: &ChecklistView, cursor: &mut usize) -> io::Result<ListAction> {
        self.seen
            .push(format!("{} {}/{}", view.title, view.done, view.total));
        match self.next("a checklist action")? {
            Scripted::Action(action) => {
                if let ListAction::Toggle(i)
                | ListAction::Details(i)
                | ListAction::Note(i)
                | ListAction::Guide(i) = action
                {
                    *cursor = i;
                }
                Ok(action)
            }
            other => Err(Self::wrong("a checklist action", &other)),
        }
    }

    fn input(&mut self, prompt: &str, _initial: &str) -> io::Result<Option<String>> {
        self.seen.push(prompt.to_string());
        match self.next(prompt)? {
            Scripted::Text(text) => Ok(text),
            other => Err(Self::wrong(prompt, &other)),
        }
    }

    fn confirm(&mut self, prompt: &str, _default: bool) -> io::Result<bool> {
        self.seen.push(prompt.to_string());
        match self.next(prompt)? {
            Scripted::Confirm(yes) => Ok(yes),
            other => Err(Self::wrong(prompt, &other)),
        }
    }

    fn show(&mut self, lines: &[Line]) -> io::Result<()> {
        self.seen
            .push(lines.iter().map(|l| line_text(l) + "\n").collect());
        Ok(())
    }

    /// Recorded like a page, marked "(never paged) ".
    fn show_unpaged(&mut self, lines: &[Line]) -> io::Result<()> {
        self.show(lines)?;
        if let Some(page) = self.seen.last_mut() {
            page.insert_str(0, "(never paged) ");
        }
        Ok(())
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        self.seen.push(text.to_string());
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        _default: usize,
    ) -> io::Result<Option<usize>> {
        self.seen.push(format!("{prompt} [{}]", items.join(" | ")));
        match self.next(prompt)? {
            Scripted::Select(Some(i)) if i >= items.len() => Err(io::Error::other(format!(
                "the script picks {i} from {} items for: {prompt}",
                items.len()
            ))),
            Scripted::Select(choice) => Ok(choice),
            other => Err(Self::wrong(prompt, &other)),
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        _checked: &[bool],
    ) -> io::Result<Option<Vec<usize>>> {
        self.seen.push(format!("{prompt} [{}]", items.join(" | ")));
        match self.next(prompt)? {
            Scripted::Many(choice) => Ok(choice),
            other => Err(Self::wrong(prompt, &other)),
        }
    }

    fn long_text(&mut self, prompt: &str, _initial: &str) -> io::Result<Option<String>> {
        self.seen.push(prompt.to_string());
        match self.next(prompt)? {
            Scripted::Text(text) => Ok(text),
            other => Err(Self::wrong(prompt, &other)),
        }
    }

    /// Records the question (a pick with its items and where the cursor
    /// starts); a typed answer its check refuses is recorded with why, and
    /// the next scripted answer is taken, as a person would type again.
    fn ask(&mut self, q: &Question) -> io::Result<Reply> {
        match &q.asking {
            Asking::Pick { items, default } => self.seen.push(format!(
                "{} [{}] (starts on {})",
                q.prompt,
                items.join(" | "),
                items.get(*default).map(String::as_str).unwrap_or("nothing")
            )),
            Asking::PickMany { items, .. } => {
                self.seen
                    .push(format!("{} [{}]", q.prompt, items.join(" | ")))
            }
            Asking::Line { initial, .. } | Asking::Long { initial, .. } if !initial.is_empty() => {
                self.seen.push(format!("{} (now: {initial})", q.prompt))
            }
            Asking::Line { .. } | Asking::Long { .. } => self.seen.push(q.prompt.to_string()),
        }
        loop {
            let answer = self.next(q.prompt)?;
            let reply = match (&q.asking, answer) {
                (_, Scripted::Back) if q.back => Reply::Back,
                (_, Scripted::Esc) => Reply::Esc,
                (Asking::Line { check, .. } | Asking::Long { check, .. }, Scripted::Text(text)) => {
                    let Some(text) = text else {
                        return Ok(Reply::Esc);
                    };
                    match check(&text) {
                        Err(why) => {
                            self.seen.push(why);
                            continue;
                        }
                        Ok(echo) => {
                            self.seen.extend(echo);
                            Reply::Text(text)
                        }
                    }
                }
                (Asking::Pick { items, .. }, Scripted::Select(Some(i))) if i >= items.len() => {
                    return Err(io::Error::other(format!(
                        "the script picks {i} from {} items for: {}",
                        items.len(),
                        q.prompt
                    )));
                }
                (Asking::Pick { .. }, Scripted::Select(choice)) => {
                    choice.map_or(Reply::Esc, Reply::Picked)
                }
                (Asking::PickMany { .. }, Scripted::Many(choice)) => {
                    choice.map_or(Reply::Esc, Reply::PickedMany)
                }
                (_, other) => return Err(Self::wrong(q.prompt, &other)),
            };
            return Ok(reply);
        }
    }
}
