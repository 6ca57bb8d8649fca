//! A form's questions, asked plainly: the keys of the terminal become words
//! typed alone on a line (`back`, `menu`), said once in full and then in
//! short under each question.

use super::PlainPrompter;
use crate::prompt::form::{Asking, BACK_WORD, ESC_WORDS, Esc, Question, Reply};
use std::io::{self, BufRead, Write};

/// What a typed line asks for, beyond an answer.
enum Word {
    Back,
    Esc,
    Answer(String),
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// Says which words do what here: in full the first time, then short.
    fn words(&mut self, q: &Question) -> io::Result<()> {
        let list = matches!(q.asking, Asking::Pick { .. } | Asking::PickMany { .. });
        let mut parts = Vec::new();
        if q.back {
            parts.push(format!("{BACK_WORD} for the question before"));
        }
        parts.push(match q.esc {
            Esc::Sections => format!("{} for the list of sections", ESC_WORDS[0]),
            Esc::Leave if list => format!("{} when you are done for now", ESC_WORDS[1]),
            Esc::Leave => format!("{} to stop here", ESC_WORDS[0]),
        });
        if !self.told_words && q.esc == Esc::Sections {
            self.told_words = true;
            self.put(&format!(
                "At any question, type {BACK_WORD} to go to the question before, or {} \
                 for the list of sections. Ctrl-C saves and stops.",
                ESC_WORDS[0]
            ))?;
        }
        self.put(&format!("(Or type {}.)", parts.join(", or ")))
    }

    /// One typed line read as a word or an answer; `None` at end of input.
    /// `q` leaves only a list: typed for a text, it may be the answer.
    fn word(&mut self, q: &Question) -> io::Result<Option<Word>> {
        let list = matches!(q.asking, Asking::Pick { .. } | Asking::PickMany { .. });
        let Some(line) = self.line()? else {
            return Ok(None);
        };
        let word = line.trim().to_lowercase();
        Ok(Some(if word == BACK_WORD && q.back {
            Word::Back
        } else if word == ESC_WORDS[0] || (list && word == ESC_WORDS[1]) {
            Word::Esc
        } else {
            Word::Answer(line)
        }))
    }

    pub(super) fn question(&mut self, q: &Question) -> io::Result<Reply> {
        match &q.asking {
            Asking::Line { initial, check } => {
                if initial.is_empty() {
                    self.put(q.prompt)?;
                } else {
                    self.put(&format!(
                        "{} Now: {initial}. Press Enter alone to keep it, or type a dash (-) to remove it.",
                        q.prompt
                    ))?;
                }
                self.words(q)?;
                loop {
                    write!(self.output, "> ")?;
                    let typed = match self.word(q)? {
                        None | Some(Word::Esc) => return Ok(Reply::Esc),
                        Some(Word::Back) => return Ok(Reply::Back),
                        Some(Word::Answer(a)) if a.is_empty() => initial.to_string(),
                        Some(Word::Answer(a)) if a.trim() == "-" => String::new(),
                        Some(Word::Answer(a)) => a,
                    };
                    match check(&typed) {
                        Err(why) => self.put(&why)?,
                        Ok(echo) => {
                            if let Some(echo) = echo {
                                self.put(&format!("Saved as {echo}."))?;
                            }
                            return Ok(Reply::Text(typed));
                        }
                    }
                }
            }
            Asking::Long { initial, check } => {
                self.put(q.prompt)?;
                if !initial.is_empty() {
                    self.put("Now:")?;
                    self.put(initial)?;
                    self.put(
                        "Type a new text to replace it, or a full stop (.) alone to keep it.",
                    )?;
                }
                self.put(
                    "Type as many lines as you like. A line with only a full stop (.) ends it.",
                )?;
                self.words(q)?;
                loop {
                    let mut lines: Vec<String> = Vec::new();
                    let ended = loop {
                        let word = if lines.is_empty() {
                            self.word(q)?
                        } else {
                            self.line()?.map(Word::Answer)
                        };
                        match word {
                            None if lines.is_empty() => return Ok(Reply::Esc),
                            None => break true,
                            Some(Word::Esc) => return Ok(Reply::Esc),
                            Some(Word::Back) => return Ok(Reply::Back),
                            Some(Word::Answer(line)) if line.trim() == "." => break false,
                            Some(Word::Answer(line)) => lines.push(line),
                        }
                    };
                    let typed = if lines.is_empty() {
                        initial.to_string()
                    } else {
                        lines.join("\n")
                    };
                    match check(&typed) {
                        Err(why) if !ended => self.put(&format!("{why} Type it again."))?,
                        Err(why) => {
                            self.put(&why)?;
                            return Ok(Reply::Esc);
                        }
                        Ok(_) => return Ok(Reply::Text(typed)),
                    }
                }
            }
            Asking::Pick { items, default } => {
                self.put(q.prompt)?;
                for (i, item) in items.iter().enumerate() {
                    let number = format!("{}. ", i + 1);
                    self.put_hanging(&format!("{number}{item}"), number.len())?;
                }
                self.words(q)?;
                loop {
                    self.ask(&format!(
                        "Type a number from 1 to {} (Enter for {}): ",
                        items.len(),
                        default + 1
                    ))?;
                    let answer = match self.word(q)? {
                        None | Some(Word::Esc) => return Ok(Reply::Esc),
                        Some(Word::Back) => return Ok(Reply::Back),
                        Some(Word::Answer(a)) => a.trim().to_lowercase(),
                    };
                    if answer.is_empty() {
                        return Ok(Reply::Picked(*default));
                    }
                    match answer.parse::<usize>() {
                        Ok(n) if (1..=items.len()).contains(&n) => return Ok(Reply::Picked(n - 1)),
                        _ => self.put("Sorry, that is not one of the numbers.")?,
                    }
                }
            }
            Asking::PickMany { items, checked } => {
                self.put(q.prompt)?;
                for (i, item) in items.iter().enumerate() {
                    let state = if checked.get(i).copied().unwrap_or(false) {
                        " (chosen)"
                    } else {
                        ""
                    };
                    let number = format!("{}. ", i + 1);
                    self.put_hanging(&format!("{number}{item}{state}"), number.len())?;
                }
                self.words(q)?;
                loop {
                    self.ask(
                        "Type the numbers you choose, with commas (Enter keeps the chosen ones, none for none): ",
                    )?;
                    let answer = match self.word(q)? {
                        None | Some(Word::Esc) => return Ok(Reply::Esc),
                        Some(Word::Back) => return Ok(Reply::Back),
                        Some(Word::Answer(a)) => a.trim().to_lowercase(),
                    };
                    match answer.as_str() {
                        "" => {
                            return Ok(Reply::PickedMany(
                                (0..items.len())
                                    .filter(|i| checked.get(*i).copied().unwrap_or(false))
                                    .collect(),
                            ));
                        }
                        "none" | "-" => return Ok(Reply::PickedMany(Vec::new())),
                        _ => {}
                    }
                    match super::picked_numbers(&answer, items.len()) {
                        Some(picked) => {
                            return Ok(Reply::PickedMany(picked));
                        }
                        None => self.put(&format!(
                            "Sorry, use numbers from 1 to {}, such as 1, 3.",
                            items.len()
                        ))?,
                    }
                }
            }
        }
    }
}
