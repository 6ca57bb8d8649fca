//! Forms: the worksheets behind `kinship plan` (an intervention plan, a
//! boundaries worksheet, ...), as written in `content/en/forms/ID.yaml`. One
//! engine fills them all; a new worksheet is a new file.

use super::ContentError;
use super::embedded;

const DIR: &str = "en/forms/";

pub use super::schema::form::{Choice, Field, Form, Kind, OnYes, Section, Share, When};

impl Form {
    /// The form with every `{{placeholder}}` filled for a region.
    pub fn filled(mut self, region: &impl super::region::Placeholders) -> Form {
        let fill = |t: &mut String| *t = super::region::fill(t, region).into_owned();
        fn field(f: &mut Field, fill: &impl Fn(&mut String)) {
            fill(&mut f.label);
            fill(&mut f.prompt);
            f.help.iter_mut().for_each(fill);
            f.example.iter_mut().for_each(fill);
            f.choices.iter_mut().for_each(|c| fill(&mut c.label));
            f.on_yes.iter_mut().for_each(|o| fill(&mut o.say));
            f.fields.iter_mut().for_each(|s| field(s, fill));
        }
        fill(&mut self.title);
        self.title_for.iter_mut().for_each(fill);
        fill(&mut self.summary);
        fill(&mut self.intro);
        for s in &mut self.sections {
            fill(&mut s.title);
            s.help.iter_mut().for_each(fill);
            s.fields.iter_mut().for_each(|f| field(f, &fill));
        }
        self
    }

    /// Every top-level field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|f| f.id == id)
    }

    /// The section a field is in.
    pub fn section_of(&self, id: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.fields.iter().any(|f| f.id == id))
    }

    /// Whether some section or field depends on the answer to `id`.
    pub fn decides(&self, id: &str) -> bool {
        let on = |w: &Option<When>| w.as_ref().is_some_and(|w| w.field == id);
        self.sections
            .iter()
            .any(|s| on(&s.when) || s.fields.iter().any(|f| on(&f.when)))
    }
}

impl When {
    /// "approach is craft", "risk is yes", "approach is invitation or professional".
    pub fn describe(&self) -> String {
        use crate::content::i18n::t;
        let or = format!(" {} ", t!("form-when-or"));
        t!(
            "form-when-is",
            field = self.field.as_str(),
            answers = self.is.join(&or)
        )
    }
}

impl Field {
    /// The sub-field of a list entry.
    pub fn sub(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The sub-field naming whose entry it is.
    pub fn person_field(&self) -> Option<&Field> {
        self.fields.iter().find(|f| f.person)
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }
}

impl Form {
    /// The id of the question `title_for` names, between braces.
    pub fn title_field(&self) -> Option<&str> {
        let t = self.title_for.as_deref()?;
        let start = t.find('{')?;
        let end = start + t[start..].find('}')?;
        Some(&t[start + 1..end])
    }

    /// The title of a plan: `title_for` with the answer that names the loved
    /// one, else the form's title and the plan's name.
    pub fn title_of(&self, name: &str, answer: Option<&str>) -> String {
        match (self.title_for.as_deref(), self.title_field(), answer) {
            (Some(t), Some(id), Some(answer)) if !answer.trim().is_empty() => {
                let answer = answer.split_whitespace().collect::<Vec<_>>().join(" ");
                t.replacen(&format!("{{{id}}}"), &answer, 1)
            }
            _ => format!("{}: {}", self.title, name),
        }
    }
}

/// The longest text accepted when a field sets no limit: a long letter fits.
pub const DEFAULT_MAX_CHARS: usize = 20_000;
/// The longest one-line answer when a field sets no limit.
pub const DEFAULT_MAX_LINE: usize = 500;

pub fn parse(path: &str, text: &str) -> Result<Form, ContentError> {
    super::from_yaml(text).map_err(|e| ContentError::new(path, e.location, e.message))
}

/// The ids of every embedded form, in file order.
pub fn ids() -> Vec<&'static str> {
    embedded::files_under(DIR)
        .filter_map(|(path, _)| path.strip_prefix(DIR)?.strip_suffix(".yaml"))
        .collect()
}

/// Loads a form by id; `Ok(None)` when there is none by that id.
pub fn load(id: &str) -> Result<Option<Form>, ContentError> {
    let path = format!("{DIR}{id}.yaml");
    match embedded::file(&path) {
        Some(text) => parse(&path, text).map(Some),
        None => Ok(None),
    }
}

/// Loads a form by id in `lang`, else in English (`fell_back`); `Ok(None)`
/// when there is none by that id.
pub fn load_in(
    lang: crate::content::i18n::Lang,
    id: &str,
) -> Result<Option<super::Localized<Form>>, ContentError> {
    let Some(found) = super::file_in(lang, &format!("{DIR}{id}.yaml")) else {
        return Ok(None);
    };
    let (path, text) = found.value;
    Ok(Some(
        found.map(|_| ()).map(|()| parse(path, text)).transpose()?,
    ))
}

/// Every embedded form.
pub fn all() -> Result<Vec<Form>, ContentError> {
    ids()
        .into_iter()
        .map(|id| load(id).map(|f| f.expect("listed forms exist")))
        .collect()
}

/// Problems with one form: ids, kinds and their options. Empty is good.
/// Part of the library validation, so only tests have it.
#[cfg(test)]
pub fn problems(form: &Form, path: &str) -> Vec<String> {
    let mut p = Vec::new();
    let at = format!("content/{path}");
    if path != format!("{DIR}{}.yaml", form.id) {
        p.push(format!(
            "{at}: the id {:?} must match the file name",
            form.id
        ));
    }
    if let Some(t) = &form.title_for {
        let named = form.title_field().and_then(|id| form.field(id));
        let braces = t.matches('{').count() == 1 && t.matches('}').count() == 1;
        if !braces || !named.is_some_and(|f| f.kind == Kind::Text) {
            p.push(format!(
                "{at}: title_for must name one text question in braces, such as \"{{loved_one}}\""
            ));
        }
    }
    let mut section_ids = Vec::new();
    // The fields before the one being checked: a condition may only look back.
    let mut earlier: Vec<&Field> = Vec::new();
    for s in &form.sections {
        if section_ids.contains(&&s.id) {
            p.push(format!("{at}: two sections are called {:?}", s.id));
        }
        section_ids.push(&s.id);
        if s.fields.is_empty() {
            p.push(format!("{at}: section {:?} has no fields", s.id));
        }
        if let Some(when) = &s.when {
            check_when(when, &earlier, &format!("section {:?}", s.id), &at, &mut p);
        }
        for f in &s.fields {
            if earlier.iter().any(|e| e.id == f.id) {
                p.push(format!("{at}: two fields are called {:?}", f.id));
            }
            if let Some(when) = &f.when {
                check_when(when, &earlier, &format!("field {:?}", f.id), &at, &mut p);
            }
            check_field(f, &at, false, &mut p);
            for part in &f.fields {
                if let Some(from) = &part.names_from {
                    let source = earlier.iter().find(|e| &e.id == from);
                    if source.is_none_or(|e| e.person_field().is_none()) {
                        p.push(format!(
                            "{at}: field {:?}: names_from {from:?} must be an earlier list with a person field",
                            part.id
                        ));
                    }
                }
            }
            if f.names_from.is_some() {
                p.push(format!(
                    "{at}: field {:?}: names_from is for a part of a list entry",
                    f.id
                ));
            }
            earlier.push(f);
        }
    }
    p
}

/// A condition names an earlier choice, multi_choice or yes_no question, and
/// only answers it can have.
#[cfg(test)]
fn check_when(when: &When, earlier: &[&Field], on: &str, at: &str, p: &mut Vec<String>) {
    let Some(field) = earlier.iter().find(|f| f.id == when.field) else {
        p.push(format!(
            "{at}: {on} depends on {:?}, which is not a question before it",
            when.field
        ));
        return;
    };
    if when.is.is_empty() {
        p.push(format!(
            "{at}: {on}: `is` needs at least one answer of {:?}",
            when.field
        ));
    }
    let answers: Vec<&str> = match field.kind {
        Kind::Choice | Kind::MultiChoice => field.choices.iter().map(|c| c.id.as_str()).collect(),
        Kind::YesNo => vec!["yes", "no"],
        kind => {
            p.push(format!(
                "{at}: {on} depends on {:?}, a {} question; only choice, multi_choice and yes_no can decide",
                when.field,
                kind.name()
            ));
            return;
        }
    };
    for answer in &when.is {
        if !answers.contains(&answer.as_str()) {
            p.push(format!(
                "{at}: {on}: {answer:?} is not an answer of {:?} (its answers: {})",
                when.field,
                answers.join(", ")
            ));
        }
    }
}

#[cfg(test)]
fn check_field(f: &Field, at: &str, in_list: bool, p: &mut Vec<String>) {
    let name = &f.id;
    let slug = !f.id.is_empty()
        && f.id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !slug {
        p.push(format!(
            "{at}: field id {name:?} must be lowercase letters, digits and _"
        ));
    }
    if f.prompt.trim().is_empty() {
        p.push(format!("{at}: field {name:?} has no prompt"));
    }
    // Shown and printed in place of the question: a few words, no question.
    if f.label.trim().is_empty() {
        p.push(format!(
            "{at}: field {name:?} needs a label: a few words that stand for its question where answers are shown (\"Address\")"
        ));
    } else if f.label.chars().count() > 40 || f.label.trim_end().ends_with(['?', ':']) {
        p.push(format!(
            "{at}: field {name:?}: its label {:?} should be a few words, not a question (40 characters at most, no ? or : at the end)",
            f.label
        ));
    }
    let has_choices = matches!(f.kind, Kind::Choice | Kind::MultiChoice);
    if has_choices && f.choices.len() < 2 {
        p.push(format!("{at}: field {name:?} needs at least two choices"));
    }
    if !has_choices && !f.choices.is_empty() {
        p.push(format!(
            "{at}: field {name:?} has choices but is not a choice"
        ));
    }
    let mut seen = Vec::new();
    for c in &f.choices {
        if seen.contains(&&c.id) {
            p.push(format!(
                "{at}: field {name:?} has two choices called {:?}",
                c.id
            ));
        }
        seen.push(&c.id);
        if c.id.parse::<usize>().is_ok() {
            p.push(format!(
                "{at}: choice {:?} of {name:?} must not be a number (numbers pick by position)",
                c.id
            ));
        }
    }
    if f.kind == Kind::List {
        if in_list {
            p.push(format!("{at}: field {name:?}: lists cannot hold lists"));
        }
        if f.fields.is_empty() {
            p.push(format!("{at}: list {name:?} has no fields"));
        }
        if f.item.is_none() {
            p.push(format!(
                "{at}: list {name:?} needs `item` (what one entry is called)"
            ));
        }
        if f.fields.iter().filter(|s| s.person).count() > 1 {
            p.push(format!(
                "{at}: list {name:?} has more than one person field"
            ));
        }
        let mut sub_ids = Vec::new();
        for s in &f.fields {
            if sub_ids.contains(&&s.id) {
                p.push(format!(
                    "{at}: list {name:?} has two fields called {:?}",
                    s.id
                ));
            }
            sub_ids.push(&s.id);
            check_field(s, at, true, p);
        }
    } else {
        if !f.fields.is_empty() || f.item.is_some() {
            p.push(format!(
                "{at}: field {name:?} has list options but is not a list"
            ));
        }
        if f.person && (!in_list || f.kind != Kind::Text) {
            p.push(format!(
                "{at}: field {name:?}: only a text field in a list can be the person"
            ));
        }
    }
    if in_list && f.when.is_some() {
        p.push(format!(
            "{at}: field {name:?}: a part of a list entry cannot have `when`; put it on the list"
        ));
    }
    if f.names_from.is_some() && f.kind != Kind::Text {
        p.push(format!(
            "{at}: field {name:?}: names_from is for text fields"
        ));
    }
    if let Some(on_yes) = &f.on_yes {
        if f.kind != Kind::YesNo {
            p.push(format!("{at}: field {name:?}: on_yes is for yes_no fields"));
        }
        if super::find_topic(&on_yes.topic).is_none_or(|t| t.id != on_yes.topic) {
            p.push(format!(
                "{at}: field {name:?}: on_yes names the guide {:?}, which is not a topic id",
                on_yes.topic
            ));
        }
    }
    if f.max_chars.is_some() && !matches!(f.kind, Kind::Text | Kind::LongText) {
        p.push(format!(
            "{at}: field {name:?}: max_chars is for text fields"
        ));
    }
}

#[cfg(test)]
mod tests;
