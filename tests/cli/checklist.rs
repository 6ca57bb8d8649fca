//! `kinship checklist` without a terminal: every command, bad names and bad
//! items, corrupt files, permissions, crashes and two writers at once.

use crate::support::{TestEnv, has_escapes};
use kinship::content::checklist::{self, Checklist};
use kinship::progress::checklist::Progress;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

const KIT: &str = "overdose-kit";

fn kit() -> Checklist {
    checklist::load(KIT)
        .unwrap()
        .expect("the overdose-kit checklist exists")
}

fn item_ids() -> Vec<String> {
    kit().items().map(|i| i.id.clone()).collect()
}

fn progress_file(env: &TestEnv) -> PathBuf {
    env.data_dir()
        .join("checklists")
        .join(format!("{KIT}.yaml"))
}

fn saved(env: &TestEnv) -> Progress {
    let text = fs::read_to_string(progress_file(env)).expect("progress was saved");
    kinship::yaml::from_str(&text).expect("the progress file parses")
}

#[test]
fn list_shows_every_checklist_and_its_progress() {
    let env = TestEnv::new();
    let out = env.ok(&["checklist", "list"]);
    assert!(!has_escapes(&out));
    for c in checklist::all().unwrap() {
        let line = out
            .lines()
            .find(|l| l.starts_with(&c.id))
            .unwrap_or_else(|| panic!("{out}"));
        assert!(line.contains(&c.title), "{line}");
        assert!(
            line.contains(&format!("0/{}", c.len())) && line.contains("not started"),
            "{line}"
        );
    }
    env.ok(&["checklist", "check", KIT, "1"]);
    let out = env.ok(&["checklist", "list"]);
    let line = out.lines().find(|l| l.starts_with(KIT)).unwrap();
    assert!(line.contains(&format!("1/{}", kit().len())), "{line}");
    assert!(line.contains("changed 22 Nov 2026 21:04"), "{line}");
}

#[test]
fn list_and_show_speak_json() {
    let env = TestEnv::new();
    let first = &item_ids()[0];
    env.ok(&["checklist", "check", KIT, first]);
    env.ok(&["checklist", "note", KIT, first, "top", "shelf"]);
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["checklist", "list", "--json"])).unwrap();
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == KIT)
        .unwrap();
    assert_eq!(entry["done"], 1);
    assert_eq!(entry["total"], kit().len());
    assert_eq!(entry["updated"], "2026-11-22T21:04:00+00:00");
    let show: serde_json::Value =
        serde_json::from_str(&env.ok(&["checklist", "show", KIT, "--json"])).unwrap();
    let item = &show["sections"][0]["items"][0];
    assert_eq!(item["id"], first.as_str());
    assert_eq!(item["number"], 1);
    assert_eq!(item["done"], true);
    assert_eq!(item["checked_at"], "2026-11-22T21:04:00+00:00");
    assert_eq!(item["note"], "top shelf");
    assert_eq!(show["retired"], serde_json::json!([]));
}

#[test]
fn check_and_uncheck_by_id_or_number() {
    let env = TestEnv::new();
    let ids = item_ids();
    let (code, out, err) = env.run(&["checklist", "check", KIT, &ids[0], "2"]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.contains("Ticked: "), "{err}");
    assert!(
        err.contains(&format!("2 of {} done in {KIT}.", ids.len())),
        "{err}"
    );
    let p = saved(&env);
    assert!(p.is_done(&ids[0]) && p.is_done(&ids[1]));
    let (_, _, err) = env.run(&["checklist", "check", KIT, "1"]);
    assert!(err.contains("No change, already ticked"), "{err}");
    env.ok(&["checklist", "uncheck", KIT, &ids[1]]);
    assert!(!saved(&env).is_done(&ids[1]));
    let shown = env.ok(&["checklist", "show", KIT]);
    // Numbers line up across the sections: 1 to 11, in one column.
    assert!(shown.contains("\n1.  [x] "), "{shown}");
    assert!(shown.contains("\n2.  [ ] "), "{shown}");
    assert!(shown.contains("\n10. [ ] "), "{shown}");
}

#[test]
fn placeholders_are_filled_for_the_region() {
    let env = TestEnv::new();
    let out = env.ok(&["--region", "au", "checklist", "show", "overdose-response"]);
    assert!(out.contains("000"), "{out}");
    assert!(!out.contains("{{"), "{out}");
}

#[test]
fn a_bad_checklist_name_lists_the_real_ones() {
    let env = TestEnv::new();
    let (code, out, err) = env.run(&["checklist", "show", "overdose-kti"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(
        err.contains("There is no checklist called \"overdose-kti\"."),
        "{err}"
    );
    assert!(err.contains("Did you mean overdose-kit?"), "{err}");
    for id in checklist::ids() {
        assert!(err.contains(id), "{err}");
    }
}

#[test]
fn a_bad_item_lists_the_real_ones_and_saves_nothing() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["checklist", "check", KIT, "1", "no-such-item"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("{KIT} has no item \"no-such-item\".")),
        "{err}"
    );
    for (n, id) in item_ids().iter().enumerate() {
        assert!(err.contains(&format!("{} {id}", n + 1)), "{err}");
    }
    assert!(
        !progress_file(&env).exists(),
        "nothing is saved when one item is wrong"
    );
    let (code, _, _) = env.run(&["checklist", "check", KIT, "0"]);
    assert_eq!(code, 1);
    let (code, _, err) = env.run(&["checklist", "check", KIT]);
    assert_eq!(code, 2, "no item at all is a usage error: {err}");
}

#[test]
fn notes_are_saved_shown_and_removed() {
    let env = TestEnv::new();
    let id = &item_ids()[0];
    let (_, _, err) = env.run(&["checklist", "note", KIT, id, "Kitchen", "drawer,", "left"]);
    assert!(err.contains("Saved the note"), "{err}");
    assert_eq!(saved(&env).note(id), Some("Kitchen drawer, left"));
    assert!(
        env.ok(&["checklist", "show", KIT])
            .contains("Note: Kitchen drawer, left")
    );
    // Leaving the text out by mistake never removes a note: that takes --clear.
    let id_str = id.as_str();
    for no_text in [
        &["checklist", "note", KIT, id_str][..],
        &["checklist", "note", KIT, id_str, " "],
    ] {
        let (code, _, err) = env.run(no_text);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("or --clear to remove the note"), "{err}");
        assert!(
            err.contains(&format!("kinship checklist note {KIT} {id} --clear")),
            "{err}"
        );
        assert_eq!(saved(&env).note(id), Some("Kitchen drawer, left"));
    }
    let (_, _, err) = env.run(&["checklist", "note", KIT, id, "--clear"]);
    assert!(err.contains("Removed the note"), "{err}");
    assert_eq!(saved(&env).note(id), None);
}

#[test]
fn reset_asks_first_and_moves_progress_aside() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", KIT, "1"]);
    let before = fs::read(progress_file(&env)).unwrap();
    let (code, _, err) = env.run(&["checklist", "reset", KIT]);
    assert_eq!(code, 2, "no terminal to ask in: {err}");
    assert!(err.contains("--yes"), "{err}");
    assert!(progress_file(&env).exists());
    let (code, _, err) = env.run(&["checklist", "reset", KIT, "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Moved your old progress to"), "{err}");
    assert!(!progress_file(&env).exists());
    let archived: Vec<_> = fs::read_dir(env.data_dir().join("archive"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(archived.len(), 1);
    assert_eq!(
        fs::read(archived[0].path()).unwrap(),
        before,
        "kept byte for byte"
    );
    assert!(env.ok(&["checklist", "show", KIT]).contains("0 of"));
    let (_, _, err) = env.run(&["checklist", "reset", KIT, "--yes"]);
    assert!(err.contains("Nothing to reset"), "{err}");
}

#[test]
fn run_without_a_terminal_stops_at_once_naming_the_other_commands() {
    let env = TestEnv::new();
    let (code, out, err) = env.run(&["checklist", "run", KIT]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    for cmd in [
        "checklist show",
        "checklist check",
        "checklist uncheck",
        "checklist note",
    ] {
        assert!(err.contains(cmd), "{err}");
    }
}

#[test]
fn a_corrupt_file_is_refused_everywhere_and_never_changed() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", KIT, "1"]);
    let path = progress_file(&env);
    let corrupt = b"schema: 1\nchecklist: overdose-kit\nitems:\n  get-naloxone: {done: tru\n";
    fs::write(&path, corrupt).unwrap();
    for args in [
        vec!["checklist", "show", KIT],
        vec!["checklist", "check", KIT, "2"],
        vec!["checklist", "note", KIT, "1", "x"],
    ] {
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 1, "{args:?}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains("line 4, column"), "{err}");
        assert!(
            err.contains(&format!("kinship checklist reset {KIT}")),
            "{err}"
        );
        assert_eq!(
            fs::read(&path).unwrap(),
            corrupt,
            "{args:?} changed the file"
        );
    }
    let out = env.ok(&["checklist", "list"]);
    assert!(
        out.lines()
            .any(|l| l.starts_with(KIT) && l.contains("cannot be read")),
        "{out}"
    );
    env.ok(&["checklist", "reset", KIT, "--yes"]);
    assert!(!path.exists());
    env.ok(&["checklist", "check", KIT, "1"]);
}

#[test]
fn files_are_private() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", KIT, "1"]);
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&progress_file(&env)), 0o600);
    assert_eq!(mode(&env.data_dir().join("checklists")), 0o700);
    assert_eq!(mode(&env.data_dir()), 0o700);
}

#[test]
fn items_the_checklist_no_longer_has_are_reported_and_kept() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", KIT, "1"]);
    let path = progress_file(&env);
    let text = fs::read_to_string(&path).unwrap();
    let text = text.replace(
        "items:\n",
        "items:\n  an-old-item:\n    done: true\n    note: from last year\n",
    );
    fs::write(&path, text).unwrap();
    let out = env.ok(&["checklist", "show", KIT]);
    assert!(out.contains("No longer in this checklist"), "{out}");
    assert!(
        out.contains("[x] an-old-item (note: from last year)"),
        "{out}"
    );
    env.ok(&["checklist", "check", KIT, "2"]);
    assert!(
        saved(&env).state("an-old-item").is_some(),
        "a later save keeps it"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["checklist", "show", KIT, "--json"])).unwrap();
    assert_eq!(json["retired"][0]["id"], "an-old-item");
}

#[test]
fn data_path_follows_the_flag_and_the_environment() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["data", "path"]).trim(),
        env.data_dir().display().to_string()
    );
    let other = env.home().join("elsewhere");
    let out = env.ok(&["--data-dir", other.to_str().unwrap(), "data", "path"]);
    assert_eq!(out.trim(), other.display().to_string());
}

/// A small deterministic random generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

#[test]
fn a_kill_at_any_moment_leaves_the_old_state_or_the_new() {
    let env = TestEnv::new();
    let ids = item_ids();
    env.ok(&["checklist", "check", KIT, &ids[0]]);
    let mut rng = Lcg(0x5eed);
    let mut saw = [0usize; 2];
    // Kills land at random moments up to `max_us` after the start. On a busy
    // machine a process may take longer to reach its write, so the window
    // widens (or narrows) until kills have landed both before and after it.
    let mut max_us = 6000;
    let mut round = 0;
    while round < 240 || ((saw[0] == 0 || saw[1] == 0) && round < 2000) {
        if round > 0 && round % 40 == 0 {
            if saw[1] == 0 {
                max_us *= 2;
            } else if saw[0] == 0 {
                max_us = (max_us / 2).max(100);
            }
        }
        let old = saved(&env);
        let target = &ids[1 + round % (ids.len() - 1)];
        let verb = if old.is_done(target) {
            "uncheck"
        } else {
            "check"
        };
        let mut child = env
            .command()
            .args(["checklist", verb, KIT, target])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(rng.next(max_us)));
        let _ = child.kill();
        let _ = child.wait();
        let now = saved(&env);
        let mut expected_new = old.clone();
        expected_new.set_done(target, verb == "check", now.updated);
        assert!(
            now == old || now == expected_new,
            "round {round}: neither the old nor the new state:\n{now:?}"
        );
        saw[usize::from(now != old)] += 1;
        round += 1;
    }
    // Both outcomes happened, so kills landed before and after the write.
    assert!(saw[0] > 0 && saw[1] > 0, "{saw:?}");
    env.ok(&["checklist", "check", KIT, &ids[0]]);
    let temps = fs::read_dir(env.data_dir().join("checklists"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    assert_eq!(temps, 0, "temporary files from killed writers are cleared");
}

#[test]
fn two_processes_ticking_at_once_lose_nothing() {
    let env = TestEnv::new();
    let ids = item_ids();
    let half = ids.len() / 2;
    let envs: Vec<(String, String)> = vec![
        ("KINSHIP_HOME".into(), env.data_dir().display().to_string()),
        ("KINSHIP_NOW".into(), crate::support::NOW.into()),
        ("HOME".into(), env.home().display().to_string()),
    ];
    for round in 0..3 {
        // Two writers, each a stream of kinship processes working on its own
        // half of the items: tick all, untick all, tick all again.
        let writers: Vec<_> = [ids[..half].to_vec(), ids[half..].to_vec()]
            .into_iter()
            .map(|items| {
                let envs = envs.clone();
                std::thread::spawn(move || {
                    for verb in ["check", "uncheck", "check"] {
                        for id in &items {
                            let status = std::process::Command::new(crate::support::bin())
                                .env_clear()
                                .envs(envs.iter().map(|(k, v)| (k, v)))
                                .args(["checklist", verb, KIT, id])
                                .stdout(std::process::Stdio::null())
                                .stderr(std::process::Stdio::null())
                                .status()
                                .unwrap();
                            assert!(status.success());
                        }
                    }
                })
            })
            .collect();
        writers.into_iter().for_each(|w| w.join().unwrap());
        let p = saved(&env);
        for id in &ids {
            assert!(p.is_done(id), "round {round}: the tick on {id} was lost");
        }
        env.ok(&["checklist", "reset", KIT, "--yes"]);
    }
}

#[test]
fn a_data_folder_that_is_a_file_says_what_to_do() {
    let env = TestEnv::new();
    let file = env.home().join("afile");
    std::fs::write(&file, "mine").unwrap();
    let dir = file.to_str().unwrap();
    for args in [
        &["--data-dir", dir, "checklist", "show", "overdose-kit"][..],
        &["--data-dir", dir, "checklist", "check", "overdose-kit", "1"],
    ] {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains("your progress for overdose-kit"), "{err}");
        assert!(
            err.contains(&format!("hint: {dir} is a file, not a folder")),
            "{err}"
        );
        assert!(err.contains("--data-dir DIR or KINSHIP_HOME"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn a_note_cannot_drive_the_terminal() {
    let env = TestEnv::new();
    let evil = "\u{1b}]0;pwned\u{7}\u{1b}[2JKitchen\rdrawer";
    env.ok(&["checklist", "note", KIT, "1", evil]);
    let out = env.ok(&["checklist", "show", KIT]);
    assert!(!has_escapes(&out) && !out.contains('\r'), "{out:?}");
    assert!(
        out.contains("Note: <U+001B>]0;pwned<U+0007><U+001B>[2JKitchen"),
        "shown visibly: {out}"
    );
    // Saved as typed: only what is shown is cleaned.
    assert_eq!(saved(&env).note(&item_ids()[0]), Some(evil));
}

/// Holds `.overdose-kit.yaml.lock` as another kinship saving the checklist
/// would: an exclusive `flock` from this process, let go when dropped. No
/// outside tool is needed, so the test never skips.
fn hold_the_lock(env: &TestEnv) -> fs::File {
    let dir = env.data_dir().join("checklists");
    fs::create_dir_all(&dir).unwrap();
    let lock = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(format!(".{KIT}.yaml.lock")))
        .unwrap();
    lock.lock().unwrap();
    lock
}

/// Starts `kinship checklist check` and returns it with a channel of its
/// stderr lines.
fn check_in_background(env: &TestEnv) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    use std::io::BufRead;
    let mut cmd = env.command();
    cmd.args(["checklist", "check", KIT, "1"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    (child, rx)
}

const WAITING: &str = "Waiting for another kinship that is saving overdose-kit… (Ctrl-C to stop)";

#[test]
fn a_held_lock_is_waited_for_out_loud_and_ctrl_c_ends_the_wait() {
    use std::time::{Duration, Instant};
    let env = TestEnv::new();
    let holder = hold_the_lock(&env);
    let (mut kinship, lines) = check_in_background(&env);
    let started = Instant::now();
    let first = lines
        .recv_timeout(Duration::from_secs(10))
        .expect("a message");
    assert_eq!(first, WAITING);
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "after a short wait"
    );
    // Said once, and the wait goes on.
    assert!(lines.recv_timeout(Duration::from_secs(1)).is_err());
    assert!(kinship.try_wait().unwrap().is_none(), "still waiting");
    // Ctrl-C ends it cleanly: exit 130, a message, nothing saved.
    unsafe {
        libc::kill(kinship.id() as i32, libc::SIGINT);
    }
    let status = kinship.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{status:?}");
    let rest: Vec<String> = lines.iter().collect();
    assert!(rest.iter().any(|l| l.starts_with("Stopped.")), "{rest:?}");
    assert!(!rest.iter().any(|l| l.contains('\u{1b}')), "{rest:?}");
    assert!(!progress_file(&env).exists());

    // When the other one finishes, the waiting one goes on and saves.
    let (mut kinship, lines) = check_in_background(&env);
    assert_eq!(
        lines.recv_timeout(Duration::from_secs(10)).unwrap(),
        WAITING
    );
    drop(holder);
    let status = kinship.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(saved(&env).is_done(&item_ids()[0]));
}

#[test]
fn progress_for_another_checklist_or_format_0_is_refused_and_never_changed() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", KIT, "1"]);
    let good = fs::read_to_string(progress_file(&env)).unwrap();
    for (text, says) in [
        (
            good.replace("checklist: overdose-kit", "checklist: self-care"),
            "it says it belongs to \"self-care\", not to overdose-kit",
        ),
        (
            good.replace("schema: 1", "schema: 0"),
            "it says format 0, which no kinship writes",
        ),
    ] {
        fs::write(progress_file(&env), &text).unwrap();
        for args in [
            &["checklist", "check", KIT, "2"][..],
            &["checklist", "show", KIT],
        ] {
            let (code, _, err) = env.run(args);
            assert_eq!(code, 1, "{args:?}: {err}");
            assert!(err.contains(says), "{args:?}: {err}");
            assert!(
                err.contains(&format!("kinship checklist reset {KIT}")),
                "{err}"
            );
            assert_eq!(
                fs::read_to_string(progress_file(&env)).unwrap(),
                text,
                "left byte for byte"
            );
        }
        // The way out works, and leaves no stale lock file.
        env.ok(&["checklist", "reset", KIT, "--yes"]);
        assert!(!progress_file(&env).exists());
        assert!(
            fs::read_dir(env.data_dir().join("checklists"))
                .unwrap()
                .next()
                .is_none()
        );
        env.ok(&["checklist", "check", KIT, "1"]);
    }
}
