//! Region texts: each region gets its own facts, never another country's rules,
//! and `resources` names who can help for every group a family needs.

use crate::support::TestEnv;
use kinship::content;

const OUTSIDE_US: &[&str] = &["ca", "gb", "ie", "au", "nz", "eu"];
const ALL: &[&str] = &["us", "ca", "gb", "ie", "au", "nz", "eu"];

/// Words that belong to US law, US services or US health insurance only.
const US_ONLY: &[&str] = &[
    "42 CFR",
    "X-waiver",
    "Medicaid",
    "Medicare",
    "state-funded",
    "opioid treatment programs",
    "SAMHSA National Helpline",
    "988 Suicide & Crisis Lifeline",
    "FindTreatment.gov",
    "US states",
    "civil commitment",
    "1-800-",
];

/// US words that Canada shares: its emergency number and its own Good
/// Samaritan Drug Overdose Act.
const US_AND_CANADA: &[&str] = &[" 911", "Good Samaritan"];

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A guide as the reader sees it, without its list of sources (a guide may
/// cite a US study in any region; what it tells the reader must fit there).
fn body(text: &str) -> String {
    words(text.split("\nSources\n").next().unwrap())
}

#[test]
fn treatment_outside_the_us_shows_that_regions_own_facts_and_no_us_rules() {
    let env = TestEnv::new();
    let us = words(&env.ok(&["--region", "us", "guide", "treatment"]));
    for needle in ["42 CFR Part 2", "X-waiver", "opioid treatment programs"] {
        assert!(
            us.contains(needle),
            "the US facts moved, not vanished: {needle}"
        );
    }
    let own = [
        ("ca", "province and territory"),
        ("gb", "while the pharmacist watches"),
        ("ie", "the HSE provides opioid treatment"),
        ("au", "PBS"),
        ("nz", "opioid substitution treatment (OST)"),
        ("eu", "We have not checked the rules where you live"),
    ];
    for (region, needle) in own {
        let out = body(&env.ok(&["--region", region, "guide", "treatment"]));
        assert!(out.contains(needle), "{region}: {needle}\n{out}");
        for us_word in US_ONLY {
            assert!(
                !out.contains(us_word),
                "{region} treatment shows {us_word:?}"
            );
        }
    }
}

#[test]
fn no_guide_leaks_us_rules_or_numbers_into_another_region() {
    let env = TestEnv::new();
    for topic in content::topics() {
        for region in OUTSIDE_US {
            let out = body(&env.ok(&["--region", region, "guide", topic.id]));
            for us_word in US_ONLY {
                assert!(
                    !out.contains(us_word),
                    "{region} {}: shows {us_word:?}",
                    topic.id
                );
            }
            if *region != "ca" {
                for word in US_AND_CANADA {
                    assert!(!out.contains(word), "{region} {}: shows {word:?}", topic.id);
                }
            }
        }
    }
}

#[test]
fn forced_treatment_law_is_stated_only_where_checked() {
    let env = TestEnv::new();
    let us = body(&env.ok(&["--region", "us", "guide", "legal-and-money"]));
    assert!(us.contains("Many US states have a law"), "{us}");
    for region in OUTSIDE_US {
        let out = body(&env.ok(&["--region", region, "guide", "legal-and-money"]));
        assert!(
            out.contains("We have not checked whether"),
            "{region}: {out}"
        );
    }
}

#[test]
fn buprenorphine_starts_after_withdrawal_begins_in_every_region() {
    let env = TestEnv::new();
    for region in ALL {
        let out = words(&env.ok(&["--region", region, "guide", "treatment"]));
        for needle in [
            "usually starts only once withdrawal has begun",
            "precipitated withdrawal",
            "fentanyl",
            "low-dose start",
            "A person can start it without going through withdrawal first",
        ] {
            assert!(out.contains(needle), "{region}: {needle}");
        }
    }
}

#[test]
fn resources_show_every_group_a_family_needs_or_say_none_was_found() {
    let env = TestEnv::new();
    for region in ALL {
        let out = env.ok(&["resources", "--region", region]);
        for heading in [
            "Emergency",
            "Poison advice",
            "Crisis and suicide support",
            "Drug information and treatment",
            "Support for families",
        ] {
            assert!(
                out.lines().any(|l| l == heading),
                "{region}: no {heading} section\n{out}"
            );
        }
        let json: serde_json::Value =
            serde_json::from_str(&env.ok(&["resources", "--region", region, "--json"])).unwrap();
        for group in ["poison", "crisis", "helpline", "family"] {
            let has_service = json["services"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["group"] == group);
            let none_found = json["none_found"]
                .as_array()
                .unwrap()
                .iter()
                .find(|n| n["group"] == group);
            match (has_service, none_found) {
                (true, None) => {}
                (false, Some(n)) => {
                    let text = n["text"].as_str().unwrap();
                    assert!(
                        text.starts_with("None found") && text.contains("Who can help: "),
                        "{region} {group}: {text}"
                    );
                    assert!(!text.contains('{'), "{region} {group}: {text}");
                }
                other => panic!("{region} {group}: service and none-found {other:?}"),
            }
        }
    }
}

#[test]
fn the_new_verified_services_are_listed_with_their_sources() {
    let env = TestEnv::new();
    for (region, needles) in [
        (
            "nz",
            &[
                "Alcohol Drug Helpline: 0800 787 797",
                "Text: 8681",
                "Need to talk? 1737: 1737",
                "National Poisons Centre: 0800 764 766",
            ][..],
        ),
        (
            "ie",
            &[
                "Samaritans: 116 123",
                "Public Poisons Information Line: (01) 809 2166",
                "8am to 10pm every day",
            ][..],
        ),
        (
            "ca",
            &[
                "1-844-764-7669",
                "In Quebec, the Centre antipoison du Québec: 1-800-463-5060",
            ][..],
        ),
    ] {
        let out = env.ok(&["resources", "--region", region]);
        let flat = words(&out);
        for needle in needles {
            assert!(flat.contains(needle), "{region}: {needle}\n{out}");
        }
        assert!(
            !out.contains("None found: we have not found a checked poison"),
            "{region}"
        );
    }
}

#[test]
fn abuse_childrens_and_bereavement_lines_are_shown_where_confirmed() {
    let env = TestEnv::new();
    for (region, needles) in [
        (
            "us",
            &[
                "National Domestic Violence Hotline: 1-800-799-7233",
                "Childhelp National Child Abuse Hotline: 1-800-422-4453",
            ][..],
        ),
        ("ca", &["Kids Help Phone: Text CONNECT to 686868"][..]),
        (
            "gb",
            &[
                "(England, run by Refuge): 0808 2000 247",
                "Cruse Bereavement Support (England, Wales and Northern Ireland): 0808 808 1677",
                "Scottish Families Affected by Alcohol and Drugs (Scotland): 08080 10 10 11",
            ][..],
        ),
        (
            "ie",
            &["Women's Aid National Freephone Helpline: 1800 341 900"][..],
        ),
        (
            "au",
            &["1800RESPECT: 1800 737 732", "Kids Helpline: 1800 55 1800"][..],
        ),
        ("nz", &["Women's Refuge crisis line: 0800 733 843"][..]),
    ] {
        let out = env.ok(&["resources", "--region", region]);
        let flat = words(&out);
        assert!(
            out.lines()
                .any(|l| l == "Domestic abuse" || l == "Children and young people"),
            "{region}"
        );
        for needle in needles {
            assert!(flat.contains(needle), "{region}: {needle}\n{out}");
        }
    }
}

#[test]
fn northern_ireland_is_not_sent_to_111_alone() {
    let env = TestEnv::new();
    let out = words(&env.ok(&["resources", "--region", "gb"]));
    assert!(
        out.contains("NHS 111 does not cover Northern Ireland"),
        "{out}"
    );
    let safety = words(&env.ok(&["--region", "gb", "guide", "safety"]));
    assert!(
        safety.contains(
            "in Northern Ireland, which 111 does not cover, your GP or the GP Out-of-Hours service"
        ),
        "{safety}"
    );
}

#[test]
fn the_law_texts_lead_with_the_call() {
    let env = TestEnv::new();
    for (region, number) in [
        ("gb", "999"),
        ("ie", "112 or 999"),
        ("au", "000"),
        ("nz", "111"),
        ("eu", "112"),
    ] {
        let json: serde_json::Value =
            serde_json::from_str(&env.ok(&["resources", "--region", region, "--json"])).unwrap();
        let law = json["notes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["key"] == "call_for_help_law")
            .unwrap();
        let text = law["text"].as_str().unwrap();
        assert!(
            text.starts_with(&format!("Call {number} straight away")),
            "{region}: {text}"
        );
    }
    let nz: serde_json::Value =
        serde_json::from_str(&env.ok(&["resources", "--region", "nz", "--json"])).unwrap();
    let law = nz["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["key"] == "call_for_help_law")
        .unwrap();
    assert!(law["text"].as_str().unwrap().contains("public interest"));
    assert!(
        law["source"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.legislation.govt.nz/")
    );
}

#[test]
fn the_new_guides_are_found_by_search_and_by_their_names() {
    let env = TestEnv::new();
    for (words_, guide) in [
        (&["prison"][..], "custody"),
        (&["xylazine", "wounds"][..], "mixed-drugs"),
        (&["breastfeeding"][..], "pregnancy"),
        (&["fake", "pills"][..], "young-people"),
        (&["hepatitis"][..], "health-risks"),
        (&["red", "flags"][..], "choosing-treatment"),
        (&["nar-anon"][..], "help-for-you"),
        (&["recovery", "coach"][..], "recovery-support"),
        (&["guardianship"][..], "legal-and-money"),
    ] {
        let mut args = vec!["search"];
        args.extend_from_slice(words_);
        let out = env.ok(&args);
        assert!(
            out.contains(&format!("kinship guide {guide}")),
            "{words_:?} finds {guide}:\n{out}"
        );
        assert!(env.ok(&["guide", guide]).len() > 1000, "{guide}");
    }
    assert_eq!(env.ok(&["guide", "jail"]), env.ok(&["guide", "custody"]));
    assert_eq!(
        env.ok(&["guide", "tranq"]),
        env.ok(&["guide", "mixed-drugs"])
    );
}

#[test]
fn the_release_checklist_puts_naloxone_before_the_practical_steps() {
    let env = TestEnv::new();
    let out = env.ok(&["checklist", "show", "custody-release"]);
    let naloxone = out.find("Get naloxone").expect("a naloxone item");
    let date = out
        .find("Find out the date")
        .expect("the release date item");
    assert!(naloxone < date, "{out}");
}
