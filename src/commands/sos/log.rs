//! `kinship sos log`: the walks that were logged, listed and shown.

use crate::content::i18n::tr;
use crate::error::UserError;
use crate::progress::walk::{Ending, Log};
use crate::render::sos::{self as view};
use crate::render::style::{Span, theme};
use crate::store::Store;
use crate::store::sos::{SOS, role};
use crate::ui::Ui;
use chrono::{DateTime, FixedOffset};
use serde::Serialize;

/// A saved log, in a list.
#[derive(Serialize)]
pub(super) struct LogJson {
    name: String,
    #[serde(flatten)]
    log: Log,
}

/// The saved logs' names, oldest first: by start time, then `-2`, `-3` ...
/// in number order (so `-10` comes after `-9`, not after `-1`).
pub(super) fn log_names(store: &Store) -> anyhow::Result<Vec<String>> {
    let mut names = store.names(SOS)?;
    names.sort_by_cached_key(|name| match name.rsplit_once('-') {
        Some((stem, n)) if stem.len() >= 19 && n.parse::<u32>().is_ok() => {
            (stem.to_string(), n.parse::<u32>().unwrap_or(0))
        }
        _ => (name.clone(), 1),
    });
    Ok(names)
}

pub(super) fn list_logs(
    ui: &mut Ui,
    store: &Store,
    json: bool,
    lang: crate::content::i18n::Lang,
) -> anyhow::Result<()> {
    let names = log_names(store)?;
    let mut logs = Vec::new();
    let mut unreadable = Vec::new();
    for name in names {
        match store.read::<Log>(&store.log_path(&name), &role(&name)) {
            Ok(Some(log)) => logs.push(LogJson { name, log }),
            Ok(None) => {}
            Err(e) => unreadable.push(format!("{name}: {e}")),
        }
    }
    if json {
        ui.print_json(&logs)?;
    } else if logs.is_empty() {
        ui.message(&tr!(lang, "log-none-yet"));
        ui.hint(&tr!(lang, "log-how"));
    } else {
        // Names are 19 characters, more with `-2`: the column fits the longest.
        let column = logs
            .iter()
            .map(|l| l.name.chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        let mut lines = Vec::new();
        for l in &logs {
            lines.push(vec![
                Span::new(format!("{:<column$}", l.name), theme::STRONG),
                Span::plain(tr!(
                    lang,
                    "log-list-entry",
                    started = format!("{:<17}", crate::render::date::moment(lang, &l.log.started)),
                    steps = l.log.events.len(),
                    doses = l.log.doses(),
                    ending = l.log.ending.map(Ending::name).unwrap_or("unfinished")
                )),
            ]);
        }
        ui.print_lines(&lines)?;
        ui.hint(&tr!(lang, "log-show-one"));
    }
    for problem in unreadable {
        ui.warn(&problem);
    }
    Ok(())
}

pub(super) fn show_log(
    ui: &mut Ui,
    store: &Store,
    name: &str,
    json: bool,
    now: DateTime<FixedOffset>,
    lang: crate::content::i18n::Lang,
) -> anyhow::Result<()> {
    let names = log_names(store)?;
    if name == "last" || name == "latest" {
        return show_newest(ui, store, &names, json, now, lang);
    }
    let name = {
        let name = name.trim_end_matches(".yaml").to_string();
        if !names.contains(&name) {
            let mut err = UserError::new(tr!(
                lang,
                "sos-log-no-such",
                name = crate::error::quoted(&name).to_string()
            ));
            err = match names.last() {
                Some(last) => err.hint(tr!(lang, "sos-log-see-all")).hint(tr!(
                    lang,
                    "sos-log-newest",
                    name = last.as_str()
                )),
                None => err.hint(tr!(lang, "sos-log-none-yet")),
            };
            return Err(err.into());
        }
        name
    };
    let Some(log) = store.read::<Log>(&store.log_path(&name), &role(&name))? else {
        return Err(UserError::new(tr!(
            lang,
            "sos-log-gone",
            name = crate::error::quoted(&name).to_string()
        ))
        .into());
    };
    print_log(ui, name, log, json, now, lang)
}

/// `sos log last`: the newest log that can be read, with a warning for each
/// newer one that cannot (a broken file must not hide the last walk).
pub(super) fn show_newest(
    ui: &mut Ui,
    store: &Store,
    names: &[String],
    json: bool,
    now: DateTime<FixedOffset>,
    lang: crate::content::i18n::Lang,
) -> anyhow::Result<()> {
    let mut broken = Vec::new();
    let mut found = None;
    for name in names.iter().rev() {
        match store.read::<Log>(&store.log_path(name), &role(name)) {
            Ok(Some(log)) => {
                found = Some((name.clone(), log));
                break;
            }
            Ok(None) => {}
            Err(e) => broken.push(e),
        }
    }
    for e in &broken {
        ui.warn(&tr!(lang, "sos-log-showing-older", problem = e.to_string()));
    }
    let Some((name, log)) = found else {
        let mut err = UserError::new(tr!(lang, "sos-log-none-yet"));
        if !broken.is_empty() {
            err = UserError::new(tr!(lang, "sos-log-none-readable"))
                .hint(tr!(lang, "sos-log-fix-broken"));
        }
        return Err(err.hint(tr!(lang, "sos-log-how")).into());
    };
    print_log(ui, name, log, json, now, lang)
}

pub(super) fn print_log(
    ui: &mut Ui,
    name: String,
    log: Log,
    json: bool,
    now: DateTime<FixedOffset>,
    lang: crate::content::i18n::Lang,
) -> anyhow::Result<()> {
    if json {
        ui.print_json(&LogJson { name, log })?;
        return Ok(());
    }
    let mut lines = view::log_lines(&log, Some(now), lang);
    lines.push(vec![]);
    let ended = match (log.ending, log.ended) {
        (Some(ending), Some(at)) => tr!(
            lang,
            "log-ended",
            how = ending.name(),
            at = view::clock_time(at)
        ),
        _ => tr!(lang, "log-not-finished"),
    };
    lines.push(vec![Span::new(
        tr!(
            lang,
            "log-region",
            region = log.region.as_str(),
            ended = ended
        ),
        theme::DIM,
    )]);
    ui.print_lines(&lines)?;
    Ok(())
}
