//! The document as styled, wrapped lines for a terminal or plain text.

use super::doc::{Block, Document, Inline, List, Row, Table, plain_text};
use super::style::{Line, Span, Style, line_width, theme};
use super::wrap::{InlineStyle, wrap, wrap_into, wrap_text_into};
use unicode_width::UnicodeWidthStr;

/// How the lines are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Columns available.
    pub width: usize,
    /// Colour will be shown: headings need no underline to stand out.
    pub color: bool,
    /// Accessible output: no box drawing, no symbols, tables as sentences.
    pub plain: bool,
}

impl Layout {
    fn bullet(&self) -> &'static str {
        if self.plain { "-" } else { "•" }
    }
}

/// Renders a whole document: title, lead, then its blocks.
pub fn render(doc: &Document, layout: &Layout) -> Vec<Line> {
    // About four lines a block: room enough that the list seldom moves.
    let mut out = Vec::with_capacity(4 * doc.blocks.len() + 8);
    if !doc.title.is_empty() {
        heading_lines(&[Inline::text(doc.title.clone())], 1, layout, &mut out);
    }
    if let Some(lead) = &doc.lead {
        wrap_text_into(lead, theme::DIM, layout.width, &vec![], &vec![], &mut out);
    }
    if !out.is_empty() && !doc.blocks.is_empty() {
        out.push(Vec::new());
    }
    blocks(&doc.blocks, layout, false, &mut out);
    out
}

/// Renders blocks into `out`, with a blank line between them unless `tight`.
fn blocks(blocks: &[Block], layout: &Layout, tight: bool, out: &mut Vec<Line>) {
    let widths = number_widths(blocks);
    for (i, b) in blocks.iter().enumerate() {
        if i > 0 && !tight {
            out.push(Vec::new());
        }
        match b {
            Block::List(list) => list_lines(list, widths[i], layout, out),
            b => block(b, layout, out),
        }
    }
}

/// The width of the widest number of each numbered list and of the lists
/// that carry its numbering on (a checklist's sections: 1-9, then 10-14), so
/// that their items line up across the headings between them.
fn number_widths(blocks: &[Block]) -> Vec<usize> {
    let mut widths = vec![0; blocks.len()];
    let mut run: Vec<usize> = Vec::new();
    let mut next = None;
    let close = |run: &mut Vec<usize>, widths: &mut Vec<usize>| {
        let widest = run.iter().map(|&i| widths[i]).max().unwrap_or(0);
        run.drain(..).for_each(|i| widths[i] = widest);
    };
    for (i, b) in blocks.iter().enumerate() {
        let Block::List(List {
            start: Some(start),
            items,
            ..
        }) = b
        else {
            continue;
        };
        if next != Some(*start) {
            close(&mut run, &mut widths);
        }
        let last = start + (items.len() as u64).saturating_sub(1);
        widths[i] = format!("{last}.").width();
        run.push(i);
        next = Some(last + 1);
    }
    close(&mut run, &mut widths);
    widths
}

fn inline_style(base: Style) -> InlineStyle {
    InlineStyle {
        base,
        show_urls: true,
    }
}

fn block(b: &Block, layout: &Layout, out: &mut Vec<Line>) {
    match b {
        Block::Heading { level, text } => heading_lines(text, *level, layout, out),
        Block::Paragraph(inl) => wrap_into(
            inl,
            inline_style(Style::PLAIN),
            layout.width,
            &vec![],
            &vec![],
            out,
        ),
        Block::List(list) => list_lines(list, 0, layout, out),
        Block::Callout(inner) => callout_lines(inner, layout, out),
        Block::Table(table) => table_lines(table, layout, out),
        Block::Rows(rows) => row_lines(rows, layout, out),
        Block::Code(code) => {
            for line in code.lines() {
                out.push(vec![Span::plain("    "), Span::new(line, theme::CODE)]);
            }
        }
        Block::Chart(chart) => out.push(vec![
            Span::plain("    "),
            Span::plain(chart.text(layout.plain)),
        ]),
        Block::Rule => {
            if layout.plain {
                out.push(Vec::new());
            } else {
                out.push(vec![Span::new(
                    "─".repeat(layout.width.min(40)),
                    theme::DIM,
                )]);
            }
        }
    }
}

fn heading_lines(text: &[Inline], level: u8, layout: &Layout, out: &mut Vec<Line>) {
    let style = match level {
        1 => theme::TITLE,
        2 => theme::HEADING,
        _ => theme::SUBHEADING,
    };
    let start = out.len();
    wrap_into(
        text,
        inline_style(style),
        layout.width,
        &vec![],
        &vec![],
        out,
    );
    let widest = out[start..]
        .iter()
        .map(|l| line_width(l))
        .max()
        .unwrap_or(0);
    // Without colour, an underline is what tells a heading from a paragraph.
    if !layout.color && !layout.plain && level <= 2 {
        let rule = if level == 1 { "=" } else { "-" };
        out.push(vec![Span::plain(rule.repeat(widest))]);
    }
}

/// A list; its numbers take at least `number_width` columns.
fn list_lines(list: &List, number_width: usize, layout: &Layout, out: &mut Vec<Line>) {
    let markers: Vec<String> = (0..list.items.len())
        .map(|i| match list.start {
            Some(start) => format!("{}.", start + i as u64),
            None => layout.bullet().to_string(),
        })
        .collect();
    let marker_width = markers
        .iter()
        .map(|m| m.width())
        .max()
        .unwrap_or(1)
        .max(number_width)
        + 1;
    for (i, (item, marker)) in list.items.iter().zip(&markers).enumerate() {
        if i > 0 && !list.tight {
            out.push(Vec::new());
        }
        let mut first: Line = vec![Span::new(format!("{marker:<marker_width$}"), theme::MARKER)];
        let mut indent = marker_width;
        if let Some(done) = item.task {
            let (box_text, style) = if done {
                ("[x] ", theme::DONE)
            } else {
                ("[ ] ", Style::PLAIN)
            };
            if list.start.is_none() {
                // A task list needs no bullet before its boxes.
                first.clear();
                indent = 0;
            }
            first.push(Span::new(box_text, style));
            indent += 4;
        }
        let rest: Line = vec![Span::plain(" ".repeat(indent))];
        let start = out.len();
        item_lines(&item.blocks, layout, indent, list.tight, out);
        prefix(&mut out[start..], &first, &rest);
    }
}

/// Renders an item's blocks into `out`, in the width left after its marker.
fn item_lines(blocks_: &[Block], layout: &Layout, indent: usize, tight: bool, out: &mut Vec<Line>) {
    let inner = Layout {
        width: layout.width.saturating_sub(indent).max(20),
        ..*layout
    };
    blocks(blocks_, &inner, tight, out)
}

/// Puts `first` before the first line and `rest` before the others (blank
/// lines get no trailing spaces), in place: the lines were rendered straight
/// into the document's list, not into one of their own to be copied.
fn prefix(lines: &mut [Line], first: &Line, rest: &Line) {
    for (i, line) in lines.iter_mut().enumerate() {
        let p = if i == 0 { first } else { rest };
        if line.is_empty() {
            line.extend(
                p.iter()
                    .filter(|s| !s.text.trim().is_empty())
                    .map(|s| Span::new(s.text.trim_end(), s.style)),
            );
        } else {
            // The prefix's last span joins the line's first when they look
            // alike, as painting joins them anyway: one span fewer to move.
            let mut spans = p.len();
            if let (Some(last), Some(head)) = (p.last(), line.first_mut())
                && last.style == head.style
            {
                head.text.insert_str(0, &last.text);
                spans -= 1;
            }
            line.splice(0..0, p[..spans].iter().cloned());
        }
    }
}

fn callout_lines(inner: &[Block], layout: &Layout, out: &mut Vec<Line>) {
    if layout.plain {
        // A screen reader reads a word, not a bar: "Important:" leads the call-out.
        let mut inner = inner.to_vec();
        if let Some(Block::Paragraph(inl)) = inner.first_mut() {
            inl.insert(0, Inline::Strong(vec![Inline::text("Important: ")]));
        } else {
            inner.insert(0, Block::Paragraph(vec![Inline::text("Important:")]));
        }
        blocks(&inner, layout, false, out);
        return;
    }
    let bar: Line = vec![Span::new("│ ", theme::CALLOUT_BAR)];
    let start = out.len();
    item_lines(inner, layout, 2, false, out);
    prefix(&mut out[start..], &bar, &bar);
}

fn table_lines(table: &Table, layout: &Layout, out: &mut Vec<Line>) {
    let columns = table
        .head
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    if columns == 0 {
        return;
    }
    let gap = 2;
    let natural: Vec<usize> = (0..columns)
        .map(|c| {
            std::iter::once(table.head.get(c))
                .chain(table.rows.iter().map(|r| r.get(c)))
                .flatten()
                .map(|cell| plain_text(cell).width())
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    let min_col = 8;
    if layout.plain || columns * (min_col + gap) > layout.width {
        return table_as_rows(table, layout, out);
    }
    // Narrow the widest column until the table fits.
    let mut widths = natural.clone();
    let avail = layout.width - gap * (columns - 1);
    while widths.iter().sum::<usize>() > avail {
        let (i, w) = widths.iter().enumerate().max_by_key(|(_, w)| **w).unwrap();
        if *w <= min_col {
            return table_as_rows(table, layout, out);
        }
        widths[i] -= 1;
    }
    let empty = Vec::new();
    let row_out = |cells: &[Vec<Inline>], style: Style, out: &mut Vec<Line>| {
        let wrapped: Vec<Vec<Line>> = (0..columns)
            .map(|c| {
                let cell = cells.get(c).unwrap_or(&empty);
                wrap(cell, inline_style(style), widths[c], &vec![], &vec![])
            })
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        for r in 0..height {
            let mut line: Line = Vec::new();
            for (c, cell) in wrapped.iter().enumerate() {
                let part = cell.get(r).cloned().unwrap_or_default();
                let w = line_width(&part);
                line.extend(part);
                if c + 1 < columns {
                    line.push(Span::plain(" ".repeat(widths[c] - w.min(widths[c]) + gap)));
                }
            }
            while line.last().is_some_and(|s| s.text.trim().is_empty()) {
                line.pop();
            }
            out.push(line);
        }
    };
    if !table.head.is_empty() {
        row_out(&table.head, theme::STRONG, out);
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
        out.push(vec![Span::new(rule.join(&" ".repeat(gap)), theme::DIM)]);
    }
    for row in &table.rows {
        row_out(row, Style::PLAIN, out);
    }
}

/// A table as labelled rows, one block per row: readable at any width and
/// aloud by a screen reader.
fn table_as_rows(table: &Table, layout: &Layout, out: &mut Vec<Line>) {
    for (i, row) in table.rows.iter().enumerate() {
        if i > 0 {
            out.push(Vec::new());
        }
        let rows: Vec<Row> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| Row {
                label: table.head.get(c).map(|h| plain_text(h)).unwrap_or_default(),
                value: cell.clone(),
            })
            .collect();
        row_lines(&rows, layout, out);
    }
}

fn row_lines(rows: &[Row], layout: &Layout, out: &mut Vec<Line>) {
    let label_width = rows.iter().map(|r| r.label.width()).max().unwrap_or(0) + 2;
    let side_by_side = label_width <= 32 && layout.width >= label_width + 30;
    for row in rows {
        // A label that is a question ("When will you meet?") takes no colon.
        let label = if row.label.is_empty() || row.label.ends_with(['?', ':']) {
            row.label.clone()
        } else {
            format!("{}:", row.label)
        };
        if side_by_side {
            let first = vec![Span::new(format!("{label:<label_width$}"), theme::STRONG)];
            let rest = vec![Span::plain(" ".repeat(label_width))];
            wrap_into(
                &row.value,
                inline_style(Style::PLAIN),
                layout.width,
                &first,
                &rest,
                out,
            );
        } else {
            if !label.is_empty() {
                // A long question wraps like any text, never past the width.
                wrap_text_into(&label, theme::STRONG, layout.width, &vec![], &vec![], out);
            }
            let indent = vec![Span::plain("  ")];
            wrap_into(
                &row.value,
                inline_style(Style::PLAIN),
                layout.width,
                &indent,
                &indent,
                out,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::markdown::parse;
    use crate::render::style::line_text;

    fn show(markdown: &str, layout: Layout) -> String {
        let doc = Document {
            title: String::new(),
            lead: None,
            blocks: parse(markdown),
        };
        render(&doc, &layout)
            .iter()
            .map(|l| line_text(l))
            .collect::<Vec<_>>()
            .join("\n")
    }

    const PIPED: Layout = Layout {
        width: 40,
        color: false,
        plain: false,
    };
    const COLOR: Layout = Layout {
        width: 40,
        color: true,
        plain: false,
    };
    const PLAIN: Layout = Layout {
        width: 40,
        color: false,
        plain: true,
    };

    #[test]
    fn headings_are_underlined_only_without_colour() {
        assert_eq!(show("## Signs\n\nText.", PIPED), "Signs\n-----\n\nText.");
        assert_eq!(show("## Signs\n\nText.", COLOR), "Signs\n\nText.");
        assert_eq!(show("## Signs\n\nText.", PLAIN), "Signs\n\nText.");
    }

    #[test]
    fn ordered_lists_number_and_hang() {
        let out = show(
            "1. **Call** for help now and give the exact address please.\n2. Give naloxone.\n",
            PIPED,
        );
        assert_eq!(
            out,
            "1. Call for help now and give the exact\n   address please.\n2. Give naloxone."
        );
    }

    #[test]
    fn lists_of_ten_or_more_align() {
        let md: String = (1..=10).map(|i| format!("{i}. item\n")).collect();
        let out = show(&md, PIPED);
        assert!(out.starts_with("1.  item\n"), "{out}");
        assert!(out.ends_with("10. item"), "{out}");
    }

    #[test]
    fn numbering_carried_on_across_headings_lines_up() {
        let out = show(
            "## One\n\n8. eight\n9. nine\n\n## Two\n\n10. ten\n\n## Other\n\n1. one\n",
            PIPED,
        );
        assert!(out.contains("\n8.  eight\n9.  nine\n"), "{out}");
        assert!(out.contains("\n10. ten\n"), "{out}");
        assert!(
            out.ends_with("\n1. one"),
            "a new list numbers on its own: {out}"
        );
    }

    #[test]
    fn bullets_and_nested_lists() {
        let out = show("- one\n  - inner\n- two\n", PIPED);
        assert_eq!(out, "• one\n  • inner\n• two");
        let out = show("- one\n- two\n", PLAIN);
        assert_eq!(out, "- one\n- two");
    }

    #[test]
    fn task_lists_show_boxes() {
        assert_eq!(
            show("- [x] done\n- [ ] to do\n", PIPED),
            "[x] done\n[ ] to do"
        );
    }

    #[test]
    fn callouts_have_a_bar_or_a_word() {
        assert_eq!(show("> Act now.\n", PIPED), "│ Act now.");
        assert_eq!(
            show("> Act now.\n\n> More.\n", PIPED),
            "│ Act now.\n\n│ More."
        );
        assert_eq!(show("> Act now.\n", PLAIN), "Important: Act now.");
    }

    #[test]
    fn tables_fit_or_become_rows() {
        let md = "| Name | Number |\n|---|---|\n| Poison Help | 1-800 |\n";
        assert_eq!(
            show(md, PIPED),
            "Name         Number\n───────────  ──────\nPoison Help  1-800"
        );
        assert_eq!(show(md, PLAIN), "Name:   Poison Help\nNumber: 1-800");
    }

    #[test]
    fn code_blocks_are_indented() {
        assert_eq!(show("```\nkinship sos\n```\n", PIPED), "    kinship sos");
    }

    #[test]
    fn nothing_is_wider_than_the_layout() {
        let md = "> A call-out with quite a lot of words in it, enough to wrap twice over.\n\n\
                  1. A numbered item with quite a lot of words in it, enough to wrap.\n";
        for layout in [PIPED, COLOR, PLAIN] {
            let doc = Document {
                title: "Title".into(),
                lead: None,
                blocks: parse(md),
            };
            for line in render(&doc, &layout) {
                assert!(line_width(&line) <= 40, "{:?}", line_text(&line));
            }
        }
    }
}
