//! `kinship search WORDS...`: offline search over the guides, checklists and numbers.

use crate::content::i18n::t;
use crate::content::region::Regions;
use crate::error::{UserError, quoted};
use crate::render::style::{Line, Span, theme};
use crate::search;
use crate::settings::Settings;
use crate::ui::Ui;
use anyhow::Context;
use clap::Args;
use serde::Serialize;
use unicode_width::UnicodeWidthChar;

/// Search all the guidance, offline: guides, checklists and your region's numbers.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship search naloxone\n  \
    kinship search fentanyl test strips\n  \
    kinship search --json withdrawal")]
pub struct SearchArgs {
    /// The words to look for; every word must match (the start of a word is enough).
    #[arg(required = true, value_name = "WORDS")]
    pub words: Vec<String>,

    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct HitJson<'a> {
    kind: &'a str,
    id: &'a str,
    title: &'a str,
    command: &'a str,
    line: &'a str,
    score: u32,
}

pub fn run(args: SearchArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let query = args.words.join(" ");
    let terms = search::terms(&query);
    let full = Regions::load_one(settings.region).with_context(super::broken_content)?;
    let docs = search::documents(settings.region, &full).with_context(super::broken_content)?;
    let hits = search::search(&docs, &terms);
    let nothing = || -> anyhow::Error {
        UserError::new(t!(
            "core-search-nothing",
            query = quoted(&query).to_string()
        ))
        .hint(t!("core-search-nothing-hint"))
        .hint(t!("core-search-guides-hint"))
        .into()
    };
    if args.json {
        let out: Vec<HitJson> = hits
            .iter()
            .map(|h| HitJson {
                kind: h.doc.kind,
                id: &h.doc.id,
                title: &h.doc.title,
                command: &h.doc.command,
                line: &h.line,
                score: h.score,
            })
            .collect();
        // Nothing found is still one JSON value, `[]`, and still exit 1 (as grep).
        ui.print_json(&out)?;
        if hits.is_empty() {
            ui.flush()?;
            return Err(nothing());
        }
        return Ok(());
    }
    if hits.is_empty() {
        return Err(nothing());
    }
    let width = ui.layout().width;
    let mut lines: Vec<Line> = Vec::new();
    for hit in &hits {
        lines.push(vec![
            Span::new(hit.doc.title.clone(), theme::STRONG),
            Span::plain("  "),
            Span::new(hit.doc.command.clone(), theme::DIM),
        ]);
        let mut line = vec![Span::plain("  ")];
        line.extend(highlight(
            &excerpt(&hit.line, &terms, width - 2, ui.plain()),
            &terms,
        ));
        lines.push(line);
    }
    let count = t!(
        "core-search-count",
        n = hits.len(),
        query = quoted(&query).to_string()
    );
    lines.push(Vec::new());
    lines.push(vec![Span::new(count, theme::DIM)]);
    ui.print_long(&lines)?;
    Ok(())
}

/// The part of `line` around its first match that fits `width` columns.
fn excerpt(line: &str, terms: &[String], width: usize, plain: bool) -> String {
    let (dots, dots_width) = if plain { ("...", 3) } else { ("…", 1) };
    let chars: Vec<char> = line.chars().collect();
    let total: usize = chars.iter().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return line.to_string();
    }
    let lower = line.to_lowercase();
    let first = terms
        .iter()
        .filter_map(|t| lower.find(t.as_str()))
        .min()
        .map(|byte| line[..byte.min(line.len())].chars().count())
        .unwrap_or(0);
    // Start at the beginning of a word: the next one when that keeps the
    // match, else the start of the word the cut fell in.
    let mut start = first.saturating_sub(width / 4);
    if start > 0 && !chars[start - 1].is_whitespace() {
        match (start + 1..=first).find(|&i| chars[i - 1].is_whitespace()) {
            Some(i) => start = i,
            None => {
                while start > 0 && !chars[start - 1].is_whitespace() {
                    start -= 1;
                }
            }
        }
    }
    let room = width.saturating_sub(2 * dots_width);
    let mut used = 0;
    let mut end = start;
    for c in &chars[start..] {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        end += 1;
    }
    // End after a whole word, unless the one word is wider than the room.
    if end < chars.len()
        && !chars[end].is_whitespace()
        && let Some(space) = (first.max(start) + 1..end)
            .rev()
            .find(|&i| chars[i].is_whitespace())
    {
        end = space;
    }
    let text: String = chars[start..end].iter().collect();
    let mut out = String::new();
    if start > 0 {
        out.push_str(dots);
    }
    out.push_str(text.trim());
    if end < chars.len() {
        out.push_str(dots);
    }
    out
}

/// The line as spans, with each word that matches a term marked.
fn highlight(line: &str, terms: &[String]) -> Vec<Span> {
    // Words that match are spans of their own; everything between them is
    // one plain span (painted the same as a span for each word and space).
    let mut spans: Vec<Span> = Vec::new();
    let mut plain = String::new();
    let mut word_start = None;
    let end_word = |start: usize, end: usize, plain: &mut String, spans: &mut Vec<Span>| {
        let word = &line[start..end];
        if terms.iter().any(|t| search::starts_lowercased(word, t)) {
            if !plain.is_empty() {
                spans.push(Span::plain(std::mem::take(plain)));
            }
            spans.push(Span::new(word, theme::MATCH));
        } else {
            plain.push_str(word);
        }
    };
    for (at, c) in line.char_indices() {
        if c.is_alphanumeric() || c == '\'' {
            word_start.get_or_insert(at);
        } else {
            if let Some(start) = word_start.take() {
                end_word(start, at, &mut plain, &mut spans);
            }
            plain.push(c);
        }
    }
    if let Some(start) = word_start {
        end_word(start, line.len(), &mut plain, &mut spans);
    }
    if !plain.is_empty() {
        spans.push(Span::plain(plain));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_are_marked_and_long_lines_cut_around_them() {
        let terms = vec!["nalox".to_string()];
        let spans = highlight("Give naloxone now.", &terms);
        let marked: Vec<&str> = spans
            .iter()
            .filter(|s| s.style == theme::MATCH)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["naloxone"]);
        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(text, "Give naloxone now.");
        let spans = highlight("NALOXONE, naloxone's; don't", &terms);
        let marked: Vec<&str> = spans
            .iter()
            .filter(|s| s.style == theme::MATCH)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["NALOXONE", "naloxone's"]);
        let long = format!("{} naloxone {}", "word ".repeat(40), "more ".repeat(40));
        let cut = excerpt(&long, &terms, 60, false);
        assert!(
            cut.contains("naloxone") && cut.starts_with('…') && cut.ends_with('…'),
            "{cut}"
        );
        assert!(excerpt(&long, &terms, 60, true).starts_with("..."));
    }

    #[test]
    fn a_cut_line_starts_and_ends_at_word_boundaries() {
        let terms = vec!["nalox".to_string()];
        let line = "Keep the kit somewhere everyone in the house knows, and make sure \
                    each person can find naloxone quickly in the dark, then practise \
                    the steps together every few months with the trainer kit.";
        let words: Vec<&str> = line.split_whitespace().collect();
        for width in [30, 41, 47, 52, 60, 73] {
            let cut = excerpt(line, &terms, width, false);
            assert!(cut.contains("naloxone"), "{width}: {cut}");
            assert!(cut.chars().count() <= width, "{width}: {cut}");
            let inner = cut.trim_start_matches('…').trim_end_matches('…');
            assert!(cut.starts_with('…') && cut.ends_with('…'), "{width}: {cut}");
            assert_eq!(inner, inner.trim(), "{width}: no space beside the dots");
            // Every word shown is a whole word of the line.
            for word in inner.split_whitespace() {
                assert!(words.contains(&word), "{width}: {word:?} cut in {cut}");
            }
        }
        // One word wider than the room is still cut, not dropped.
        let long = format!("{} naloxone", "x".repeat(80));
        assert!(excerpt(&long, &terms, 40, false).contains("nalox"));
    }
}
