//! A few tests in a real pseudo-terminal: the interactive wiring, colour on a
//! terminal, and Ctrl-C leaving the terminal usable.

use crate::support::{NOW, TestEnv, bin};
use kinship::content::checklist;
use kinship::progress::checklist::Progress;
use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

const TIMEOUT_MS: u64 = 20_000;

/// kinship in a pseudo-terminal, in the test's environment.
pub(crate) fn spawn(env: &TestEnv, args: &[&str], extra: &[(&str, &str)]) -> PtySession {
    let mut cmd = Command::new(bin());
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("KINSHIP_HOME", env.data_dir())
        .env("KINSHIP_NOW", NOW)
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "80")
        .env("LINES", "24")
        .args(args);
    for (k, v) in extra {
        cmd.env(k, v);
    }
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("kinship starts in a pseudo-terminal")
}

/// Presses keys (rexpect holds sent text until it is flushed).
pub(crate) fn key(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Waits for `needle`, and returns everything up to and including it.
pub(crate) fn expect(p: &mut PtySession, needle: &str, seen: &mut String) {
    match p.exp_string(needle) {
        Ok(before) => {
            seen.push_str(&before);
            seen.push_str(needle);
        }
        Err(e) => panic!("waiting for {needle:?}: {e}\nseen so far:\n{seen}"),
    }
}

#[test]
fn a_guide_on_a_terminal_is_coloured_unless_no_color_is_set() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["guide", "overdose"], &[]);
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains("\u{1b}[1;31m"),
        "colour on a terminal: {out:?}"
    );
    let mut p = spawn(&env, &["guide", "overdose"], &[("NO_COLOR", "1")]);
    let out = p.exp_eof().unwrap();
    assert!(out.contains("Call 911"), "{out}");
    assert!(!out.contains('\u{1b}'), "NO_COLOR: {out:?}");
}

#[test]
fn run_ticks_two_items_adds_a_note_and_survives_ctrl_c() {
    let env = TestEnv::new();
    let kit = checklist::load("overdose-kit").unwrap().unwrap();
    let ids: Vec<&str> = kit.items().map(|i| i.id.as_str()).collect();
    let total = ids.len();
    let mut p = spawn(&env, &["checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, &kit.title, &mut seen);
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, " ");
    expect(&mut p, &format!("1 of {total} done"), &mut seen);
    key(&mut p, "j");
    key(&mut p, " ");
    expect(&mut p, &format!("2 of {total} done"), &mut seen);
    key(&mut p, "n");
    expect(&mut p, "leave empty to remove", &mut seen);
    p.send_line("Kitchen drawer, left side").unwrap();
    expect(&mut p, "(note)", &mut seen);
    expect(&mut p, "q quit", &mut seen);
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert!(
        seen.contains("Stopped. Everything you did before this was saved."),
        "{seen}"
    );

    let hide = seen
        .rfind("\u{1b}[?25l")
        .expect("the list hides the cursor");
    let show = seen
        .rfind("\u{1b}[?25h")
        .expect("the cursor is shown again");
    assert!(show > hide, "the cursor must be visible at the end");

    let text =
        std::fs::read_to_string(env.data_dir().join("checklists/overdose-kit.yaml")).unwrap();
    let saved: Progress = kinship::yaml::from_str(&text).unwrap();
    assert!(saved.is_done(ids[0]) && saved.is_done(ids[1]), "{text}");
    assert_eq!(
        saved.note(ids[1]),
        Some("Kitchen drawer, left side"),
        "{text}"
    );
}

#[test]
fn run_quits_on_q_with_a_summary() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["checklist", "run", "self-care"], &[]);
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, " ");
    expect(&mut p, "1 of", &mut seen);
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("Saved. 1 of"), "{rest}");
    assert!(rest.contains("\u{1b}[?25h"), "cursor shown: {rest:?}");
}

#[test]
fn accessible_mode_asks_numbered_static_questions() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["--plain", "checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Your choice: ", &mut seen);
    assert!(seen.contains("1. Not done: "), "{seen}");
    p.send_line("2").unwrap();
    expect(&mut p, "1 of", &mut seen);
    p.send_line("q").unwrap();
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert!(
        !seen.contains("\u{1b}["),
        "no escape codes in accessible mode: {seen:?}"
    );
    let text =
        std::fs::read_to_string(env.data_dir().join("checklists/overdose-kit.yaml")).unwrap();
    let saved: Progress = kinship::yaml::from_str(&text).unwrap();
    let kit = checklist::load("overdose-kit").unwrap().unwrap();
    assert!(saved.is_done(&kit.items().nth(1).unwrap().id));
}

/// A pager that only says it ran.
const FAKE_PAGER: &str = "echo PAGER-RAN; cat > /dev/null";

#[test]
fn long_output_pages_only_on_a_terminal_and_never_for_the_overdose_guide() {
    let env = TestEnv::new();
    let pager = [("KINSHIP_PAGER", FAKE_PAGER)];
    let mut p = spawn(&env, &["guide", "boundaries"], &pager);
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains("PAGER-RAN"),
        "a long guide on a terminal is paged: {out}"
    );
    let mut p = spawn(&env, &["guide", "overdose"], &pager);
    let out = p.exp_eof().unwrap();
    assert!(
        !out.contains("PAGER-RAN") && out.contains("Call 911"),
        "{out}"
    );
    let mut p = spawn(&env, &["--no-pager", "guide", "boundaries"], &pager);
    let out = p.exp_eof().unwrap();
    assert!(!out.contains("PAGER-RAN"), "{out}");
    let piped = env
        .kinship()
        .env("KINSHIP_PAGER", FAKE_PAGER)
        .args(["guide", "boundaries"])
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&piped.stdout).contains("PAGER-RAN"),
        "never when piped"
    );
}

#[test]
fn a_pager_that_cannot_start_falls_back_to_plain_output() {
    let env = TestEnv::new();
    for var in ["KINSHIP_PAGER", "PAGER"] {
        let mut p = spawn(
            &env,
            &["guide", "boundaries"],
            &[(var, "no-such-pager-here")],
        );
        let out = p.exp_eof().unwrap();
        assert!(out.contains("Sources"), "the whole guide is printed: {out}");
        assert!(
            !out.contains("not found"),
            "the shell's own message is not shown: {out}"
        );
        assert_eq!(
            out.matches("Could not start the pager \"no-such-pager-here\"")
                .count(),
            1,
            "said once, in kinship's words: {out}"
        );
    }
}
