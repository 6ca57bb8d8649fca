//! What a person typed for one question, read as its answer: text within
//! its limit, a date or a time, a choice by number, id or label, yes or no.

use super::date::{parse_date_maybe_time, parse_datetime, show_date};
use super::model::Value;
use crate::content::form::{DEFAULT_MAX_CHARS, DEFAULT_MAX_LINE, Field, Kind};
use crate::content::i18n::t;
use crate::error::quoted;
use chrono::NaiveDate;

/// What a typed answer became: the value (or none: the field is cleared) and
/// perhaps a warning to show (a date in the past).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Option<Value>,
    pub warning: Option<String>,
}

impl Parsed {
    fn value(value: Value) -> Parsed {
        Parsed {
            value: Some(value),
            warning: None,
        }
    }
}

/// Reads what the user typed for a field (not a list) as its answer. An
/// empty answer clears the field. The error says what was wrong and what
/// would work.
pub fn parse_answer(field: &Field, raw: &str, today: NaiveDate) -> Result<Parsed, String> {
    let text = raw.trim();
    if text.is_empty() && field.kind != Kind::LongText {
        return Ok(Parsed {
            value: None,
            warning: None,
        });
    }
    match field.kind {
        Kind::Text => {
            if text.contains(['\n', '\r']) {
                return Err(t!("plan-answer-one-line"));
            }
            check_text(field, text, DEFAULT_MAX_LINE)?;
            Ok(Parsed::value(Value::Text(text.to_string())))
        }
        Kind::LongText => {
            let text = raw.replace("\r\n", "\n").replace('\r', "\n");
            let text = text.trim_matches(|c: char| c.is_whitespace()).to_string();
            if text.is_empty() {
                return Ok(Parsed {
                    value: None,
                    warning: None,
                });
            }
            check_text(field, &text, DEFAULT_MAX_CHARS)?;
            Ok(Parsed::value(Value::Text(text)))
        }
        Kind::Date => {
            // A time may come with the day (`thursday 7pm`): it is kept.
            let (date, time) = parse_date_maybe_time(text, today)?;
            let mut stored = date.format("%Y-%m-%d").to_string();
            if let Some(time) = time {
                stored.push_str(&time.format(" %H:%M").to_string());
            }
            Ok(Parsed {
                value: Some(Value::Text(stored)),
                warning: past_warning(text, date, today),
            })
        }
        Kind::Datetime => {
            let (date, time) = parse_datetime(text, today)?;
            Ok(Parsed {
                value: Some(Value::Text(format!(
                    "{} {}",
                    date.format("%Y-%m-%d"),
                    time.format("%H:%M")
                ))),
                warning: past_warning(text, date, today),
            })
        }
        Kind::Choice => Ok(Parsed::value(Value::Text(pick(field, text)?.to_string()))),
        Kind::MultiChoice => {
            let mut picked: Vec<String> = Vec::new();
            for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let id = pick(field, part)?.to_string();
                if !picked.contains(&id) {
                    picked.push(id);
                }
            }
            // Kept in the form's order, whatever order they were typed in.
            picked.sort_by_key(|id| field.choices.iter().position(|c| &c.id == id));
            Ok(Parsed::value(Value::Many(picked)))
        }
        // The English words in every language; the Spanish ones too.
        Kind::YesNo => match text.to_lowercase().as_str() {
            "y" | "yes" | "true" | "s" | "si" | "sí" => Ok(Parsed::value(Value::Flag(true))),
            "n" | "no" | "false" => Ok(Parsed::value(Value::Flag(false))),
            _ => Err(t!(
                "plan-answer-not-yes-no",
                typed = quoted(text).to_string()
            )),
        },
        Kind::List => Err(list_hint(field)),
    }
}

fn check_text(field: &Field, text: &str, default_max: usize) -> Result<(), String> {
    let max = field.max_chars.unwrap_or(default_max);
    let count = text.chars().count();
    if count > max {
        return Err(t!("plan-answer-too-long", count = count, max = max));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(t!("plan-answer-control"));
    }
    Ok(())
}

/// A warning for a date that has passed, unless the words typed said so
/// ("yesterday", "last monday"): then the past was meant.
fn past_warning(typed: &str, date: NaiveDate, today: NaiveDate) -> Option<String> {
    let typed = super::date::as_english(typed.trim());
    let meant = typed.starts_with("yesterday") || typed.starts_with("last ");
    (date < today && !meant).then(|| t!("plan-answer-passed", date = show_date(date)))
}

/// A choice by its id, its label, or its number in the list.
fn pick<'f>(field: &'f Field, text: &str) -> Result<&'f str, String> {
    let wanted = text.trim().to_lowercase();
    if let Ok(n) = wanted.parse::<usize>()
        && let Some(choice) = n.checked_sub(1).and_then(|i| field.choices.get(i))
    {
        return Ok(&choice.id);
    }
    field
        .choices
        .iter()
        .find(|c| c.id.to_lowercase() == wanted || c.label.to_lowercase() == wanted)
        .map(|c| c.id.as_str())
        .ok_or_else(|| {
            let options: Vec<String> = field
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{} ({}, {})", c.label, i + 1, c.id))
                .collect();
            t!(
                "plan-answer-not-a-choice",
                typed = quoted(text).to_string(),
                choices = options.join("; ")
            )
        })
}

/// Why a whole list takes no one answer: name the entry's part to set.
pub(super) fn list_hint(field: &Field) -> String {
    t!(
        "plan-answer-list",
        id = field.id.as_str(),
        part = field
            .fields
            .first()
            .map(|f| f.id.as_str())
            .unwrap_or("name")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::plan::fixtures::*;
    use crate::progress::plan::show_value;

    #[test]
    fn text_is_one_trimmed_line_within_its_limit() {
        let f = field(Kind::Text);
        assert_eq!(value(&f, "  Ann  "), Value::Text("Ann".into()));
        assert_eq!(
            value(&f, "Zoë 😊 Сергей 李"),
            Value::Text("Zoë 😊 Сергей 李".into())
        );
        assert!(err(&f, "one\ntwo").contains("one line"));
        assert!(err(&f, &"x".repeat(501)).contains("up to 500"));
        assert!(err(&f, "bell\u{7}").contains("control characters"));
        assert_eq!(parse_answer(&f, "   ", today()).unwrap().value, None);
    }

    #[test]
    fn long_text_keeps_paragraphs_and_takes_a_long_letter() {
        let f = field(Kind::LongText);
        let letter = "Dear Sam,\r\n\r\nI remember the lake. 😊\r\n".to_string()
            + &"I love you. ".repeat(450);
        let Value::Text(kept) = value(&f, &letter) else {
            panic!()
        };
        assert!(kept.starts_with("Dear Sam,\n\nI remember the lake. 😊\n"));
        assert!(kept.chars().count() > 5000);
        assert!(err(&f, &"x".repeat(20_001)).contains("up to 20000"));
    }

    #[test]
    fn choices_by_number_id_or_label() {
        let f = choices(Kind::Choice);
        assert_eq!(value(&f, "2"), Value::Text("invitational".into()));
        assert_eq!(value(&f, "CRAFT"), Value::Text("craft".into()));
        assert_eq!(
            value(&f, "with a professional"),
            Value::Text("professional".into())
        );
        let e = err(&f, "4");
        assert!(
            e.contains("not one of the choices")
                && e.contains("A CRAFT-style conversation (1, craft)"),
            "{e}"
        );
        assert_eq!(
            show_value(&f, &value(&f, "1")),
            "A CRAFT-style conversation"
        );
        let m = choices(Kind::MultiChoice);
        assert_eq!(
            value(&m, "3, craft, 3"),
            Value::Many(vec!["craft".into(), "professional".into()])
        );
        assert!(err(&m, "craft, golf").contains("\"golf\""));
    }

    #[test]
    fn yes_or_no() {
        let f = field(Kind::YesNo);
        assert_eq!(value(&f, "Y"), Value::Flag(true));
        assert_eq!(value(&f, "no"), Value::Flag(false));
        assert!(err(&f, "maybe").contains("yes or no"));
    }
}
