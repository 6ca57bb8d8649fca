//! `kinship guide`: the list, one guide, aliases, typos, colour and regions.

use crate::support::{TestEnv, has_escapes};
use kinship::content;

#[test]
fn the_list_has_every_topic_one_per_line_without_colour() {
    let env = TestEnv::new();
    let out = env.ok(&["guide"]);
    assert!(!has_escapes(&out));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), content::topics().len(), "{out}");
    for (line, topic) in lines.iter().zip(content::topics()) {
        assert!(line.starts_with(topic.id), "{line}");
        assert!(
            line.contains(topic.title) && line.contains(topic.summary),
            "{line}"
        );
    }
    assert!(
        lines[0].starts_with("overdose "),
        "the overdose guide comes first"
    );
}

#[test]
fn a_guide_shows_by_id_and_by_alias() {
    let env = TestEnv::new();
    let by_id = env.ok(&["guide", "overdose"]);
    assert!(by_id.starts_with("Overdose: what to do now\n"), "{by_id}");
    assert_eq!(env.ok(&["guide", "od"]), by_id);
    assert_eq!(env.ok(&["guide", "OD"]), by_id);
    assert_eq!(env.ok(&["guide", "narcan"]), by_id);
}

#[test]
fn a_guide_ends_with_its_sources_review_date_and_region() {
    let env = TestEnv::new();
    let out = env.ok(&["guide", "overdose"]);
    let sources = out.find("\nSources\n").expect("a Sources section");
    assert!(
        out[sources..].contains("https://"),
        "sources have addresses"
    );
    assert!(out.contains("Reviewed 6 December 2026."), "{out}");
    let tail: Vec<&str> = out.lines().rev().take(4).collect();
    assert!(
        tail.iter()
            .any(|l| l.contains("Region: United States (us)")),
        "{tail:?}"
    );
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("use --region CODE"),
        "the footer says how to change the region"
    );
    assert!(tail[0].contains("not medical advice"), "{tail:?}");
}

#[test]
fn an_unknown_topic_exits_1_and_names_the_closest() {
    let env = TestEnv::new();
    let (code, out, err) = env.run(&["guide", "overdoes"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(
        err.contains("There is no guide called \"overdoes\"."),
        "{err}"
    );
    assert!(
        err.contains("Did you mean `kinship guide overdose`"),
        "{err}"
    );
    assert!(
        err.contains("Run `kinship guide` to list every guide."),
        "{err}"
    );
}

#[test]
fn an_unknown_topic_with_nothing_close_still_points_to_the_list() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["guide", "qqqqqq"]);
    assert_eq!(code, 1);
    assert!(!err.contains("Did you mean"), "{err}");
    assert!(err.contains("kinship guide"), "{err}");
}

#[test]
fn piped_output_has_no_escape_codes_unless_colour_is_forced() {
    let env = TestEnv::new();
    assert!(!has_escapes(&env.ok(&["guide", "overdose"])));
    assert!(!has_escapes(
        &env.ok(&["--color", "auto", "guide", "overdose"])
    ));
    let forced = env.ok(&["--color", "always", "guide", "overdose"]);
    assert!(
        forced.contains("\u{1b}[1;31m"),
        "the call-out is red and bold"
    );
    assert!(forced.contains("\u{1b}[1m1. \u{1b}[0m"), "numbers are bold");
}

#[test]
fn no_color_is_honoured_and_the_flag_beats_it() {
    let env = TestEnv::new();
    let out = env
        .kinship()
        .env("NO_COLOR", "1")
        .args(["guide", "od"])
        .output()
        .unwrap();
    assert!(!has_escapes(&String::from_utf8_lossy(&out.stdout)));
    let out = env
        .kinship()
        .env("NO_COLOR", "1")
        .args(["--color", "always", "guide", "od"])
        .output()
        .unwrap();
    assert!(has_escapes(&String::from_utf8_lossy(&out.stdout)));
}

#[test]
fn each_region_puts_its_own_emergency_number_in_the_overdose_guide() {
    let env = TestEnv::new();
    for (region, number) in [
        ("us", "911"),
        ("ca", "911"),
        ("gb", "999"),
        ("uk", "999"),
        ("ie", "112 or 999"),
        ("au", "000"),
        ("nz", "111"),
        ("eu", "112"),
    ] {
        let out = env.ok(&["--region", region, "guide", "overdose"]);
        assert!(
            out.contains(&format!("1. Call {number}.")),
            "{region}:\n{out}"
        );
        let wrong = ["911", "999", "000", "111"]
            .into_iter()
            .filter(|n| !number.contains(n));
        for other in wrong {
            assert!(
                !out.contains(&format!("Call {other}")),
                "{region} must not say Call {other}"
            );
        }
    }
}

#[test]
fn the_region_comes_from_the_environment_and_the_locale() {
    let env = TestEnv::new();
    let out = env
        .kinship()
        .env("KINSHIP_REGION", "au")
        .args(["guide", "od"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("1. Call 000."));
    let out = env
        .kinship()
        .env("LANG", "en_GB.UTF-8")
        .args(["guide", "od"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("1. Call 999."));
    let out = env
        .kinship()
        .env("LANG", "de_DE.UTF-8")
        .args(["guide", "od"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("1. Call 112."));
}

#[test]
fn an_unknown_region_is_an_error_listing_the_known_ones() {
    let env = TestEnv::new();
    let (code, out, err) = env.run(&["--region", "xx", "guide", "boundaries"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(
        err.contains("There is no country or region called \"xx\""),
        "{err}"
    );
    for code in ["us", "ca", "gb", "ie", "au", "nz", "eu"] {
        assert!(
            err.contains(&format!("{code} ")) || err.contains(&format!("{code},")),
            "{err}"
        );
    }
}

#[test]
fn an_unknown_region_never_keeps_the_overdose_steps_or_the_home_screen_from_showing() {
    let env = TestEnv::new();
    for args in [&["--region", "xx", "guide", "od"][..], &["--region", "xx"]] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains("Call 911"), "{args:?}: {out}");
        assert!(
            err.starts_with("warning: There is no country or region called \"xx\"")
                && err.contains("au, ca, eu, gb, ie, mx, nz, us"),
            "{args:?}: {err}"
        );
    }
}

/// The numbered actions at the top of the overdose guide, from its source.
fn first_actions() -> Vec<String> {
    use kinship::render::doc::{Block, plain_text};
    let topic = content::load_topic(content::find_topic("overdose").unwrap()).unwrap();
    let blocks = kinship::render::markdown::parse(topic.body);
    let list = blocks
        .iter()
        .find_map(|b| match b {
            Block::List(l) if l.start.is_some() => Some(l),
            _ => None,
        })
        .expect("the overdose guide starts with numbered actions");
    list.items
        .iter()
        .map(|item| match &item.blocks[0] {
            Block::Paragraph(inl) => plain_text(inl),
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn the_first_24_lines_at_80_columns_hold_the_number_and_every_action() {
    let env = TestEnv::new();
    let actions = first_actions();
    assert!(actions.len() >= 6, "{actions:?}");
    for (region, number) in [
        ("us", "911"),
        ("ie", "112 or 999"),
        ("au", "000"),
        ("eu", "112"),
    ] {
        let out = env.ok(&["--region", region, "guide", "overdose"]);
        let screen: Vec<&str> = out.lines().take(24).collect();
        assert!(
            screen.iter().all(|l| l.chars().count() <= 80),
            "{screen:#?}"
        );
        let joined = screen
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(joined.contains(number), "{region}: {joined}");
        for (i, action) in actions.iter().enumerate() {
            let action = action.replace("{{emergency}}", number);
            let words: String = action.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                joined.contains(&format!("{}. {words}", i + 1)),
                "{region}: action {} is not whole on the first screen:\n{}",
                i + 1,
                screen.join("\n")
            );
        }
    }
}

#[test]
fn topic_words_can_be_given_as_several_arguments() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["guide", "what", "now"]);
    assert_eq!(code, 1, "unknown, but no usage error: {err}");
    assert!(err.contains("\"what now\""), "{err}");
}

#[test]
fn lines_fit_the_width_given() {
    let env = TestEnv::new();
    let out = env
        .kinship()
        .env("COLUMNS", "60")
        .args(["guide", "od"])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    for line in out.lines().filter(|l| !l.contains("://")) {
        assert!(line.chars().count() <= 60, "{line:?}");
    }
}

/// A source's address longer than the line is cut after a slash and hangs
/// under its entry, instead of running to the screen's left edge.
#[test]
fn long_source_addresses_keep_their_entry_indent() {
    let env = TestEnv::new();
    for columns in ["80", "50"] {
        let out = env
            .kinship()
            .env("COLUMNS", columns)
            .args(["guide", "overdose", "--full"])
            .output()
            .unwrap();
        let out = String::from_utf8(out.stdout).unwrap();
        let start = out.find("\nSources\n").expect("a Sources section");
        let end = out.find("\nReviewed ").expect("the review date");
        let width: usize = columns.parse().unwrap();
        for line in out[start..end].lines().skip(3) {
            assert!(
                line.is_empty() || line.starts_with("• ") || line.starts_with("  "),
                "{columns} columns: {line:?} is not under its entry"
            );
            assert!(line.chars().count() <= width, "{columns}: {line:?}");
        }
        let cut = "https://www.ncsl.org/research/civil-and-criminal-justice/drug-overdose-";
        assert!(
            columns != "80"
                || out.contains(&format!("\n  {cut}\n  immunity-good-samaritan-laws.aspx\n")),
            "{out}"
        );
    }
}
