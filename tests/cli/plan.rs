//! `kinship plan` end to end: import, show (whole and for one person), set,
//! list and delete, with hostile and non-Latin input; and, in a real
//! pseudo-terminal, filling in part of an intervention plan, Ctrl-C, and
//! resuming with `edit` to the end.

use crate::pty::{expect, key, spawn};
use crate::support::{NOW, TestEnv};
use kinship::content::form;
use kinship::progress::plan::{self, Plan, Value};
use std::fs;

/// A plan for the professional-led approach: the one with a team, letters
/// and boundaries.
const ANSWERS: &str = r#"
approach: 3
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
        .replace("approach: 3", "approach: golf");
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
    // The loved one's name says whose plan it is; answers read as a person
    // would write them, under short labels, never the form's questions.
    assert!(
        whole.starts_with("Intervention plan for Sam 😊\n"),
        "{whole}"
    );
    assert!(
        whole.contains("1. Ann — Older sister — Speaks first"),
        "{whole}"
    );
    for question in [
        "What is their name?",
        "How do they know",
        "Whose letter is this?",
    ] {
        assert!(!whole.contains(question), "{question}: {whole}");
    }
    assert!(
        whole.contains("A planned intervention led by a professional"),
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
    assert_eq!(shown["answers"]["approach"], "professional");
    assert_eq!(shown["answers"]["team"][1]["name"], "Сергей");
}

#[test]
fn set_changes_one_answer_with_the_same_checks() {
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: professional\n", "mum").0, 0);
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
    // The cursor starts on the first choice, CRAFT.
    key(&mut p, "\r");
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
    // Before the approach is chosen, how many sections there will be is not
    // known; after, the count is that approach's.
    assert!(
        seen.contains("The approach") && !seen.contains("The approach ("),
        "{seen}"
    );
    assert!(seen.contains("Your loved one (2 of 11)"), "{seen}");

    // Resume: the first choice goes on where it stopped; then every CRAFT
    // question in order. Answer a few, skip the rest: Enter for text, and
    // up (from the first answer round to "Skip for now") for yes or no.
    let form = form::load("intervention").unwrap().unwrap();
    let mut craft = Plan::new(
        "intervention",
        chrono::DateTime::parse_from_rfc3339(NOW).unwrap(),
    );
    craft.put("approach", Some(Value::Text("craft".into())));
    let mut p = spawn(&env, &["plan", "edit", "dad"], &[]);
    let mut seen = String::new();
    expect(
        &mut p,
        "Go on where you left off (Your loved one: What matters most to them?)",
        &mut seen,
    );
    key(&mut p, "\r");
    let mut asked = 0;
    for field in form
        .fields()
        .filter(|f| plan::shown(&form, &craft, f))
        .skip_while(|f| f.id != "what_matters")
    {
        expect(&mut p, field.prompt.as_str(), &mut seen);
        match field.id.as_str() {
            "what_matters" => key(&mut p, "Her little girl\r"),
            "rewards" => key(&mut p, "Her favorite dinner\r"),
            _ if field.kind == form::Kind::YesNo => key(&mut p, &format!("{UP}\r")),
            _ => key(&mut p, "\r"),
        }
        asked += 1;
    }
    expect(&mut p, "Saved.", &mut seen);
    p.exp_eof().unwrap();
    assert!(asked > 20, "the whole CRAFT plan was asked");
    assert!(
        seen.contains("What their use looks like (4 of 11)"),
        "{seen}"
    );
    assert!(seen.contains("Looking after yourself (11 of 11)"), "{seen}");
    // Only CRAFT's questions: no team, letters, boundaries, meeting or rehearsal.
    for field in form.fields().filter(|f| !plan::shown(&form, &craft, f)) {
        assert!(
            !seen.contains(field.prompt.as_str()),
            "{} is not a CRAFT question: {seen}",
            field.id
        );
    }
    let saved = fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap();
    assert!(saved.contains("what_matters: Her little girl"), "{saved}");
    assert!(saved.contains("rewards: Her favorite dinner"), "{saved}");
    assert!(
        saved.contains("approach: craft"),
        "kept from before: {saved}"
    );
    assert!(!saved.contains("risk"), "skipped: {saved}");

    // Change to a planned intervention: the CRAFT answer is kept, and the
    // team is there to fill in.
    let mut p = spawn(&env, &["plan", "edit", "dad"], &[]);
    let mut seen = String::new();
    expect(&mut p, "What would you like to do?", &mut seen);
    key(&mut p, &format!("{DOWN}\r")); // The approach
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    key(&mut p, &format!("{DOWN}{DOWN}\r")); // From CRAFT to the last
    expect(
        &mut p,
        "One of your answers goes with another choice",
        &mut seen,
    );
    expect(&mut p, "The team (0 of 2 answered)", &mut seen);
    expect(&mut p, "Done for now", &mut seen);
    // Go on, the approach, your loved one, safety, professional help, the team.
    key(&mut p, &format!("{}\r", DOWN.repeat(5)));
    expect(&mut p, "What next?", &mut seen);
    key(&mut p, "\r"); // Add (the first time round an empty list)
    let team = form.field("team").unwrap();
    for sub in &team.fields {
        expect(&mut p, sub.prompt.as_str(), &mut seen);
        key(&mut p, if sub.id == "name" { "Ann\r" } else { "\r" });
    }
    expect(&mut p, "1. Ann", &mut seen);
    expect(&mut p, "What next?", &mut seen);
    key(&mut p, "\r"); // Done, now the default
    expect(&mut p, "Who should not be there", &mut seen);
    key(&mut p, "\u{3}");
    expect(&mut p, "Stopped.", &mut seen);
    p.exp_eof().unwrap();
    let saved = fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap();
    assert!(saved.contains("approach: professional"), "{saved}");
    assert!(saved.contains("- name: Ann"), "{saved}");
    assert!(
        saved.contains("rewards: Her favorite dinner"),
        "kept: {saved}"
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
        key(&mut p, "\r");
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
    assert!(out.contains("Sam"), "{out}");
    // With no approach chosen, the approaches' own sections wait for one:
    // the letters are kept, and said to be there, but not shown.
    assert!(
        !out.contains("Dear Sam") && !out.contains("team member"),
        "{out}"
    );
    let lead = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(lead.contains("1 of 15 questions answered"), "{out}");
    assert!(
        lead.contains(
            "1 more answer is kept but not shown: it waits for an answer to \"Which approach \
             will you take?\". See it with `kinship plan show dad --all`."
        ),
        "{out}"
    );
    let all = env.ok(&["plan", "show", "dad", "--all"]);
    assert!(
        all.contains("What each person will say (not in use)"),
        "{all}"
    );
    assert!(all.contains("Dear Sam"), "{all}");

    let (code, out, err) = env.run(&["plan", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1/15"), "{out}");
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    assert!(err.contains("holds \"banana\""), "{err}");

    let (code, out, err) = env.run(&["plan", "show", "dad", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("holds \"maybe\""), "{err}");
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown["answered"], 1);
    assert_eq!(shown["missing"], serde_json::json!(["approach"]));
    assert_eq!(shown["hidden"], serde_json::json!(["letters"]));
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
    env.ok(&["plan", "set", "dad", "approach", "professional"]);
    env.ok(&["plan", "set", "dad", "team.1.name", "Ann"]);
    let saved = fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains("approach: professional") && saved.contains("risk: maybe"),
        "{saved}"
    );
    let (_, out, err) = env.run(&["plan", "show", "dad", "--json"]);
    assert!(!err.contains("banana") && !err.contains("team ("), "{err}");
    assert!(err.contains("holds \"maybe\""), "{err}");
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown["answers"]["approach"], "professional");
    assert_eq!(shown["answers"]["team"][0]["name"], "Ann");
    assert_eq!(shown["missing"], serde_json::json!(["letters.2.from"]));
    assert_eq!(shown["hidden"], serde_json::json!([]));
}

/// A CRAFT plan saved before the form followed the approach chosen: the old
/// form asked every family for a team, letters, boundaries and a rehearsal,
/// and this family answered all 24 of its questions. Written as kinship
/// writes a plan.
const OLD_CRAFT_PLAN: &str = "schema: 1
form: intervention
created: 2026-11-20T10:00:00+00:00
updated: 2026-11-21T09:30:00+00:00
answers:
  approach: craft
  arranged:
  - cost
  - ride
  boundaries:
  - boundary: I will not give you cash.
    person: Ann
  bring: ID and a phone charger.
  contact: Dana, the intake nurse.
  door_open: The offer stands.
  driver: Ann drives.
  family_support: |-
    Dinner at Ann's.

    Ben goes to his group.
  follow_up: 2026-12-13
  health_needs: Asthma.
  letters:
  - from: Ann
    letter: |-
      Dear Sam,

      I remember the lake.
  likely_sober: true
  loved_one: Sam
  naloxone: true
  naloxone_where: Kitchen drawer.
  not_there: Uncle Joe.
  place: Mom's living room
  place_ready: false
  program: The clinic in town.
  rehearsal: 2026-12-03
  risk: false
  team:
  - name: Ann
    relationship: Older sister
    role: Reads a letter
  what_matters: Her little girl.
  when: 2026-12-05 18:30
";

/// The questions of the old form that a CRAFT plan now leaves out, in form order.
const NOT_CRAFT: [&str; 9] = [
    "team",
    "not_there",
    "when",
    "place",
    "likely_sober",
    "letters",
    "boundaries",
    "rehearsal",
    "family_support",
];

#[test]
fn a_plan_saved_with_the_old_form_keeps_every_answer_and_shows_its_approach() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("plans");
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("dad.yaml");
    fs::write(&file, OLD_CRAFT_PLAN).unwrap();

    // Read back: only the CRAFT plan, and one line about the rest.
    let (code, out, err) = env.run(&["plan", "show", "dad"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "", "every old answer is still valid");
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "15 of 25 questions answered. 9 more answers are kept but not shown: they go with \
             another answer to \"Which approach will you take?\". See them with `kinship plan \
             show dad --all`."
        ),
        "{out}"
    );
    for craft in [
        "CRAFT: your own plan, one to one",
        "What their use looks like",
        "When they have used",
        "Looking after yourself",
        "Her little girl.",
        "Kitchen drawer.",
        "The clinic in town.",
        "The offer stands.",
    ] {
        assert!(out.contains(craft), "{craft}: {out}");
    }
    for other in [
        "Dear Sam",
        "Reads a letter",
        "I will not give you cash.",
        "Uncle Joe",
        "Rehearsal",
        "When will you meet?",
        "Mom's living room",
    ] {
        assert!(!out.contains(other), "{other}: {out}");
    }
    assert!(env.ok(&["plan", "list"]).contains("15/25"));

    // Every answer is still there, and the kept ones are named.
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "show", "dad", "--json"])).unwrap();
    let file_answers: serde_json::Value = {
        let plan: kinship::progress::plan::Plan = kinship::yaml::from_str(OLD_CRAFT_PLAN).unwrap();
        serde_json::to_value(&plan.answers).unwrap()
    };
    assert_eq!(json["answers"], file_answers);
    assert_eq!(json["answers"].as_object().unwrap().len(), 24);
    assert_eq!(json["hidden"], serde_json::json!(NOT_CRAFT));
    assert_eq!(json["missing"], serde_json::json!([]));

    let all = env.ok(&["plan", "show", "dad", "--all"]);
    assert!(all.contains("The team (not in use)"), "{all}");
    assert!(all.contains("Dear Sam"), "{all}");
    assert!(
        all.contains("Each person's boundary (not in use)"),
        "a question left out in a section in use: {all}"
    );
    let printed = env.ok(&["print", "plan", "dad"]);
    assert!(!printed.contains("Dear Sam"), "{printed}");
    assert!(printed.contains("9 more answers are kept"), "{printed}");

    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        OLD_CRAFT_PLAN,
        "reading never rewrites the file"
    );

    // A change and its undoing leave the file as it was, but for the time
    // it was last changed: nothing is lost or rewritten on the way.
    env.ok(&["plan", "set", "dad", "rewards", "Her favorite dinner"]);
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("rewards: Her favorite dinner")
    );
    env.ok(&["plan", "set", "dad", "rewards", "--clear"]);
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        OLD_CRAFT_PLAN.replace(
            "updated: 2026-11-21T09:30:00+00:00",
            &format!("updated: {NOW}")
        )
    );

    // Choosing the planned intervention brings every kept answer back.
    let (code, _, err) = env.run(&["plan", "set", "dad", "approach", "professional"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "nothing is set aside: {err}");
    let out = env.ok(&["plan", "show", "dad"]);
    assert!(out.contains("24 of 25 questions answered."), "{out}");
    assert!(!out.contains("kept but not shown"), "{out}");
    for back in [
        "Dear Sam",
        "Reads a letter",
        "I will not give you cash.",
        "Uncle Joe",
    ] {
        assert!(out.contains(back), "{back}: {out}");
    }
    assert!(
        env.ok(&["plan", "show", "dad", "--for", "Ann"])
            .contains("I remember the lake.")
    );
    // And back to CRAFT: they are kept again, and the user is told.
    let (_, _, err) = env.run(&["plan", "set", "dad", "approach", "craft"]);
    let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        err.contains("9 of your answers go with another choice. They are kept, not deleted"),
        "{err}"
    );
}

#[test]
fn an_open_invitation_plans_a_meeting_the_loved_one_is_told_about() {
    let env = TestEnv::new();
    let answers = "approach: invitation\nloved_one: Sam\ninvited:\n  - {name: Ann, relationship: Sister, coming: yes}\n  - {name: Jo, coming: no}\nwho_invites: Mom\ninvitation_words: We love you, and we want you there.\nwhen: saturday 10am\nplace: Mom's kitchen\nagenda: One worry and one hope each.\n";
    let (code, _, err) = import(&env, answers, "sam");
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    let out = env.ok(&["plan", "show", "sam"]);
    for part in [
        "Who is invited",
        "Said they will come: Yes",
        "The open invitation",
        "We love you, and we want you there.",
        "Professional:",
        "Next step:",
        "Support for each other:",
    ] {
        assert!(out.contains(part), "{part}: {out}");
    }
    for other in [
        "The team",
        "Letters",
        "Rehearsal",
        "What their use looks like",
        "boundary",
    ] {
        assert!(!out.contains(other), "{other}: {out}");
    }
    // Each person invited gets their own copy: the time, the place, the agenda.
    let jo = env.ok(&["plan", "show", "sam", "--for", "jo"]);
    assert!(jo.contains("The parts of this plan for Jo."), "{jo}");
    assert!(
        jo.contains("Mom's kitchen") && jo.contains("One worry and one hope each."),
        "{jo}"
    );
    assert!(!jo.contains("Sister"), "Ann's entry is hers: {jo}");

    // A question this approach does not ask still takes an answer, and says so.
    let (code, _, err) = env.run(&["plan", "set", "sam", "team.1.name", "Ann"]);
    assert_eq!(code, 0, "{err}");
    let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(err.contains("Saved team.1.name in sam."), "{err}");
    assert!(
        err.contains(
            "team is not part of this plan as it stands: it goes with another answer to \
             \"Which approach will you take?\". It is kept, but not asked or shown; `kinship \
             plan show sam --all` shows it."
        ),
        "{err}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "show", "sam", "--json"])).unwrap();
    assert_eq!(json["hidden"], serde_json::json!(["team"]));
    assert_eq!(json["answers"]["team"][0]["name"], "Ann");

    // So does an import that holds another approach's answers.
    let (code, _, err) = import(
        &env,
        "approach: craft\nrewards: Dinner\nrehearsal: 2026-12-03\n",
        "mum",
    );
    assert_eq!(code, 0, "{err}");
    let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        err.contains("1 more answer is kept but not in use: it goes with another answer to"),
        "{err}"
    );
}

#[test]
fn plan_kinds_say_which_approach_asks_each_section() {
    let env = TestEnv::new();
    let text = env.ok(&["plan", "kinds", "intervention"]);
    assert!(
        text.contains("The team  (when approach is professional)"),
        "{text}"
    );
    assert!(
        text.contains("Professional help  (when approach is invitation or professional)"),
        "{text}"
    );
    assert!(
        text.contains("(when approach is invitation)"),
        "next_step: {text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["plan", "kinds", "intervention", "--json"])).unwrap();
    let sections = json["sections"].as_array().unwrap();
    let team = sections.iter().find(|s| s["id"] == "team").unwrap();
    assert_eq!(
        team["when"],
        serde_json::json!({"field": "approach", "is": ["professional"]})
    );
    assert!(
        sections[0].get("when").is_none(),
        "the approach is always asked"
    );
    let if_no = sections.iter().find(|s| s["id"] == "if_no").unwrap();
    assert_eq!(if_no["fields"][0]["id"], "boundaries");
    assert_eq!(
        if_no["fields"][0]["when"]["is"],
        serde_json::json!(["professional"])
    );
}

#[test]
fn a_letter_and_answers_can_come_from_standard_input_as_with_the_journal() {
    let env = TestEnv::new();
    env.kinship()
        .args(["plan", "import", "intervention", "-", "--name", "mum"])
        .write_stdin("approach: professional\nloved_one: Mum\n")
        .assert()
        .success();
    env.ok(&["plan", "set", "mum", "letters.1.from", "Zoë"]);
    env.kinship()
        .args(["plan", "set", "mum", "letters.1.letter", "--file", "-"])
        .write_stdin("Dear Mum,\n\nI love you.\n")
        .assert()
        .success();
    let shown = env.ok(&["plan", "show", "mum"]);
    assert!(shown.contains("Mum"), "{shown}");
    assert!(shown.contains("I love you."), "{shown}");
    let out = env
        .kinship()
        .args(["plan", "import", "intervention", "-"])
        .write_stdin("approach: craft\n")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("needs a name") && err.contains("--name"),
        "{err}"
    );
    // An answer with no end is refused at the limit, not waited on.
    let endless = "a".repeat(2 * 1024 * 1024);
    let out = env
        .kinship()
        .args(["plan", "set", "mum", "letters.1.letter", "--file", "-"])
        .write_stdin(endless)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("standard input is too long"), "{err}");
}

#[test]
fn ctrl_c_at_the_first_question_of_a_new_plan_leaves_no_plan_and_the_name_free() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["plan", "new", "intervention", "mum"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    key(&mut p, "\u{3}");
    expect(&mut p, "Stopped.", &mut seen);
    p.exp_eof().unwrap();
    assert!(!env.data_dir().join("plans/mum.yaml").exists());
    let list = env.run(&["plan", "list"]);
    assert!(!list.1.contains("mum"), "{list:?}");
    // Starting again is not refused as "You already have a plan called mum".
    let (_, _, err) = env.run(&["plan", "new", "intervention", "mum"]);
    assert!(!err.contains("already have"), "{err}");
}

/// Starts `kinship plan set` with `args` and returns it with a channel of
/// its stderr lines.
fn set_in_background(
    env: &TestEnv,
    args: &[&str],
) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    use std::io::BufRead;
    let mut child = env
        .command()
        .args(["plan", "set"])
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
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

#[test]
fn set_reads_the_plan_once_under_its_lock_so_a_wait_never_works_on_an_old_copy() {
    use std::time::Duration;
    let env = TestEnv::new();
    assert_eq!(import(&env, "approach: craft\n", "mum").0, 0);
    let file = env.data_dir().join("plans/mum.yaml");
    let waiting = "Waiting for another kinship that is saving mum… (Ctrl-C to stop)";
    // Another kinship saving mum holds the plan's lock (made by the import).
    let hold = || {
        let lock = fs::File::open(env.data_dir().join("plans/.mum.yaml.lock")).unwrap();
        lock.lock().unwrap();
        lock
    };

    // Deleted while `set` waits: it says so, and never brings the plan back
    // from a copy read before the wait.
    let held = hold();
    let (mut kinship, lines) = set_in_background(&env, &["mum", "place", "home"]);
    assert_eq!(
        lines.recv_timeout(Duration::from_secs(20)).unwrap(),
        waiting
    );
    fs::remove_file(&file).unwrap();
    drop(held);
    let status = kinship.wait().unwrap();
    let err: Vec<String> = lines.iter().collect();
    assert_eq!(status.code(), Some(1), "{err:?}");
    assert!(
        err.iter()
            .any(|l| l.contains("There is no plan called \"mum\".")),
        "{err:?}"
    );
    assert!(!file.exists(), "the deleted plan stays deleted");

    // Replaced by a plan of another kind while `set` waits: the answer is
    // checked against the form of the plan it would go into.
    let boundaries = "schema: 1\nform: boundaries\ncreated: 2026-11-20T10:00:00Z\nupdated: 2026-11-20T10:00:00Z\nanswers: {}\n";
    assert_eq!(import(&env, "approach: craft\n", "mum").0, 0);
    let held = hold();
    let (mut kinship, lines) = set_in_background(&env, &["mum", "place", "home"]);
    assert_eq!(
        lines.recv_timeout(Duration::from_secs(20)).unwrap(),
        waiting
    );
    fs::write(&file, boundaries).unwrap();
    drop(held);
    let status = kinship.wait().unwrap();
    let err: Vec<String> = lines.iter().collect();
    assert_eq!(status.code(), Some(1), "{err:?}");
    assert!(
        err.iter()
            .any(|l| l.contains("The boundaries form has no field called \"place\"")),
        "{err:?}"
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), boundaries, "unchanged");

    // With nothing in the way, the same answer goes in.
    assert_eq!(import(&env, "approach: craft\n", "dad").0, 0);
    env.ok(&["plan", "set", "dad", "place", "home"]);
    let saved: Plan = kinship::yaml::from_str(
        &fs::read_to_string(env.data_dir().join("plans/dad.yaml")).unwrap(),
    )
    .unwrap();
    assert_eq!(saved.answers["place"], Value::Text("home".into()));
}

#[test]
fn plan_list_columns_line_up_with_wide_characters_in_a_name() {
    use unicode_width::UnicodeWidthStr;
    let env = TestEnv::new();
    for name in ["妈妈", "dad"] {
        assert_eq!(import(&env, "approach: craft\n", name).0, 0, "{name}");
    }
    let out = env.ok(&["plan", "list"]);
    // Where KIND's column starts, in terminal columns, on every row.
    let starts: Vec<usize> = out
        .lines()
        .map(|l| {
            let at = l.find("KIND").or_else(|| l.find("intervention")).unwrap();
            l[..at].width()
        })
        .collect();
    assert_eq!(starts.len(), 3, "{out}");
    assert!(starts.iter().all(|s| *s == starts[0]), "{starts:?}\n{out}");
}

const LEFT: &str = "\u{1b}[D";
const ESC: &str = "\u{1b}";

/// Waits for `needle`, which may hold any character: the pseudo-terminal
/// is read a byte at a time, each byte taken for a character.
fn expect_text(p: &mut rexpect::session::PtySession, needle: &str, seen: &mut String) {
    let bytes: String = needle.bytes().map(char::from).collect();
    expect(p, &bytes, seen);
}

/// What was read, as the text it was.
fn as_text(seen: &str) -> String {
    String::from_utf8_lossy(&seen.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()).into_owned()
}

#[test]
fn the_back_key_goes_to_the_question_before_with_its_answer_filled_in() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["plan", "new", "intervention", "mum"],
        &[("NO_COLOR", "1")],
    );
    let mut seen = String::new();
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    // The first question has nothing before it: no back key in its legend.
    expect_text(
        &mut p,
        "  ↑↓: move · Enter: choose · Esc: sections · Ctrl-C: save and stop",
        &mut seen,
    );
    key(&mut p, "\r");
    expect(&mut p, "What do you call your loved one?", &mut seen);
    expect_text(
        &mut p,
        "  Enter: next · ↑: back · Esc: sections · Ctrl-C: save and stop",
        &mut seen,
    );
    key(&mut p, "Sam\r");
    expect(&mut p, "Do they have health needs", &mut seen);
    expect_text(&mut p, "↑: back", &mut seen);
    // Up, in a line of text, goes back: the answer is there to change.
    key(&mut p, UP);
    expect_text(
        &mut p,
        "? What do you call your loved one? › Sam",
        &mut seen,
    );
    key(&mut p, "my\r");
    expect_text(
        &mut p,
        "✔ What do you call your loved one? · Sammy",
        &mut seen,
    );
    expect(&mut p, "Do they have health needs", &mut seen);
    key(&mut p, "Asthma\r");
    expect(&mut p, "What matters most to them?", &mut seen);
    key(&mut p, "\r");
    expect(
        &mut p,
        "Is there any risk of violence or self-harm?",
        &mut seen,
    );
    expect_text(
        &mut p,
        "  ↑↓: move · Enter: choose · ←: back · Esc: sections · Ctrl-C: save and stop",
        &mut seen,
    );
    // Left, in a list, goes back too: to the question before, in another
    // section.
    key(&mut p, LEFT);
    expect_text(&mut p, "? What matters most to them? › ", &mut seen);
    key(&mut p, "Her little girl\r");
    expect(
        &mut p,
        "Is there any risk of violence or self-harm?",
        &mut seen,
    );
    key(&mut p, "\u{3}");
    expect(&mut p, "Stopped.", &mut seen);
    p.exp_eof().unwrap();
    let saved = fs::read_to_string(env.data_dir().join("plans/mum.yaml")).unwrap();
    assert!(saved.contains("loved_one: Sammy"), "{saved}");
    assert!(saved.contains("health_needs: Asthma"), "{saved}");
    assert!(saved.contains("what_matters: Her little girl"), "{saved}");
    assert!(!saved.contains("risk"), "{saved}");
}

#[test]
fn esc_goes_to_the_sections_from_every_kind_of_question_and_leaves_from_there() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["plan", "new", "intervention", "mum"], &[]);
    let mut seen = String::new();
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    key(&mut p, "\r");
    // From a line of text.
    expect(&mut p, "What do you call your loved one?", &mut seen);
    key(&mut p, ESC);
    expect(
        &mut p,
        "1 of 25 answered. What would you like to do?",
        &mut seen,
    );
    expect_text(
        &mut p,
        "↑↓: move · Enter: choose · Esc: done for now · Ctrl-C: save and stop",
        &mut seen,
    );
    // Treatment lined up: its yes or no, then (again) its multi-select.
    let treatment = format!("{}\r", DOWN.repeat(8));
    key(&mut p, &treatment);
    expect(&mut p, "Which treatment program or service?", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Who is your contact there?", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Can they take your loved one", &mut seen);
    expect(&mut p, "Esc: sections", &mut seen);
    key(&mut p, ESC);
    expect(&mut p, "What would you like to do?", &mut seen);
    expect(&mut p, "Esc: done for now", &mut seen);
    key(&mut p, &treatment);
    for question in [
        "Which treatment program or service?",
        "Who is your contact there?",
    ] {
        expect(&mut p, question, &mut seen);
        key(&mut p, "\r");
    }
    expect(&mut p, "Can they take your loved one", &mut seen);
    expect(&mut p, "Esc: sections", &mut seen);
    key(&mut p, &format!("{UP}\r"));
    expect(&mut p, "What is arranged already?", &mut seen);
    expect(&mut p, "Esc sections", &mut seen);
    key(&mut p, " ");
    expect(&mut p, "[x] ", &mut seen);
    key(&mut p, ESC);
    expect(&mut p, "What would you like to do?", &mut seen);
    expect(&mut p, "Esc: done for now", &mut seen);
    // Esc at the sections: done for now, everything answered kept.
    key(&mut p, ESC);
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("Saved. 1 of 25 questions answered in mum."),
        "{rest}"
    );
    assert!(
        rest.contains("Go on later with `kinship plan edit mum`"),
        "{rest}"
    );
    let saved = fs::read_to_string(env.data_dir().join("plans/mum.yaml")).unwrap();
    assert!(saved.contains("approach: craft"), "{saved}");
    assert!(
        !saved.contains("arranged"),
        "Esc keeps no half-ticked list: {saved}"
    );
}

#[test]
fn without_colour_every_list_shows_its_current_row_with_a_marker() {
    let colour = regex::Regex::new("\u{1b}\\[[0-9;]*m").unwrap();
    for (args, extra) in [
        (
            &["plan", "new", "intervention", "mum"][..],
            &[("NO_COLOR", "1")][..],
        ),
        (
            &["--color", "never", "plan", "new", "intervention", "dad"][..],
            &[][..],
        ),
    ] {
        let env = TestEnv::new();
        let mut p = spawn(&env, args, extra);
        let mut seen = String::new();
        // A choice.
        expect(&mut p, "> CRAFT: your own plan, one to one", &mut seen);
        key(&mut p, DOWN);
        expect(
            &mut p,
            "> An open invitation to a family meeting",
            &mut seen,
        );
        key(&mut p, &format!("{UP}\r"));
        expect(&mut p, "What do you call your loved one?", &mut seen);
        // The sections.
        key(&mut p, ESC);
        expect(&mut p, "> Go on where you left off", &mut seen);
        key(&mut p, &DOWN.repeat(8));
        expect(&mut p, "> Treatment lined up (0 of 4 answered)", &mut seen);
        key(&mut p, "\r");
        expect(&mut p, "Which treatment program or service?", &mut seen);
        key(&mut p, "\r");
        expect(&mut p, "Who is your contact there?", &mut seen);
        key(&mut p, "\r");
        // A yes or no.
        expect(&mut p, "> Yes", &mut seen);
        key(&mut p, UP);
        expect(&mut p, "> Skip for now", &mut seen);
        key(&mut p, "\r");
        // A multi-select: the cursor shows, ticked or not.
        expect(&mut p, "> [ ] Cost or insurance approval", &mut seen);
        key(&mut p, " ");
        expect(&mut p, "> [x] Cost or insurance approval", &mut seen);
        key(&mut p, DOWN);
        expect(&mut p, "> [ ] A ride to treatment", &mut seen);
        key(&mut p, "\u{3}");
        expect(&mut p, "Stopped.", &mut seen);
        p.exp_eof().unwrap();
        assert!(
            !colour.is_match(&seen),
            "{args:?}: no colour anywhere: {seen:?}"
        );
    }
}

#[test]
fn a_date_takes_a_time_and_a_refused_answer_is_never_ticked_first() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["--region", "us", "plan", "new", "intervention", "mum"],
        &[],
    );
    let mut seen = String::new();
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "What do you call your loved one?", &mut seen);
    key(&mut p, ESC);
    expect(&mut p, "What would you like to do?", &mut seen);
    // If they say no: "When will you try again?", a date question.
    key(&mut p, &format!("{}\r", DOWN.repeat(10)));
    // The example is a day to come, with what it means on the US clock.
    expect(
        &mut p,
        "Example: next sunday (Sunday 29 November)",
        &mut seen,
    );
    expect(&mut p, "When will you try again?", &mut seen);
    let before = seen.len();
    key(&mut p, "someday 7pm\r");
    expect(&mut p, "is not a date kinship can read", &mut seen);
    expect(&mut p, "such as 2026-11-29", &mut seen);
    let after = as_text(&seen[before..]);
    assert!(
        !after.contains('✔'),
        "no tick before the refusal: {after:?}"
    );
    // The line stays as typed, to put right.
    key(&mut p, "\u{15}thursday 7pm\r");
    expect(&mut p, "When will you try again?", &mut seen);
    expect(&mut p, "Thursday 26 November, 7:00 pm", &mut seen);
    expect(
        &mut p,
        "What will you say to keep the door open?",
        &mut seen,
    );
    key(&mut p, "\u{3}");
    expect(&mut p, "Stopped.", &mut seen);
    p.exp_eof().unwrap();
    let saved = fs::read_to_string(env.data_dir().join("plans/mum.yaml")).unwrap();
    assert!(saved.contains("follow_up: 2026-11-26 19:00"), "{saved}");
    let (_, out, _) = env.run(&["plan", "show", "mum"]);
    assert!(
        out.contains("Thursday 26 November 2026 at 19:00") || out.contains("Thursday 26 November"),
        "{out}"
    );
}

#[test]
fn the_sections_count_as_plan_show_does_and_going_on_starts_at_what_is_needed() {
    let env = TestEnv::new();
    let file = env.home().join("answers.yaml");
    fs::write(
        &file,
        "approach: professional\nloved_one: Sam\nteam:\n- name: Ann\n- name: Ben\nletters:\n- letter: Dear Sam\n",
    )
    .unwrap();
    let (code, _, err) = env.run(&[
        "plan",
        "import",
        "intervention",
        file.to_str().unwrap(),
        "--name",
        "mum",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, shown, _) = env.run(&["plan", "show", "mum"]);
    let counts = regex::Regex::new(r"(\d+) of (\d+) questions answered")
        .unwrap()
        .captures(&shown)
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        shown.contains("Still to fill in: Letter 1: Whose letter is this"),
        "{shown}"
    );
    let mut p = spawn(&env, &["plan", "edit", "mum"], &[("NO_COLOR", "1")]);
    let mut seen = String::new();
    expect(
        &mut p,
        &format!(
            "{} of {} answered, 1 still needed. What would you like to do?",
            &counts[1], &counts[2]
        ),
        &mut seen,
    );
    // Not back to the questions skipped before the letters: on to the one
    // still needed.
    expect(
        &mut p,
        "> Go on where you left off (What each person will say: Who will read a letter?)",
        &mut seen,
    );
    expect(
        &mut p,
        "What each person will say (1 of 1 answered, 1 still needed)",
        &mut seen,
    );
    key(&mut p, "\r");
    expect(&mut p, "1. Dear Sam", &mut seen);
    expect(&mut p, "What next?", &mut seen);
    // Enter changes the entry that needs something.
    expect(&mut p, "> Change a letter", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "Which letter?", &mut seen);
    key(&mut p, "\r");
    // Whose letter: the team's names.
    expect(&mut p, "> Ann", &mut seen);
    expect(&mut p, "  Ben", &mut seen);
    expect(&mut p, "  Someone else", &mut seen);
    key(&mut p, &format!("{DOWN}\r"));
    expect(&mut p, "What will you say?", &mut seen);
    key(&mut p, "\r");
    expect(&mut p, "1. Ben, Dear Sam", &mut seen);
    key(&mut p, "\u{3}");
    p.exp_eof().unwrap();
    let saved = fs::read_to_string(env.data_dir().join("plans/mum.yaml")).unwrap();
    assert!(saved.contains("- from: Ben"), "{saved}");
    let (_, shown, _) = env.run(&["plan", "show", "mum"]);
    assert!(!shown.contains("Still to fill in"), "{shown}");
}

#[test]
fn a_name_already_taken_is_said_under_the_line_and_never_ticked() {
    let env = TestEnv::new();
    let file = env.home().join("answers.yaml");
    fs::write(&file, "loved_one: Sam\n").unwrap();
    let (code, _, err) = env.run(&[
        "plan",
        "import",
        "intervention",
        file.to_str().unwrap(),
        "--name",
        "mum",
    ]);
    assert_eq!(code, 0, "{err}");
    let mut p = spawn(&env, &["plan", "new", "intervention"], &[("NO_COLOR", "1")]);
    let mut seen = String::new();
    expect(&mut p, "A name for this plan", &mut seen);
    expect(&mut p, "Esc: done for now", &mut seen);
    let before = seen.len();
    key(&mut p, "mum\r");
    expect(&mut p, "You already have a plan called \"mum\"", &mut seen);
    assert!(
        !as_text(&seen[before..]).contains('✔'),
        "{:?}",
        &seen[before..]
    );
    // The line is kept as typed, to change.
    key(&mut p, "\u{15}dad\r");
    expect_text(&mut p, "✔ A name for this plan", &mut seen);
    expect(&mut p, "Which approach will you take? (needed)", &mut seen);
    key(&mut p, "\u{3}");
    expect(&mut p, "Stopped.", &mut seen);
    p.exp_eof().unwrap();
    assert!(!env.data_dir().join("plans/dad.yaml").exists());
    let kept = fs::read_to_string(env.data_dir().join("plans/mum.yaml")).unwrap();
    assert!(kept.contains("loved_one: Sam"), "{kept}");
}
