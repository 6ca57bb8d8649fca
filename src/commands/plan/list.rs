//! `kinship plan list`: your plans, how far along, when changed.

use crate::lookup;
use crate::progress::plan::{self};
use crate::progress::timestamp;
use crate::render::plan_json::*;
use crate::render::style::{Span, theme};
use crate::settings::Settings;
use crate::store::Store;
use crate::store::plans::PLANS;
use crate::ui::Ui;
use unicode_width::UnicodeWidthStr;

pub(super) fn list(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    json: bool,
) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    let mut warnings = Vec::new();
    for name in store.names(PLANS)? {
        match lookup::plan(store, settings, &name) {
            Ok((p, form, warning)) => {
                warnings.extend(warning);
                let c = plan::completeness(&form, &p);
                rows.push(ListJson {
                    name,
                    kind: form.id.clone(),
                    title: form.title.clone(),
                    answered: c.answered,
                    total: c.total,
                    missing: c.missing,
                    updated: timestamp::format(&p.updated),
                    changed: crate::render::date::moment(settings.lang, &p.updated),
                });
            }
            Err(e) => broken.push(format!("{name}: {e}")),
        }
    }
    if json {
        ui.print_json(&rows)?;
    } else if rows.is_empty() && broken.is_empty() {
        ui.message("You have no plans yet.");
        ui.hint("Start one with `kinship plan new intervention NAME`; `kinship plan kinds` lists the kinds.");
    } else {
        let w = rows
            .iter()
            .map(|r| r.name.width())
            .max()
            .unwrap_or(4)
            .max(4)
            + 2;
        let k = rows.iter().map(|r| r.kind.len()).max().unwrap_or(4).max(4) + 2;
        let mut lines = vec![vec![Span::new(
            format!(
                "{:<w$}{:<k$}{:<10}{:<19}{}",
                "NAME", "KIND", "ANSWERED", "CHANGED", "STILL NEEDED"
            ),
            theme::DIM,
        )]];
        for r in &rows {
            let pad = w.saturating_sub(r.name.width());
            lines.push(vec![
                Span::new(r.name.clone(), theme::STRONG),
                Span::plain(format!(
                    "{}{:<k$}{:<10}{:<19}{}",
                    " ".repeat(pad),
                    r.kind,
                    format!("{}/{}", r.answered, r.total),
                    r.changed,
                    r.missing.len()
                )),
            ]);
        }
        ui.print_lines(&lines)?;
    }
    for w in warnings.iter().chain(&broken) {
        ui.warn(w);
    }
    Ok(())
}
