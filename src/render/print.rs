//! A printout: a document (or the panels of a wallet card) with the stamp every
//! printed copy carries. `printed` writes it as plain text, Markdown or HTML.

use super::doc::{Block, Document, Inline};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// The width of printed text: it reads well in any e-mail.
pub const TEXT_WIDTH: usize = 80;
/// The width of one panel of the wallet card as text.
pub const PANEL_WIDTH: usize = 40;

/// How the printout is laid out on paper.
#[derive(Debug, Clone, PartialEq)]
pub enum Sheet {
    /// An ordinary page that flows on to as many pages as it needs.
    Page,
    /// The one-page overdose card for the fridge; `compact` when the
    /// household's details are long and smaller type keeps it to one page.
    Card { compact: bool },
    /// The overdose card in panels that fold to wallet size; the document's
    /// blocks are empty and the panels hold the content.
    Wallet(Vec<Vec<Block>>),
}

/// What every printed copy says besides its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub printed: DateTime<FixedOffset>,
    /// The region's emergency number, as it reads: "911", "112 or 999".
    pub emergency: String,
    /// The region as it reads in a sentence: "the United States".
    pub region: String,
    /// When the printed text was last checked against its sources.
    pub reviewed: NaiveDate,
    /// The language of the small print, and of the page (`<html lang>`).
    pub lang: crate::content::i18n::Lang,
}

impl Stamp {
    /// The line at the top of every printout but the card, which starts with it.
    pub fn emergency_line(&self) -> Block {
        Block::Callout(vec![Block::para(vec![Inline::Strong(vec![Inline::text(
            crate::content::i18n::tr!(
                self.lang,
                "print-emergency-line",
                emergency = self.emergency.as_str()
            ),
        )])])])
    }

    /// The small print at the end.
    pub fn footer(&self) -> Vec<Inline> {
        let lang = self.lang;
        vec![Inline::text(crate::content::i18n::tr!(
            lang,
            "print-stamp",
            printed = crate::content::i18n::date(lang, self.printed),
            region = self.region.as_str(),
            emergency = self.emergency.as_str(),
            reviewed = crate::content::i18n::date(lang, self.reviewed),
        ))]
    }
}

/// Everything to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Printout {
    pub doc: Document,
    pub sheet: Sheet,
    pub stamp: Stamp,
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Printout {
    /// The document with the stamp as ordinary blocks: the emergency line first
    /// (the card already starts with it) and the footer last.
    pub fn with_stamp(&self) -> Document {
        let mut doc = self.doc.clone();
        if self.sheet == Sheet::Page {
            doc.blocks.insert(0, self.stamp.emergency_line());
        }
        if let Sheet::Wallet(panels) = &self.sheet {
            doc.blocks.extend(panels.iter().flatten().cloned());
        }
        doc.blocks.push(Block::Rule);
        doc.blocks.push(Block::Paragraph(self.stamp.footer()));
        doc
    }
}

/// Rows with no value become lines to write on by hand.
pub fn blank_lines(blocks: &[Block], width: usize) -> Vec<Block> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Rows(rows) => Block::Rows(
                rows.iter()
                    .map(|r| {
                        let mut r = r.clone();
                        if r.value.is_empty() {
                            r.value = vec![Inline::text("_".repeat(width / 2))];
                        }
                        r
                    })
                    .collect(),
            ),
            other => other.clone(),
        })
        .collect()
}
