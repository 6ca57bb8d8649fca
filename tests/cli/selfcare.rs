//! Looking after yourself: weekly check-ins, the journal, the naloxone kit,
//! the reminders, and the calendar file, used as a family member would over
//! two months (the clock is moved with KINSHIP_NOW).

use crate::support::TestEnv;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Output;

/// Runs kinship at `now`; returns (exit code, stdout, stderr).
fn at(env: &TestEnv, now: &str, args: &[&str]) -> (i32, String, String) {
    let out: Output = env
        .kinship()
        .env("KINSHIP_NOW", format!("{now}T19:30:00+00:00"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn ok_at(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let (code, out, err) = at(env, now, args);
    assert_eq!(code, 0, "kinship {args:?} at {now} failed:\n{err}");
    out
}

/// Nine Sundays, 4 October to 29 November 2026.
const SUNDAYS: [&str; 9] = [
    "2026-10-04",
    "2026-10-11",
    "2026-10-18",
    "2026-10-25",
    "2026-11-01",
    "2026-11-08",
    "2026-11-15",
    "2026-11-22",
    "2026-11-29",
];

/// Two months of weekly check-ins: sleep gets better (3 to 7), money gets
/// worse (6 to 2), the rest stays about the same.
fn two_months(env: &TestEnv) {
    for (week, day) in SUNDAYS.iter().enumerate() {
        let health = 3 + week / 2;
        let money = 6 - week / 2;
        let ratings = [
            format!("wellbeing={}", 5 + week % 2),
            format!("health={health}"),
            "loved-one=4".to_string(),
            "family=5".to_string(),
            "friends=5".to_string(),
            "work=6".to_string(),
            format!("money={money}"),
            "overall=5".to_string(),
        ];
        let mut args = vec!["checkin", "add"];
        args.extend(ratings.iter().map(String::as_str));
        args.extend(["--note", "Private words about week"]);
        ok_at(env, day, &args);
    }
}

#[test]
fn two_months_of_checkins_draw_a_chart_that_says_what_changed() {
    let env = TestEnv::new();
    two_months(&env);
    let out = ok_at(&env, "2026-11-30", &["checkin", "history"]);
    assert!(
        out.starts_with("8 check-ins, 11 October to 29 November 2026 (the last 8 of 9)"),
        "{out}"
    );
    let health = out
        .lines()
        .find(|l| l.starts_with("Sleep and health"))
        .unwrap();
    assert!(
        health.ends_with("▃3  ▄4  ▄4  ▅5  ▅5  ▅6  ▅6  ▆7"),
        "{health}"
    );
    assert!(
        out.contains("What changed most: Sleep and health: 3 → 7 since 11 October."),
        "{out}"
    );
    assert!(
        out.contains("Lowest in your last check-in: Money (2)"),
        "{out}"
    );
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("`kinship guide self-care`, the part \"Protect the basics\""),
        "{out}"
    );
    assert!(
        out.ends_with("Your last week, in your words: Private words about week\n"),
        "{out}"
    );

    // The whole two months, as numbers only, for a screen reader.
    let out = ok_at(
        &env,
        "2026-11-30",
        &["--plain", "checkin", "history", "--last", "12"],
    );
    assert!(
        out.contains("Sleep and health: 3, 3, 4, 4, 5, 5, 6, 6, 7"),
        "{out}"
    );
    assert!(out.contains("Money: 6, 6, 5, 5, 4, 4, 3, 3, 2"), "{out}");
    assert!(
        out.contains("Sleep and health went from 3 to 7 since 4 October."),
        "{out}"
    );
    assert!(!out.contains('▃') && !out.contains('→'), "{out}");

    let json: serde_json::Value = serde_json::from_str(&ok_at(
        &env,
        "2026-11-30",
        &["checkin", "history", "--json"],
    ))
    .unwrap();
    assert_eq!(json["checkins"].as_array().unwrap().len(), 9);
    assert_eq!(json["checkins"][0]["ratings"]["health"], 3);
    assert_eq!(json["checkins"][8]["sentence"], "Private words about week");
    assert_eq!(json["changed_most"]["area"], "health");
    assert_eq!(json["lowest"]["area"], "money");
    assert_eq!(json["lowest"]["guide"], "self-care");
    let areas = json["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 8);
}

#[test]
fn the_check_in_files_are_private() {
    let env = TestEnv::new();
    ok_at(&env, "2026-11-22", &["checkin", "add", "health=5"]);
    ok_at(
        &env,
        "2026-11-22",
        &["kit", "add", "Narcan", "--expires", "2027-03"],
    );
    let (code, _, _) = env
        .kinship()
        .args(["journal", "--file", "-"])
        .write_stdin("A note.\n")
        .output()
        .map(|o| (o.status.code().unwrap(), (), ()))
        .unwrap();
    assert_eq!(code, 0);
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let data = env.data_dir();
    for file in ["self/checkins.yaml", "self/kit.yaml", "journal/0001.yaml"] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    for dir in ["self", "journal"] {
        assert_eq!(mode(&data.join(dir)), 0o700, "{dir}");
    }
}

#[test]
fn the_clock_moving_back_keeps_two_checkins_on_the_same_day() {
    let env = TestEnv::new();
    ok_at(&env, "2026-11-22", &["checkin", "add", "health=7"]);
    ok_at(&env, "2026-11-15", &["checkin", "add", "health=2"]);
    ok_at(&env, "2026-11-15", &["checkin", "add", "health=3"]);
    let json: serde_json::Value = serde_json::from_str(&ok_at(
        &env,
        "2026-11-22",
        &["checkin", "history", "--json"],
    ))
    .unwrap();
    let ratings: Vec<i64> = json["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ratings"]["health"].as_i64().unwrap())
        .collect();
    assert_eq!(ratings, [2, 3, 7], "all three kept, oldest first");
}

#[test]
fn bad_ratings_and_unknown_areas_are_refused_and_nothing_is_saved() {
    let env = TestEnv::new();
    for (args, says) in [
        (vec!["health=11"], "health: 11 is more than 10"),
        (vec!["health=-2"], "health: -2 is less than 0"),
        (vec!["health=six"], "\"six\" is not a whole number"),
        (vec!["health=6.5"], "\"6.5\" is not a whole number"),
        (
            vec!["helth=6"],
            "There is no area called \"helth\". Did you mean health?",
        ),
        (vec!["sleep=6"], "Did you mean health?"),
        (vec!["health"], "\"health\" is not AREA=N"),
        (vec!["health=6", "health=7"], "health is rated twice"),
    ] {
        let mut all = vec!["checkin", "add"];
        all.extend(args);
        let (code, _, err) = at(&env, "2026-11-22", &all);
        assert_eq!(code, 2, "{all:?}: {err}");
        assert!(err.contains(says), "{all:?}: {err}");
        assert!(err.contains("Nothing was saved"), "{err}");
    }
    assert!(!env.data_dir().join("self/checkins.yaml").exists());
    let out = ok_at(&env, "2026-11-22", &["checkin", "areas"]);
    assert!(
        out.contains("loved-one") && out.contains("Why it helps"),
        "{out}"
    );
    assert!(out.contains("CRAFT"), "{out}");
}

#[test]
fn corrupt_files_are_refused_with_where_and_left_alone_and_never_stop_the_home_screen() {
    let env = TestEnv::new();
    ok_at(&env, "2026-11-22", &["checkin", "add", "health=5"]);
    ok_at(
        &env,
        "2026-11-22",
        &["kit", "add", "Narcan", "--expires", "2026-12"],
    );
    let data = env.data_dir();
    let broken = "schema: 1\ncheckins: [this is: not: valid\n";
    for file in ["self/checkins.yaml", "self/kit.yaml"] {
        fs::write(data.join(file), broken).unwrap();
    }
    for args in [
        vec!["checkin", "add", "health=6"],
        vec!["checkin", "history"],
        vec!["kit", "add", "Spare", "--expires", "2027-05"],
        vec!["kit", "list"],
    ] {
        let (code, _, err) = at(&env, "2026-11-29", &args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains(&data.display().to_string()), "the path: {err}");
        assert!(err.contains("line 2, column"), "line and column: {err}");
        assert!(err.contains("kinship has not changed the file"), "{err}");
        assert!(err.contains("Fix the file by hand"), "the way out: {err}");
    }
    for file in ["self/checkins.yaml", "self/kit.yaml"] {
        assert_eq!(
            fs::read_to_string(data.join(file)).unwrap(),
            broken,
            "{file}"
        );
    }
    // The emergency screens still show, in full; the home screen says why
    // there is no reminder, once, on stderr.
    let (code, out, err) = at(&env, "2026-11-29", &[]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
    assert_eq!(
        err.matches("Could not read your naloxone kit list").count(),
        1,
        "{err}"
    );
    assert!(err.contains("Could not read your check-ins"), "{err}");
    assert_eq!(err.matches("warning:").count(), 1, "one warning: {err}");
    let (code, out, err) = at(&env, "2026-11-29", &["sos"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("911"), "{out}");
    assert!(!err.contains("Could not read"), "sos stays quiet: {err}");
}

#[test]
fn a_hand_edited_rating_out_of_range_is_refused_with_where() {
    let env = TestEnv::new();
    ok_at(&env, "2026-11-22", &["checkin", "add", "health=5"]);
    let path = env.data_dir().join("self/checkins.yaml");
    let edited = fs::read_to_string(&path)
        .unwrap()
        .replace("health: 5", "health: 55");
    fs::write(&path, &edited).unwrap();
    for args in [
        vec!["checkin", "history"],
        vec!["checkin", "add", "overall=6"],
    ] {
        let (code, out, err) = at(&env, "2026-11-29", &args);
        assert_eq!(code, 1, "{args:?}: {out}{err}");
        assert!(!out.contains("55"), "no chart of 55 out of 10: {out}");
        assert!(err.contains("55 is more than 10"), "why: {err}");
        assert!(err.contains("line "), "where: {err}");
        assert!(err.contains("kinship has not changed the file"), "{err}");
    }
    assert_eq!(fs::read_to_string(&path).unwrap(), edited);
}

/// The reminder lines of the home screen: the lines after "every command".
fn reminder_lines(home: &str) -> Vec<String> {
    let lines: Vec<&str> = home.lines().collect();
    let from = lines
        .iter()
        .position(|l| l.contains("kinship search WORDS"))
        .unwrap();
    lines[from + 1..]
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("Region:"))
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn an_expiring_kit_is_noticed_from_60_days_before_and_the_day_after_it_expires() {
    let env = TestEnv::new();
    ok_at(
        &env,
        "2026-11-22",
        &[
            "kit",
            "add",
            "Narcan nasal spray",
            "--expires",
            "2027-03",
            "--where",
            "kitchen drawer",
            "--count",
            "2",
        ],
    );
    // Every day from now to well after the expiry: quiet until 60 days
    // before the last day of March, then "expires", then "expired".
    let mut day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let last = chrono::NaiveDate::from_ymd_opt(2027, 4, 10).unwrap();
    let mut first_soon = None;
    let mut first_expired = None;
    while day <= last {
        let home = ok_at(&env, &day.to_string(), &[]);
        let lines = reminder_lines(&home);
        match lines.as_slice() {
            [] => assert!(first_soon.is_none(), "{day}: quiet again after a reminder"),
            [one] if one.contains("expired in March 2027") => {
                first_expired.get_or_insert(day);
            }
            [one]
                if one.contains("expires in")
                    || one.contains("expires today")
                    || one.contains("expires tomorrow") =>
            {
                assert!(first_expired.is_none(), "{day}");
                first_soon.get_or_insert(day);
                assert!(one.starts_with("Naloxone (kitchen drawer) expire"), "{one}");
            }
            other => panic!("{day}: unexpected reminders {other:?}"),
        }
        day = day.succ_opt().unwrap();
    }
    assert_eq!(
        first_soon.unwrap().to_string(),
        "2027-01-30",
        "60 days before 31 March"
    );
    assert_eq!(
        first_expired.unwrap().to_string(),
        "2027-04-01",
        "the first day after"
    );
    // The end of the sos card says it too, after the card, on stderr.
    let (code, out, err) = at(&env, "2027-04-01", &["sos"]);
    assert_eq!(code, 0);
    assert!(!out.contains("Narcan"), "never inside the card: {out}");
    assert!(
        err.contains(
            "Naloxone (kitchen drawer) expired in March 2027. Replace it: kinship kit list"
        ),
        "{err}"
    );
    // Used and replaced: quiet again.
    ok_at(&env, "2027-04-02", &["kit", "remove", "1"]);
    ok_at(
        &env,
        "2027-04-02",
        &["kit", "add", "Narcan", "--expires", "2029-04"],
    );
    assert!(reminder_lines(&ok_at(&env, "2027-04-03", &[])).is_empty());
}

#[test]
fn the_checkin_reminder_comes_after_two_weeks_and_can_be_turned_off() {
    let env = TestEnv::new();
    // Never checked in: no nagging.
    assert!(reminder_lines(&ok_at(&env, "2026-11-22", &[])).is_empty());
    ok_at(&env, "2026-11-01", &["checkin", "add", "overall=5"]);
    assert!(
        reminder_lines(&ok_at(&env, "2026-11-15", &[])).is_empty(),
        "14 days: not yet"
    );
    let lines = reminder_lines(&ok_at(&env, "2026-11-16", &[]));
    assert_eq!(
        lines,
        ["Last check-in: 15 days ago. Take a minute: kinship checkin"]
    );
    // Not after sos.
    let (_, _, err) = at(&env, "2026-11-16", &["sos"]);
    assert!(!err.contains("check-in"), "{err}");
    // Off: the check-in line goes, the expiry line stays.
    ok_at(&env, "2026-11-16", &["config", "set", "reminders", "off"]);
    ok_at(
        &env,
        "2026-11-16",
        &["kit", "add", "Narcan", "--expires", "2026-10"],
    );
    let lines = reminder_lines(&ok_at(&env, "2026-11-16", &[]));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("expired in October 2026"), "{lines:?}");
    let (code, _, err) = at(&env, "2026-11-16", &["config", "set", "reminders", "maybe"]);
    assert_eq!(code, 1);
    assert!(err.contains("Choose on or off"), "{err}");
    ok_at(&env, "2026-11-16", &["config", "set", "reminders", "on"]);
    assert_eq!(reminder_lines(&ok_at(&env, "2026-11-16", &[])).len(), 2);
}

#[test]
fn two_reminders_fit_on_a_24_line_screen_below_the_emergency_line() {
    let env = TestEnv::new();
    ok_at(&env, "2026-09-01", &["checkin", "add", "overall=5"]);
    ok_at(
        &env,
        "2026-09-01",
        &[
            "kit",
            "add",
            "A naloxone nasal spray with a rather long name",
            "--expires",
            "2026-10",
            "--where",
            "the drawer by the front door, under the gloves",
        ],
    );
    for columns in ["80", "60"] {
        let out = env
            .kinship()
            .env("KINSHIP_NOW", "2026-11-22T19:30:00+00:00")
            .env("COLUMNS", columns)
            .output()
            .unwrap();
        let out = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "Overdose? Call 911 now. Then: kinship guide overdose"
        );
        assert!(
            lines.len() <= 23,
            "{} lines at {columns} columns:\n{out}",
            lines.len()
        );
        let kit = lines
            .iter()
            .position(|l| l.contains("expired in October 2026"))
            .unwrap();
        let checkin = lines
            .iter()
            .position(|l| l.contains("Last check-in: 82 days ago"))
            .unwrap();
        assert!(kit > 0 && checkin > kit, "the kit first: {out}");
        if columns == "80" {
            assert!(lines.iter().all(|l| l.chars().count() <= 80), "{out}");
        }
        assert!(out.contains("kinship --help"), "the commands stay: {out}");
    }
}

#[test]
fn kit_expiry_and_ids_are_checked() {
    let env = TestEnv::new();
    for (expiry, says) in [
        ("2027-13", "\"2027-13\" has no month 13"),
        ("yesterday", "\"yesterday\" is not an expiry date"),
        ("2027-02-30", "February 2027 has no day 30"),
        ("27-03", "the year 27, which cannot be right"),
    ] {
        let (code, _, err) = at(
            &env,
            "2026-11-22",
            &["kit", "add", "Narcan", "--expires", expiry],
        );
        assert_eq!(code, 2, "{expiry}: {err}");
        assert!(err.contains(says), "{expiry}: {err}");
        assert!(err.contains("such as 2027-03"), "{err}");
    }
    let (code, _, err) = at(&env, "2026-11-22", &["kit", "used", "1"]);
    assert_eq!(code, 1);
    assert!(err.contains("Your kit list is empty"), "{err}");
    ok_at(
        &env,
        "2026-11-22",
        &[
            "kit",
            "add",
            "Narcan",
            "--expires",
            "03/2027",
            "--count",
            "2",
        ],
    );
    let (_, _, err) = at(&env, "2026-11-22", &["kit", "used", "1"]);
    assert!(
        err.contains("1 dose is left") && err.contains("Replace it"),
        "{err}"
    );
    let (code, _, err) = at(&env, "2026-11-22", &["kit", "used", "one"]);
    assert_eq!(code, 2);
    assert!(err.contains("\"one\" is not an item number"), "{err}");
    let json: serde_json::Value =
        serde_json::from_str(&ok_at(&env, "2026-11-22", &["kit", "list", "--json"])).unwrap();
    assert_eq!(json[0]["expires"], "2027-03");
    assert_eq!(json[0]["good_until"], "2027-03-31");
    assert_eq!(json[0]["count"], 1);
    assert_eq!(json[0]["status"], "good");
    assert_eq!(json[0]["used"].as_array().unwrap().len(), 1);
}

#[test]
fn the_journal_keeps_every_word_and_shows_it_safely() {
    let env = TestEnv::new();
    let words = "Sunday.\n\tZoë said \"no\" again; 李 😊 <script>alert(1)</script>\n\
                 Bell\u{7} and \u{1b}[31mred\u{1b}[0m.\n\nLast line, no newline";
    let out = env
        .kinship()
        .args(["journal", "--file", "-"])
        .write_stdin(words)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Saved as entry 1"));
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["journal", "show", "1", "--json"])).unwrap();
    assert_eq!(json["text"], words, "every byte kept");
    let shown = env.ok(&["journal", "show", "1"]);
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
        "{shown:?}"
    );
    assert!(
        shown.contains("Zoë said \"no\" again; 李 😊 <script>"),
        "{shown}"
    );
    assert!(shown.contains("Last line, no newline"), "{shown}");

    let file = env.home().join("long.txt");
    fs::write(&file, "Called the helpline.\nThey listened.\n").unwrap();
    env.ok(&["journal", "--file", file.to_str().unwrap()]);
    let list = env.ok(&["journal", "list"]);
    assert!(list.contains("   1  22 Nov 2026  Sunday."), "{list}");
    assert!(
        list.contains("   2  22 Nov 2026  Called the helpline."),
        "{list}"
    );
    let found = env.ok(&["journal", "search", "HELPLINE", "called"]);
    assert!(
        found.contains("   2  22 November 2026") && !found.contains("   1  "),
        "{found}"
    );

    // Deleting moves aside; the number is not given again.
    let (code, _, err) = env.run(&["journal", "delete", "2"]);
    assert_eq!(code, 2, "needs a yes off a terminal: {err}");
    let (_, _, err) = env.run(&["journal", "delete", "2", "--yes"]);
    assert!(err.contains("moved to"), "{err}");
    let archived: Vec<_> = fs::read_dir(env.data_dir().join("archive"))
        .unwrap()
        .collect();
    assert_eq!(archived.len(), 1);
    env.kinship()
        .args(["journal", "--file", "-"])
        .write_stdin("Third.")
        .assert()
        .success();
    assert!(
        env.ok(&["journal", "list"]).contains("   3  "),
        "entry 2 stays retired"
    );
    let (code, _, err) = env.run(&["journal", "show", "2"]);
    assert_eq!(code, 1);
    assert!(err.contains("There is no journal entry \"2\""), "{err}");
    env.ok(&["journal", "delete", "3", "--purge", "--yes"]);
    assert!(!env.data_dir().join("journal/0003.yaml").exists());
    assert_eq!(
        fs::read_dir(env.data_dir().join("archive"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn a_journal_entry_of_megabytes_is_refused_with_the_limit() {
    let env = TestEnv::new();
    let big = "All the words. ".repeat(400_000);
    let file = env.home().join("big.txt");
    fs::write(&file, &big).unwrap();
    let (code, _, err) = env.run(&["journal", "--file", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("5.7 MB") && err.contains("up to 100 KB"),
        "{err}"
    );
    assert!(err.contains("Nothing was saved"), "{err}");
    let out = env
        .kinship()
        .args(["journal", "--file", "-"])
        .write_stdin(big)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("more than 100 KB"));
    let (code, _, err) = env.run(&["journal", "--file", "-"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("empty"), "{err}");
    assert!(
        !env.data_dir().join("journal").exists()
            || env.ok(&["journal", "list", "--json"]).trim() == "[]"
    );
}

#[test]
fn off_a_terminal_the_questions_stop_at_once_naming_the_other_way() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["checkin"]);
    assert_eq!(code, 2);
    assert!(err.contains("kinship checkin add"), "{err}");
    let (code, _, err) = env.run(&["journal"]);
    assert_eq!(code, 2);
    assert!(err.contains("--file"), "{err}");
}

#[test]
fn the_calendar_file_reads_back_and_holds_no_private_text() {
    let env = TestEnv::new();
    ok_at(
        &env,
        "2026-11-22",
        &["checkin", "add", "health=3", "--note", "SECRET-NOTE"],
    );
    env.kinship()
        .args(["journal", "--file", "-"])
        .write_stdin("SECRET-JOURNAL")
        .assert()
        .success();
    ok_at(
        &env,
        "2026-11-22",
        &[
            "kit",
            "add",
            "SECRET-NAME spray",
            "--expires",
            "2027-03",
            "--where",
            "kitchen drawer",
        ],
    );
    ok_at(
        &env,
        "2026-11-22",
        &["kit", "add", "Second", "--expires", "2026-12-10"],
    );
    let file = env.home().join("reminders.ics");
    let (code, _, err) = at(
        &env,
        "2026-11-22",
        &[
            "remind",
            "-o",
            file.to_str().unwrap(),
            "--checkin",
            "weekly",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("with 4 reminders"), "{err}");
    let text = fs::read_to_string(&file).unwrap();
    assert!(!text.contains("SECRET"), "{text}");
    let cal: icalendar::Calendar = text.parse().unwrap();
    use icalendar::{Component, EventLike};
    let events: Vec<_> = cal.events().collect();
    let summaries: Vec<&str> = events.iter().filter_map(|e| e.get_summary()).collect();
    assert_eq!(
        summaries,
        [
            "Naloxone expires in 30 days",
            "Naloxone expires today",
            "Naloxone expires today",
            "Check in with yourself"
        ],
        "the second item's 30 days before is already past"
    );
    assert_eq!(events[0].get_location(), Some("kitchen drawer"));
    assert_eq!(events[3].property_value("RRULE"), Some("FREQ=WEEKLY"));
    // Again: the file is kept unless --force, and the ids stay the same.
    let (code, _, err) = at(
        &env,
        "2026-11-22",
        &["remind", "-o", file.to_str().unwrap()],
    );
    assert_eq!(code, 1);
    assert!(err.contains("--force"), "{err}");
    ok_at(
        &env,
        "2026-11-23",
        &["remind", "-o", file.to_str().unwrap(), "--force"],
    );
    let again = fs::read_to_string(&file).unwrap();
    assert!(
        again.contains("UID:kinship-kit-1-2027-03-day@kinship"),
        "{again}"
    );
    assert!(
        text.contains("UID:kinship-kit-1-2027-03-day@kinship"),
        "{text}"
    );
    // Nothing to remind of.
    let empty = TestEnv::new();
    let (code, _, err) = empty.run(&["remind", "-o", empty.home().join("r.ics").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("nothing to remind you of"), "{err}");
}

#[test]
fn the_printed_checkins_are_one_page_with_pictures_and_no_script_or_notes() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["print", "checkins"]);
    assert_eq!(code, 1);
    assert!(err.contains("no check-ins to print yet"), "{err}");
    two_months(&env);
    let html = ok_at(
        &env,
        "2026-11-30",
        &["print", "checkins", "--format", "html"],
    );
    assert_eq!(html.matches("<svg").count(), 8, "a chart per area");
    assert!(!html.contains("<script"), "no script");
    assert!(!html.contains("Private words"), "notes stay private");
    assert!(
        html.contains("Sleep and health (0 to 10): 4 Oct: 3,"),
        "described for screen readers"
    );
    assert!(
        html.contains("Sleep and health: 3 → 7 since 4 October."),
        "{html}"
    );
    assert!(html.contains("call 911 first"), "the emergency line");
    let md = ok_at(
        &env,
        "2026-11-30",
        &["print", "checkins", "--format", "markdown"],
    );
    assert!(md.contains("Sleep and health           ▃3  ▃3  ▄4"), "{md}");
}

#[test]
fn a_pipe_where_the_kit_file_goes_never_holds_up_sos() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("self");
    fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("kit.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Nobody ever writes to the pipe: reading it would wait for ever. The
    // timeout only stops a hung test; it measures nothing.
    let out = env
        .kinship()
        .arg("sos")
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("911"));
    let out = env
        .kinship()
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not a file kinship can read"), "{err}");
}

#[test]
fn a_corrupt_journal_entry_is_refused_with_where_and_the_others_still_list() {
    let env = TestEnv::new();
    for text in ["First.", "Second."] {
        env.kinship()
            .args(["journal", "--file", "-"])
            .write_stdin(text)
            .assert()
            .success();
    }
    let path = env.data_dir().join("journal/0001.yaml");
    let broken = "schema: 1\nnumber: 1\ntext: [unclosed\n";
    fs::write(&path, broken).unwrap();
    let (code, _, err) = env.run(&["journal", "show", "1"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&path.display().to_string()) && err.contains("line "),
        "{err}"
    );
    assert!(
        err.contains("kinship journal delete 1"),
        "the way out: {err}"
    );
    let (code, out, err) = env.run(&["journal", "list"]);
    assert_eq!(code, 0);
    assert!(out.contains("Second.") && !out.contains("First."), "{out}");
    assert!(
        err.contains("Left out: Could not read journal entry 1"),
        "{err}"
    );
    // A new entry never writes over it.
    env.kinship()
        .args(["journal", "--file", "-"])
        .write_stdin("Third.")
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&path).unwrap(), broken);
    // The way out works: it is moved aside, as it is.
    env.ok(&["journal", "delete", "1", "--yes"]);
    let moved = fs::read_dir(env.data_dir().join("archive"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(fs::read_to_string(moved.path()).unwrap(), broken);
}

#[test]
fn json_output_gives_the_words_exactly_with_bidirectional_marks_escaped_not_rewritten() {
    let env = TestEnv::new();
    // An override mark, as a hostile file might hold, and an embedding as
    // someone writing Hebrew and English together might type.
    let words = "שלום \u{202B}mum\u{202C} \u{202E}txt.exe";
    env.kinship()
        .args(["journal", "--file", "-"])
        .write_stdin(words)
        .assert()
        .success();
    ok_at(
        &env,
        "2026-11-22",
        &["kit", "add", words, "--expires", "2027-03"],
    );
    ok_at(
        &env,
        "2026-11-22",
        &["checkin", "add", "health=4", "--note", words],
    );
    for (args, pick) in [
        (vec!["journal", "show", "1", "--json"], "/text"),
        (vec!["journal", "list", "--json"], "/0/first_line"),
        (vec!["kit", "list", "--json"], "/0/name"),
        (vec!["checkin", "history", "--json"], "/checkins/0/sentence"),
    ] {
        let out = ok_at(&env, "2026-11-22", &args);
        assert!(!out.contains('\u{202E}'), "escaped, not raw: {out}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            json.pointer(pick).and_then(|v| v.as_str()),
            Some(words),
            "{args:?}: {out}"
        );
    }
}

#[test]
fn a_journal_entry_copied_to_another_number_is_listed_under_the_number_show_takes() {
    let env = TestEnv::new();
    for words in ["First words.", "Second words."] {
        env.kinship()
            .args(["journal", "--file", "-"])
            .write_stdin(words)
            .assert()
            .success();
    }
    // Put back by hand from a backup, under a new name: its inside still
    // says entry 1.
    let dir = env.data_dir().join("journal");
    fs::copy(dir.join("0001.yaml"), dir.join("0007.yaml")).unwrap();
    let list = env.ok(&["journal", "list"]);
    let numbers: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(numbers, ["1", "2", "7"], "{list}");
    let shown = env.ok(&["journal", "show", "7"]);
    assert!(shown.starts_with("Entry 7"), "{shown}");
    assert!(shown.contains("First words."), "{shown}");
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["journal", "list", "--json"])).unwrap();
    assert_eq!(json[2]["number"], 7, "{json}");
}

#[test]
fn a_long_history_keeps_to_the_width_and_says_how_to_see_it_all() {
    let env = TestEnv::new();
    let days: Vec<String> = (0..20)
        .map(|i| {
            (chrono::NaiveDate::from_ymd_opt(2026, 1, 4).unwrap() + chrono::Days::new(7 * i))
                .to_string()
        })
        .collect();
    for (i, day) in days.iter().enumerate() {
        ok_at(
            &env,
            day,
            &[
                "checkin",
                "add",
                &format!("overall={}", i % 11),
                "health=10",
            ],
        );
    }
    let last = days.last().unwrap();
    let (code, out, err) = at(&env, last, &["checkin", "history", "--last", "20"]);
    assert_eq!(code, 0, "{err}");
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
    assert!(out.contains("(the last 13 of 20)"), "{out}");
    assert!(err.contains("--plain"), "the way to see all 20: {err}");
    let plain = ok_at(
        &env,
        last,
        &["--plain", "checkin", "history", "--last", "20"],
    );
    let overall = plain.lines().find(|l| l.starts_with("Overall:")).unwrap();
    assert_eq!(overall.split(',').count(), 20, "{overall}");
}

#[test]
fn kit_alone_shows_the_list_as_checkin_and_journal_alone_do_their_thing() {
    let env = TestEnv::new();
    ok_at(
        &env,
        "2026-11-22",
        &[
            "kit",
            "add",
            "Narcan",
            "--expires",
            "2027-03",
            "--where",
            "drawer",
        ],
    );
    let (code, out, err) = at(&env, "2026-11-22", &["kit"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, ok_at(&env, "2026-11-22", &["kit", "list"]));
    assert!(out.contains("Narcan"), "{out}");
}

#[test]
fn an_entry_typed_on_the_command_line_is_saved_as_it_reads() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["journal", "Hard day.", "Called", "the", "helpline."]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Saved as entry 1."), "{err}");
    let shown = env.ok(&["journal", "show", "1"]);
    assert!(shown.contains("Hard day. Called the helpline."), "{shown}");
    // The commands are still commands.
    let list = env.ok(&["journal", "list"]);
    assert!(list.contains("Hard day."), "{list}");
    // Text and a file at once is a mistake, and saves nothing.
    let (code, _, err) = env.run(&["journal", "--file", "x.txt", "more"]);
    assert_eq!(code, 2, "{err}");
    assert!(!env.data_dir().join("journal/0002.yaml").exists());
}
