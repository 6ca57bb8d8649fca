//! Offline full-text search over the guides, the checklists and the region's
//! numbers: ranked, with the best matching line of each result. No I/O.

use crate::content::checklist;
use crate::content::embedded::{self, RegionEntry};
use crate::content::region::{self, Region};
use crate::content::{self, ContentError};
use crate::render::doc::text_lines;
use crate::render::topic;
use memchr::memmem::Finder;
use std::borrow::Cow;

/// Something search can find.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    /// Other names and the one-line summary: a match here counts more than one
    /// in the body.
    pub names: Vec<String>,
    pub summary: String,
    /// Borrowed from the lines `build.rs` stored where it could.
    pub lines: Vec<Cow<'static, str>>,
    /// The lines with their ASCII letters lowercased, for a quick look.
    pub lowered: Vec<Cow<'static, str>>,
    /// Some line holds one of the two characters that are not ASCII but
    /// lowercase to ASCII (see [`odd_case`]): the quick look rules out none.
    pub odd_case: bool,
    /// The command that opens it.
    pub command: String,
}

/// A ranked result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    pub doc: &'a Doc,
    pub score: u32,
    /// The line that best shows why it matched.
    pub line: String,
}

/// Everything searchable, with placeholders filled for `region`.
pub fn documents(region: &RegionEntry, full_region: &Region) -> Result<Vec<Doc>, ContentError> {
    let mut docs = Vec::new();
    // The guides and checklists in the language the region's words are in:
    // each in English where it is not translated yet.
    let lang =
        crate::content::i18n::Lang::find(region.lang).unwrap_or(crate::content::i18n::Lang::EN);
    for entry in content::topics_for(lang).into_iter().map(|t| t.value) {
        // Stored by build.rs for each region; a guide it could not store is
        // read and parsed here.
        let (lines, lowered, odd) = match topic::prebuilt_text(entry.path, region) {
            // One look at the whole text for the odd characters.
            Some((text, lowered)) => {
                let (lines, lowered) = stored_lines(text, lowered);
                (lines, lowered, odd_case(text))
            }
            None => {
                let topic = content::load_topic(entry)?;
                let mut lines = Vec::new();
                text_lines(&topic::body_blocks(&topic, region), &mut lines);
                let lines: Vec<Cow<'static, str>> = lines.into_iter().map(Cow::Owned).collect();
                let lowered = lowered_lines(&lines);
                let odd = lines.iter().any(|l| odd_case(l));
                (lines, lowered, odd)
            }
        };
        docs.push(Doc {
            kind: "guide",
            id: entry.id.to_string(),
            title: entry.title.to_string(),
            names: std::iter::once(entry.id.to_string())
                .chain(entry.aliases.iter().map(|a| a.to_string()))
                .collect(),
            summary: entry.summary.to_string(),
            lines,
            lowered,
            odd_case: odd,
            command: format!("kinship guide {}", entry.id),
        });
    }
    for c in checklist::all_in(lang)? {
        let mut lines = vec![Cow::Owned(region::fill(&c.intro, region).into_owned())];
        for item in c.items() {
            lines.push(Cow::Owned(region::fill(&item.text, region).into_owned()));
            if let Some(detail) = &item.detail {
                lines.push(Cow::Owned(region::fill(detail, region).into_owned()));
            }
        }
        docs.push(Doc {
            kind: "checklist",
            id: c.id.clone(),
            names: vec![c.id.clone()],
            summary: String::new(),
            lowered: lowered_lines(&lines),
            odd_case: lines.iter().any(|l| odd_case(l)),
            lines,
            command: format!("kinship checklist show {}", c.id),
            title: c.title,
        });
    }
    let mut lines: Vec<Cow<'static, str>> = vec![Cow::Owned(format!(
        "Emergency: {}. {}",
        full_region.emergency.numbers.join(" or "),
        full_region.emergency.what
    ))];
    for s in &full_region.services {
        lines.push(Cow::Owned(format!("{}: {}. {}", s.name, s.number, s.what)));
    }
    for key in [
        "naloxone_access",
        "call_for_help_law",
        "overdose_line",
        "find_treatment",
    ] {
        if let Ok(text) = full_region.placeholder(key) {
            lines.push(Cow::Owned(text));
        }
    }
    docs.push(Doc {
        kind: "resources",
        id: full_region.code.clone(),
        title: crate::content::i18n::tr!(
            lang,
            "core-search-resources-title",
            region = full_region.name.as_str()
        ),
        names: vec!["resources".into(), "helpline".into(), "numbers".into()],
        summary: String::new(),
        lowered: lowered_lines(&lines),
        odd_case: lines.iter().any(|l| odd_case(l)),
        lines,
        command: "kinship resources".into(),
    });
    Ok(docs)
}

/// The lines of a guide's stored text and of its lowercased copy, borrowed:
/// found once, in the first, as both have their lines at the same places.
fn stored_lines(
    text: &'static str,
    lowered: &'static str,
) -> (Vec<Cow<'static, str>>, Vec<Cow<'static, str>>) {
    let mut lines = Vec::new();
    let mut low = Vec::new();
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        lines.push(Cow::Borrowed(&text[from..to]));
        low.push(Cow::Borrowed(&lowered[from..to]));
    };
    for end in memchr::memchr_iter(embedded::LINE_END as u8, text.as_bytes()) {
        push(start, end);
        start = end + 1;
    }
    // As `split_terminator`: a last line needs no end.
    if start < text.len() {
        push(start, text.len());
    }
    (lines, low)
}

/// True when `text` holds İ or the Kelvin sign, the two characters that are
/// not ASCII but lowercase to ASCII letters.
fn odd_case(text: &str) -> bool {
    !text.is_ascii()
        && ["\u{130}", "\u{212a}"]
            .iter()
            .any(|c| memchr::memmem::find(text.as_bytes(), c.as_bytes()).is_some())
}

/// Lines with their ASCII letters lowercased.
fn lowered_lines(lines: &[Cow<'static, str>]) -> Vec<Cow<'static, str>> {
    lines
        .iter()
        .map(|l| Cow::Owned(l.to_ascii_lowercase()))
        .collect()
}

/// The words of a query, lowercased.
pub fn terms(query: &str) -> Vec<String> {
    words(query).map(|w| w.to_lowercase()).collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
}

/// True when a word of `text` starts with `term` ("naloxon" finds "naloxone").
pub fn word_match(text: &str, term: &str) -> bool {
    line_match(text, &text.to_ascii_lowercase(), term)
}

/// [`word_match`] with `lowered`, `text` with its ASCII letters lowercased,
/// made once (by `build.rs` for the guides) instead of for every term.
fn line_match(text: &str, lowered: &str, term: &str) -> bool {
    may_hold(text, lowered, term) && words_match(text, term)
}

/// True when a word of `text` starts with `term`, looked at word by word.
fn words_match(text: &str, term: &str) -> bool {
    // The words `words` finds, found byte by byte: an ASCII byte is a letter,
    // digit or quote by itself; any other character is looked at whole.
    let bytes = text.as_bytes();
    let Some(&first) = term.as_bytes().first() else {
        return words(text).next().is_some();
    };
    // The length of the word character at `at`, or `None` for a separator.
    let word_char = |at: usize| -> Option<usize> {
        let b = bytes[at];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'\'').then_some(1)
        } else {
            let c = text[at..].chars().next()?;
            c.is_alphanumeric().then_some(c.len_utf8())
        }
    };
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        while at < bytes.len() {
            match word_char(at) {
                Some(len) => at += len,
                None => break,
            }
        }
        if at == start {
            // A separator: one character.
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        // The word without the quotes around it (`trim_matches('\'')`, by byte).
        let (mut from, mut to) = (start, at);
        while from < to && bytes[from] == b'\'' {
            from += 1;
        }
        while to > from && bytes[to - 1] == b'\'' {
            to -= 1;
        }
        let word = &text[from..to];
        // A word whose first letter is ASCII lowercases to that letter first.
        let head = word.as_bytes().first().copied();
        let may_match = match head {
            Some(h) if h.is_ascii() => h.to_ascii_lowercase() == first,
            Some(_) => true,
            None => false,
        };
        if may_match && starts_lowercased(word, term) {
            return true;
        }
    }
    false
}

/// False when no word of `text` can start with `term`: an ASCII term must be
/// in the text, in any case, unless the text holds one of the two characters
/// that are not ASCII but lowercase to ASCII (İ and the Kelvin sign). A quick
/// look that spares most lines the word-by-word one.
fn may_hold(text: &str, lowered: &str, term: &str) -> bool {
    let t = term.as_bytes();
    if t.is_empty() || !term.is_ascii() {
        return true;
    }
    if !text.is_ascii() && (text.contains('\u{130}') || text.contains('\u{212a}')) {
        return true;
    }
    // Lowercasing ASCII letters keeps every byte where it is.
    lowered.contains(term)
}

/// `word.to_lowercase().starts_with(term)`, without a new string for the
/// ASCII words nearly all text is made of.
pub fn starts_lowercased(word: &str, term: &str) -> bool {
    if word.is_ascii() {
        word.len() >= term.len()
            && word
                .bytes()
                .zip(term.bytes())
                .all(|(w, t)| w.to_ascii_lowercase() == t)
    } else {
        word.to_lowercase().starts_with(term)
    }
}

/// The quick look of [`may_hold`] for a whole search: each term's finder,
/// made once for every line.
struct Looks {
    /// `None` for a term the quick look cannot rule out (empty, not ASCII).
    terms: Vec<Option<Finder<'static>>>,
}

impl Looks {
    fn new(terms: &[String]) -> Looks {
        Looks {
            terms: terms
                .iter()
                .map(|t| (!t.is_empty() && t.is_ascii()).then(|| Finder::new(t).into_owned()))
                .collect(),
        }
    }

    /// [`line_match`] for the term at `index`.
    fn line_match(&self, doc: &Doc, line: usize, index: usize, term: &str) -> bool {
        let may_hold = match &self.terms[index] {
            Some(finder) if !doc.odd_case => finder.find(doc.lowered[line].as_bytes()).is_some(),
            _ => true,
        };
        may_hold && words_match(&doc.lines[line], term)
    }
}

/// Every document that matches all the terms, best first. A match in a title
/// counts most, then one in another name or the summary, then the body.
pub fn search<'a>(docs: &'a [Doc], terms: &[String]) -> Vec<Hit<'a>> {
    if terms.is_empty() {
        return Vec::new();
    }
    let looks = Looks::new(terms);
    let mut hits: Vec<Hit> = docs
        .iter()
        .filter_map(|doc| {
            // How many terms each line holds, for the best line.
            let mut held = vec![0usize; doc.lines.len()];
            let mut score = 0;
            for (index, term) in terms.iter().enumerate() {
                let in_title = word_match(&doc.title, term);
                let in_names = doc
                    .names
                    .iter()
                    .any(|n| n.split('-').any(|p| p.starts_with(term.as_str())));
                let in_summary = word_match(&doc.summary, term);
                let mut in_lines = 0;
                for (line, held) in held.iter_mut().enumerate() {
                    if looks.line_match(doc, line, index, term) {
                        *held += 1;
                        in_lines += 1;
                    }
                }
                if !(in_title || in_names || in_summary || in_lines > 0) {
                    return None;
                }
                score += 20 * u32::from(in_title)
                    + 10 * u32::from(in_names)
                    + 5 * u32::from(in_summary)
                    + in_lines.min(5);
            }
            let phrase = terms.join(" ");
            let line = best_line(doc, &held);
            if terms.len() > 1 && line.to_lowercase().contains(&phrase) {
                score += 5;
            }
            Some(Hit { doc, score, line })
        })
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.doc.title.cmp(&b.doc.title)));
    hits
}

/// The line with the most of the terms (`held`: how many each line holds);
/// the summary or title when no line has any.
fn best_line(doc: &Doc, held: &[usize]) -> String {
    doc.lines
        .iter()
        .zip(held)
        .map(|(l, n)| (*n, l))
        .filter(|(n, _)| *n > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())))
        .map(|(_, l)| l.to_string())
        .unwrap_or_else(|| {
            if doc.summary.is_empty() {
                doc.title.clone()
            } else {
                doc.summary.clone()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, lines: &[&str]) -> Doc {
        Doc {
            kind: "guide",
            id: title.to_lowercase(),
            title: title.into(),
            names: vec![],
            summary: String::new(),
            lines: lines.iter().map(|l| Cow::Owned(l.to_string())).collect(),
            lowered: lines
                .iter()
                .map(|l| Cow::Owned(l.to_ascii_lowercase()))
                .collect(),
            odd_case: lines.iter().any(|l| odd_case(l)),
            command: String::new(),
        }
    }

    #[test]
    fn a_title_match_ranks_above_a_body_match() {
        let docs = vec![
            doc("Treatment", &["Withdrawal can be eased with medicine."]),
            doc("Withdrawal", &["What it feels like."]),
        ];
        let hits = search(&docs, &terms("withdrawal"));
        assert_eq!(hits[0].doc.title, "Withdrawal");
        assert_eq!(hits[1].doc.title, "Treatment");
        assert_eq!(hits[1].line, "Withdrawal can be eased with medicine.");
    }

    #[test]
    fn word_match_agrees_with_lowercasing_every_word() {
        let reference =
            |text: &str, term: &str| words(text).any(|w| w.to_lowercase().starts_with(term));
        let region = region::find("us").unwrap();
        let full = region::Regions::load_one(region).unwrap();
        let mut texts: Vec<String> = documents(region, &full)
            .unwrap()
            .into_iter()
            .flat_map(|d| {
                d.lines
                    .into_iter()
                    .map(Cow::into_owned)
                    .chain([d.title, d.summary])
            })
            .collect();
        texts.extend(
            [
                "'quoted' words",
                "Straße ÖL",
                "don’t – stop",
                "İstanbul",
                "\u{212a}ELVIN",
                "a'b''",
                "",
                "--",
            ]
            .map(String::from),
        );
        let terms = [
            "naloxone", "call", "don't", "don", "911", "ö", "straß", "i", "'", "", "t", "stop",
            "kelvin", "istanbul",
        ];
        for text in &texts {
            for term in terms {
                assert_eq!(
                    word_match(text, term),
                    reference(text, term),
                    "{term} in {text}"
                );
            }
        }
    }

    #[test]
    fn the_quick_look_of_a_whole_search_rules_out_no_matching_line() {
        let region = region::find("us").unwrap();
        let full = region::Regions::load_one(region).unwrap();
        let mut docs = documents(region, &full).unwrap();
        docs.push(doc(
            "Odd",
            &["\u{130}STANBUL and \u{212a}ELVIN", "plain text"],
        ));
        let terms: Vec<String> = [
            "naloxone", "call", "don't", "911", "ö", "i", "", "t", "istanbul", "kelvin", "zebra",
        ]
        .map(String::from)
        .to_vec();
        let looks = Looks::new(&terms);
        for doc in &docs {
            assert_eq!(doc.odd_case, doc.lines.iter().any(|l| odd_case(l)));
            for (index, term) in terms.iter().enumerate() {
                for line in 0..doc.lines.len() {
                    assert_eq!(
                        looks.line_match(doc, line, index, term),
                        line_match(&doc.lines[line], &doc.lowered[line], term),
                        "{term} in {}",
                        doc.lines[line]
                    );
                }
            }
        }
    }

    #[test]
    fn stored_lines_are_split_as_split_terminator_splits_them() {
        let end = embedded::LINE_END;
        for text in [
            String::new(),
            format!("a{end}"),
            format!("One{end}{end}Two{end}"),
            format!("One{end}Two"),
            format!("{end}x"),
        ] {
            let text: &'static str = Box::leak(text.into_boxed_str());
            let lowered: &'static str = Box::leak(text.to_ascii_lowercase().into_boxed_str());
            let (lines, low) = stored_lines(text, lowered);
            let expected: Vec<&str> = text.split_terminator(end).collect();
            assert_eq!(lines, expected, "{text:?}");
            let expected: Vec<&str> = lowered.split_terminator(end).collect();
            assert_eq!(low, expected, "{text:?}");
        }
        // Every guide's stored lines, in a region, as prebuilt_lines gives them.
        let region = region::find("us").unwrap();
        for entry in content::topics() {
            let (text, lowered) = topic::prebuilt_text(entry.path, region).unwrap();
            let (a, b) = topic::prebuilt_lines(entry.path, region).unwrap();
            assert_eq!(
                stored_lines(text, lowered),
                (
                    a.map(Cow::Borrowed).collect(),
                    b.map(Cow::Borrowed).collect()
                )
            );
        }
    }

    #[test]
    fn words_match_in_any_case_by_their_start() {
        assert!(word_match("Give NALOXONE now.", "nalox"));
        assert!(word_match("Straße und Öl", "straß"));
        assert!(word_match("ÖL", "öl"));
        assert!(
            !word_match("Give naloxone now.", "Nalox"),
            "terms come lowercased"
        );
        assert!(
            !word_match("Give naloxone now.", "aloxone"),
            "only from a word's start"
        );
        assert!(!word_match("nal", "nalox"));
        assert!(word_match("don't", "don't"));
        assert!(word_match("'quoted' words", "quoted"));
        assert!(!word_match("'quoted' words", "'quoted"));
        assert!(word_match("a-b_c, 911", "911"));
        assert!(word_match("a-b_c, 911", "c"));
        assert!(!word_match("", "a"));
    }

    #[test]
    fn every_word_must_match_and_prefixes_count() {
        let docs = vec![doc("A", &["Give naloxone now."]), doc("B", &["Give it."])];
        let hits = search(&docs, &terms("give naloxon"));
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc.title, "A");
        assert!(search(&docs, &terms("zebra")).is_empty());
        assert!(search(&docs, &terms("  ")).is_empty());
    }
}
