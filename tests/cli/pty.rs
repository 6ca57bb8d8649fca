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
    spawn_without(env, args, extra, &[])
}

/// The same, with the variables in `unset` taken out of the environment.
pub(crate) fn spawn_without(
    env: &TestEnv,
    args: &[&str],
    extra: &[(&str, &str)],
    unset: &[&str],
) -> PtySession {
    let mut cmd = Command::new(bin());
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("KINSHIP_HOME", env.data_dir())
        .env("KINSHIP_NOW", NOW)
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "80")
        .env("LINES", "24")
        .env("KINSHIP_TEST_SCRYPT_LOG_N", "10")
        .args(args);
    for (k, v) in extra {
        cmd.env(k, v);
    }
    for k in unset {
        cmd.env_remove(k);
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
    // The list is back (the note's own keys are gone), the note under its item.
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
fn run_quits_on_capital_q_too() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["checklist", "run", "self-care"], &[]);
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "Q");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("Saved. 0 of"), "{rest}");
    let status = format!("{:?}", p.process().wait().unwrap());
    assert!(status.ends_with(", 0)"), "{status}");
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

#[test]
fn accessible_prompts_are_wrapped_to_the_width_at_spaces() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["--plain", "checklist", "run", "overdose-kit"],
        &[("COLUMNS", "40")],
    );
    let mut seen = String::new();
    expect(&mut p, "Your choice: ", &mut seen);
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
    for line in seen.lines() {
        assert!(
            line.trim_end_matches('\r').chars().count() <= 40,
            "{line:?} is wider than 40 columns:\n{seen}"
        );
    }
    // The help is all there, in whole words.
    let words: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Type d and a number to read more, n and a number to write a note"),
        "{seen}"
    );
}

#[test]
fn run_shows_retired_items_at_the_end_read_only() {
    let env = TestEnv::new();
    let kit = checklist::load("overdose-kit").unwrap().unwrap();
    let total = kit.len();
    let dir = env.data_dir().join("checklists");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("overdose-kit.yaml"),
        "schema: 1\nchecklist: overdose-kit\ncreated: 2026-11-01T10:00:00+00:00\n\
         updated: 2026-11-01T10:00:00+00:00\nitems:\n  an-old-item:\n    done: true\n    \
         note: from last year\n",
    )
    .unwrap();
    // The arrow-key list: at the end, marked, and the cursor never lands on it.
    let mut p = spawn(&env, &["checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, "an-old-item", &mut seen);
    expect(&mut p, "(no longer in this checklist)", &mut seen);
    // To the end of the list: the last item, not the retired one.
    key(&mut p, "\u{1b}[F");
    key(&mut p, " ");
    expect(&mut p, &format!("1 of {total} done"), &mut seen);
    key(&mut p, "q");
    p.exp_eof().unwrap();
    let text = std::fs::read_to_string(dir.join("overdose-kit.yaml")).unwrap();
    let saved: Progress = kinship::yaml::from_str(&text).unwrap();
    let last = kit.items().last().unwrap();
    assert!(
        saved.is_done(&last.id),
        "the last real item was ticked: {text}"
    );
    assert!(
        saved.is_done("an-old-item"),
        "the retired tick is kept: {text}"
    );

    // Plain mode: listed after the numbered items, with no number of its own.
    let mut p = spawn(&env, &["--plain", "checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Your choice: ", &mut seen);
    p.send_line("q").unwrap();
    p.exp_eof().unwrap();
    let seen = seen.split_whitespace().collect::<Vec<_>>().join(" ");
    let numbered = seen.rfind(&format!(" {total}. ")).expect("the last item");
    let retired = seen
        .find("Done: an-old-item (no longer in this checklist, cannot be changed here). Note: from last year")
        .unwrap_or_else(|| panic!("{seen}"));
    assert!(retired > numbered, "at the end: {seen}");
}

/// A pager that only says it ran.
const FAKE_PAGER: &str = "echo PAGER-RAN; cat > /dev/null";

#[test]
fn the_overdose_guide_on_a_terminal_keeps_the_number_and_every_step_in_view() {
    let env = TestEnv::new();
    let steps = [
        "1. Call 911.",
        "2. Start CPR at once",
        "3. Give naloxone",
        "4. Give rescue",
        "5. Roll them",
        "6. Give a second",
        "7. Stay with them",
    ];
    for (region, number) in [("us", "911"), ("ie", "112 or 999"), ("au", "000")] {
        let mut p = spawn(
            &env,
            &["--region", region, "guide", "overdose"],
            &[("NO_COLOR", "1")],
        );
        let out = p.exp_eof().unwrap();
        let lines: Vec<&str> = out.lines().collect();
        // One row is left for the shell's prompt: all of it stays on an 80x24 screen.
        assert!(lines.len() <= 23, "{region}: {} lines:\n{out}", lines.len());
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{out}");
        for step in steps.iter().skip(1) {
            assert!(out.contains(step), "{region}: {step}:\n{out}");
        }
        assert!(
            out.contains(&format!("1. Call {number}.")),
            "{region}:\n{out}"
        );
        assert!(out.contains("kinship guide overdose --full"), "{out}");
    }
    // Piped, it is whole, with its sources.
    let piped = env.ok(&["guide", "overdose"]);
    assert!(
        piped.contains(steps[0]) && piped.contains("Sources"),
        "{piped}"
    );
}

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
    // Asked for all of it, the overdose guide is long reading like any other.
    let mut p = spawn(&env, &["guide", "overdose", "--full"], &pager);
    let out = p.exp_eof().unwrap();
    assert!(out.contains("PAGER-RAN"), "{out}");
    let mut p = spawn(&env, &["guide"], &pager);
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains("PAGER-RAN"),
        "the list of guides is long too: {out}"
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

#[test]
fn ctrl_c_on_the_details_page_stops_like_ctrl_c_in_the_list() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, " ");
    expect(&mut p, "1 of", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Press any key to go back.", &mut seen);
    key(&mut p, "\u{3}");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert!(
        rest.contains("Stopped. Everything you did before this was saved."),
        "{rest}"
    );
    assert!(!rest.contains("error:"), "{rest}");
    let status = format!("{:?}", p.process().wait().unwrap());
    assert!(status.ends_with(", 130)"), "{status}");
    let hide = seen
        .rfind("\u{1b}[?25l")
        .expect("the list hides the cursor");
    let show = seen
        .rfind("\u{1b}[?25h")
        .expect("the cursor is shown again");
    assert!(show > hide, "the cursor must be visible at the end");
}

/// The terminal's settings, read through the pseudo-terminal's master side.
fn tty_flags(p: &PtySession) -> libc::termios {
    use std::os::fd::AsRawFd;
    let master = p.process().get_file_handle().unwrap();
    // SAFETY: tcgetattr writes into a plain-data struct we own.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(master.as_raw_fd(), &mut t) }, 0);
    t
}

/// A pager like less: it takes the terminal (no line editing, no echo),
/// keeps running on Ctrl-C, ends on q and puts the terminal back.
const LESS_LIKE_PAGER: &str = r#"#!/bin/sh
cat > /dev/null
saved=$(stty -g < /dev/tty)
stty -icanon -echo < /dev/tty
trap 'echo FAKE-PAGER-GOT-CTRL-C > /dev/tty' INT
echo FAKE-PAGER-UP > /dev/tty
while :; do
  k=$(dd bs=1 count=1 < /dev/tty 2>/dev/null)
  [ "$k" = q ] && break
done
stty "$saved" < /dev/tty
echo FAKE-PAGER-DONE > /dev/tty
"#;

#[test]
fn ctrl_c_in_the_pager_waits_for_it_then_stops_cleanly() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let pager = env.home().join("fake-pager");
    std::fs::write(&pager, LESS_LIKE_PAGER).unwrap();
    std::fs::set_permissions(&pager, std::fs::Permissions::from_mode(0o755)).unwrap();
    let pager = pager.to_str().unwrap().to_string();
    let mut p = spawn(
        &env,
        &["checklist", "run", "overdose-kit"],
        &[("KINSHIP_PAGER", &pager)],
    );
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, " ");
    expect(&mut p, "1 of", &mut seen);
    // The first item's guide (harm reduction) is long: it opens in the pager.
    key(&mut p, "g");
    expect(&mut p, "FAKE-PAGER-UP", &mut seen);
    key(&mut p, "\u{3}");
    expect(&mut p, "FAKE-PAGER-GOT-CTRL-C", &mut seen);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        matches!(
            p.process().status(),
            Some(rexpect::process::WaitStatus::StillAlive)
        ),
        "kinship waits for the pager: {seen}"
    );
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    let done = seen.find("FAKE-PAGER-DONE").expect("the pager ended");
    let stopped = seen
        .find("Stopped. Everything you did before this was saved.")
        .unwrap_or_else(|| panic!("no stop message: {seen}"));
    assert!(stopped > done, "stopped after the pager ended: {seen}");
    assert!(!seen.contains("error:"), "{seen}");
    let status = format!("{:?}", p.process().wait().unwrap());
    assert!(status.ends_with(", 130)"), "{status}");
    let t = tty_flags(&p);
    assert!(
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ISIG != 0,
        "line editing and signals are back on"
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
    assert!(text.contains("done: true"), "the tick was saved: {text}");
}

#[test]
fn the_overdose_guide_from_a_checklist_is_never_paged() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["checklist", "run", "overdose-response"],
        &[("KINSHIP_PAGER", FAKE_PAGER)],
    );
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "g");
    expect(&mut p, "Overdose: what to do now", &mut seen);
    expect(&mut p, "Press any key to go back.", &mut seen);
    key(&mut p, "x");
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert!(!seen.contains("PAGER-RAN"), "{seen}");
    assert!(rest.contains("Saved. 0 of"), "{rest}");
}

#[test]
fn sigterm_on_run_gives_the_terminal_back_and_exits_143() {
    use rexpect::process::{Signal, WaitStatus};
    let env = TestEnv::new();
    let mut p = spawn(&env, &["checklist", "run", "self-care"], &[]);
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, " ");
    expect(&mut p, "1 of", &mut seen);
    expect(&mut p, "q quit", &mut seen);
    // The list is waiting for a key, with the terminal in raw mode.
    std::thread::sleep(std::time::Duration::from_millis(200));
    p.process_mut().signal(Signal::SIGTERM).unwrap();
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 143)),
        "SIGTERM exits 128 + 15, as a shell expects: {status:?}\n{seen}"
    );
    // Said by the signal handler or by the list it interrupted, once.
    assert_eq!(rest.matches("Stopped. Everything").count(), 1, "{rest}");
    assert!(rest.contains("before this was saved."), "{rest}");
    let hide = seen
        .rfind("\u{1b}[?25l")
        .expect("the list hides the cursor");
    let show = seen
        .rfind("\u{1b}[?25h")
        .expect("the cursor is shown again");
    assert!(show > hide, "the cursor must be visible at the end");
    let t = tty_flags(&p);
    assert!(
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ISIG != 0,
        "line editing and signals are back on"
    );
    let text = std::fs::read_to_string(env.data_dir().join("checklists/self-care.yaml")).unwrap();
    assert!(text.contains("done: true"), "the tick was saved: {text}");
}

#[test]
fn esc_in_the_note_prompt_keeps_the_old_note() {
    let env = TestEnv::new();
    let kit = checklist::load("overdose-kit").unwrap().unwrap();
    let ids: Vec<&str> = kit.items().map(|i| i.id.as_str()).collect();
    let mut p = spawn(&env, &["checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "n");
    expect(&mut p, "Esc to cancel", &mut seen);
    // Typing goes where the cursor is: "Kitchn drawer", 8 to the left, "e".
    key(&mut p, "Kitchn drawer");
    key(&mut p, &"\u{1b}[D".repeat(8));
    key(&mut p, "e");
    key(&mut p, "\r");
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "n");
    expect(&mut p, "Esc to cancel", &mut seen);
    key(&mut p, " and more");
    std::thread::sleep(std::time::Duration::from_millis(100));
    key(&mut p, "\u{1b}");
    expect(&mut p, "q quit", &mut seen);
    // Esc on an item with no note leaves it with none.
    key(&mut p, "j");
    key(&mut p, "n");
    expect(&mut p, "Esc to cancel", &mut seen);
    key(&mut p, "nothing");
    std::thread::sleep(std::time::Duration::from_millis(100));
    key(&mut p, "\u{1b}");
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("Saved. 0 of"), "{rest}");
    let text =
        std::fs::read_to_string(env.data_dir().join("checklists/overdose-kit.yaml")).unwrap();
    let saved: Progress = kinship::yaml::from_str(&text).unwrap();
    assert_eq!(saved.note(ids[0]), Some("Kitchen drawer"), "{text}");
    assert_eq!(saved.note(ids[1]), None, "{text}");
}

#[test]
fn messages_on_a_terminal_wrap_at_spaces_and_piped_stay_one_line() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["--region", "zz", "sos"],
        &[("COLUMNS", "60"), ("NO_COLOR", "1")],
    );
    let out = p.exp_eof().unwrap();
    let start = out.find("warning:").expect("a warning");
    let warning: Vec<&str> = out[start..].lines().collect();
    assert!(warning.len() > 2, "{out}");
    for line in &warning {
        assert!(line.chars().count() <= 60, "{line:?} is wider than 60");
    }
    // Wrapped at spaces: joined again, the sentence is whole.
    let joined = warning
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        joined.contains("There is no country or region called \"zz\" (from --region)."),
        "{joined}"
    );
    let piped = env
        .kinship()
        .args(["--region", "zz", "sos"])
        .output()
        .unwrap();
    let err = String::from_utf8(piped.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "piped, one line: {err}");
}

#[test]
fn checkin_in_a_real_terminal_asks_each_area_and_saves() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["checkin"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Your own wellbeing", &mut seen);
    expect(&mut p, "Enter to skip)", &mut seen);
    key(&mut p, "12\r");
    expect(&mut p, "12 is more than 10", &mut seen);
    expect(&mut p, "Your own wellbeing", &mut seen);
    key(&mut p, "5 tired\r");
    expect(&mut p, "Sleep and health", &mut seen);
    key(&mut p, "3\r");
    expect(&mut p, "You and your loved one", &mut seen);
    key(&mut p, "\r");
    for area in [
        "The rest of the family",
        "Friends and time for you",
        "Work or daily tasks",
        "Money",
        "Overall",
    ] {
        expect(&mut p, area, &mut seen);
        key(&mut p, "6\r");
    }
    expect(&mut p, "One sentence about your week", &mut seen);
    key(&mut p, "Better than last week\r");
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("Saved your check-in: 7 of 8 areas."),
        "{rest}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["checkin", "history", "--json"])).unwrap();
    let c = &json["checkins"][0];
    assert_eq!(c["ratings"]["wellbeing"], 5);
    assert_eq!(c["notes"]["wellbeing"], "tired");
    assert_eq!(c["ratings"]["health"], 3);
    assert!(c["ratings"].get("loved-one").is_none());
    assert_eq!(c["sentence"], "Better than last week");
}

#[test]
fn an_expired_kit_is_said_after_the_card_and_the_number_stays_on_screen() {
    let env = TestEnv::new();
    env.ok(&["kit", "add", "Old spray", "--expires", "2026-09"]);
    for region in ["us", "jp"] {
        let mut p = spawn(&env, &["--region", region, "sos"], &[("NO_COLOR", "1")]);
        let out = p.exp_eof().unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert!(
            lines[0].starts_with("Overdose? Call"),
            "{region}: the emergency line comes first:\n{out}"
        );
        let reminder = lines
            .iter()
            .position(|l| l.contains("\"Old spray\" expired"))
            .unwrap_or_else(|| panic!("{region}: the reminder:\n{out}"));
        let end = lines
            .iter()
            .position(|l| l.contains("Not medical advice"))
            .unwrap();
        assert!(reminder > end, "{region}: after the card:\n{out}");
        // One row is left for the shell's prompt.
        assert!(lines.len() <= 23, "{region}: {} lines:\n{out}", lines.len());
    }
}

#[test]
fn the_card_with_a_long_household_plan_leaves_a_row_for_the_shell_prompt() {
    let env = TestEnv::new();
    let answers = env.home().join("household.yaml");
    std::fs::write(
        &answers,
        "naloxone_where: In the kitchen drawer left of the sink, and a second one in the blue backpack in the hall cupboard\n\
         address: 1234 Long Street Name Avenue, Apartment 56B, fourth floor, buzzer 12, Springfield, Illinois 62704\n\
         medications: Methadone 80 mg daily, sertraline 100 mg, gabapentin 300 mg three times a day\n\
         allergies: Penicillin (rash), latex\n",
    )
    .unwrap();
    env.ok(&[
        "plan",
        "import",
        "overdose-plan",
        answers.to_str().unwrap(),
        "--name",
        "home",
    ]);
    for region in ["us", "jp"] {
        let mut p = spawn(&env, &["--region", region, "sos"], &[("NO_COLOR", "1")]);
        let out = p.exp_eof().unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("Overdose? Call"), "{region}:\n{out}");
        // 24 rows: once the shell's prompt is drawn under the card, its
        // first line must still be on the screen.
        assert!(lines.len() <= 23, "{region}: {} lines:\n{out}", lines.len());
        assert!(
            out.contains("8. Tell the emergency team"),
            "{region}:\n{out}"
        );
    }
}
