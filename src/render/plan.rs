//! A plan as a document: its answers under the form's sections, whole or for
//! one participant (`--for NAME`: only what that person needs).

use super::doc::{Block, Document, Inline, List, ListItem, Row};
use crate::content::form::{Field, Form, Kind, Share};
use crate::error::quoted;
use crate::progress::plan::{self, Entry, Plan, Value};

/// Whose copy of the plan this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience<'a> {
    /// The whole plan, with what is still missing.
    Everything,
    /// One participant: the shared fields and their own list entries.
    Person(&'a str),
}

/// Every person named in the plan's lists (team members, letter writers, ...),
/// in order, once each.
pub fn people(form: &Form, plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for field in form.fields().filter(|f| f.kind == Kind::List) {
        let Some(person) = field.person_field() else {
            continue;
        };
        for entry in plan.entries(&field.id) {
            if let Some(Value::Text(name)) = entry.get(&person.id)
                && !out.iter().any(|n| same_person(n, name))
            {
                out.push(name.trim().to_string());
            }
        }
    }
    out
}

fn same_person(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
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
        let named = people(form, plan);
        if !named.iter().any(|n| same_person(n, who)) {
            return Err(if named.is_empty() {
                format!(
                    "Nobody is named in the plan {} yet, so there is no copy for {}.",
                    quoted(name),
                    quoted(who)
                )
            } else {
                format!(
                    "{} is not named in the plan {}. The people in it: {}.",
                    quoted(who),
                    quoted(name),
                    named.join(", ")
                )
            });
        }
    }
    let c = plan::completeness(form, plan);
    let lead = match audience {
        Audience::Everything => {
            let mut lead = format!("{} of {} questions answered.", c.answered, c.total);
            if !c.missing.is_empty() {
                let names: Vec<String> = c
                    .missing
                    .iter()
                    .map(|path| {
                        plan::missing_label(form, path)
                            .trim_end_matches(['?', '.'])
                            .to_string()
                    })
                    .collect();
                lead.push_str(&format!(" Still to fill in: {}.", names.join("; ")));
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
            format!("The parts of this plan for {}.", name.trim())
        }
    };
    let mut blocks = Vec::new();
    for section in &form.sections {
        let mut section_blocks = Vec::new();
        let mut rows: Vec<Row> = Vec::new();
        for field in &section.fields {
            let shown = match audience {
                Audience::Everything => true,
                Audience::Person(_) => field.share == Share::Everyone || field.kind == Kind::List,
            };
            if !shown {
                continue;
            }
            let value = plan.answers.get(&field.id);
            match (field.kind, value) {
                (Kind::List, _) => {
                    let entries: Vec<&Entry> = plan
                        .entries(&field.id)
                        .iter()
                        .filter(|e| belongs(field, e, audience))
                        .collect();
                    if entries.is_empty() && audience != Audience::Everything {
                        continue;
                    }
                    flush_rows(&mut rows, &mut section_blocks);
                    section_blocks.push(Block::heading(3, field.prompt.clone()));
                    if entries.is_empty() {
                        section_blocks.push(not_yet(field));
                    } else {
                        section_blocks.push(Block::List(List {
                            start: Some(1),
                            tight: false,
                            items: entries
                                .iter()
                                .map(|e| entry_item(field, e, audience == Audience::Everything))
                                .collect(),
                        }));
                    }
                }
                (Kind::LongText, Some(Value::Text(text))) => {
                    flush_rows(&mut rows, &mut section_blocks);
                    section_blocks.push(Block::heading(3, field.prompt.clone()));
                    section_blocks.extend(paragraphs(text));
                }
                (_, Some(v)) => rows.push(Row {
                    label: field.prompt.clone(),
                    value: vec![Inline::text(plan::show_value(field, v))],
                }),
                (_, None) if audience == Audience::Everything => rows.push(Row {
                    label: field.prompt.clone(),
                    value: vec![Inline::Emph(vec![Inline::text(if field.required {
                        "not answered yet (needed)"
                    } else {
                        "not answered yet"
                    })])],
                }),
                (_, None) => {}
            }
        }
        flush_rows(&mut rows, &mut section_blocks);
        if !section_blocks.is_empty() {
            blocks.push(Block::heading(2, section.title.clone()));
            blocks.extend(section_blocks);
        }
    }
    Ok(Document {
        title: format!("{}: {}", form.title, name),
        lead: Some(lead),
        blocks,
    })
}

/// The plan cut down to what one person may see, by the same rule as
/// [`document`]: the shared fields, and in each list the entries that are
/// theirs (a shared list whole). For a person not named, the same error.
pub fn plan_for(form: &Form, plan: &Plan, name: &str, who: &str) -> Result<Plan, String> {
    document(form, plan, name, Audience::Person(who))?;
    let audience = Audience::Person(who);
    let mut out = plan.clone();
    out.answers.clear();
    for field in form.fields() {
        let Some(value) = plan.answers.get(&field.id) else {
            continue;
        };
        if field.kind == Kind::List {
            let entries: Vec<Entry> = plan
                .entries(&field.id)
                .iter()
                .filter(|e| belongs(field, e, audience))
                .cloned()
                .collect();
            if !entries.is_empty() {
                out.answers
                    .insert(field.id.clone(), Value::Entries(entries));
            }
        } else if field.share == Share::Everyone {
            out.answers.insert(field.id.clone(), value.clone());
        }
    }
    Ok(out)
}

fn belongs(list: &Field, entry: &Entry, audience: Audience) -> bool {
    match audience {
        Audience::Everything => true,
        // A shared list (the agreed boundaries) goes to everyone whole.
        Audience::Person(_) if list.share == Share::Everyone => true,
        Audience::Person(who) => match list.person_field() {
            Some(person) => {
                matches!(entry.get(&person.id), Some(Value::Text(n)) if same_person(n, who))
            }
            None => false,
        },
    }
}

fn not_yet(field: &Field) -> Block {
    Block::para(vec![Inline::Emph(vec![Inline::text(format!(
        "No {} yet.",
        field.item.as_deref().unwrap_or("entry")
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

/// One entry of a list; with `show_missing`, its needed parts that are not
/// answered are shown as such.
fn entry_item(list: &Field, entry: &Entry, show_missing: bool) -> ListItem {
    let mut blocks = Vec::new();
    let mut rows = Vec::new();
    for sub in &list.fields {
        let Some(v) = entry.get(&sub.id) else {
            if show_missing && sub.required {
                rows.push(Row {
                    label: sub.prompt.clone(),
                    value: vec![Inline::Emph(vec![Inline::text(
                        "not answered yet (needed)",
                    )])],
                });
            }
            continue;
        };
        match (sub.kind, v) {
            (Kind::LongText, Value::Text(text)) => {
                flush_rows(&mut rows, &mut blocks);
                blocks.push(Block::para(vec![Inline::Strong(vec![Inline::text(
                    sub.prompt.clone(),
                )])]));
                blocks.extend(paragraphs(text));
            }
            _ => rows.push(Row {
                label: sub.prompt.clone(),
                value: vec![Inline::text(plan::show_value(sub, v))],
            }),
        }
    }
    flush_rows(&mut rows, &mut blocks);
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
      - {id: when, kind: datetime, prompt: When, share: everyone, required: true}
      - {id: budget, kind: text, prompt: Budget}
  - id: people
    title: People
    fields:
      - id: team
        kind: list
        prompt: The team
        item: team member
        fields:
          - {id: name, kind: text, prompt: Name, person: true}
          - {id: role, kind: text, prompt: Role}
      - id: letters
        kind: list
        prompt: Letters
        item: letter
        fields:
          - {id: from, kind: text, prompt: From, person: true}
          - {id: letter, kind: long_text, prompt: Letter}
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
    fn a_copy_for_one_person_holds_only_what_they_need() {
        let (form, p) = plan();
        let doc = document(&form, &p, "dad", Audience::Person("ANN")).unwrap();
        let text = text_of(&doc);
        assert!(
            text.contains("When: Saturday 5 December 2026 at 18:30"),
            "{text}"
        );
        assert!(text.contains("Role: speaks first"), "{text}");
        assert!(text.contains("I remember the lake."), "{text}");
        assert!(!text.contains("secret"), "not shared: {text}");
        assert!(!text.contains("Ben"), "another person's parts: {text}");
        let e = document(&form, &p, "dad", Audience::Person("Cy")).unwrap_err();
        assert!(e.contains("The people in it: Ann, Ben."), "{e}");
        assert_eq!(people(&form, &p), ["Ann", "Ben"]);
    }
}
