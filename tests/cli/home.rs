//! `kinship` with no command.

use crate::support::{TestEnv, has_escapes};

#[test]
fn the_first_line_is_the_emergency_line_for_the_region() {
    let env = TestEnv::new();
    let out = env.ok(&[]);
    assert_eq!(
        out.lines().next(),
        Some("Overdose? Call 911 now. Then: kinship guide overdose")
    );
    let out = env.ok(&["--region", "gb"]);
    assert_eq!(
        out.lines().next(),
        Some("Overdose? Call 999 now. Then: kinship guide overdose")
    );
    assert!(!has_escapes(&out));
}

#[test]
fn the_home_screen_lists_the_guides_and_the_commands_on_one_screen() {
    let env = TestEnv::new();
    for columns in ["80", "60"] {
        let out = env.kinship().env("COLUMNS", columns).output().unwrap();
        let out = String::from_utf8(out.stdout).unwrap();
        let words: Vec<&str> = out
            .split(|c: char| c.is_whitespace() || c == '·' || c == ',')
            .collect();
        for topic in kinship::content::topics() {
            assert!(
                words.contains(&topic.id),
                "{} at {columns}: {out}",
                topic.id
            );
        }
        assert!(out.contains("kinship guide NAME"), "{out}");
        assert!(
            out.contains("kinship --help") && out.contains("kinship print card"),
            "{out}"
        );
        // One line is left for the shell's prompt, so the first line stays in view.
        assert!(
            out.lines().count() <= 23,
            "{} lines at {columns} columns:\n{out}",
            out.lines().count()
        );
    }
}
