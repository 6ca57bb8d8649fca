//! `kinship resources` and `kinship search`.

use crate::support::{TestEnv, has_escapes};

#[test]
fn resources_print_each_regions_emergency_number_first() {
    let env = TestEnv::new();
    for (region, number) in [
        ("us", "911"),
        ("ca", "911"),
        ("gb", "999"),
        ("ie", "112 or 999"),
        ("au", "000"),
        ("nz", "111"),
        ("eu", "112"),
    ] {
        let out = env.ok(&["resources", "--region", region]);
        let emergency = out.find("Emergency").expect("an Emergency section");
        let first_service = out.find("Source:").unwrap();
        assert!(emergency < first_service, "{region}: emergency first");
        assert!(out.contains(&format!("Call {number}.")), "{region}:\n{out}");
        assert!(out.contains("Getting naloxone"), "{region}");
        assert!(
            !out.contains("{{") && !out.contains("{emergency}"),
            "{region}"
        );
    }
}

#[test]
fn every_service_shows_what_it_is_for_and_its_source() {
    let env = TestEnv::new();
    let out = env.ok(&["resources", "--region", "us"]);
    for needle in [
        "SAMHSA National Helpline: 1-800-662-4357",
        "TTY: 1-800-487-4889",
        "Open: 24/7, every day of the year.",
        "Source: Substance Abuse and Mental Health Services Administration",
        "Poison Help: 1-800-222-1222",
        "988 Suicide & Crisis Lifeline: 988",
    ] {
        assert!(out.contains(needle), "{needle}:\n{out}");
    }
    assert!(!has_escapes(&out));
}

#[test]
fn resources_all_and_json() {
    let env = TestEnv::new();
    let out = env.ok(&["resources", "--all"]);
    for name in [
        "United States (us)",
        "Canada (ca)",
        "United Kingdom (gb)",
        "Ireland (ie)",
        "Australia (au)",
        "New Zealand (nz)",
    ] {
        assert!(out.contains(name), "{name}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["resources", "--region", "ca", "--json"])).unwrap();
    assert_eq!(json["code"], "ca");
    assert_eq!(json["emergency"]["numbers"][0], "911");
    let nors = json["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "nors")
        .unwrap();
    assert_eq!(nors["group"], "overdose");
    assert!(
        nors["source"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert!(
        json["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["key"] == "call_for_help_law")
    );
    let all: serde_json::Value =
        serde_json::from_str(&env.ok(&["resources", "--all", "--json"])).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 8);
}

#[test]
fn search_finds_known_phrases_and_ranks_titles_first() {
    let env = TestEnv::new();
    let out = env.ok(&["search", "withdrawal"]);
    let first = out.lines().next().unwrap();
    assert!(
        first.contains("kinship guide withdrawal"),
        "a title match comes first:\n{out}"
    );
    let out = env.ok(&["search", "fentanyl", "test", "strips"]);
    assert!(out.contains("kinship guide harm-reduction"), "{out}");
    let out = env.ok(&["search", "Poison", "Help"]);
    assert!(
        out.contains("kinship resources"),
        "the region's numbers are searched: {out}"
    );
    assert!(!has_escapes(&out), "plain when piped");
    let coloured = env.ok(&["--color", "always", "search", "naloxone"]);
    assert!(
        coloured.contains("\u{1b}[1;33mnaloxone"),
        "the words are highlighted on a terminal"
    );
}

#[test]
fn search_json_and_nothing_found() {
    let env = TestEnv::new();
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["search", "--json", "naloxone"])).unwrap();
    let first = &json[0];
    for field in ["kind", "id", "title", "command", "line", "score"] {
        assert!(!first[field].is_null(), "{field}");
    }
    let (code, out, err) = env.run(&["search", "xylophonequartz"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(
        err.contains("Nothing in kinship matches \"xylophonequartz\"."),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn search_json_with_nothing_found_is_still_json() {
    let env = TestEnv::new();
    let (code, out, err) = env.run(&["search", "zzzqqq", "--json"]);
    assert_eq!(code, 1, "nothing found is exit 1, as without --json");
    let json: serde_json::Value = serde_json::from_str(&out).expect("stdout is JSON");
    assert_eq!(json, serde_json::json!([]));
    assert!(err.contains("Nothing in kinship matches"), "{err}");
}
