//! A plan: one filled-in form, and everything about its answers that needs no
//! I/O: reading what a person typed for each kind of field (dates, times,
//! choices), showing answers back, and how complete the plan is.

use super::timestamp;
use crate::content::form::{DEFAULT_MAX_CHARS, DEFAULT_MAX_LINE, Field, Form, Kind, Section, When};
use crate::error::quoted;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version of plan files.
pub const SCHEMA: u32 = 1;

/// A plan as saved in `plans/NAME.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub schema: u32,
    /// The form's id: intervention, boundaries, ...
    pub form: String,
    #[serde(with = "timestamp")]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "timestamp")]
    pub updated: DateTime<FixedOffset>,
    /// Answers by field id. A field with no answer has no entry.
    #[serde(default)]
    pub answers: BTreeMap<String, Value>,
}

/// One answer. Dates are kept as `2026-12-05`, times as `2026-12-05 18:30`,
/// choices by their id, so files read well by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Flag(bool),
    Text(String),
    Many(Vec<String>),
    Entries(Vec<Entry>),
}

/// One entry of a list: its sub-fields' answers.
pub type Entry = BTreeMap<String, Value>;

impl Plan {
    pub fn new(form: &str, now: DateTime<FixedOffset>) -> Plan {
        Plan {
            schema: SCHEMA,
            form: form.to_string(),
            created: now,
            updated: now,
            answers: BTreeMap::new(),
        }
    }

    /// Sets (or, with `None`, clears) a top-level answer.
    pub fn put(&mut self, id: &str, value: Option<Value>) {
        match value {
            Some(v) if !v.is_empty() => {
                self.answers.insert(id.to_string(), v);
            }
            _ => {
                self.answers.remove(id);
            }
        }
    }

    /// The entries of a list field (empty when none).
    pub fn entries(&self, id: &str) -> &[Entry] {
        match self.answers.get(id) {
            Some(Value::Entries(e)) => e,
            _ => &[],
        }
    }

    pub fn entries_mut(&mut self, id: &str) -> &mut Vec<Entry> {
        let slot = self
            .answers
            .entry(id.to_string())
            .or_insert_with(|| Value::Entries(Vec::new()));
        if !matches!(slot, Value::Entries(_)) {
            *slot = Value::Entries(Vec::new());
        }
        match slot {
            Value::Entries(e) => e,
            _ => unreachable!("just made a list"),
        }
    }

    /// Drops an empty list left behind by `entries_mut`.
    pub fn tidy(&mut self) {
        self.answers.retain(|_, v| !v.is_empty());
    }
}

impl Value {
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Flag(_) => false,
            Value::Text(t) => t.trim().is_empty(),
            Value::Many(m) => m.is_empty(),
            Value::Entries(e) => e.is_empty(),
        }
    }
}

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
                return Err("This answer takes one line.".into());
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
            let date = parse_date(text, today)?;
            Ok(Parsed {
                value: Some(Value::Text(date.format("%Y-%m-%d").to_string())),
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
        Kind::YesNo => match text.to_lowercase().as_str() {
            "y" | "yes" | "true" => Ok(Parsed::value(Value::Flag(true))),
            "n" | "no" | "false" => Ok(Parsed::value(Value::Flag(false))),
            _ => Err(format!(
                "{} is not yes or no. Type yes or no.",
                quoted(text)
            )),
        },
        Kind::List => Err(format!(
            "{} is a list: set one entry's part, such as {}.1.{}.",
            field.id,
            field.id,
            field
                .fields
                .first()
                .map(|f| f.id.as_str())
                .unwrap_or("name")
        )),
    }
}

fn check_text(field: &Field, text: &str, default_max: usize) -> Result<(), String> {
    let max = field.max_chars.unwrap_or(default_max);
    let count = text.chars().count();
    if count > max {
        return Err(format!(
            "That is {count} characters; this answer takes up to {max}. Please shorten it."
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(
            "That holds control characters (from a stray key?). Please type it again.".into(),
        );
    }
    Ok(())
}

/// A warning for a date that has passed, unless the words typed said so
/// ("yesterday", "last monday"): then the past was meant.
fn past_warning(typed: &str, date: NaiveDate, today: NaiveDate) -> Option<String> {
    let typed = typed.trim().to_lowercase();
    let meant = typed.starts_with("yesterday") || typed.starts_with("last ");
    (date < today && !meant).then(|| {
        format!(
            "{} has passed. It is kept; change it if you meant a date to come.",
            show_date(date)
        )
    })
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
            format!(
                "{} is not one of the choices. Choose one of: {}.",
                quoted(text),
                options.join("; ")
            )
        })
}

const DATE_HELP: &str = "Write a date such as 2026-12-05 or 5 December 2026, or today, tomorrow, yesterday, a day name (saturday, the coming one) or last saturday.";

/// A date as people write it: `2026-12-05`, `5 December 2026`, `December 5,
/// 2026`, `5 Dec`, `today`, `tomorrow`, `yesterday`, `saturday` (the coming
/// one), `last saturday` (the one before today). Numbers alone such as
/// 05/12/2026 are refused: they mean different days in different countries.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = text.trim().to_lowercase().replace(',', " ");
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return Ok(today.succ_opt().unwrap_or(today)),
        "yesterday" => return Ok(today.pred_opt().unwrap_or(today)),
        _ => {}
    }
    if let Some(weekday) = t
        .strip_prefix("last ")
        .and_then(|d| d.parse::<Weekday>().ok())
    {
        let mut d = today.pred_opt().unwrap_or(today);
        while d.weekday() != weekday {
            d = d.pred_opt().unwrap_or(d);
        }
        return Ok(d);
    }
    let day_name = t.strip_prefix("next ").unwrap_or(&t);
    if let Ok(weekday) = day_name.parse::<Weekday>() {
        let mut d = today.succ_opt().unwrap_or(today);
        while d.weekday() != weekday {
            d = d.succ_opt().unwrap_or(d);
        }
        return Ok(d);
    }
    if t.contains('/') || (t.matches('.').count() >= 2) {
        return Err(format!(
            "{} could mean two different days. {DATE_HELP}",
            quoted(text)
        ));
    }
    if let Ok(d) = NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
        return Ok(d);
    }
    for format in [
        "%d %B %Y",
        "%d %b %Y",
        "%B %d %Y",
        "%b %d %Y",
        "%A %d %B %Y",
        "%a %d %b %Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(&t, format) {
            return Ok(d);
        }
    }
    // No year: the next such day from today.
    for format in ["%d %B", "%d %b", "%B %d", "%b %d"] {
        let with_year = format!("{t} {}", today.year());
        if let Ok(d) = NaiveDate::parse_from_str(&with_year, &format!("{format} %Y")) {
            return Ok(if d < today {
                d.with_year(today.year() + 1).unwrap_or(d)
            } else {
                d
            });
        }
    }
    if t.chars().all(|c| c.is_ascii_digit() || c == '-') && t.matches('-').count() == 2 {
        return Err(format!(
            "{} is not a date on the calendar. {DATE_HELP}",
            quoted(text)
        ));
    }
    Err(format!(
        "{} is not a date kinship can read. {DATE_HELP}",
        quoted(text)
    ))
}

/// A time of day: `18:30`, `6:30pm`, `6pm`, `6 pm`, `noon`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = text
        .trim()
        .to_lowercase()
        .replace(' ', "")
        .replace('.', ":");
    match t.as_str() {
        "noon" | "midday" => return NaiveTime::from_hms_opt(12, 0, 0),
        "midnight" => return NaiveTime::from_hms_opt(0, 0, 0),
        _ => {}
    }
    let (body, offset) = if let Some(b) = t.strip_suffix("am") {
        (b, Some(0))
    } else if let Some(b) = t.strip_suffix("pm") {
        (b, Some(12))
    } else {
        (t.as_str(), None)
    };
    let (h, m) = match body.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None if !body.is_empty() && body.len() <= 2 && offset.is_some() => {
            (body.parse::<u32>().ok()?, 0)
        }
        _ => return None,
    };
    let h = match offset {
        Some(add) if (1..=12).contains(&h) => h % 12 + add,
        Some(_) => return None,
        None => h,
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

/// A date and a time: the time is the last word or two (`saturday 6pm`,
/// `2026-12-05 18:30`, `5 December 2026 at 6:30 pm`).
pub fn parse_datetime(text: &str, today: NaiveDate) -> Result<(NaiveDate, NaiveTime), String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for take in [1, 2] {
        if words.len() <= take {
            continue;
        }
        let (date_words, time_words) = words.split_at(words.len() - take);
        let Some(time) = parse_time(&time_words.join(" ")) else {
            continue;
        };
        let mut date_text = date_words.join(" ");
        if let Some(d) = date_text.strip_suffix(" at") {
            date_text = d.to_string();
        }
        return parse_date(&date_text, today).map(|d| (d, time));
    }
    if parse_time(text).is_some() {
        return Err(format!(
            "{} has a time but no day. Add the day: saturday 18:30, or 2026-12-05 18:30.",
            quoted(text)
        ));
    }
    match parse_date(text, today) {
        Ok(_) => Err(format!(
            "{} needs a time too, such as 18:30 or 6:30pm: {} 18:30.",
            quoted(text),
            text.trim()
        )),
        Err(_) => Err(format!(
            "{} is not a day and time kinship can read. Write it like 2026-12-05 18:30 or saturday 6pm.",
            quoted(text)
        )),
    }
}

/// "Saturday 5 December 2026"
pub fn show_date(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// An answer as people read it: labels for choices, long dates, Yes or No.
pub fn show_value(field: &Field, value: &Value) -> String {
    let label = |id: &str| {
        field
            .choice(id)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| id.to_string())
    };
    match (field.kind, value) {
        (_, Value::Flag(true)) => "Yes".into(),
        (_, Value::Flag(false)) => "No".into(),
        (Kind::Date, Value::Text(t)) => NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map(show_date)
            .unwrap_or_else(|_| t.clone()),
        (Kind::Datetime, Value::Text(t)) => {
            match t
                .split_once(' ')
                .and_then(|(d, tm)| Some((NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?, tm)))
            {
                Some((d, tm)) => format!("{} at {tm}", show_date(d)),
                None => t.clone(),
            }
        }
        (Kind::Choice, Value::Text(t)) => label(t),
        (_, Value::Text(t)) => t.clone(),
        (_, Value::Many(ids)) => ids
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Value::Entries(e)) => format!("{} entries", e.len()),
    }
}

/// The answer as it would be typed back (for editing in place).
pub fn typed_value(field: &Field, value: &Value) -> String {
    match value {
        Value::Flag(true) => "yes".into(),
        Value::Flag(false) => "no".into(),
        Value::Text(t) if field.kind == Kind::Choice => field
            .choice(t)
            .map(|c| c.label.clone())
            .unwrap_or(t.clone()),
        Value::Text(t) => t.clone(),
        Value::Many(ids) => ids.join(", "),
        Value::Entries(_) => String::new(),
    }
}

/// Sets one answer by its path, with the same checks as the interactive form:
/// `FIELD` for a field, `LIST.N.PART` for a part of the Nth entry of a list
/// (N one past the end adds an entry). `raw` of `None` clears the field, or
/// removes the entry when the path is `LIST.N`. Returns a warning to show.
pub fn set_path(
    form: &Form,
    plan: &mut Plan,
    path: &str,
    raw: Option<&str>,
    today: NaiveDate,
) -> Result<Option<String>, String> {
    let mut parts = path.split('.');
    let id = parts.next().unwrap_or_default();
    let field = form.field(id).ok_or_else(|| unknown_field(form, id))?;
    let index = parts.next();
    let sub = parts.next();
    if parts.next().is_some() {
        return Err(format!(
            "{} has too many parts: use FIELD, or LIST.N.PART.",
            quoted(path)
        ));
    }
    match (field.kind, index, sub) {
        (Kind::List, None, _) => match raw {
            None => {
                plan.put(id, None);
                Ok(None)
            }
            Some(_) => Err(parse_answer(field, "", today)
                .err()
                .unwrap_or_else(|| list_hint(field))),
        },
        (Kind::List, Some(n), part) => {
            let len = plan.entries(id).len();
            let n: usize = n
                .parse()
                .ok()
                .filter(|n| (1..=len + 1).contains(n))
                .ok_or_else(|| {
                    format!(
                        "{}: {} has {len} {}; N goes from 1 to {} ({} adds one).",
                        quoted(path),
                        field.id,
                        plural(len, "entry", "entries"),
                        len + 1,
                        len + 1
                    )
                })?;
            let Some(part) = part else {
                if raw.is_some() {
                    return Err(list_hint(field));
                }
                if n <= len {
                    plan.entries_mut(id).remove(n - 1);
                    plan.tidy();
                }
                return Ok(None);
            };
            let sub = field.sub(part).ok_or_else(|| {
                format!(
                    "{} has no part called {}. Its parts: {}.",
                    field.id,
                    quoted(part),
                    field
                        .fields
                        .iter()
                        .map(|f| f.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
            let parsed = match raw {
                Some(raw) => parse_answer(sub, raw, today)?,
                None => Parsed {
                    value: None,
                    warning: None,
                },
            };
            let entries = plan.entries_mut(id);
            if n > entries.len() {
                if parsed.value.is_none() {
                    plan.tidy();
                    return Ok(None);
                }
                entries.push(Entry::new());
            }
            let entry = &mut entries[n - 1];
            match parsed.value {
                Some(v) => {
                    entry.insert(part.to_string(), v);
                }
                None => {
                    entry.remove(part);
                }
            }
            plan.tidy();
            Ok(parsed.warning)
        }
        (_, Some(_), _) => Err(format!(
            "{} is not a list, so {} has too many parts: use just {}.",
            field.id,
            quoted(path),
            field.id
        )),
        (_, None, _) => {
            let parsed = match raw {
                Some(raw) => parse_answer(field, raw, today)?,
                None => Parsed {
                    value: None,
                    warning: None,
                },
            };
            plan.put(id, parsed.value);
            Ok(parsed.warning)
        }
    }
}

/// The answer a path (`FIELD`, `LIST.N` or `LIST.N.PART`) holds, if any.
pub fn answer_at<'p>(plan: &'p Plan, path: &str) -> Option<&'p Value> {
    let mut parts = path.split('.');
    let id = parts.next()?;
    let Some(n) = parts.next() else {
        return plan.answers.get(id).filter(|v| !v.is_empty());
    };
    let index = n.parse::<usize>().ok()?.checked_sub(1)?;
    let entry = plan.entries(id).get(index)?;
    match parts.next() {
        Some(part) => entry.get(part).filter(|v| !v.is_empty()),
        None => plan.answers.get(id),
    }
}

fn list_hint(field: &Field) -> String {
    format!(
        "{} is a list: set one entry's part, such as {}.1.{}.",
        field.id,
        field.id,
        field
            .fields
            .first()
            .map(|f| f.id.as_str())
            .unwrap_or("name")
    )
}

fn unknown_field(form: &Form, id: &str) -> String {
    let ids: Vec<&str> = form.fields().map(|f| f.id.as_str()).collect();
    let close = ids
        .iter()
        .map(|c| (strsim::jaro_winkler(c, id), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(" Did you mean {}?", quoted(c)))
        .unwrap_or_default();
    format!(
        "The {} form has no field called {}.{close} Its fields: {}.",
        form.id,
        quoted(id),
        ids.join(", ")
    )
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// A value in a file given to `kinship plan import`, before it is checked.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Raw {
    Flag(bool),
    Int(i64),
    Float(f64),
    Text(String),
    Seq(Vec<Raw>),
    Map(BTreeMap<String, Raw>),
}

impl Raw {
    /// A scalar as the text a person would have typed; a list of scalars
    /// joined with commas (for multiple choice).
    fn as_typed(&self) -> Option<String> {
        match self {
            Raw::Flag(b) => Some(if *b { "yes" } else { "no" }.into()),
            Raw::Int(n) => Some(n.to_string()),
            Raw::Float(n) => Some(n.to_string()),
            Raw::Text(t) => Some(t.clone()),
            Raw::Seq(items) => items
                .iter()
                .map(Raw::as_typed)
                .collect::<Option<Vec<_>>>()
                .map(|v| v.join(", ")),
            Raw::Map(_) => None,
        }
    }
}

/// One imported value, checked as if typed; problems and warnings are collected.
fn import_one(
    field: &Field,
    at: &str,
    raw: &Raw,
    today: NaiveDate,
    problems: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> Option<Value> {
    let Some(typed) = raw.as_typed() else {
        problems.push(format!("{at}: expected a value, not a list of parts"));
        return None;
    };
    match parse_answer(field, &typed, today) {
        Ok(parsed) => {
            if let Some(w) = parsed.warning {
                warnings.push(format!("{at}: {w}"));
            }
            parsed.value
        }
        Err(e) => {
            problems.push(format!("{at}: {e}"));
            None
        }
    }
}

/// Answers read from a file, and the warnings to show about them.
pub type Imported = (BTreeMap<String, Value>, Vec<String>);

/// Checks every answer in an imported file against the form, as if typed.
/// Returns the answers and any warnings, or every problem found.
pub fn import_answers(
    form: &Form,
    raw: &BTreeMap<String, Raw>,
    today: NaiveDate,
) -> Result<Imported, Vec<String>> {
    let mut answers = BTreeMap::new();
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    for (id, value) in raw {
        let Some(field) = form.field(id) else {
            problems.push(unknown_field(form, id));
            continue;
        };
        if field.kind != Kind::List {
            if let Some(v) = import_one(field, id, value, today, &mut problems, &mut warnings) {
                answers.insert(id.clone(), v);
            }
            continue;
        }
        let Raw::Seq(items) = value else {
            problems.push(format!(
                "{id}: expected a list of {}s, each with {}",
                field.item.as_deref().unwrap_or("entry"),
                field
                    .fields
                    .iter()
                    .map(|f| f.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            continue;
        };
        let mut entries = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Raw::Map(parts) = item else {
                problems.push(format!(
                    "{id}.{}: expected parts such as {}: ...",
                    i + 1,
                    field.fields[0].id
                ));
                continue;
            };
            let mut entry = Entry::new();
            for (part, v) in parts {
                let at = format!("{id}.{}.{part}", i + 1);
                match field.sub(part) {
                    Some(sub) => {
                        if let Some(v) =
                            import_one(sub, &at, v, today, &mut problems, &mut warnings)
                        {
                            entry.insert(part.clone(), v);
                        }
                    }
                    None => problems.push(format!(
                        "{at}: {id} has no part called {} (its parts: {})",
                        quoted(part),
                        field
                            .fields
                            .iter()
                            .map(|f| f.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                }
            }
            if !entry.is_empty() {
                entries.push(entry);
            }
        }
        if !entries.is_empty() {
            answers.insert(id.clone(), Value::Entries(entries));
        }
    }
    if problems.is_empty() {
        Ok((answers, warnings))
    } else {
        Err(problems)
    }
}

/// A stored answer that its field would refuse if it were typed: a hand edit
/// gone wrong (`approach: banana`, `follow_up: 2026-02-31`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// Where it is: `approach`, or `team.2.role` for a part of an entry.
    pub path: String,
    /// The question, as `missing_label` names it.
    pub prompt: String,
    /// The stored value, as the file holds it.
    pub stored: String,
    /// Why the field refuses it, and what it takes.
    pub reason: String,
}

/// Leaves out of `plan` every stored answer that fails the checks a typed
/// answer goes through (`parse_answer`), so that it shows as missing and is
/// asked again; the answers kept are put in the form they are saved in
/// (`risk: yes` becomes Yes). Only the plan in memory changes: the caller
/// never writes it back for this. Returns what was left out, in form order.
pub fn drop_invalid(form: &Form, plan: &mut Plan, today: NaiveDate) -> Vec<Invalid> {
    let mut invalid = Vec::new();
    let mut refuse = |path: String, value: &Value, reason: String| {
        invalid.push(Invalid {
            prompt: missing_label(form, &path),
            stored: stored_text(value),
            path,
            reason,
        })
    };
    for field in form.fields() {
        let Some(value) = plan.answers.get_mut(&field.id) else {
            continue;
        };
        if let (Kind::List, Value::Entries(entries)) = (field.kind, &mut *value) {
            for (i, entry) in entries.iter_mut().enumerate() {
                // An entry whose parts all fail is kept, empty, so that the
                // entries after it keep their numbers (`team.3.role`).
                entry.retain(|part, v| {
                    let Some(sub) = field.sub(part) else {
                        return true;
                    };
                    match check_stored(sub, v, today) {
                        Ok(Some(good)) => {
                            *v = good;
                            true
                        }
                        Ok(None) => false,
                        Err(reason) => {
                            refuse(format!("{}.{}.{part}", field.id, i + 1), v, reason);
                            false
                        }
                    }
                });
            }
            continue;
        }
        match check_stored(field, value, today) {
            Ok(Some(good)) => *value = good,
            Ok(None) => {
                plan.answers.remove(&field.id);
            }
            Err(reason) => {
                if let Some(v) = plan.answers.remove(&field.id) {
                    refuse(field.id.clone(), &v, reason);
                }
            }
        }
    }
    plan.tidy();
    invalid
}

/// A stored answer checked as if it were typed: the answer as saved, none
/// (it is empty), or why the field refuses it.
fn check_stored(field: &Field, value: &Value, today: NaiveDate) -> Result<Option<Value>, String> {
    let typed = match (field.kind, value) {
        (Kind::List, Value::Entries(entries)) => return Ok(Some(Value::Entries(entries.clone()))),
        (Kind::List, _) if value.is_empty() => return Ok(None),
        (Kind::List, _) => return Err(list_hint(field)),
        (_, Value::Entries(_)) => {
            return Err("This takes one answer, not a list of entries with parts.".into());
        }
        (Kind::MultiChoice, Value::Many(ids)) => ids.join(", "),
        (_, Value::Many(_)) => return Err("This takes one answer, not a list.".into()),
        (Kind::YesNo, Value::Flag(b)) => if *b { "yes" } else { "no" }.to_string(),
        (_, Value::Flag(b)) => b.to_string(),
        (_, Value::Text(t)) => t.clone(),
    };
    parse_answer(field, &typed, today).map(|parsed| parsed.value)
}

/// A stored value as it reads in the file.
fn stored_text(value: &Value) -> String {
    match value {
        Value::Flag(b) => b.to_string(),
        Value::Text(t) => quoted(t).to_string(),
        Value::Many(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| quoted(i).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Entries(e) => format!(
            "a list of {} {}",
            e.len(),
            plural(e.len(), "entry", "entries")
        ),
    }
}

/// How far a plan is filled in. Only the questions that are part of the
/// plan as it stands count (see `shown`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    pub answered: usize,
    pub total: usize,
    /// Required answers not given, by path: a field's id, or `LIST.N.PART`
    /// for a needed part of an entry that is there (`boundaries.3.when`).
    pub missing: Vec<String>,
    /// Questions left out by an earlier answer that still hold an answer:
    /// kept in the file, not counted, not shown.
    pub hidden: Vec<String>,
}

pub fn completeness(form: &Form, plan: &Plan) -> Completeness {
    let mut c = Completeness {
        answered: 0,
        total: 0,
        missing: Vec::new(),
        hidden: hidden_answers(form, plan)
            .iter()
            .map(|f| f.id.clone())
            .collect(),
    };
    for field in form.fields().filter(|f| shown(form, plan, f)) {
        c.total += 1;
        if plan.answers.get(&field.id).is_some_and(|v| !v.is_empty()) {
            c.answered += 1;
        } else if field.required {
            c.missing.push(field.id.clone());
        }
        for (i, entry) in plan.entries(&field.id).iter().enumerate() {
            for part in field.fields.iter().filter(|p| p.required) {
                if entry.get(&part.id).is_none_or(Value::is_empty) {
                    c.missing
                        .push(format!("{}.{}.{}", field.id, i + 1, part.id));
                }
            }
        }
    }
    c
}

/// Whether a top-level field is part of the plan as it stands: its section's
/// condition and its own hold for the answers given so far.
pub fn shown(form: &Form, plan: &Plan, field: &Field) -> bool {
    failing(form, plan, field, 0).is_none()
}

/// Whether a section is part of the plan as it stands.
pub fn section_shown(form: &Form, plan: &Plan, section: &Section) -> bool {
    section
        .when
        .as_ref()
        .is_none_or(|w| holds(form, plan, w, 0))
}

/// The condition that leaves a field out (its section's, or its own), if any.
pub fn leaves_out<'f>(form: &'f Form, plan: &Plan, field: &'f Field) -> Option<&'f When> {
    failing(form, plan, field, 0)
}

fn failing<'f>(form: &'f Form, plan: &Plan, field: &'f Field, depth: usize) -> Option<&'f When> {
    let section = form.section_of(&field.id).and_then(|s| s.when.as_ref());
    [section, field.when.as_ref()]
        .into_iter()
        .flatten()
        .find(|w| !holds(form, plan, w, depth))
}

/// Whether a condition holds: the question it names is itself part of the
/// plan, and its answer is one of the condition's. No answer holds nothing.
fn holds(form: &Form, plan: &Plan, when: &When, depth: usize) -> bool {
    // The checks make every condition look back; this only stops a loop in
    // a form that skipped them.
    if depth > form.sections.len() + form.fields().count() {
        return false;
    }
    let Some(field) = form.field(&when.field) else {
        return false;
    };
    if failing(form, plan, field, depth + 1).is_some() {
        return false;
    }
    let Some(value) = plan.answers.get(&field.id) else {
        return false;
    };
    // As `load` reads it: a label or a number written by hand picks its choice.
    let Ok(Some(value)) = check_stored(field, value, NaiveDate::MIN) else {
        return false;
    };
    match value {
        Value::Text(id) => when.is.contains(&id),
        Value::Many(ids) => ids.iter().any(|id| when.is.contains(id)),
        Value::Flag(b) => when.is.iter().any(|w| w == if b { "yes" } else { "no" }),
        Value::Entries(_) => false,
    }
}

/// The fields an earlier answer leaves out that still hold an answer, in
/// form order.
pub fn hidden_answers<'f>(form: &'f Form, plan: &Plan) -> Vec<&'f Field> {
    form.fields()
        .filter(|f| plan.answers.get(&f.id).is_some_and(|v| !v.is_empty()))
        .filter(|f| !shown(form, plan, f))
        .collect()
}

/// Why answers are left out, in words: "they go with another answer to
/// \"Which approach will you take?\"" ("it goes", for one), or "they wait
/// for an answer to ..." while that question has none.
pub fn why_left_out(form: &Form, plan: &Plan, fields: &[&Field]) -> String {
    let mut deciders: Vec<&Field> = Vec::new();
    for f in fields {
        if let Some(d) = leaves_out(form, plan, f).and_then(|w| form.field(&w.field))
            && !deciders.iter().any(|e| e.id == d.id)
        {
            deciders.push(d);
        }
    }
    let one = fields.len() == 1;
    match deciders.as_slice() {
        [d] if plan.answers.get(&d.id).is_some_and(|v| !v.is_empty()) => format!(
            "{} with another answer to {}",
            if one { "it goes" } else { "they go" },
            quoted(&d.prompt)
        ),
        [d] => format!(
            "{} for an answer to {}",
            if one { "it waits" } else { "they wait" },
            quoted(&d.prompt)
        ),
        _ => format!(
            "your other answers leave {} out",
            if one { "it" } else { "them" }
        ),
    }
}

/// A missing answer's path as people read it: the field's question, or for
/// a part of an entry, "Boundary 3: When does it apply?".
pub fn missing_label(form: &Form, path: &str) -> String {
    let mut parts = path.split('.');
    let (Some(id), n, part) = (parts.next(), parts.next(), parts.next()) else {
        return path.to_string();
    };
    let Some(field) = form.field(id) else {
        return path.to_string();
    };
    match (n, part.and_then(|p| field.sub(p))) {
        (Some(n), Some(sub)) => {
            let item = field.item.as_deref().unwrap_or("entry");
            let mut item = item.to_string();
            if let Some(first) = item.get(..1) {
                item = first.to_uppercase() + &item[1..];
            }
            format!("{item} {n}: {}", sub.prompt)
        }
        _ => field.prompt.clone(),
    }
}

/// The first field of the plan as it stands with no answer, if any.
pub fn first_unanswered<'f>(form: &'f Form, plan: &Plan) -> Option<&'f Field> {
    form.fields()
        .filter(|f| shown(form, plan, f))
        .find(|f| plan.answers.get(&f.id).is_none_or(Value::is_empty))
}

/// A short line for a list entry: its first answers ("Ann, sister, speaks first").
pub fn entry_summary(list: &Field, entry: &Entry) -> String {
    let parts: Vec<String> = list
        .fields
        .iter()
        .filter_map(|f| {
            let v = entry.get(&f.id)?;
            let mut s = show_value(f, v);
            if f.kind == Kind::LongText {
                s = first_words(&s, 8);
            }
            // A bare "No" says nothing: say what it answers.
            if let Value::Flag(_) = v {
                s = format!("{} {s}", f.prompt);
            }
            Some(s)
        })
        .take(3)
        .collect();
    if parts.is_empty() {
        "(nothing filled in yet)".into()
    } else {
        parts.join(", ")
    }
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{} ...", words[..n].join(" "))
    }
}

/// A plan's name as the user gave it, checked: it becomes a file name.
/// The most bytes a plan's name may take: file names hold 255 bytes, and the
/// longest one kinship makes from a name (a temporary file or an archived
/// copy) adds 42 to it.
pub const MAX_NAME_BYTES: usize = 200;

pub fn check_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("A plan needs a name, such as your loved one's first name or \"dad\".".into());
    }
    if name.chars().count() > 60 {
        return Err("That name is long; please use 60 characters or fewer.".into());
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(format!(
            "That name is too long to name a file: its letters take {} bytes, and a plan's \
             name may take {MAX_NAME_BYTES} (letters outside English take 2 to 4 each). \
             Please use a shorter one.",
            name.len()
        ));
    }
    if name.starts_with('.') || name.starts_with('-') {
        return Err(format!(
            "{} cannot start with a dot or a dash.",
            quoted(name)
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        let what = if c == ' ' {
            "a space".to_string()
        } else {
            quoted(&c.to_string()).to_string()
        };
        return Err(format!(
            "{} holds {what}; a plan name takes letters, digits, - _ and . only (it names a file). Try {}.",
            quoted(name),
            quoted(&suggest_name(name))
        ));
    }
    Ok(name.to_string())
}

/// A usable name made from what was typed: "Uncle Bob!" → "uncle-bob".
pub fn suggest_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "plan".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::form::{Choice, Share};

    fn field(kind: Kind) -> Field {
        Field {
            id: "f".into(),
            kind,
            prompt: "?".into(),
            help: None,
            example: None,
            required: false,
            choices: vec![],
            item: None,
            fields: vec![],
            share: Share::Planner,
            person: false,
            max_chars: None,
            when: None,
        }
    }

    fn choices(kind: Kind) -> Field {
        let mut f = field(kind);
        f.choices = vec![
            Choice {
                id: "craft".into(),
                label: "A CRAFT-style conversation".into(),
            },
            Choice {
                id: "invitational".into(),
                label: "An invitational meeting".into(),
            },
            Choice {
                id: "professional".into(),
                label: "With a professional".into(),
            },
        ];
        f
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap() // a Sunday
    }

    fn value(f: &Field, raw: &str) -> Value {
        parse_answer(f, raw, today()).unwrap().value.unwrap()
    }

    fn err(f: &Field, raw: &str) -> String {
        parse_answer(f, raw, today()).unwrap_err()
    }

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
    fn dates_read_as_people_write_them() {
        let f = field(Kind::Date);
        for (raw, want) in [
            ("2026-12-05", "2026-12-05"),
            ("5 December 2026", "2026-12-05"),
            ("December 5, 2026", "2026-12-05"),
            ("5 dec 2026", "2026-12-05"),
            ("5 December", "2026-12-05"),
            ("3 January", "2027-01-03"),
            ("today", "2026-11-22"),
            ("Tomorrow", "2026-11-23"),
            ("saturday", "2026-11-28"),
            ("sunday", "2026-11-29"),
            ("yesterday", "2026-11-21"),
            ("Last Monday", "2026-11-16"),
            ("last saturday", "2026-11-21"),
            ("last sunday", "2026-11-15"),
        ] {
            assert_eq!(value(&f, raw), Value::Text(want.into()), "{raw}");
        }
        // The past was meant: no warning that it has passed.
        for raw in ["yesterday", "last monday"] {
            assert_eq!(parse_answer(&f, raw, today()).unwrap().warning, None);
        }
        assert!(err(&f, "last blursday").contains("last saturday"));
        assert!(err(&f, "05/12/2026").contains("could mean two different days"));
        assert!(err(&f, "2026-02-30").contains("not a date on the calendar"));
        assert!(err(&f, "next blursday").contains("2026-12-05"));
        let past = parse_answer(&f, "2026-11-01", today()).unwrap();
        assert!(
            past.warning
                .unwrap()
                .contains("Sunday 1 November 2026 has passed")
        );
        assert_eq!(parse_answer(&f, "today", today()).unwrap().warning, None);
    }

    #[test]
    fn times_need_a_day_and_read_in_many_ways() {
        let f = field(Kind::Datetime);
        for (raw, want) in [
            ("2026-12-05 18:30", "2026-12-05 18:30"),
            ("5 December 2026 at 6:30 pm", "2026-12-05 18:30"),
            ("saturday 6pm", "2026-11-28 18:00"),
            ("tomorrow 9am", "2026-11-23 09:00"),
            ("tomorrow 12am", "2026-11-23 00:00"),
            ("tomorrow noon", "2026-11-23 12:00"),
            ("yesterday 6pm", "2026-11-21 18:00"),
            ("last friday at 9:30am", "2026-11-20 09:30"),
        ] {
            assert_eq!(value(&f, raw), Value::Text(want.into()), "{raw}");
        }
        assert!(err(&f, "18:30").contains("no day"));
        assert!(err(&f, "saturday").contains("needs a time too"));
        assert!(
            err(&f, "saturday 25:00").contains("needs a time too")
                || err(&f, "saturday 25:00").contains("not a day and time")
        );
        assert!(err(&f, "13pm tomorrow").contains("not a day and time"));
        assert_eq!(
            show_value(&f, &Value::Text("2026-12-05 18:30".into())),
            "Saturday 5 December 2026 at 18:30"
        );
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

    #[test]
    fn completeness_counts_answers_and_names_missing_required_fields() {
        let form = crate::content::form::parse(
            "en/forms/t.yaml",
            "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: x, kind: text, prompt: X, required: true}\n  - {id: y, kind: text, prompt: Y}\n",
        )
        .unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("t", now);
        let c = completeness(&form, &plan);
        assert_eq!(
            (c.answered, c.total, c.missing.clone()),
            (0, 2, vec!["x".to_string()])
        );
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "x");
        plan.put("x", Some(Value::Text("hi".into())));
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "y");
        assert_eq!(completeness(&form, &plan).answered, 1);
        plan.put("x", Some(Value::Text("  ".into())));
        assert!(!plan.answers.contains_key("x"));
    }

    #[test]
    fn needed_parts_of_list_entries_count_as_missing() {
        let form = crate::content::form::parse(
            "en/forms/t.yaml",
            "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - id: boundaries\n    kind: list\n    prompt: Boundaries\n    item: boundary\n    fields:\n    - {id: when, kind: text, prompt: When does it apply?, required: true}\n    - {id: i_will, kind: text, prompt: What will you do?, required: true}\n    - {id: why, kind: text, prompt: Why?}\n",
        )
        .unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("t", now);
        let t = today();
        set_path(&form, &mut plan, "boundaries.1.when", Some("When"), t).unwrap();
        set_path(&form, &mut plan, "boundaries.1.i_will", Some("I will"), t).unwrap();
        set_path(&form, &mut plan, "boundaries.2.why", Some("only why"), t).unwrap();
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, ["boundaries.2.when", "boundaries.2.i_will"]);
        assert_eq!((c.answered, c.total), (1, 1));
        assert_eq!(
            missing_label(&form, "boundaries.2.when"),
            "Boundary 2: When does it apply?"
        );
        assert_eq!(missing_label(&form, "boundaries"), "Boundaries");
    }

    const FORM: &str = "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: when, kind: date, prompt: When}\n  - id: team\n    kind: list\n    prompt: Team\n    item: team member\n    fields:\n    - {id: name, kind: text, prompt: Name, person: true}\n    - {id: role, kind: text, prompt: Role}\n";

    #[test]
    fn set_reaches_fields_and_list_entries_by_path() {
        let form = crate::content::form::parse("en/forms/t.yaml", FORM).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("t", now);
        let t = today();
        assert_eq!(
            set_path(&form, &mut plan, "when", Some("saturday"), t),
            Ok(None)
        );
        assert_eq!(plan.answers["when"], Value::Text("2026-11-28".into()));
        set_path(&form, &mut plan, "team.1.name", Some("Ann"), t).unwrap();
        set_path(&form, &mut plan, "team.2.name", Some("Ben"), t).unwrap();
        set_path(&form, &mut plan, "team.1.role", Some("speaks first"), t).unwrap();
        assert_eq!(plan.entries("team").len(), 2);
        assert_eq!(
            entry_summary(form.field("team").unwrap(), &plan.entries("team")[0]),
            "Ann, speaks first"
        );
        let e = set_path(&form, &mut plan, "team.4.name", Some("Cy"), t).unwrap_err();
        assert!(e.contains("N goes from 1 to 3"), "{e}");
        assert!(
            set_path(&form, &mut plan, "team.1.age", Some("3"), t)
                .unwrap_err()
                .contains("parts: name, role")
        );
        assert!(
            set_path(&form, &mut plan, "team", Some("Ann"), t)
                .unwrap_err()
                .contains("team.1.name")
        );
        assert!(
            set_path(&form, &mut plan, "wen", Some("x"), t)
                .unwrap_err()
                .contains("Did you mean \"when\"?")
        );
        assert!(set_path(&form, &mut plan, "when", Some("someday"), t).is_err());
        assert_eq!(
            plan.answers["when"],
            Value::Text("2026-11-28".into()),
            "a bad value changes nothing"
        );
        set_path(&form, &mut plan, "team.1", None, t).unwrap();
        assert_eq!(
            entry_summary(form.field("team").unwrap(), &plan.entries("team")[0]),
            "Ben"
        );
        let mut told = Entry::new();
        told.insert("name".into(), Value::Text("Ann".into()));
        told.insert("told".into(), Value::Flag(false));
        let mut list = form.field("team").unwrap().clone();
        let mut yes_no = list.fields[0].clone();
        yes_no.id = "told".into();
        yes_no.kind = Kind::YesNo;
        yes_no.prompt = "Have you told them?".into();
        list.fields.push(yes_no);
        assert_eq!(entry_summary(&list, &told), "Ann, Have you told them? No");
        set_path(&form, &mut plan, "team.1", None, t).unwrap();
        assert!(
            !plan.answers.contains_key("team"),
            "an empty list is no answer"
        );
        set_path(&form, &mut plan, "when", None, t).unwrap();
        assert!(plan.answers.is_empty());
        set_path(&form, &mut plan, "team.1.name", Some("Ann"), t).unwrap();
        assert_eq!(
            answer_at(&plan, "team.1.name"),
            Some(&Value::Text("Ann".into()))
        );
        assert!(answer_at(&plan, "team.1").is_some());
        assert_eq!(answer_at(&plan, "team.1.role"), None);
        assert_eq!(answer_at(&plan, "team.2"), None);
        set_path(&form, &mut plan, "when", Some(""), t).unwrap();
        assert_eq!(answer_at(&plan, "when"), None, "an empty answer clears");
    }

    #[test]
    fn imports_are_checked_like_typed_answers_and_every_problem_is_named() {
        let form = crate::content::form::parse("en/forms/t.yaml", FORM).unwrap();
        let good: BTreeMap<String, Raw> = crate::yaml::from_str(
            "when: 2026-12-05\nteam:\n- {name: Ann, role: speaks}\n- {name: 李}\n",
        )
        .unwrap();
        let (answers, warnings) = import_answers(&form, &good, today()).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(answers["when"], Value::Text("2026-12-05".into()));
        assert_eq!(
            answers["team"],
            Value::Entries(vec![
                Entry::from([
                    ("name".into(), Value::Text("Ann".into())),
                    ("role".into(), Value::Text("speaks".into()))
                ]),
                Entry::from([("name".into(), Value::Text("李".into()))]),
            ])
        );
        let bad: BTreeMap<String, Raw> =
            crate::yaml::from_str("when: soon\nteem: []\nteam:\n- {name: Ann, age: 3}\n").unwrap();
        let problems = import_answers(&form, &bad, today()).unwrap_err().join("\n");
        assert!(
            problems.contains("when: \"soon\" is not a date"),
            "{problems}"
        );
        assert!(problems.contains("no field called \"teem\""), "{problems}");
        assert!(problems.contains("team.1.age"), "{problems}");
    }

    #[test]
    fn stored_answers_are_checked_like_typed_ones_and_bad_ones_left_out() {
        let form = crate::content::form::parse(
            "en/forms/t.yaml",
            "id: t\ntitle: T\nreviewed: 2026-11-22\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: name, kind: text, prompt: Name}\n  - {id: letter, kind: long_text, prompt: Letter}\n  - {id: on, kind: date, prompt: On}\n  - {id: at, kind: datetime, prompt: At}\n  - id: approach\n    kind: choice\n    prompt: Approach\n    required: true\n    choices: [{id: craft, label: CRAFT}, {id: invitation, label: Invitation}]\n  - id: things\n    kind: multi_choice\n    prompt: Things\n    choices: [{id: bag, label: Bag}, {id: ride, label: Ride}]\n  - {id: risk, kind: yes_no, prompt: Risk}\n  - id: team\n    kind: list\n    prompt: Team\n    item: team member\n    fields:\n    - {id: name, kind: text, prompt: Name, required: true}\n    - {id: told, kind: yes_no, prompt: Told}\n  - id: others\n    kind: list\n    prompt: Others\n    item: other\n    fields:\n    - {id: name, kind: text, prompt: Name}\n",
        )
        .unwrap();
        let file = |answers: &str| -> Plan {
            crate::yaml::from_str(&format!(
                "schema: 1\nform: t\ncreated: 2026-11-22T21:04:00Z\nupdated: 2026-11-22T21:04:00Z\nanswers:\n{answers}"
            ))
            .unwrap()
        };
        let good = "  name: Ann\n  letter: |\n    Dear Sam,\n  on: 2026-12-05\n  at: 2026-12-05 18:30\n  approach: craft\n  things: [bag, ride]\n  risk: false\n  team:\n  - {name: Ann, told: true}\n  - {name: Ben}\n  others: []\n";
        let mut plan = file(good);
        assert_eq!(drop_invalid(&form, &mut plan, today()), vec![]);
        assert_eq!(plan.answers["risk"], Value::Flag(false));
        assert_eq!(plan.entries("team").len(), 2);
        // Written the other way a person might type it: kept, as saved.
        let mut plan = file("  risk: yes\n  approach: CRAFT\n");
        assert!(drop_invalid(&form, &mut plan, today()).is_empty());
        assert_eq!(plan.answers["risk"], Value::Flag(true));
        assert_eq!(plan.answers["approach"], Value::Text("craft".into()));

        let bad = "  name: \"bell\\a\"\n  letter: [a, b]\n  on: 2026-02-31\n  at: 2026-12-05\n  approach: banana\n  things: [bag, golf]\n  risk: maybe\n  team:\n  - {name: Ann, told: perhaps}\n  - {name: [x, y]}\n  - {name: Cy}\n  others: hello\n";
        let mut plan = file(bad);
        let before = plan.clone();
        let invalid = drop_invalid(&form, &mut plan, today());
        let got: Vec<(&str, &str, &str)> = invalid
            .iter()
            .map(|i| (i.path.as_str(), i.prompt.as_str(), i.stored.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("name", "Name", "\"bell\\u{7}\""),
                ("letter", "Letter", "[\"a\", \"b\"]"),
                ("on", "On", "\"2026-02-31\""),
                ("at", "At", "\"2026-12-05\""),
                ("approach", "Approach", "\"banana\""),
                ("things", "Things", "[\"bag\", \"golf\"]"),
                ("risk", "Risk", "\"maybe\""),
                ("team.1.told", "Team member 1: Told", "\"perhaps\""),
                ("team.2.name", "Team member 2: Name", "[\"x\", \"y\"]"),
                ("others", "Others", "\"hello\""),
            ],
            "{invalid:#?}"
        );
        let reason = |path: &str| &invalid.iter().find(|i| i.path == path).unwrap().reason;
        assert!(reason("name").contains("control characters"));
        assert!(reason("letter").contains("one answer, not a list"));
        assert!(reason("on").contains("not a date on the calendar"));
        assert!(reason("at").contains("needs a time too"));
        assert!(reason("approach").contains("not one of the choices"));
        assert!(reason("things").contains("\"golf\" is not one of the choices"));
        assert!(reason("risk").contains("not yes or no"));
        assert!(reason("team.1.told").contains("not yes or no"));
        assert!(reason("others").contains("others.1.name"));
        // Left out: they count as missing; entries keep their numbers.
        let kept: Vec<&str> = plan.answers.keys().map(String::as_str).collect();
        assert_eq!(kept, ["team"]);
        assert_eq!(plan.entries("team").len(), 3);
        assert_eq!(plan.entries("team")[1], Entry::new());
        assert_eq!(plan.entries("team")[2]["name"], Value::Text("Cy".into()));
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, ["approach", "team.2.name"]);
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "name");
        assert_ne!(plan, before);
    }

    /// A form whose sections and fields follow earlier answers: a choice, a
    /// multi_choice and a yes_no, and one condition that hangs on another.
    const FOLLOWS: &str = "id: t\ntitle: T\nreviewed: 2026-12-06\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {id: approach, kind: choice, prompt: Which approach?, required: true, choices: [{id: craft, label: CRAFT}, {id: pro, label: Pro}]}\n  - {id: risk, kind: yes_no, prompt: Risk?}\n  - {id: ready, kind: multi_choice, prompt: Ready?, choices: [{id: bag, label: Bag}, {id: ride, label: Ride}]}\n  - {id: why, kind: text, prompt: Why?, when: {field: risk, is: yes}}\n- id: craft\n  title: CRAFT\n  when: {field: approach, is: craft}\n  fields:\n  - {id: rewards, kind: text, prompt: Rewards?, required: true}\n  - {id: after, kind: choice, prompt: After?, choices: [{id: step, label: Step back}, {id: talk, label: Talk}]}\n  - {id: how, kind: text, prompt: How?, when: {field: after, is: [step]}}\n- id: pro\n  title: Pro\n  when: {field: approach, is: [pro]}\n  fields:\n  - id: team\n    kind: list\n    prompt: Team\n    item: team member\n    fields:\n    - {id: name, kind: text, prompt: Name, required: true, person: true}\n  - {id: driver, kind: text, prompt: Driver?, when: {field: ready, is: [ride]}}\n";

    fn follows() -> (Form, Plan) {
        let form = crate::content::form::parse("en/forms/t.yaml", FOLLOWS).unwrap();
        assert!(crate::content::form::problems(&form, "en/forms/t.yaml").is_empty());
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        (form, Plan::new("t", now))
    }

    fn shown_ids(form: &Form, plan: &Plan) -> Vec<String> {
        form.fields()
            .filter(|f| shown(form, plan, f))
            .map(|f| f.id.clone())
            .collect()
    }

    #[test]
    fn an_earlier_answer_decides_which_questions_are_part_of_the_plan() {
        let (form, mut plan) = follows();
        let t = today();
        // No approach yet: only what every approach asks.
        assert_eq!(shown_ids(&form, &plan), ["approach", "risk", "ready"]);
        set_path(&form, &mut plan, "approach", Some("craft"), t).unwrap();
        assert_eq!(
            shown_ids(&form, &plan),
            ["approach", "risk", "ready", "rewards", "after"]
        );
        set_path(&form, &mut plan, "risk", Some("yes"), t).unwrap();
        set_path(&form, &mut plan, "after", Some("Step back"), t).unwrap();
        set_path(&form, &mut plan, "ready", Some("bag, ride"), t).unwrap();
        assert_eq!(
            shown_ids(&form, &plan),
            [
                "approach", "risk", "ready", "why", "rewards", "after", "how"
            ]
        );
        let c = completeness(&form, &plan);
        assert_eq!((c.answered, c.total), (4, 7));
        assert_eq!(c.missing, ["rewards"]);
        assert!(c.hidden.is_empty());
        assert_eq!(first_unanswered(&form, &plan).unwrap().id, "why");

        // Another approach: the CRAFT answers stay, left out and not counted;
        // a question whose decider is left out is left out too (`how`).
        set_path(&form, &mut plan, "rewards", Some("Dinner"), t).unwrap();
        set_path(&form, &mut plan, "how", Some("A walk"), t).unwrap();
        set_path(&form, &mut plan, "approach", Some("pro"), t).unwrap();
        assert_eq!(
            shown_ids(&form, &plan),
            ["approach", "risk", "ready", "why", "team", "driver"]
        );
        let c = completeness(&form, &plan);
        assert_eq!((c.answered, c.total), (3, 6));
        assert_eq!(c.hidden, ["rewards", "after", "how"]);
        assert_eq!(plan.answers["rewards"], Value::Text("Dinner".into()));
        let hidden = hidden_answers(&form, &plan);
        assert_eq!(
            why_left_out(&form, &plan, &hidden),
            "they go with another answer to \"Which approach?\""
        );
        // A list left out asks nothing of its entries.
        set_path(&form, &mut plan, "team.1.name", Some("Ann"), t).unwrap();
        set_path(&form, &mut plan, "team.2.name", Some(""), t).unwrap();
        set_path(&form, &mut plan, "approach", Some("craft"), t).unwrap();
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, Vec::<String>::new());
        assert_eq!(c.hidden, ["team"]);

        // Cleared, the approach decides nothing: its sections wait for it.
        set_path(&form, &mut plan, "approach", None, t).unwrap();
        let hidden = hidden_answers(&form, &plan);
        assert_eq!(hidden.len(), 4);
        assert_eq!(
            why_left_out(&form, &plan, &hidden[..1]),
            "it waits for an answer to \"Which approach?\""
        );
        let c = completeness(&form, &plan);
        assert_eq!(c.missing, ["approach"]);
        // Answers of different deciders, together.
        set_path(&form, &mut plan, "why", Some("He shouts"), t).unwrap();
        set_path(&form, &mut plan, "risk", Some("no"), t).unwrap();
        let hidden = hidden_answers(&form, &plan);
        assert_eq!(
            hidden.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
            ["why", "rewards", "after", "how", "team"]
        );
        assert_eq!(
            why_left_out(&form, &plan, &hidden),
            "your other answers leave them out"
        );
    }

    #[test]
    fn a_hand_written_deciding_answer_counts_as_its_choice() {
        let (form, _) = follows();
        let file = |answers: &str| -> Plan {
            crate::yaml::from_str(&format!(
                "schema: 1\nform: t\ncreated: 2026-11-22T21:04:00Z\nupdated: 2026-11-22T21:04:00Z\nanswers:\n{answers}"
            ))
            .unwrap()
        };
        // As typed: the label, and yes for a yes_no.
        let plan = file("  approach: CRAFT\n  risk: \"yes\"\n");
        assert_eq!(
            shown_ids(&form, &plan),
            ["approach", "risk", "ready", "why", "rewards", "after"]
        );
        // Not an answer the question takes: it decides nothing.
        let plan = file("  approach: banana\n  rewards: Dinner\n");
        assert_eq!(shown_ids(&form, &plan), ["approach", "risk", "ready"]);
        assert_eq!(completeness(&form, &plan).hidden, ["rewards"]);
    }

    #[test]
    fn names_become_file_names_safely() {
        assert_eq!(check_name(" dad ").unwrap(), "dad");
        assert_eq!(check_name("Сергей").unwrap(), "Сергей");
        assert!(check_name("").is_err());
        assert!(check_name("../etc").is_err());
        let e = check_name("Uncle Bob!").unwrap_err();
        assert!(e.contains("\"uncle-bob\""), "{e}");
        assert!(check_name(".hidden").is_err());
    }

    #[test]
    fn a_plan_round_trips_through_yaml_with_every_kind_of_value() {
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut plan = Plan::new("intervention", now);
        plan.put("when", Some(Value::Text("2026-12-05 18:30".into())));
        plan.put("safe", Some(Value::Flag(true)));
        plan.put("yes_text", Some(Value::Text("true".into())));
        plan.put("things", Some(Value::Many(vec!["bag".into()])));
        let mut entry = Entry::new();
        entry.insert("name".into(), Value::Text("Ann <script>".into()));
        plan.entries_mut("team").push(entry);
        let text = crate::yaml::to_string(&plan).unwrap();
        let back: Plan = crate::yaml::from_str(&text).unwrap();
        assert_eq!(back, plan, "{text}");
    }
}
