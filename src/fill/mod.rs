//! The form engine: asks a form's questions one at a time through a
//! `Prompter`, checks each answer, and saves the plan after every answer, so
//! that Ctrl-C or a closed window loses nothing. The same engine fills every
//! form in `content/en/forms/`. It asks and saves, so it sits above
//! `prompt/` and `store/`; what an answer may be is `progress::plan`'s rule.

use crate::clock::Clock;
use crate::content::embedded::RegionEntry;
use crate::content::form::{Field, Form, Kind, OnYes};
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

const SKIP: &str = "Skip for now";
const CLEAR: &str = "Clear this answer";
const SOMEONE_ELSE: &str = "Someone else";

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

    fn shown_ids(&self) -> Vec<&'a str> {
        self.form
            .fields()
            .filter(|f| plan::shown(self.form, &self.plan, f))
            .map(|f| f.id.as_str())
            .collect()
    }

    /// The list of sections, where `plan edit` starts and Esc leads: go on
    /// where you left off, any section of the plan as it stands (with how
    /// much of it is answered and still needed, as `plan show` counts), or
    /// done for now. Returns `true` when every question is answered at the end.
    pub fn menu(&mut self, p: &mut dyn Prompter) -> anyhow::Result<bool> {
        loop {
            let c = plan::completeness(self.form, &self.plan);
            let mut items = Vec::new();
            let mut modes = Vec::new();
            if let Some(next) = self.resume_at() {
                let section = self
                    .form
                    .section_of(&next.id)
                    .map(|s| s.title.as_str())
                    .unwrap_or("");
                items.push(format!(
                    "Go on where you left off ({section}: {})",
                    next.prompt
                ));
                modes.push(Some(Mode::Unanswered));
            }
            // Only the sections of the plan as it stands: the approach
            // chosen decides which those are.
            for (i, s) in self.form.sections.iter().enumerate() {
                let fields: Vec<&Field> = s
                    .fields
                    .iter()
                    .filter(|f| plan::shown(self.form, &self.plan, f))
                    .collect();
                if fields.is_empty() {
                    continue;
                }
                let answered = fields
                    .iter()
                    .filter(|f| self.plan.answers.get(&f.id).is_some_and(|v| !v.is_empty()))
                    .count();
                let needed = c
                    .missing
                    .iter()
                    .filter(|path| {
                        let id = path.split('.').next().unwrap_or(path);
                        fields.iter().any(|f| f.id == id)
                    })
                    .count();
                let mut item = format!("{} ({answered} of {} answered", s.title, fields.len());
                if needed > 0 {
                    item.push_str(&format!(", {needed} still needed"));
                }
                item.push(')');
                items.push(item);
                modes.push(Some(Mode::Section(i)));
            }
            items.push("Done for now".into());
            modes.push(None);
            let mut prompt = format!("{} of {} answered", c.answered, c.total);
            if !c.missing.is_empty() {
                prompt.push_str(&format!(", {} still needed", c.missing.len()));
            }
            prompt.push_str(". What would you like to do?");
            let reply = p
                .ask(&Question {
                    prompt: &prompt,
                    asking: Asking::Pick {
                        items: &items,
                        default: 0,
                    },
                    back: false,
                    esc: Esc::Leave,
                })
                .map_err(interrupted)?;
            // Done when every question of the plan as it stands is.
            let done = |f: &Self| {
                plan::first_unanswered(f.form, &f.plan).is_none()
                    && plan::completeness(f.form, &f.plan).missing.is_empty()
            };
            let choice = match reply {
                Reply::Picked(i) => i,
                _ => return Ok(done(self)),
            };
            let Some(mode) = modes[choice] else {
                return Ok(done(self));
            };
            let done = self.run(p, mode)?;
            if mode == Mode::Unanswered && done {
                return Ok(true);
            }
        }
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

    /// Shows a field's help and example. A date's example says the day it
    /// means, from today's date.
    fn explain(&self, p: &mut dyn Prompter, field: &Field) -> io::Result<()> {
        if let Some(help) = &field.help {
            p.say(&format!("  {}", help.trim()))?;
        }
        if let Some(example) = &field.example {
            let example = example.trim();
            let today = self.clock.now().date_naive();
            let means = match field.kind {
                Kind::Date | Kind::Datetime => plan::parse_date_maybe_time(example, today)
                    .ok()
                    .map(|(d, t)| plan::show_when(d, t, today, self.twelve_hour())),
                _ => None,
            };
            match means {
                Some(means) => p.say(&format!("  Example: {example} ({means})"))?,
                None => p.say(&format!("  Example: {example}"))?,
            }
        }
        Ok(())
    }

    /// What a typed answer was understood as, when that is worth saying
    /// back: a date, with its time on the region's clock.
    fn echo(&self, field: &Field, value: &Value) -> Option<String> {
        let Value::Text(t) = value else {
            return None;
        };
        if !matches!(field.kind, Kind::Date | Kind::Datetime) {
            return None;
        }
        let (d, tm) = match t.split_once(' ') {
            Some((d, tm)) => (d, chrono::NaiveTime::parse_from_str(tm, "%H:%M").ok()),
            None => (t.as_str(), None),
        };
        let d = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?;
        Some(plan::show_when(
            d,
            tm,
            self.clock.now().date_naive(),
            self.twelve_hour(),
        ))
    }

    /// The names given in the list a part takes its names from ("the
    /// team"), in order, each once.
    fn names_for(&self, part: &Field) -> Vec<String> {
        let Some(source) = part.names_from.as_ref().and_then(|id| self.form.field(id)) else {
            return Vec::new();
        };
        let Some(person) = source.person_field() else {
            return Vec::new();
        };
        let mut names: Vec<String> = Vec::new();
        for e in self.plan.entries(&source.id) {
            if let Some(Value::Text(n)) = e.get(&person.id) {
                let n = n.trim();
                if !n.is_empty() && !names.iter().any(|m| m == n) {
                    names.push(n.to_string());
                }
            }
        }
        names
    }

    /// Explains a question, then asks it until it gets an answer it can
    /// keep (or none).
    fn ask(&mut self, p: &mut dyn Prompter, slot: Slot, back: bool) -> anyhow::Result<Asked> {
        self.explain(p, slot.field()).map_err(interrupted)?;
        self.question(p, slot, back)
    }

    fn question(&mut self, p: &mut dyn Prompter, slot: Slot, back: bool) -> anyhow::Result<Asked> {
        let field = slot.field();
        let current = self.value(slot).cloned();
        let prompt = if field.required {
            format!("{} (needed)", field.prompt)
        } else {
            field.prompt.clone()
        };
        let today = self.clock.now().date_naive();
        let question = |asking| Question {
            prompt: &prompt,
            asking,
            back,
            esc: Esc::Sections,
        };
        let typed: String = match field.kind {
            Kind::Choice | Kind::YesNo => {
                let labels: Vec<String> = if field.kind == Kind::YesNo {
                    vec!["Yes".into(), "No".into()]
                } else {
                    field.choices.iter().map(|c| c.label.clone()).collect()
                };
                let mut items = labels.clone();
                items.push(if current.is_some() { CLEAR } else { SKIP }.into());
                // The cursor starts on the answer there is, else on the first
                // answer: skipping is one key away (up, from the top).
                let default = match (&current, field.kind) {
                    (Some(Value::Flag(b)), _) => usize::from(!*b),
                    (Some(Value::Text(id)), _) => {
                        field.choices.iter().position(|c| &c.id == id).unwrap_or(0)
                    }
                    _ => 0,
                };
                let reply = p
                    .ask(&question(Asking::Pick {
                        items: &items,
                        default,
                    }))
                    .map_err(interrupted)?;
                match reply {
                    Reply::Picked(i) if i == labels.len() => String::new(),
                    Reply::Picked(i) if field.kind == Kind::YesNo => labels[i].clone(),
                    Reply::Picked(i) => field.choices[i].id.clone(),
                    other => return Ok(gone(other)),
                }
            }
            Kind::MultiChoice => {
                let labels: Vec<String> = field.choices.iter().map(|c| c.label.clone()).collect();
                let checked: Vec<bool> = field
                    .choices
                    .iter()
                    .map(|c| matches!(&current, Some(Value::Many(ids)) if ids.contains(&c.id)))
                    .collect();
                let reply = p
                    .ask(&question(Asking::PickMany {
                        items: &labels,
                        checked: &checked,
                    }))
                    .map_err(interrupted)?;
                match reply {
                    Reply::PickedMany(picked) => picked
                        .iter()
                        .filter_map(|i| field.choices.get(*i))
                        .map(|c| c.id.clone())
                        .collect::<Vec<_>>()
                        .join(", "),
                    other => return Ok(gone(other)),
                }
            }
            kind => {
                let initial = current
                    .as_ref()
                    .map(|v| plan::typed_value(field, v))
                    .unwrap_or_default();
                let names = self.names_for(field);
                let mut initial_line = initial.clone();
                if !names.is_empty() {
                    // "Whose letter is this?": one of the team, or someone else.
                    let mut items = names.clone();
                    items.push(SOMEONE_ELSE.into());
                    items.push(if current.is_some() { CLEAR } else { SKIP }.into());
                    let default = names
                        .iter()
                        .position(|n| *n == initial)
                        .unwrap_or(if initial.is_empty() { 0 } else { names.len() });
                    let reply = p
                        .ask(&question(Asking::Pick {
                            items: &items,
                            default,
                        }))
                        .map_err(interrupted)?;
                    match reply {
                        Reply::Picked(i) if i < names.len() => {
                            return self.keep(p, slot, &names[i]);
                        }
                        Reply::Picked(i) if i == names.len() + 1 => {
                            return self.keep(p, slot, "");
                        }
                        Reply::Picked(_) => {
                            if names.contains(&initial) {
                                initial_line.clear();
                            }
                        }
                        other => return Ok(gone(other)),
                    }
                }
                let check = |t: &str| -> Result<Option<String>, String> {
                    let parsed = plan::parse_answer(field, t, today)?;
                    Ok(parsed.value.and_then(|v| self.echo(field, &v)))
                };
                let asking = if kind == Kind::LongText {
                    Asking::Long {
                        initial: &initial_line,
                        check: &check,
                    }
                } else {
                    Asking::Line {
                        initial: &initial_line,
                        check: &check,
                    }
                };
                // With names offered first, back goes to them.
                let reply = p
                    .ask(&Question {
                        prompt: &prompt,
                        asking,
                        back: back || !names.is_empty(),
                        esc: Esc::Sections,
                    })
                    .map_err(interrupted)?;
                match reply {
                    Reply::Text(t) => t,
                    // Back to the names, the help not said again.
                    Reply::Back if !names.is_empty() => return self.question(p, slot, back),
                    other => return Ok(gone(other)),
                }
            }
        };
        self.keep(p, slot, &typed)
    }

    /// Keeps an answer the question's check has read.
    fn keep(&mut self, p: &mut dyn Prompter, slot: Slot, typed: &str) -> anyhow::Result<Asked> {
        let field = slot.field();
        let today = self.clock.now().date_naive();
        let parsed = match plan::parse_answer(field, typed, today) {
            Ok(parsed) => parsed,
            Err(problem) => {
                // Only a pick could get here (its labels always parse).
                p.say(&format!("  {problem}")).map_err(interrupted)?;
                return Ok(Asked::Next);
            }
        };
        let empty = parsed.value.is_none();
        let yes = parsed.value == Some(Value::Flag(true));
        self.store_value(slot, parsed.value)?;
        if let Some(w) = parsed.warning {
            p.say(&format!("  Note: {w}")).map_err(interrupted)?;
        }
        if empty && field.required && matches!(slot, Slot::Field(_)) {
            p.say("  Skipped for now. It shows as missing until you fill it in.")
                .map_err(interrupted)?;
        }
        if yes && let Some(on_yes) = &field.on_yes {
            self.safety(p, on_yes).map_err(interrupted)?;
        }
        Ok(Asked::Next)
    }

    /// Said at once when a yes means someone may be in danger: kind words,
    /// the opening lines of the guide, and the region's numbers for a crisis
    /// and for abuse, as `regions.yaml` gives them.
    fn safety(&self, p: &mut dyn Prompter, on_yes: &OnYes) -> io::Result<()> {
        p.say("")?;
        p.say(&format!("  {}", on_yes.say.trim()))?;
        let guide = crate::content::find_topic(&on_yes.topic)
            .and_then(|entry| crate::content::load_topic(entry).ok());
        if let Some(topic) = guide {
            for line in opening(topic.body) {
                let line = match self.region {
                    Some(region) => crate::content::region::fill(&line, region).into_owned(),
                    None => line,
                };
                p.say(&format!("  {line}"))?;
            }
        }
        if let Some(region) = self.region
            && let Ok(full) = crate::content::region::Regions::load_one(region)
        {
            use crate::content::region::Group;
            for s in full
                .services
                .iter()
                .filter(|s| matches!(s.group, Group::Crisis | Group::Abuse))
            {
                let mut line = format!("  {}: {}", s.name, s.number);
                for other in &s.also {
                    line.push_str(&format!("; {} {}", other.how, other.number));
                }
                p.say(&line)?;
            }
        }
        p.say(&format!(
            "  For more, run `kinship guide {}`.",
            on_yes.topic
        ))?;
        p.say("")
    }

    /// The menu for a list: add, change, move and remove entries.
    fn ask_list(
        &mut self,
        p: &mut dyn Prompter,
        list: &'a Field,
        back: bool,
    ) -> anyhow::Result<Asked> {
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
            // The first entry with a needed part missing, if any.
            let incomplete = entries.iter().position(|e| {
                list.fields
                    .iter()
                    .any(|part| part.required && e.get(&part.id).is_none_or(Value::is_empty))
            });
            // The first time round an empty list, Enter adds, and the first
            // time round one with something needed, Enter changes that;
            // after that it moves on, so Enter pressed again and again never
            // loops.
            let default = match (first, incomplete) {
                (true, _) if entries.is_empty() => 0,
                (true, Some(_)) => 1,
                _ => labels.len() - 1,
            };
            first = false;
            let choice = match self.pick(p, "What next?", &labels, default, back)? {
                Ok(choice) => choice,
                Err(asked) => return Ok(asked),
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
                    if self.ask_entry(p, list, index)? == Asked::Sections {
                        return Ok(Asked::Sections);
                    }
                }
                ListStep::Change => {
                    let index = match self.pick(
                        p,
                        &format!("Which {item}?"),
                        &summaries,
                        incomplete.unwrap_or(0),
                        true,
                    )? {
                        Ok(index) => index,
                        Err(Asked::Sections) => return Ok(Asked::Sections),
                        Err(_) => continue,
                    };
                    if self.ask_entry(p, list, index)? == Asked::Sections {
                        return Ok(Asked::Sections);
                    }
                }
                ListStep::Move => {
                    let from =
                        match self.pick(p, &format!("Which {item} moves?"), &summaries, 0, true)? {
                            Ok(from) => from,
                            Err(Asked::Sections) => return Ok(Asked::Sections),
                            Err(_) => continue,
                        };
                    let places: Vec<String> =
                        (1..=entries.len()).map(|n| format!("Place {n}")).collect();
                    let to = match self.pick(p, "To which place?", &places, from, true)? {
                        Ok(to) => to,
                        Err(Asked::Sections) => return Ok(Asked::Sections),
                        Err(_) => continue,
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
                    let index = match self.pick(
                        p,
                        &format!("Which {item} do you want to remove?"),
                        &summaries,
                        0,
                        true,
                    )? {
                        Ok(index) => index,
                        Err(Asked::Sections) => return Ok(Asked::Sections),
                        Err(_) => continue,
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

    /// The parts of one entry, in order; back from the first goes to the
    /// list's menu.
    fn ask_entry(
        &mut self,
        p: &mut dyn Prompter,
        list: &'a Field,
        index: usize,
    ) -> anyhow::Result<Asked> {
        let mut k = 0;
        while k < list.fields.len() {
            let part = &list.fields[k];
            match self.ask(p, Slot::Part { list, index, part }, true)? {
                Asked::Next => k += 1,
                Asked::Back if k == 0 => return Ok(Asked::Back),
                Asked::Back => k -= 1,
                Asked::Sections => return Ok(Asked::Sections),
            }
        }
        Ok(Asked::Next)
    }

    /// One pick inside a list's menu: the index, or how the user left.
    fn pick(
        &self,
        p: &mut dyn Prompter,
        prompt: &str,
        items: &[String],
        default: usize,
        back: bool,
    ) -> anyhow::Result<Result<usize, Asked>> {
        let reply = p
            .ask(&Question {
                prompt,
                asking: Asking::Pick { items, default },
                back,
                esc: Esc::Sections,
            })
            .map_err(interrupted)?;
        Ok(match reply {
            Reply::Picked(i) => Ok(i),
            other => Err(gone(other)),
        })
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
        UserError::interrupted("Stopped. Every answer before this one was saved.").into()
    } else {
        e.into()
    }
}

#[cfg(test)]
mod tests;
