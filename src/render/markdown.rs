//! Markdown (CommonMark + GFM) to the owned document, by walking comrak's AST.
//!
//! `build.rs` includes this file too, to parse every guide at build time, so
//! it depends on nothing else in the crate but `doc`.

use super::doc::{Block, Inline, List, ListItem, Table};
use comrak::Arena;
use comrak::nodes::{AstNode, ListType, NodeValue};

/// The Markdown kinship's content is written in: CommonMark with GFM tables,
/// task lists, strikethrough and autolinks. Raw HTML is never rendered.
pub fn options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.tasklist = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options
}

/// Parses Markdown into document blocks.
pub fn parse(markdown: &str) -> Vec<Block> {
    let arena = Arena::new();
    let root = comrak::parse_document(&arena, markdown, &options());
    blocks(root)
}

/// Parses one paragraph of Markdown written by kinship (a checklist item, its
/// intro) into inlines: `code`, **bold**, links. Text that is not one plain
/// paragraph (it would read as a heading or a list) is kept as it is.
pub fn parse_inline(markdown: &str) -> Vec<Inline> {
    match parse(markdown).as_slice() {
        [Block::Paragraph(inlines)] => inlines.clone(),
        [] => Vec::new(),
        _ => vec![Inline::Text(markdown.to_string())],
    }
}

fn blocks<'a>(node: &'a AstNode<'a>) -> Vec<Block> {
    let mut out = Vec::new();
    for child in node.children() {
        block(child, &mut out);
    }
    out
}

fn block<'a>(node: &'a AstNode<'a>, out: &mut Vec<Block>) {
    let value = node.data().value.clone();
    match value {
        NodeValue::Paragraph => {
            let content = inlines(node);
            if !content.is_empty() {
                out.push(Block::Paragraph(content));
            }
        }
        NodeValue::Heading(h) => out.push(Block::Heading {
            level: h.level,
            text: inlines(node),
        }),
        NodeValue::List(list) => {
            let start = match list.list_type {
                ListType::Ordered => Some(list.start as u64),
                ListType::Bullet => None,
            };
            let items = node
                .children()
                .map(|item| {
                    let task = match &item.data().value {
                        NodeValue::TaskItem(t) => Some(t.symbol.is_some()),
                        _ => None,
                    };
                    ListItem {
                        task,
                        blocks: blocks(item),
                    }
                })
                .collect();
            out.push(Block::List(List {
                start,
                tight: list.tight,
                items,
            }));
        }
        NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) => {
            out.push(Block::Callout(blocks(node)))
        }
        NodeValue::CodeBlock(code) => {
            out.push(Block::Code(code.literal.trim_end_matches('\n').to_string()))
        }
        NodeValue::ThematicBreak => out.push(Block::Rule),
        NodeValue::Table(_) => {
            let mut head = Vec::new();
            let mut rows = Vec::new();
            for row in node.children() {
                let is_head = matches!(row.data().value, NodeValue::TableRow(true));
                let cells: Vec<Vec<Inline>> = row.children().map(inlines).collect();
                if is_head {
                    head = cells;
                } else {
                    rows.push(cells);
                }
            }
            out.push(Block::Table(Table { head, rows }));
        }
        // Raw HTML is never shown: content must not depend on it.
        NodeValue::HtmlBlock(_) | NodeValue::FrontMatter(_) => {}
        // Node kinds added to comrak later: keep their children.
        _ => {
            for child in node.children() {
                block(child, out);
            }
        }
    }
}

fn inlines<'a>(node: &'a AstNode<'a>) -> Vec<Inline> {
    let mut out = Vec::new();
    for child in node.children() {
        inline(child, &mut out);
    }
    merge_text(out)
}

fn inline<'a>(node: &'a AstNode<'a>, out: &mut Vec<Inline>) {
    let value = node.data().value.clone();
    match value {
        NodeValue::Text(t) => out.push(Inline::Text(t.to_string())),
        NodeValue::SoftBreak => out.push(Inline::Text(" ".into())),
        NodeValue::LineBreak => out.push(Inline::Break),
        NodeValue::Code(c) => out.push(Inline::Code(c.literal)),
        NodeValue::Strong => out.push(Inline::Strong(inlines(node))),
        NodeValue::Emph => out.push(Inline::Emph(inlines(node))),
        NodeValue::Link(link) => out.push(Inline::Link {
            text: inlines(node),
            url: link.url,
        }),
        NodeValue::Image(link) => {
            let alt = inlines(node);
            out.push(Inline::Link {
                text: alt,
                url: link.url,
            })
        }
        NodeValue::HtmlInline(_) => {}
        // Strikethrough and later node kinds: keep their text.
        _ => {
            for child in node.children() {
                inline(child, out);
            }
        }
    }
}

/// Joins neighbouring text pieces, which comrak splits at punctuation.
fn merge_text(items: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(items.len());
    for item in items {
        match (out.last_mut(), item) {
            (Some(Inline::Text(prev)), Inline::Text(next)) => prev.push_str(&next),
            (_, item) => out.push(item),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn headings_and_paragraphs_with_emphasis() {
        let b = parse("## Signs\n\nCall **now**, _please_.\nNext line.\n");
        assert_eq!(
            b,
            vec![
                Block::Heading {
                    level: 2,
                    text: vec![text("Signs")]
                },
                Block::Paragraph(vec![
                    text("Call "),
                    Inline::Strong(vec![text("now")]),
                    text(", "),
                    Inline::Emph(vec![text("please")]),
                    text(". Next line."),
                ]),
            ]
        );
    }

    #[test]
    fn ordered_lists_keep_their_start_and_tightness() {
        let b = parse("3. one\n4. two\n");
        let Block::List(list) = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(list.start, Some(3));
        assert!(list.tight);
        assert_eq!(list.items.len(), 2);
    }

    #[test]
    fn task_items_carry_their_state() {
        let b = parse("- [x] done\n- [ ] to do\n");
        let Block::List(list) = &b[0] else {
            panic!("{b:?}")
        };
        let states: Vec<_> = list.items.iter().map(|i| i.task).collect();
        assert_eq!(states, vec![Some(true), Some(false)]);
    }

    #[test]
    fn block_quotes_become_callouts_and_links_keep_addresses() {
        let b = parse("> See [SAMHSA](https://www.samhsa.gov).\n");
        assert_eq!(
            b,
            vec![Block::Callout(vec![Block::Paragraph(vec![
                text("See "),
                Inline::Link {
                    text: vec![text("SAMHSA")],
                    url: "https://www.samhsa.gov".into()
                },
                text("."),
            ])])]
        );
    }

    #[test]
    fn tables_have_a_head_and_rows() {
        let b = parse("| a | b |\n|---|---|\n| 1 | 2 |\n");
        let Block::Table(t) = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(t.head, vec![vec![text("a")], vec![text("b")]]);
        assert_eq!(t.rows, vec![vec![vec![text("1")], vec![text("2")]]]);
    }

    #[test]
    fn raw_html_is_dropped_and_code_is_kept() {
        let b = parse("<script>x</script>\n\nRun `kinship sos`.\n\n```\ncode\n```\n");
        assert_eq!(
            b,
            vec![
                Block::Paragraph(vec![
                    text("Run "),
                    Inline::Code("kinship sos".into()),
                    text(".")
                ]),
                Block::Code("code".into()),
            ]
        );
    }
}
