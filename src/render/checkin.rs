//! The check-ins as documents: a chart per area, the range they cover, and
//! the page `kinship print checkins` prints.

use super::chart::Chart;
use super::doc::{Block, Document, Inline};
use crate::content::checkin::Checkin;
use crate::content::i18n::{self, t};
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
        return t!("checkin-range-none");
    };
    let shown = h.days.len();
    let lang = i18n::current();
    if shown == 1 {
        return t!("checkin-range-one", date = i18n::date(lang, *first));
    }
    let range = t!(
        "checkin-range",
        shown = shown,
        from = checkin::day_month(*first),
        to = i18n::date(lang, *last)
    );
    if shown < total {
        t!(
            "checkin-range-of",
            range = range,
            shown = shown,
            total = total
        )
    } else {
        range
    }
}

/// The check-ins as a document to print: a chart per area (a picture in
/// HTML), what changed most and the lowest area. Notes stay private.
pub fn document(content: &Checkin, log: &CheckinLog, plain: bool) -> Document {
    let h = checkin::history(content, log, PRINT_LAST);
    let mut blocks = vec![Block::para(vec![Inline::text(t!("checkin-print-scale"))])];
    blocks.extend(charts(&h).into_iter().map(Block::Chart));
    blocks.push(Block::heading(2, t!("checkin-print-what-changed")));
    let mut said = vec![Inline::text(checkin::changed_sentence(&h, plain))];
    if let Some((area, rating)) = checkin::lowest(content, log) {
        said.push(Inline::text(format!(
            " {} ",
            t!(
                "checkin-print-lowest",
                area = area.label.as_str(),
                rating = rating
            )
        )));
        said.push(Inline::Code(format!(
            "kinship guide {}",
            crate::content::checkin::GUIDE
        )));
        said.push(Inline::text(t!(
            "checkin-print-lowest-part",
            section = area.section.as_str()
        )));
    }
    blocks.push(Block::para(said));
    blocks.push(Block::para(vec![Inline::Emph(vec![Inline::text(t!(
        "checkin-print-private"
    ))])]));
    Document {
        title: t!("checkin-print-title"),
        lead: Some(range(&h, log.checkins.len())),
        blocks,
    }
}
