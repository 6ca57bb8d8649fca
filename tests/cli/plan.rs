//! `kinship plan` end to end: import, show (whole and for one person), set,
//! list and delete, with hostile and non-Latin input; and, in a real
//! pseudo-terminal, filling in part of an intervention plan, Ctrl-C, and
//! resuming with `edit` to the end.

use crate::pty::{expect, key, spawn};
use crate::support::TestEnv;
use kinship::content::form::{self, Kind};
use std::fs;

const ANSWERS: &str = r#"
approach: 2
loved_one: "Sam 😊"
what_matters: "<script>alert(1)</script>"
when: saturday 6pm
place: Mom's living room
team:
  - {name: Ann, relationship: Older sister, role: Speaks first}
  - {name: Сергей, relationship: Friend, role: Drives}
letters:
  - {from: Ann, letter: "Dear Sam,\n\nI remember the lake."}
  - {from: Сергей, letter: "Brother, I am here."}
boundaries:
  - {person: Ann, boundary: I will not give money.}
  - {person: Сергей, boundary: I will not lie for you.}
budget_secret_field_is_not_here: 1
"#;

fn import(env: &TestEnv, text: &str, name: &str) -> (i32, String, String) {
    let file = env.home().join(format!("{name}.yaml"));
    fs::write(&file, text).unwrap();
    env.run(&[
        "plan",
        "import",
        "intervention",
        file.to_str().unwrap(),
        "--name",
        name,
    ])
}

#[test]
fn import_checks_every_answer_and_imports_nothing_on_any_problem() {
    let env = TestEnv::new();
    let (code, _, err) = import(&env, ANSWERS, "dad");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no field called \"budget_secret_field_is_not_here\""),
        "{err}"
    );
    assert!(
        !env.data_dir().join("plans/dad.yaml").exists(),
        "nothing half-imported"
    );

    let bad = ANSWERS
        .replace("budget_secret_field_is_not_here: 1\n", "")
        .replace("saturday 6pm", "05/12/2026 6pm")
        .replace("approach: 2", "approach: golf");
    let (code, _, err) = import(&env, &bad, "dad");
    assert_eq!(code, 1);
    assert!(err.contains("2 problems"), "{err}");
    assert!(
        err.contains("when: \"05/12/2026\" could mean two different days"),
        "{err}"
    );
    assert!(
        err.contains("approach: \"golf\" is not one of the choices"),
        "{err}"
    );

    let (code, _, err) = import(&env, "approach: [oops", "dad");
    assert_eq!(code, 1);
    assert!(err.contains("is not a YAML map of answers"), "{err}");
}

#[test]
fn a_plan_is_imported_shown_whole_or_for_one_person_and_listed() {
    let env = TestEnv::new();
    let good = ANSWERS.replace("budget_secret_field_is_not_here: 1\n", "");
    let (code, _, err) = import(&env, &good, "dad");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Imported dad"), "{err}");

    let whole = env.ok(&["plan", "show", "dad"]);
    assert!(whole.starts_with("Intervention plan: dad"), "{whole}");
    assert!(
        whole.contains("An open invitation to a family meeting"),
        "{whole}"
    );
    assert!(
        whole.contains("Saturday 28 November 2026 at 18:00"),
        "{whole}"
    );
    assert!(whole.contains("Sam 😊"), "{whole}");
    assert!(
        whole.contains("<script>alert(1)</script>"),
        "shown as typed: {whole}"
    );
    assert!(whole.contains("Сергей"), "{whole}");
    assert!(whole.contains("I remember the lake."), "{whole}");
    assert!(whole.contains("not answered yet"), "{whole}");

    let ann = env.ok(&["plan", "show", "dad", "--for", "ann"]);
    // Named as the plan writes it, whatever case was typed.
    assert!(ann.contains("The parts of this plan for Ann."), "{ann}");
    assert!(
        ann.contains("Saturday 28 November 2026 at 18:00"),
        "the time: {ann}"
    );
    assert!(ann.contains("Mom's living room"), "the place: {ann}");
    assert!(ann.contains("Speaks first"), "her role: {ann}");
    assert!(ann.contains("I remember the lake."), "her letter: {ann}");
    assert!(
        !ann.contains("Brother, I am here."),
        "not his letter: {ann}"
    );
    assert!(!ann.contains("Drives"), "not his role: {ann}");
    assert!(
        ann.contains("I will not lie for you."),
        "the agreed boundaries, all of them: {ann}"
    );
    assert!(!ann.contains("<script>"), "not shared with the team: {ann}");

    let (code, _, err) = env.run(&["plan", "show", "dad", "--for", "Bob"]);
    assert_eq!(code, 1);
    assert!(err.contains("The people in it: Ann, Сергей."), "{err}");

    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "list", "--json"])).unwrap();
    assert_eq!(list[0]["name"], "dad");
    assert_eq!(list[0]["kind"], "intervention");
    assert!(list[0]["answered"].as_u64().unwrap() >= 7);
    let table = env.ok(&["plan", "list"]);
    assert!(
        table.contains("dad") && table.contains("intervention"),
        "{table}"
    );
    let shown: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "show", "dad", "--json"])).unwrap();
    assert_eq!(shown["answers"]["approach"], "invitation");
    assert_eq!(shown["answers"]["team"][1]["name"], "Сергей");
}

#[test]
fn set_changes_one_answer_with_the_same_checks() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "mum").0, 0);
    env.ok(&[
        "plan", "set", "mum", "when", "5", "December", "2026", "18:30",
    ]);
    env.ok(&["plan", "set", "mum", "team.1.name", "Zoë"]);
    env.ok(&["plan", "set", "mum", "team.2.name", "李"]);
    env.ok(&["plan", "set", "mum", "team.1.role", "Speaks", "first"]);
    let letter = env.home().join("letter.txt");
    let long = format!(
        "Dear Sam,\n\n{}",
        "I love you and I am scared. ".repeat(190)
    );
    assert!(long.chars().count() > 5000);
    fs::write(&letter, &long).unwrap();
    env.ok(&["plan", "set", "mum", "letters.1.from", "Zoë"]);
    env.ok(&[
        "plan",
        "set",
        "mum",
        "letters.1.letter",
        "--file",
        letter.to_str().unwrap(),
    ]);
    let saved = fs::read_to_string(env.data_dir().join("plans/mum.yaml")).unwrap();
    assert!(saved.contains("when: 2026-12-05 18:30"), "{saved}");
    let shown = env.ok(&["plan", "show", "mum"]);
    assert!(
        shown.contains("Saturday 5 December 2026 at 18:30"),
        "{shown}"
    );
    assert!(shown.contains("I love you and I am scared."), "{shown}");

    // Bad values are explained, and change nothing.
    let before = fs::read(env.data_dir().join("plans/mum.yaml")).unwrap();
    for (args, says) in [
        (vec!["when", "someday"], "not a day and time"),
        (vec!["team.4.name", "Cy"], "N goes from 1 to 3"),
        (vec!["teem", "x"], "Did you mean \"team\"?"),
        (vec!["approach", "9"], "not one of the choices"),
        (vec!["likely_sober", "maybe"], "yes or no"),
    ] {
        let mut all = vec!["plan", "set", "mum"];
        all.extend(args.iter().copied());
        let (code, _, err) = env.run(&all);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(
        fs::read(env.data_dir().join("plans/mum.yaml")).unwrap(),
        before
    );
    let (code, _, err) = env.run(&["plan", "set", "mum", "when"]);
    assert_eq!(code, 2, "{err}");

    // A past date is kept, with a warning.
    let (code, _, err) = env.run(&["plan", "set", "mum", "rehearsal", "2026-11-01"]);
    assert_eq!(code, 0);
    assert!(err.contains("has passed"), "{err}");

    // Removing the first team member moves the second up.
    env.ok(&["plan", "set", "mum", "team.1", "--clear"]);
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "show", "mum", "--json"])).unwrap();
    assert_eq!(json["answers"]["team"][0]["name"], "李");
    assert_eq!(json["answers"]["team"].as_array().unwrap().len(), 1);
}

#[test]
fn unknown_plans_and_kinds_are_named_and_delete_keeps_a_copy() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["plan", "show", "dad"]);
    assert_eq!(code, 1);
    assert!(err.contains("You have no plans yet."), "{err}");
    let (code, _, err) = env.run(&["plan", "new", "interventoin", "dad"]);
    assert_eq!(code, 1);
    assert!(err.contains("Did you mean intervention?"), "{err}");
    let (code, _, err) = env.run(&["plan", "new", "intervention", "dad"]);
    assert_eq!(code, 2, "no terminal: {err}");
    assert!(
        err.contains("kinship plan import intervention FILE --name dad"),
        "dad does not exist yet, so not `plan set`: {err}"
    );
    assert!(err.contains("kinship plan kinds intervention"), "{err}");
    let (code, _, err) = env.run(&["plan", "import", "intervention", "/nonexistent/a.yaml"]);
    assert_eq!(code, 1);
    assert!(err.contains("`kinship plan import --help`"), "{err}");
    let (code, help, _) = env.run(&["plan", "import", "--help"]);
    assert_eq!(code, 0, "the command the hint names exists");
    assert!(help.contains("team:"), "and shows a file: {help}");
    let kinds = env.ok(&["plan", "kinds"]);
    for kind in [
        "intervention",
        "boundaries",
        "conversation",
        "overdose-plan",
    ] {
        assert!(kinds.contains(kind), "{kinds}");
    }
    let fields = env.ok(&["plan", "kinds", "intervention"]);
    assert!(fields.contains("team.N.name"), "{fields}");

    assert_eq!(import(&env, "approach: craft\n", "dad").0, 0);
    let (code, _, err) = env.run(&["plan", "edit", "dad"]);
    assert_eq!(code, 2, "no terminal: {err}");
    assert!(err.contains("kinship plan set dad FIELD VALUE"), "{err}");
    let (code, _, err) = env.run(&["plan", "show", "dda"]);
    assert_eq!(code, 1);
    assert!(err.contains("Did you mean dad?"), "{err}");
    let (code, _, err) = env.run(&["plan", "delete", "dad"]);
    assert_eq!(code, 2, "asks first, and there is no terminal: {err}");
    assert!(env.data_dir().join("plans/dad.yaml").exists());
    let (code, _, err) = env.run(&["plan", "delete", "dad", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(!env.data_dir().join("plans/dad.yaml").exists());
    let kept: Vec<_> = fs::read_dir(env.data_dir().join("archive"))
        .unwrap()
        .collect();
    assert_eq!(kept.len(), 1, "moved aside, not destroyed");
    let left = || -> Vec<String> {
        fs::read_dir(env.data_dir().join("plans"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(left(), Vec::<String>::new(), "no stale lock file is left");

    assert_eq!(import(&env, "approach: craft\n", "dad").0, 0);
    env.ok(&["plan", "delete", "dad", "--yes", "--purge"]);
    assert!(!env.data_dir().join("plans/dad.yaml").exists());
    assert_eq!(left(), Vec::<String>::new(), "no stale lock file is left");
    let kept: Vec<_> = fs::read_dir(env.data_dir().join("archive"))
        .unwrap()
        .collect();
    assert_eq!(kept.len(), 0, "--purge removes the earlier copies too");

    // A hand-broken file is refused, named, and left alone.
    fs::create_dir_all(env.data_dir().join("plans")).unwrap();
    fs::write(env.data_dir().join("plans/mum.yaml"), "answers: [oops\n").unwrap();
    let (code, _, err) = env.run(&["plan", "set", "mum", "place", "home"]);
    assert_eq!(code, 1);
    assert!(err.contains("line 1"), "{err}");
    assert_eq!(
        fs::read_to_string(env.data_dir().join("plans/mum.yaml")).unwrap(),
        "answers: [oops\n"
    );
}

const DOWN: &str = "\u{1b}[B";
const UP: &str = "\u{1b}[A";

#[test]
fn filling_a_plan_in_a_terminal_survives_ctrl_c_and_resumes_to_the_end() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["plan", "new", "intervention", "dad"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    // The cursor starts on "Skip for now": three up is the first choice.
    key(&mut p, &format!("{UP}{UP}{UP}\r"));
    expect(&mut p, "What do you call your loved one?", &mut seen);
    key(&mut p, "Sam 😊\r");
    expect(&mut p, "Do they have health needs", &mut seen);
    key(&mut p, "Asthma\r");
    expect(&mut p, "What matters most to them?", &mut seen);
    key(&mut p, "\u{3}");
    expect(&mut p, "Stopped.", &mut seen);
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains("Stopped"), "said once: {rest}");
    let saved = fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap();
    assert!(saved.contains("approach: craft"), "{saved}");
    assert!(saved.contains("loved_one: Sam 😊"), "{saved}");
    assert!(saved.contains("health_needs: Asthma"), "{saved}");
    assert!(!saved.contains("what_matters"), "{saved}");

    // Resume: the first choice goes on where it stopped; then every field in
    // order. Answer a few, add a team member, skip the rest with Enter.
    let form = form::load("intervention").unwrap().unwrap();
    let mut p = spawn(&env, &["plan", "edit", "dad"], &[]);
    let mut seen = String::new();
    expect(
        &mut p,
        "Go on where you left off (Your loved one: What matters most to them?)",
        &mut seen,
    );
    key(&mut p, "\r");
    let mut answered_fields = 0;
    for field in form.fields().skip_while(|f| f.id != "what_matters") {
        expect(&mut p, field.prompt.as_str(), &mut seen);
        match (field.id.as_str(), field.kind) {
            ("what_matters", _) => key(&mut p, "Her little girl\r"),
            ("when", _) => key(&mut p, "saturday 10am\r"),
            ("team", _) => {
                expect(&mut p, "What next?", &mut seen);
                key(&mut p, "\r"); // Add (the first time round an empty list)
                for sub in &field.fields {
                    expect(&mut p, sub.prompt.as_str(), &mut seen);
                    key(&mut p, if sub.id == "name" { "Ann\r" } else { "\r" });
                }
                expect(&mut p, "1. Ann", &mut seen);
                expect(&mut p, "What next?", &mut seen);
                key(&mut p, "\r"); // Done, now the default
            }
            (_, Kind::List) => {
                expect(&mut p, "What next?", &mut seen);
                key(&mut p, &format!("{DOWN}\r")); // Done
            }
            _ => key(&mut p, "\r"),
        }
        answered_fields += 1;
    }
    expect(&mut p, "Saved.", &mut seen);
    p.exp_eof().unwrap();
    assert!(answered_fields > 20, "the whole form was asked");
    let saved = fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap();
    assert!(saved.contains("what_matters: Her little girl"), "{saved}");
    assert!(saved.contains("when: 2026-11-28 10:00"), "{saved}");
    assert!(saved.contains("- name: Ann"), "{saved}");
    assert!(
        saved.contains("approach: craft"),
        "kept from before: {saved}"
    );
    assert!(
        !saved.contains("likely_sober"),
        "Enter skips, never answers: {saved}"
    );
}

#[test]
fn e_at_a_long_answer_without_a_working_editor_says_why_and_asks_again() {
    let fake_editor = "sh -c 'sleep 0.2; printf \"Written in the editor\" > \"$1\"' editor";
    for (editor, says, answer, kept) in [
        ("", "No editor is set", "Asthma\r", "health_needs: Asthma"),
        (
            "nonexistent-editor",
            "Could not start your editor \"nonexistent-editor\" (from EDITOR)",
            "Asthma\r",
            "health_needs: Asthma",
        ),
        (fake_editor, "", "", "health_needs: Written in the editor"),
    ] {
        let env = TestEnv::new();
        let mut p = spawn(
            &env,
            &["plan", "new", "intervention", "dad"],
            &[("EDITOR", editor)],
        );
        let mut seen = String::new();
        expect(&mut p, "Which approach will you take? (needed)", &mut seen);
        key(&mut p, &format!("{UP}{UP}{UP}\r"));
        expect(&mut p, "What do you call your loved one?", &mut seen);
        key(&mut p, "Sam\r");
        expect(&mut p, "Do they have health needs", &mut seen);
        key(&mut p, "e\r");
        if !says.is_empty() {
            expect(&mut p, says, &mut seen);
            expect(&mut p, "Do they have health needs", &mut seen);
            key(&mut p, answer);
        }
        expect(&mut p, "What matters most to them?", &mut seen);
        key(&mut p, "\u{3}");
        expect(&mut p, "Stopped.", &mut seen);
        let rest = p.exp_eof().unwrap();
        assert!(!rest.contains("panicked"), "{editor:?}: {rest}");
        let saved = fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap();
        assert!(saved.contains(kept), "{editor:?}: {saved}");
    }
}

#[test]
fn delete_moves_a_plan_that_cannot_be_read_aside_as_its_error_says() {
    let env = TestEnv::new();
    let plans = env.data_dir().join("plans");
    fs::create_dir_all(&plans).unwrap();
    let corrupt = "answers: [oops\n";
    fs::write(plans.join("mum.yaml"), corrupt).unwrap();
    let (code, _, err) = env.run(&["plan", "show", "mum"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("kinship plan delete mum"),
        "the way out: {err}"
    );

    let (code, _, err) = env.run(&["plan", "delete", "mum"]);
    assert_eq!(code, 2, "it still asks first: {err}");
    assert!(err.contains("needs a yes"), "{err}");
    assert!(plans.join("mum.yaml").exists());

    let (code, _, err) = env.run(&["plan", "delete", "mum", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("moved to"), "{err}");
    assert!(!plans.join("mum.yaml").exists());
    let kept: Vec<_> = fs::read_dir(env.data_dir().join("archive"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        fs::read_to_string(&kept[0]).unwrap(),
        corrupt,
        "kept as it was"
    );

    // A kind this kinship does not know, and --purge.
    fs::write(
        plans.join("dad.yaml"),
        "schema: 1\nform: future\ncreated: 2026-11-22T21:04:00+00:00\nupdated: 2026-11-22T21:04:00+00:00\n",
    )
    .unwrap();
    let (code, _, err) = env.run(&["plan", "delete", "dad", "--yes", "--purge"]);
    assert_eq!(code, 0, "{err}");
    assert!(!plans.join("dad.yaml").exists());
    assert_eq!(
        fs::read_dir(env.data_dir().join("archive"))
            .unwrap()
            .count(),
        1
    );

    // In a terminal, it asks.
    fs::write(plans.join("mum.yaml"), corrupt).unwrap();
    let mut p = spawn(&env, &["plan", "delete", "mum"], &[]);
    let mut seen = String::new();
    expect(&mut p, "It cannot be read", &mut seen);
    key(&mut p, "y");
    expect(&mut p, "moved to", &mut seen);
    p.exp_eof().unwrap();
    assert!(!plans.join("mum.yaml").exists());
}

#[test]
fn needed_parts_of_a_list_entry_show_as_missing() {
    let env = TestEnv::new();
    let file = env.home().join("mum.yaml");
    fs::write(
        &file,
        "boundaries:\n- {when: When you ask me for cash, i_will: I will say no}\n",
    )
    .unwrap();
    env.ok(&[
        "plan",
        "import",
        "boundaries",
        file.to_str().unwrap(),
        "--name",
        "mum",
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "show", "mum", "--json"])).unwrap();
    assert_eq!(json["missing"], serde_json::json!([]), "complete: {json}");

    env.ok(&["plan", "set", "mum", "boundaries.2.why", "only why"]);
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "show", "mum", "--json"])).unwrap();
    assert_eq!(
        json["missing"],
        serde_json::json!(["boundaries.2.when", "boundaries.2.i_will"])
    );
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "list", "--json"])).unwrap();
    assert_eq!(list[0]["missing"][0], "boundaries.2.when");
    let table = env.ok(&["plan", "list"]);
    assert!(table.contains("STILL NEEDED"), "{table}");
    assert!(table.trim_end().ends_with('2'), "{table}");
    let shown = env.ok(&["plan", "show", "mum"]);
    assert!(
        shown.contains("Still to fill in: Boundary 2: When does it apply;"),
        "{shown}"
    );
    assert!(shown.contains("not answered yet (needed)"), "{shown}");
}

#[test]
fn plan_kinds_json_lists_kinds_and_one_kinds_fields() {
    let env = TestEnv::new();
    let kinds: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "kinds", "--json"])).unwrap();
    let ids: Vec<&str> = kinds
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap())
        .collect();
    for kind in [
        "intervention",
        "boundaries",
        "conversation",
        "overdose-plan",
    ] {
        assert!(ids.contains(&kind), "{ids:?}");
    }
    for k in kinds.as_array().unwrap() {
        assert!(k["title"].is_string() && k["summary"].is_string(), "{k}");
        assert!(k.get("sections").is_none(), "{k}");
    }
    let one: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "kinds", "boundaries", "--json"])).unwrap();
    assert_eq!(one["id"], "boundaries");
    let list = &one["sections"][0]["fields"][0];
    assert_eq!(list["path"], "boundaries");
    assert_eq!(list["kind"], "list");
    let when = &list["fields"][0];
    assert_eq!(when["path"], "boundaries.N.when");
    assert_eq!(when["required"], true);
    assert!(when["prompt"].is_string());
    let intervention: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "kinds", "intervention", "--json"])).unwrap();
    let approach = &intervention["sections"][0]["fields"][0];
    assert_eq!(approach["choices"][0]["id"], "craft");
    assert!(approach["choices"][0]["label"].is_string());
}

#[test]
fn errors_show_names_as_typed_not_as_escapes() {
    let env = TestEnv::new();
    let decomposed = "Zoe\u{308}";
    let (code, _, err) = env.run(&["plan", "show", decomposed]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("There is no plan called \"{decomposed}\".")),
        "{err}"
    );
    assert!(!err.contains("\\u{"), "no Rust escapes: {err}");
    let (code, _, err) = env.run(&["plan", "new", "intervention", "李 😊"]);
    assert_eq!(code, 1);
    assert!(err.contains("\"李 😊\" holds a space"), "{err}");
    let (code, _, err) = env.run(&["search", "Zoe\u{308}"]);
    assert_eq!(code, 1);
    assert!(!err.contains("\\u{"), "{err}");
}

#[test]
fn set_says_cleared_when_an_empty_answer_clears() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "when: saturday 6pm\n", "Zoë").0, 0);
    let (code, _, err) = env.run(&["plan", "set", "Zoë", "when", ""]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Cleared when in Zoë."), "{err}");
    let (_, _, err) = env.run(&["plan", "set", "Zoë", "place", "home"]);
    assert!(err.contains("Saved place in Zoë."), "{err}");
    env.ok(&["plan", "set", "Zoë", "team.1.name", "Ann"]);
    let (_, _, err) = env.run(&["plan", "set", "Zoë", "team.1", "--clear"]);
    assert!(err.contains("Removed team.1 from Zoë."), "{err}");
}

#[test]
fn set_from_a_file_with_no_end_is_refused_not_read_forever() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "mum").0, 0);
    env.ok(&["plan", "set", "mum", "letters.1.from", "Ann"]);
    let before = fs::read(env.data_dir().join("plans/mum.yaml")).unwrap();
    let (code, _, err) = env.run(&[
        "plan",
        "set",
        "mum",
        "letters.1.letter",
        "--file",
        "/dev/zero",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("/dev/zero: it is a device, not a file"),
        "{err}"
    );
    assert!(err.contains("Nothing was changed"), "{err}");
    assert_eq!(
        fs::read(env.data_dir().join("plans/mum.yaml")).unwrap(),
        before
    );
    let (code, _, err) = env.run(&["plan", "import", "intervention", "/dev/zero", "--name", "z"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not a file"), "{err}");
    // A long letter that fits is still read whole.
    let letter = env.home().join("letter.txt");
    fs::write(&letter, "Dear Sam, ".repeat(1900)).unwrap();
    env.ok(&[
        "plan",
        "set",
        "mum",
        "letters.1.letter",
        "--file",
        letter.to_str().unwrap(),
    ]);
}

#[test]
fn hand_edited_answers_that_are_not_valid_show_as_missing_and_the_file_is_kept() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("plans");
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("dad.yaml");
    let text = "schema: 1\nform: intervention\ncreated: 2026-11-20T10:00:00Z\nupdated: 2026-11-20T10:00:00Z\nanswers:\n  approach: banana\n  loved_one: Sam\n  risk: maybe\n  follow_up: 2026-02-31\n  team: hello\n  letters:\n    - {from: Ann, letter: Dear Sam}\n    - {from: [Ben, Cy], letter: Brother}\n";
    fs::write(&file, text).unwrap();

    let (code, out, err) = env.run(&["plan", "show", "dad"]);
    assert_eq!(code, 0, "{err}");
    for part in [
        "warning: Some answers in your plan \"dad\" are not valid",
        "approach (Which approach will you take?) holds \"banana\": \"banana\" is not one of the choices",
        "risk (Is there any risk of violence or self-harm?) holds \"maybe\": \"maybe\" is not yes or no",
        "follow_up (When will you try again?) holds \"2026-02-31\": \"2026-02-31\" is not a date on the calendar",
        "team (Who will take part?) holds \"hello\": team is a list: set one entry's part, such as team.1.name",
        "letters.2.from (Letter 2: Whose letter is this?) holds [\"Ben\", \"Cy\"]",
        "`kinship plan set dad FIELD VALUE`",
        "`kinship plan edit dad`",
    ] {
        assert!(err.contains(part), "{part}\n{err}");
    }
    assert_eq!(err.matches("warning:").count(), 1, "said once: {err}");
    assert!(!out.contains("banana") && !out.contains("maybe"), "{out}");
    assert!(
        !out.contains("2026-02-31") && !out.contains("hello"),
        "{out}"
    );
    assert!(out.contains("Sam") && out.contains("Dear Sam"), "{out}");
    assert!(out.contains("No team member yet."), "{out}");
    assert!(out.contains("2 of 24 questions answered"), "{out}");

    let (code, out, err) = env.run(&["plan", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2/24"), "{out}");
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    assert!(err.contains("holds \"banana\""), "{err}");

    let (code, out, err) = env.run(&["plan", "show", "dad", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("holds \"maybe\""), "{err}");
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown["answered"], 2);
    assert_eq!(
        shown["missing"],
        serde_json::json!(["approach", "letters.2.from"])
    );
    let answers = shown["answers"].as_object().unwrap();
    let ids: Vec<&str> = answers.keys().map(String::as_str).collect();
    assert_eq!(ids, ["letters", "loved_one"]);
    assert_eq!(
        shown["answers"]["letters"][1],
        serde_json::json!({"letter": "Brother"})
    );

    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        text,
        "reading never rewrites the file"
    );

    // A good answer replaces the bad one; the others stay as they were.
    env.ok(&["plan", "set", "dad", "approach", "craft"]);
    env.ok(&["plan", "set", "dad", "team.1.name", "Ann"]);
    let saved = fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains("approach: craft") && saved.contains("risk: maybe"),
        "{saved}"
    );
    let (_, out, err) = env.run(&["plan", "show", "dad", "--json"]);
    assert!(!err.contains("banana") && !err.contains("team ("), "{err}");
    assert!(err.contains("holds \"maybe\""), "{err}");
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown["answers"]["approach"], "craft");
    assert_eq!(shown["answers"]["team"][0]["name"], "Ann");
    assert_eq!(shown["missing"], serde_json::json!(["letters.2.from"]));
}
