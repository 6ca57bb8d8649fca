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

/// How much room each piece takes on paper, in millimetres, as `print.css`
/// lays out the wallet card: 8.5 x 5.4 cm panels, 9 pt type for the steps
/// and 8 pt for the details. Widths are guessed from the letters (a capital
/// or a wide character takes more room), on the generous side.
mod layout {
    use super::{Piece, Row, plain_text};
    use unicode_width::UnicodeWidthChar;

    const PT: f32 = 0.3528;
    const LINE: f32 = 1.25;
    /// A panel's height less its padding and its fold line, less a spare
    /// millimetre for what the guess gets wrong.
    const HEIGHT: f32 = 54.0 - 2.0 * 2.2 - 0.3 - 1.0;
    /// A panel's width less its padding and the strip's border.
    const WIDTH: f32 = 85.6 - 2.0 * 2.8 - 0.6;
    /// A numbered step's text, after the room its number takes.
    const STEP_WIDTH: f32 = WIDTH - 4.5;
    /// "2 more on the full card at home.": one line of 9 pt, with its margins.
    pub const LEFT_OUT_LINE: f32 = 9.0 * PT * LINE + 2.0;

    /// The width of printable ASCII from ' ' to '~' in DejaVu Sans (the
    /// space as Verdana sets it), in
    /// thousandths of an em.
    const ASCII: [u16; 95] = [
        352, 401, 459, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318,
        337, // ' '../
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838,
        531, // 0..?
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748,
        787, // @..O
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
        500, // P.._
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634,
        612, // `..o
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, // p..~
    ];

    /// The width of `text` in ems of its type: DejaVu Sans's letters with
    /// Verdana's wider space (the two are otherwise near alike); bold is
    /// wider.
    fn ems(text: &str, bold: bool) -> f32 {
        let w: f32 = text
            .chars()
            .map(|c| match c {
                ' '..='~' => f32::from(ASCII[c as usize - 32]) / 1000.0,
                c => match c.width() {
                    Some(2) => 1.02,
                    _ => 0.75,
                },
            })
            .sum();
        if bold { w * 1.14 } else { w }
    }

    /// Lines `text` takes at `size` points in `width` mm, broken at spaces
    /// (a word too long for a line is broken anywhere, as the page allows).
    fn lines(text: &str, size: f32, width: f32, bold: bool) -> f32 {
        let em = size * PT;
        let room = width / em;
        let mut count = 1.0;
        let mut used = 0.0;
        for word in text.split_whitespace() {
            let w = ems(word, bold);
            let space = if used > 0.0 { ems(" ", bold) } else { 0.0 };
            if used > 0.0 && used + space + w > room {
                count += 1.0;
                used = 0.0;
            }
            if used == 0.0 && w > room {
                count += (w / room).ceil() - 1.0;
                used = w % room;
            } else {
                used += if used > 0.0 { space + w } else { w };
            }
        }
        count
    }

    fn height(lines: f32, size: f32) -> f32 {
        lines * size * PT * LINE
    }

    /// (margin above, height, margin below) of a piece.
    fn size(piece: &Piece) -> (f32, f32, f32) {
        match piece {
            Piece::Title(t) => (
                0.0,
                height(lines(t, 12.5, WIDTH - 4.0, true), 12.5) + 2.0,
                1.5,
            ),
            Piece::Signs(t) | Piece::NoNaloxone(t) => {
                (1.0, height(lines(t, 9.0, WIDTH, true), 9.0), 1.0)
            }
            Piece::Step(_, t) => (0.8, height(lines(t, 9.0, STEP_WIDTH, false), 9.0), 0.8),
            Piece::Household => (0.0, height(1.0, 8.5), 1.0),
            Piece::Detail(row) => (0.0, detail(row), 0.0),
        }
    }

    /// A detail: its label in bold over its answer, or over a line to
    /// write on.
    fn detail(row: &Row) -> f32 {
        let label = height(lines(&row.label, 8.0, WIDTH, true), 8.0);
        let value = if row.value.is_empty() {
            4.0 + 0.4
        } else {
            height(lines(&plain_text(&row.value), 8.0, WIDTH, false), 8.0)
        };
        1.0 + label + value
    }

    /// The small print: 6 pt after a 2 mm gap.
    fn stamp(columns: usize) -> f32 {
        let per_line = WIDTH / (6.0 * PT * 0.6);
        2.0 + height((columns as f32 / per_line).ceil() + 0.5, 6.0) + 1.0
    }

    pub struct Laid {
        pub panels: Vec<Vec<Piece>>,
        pub left_out: usize,
    }

    const PANELS: usize = 4;

    /// The panels being filled: the current one, the height used in it, and
    /// the margin below its last piece (which collapses with the next one's).
    struct Filler {
        panels: Vec<Vec<Piece>>,
        at: usize,
        used: f32,
        below: f32,
        /// Kept free at the end of the last panel.
        reserve: f32,
    }

    impl Filler {
        fn room(&self, at: usize) -> f32 {
            if at + 1 == PANELS {
                HEIGHT - self.reserve
            } else {
                HEIGHT
            }
        }

        /// The height after `pieces`, from `used` and `below`.
        fn after(pieces: &[&Piece], mut used: f32, mut below: f32) -> (f32, f32) {
            for p in pieces {
                let (top, h, bottom) = size(p);
                used += top.max(below) + h;
                below = bottom;
            }
            (used, below)
        }

        /// Puts `pieces`, kept together, in the first panel from here that
        /// has room. A piece that `must` be on the card goes in even where it
        /// does not fit; other pieces that fit nowhere are left out (false).
        fn place(&mut self, pieces: &[&Piece], must: bool) -> bool {
            loop {
                let (used, below) = Self::after(pieces, self.used, self.below);
                let fresh = self.panels[self.at].is_empty();
                let last = self.at + 1 == PANELS;
                if used + below <= self.room(self.at) || (must && (fresh || last)) {
                    self.used = used;
                    self.below = below;
                    self.panels[self.at].extend(pieces.iter().map(|p| (*p).clone()));
                    return true;
                }
                let (alone, alone_below) = Self::after(pieces, 0.0, 0.0);
                let somewhere = (self.at + 1..PANELS).any(|p| alone + alone_below <= self.room(p));
                if last || (!must && !somewhere) {
                    return false;
                }
                self.at += 1;
                self.used = 0.0;
                self.below = 0.0;
            }
        }
    }

    /// Fills four panels: every piece of the card in order, each in the
    /// panel it fits, then the details, each where it fits, left out where
    /// none does. The last panel keeps room for the small print and `spare`.
    pub fn flow(card: &[Piece], details: &[Row], footer: usize, spare: f32) -> Laid {
        let mut f = Filler {
            panels: vec![Vec::new(); PANELS],
            at: 0,
            used: 0.0,
            below: 0.0,
            reserve: stamp(footer) + spare,
        };
        for piece in card {
            f.place(&[piece], true);
        }
        let mut left_out = 0;
        let mut headed = false;
        let heading = Piece::Household;
        for row in details {
            let detail = Piece::Detail(row.clone());
            // The heading goes with the first detail that fits.
            let fits = if headed {
                f.place(&[&detail], false)
            } else {
                f.place(&[&heading, &detail], false)
            };
            headed |= fits;
            left_out += usize::from(!fits);
        }
        if !headed && !details.is_empty() {
            // Not one fits: the heading still says where they would be.
            f.place(&[&heading], true);
        }
        Laid {
            panels: f.panels,
            left_out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{form, sos};
    use crate::progress::plan::Value;

    fn steps_of(panels: &[Vec<Block>]) -> Vec<u64> {
        let mut numbers = Vec::new();
        for block in panels.iter().flatten() {
            if let Block::List(l) = block {
                let start = l.start.unwrap();
                numbers.extend((0..l.items.len() as u64).map(|i| start + i));
            }
        }
        numbers
    }

    fn labels_of(panels: &[Vec<Block>]) -> Vec<String> {
        panels
            .iter()
            .flatten()
            .filter_map(|b| match b {
                Block::Rows(rows) => Some(rows.iter().map(|r| r.label.clone())),
                _ => None,
            })
            .flatten()
            .collect()
    }

    fn household_plan(answer: &str) -> (form::Form, Plan) {
        let form = form::load("overdose-plan").unwrap().unwrap();
        let mut plan = Plan::new(
            &form.id,
            chrono::DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap(),
        );
        for f in form.fields() {
            plan.answers
                .insert(f.id.clone(), Value::Text(answer.into()));
        }
        (form, plan)
    }

    #[test]
    fn the_wallet_card_has_every_step_in_every_region_and_fills_its_room_by_priority() {
        let sos = sos::load().unwrap();
        let footer = [Inline::text(
            "Printed from kinship on 22 November 2026. ".repeat(4),
        )];
        let (form, short) = household_plan("Kitchen drawer by the sink.");
        for region in crate::content::embedded::REGIONS {
            let (panels, left_out) = wallet(
                &sos,
                region,
                &form,
                Some(&short),
                &footer,
                crate::i18n::Lang::EN,
            );
            assert_eq!(panels.len(), 4);
            assert_eq!(
                steps_of(&panels),
                (1..=sos.steps.len() as u64).collect::<Vec<_>>(),
                "{}",
                region.code
            );
            // Short answers: allergies and medicines always have room; what
            // did not fit is counted, and said only when there is some.
            let labels = labels_of(&panels);
            assert_eq!(labels[..2], ["Allergies", "Medicines"], "{}", region.code);
            assert_eq!(left_out, 6 - labels.len(), "{}", region.code);
            let says = panels
                .iter()
                .flatten()
                .any(|b| plain_text_of(b).contains("more on the full card"));
            assert_eq!(says, left_out > 0, "{}", region.code);
            if region.code == "us" {
                assert_eq!(
                    labels,
                    [
                        "Allergies",
                        "Medicines",
                        "Naloxone is",
                        "Who can use it",
                        "Address",
                        "Call afterwards"
                    ]
                );
            }
        }
        // Long answers: what the emergency team needs away from home first,
        // and the rest counted.
        let us = crate::content::region::find("us").unwrap();
        let (form, long) = household_plan(&"The blue door by the bakery. ".repeat(7));
        let (panels, left_out) =
            wallet(&sos, us, &form, Some(&long), &footer, crate::i18n::Lang::EN);
        let labels = labels_of(&panels);
        assert_eq!(labels[..2], ["Allergies", "Medicines"], "{labels:?}");
        assert_eq!(left_out, 6 - labels.len());
        assert!(left_out > 0);
        assert!(
            plain_text_of(panels[3].last().unwrap())
                .contains(&format!("{left_out} more on the full card at home.")),
            "{panels:?}"
        );
        // A blank card: lines to write on, none said to be left out.
        let (panels, left_out) = wallet(&sos, us, &form, None, &footer, crate::i18n::Lang::EN);
        assert_eq!(left_out, 0);
        assert_eq!(labels_of(&panels)[..2], ["Allergies", "Medicines"]);
    }

    fn plain_text_of(b: &Block) -> String {
        match b {
            Block::Paragraph(t) | Block::Heading { text: t, .. } => plain_text(t),
            _ => String::new(),
        }
    }

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
