//! The emergency path in any country, and at the top level whatever is typed:
//! the right number or none, never a guessed one, and the card at once.

use crate::support::TestEnv;

/// Runs kinship with extra environment variables: (exit code, stdout, stderr).
fn run_with(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = env.kinship();
    cmd.args(args);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn an_eu_country_gets_112_under_its_own_name() {
    let env = TestEnv::new();
    for (how, args, vars) in [
        ("flag", vec!["--region", "de", "sos"], vec![]),
        ("variable", vec!["sos"], vec![("KINSHIP_REGION", "FR")]),
        ("locale", vec!["sos"], vec![("LANG", "it_IT.UTF-8")]),
    ] {
        let (code, out, err) = run_with(&env, &args, &vars);
        assert_eq!(code, 0, "{how}: {err}");
        assert!(out.starts_with("Overdose? Call 112 now."), "{how}: {out}");
        assert!(out.contains("1. Call 112."), "{how}: {out}");
        assert!(!out.contains("911"), "{how}: {out}");
        assert_eq!(err, "", "{how}");
    }
    let out = env.ok(&["--region", "de", "sos"]);
    assert!(out.contains("Numbers for Germany (de)."), "{out}");
    let out = env.ok(&["--region", "nl", "resources"]);
    assert!(
        out.starts_with("Help and numbers: Netherlands (nl)"),
        "{out}"
    );
}

#[test]
fn uk_is_gb() {
    let env = TestEnv::new();
    assert!(
        env.ok(&["--region", "uk", "sos"])
            .starts_with("Overdose? Call 999 now.")
    );
    env.ok(&["config", "set", "region", "uk"]);
    let (_, out, _) = env.run(&["config", "get", "region"]);
    assert!(out.contains("gb"), "{out}");
}

#[test]
fn a_country_kinship_has_not_checked_never_gets_a_guessed_number() {
    let env = TestEnv::new();
    type Case<'a> = (&'a str, &'a [&'a str], &'a [(&'a str, &'a str)]);
    let cases: [Case; 5] = [
        ("Japan", &["--region", "jp", "sos"], &[]),
        ("Brazil", &["sos"], &[("LANG", "pt_BR.UTF-8")]),
        ("Japan", &["sos"], &[("LANG", "ja_JP.UTF-8")]),
        ("South Africa", &["sos"], &[("LC_ALL", "en_ZA.UTF-8")]),
        ("Norway", &["sos"], &[("KINSHIP_REGION", "no")]),
    ];
    for (name, args, vars) in cases {
        let (code, out, err) = run_with(&env, args, vars);
        assert_eq!(code, 0, "{name}: {err}");
        assert!(
            out.starts_with("Overdose? Call your local emergency number now."),
            "{name}: {out}"
        );
        assert!(
            out.contains("1. Call your local emergency number."),
            "{name}: {out}"
        );
        for number in ["911", "112", "999", "000", "111"] {
            assert!(!out.contains(number), "{name} shows {number}: {out}");
        }
        // Said once, in the first lines: whose numbers these are not, and
        // how to set a region.
        let head: Vec<&str> = out.lines().take(4).collect();
        let head = head.join(" ");
        assert!(
            head.contains(&format!("No numbers checked for {name}"))
                && head.contains("kinship config set region CODE"),
            "{name}: {out}"
        );
        assert_eq!(out.matches("config set region").count(), 1, "{out}");
        assert!(out.lines().count() <= 24, "{name}: {out}");
    }
    // The home screen and the overdose guide say the same.
    let (_, home, _) = run_with(&env, &[], &[("LANG", "ja_JP.UTF-8")]);
    assert!(
        home.starts_with("Overdose? Call your local emergency number now."),
        "{home}"
    );
    assert!(home.contains("No numbers checked for Japan"), "{home}");
    let (_, guide, _) = run_with(&env, &["guide", "overdose"], &[("LANG", "ja_JP.UTF-8")]);
    assert!(
        guide.contains("Call your local emergency number"),
        "{guide}"
    );
    assert!(!guide.contains("911") && !guide.contains("112"), "{guide}");
}

#[test]
fn with_no_region_at_all_the_card_says_its_numbers_are_the_us_ones() {
    let env = TestEnv::new();
    for locale in ["C.UTF-8", "C", "", "POSIX"] {
        let (code, out, err) = run_with(&env, &["sos"], &[("LANG", locale)]);
        assert_eq!(code, 0, "{err}");
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some("Overdose? Call 911 now."));
        assert_eq!(
            lines.next(),
            Some("US numbers. Not in the US? kinship config set region CODE"),
            "{locale:?}: {out}"
        );
    }
    // Until a region is set.
    env.ok(&["config", "set", "region", "us"]);
    let out = env.ok(&["sos"]);
    assert!(!out.contains("US numbers. Not in the US"), "{out}");
    let env = TestEnv::new();
    let (_, out, _) = run_with(&env, &["sos"], &[("LANG", "en_US.UTF-8")]);
    assert!(!out.contains("US numbers. Not in the US"), "{out}");
}

#[test]
fn an_unknown_code_warns_and_never_blocks_the_card() {
    let env = TestEnv::new();
    for (args, vars) in [
        (vec!["--region", "xx", "sos"], vec![]),
        (vec!["sos"], vec![("KINSHIP_REGION", "atlantis")]),
    ] {
        let (code, out, err) = run_with(&env, &args, &vars);
        assert_eq!(code, 0, "{err}");
        assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
        assert!(
            err.starts_with("warning: There is no country or region called"),
            "{err}"
        );
    }
    // Other commands stop, and say what a region can be.
    let (code, _, err) = env.run(&["--region", "xx", "resources"]);
    assert_eq!(code, 1);
    assert!(err.contains("two-letter code"), "{err}");
    let (code, _, err) = env.run(&["config", "set", "region", "xx"]);
    assert_ne!(code, 0);
    assert!(err.contains("two-letter code"), "{err}");
    // A country code is a fine setting.
    env.ok(&["config", "set", "region", "jp"]);
    assert!(
        env.ok(&["sos"])
            .starts_with("Overdose? Call your local emergency number now.")
    );
}

#[test]
fn the_words_a_frightened_person_types_show_the_card() {
    let env = TestEnv::new();
    for word in [
        "overdose",
        "od",
        "OD",
        "narcan",
        "naloxone",
        "emergency",
        "overdos",
        "ovrdose",
        "overdoes",
        "naloxon",
    ] {
        let (code, out, err) = env.run(&["--region", "gb", word]);
        assert_eq!(code, 0, "{word}: {err}");
        assert!(out.starts_with("Overdose? Call 999 now."), "{word}: {out}");
        if word != "emergency" {
            assert_eq!(
                err,
                format!("Showing `kinship sos`, the overdose card (you typed \"{word}\").\n"),
                "{word}"
            );
        }
    }
    // What follows still counts: the region after the word.
    let (code, out, _) = env.run(&["overdose", "--region", "ie"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Overdose? Call 112 or 999 now."), "{out}");
    // And words that do not fit sos still give the card.
    let (code, out, _) = env.run(&["overdose", "what", "now"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
}

#[test]
fn every_other_mistake_keeps_its_message_and_adds_the_number() {
    let env = TestEnv::new();
    let (code, out, err) = env.run(&["chekclist"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(err.contains("unrecognized subcommand 'chekclist'"), "{err}");
    assert!(err.contains("'checklist'"), "clap's suggestion: {err}");
    assert!(
        err.ends_with("Overdose? Call 911 now. The steps: kinship sos\n"),
        "{err}"
    );
    let (code, _, err) = env.run(&["--region", "de", "frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.contains("Overdose? Call 112 now."), "{err}");
    // A near miss of a guide: the suggestion and the number.
    let (code, _, err) = env.run(&["guide", "overdos"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Did you mean `kinship guide overdose`"),
        "{err}"
    );
    assert!(err.contains("Overdose? Call 911 now."), "{err}");
    // Help and version are not mistakes.
    let (code, out, err) = env.run(&["--version"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.starts_with("kinship "), "{out}");
}
