//! Word wrapping of styled text on visible width, before any escape code exists.

use super::doc::Inline;
use super::style::{Line, Span, Style, line_width, theme};
use unicode_width::UnicodeWidthChar;

/// A piece of inline content flattened to one style, or a hard break.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String, Style),
    Break,
}

/// How inline content is flattened to styled text.
#[derive(Debug, Clone, Copy)]
pub struct InlineStyle {
    /// The style all the text starts from (a heading's, a callout's).
    pub base: Style,
    /// Show link addresses after their text, as " (address)".
    pub show_urls: bool,
}

fn flatten(inlines: &[Inline], style: Style, opts: InlineStyle, out: &mut Vec<Piece>) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.push(Piece::Text(t.clone(), style)),
            Inline::Code(t) => out.push(Piece::Text(t.clone(), style.with(theme::CODE))),
            Inline::Strong(c) => flatten(c, style.with(theme::STRONG), opts, out),
            Inline::Emph(c) => flatten(c, style.with(theme::EMPH), opts, out),
            Inline::Link { text, url } => {
                let start = out.len();
                flatten(text, style, opts, out);
                let shown: String = out[start..]
                    .iter()
                    .map(|p| match p {
                        Piece::Text(t, _) => t.as_str(),
                        Piece::Break => " ",
                    })
                    .collect();
                let bare = url.trim_start_matches("mailto:");
                if shown.trim().is_empty() {
                    out.truncate(start);
                    out.push(Piece::Text(bare.to_string(), style));
                } else if opts.show_urls && shown.trim() != bare {
                    out.push(Piece::Text(
                        format!(" ({bare})"),
                        style.with(theme::LINK_URL),
                    ));
                }
            }
            Inline::Break => out.push(Piece::Break),
        }
    }
}

/// A word: the text between two spaces, possibly in several styles ("**now**,").
#[derive(Debug)]
enum Token {
    Word(Vec<Span>),
    Break,
}

fn tokens(pieces: Vec<Piece>) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word: Vec<Span> = Vec::new();
    let flush = |word: &mut Vec<Span>, out: &mut Vec<Token>| {
        if !word.is_empty() {
            out.push(Token::Word(std::mem::take(word)));
        }
    };
    for piece in pieces {
        match piece {
            Piece::Break => {
                flush(&mut word, &mut out);
                out.push(Token::Break);
            }
            Piece::Text(text, style) => {
                // Non-breaking spaces stay inside words.
                let breaks = |c: char| c.is_whitespace() && c != '\u{a0}';
                let mut rest = text.as_str();
                while let Some(at) = rest.find(breaks) {
                    if at > 0 {
                        word.push(Span::new(&rest[..at], style));
                    }
                    flush(&mut word, &mut out);
                    let space = rest[at..].chars().next().map_or(1, char::len_utf8);
                    rest = &rest[at + space..];
                }
                if !rest.is_empty() {
                    word.push(Span::new(rest, style));
                }
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Wraps inline content to `width` columns. The first line starts with `first`,
/// the others with `rest` (a list marker and its hanging indent, say).
pub fn wrap(
    inlines: &[Inline],
    opts: InlineStyle,
    width: usize,
    first: &Line,
    rest: &Line,
) -> Vec<Line> {
    let mut pieces = Vec::new();
    flatten(inlines, opts.base, opts, &mut pieces);
    fill(tokens(pieces), width, first, rest)
}

/// Text cut to fit in `width` columns with room to spare for the cursor: a
/// last column left free, "…" where it was cut.
pub fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) {
            out.push('…');
            return out;
        }
        out.push(c);
        used += w;
    }
    out
}

/// Wraps a plain string in one style.
pub fn wrap_text(text: &str, style: Style, width: usize, first: &Line, rest: &Line) -> Vec<Line> {
    fill(
        tokens(vec![Piece::Text(text.to_string(), style)]),
        width,
        first,
        rest,
    )
}

fn fill(tokens: Vec<Token>, width: usize, first: &Line, rest: &Line) -> Vec<Line> {
    let first_width = line_width(first);
    let rest_width = line_width(rest);
    // Each line holds at least ten columns of text, however deep the indent.
    let limit = |prefix: usize| prefix + width.saturating_sub(prefix).max(10);
    let mut lines: Vec<Line> = Vec::new();
    let mut line: Line = first.clone();
    let mut used = first_width;
    let mut empty = true;
    let new_line = |lines: &mut Vec<Line>, line: &mut Line, used: &mut usize| {
        lines.push(std::mem::replace(line, rest.clone()));
        *used = rest_width;
    };
    for token in tokens {
        match token {
            Token::Break => {
                new_line(&mut lines, &mut line, &mut used);
                empty = true;
            }
            Token::Word(word) => {
                let w = line_width(&word);
                let prefix = if lines.is_empty() {
                    first_width
                } else {
                    rest_width
                };
                if !empty && used + 1 + w > limit(prefix) {
                    new_line(&mut lines, &mut line, &mut used);
                    empty = true;
                }
                if !empty {
                    // The space between two words in one style takes that style, so
                    // a bold phrase is painted as one piece.
                    let before = line.last().map(|s| s.style);
                    let after = word.first().map(|s| s.style);
                    let style = if before == after {
                        before.unwrap_or_default()
                    } else {
                        Style::PLAIN
                    };
                    push(&mut line, Span::new(" ", style));
                    used += 1;
                }
                let avail = limit(rest_width) - rest_width;
                let is_address = word.first().is_some_and(|s| s.text.contains("://"));
                if w > avail && empty && !is_address {
                    // A word longer than a whole line: cut it. Addresses are left whole,
                    // so they can still be copied; the terminal wraps them.
                    for chunk in split_word(word, avail) {
                        if !empty {
                            new_line(&mut lines, &mut line, &mut used);
                        }
                        used += line_width(&chunk);
                        chunk.into_iter().for_each(|s| push(&mut line, s));
                        empty = false;
                    }
                } else {
                    used += w;
                    word.into_iter().for_each(|s| push(&mut line, s));
                    empty = false;
                }
            }
        }
    }
    if !empty || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Adds a span to a line, joining it to the last one when they share a style.
fn push(line: &mut Line, span: Span) {
    match line.last_mut() {
        Some(last) if last.style == span.style => last.text.push_str(&span.text),
        _ => line.push(span),
    }
}

/// Cuts a word into pieces of at most `width` columns.
fn split_word(word: Vec<Span>, width: usize) -> Vec<Vec<Span>> {
    let mut chunks = vec![Vec::new()];
    let mut used = 0;
    for span in word {
        let mut current = String::new();
        for c in span.text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width && used > 0 {
                if !current.is_empty() {
                    chunks
                        .last_mut()
                        .unwrap()
                        .push(Span::new(std::mem::take(&mut current), span.style));
                }
                chunks.push(Vec::new());
                used = 0;
            }
            current.push(c);
            used += w;
        }
        if !current.is_empty() {
            chunks
                .last_mut()
                .unwrap()
                .push(Span::new(current, span.style));
        }
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::style::line_text;

    const OPTS: InlineStyle = InlineStyle {
        base: Style::PLAIN,
        show_urls: true,
    };

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| line_text(l)).collect()
    }

    #[test]
    fn wraps_on_words_with_a_hanging_indent() {
        let lines = wrap_text(
            "one two three four five six",
            Style::PLAIN,
            14,
            &vec![Span::plain("1. ")],
            &vec![Span::plain("   ")],
        );
        assert_eq!(
            texts(&lines),
            vec!["1. one two", "   three four", "   five six"]
        );
    }

    #[test]
    fn styles_survive_wrapping_and_only_inner_spaces_take_them() {
        let inl = vec![
            Inline::text("Call "),
            Inline::Strong(vec![Inline::text("911 now")]),
            Inline::text("."),
        ];
        let lines = wrap(&inl, OPTS, 80, &vec![], &vec![]);
        assert_eq!(texts(&lines), vec!["Call 911 now."]);
        let spans: Vec<(&str, bool)> = lines[0]
            .iter()
            .map(|s| (s.text.as_str(), s.style.bold))
            .collect();
        assert_eq!(
            spans,
            vec![("Call ", false), ("911 now", true), (".", false)],
            "one piece per style, the inner space inside the bold one"
        );
    }

    #[test]
    fn links_show_their_address_once() {
        let inl = vec![
            Inline::Link {
                text: vec![Inline::text("SAMHSA")],
                url: "https://samhsa.gov".into(),
            },
            Inline::text(" and "),
            Inline::Link {
                text: vec![Inline::text("https://cdc.gov")],
                url: "https://cdc.gov".into(),
            },
        ];
        let lines = wrap(&inl, OPTS, 80, &vec![], &vec![]);
        assert_eq!(
            texts(&lines),
            vec!["SAMHSA (https://samhsa.gov) and https://cdc.gov"]
        );
    }

    #[test]
    fn long_words_are_cut_to_fit_but_addresses_stay_whole() {
        let lines = wrap_text(
            "see Pneumonoultramicroscopicsilicovolcanoconiosis",
            Style::PLAIN,
            20,
            &vec![],
            &vec![],
        );
        assert!(
            lines.iter().all(|l| line_width(l) <= 20),
            "{:?}",
            texts(&lines)
        );
        assert_eq!(
            texts(&lines).concat(),
            "seePneumonoultramicroscopicsilicovolcanoconiosis"
        );
        let url = "https://example.org/a/very/long/address/indeed";
        let lines = wrap_text(
            &format!("see {url} now"),
            Style::PLAIN,
            20,
            &vec![],
            &vec![],
        );
        assert_eq!(texts(&lines), vec!["see", url, "now"]);
    }

    #[test]
    fn hard_breaks_start_a_new_line() {
        let inl = vec![Inline::text("a"), Inline::Break, Inline::text("b")];
        assert_eq!(
            texts(&wrap(&inl, OPTS, 80, &vec![], &vec![])),
            vec!["a", "b"]
        );
    }

    #[test]
    fn wide_characters_count_double() {
        let lines = wrap_text("日本語 日本語 日本語", Style::PLAIN, 14, &vec![], &vec![]);
        assert_eq!(texts(&lines), vec!["日本語 日本語", "日本語"]);
    }
}
