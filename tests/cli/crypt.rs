//! `kinship data lock`: encryption at rest, end to end. Locked, the folder
//! holds none of the words the user wrote, nor any plan name; the emergency
//! path never asks; a wrong, missing or empty passphrase changes nothing; a
//! tampered file is refused and left alone; a kill mid-lock loses nothing;
//! and the README's `age` commands read every file without kinship.

use crate::pty::{expect, key, spawn};
use crate::support::TestEnv;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

const PASSPHRASE: &str = "correct horse battery";

const ANSWERS: &str = "approach: 2\nloved_one: Quintavius\nplace: the Brambleford kitchen\n";

/// A data folder with two plans, a checklist's ticks and a note, and an
/// archived copy; returns the passphrase file.
fn filled(env: &TestEnv) -> PathBuf {
    let answers = env.home().join("answers.yaml");
    fs::write(&answers, ANSWERS).unwrap();
    for name in ["grandpa-joe", "sister"] {
        env.ok(&[
            "plan",
            "import",
            "intervention",
            answers.to_str().unwrap(),
            "--name",
            name,
        ]);
    }
    env.ok(&[
        "plan",
        "import",
        "intervention",
        answers.to_str().unwrap(),
        "--name",
        "sister",
        "--force",
    ]);
    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    env.ok(&[
        "checklist",
        "note",
        "overdose-kit",
        "1",
        "Zephyrine keeps the spray upstairs",
    ]);
    let pass = env.home().join("passphrase");
    fs::write(&pass, format!("{PASSPHRASE}\n")).unwrap();
    pass
}

/// Every byte of every file under `dir`.
fn all_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                out.push((e.path(), fs::read(e.path()).unwrap()));
            }
        }
    }
    out
}

/// The words the user wrote and the names they chose, which a locked folder
/// must not hold anywhere: in a file's bytes or in a name.
const SECRETS: &[&str] = &[
    "Quintavius",
    "Brambleford",
    "Zephyrine",
    "grandpa-joe",
    "sister",
    "overdose-kit",
    "intervention",
    "naloxone",
    "2026-11-22",
];

fn assert_reveals_nothing(dir: &Path) {
    for (path, bytes) in all_bytes(dir) {
        let name = path.strip_prefix(dir).unwrap().display().to_string();
        for secret in SECRETS {
            assert!(!name.contains(secret), "{secret} in the name {name}");
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} in the bytes of {name}"
            );
        }
    }
}

fn with_pass(pass: &Path, args: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    all.push("--passphrase-file".into());
    all.push(pass.display().to_string());
    all
}

fn ok_with(env: &TestEnv, pass: &Path, args: &[&str]) -> String {
    let args = with_pass(pass, args);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.ok(&args)
}

#[test]
fn a_locked_folder_holds_no_word_or_name_and_opens_with_the_passphrase() {
    let env = TestEnv::new();
    let pass = filled(&env);
    let before_plan = env.ok(&["plan", "show", "sister"]);
    let before_list = env.ok(&["checklist", "show", "overdose-kit"]);
    let status = env.ok(&["data"]);
    assert!(status.contains("not locked"), "{status}");
    assert!(status.contains("4 files"), "{status}");
    assert!(status.contains("watches you type"), "{status}");

    ok_with(&env, &pass, &["data", "lock"]);
    assert_reveals_nothing(&env.data_dir());
    let status = env.ok(&["data"]);
    assert!(status.contains("Your data is locked"), "{status}");
    assert!(status.contains("4 files"), "{status}");

    // The same answers, with the passphrase from the file or the variable.
    assert_eq!(
        ok_with(&env, &pass, &["plan", "show", "sister"]),
        before_plan
    );
    let out = env
        .kinship()
        .args(["checklist", "show", "overdose-kit"])
        .env("KINSHIP_PASSPHRASE_FILE", &pass)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), before_list);
    let list = ok_with(&env, &pass, &["plan", "list"]);
    assert!(
        list.contains("grandpa-joe") && list.contains("sister"),
        "{list}"
    );
    let archive = ok_with(&env, &pass, &["data", "archive", "list"]);
    assert!(archive.contains("plans-sister-"), "{archive}");

    // Writing while locked stays encrypted.
    ok_with(
        &env,
        &pass,
        &["plan", "set", "sister", "place", "Brambleford porch"],
    );
    ok_with(&env, &pass, &["plan", "delete", "grandpa-joe", "--yes"]);
    assert_reveals_nothing(&env.data_dir());
    let list = ok_with(&env, &pass, &["plan", "list"]);
    assert!(!list.contains("grandpa-joe"), "{list}");
    assert!(ok_with(&env, &pass, &["plan", "show", "sister"]).contains("Brambleford porch"));

    // Unlocked again: plain files with the same text, no key left.
    ok_with(&env, &pass, &["data", "unlock"]);
    assert!(!env.data_dir().join("vault").exists());
    assert!(!env.data_dir().join("data-key.age").exists());
    let plan = fs::read_to_string(env.data_dir().join("plans/sister.yaml")).unwrap();
    assert!(plan.contains("Brambleford porch"), "{plan}");
    assert!(
        env.ok(&["plan", "show", "sister"])
            .contains("Brambleford porch")
    );
    let archived = fs::read_dir(env.data_dir().join("archive"))
        .unwrap()
        .count();
    assert_eq!(
        archived, 2,
        "the replaced sister and the deleted grandpa-joe"
    );
}

#[test]
fn locked_and_off_a_terminal_without_a_passphrase_file_stops_at_once_with_exit_2() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    for args in [
        &["plan", "list"][..],
        &["checklist", "show", "overdose-kit"],
        &["sos", "log"],
    ] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(err.contains("locked"), "{err}");
        assert!(err.contains("--passphrase-file FILE"), "{err}");
    }
    // `data lock` with nothing to ask with says how, too.
    let other = TestEnv::new();
    filled(&other);
    let (code, _, err) = other.run(&["data", "lock"]);
    assert_eq!(code, 2, "{err}");
    assert!(other.ok(&["data"]).contains("not locked"));
}

#[test]
fn the_emergency_path_never_asks_while_locked() {
    let env = TestEnv::new();
    let pass = filled(&env);
    let card_before = env.ok(&["sos"]);
    ok_with(&env, &pass, &["data", "lock"]);
    let (code, card, err) = env.run(&["sos"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(card, card_before, "the same card, at once");
    for args in [
        &[][..],
        &["guide", "overdose"],
        &["resources"],
        &["search", "naloxone"],
    ] {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(!err.contains("passphrase"), "{args:?}: {err}");
    }
    // The printed card says in one line that the household's details are locked.
    let (code, out, err) = env.run(&["print", "card"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Call 911"), "{out}");
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("details are locked"))
            .count(),
        1,
        "{err}"
    );
}

#[test]
fn a_walk_while_locked_asks_nothing_and_its_log_is_saved_encrypted() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    let mut p = spawn(&env, &["sos", "--walk"], &[("KINSHIP_CLOCK_SPEED", "60")]);
    let mut seen = String::new();
    expect(&mut p, "Call 911 now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Start CPR now.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give naloxone.", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Give rescue breaths.", &mut seen);
    key(&mut p, "\u{3}");
    expect(&mut p, "Saved, encrypted", &mut seen);
    seen.push_str(&p.exp_eof().unwrap());
    assert!(!seen.contains("Passphrase"), "{seen}");
    assert!(!env.data_dir().join("sos").exists());
    assert_reveals_nothing(&env.data_dir());
    let logs = ok_with(&env, &pass, &["sos", "log"]);
    assert!(logs.contains("2026-11-22T21-04-00"), "{logs}");
    let shown = ok_with(&env, &pass, &["sos", "log", "last"]);
    assert!(shown.contains("naloxone, first dose"), "{shown}");
}

#[test]
fn on_a_terminal_the_passphrase_is_asked_once_with_three_tries() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    let mut p = spawn(&env, &["plan", "list"], &[]);
    let mut seen = String::new();
    for _ in 0..2 {
        expect(&mut p, "Passphrase for your kinship data: ", &mut seen);
        key(&mut p, "not it\r");
        expect(&mut p, "does not open your data", &mut seen);
    }
    expect(&mut p, "Passphrase for your kinship data: ", &mut seen);
    key(&mut p, &format!("{PASSPHRASE}\r"));
    expect(&mut p, "grandpa-joe", &mut seen);
    seen.push_str(&p.exp_eof().unwrap());
    assert_eq!(seen.matches("Passphrase for").count(), 3, "{seen}");
    assert!(!seen.contains(PASSPHRASE), "never echoed: {seen}");

    let mut p = spawn(&env, &["plan", "list"], &[]);
    let mut seen = String::new();
    for _ in 0..3 {
        expect(&mut p, "Passphrase for your kinship data: ", &mut seen);
        key(&mut p, "\r");
    }
    expect(&mut p, "nothing was changed", &mut seen);
    p.exp_eof().unwrap();
    let status = format!("{:?}", p.process().wait().unwrap());
    assert!(status.ends_with(", 1)"), "{status}");
}

#[test]
fn bad_passphrases_and_passphrase_files_change_nothing() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    let before = all_bytes(&env.data_dir());
    let wrong = env.home().join("wrong");
    fs::write(&wrong, "Correct horse battery\n").unwrap();
    let empty = env.home().join("empty");
    fs::write(&empty, "").unwrap();
    let folder = env.home().join("folder");
    fs::create_dir(&folder).unwrap();
    let missing = env.home().join("missing");
    for (file, says, exit) in [
        (&wrong, "does not open your kinship data", 1),
        (&empty, "it is empty", 2),
        (&folder, "it is a folder", 2),
        (&missing, "there is no such file", 2),
    ] {
        let args = with_pass(file, &["plan", "set", "sister", "place", "elsewhere"]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _, err) = env.run(&args);
        assert_eq!(code, exit, "{file:?}: {err}");
        assert!(err.contains(says), "{err}");
    }
    let mut after = all_bytes(&env.data_dir());
    let mut before = before;
    // Only the vault's lock file may have been made.
    after.retain(|(p, _)| !p.ends_with(".vault.lock"));
    before.retain(|(p, _)| !p.ends_with(".vault.lock"));
    after.sort();
    before.sort();
    assert_eq!(after, before, "nothing changed");
}

#[test]
fn a_new_passphrase_opens_the_same_files_and_the_old_one_no_longer_does() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    let vault_before: Vec<_> = all_bytes(&env.data_dir().join("vault"));
    let new = env.home().join("new");
    fs::write(&new, "a new and longer passphrase\n").unwrap();
    ok_with(
        &env,
        &pass,
        &[
            "data",
            "passphrase",
            "--new-passphrase-file",
            new.to_str().unwrap(),
        ],
    );
    let mut vault_after = all_bytes(&env.data_dir().join("vault"));
    let mut vault_before = vault_before;
    vault_after.sort();
    vault_before.sort();
    assert_eq!(vault_after, vault_before, "no file was encrypted again");
    let args = with_pass(&pass, &["plan", "list"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(env.run(&args).0, 1);
    assert!(ok_with(&env, &new, &["plan", "list"]).contains("sister"));
}

#[test]
fn a_tampered_or_cut_short_file_is_refused_and_never_overwritten() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    let vault = env.data_dir().join("vault");
    let files: Vec<PathBuf> = fs::read_dir(&vault)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "age") && !p.ends_with("index.age"))
        .collect();
    assert_eq!(files.len(), 4);
    for (n, file) in files.iter().enumerate() {
        let good = fs::read(file).unwrap();
        let bad = if n % 2 == 0 {
            good[..good.len() - 7].to_vec()
        } else {
            let mut b = good.clone();
            let at = b.len() - 20;
            b[at] ^= 0x40;
            b
        };
        fs::write(file, &bad).unwrap();
        // Whatever the file was, every command that reads it refuses it.
        for args in [
            &["plan", "show", "sister"][..],
            &["plan", "show", "grandpa-joe"],
            &["checklist", "show", "overdose-kit"],
            &["plan", "set", "sister", "place", "x"],
            &["plan", "set", "grandpa-joe", "place", "x"],
            &["checklist", "check", "overdose-kit", "2"],
        ] {
            let args = with_pass(&pass, args);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (code, out, err) = env.run(&args);
            if code != 0 {
                assert!(!err.contains("panicked"), "{err}");
            } else {
                assert!(!out.contains('\u{fffd}'), "never garbage: {out}");
            }
        }
        assert_eq!(fs::read(file).unwrap(), bad, "never overwritten");
        fs::write(file, &good).unwrap();
    }
    // A refusal names the problem.
    let sister_broken = files.iter().any(|file| {
        let good = fs::read(file).unwrap();
        fs::write(file, &good[..good.len() - 7]).unwrap();
        let args = with_pass(&pass, &["plan", "show", "sister"]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _, err) = env.run(&args);
        fs::write(file, &good).unwrap();
        code == 1 && err.contains("changed or cut short")
    });
    assert!(sister_broken);
}

/// A kill at any moment of `data lock` loses nothing: the next run with
/// the passphrase finishes it. `scripts/kill-loop.sh` runs hundreds of
/// these; this is a short fixed run.
#[test]
fn a_killed_lock_or_unlock_loses_nothing_and_the_next_run_finishes_it() {
    let env = TestEnv::new();
    let pass = filled(&env);
    let plan = env.ok(&["plan", "show", "sister"]);
    let list = env.ok(&["checklist", "show", "overdose-kit"]);
    for (i, command) in ["lock", "unlock"].iter().cycle().take(16).enumerate() {
        let mut child = env
            .command()
            .args(with_pass(&pass, &["data", command]))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(i as u64 * 1500));
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(
            ok_with(&env, &pass, &["plan", "show", "sister"]),
            plan,
            "kill {i}"
        );
        assert_eq!(
            ok_with(&env, &pass, &["checklist", "show", "overdose-kit"]),
            list,
            "kill {i}"
        );
    }
    ok_with(&env, &pass, &["data", "lock"]);
    assert_reveals_nothing(&env.data_dir());
    assert!(ok_with(&env, &pass, &["data"]).contains("4 files"));
}

/// The README's "Reading your files without kinship", run with the `age`
/// tool itself. Skipped (saying so) where `age` is not installed, unless
/// KINSHIP_REQUIRE_TOOLS=1 (CI installs it).
#[test]
fn the_readme_age_commands_read_every_file() {
    let Some(age) = which("age") else {
        assert!(
            std::env::var("KINSHIP_REQUIRE_TOOLS").is_err(),
            "KINSHIP_REQUIRE_TOOLS is set but `age` is not installed"
        );
        eprintln!("SKIPPED: the age test needs the `age` tool (Debian: age; CI installs it)");
        return;
    };
    let env = TestEnv::new();
    let pass = filled(&env);
    let plan_before = fs::read_to_string(env.data_dir().join("plans/sister.yaml")).unwrap();
    ok_with(&env, &pass, &["data", "lock"]);
    let data = env.data_dir();
    let key_txt = env.home().join("key.txt");
    // age asks for the passphrase on the terminal.
    let mut cmd = std::process::Command::new(&age);
    cmd.arg("--decrypt")
        .arg("--output")
        .arg(&key_txt)
        .arg(data.join("data-key.age"));
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("passphrase").unwrap();
    p.send_line(PASSPHRASE).unwrap();
    p.exp_eof().unwrap();
    let index = decrypt(&age, &key_txt, &data.join("vault/index.age"));
    let mut seen = Vec::new();
    for line in index.lines().skip(1) {
        let (id, name) = line.split_once(' ').unwrap();
        let text = decrypt(&age, &key_txt, &data.join(format!("vault/{id}.age")));
        assert!(text.starts_with(&format!("# kinship: {name}\n")), "{text}");
        if name == "plans/sister.yaml" {
            assert_eq!(text.split_once('\n').unwrap().1, plan_before);
        }
        seen.push(name.to_string());
    }
    seen.sort();
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert!(seen.contains(&"checklists/overdose-kit.yaml".to_string()));
}

fn decrypt(age: &Path, key: &Path, file: &Path) -> String {
    let out = std::process::Command::new(age)
        .arg("--decrypt")
        .arg("--identity")
        .arg(key)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(tool))
        .find(|p| p.is_file())
}

// A professional-led intervention: the approach that plans with a team.
const TEAM: &str = "approach: 3\nloved_one: Quintavius\nteam:\n  \
    - {name: Ann, relationship: Older sister, role: Speaks first}\n  \
    - {name: Bo, relationship: Friend, role: Drives}\n\
    letters:\n  - {from: Ann, letter: Dear Q from Ann}\n  - {from: Bo, letter: Brother from Bo}\n";

#[test]
fn a_shared_plan_imports_into_another_folder_whole_or_for_one_person() {
    let env = TestEnv::new();
    let answers = env.home().join("answers.yaml");
    fs::write(&answers, TEAM).unwrap();
    env.ok(&[
        "plan",
        "import",
        "intervention",
        answers.to_str().unwrap(),
        "--name",
        "dad",
    ]);
    let pass = env.home().join("share-pass");
    fs::write(&pass, "told on the phone\n").unwrap();
    let whole = env.home().join("dad.kinship");
    let for_ann = env.home().join("ann.kinship");
    let p = pass.to_str().unwrap();
    env.ok(&[
        "plan",
        "share",
        "dad",
        "-o",
        whole.to_str().unwrap(),
        "--share-passphrase-file",
        p,
    ]);
    env.ok(&[
        "plan",
        "share",
        "dad",
        "--for",
        "Ann",
        "-o",
        for_ann.to_str().unwrap(),
        "--share-passphrase-file",
        p,
    ]);
    for file in [&whole, &for_ann] {
        let bytes = fs::read(file).unwrap();
        assert!(bytes.starts_with(b"age-encryption.org/v1"));
        for word in ["Quintavius", "Ann", "Brother"] {
            assert!(
                !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
                "{word}"
            );
        }
    }
    // Never replaced without --force.
    let (code, _, err) = env.run(&[
        "plan",
        "share",
        "dad",
        "-o",
        whole.to_str().unwrap(),
        "--share-passphrase-file",
        p,
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("already exists"), "{err}");

    let sister = TestEnv::new();
    let (code, _, err) = sister.run(&["plan", "import", whole.to_str().unwrap()]);
    assert_eq!(code, 2, "off a terminal with no passphrase file: {err}");
    let wrong = sister.home().join("wrong");
    fs::write(&wrong, "not it\n").unwrap();
    let (code, _, err) = sister.run(&[
        "plan",
        "import",
        whole.to_str().unwrap(),
        "--share-passphrase-file",
        wrong.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("does not open it"), "{err}");
    sister.ok(&[
        "plan",
        "import",
        whole.to_str().unwrap(),
        "--share-passphrase-file",
        p,
    ]);
    assert_eq!(
        sister.ok(&["plan", "show", "dad"]),
        env.ok(&["plan", "show", "dad"])
    );
    // A plan of that name is never overwritten silently.
    let (code, _, err) = sister.run(&[
        "plan",
        "import",
        whole.to_str().unwrap(),
        "--share-passphrase-file",
        p,
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("already have a plan"), "{err}");
    sister.ok(&[
        "plan",
        "import",
        for_ann.to_str().unwrap(),
        "--share-passphrase-file",
        p,
        "--name",
        "for-ann",
    ]);
    let ann = sister.ok(&["plan", "show", "for-ann"]);
    assert!(ann.contains("Dear Q from Ann"), "{ann}");
    assert!(!ann.contains("Brother from Bo"), "only Ann's parts: {ann}");

    // A YAML file given alone, or a cut short share, is refused.
    let (code, _, err) = sister.run(&["plan", "import", answers.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("give the kind first"), "{err}");
    let cut = sister.home().join("cut.kinship");
    let bytes = fs::read(&whole).unwrap();
    fs::write(&cut, &bytes[..bytes.len() - 9]).unwrap();
    let (code, _, err) = sister.run(&[
        "plan",
        "import",
        cut.to_str().unwrap(),
        "--share-passphrase-file",
        p,
        "--name",
        "cut",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("changed or cut short"), "{err}");
}

/// Encrypts `text` with `passphrase` the way kinship's shares are.
fn sealed_with(passphrase: &str, text: &str) -> Vec<u8> {
    let mut to =
        age::scrypt::Recipient::new(age::secrecy::SecretString::from(passphrase.to_string()));
    to.set_work_factor(10);
    age::encrypt(&to, text.as_bytes()).unwrap()
}

#[test]
fn an_export_moves_everything_to_a_new_folder_and_never_overwrites_silently() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    let export = env.home().join("export.age");
    let share_pass = env.home().join("export-pass");
    fs::write(&share_pass, "moving day\n").unwrap();
    let sp = share_pass.to_str().unwrap();
    let out = env
        .kinship()
        .args(["data", "export", "-o", export.to_str().unwrap()])
        .args(["--share-passphrase-file", sp, "--passphrase-file"])
        .arg(&pass)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Exported 4 files"));
    let bytes = fs::read(&export).unwrap();
    for word in SECRETS {
        assert!(
            !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
            "{word}"
        );
    }

    // A new computer with a plan of the same name that differs.
    let new = TestEnv::new();
    let answers = new.home().join("answers.yaml");
    fs::write(&answers, "approach: 1\n").unwrap();
    new.ok(&[
        "plan",
        "import",
        "intervention",
        answers.to_str().unwrap(),
        "--name",
        "sister",
    ]);
    let mine = new.ok(&["plan", "show", "sister"]);
    let (code, _, err) = new.run(&["data", "import", export.to_str().unwrap()]);
    assert_eq!(code, 2, "no terminal, no passphrase file: {err}");
    let (code, _, err) = new.run(&[
        "data",
        "import",
        export.to_str().unwrap(),
        "--share-passphrase-file",
        sp,
    ]);
    assert_eq!(code, 0, "{err}");
    // grandpa-joe and the checklist are new; the archived copy of sister is
    // the same text as the sister kept beside yours, under the same name.
    assert!(
        err.contains("2 new files, 1 already here and the same"),
        "{err}"
    );
    assert!(err.contains("both are kept"), "{err}");
    assert_eq!(
        new.ok(&["plan", "show", "sister"]),
        mine,
        "never overwritten silently"
    );
    assert!(
        new.ok(&["plan", "show", "grandpa-joe"])
            .contains("Quintavius")
    );
    // Again: nothing new, nothing kept twice.
    let (_, _, err) = new.run(&[
        "data",
        "import",
        export.to_str().unwrap(),
        "--share-passphrase-file",
        sp,
    ]);
    assert!(
        err.contains("0 new files, 4 already here and the same"),
        "{err}"
    );
    let copies = new.ok(&["data", "archive", "list"]).lines().count();
    // With --replace the imported plan wins, and yours is kept.
    let (code, _, err) = new.run(&[
        "data",
        "import",
        export.to_str().unwrap(),
        "--share-passphrase-file",
        sp,
        "--replace",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 replaced"), "{err}");
    assert!(new.ok(&["plan", "show", "sister"]).contains("Quintavius"));
    assert_eq!(
        new.ok(&["data", "archive", "list"]).lines().count(),
        copies + 1
    );
}

#[test]
fn an_export_from_a_newer_kinship_or_of_another_kind_is_refused() {
    let env = TestEnv::new();
    let newer = env.home().join("newer.age");
    fs::write(
        &newer,
        sealed_with("pw", "kinship: export\nformat: 9\nfiles: []\nlater: 1\n"),
    )
    .unwrap();
    let share = env.home().join("share.age");
    fs::write(
        &share,
        sealed_with(
            "pw",
            "kinship: plan\nformat: 1\nname: x\nkind: intervention\nanswers: {}\n",
        ),
    )
    .unwrap();
    let escape = env.home().join("escape.age");
    fs::write(
        &escape,
        sealed_with(
            "pw",
            "kinship: export\nformat: 1\nfiles:\n- {path: plans/../../evil.yaml, text: x}\n",
        ),
    )
    .unwrap();
    let pass = env.home().join("pw");
    fs::write(&pass, "pw\n").unwrap();
    let p = pass.to_str().unwrap();
    for (file, command, says) in [
        (&newer, "data", "a newer kinship made it (export format 9"),
        (&share, "data", "holds a kinship \"plan\", not an export"),
        (&escape, "data", "not a file kinship keeps"),
        (&newer, "plan", "holds a kinship \"export\", not a plan"),
    ] {
        let (code, _, err) = env.run(&[
            command,
            "import",
            file.to_str().unwrap(),
            "--share-passphrase-file",
            p,
        ]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains(says), "{err}");
    }
    assert!(!env.data_dir().exists(), "nothing was imported");
    assert!(!env.home().join("evil.yaml").exists());
}

/// A disk that fills up mid-lock (here, a file size limit with its signal
/// ignored, so that writes fail as they do on a full disk): the lock stops
/// with a message, no file is lost or half-written, and the next run
/// finishes it.
#[test]
fn a_full_disk_mid_lock_loses_nothing_and_the_next_run_finishes() {
    let env = TestEnv::new();
    let pass = filled(&env);
    let long = "Brambleford ".repeat(300);
    let letter = env.home().join("letter.txt");
    fs::write(&letter, &long).unwrap();
    env.ok(&["plan", "set", "sister", "letters.1.from", "Ann"]);
    env.ok(&[
        "plan",
        "set",
        "sister",
        "letters.1.letter",
        "--file",
        letter.to_str().unwrap(),
    ]);
    let plan = env.ok(&["plan", "show", "sister"]);
    let mut cmd = env.command();
    cmd.args(["-c", "trap '' XFSZ; ulimit -f 2; exec \"$0\" \"$@\""])
        .arg(crate::support::bin())
        .args(with_pass(&pass, &["data", "lock"]));
    let mut shell = std::process::Command::new("bash");
    shell.args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => shell.env(k, v),
            None => shell.env_remove(k),
        };
    }
    let out = shell.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Could not encrypt"), "{err}");
    assert!(err.contains("Run `kinship data lock` again"), "{err}");
    let status = env.ok(&["data"]);
    assert!(
        status.contains("still in plain text: a lock was interrupted"),
        "{status}"
    );
    // The plan that did not fit is still there, whole, in plain text.
    let left = fs::read_to_string(env.data_dir().join("plans/sister.yaml")).unwrap();
    assert!(left.contains(long.trim()), "{left}");
    assert_eq!(ok_with(&env, &pass, &["plan", "show", "sister"]), plan);
    ok_with(&env, &pass, &["data", "lock"]);
    assert!(!env.data_dir().join("plans").exists());
    assert_eq!(ok_with(&env, &pass, &["plan", "show", "sister"]), plan);
    assert_reveals_nothing(&env.data_dir());
}

#[test]
fn print_card_on_a_terminal_asks_for_the_details_and_enter_skips() {
    let env = TestEnv::new();
    let answers = env.home().join("home.yaml");
    fs::write(&answers, "address: 14 Larkspur Lane\n").unwrap();
    env.ok(&[
        "plan",
        "import",
        "overdose-plan",
        answers.to_str().unwrap(),
        "--name",
        "home",
    ]);
    let pass = env.home().join("passphrase");
    fs::write(&pass, format!("{PASSPHRASE}\n")).unwrap();
    ok_with(&env, &pass, &["data", "lock"]);
    const ASKS: &str = "(Enter to skip): ";
    let mut p = spawn(&env, &["--no-pager", "print", "card"], &[]);
    let mut seen = String::new();
    expect(&mut p, ASKS, &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "details are locked", &mut seen);
    seen.push_str(&p.exp_eof().unwrap());
    assert!(!seen.contains("Larkspur"), "{seen}");
    let mut p = spawn(&env, &["--no-pager", "print", "card"], &[]);
    let mut seen = String::new();
    expect(&mut p, ASKS, &mut seen);
    key(&mut p, &format!("{PASSPHRASE}\r"));
    expect(&mut p, "14 Larkspur Lane", &mut seen);
    seen.push_str(&p.exp_eof().unwrap());
    assert!(!seen.contains("details are locked"), "{seen}");
}

/// Two walks begun in the same second while locked (their names cannot be
/// checked without the passphrase), and a vault file damaged: unlocking
/// loses neither walk, and moves the damaged file aside with the key.
#[test]
fn unlocking_keeps_two_walks_of_one_second_and_sets_a_damaged_file_aside() {
    let env = TestEnv::new();
    let pass = filled(&env);
    ok_with(&env, &pass, &["data", "lock"]);
    for steps in [1, 2] {
        let mut p = spawn(&env, &["sos", "--walk"], &[("KINSHIP_CLOCK_SPEED", "60")]);
        let mut seen = String::new();
        expect(&mut p, "Call 911 now.", &mut seen);
        key(&mut p, "\r");
        expect(&mut p, "Start CPR now.", &mut seen);
        key(&mut p, "\r");
        if steps == 2 {
            expect(&mut p, "Give naloxone.", &mut seen);
            key(&mut p, "\r");
            expect(&mut p, "Give rescue breaths.", &mut seen);
        } else {
            expect(&mut p, "Give naloxone.", &mut seen);
        }
        key(&mut p, "\u{3}");
        expect(&mut p, "Saved, encrypted", &mut seen);
        p.exp_eof().unwrap();
    }
    // Damage one file: the checklist's.
    let vault = env.data_dir().join("vault");
    let checklist = fs::read_dir(&vault)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| !p.ends_with("index.age") && p.extension().is_some_and(|e| e == "age"))
        .find(|p| {
            let good = fs::read(p).unwrap();
            fs::write(p, &good[..good.len() - 5]).unwrap();
            let args = with_pass(&pass, &["checklist", "show", "overdose-kit"]);
            let broken = env.kinship().args(&args).output().unwrap().status.code() == Some(1);
            if !broken {
                fs::write(p, &good).unwrap();
            }
            broken
        })
        .expect("one file holds the checklist");
    let damaged = fs::read(&checklist).unwrap();
    let out = env
        .kinship()
        .args(with_pass(&pass, &["data", "unlock"]))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("1 file in the vault could not be decrypted"),
        "{err}"
    );
    let sos = env.data_dir().join("sos");
    let a = fs::read_to_string(sos.join("2026-11-22T21-04-00.yaml")).unwrap();
    let b = fs::read_to_string(sos.join("2026-11-22T21-04-00-2.yaml")).unwrap();
    assert_ne!(a, b);
    assert!(a.contains("naloxone, first dose") || b.contains("naloxone, first dose"));
    let archive = env.data_dir().join("archive");
    let kept: Vec<_> = fs::read_dir(&archive)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(kept.iter().any(|n| n == "data-key.age"), "{kept:?}");
    let aside = kept
        .iter()
        .find(|n| n.starts_with("vault-"))
        .expect("set aside");
    assert_eq!(fs::read(archive.join(aside)).unwrap(), damaged);
    assert!(!vault.exists());
}

/// An unlock killed half-way leaves some files plain again: the home screen
/// and sos still never need the passphrase for their reminders.
#[test]
fn a_half_unlocked_folder_gives_no_reminder_and_asks_nothing() {
    let env = TestEnv::new();
    let pass = filled(&env);
    env.ok(&["kit", "add", "Narcan", "--expires", "2026-10"]);
    let kit = fs::read(env.data_dir().join("self/kit.yaml")).unwrap();
    ok_with(&env, &pass, &["data", "lock"]);
    // As a killed unlock leaves it: the marker, and the kit plain again.
    fs::write(env.data_dir().join(".unlocking"), "").unwrap();
    fs::create_dir_all(env.data_dir().join("self")).unwrap();
    fs::write(env.data_dir().join("self/kit.yaml"), kit).unwrap();
    for args in [&[][..], &["sos"]] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains("Call 911"), "{out}");
        assert!(!err.contains("passphrase"), "{args:?}: {err}");
        assert!(!err.contains("reminder"), "{args:?}: {err}");
    }
}
