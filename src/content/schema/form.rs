//! A form, the worksheet behind a kind of plan: `content/LANG/forms/ID.yaml`.

use chrono::NaiveDate;
use serde::Deserialize;

/// A form: titled sections of fields.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub id: String,
    pub title: String,
    /// The title of a plan whose answers name the loved one:
    /// "Intervention plan for {loved_one}", where `{loved_one}` is the id of
    /// a text question before it is answered. Without an answer, the title
    /// is `title` and the plan's name.
    pub title_for: Option<String>,
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
    /// A few words that stand for the question where answers are shown or
    /// printed ("Address", "Naloxone is"), as a person would write them.
    #[serde(default)]
    pub label: String,
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
    /// For a text part of a list entry: the id of an earlier list whose
    /// people's names are offered as the answer, with "someone else"
    /// ("Whose letter is this?" offers the team).
    pub names_from: Option<String>,
    /// For yes_no: what is said at once when the answer is yes.
    pub on_yes: Option<OnYes>,
}

/// Said as soon as a yes_no question is answered yes (a risk of violence or
/// self-harm): kind words, the opening lines of a guide, and the region's
/// numbers for a crisis and for abuse.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnYes {
    pub say: String,
    /// The guide whose opening lines follow, and that is offered after.
    pub topic: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stored in the plan; never changes.
    pub id: String,
    pub label: String,
}
