//! One question: asked, explained, checked, echoed, and a yes to a risk of harm answered at once.

use super::*;
use crate::content::i18n::t;

impl<'a> Filler<'a> {
    /// Shows a field's help and example. A date's example says the day it
    /// means, from today's date.
    pub(super) fn explain(&self, p: &mut dyn Prompter, field: &Field) -> io::Result<()> {
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
                Some(means) => p.say(&format!(
                    "  {}",
                    t!("form-example-means", example = example, means = means)
                ))?,
                None => p.say(&format!("  {}", t!("form-example", example = example)))?,
            }
        }
        Ok(())
    }

    /// What a typed answer was understood as, when that is worth saying
    /// back: a date, with its time on the region's clock.
    pub(super) fn echo(&self, field: &Field, value: &Value) -> Option<String> {
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
    pub(super) fn names_for(&self, part: &Field) -> Vec<String> {
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
    pub(super) fn ask(
        &mut self,
        p: &mut dyn Prompter,
        slot: Slot,
        back: bool,
    ) -> anyhow::Result<Asked> {
        self.explain(p, slot.field()).map_err(interrupted)?;
        self.question(p, slot, back)
    }

    pub(super) fn question(
        &mut self,
        p: &mut dyn Prompter,
        slot: Slot,
        back: bool,
    ) -> anyhow::Result<Asked> {
        let field = slot.field();
        let current = self.value(slot).cloned();
        let prompt = if field.required {
            t!("form-needed", prompt = field.prompt.as_str())
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
                    vec![t!("form-yes"), t!("form-no")]
                } else {
                    field.choices.iter().map(|c| c.label.clone()).collect()
                };
                let mut items = labels.clone();
                items.push(skip_or_clear(current.is_some()));
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
                    // Typed as the answer check reads it, whatever the labels' language.
                    Reply::Picked(0) if field.kind == Kind::YesNo => "yes".into(),
                    Reply::Picked(_) if field.kind == Kind::YesNo => "no".into(),
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
                    items.push(t!("form-someone-else"));
                    items.push(skip_or_clear(current.is_some()));
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
    pub(super) fn keep(
        &mut self,
        p: &mut dyn Prompter,
        slot: Slot,
        typed: &str,
    ) -> anyhow::Result<Asked> {
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
            p.say(&format!("  {}", t!("form-note", warning = w)))
                .map_err(interrupted)?;
        }
        if empty && field.required && matches!(slot, Slot::Field(_)) {
            p.say(&format!("  {}", t!("form-skipped")))
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
    pub(super) fn safety(&self, p: &mut dyn Prompter, on_yes: &OnYes) -> io::Result<()> {
        p.say("")?;
        p.say(&format!("  {}", on_yes.say.trim()))?;
        // The guide in the language spoken, else in English: its opening
        // lines (where to be safe) are said either way.
        let guide = crate::content::find_topic_in(crate::content::i18n::current(), &on_yes.topic)
            .and_then(|found| crate::content::load_topic(found.value).ok());
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
            "  {}",
            t!("form-more-guide", topic = on_yes.topic.as_str())
        ))?;
        p.say("")
    }
}

/// The last item of a pick: skip a question not answered, or clear one that is.
fn skip_or_clear(answered: bool) -> String {
    if answered {
        t!("form-clear")
    } else {
        t!("form-skip")
    }
}
