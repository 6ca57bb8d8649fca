//! `kinship plan show NAME [--for PERSON] [--all]`.

use crate::content::i18n::t;
use crate::error::UserError;
use crate::lookup;
use crate::progress::plan::Audience;
use crate::progress::plan::{self};
use crate::progress::timestamp;
use crate::render::plan_json::*;
use crate::render::terminal;
use crate::settings::Settings;
use crate::store::Store;
use crate::ui::Ui;

pub(super) fn show(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    person: Option<&str>,
    all: bool,
    json: bool,
) -> anyhow::Result<()> {
    let (p, form, warning) = lookup::plan(store, settings, name)?;
    let name = name.trim();
    if let Some(w) = warning {
        ui.warn(&w);
    }
    if json && person.is_none() {
        let c = plan::completeness(&form, &p);
        let out = ShowJson {
            name,
            kind: &form.id,
            title: &form.title,
            answered: c.answered,
            total: c.total,
            missing: c.missing,
            hidden: c.hidden,
            created: timestamp::format(&p.created),
            updated: timestamp::format(&p.updated),
            answers: &p.answers,
        };
        ui.print_json(&out)?;
        return Ok(());
    }
    let audience = match person {
        Some(who) => Audience::Person(who),
        None if all => Audience::All,
        None => Audience::Everything,
    };
    let mut doc = lookup::for_audience(&form, &p, name, audience)?;
    if json {
        return Err(UserError::usage(t!("plan-show-json-for")).into());
    }
    // Kept answers are mentioned in the lead; here is how to read them.
    let hidden = plan::hidden_answers(&form, &p).len();
    if audience == Audience::Everything
        && hidden > 0
        && let Some(lead) = &mut doc.lead
    {
        lead.push(' ');
        lead.push_str(&t!("plan-show-see-all", n = hidden, name = name));
    }
    ui.print_long(&terminal::render(&doc, &ui.layout()))?;
    Ok(())
}
