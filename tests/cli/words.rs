//! No word from CONTENT.md's list of words to avoid, in any content file,
//! except inside quotation marks where the text explains it.

use kinship::content::embedded::FILES;
use regex::Regex;

const LIST: &str = include_str!("../words-to-avoid.txt");

fn patterns() -> Vec<(String, Regex)> {
    LIST.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("allow:"))
        .map(|p| {
            (
                p.to_string(),
                Regex::new(&format!(r"(?i)\b(?:{p})\b")).unwrap(),
            )
        })
        .collect()
}

/// True when byte `at` of `text` lies inside a quotation in its sentence.
fn quoted(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let before = &text[start..at];
    before.matches(['"', '“']).count() % 2 == 1
        || before.matches('”').count() < before.matches('“').count()
}

/// Blanks out what is not the project's own prose, keeping line numbers: web
/// addresses, the proper names the list allows (even wrapped over two lines),
/// and cited titles and organisations in front matter (quotations of others).
fn without_urls(text: &str) -> String {
    let blank = |c: &regex::Captures| {
        c[0].chars()
            .map(|ch| if ch == '\n' { '\n' } else { ' ' })
            .collect::<String>()
    };
    let mut text = Regex::new(r"https?://\S+")
        .unwrap()
        .replace_all(text, blank)
        .into_owned();
    for name in LIST.lines().filter_map(|l| l.trim().strip_prefix("allow:")) {
        let words: Vec<String> = name.split_whitespace().map(regex::escape).collect();
        let re = Regex::new(&words.join(r"\s+")).unwrap();
        text = re.replace_all(&text, blank).into_owned();
    }
    let cited = Regex::new(r"(?m)^(\s*- org| {4}title): .*$").unwrap();
    cited.replace_all(&text, blank).into_owned()
}

#[test]
fn no_content_uses_a_word_to_avoid() {
    let patterns = patterns();
    assert!(patterns.len() > 10);
    let mut found = Vec::new();
    for (path, text) in FILES {
        let text = without_urls(text);
        for (pattern, re) in &patterns {
            for m in re.find_iter(&text) {
                if !quoted(&text, m.start()) {
                    let line = text[..m.start()].lines().count().max(1);
                    found.push(format!(
                        "content/{path}:{line}: {:?} (rule: {pattern})",
                        m.as_str()
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "words to avoid:\n{}", found.join("\n"));
}

#[test]
fn the_check_catches_use_and_allows_explanation() {
    let patterns = patterns();
    let hits = |text: &str| {
        patterns
            .iter()
            .flat_map(|(_, re)| re.find_iter(text).map(|m| m.start()).collect::<Vec<_>>())
            .filter(|at| !quoted(text, *at))
            .count()
    };
    assert_eq!(hits("He is an addict."), 1);
    assert_eq!(hits("She got clean last year."), 1);
    assert_eq!(hits("Naloxone is an opioid agonist."), 1);
    assert_eq!(hits("Let them hit rock bottom."), 1);
    assert_eq!(hits("Waiting for \"rock bottom\" is not a strategy."), 0);
    assert_eq!(hits("Use new, clean needles."), 0);
    assert_eq!(hits("Methadone is an agonist medicine."), 0);
}
