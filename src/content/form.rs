//! Forms: the worksheets behind `kinship plan` (an intervention plan, a
//! boundaries worksheet, ...), as written in `content/en/forms/ID.yaml`. One
//! engine fills them all; a new worksheet is a new file.

use super::ContentError;
use super::embedded;
use chrono::NaiveDate;
use serde::Deserialize;

const DIR: &str = "en/forms/";

/// A form: titled sections of fields.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub id: String,
    pub title: String,
    /// When the text was last checked against its sources (printed copies say it).
    pub reviewed: NaiveDate,
    /// One line, for `kinship plan new` without a kind.
    pub summary: String,
    /// Shown when a new plan is started.
    pub intro: String,
    /// The guide this form goes with.
    pub topic: Option<String>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// A short explainer shown before the section's first field.
    pub help: Option<String>,
    /// Part of the plan only for some answers of an earlier question.
    pub when: Option<When>,
    pub fields: Vec<Field>,
}

/// A condition on an earlier answer: `when: {field: approach, is: [craft]}`.
/// The section or field it is on is asked, counted and shown only while the
/// answer to `field` (a choice, multi_choice or yes_no question that comes
/// before it) is one of `is`: a choice id, any picked id for multi_choice,
/// `yes` or `no` for yes_no. While `field` has no answer, it does not hold.
/// Answers to a question it leaves out are kept, never deleted.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// The id of the earlier question.
    pub field: String,
    /// The answers that bring it in: one, or a list (`any_of` is the same).
    #[serde(alias = "any_of", deserialize_with = "one_or_more")]
    pub is: Vec<String>,
}

fn one_or_more<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMore {
        One(String),
        More(Vec<String>),
    }
    Ok(match OneOrMore::deserialize(d)? {
        OneOrMore::One(one) => vec![one],
        OneOrMore::More(more) => more,
    })
}

/// What kind of answer a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One line of text.
    Text,
    /// Paragraphs (a letter): typed inline or in `$EDITOR`.
    LongText,
    /// A calendar date.
    Date,
    /// A date and a time of day.
    Datetime,
    /// One of `choices`.
    Choice,
    /// Any of `choices`.
    MultiChoice,
    /// Yes or no.
    YesNo,
    /// A list of entries, each made of the sub-`fields`.
    List,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::LongText => "long_text",
            Kind::Date => "date",
            Kind::Datetime => "datetime",
            Kind::Choice => "choice",
            Kind::MultiChoice => "multi_choice",
            Kind::YesNo => "yes_no",
            Kind::List => "list",
        }
    }
}

/// Who sees a field when a plan is printed for one person (`--for NAME`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Share {
    /// Only the whole plan shows it.
    #[default]
    Planner,
    /// Everyone on the team needs it (the time, the place, the boundaries).
    Everyone,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Unique within the form (within the list, for a list's sub-fields).
    pub id: String,
    pub kind: Kind,
    /// The question, as asked.
    pub prompt: String,
    /// A line or two on why it is asked, or what a good answer looks like.
    pub help: Option<String>,
    /// An example answer.
    pub example: Option<String>,
    #[serde(default)]
    pub required: bool,
    /// For choice and multi_choice.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// For list: what one entry is called ("team member").
    pub item: Option<String>,
    /// For list: the fields of one entry.
    #[serde(default)]
    pub fields: Vec<Field>,
    #[serde(default)]
    pub share: Share,
    /// In a list entry: this sub-field names the person the entry belongs
    /// to, so `--for NAME` can pick their entries.
    #[serde(default)]
    pub person: bool,
    /// For text and long_text: the most characters accepted.
    pub max_chars: Option<usize>,
    /// Part of the plan only for some answers of an earlier question (not in
    /// a list's entries).
    pub when: Option<When>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stored in the plan; never changes.
    pub id: String,
    pub label: String,
}

impl Form {
    /// The form with every `{{placeholder}}` filled for a region.
    pub fn filled(mut self, region: &impl super::region::Placeholders) -> Form {
        let fill = |t: &mut String| *t = super::region::fill(t, region).into_owned();
        fn field(f: &mut Field, fill: &impl Fn(&mut String)) {
            fill(&mut f.prompt);
            f.help.iter_mut().for_each(fill);
            f.example.iter_mut().for_each(fill);
            f.choices.iter_mut().for_each(|c| fill(&mut c.label));
            f.fields.iter_mut().for_each(|s| field(s, fill));
        }
        fill(&mut self.title);
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
        format!("{} is {}", self.field, self.is.join(" or "))
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
    lang: crate::i18n::Lang,
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
pub fn problems(form: &Form, path: &str) -> Vec<String> {
    let mut p = Vec::new();
    let at = format!("content/{path}");
    if path != format!("{DIR}{}.yaml", form.id) {
        p.push(format!(
            "{at}: the id {:?} must match the file name",
            form.id
        ));
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
            earlier.push(f);
        }
    }
    p
}

/// A condition names an earlier choice, multi_choice or yes_no question, and
/// only answers it can have.
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
    if f.max_chars.is_some() && !matches!(f.kind, Kind::Text | Kind::LongText) {
        p.push(format!(
            "{at}: field {name:?}: max_chars is for text fields"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id: sample
title: A sample
reviewed: 2026-11-22
summary: One line.
intro: Hello.
sections:
  - id: one
    title: One
    fields:
      - id: who
        kind: text
        prompt: Who?
        required: true
      - id: team
        kind: list
        prompt: Who is on the team?
        item: team member
        fields:
          - id: name
            kind: text
            prompt: Name?
            person: true
          - id: role
            kind: choice
            prompt: Role?
            choices:
              - {id: speak, label: Speaks}
              - {id: listen, label: Listens}
"#;

    #[test]
    fn a_good_form_parses_and_has_no_problems() {
        let form = parse("en/forms/sample.yaml", GOOD).unwrap();
        assert!(problems(&form, "en/forms/sample.yaml").is_empty());
        let team = form.field("team").unwrap();
        assert_eq!(team.person_field().unwrap().id, "name");
        assert_eq!(
            team.sub("role").unwrap().choice("listen").unwrap().label,
            "Listens"
        );
        assert_eq!(form.section_of("team").unwrap().id, "one");
    }

    #[test]
    fn mistakes_are_named() {
        let bad = GOOD
            .replace("id: who", "id: Who")
            .replace("- {id: listen, label: Listens}", "")
            .replace("item: team member", "");
        let form = parse("en/forms/other.yaml", &bad).unwrap();
        let p = problems(&form, "en/forms/other.yaml").join("\n");
        assert!(p.contains("must match the file name"), "{p}");
        assert!(p.contains("\"Who\" must be lowercase"), "{p}");
        assert!(p.contains("needs at least two choices"), "{p}");
        assert!(p.contains("needs `item`"), "{p}");
        assert!(parse("x", "id: x\nkind: essay\n").is_err());
    }

    #[test]
    fn placeholders_are_filled_everywhere() {
        let text = GOOD.replace("prompt: Role?", "prompt: Call {{emergency}}?");
        let form = parse("en/forms/sample.yaml", &text).unwrap();
        let gb = crate::content::region::find("gb").unwrap();
        let filled = form.filled(gb);
        assert_eq!(
            filled.field("team").unwrap().sub("role").unwrap().prompt,
            "Call 999?"
        );
    }

    const CONDITIONAL: &str = r#"
id: sample
title: A sample
reviewed: 2026-12-06
summary: One line.
intro: Hello.
sections:
  - id: first
    title: First
    fields:
      - id: approach
        kind: choice
        prompt: Which?
        choices: [{id: craft, label: CRAFT}, {id: pro, label: Pro}]
      - {id: risk, kind: yes_no, prompt: Risk?}
      - {id: note, kind: text, prompt: Note?}
  - id: craft_only
    title: CRAFT
    when: {field: approach, is: craft}
    fields:
      - {id: rewards, kind: text, prompt: Rewards?, when: {field: risk, any_of: [no]}}
"#;

    #[test]
    fn conditions_take_one_answer_or_several_and_name_what_decides() {
        let form = parse("en/forms/sample.yaml", CONDITIONAL).unwrap();
        assert!(problems(&form, "en/forms/sample.yaml").is_empty());
        let section = &form.sections[1];
        assert_eq!(section.when.as_ref().unwrap().is, ["craft"]);
        assert_eq!(
            form.field("rewards").unwrap().when.as_ref().unwrap().is,
            ["no"]
        );
        assert!(form.decides("approach") && form.decides("risk"));
        assert!(!form.decides("note") && !form.decides("rewards"));
        assert_eq!(
            section.when.as_ref().unwrap().describe(),
            "approach is craft"
        );
    }

    #[test]
    fn a_condition_must_look_back_at_a_choice_and_its_answers() {
        let cases = [
            (
                "{field: approach, is: craft}",
                "{field: nowhere, is: craft}",
                "\"nowhere\", which is not a question before it",
            ),
            (
                "{field: approach, is: craft}",
                "{field: note, is: craft}",
                "only choice, multi_choice and yes_no can decide",
            ),
            (
                "{field: approach, is: craft}",
                "{field: approach, is: [craft, golf]}",
                "\"golf\" is not an answer of \"approach\" (its answers: craft, pro)",
            ),
            (
                "{field: approach, is: craft}",
                "{field: risk, is: maybe}",
                "\"maybe\" is not an answer of \"risk\" (its answers: yes, no)",
            ),
            (
                "{field: approach, is: craft}",
                "{field: approach, is: []}",
                "`is` needs at least one answer",
            ),
            (
                "{field: rewards, is: craft}",
                "{field: risk, any_of: [no]}",
                "section \"craft_only\" depends on \"rewards\", which is not a question before it",
            ),
        ];
        for (section, field, says) in cases {
            let text = CONDITIONAL
                .replace(
                    "when: {field: approach, is: craft}",
                    &format!("when: {section}"),
                )
                .replace(
                    "when: {field: risk, any_of: [no]}",
                    &format!("when: {field}"),
                );
            let form = parse("en/forms/sample.yaml", &text).unwrap();
            let p = problems(&form, "en/forms/sample.yaml").join("\n");
            assert!(p.contains(says), "{field}: {p}");
        }
        let in_list = GOOD.replace(
            "prompt: Name?\n",
            "prompt: Name?\n            when: {field: who, is: x}\n",
        );
        let form = parse("en/forms/sample.yaml", &in_list).unwrap();
        let p = problems(&form, "en/forms/sample.yaml").join("\n");
        assert!(
            p.contains("a part of a list entry cannot have `when`"),
            "{p}"
        );
        assert!(parse("x", &CONDITIONAL.replace("any_of", "one_of")).is_err());
    }

    /// Plans saved before the intervention form followed the approach hold
    /// these ids; each must still be a question, with the same kind, so that
    /// every saved answer still loads.
    #[test]
    fn the_intervention_form_keeps_every_field_id_plans_were_saved_with() {
        let form = load("intervention").unwrap().unwrap();
        for (id, kind) in [
            ("approach", Kind::Choice),
            ("loved_one", Kind::Text),
            ("health_needs", Kind::LongText),
            ("what_matters", Kind::Text),
            ("team", Kind::List),
            ("not_there", Kind::LongText),
            ("when", Kind::Datetime),
            ("place", Kind::Text),
            ("likely_sober", Kind::YesNo),
            ("program", Kind::Text),
            ("contact", Kind::Text),
            ("place_ready", Kind::YesNo),
            ("arranged", Kind::MultiChoice),
            ("letters", Kind::List),
            ("driver", Kind::Text),
            ("bring", Kind::Text),
            ("boundaries", Kind::List),
            ("follow_up", Kind::Date),
            ("door_open", Kind::Text),
            ("risk", Kind::YesNo),
            ("naloxone", Kind::YesNo),
            ("naloxone_where", Kind::Text),
            ("rehearsal", Kind::Date),
            ("family_support", Kind::LongText),
        ] {
            let field = form.field(id).unwrap_or_else(|| panic!("{id} is gone"));
            assert_eq!(field.kind, kind, "{id}");
        }
        let approach = form.field("approach").unwrap();
        for choice in ["craft", "invitation", "professional"] {
            assert!(approach.choice(choice).is_some(), "{choice}");
        }
        let arranged = form.field("arranged").unwrap();
        for choice in ["cost", "ride", "bag", "work", "children", "pets"] {
            assert!(arranged.choice(choice).is_some(), "{choice}");
        }
        for (list, parts) in [
            ("team", &["name", "relationship", "role"][..]),
            ("letters", &["from", "letter"][..]),
            ("boundaries", &["person", "boundary"][..]),
        ] {
            for part in parts {
                assert!(
                    form.field(list).unwrap().sub(part).is_some(),
                    "{list}.{part}"
                );
            }
        }
    }

    #[test]
    fn every_embedded_form_is_sound() {
        for id in ids() {
            let path = format!("{DIR}{id}.yaml");
            let form = load(id).unwrap().unwrap();
            assert_eq!(problems(&form, &path), Vec::<String>::new());
        }
    }
}
