//! The form engine: asks a form's questions one at a time through a
//! `Prompter`, checks each answer, and saves the plan after every answer, so
//! that Ctrl-C or a closed window loses nothing. The same engine fills every
//! form in `content/en/forms/`. It asks and saves, so it sits above
//! `prompt/` and `store/`; what an answer may be is `progress::plan`'s rule.

use crate::clock::Clock;
use crate::content::form::{Field, Form, Kind};
use crate::error::UserError;
use crate::progress::plan::{self, Plan, Value};
use crate::prompt::Prompter;
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
    /// The user backed out (Esc, q, end of input): stop asking.
    Stop,
}

/// What to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every unanswered field, in order, from the first.
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
}

const SKIP: &str = "Skip for now";

impl<'a> Filler<'a> {
    pub fn new(form: &'a Form, store: &'a Store, name: &str, clock: &'a Clock, plan: Plan) -> Self {
        Filler {
            form,
            store,
            name: name.to_string(),
            clock,
            path: store.plan_path(name),
            plan,
        }
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

    /// Asks the fields `mode` picks, each only while it is part of the plan:
    /// an earlier answer (the approach) decides which sections and fields
    /// are. Returns `true` when every one was asked, `false` when the user
    /// stopped early.
    pub fn run(&mut self, p: &mut dyn Prompter, mode: Mode) -> anyhow::Result<bool> {
        let mut last_section = None;
        for (s, section) in self.form.sections.iter().enumerate() {
            if let Mode::Section(only) = mode
                && only != s
            {
                continue;
            }
            for field in &section.fields {
                // Looked at afresh for each field: the answer just given may
                // have brought sections in or left them out.
                if !plan::shown(self.form, &self.plan, field) {
                    continue;
                }
                if mode == Mode::Unanswered
                    && self
                        .plan
                        .answers
                        .get(&field.id)
                        .is_some_and(|v| !v.is_empty())
                {
                    continue;
                }
                if last_section != Some(s) {
                    last_section = Some(s);
                    p.say("")?;
                    p.say(&self.heading(s))?;
                    if let Some(help) = &section.help {
                        p.say(help.trim())?;
                    }
                }
                let decides = self.form.decides(&field.id);
                let kept_before = plan::hidden_answers(self.form, &self.plan).len();
                let asked = if field.kind == Kind::List {
                    self.ask_list(p, field)?
                } else {
                    self.ask(p, Slot::Field(field))?
                };
                if asked == Asked::Stop {
                    return Ok(false);
                }
                if decides {
                    self.after_deciding(p, field, kept_before)
                        .map_err(interrupted)?;
                }
            }
        }
        Ok(true)
    }

    /// A section's title and where it is among the sections of the plan as
    /// it stands: "The team (4 of 11)". While an answer that decides which
    /// sections there are is still to come, the count would change, so it is
    /// left out.
    fn heading(&self, s: usize) -> String {
        let section = &self.form.sections[s];
        let undecided = self.form.sections.iter().any(|other| {
            other.when.as_ref().is_some_and(|w| {
                self.form
                    .field(&w.field)
                    .is_some_and(|d| plan::shown(self.form, &self.plan, d))
                    && !self.plan.answers.contains_key(&w.field)
            })
        });
        if undecided {
            return section.title.clone();
        }
        let shown: Vec<usize> = (0..self.form.sections.len())
            .filter(|&i| plan::section_shown(self.form, &self.plan, &self.form.sections[i]))
            .collect();
        match shown.iter().position(|&i| i == s) {
            Some(n) => format!("{} ({} of {})", section.title, n + 1, shown.len()),
            None => section.title.clone(),
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
            p.say(&if kept == 1 {
                "  One of your answers goes with another choice. It is kept, not deleted, \
                 and comes back if you choose that again."
                    .to_string()
            } else {
                format!(
                    "  {kept} of your answers go with another choice. They are kept, not \
                     deleted, and come back if you choose that again."
                )
            })?;
        }
        if !self.plan.answers.contains_key(&field.id) {
            p.say("  Some questions depend on this answer. They are asked once you give it.")?;
        }
        Ok(())
    }

    /// Shows a field's help and example.
    fn explain(&self, p: &mut dyn Prompter, field: &Field) -> io::Result<()> {
        if let Some(help) = &field.help {
            p.say(&format!("  {}", help.trim()))?;
        }
        if let Some(example) = &field.example {
            p.say(&format!("  Example: {}", example.trim()))?;
        }
        Ok(())
    }

    /// Asks one question until it gets an answer it can keep (or none).
    fn ask(&mut self, p: &mut dyn Prompter, slot: Slot) -> anyhow::Result<Asked> {
        let field = slot.field();
        self.explain(p, field).map_err(interrupted)?;
        let current = self.value(slot).cloned();
        let prompt = if field.required {
            format!("{} (needed)", field.prompt)
        } else {
            field.prompt.clone()
        };
        let today = self.clock.now().date_naive();
        loop {
            let typed: Option<String> = match field.kind {
                Kind::Choice | Kind::YesNo => {
                    let labels: Vec<String> = if field.kind == Kind::YesNo {
                        vec!["Yes".into(), "No".into()]
                    } else {
                        field.choices.iter().map(|c| c.label.clone()).collect()
                    };
                    let mut items = labels.clone();
                    items.push(if current.is_some() {
                        "Clear this answer".into()
                    } else {
                        SKIP.into()
                    });
                    // Enter alone keeps the answer there is, and never
                    // answers for the user: with none, it skips.
                    let default = match (&current, field.kind) {
                        (Some(Value::Flag(b)), _) => usize::from(!*b),
                        (Some(Value::Text(id)), _) => field
                            .choices
                            .iter()
                            .position(|c| &c.id == id)
                            .unwrap_or(labels.len()),
                        _ => labels.len(),
                    };
                    match p.select(&prompt, &items, default).map_err(interrupted)? {
                        None => return Ok(Asked::Stop),
                        Some(i) if i == labels.len() => Some(String::new()),
                        Some(i) => Some(if field.kind == Kind::YesNo {
                            labels[i].clone()
                        } else {
                            field.choices[i].id.clone()
                        }),
                    }
                }
                Kind::MultiChoice => {
                    let labels: Vec<String> =
                        field.choices.iter().map(|c| c.label.clone()).collect();
                    let checked: Vec<bool> = field
                        .choices
                        .iter()
                        .map(|c| matches!(&current, Some(Value::Many(ids)) if ids.contains(&c.id)))
                        .collect();
                    match p
                        .multi_select(&prompt, &labels, &checked)
                        .map_err(interrupted)?
                    {
                        None => return Ok(Asked::Stop),
                        Some(picked) => Some(
                            picked
                                .iter()
                                .filter_map(|i| field.choices.get(*i))
                                .map(|c| c.id.clone())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    }
                }
                Kind::LongText => {
                    let initial = current
                        .as_ref()
                        .map(|v| plan::typed_value(field, v))
                        .unwrap_or_default();
                    p.long_text(&prompt, &initial).map_err(interrupted)?
                }
                _ => {
                    let initial = current
                        .as_ref()
                        .map(|v| plan::typed_value(field, v))
                        .unwrap_or_default();
                    p.input(&prompt, &initial).map_err(interrupted)?
                }
            };
            let Some(typed) = typed else {
                return Ok(Asked::Stop);
            };
            match plan::parse_answer(field, &typed, today) {
                Err(problem) => {
                    p.say(&format!("  {problem}")).map_err(interrupted)?;
                    continue;
                }
                Ok(parsed) => {
                    let empty = parsed.value.is_none();
                    self.store_value(slot, parsed.value)?;
                    if let Some(w) = parsed.warning {
                        p.say(&format!("  Note: {w}")).map_err(interrupted)?;
                    }
                    if empty && field.required && matches!(slot, Slot::Field(_)) {
                        p.say("  Skipped for now. It shows as missing until you fill it in.")
                            .map_err(interrupted)?;
                    }
                    return Ok(Asked::Next);
                }
            }
        }
    }

    /// The menu for a list: add, change, move and remove entries.
    fn ask_list(&mut self, p: &mut dyn Prompter, list: &'a Field) -> anyhow::Result<Asked> {
        self.explain(p, list).map_err(interrupted)?;
        let item = list.item.as_deref().unwrap_or("entry");
        let mut first = true;
        loop {
            let entries = self.plan.entries(&list.id).to_vec();
            p.say(&format!("{}:", list.prompt)).map_err(interrupted)?;
            if entries.is_empty() {
                p.say(&format!("  No {item} yet.")).map_err(interrupted)?;
            }
            for (i, e) in entries.iter().enumerate() {
                p.say(&format!("  {}. {}", i + 1, plan::entry_summary(list, e)))
                    .map_err(interrupted)?;
            }
            let mut actions = vec![(format!("Add a {item}"), ListStep::Add)];
            if !entries.is_empty() {
                actions.push((format!("Change a {item}"), ListStep::Change));
            }
            if entries.len() > 1 {
                actions.push((format!("Move a {item} to another place"), ListStep::Move));
            }
            if !entries.is_empty() {
                actions.push((format!("Remove a {item}"), ListStep::Remove));
            }
            actions.push(("Done with this list".into(), ListStep::Done));
            let labels: Vec<String> = actions.iter().map(|(l, _)| l.clone()).collect();
            // The first time round an empty list, Enter adds; after that it
            // moves on, so Enter pressed again and again never loops.
            let default = if entries.is_empty() && first {
                0
            } else {
                labels.len() - 1
            };
            first = false;
            let Some(choice) = p
                .select("What next?", &labels, default)
                .map_err(interrupted)?
            else {
                return Ok(Asked::Stop);
            };
            // Pickers number their items themselves (the plain one aloud), so
            // the entries are offered without their numbers.
            let summaries: Vec<String> = entries
                .iter()
                .map(|e| plan::entry_summary(list, e))
                .collect();
            match actions[choice].1 {
                ListStep::Done => return Ok(Asked::Next),
                ListStep::Add => {
                    let index = entries.len();
                    p.say(&format!("New {item} ({}):", index + 1))
                        .map_err(interrupted)?;
                    for part in &list.fields {
                        if self.ask(p, Slot::Part { list, index, part })? == Asked::Stop {
                            return Ok(Asked::Stop);
                        }
                    }
                }
                ListStep::Change => {
                    let Some(index) = p
                        .select(&format!("Which {item}?"), &summaries, 0)
                        .map_err(interrupted)?
                    else {
                        continue;
                    };
                    for part in &list.fields {
                        if self.ask(p, Slot::Part { list, index, part })? == Asked::Stop {
                            return Ok(Asked::Stop);
                        }
                    }
                }
                ListStep::Move => {
                    let Some(from) = p
                        .select(&format!("Which {item} moves?"), &summaries, 0)
                        .map_err(interrupted)?
                    else {
                        continue;
                    };
                    let places: Vec<String> =
                        (1..=entries.len()).map(|n| format!("Place {n}")).collect();
                    let Some(to) = p
                        .select("To which place?", &places, from)
                        .map_err(interrupted)?
                    else {
                        continue;
                    };
                    let id = list.id.clone();
                    self.save(move |plan| {
                        let e = plan.entries_mut(&id);
                        if from < e.len() && to < e.len() {
                            let moved = e.remove(from);
                            e.insert(to, moved);
                        }
                    })?;
                }
                ListStep::Remove => {
                    let Some(index) = p
                        .select(
                            &format!("Which {item} do you want to remove?"),
                            &summaries,
                            0,
                        )
                        .map_err(interrupted)?
                    else {
                        continue;
                    };
                    let sure = p
                        .confirm(
                            &format!("Remove {item} {}: {}?", index + 1, summaries[index]),
                            false,
                        )
                        .map_err(interrupted)?;
                    if sure {
                        let id = list.id.clone();
                        self.save(move |plan| plan.remove_entry(&id, index))?;
                    }
                }
            }
        }
    }
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
        UserError::interrupted("Stopped. Every answer before this one was saved.").into()
    } else {
        e.into()
    }
}

#[cfg(test)]
mod tests;
