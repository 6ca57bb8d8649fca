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
fn the_home_screen_lists_the_guides_and_the_commands() {
    let env = TestEnv::new();
    let out = env.ok(&[]);
    for topic in kinship::content::topics() {
        assert!(
            out.contains(topic.id) && out.contains(topic.title),
            "{}",
            topic.id
        );
    }
    assert!(out.contains("kinship guide NAME"), "{out}");
    assert!(out.contains("kinship --help"), "{out}");
}
