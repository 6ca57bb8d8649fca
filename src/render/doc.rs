//! The owned document every backend writes: built once from content and saved
//! state, then written as terminal lines, text, Markdown or HTML.
//!
//! `build.rs` includes this file too (to store each guide already parsed, see
//! [`encode`]), so it depends on nothing else in the crate.

/// A whole document: a title, an optional one-line lead, and blocks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub title: String,
    pub lead: Option<String>,
    pub blocks: Vec<Block>,
}

/// A block of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading; level 2 is a section, 3 a subsection (1 is the title).
    Heading {
        level: u8,
        text: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List(List),
    /// Something the reader must not miss.
    Callout(Vec<Block>),
    Table(Table),
    /// Labelled values, such as a plan's answers: "Date: 12 May".
    Rows(Vec<Row>),
    Code(String),
    /// A small chart of ratings over time (the check-ins).
    Chart(Chart),
    Rule,
}

/// One area's ratings, one per check-in, oldest first: the data of a chart.
/// `render::chart` draws it as text or as a picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// What the chart shows, for readers of the picture ("Sleep and health").
    pub label: String,
    pub days: Vec<chrono::NaiveDate>,
    /// `None` where that check-in skipped the area.
    pub values: Vec<Option<u8>>,
}

/// A list: numbered from `start`, or bulleted when `start` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub start: Option<u64>,
    /// A tight list has no blank lines between its items.
    pub tight: bool,
    pub items: Vec<ListItem>,
}

/// A list item; `task` is `Some(done)` for a box to tick.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub task: Option<bool>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub head: Vec<Vec<Inline>>,
    pub rows: Vec<Vec<Vec<Inline>>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: Vec<Inline>,
}

/// Inline content of a paragraph, heading or cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    /// A command or literal, such as `kinship guide overdose`.
    Code(String),
    Link {
        text: Vec<Inline>,
        url: String,
    },
    /// A hard line break.
    Break,
}

impl Inline {
    pub fn text(s: impl Into<String>) -> Inline {
        Inline::Text(s.into())
    }

    /// Text that keeps its own line breaks, as a user typed them.
    pub fn lines(s: &str) -> Vec<Inline> {
        let mut out = Vec::new();
        for (i, line) in s.lines().enumerate() {
            if i > 0 {
                out.push(Inline::Break);
            }
            out.push(Inline::text(line));
        }
        out
    }
}

/// The visible text of some inlines, without any styling.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(inlines, &mut out);
    out
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Strong(c) | Inline::Emph(c) => push_plain(c, out),
            Inline::Link { text, url } => {
                let before = out.len();
                push_plain(text, out);
                if out[before..].is_empty() {
                    out.push_str(url);
                }
            }
            Inline::Break => out.push('\n'),
        }
    }
}

impl Block {
    pub fn para(inlines: Vec<Inline>) -> Block {
        Block::Paragraph(inlines)
    }

    pub fn heading(level: u8, text: impl Into<String>) -> Block {
        Block::Heading {
            level,
            text: vec![Inline::text(text)],
        }
    }

    /// A tight bulleted list with one paragraph per item.
    pub fn bullets(items: Vec<Vec<Inline>>) -> Block {
        Block::List(List {
            start: None,
            tight: true,
            items: items
                .into_iter()
                .map(|i| ListItem {
                    task: None,
                    blocks: vec![Block::Paragraph(i)],
                })
                .collect(),
        })
    }
}

/// The text of blocks as search reads it: one line for each heading,
/// paragraph, table row, labelled value and code block.
pub fn text_lines(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Heading { text, .. } | Block::Paragraph(text) => out.push(plain_text(text)),
            Block::List(list) => list.items.iter().for_each(|i| text_lines(&i.blocks, out)),
            Block::Callout(inner) => text_lines(inner, out),
            Block::Table(t) => {
                for row in &t.rows {
                    out.push(
                        row.iter()
                            .map(|c| plain_text(c))
                            .collect::<Vec<_>>()
                            .join(" | "),
                    );
                }
            }
            Block::Rows(rows) => out.extend(
                rows.iter()
                    .map(|r| format!("{}: {}", r.label, plain_text(&r.value))),
            ),
            Block::Code(code) => out.push(code.clone()),
            // A chart's numbers are no words to search; its label is.
            Block::Chart(chart) => out.push(chart.label.clone()),
            Block::Rule => {}
        }
    }
}

/// Writes blocks in a compact text form that [`decode`] reads back many times
/// faster than the Markdown they came from is parsed: `build.rs` stores each
/// guide this way, already parsed for each region.
///
/// Each block and inline is one letter and its parts; a number ends with `;`,
/// and a string is its length in bytes, `;`, then its bytes.
pub fn encode(blocks: &[Block]) -> String {
    let mut out = String::new();
    encode_blocks(blocks, &mut out);
    out
}

fn encode_number(n: u64, out: &mut String) {
    out.push_str(&n.to_string());
    out.push(';');
}

fn encode_str(s: &str, out: &mut String) {
    encode_number(s.len() as u64, out);
    out.push_str(s);
}

fn encode_blocks(blocks: &[Block], out: &mut String) {
    encode_number(blocks.len() as u64, out);
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                out.push('H');
                encode_number(u64::from(*level), out);
                encode_inlines(text, out);
            }
            Block::Paragraph(text) => {
                out.push('P');
                encode_inlines(text, out);
            }
            // Charts are drawn from check-ins, never parsed from a guide, so
            // none is ever stored; should one be, its label stays as text.
            Block::Chart(chart) => {
                out.push('P');
                encode_inlines(&[Inline::Text(chart.label.clone())], out);
            }
            Block::List(list) => {
                out.push('L');
                match list.start {
                    Some(start) => {
                        out.push('n');
                        encode_number(start, out);
                    }
                    None => out.push('b'),
                }
                out.push(if list.tight { 't' } else { 'l' });
                encode_number(list.items.len() as u64, out);
                for item in &list.items {
                    out.push(match item.task {
                        Some(true) => 'x',
                        Some(false) => 'o',
                        None => '-',
                    });
                    encode_blocks(&item.blocks, out);
                }
            }
            Block::Callout(inner) => {
                out.push('C');
                encode_blocks(inner, out);
            }
            Block::Table(table) => {
                out.push('T');
                encode_cells(&table.head, out);
                encode_number(table.rows.len() as u64, out);
                table.rows.iter().for_each(|row| encode_cells(row, out));
            }
            Block::Rows(rows) => {
                out.push('R');
                encode_number(rows.len() as u64, out);
                for row in rows {
                    encode_str(&row.label, out);
                    encode_inlines(&row.value, out);
                }
            }
            Block::Code(code) => {
                out.push('K');
                encode_str(code, out);
            }
            Block::Rule => out.push('_'),
        }
    }
}

fn encode_cells(cells: &[Vec<Inline>], out: &mut String) {
    encode_number(cells.len() as u64, out);
    cells.iter().for_each(|cell| encode_inlines(cell, out));
}

fn encode_inlines(inlines: &[Inline], out: &mut String) {
    encode_number(inlines.len() as u64, out);
    for inline in inlines {
        match inline {
            Inline::Text(t) => {
                out.push('t');
                encode_str(t, out);
            }
            Inline::Strong(inner) => {
                out.push('s');
                encode_inlines(inner, out);
            }
            Inline::Emph(inner) => {
                out.push('e');
                encode_inlines(inner, out);
            }
            Inline::Code(t) => {
                out.push('c');
                encode_str(t, out);
            }
            Inline::Link { text, url } => {
                out.push('l');
                encode_inlines(text, out);
                encode_str(url, out);
            }
            Inline::Break => out.push('b'),
        }
    }
}

/// Reads blocks written by [`encode`]; `None` if `code` is not such a text.
pub fn decode(code: &str) -> Option<Vec<Block>> {
    let mut reader = Reader { code, at: 0 };
    let blocks = reader.blocks()?;
    (reader.at == code.len()).then_some(blocks)
}

struct Reader<'a> {
    code: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn letter(&mut self) -> Option<u8> {
        let letter = *self.code.as_bytes().get(self.at)?;
        self.at += 1;
        Some(letter)
    }

    /// Digits ended by `;`.
    fn number(&mut self) -> Option<u64> {
        let bytes = self.code.as_bytes();
        let start = self.at;
        let mut n: u64 = 0;
        loop {
            let b = *bytes.get(self.at)?;
            self.at += 1;
            match b {
                b'0'..=b'9' => n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?,
                b';' if self.at - 1 > start => return Some(n),
                _ => return None,
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let len = usize::try_from(self.number()?).ok()?;
        let text = self.code.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(text.to_string())
    }

    fn count(&mut self) -> Option<usize> {
        // Never more items than letters left: a bad count cannot reserve much.
        usize::try_from(self.number()?)
            .ok()
            .filter(|n| *n <= self.code.len() - self.at)
    }

    fn blocks(&mut self) -> Option<Vec<Block>> {
        let count = self.count()?;
        let mut blocks = Vec::with_capacity(count);
        for _ in 0..count {
            blocks.push(match self.letter()? {
                b'H' => Block::Heading {
                    level: u8::try_from(self.number()?).ok()?,
                    text: self.inlines()?,
                },
                b'P' => Block::Paragraph(self.inlines()?),
                b'L' => {
                    let start = match self.letter()? {
                        b'n' => Some(self.number()?),
                        b'b' => None,
                        _ => return None,
                    };
                    let tight = match self.letter()? {
                        b't' => true,
                        b'l' => false,
                        _ => return None,
                    };
                    let count = self.count()?;
                    let mut items = Vec::with_capacity(count);
                    for _ in 0..count {
                        let task = match self.letter()? {
                            b'x' => Some(true),
                            b'o' => Some(false),
                            b'-' => None,
                            _ => return None,
                        };
                        items.push(ListItem {
                            task,
                            blocks: self.blocks()?,
                        });
                    }
                    Block::List(List {
                        start,
                        tight,
                        items,
                    })
                }
                b'C' => Block::Callout(self.blocks()?),
                b'T' => {
                    let head = self.cells()?;
                    let count = self.count()?;
                    let mut rows = Vec::with_capacity(count);
                    for _ in 0..count {
                        rows.push(self.cells()?);
                    }
                    Block::Table(Table { head, rows })
                }
                b'R' => {
                    let count = self.count()?;
                    let mut rows = Vec::with_capacity(count);
                    for _ in 0..count {
                        rows.push(Row {
                            label: self.string()?,
                            value: self.inlines()?,
                        });
                    }
                    Block::Rows(rows)
                }
                b'K' => Block::Code(self.string()?),
                b'_' => Block::Rule,
                _ => return None,
            });
        }
        Some(blocks)
    }

    fn cells(&mut self) -> Option<Vec<Vec<Inline>>> {
        let count = self.count()?;
        let mut cells = Vec::with_capacity(count);
        for _ in 0..count {
            cells.push(self.inlines()?);
        }
        Some(cells)
    }

    fn inlines(&mut self) -> Option<Vec<Inline>> {
        let count = self.count()?;
        let mut inlines = Vec::with_capacity(count);
        for _ in 0..count {
            inlines.push(match self.letter()? {
                b't' => Inline::Text(self.string()?),
                b's' => Inline::Strong(self.inlines()?),
                b'e' => Inline::Emph(self.inlines()?),
                b'c' => Inline::Code(self.string()?),
                b'l' => Inline::Link {
                    text: self.inlines()?,
                    url: self.string()?,
                },
                b'b' => Inline::Break,
                _ => return None,
            });
        }
        Some(inlines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_block_reads_back_as_it_was_written() {
        let blocks = vec![
            Block::heading(2, "Signs ✓"),
            Block::para(vec![
                Inline::text("Call "),
                Inline::Strong(vec![Inline::text("911;")]),
                Inline::Emph(vec![Inline::text("now")]),
                Inline::Break,
                Inline::Code("kinship sos".into()),
                Inline::Link {
                    text: vec![Inline::text("CDC")],
                    url: "https://cdc.gov".into(),
                },
            ]),
            Block::List(List {
                start: Some(3),
                tight: false,
                items: vec![
                    ListItem {
                        task: Some(true),
                        blocks: vec![Block::para(vec![Inline::text("12;3")])],
                    },
                    ListItem {
                        task: Some(false),
                        blocks: vec![],
                    },
                    ListItem {
                        task: None,
                        blocks: vec![Block::Rule],
                    },
                ],
            }),
            Block::bullets(vec![vec![Inline::text("")]]),
            Block::Callout(vec![Block::Code("a\nb".into())]),
            Block::Table(Table {
                head: vec![vec![Inline::text("A")], vec![]],
                rows: vec![vec![vec![Inline::text("1")], vec![Inline::text("2")]]],
            }),
            Block::Rows(vec![Row {
                label: "Date".into(),
                value: vec![Inline::text("12 May")],
            }]),
        ];
        assert_eq!(decode(&encode(&blocks)), Some(blocks));
    }

    #[test]
    fn a_damaged_text_reads_as_nothing() {
        let code = encode(&[Block::para(vec![Inline::text("hello")])]);
        for cut in 0..code.len() {
            assert_eq!(decode(&code[..cut]), None, "{}", &code[..cut]);
        }
        assert_eq!(decode(&format!("{code}P")), None);
        assert_eq!(decode("1;Z"), None);
    }
}
