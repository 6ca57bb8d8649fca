//! A checklist with the user's state as a document: numbered boxes, notes
//! under their items, retired items at the end. `show` and `print` share it.

use super::doc::{Block, Document, Inline, List, ListItem};
use super::markdown;
use super::style::{Line, Span, theme};
use super::terminal::Layout;
use super::wrap::wrap_text;
use crate::content::checklist::{Checklist, Item};
use crate::content::embedded::RegionEntry;
use crate::content::i18n::{self, t};
use crate::content::region;
use crate::progress::checklist::Progress;

/// What the document holds besides the items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// A fresh copy: no ticks, no notes, no retired items, no progress line.
    pub blank: bool,
    /// Each item's "read more" text under it, for a copy read away from the terminal.
    pub details: bool,
    /// End with the commands that tick items.
    pub commands: bool,
}

impl Options {
    /// For `kinship checklist show`.
    pub const SHOW: Options = Options {
        blank: false,
        details: false,
        commands: true,
    };
    /// For `kinship print checklist`.
    pub const PRINT: Options = Options {
        blank: false,
        details: true,
        commands: false,
    };
}

/// Builds the document. With `opts.blank` the saved progress is not used.
pub fn document(
    c: &Checklist,
    p: Option<&Progress>,
    region: &RegionEntry,
    opts: Options,
) -> Document {
    let p = if opts.blank { None } else { p };
    let (done, total) = p.map_or((0, c.len()), |p| p.count(c));
    let lead = match p {
        Some(p) => t!(
            "cl-lead-saved",
            done = done,
            total = total,
            date = i18n::date(i18n::current(), p.updated),
            time = p.updated.format("%H:%M").to_string()
        ),
        None if opts.blank => t!("cl-lead-blank", total = total),
        None => t!("cl-lead-new", total = total),
    };
    // kinship's own texts are Markdown (`kinship guide overdose`); notes are
    // the user's, shown as typed.
    let fill = |t: &str| markdown::parse_inline(&region::fill(t, region));
    let mut blocks = vec![Block::para(fill(&c.intro))];
    let mut number = 1;
    for section in &c.sections {
        blocks.push(Block::heading(2, section.title.clone()));
        let items = section
            .items
            .iter()
            .map(|item| {
                let state = p.and_then(|p| p.state(&item.id));
                let mut text = fill(&item.text);
                if item.urgent {
                    text.push(Inline::text(" "));
                    text.push(Inline::Strong(vec![Inline::text(t!("cl-urgent-mark"))]));
                }
                let mut blocks = vec![Block::Paragraph(text)];
                if opts.details
                    && let Some(detail) = &item.detail
                {
                    blocks.push(Block::para(fill(detail)));
                }
                if let Some(note) = state.and_then(|s| s.note.as_deref()) {
                    let mut text = vec![
                        Inline::Emph(vec![Inline::text(t!("cl-note-label"))]),
                        Inline::text(" "),
                    ];
                    text.extend(Inline::lines(note));
                    blocks.push(Block::Paragraph(text));
                }
                ListItem {
                    task: Some(state.is_some_and(|s| s.done)),
                    blocks,
                }
            })
            .collect();
        blocks.push(Block::List(List {
            start: Some(number),
            tight: !opts.details,
            items,
        }));
        number += section.items.len() as u64;
    }
    let retired = p.map(|p| p.retired(c)).unwrap_or_default();
    if !retired.is_empty() {
        blocks.push(Block::heading(2, t!("cl-retired-heading")));
        blocks.push(Block::para(vec![Inline::text(t!("cl-retired-why"))]));
        blocks.push(Block::List(List {
            start: None,
            tight: true,
            items: retired
                .iter()
                .map(|r| {
                    let mut text = vec![Inline::Code(r.id.to_string())];
                    if let Some(note) = &r.state.note {
                        text.push(Inline::text(format!(
                            " {}",
                            t!("cl-retired-note", note = note.as_str())
                        )));
                    }
                    ListItem {
                        task: Some(r.state.done),
                        blocks: vec![Block::Paragraph(text)],
                    }
                })
                .collect(),
        }));
    }
    if opts.commands {
        blocks.push(Block::para(vec![
            Inline::text(t!("cl-show-tick-with")),
            Inline::Code(format!(
                "kinship checklist check {} {}",
                c.id,
                t!("cl-show-number")
            )),
            Inline::text(t!("cl-show-or-run")),
            Inline::Code(format!("kinship checklist run {}", c.id)),
            Inline::text(t!("cl-show-end")),
        ]));
    }
    Document {
        title: c.title.clone(),
        lead: Some(lead),
        blocks,
    }
}

/// The page an item's "read more" shows.
pub fn details(
    c: &Checklist,
    item: &Item,
    note: Option<&str>,
    region: &RegionEntry,
    layout: Layout,
) -> Vec<Line> {
    let width = layout.width;
    let mut lines = wrap_text(
        &region::fill(&item.text, region),
        theme::STRONG,
        width,
        &vec![],
        &vec![],
    );
    if item.urgent {
        lines.push(vec![Span::new(t!("cl-details-urgent"), theme::URGENT)]);
    }
    if let Some(detail) = &item.detail {
        lines.push(Vec::new());
        lines.extend(wrap_text(
            &region::fill(detail, region),
            Default::default(),
            width,
            &vec![],
            &vec![],
        ));
    }
    if let Some(note) = note {
        lines.push(Vec::new());
        let first = vec![Span::new(
            format!("{} ", t!("cl-details-your-note")),
            theme::EMPH,
        )];
        lines.extend(wrap_text(note, Default::default(), width, &first, &vec![]));
    }
    if let Some(id) = item.topic.as_ref().or(c.topic.as_ref()) {
        lines.push(Vec::new());
        lines.push(vec![
            Span::plain(format!("{} ", t!("cl-details-more"))),
            Span::new(format!("kinship guide {id}"), theme::CODE),
            Span::plain(format!(
                " {}",
                if layout.plain {
                    t!("cl-details-guide-key-plain")
                } else {
                    t!("cl-details-guide-key")
                }
            )),
        ]);
    }
    lines
}
