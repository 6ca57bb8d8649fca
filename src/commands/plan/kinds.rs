//! `kinship plan kinds [KIND]`: the kinds of plan and their fields.

use crate::content::form::{self};
use crate::content::i18n::t;
use crate::lookup;
use crate::render::plan_json::*;
use crate::render::style::{Span, theme};
use crate::settings::Settings;
use crate::ui::Ui;
use anyhow::Context;

pub(super) fn kinds_json(
    ui: &mut Ui,
    settings: &Settings,
    kind: Option<&str>,
) -> anyhow::Result<()> {
    let text = match kind {
        None => {
            let forms = form::all().with_context(crate::lookup::broken_content)?;
            let out: Vec<KindJson> = forms
                .iter()
                .map(|f| KindJson {
                    id: &f.id,
                    title: &f.title,
                    summary: &f.summary,
                    sections: None,
                })
                .collect();
            serde_json::to_string_pretty(&out)?
        }
        Some(kind) => {
            let f = lookup::form(kind, settings)?;
            let out = KindJson {
                id: &f.id,
                title: &f.title,
                summary: &f.summary,
                sections: Some(
                    f.sections
                        .iter()
                        .map(|s| SectionJson {
                            id: &s.id,
                            title: &s.title,
                            when: when_json(&s.when),
                            fields: s
                                .fields
                                .iter()
                                .map(|field| field_json(field, field.id.clone()))
                                .collect(),
                        })
                        .collect(),
                ),
            };
            serde_json::to_string_pretty(&out)?
        }
    };
    ui.println(&text)?;
    Ok(())
}

pub(super) fn kinds(
    ui: &mut Ui,
    settings: &Settings,
    kind: Option<&str>,
    json: bool,
) -> anyhow::Result<()> {
    if json {
        return kinds_json(ui, settings, kind);
    }
    let mut lines = Vec::new();
    match kind {
        None => {
            for f in form::all().with_context(crate::lookup::broken_content)? {
                // Each kind's summary in the language spoken, where it has one.
                // One not yet translated says so, as `checklist list` does.
                let translation = form::load_in(settings.lang, &f.id)
                    .ok()
                    .flatten()
                    .filter(|found| !found.fell_back);
                let translated = settings.lang.is_english() || translation.is_some();
                let summary = translation.map_or(f.summary, |found| found.value.summary);
                let mut line = vec![
                    Span::new(format!("{:<16}", f.id), theme::STRONG),
                    Span::plain(summary),
                ];
                if !translated {
                    line.push(Span::new(
                        format!(" {}", t!("guide-list-in-english")),
                        theme::DIM,
                    ));
                }
                lines.push(line);
            }
        }
        Some(kind) => {
            let f = lookup::form(kind, settings)?;
            lines.push(vec![Span::new(f.title.clone(), theme::HEADING)]);
            for s in &f.sections {
                lines.push(vec![]);
                let mut title = vec![Span::new(s.title.clone(), theme::SUBHEADING)];
                if let Some(when) = &s.when {
                    title.push(Span::new(
                        format!("  ({})", t!("plan-kinds-when", when = when.describe())),
                        theme::DIM,
                    ));
                }
                lines.push(title);
                for field in &s.fields {
                    let mut line = field_line(field, "  ", &field.id);
                    if let Some(when) = &field.when {
                        line.push(Span::new(
                            format!(" ({})", t!("plan-kinds-when", when = when.describe())),
                            theme::DIM,
                        ));
                    }
                    lines.push(line);
                    for sub in &field.fields {
                        lines.push(field_line(
                            sub,
                            "    ",
                            &format!("{}.N.{}", field.id, sub.id),
                        ));
                    }
                }
            }
        }
    }
    ui.print_long(&lines)?;
    Ok(())
}

pub(super) fn field_line(field: &form::Field, indent: &str, path: &str) -> Vec<Span> {
    // The kind of answer, in the reader's words ("text", "texto").
    let mut kind = t!("plan-kind-name", kind = field.kind.name());
    if !field.choices.is_empty() {
        let ids: Vec<&str> = field.choices.iter().map(|c| c.id.as_str()).collect();
        kind = format!("{kind}: {}", ids.join(" | "));
    }
    vec![
        Span::plain(indent.to_string()),
        Span::new(path.to_string(), theme::CODE),
        Span::plain(format!("  {}  ", field.prompt)),
        Span::new(
            if field.required {
                format!("({})", t!("plan-kinds-needed", kind = kind))
            } else {
                format!("({kind})")
            },
            theme::DIM,
        ),
    ]
}
