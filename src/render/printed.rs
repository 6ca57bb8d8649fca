//! A printout written out: as plain text (the terminal renderer, without
//! colour), GitHub Markdown, or one HTML page.

use super::doc::{Block, Document};
use super::print::{Format, PANEL_WIDTH, Printout, Sheet, TEXT_WIDTH, blank_lines};
use super::style::{Span, line_text};
use super::terminal::{self, Layout};
use super::{gfm, html};

/// The printout in `format`, ending with a newline. `plain` text has no box
/// drawing or symbols, as `--plain` asks.
pub fn write(p: &Printout, format: Format, plain: bool) -> String {
    match format {
        Format::Text => text(p, plain),
        Format::Markdown => {
            let mut doc = p.with_stamp();
            doc.blocks = blank_lines(&doc.blocks, TEXT_WIDTH);
            gfm::write(&doc)
        }
        Format::Html => html::write(p),
    }
}

fn text(p: &Printout, plain: bool) -> String {
    let layout = |width| Layout {
        width,
        color: false,
        plain,
    };
    let lines = match &p.sheet {
        Sheet::Wallet(panels) => {
            let words = format!(
                " {} ",
                crate::content::i18n::tr!(p.stamp.lang, "print-x-fold-here")
            );
            let fold = format!("{words:-^PANEL_WIDTH$}");
            let mut lines = Vec::new();
            for (i, panel) in panels.iter().enumerate() {
                if i > 0 {
                    lines.push(vec![]);
                    lines.push(vec![Span::plain(fold.clone())]);
                    lines.push(vec![]);
                }
                let mut blocks = blank_lines(panel, PANEL_WIDTH);
                // As on paper: the small print at the end of the last panel.
                if i + 1 == panels.len() {
                    blocks.push(Block::Paragraph(p.stamp.footer()));
                }
                let doc = Document {
                    blocks,
                    ..Document::default()
                };
                lines.extend(terminal::render(&doc, &layout(PANEL_WIDTH)));
            }
            lines
        }
        _ => {
            let mut doc = p.with_stamp();
            doc.blocks = blank_lines(&doc.blocks, TEXT_WIDTH);
            terminal::render(&doc, &layout(TEXT_WIDTH))
        }
    };
    let mut out = String::new();
    for line in lines {
        out.push_str(line_text(&line).trim_end());
        out.push('\n');
    }
    out
}
