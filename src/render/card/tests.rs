//! Unit tests of `render/card.rs`.

use super::*;
use crate::content::{form, sos};
use crate::progress::plan::Value;

fn steps_of(panels: &[Vec<Block>]) -> Vec<u64> {
    let mut numbers = Vec::new();
    for block in panels.iter().flatten() {
        if let Block::List(l) = block {
            let start = l.start.unwrap();
            numbers.extend((0..l.items.len() as u64).map(|i| start + i));
        }
    }
    numbers
}

fn labels_of(panels: &[Vec<Block>]) -> Vec<String> {
    panels
        .iter()
        .flatten()
        .filter_map(|b| match b {
            Block::Rows(rows) => Some(rows.iter().map(|r| r.label.clone())),
            _ => None,
        })
        .flatten()
        .collect()
}

fn household_plan(answer: &str) -> (form::Form, Plan) {
    let form = form::load("overdose-plan").unwrap().unwrap();
    let mut plan = Plan::new(
        &form.id,
        chrono::DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap(),
    );
    for f in form.fields() {
        plan.answers
            .insert(f.id.clone(), Value::Text(answer.into()));
    }
    (form, plan)
}

#[test]
fn the_wallet_card_has_every_step_in_every_region_and_fills_its_room_by_priority() {
    let sos = sos::load().unwrap();
    let footer = [Inline::text(
        "Printed from kinship on 22 November 2026. ".repeat(4),
    )];
    let (form, short) = household_plan("Kitchen drawer by the sink.");
    for region in crate::content::embedded::REGIONS {
        let (panels, left_out) = wallet(
            &sos,
            region,
            &form,
            Some(&short),
            &footer,
            crate::content::i18n::Lang::EN,
        );
        assert_eq!(panels.len(), 4);
        assert_eq!(
            steps_of(&panels),
            (1..=sos.steps.len() as u64).collect::<Vec<_>>(),
            "{}",
            region.code
        );
        // Short answers: allergies and medicines always have room; what
        // did not fit is counted, and said only when there is some.
        let labels = labels_of(&panels);
        assert_eq!(labels[..2], ["Allergies", "Medicines"], "{}", region.code);
        assert_eq!(left_out, 6 - labels.len(), "{}", region.code);
        let says = panels
            .iter()
            .flatten()
            .any(|b| plain_text_of(b).contains("more on the full card"));
        assert_eq!(says, left_out > 0, "{}", region.code);
        if region.code == "us" {
            assert_eq!(
                labels,
                [
                    "Allergies",
                    "Medicines",
                    "Naloxone is",
                    "Who can use it",
                    "Address",
                    "Call afterwards"
                ]
            );
        }
    }
    // Long answers: what the emergency team needs away from home first,
    // and the rest counted.
    let us = crate::content::region::find("us").unwrap();
    let (form, long) = household_plan(&"The blue door by the bakery. ".repeat(7));
    let (panels, left_out) = wallet(
        &sos,
        us,
        &form,
        Some(&long),
        &footer,
        crate::content::i18n::Lang::EN,
    );
    let labels = labels_of(&panels);
    assert_eq!(labels[..2], ["Allergies", "Medicines"], "{labels:?}");
    assert_eq!(left_out, 6 - labels.len());
    assert!(left_out > 0);
    assert!(
        plain_text_of(panels[3].last().unwrap())
            .contains(&format!("{left_out} more on the full card at home.")),
        "{panels:?}"
    );
    // A blank card: lines to write on, none said to be left out.
    let (panels, left_out) = wallet(
        &sos,
        us,
        &form,
        None,
        &footer,
        crate::content::i18n::Lang::EN,
    );
    assert_eq!(left_out, 0);
    assert_eq!(labels_of(&panels)[..2], ["Allergies", "Medicines"]);
}

fn plain_text_of(b: &Block) -> String {
    match b {
        Block::Paragraph(t) | Block::Heading { text: t, .. } => plain_text(t),
        _ => String::new(),
    }
}

#[test]
fn each_steps_details_come_from_its_questions_safe_and_on_one_line() {
    let sos = sos::load().unwrap();
    let form = form::load("overdose-plan").unwrap().unwrap();
    // Every question a step names is a question of the overdose plan.
    for step in &sos.steps {
        for d in &step.household {
            assert!(form.field(&d.field).is_some(), "{}: {}", step.id, d.field);
        }
    }
    let mut plan = Plan::new(
        &form.id,
        chrono::DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap(),
    );
    let mut answer = |id: &str, text: &str| {
        plan.answers.insert(id.into(), Value::Text(text.into()));
    };
    // As a hand-edited file could hold them: escapes, a line break, tabs.
    answer("address", "14 Mill Lane,\n  second\tfloor\u{1b}[2J\u{7}");
    answer("allergies", "Penicillin");
    answer("medications", "   ");
    answer("who_can_use", "Mom");
    let details = step_details(&sos, &form, &plan);
    assert_eq!(
        details,
        [
            StepDetail {
                step: "call-emergency".into(),
                label: "Address".into(),
                // Escapes shown, never obeyed (issue 13's visible escapes).
                value: "14 Mill Lane, second floor<U+001B>[2J<U+0007>".into(),
            },
            StepDetail {
                step: "tell-responders".into(),
                label: "Allergies".into(),
                value: "Penicillin".into(),
            },
        ]
    );
    assert_eq!(details[1].line(), "Allergies: Penicillin");
}
