//! The document as GitHub-flavoured Markdown: task lists for boxes, tables,
//! block quotes for call-outs. Every text is escaped, so a user's `*`, `<` or
//! `[` reads as itself and never becomes markup.

use super::doc::{Block, Document, Inline, List, Row, Table};

/// Writes the whole document, ending with one newline.
pub fn write(doc: &Document) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !doc.title.is_empty() {
        parts.push(format!("# {}", escape_line(&doc.title)));
    }
    if let Some(lead) = &doc.lead {
        parts.push(format!("*{}*", escape_line(lead)));
    }
    parts.extend(doc.blocks.iter().map(block));
    let mut out = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    out.push('\n');
    out
}

fn blocks(blocks: &[Block], tight: bool) -> String {
    let sep = if tight { "\n" } else { "\n\n" };
    blocks.iter().map(block).collect::<Vec<_>>().join(sep)
}

fn block(b: &Block) -> String {
    match b {
        Block::Heading { level, text } => {
            format!(
                "{} {}",
                "#".repeat((*level).clamp(1, 6) as usize),
                inlines(text)
            )
        }
        Block::Paragraph(text) => inlines(text),
        Block::List(list) => list_md(list),
        Block::Callout(inner) => indent(&blocks(inner, false), "> ", "> "),
        Block::Table(table) => table_md(table),
        Block::Rows(rows) => rows_md(rows),
        Block::Code(code) => {
            let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
            format!("{fence}\n{}\n{fence}", code.trim_end_matches('\n'))
        }
        Block::Chart(chart) => format!("```\n{}\n```", chart.text(false)),
        Block::Rule => "---".to_string(),
    }
}

fn list_md(list: &List) -> String {
    let items: Vec<String> = list
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut marker = match list.start {
                Some(start) => format!("{}. ", start + i as u64),
                None => "- ".to_string(),
            };
            let width = marker.len();
            match item.task {
                Some(true) => marker.push_str("[x] "),
                Some(false) => marker.push_str("[ ] "),
                None => {}
            }
            let body = blocks(&item.blocks, false);
            indent(&body, &marker, &" ".repeat(width))
        })
        .collect();
    items.join(if list.tight { "\n" } else { "\n\n" })
}

/// Labelled values as lines of one paragraph: "**When?** Saturday". A list
/// would nest oddly inside a list item, as a plan's entries are.
fn rows_md(rows: &[Row]) -> String {
    rows.iter()
        .map(|r| {
            let label = if r.label.is_empty() || r.label.ends_with(['?', ':']) {
                r.label.clone()
            } else {
                format!("{}:", r.label)
            };
            let value = inlines(&r.value);
            format!("**{}** {value}", escape_line(&label))
        })
        .collect::<Vec<_>>()
        .join("\\\n")
}

fn table_md(table: &Table) -> String {
    let columns = table
        .head
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    if columns == 0 {
        return String::new();
    }
    let cell = |c: Option<&Vec<Inline>>| {
        // A cell is one line: breaks become spaces, and `|` is escaped already.
        c.map(|c| inlines(c).replace("\\\n", " ").replace('\n', " "))
            .unwrap_or_default()
    };
    let row = |cells: &[Vec<Inline>]| {
        let cells: Vec<String> = (0..columns).map(|i| cell(cells.get(i))).collect();
        format!("| {} |", cells.join(" | "))
    };
    let mut out = vec![row(&table.head), format!("|{}", " --- |".repeat(columns))];
    out.extend(table.rows.iter().map(|r| row(r)));
    out.join("\n")
}

/// Puts `first` before the first line and `rest` before the others; blank
/// lines get the prefix without its trailing spaces.
fn indent(text: &str, first: &str, rest: &str) -> String {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| {
            let p = if i == 0 { first } else { rest };
            if line.is_empty() {
                p.trim_end().to_string()
            } else {
                format!("{p}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn inlines(inl: &[Inline]) -> String {
    let mut out = String::new();
    let mut line_start = true;
    for i in inl {
        inline(i, &mut out, &mut line_start);
    }
    out
}

fn inline(i: &Inline, out: &mut String, line_start: &mut bool) {
    match i {
        Inline::Text(t) => {
            for (n, part) in t.split('\n').enumerate() {
                if n > 0 {
                    out.push_str("\\\n");
                    *line_start = true;
                }
                push_escaped(part, out, line_start);
            }
        }
        Inline::Strong(inner) => wrapped("**", inner, out, line_start),
        Inline::Emph(inner) => wrapped("*", inner, out, line_start),
        Inline::Code(code) => {
            let code = code.replace('\n', " ");
            let ticks = "`".repeat(longest_run(&code, '`') + 1);
            let pad = if code.starts_with('`') || code.ends_with('`') {
                " "
            } else {
                ""
            };
            out.push_str(&format!("{ticks}{pad}{code}{pad}{ticks}"));
            *line_start = false;
        }
        Inline::Link { text, url } => {
            let label = inlines(text);
            if safe_url(url) {
                let label = if label.is_empty() {
                    escape_line(url)
                } else {
                    label
                };
                out.push_str(&format!(
                    "[{label}](<{}>)",
                    url.replace(['<', '>', '\n'], "")
                ));
            } else {
                out.push_str(&label);
            }
            *line_start = false;
        }
        Inline::Break => {
            out.push_str("\\\n");
            *line_start = true;
        }
    }
}

fn wrapped(mark: &str, inner: &[Inline], out: &mut String, line_start: &mut bool) {
    let text = inlines(inner);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        out.push_str(&text);
        return;
    }
    // Emphasis must hug its text: keep the spaces outside the marks.
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    out.push_str(&format!("{lead}{mark}{trimmed}{mark}{trail}"));
    *line_start = false;
}

/// Links kinship writes go to web pages or e-mail, nowhere else.
pub fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

fn escape_line(text: &str) -> String {
    let mut out = String::new();
    let mut line_start = true;
    push_escaped(&text.replace('\n', " "), &mut out, &mut line_start);
    out
}

/// Escapes every character that could start markup. At the start of a line,
/// also what would make it a heading, a list, a quote or a rule.
fn push_escaped(text: &str, out: &mut String, line_start: &mut bool) {
    let mut chars = text.chars().peekable();
    if *line_start {
        // Leading spaces could make a code block: they carry no meaning here.
        while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            chars.next();
        }
        let rest: String = chars.clone().collect();
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(['.', ')']) {
            out.push_str(&rest[..digits]);
            out.push('\\');
            for _ in 0..digits {
                chars.next();
            }
        } else if rest.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
    }
    let chars: Vec<char> = chars.collect();
    for (i, &c) in chars.iter().enumerate() {
        // A hand-edited file may hold escape codes or bells: never pass them on.
        if c.is_control() && c != '\t' {
            continue;
        }
        // Besides markup, what would let GitHub turn an address in a note into
        // a link: the ':' of "://", an '@', and the dot after "www". Other
        // colons stay plain, so the text reads cleanly as it is.
        let before: String = chars[i.saturating_sub(3)..i].iter().collect();
        let after: String = chars[i + 1..].iter().take(2).collect();
        let link_mark = (c == ':' && after == "//")
            || c == '@'
            || (c == '.' && before.eq_ignore_ascii_case("www"));
        if link_mark
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#'
            )
        {
            out.push('\\');
        }
        out.push(c);
        *line_start = false;
    }
}

fn longest_run(text: &str, ch: char) -> usize {
    let mut best = 0;
    let mut run = 0;
    for c in text.chars() {
        if c == ch {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}
