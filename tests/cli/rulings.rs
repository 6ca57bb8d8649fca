//! The rulings of the fact sheet, as a user reads them: CPR for someone who is
//! not breathing wherever the overdose steps are shown, a number to call for a
//! child who may have taken an opioid in every region, and naloxone never kept
//! in a car.

use crate::support::TestEnv;
use kinship::content::embedded::{FILES, REGIONS};
use kinship::content::sos;

/// Lower case, one space between words, without the bar of a call-out.
fn words(text: &str) -> String {
    text.replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The numbered steps of a printed list, each with its wrapped lines and any
/// indented detail under it, in words. A line at the margin that is not a
/// step ends the list.
fn numbered_steps(out: &str) -> Vec<String> {
    let mut steps = Vec::new();
    let mut current: Option<String> = None;
    for line in out.lines() {
        let trimmed = line.trim_start_matches(['│', ' ']);
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && trimmed[digits..].starts_with(". ") {
            steps.extend(current.take());
            current = Some(trimmed.to_string());
        } else if line.trim().is_empty() || line.starts_with(' ') {
            if let Some(step) = current.as_mut() {
                step.push(' ');
                step.push_str(line);
            }
        } else {
            steps.extend(current.take());
        }
    }
    steps.extend(current);
    steps.iter().map(|s| words(s)).collect()
}

/// A step without its number and its tick box.
fn head(step: &str) -> &str {
    let rest = step.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix(". ").unwrap_or(rest);
    ["[ ] ", "[x] "]
        .iter()
        .fold(rest, |r, tick| r.strip_prefix(tick).unwrap_or(r))
}

/// What every place that shows the overdose steps must say (RULE-CPR), as far
/// as that place has room for: `full` places also give 30:2, the
/// defibrillator, and naloxone without a long stop in CPR.
fn assert_cpr_rules(place: &str, steps: &[String], full: bool) {
    let all = steps.join("\n");
    let cpr = steps
        .iter()
        .position(|s| {
            s.contains("not breathing") && s.contains("only gasping") && s.contains("cpr")
        })
        .unwrap_or_else(|| {
            panic!("{place}: no step says CPR for not breathing or only gasping:\n{all}")
        });
    let naloxone = steps
        .iter()
        .position(|s| head(s).starts_with("give naloxone"))
        .unwrap_or_else(|| panic!("{place}: no naloxone step:\n{all}"));
    let breaths = steps
        .iter()
        .position(|s| s.contains("rescue breath") || s.contains("breath every 5 seconds"))
        .unwrap_or_else(|| panic!("{place}: no rescue-breathing step:\n{all}"));
    assert!(
        cpr < naloxone && naloxone < breaths,
        "{place}: CPR, then naloxone, then rescue breaths:\n{all}"
    );
    assert!(
        steps[breaths].contains("slow") && !steps[breaths].contains("not breathing?"),
        "{place}: rescue breathing alone is only for slow breathing: {}",
        steps[breaths]
    );
    for step in steps {
        assert!(
            !step.contains("if the person on the phone")
                && !step.contains("tell you to do chest pushes")
                && !step.contains("says to do chest pushes"),
            "{place}: CPR never waits to be told: {step}"
        );
    }
    if full {
        assert!(
            steps[cpr].contains("2 breaths after every 30 pushes"),
            "{place}: 30:2 for the trained: {}",
            steps[cpr]
        );
        assert!(
            all.contains("defibrillator (aed)"),
            "{place}: a defibrillator if one is near:\n{all}"
        );
        assert!(
            steps[naloxone].contains("cpr"),
            "{place}: naloxone without stopping CPR for long: {}",
            steps[naloxone]
        );
    }
}

#[test]
fn every_place_that_shows_the_overdose_steps_says_cpr_for_not_breathing() {
    let env = TestEnv::new();
    for entry in REGIONS {
        // The texts for countries kinship has not checked, as Japan reads them.
        let r = if entry.fallback { "jp" } else { entry.code };
        let card = env.ok(&["--region", r, "sos"]);
        assert_cpr_rules(&format!("{r}: sos"), &numbered_steps(&card), true);

        let guide = env.ok(&["--region", r, "guide", "overdose"]);
        let first_screen: String = guide.lines().take(24).map(|l| format!("{l}\n")).collect();
        assert_cpr_rules(
            &format!("{r}: the first screen of guide overdose"),
            &numbered_steps(&first_screen),
            false,
        );
        assert!(
            words(&first_screen).contains("defibrillator (aed)"),
            "{r}: the first screen names the defibrillator:\n{first_screen}"
        );
        assert!(
            !words(&guide).contains("if the person on the phone")
                && !words(&guide).contains("tell you to do chest pushes"),
            "{r}: the whole guide never makes CPR wait to be told"
        );

        let drill = env.ok(&["--region", r, "checklist", "show", "overdose-response"]);
        assert_cpr_rules(&format!("{r}: the drill"), &numbered_steps(&drill), false);
        let printed_drill = env.ok(&[
            "--region",
            r,
            "print",
            "checklist",
            "overdose-response",
            "--format",
            "text",
        ]);
        assert_cpr_rules(
            &format!("{r}: the printed drill"),
            &numbered_steps(&printed_drill),
            true,
        );

        for size in ["full", "wallet"] {
            let printed = env.ok(&[
                "--region", r, "print", "card", "--size", size, "--format", "text",
            ]);
            assert_cpr_rules(
                &format!("{r}: the printed {size} card"),
                &numbered_steps(&printed),
                true,
            );
        }
    }
    // The walk shows each step's big line and its detail.
    let walk: Vec<String> = sos::load()
        .unwrap()
        .steps
        .iter()
        .map(|s| words(&format!("{} {}", s.walk, s.detail.join(" "))))
        .collect();
    assert_cpr_rules("the walk", &walk, true);
}

/// Sentences of every embedded text, paragraph by paragraph, in words. A
/// question stays with the answer after it ("Not breathing? Give ...").
fn sentences(text: &str) -> Vec<String> {
    text.split("\n\n")
        .flat_map(|para| {
            words(&para.replace('"', " "))
                .split(". ")
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn no_text_gives_rescue_breaths_alone_for_not_breathing_or_waits_to_be_told() {
    for (path, text) in FILES {
        for s in sentences(text) {
            let breathes_for_them = ["rescue breath", "breathe for them", "breath every"]
                .iter()
                .any(|b| s.contains(b));
            assert!(
                !(s.contains("not breathing") && breathes_for_them) || s.contains("cpr"),
                "content/{path}: not breathing means CPR, not breaths alone: {s}"
            );
            assert!(
                !s.contains("if the person on the phone") && !s.contains("to do chest pushes"),
                "content/{path}: CPR never waits for the person on the phone: {s}"
            );
        }
    }
}

#[test]
fn no_text_says_to_keep_naloxone_in_a_car() {
    let car = regex::Regex::new(r"\b(cars?|glove ?box)\b").unwrap();
    let place = regex::Regex::new(r"\b(in|their|your|the) (car|glove ?box)\b").unwrap();
    let about_naloxone = |s: &str| ["naloxone", "kit", "spray"].iter().any(|w| s.contains(w));
    for (path, text) in FILES {
        let all = sentences(text);
        for (i, s) in all.iter().enumerate() {
            if !car.is_match(s) {
                continue;
            }
            // The sentence, and the ones either side of it.
            let near = all[i.saturating_sub(1)..(i + 2).min(all.len())].join(". ");
            if about_naloxone(&near) {
                assert!(
                    ["too hot", "too cold", "heat"]
                        .iter()
                        .any(|w| near.contains(w)),
                    "content/{path}: naloxone near a car, without saying heat and cold harm it: {near}"
                );
                if place.is_match(s) {
                    assert!(
                        s.contains("not ") || s.contains("never ") || s.contains("n't "),
                        "content/{path}: a place for naloxone in a car: {s}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_child_who_may_have_taken_an_opioid_always_gets_a_number_to_call() {
    let env = TestEnv::new();
    for entry in REGIONS {
        let number = entry.emergency.to_lowercase();
        for guide in ["safety", "children"] {
            let r = if entry.fallback { "jp" } else { entry.code };
            let out = words(&env.ok(&["--region", r, "guide", guide]));
            // The guide's own words; its list of sources names poison centres.
            let out = &out[..out.rfind("sources -------").unwrap_or(out.len())];
            let at = format!("{}: guide {guide}", entry.code);
            assert!(out.contains("locked box"), "{at}: a locked box");
            assert!(
                out.contains("do not wait to see if signs appear"),
                "{at}: never wait for signs"
            );
            let hard_to_wake = out
                .split("hard to wake, or breathing slowly?")
                .nth(1)
                .unwrap_or_else(|| panic!("{at}: {out}"));
            let hard_to_wake = &hard_to_wake[..hard_to_wake.find("awake and seem fine?").unwrap()];
            assert!(
                hard_to_wake.contains(&format!("call {number} now"))
                    && hard_to_wake.contains("give naloxone"),
                "{at}: call and give naloxone: {hard_to_wake}"
            );
            let fine = out.split("awake and seem fine?").nth(1).unwrap();
            let fine = &fine[..fine
                .find("hospital")
                .unwrap_or_else(|| panic!("{at}: expect hospital"))];
            assert!(
                fine.contains(&format!("call {number} straight away")),
                "{at}: a child who seems fine still gets the emergency number: {fine}"
            );
            for s in out.split(". ").filter(|s| s.contains("poison")) {
                assert!(
                    s.contains(&number),
                    "{at}: a poison line is never the only way to get help: {s}"
                );
            }
        }
    }
}

#[test]
fn the_overdose_guide_names_what_naloxone_cannot_undo_and_says_to_give_it_anyway() {
    let env = TestEnv::new();
    let out = words(&env.ok(&["guide", "overdose"]));
    let section = out
        .split("what naloxone cannot undo")
        .nth(1)
        .expect("a section on what naloxone cannot undo");
    let section = &section[..section.find("calling for help").unwrap_or(section.len())];
    for what in [
        "benzos",
        "xylazine",
        "medetomidine",
        "nitazenes",
        "alcohol",
        "stimulants",
        "more than one dose",
    ] {
        assert!(section.contains(what), "{what}: {section}");
    }
    assert!(
        section.contains("give it anyway in any overdose"),
        "naloxone is still given in any suspected overdose: {section}"
    );
    assert!(
        !out.contains("naloxone reverses any overdose"),
        "a myth: naloxone only reverses opioids"
    );
}
