//! `kinship plan list`: your plans, how far along, when changed.

use crate::content::i18n::t;
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
        ui.message(&t!("plan-list-none"));
        ui.hint(&t!("plan-list-none-hint"));
    } else {
        let heads = [
            t!("plan-list-name"),
            t!("plan-list-kind"),
            t!("plan-list-answered"),
            t!("plan-list-changed"),
            t!("plan-list-still-needed"),
        ];
        let w = rows
            .iter()
            .map(|r| r.name.width())
            .chain([heads[0].width()])
            .max()
            .unwrap_or(4)
            .max(4)
            + 2;
        let k = rows
            .iter()
            .map(|r| r.kind.len())
            .chain([heads[1].width()])
            .max()
            .unwrap_or(4)
            .max(4)
            + 2;
        // The columns are as wide as their heading, in any language.
        let a = heads[2].width().max(8) + 2;
        let c = (heads[3].width() + 2).max(19);
        let cell = |text: &str, width: usize| {
            format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
        };
        let mut lines = vec![vec![Span::new(
            format!(
                "{}{}{}{}{}",
                cell(&heads[0], w),
                cell(&heads[1], k),
                cell(&heads[2], a),
                cell(&heads[3], c),
                heads[4]
            ),
            theme::DIM,
        )]];
        for r in &rows {
            let pad = w.saturating_sub(r.name.width());
            lines.push(vec![
                Span::new(r.name.clone(), theme::STRONG),
                Span::plain(format!(
                    "{}{}{}{}{}",
                    " ".repeat(pad),
                    cell(&r.kind, k),
                    cell(&format!("{}/{}", r.answered, r.total), a),
                    cell(&r.changed, c),
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
