//! The store under attack, end to end: hostile settings files, planted links,
//! loose modes, kills mid-write, races, deep nesting, escape codes and
//! byte-order marks in every kind of file. Each test backs a promise the
//! README makes about the data folder.

use crate::support::{TestEnv, has_escapes};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

/// No test here may hang: a regression (a FIFO waited on) fails instead.
const HANG: Duration = Duration::from_secs(60);

fn write_import(env: &TestEnv, file: &str, text: &str) -> PathBuf {
    let path = env.home().join(file);
    fs::write(&path, text).unwrap();
    path
}

fn import(env: &TestEnv, text: &str, name: &str, force: bool) -> (i32, String, String) {
    let file = write_import(env, &format!("{name}-answers.yaml"), text);
    let mut args = vec![
        "plan",
        "import",
        "intervention",
        file.to_str().unwrap(),
        "--name",
        name,
    ];
    if force {
        args.push("--force");
    }
    env.run(&args)
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Every file name under `dir`, recursively, relative to it.
fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                stack.push(p.clone());
            }
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
        }
    }
    out.sort();
    out
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// `kinship sos` with KINSHIP_CONFIG set to `config`: (code, stdout, stderr).
fn sos_with_config(env: &TestEnv, config: &Path) -> (i32, String, String) {
    let out = env
        .kinship()
        .env("KINSHIP_CONFIG", config)
        .arg("sos")
        .timeout(HANG)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_settings_file_that_is_not_a_file_warns_in_one_line_and_the_card_prints_at_once() {
    let env = TestEnv::new();
    let fifo = env.home().join("fifo.yaml");
    mkfifo(&fifo);
    let folder = env.home().join("folder.yaml");
    fs::create_dir(&folder).unwrap();
    for (config, says) in [
        (PathBuf::from("/dev/zero"), "it is a device, not a file"),
        (PathBuf::from("/dev/urandom"), "it is a device, not a file"),
        (fifo, "it is a named pipe (FIFO), not a file"),
        (folder, "it is a folder, not a file"),
    ] {
        let (code, out, err) = sos_with_config(&env, &config);
        assert_eq!(code, 0, "{config:?}: {err}");
        assert!(out.contains("Call 911"), "{config:?}: {out}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(
            err.starts_with("warning: Could not read your settings file"),
            "{err}"
        );
        assert!(err.contains(says), "{config:?}: {err}");
    }
}

#[test]
fn one_bad_setting_is_ignored_alone_and_the_region_still_applies() {
    let env = TestEnv::new();
    let config = env.home().join("config.yaml");
    for (text, names) in [
        (
            "width: 99999999999999999999999\nregion: gb\n",
            "Ignoring width",
        ),
        ("region: gb\nwidth: [80\n", "Ignoring width"),
        ("region: gb\ncolor: {a: 1}\n", "Ignoring color"),
        ("region: gb\npager: 5\npager: 6\n", "Ignoring pager"),
        (
            "\u{feff}region: gb\nnonsense: 1\n",
            "kinship has no setting called nonsense",
        ),
    ] {
        fs::write(&config, text).unwrap();
        let (code, out, err) = sos_with_config(&env, &config);
        assert_eq!(code, 0, "{text:?}: {err}");
        assert!(
            out.contains("Call 999"),
            "{text:?}: the region applies:\n{out}"
        );
        assert!(err.contains(names), "{text:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{text:?}: {err}");
    }
    // `config set` repairs the bad value and keeps the rest.
    fs::write(&config, "width: 99999999999999999999999\nregion: gb\n").unwrap();
    env.kinship()
        .env("KINSHIP_CONFIG", &config)
        .args(["config", "set", "width", "80"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(&config).unwrap(),
        "region: gb\nwidth: '80'\n"
    );
}

#[test]
fn a_settings_file_that_is_a_link_is_written_through_to_its_target() {
    let env = TestEnv::new();
    let dotfiles = env.home().join("dotfiles");
    fs::create_dir(&dotfiles).unwrap();
    fs::write(dotfiles.join("kinship.yaml"), "region: gb\n").unwrap();
    let link = env.home().join("config.yaml");
    std::os::unix::fs::symlink(dotfiles.join("kinship.yaml"), &link).unwrap();
    env.kinship()
        .env("KINSHIP_CONFIG", &link)
        .args(["config", "set", "color", "never"])
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert_eq!(
        fs::read_to_string(dotfiles.join("kinship.yaml")).unwrap(),
        "region: gb\ncolor: never\n"
    );
}

#[test]
fn deep_nesting_is_refused_quickly_in_settings_and_imports() {
    let env = TestEnv::new();
    let config = env.home().join("config.yaml");
    fs::write(&config, "[".repeat(40_000)).unwrap();
    let (code, out, err) = sos_with_config(&env, &config);
    assert_eq!(code, 0);
    assert!(out.contains("Call 911"), "{out}");
    assert!(err.contains("nested more than 32 levels deep"), "{err}");
    let (code, _, err) = import(
        &env,
        &format!("approach: {}", "{a: ".repeat(50_000)),
        "dad",
        false,
    );
    assert_eq!(code, 1);
    assert!(err.contains("nested more than 32 levels deep"), "{err}");
    assert!(!env.data_dir().join("plans/dad.yaml").exists());
}

#[test]
fn a_byte_order_mark_is_read_in_every_kind_of_file() {
    let env = TestEnv::new();
    let bom = "\u{feff}";
    assert_eq!(
        import(&env, &format!("{bom}approach: craft\n"), "dad", false).0,
        0
    );
    let plan = env.data_dir().join("plans/dad.yaml");
    let text = fs::read_to_string(&plan).unwrap();
    fs::write(&plan, format!("{bom}{text}")).unwrap();
    assert!(
        env.ok(&["plan", "show", "dad"])
            .contains("CRAFT: your own plan, one to one")
    );
    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    let progress = env.data_dir().join("checklists/overdose-kit.yaml");
    let text = fs::read_to_string(&progress).unwrap();
    fs::write(&progress, format!("{bom}{text}")).unwrap();
    assert!(
        env.ok(&["checklist", "show", "overdose-kit"])
            .contains("1 of ")
    );
    let sos = env.data_dir().join("sos");
    fs::create_dir_all(&sos).unwrap();
    fs::write(
        sos.join("2026-11-21T08-00-00.yaml"),
        format!("{bom}schema: 1\nstarted: 2026-11-21T08:00:00+00:00\nregion: us\nevents: []\n"),
    )
    .unwrap();
    let (code, out, err) = env.run(&["sos", "log", "2026-11-21T08-00-00"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.is_empty());
    let config = env.home().join("config.yaml");
    fs::write(&config, format!("{bom}region: gb\n")).unwrap();
    let (_, out, err) = sos_with_config(&env, &config);
    assert!(out.contains("Call 999") && err.is_empty(), "{err}");
}

#[test]
fn keys_given_twice_and_unknown_fields_are_refused_with_the_line_and_left_alone() {
    let env = TestEnv::new();
    let (code, _, err) = import(
        &env,
        "approach: craft\nloved_one: Sam\nloved_one: Max\n",
        "dad",
        false,
    );
    assert_eq!(code, 1);
    assert!(err.contains("loved_one is given twice"), "{err}");
    assert!(err.contains("line 3"), "{err}");
    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    let progress = env.data_dir().join("checklists/overdose-kit.yaml");
    let text = fs::read_to_string(&progress).unwrap() + "colour: blue\n";
    fs::write(&progress, &text).unwrap();
    let (code, _, err) = env.run(&["checklist", "check", "overdose-kit", "2"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown field `colour`"), "{err}");
    assert!(err.contains("A newer kinship may have written it"), "{err}");
    assert_eq!(
        fs::read_to_string(&progress).unwrap(),
        text,
        "not rewritten"
    );
}

#[test]
fn import_force_replaces_in_one_step_and_keeps_a_copy() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "dad", false).0, 0);
    let (code, _, err) = import(&env, "approach: invitation\n", "dad", false);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("You already have a plan called \"dad\""),
        "{err}"
    );
    let (code, _, err) = import(&env, "approach: invitation\n", "dad", true);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("A copy of the old dad is kept in"), "{err}");
    assert!(
        env.ok(&["plan", "show", "dad"])
            .contains("An open invitation")
    );
    let archived = env.ok(&["data", "archive", "list"]);
    assert_eq!(archived.lines().count(), 1, "{archived}");
    let copy = fs::read_to_string(archived.trim()).unwrap();
    assert!(copy.contains("approach: craft"), "{copy}");
    assert_eq!(mode(Path::new(archived.trim())), 0o600);
}

/// Kills `plan import --force` at many points during its run: after each
/// kill, the plan is the old one or the new one, never missing or broken.
/// `scripts/kill-loop.sh` runs hundreds of these; this is a short fixed run.
#[test]
fn a_killed_import_force_leaves_the_old_plan_or_the_new_one() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "dad", false).0, 0);
    let new = write_import(&env, "new.yaml", "approach: invitation\n");
    for i in 0..12u64 {
        let mut child = env
            .command()
            .args([
                "plan",
                "import",
                "intervention",
                new.to_str().unwrap(),
                "--name",
                "dad",
                "--force",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(i * 700));
        let _ = child.kill();
        let _ = child.wait();
        let shown = env.ok(&["plan", "show", "dad"]);
        assert!(
            shown.contains("CRAFT: your own plan, one to one")
                || shown.contains("An open invitation"),
            "kill {i}: {shown}"
        );
    }
    // What a kill left behind is cleared by the next write, under the lock.
    import(&env, "approach: craft\n", "dad", true);
    let left: Vec<String> = files_under(&env.data_dir().join("plans"));
    assert_eq!(
        left,
        [".dad.yaml.lock", "dad.yaml"],
        "no temporary file is left"
    );
}

#[test]
fn same_name_imports_at_once_create_the_plan_once() {
    let env = TestEnv::new();
    let children: Vec<_> = (0..6)
        .map(|i| {
            let file = write_import(
                &env,
                &format!("a{i}.yaml"),
                &format!("approach: craft\nloved_one: Person{i}\n"),
            );
            env.command()
                .args([
                    "plan",
                    "import",
                    "intervention",
                    file.to_str().unwrap(),
                    "--name",
                    "dad",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outcomes: Vec<(bool, String)> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            (
                out.status.success(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        })
        .collect();
    let winners: Vec<&String> = outcomes
        .iter()
        .filter(|(ok, _)| *ok)
        .map(|(_, e)| e)
        .collect();
    assert_eq!(winners.len(), 1, "{outcomes:?}");
    for (ok, err) in &outcomes {
        if !ok {
            assert!(err.contains("You already have a plan called"), "{err}");
        }
    }
    let shown = env.ok(&["plan", "show", "dad"]);
    let winner = (0..6)
        .find(|i| shown.contains(&format!("Person{i}")))
        .unwrap();
    assert!(winners[0].contains("Imported dad"), "{winners:?} {winner}");
}

#[test]
fn purge_archive_and_wipe_remove_for_good_and_say_what_may_remain() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "dad", false).0, 0);
    assert_eq!(import(&env, "approach: craft\n", "dad", true).0, 0);
    assert_eq!(import(&env, "approach: craft\n", "dad-2", false).0, 0);
    env.ok(&["plan", "delete", "dad-2", "--yes"]);
    assert_eq!(env.ok(&["data", "archive", "list"]).lines().count(), 2);
    let (code, _, err) = env.run(&["plan", "delete", "dad", "--yes", "--purge"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("and the 1 earlier copy of it in the archive"),
        "{err}"
    );
    assert!(err.contains("SSD"), "{err}");
    let left = env.ok(&["data", "archive", "list"]);
    assert_eq!(left.lines().count(), 1, "dad-2's copy is not dad's: {left}");
    assert!(left.contains("plans-dad-2-"), "{left}");
    // Without a terminal and without --yes nothing is removed.
    let (code, _, err) = env.run(&["data", "archive", "purge"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("kinship data archive purge --yes"), "{err}");
    let (code, _, err) = env.run(&["data", "archive", "purge", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(env.ok(&["data", "archive", "list"]).is_empty());

    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    assert_eq!(import(&env, "approach: craft\n", "mum", false).0, 0);
    fs::write(env.data_dir().join("mine.txt"), "not kinship's").unwrap();
    let (code, _, err) = env.run(&["data", "wipe"]);
    assert_eq!(code, 2, "{err}");
    assert!(env.data_dir().join("plans/mum.yaml").exists());
    let (code, _, err) = env.run(&["data", "wipe", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Removed everything kinship kept"), "{err}");
    assert!(err.contains("backup"), "{err}");
    assert!(
        err.contains("mine.txt"),
        "what is not kinship's is named and left: {err}"
    );
    assert_eq!(files_under(&env.data_dir()), ["mine.txt"]);
}

#[test]
fn print_o_never_replaces_without_force_and_never_writes_over_a_non_file() {
    let env = TestEnv::new();
    let out = env.home().join("card.txt");
    fs::write(&out, "mine").unwrap();
    let (code, _, err) = env.run(&["print", "card", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(fs::read_to_string(&out).unwrap(), "mine");
    env.ok(&["print", "card", "-o", out.to_str().unwrap(), "--force"]);
    assert!(fs::read_to_string(&out).unwrap().contains("911"));
    // A pipe, even with --force, is refused at once, never opened.
    let fifo = env.home().join("fifo.txt");
    mkfifo(&fifo);
    let assert = env
        .kinship()
        .args(["print", "card", "--force", "-o", fifo.to_str().unwrap()])
        .timeout(HANG)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(err.contains("is a named pipe (FIFO), not a file"), "{err}");
    // A dangling link is not replaced (nor followed).
    let link = env.home().join("dangling.txt");
    std::os::unix::fs::symlink(env.home().join("nowhere/x"), &link).unwrap();
    for force in [false, true] {
        let mut args = vec!["print", "card", "-o", link.to_str().unwrap()];
        if force {
            args.push("--force");
        }
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 1);
        assert!(err.contains("which does not exist"), "{err}");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
    // /dev/stdout is the screen, like -o -.
    let shown = env.ok(&["print", "card", "-o", "/dev/stdout"]);
    assert!(shown.contains("911"), "{shown}");
    // Nothing is left beside the output, and a temporary file a killed
    // kinship left is removed by the next write there.
    fs::write(env.home().join(".new.txt.999999999-0.tmp"), "the plan").unwrap();
    env.ok(&[
        "print",
        "card",
        "-o",
        env.home().join("new.txt").to_str().unwrap(),
    ]);
    let stray: Vec<String> = files_under(env.home())
        .into_iter()
        .filter(|f| f.ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
    assert_eq!(mode(&env.home().join("new.txt")), 0o600);
}

#[test]
fn planted_links_are_refused_and_nothing_outside_the_data_folder_is_touched() {
    let env = TestEnv::new();
    let outside = env.home().join("outside");
    fs::create_dir(&outside).unwrap();
    let plans = env.data_dir().join("plans");
    fs::create_dir_all(&plans).unwrap();
    std::os::unix::fs::symlink(
        outside.join("made-by-kinship"),
        plans.join(".dad.yaml.lock"),
    )
    .unwrap();
    let (code, _, err) = import(&env, "approach: craft\n", "dad", false);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("is a symbolic link, where kinship keeps its own lock file"),
        "{err}"
    );
    assert!(!outside.join("made-by-kinship").exists());
    assert!(!plans.join("dad.yaml").exists());
    // A folder of kinship's replaced by a link elsewhere.
    fs::remove_file(plans.join(".dad.yaml.lock")).unwrap();
    fs::remove_dir(&plans).unwrap();
    std::os::unix::fs::symlink(&outside, &plans).unwrap();
    let (code, _, err) = import(&env, "approach: craft\n", "dad", false);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("is a symbolic link, where kinship keeps a folder of its own"),
        "{err}"
    );
    assert!(
        files_under(&outside).is_empty(),
        "{:?}",
        files_under(&outside)
    );
    // A plan file that is a link is not read through.
    fs::remove_file(&plans).unwrap();
    fs::create_dir(&plans).unwrap();
    fs::write(
        outside.join("secret.yaml"),
        "schema: 1\nform: intervention\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.join("secret.yaml"), plans.join("mum.yaml")).unwrap();
    let (code, _, err) = env.run(&["plan", "show", "mum"]);
    assert_eq!(code, 1);
    assert!(err.contains("it is a symbolic link"), "{err}");
}

#[test]
fn a_data_folder_that_is_a_dangling_link_says_what_to_do() {
    let env = TestEnv::new();
    let link = env.home().join("usb-stick");
    std::os::unix::fs::symlink(env.home().join("media/kinship"), &link).unwrap();
    let (code, _, err) = env
        .kinship()
        .env("KINSHIP_HOME", &link)
        .args(["checklist", "check", "overdose-kit", "1"])
        .output()
        .map(|o| {
            (
                o.status.code().unwrap(),
                (),
                String::from_utf8(o.stderr).unwrap(),
            )
        })
        .unwrap();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is a symbolic link to"), "{err}");
    assert!(err.contains("which does not exist"), "{err}");
    assert!(err.contains("--data-dir DIR or KINSHIP_HOME"), "{err}");
}

#[test]
fn loose_modes_are_warned_about_in_one_line_and_tightened_on_save() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "dad", false).0, 0);
    let data = env.data_dir();
    let plan = data.join("plans/dad.yaml");
    for (path, m) in [(&data, 0o755), (&data.join("plans"), 0o775), (&plan, 0o644)] {
        fs::set_permissions(path, fs::Permissions::from_mode(m)).unwrap();
    }
    // The card says nothing after itself: its first line must stay on screen.
    let (code, _, err) = env.run(&["sos"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let (code, _, err) = env.run(&["plan", "show", "dad"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.contains("3 files and folders in kinship's data folder"),
        "{err}"
    );
    assert!(err.contains("can be read by other users"), "{err}");
    assert_eq!(mode(&plan), 0o644, "reading changes nothing");
    let (code, _, err) = env.run(&["plan", "set", "dad", "loved_one", "Sam"]);
    assert_eq!(code, 0, "{err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning:")).collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(warnings[0].contains("kinship made them private"), "{err}");
    assert_eq!(
        (mode(&data), mode(&data.join("plans")), mode(&plan)),
        (0o700, 0o700, 0o600)
    );
}

#[test]
fn bidi_and_control_characters_are_shown_escaped_and_stored_as_typed() {
    let env = TestEnv::new();
    // A plan answer may hold bidi controls (forms refuse control characters).
    let answer = "Sam\u{202e}live\u{2066}x";
    let answers: std::collections::BTreeMap<&str, &str> =
        [("approach", "craft"), ("loved_one", answer)]
            .into_iter()
            .collect();
    let file = write_import(&env, "a.yaml", &serde_yaml::to_string(&answers).unwrap());
    env.ok(&[
        "plan",
        "import",
        "intervention",
        file.to_str().unwrap(),
        "--name",
        "dad",
    ]);
    let shown_as = "Sam<U+202E>live<U+2066>x";
    let show = env.ok(&["plan", "show", "dad"]);
    assert!(show.contains(shown_as), "{show}");
    let text = env.ok(&["print", "plan", "dad", "-f", "text"]);
    assert!(text.contains(shown_as), "{text}");
    let md = env.ok(&["print", "plan", "dad", "-f", "markdown"]);
    assert!(md.contains("<U+202E>"), "{md}");
    let html = env.ok(&["print", "plan", "dad", "-f", "html"]);
    assert!(html.contains("Sam&lt;U+202E&gt;live"), "{html}");
    for out in [&show, &text, &md, &html] {
        assert!(!has_escapes(out) && !out.contains('\u{202e}') && !out.contains('\u{9b}'));
    }
    // Stored exactly as typed.
    let stored = fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap();
    let stored: serde_yaml::Value = serde_yaml::from_str(&stored).unwrap();
    assert_eq!(stored["answers"]["loved_one"].as_str(), Some(answer));
    // A note may hold anything; JSON escapes it, and reads back as typed.
    let typed = "Sam\u{202e}live\u{9b}31m\u{1b}[2J";
    env.ok(&["checklist", "note", "overdose-kit", "1", typed]);
    let shown = env.ok(&["checklist", "show", "overdose-kit"]);
    assert!(
        shown.contains("Sam<U+202E>live<U+009B>31m<U+001B>[2J"),
        "{shown}"
    );
    let json = env.ok(&["checklist", "show", "overdose-kit", "--json"]);
    assert!(
        json.contains("\\u202e") && json.contains("\\u009b"),
        "{json}"
    );
    assert!(!json.contains('\u{202e}') && !json.contains('\u{9b}') && !has_escapes(&json));
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(parsed.to_string().contains("\\u001b[2J"), "{parsed}");
    // A settings key with an escape is never echoed raw, even into a pipe.
    let config = env.home().join("config.yaml");
    fs::write(&config, "region: gb\n\"\\e]0;owned\\a\\u202e\": 1\n").unwrap();
    let (_, _, err) = sos_with_config(&env, &config);
    assert!(
        !has_escapes(&err) && !err.contains('\u{202e}') && !err.contains('\u{7}'),
        "{err:?}"
    );
    assert!(err.contains("owned"), "{err}");
}

#[test]
fn a_huge_invalid_answer_is_quoted_in_a_line_with_its_length() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "dad", false).0, 0);
    let plan = env.data_dir().join("plans/dad.yaml");
    let huge = "9".repeat(3_000_000);
    let text = fs::read_to_string(&plan).unwrap().replace(
        "approach: craft",
        &format!("approach: craft\n  follow_up: '{huge}'"),
    );
    fs::write(&plan, &text).unwrap();
    let (code, _, err) = env.run(&["plan", "show", "dad"]);
    assert_eq!(code, 0, "{}", &err[..err.len().min(2000)]);
    assert!(err.len() < 2_000, "{} bytes of warning", err.len());
    assert!(err.contains("(3000000 characters)"), "{err}");
    assert_eq!(fs::read_to_string(&plan).unwrap(), text, "left as it is");
}

#[test]
fn a_name_is_checked_by_the_bytes_of_the_files_it_makes() {
    let env = TestEnv::new();
    let too_long = "𝒜".repeat(60);
    let (code, _, err) = import(&env, "approach: craft\n", &too_long, false);
    assert_eq!(code, 1);
    assert!(err.contains("240 bytes"), "{err}");
    // The longest name allowed can be saved, replaced (archived) and purged.
    let longest = "𝒜".repeat(50);
    assert_eq!(import(&env, "approach: craft\n", &longest, false).0, 0);
    assert_eq!(import(&env, "approach: craft\n", &longest, true).0, 0);
    env.ok(&["plan", "delete", &longest, "--yes"]);
    env.ok(&["data", "archive", "purge", "--yes"]);
}

#[test]
fn a_closed_stdout_is_an_error_not_lost_output() {
    let env = TestEnv::new();
    let closed = std::process::Command::new("sh")
        .arg("-c")
        .arg("\"$0\" guide overdose >&-")
        .arg(crate::support::bin())
        .env_clear()
        .env("KINSHIP_HOME", env.data_dir())
        .env("HOME", env.home())
        .output()
        .unwrap();
    assert_eq!(closed.status.code(), Some(1));
    let err = String::from_utf8_lossy(&closed.stderr);
    assert!(err.contains("Standard output is closed"), "{err}");
}

#[test]
fn stale_temporary_files_are_cleared_under_the_lock_in_every_folder_written() {
    let env = TestEnv::new();
    let plans = env.data_dir().join("plans");
    fs::create_dir_all(&plans).unwrap();
    // Left by killed writers of two other files in the folder.
    fs::write(plans.join(".mum.yaml.999999999-0.tmp"), "half").unwrap();
    fs::write(
        plans.join(".2026-11-21T08-00-00.yaml.999999999-3.tmp"),
        "log",
    )
    .unwrap();
    assert_eq!(import(&env, "approach: craft\n", "dad", false).0, 0);
    assert_eq!(files_under(&plans), [".dad.yaml.lock", "dad.yaml"]);
}

#[test]
fn a_dumb_terminal_never_gets_the_cursor_hidden() {
    use crate::pty::{expect, spawn};
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["checklist", "run", "overdose-kit"],
        &[("TERM", "dumb")],
    );
    let mut seen = String::new();
    expect(&mut p, "Your choice: ", &mut seen);
    p.send_line("q").unwrap();
    seen.push_str(&p.exp_eof().unwrap());
    assert!(!seen.contains("\u{1b}[?25l"), "{seen:?}");
    assert!(
        !seen.contains("\u{1b}["),
        "no escape codes at all: {seen:?}"
    );
}

#[test]
fn the_editor_writes_in_the_private_data_folder_and_the_file_is_removed() {
    use crate::pty::{expect, key, spawn};
    let env = TestEnv::new();
    let record = env.home().join("edited-at");
    let editor = format!(
        "sh -c 'echo \"$1\" > {}; sleep 0.2; printf \"From the editor\" > \"$1\"' editor",
        record.display()
    );
    let mut p = spawn(
        &env,
        &["plan", "new", "intervention", "dad"],
        &[("EDITOR", &editor)],
    );
    let mut seen = String::new();
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "What do you call your loved one?", &mut seen);
    key(&mut p, "Sam\r");
    expect(&mut p, "Do they have health needs", &mut seen);
    key(&mut p, "e\r");
    expect(&mut p, "What matters most to them?", &mut seen);
    key(&mut p, "\u{3}");
    p.exp_eof().unwrap();
    let used = PathBuf::from(fs::read_to_string(&record).unwrap().trim());
    assert!(used.starts_with(env.data_dir()), "{used:?}");
    assert!(!used.exists(), "removed after: {used:?}");
    let saved = fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap();
    assert!(saved.contains("health_needs: From the editor"), "{saved}");
    let strays: Vec<String> = files_under(&env.data_dir())
        .into_iter()
        .filter(|f| f.contains("kinship-edit"))
        .collect();
    assert!(strays.is_empty(), "{strays:?}");
}
