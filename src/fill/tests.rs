//! The form engine driven through a scripted prompter, with a real store
//! in a temporary folder.

use super::*;
use crate::content::embedded::RegionEntry;
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
        label: Team
        item: team member
        fields:
          - {id: name, kind: text, prompt: Name?, label: Name, required: true, person: true}
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

/// A form with the parts of issue 17: a team whose names are offered for the
/// letters, a date that takes a time, and a question whose yes is answered
/// at once.
const TEAM: &str = r#"
id: t
title: Plan
reviewed: 2026-12-06
summary: s
intro: i
sections:
  - id: one
    title: First things
    fields:
      - {id: who, kind: text, prompt: What do you call them?, label: Called}
      - {id: risk, kind: yes_no, prompt: Any risk of violence or self-harm?, label: Risk of harm, on_yes: {say: Thank you for saying so., topic: safety}}
      - {id: rehearsal, kind: date, prompt: When will you rehearse?, label: Rehearsal, example: next thursday 7pm}
      - {id: place, kind: text, prompt: Where?, label: Place, required: true}
  - id: two
    title: The team
    fields:
      - id: team
        kind: list
        prompt: Who is on the team?
        label: Team
        item: team member
        fields:
          - {id: name, kind: text, prompt: Name?, label: Name, required: true, person: true}
      - id: letters
        kind: list
        prompt: Who will read a letter?
        label: Letters
        item: letter
        fields:
          - {id: from, kind: text, prompt: Whose letter is this?, label: From, required: true, person: true, names_from: team}
          - {id: letter, kind: long_text, prompt: What will you say?, label: Letter}
"#;

fn team_form() -> Form {
    let form = crate::content::form::parse("en/forms/t.yaml", TEAM).unwrap();
    assert_eq!(
        crate::content::form::problems(&form, "en/forms/t.yaml"),
        Vec::<String>::new()
    );
    form
}

fn region(code: &str) -> &'static RegionEntry {
    crate::content::region::find(code).unwrap()
}

#[test]
fn back_returns_to_the_question_before_with_its_answer_and_goes_on_from_there() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    let mut p = ScriptedPrompter::new([
        text("Sam"),
        Scripted::Select(Some(1)), // no risk
        Scripted::Back,            // at the date: back to the risk
        Scripted::Back,            // back to the name
        text("Sammy"),             // changed
        Scripted::Select(Some(1)), // the risk again: still no
        text("saturday 6pm"),
        Scripted::Back,           // at "Where?": back to the date, filled in
        text("2026-11-28 18:00"), // kept as it was
        Scripted::Esc,            // at "Where?": out to the sections
    ]);
    assert!(
        !f.run(&mut p, Mode::Unanswered).unwrap(),
        "Esc stops the run"
    );
    let seen = &p.seen;
    let asked: Vec<&str> = seen
        .iter()
        .map(String::as_str)
        .filter(|s| {
            s.starts_with("What do you")
                || s.starts_with("Any risk")
                || s.starts_with("When will")
                || s.starts_with("Where?")
        })
        .collect();
    assert_eq!(
        asked,
        [
            "What do you call them?",
            "Any risk of violence or self-harm? [Yes | No | Skip for now] (starts on Yes)",
            "When will you rehearse?",
            "Any risk of violence or self-harm? [Yes | No | Clear this answer] (starts on No)",
            "What do you call them? (now: Sam)",
            "Any risk of violence or self-harm? [Yes | No | Clear this answer] (starts on No)",
            "When will you rehearse?",
            "Where? (needed)",
            "When will you rehearse? (now: 2026-11-28 18:00)",
            "Where? (needed)",
        ],
        "{seen:#?}"
    );
    let plan = saved(&store);
    assert_eq!(plan.answers["who"], Value::Text("Sammy".into()));
    assert_eq!(plan.answers["risk"], Value::Flag(false));
    assert_eq!(
        plan.answers["rehearsal"],
        Value::Text("2026-11-28 18:00".into())
    );
    assert!(!plan.answers.contains_key("place"));
}

#[test]
fn the_first_question_has_no_back_and_a_yes_no_starts_on_yes() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    // Back at the first question is not offered: the script's Back is
    // refused as a wrong answer, so the run fails rather than going back.
    let mut p = ScriptedPrompter::new([Scripted::Back]);
    assert!(f.run(&mut p, Mode::Unanswered).is_err());
    let mut p = ScriptedPrompter::new([text(""), Scripted::Select(Some(0))]);
    let _ = f.run(&mut p, Mode::Unanswered);
    assert!(
        p.seen.iter().any(|s| s.ends_with("(starts on Yes)")),
        "{:?}",
        p.seen
    );
}

#[test]
fn esc_leads_to_the_sections_whose_counts_agree_with_plan_show() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut plan = Plan::new("t", clock.now());
    let today = clock.now().date_naive();
    plan::set_path(&form, &mut plan, "who", Some("Sam"), today).unwrap();
    plan::set_path(&form, &mut plan, "team.1.name", Some("Ann"), today).unwrap();
    plan::set_path(
        &form,
        &mut plan,
        "letters.1.letter",
        Some("Dear Sam"),
        today,
    )
    .unwrap();
    store
        .replace(&store.plan_path("mum"), &role("mum"), &plan)
        .unwrap();
    let c = plan::completeness(&form, &plan);
    assert_eq!((c.answered, c.total), (3, 6));
    assert_eq!(c.missing, ["place", "letters.1.from"]);
    let mut f = Filler::new(&form, &store, "mum", &clock, plan);
    let mut p = ScriptedPrompter::new([
        // Go on: the first needed question still missing, not the risk
        // question skipped before it.
        Scripted::Select(Some(0)),
        Scripted::Esc,
        Scripted::Select(Some(3)), // done for now
    ]);
    assert!(!f.menu(&mut p).unwrap());
    let menu = &p.seen[0];
    assert_eq!(
        menu,
        "3 of 6 answered, 2 still needed. What would you like to do? [Go on where you left off \
         (First things: Where?) | First things (1 of 4 answered, 1 still needed) | The team (2 of 2 \
         answered, 1 still needed) | Done for now] (starts on Go on where you left off (First \
         things: Where?))"
    );
    assert!(
        p.seen[1..].iter().any(|s| s == "Where? (needed)"),
        "{:?}",
        p.seen
    );
    assert!(
        !p.seen.iter().any(|s| s.starts_with("Any risk")),
        "{:?}",
        p.seen
    );
}

#[test]
fn going_on_asks_the_needed_parts_of_an_entry_through_its_list() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut plan = Plan::new("t", clock.now());
    let today = clock.now().date_naive();
    for (path, value) in [
        ("who", "Sam"),
        ("risk", "no"),
        ("rehearsal", "saturday"),
        ("place", "Home"),
        ("team.1.name", "Ann"),
        ("letters.1.letter", "Dear Sam"),
    ] {
        plan::set_path(&form, &mut plan, path, Some(value), today).unwrap();
    }
    store
        .replace(&store.plan_path("mum"), &role("mum"), &plan)
        .unwrap();
    let mut f = Filler::new(&form, &store, "mum", &clock, plan);
    assert_eq!(f.resume_at().unwrap().id, "letters");
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(1)), // change a letter
        Scripted::Select(Some(0)), // the first
        Scripted::Select(Some(0)), // Ann
        text("Dear Sam"),          // the letter as it is
        Scripted::Select(Some(3)), // done
    ]);
    assert!(f.run(&mut p, Mode::Unanswered).unwrap());
    let plan = saved(&store);
    assert!(
        plan::completeness(&form, &plan).missing.is_empty(),
        "{:#?}\n{plan:?}",
        p.seen
    );
}

#[test]
fn whose_letter_is_a_choice_of_the_team_or_someone_else() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    let mut p = ScriptedPrompter::new([
        Scripted::Select(Some(0)), // add
        text("Ann"),
        Scripted::Select(Some(0)), // add
        text("Ben"),
        Scripted::Select(Some(4)), // add, change, move, remove, done
        // Letters: Ben's, then someone else's.
        Scripted::Select(Some(0)),
        Scripted::Select(Some(1)),
        text("I love you."),
        Scripted::Select(Some(0)),
        Scripted::Select(Some(2)), // someone else
        Scripted::Back,            // back to the names
        Scripted::Select(Some(2)), // someone else, again
        text("Uncle Joe"),
        text(""),
        Scripted::Select(Some(4)), // add, change, move, remove, done
    ]);
    assert!(f.run(&mut p, Mode::Section(1)).unwrap());
    let seen = p.seen.join("\n");
    assert!(
        seen.contains("Whose letter is this? (needed) [Ann | Ben | Someone else | Skip for now]"),
        "{seen}"
    );
    let plan = saved(&store);
    let from: Vec<&Value> = plan.entries("letters").iter().map(|e| &e["from"]).collect();
    assert_eq!(
        from,
        [&Value::Text("Ben".into()), &Value::Text("Uncle Joe".into())]
    );
}

#[test]
fn a_date_takes_a_time_and_says_back_what_it_understood_on_the_regions_clock() {
    let form = team_form();
    let (_, dir, clock) = setup();
    for code in ["us", "gb"] {
        let store = Store::new(dir.path().join(code));
        let mut plan = Plan::new("t", clock.now());
        plan.put("who", Some(Value::Text("Sam".into())));
        plan.put("risk", Some(Value::Flag(false)));
        let mut f = Filler::new(&form, &store, "dad", &clock, plan).with_region(region(code));
        let mut p = ScriptedPrompter::new([
            text("someday 7pm"), // refused: said, and asked again
            text("10 Dec 19:00"),
            Scripted::Esc,
        ]);
        assert!(!f.run(&mut p, Mode::Unanswered).unwrap());
        let seen = p.seen.join("\n");
        // The example is worked out from today's date.
        let example = if code == "us" {
            "Example: next thursday 7pm (Thursday 26 November, 7:00 pm)"
        } else {
            "Example: next thursday 7pm (Thursday 26 November, 19:00)"
        };
        assert!(seen.contains(example), "{code}: {seen}");
        assert!(
            seen.contains("\"someday 7pm\" is not a date kinship can read"),
            "{seen}"
        );
        let ten = if code == "us" {
            "Thursday 10 December, 7:00 pm"
        } else {
            "Thursday 10 December, 19:00"
        };
        assert!(seen.contains(ten), "{code}: {seen}");
        let plan = store
            .read::<Plan>(&store.plan_path("dad"), &role("dad"))
            .unwrap()
            .unwrap();
        assert_eq!(
            plan.answers["rehearsal"],
            Value::Text("2026-12-10 19:00".into())
        );
    }
}

#[test]
fn a_yes_to_a_risk_of_harm_is_answered_at_once_with_the_regions_numbers() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut plan = Plan::new("t", clock.now());
    plan.put("who", Some(Value::Text("Sam".into())));
    let mut f = Filler::new(&form, &store, "mum", &clock, plan).with_region(region("us"));
    let mut p = ScriptedPrompter::new([Scripted::Select(Some(0)), Scripted::Esc]);
    assert!(!f.run(&mut p, Mode::Unanswered).unwrap());
    let seen = p.seen.join("\n");
    let at = seen.find("Thank you for saying so.").expect(&seen);
    let next = seen.find("When will you rehearse?").unwrap();
    assert!(at < next, "before the next question: {seen}");
    assert!(
        seen.contains(
            "In danger right now? Get yourself and any children to a safe place. Then call 911."
        ),
        "{seen}"
    );
    assert!(
        seen.contains("988 Suicide & Crisis Lifeline: 988"),
        "{seen}"
    );
    assert!(
        seen.contains("National Domestic Violence Hotline: 1-800-799-7233"),
        "{seen}"
    );
    assert!(seen.contains("kinship guide safety"), "{seen}");
    // Elsewhere, that region's numbers.
    let mut plan = Plan::new("t", clock.now());
    plan.put("who", Some(Value::Text("Sam".into())));
    let mut f = Filler::new(&form, &store, "dad", &clock, plan).with_region(region("gb"));
    let mut p = ScriptedPrompter::new([Scripted::Select(Some(0)), Scripted::Esc]);
    f.run(&mut p, Mode::Unanswered).unwrap();
    let seen = p.seen.join("\n");
    assert!(!seen.contains("911") && !seen.contains("988"), "{seen}");
    assert!(seen.contains("999"), "{seen}");
    // A no says nothing of the kind.
    let mut f = Filler::new(&form, &store, "ann", &clock, Plan::new("t", clock.now()))
        .with_region(region("us"));
    let mut p = ScriptedPrompter::new([text("Sam"), Scripted::Select(Some(1)), Scripted::Esc]);
    f.run(&mut p, Mode::Unanswered).unwrap();
    assert!(!p.seen.join("\n").contains("Thank you for saying so."));
}

#[test]
fn esc_at_the_first_question_then_done_leaves_no_plan() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()));
    let mut p = ScriptedPrompter::new([Scripted::Esc, Scripted::Select(Some(3))]);
    assert!(!(f.run(&mut p, Mode::Unanswered).unwrap() || f.menu(&mut p).unwrap()));
    assert!(!store.plan_path("mum").exists());
}

#[test]
fn the_plain_prompter_takes_back_and_menu_as_words() {
    let form = team_form();
    let (_, dir, clock) = setup();
    let store = Store::new(dir.path());
    let mut f = Filler::new(&form, &store, "mum", &clock, Plan::new("t", clock.now()))
        .with_region(region("us"));
    // Sam; no risk (2); back; back; Enter keeps Sam; Enter keeps "No"... the
    // cursor is on the answer; a date that is refused, then one that is
    // kept; menu.
    let input = b"Sam\n2\nback\nback\n\n\nblursday\nthursday 7pm\nmenu\n";
    let mut out = Vec::new();
    let mut p = crate::prompt::PlainPrompter::new(&input[..], &mut out);
    let finished = f.run(&mut p, Mode::Unanswered).unwrap();
    drop(p);
    let text = String::from_utf8(out).unwrap();
    assert!(!finished, "{text}");
    assert!(
        text.contains("At any question, type back to go to the question before, or menu"),
        "{text}"
    );
    assert!(
        text.contains("(Or type back for the question before, or menu for the list of sections.)"),
        "{text}"
    );
    assert!(text.contains("What do you call them? Now: Sam."), "{text}");
    assert!(text.contains("is not a date kinship can read"), "{text}");
    assert!(
        text.contains("Saved as Thursday 26 November, 7:00 pm."),
        "{text}"
    );
    let plan = saved(&store);
    assert_eq!(
        plan.answers["rehearsal"],
        Value::Text("2026-11-26 19:00".into())
    );
    assert_eq!(plan.answers["risk"], Value::Flag(false));
}
