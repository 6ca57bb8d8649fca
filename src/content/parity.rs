//! Translations keep their original's shape: every file in `content/LANG/`
//! (other than English) has the ids, the placeholders, and the number and
//! order of steps, items, fields and sections of its English original, so a
//! translation can never drop, add, merge or reorder a step of the overdose
//! response. Only the words may differ.

use super::embedded;
use super::region::placeholders_in;
use crate::render::doc::Block;
use serde_yaml::Value;

/// Keys whose values are names the program and saved files rely on: they
/// must be the same in every language.
const SAME_VALUE: &[&str] = &[
    "id",
    "field",
    "names_from",
    "kind",
    "pacer",
    "topic",
    "share",
    "is",
    "dose",
    "urgent",
    "required",
    "person",
    "max_chars",
];

/// Every difference in shape between each translated file and its original.
pub fn problems() -> Vec<String> {
    let mut problems = Vec::new();
    for (path, text) in embedded::FILES {
        let Some((lang, rest)) = path.split_once('/') else {
            continue;
        };
        if lang == "en" || !crate::content::i18n::Lang::all().any(|l| l.code() == lang) {
            continue;
        }
        if rest == "regions.yaml" {
            problems.extend(overlay_problems(path, text));
            continue;
        }
        let english_path = format!("en/{rest}");
        let Some(english) = embedded::file(&english_path) else {
            problems.push(format!(
                "content/{path} has no English original (content/{english_path})"
            ));
            continue;
        };
        problems.extend(
            compare(path, text, english)
                .into_iter()
                .map(|p| format!("content/{path}: {p} (against content/{english_path})")),
        );
    }
    problems
}

/// The differences in shape between a translation and its original.
pub fn compare(path: &str, translated: &str, english: &str) -> Vec<String> {
    if path.ends_with(".md") {
        compare_topics(translated, english)
    } else if path.ends_with(".yaml") {
        match (
            serde_yaml::from_str::<Value>(translated),
            serde_yaml::from_str::<Value>(english),
        ) {
            (Ok(t), Ok(e)) => {
                let mut p = Vec::new();
                compare_values(&t, &e, "", &mut p);
                p
            }
            (Err(e), _) => vec![format!("it does not parse: {e}")],
            (_, Err(e)) => vec![format!("the original does not parse: {e}")],
        }
    } else {
        Vec::new()
    }
}

fn compare_values(t: &Value, e: &Value, at: &str, p: &mut Vec<String>) {
    let key = at.rsplit('.').next().unwrap_or(at);
    let key = key.split('[').next().unwrap_or(key);
    match (t, e) {
        (Value::Mapping(tm), Value::Mapping(em)) => {
            let keys = |m: &serde_yaml::Mapping| -> Vec<String> {
                m.keys()
                    .filter_map(|k| k.as_str().map(str::to_string))
                    .collect()
            };
            let (tk, ek) = (keys(tm), keys(em));
            for k in &ek {
                if !tk.contains(k) {
                    p.push(format!("{}{k} is missing", prefix(at)));
                }
            }
            for k in &tk {
                if !ek.contains(k) {
                    p.push(format!("{}{k} is not in the original", prefix(at)));
                }
            }
            for k in ek.iter().filter(|k| tk.contains(k)) {
                compare_values(
                    &tm[k.as_str()],
                    &em[k.as_str()],
                    &format!("{}{k}", prefix(at)),
                    p,
                );
            }
        }
        (Value::Sequence(ts), Value::Sequence(es)) => {
            if ts.len() != es.len() {
                p.push(format!(
                    "{at} has {} entries where the original has {}",
                    ts.len(),
                    es.len()
                ));
            }
            for (i, (t, e)) in ts.iter().zip(es).enumerate() {
                compare_values(t, e, &format!("{at}[{}]", i + 1), p);
            }
        }
        (Value::String(ts), Value::String(es)) if !SAME_VALUE.contains(&key) => {
            let mut tp = placeholders_in(ts);
            let mut ep = placeholders_in(es);
            tp.sort_unstable();
            ep.sort_unstable();
            if tp != ep {
                p.push(format!(
                    "{at} has the placeholders {tp:?} where the original has {ep:?}"
                ));
            }
        }
        // Dates (a translation is reviewed on its own day) may differ.
        _ if key == "reviewed" => {}
        (t, e) if t != e => p.push(format!(
            "{at} is {} where the original has {}",
            short(t),
            short(e)
        )),
        _ => {}
    }
}

fn prefix(at: &str) -> String {
    if at.is_empty() {
        String::new()
    } else {
        format!("{at}.")
    }
}

fn short(v: &Value) -> String {
    serde_yaml::to_string(v)
        .unwrap_or_default()
        .trim()
        .chars()
        .take(60)
        .collect()
}

fn compare_topics(translated: &str, english: &str) -> Vec<String> {
    let split = |text| super::front_matter::split(text);
    let (Some(t), Some(e)) = (split(translated), split(english)) else {
        return vec!["its front matter cannot be found".to_string()];
    };
    let mut p = Vec::new();
    match (
        serde_yaml::from_str::<Value>(t.yaml),
        serde_yaml::from_str::<Value>(e.yaml),
    ) {
        (Ok(tv), Ok(ev)) => {
            for key in ["id", "order", "see_also"] {
                if tv.get(key) != ev.get(key) {
                    p.push(format!("{key} differs from the original"));
                }
            }
        }
        _ => p.push("its front matter does not parse".to_string()),
    }
    let mut tp = placeholders_in(t.body);
    let mut ep = placeholders_in(e.body);
    tp.sort_unstable();
    ep.sort_unstable();
    if tp != ep {
        p.push(format!(
            "the body has the placeholders {tp:?} where the original has {ep:?}"
        ));
    }
    let shape = |body: &str| {
        let mut out = Vec::new();
        block_shape(&crate::render::markdown::parse(body), &mut out);
        out
    };
    let (ts, es) = (shape(t.body), shape(e.body));
    if ts != es {
        let at = ts
            .iter()
            .zip(&es)
            .position(|(a, b)| a != b)
            .unwrap_or(ts.len().min(es.len()));
        p.push(format!(
            "its sections and steps differ from the original's at {}: {} where the original has {}",
            at + 1,
            ts.get(at).map_or("nothing", String::as_str),
            es.get(at).map_or("nothing", String::as_str)
        ));
    }
    p
}

/// The sections, lists (with their number of items) and callouts of a body,
/// in order: what a translation must keep. Paragraphs may be split or joined.
fn block_shape(blocks: &[Block], out: &mut Vec<String>) {
    for block in blocks {
        match block {
            Block::Heading { level, .. } => out.push(format!("a level-{level} heading")),
            Block::List(list) => {
                let kind = if list.start.is_some() {
                    "a numbered list"
                } else {
                    "a list"
                };
                out.push(format!("{kind} of {} items", list.items.len()));
                for item in &list.items {
                    block_shape(&item.blocks, out);
                }
            }
            Block::Callout(inner) => {
                out.push("a callout".to_string());
                block_shape(inner, out);
                out.push("the callout's end".to_string());
            }
            Block::Table(table) => out.push(format!("a table of {} rows", table.rows.len())),
            _ => {}
        }
    }
}

/// Problems in a language's region overlay: a region, service or text the
/// English file does not have, or a number written in it.
fn overlay_problems(path: &str, text: &str) -> Vec<String> {
    let overlay: Value = match serde_yaml::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![format!("content/{path} does not parse: {e}")],
    };
    let english: Value = embedded::file("regions.yaml")
        .and_then(|t| serde_yaml::from_str(t).ok())
        .unwrap_or(Value::Null);
    let mut problems = Vec::new();
    for (code, over) in overlay
        .get("regions")
        .and_then(Value::as_mapping)
        .into_iter()
        .flatten()
    {
        let code = code.as_str().unwrap_or("?");
        match english.get("regions").and_then(|r| r.get(code)) {
            Some(region) => problems.extend(
                super::overlay::apply(region, over, code)
                    .1
                    .into_iter()
                    .map(|p| format!("content/{path}: {p}")),
            ),
            None => problems.push(format!(
                "content/{path}: there is no region {code} in English"
            )),
        }
    }
    for (code, _) in overlay
        .get("countries")
        .and_then(Value::as_mapping)
        .into_iter()
        .flatten()
    {
        let code = code.as_str().unwrap_or("?");
        if super::region::country(code).is_none() {
            problems.push(format!("content/{path}: {code} is not a country code"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever translations exist, each has its original's ids,
    /// placeholders, steps, items, fields and sections.
    #[test]
    fn every_translation_keeps_the_ids_placeholders_and_steps_of_its_original() {
        let problems = problems();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_spanish_card_is_checked_and_a_dropped_step_is_caught() {
        let english = embedded::file("en/sos.yaml").unwrap();
        let spanish = embedded::file("es/sos.yaml").expect("the card is in Spanish");
        assert!(compare("es/sos.yaml", spanish, english).is_empty());
        // Drop the step that gives naloxone: the test must see it.
        let start = spanish.find("  - id: give-naloxone").unwrap();
        let end = spanish.find("  - id: rescue-breathing").unwrap();
        let dropped = format!("{}{}", &spanish[..start], &spanish[end..]);
        let p = compare("es/sos.yaml", &dropped, english).join("\n");
        assert!(
            p.contains("steps has 7 entries where the original has 8"),
            "{p}"
        );
        // A step moved, a placeholder lost, a dose flag changed.
        let moved = spanish.replacen("id: cpr", "id: rescue-breathing-x", 1);
        assert!(
            compare("es/sos.yaml", &moved, english)
                .iter()
                .any(|p| p.contains("steps[2].id")),
            "{moved}"
        );
        let lost = spanish.replacen("Llame al {{emergency}} ahora.", "Llame ahora.", 1);
        assert!(!compare("es/sos.yaml", &lost, english).is_empty());
        let undosed = spanish.replacen("dose: true", "dose: false", 1);
        assert!(!compare("es/sos.yaml", &undosed, english).is_empty());
    }

    #[test]
    fn an_overlays_emergency_words_may_name_its_own_emergency_numbers_and_no_other() {
        let english: Value = serde_yaml::from_str(embedded::file("regions.yaml").unwrap()).unwrap();
        let au = &english["regions"]["au"];
        let problems = |yaml: &str| {
            let over: Value = serde_yaml::from_str(yaml).unwrap();
            super::super::overlay::apply(au, &over, "au").1
        };
        assert!(problems("emergency:\n  what: El 112 funciona. El 106 es por texto.\n").is_empty());
        // Another region's emergency number, or a service's, is refused...
        assert!(!problems("emergency:\n  what: O el 111.\n").is_empty());
        assert!(!problems("emergency:\n  what: O el 1800 250 015.\n").is_empty());
        // ...and a service's words may not write the emergency numbers.
        assert!(!problems("services:\n  lifeline:\n    what: O el 112.\n").is_empty());
    }

    #[test]
    fn a_topic_that_loses_a_step_or_a_section_is_caught() {
        let english = "---\nid: t\norder: 1\n---\nCall {{emergency}}.\n\n1. One.\n2. Two.\n\n## More\n\n- a\n- b\n";
        let good = "---\nid: t\norder: 1\n---\nLlame al {{emergency}}.\n\n1. Uno.\n2. Dos.\n\n## Más\n\n- a\n- b\n";
        assert!(compare("es/topics/t.md", good, english).is_empty());
        let one_step = good.replace("2. Dos.\n", "");
        let p = compare("es/topics/t.md", &one_step, english).join("\n");
        assert!(
            p.contains("a numbered list of 1 items where the original has a numbered list of 2"),
            "{p}"
        );
        let no_section = good.replace("## Más\n\n", "");
        assert!(!compare("es/topics/t.md", &no_section, english).is_empty());
        let no_number = good.replace("{{emergency}}", "911");
        assert!(!compare("es/topics/t.md", &no_number, english).is_empty());
    }
}
