//! Lists in a form (the team, the letters): add, change, remove, and each entry's questions.

use super::*;
use crate::content::i18n::t;

impl<'a> Filler<'a> {
    /// The menu for a list: add, change, move and remove entries.
    pub(super) fn ask_list(
        &mut self,
        p: &mut dyn Prompter,
        list: &'a Field,
        back: bool,
    ) -> anyhow::Result<Asked> {
        self.explain(p, list).map_err(interrupted)?;
        let default_item = t!("form-list-entry");
        let item = list.item.as_deref().unwrap_or(&default_item);
        let mut first = true;
        loop {
            let entries = self.plan.entries(&list.id).to_vec();
            p.say(&format!("{}:", list.prompt)).map_err(interrupted)?;
            if entries.is_empty() {
                p.say(&format!("  {}", t!("form-list-empty", item = item)))
                    .map_err(interrupted)?;
            }
            for (i, e) in entries.iter().enumerate() {
                p.say(&format!("  {}. {}", i + 1, plan::entry_summary(list, e)))
                    .map_err(interrupted)?;
            }
            let mut actions = vec![(t!("form-list-add", item = item), ListStep::Add)];
            if !entries.is_empty() {
                actions.push((t!("form-list-change", item = item), ListStep::Change));
            }
            if entries.len() > 1 {
                actions.push((t!("form-list-move", item = item), ListStep::Move));
            }
            if !entries.is_empty() {
                actions.push((t!("form-list-remove", item = item), ListStep::Remove));
            }
            actions.push((t!("form-list-done"), ListStep::Done));
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
            let choice = match self.pick(p, &t!("form-list-what-next"), &labels, default, back)? {
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
                    p.say(&t!("form-list-new", item = item, n = index + 1))
                        .map_err(interrupted)?;
                    if self.ask_entry(p, list, index)? == Asked::Sections {
                        return Ok(Asked::Sections);
                    }
                }
                ListStep::Change => {
                    let index = match self.pick(
                        p,
                        &t!("form-list-which", item = item),
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
                    let from = match self.pick(
                        p,
                        &t!("form-list-which-moves", item = item),
                        &summaries,
                        0,
                        true,
                    )? {
                        Ok(from) => from,
                        Err(Asked::Sections) => return Ok(Asked::Sections),
                        Err(_) => continue,
                    };
                    let places: Vec<String> = (1..=entries.len())
                        .map(|n| t!("form-list-place", n = n))
                        .collect();
                    let to =
                        match self.pick(p, &t!("form-list-to-which-place"), &places, from, true)? {
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
                        &t!("form-list-which-remove", item = item),
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
                            &t!(
                                "form-list-remove-sure",
                                item = item,
                                n = index + 1,
                                summary = summaries[index].as_str()
                            ),
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
    pub(super) fn ask_entry(
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
    pub(super) fn pick(
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
