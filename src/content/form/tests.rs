//! Unit tests of `content/form.rs`.

use super::*;

const GOOD: &str = r#"
id: sample
title: A sample
reviewed: 2026-11-22
summary: One line.
intro: Hello.
sections:
  - id: one
    title: One
    fields:
      - id: who
        kind: text
        label: L
        prompt: Who?
        required: true
      - id: team
        kind: list
        label: L
        prompt: Who is on the team?
        item: team member
        fields:
          - id: name
            kind: text
            label: L
            prompt: Name?
            person: true
          - id: role
            kind: choice
            label: L
            prompt: Role?
            choices:
              - {id: speak, label: Speaks}
              - {id: listen, label: Listens}
"#;

#[test]
fn a_good_form_parses_and_has_no_problems() {
    let form = parse("en/forms/sample.yaml", GOOD).unwrap();
    assert!(problems(&form, "en/forms/sample.yaml").is_empty());
    let team = form.field("team").unwrap();
    assert_eq!(team.person_field().unwrap().id, "name");
    assert_eq!(
        team.sub("role").unwrap().choice("listen").unwrap().label,
        "Listens"
    );
    assert_eq!(form.section_of("team").unwrap().id, "one");
}

#[test]
fn mistakes_are_named() {
    let bad = GOOD
        .replace("id: who", "id: Who")
        .replace("- {id: listen, label: Listens}", "")
        .replace("item: team member", "");
    let form = parse("en/forms/other.yaml", &bad).unwrap();
    let p = problems(&form, "en/forms/other.yaml").join("\n");
    assert!(p.contains("must match the file name"), "{p}");
    assert!(p.contains("\"Who\" must be lowercase"), "{p}");
    assert!(p.contains("needs at least two choices"), "{p}");
    assert!(p.contains("needs `item`"), "{p}");
    assert!(parse("x", "id: x\nkind: essay\n").is_err());
}

#[test]
fn placeholders_are_filled_everywhere() {
    let text = GOOD.replace("prompt: Role?", "prompt: Call {{emergency}}?");
    let form = parse("en/forms/sample.yaml", &text).unwrap();
    let gb = crate::content::region::find("gb").unwrap();
    let filled = form.filled(gb);
    assert_eq!(
        filled.field("team").unwrap().sub("role").unwrap().prompt,
        "Call 999?"
    );
}

const CONDITIONAL: &str = r#"
id: sample
title: A sample
reviewed: 2026-12-06
summary: One line.
intro: Hello.
sections:
  - id: first
    title: First
    fields:
      - id: approach
        kind: choice
        label: L
        prompt: Which?
        choices: [{id: craft, label: CRAFT}, {id: pro, label: Pro}]
      - {id: risk, kind: yes_no, label: L, prompt: Risk?}
      - {id: note, kind: text, label: L, prompt: Note?}
  - id: craft_only
    title: CRAFT
    when: {field: approach, is: craft}
    fields:
      - {id: rewards, kind: text, label: L, prompt: Rewards?, when: {field: risk, any_of: [no]}}
"#;

#[test]
fn conditions_take_one_answer_or_several_and_name_what_decides() {
    let form = parse("en/forms/sample.yaml", CONDITIONAL).unwrap();
    assert!(problems(&form, "en/forms/sample.yaml").is_empty());
    let section = &form.sections[1];
    assert_eq!(section.when.as_ref().unwrap().is, ["craft"]);
    assert_eq!(
        form.field("rewards").unwrap().when.as_ref().unwrap().is,
        ["no"]
    );
    assert!(form.decides("approach") && form.decides("risk"));
    assert!(!form.decides("note") && !form.decides("rewards"));
    assert_eq!(
        section.when.as_ref().unwrap().describe(),
        "approach is craft"
    );
}

#[test]
fn a_condition_must_look_back_at_a_choice_and_its_answers() {
    let cases = [
        (
            "{field: approach, is: craft}",
            "{field: nowhere, is: craft}",
            "\"nowhere\", which is not a question before it",
        ),
        (
            "{field: approach, is: craft}",
            "{field: note, is: craft}",
            "only choice, multi_choice and yes_no can decide",
        ),
        (
            "{field: approach, is: craft}",
            "{field: approach, is: [craft, golf]}",
            "\"golf\" is not an answer of \"approach\" (its answers: craft, pro)",
        ),
        (
            "{field: approach, is: craft}",
            "{field: risk, is: maybe}",
            "\"maybe\" is not an answer of \"risk\" (its answers: yes, no)",
        ),
        (
            "{field: approach, is: craft}",
            "{field: approach, is: []}",
            "`is` needs at least one answer",
        ),
        (
            "{field: rewards, is: craft}",
            "{field: risk, any_of: [no]}",
            "section \"craft_only\" depends on \"rewards\", which is not a question before it",
        ),
    ];
    for (section, field, says) in cases {
        let text = CONDITIONAL
            .replace(
                "when: {field: approach, is: craft}",
                &format!("when: {section}"),
            )
            .replace(
                "when: {field: risk, any_of: [no]}",
                &format!("when: {field}"),
            );
        let form = parse("en/forms/sample.yaml", &text).unwrap();
        let p = problems(&form, "en/forms/sample.yaml").join("\n");
        assert!(p.contains(says), "{field}: {p}");
    }
    let in_list = GOOD.replace(
        "prompt: Name?\n",
        "prompt: Name?\n            when: {field: who, is: x}\n",
    );
    let form = parse("en/forms/sample.yaml", &in_list).unwrap();
    let p = problems(&form, "en/forms/sample.yaml").join("\n");
    assert!(
        p.contains("a part of a list entry cannot have `when`"),
        "{p}"
    );
    assert!(parse("x", &CONDITIONAL.replace("any_of", "one_of")).is_err());
}

/// Plans saved before the intervention form followed the approach hold
/// these ids; each must still be a question, with the same kind, so that
/// every saved answer still loads.
#[test]
fn the_intervention_form_keeps_every_field_id_plans_were_saved_with() {
    let form = load("intervention").unwrap().unwrap();
    for (id, kind) in [
        ("approach", Kind::Choice),
        ("loved_one", Kind::Text),
        ("health_needs", Kind::LongText),
        ("what_matters", Kind::Text),
        ("team", Kind::List),
        ("not_there", Kind::LongText),
        ("when", Kind::Datetime),
        ("place", Kind::Text),
        ("likely_sober", Kind::YesNo),
        ("program", Kind::Text),
        ("contact", Kind::Text),
        ("place_ready", Kind::YesNo),
        ("arranged", Kind::MultiChoice),
        ("letters", Kind::List),
        ("driver", Kind::Text),
        ("bring", Kind::Text),
        ("boundaries", Kind::List),
        ("follow_up", Kind::Date),
        ("door_open", Kind::Text),
        ("risk", Kind::YesNo),
        ("naloxone", Kind::YesNo),
        ("naloxone_where", Kind::Text),
        ("rehearsal", Kind::Date),
        ("family_support", Kind::LongText),
    ] {
        let field = form.field(id).unwrap_or_else(|| panic!("{id} is gone"));
        assert_eq!(field.kind, kind, "{id}");
    }
    let approach = form.field("approach").unwrap();
    for choice in ["craft", "invitation", "professional"] {
        assert!(approach.choice(choice).is_some(), "{choice}");
    }
    let arranged = form.field("arranged").unwrap();
    for choice in ["cost", "ride", "bag", "work", "children", "pets"] {
        assert!(arranged.choice(choice).is_some(), "{choice}");
    }
    for (list, parts) in [
        ("team", &["name", "relationship", "role"][..]),
        ("letters", &["from", "letter"][..]),
        ("boundaries", &["person", "boundary"][..]),
    ] {
        for part in parts {
            assert!(
                form.field(list).unwrap().sub(part).is_some(),
                "{list}.{part}"
            );
        }
    }
}

#[test]
fn every_embedded_form_is_sound() {
    for id in ids() {
        let path = format!("{DIR}{id}.yaml");
        let form = load(id).unwrap().unwrap();
        assert_eq!(problems(&form, &path), Vec::<String>::new());
    }
}

#[test]
fn names_from_and_on_yes_are_checked() {
    let form = |extra: &str| {
        let text = format!(
            "id: t\ntitle: T\nreviewed: 2026-12-06\nsummary: s\nintro: i\nsections:\n- id: a\n  title: A\n  fields:\n  - {{id: risk, kind: yes_no, prompt: Risk?, label: Risk, on_yes: {{say: Thank you., topic: safety}}}}\n  - id: team\n    kind: list\n    prompt: Team\n    label: Team\n    item: member\n    fields:\n    - {{id: name, kind: text, prompt: Name, label: Name, person: true}}\n  - id: letters\n    kind: list\n    prompt: Letters\n    label: Letters\n    item: letter\n    fields:\n    - {{id: from, kind: text, prompt: Whose?, label: From, names_from: team}}\n{extra}"
        );
        let form = parse("en/forms/t.yaml", &text).unwrap();
        problems(&form, "en/forms/t.yaml").join("\n")
    };
    assert_eq!(form(""), "");
    let bad = form(
        "  - {id: worry, kind: text, prompt: Worry?, label: Worry, on_yes: {say: Hm., topic: nowhere}}\n  - id: notes\n    kind: list\n    prompt: Notes\n    label: Notes\n    item: note\n    fields:\n    - {id: who, kind: text, prompt: Who?, label: Who, names_from: risk}\n",
    );
    assert!(bad.contains("on_yes is for yes_no fields"), "{bad}");
    assert!(
        bad.contains("\"nowhere\", which is not a topic id"),
        "{bad}"
    );
    assert!(
        bad.contains("names_from \"risk\" must be an earlier list with a person field"),
        "{bad}"
    );
}

#[test]
fn every_field_needs_a_short_label_and_title_for_names_a_text_question() {
    let unlabelled = GOOD.replacen("        label: L\n", "", 1);
    let form = parse("en/forms/sample.yaml", &unlabelled).unwrap();
    let p = problems(&form, "en/forms/sample.yaml").join("\n");
    assert!(p.contains("field \"who\" needs a label"), "{p}");
    let question = GOOD.replacen("label: L\n", "label: Who is it?\n", 1);
    let form = parse("en/forms/sample.yaml", &question).unwrap();
    let p = problems(&form, "en/forms/sample.yaml").join("\n");
    assert!(p.contains("should be a few words, not a question"), "{p}");

    let titled = GOOD.replace(
        "title: A sample\n",
        "title: A sample\ntitle_for: \"Plan for {who}\"\n",
    );
    let form = parse("en/forms/sample.yaml", &titled).unwrap();
    assert!(problems(&form, "en/forms/sample.yaml").is_empty());
    assert_eq!(form.title_of("dad", Some(" Sam ")), "Plan for Sam");
    assert_eq!(form.title_of("dad", Some("")), "A sample: dad");
    assert_eq!(form.title_of("dad", None), "A sample: dad");
    for bad in ["Plan for {team}", "Plan for {nobody}", "Plan for who"] {
        let form = parse(
            "en/forms/sample.yaml",
            &GOOD.replace(
                "title: A sample\n",
                &format!("title: A sample\ntitle_for: \"{bad}\"\n"),
            ),
        )
        .unwrap();
        let p = problems(&form, "en/forms/sample.yaml").join("\n");
        assert!(
            p.contains("title_for must name one text question"),
            "{bad}: {p}"
        );
    }
}
