//! Word wrapping of styled text on visible width, before any escape code exists.

use super::doc::Inline;
use super::style::{Line, Span, Style, line_width, theme};
use std::borrow::Cow;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A piece of inline content flattened to one style, or a hard break. The
/// text is borrowed from the inlines wherever it can be.
#[derive(Debug, Clone, PartialEq)]
enum Piece<'a> {
    Text(Cow<'a, str>, Style),
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

fn flatten<'a>(inlines: &'a [Inline], style: Style, opts: InlineStyle, out: &mut Vec<Piece<'a>>) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.push(Piece::Text(Cow::Borrowed(t), style)),
            Inline::Code(t) => out.push(Piece::Text(Cow::Borrowed(t), style.with(theme::CODE))),
            Inline::Strong(c) => flatten(c, style.with(theme::STRONG), opts, out),
            Inline::Emph(c) => flatten(c, style.with(theme::EMPH), opts, out),
            Inline::Link { text, url } => {
                let start = out.len();
                flatten(text, style, opts, out);
                let shown: String = out[start..]
                    .iter()
                    .map(|p| match p {
                        Piece::Text(t, _) => t.as_ref(),
                        Piece::Break => " ",
                    })
                    .collect();
                let bare = url.trim_start_matches("mailto:");
                if shown.trim().is_empty() {
                    out.truncate(start);
                    out.push(Piece::Text(Cow::Borrowed(bare), style));
                } else if opts.show_urls && shown.trim() != bare {
                    out.push(Piece::Text(
                        Cow::Owned(format!(" ({bare})")),
                        style.with(theme::LINK_URL),
                    ));
                }
            }
            Inline::Break => out.push(Piece::Break),
        }
    }
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
    let mut out = Vec::new();
    wrap_into(inlines, opts, width, first, rest, &mut out);
    out
}

/// [`wrap`], adding the lines to `out`.
pub fn wrap_into(
    inlines: &[Inline],
    opts: InlineStyle,
    width: usize,
    first: &Line,
    rest: &Line,
    out: &mut Vec<Line>,
) {
    let mut pieces = Vec::with_capacity(inlines.len() + 4);
    flatten(inlines, opts.base, opts, &mut pieces);
    fill(&pieces, width, first, rest, out)
}

/// Text cut to fit in `width` columns with room to spare for the cursor: a
/// last column left free, "…" where it was cut.
pub fn truncate(text: &str, width: usize) -> String {
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
    let mut out = Vec::new();
    wrap_text_into(text, style, width, first, rest, &mut out);
    out
}

/// [`wrap_text`], adding the lines to `out`.
pub fn wrap_text_into(
    text: &str,
    style: Style,
    width: usize,
    first: &Line,
    rest: &Line,
    out: &mut Vec<Line>,
) {
    fill(
        &[Piece::Text(Cow::Borrowed(text), style)],
        width,
        first,
        rest,
        out,
    )
}

/// A new line that starts with `prefix`, with room for the words to come:
/// its last span (the one words join when they share its style) takes a
/// line's worth of text without moving.
fn start_line(prefix: &Line) -> Line {
    let mut line = Vec::with_capacity(prefix.len() + 3);
    if let Some((last, before)) = prefix.split_last() {
        line.extend(before.iter().cloned());
        let mut text = String::with_capacity(last.text.len().max(80));
        text.push_str(&last.text);
        line.push(Span {
            text,
            style: last.style,
        });
    }
    line
}

/// A word: the text between two spaces, possibly in several styles ("**now**,"),
/// as slices of the pieces it came from, each with its width.
type Word<'a> = [(&'a str, Style, usize)];

/// Words in one style placed one after the other, still a slice of the text
/// they came from (`src[start..end]`, spaces included): the line gets them in
/// one push instead of two per word.
#[derive(Clone, Copy)]
struct Run<'a> {
    src: &'a str,
    start: usize,
    end: usize,
    style: Style,
}

/// Lines being filled, word by word, into `out`.
struct Filler<'r, 'a> {
    out: &'r mut Vec<Line>,
    /// The line being filled is the first.
    first_line: bool,
    line: Line,
    run: Option<Run<'a>>,
    used: usize,
    /// No word on the current line yet.
    empty: bool,
    width: usize,
    first_width: usize,
    rest_width: usize,
    rest: &'r Line,
}

impl<'a> Filler<'_, 'a> {
    /// Each line holds at least ten columns of text, however deep the indent.
    fn limit(&self, prefix: usize) -> usize {
        prefix + self.width.saturating_sub(prefix).max(10)
    }

    /// Puts the pending run of words on the line.
    fn flush_run(&mut self) {
        if let Some(run) = self.run.take() {
            push(&mut self.line, &run.src[run.start..run.end], run.style);
        }
    }

    fn new_line(&mut self) {
        self.flush_run();
        let next = std::mem::replace(&mut self.line, start_line(self.rest));
        self.out.push(next);
        self.first_line = false;
        self.used = self.rest_width;
    }

    fn hard_break(&mut self) {
        self.new_line();
        self.empty = true;
    }

    /// Joins to the run, at once, as many of the words that follow it in its
    /// own text as fit on the line: the words of one style, printable ASCII
    /// with one space between them, that [`Filler::word`] would join one by
    /// one. `at` is where the next word starts in `src`, after the space
    /// that ends the run; returns where the words left start (`at` when none
    /// was joined).
    fn join_fitting(&mut self, src: &'a str, at: usize, style: Style) -> usize {
        let Some(run) = &mut self.run else { return at };
        let bytes = src.as_bytes();
        if self.empty
            || run.style != style
            || !std::ptr::eq(run.src, src)
            || run.end + 1 != at
            || bytes.get(run.end) != Some(&b' ')
        {
            return at;
        }
        let prefix = if self.first_line {
            self.first_width
        } else {
            self.rest_width
        };
        let limit = prefix + self.width.saturating_sub(prefix).max(10);
        // The columns left, and so the last byte a joined word may end before.
        let room = limit.saturating_sub(self.used);
        let last = bytes.len().min(run.end + room + 1);
        let mut end = run.end;
        let mut j = at;
        // Eight bytes at a time while they are printable ASCII with single
        // spaces between words; the loop below takes over, byte by byte, at
        // the first eight that are not (and at a space where a word should
        // start), so both find the same words.
        if bytes.get(at).is_some_and(|&b| b != b' ') {
            while j + 8 <= last {
                let x = u64::from_le_bytes(bytes[j..j + 8].try_into().expect("eight bytes"));
                if !printable_eight(x) {
                    break;
                }
                let spaces = zero_bytes(x ^ (ONES * u64::from(b' ')));
                if spaces != 0 {
                    // `j > at` here unless this is the first eight, whose
                    // first byte is no space.
                    let doubled =
                        spaces & (spaces << 8) != 0 || (spaces & 0x80 != 0 && bytes[j - 1] == b' ');
                    if doubled {
                        break;
                    }
                    end = j + (63 - spaces.leading_zeros() as usize) / 8;
                }
                j += 8;
            }
        }
        while j < last {
            match bytes[j] {
                // A word ends before its space; two spaces are left to `word`.
                b' ' if j > at && bytes[j - 1] != b' ' => end = j,
                b'!'..=b'~' => {}
                _ => break,
            }
            j += 1;
        }
        if end == run.end {
            return at;
        }
        self.used += end - run.end;
        run.end = end;
        end + 1
    }

    /// Places a word; `src` is the text of the piece its last part came from.
    fn word(&mut self, word: &Word<'a>, src: &'a str) {
        let w: usize = word.iter().map(|(.., width)| width).sum();
        let prefix = if self.first_line {
            self.first_width
        } else {
            self.rest_width
        };
        if !self.empty && self.used + 1 + w > self.limit(prefix) {
            self.new_line();
            self.empty = true;
        }
        // A word in the run's style, one space after it in the same text, joins
        // the run: the space takes that style, as below.
        if let ([(text, style, _)], Some(run)) = (word, &mut self.run)
            && !self.empty
            && run.style == *style
            && std::ptr::eq(run.src, src)
            && src.as_bytes().get(run.end) == Some(&b' ')
            && text.as_ptr() as usize == src.as_ptr() as usize + run.end + 1
        {
            run.end += 1 + text.len();
            self.used += 1 + w;
            return;
        }
        self.flush_run();
        if !self.empty {
            // The space between two words in one style takes that style, so
            // a bold phrase is painted as one piece.
            let before = self.line.last().map(|s| s.style);
            let after = word.first().map(|(_, style, _)| *style);
            let style = if before == after {
                before.unwrap_or_default()
            } else {
                Style::PLAIN
            };
            push(&mut self.line, " ", style);
            self.used += 1;
        }
        let avail = self.limit(self.rest_width) - self.rest_width;
        let is_address = word.first().is_some_and(|(text, ..)| text.contains("://"));
        if w > avail && self.empty {
            // A word longer than a whole line: cut it, so that what follows
            // keeps the entry's indent (a terminal would wrap it to the left
            // edge). An address is cut after a `/` (or `-`, `.`, `?`...) where
            // it can be, so that each part reads as a piece of it.
            let chunks = if is_address {
                split_address(word, avail)
            } else {
                split_word(word, avail)
            };
            for chunk in chunks {
                if !self.empty {
                    self.new_line();
                }
                self.used += line_width(&chunk);
                chunk
                    .iter()
                    .for_each(|s| push(&mut self.line, &s.text, s.style));
                self.empty = false;
            }
        } else {
            self.used += w;
            match word {
                [(text, style, _)] => {
                    let start = text.as_ptr() as usize - src.as_ptr() as usize;
                    self.run = Some(Run {
                        src,
                        start,
                        end: start + text.len(),
                        style: *style,
                    });
                }
                _ => word
                    .iter()
                    .for_each(|(text, style, _)| push(&mut self.line, text, *style)),
            }
            self.empty = false;
        }
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// True when each of the eight bytes of `x` is printable ASCII (a space to
/// `~`), as `style::printable_ascii` tests them.
fn printable_eight(x: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = x.wrapping_sub(ONES * u64::from(b' ')) & !x;
    let del = x ^ (ONES * 0x7f);
    let is_del = del.wrapping_sub(ONES) & !del;
    (below_space | is_del | x) & HIGH == 0
}

/// The high bit of each byte of `v` that is zero, and no other bit.
fn zero_bytes(v: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    !(((v & LOW) + LOW) | v | LOW)
}

/// Where the first space between words is in `text`, its length in bytes,
/// and whether all before it is printable ASCII (so its width is its length).
/// Any white space counts but the non-breaking space, which stays inside words.
fn next_space(text: &str) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    // Nearly every word is printable ASCII: skip it in one tight loop.
    let mut at = bytes
        .iter()
        .position(|&b| b <= b' ' || b > b'~')
        .unwrap_or(bytes.len());
    let printable = at;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                return Some((at, 1, at == printable));
            }
            at += 1;
        } else {
            // `at` is always at the start of a character.
            let c = text[at..].chars().next()?;
            if c.is_whitespace() && c != '\u{a0}' {
                return Some((at, c.len_utf8(), false));
            }
            at += c.len_utf8();
        }
    }
    None
}

/// The columns `text` takes: its length when it is printable ASCII (nearly
/// every word), else what Unicode says.
fn text_width(text: &str) -> usize {
    if super::style::printable_ascii(text) {
        text.len()
    } else {
        text.width()
    }
}

/// Fills lines with the words of `pieces`: words break at spaces (not at
/// non-breaking ones), and a word may run across pieces in several styles.
fn fill(pieces: &[Piece], width: usize, first: &Line, rest: &Line, out: &mut Vec<Line>) {
    let first_width = line_width(first);
    let mut filler = Filler {
        out,
        first_line: true,
        line: start_line(first),
        run: None,
        used: first_width,
        empty: true,
        width,
        first_width,
        rest_width: line_width(rest),
        rest,
    };
    let mut word: Vec<(&str, Style, usize)> = Vec::with_capacity(8);
    // The text of the piece the word's last part came from.
    let mut src = "";
    fn flush<'a>(
        word: &mut Vec<(&'a str, Style, usize)>,
        src: &'a str,
        filler: &mut Filler<'_, 'a>,
    ) {
        if !word.is_empty() {
            filler.word(word, src);
            word.clear();
        }
    }
    for piece in pieces {
        match piece {
            Piece::Break => {
                flush(&mut word, src, &mut filler);
                filler.hard_break();
            }
            Piece::Text(text, style) => {
                let text = text.as_ref();
                let mut rest = text;
                loop {
                    if word.is_empty() {
                        // Most words join the run before them: all that fit at once.
                        let at = text.len() - rest.len();
                        rest = &text[filler.join_fitting(text, at, *style)..];
                    }
                    let Some((at, space, plain)) = next_space(rest) else {
                        break;
                    };
                    if at > 0 {
                        let w = if plain { at } else { text_width(&rest[..at]) };
                        word.push((&rest[..at], *style, w));
                        src = text;
                    }
                    flush(&mut word, src, &mut filler);
                    rest = &rest[at + space..];
                }
                if !rest.is_empty() {
                    word.push((rest, *style, text_width(rest)));
                    src = text;
                }
            }
        }
    }
    flush(&mut word, src, &mut filler);
    filler.flush_run();
    let Filler {
        out,
        first_line,
        line,
        empty,
        ..
    } = filler;
    if !empty || first_line {
        out.push(line);
    }
}

/// Adds text to a line, joining it to the last span when they share a style.
fn push(line: &mut Line, text: &str, style: Style) {
    match line.last_mut() {
        Some(last) if last.style == style => last.text.push_str(text),
        _ => {
            // Room for the rest of a line of words, so joining the next ones
            // to this span seldom has to move it.
            let mut owned = String::with_capacity(text.len().max(80));
            owned.push_str(text);
            line.push(Span { text: owned, style });
        }
    }
}

/// Cuts a word into pieces of at most `width` columns.
/// An address cut into parts of at most `width` columns, each ending after
/// a `/`, `?`, `&`, `=`, `#`, `-`, `_` or `.` where one is near enough.
fn split_address(word: &Word, width: usize) -> Vec<Vec<Span>> {
    let chars: Vec<(char, Style)> = word
        .iter()
        .flat_map(|(text, style, _)| text.chars().map(move |c| (c, *style)))
        .collect();
    let mut chunks = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut used = 0;
        let mut end = start;
        let mut cut = None;
        while end < chars.len() {
            let w = chars[end].0.width().unwrap_or(0);
            if used + w > width && end > start {
                break;
            }
            used += w;
            end += 1;
            if "/?&=#-_.".contains(chars[end - 1].0) {
                cut = Some(end);
            }
        }
        // A break point in the last third of the line, else a plain cut.
        let end = match cut {
            Some(c) if end < chars.len() && (c - start) * 3 >= (end - start) * 2 => c,
            _ => end,
        };
        let mut chunk: Vec<Span> = Vec::new();
        for &(c, style) in &chars[start..end] {
            match chunk.last_mut() {
                Some(span) if span.style == style => span.text.push(c),
                _ => chunk.push(Span::new(c.to_string(), style)),
            }
        }
        chunks.push(chunk);
        start = end;
    }
    chunks
}

fn split_word(word: &Word, width: usize) -> Vec<Vec<Span>> {
    let mut chunks = vec![Vec::new()];
    let mut used = 0;
    for (text, style, _) in word {
        let mut current = String::new();
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width && used > 0 {
                if !current.is_empty() {
                    chunks
                        .last_mut()
                        .unwrap()
                        .push(Span::new(std::mem::take(&mut current), *style));
                }
                chunks.push(Vec::new());
                used = 0;
            }
            current.push(c);
            used += w;
        }
        if !current.is_empty() {
            chunks.last_mut().unwrap().push(Span::new(current, *style));
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
    fn long_words_are_cut_to_fit_and_addresses_after_a_slash() {
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
        // An address that fits stays whole on its own line; a longer one is
        // cut after a slash and keeps the hanging indent.
        let url = "https://example.org/a/very/long/address/indeed";
        let lines = wrap_text(
            &format!("see {url} now"),
            Style::PLAIN,
            48,
            &vec![],
            &vec![],
        );
        assert_eq!(texts(&lines), vec!["see", url, "now"]);
        let indent = vec![Span::plain("  ")];
        let lines = wrap_text(
            &format!("see {url} now"),
            Style::PLAIN,
            22,
            &indent,
            &indent,
        );
        assert_eq!(
            texts(&lines),
            vec![
                "  see",
                "  https://example.org/",
                "  a/very/long/address/",
                "  indeed now"
            ]
        );
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
    fn words_break_at_any_white_space_but_the_non_breaking_one() {
        let lines = wrap_text(
            "a\tb\u{2003}c\u{a0}d\u{85}é\u{3000}f",
            Style::PLAIN,
            80,
            &vec![],
            &vec![],
        );
        assert_eq!(texts(&lines), vec!["a b c\u{a0}d é f"]);
        assert_eq!(next_space("日本\u{3000}語"), Some((6, 3, false)));
        assert_eq!(next_space("plain words"), Some((5, 1, true)));
        assert_eq!(next_space("tab\there"), Some((3, 1, true)));
        assert_eq!(next_space("no\u{a0}break"), None);
    }

    /// The words joined eight bytes at a time wrap as one by one would:
    /// every width, with double spaces, a leading space, a tab and a
    /// non-ASCII letter at every place.
    #[test]
    fn words_joined_eight_at_a_time_wrap_as_one_by_one() {
        let base = "Call 911 now. Give naloxone: spray it in one nostril, then wait.";
        let odd = ["  ", " \t", "é", "\u{a0}", "!", " ~"];
        for at in 0..base.len() {
            for odd in odd {
                let text = format!("{}{odd}{}", &base[..at], &base[at..]);
                for width in 1..40 {
                    let lines = texts(&wrap_text(&text, Style::PLAIN, width, &vec![], &vec![]));
                    let slow = texts(&word_by_word(&text, width));
                    assert_eq!(lines, slow, "{text:?} at {width}");
                }
            }
        }
    }

    /// The same text, each word given to the filler as a piece of its own,
    /// so that none is joined by the fast scan.
    fn word_by_word(text: &str, width: usize) -> Vec<Line> {
        let pieces: Vec<Piece> = text
            .split_inclusive(' ')
            .map(|w| Piece::Text(Cow::Owned(w.to_string()), Style::PLAIN))
            .collect();
        let mut out = Vec::new();
        fill(&pieces, width, &vec![], &vec![], &mut out);
        out
    }

    #[test]
    fn wide_characters_count_double() {
        let lines = wrap_text("日本語 日本語 日本語", Style::PLAIN, 14, &vec![], &vec![]);
        assert_eq!(texts(&lines), vec!["日本語 日本語", "日本語"]);
    }
}
