//! "Did you mean …?": the one measure of how close a mistyped name is to a
//! known one, and the one threshold, for every name kinship looks up (guides,
//! checklists, kinds of plan, plans, fields, settings, check-in areas).

/// How close is close enough to suggest.
pub const CLOSE: f64 = 0.8;

/// How alike a typed name and a known one are, from 0 to 1, ignoring case.
/// The start of a name counts fully; one slip (a swapped, missing or extra
/// letter, or two in a longer name: "dda" for "dad", "colour" for "color")
/// counts as close; otherwise the Jaro-Winkler similarity.
pub fn closeness(typed: &str, known: &str) -> f64 {
    let (a, b) = (typed.trim().to_lowercase(), known.to_lowercase());
    if a.is_empty() {
        return 0.0;
    }
    if b.starts_with(&a) && a.chars().count() >= 2 {
        return 1.0;
    }
    let edits = strsim::damerau_levenshtein(&a, &b);
    if edits <= 1 || (edits == 2 && b.chars().count() > 4) {
        return 0.9;
    }
    strsim::jaro_winkler(&a, &b)
}

/// The known name closest to `typed`, when one is close enough.
pub fn closest<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (closeness(typed, k), k))
        .filter(|(score, _)| *score >= CLOSE)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slips_and_starts_are_close_and_strangers_are_not() {
        let known = ["overdose-kit", "overdose-response", "self-care"];
        assert_eq!(closest("overdose-kti", known), Some("overdose-kit"));
        assert_eq!(closest("self", known), Some("self-care"));
        assert_eq!(closest("SELF-CARE", known), Some("self-care"));
        assert_eq!(closest("dda", ["dad", "mum"]), Some("dad"));
        assert_eq!(closest("colour", ["color", "pager"]), Some("color"));
        assert_eq!(closest("banana", known), None);
        assert_eq!(closest("", known), None);
    }
}
