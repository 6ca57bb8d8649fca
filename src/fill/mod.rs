//! The form engine: asks a form's questions one at a time through a
//! `Prompter`, checks each answer, and saves the plan after every answer, so
//! that Ctrl-C or a closed window loses nothing. The same engine fills every
//! form in `content/en/forms/`. It asks and saves, so it sits above
//! `prompt/` and `store/`; what an answer may be is `progress::plan`'s rule.

mod list;
mod menu;
mod question;

use crate::clock::Clock;
use crate::content::embedded::RegionEntry;
use crate::content::form::{Field, Form, Kind, OnYes};
use crate::content::i18n::t;
use crate::error::UserError;
use crate::progress::plan::{self, Plan, Value};
use crate::prompt::{Asking, Esc, Prompter, Question, Reply};
use crate::store::Store;
use crate::store::plans::role;
use std::io;
use std::path::PathBuf;

/// Where an answer goes: a field, or a part of one entry of a list.
#[derive(Debug, Clone, Copy)]
enum Slot<'f> {
    Field(&'f Field),
    Part {
        list: &'f Field,
        index: usize,
        part: &'f Field,
    },
}

impl<'f> Slot<'f> {
    fn field(&self) -> &'f Field {
        match self {
            Slot::Field(f) => f,
            Slot::Part { part, .. } => part,
        }
    }
}

/// How asking one question ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    /// Answered, changed or skipped: go on.
    Next,
    /// The back key: the question before this one, its answer filled in.
    Back,
    /// Esc (or the end of the input): to the list of sections.
    Sections,
}

/// What to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Where the user left off: from the first needed question still
    /// missing (or, with none, the first unanswered), every question still
    /// to fill in, in order.
    Unanswered,
    /// Every field of one section, answered or not.
    Section(usize),
}

/// One plan being filled in.
pub struct Filler<'a> {
    pub form: &'a Form,
    pub store: &'a Store,
    pub name: String,
    pub clock: &'a Clock,
    path: PathBuf,
    /// The plan as last saved.
    pub plan: Plan,
    /// The user's region: its clock habit and its numbers.
    region: Option<&'static RegionEntry>,
}

impl<'a> Filler<'a> {
    pub fn new(form: &'a Form, store: &'a Store, name: &str, clock: &'a Clock, plan: Plan) -> Self {
        Filler {
            form,
            store,
            name: name.to_string(),
            clock,
            path: store.plan_path(name),
            plan,
            region: None,
        }
    }

    /// Shows times on the region's clock, and its numbers where safety
    /// comes up.
    pub fn with_region(mut self, region: &'static RegionEntry) -> Self {
        self.region = Some(region);
        self
    }

    fn twelve_hour(&self) -> bool {
        self.region.is_some_and(|r| plan::twelve_hour(r.code))
    }

    /// Saves one change: the file is locked, read again (another terminal may
    /// have changed it), changed, and written atomically.
    fn save(&mut self, change: impl FnOnce(&mut Plan)) -> anyhow::Result<()> {
        let now = self.clock.now();
        let form = self.plan.form.clone();
        let saved = self.store.update(
            &self.path,
            &role(&self.name),
            || Plan::new(&form, now),
            |plan: &mut Plan| {
                change(plan);
                plan.tidy();
                plan.updated = now;
                Ok(plan.clone())
            },
        )?;
        // The file may still hold other answers that are not valid: they stay
        // there, untouched, and stay unanswered here, as `load` left them.
        let mut saved = saved;
        plan::drop_invalid(self.form, &mut saved, now.date_naive());
        self.plan = saved;
        Ok(())
    }

    fn value(&self, slot: Slot) -> Option<&Value> {
        match slot {
            Slot::Field(f) => self.plan.answers.get(&f.id),
            Slot::Part { list, index, part } => {
                self.plan.entries(&list.id).get(index)?.get(&part.id)
            }
        }
    }

    fn store_value(&mut self, slot: Slot, value: Option<Value>) -> anyhow::Result<()> {
        match slot {
            Slot::Field(f) => {
                let id = f.id.clone();
                self.save(move |plan| plan.put(&id, value))
            }
            Slot::Part { list, index, part } => {
                let (list, part) = (list.id.clone(), part.id.clone());
                self.save(move |plan| plan.put_part(&list, index, &part, value))
            }
        }
    }

    /// Whether a question still needs something: no answer, or (a list) an
    /// entry with a needed part missing.
    fn to_fill(&self, field: &Field) -> bool {
        self.plan.answers.get(&field.id).is_none_or(Value::is_empty) || self.parts_missing(field)
    }

    /// Whether a list has an entry with a needed part missing.
    fn parts_missing(&self, field: &Field) -> bool {
        self.plan.entries(&field.id).iter().any(|e| {
            field
                .fields
                .iter()
                .any(|part| part.required && e.get(&part.id).is_none_or(Value::is_empty))
        })
    }

    /// Whether a question is needed and still missing, as `plan show`
    /// counts it: a needed one with no answer, or a list with an entry
    /// whose needed part has none.
    fn needed(&self, field: &Field) -> bool {
        (field.required && self.plan.answers.get(&field.id).is_none_or(Value::is_empty))
            || self.parts_missing(field)
    }

    /// Which questions "go on where you left off" asks, in form order: the
    /// needed ones still missing, then every one still to fill in after the
    /// last answer given (where the user stopped). Questions skipped before
    /// that stay skipped; a section of the menu asks them again.
    fn resume_filter(&self) -> impl Fn(&Field) -> bool + '_ {
        let shown: Vec<&Field> = self
            .form
            .fields()
            .filter(|f| plan::shown(self.form, &self.plan, f))
            .collect();
        let last = shown
            .iter()
            .rposition(|f| self.plan.answers.get(&f.id).is_some_and(|v| !v.is_empty()));
        let after: Vec<String> = shown
            .iter()
            .skip(last.map_or(0, |i| i + 1))
            .map(|f| f.id.clone())
            .collect();
        move |f: &Field| {
            plan::shown(self.form, &self.plan, f)
                && (self.needed(f) || (after.contains(&f.id) && self.to_fill(f)))
        }
    }

    /// Where "go on where you left off" starts (see `resume_filter`).
    pub fn resume_at(&self) -> Option<&'a Field> {
        let wanted = self.resume_filter();
        self.form.fields().find(|f| wanted(f))
    }

    /// Asks the fields `mode` picks, each only while it is part of the plan:
    /// an earlier answer (the approach) decides which sections and fields
    /// are. The back key goes to the question asked before, with its answer;
    /// on from there, the questions come again in the same order. Returns
    /// `true` when every one was asked, `false` when the user pressed Esc.
    pub fn run(&mut self, p: &mut dyn Prompter, mode: Mode) -> anyhow::Result<bool> {
        let order: Vec<(usize, &'a Field)> = self
            .form
            .sections
            .iter()
            .enumerate()
            .filter(|(s, _)| !matches!(mode, Mode::Section(only) if only != *s))
            .flat_map(|(s, section)| section.fields.iter().map(move |f| (s, f)))
            .collect();
        // The questions asked in this run, in order, and which one is asked.
        let mut trail: Vec<usize> = Vec::new();
        let mut at = 0;
        let mut last_section = None;
        loop {
            let i = if at < trail.len() {
                trail[at]
            } else {
                let from = trail.last().map_or(0, |&i| i + 1);
                // Looked at afresh for each field: the answer just given may
                // have brought sections in or left them out.
                let wanted = self.resume_filter();
                let next = (from..order.len()).find(|&i| match mode {
                    Mode::Section(_) => plan::shown(self.form, &self.plan, order[i].1),
                    Mode::Unanswered => wanted(order[i].1),
                });
                drop(wanted);
                match next {
                    Some(i) => {
                        trail.push(i);
                        i
                    }
                    None => return Ok(true),
                }
            };
            let (s, field) = order[i];
            if !plan::shown(self.form, &self.plan, field) {
                // Left out by an answer changed on the way back.
                trail.remove(at);
                continue;
            }
            if last_section != Some(s) {
                last_section = Some(s);
                let section = &self.form.sections[s];
                p.say("").map_err(interrupted)?;
                p.say(&self.heading(s)).map_err(interrupted)?;
                if let Some(help) = &section.help {
                    p.say(help.trim()).map_err(interrupted)?;
                }
            }
            let decides = self.form.decides(&field.id);
            let kept_before = plan::hidden_answers(self.form, &self.plan).len();
            let shown_before = self.shown_ids();
            let back = at > 0;
            let asked = if field.kind == Kind::List {
                self.ask_list(p, field, back)?
            } else {
                self.ask(p, Slot::Field(field), back)?
            };
            match asked {
                Asked::Sections => return Ok(false),
                Asked::Back => at -= 1,
                Asked::Next => {
                    if decides {
                        self.after_deciding(p, field, kept_before)
                            .map_err(interrupted)?;
                        // Other questions now: the way on is found afresh.
                        if self.shown_ids() != shown_before {
                            trail.truncate(at + 1);
                        }
                    }
                    at += 1;
                }
            }
        }
    }

    /// After an answer that decides which questions are asked: says that
    /// answers now left out are kept, or that the questions that hang on an
    /// answer not given yet will come.
    fn after_deciding(
        &self,
        p: &mut dyn Prompter,
        field: &Field,
        kept_before: usize,
    ) -> io::Result<()> {
        let kept = plan::hidden_answers(self.form, &self.plan).len();
        if kept > kept_before {
            p.say(&format!("  {}", t!("form-kept", n = kept)))?;
        }
        if !self.plan.answers.contains_key(&field.id) {
            p.say(&format!("  {}", t!("form-depends")))?;
        }
        Ok(())
    }
}

/// A reply that is not an answer: back, or out to the sections.
fn gone(reply: Reply) -> Asked {
    match reply {
        Reply::Back => Asked::Back,
        _ => Asked::Sections,
    }
}

/// A guide's opening lines: its first block (the callout at its top), as
/// plain sentences, placeholders still to fill.
fn opening(body: &str) -> Vec<String> {
    let block: Vec<&str> = body
        .lines()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .collect();
    let text = block
        .iter()
        .map(|l| l.trim_start_matches('>').trim())
        .collect::<Vec<_>>()
        .join(" ");
    vec![text.replace("**", "").replace('`', "")]
}

#[derive(Debug, Clone, Copy)]
enum ListStep {
    Add,
    Change,
    Move,
    Remove,
    Done,
}

/// A Ctrl-C inside a prompt arrives as an interrupted read: end the command
/// like a shell would, with everything answered so far already saved.
fn interrupted(e: io::Error) -> anyhow::Error {
    if e.kind() == io::ErrorKind::Interrupted {
        UserError::interrupted(t!("form-stopped")).into()
    } else {
        e.into()
    }
}

#[cfg(test)]
mod tests;
