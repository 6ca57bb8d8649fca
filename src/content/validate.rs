//! Checks the whole embedded library: every file parses, ids are unique,
//! references resolve, every placeholder fills in every region, and no text
//! holds a phone number. `cargo test` runs it; a new file is covered as is.

use super::embedded::{self, FILES};
use super::region::{self, PLACEHOLDERS, Regions};
use super::topic::{self, Topic};
use std::collections::BTreeMap;

/// Every problem in the library, as sentences naming the file. Empty is good.
pub fn problems() -> Vec<String> {
    let mut p = Vec::new();
    let regions = match Regions::load() {
        Ok(r) => Some(r),
        Err(e) => {
            p.push(e.to_string());
            None
        }
    };
    if let Some(regions) = &regions {
        check_regions(regions, &mut p);
    }
    let topics = check_topics(&mut p);
    check_checklists(&topics, &mut p);
    check_sos(regions.as_ref(), &mut p);
    check_forms(&topics, &mut p);
    for (path, text) in FILES {
        check_placeholders(path, text, &mut p);
        if let Some(regions) = &regions {
            check_no_numbers(path, text, regions, &mut p);
        }
    }
    if let Some(regions) = &regions {
        for topic in &topics {
            for region in regions.iter() {
                let filled = region::fill(topic.body, region);
                if filled.contains("{{") {
                    p.push(format!(
                        "content/{}: a placeholder is left unfilled in region {}",
                        topic.path, region.code
                    ));
                }
            }
        }
    }
    p
}

/// Parses and checks every topic; returns those that parsed.
pub fn check_topics(p: &mut Vec<String>) -> Vec<Topic> {
    let mut topics = Vec::new();
    for (path, text) in embedded::files_under("en/topics/") {
        if !path.ends_with(".md") {
            p.push(format!("content/{path}: topics are .md files"));
            continue;
        }
        match topic::parse(path, text) {
            Ok(t) => topics.push(t),
            Err(e) => p.push(e.to_string()),
        }
    }
    let mut names: BTreeMap<String, &str> = BTreeMap::new();
    let today = chrono::Local::now().date_naive();
    for t in &topics {
        let m = &t.meta;
        let at = format!("content/{}", t.path);
        let stem = t.path.rsplit('/').next().unwrap().trim_end_matches(".md");
        if m.id != stem {
            p.push(format!(
                "{at}: id {:?} must match the file name {stem:?}",
                m.id
            ));
        }
        if !is_slug(&m.id) {
            p.push(format!(
                "{at}: id {:?} must be lowercase letters, digits and hyphens",
                m.id
            ));
        }
        for name in std::iter::once(&m.id).chain(&m.aliases) {
            if !is_slug(name) {
                p.push(format!(
                    "{at}: alias {name:?} must be lowercase letters, digits and hyphens"
                ));
            }
            if let Some(other) = names.insert(name.clone(), t.path) {
                p.push(format!(
                    "{at}: the name {name:?} is also used by content/{other}"
                ));
            }
        }
        if m.title.trim().is_empty() || m.summary.trim().is_empty() {
            p.push(format!("{at}: title and summary must not be empty"));
        }
        if m.summary.contains('\n') || m.summary.chars().count() > 90 {
            p.push(format!(
                "{at}: the summary must be one line of at most 90 characters"
            ));
        }
        if m.sources.len() < 2 {
            p.push(format!(
                "{at}: a topic needs at least two sources ({} given)",
                m.sources.len()
            ));
        }
        for s in &m.sources {
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                p.push(format!("{at}: source {:?} needs a web address", s.title));
            }
            if s.org.trim().is_empty() || s.title.trim().is_empty() {
                p.push(format!(
                    "{at}: every source needs an organisation and a title"
                ));
            }
        }
        if m.reviewed > today {
            p.push(format!(
                "{at}: reviewed date {} is in the future",
                m.reviewed
            ));
        }
        if !embedded::TOPICS.iter().any(|e| e.path == t.path) {
            p.push(format!("{at}: missing from the build index (rebuild?)"));
        }
        check_body(t, &at, p);
    }
    for t in &topics {
        for id in &t.meta.see_also {
            if !topics.iter().any(|o| &o.meta.id == id) {
                p.push(format!(
                    "content/{}: see_also names {id:?}, which is not a topic",
                    t.path
                ));
            }
            if id == &t.meta.id {
                p.push(format!(
                    "content/{}: see_also names the topic itself",
                    t.path
                ));
            }
        }
    }
    topics
}

/// The ids the `sos` walk-through uses from the overdose-response checklist.
pub const OVERDOSE_RESPONSE_IDS: &[&str] = &[
    "call-emergency",
    "cpr",
    "give-naloxone",
    "rescue-breathing",
    "recovery-position",
    "second-dose",
    "stay-with-them",
    "tell-responders",
];

/// The action card has one step per overdose-response item, in the same order,
/// with every text filled in every region.
fn check_sos(regions: Option<&Regions>, p: &mut Vec<String>) {
    let at = format!("content/{}", super::sos::PATH);
    let sos = match super::sos::load() {
        Ok(sos) => sos,
        Err(e) => {
            p.push(e.to_string());
            return;
        }
    };
    let ids: Vec<&str> = sos.steps.iter().map(|s| s.id.as_str()).collect();
    if ids != OVERDOSE_RESPONSE_IDS {
        p.push(format!(
            "{at}: the steps must be {}, in that order",
            OVERDOSE_RESPONSE_IDS.join(", ")
        ));
    }
    if !sos.title.contains("{{emergency}}") {
        p.push(format!("{at}: the title must hold {{{{emergency}}}}"));
    }
    for text in sos.texts().filter(|t| t.trim().is_empty()) {
        p.push(format!("{at}: an empty text ({text:?})"));
    }
    if let Some(regions) = regions {
        for region in regions.iter() {
            if sos.texts().any(|t| region::fill(t, region).contains("{{")) {
                p.push(format!(
                    "{at}: a placeholder is left unfilled in region {}",
                    region.code
                ));
            }
        }
    }
}

/// Every form parses, is sound, and points to a guide that exists.
fn check_forms(topics: &[Topic], p: &mut Vec<String>) {
    for (path, text) in embedded::files_under("en/forms/") {
        let form = match super::form::parse(path, text) {
            Ok(form) => form,
            Err(e) => {
                p.push(e.to_string());
                continue;
            }
        };
        p.extend(super::form::problems(&form, path));
        if let Some(topic) = &form.topic
            && !topics.iter().any(|t| &t.meta.id == topic)
        {
            p.push(format!("content/{path}: topic {topic:?} is not a guide"));
        }
    }
}

fn check_checklists(topics: &[Topic], p: &mut Vec<String>) {
    let topic_exists = |id: &str| topics.iter().any(|t| t.meta.id == id);
    for (path, text) in embedded::files_under("en/checklists/") {
        let at = format!("content/{path}");
        let Some(stem) = path
            .strip_prefix("en/checklists/")
            .and_then(|f| f.strip_suffix(".yaml"))
        else {
            p.push(format!("{at}: checklists are .yaml files"));
            continue;
        };
        let c = match super::checklist::parse(path, text) {
            Ok(c) => c,
            Err(e) => {
                p.push(e.to_string());
                continue;
            }
        };
        if c.id != stem {
            p.push(format!(
                "{at}: id {:?} must match the file name {stem:?}",
                c.id
            ));
        }
        if c.is_empty() || c.sections.iter().any(|s| s.items.is_empty()) {
            p.push(format!("{at}: every section needs at least one item"));
        }
        if let Some(t) = &c.topic
            && !topic_exists(t)
        {
            p.push(format!("{at}: topic {t:?} is not a topic"));
        }
        let mut seen: Vec<&str> = Vec::new();
        for item in c.items() {
            if !is_slug(&item.id) {
                p.push(format!(
                    "{at}: item id {:?} must be lowercase letters, digits and hyphens",
                    item.id
                ));
            }
            if seen.contains(&item.id.as_str()) {
                p.push(format!("{at}: item id {:?} is used twice", item.id));
            }
            seen.push(&item.id);
            if item.text.trim().is_empty() || item.text.contains('\n') {
                p.push(format!("{at}: item {:?} needs one line of text", item.id));
            }
            if let Some(t) = &item.topic
                && !topic_exists(t)
            {
                p.push(format!(
                    "{at}: item {:?} links to {t:?}, which is not a topic",
                    item.id
                ));
            }
        }
        if c.id == "overdose-response" && seen != OVERDOSE_RESPONSE_IDS {
            p.push(format!(
                "{at}: the items must be, in order, {} (the sos walk-through uses them)",
                OVERDOSE_RESPONSE_IDS.join(", ")
            ));
        }
    }
}

fn check_body(t: &Topic, at: &str, p: &mut Vec<String>) {
    use comrak::nodes::NodeValue;
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, t.body, &crate::render::markdown::options());
    for node in root.descendants() {
        let line = node.data().sourcepos.start.line + t.body_line - 1;
        match &node.data().value {
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => p.push(format!(
                "{at}, line {line}: raw HTML is never shown; write Markdown instead"
            )),
            NodeValue::Heading(h) if h.level == 1 => p.push(format!(
                "{at}, line {line}: the title comes from the front matter; start at ##"
            )),
            NodeValue::Image(_) => p.push(format!("{at}, line {line}: images are not shown")),
            _ => {}
        }
    }
}

fn check_regions(regions: &Regions, p: &mut Vec<String>) {
    let mut fallbacks = 0;
    for region in regions.iter() {
        p.extend(
            region
                .problems()
                .into_iter()
                .map(|e| format!("content/regions.yaml: {e}")),
        );
        fallbacks += usize::from(region.fallback);
        // The region for countries kinship has not checked never guesses.
        if region.fallback && !region.emergency.numbers.is_empty() {
            p.push(format!(
                "content/regions.yaml: region {} is for unchecked countries and must not give a number",
                region.code
            ));
        }
        if !region.fallback && region.emergency.numbers.is_empty() {
            p.push(format!(
                "content/regions.yaml: region {} has no emergency number",
                region.code
            ));
        }
        let mut seen = Vec::new();
        for s in &region.services {
            if seen.contains(&&s.id) {
                p.push(format!(
                    "content/regions.yaml: {} lists service {:?} twice",
                    region.code, s.id
                ));
            }
            seen.push(&s.id);
            if [&s.what, &s.name]
                .into_iter()
                .chain(&s.hours)
                .any(|t| t.contains('{'))
            {
                p.push(format!(
                    "content/regions.yaml: {} service {:?}: references like {{emergency}} work only in texts",
                    region.code, s.id
                ));
            }
            if !s.source.url.starts_with("http") {
                p.push(format!(
                    "content/regions.yaml: {} service {:?} needs a source address",
                    region.code, s.id
                ));
            }
        }
        for (key, text) in &region.texts {
            if has_number(&without_references(text.text())) {
                p.push(format!(
                    "content/regions.yaml: {} text {key:?} writes a number; use {{service-id}} or {{emergency}}",
                    region.code
                ));
            }
        }
    }
    if fallbacks != 1 {
        p.push(format!(
            "content/regions.yaml: exactly one region must be the fallback ({fallbacks} are)"
        ));
    }
}

fn check_placeholders(path: &str, text: &str, p: &mut Vec<String>) {
    for name in region::placeholders_in(text) {
        if !PLACEHOLDERS.contains(&name) {
            p.push(format!(
                "content/{path}: unknown placeholder {{{{{name}}}}} (known: {})",
                PLACEHOLDERS.join(", ")
            ));
        }
    }
}

/// No phone number in any text but regions.yaml: neither one of the regions'
/// numbers nor anything that looks like a phone number.
fn check_no_numbers(path: &str, text: &str, regions: &Regions, p: &mut Vec<String>) {
    if path == "regions.yaml" {
        return;
    }
    // A language's regions.yaml may say a region's emergency numbers in its
    // own words ("112 o 999", "el 112 también funciona"): only in
    // `emergency`, where the parity check holds them to that region's own
    // numbers; every other line is held to the rule.
    let own_words;
    let text = if path.ends_with("/regions.yaml") {
        // References to a service (`{nhs111}`) name a number without
        // writing it: they are left out, as in regions.yaml's own check.
        own_words = without_references(&without_emergency(text));
        own_words.as_str()
    } else {
        text
    };
    let body = match super::front_matter::split(text) {
        Some(split) => split.body.to_string(),
        None => readable_yaml_text(text),
    };
    let body = body.as_str();
    let mut numbers: Vec<&str> = Vec::new();
    for r in regions.iter() {
        numbers.extend(r.emergency.numbers.iter().map(String::as_str));
        for s in &r.services {
            numbers.push(&s.number);
            numbers.extend(s.also.iter().map(|a| a.number.as_str()));
        }
    }
    for number in numbers
        .into_iter()
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
    {
        if contains_token(body, number) {
            p.push(format!(
                "content/{path}: writes the number {number}; use a placeholder such as {{{{emergency}}}}"
            ));
        }
    }
    if has_long_number(body) {
        p.push(format!(
            "content/{path}: looks like it holds a phone number; use a placeholder"
        ));
    }
}

/// The lines of a YAML file that someone reads as text. Its comments, review
/// date and source addresses are not (an address may hold a book's ISBN),
/// just as a topic's front matter is not.
fn readable_yaml_text(text: &str) -> String {
    text.lines()
        .filter(|l| {
            let l = l.trim_start();
            let l = l.strip_prefix("- ").unwrap_or(l).trim_start();
            !l.starts_with('#') && !l.starts_with("reviewed:") && !l.starts_with("url:")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when `needle` stands in `text` as a whole number, not part of a longer one
/// ("000" in "100,000" does not count).
fn contains_token(text: &str, needle: &str) -> bool {
    let joins_number = |c: char| c.is_ascii_digit() || c == ',' || c == '.' || c == '-';
    text.match_indices(needle).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        !before.is_some_and(joins_number) && !after.is_some_and(|c| c.is_ascii_digit() || c == ',')
    })
}

/// Seven or more digits in a run that may contain spaces and hyphens.
fn has_long_number(text: &str) -> bool {
    let mut digits = 0;
    let mut gap = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            gap = false;
        } else if (c == ' ' || c == '-') && digits > 0 && !gap {
            gap = true;
        } else {
            digits = 0;
            gap = false;
        }
        if digits >= 7 {
            return true;
        }
    }
    false
}

/// A language's regions.yaml without its `emergency:` blocks (their lines
/// and everything indented under them) and without its keys alone on a
/// line (a service's id, `nhs111:`, is not a number written).
fn without_emergency(text: &str) -> String {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut inside: Option<usize> = None;
    let mut kept = Vec::new();
    for line in text.lines() {
        if let Some(at) = inside {
            if line.trim().is_empty() || indent(line) > at {
                continue;
            }
            inside = None;
        }
        if line.trim() == "emergency:" {
            inside = Some(indent(line));
            continue;
        }
        let key = line.trim().strip_suffix(':');
        if key.is_some_and(|k| !k.is_empty() && !k.contains(char::is_whitespace)) {
            continue;
        }
        kept.push(line);
    }
    kept.join("\n")
}

/// A region text with its `{references}` taken out (their ids may hold digits).
fn without_references(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A number of three or more digits that is not a year.
fn has_number(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() >= 3)
        .any(|run| !(run.len() == 4 && (run.starts_with("19") || run.starts_with("20"))))
        || has_long_number(text)
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_library_has_no_problems() {
        let problems = problems();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn phone_numbers_are_spotted() {
        assert!(has_long_number("call 1-800-662-4357 now"));
        assert!(has_long_number("ring 0300 123 6600"));
        assert!(!has_long_number("in 2023, 105 000 people"));
        assert!(contains_token("Call 911 now.", "911"));
        assert!(!contains_token("about 100,000 deaths", "000"));
        assert!(!contains_token("1911 was a year", "911"));
        assert!(has_number("call 999"));
        assert!(!has_number("since December 2024"));
    }

    #[test]
    fn a_source_address_is_not_read_as_a_phone_number_but_text_is() {
        let yaml = "why: Ring 0300 123 6600.\nsources:\n  - org: A\n    url: https://example.org/book/9781593856465\n  - url: https://example.org/p/1234567\n";
        let text = readable_yaml_text(yaml);
        assert!(!text.contains("9781593856465"), "{text}");
        assert!(!text.contains("1234567"), "{text}");
        assert!(has_long_number(&text), "{text}");
    }

    #[test]
    fn a_languages_regions_may_name_a_service_but_never_write_its_number() {
        let regions = Regions::load().unwrap();
        let check = |text: &str| {
            let mut p = Vec::new();
            check_no_numbers("es/regions.yaml", text, &regions, &mut p);
            p
        };
        assert!(
            check("texts:\n  poison_control: \"{nhs111.name} (llame al {nhs111})\"\n").is_empty()
        );
        assert!(
            check("texts:\n  poison_control: llame al 111\n")[0].contains("writes the number 111")
        );
        // The emergency numbers in the language's own words stay allowed
        // (the parity check holds them to the region's own numbers)...
        assert!(check("emergency:\n  say: 112 o 999\n").is_empty());
        assert!(
            check("au:\n  emergency:\n    what: >-\n      El 112 y\n\n      el 106.\n  texts:\n    x: y\n")
                .is_empty()
        );
        // A service's id is a key, not a number...
        assert!(check("services:\n  nhs111:\n    hours: Las 24 horas\n").is_empty());
        // ...but a number is refused in a service, and in the lines after the block.
        assert!(!check("services:\n  x:\n    what: o el 112\n").is_empty());
        assert!(!check("emergency:\n  what: el 112\ntexts:\n  x: o el 106\n").is_empty());
    }
}
