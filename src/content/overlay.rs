//! A language's version of the region texts (`content/LANG/regions.yaml`),
//! laid over the English ones in `content/regions.yaml`.
//!
//! The overlay holds words only, never a number: names, what a service is
//! for, its hours, the `how` of its other contacts, and the placeholder
//! texts. Anything it leaves out stays English, key by key, so a region is
//! never without a text. A placeholder text given as plain words keeps the
//! English text's source (the same fact, said in another language); given as
//! `{text, source}`, it brings its own (a source in that language).
//!
//! `build.rs` includes this file too, so it depends on nothing else in the crate.

use serde_yaml::{Mapping, Value};

/// The overlay for one region, applied to that region's English YAML.
/// Returns the merged region and the problems found: a key the English
/// region does not have, a service it does not have, a number.
pub fn apply(english: &Value, overlay: &Value, code: &str) -> (Value, Vec<String>) {
    let mut merged = english.clone();
    let mut problems = Vec::new();
    let (Some(target), Some(over)) = (merged.as_mapping_mut(), overlay.as_mapping()) else {
        problems.push(format!("region {code}: the overlay is not a map"));
        return (merged, problems);
    };
    for (key, value) in over {
        let Some(name) = key.as_str() else { continue };
        match name {
            "name" | "the_name" => replace_words(target, name, value, code, &mut problems),
            "emergency" => {
                let Some(emergency) = target.get_mut("emergency").and_then(Value::as_mapping_mut)
                else {
                    continue;
                };
                // The region's own emergency numbers, which its `what` may
                // name as the English one does ("112 also works").
                let own: Vec<String> = emergency
                    .get("numbers")
                    .and_then(Value::as_sequence)
                    .into_iter()
                    .flatten()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect();
                for (k, v) in value.as_mapping().into_iter().flatten() {
                    match k.as_str() {
                        Some("say") => {
                            // The same numbers, in the language's words.
                            let digits = |v: Option<&Value>| -> Vec<String> {
                                v.and_then(Value::as_str)
                                    .unwrap_or("")
                                    .split(|c: char| !c.is_ascii_digit())
                                    .filter(|d| !d.is_empty())
                                    .map(str::to_string)
                                    .collect()
                            };
                            if digits(Some(v)) != digits(emergency.get("say")) {
                                problems.push(format!(
                                    "region {code}: emergency.say must give the same numbers as the English"
                                ));
                            }
                            replace_words(emergency, "say", v, code, &mut problems)
                        }
                        Some("what") => {
                            check_numbers(v, code, "what", &own, &mut problems);
                            emergency.insert("what".into(), v.clone());
                        }
                        other => problems.push(format!(
                            "region {code}: emergency.{} cannot be translated (say, what)",
                            other.unwrap_or("?")
                        )),
                    }
                }
            }
            "services" => {
                let Some(services) = target.get_mut("services").and_then(Value::as_sequence_mut)
                else {
                    continue;
                };
                for (id, fields) in value.as_mapping().into_iter().flatten() {
                    let id = id.as_str().unwrap_or("?");
                    let Some(service) = services
                        .iter_mut()
                        .filter_map(Value::as_mapping_mut)
                        .find(|s| s.get("id").and_then(Value::as_str) == Some(id))
                    else {
                        problems.push(format!("region {code} has no service {id}"));
                        continue;
                    };
                    for (k, v) in fields.as_mapping().into_iter().flatten() {
                        match k.as_str() {
                            Some(k @ ("name" | "hours" | "what")) => {
                                replace_words(service, k, v, code, &mut problems)
                            }
                            Some("also") => {
                                let hows: Vec<&Value> =
                                    v.as_sequence().into_iter().flatten().collect();
                                let Some(also) =
                                    service.get_mut("also").and_then(Value::as_sequence_mut)
                                else {
                                    problems.push(format!("region {code}: {id} has no also"));
                                    continue;
                                };
                                if hows.len() != also.len() {
                                    problems.push(format!(
                                        "region {code}: {id}.also has {} entries, the overlay {}",
                                        also.len(),
                                        hows.len()
                                    ));
                                }
                                for (entry, how) in also.iter_mut().zip(hows) {
                                    if let Some(entry) = entry.as_mapping_mut() {
                                        replace_words(entry, "how", how, code, &mut problems);
                                    }
                                }
                            }
                            other => problems.push(format!(
                                "region {code}: {id}.{} cannot be translated (name, hours, what, also)",
                                other.unwrap_or("?")
                            )),
                        }
                    }
                }
            }
            "texts" => {
                let Some(texts) = target.get_mut("texts").and_then(Value::as_mapping_mut) else {
                    continue;
                };
                for (k, v) in value.as_mapping().into_iter().flatten() {
                    let key = k.as_str().unwrap_or("?");
                    let Some(english) = texts.get_mut(key) else {
                        problems.push(format!("region {code} has no English text for {key}"));
                        continue;
                    };
                    check_words(v, code, key, &mut problems);
                    match (english, v) {
                        (Value::Mapping(sourced), Value::String(_)) => {
                            sourced.insert("text".into(), v.clone());
                        }
                        (english, _) => *english = v.clone(),
                    }
                }
            }
            other => problems.push(format!(
                "region {code}: {other} cannot be translated (name, the_name, emergency, services, texts)"
            )),
        }
    }
    (merged, problems)
}

fn replace_words(target: &mut Mapping, key: &str, value: &Value, code: &str, p: &mut Vec<String>) {
    check_words(value, code, key, p);
    target.insert(key.into(), value.clone());
}

/// A number of three digits or more, outside a `{reference}`, is a phone
/// number written twice: numbers live in `content/regions.yaml` only.
fn check_words(value: &Value, code: &str, key: &str, p: &mut Vec<String>) {
    check_numbers(value, code, key, &[], p)
}

/// As `check_words`, but the numbers in `allowed` may stand (a region's
/// emergency numbers, in its `emergency.what`).
fn check_numbers(value: &Value, code: &str, key: &str, allowed: &[String], p: &mut Vec<String>) {
    let text = match value {
        Value::String(s) => s.as_str(),
        Value::Mapping(m) => m.get("text").and_then(Value::as_str).unwrap_or(""),
        _ => "",
    };
    if key == "say" {
        return;
    }
    let mut depth = 0i32;
    let mut run = 0;
    let chars: Vec<char> = text.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        run = if depth == 0 && c.is_ascii_digit() {
            run + 1
        } else {
            0
        };
        let ends = chars.get(at + 1).is_none_or(|n| !n.is_ascii_digit());
        // A year ("desde 2023") is not a phone number either.
        let year =
            run == 4 && depth == 0 && matches!(chars[at - 3..at - 1], ['1', '9'] | ['2', '0']);
        let own = || {
            let number: String = chars[at + 1 - run..=at].iter().collect();
            allowed.contains(&number)
        };
        if run >= 3 && ends && !year && !own() {
            // A count ("161 idiomas") is words, not a phone number.
            let after: String = chars[at + 1..].iter().collect();
            let word = after
                .trim_start()
                .split(|c: char| !c.is_alphabetic())
                .next();
            if !word.is_some_and(|w| COUNTED.contains(&w)) {
                p.push(format!(
                    "region {code}: {key} holds a number; write {{service-id}} instead"
                ));
                return;
            }
        }
    }
}

/// Words after a number that make it a count, not a phone number.
const COUNTED: &[&str] = &["idiomas", "languages", "minutos", "minutes"];
