//! The form engine driven through a scripted prompter, with a real store
//! in a temporary folder.

use super::*;
use crate::prompt::{Scripted, ScriptedPrompter};

const FORM: &str = r#"
id: t
title: Plan
reviewed: 2026-11-22
summary: s
intro: i
sections:
  - id: one
    title: First things
    help: Start here.
    fields:
      - {id: approach, kind: choice, prompt: Which approach?, required: true, choices: [{id: craft, label: CRAFT}, {id: pro, label: With a professional}]}
      - {id: when, kind: datetime, prompt: When?, example: saturday 6pm}
      - {id: safe, kind: yes_no, prompt: Is it safe?}
      - {id: things, kind: multi_choice, prompt: What is ready?, choices: [{id: bag, label: A bag}, {id: ride, label: A ride}]}
      - {id: letter, kind: long_text, prompt: Your letter}
  - id: two
    title: The team
    fields:
      - id: team
        kind: list
        prompt: Who is on the team?
        item: team member
        fields:
          - {id: name, kind: text, prompt: Name?, required: true, person: true}
          - {id: role, kind: text, prompt: Role?}
"#;

fn setup() -> (Form, tempfile::TempDir, Clock) {
    let form = crate::content::form::parse("en/forms/t.yaml", FORM).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let start = chrono::DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
    (form, dir, Clock::test(start, 0.0))
}

fn text(s: &str) -> Scripted {
    Scripted::Text(Some(s.into()))
}

fn saved(store: &Store) -> Plan {
    store
        .read::<Plan>(&store.plan_path("mum"), &role("mum"))
        .unwrap()
        .unwrap()
}

#[test]
fn every_kind_is_asked_checked_and_saved_as_it_goes() {
    let (form, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(1)),
        text("next blursday"),
        text("saturday 6pm"),
        Scripted::Select(Some(0)),
        Scripted::Many(Some(vec![1])),
        text("Dear Sam,\n\nI love you."),
        // The team: add one, then done.
        Scripted::Select(Some(0)),
        text("Zoë 李"),
        text(""),
        Scripted::Select(Some(3)), // add, change, remove, done
    ]);
    assert!(f.run(&mut p, Mode::Unanswered).unwrap());
    let plan = saved(&store);
    assert_eq!(plan.answers["approach"], Value::Text("pro".into()));
    assert_eq!(plan.answers["when"], Value::Text("2026-11-28 18:00".into()));
    assert_eq!(plan.answers["safe"], Value::Flag(true));
    assert_eq!(plan.answers["things"], Value::Many(vec!["ride".into()]));
    assert_eq!(
        plan.answers["letter"],
        Value::Text("Dear Sam,\n\nI love you.".into())
    );
    assert_eq!(plan.entries("team").len(), 1);
    assert!(!plan.entries("team")[0].contains_key("role"));
    let seen = p.seen.join("\n");
    assert!(
        seen.contains("First things (1 of 2)\nStart here."),
        "{seen}"
    );
    assert!(seen.contains("Example: saturday 6pm"), "{seen}");
    assert!(
        seen.contains("\"next blursday\" is not a day and time"),
        "the problem is explained: {seen}"
    );
    assert!(seen.contains("Which approach? (needed)"), "{seen}");
}

#[test]
fn stopping_keeps_what_was_answered_and_resuming_asks_the_rest() {
    let (form, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(0)),
        text("tomorrow 18:30"),
        Scripted::Select(None),
    ]);
    assert!(!f.run(&mut p, Mode::Unanswered).unwrap());
    let plan = saved(&store);
    assert_eq!(plan.answers.len(), 2);
    assert_eq!(plan::first_unanswered(&form, &plan).unwrap().id, "safe");
    // Resuming starts at the first unanswered field.
    let mut f = Filler::new(&form, &store, "mum", &clock, plan);
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(2)), // skip "safe"
        Scripted::Many(Some(vec![])),
        Scripted::Text(Some(String::new())),
        Scripted::Select(Some(1)), // team: done, with nobody
    ]);
    assert!(f.run(&mut p, Mode::Unanswered).unwrap());
    assert!(p.seen[1].starts_with("First things"), "{:?}", p.seen);
    assert!(
        p.seen.iter().any(|s| s.starts_with("Is it safe?")),
        "{:?}",
        p.seen
    );
    assert!(
        !p.seen.iter().any(|s| s.starts_with("Which approach?")),
        "{:?}",
        p.seen
    );
    assert_eq!(saved(&store).answers.len(), 2);
}

#[test]
fn team_members_are_added_reordered_and_removed() {
    let (form, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(0)), // add
        text("Ann"),
        text("speaks first"),
        Scripted::Select(Some(0)), // add
        text("Ben"),
        text(""),
        Scripted::Select(Some(0)), // add
        text("Cy"),
        text("drives"),
        // Move Cy (3) to place 1.
        Scripted::Select(Some(2)),
        Scripted::Select(Some(2)),
        Scripted::Select(Some(0)),
        // Remove Ann (now 2), but say no first, then yes.
        Scripted::Select(Some(3)),
        Scripted::Select(Some(1)),
        Scripted::Confirm(false),
        Scripted::Select(Some(3)),
        Scripted::Select(Some(1)),
        Scripted::Confirm(true),
        // Change Ben's role.
        Scripted::Select(Some(1)),
        Scripted::Select(Some(1)),
        text("Ben"),
        text("reads a letter"),
        Scripted::Select(Some(4)), // done
    ]);
    assert!(f.run(&mut p, Mode::Section(1)).unwrap());
    let names: Vec<String> = saved(&store)
        .entries("team")
        .iter()
        .map(|e| plan::entry_summary(form.field("team").unwrap(), e))
        .collect();
    assert_eq!(names, ["Cy, drives", "Ben, reads a letter"]);
    let seen = p.seen.join("\n");
    assert!(
        seen.contains("Remove team member 2: Ann, speaks first?"),
        "{seen}"
    );
    assert!(
        seen.contains("Which team member moves? [Ann, speaks first | Ben | Cy, drives]"),
        "offered without numbers, which the picker adds: {seen}"
    );
}

const FOLLOWS: &str = r#"
id: t
title: Plan
reviewed: 2026-12-06
summary: s
intro: i
sections:
  - id: a
    title: First things
    fields:
      - {id: approach, kind: choice, prompt: Which approach?, required: true, choices: [{id: craft, label: CRAFT}, {id: pro, label: Pro}]}
      - {id: risk, kind: yes_no, prompt: Any risk?}
      - {id: why, kind: text, prompt: What risk?, when: {field: risk, is: yes}}
  - id: craft
    title: Rewards
    when: {field: approach, is: craft}
    fields:
      - {id: rewards, kind: text, prompt: What rewards?}
  - id: pro
    title: The team
    when: {field: approach, is: pro}
    fields:
      - {id: leader, kind: text, prompt: Who leads?}
"#;

#[test]
fn only_the_questions_of_the_answer_chosen_are_asked_and_others_are_kept() {
    let form = crate::content::form::parse("en/forms/t.yaml", FOLLOWS).unwrap();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(0)), // CRAFT
        Scripted::Select(Some(1)), // no risk: "What risk?" is not asked
        text("Dinner"),
    ]);
    assert!(f.run(&mut p, Mode::Unanswered).unwrap());
    let seen = p.seen.join("\n");
    // The count waits for the approach, then is that approach's.
    assert!(seen.contains("\nFirst things\n"), "{seen}");
    assert!(seen.contains("Rewards (2 of 2)"), "{seen}");
    assert!(!seen.contains("What risk?"), "{seen}");
    assert!(
        !seen.contains("Who leads?") && !seen.contains("The team"),
        "{seen}"
    );
    assert_eq!(
        saved(&store).answers["rewards"],
        Value::Text("Dinner".into())
    );

    // Another approach: the CRAFT answer is kept, and the user is told.
    let mut f = Filler::new(&form, &store, "mum", &clock, saved(&store));
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(1)), // Pro
        Scripted::Select(Some(1)), // keep "no"
    ]);
    assert!(f.run(&mut p, Mode::Section(0)).unwrap());
    let seen = p.seen.join("\n");
    assert!(
        seen.contains("One of your answers goes with another choice. It is kept, not deleted"),
        "{seen}"
    );
    let plan = saved(&store);
    assert_eq!(plan.answers["approach"], Value::Text("pro".into()));
    assert_eq!(plan.answers["rewards"], Value::Text("Dinner".into()));
    let mut f = Filler::new(&form, &store, "mum", &clock, plan);
    let mut p = ScriptedPrompter::new([text("Maria")]);
    assert!(f.run(&mut p, Mode::Unanswered).unwrap());
    assert!(
        p.seen.join("\n").contains("The team (2 of 2)"),
        "{:?}",
        p.seen
    );

    // Skipped, the approach decides nothing yet: the user is told why
    // there is less to answer.
    let mut f = Filler::new(&form, &store, "mum", &clock, saved(&store));
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(2)), // clear the approach
        Scripted::Select(Some(1)),
    ]);
    assert!(f.run(&mut p, Mode::Section(0)).unwrap());
    let seen = p.seen.join("\n");
    assert!(
        seen.contains("Some questions depend on this answer. They are asked once you give it."),
        "{seen}"
    );
    let plan = saved(&store);
    assert!(!plan.answers.contains_key("approach"));
    assert_eq!(plan.answers["leader"], Value::Text("Maria".into()));
    assert_eq!(
        plan::completeness(&form, &plan).hidden,
        ["rewards", "leader"]
    );
}

#[test]
fn the_plain_prompter_numbers_entries_once() {
    let (form, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut plan = Plan::new("t", clock.now());
    let today = clock.now().date_naive();
    plan::set_path(&form, &mut plan, "team.1.name", Some("Ann"), today).unwrap();
    plan::set_path(&form, &mut plan, "team.2.name", Some("Ben"), today).unwrap();
    store
        .replace(&store.plan_path("mum"), &role("mum"), &plan)
        .unwrap();
    let mut f = Filler::new(&form, &store, "mum", &clock, plan);
    // Change a team member (2), the first (1), keep both answers, then done (5).
    let input = b"2\n1\n\n\n5\n";
    let mut out = Vec::new();
    let mut p = crate::prompt::PlainPrompter::new(&input[..], &mut out);
    let finished = f.run(&mut p, Mode::Section(1)).unwrap();
    drop(p);
    let text = String::from_utf8(out).unwrap();
    assert!(finished, "{text}");
    assert!(
        text.contains("Which team member?\n1. Ann\n2. Ben\n"),
        "{text}"
    );
    assert!(!text.contains("1. 1."), "numbered twice: {text}");
}
