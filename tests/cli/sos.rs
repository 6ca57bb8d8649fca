//! `kinship sos`: the card at once, the walk in a real pseudo-terminal with a
//! fast clock, its log on screen and on disk, and `sos log`.

use crate::print::{HOUSEHOLD, import};
use crate::pty::{expect, key, spawn, spawn_without};
use crate::support::{TestEnv, has_escapes};
use regex::Regex;
use std::fs;

/// The test clock runs 60 times as fast: the 2-minute countdown takes 2 seconds.
const FAST: (&str, &str) = ("KINSHIP_CLOCK_SPEED", "60");

fn log_files(env: &TestEnv) -> Vec<std::path::PathBuf> {
    let dir = env.data_dir().join("sos");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "yaml")
                        && !p.file_name().unwrap().to_string_lossy().starts_with('.')
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The lines of the printed log, as "what" texts in order.
fn logged(out: &str) -> Vec<String> {
    let escapes = Regex::new(r"\x1b\[[0-9;?]*[A-Za-z]").unwrap();
    let out = escapes.replace_all(out, "");
    let line = Regex::new(r"(?m)^  \d\d:\d\d  (.+?)\r?$").unwrap();
    let start = out.find("What happened").expect("the log is printed");
    line.captures_iter(&out[start..])
        .map(|c| c[1].trim_end().to_string())
        .collect()
}

#[test]
fn the_card_comes_at_once_with_the_number_first_and_every_step() {
    let env = TestEnv::new();
    for args in [&["sos"][..], &["emergency"], &["sos", "--walk"]] {
        let out = env.ok(args);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "Overdose? Call 911 now.", "{args:?}:\n{out}");
        assert!(lines.len() <= 24, "{out}");
        for n in 1..=8 {
            assert!(out.contains(&format!("\n{n}. ")), "{out}");
        }
        assert!(out.contains("kinship sos --walk"), "{out}");
        assert!(!has_escapes(&out));
    }
    let ie = env.ok(&["--region", "ie", "sos"]);
    assert!(ie.starts_with("Overdose? Call 112 or 999 now."), "{ie}");
    assert!(ie.contains("Numbers for Ireland (ie)"), "{ie}");
    let plain = env.ok(&["--plain", "sos"]);
    assert!(!plain.contains('•') && !plain.contains('·'), "{plain}");
    assert!(log_files(&env).is_empty(), "the card alone writes nothing");
}

#[test]
fn the_walk_goes_in_order_counts_down_and_logs_every_step() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["sos", "--walk"], &[FAST]);
    let mut seen = String::new();
    // No question first: the first step is on screen at once.
    expect(&mut p, "Call 911 now. Put the phone on speaker.", &mut seen);
    key(&mut p, "\r");
    expect(
        &mut p,
        "Not breathing, or only gasping? Start CPR now.",
        &mut seen,
    );
    key(&mut p, "\r");
    expect(
        &mut p,
        "Give naloxone. Spray it into one nostril.",
        &mut seen,
    );
    key(&mut p, "\r");
    expect(
        &mut p,
        "Breathing, but very slowly? Give rescue breaths.",
        &mut seen,
    );
    expect(&mut p, "Another dose in", &mut seen);
    // The countdown reaches zero (2 clock minutes), with the bell.
    expect(&mut p, "No better? Give another dose now.", &mut seen);
    expect(&mut p, "\u{7}", &mut seen);
    key(&mut p, "p");
    expect(&mut p, "BREATHE NOW", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Roll them onto their side.", &mut seen);
    key(&mut p, "s");
    expect(&mut p, "Give a second dose.", &mut seen);
    key(&mut p, "b");
    expect(&mut p, "Roll them onto their side.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give a second dose.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Stay with them until help comes.", &mut seen);
    expect(&mut p, "The last dose of naloxone was at", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Tell the emergency team what happened.", &mut seen);
    key(&mut p, "\r");
    let rest = p.exp_eof().expect("the walk ends after the last step");
    seen.push_str(&rest);
    assert_eq!(
        logged(&seen),
        [
            "called 911",
            "CPR (chest pushes)",
            "naloxone, first dose",
            "rescue breaths",
            "not rolled onto their side",
            "on their side (recovery position)",
            "naloxone, second dose",
            "stayed with them until help came",
            "told the emergency team",
        ],
        "{seen}"
    );
    assert!(seen.contains("Saved in"), "{seen}");
    let files = log_files(&env);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].ends_with("sos/2026-11-22T21-04-00.yaml"));
    let saved = fs::read_to_string(&files[0]).unwrap();
    assert!(saved.contains("ending: finished"), "{saved}");
    assert!(saved.contains("what: naloxone, second dose"), "{saved}");
    assert_eq!(saved.matches("dose: true").count(), 2, "{saved}");
    // `sos log` lists it and shows it.
    let list = env.ok(&["sos", "log"]);
    assert!(list.contains("2026-11-22T21-04-00"), "{list}");
    assert!(list.contains("2 doses of naloxone, finished"), "{list}");
    let shown = env.ok(&["sos", "log", "last"]);
    assert_eq!(logged(&shown)[0], "called 911", "{shown}");
    assert!(shown.contains("The walk finished at"), "{shown}");
}

#[test]
fn ctrl_c_mid_walk_prints_and_keeps_the_log() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["sos", "--walk"], &[FAST]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Start CPR now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give naloxone.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give rescue breaths.", &mut seen);
    key(&mut p, "\u{3}");
    expect(&mut p, "Stopped with Ctrl-C.", &mut seen);
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert_eq!(
        logged(&seen),
        ["called 911", "CPR (chest pushes)", "naloxone, first dose"],
        "{seen}"
    );
    let status = format!("{:?}", p.process().wait().unwrap());
    assert!(
        status.starts_with("Exited(") && status.ends_with(", 130)"),
        "{status}"
    );
    let files = log_files(&env);
    let saved = fs::read_to_string(&files[0]).unwrap();
    assert!(saved.contains("ending: interrupted"), "{saved}");
    assert!(saved.contains("what: naloxone, first dose"), "{saved}");
    // The terminal is given back: the alternate screen is left, the cursor shown.
    assert!(seen.contains("\u{1b}[?1049l"), "{seen:?}");
    assert!(seen.contains("\u{1b}[?25h"), "{seen:?}");
}

#[test]
fn a_clock_speed_alone_runs_fast_from_the_real_now() {
    let env = TestEnv::new();
    let mut p = spawn_without(&env, &["sos", "--walk"], &[FAST], &["KINSHIP_NOW"]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Start CPR now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give naloxone.", &mut seen);
    key(&mut p, "\r");
    // Two clock minutes in about two seconds: at real speed this would time out.
    expect(&mut p, "No better? Give another dose now.", &mut seen);
    key(&mut p, "q");
    p.exp_eof().unwrap();
    let files = log_files(&env);
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_stem().unwrap().to_string_lossy().into_owned();
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let yesterday = (chrono::Local::now() - chrono::TimeDelta::days(1))
        .format("%Y-%m-%d")
        .to_string();
    assert!(
        name.starts_with(&today) || name.starts_with(&yesterday),
        "the clock starts at the real now: {name}"
    );
}

#[test]
fn quitting_at_once_saves_nothing_and_says_so() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["sos", "--walk"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    key(&mut p, "q");
    expect(
        &mut p,
        "Nothing was marked done, so no log was saved.",
        &mut seen,
    );
    p.exp_eof().unwrap();
    assert!(log_files(&env).is_empty());
    let left: Vec<_> = fs::read_dir(env.data_dir().join("sos"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "not even a lock file: {left:?}");
}

#[test]
fn plain_mode_says_each_thing_once_as_lines() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["--plain", "sos", "--walk"], &[FAST]);
    let mut seen = String::new();
    expect(
        &mut p,
        "Step 1 of 8. Call 911 now. Put the phone on speaker.",
        &mut seen,
    );
    key(&mut p, "\r");
    expect(&mut p, "Noted: 21:04 called 911.", &mut seen);
    expect(
        &mut p,
        "Step 2 of 8. Not breathing, or only gasping? Start CPR now.",
        &mut seen,
    );
    key(&mut p, "\r");
    expect(&mut p, "Noted: 21:04 CPR (chest pushes).", &mut seen);
    expect(&mut p, "Step 3 of 8. Give naloxone.", &mut seen);
    key(&mut p, "\r");
    expect(
        &mut p,
        "If they are no better, another dose may be given at",
        &mut seen,
    );
    expect(
        &mut p,
        "2 minutes since the last dose. No better? Give another dose now.",
        &mut seen,
    );
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert!(
        !seen.contains("\u{1b}["),
        "no escape codes in plain mode: {seen:?}"
    );
    assert_eq!(
        seen.matches("Step 4 of 8").count(),
        1,
        "nothing is said twice: {seen}"
    );
    // The keys are broken into lines between keys, within the screen: the
    // terminal never has to wrap one into a lone "911.".
    for line in seen
        .lines()
        .filter(|l| l.contains("Keys:") || l.contains("number:"))
    {
        assert!(line.trim_end().chars().count() <= 80, "{line:?}");
    }
    assert!(seen.contains("Emergency number: 911."), "{seen}");
}

#[test]
fn sos_log_handles_no_logs_unknown_names_and_broken_files() {
    let env = TestEnv::new();
    let out = env.kinship().args(["sos", "log"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("No overdose walk has been logged yet."));
    let (code, _, err) = env.run(&["sos", "log", "last"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("No overdose walk has been logged yet."),
        "{err}"
    );
    assert_eq!(env.ok(&["sos", "log", "--json"]).trim(), "[]");

    let dir = env.data_dir().join("sos");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("2026-11-20T08-00-00.yaml"),
        "schema: 1\nstarted: 2026-11-20T08:00:00+00:00\nregion: gb\nevents:\n- at: 2026-11-20T08:01:00+00:00\n  step: call-emergency\n  what: called 999\n",
    )
    .unwrap();
    fs::write(dir.join("2026-11-21T08-00-00.yaml"), "events: [oops\n").unwrap();
    let (code, out, err) = env.run(&["sos", "log"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2026-11-20T08-00-00"), "{out}");
    assert!(out.contains("not finished"), "{out}");
    assert!(
        err.contains("2026-11-21T08-00-00"),
        "the broken file is named: {err}"
    );
    let shown = env.ok(&["sos", "log", "2026-11-20T08-00-00"]);
    assert!(shown.contains("08:01  called 999"), "{shown}");
    assert!(shown.contains("did not finish"), "{shown}");
    let (code, _, err) = env.run(&["sos", "log", "2026-11-21T08-00-00"]);
    assert_eq!(code, 1);
    assert!(err.contains("line 1"), "{err}");
    assert_eq!(
        fs::read_to_string(dir.join("2026-11-21T08-00-00.yaml")).unwrap(),
        "events: [oops\n",
        "a broken log is left as it was"
    );
    let (code, _, err) = env.run(&["sos", "log", "yesterday"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("There is no overdose log called \"yesterday\""),
        "{err}"
    );
    assert!(err.contains("kinship sos log"), "{err}");
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["sos", "log", "--json"])).unwrap();
    assert_eq!(json[0]["name"], "2026-11-20T08-00-00");
    assert_eq!(json[0]["events"][0]["what"], "called 999");
}

#[test]
fn sos_log_last_skips_a_broken_newest_log_and_the_list_reads_well() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("sos");
    fs::create_dir_all(&dir).unwrap();
    let log = |what: &str, dose: bool| {
        format!(
            "schema: 1\nstarted: 2026-11-20T08:00:00+00:00\nregion: us\nevents:\n\
             - at: 2026-11-20T08:01:00+00:00\n  step: give-naloxone\n  what: {what}\n  dose: {dose}\n"
        )
    };
    fs::write(dir.join("2026-11-20T08-00-00.yaml"), log("first", true)).unwrap();
    fs::write(dir.join("2026-11-20T08-00-00-2.yaml"), log("second", false)).unwrap();
    fs::write(dir.join("2026-11-20T08-00-00-10.yaml"), log("tenth", true)).unwrap();
    fs::write(dir.join("2026-11-21T08-00-00.yaml"), "events: [oops\n").unwrap();

    let (code, out, err) = env.run(&["sos", "log", "last"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("08:01  tenth"),
        "the newest readable log: {out}"
    );
    assert!(
        err.contains("warning:") && err.contains("2026-11-21T08-00-00.yaml"),
        "the broken file is named: {err}"
    );
    assert_eq!(
        fs::read_to_string(dir.join("2026-11-21T08-00-00.yaml")).unwrap(),
        "events: [oops\n"
    );

    let (code, out, err) = env.run(&["sos", "log"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with("2026")).collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].contains("1 step, 1 dose of naloxone"), "{out}");
    assert!(lines[1].contains("1 step, 0 doses of naloxone"), "{out}");
    assert!(
        lines[2].starts_with("2026-11-20T08-00-00-10 "),
        "in number order: {out}"
    );
    let column: Vec<usize> = lines
        .iter()
        .map(|l| l.find(" 20 Nov 2026 08:00").unwrap() + 1)
        .collect();
    assert!(column.iter().all(|c| *c == column[0]), "aligned: {out}");
    assert!(
        lines.iter().all(|l| l[..column[0]].ends_with("  ")),
        "two spaces at least between the columns: {out}"
    );
    assert!(err.contains("2026-11-21T08-00-00"), "{err}");

    // Only broken logs: an error that says so, not a crash.
    let only_broken = TestEnv::new();
    let dir = only_broken.data_dir().join("sos");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("2026-11-21T08-00-00.yaml"), "events: [oops\n").unwrap();
    let (code, _, err) = only_broken.run(&["sos", "log", "last"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("No saved overdose log can be read."), "{err}");
    assert!(err.contains("2026-11-21T08-00-00.yaml"), "{err}");
}

#[test]
fn a_log_that_cannot_be_saved_never_stops_the_walk() {
    let env = TestEnv::new();
    // The data folder's place is taken by a file: nothing can be saved.
    fs::write(env.data_dir(), "not a folder").unwrap();
    let mut p = spawn(&env, &["sos", "--walk"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "The log cannot be saved", &mut seen);
    expect(&mut p, "Start CPR now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give naloxone.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give rescue breaths.", &mut seen);
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert_eq!(
        logged(&seen),
        ["called 911", "CPR (chest pushes)", "naloxone, first dose"],
        "{seen}"
    );
    assert!(seen.contains("Copy it from above"), "{seen}");
}

#[test]
fn a_bad_region_or_clock_never_stops_the_card() {
    let env = TestEnv::new();
    let card = |args: &[&str], vars: &[(&str, &str)]| {
        let mut cmd = env.kinship();
        cmd.args(args);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    // No locale: the default region, as when nothing is set, and a warning
    // that says how to fix it.
    let (code, out, err) = card(&["sos"], &[("KINSHIP_REGION", "xx")]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
    assert!(
        err.contains("warning: There is no country or region called \"xx\""),
        "{err}"
    );
    assert!(
        err.contains("set KINSHIP_REGION to a country code or one of"),
        "{err}"
    );
    // A bad flag: the locale's region.
    let (code, out, err) = card(
        &["emergency", "--region", "uk2"],
        &[("LANG", "en_GB.UTF-8")],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("Overdose? Call 999 now."), "{out}");
    assert!(
        err.contains("\"uk2\"") && err.contains("use --region with"),
        "{err}"
    );
    // --walk off a terminal prints the card too.
    let (code, out, _) = card(&["sos", "--walk"], &[("KINSHIP_REGION", "xx")]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
    // A test clock that does not parse: the real time.
    let (code, out, err) = card(&["sos"], &[("KINSHIP_NOW", "yesterday")]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
    assert!(
        err.contains("\"yesterday\"") && err.contains("real time"),
        "{err}"
    );
    // Other commands still stop on a bad region.
    let (code, _, err) = card(&["resources"], &[("KINSHIP_REGION", "xx")]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("error: There is no country or region called \"xx\""),
        "{err}"
    );
}

#[test]
fn a_closed_window_or_sigterm_mid_walk_keeps_the_log_and_gives_the_terminal_back() {
    use rexpect::process::{Signal, WaitStatus};
    for signal in [Signal::SIGHUP, Signal::SIGTERM] {
        let env = TestEnv::new();
        let mut p = spawn(&env, &["sos", "--walk"], &[FAST]);
        let mut seen = String::new();
        expect(&mut p, "Call 911 now.", &mut seen);
        key(&mut p, "\r");
        expect(&mut p, "Start CPR now.", &mut seen);
        p.process_mut().signal(signal).unwrap();
        let rest = p.exp_eof().unwrap();
        seen.push_str(&rest);
        let status = p.process().wait().unwrap();
        assert!(
            matches!(status, WaitStatus::Exited(_, 130)),
            "{signal:?}: {status:?}\n{seen}"
        );
        assert_eq!(logged(&seen), ["called 911"], "{signal:?}: {seen}");
        assert!(
            seen.contains("Stopped: kinship was asked to end."),
            "{seen}"
        );
        // The alternate screen is left and the cursor shown.
        let entered = seen.rfind("\u{1b}[?1049h").unwrap();
        assert!(seen.rfind("\u{1b}[?1049l").unwrap() > entered, "{seen:?}");
        assert!(seen.rfind("\u{1b}[?25h").unwrap() > entered, "{seen:?}");
        let saved = fs::read_to_string(&log_files(&env)[0]).unwrap();
        assert!(saved.contains("ending: interrupted"), "{signal:?}: {saved}");
        assert!(saved.contains("what: called 911"), "{saved}");
    }
}

/// Runs kinship to its end, or fails the test (rather than hanging it) when
/// it is still running after a very generous while: for the cases where a
/// wait would be the bug.
fn run_without_waiting(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = env
        .command()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("kinship {args:?} is waiting for something");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The card's lines from the one that starts step `n` to the next step's.
fn step_lines(card: &str, n: usize) -> String {
    let start = card
        .find(&format!("\n{n}. "))
        .expect("the step is on the card");
    let rest = &card[start + 1..];
    let end = rest[1..]
        .find(&format!("\n{}. ", n + 1))
        .or_else(|| rest.find("\n\n"))
        .map_or(rest.len(), |e| e + 1);
    rest[..end].to_string()
}

#[test]
fn the_card_shows_the_households_details_on_their_steps() {
    let env = TestEnv::new();
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    // A region set, so the card has no line saying its numbers are a default.
    env.ok(&["config", "set", "region", "us"]);
    for args in [
        &["sos"][..],
        &["emergency"],
        &["--plain", "sos"],
        &["sos", "--walk"],
    ] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 0, "{err}");
        assert!(err.is_empty(), "{args:?}: {err}");
        assert!(out.lines().count() <= 24, "{out}");
        assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
        assert!(
            step_lines(&out, 1).contains("\n   Address: 14 Mill Lane, second floor, blue door."),
            "{out}"
        );
        assert!(
            step_lines(&out, 3).contains("\n   Naloxone: Kitchen drawer by the sink <b>left</b>"),
            "{out}"
        );
        assert!(
            step_lines(&out, 8)
                .contains("\n   Medicines: Buprenorphine, once a day. Allergies: Penicillin."),
            "{out}"
        );
        for n in [2, 4, 5, 6, 7] {
            let lines = step_lines(&out, n);
            for label in ["Address:", "Naloxone:", "Medicines:", "Allergies:"] {
                assert!(!lines.contains(label), "step {n}: {out}");
            }
        }
        assert!(!has_escapes(&out));
    }
    // Who can use it and who to call after are for the printed card, not this one.
    let out = env.ok(&["sos"]);
    assert!(
        !out.contains("Aunt Ruth") && !out.contains("Mom, Dad and Jo"),
        "{out}"
    );
}

#[test]
fn long_details_leave_the_card_within_24_lines_in_every_region() {
    let env = TestEnv::new();
    // Each answer as long as the form takes (200 characters).
    let long = |start: &str| {
        let mut text = start.to_string();
        while text.len() < 200 {
            text.push_str(" and so on");
        }
        text[..200].to_string()
    };
    import(
        &env,
        "overdose-plan",
        "home",
        &format!(
            "address: {}\nnaloxone_where: {}\nmedications: {}\nallergies: {}\n",
            long("Flat 4, 14 Mill Lane"),
            long("Kitchen drawer"),
            long("Buprenorphine"),
            long("Penicillin")
        ),
    );
    for entry in kinship::content::embedded::REGIONS {
        let code = entry.code;
        let (status, out, err) = env.run(&["--region", code, "sos"]);
        assert_eq!(status, 0, "{code}: {err}");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() <= 24, "{code}: {} lines\n{out}", lines.len());
        assert!(
            lines.iter().all(|l| l.chars().count() <= 80),
            "{code}:\n{out}"
        );
        assert!(lines[0].contains("Call"), "{code}: {out}");
        for n in 1..=8 {
            assert!(
                out.contains(&format!("\n{n}. ")),
                "{code}: never the steps\n{out}"
            );
        }
        // What is dropped goes last step first: never a later detail
        // without the earlier ones.
        let shown = ["Address:", "Naloxone:", "Medicines:", "Allergies:"].map(|l| out.contains(l));
        assert!(!shown[1] || shown[0], "{code}: {out}");
        assert!(!(shown[2] || shown[3]) || shown[1], "{code}: {out}");
    }
    // In the United States the address fits, and nothing more.
    let out = env.ok(&["--region", "us", "sos"]);
    assert!(
        out.contains("   Address: Flat 4, 14 Mill Lane and so on"),
        "{out}"
    );
    assert!(!out.contains("Medicines:"), "{out}");
}

#[test]
fn two_overdose_plans_give_no_details_unless_one_is_named() {
    let env = TestEnv::new();
    let plain = env.ok(&["sos"]);
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    import(&env, "overdose-plan", "gran", "address: 2 Hill Road.\n");
    let (code, out, err) = env.run(&["sos"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, plain, "which household is not guessed");
    assert!(err.is_empty(), "nothing asked or said: {err}");
    let (code, out, err) = env.run(&["sos", "--plan", "gran"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("   Address: 2 Hill Road."), "{out}");
    assert!(
        !out.contains("Mill Lane") && !out.contains("Naloxone:"),
        "{out}"
    );
    let out = env.ok(&["emergency", "--plan", " home "]);
    assert!(out.contains("Address: 14 Mill Lane"), "{out}");
}

#[test]
fn a_plan_named_that_cannot_be_used_gives_the_card_and_one_warning() {
    let env = TestEnv::new();
    let plain = env.ok(&["sos"]);
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    import(&env, "intervention", "dad", crate::print::PLAN);
    for (name, says) in [
        ("hom", "There is no plan called \"hom\"."),
        ("dad", "The plan \"dad\" is an intervention plan"),
    ] {
        let (code, out, err) = env.run(&["sos", "--plan", name]);
        assert_eq!(code, 0, "the card always prints: {err}");
        assert_eq!(out, plain, "{name}");
        assert!(err.contains(says), "{name}: {err}");
        assert!(
            err.contains("The card shows no household details."),
            "{err}"
        );
        assert_eq!(err.matches("warning:").count(), 1, "{err}");
        assert!(!err.contains("hint:"), "one warning, no more: {err}");
    }
    // The walk, off a terminal, is the card: the same.
    let (code, out, err) = env.run(&["sos", "--walk", "--plan", "hom"]);
    assert_eq!(code, 0);
    assert_eq!(out, plain);
    assert!(err.contains("\"hom\""), "{err}");
}

#[test]
fn a_plan_that_cannot_be_read_leaves_the_card_as_it_was() {
    let env = TestEnv::new();
    let plain = env.ok(&["sos"]);
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    let file = env.data_dir().join("plans/home.yaml");
    fs::write(&file, "answers: {{{").unwrap();
    let (code, out, err) = env.run(&["sos"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, plain);
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        "answers: {{{",
        "left as it was"
    );
    // Named, it is a warning.
    let (code, out, err) = env.run(&["sos", "--plan", "home"]);
    assert_eq!(code, 0);
    assert_eq!(out, plain);
    assert!(err.contains("Could not read your plan \"home\""), "{err}");
    // A broken plan may be the household's own: with it there, another
    // overdose plan's address is not shown as if it were the only one.
    import(&env, "overdose-plan", "gran", "address: 2 Hill Road.\n");
    let (code, out, err) = env.run(&["sos"]);
    assert_eq!(code, 0);
    assert_eq!(out, plain);
    assert!(err.is_empty(), "{err}");
    // The data folder is a file: the card, as without a plan.
    let odd = TestEnv::new();
    fs::write(odd.data_dir(), "not a folder").unwrap();
    let (code, out, err) = odd.run(&["sos"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, plain.as_str(), ""));
}

#[test]
fn nothing_in_the_plans_folder_makes_the_card_wait() {
    let env = TestEnv::new();
    let plain = env.ok(&["sos"]);
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    // Another kinship is saving the plan: its lock is held. Reading needs
    // no lock, so the card comes at once, with the details.
    let lock = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(env.data_dir().join("plans/.home.yaml.lock"))
        .unwrap();
    lock.lock().unwrap();
    let (code, out, err) = run_without_waiting(&env, &["sos"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Address: 14 Mill Lane"), "{out}");
    drop(lock);
    // A FIFO where the plan was: never opened.
    let file = env.data_dir().join("plans/home.yaml");
    fs::remove_file(&file).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&file)
        .status()
        .unwrap();
    assert!(made.success());
    let (code, out, err) = run_without_waiting(&env, &["sos"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, plain.as_str(), ""));
    let (code, out, err) = run_without_waiting(&env, &["sos", "--plan", "home"]);
    assert_eq!(code, 0);
    assert_eq!(out, plain);
    assert!(err.contains("not a plain file"), "{err}");
}

#[test]
fn user_text_from_the_plan_never_reaches_the_terminal_raw() {
    let env = TestEnv::new();
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    // Edited by hand: a line break, and terminal escapes kinship would
    // never have let in. Neither is a valid answer, so neither is shown;
    // the rest of the plan still is.
    let file = env.data_dir().join("plans/home.yaml");
    let text = fs::read_to_string(&file)
        .unwrap()
        .replace(
            "address: 14 Mill Lane, second floor, blue door.",
            "address: \"14 Mill Lane,\\nsecond floor\"",
        )
        .replace(
            "allergies: Penicillin.",
            "allergies: \"Pen\\e[2J\\e]0;owned\\aicillin\"",
        );
    assert!(
        text.contains("\\e[2J") && text.contains("\\nsecond"),
        "{text}"
    );
    fs::write(&file, text).unwrap();
    for color in ["never", "always"] {
        let (code, out, err) = env.run(&["--color", color, "sos"]);
        assert_eq!(code, 0, "{err}");
        assert!(
            !out.contains("\u{1b}[2J") && !out.contains("\u{1b}]0") && !out.contains('\u{7}'),
            "{out:?}"
        );
        assert!(
            !out.contains("Mill Lane") && !out.contains("owned"),
            "{out}"
        );
        assert!(out.contains("Medicines:"), "{out}");
        assert!(out.lines().count() <= 24, "{out}");
        assert!(err.is_empty(), "{err}");
    }
}

#[test]
fn the_cpr_pacer_keeps_the_beat_with_the_bell_and_counts_to_30() {
    let env = TestEnv::new();
    // Five times real speed: every beat is drawn, even on a busy machine.
    let mut p = spawn(&env, &["sos", "--walk"], &[("KINSHIP_CLOCK_SPEED", "5")]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    assert!(!seen.contains("pacer"), "no pacer on the call: {seen}");
    key(&mut p, "\r");
    expect(&mut p, "Start CPR now.", &mut seen);
    expect(&mut p, "p CPR pacer", &mut seen);
    key(&mut p, "p");
    expect(
        &mut p,
        "PUSH 1 of 30 (110 a minute, with the bell)",
        &mut seen,
    );
    let from = seen.len();
    expect(&mut p, "PUSH 2 of 30", &mut seen);
    assert!(seen[from..].contains('\u{7}'), "a bell on each push");
    expect(
        &mut p,
        "PUSH 30 of 30. Trained? Give 2 breaths now.",
        &mut seen,
    );
    expect(&mut p, "PUSH 1 of 30", &mut seen);
    expect(&mut p, "p pacer off", &mut seen);
    key(&mut p, "p");
    expect(&mut p, "p CPR pacer", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give naloxone.", &mut seen);
    key(&mut p, "\r");
    // Rescue breathing keeps its own pacer: a breath every 5 seconds.
    expect(&mut p, "Give rescue breaths.", &mut seen);
    expect(&mut p, "p breathing pacer", &mut seen);
    key(&mut p, "p");
    expect(&mut p, "BREATHE NOW (breath 1)", &mut seen);
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert_eq!(
        logged(&seen),
        ["called 911", "CPR (chest pushes)", "naloxone, first dose"],
        "{seen}"
    );
}

#[test]
fn on_a_dumb_terminal_the_cpr_pacer_rings_and_says_each_round() {
    let env = TestEnv::new();
    // Five times real speed: a beat every 109 ms, so a busy machine running
    // the suite late does not merge two beats into one bell.
    let mut p = spawn(
        &env,
        &["sos", "--walk"],
        &[("KINSHIP_CLOCK_SPEED", "5"), ("TERM", "dumb")],
    );
    let mut seen = String::new();
    expect(&mut p, "Step 1 of 8. Call 911 now.", &mut seen);
    key(&mut p, "\r");
    expect(
        &mut p,
        "Step 2 of 8. Not breathing, or only gasping? Start CPR now.",
        &mut seen,
    );
    expect(
        &mut p,
        "p CPR pacer, q quit. Emergency number: 911.",
        &mut seen,
    );
    key(&mut p, "p");
    expect(
        &mut p,
        "CPR pacer on: push with each bell, 110 a minute. Press p to stop it.",
        &mut seen,
    );
    expect(
        &mut p,
        "30 pushes. Trained? Give 2 breaths now, then push again.",
        &mut seen,
    );
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert!(!seen.contains("\u{1b}["), "no escape codes: {seen:?}");
    // A bell per push; a beat the machine was too late for rings once for
    // two, so allow a couple.
    assert!(
        seen.matches('\u{7}').count() >= 28,
        "a bell per push: {seen:?}"
    );
    assert!(!seen.contains("PUSH"), "pushes are rung, not said: {seen}");
    assert_eq!(seen.matches("Step 2 of 8").count(), 1, "{seen}");
}

#[test]
fn the_walk_shows_the_household_and_its_log_tells_one_story() {
    let env = TestEnv::new();
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    // The clock stands still: every dose is "too soon" for another.
    let mut p = spawn(&env, &["sos", "--walk"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    expect(&mut p, "Address: ", &mut seen);
    expect(&mut p, "14 Mill Lane, second floor, blue door.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Start CPR now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give naloxone.", &mut seen);
    expect(&mut p, "Kitchen drawer by the sink <b>left</b>", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give rescue breaths.", &mut seen);
    // n seconds after a dose asks first; s takes the question back.
    key(&mut p, "n");
    expect(&mut p, "Have you given another one?", &mut seen);
    expect(&mut p, "n again to log it, or s if not.", &mut seen);
    expect(&mut p, "n again: log the dose", &mut seen);
    expect(&mut p, "s not given", &mut seen);
    key(&mut p, "s");
    expect(&mut p, "Enter done", &mut seen);
    key(&mut p, "n");
    expect(&mut p, "Have you given another one?", &mut seen);
    key(&mut p, "n");
    expect(&mut p, "naloxone, second dose", &mut seen);
    key(&mut p, "s");
    expect(&mut p, "Roll them onto their side.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give a second dose.", &mut seen);
    // Skipped after two doses: nothing that says "no second dose".
    key(&mut p, "s");
    expect(&mut p, "Stay with them until help comes.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Tell the emergency team what happened.", &mut seen);
    expect(&mut p, "Buprenorphine, once a day.", &mut seen);
    expect(&mut p, "Penicillin.", &mut seen);
    key(&mut p, "\r");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert_eq!(
        logged(&seen),
        [
            "called 911",
            "CPR (chest pushes)",
            "naloxone, first dose",
            "naloxone, second dose",
            "no rescue breaths",
            "on their side (recovery position)",
            "stayed with them until help came",
            "told the emergency team",
        ],
        "{seen}"
    );
    let escapes = Regex::new(r"\x1b\[[0-9;?]*[A-Za-z]").unwrap();
    let printed = escapes
        .replace_all(&seen[seen.find("What happened").unwrap()..], "")
        .into_owned();
    for row in [
        "  Naloxone        2 doses, the last at 21:04, less than a minute ago",
        "  CPR             yes, at 21:04",
        "  Rescue breaths  no",
        "  Help called     at 21:04, less than a minute ago",
    ] {
        assert!(printed.contains(row), "{row}:\n{printed}");
    }
    let summary = printed.find("  Naloxone").unwrap();
    assert!(
        summary < printed.find("21:04  called 911").unwrap(),
        "the summary first"
    );
    // The saved file opens with the summary, and `sos log last` shows it.
    let saved = fs::read_to_string(&log_files(&env)[0]).unwrap();
    assert!(
        saved.starts_with("# What happened, in brief (every step, with its time, follows):\n#   Naloxone: 2 doses, the last at 21:04\n"),
        "{saved}"
    );
    assert!(!saved.contains("no second dose"), "{saved}");
    let shown = env.ok(&["sos", "log", "last"]);
    assert!(
        shown.contains("  Naloxone        2 doses, the last at 21:04, less than a minute ago"),
        "{shown}"
    );
    assert!(shown.contains("  CPR             yes, at 21:04"), "{shown}");
}

#[test]
fn keys_pressed_in_one_burst_each_count() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["sos", "--walk"], &[FAST]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    // Three Enters at once, as a frightened hand types them: three steps.
    key(&mut p, "\r\r\r");
    expect(&mut p, "Give rescue breaths.", &mut seen);
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert_eq!(
        logged(&seen),
        ["called 911", "CPR (chest pushes)", "naloxone, first dose"],
        "{seen}"
    );
}

#[test]
fn keys_mashed_before_a_dose_question_never_log_a_dose() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["sos", "--walk"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Start CPR now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give naloxone.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give rescue breaths.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Roll them onto their side.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give a second dose.", &mut seen);
    // A frightened hand on Enter: the first press asks, the rest were typed
    // before the question and answer nothing.
    key(&mut p, "\r\r\r\r\r");
    expect(&mut p, "Enter again: log the dose", &mut seen);
    std::thread::sleep(std::time::Duration::from_millis(300));
    key(&mut p, "q");
    seen.push_str(&p.exp_eof().unwrap());
    let logged = logged(&seen);
    assert!(
        !logged.iter().any(|l| l.contains("second dose")),
        "{logged:?}\n{seen}"
    );
    assert!(
        logged.contains(&"naloxone, first dose".to_string()),
        "{logged:?}"
    );
}

/// `checklist list`, `plan list` and `sos log` write a moment the same way,
/// and `sos log` gives its hint after the list, as a reader meets them on one
/// screen (both streams into one file, in the order they were written).
#[test]
fn the_lists_show_dates_one_way_and_the_log_list_ends_with_its_hint() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("sos");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("2026-11-20T08-00-00.yaml"),
        "schema: 1\nstarted: 2026-11-20T08:00:00+00:00\nregion: gb\nevents:\n- at: 2026-11-20T08:01:00+00:00\n  step: call-emergency\n  what: called 999\n",
    )
    .unwrap();
    let screen = env.home().join("screen.txt");
    let file = fs::File::create(&screen).unwrap();
    let status = env
        .command()
        .args(["sos", "log"])
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .status()
        .unwrap();
    assert!(status.success());
    let shown = fs::read_to_string(&screen).unwrap();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines.len(), 2, "{shown}");
    assert!(
        lines[0].starts_with("2026-11-20T08-00-00  20 Nov 2026 08:00  1 step,"),
        "{shown}"
    );
    assert!(lines[1].starts_with("hint: Show one:"), "{shown}");

    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    let checklists = env.ok(&["checklist", "list"]);
    assert!(
        checklists.contains("changed 22 Nov 2026 21:04"),
        "{checklists}"
    );
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    let plans = env.ok(&["plan", "list"]);
    assert!(plans.contains(" 22 Nov 2026 21:04 "), "{plans}");
}
