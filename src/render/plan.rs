//! A plan as a document: its answers under the form's sections, whole or for
//! one participant (`--for NAME`: only what that person needs).

use super::doc::{Block, Document, Inline, List, ListItem, Row};
use crate::content::form::{Field, Form, Kind, Share};
use crate::content::i18n::t;
use crate::progress::plan::{self, Audience, Entry, Plan, Value, belongs, people, same_person};

/// How an answer kept for a question that is not part of the plan now is
/// marked, with `Audience::All`.
fn not_in_use() -> String {
    t!("plan-not-in-use")
}

/// The plan as a document. For a person not named in the plan, the error
/// lists who is.
pub fn document(
    form: &Form,
    plan: &Plan,
    name: &str,
    audience: Audience,
) -> Result<Document, String> {
    if let Audience::Person(who) = audience {
        plan::check_person(form, plan, name, who)?;
    }
    let c = plan::completeness(form, plan);
    let everything = matches!(audience, Audience::Everything | Audience::All);
    let lead = match audience {
        Audience::Everything | Audience::All => {
            let mut lead = t!("plan-lead-answered", answered = c.answered, total = c.total);
            if !c.missing.is_empty() {
                let names: Vec<String> = c
                    .missing
                    .iter()
                    .map(|path| {
                        // A question read as a statement: without its
                        // question marks (the Spanish opening one too).
                        let label = plan::missing_label(form, path);
                        let trimmed = label.trim_end_matches(['?', '.']);
                        match trimmed.rfind('¿') {
                            Some(at) if label.ends_with('?') => {
                                format!("{}{}", &trimmed[..at], &trimmed[at + '¿'.len_utf8()..])
                            }
                            _ => trimmed.to_string(),
                        }
                    })
                    .collect();
                lead.push(' ');
                lead.push_str(&t!("plan-lead-still-to-fill", names = names.join("; ")));
            }
            let hidden = plan::hidden_answers(form, plan);
            if !hidden.is_empty() {
                let n = hidden.len();
                let why = plan::why_left_out(form, plan, &hidden);
                lead.push(' ');
                lead.push_str(&if audience == Audience::All {
                    t!(
                        "plan-lead-kept-marked",
                        n = n,
                        mark = not_in_use(),
                        why = why
                    )
                } else {
                    t!("plan-lead-kept-not-shown", n = n, why = why)
                });
            }
            lead
        }
        Audience::Person(who) => {
            // Named as the plan writes it, whatever case was typed.
            let named = people(form, plan);
            let name = named
                .iter()
                .find(|n| same_person(n, who))
                .map_or(who, |n| n);
            t!("plan-lead-for", person = name.trim())
        }
    };
    let mut blocks = Vec::new();
    for section in &form.sections {
        let mut section_blocks = Vec::new();
        let mut rows: Vec<Row> = Vec::new();
        let section_in_use = plan::section_shown(form, plan, section);
        for field in &section.fields {
            let in_use = plan::shown(form, plan, field);
            let shown = match audience {
                Audience::Everything => in_use,
                Audience::All => {
                    in_use || plan.answers.get(&field.id).is_some_and(|v| !v.is_empty())
                }
                Audience::Person(_) => {
                    in_use && (field.share == Share::Everyone || field.kind == Kind::List)
                }
            };
            if !shown {
                continue;
            }
            // A field kept from another approach, in a section still in use.
            let label = |text: &str| {
                if in_use || !section_in_use {
                    text.to_string()
                } else {
                    format!("{text} ({})", not_in_use())
                }
            };
            let value = plan.answers.get(&field.id);
            match (field.kind, value) {
                (Kind::List, _) => {
                    let entries: Vec<&Entry> = plan
                        .entries(&field.id)
                        .iter()
                        .filter(|e| belongs(field, e, audience))
                        .collect();
                    if entries.is_empty() && !everything {
                        continue;
                    }
                    flush_rows(&mut rows, &mut section_blocks);
                    // "The team" under "The team" says it twice.
                    if !field.label.eq_ignore_ascii_case(&section.title) || !in_use {
                        section_blocks.push(Block::heading(3, label(&field.label)));
                    }
                    if entries.is_empty() {
                        section_blocks.push(not_yet(field));
                    } else {
                        section_blocks.push(Block::List(List {
                            start: Some(1),
                            tight: false,
                            items: entries
                                .iter()
                                .map(|e| entry_item(field, e, everything && in_use))
                                .collect(),
                        }));
                    }
                }
                (Kind::LongText, Some(Value::Text(text))) => {
                    flush_rows(&mut rows, &mut section_blocks);
                    section_blocks.push(Block::heading(3, label(&field.label)));
                    section_blocks.extend(paragraphs(text));
                }
                (_, Some(v)) => rows.push(Row {
                    label: label(&field.label),
                    value: vec![Inline::text(plan::show_value(field, v))],
                }),
                (_, None) if everything => rows.push(Row {
                    label: field.label.clone(),
                    value: vec![Inline::Emph(vec![Inline::text(if field.required {
                        t!("plan-not-answered-needed")
                    } else {
                        t!("plan-not-answered")
                    })])],
                }),
                (_, None) => {}
            }
        }
        flush_rows(&mut rows, &mut section_blocks);
        if !section_blocks.is_empty() {
            blocks.push(Block::heading(
                2,
                if section_in_use {
                    section.title.clone()
                } else {
                    format!("{} ({})", section.title, not_in_use())
                },
            ));
            blocks.extend(section_blocks);
        }
    }
    // The loved one's name, when the plan gives it, says whose plan it is.
    let named = form
        .title_field()
        .and_then(|id| match plan.answers.get(id) {
            Some(Value::Text(t)) => Some(t.as_str()),
            _ => None,
        });
    Ok(Document {
        title: form.title_of(name, named),
        lead: Some(lead),
        blocks,
    })
}

fn not_yet(field: &Field) -> Block {
    let item = field.item.clone().unwrap_or_else(|| t!("form-list-entry"));
    Block::para(vec![Inline::Emph(vec![Inline::text(t!(
        "form-list-empty",
        item = item
    ))])])
}

fn flush_rows(rows: &mut Vec<Row>, blocks: &mut Vec<Block>) {
    if !rows.is_empty() {
        blocks.push(Block::Rows(std::mem::take(rows)));
    }
}

fn paragraphs(text: &str) -> Vec<Block> {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let mut inlines = Vec::new();
            for (i, line) in p.lines().enumerate() {
                if i > 0 {
                    inlines.push(Inline::Break);
                }
                inlines.push(Inline::text(line));
            }
            Block::para(inlines)
        })
        .collect()
}

/// "not answered yet (needed)", in italics.
fn needed() -> Inline {
    Inline::Emph(vec![Inline::text(t!("plan-not-answered-needed"))])
}

/// One entry of a list, as a person would write it down. When the list
/// names a person, the entry starts with one line: the name, then its short
/// answers ("Ann — Older sister — Opens the meeting"); other answers follow
/// under their labels, a letter as its paragraphs. With `show_missing`, its
/// needed parts that are not answered are shown as such.
fn entry_item(list: &Field, entry: &Entry, show_missing: bool) -> ListItem {
    let mut blocks = Vec::new();
    let mut rows = Vec::new();
    let person = list.person_field();
    let mut line: Vec<Vec<Inline>> = Vec::new();
    if let Some(p) = person {
        match entry.get(&p.id) {
            Some(v) => line.push(vec![Inline::Strong(vec![Inline::text(plan::show_value(
                p, v,
            ))])]),
            None if show_missing && p.required => {
                line.push(vec![Inline::text(format!("{}: ", p.label)), needed()])
            }
            None => {}
        }
    }
    // A single letter needs no label over it: the name above says whose.
    let long_texts = list
        .fields
        .iter()
        .filter(|f| f.kind == Kind::LongText)
        .count();
    for sub in list.fields.iter().filter(|f| !f.person || person.is_none()) {
        let in_line = person.is_some() && sub.kind == Kind::Text;
        let Some(v) = entry.get(&sub.id) else {
            if show_missing && sub.required {
                if in_line {
                    line.push(vec![Inline::text(format!("{}: ", sub.label)), needed()]);
                } else {
                    rows.push(Row {
                        label: sub.label.clone(),
                        value: vec![needed()],
                    });
                }
            }
            continue;
        };
        match (sub.kind, v) {
            (Kind::LongText, Value::Text(text)) => {
                flush_rows(&mut rows, &mut blocks);
                if person.is_none() || long_texts > 1 {
                    blocks.push(Block::para(vec![Inline::Strong(vec![Inline::text(
                        sub.label.clone(),
                    )])]));
                }
                blocks.extend(paragraphs(text));
            }
            _ if in_line => line.push(vec![Inline::text(plan::show_value(sub, v))]),
            _ => rows.push(Row {
                label: sub.label.clone(),
                value: vec![Inline::text(plan::show_value(sub, v))],
            }),
        }
    }
    flush_rows(&mut rows, &mut blocks);
    if !line.is_empty() {
        let mut first = Vec::new();
        for (i, part) in line.into_iter().enumerate() {
            if i > 0 {
                first.push(Inline::text(" \u{2014} "));
            }
            first.extend(part);
        }
        blocks.insert(0, Block::Paragraph(first));
    }
    ListItem { task: None, blocks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::doc::plain_text;

    const FORM: &str = r#"
id: t
title: Intervention plan
reviewed: 2026-11-22
summary: s
intro: i
sections:
  - id: when
    title: When and where
    fields:
      - {id: when, kind: datetime, label: When, prompt: When, share: everyone, required: true}
      - {id: budget, kind: text, label: Budget, prompt: Budget}
  - id: people
    title: People
    fields:
      - id: team
        kind: list
        label: The team
        prompt: The team
        item: team member
        fields:
          - {id: name, kind: text, label: Name, prompt: Name, person: true}
          - {id: role, kind: text, label: Role, prompt: Role}
      - id: letters
        kind: list
        label: Letters
        prompt: Letters
        item: letter
        fields:
          - {id: from, kind: text, label: From, prompt: From, person: true}
          - {id: letter, kind: long_text, label: Letter, prompt: Letter}
"#;

    fn text_of(doc: &Document) -> String {
        let mut out = format!("{}\n{}\n", doc.title, doc.lead.clone().unwrap_or_default());
        fn walk(blocks: &[Block], out: &mut String) {
            for b in blocks {
                match b {
                    Block::Heading { text, .. } | Block::Paragraph(text) => {
                        out.push_str(&plain_text(text));
                        out.push('\n');
                    }
                    Block::Rows(rows) => {
                        for r in rows {
                            out.push_str(&format!("{}: {}\n", r.label, plain_text(&r.value)));
                        }
                    }
                    Block::List(l) => {
                        for i in &l.items {
                            walk(&i.blocks, out);
                        }
                    }
                    _ => {}
                }
            }
        }
        walk(&doc.blocks, &mut out);
        out
    }

    fn plan() -> (Form, Plan) {
        let form = crate::content::form::parse("en/forms/t.yaml", FORM).unwrap();
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-22T21:04:00Z").unwrap();
        let mut p = Plan::new("t", now);
        let today = now.date_naive();
        for (path, v) in [
            ("when", "2026-12-05 18:30"),
            ("budget", "secret"),
            ("team.1.name", "Ann"),
            ("team.1.role", "speaks first"),
            ("team.2.name", "Ben"),
            ("letters.1.from", "ann"),
            ("letters.1.letter", "Dear Sam,\n\nI remember the lake."),
            ("letters.2.from", "Ben"),
            ("letters.2.letter", "Ben's letter"),
        ] {
            plan::set_path(&form, &mut p, path, Some(v), today).unwrap();
        }
        (form, p)
    }

    #[test]
    fn the_whole_plan_shows_every_answer_and_what_is_missing() {
        let (form, mut p) = plan();
        p.put("when", None);
        let doc = document(&form, &p, "dad", Audience::Everything).unwrap();
        let text = text_of(&doc);
        assert!(
            text.starts_with(
                "Intervention plan: dad\n3 of 4 questions answered. Still to fill in: When."
            ),
            "{text}"
        );
        assert!(text.contains("When: not answered yet (needed)"), "{text}");
        assert!(text.contains("Budget: secret"), "{text}");
        assert!(text.contains("Dear Sam,\nI remember the lake."), "{text}");
        assert!(text.contains("Ben's letter"), "{text}");
    }

    #[test]
    fn answers_another_approach_asked_for_are_kept_out_of_sight_and_counted() {
        let text = FORM
            .replace(
                "sections:\n",
                "sections:\n  - id: approach\n    title: The approach\n    fields:\n      - {id: approach, kind: choice, label: Approach, prompt: Which approach?, choices: [{id: craft, label: CRAFT}, {id: pro, label: Pro}]}\n",
            )
            .replace(
                "    title: People\n",
                "    title: People\n    when: {field: approach, is: pro}\n",
            )
            .replace(
                "      - {id: budget, kind: text, label: Budget, prompt: Budget}",
                "      - {id: budget, kind: text, label: Budget, prompt: Budget, when: {field: approach, is: pro}}",
            );
        let form = crate::content::form::parse("en/forms/t.yaml", &text).unwrap();
        assert!(crate::content::form::problems(&form, "en/forms/t.yaml").is_empty());
        let (_, mut p) = plan();
        p.put("approach", Some(Value::Text("craft".into())));
        let doc = document(&form, &p, "dad", Audience::Everything).unwrap();
        let shown = text_of(&doc);
        assert!(
            shown.contains(
                "2 of 2 questions answered. 3 more answers are kept but not shown: they go \
                 with another answer to \"Which approach?\"."
            ),
            "{shown}"
        );
        for hidden in ["secret", "Ann", "lake", "People", "Budget"] {
            assert!(!shown.contains(hidden), "{hidden}: {shown}");
        }
        assert_eq!(people(&form, &p), Vec::<String>::new());
        assert!(document(&form, &p, "dad", Audience::Person("Ann")).is_err());

        let all = text_of(&document(&form, &p, "dad", Audience::All).unwrap());
        assert!(
            all.contains("3 more answers are kept, marked \"not in use\""),
            "{all}"
        );
        assert!(all.contains("Budget (not in use): secret"), "{all}");
        assert!(all.contains("People (not in use)\nThe team\n"), "{all}");
        assert!(all.contains("I remember the lake."), "{all}");

        p.put("approach", Some(Value::Text("pro".into())));
        let doc = text_of(&document(&form, &p, "dad", Audience::Everything).unwrap());
        assert!(
            doc.contains("Budget: secret") && !doc.contains("kept"),
            "{doc}"
        );
        assert_eq!(people(&form, &p), ["Ann", "Ben"]);
    }

    #[test]
    fn a_plan_reads_as_a_person_would_write_it_under_the_loved_ones_name() {
        let text = FORM
            .replace(
                "title: Intervention plan\n",
                "title: Intervention plan\ntitle_for: \"Intervention plan for {loved_one}\"\n",
            )
            .replace(
                "      - {id: budget",
                "      - {id: loved_one, kind: text, label: Loved one, prompt: What do you call them?}\n      - {id: budget",
            )
            .replace(
                "label: Role, prompt: Role",
                "label: Role, prompt: What will they do on the day?",
            );
        let form = crate::content::form::parse("en/forms/t.yaml", &text).unwrap();
        assert!(crate::content::form::problems(&form, "en/forms/t.yaml").is_empty());
        let (_, mut p) = plan();
        let doc = text_of(&document(&form, &p, "dad", Audience::Everything).unwrap());
        assert!(doc.starts_with("Intervention plan: dad\n"), "{doc}");
        assert!(doc.contains("Loved one: not answered yet\n"), "{doc}");
        p.put("loved_one", Some(Value::Text("Sam".into())));
        let doc = text_of(&document(&form, &p, "dad", Audience::Everything).unwrap());
        assert!(doc.starts_with("Intervention plan for Sam\n"), "{doc}");
        assert!(doc.contains("Loved one: Sam\n"), "{doc}");
        // Each person on one line, their letter under their name.
        assert!(doc.contains("Ann \u{2014} speaks first\nBen\n"), "{doc}");
        assert!(doc.contains("ann\nDear Sam,"), "{doc}");
        for question in ["What will they do", "What do you call", "Letter\n"] {
            assert!(!doc.contains(question), "{question}: {doc}");
        }
    }

    #[test]
    fn a_copy_for_one_person_holds_only_what_they_need() {
        let (form, p) = plan();
        let doc = document(&form, &p, "dad", Audience::Person("ANN")).unwrap();
        let text = text_of(&doc);
        assert!(
            text.contains("When: Saturday 5 December 2026 at 18:30"),
            "{text}"
        );
        assert!(text.contains("Ann \u{2014} speaks first\n"), "{text}");
        assert!(text.contains("I remember the lake."), "{text}");
        assert!(!text.contains("secret"), "not shared: {text}");
        assert!(!text.contains("Ben"), "another person's parts: {text}");
        let e = document(&form, &p, "dad", Audience::Person("Cy")).unwrap_err();
        assert!(e.contains("The people in it: Ann, Ben."), "{e}");
        assert_eq!(people(&form, &p), ["Ann", "Ben"]);
    }
}
