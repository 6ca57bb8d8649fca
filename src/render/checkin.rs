//! The check-ins as documents: a chart per area, the range they cover, and
//! the page `kinship print checkins` prints.

use super::chart::Chart;
use super::doc::{Block, Document, Inline};
use crate::content::checkin::Checkin;
use crate::progress::checkin::{self, CheckinLog, History};

/// The most check-ins a printed page charts.
const PRINT_LAST: usize = 12;

/// The charts for the last check-ins, one per area.
pub fn charts(h: &History) -> Vec<Chart> {
    h.series
        .iter()
        .map(|s| Chart {
            label: s.area.label.clone(),
            days: h.days.clone(),
            values: s.values.clone(),
        })
        .collect()
}

/// "8 check-ins, 4 October to 22 November 2026 (the last 8 of 10)".
pub fn range(h: &History, total: usize) -> String {
    let (Some(first), Some(last)) = (h.days.first(), h.days.last()) else {
        return "No check-ins yet".into();
    };
    let shown = h.days.len();
    let of = if shown < total {
        format!(" (the last {shown} of {total})")
    } else {
        String::new()
    };
    if shown == 1 {
        return format!("1 check-in, {}", first.format("%-d %B %Y"));
    }
    format!(
        "{shown} check-ins, {} to {}{of}",
        first.format("%-d %B"),
        last.format("%-d %B %Y")
    )
}

/// The check-ins as a document to print: a chart per area (a picture in
/// HTML), what changed most and the lowest area. Notes stay private.
pub fn document(content: &Checkin, log: &CheckinLog, plain: bool) -> Document {
    let h = checkin::history(content, log, PRINT_LAST);
    let mut blocks = vec![Block::para(vec![Inline::text(
        "Each area is rated from 0 (very unhappy) to 10 (very happy), once a week or so.",
    )])];
    blocks.extend(charts(&h).into_iter().map(Block::Chart));
    blocks.push(Block::heading(2, "What changed"));
    let mut said = vec![Inline::text(checkin::changed_sentence(&h, plain))];
    if let Some((area, rating)) = checkin::lowest(content, log) {
        said.push(Inline::text(format!(
            " Lowest in the last check-in: {} ({rating}). The self-care guide may help: ",
            area.label
        )));
        said.push(Inline::Code(format!(
            "kinship guide {}",
            crate::content::checkin::GUIDE
        )));
        said.push(Inline::text(format!(", the part \"{}\".", area.section)));
    }
    blocks.push(Block::para(said));
    blocks.push(Block::para(vec![Inline::Emph(vec![Inline::text(
        "Notes written with each check-in are private and are not printed.",
    )])]));
    Document {
        title: "My check-ins".into(),
        lead: Some(range(&h, log.checkins.len())),
        blocks,
    }
}
