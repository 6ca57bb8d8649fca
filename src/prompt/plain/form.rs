//! A form's questions, asked plainly: the keys of the terminal become words
//! typed alone on a line (`back`, `menu`), said once in full and then in
//! short under each question.

use super::PlainPrompter;
use crate::content::i18n::t;
use crate::prompt::form::{
    Asking, BACK_WORD, ESC_WORDS, Esc, Question, Reply, back_word, is_word, menu_word,
};
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
        let (back, menu) = (back_word(), menu_word());
        let mut parts = Vec::new();
        if q.back {
            parts.push(t!("prompt-plain-word-back", word = back.as_str()));
        }
        parts.push(match q.esc {
            Esc::Sections => t!("prompt-plain-word-sections", word = menu.as_str()),
            Esc::Leave if list => t!("prompt-plain-word-done", word = ESC_WORDS[1]),
            Esc::Leave => t!("prompt-plain-word-stop", word = menu.as_str()),
        });
        if !self.told_words && q.esc == Esc::Sections {
            self.told_words = true;
            self.put(&t!(
                "prompt-plain-words",
                back = back.as_str(),
                menu = menu.as_str()
            ))?;
        }
        self.put(&match parts.as_slice() {
            [a, b] => t!(
                "prompt-plain-or-type-two",
                first = a.as_str(),
                second = b.as_str()
            ),
            _ => t!("prompt-plain-or-type", words = parts.join(", ")),
        })
    }

    /// One typed line read as a word or an answer; `None` at end of input.
    /// `q` leaves only a list: typed for a text, it may be the answer. The
    /// English words work in every language.
    fn word(&mut self, q: &Question) -> io::Result<Option<Word>> {
        let list = matches!(q.asking, Asking::Pick { .. } | Asking::PickMany { .. });
        let Some(line) = self.line()? else {
            return Ok(None);
        };
        let word = line.trim().to_lowercase();
        Ok(Some(if q.back && is_word(&word, BACK_WORD, &back_word()) {
            Word::Back
        } else if is_word(&word, ESC_WORDS[0], &menu_word()) || (list && word == ESC_WORDS[1]) {
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
                    self.put(&t!(
                        "prompt-plain-now",
                        prompt = q.prompt,
                        initial = *initial
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
                                self.put(&t!("prompt-plain-saved-as", echo = echo))?;
                            }
                            return Ok(Reply::Text(typed));
                        }
                    }
                }
            }
            Asking::Long { initial, check } => {
                self.put(q.prompt)?;
                if !initial.is_empty() {
                    self.put(&t!("prompt-plain-now-label"))?;
                    self.put(initial)?;
                    self.put(&t!("prompt-plain-replace"))?;
                }
                self.put(&t!("prompt-plain-lines"))?;
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
                        Err(why) if !ended => {
                            self.put(&t!("prompt-plain-type-again", why = why))?
                        }
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
                self.put_choices(items, &[])?;
                self.words(q)?;
                loop {
                    self.ask(&format!(
                        "{}: ",
                        t!(
                            "prompt-plain-pick",
                            count = items.len(),
                            default = default + 1
                        )
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
                        _ => self.put(&t!("prompt-plain-not-a-number"))?,
                    }
                }
            }
            Asking::PickMany { items, checked } => {
                self.put(q.prompt)?;
                self.put_choices(items, checked)?;
                self.words(q)?;
                loop {
                    self.ask(&format!(
                        "{}: ",
                        t!("prompt-plain-pick-many", none = t!("prompt-word-none"))
                    ))?;
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
                        a if a == "-" || is_word(a, "none", &t!("prompt-word-none")) => {
                            return Ok(Reply::PickedMany(Vec::new()));
                        }
                        _ => {}
                    }
                    match super::picked_numbers(&answer, items.len()) {
                        Some(picked) => {
                            return Ok(Reply::PickedMany(picked));
                        }
                        None => self.put(&t!("prompt-plain-numbers", count = items.len()))?,
                    }
                }
            }
        }
    }
}
