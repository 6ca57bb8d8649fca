//! The printout as one self-contained HTML page: inline CSS for screen and
//! paper, no script, nothing fetched. Every text is escaped on its way out,
//! so a user's `<script>` reads as itself.

use super::doc::{Block, Inline, List, Row, Table};
use super::gfm::safe_url;
use super::print::{Printout, Sheet};
use std::fmt::Write as _;

const CSS: &str = include_str!("print.css");

/// Writes the whole page.
pub fn write(p: &Printout) -> String {
    let class = match p.sheet {
        Sheet::Page => "page",
        Sheet::Card { compact: false } => "card",
        Sheet::Card { compact: true } => "card compact",
        Sheet::Wallet(_) => "wallet",
    };
    let mut out = String::new();
    // The page says its language, so screen readers and hyphenation follow it.
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
        p.stamp.lang.code()
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing may be loaded from anywhere: not a font, not an image, not a script.
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n",
    );
    let _ = writeln!(out, "<title>{} (kinship)</title>", esc(&p.doc.title));
    let _ = writeln!(
        out,
        "<style>\n{CSS}</style>\n</head>\n<body class=\"{class}\">"
    );
    out.push_str("<main>\n");
    if p.sheet == Sheet::Page {
        block(&p.stamp.emergency_line(), &mut out);
    }
    match &p.sheet {
        Sheet::Wallet(panels) => {
            let _ = writeln!(
                out,
                "<p class=\"howto\">{}</p>\n<div class=\"strip\">",
                esc(&crate::content::i18n::tr!(
                    p.stamp.lang,
                    "print-wallet-howto"
                ))
            );
            for (i, panel) in panels.iter().enumerate() {
                out.push_str("<section class=\"panel\">\n");
                for b in panel {
                    block(b, &mut out);
                }
                // The small print travels with the card, at the end of the
                // last panel, where the card keeps room for it.
                if i + 1 == panels.len() {
                    out.push_str("<p class=\"stamp\">");
                    inlines(&p.stamp.footer(), &mut out);
                    out.push_str("</p>\n");
                }
                out.push_str("</section>\n");
            }
            out.push_str("</div>\n");
        }
        _ => {
            let _ = writeln!(out, "<h1>{}</h1>", esc(&p.doc.title));
            if let Some(lead) = &p.doc.lead {
                let _ = writeln!(out, "<p class=\"lead\">{}</p>", esc(lead));
            }
            for b in &p.doc.blocks {
                block(b, &mut out);
            }
        }
    }
    // Inside <main>, so that the small print can be kept on a page with the
    // content before it (a break between siblings can be avoided).
    out.push_str("<footer>\n<p>");
    inlines(&p.stamp.footer(), &mut out);
    out.push_str("</p>\n</footer>\n</main>\n</body>\n</html>\n");
    out
}

fn block(b: &Block, out: &mut String) {
    match b {
        Block::Heading { level, text } => {
            let n = (*level).clamp(1, 6);
            let _ = write!(out, "<h{n}>");
            inlines(text, out);
            let _ = writeln!(out, "</h{n}>");
        }
        Block::Paragraph(text) => {
            out.push_str("<p>");
            inlines(text, out);
            out.push_str("</p>\n");
        }
        Block::List(list) => list_html(list, out),
        Block::Callout(inner) => {
            out.push_str("<div class=\"callout\" role=\"note\">\n");
            inner.iter().for_each(|b| block(b, out));
            out.push_str("</div>\n");
        }
        Block::Table(table) => table_html(table, out),
        Block::Rows(rows) => rows_html(rows, out),
        Block::Code(code) => {
            let _ = writeln!(out, "<pre><code>{}</code></pre>", esc(code));
        }
        Block::Chart(chart) => {
            out.push_str(&chart.svg());
            out.push('\n');
        }
        Block::Rule => out.push_str("<hr>\n"),
    }
}

fn list_html(list: &List, out: &mut String) {
    let tasks = list.items.iter().any(|i| i.task.is_some());
    let class = if tasks { " class=\"tasks\"" } else { "" };
    match list.start {
        Some(1) => {
            let _ = writeln!(out, "<ol{class}>");
        }
        Some(n) => {
            let _ = writeln!(out, "<ol{class} start=\"{n}\">");
        }
        None => {
            let _ = writeln!(out, "<ul{class}>");
        }
    }
    for item in &list.items {
        out.push_str("<li>");
        // A real box to tick by pen, before the item's first words; the word
        // is there for screen readers.
        let task_box = |out: &mut String| {
            if let Some(done) = item.task {
                let (mark, word) = if done {
                    ("\u{2713}", crate::content::i18n::t!("cl-html-done"))
                } else {
                    ("", crate::content::i18n::t!("cl-html-not-done"))
                };
                let _ = write!(
                    out,
                    "<span class=\"box\" aria-hidden=\"true\">{mark}</span>\
                     <span class=\"sr\">({word}) </span>"
                );
            }
        };
        match item.blocks.as_slice() {
            // A tight item's single paragraph needs no <p> of its own.
            [Block::Paragraph(text)] if list.tight => {
                task_box(out);
                inlines(text, out);
            }
            [Block::Paragraph(first), rest @ ..] => {
                out.push_str("\n<p class=\"first\">");
                task_box(out);
                inlines(first, out);
                out.push_str("</p>\n");
                rest.iter().for_each(|b| block(b, out));
            }
            blocks => {
                task_box(out);
                out.push('\n');
                blocks.iter().for_each(|b| block(b, out));
            }
        }
        out.push_str("</li>\n");
    }
    out.push_str(if list.start.is_some() {
        "</ol>\n"
    } else {
        "</ul>\n"
    });
}

fn table_html(table: &Table, out: &mut String) {
    out.push_str("<table>\n");
    if !table.head.is_empty() {
        out.push_str("<thead><tr>");
        for cell in &table.head {
            out.push_str("<th>");
            inlines(cell, out);
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str("<td>");
            inlines(cell, out);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn rows_html(rows: &[Row], out: &mut String) {
    out.push_str("<dl class=\"rows\">\n");
    for row in rows {
        out.push_str("<div><dt>");
        out.push_str(&esc(&row.label));
        if row.value.is_empty() {
            // Nothing saved: a line to write on by hand.
            out.push_str("</dt><dd class=\"blank\"></dd></div>\n");
        } else {
            out.push_str("</dt><dd>");
            inlines(&row.value, out);
            out.push_str("</dd></div>\n");
        }
    }
    out.push_str("</dl>\n");
}

fn inlines(inl: &[Inline], out: &mut String) {
    for i in inl {
        match i {
            Inline::Text(t) => {
                // A user's own line breaks are kept.
                let mut lines = t.split('\n');
                if let Some(first) = lines.next() {
                    out.push_str(&esc(first));
                }
                for line in lines {
                    out.push_str("<br>\n");
                    out.push_str(&esc(line));
                }
            }
            Inline::Strong(inner) => {
                out.push_str("<strong>");
                inlines(inner, out);
                out.push_str("</strong>");
            }
            Inline::Emph(inner) => {
                out.push_str("<em>");
                inlines(inner, out);
                out.push_str("</em>");
            }
            Inline::Code(code) => {
                let _ = write!(out, "<code>{}</code>", esc(code));
            }
            Inline::Link { text, url } => {
                let shown = super::doc::plain_text(text);
                if safe_url(url) {
                    let _ = write!(out, "<a href=\"{}\">", esc(url.trim()));
                    if text.is_empty() {
                        out.push_str(&esc(url));
                    } else {
                        inlines(text, out);
                    }
                    out.push_str("</a>");
                    // On paper a link is only as good as its address.
                    if !shown.is_empty() && shown.trim() != url.trim() {
                        let _ = write!(out, " <span class=\"url\">({})</span>", esc(url));
                    }
                } else {
                    inlines(text, out);
                }
            }
            Inline::Break => out.push_str("<br>\n"),
        }
    }
}

/// Escapes text for HTML content and attribute values alike.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // A hand-edited file may hold escape codes or bells: never pass them on.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}
