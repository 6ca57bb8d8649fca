//! The printed overdose card: the action card's steps for the region and the
//! household's own details from an overdose plan, for the fridge or the wallet.

use super::doc::{Block, Document, Inline, List, ListItem, Row, plain_text};
use crate::content::form::{Form, Kind};
use crate::content::region::{self, Placeholders};
use crate::content::sos::Sos;
use crate::i18n::Lang;
use crate::progress::plan::{self, Plan};
use crate::render::style::printable;
use crate::tr;

/// Past this many columns of details, the full card uses smaller type so it
/// stays one page. Columns, not characters: a Chinese character is two wide.
pub const COMPACT_COLUMNS: usize = 340;

/// What fits the household panel of the wallet card, in tenths of a line:
/// the panel holds 14 lines of its type; its heading takes 1.4, the line that
/// says what was left out 1.6, and half a line is kept spare.
const PANEL_TENTHS: usize = 105;
/// Columns on one line of a panel, for answers and for the (bold) questions.
const PANEL_COLUMNS: usize = 48;
const PANEL_LABEL_COLUMNS: usize = 40;
/// The space around each row, and the line to write on when there is no answer.
const ROW_TENTHS: usize = 3;
const BLANK_TENTHS: usize = 12;

fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// How many columns the details hold in all.
pub fn household_columns(rows: &[Row]) -> usize {
    rows.iter().map(|r| columns(&plain_text(&r.value))).sum()
}

/// The details that fit the household panel of the wallet card, in order; the
/// rest are left for the full card. Returns the rows kept and how many were
/// left out.
fn fit_panel(rows: Vec<Row>) -> (Vec<Row>, usize) {
    let mut used = 0;
    let total = rows.len();
    let kept: Vec<Row> = rows
        .into_iter()
        .take_while(|r| {
            let label = columns(&r.label).div_ceil(PANEL_LABEL_COLUMNS).max(1) * 10;
            let value = if r.value.is_empty() {
                BLANK_TENTHS
            } else {
                columns(&plain_text(&r.value))
                    .div_ceil(PANEL_COLUMNS)
                    .max(1)
                    * 10
            };
            used += label + value + ROW_TENTHS;
            used <= PANEL_TENTHS
        })
        .collect();
    let left = total - kept.len();
    (kept, left)
}

/// The household's details: each text question of the overdose-plan form with
/// its answer. Without a plan, every answer is empty: a line to write on.
pub fn household(form: &Form, plan: Option<&Plan>) -> Vec<Row> {
    form.fields()
        .filter(|f| f.kind != Kind::List)
        .filter_map(|f| {
            let value = match plan {
                Some(p) => match p.answers.get(&f.id) {
                    Some(v) => vec![Inline::text(plan::show_value(f, v))],
                    // A question the household left out is left off their card.
                    None => return None,
                },
                None => Vec::new(),
            };
            Some(Row {
                label: f.prompt.clone(),
                value,
            })
        })
        .collect()
}

/// One of the household's details, for the overdose step that shows it:
/// the address at the call, where the naloxone is, medicines and allergies
/// for the emergency team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepDetail {
    /// The step's id.
    pub step: String,
    /// "Address"
    pub label: String,
    /// The answer, on one line, safe to show on a terminal.
    pub value: String,
}

impl StepDetail {
    /// "Address: 14 Mill Lane"
    pub fn line(&self) -> String {
        format!("{}: {}", self.label, self.value)
    }
}

/// The household's details for the overdose steps, in the steps' order (the
/// order the card gives them room in): each step's `household` questions
/// that the plan answers. User text is made safe to show: no control
/// characters, and line breaks become spaces so a detail cannot break the
/// card's layout.
pub fn step_details(sos: &Sos, form: &Form, plan: &Plan) -> Vec<StepDetail> {
    let mut details = Vec::new();
    for step in &sos.steps {
        for d in &step.household {
            let (Some(field), Some(answer)) = (form.field(&d.field), plan.answers.get(&d.field))
            else {
                continue;
            };
            let value = printable(&plan::show_value(field, answer))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if value.is_empty() {
                continue;
            }
            details.push(StepDetail {
                step: step.id.clone(),
                label: d.label.clone(),
                value,
            });
        }
    }
    details
}

fn steps(sos: &Sos, region: &impl Placeholders, from: usize, to: usize) -> Block {
    Block::List(List {
        start: Some(from as u64 + 1),
        tight: true,
        items: sos.steps[from..to]
            .iter()
            .map(|s| ListItem {
                task: None,
                blocks: vec![Block::para(vec![Inline::text(region::fill(
                    &s.card, region,
                ))])],
            })
            .collect(),
    })
}

/// The household's part: its rows, and how many details are only on the full
/// card (`left_out`).
fn household_blocks(rows: Vec<Row>, left_out: usize, lang: Lang) -> Vec<Block> {
    let mut blocks = vec![Block::heading(2, tr!(lang, "card-household"))];
    if rows.is_empty() && left_out == 0 {
        blocks.push(Block::para(vec![Inline::text(tr!(
            lang,
            "card-none-written"
        ))]));
    } else if !rows.is_empty() {
        blocks.push(Block::Rows(rows));
    }
    if left_out > 0 {
        blocks.push(Block::para(vec![Inline::Emph(vec![Inline::text(tr!(
            lang,
            "card-more-at-home",
            n = left_out
        ))])]));
    }
    blocks
}

/// The full card: the number and the signs first, the numbered steps, what to
/// do without naloxone, and the household's details.
pub fn document(sos: &Sos, region: &impl Placeholders, rows: Vec<Row>, lang: Lang) -> Document {
    let fill = |t: &str| region::fill(t, region).into_owned();
    let mut blocks = vec![
        steps(sos, region, 0, sos.steps.len()),
        Block::Callout(vec![Block::para(vec![Inline::Strong(vec![Inline::text(
            fill(&sos.no_naloxone),
        )])])]),
    ];
    blocks.extend(household_blocks(rows, 0, lang));
    Document {
        title: fill(&sos.title),
        lead: Some(fill(&sos.signs)),
        blocks,
    }
}

/// The same card in four panels, read in order as the strip unfolds: the
/// number, the signs and the first step; the other steps in two parts; and
/// the household's details, as many as fit. Also returns how many details
/// were left for the full card: none for a blank card, whose lines that do
/// not fit are simply not drawn. (The writers put the small print at the end
/// of the third panel, which has room for it.)
pub fn wallet(
    sos: &Sos,
    region: &impl Placeholders,
    rows: Vec<Row>,
    filled: bool,
    lang: Lang,
) -> (Vec<Vec<Block>>, usize) {
    let fill = |t: &str| region::fill(t, region).into_owned();
    let (rows, left_out) = fit_panel(rows);
    let left_out = if filled { left_out } else { 0 };
    let n = sos.steps.len();
    let middle = (1 + n.saturating_sub(1).div_ceil(2)).min(n);
    let panels = vec![
        vec![
            Block::Heading {
                level: 1,
                text: vec![Inline::text(fill(&sos.title))],
            },
            Block::para(vec![Inline::Strong(vec![Inline::text(fill(&sos.signs))])]),
            steps(sos, region, 0, 1.min(n)),
        ],
        vec![steps(sos, region, 1.min(n), middle)],
        vec![
            steps(sos, region, middle, n),
            Block::para(vec![Inline::Strong(vec![Inline::text(fill(
                &sos.no_naloxone,
            ))])]),
        ],
        household_blocks(rows, left_out, lang),
    ];
    (panels, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{form, sos};
    use crate::progress::plan::Value;

    #[test]
    fn each_steps_details_come_from_its_questions_safe_and_on_one_line() {
        let sos = sos::load().unwrap();
        let form = form::load("overdose-plan").unwrap().unwrap();
        // Every question a step names is a question of the overdose plan.
        for step in &sos.steps {
            for d in &step.household {
                assert!(form.field(&d.field).is_some(), "{}: {}", step.id, d.field);
            }
        }
        let mut plan = Plan::new(
            &form.id,
            chrono::DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap(),
        );
        let mut answer = |id: &str, text: &str| {
            plan.answers.insert(id.into(), Value::Text(text.into()));
        };
        // As a hand-edited file could hold them: escapes, a line break, tabs.
        answer("address", "14 Mill Lane,\n  second\tfloor\u{1b}[2J\u{7}");
        answer("allergies", "Penicillin");
        answer("medications", "   ");
        answer("who_can_use", "Mom");
        let details = step_details(&sos, &form, &plan);
        assert_eq!(
            details,
            [
                StepDetail {
                    step: "call-emergency".into(),
                    label: "Address".into(),
                    // Escapes shown, never obeyed (issue 13's visible escapes).
                    value: "14 Mill Lane, second floor<U+001B>[2J<U+0007>".into(),
                },
                StepDetail {
                    step: "tell-responders".into(),
                    label: "Allergies".into(),
                    value: "Penicillin".into(),
                },
            ]
        );
        assert_eq!(details[1].line(), "Allergies: Penicillin");
    }
}
