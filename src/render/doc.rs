//! The owned document every backend writes: built once from content and saved
//! state, then written as terminal lines, text, Markdown or HTML.

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
    Chart(super::chart::Chart),
    Rule,
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
