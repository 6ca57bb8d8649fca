//! The list of sections: where the form is, how full each part is, and where to go next.

use super::*;
use crate::content::i18n::t;

impl<'a> Filler<'a> {
    pub(super) fn shown_ids(&self) -> Vec<&'a str> {
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
                items.push(t!(
                    "form-menu-resume",
                    section = section,
                    question = next.prompt.as_str()
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
                items.push(t!(
                    "form-menu-section",
                    title = s.title.as_str(),
                    answered = answered,
                    total = fields.len(),
                    needed = needed
                ));
                modes.push(Some(Mode::Section(i)));
            }
            items.push(t!("form-menu-done"));
            modes.push(None);
            let prompt = t!(
                "form-menu-prompt",
                answered = c.answered,
                total = c.total,
                needed = c.missing.len()
            );
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
    pub(super) fn heading(&self, s: usize) -> String {
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
            Some(n) => t!(
                "form-heading",
                title = section.title.as_str(),
                n = n + 1,
                total = shown.len()
            ),
            None => section.title.clone(),
        }
    }
}
