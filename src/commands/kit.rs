//! `kinship kit`: the naloxone you have, where it is, and when it expires, so
//! that it never quietly goes out of date.

use crate::content::i18n::{self, t};
use crate::error::{UserError, quoted};
use crate::progress::kit::{self, Expiry, Item, Kit, Status};
use crate::progress::timestamp;
use crate::render::style::{Line, Span, printable, theme};
use crate::settings::Settings;
use crate::store::Store;
use crate::ui::Ui;
use clap::{Args, Subcommand};
use serde::Serialize;

/// Your naloxone kit: what you have, where it is, and when it expires.
/// kinship reminds you on its home screen and after `kinship sos` when
/// something has expired or expires within 60 days.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship kit add \"Narcan nasal spray\" --expires 2027-03 --where \"kitchen drawer\" --count 2\n  \
    kinship kit list            the list (kinship kit alone does the same)\n  \
    kinship kit used 1          a dose was used: kinship says to replace it\n  \
    kinship kit remove 1\n  \
    kinship remind -o reminders.ics   the expiry dates for your phone's calendar")]
pub struct KitArgs {
    /// Alone, `kinship kit` shows the list.
    #[command(subcommand)]
    pub command: Option<KitCommand>,
}

#[derive(Debug, Subcommand)]
pub enum KitCommand {
    /// Add naloxone you have, with the expiry date printed on the box.
    #[command(after_long_help = "Examples:\n  \
        kinship kit add \"Narcan nasal spray\" --expires 2027-03\n  \
        kinship kit add \"Naloxone injection\" --expires 2027-08-15 --where \"car glovebox\" --count 2")]
    Add {
        /// What it is, such as "Narcan nasal spray".
        name: String,
        /// The expiry date on the box: a month (2027-03) or a date (2027-03-15).
        #[arg(long, value_name = "YYYY-MM")]
        expires: String,
        /// Where it is kept, such as "kitchen drawer".
        #[arg(long = "where", value_name = "TEXT")]
        place: Option<String>,
        /// How many doses.
        #[arg(long, value_name = "N", default_value_t = 1,
              value_parser = clap::value_parser!(u32).range(1..=100))]
        count: u32,
    },
    /// Everything in your kit, with its expiry and what to do about it.
    #[command(after_long_help = "Examples:\n  kinship kit list\n  kinship kit list --json")]
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Say that a dose was used, so kinship can remind you to replace it.
    #[command(after_long_help = "Example:\n  kinship kit used 1")]
    Used {
        /// The item's number (see `kinship kit list`).
        id: String,
    },
    /// Take an item off the list (thrown away, given away, replaced).
    #[command(after_long_help = "Example:\n  kinship kit remove 1")]
    Remove {
        /// The item's number (see `kinship kit list`).
        id: String,
    },
}

pub fn run(args: KitArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let store = settings.store()?;
    let now = settings.now();
    let command = args.command.unwrap_or(KitCommand::List { json: false });
    match command {
        KitCommand::Add {
            name,
            expires,
            place,
            count,
        } => {
            let name = kit::check_text("name", &name).map_err(UserError::usage)?;
            let place = place
                .map(|p| kit::check_text("place", &p))
                .transpose()
                .map_err(UserError::usage)?;
            let expires = Expiry::parse(&expires).map_err(UserError::usage)?;
            let id = store.update_kit(now, |kit| {
                Ok(kit.add(name.clone(), expires, place.clone(), count, now))
            })?;
            ui.message(&t!(
                "kit-added",
                id = id,
                name = quoted(&name).to_string(),
                doses = t!("kit-doses", n = count),
                until = expires.words_in(i18n::current())
            ));
            let item = Item {
                id,
                name,
                expires,
                place,
                count,
                added: now,
                used: Vec::new(),
            };
            match item.status(now.date_naive()) {
                Status::Expired => ui.warn(&t!("kit-added-expired")),
                Status::Soon(_) => ui.hint(&t!("kit-added-soon")),
                Status::Good => ui.hint(&t!("kit-added-good")),
            }
        }
        KitCommand::List { json } => list(ui, settings, &store, json)?,
        KitCommand::Used { id } => {
            let id = parse_id(&id)?;
            let item = store.update_kit(now, |kit| {
                let known = ids(kit);
                let item = kit.item_mut(id).ok_or_else(|| no_such(id, &known))?;
                item.count = item.count.saturating_sub(1);
                item.used.push(kit::Used(now));
                Ok(item.clone())
            })?;
            ui.message(&t!("kit-used", item = item.described(), left = item.count));
            ui.hint(&t!("kit-used-replace"));
            if item.count == 0 {
                ui.hint(&t!("kit-used-up-hint", id = id));
            }
        }
        KitCommand::Remove { id } => {
            let id = parse_id(&id)?;
            let item = store.update_kit(now, |kit| {
                let known = ids(kit);
                let at = kit
                    .items
                    .iter()
                    .position(|i| i.id == id)
                    .ok_or_else(|| no_such(id, &known))?;
                kit.updated = now;
                Ok(kit.items.remove(at))
            })?;
            ui.message(&t!("kit-removed", id = id, item = item.described()));
        }
    }
    Ok(())
}

fn parse_id(text: &str) -> Result<u32, UserError> {
    text.trim()
        .trim_start_matches('#')
        .parse::<u32>()
        .map_err(|_| {
            UserError::usage(t!("kit-not-a-number", text = quoted(text).to_string()))
                .hint(t!("kit-not-a-number-hint"))
        })
}

fn ids(kit: &Kit) -> Vec<u32> {
    kit.items.iter().map(|i| i.id).collect()
}

fn no_such(id: u32, known: &[u32]) -> anyhow::Error {
    let hint = if known.is_empty() {
        t!("kit-empty-short")
    } else {
        t!(
            "kit-numbers",
            numbers = known
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    UserError::new(t!("kit-no-item", id = id)).hint(hint).into()
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: u32,
    name: &'a str,
    expires: String,
    /// The last day it is good (a month's expiry runs to its last day).
    good_until: String,
    /// expired, soon (within 60 days) or good.
    status: &'static str,
    days_left: i64,
    place: Option<&'a str>,
    count: u32,
    added: String,
    used: Vec<String>,
}

fn list(ui: &mut Ui, settings: &Settings, store: &Store, json: bool) -> anyhow::Result<()> {
    let kit = store.kit()?.unwrap_or_else(|| Kit::new(settings.now()));
    let today = settings.now().date_naive();
    if json {
        let out: Vec<JsonItem> = kit
            .items
            .iter()
            .map(|i| JsonItem {
                id: i.id,
                name: &i.name,
                expires: i.expires.to_string(),
                good_until: i.expires.last_day().format("%Y-%m-%d").to_string(),
                status: match i.status(today) {
                    Status::Expired => "expired",
                    Status::Soon(_) => "soon",
                    Status::Good => "good",
                },
                days_left: (i.expires.last_day() - today).num_days(),
                place: i.place.as_deref(),
                count: i.count,
                added: timestamp::format(&i.added),
                used: i.used.iter().map(|u| timestamp::format(&u.0)).collect(),
            })
            .collect();
        ui.print_json(&out)?;
        return Ok(());
    }
    if kit.items.is_empty() {
        ui.message(&t!("kit-empty"));
        return Ok(());
    }
    let mut lines: Vec<Line> = Vec::new();
    for i in &kit.items {
        let (state, style) = match i.status(today) {
            Status::Expired => (t!("kit-state-expired"), theme::URGENT),
            Status::Soon(0) => (t!("kit-state-today"), theme::WARNING),
            Status::Soon(d) => (t!("kit-state-soon", days = d), theme::WARNING),
            Status::Good => (t!("kit-state-good"), theme::DONE),
        };
        let state = if i.count == 0 {
            (t!("kit-state-used-up"), theme::URGENT)
        } else {
            (state, style)
        };
        lines.push(vec![
            Span::new(format!("{:>3}  ", i.id), theme::STRONG),
            Span::plain(printable(&i.name).into_owned()),
            Span::new(format!(" ({})", t!("kit-doses", n = i.count)), theme::DIM),
        ]);
        let mut detail = format!(
            "     {}",
            t!("kit-until", date = i.expires.words_in(i18n::current()))
        );
        if let Some(p) = &i.place {
            detail.push_str(&format!(", {}", printable(p)));
        }
        detail.push_str(" · ");
        lines.push(vec![Span::plain(detail), Span::new(state.0, state.1)]);
    }
    ui.print_long(&lines)?;
    Ok(())
}
