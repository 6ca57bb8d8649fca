//! `kinship checklist show ID --json`: one checklist and its progress as JSON,
//! the output's schema (field names are English and stable).

use crate::content::checklist::Checklist;
use crate::content::embedded::RegionEntry;
use crate::content::region;
use crate::progress::checklist::Progress;
use crate::progress::timestamp;
use serde::Serialize;

/// `checklist show --json`: the checklist, the user's state of each item, and
/// retired items.
#[derive(Serialize)]
pub struct Json {
    id: String,
    title: String,
    done: usize,
    total: usize,
    updated: Option<String>,
    sections: Vec<JsonSection>,
    retired: Vec<JsonRetired>,
}

#[derive(Serialize)]
pub struct JsonSection {
    title: String,
    items: Vec<JsonItem>,
}

#[derive(Serialize)]
pub struct JsonItem {
    number: usize,
    id: String,
    text: String,
    done: bool,
    checked_at: Option<String>,
    note: Option<String>,
    urgent: bool,
    topic: Option<String>,
}

#[derive(Serialize)]
pub struct JsonRetired {
    id: String,
    done: bool,
    note: Option<String>,
}

impl Json {
    pub fn of(c: &Checklist, p: Option<&Progress>, region: &RegionEntry) -> Json {
        let mut number = 0;
        let (done, total) = p.map_or((0, c.len()), |p| p.count(c));
        Json {
            id: c.id.clone(),
            title: c.title.clone(),
            done,
            total,
            updated: p.map(|p| timestamp::format(&p.updated)),
            sections: c
                .sections
                .iter()
                .map(|s| JsonSection {
                    title: s.title.clone(),
                    items: s
                        .items
                        .iter()
                        .map(|i| {
                            number += 1;
                            let state = p.and_then(|p| p.state(&i.id));
                            JsonItem {
                                number,
                                id: i.id.clone(),
                                text: region::fill(&i.text, region).into_owned(),
                                done: state.is_some_and(|s| s.done),
                                checked_at: state
                                    .and_then(|s| s.checked_at.as_ref())
                                    .map(timestamp::format),
                                note: state.and_then(|s| s.note.clone()),
                                urgent: i.urgent,
                                topic: i.topic.clone().or_else(|| c.topic.clone()),
                            }
                        })
                        .collect(),
                })
                .collect(),
            retired: p
                .map(|p| {
                    p.retired(c)
                        .into_iter()
                        .map(|r| JsonRetired {
                            id: r.id.to_string(),
                            done: r.state.done,
                            note: r.state.note.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}
