//! The printed overdose card: the action card's steps for the region and the
//! household's own details from an overdose plan, for the fridge or the wallet.

use super::doc::{Block, Document, Inline, List, ListItem, Row, plain_text};
use crate::content::form::{Form, Kind};
use crate::content::i18n::Lang;
use crate::content::i18n::tr;
use crate::content::region::{self, Placeholders};
use crate::content::sos::Sos;
use crate::progress::plan::{self, Plan};
use crate::render::style::printable;

/// Past this many columns of details, the full card uses smaller type so it
/// stays one page. Columns, not characters: a Chinese character is two wide.
pub const COMPACT_COLUMNS: usize = 340;

fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// How many columns the details hold in all.
pub fn household_columns(rows: &[Row]) -> usize {
    rows.iter().map(|r| columns(&plain_text(&r.value))).sum()
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
                label: f.label.clone(),
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

/// The wallet card's details in the order they get room: what the emergency
/// team needs away from home first (allergies, then medicines), then the
/// rest in the form's order.
const AWAY_FROM_HOME: [&str; 2] = ["allergies", "medications"];

/// The same card in four panels, read in order as the strip unfolds: the
/// title with the number, the signs, the numbered steps and what to do
/// without naloxone flow from panel to panel; then the household's details,
/// by priority, as many as the room left holds, and the small print
/// (`footer`) at the end of the last panel. Also returns how many details
/// were left for the full card: none for a blank card, whose lines that do
/// not fit are simply not drawn.
pub fn wallet(
    sos: &Sos,
    region: &impl Placeholders,
    form: &Form,
    plan: Option<&Plan>,
    footer: &[Inline],
    lang: Lang,
) -> (Vec<Vec<Block>>, usize) {
    let fill = |t: &str| region::fill(t, region).into_owned();
    let mut card = vec![
        Piece::Title(fill(&sos.title)),
        Piece::Signs(fill(&sos.signs)),
    ];
    card.extend(
        sos.steps
            .iter()
            .enumerate()
            .map(|(i, s)| Piece::Step(i as u64 + 1, region::fill(&s.card, region).into_owned())),
    );
    card.push(Piece::NoNaloxone(fill(&sos.no_naloxone)));
    let fields: Vec<&str> = form
        .fields()
        .filter(|f| f.kind != Kind::List)
        .map(|f| f.id.as_str())
        .collect();
    let mut details: Vec<(usize, Row)> = household(form, plan)
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            // `household` keeps the form's order, less unanswered questions.
            let id = form
                .fields()
                .filter(|f| f.kind != Kind::List && f.label == row.label)
                .map(|f| f.id.as_str())
                .next()
                .unwrap_or_default();
            let rank = AWAY_FROM_HOME.iter().position(|a| *a == id).unwrap_or(
                AWAY_FROM_HOME.len() + fields.iter().position(|f| *f == id).unwrap_or(i),
            );
            (rank, row)
        })
        .collect();
    details.sort_by_key(|(rank, _)| *rank);
    let rows: Vec<Row> = details.into_iter().map(|(_, r)| r).collect();
    let footer = columns(&plain_text(footer));
    let filled = plan.is_some();
    let mut laid = layout::flow(&card, &rows, footer, 0.0);
    if filled && laid.left_out > 0 {
        // Room for the line that says so.
        laid = layout::flow(&card, &rows, footer, layout::LEFT_OUT_LINE);
    }
    let left_out = if filled { laid.left_out } else { 0 };
    let panels = laid
        .panels
        .into_iter()
        .enumerate()
        .map(|(i, pieces)| {
            let mut blocks = blocks_of(pieces, lang);
            if i == 3 && left_out > 0 {
                blocks.push(Block::para(vec![Inline::Emph(vec![Inline::text(tr!(
                    lang,
                    "card-more-at-home",
                    n = left_out
                ))])]));
            }
            blocks
        })
        .collect();
    (panels, left_out)
}

/// One thing on the wallet card, as the panels are filled.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Title(String),
    Signs(String),
    Step(u64, String),
    NoNaloxone(String),
    /// The heading over the household's details.
    Household,
    Detail(Row),
}

/// A panel's pieces as blocks: steps in a row make one list, details one
/// set of rows.
fn blocks_of(pieces: Vec<Piece>, lang: Lang) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Title(t) => blocks.push(Block::Heading {
                level: 1,
                text: vec![Inline::text(t)],
            }),
            Piece::Signs(t) | Piece::NoNaloxone(t) => {
                blocks.push(Block::para(vec![Inline::Strong(vec![Inline::text(t)])]))
            }
            Piece::Step(n, t) => {
                let item = ListItem {
                    task: None,
                    blocks: vec![Block::para(vec![Inline::text(t)])],
                };
                match blocks.last_mut() {
                    Some(Block::List(list)) => list.items.push(item),
                    _ => blocks.push(Block::List(List {
                        start: Some(n),
                        tight: true,
                        items: vec![item],
                    })),
                }
            }
            Piece::Household => blocks.push(Block::heading(2, tr!(lang, "card-household"))),
            Piece::Detail(row) => match blocks.last_mut() {
                Some(Block::Rows(rows)) => rows.push(row),
                _ => blocks.push(Block::Rows(vec![row])),
            },
        }
    }
    blocks
}

mod layout;

#[cfg(test)]
mod tests;
