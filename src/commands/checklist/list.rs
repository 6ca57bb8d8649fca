//! `kinship checklist list`: every checklist and how far along it is.

use crate::content::checklist::{self};
use crate::content::i18n::t;
use crate::lookup;
use crate::progress::timestamp;
use crate::render::style::{Line, Span, theme};
use crate::store::Store;
use crate::ui::Ui;
use anyhow::Context;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

pub(super) fn list(
    ui: &mut Ui,
    store: &Store,
    json: bool,
    lang: crate::content::i18n::Lang,
) -> anyhow::Result<()> {
    // Each checklist in the user's language where it is translated; the
    // others are marked as English.
    let mut all = Vec::new();
    let mut in_english = Vec::new();
    for id in checklist::ids() {
        if let Some(found) =
            checklist::load_in(lang, id).with_context(crate::lookup::broken_content)?
        {
            if found.fell_back {
                in_english.push(found.value.id.clone());
            }
            all.push(found.value);
        }
    }
    let title = |c: &checklist::Checklist| {
        if in_english.contains(&c.id) {
            format!("{} {}", c.title, t!("guide-list-in-english"))
        } else {
            c.title.clone()
        }
    };
    let mut rows = Vec::new();
    for c in &all {
        let state = match lookup::progress(store, c) {
            Ok(Some(p)) => {
                let (done, total) = p.count(c);
                ListState::Saved {
                    done,
                    total,
                    updated: p.updated,
                }
            }
            Ok(None) => ListState::New(c.len()),
            Err(e) => ListState::Unreadable(e.to_string()),
        };
        rows.push((c, state));
    }
    if json {
        let out: Vec<ListJson> = rows
            .iter()
            .map(|(c, state)| ListJson {
                id: &c.id,
                title: &c.title,
                done: match state {
                    ListState::Saved { done, .. } => *done,
                    _ => 0,
                },
                total: c.len(),
                updated: match state {
                    ListState::Saved { updated, .. } => Some(timestamp::format(updated)),
                    _ => None,
                },
                error: match state {
                    ListState::Unreadable(e) => Some(e.clone()),
                    _ => None,
                },
            })
            .collect();
        return ui.print_json(&out);
    }
    let id_width = all.iter().map(|c| c.id.width()).max().unwrap_or(0) + 2;
    let title_width = all.iter().map(|c| title(c).width()).max().unwrap_or(0) + 2;
    let mut lines: Vec<Line> = Vec::new();
    for (c, state) in &rows {
        let mut line = vec![
            Span::new(format!("{:<id_width$}", c.id), theme::STRONG),
            Span::plain(format!("{:<title_width$}", title(c))),
        ];
        match state {
            ListState::Saved {
                done,
                total,
                updated,
            } => {
                let style = if done == total {
                    theme::DONE
                } else {
                    Default::default()
                };
                line.push(Span::new(format!("{done:>2}/{total:<3}"), style));
                line.push(Span::new(
                    format!(
                        " {}",
                        t!(
                            "cl-list-changed",
                            when = crate::render::date::moment(lang, updated)
                        )
                    ),
                    theme::DIM,
                ));
            }
            ListState::New(total) => {
                line.push(Span::plain(format!(" 0/{total:<3}")));
                line.push(Span::new(
                    format!(" {}", t!("cl-list-not-started")),
                    theme::DIM,
                ));
            }
            ListState::Unreadable(_) => line.push(Span::new(
                format!(" {}", t!("cl-list-unreadable", id = c.id.as_str())),
                theme::WARNING,
            )),
        }
        lines.push(line);
    }
    ui.print_lines(&lines)?;
    Ok(())
}

pub(super) enum ListState {
    Saved {
        done: usize,
        total: usize,
        updated: chrono::DateTime<chrono::FixedOffset>,
    },
    New(usize),
    Unreadable(String),
}

#[derive(Serialize)]
pub(super) struct ListJson<'a> {
    id: &'a str,
    title: &'a str,
    done: usize,
    total: usize,
    updated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}
