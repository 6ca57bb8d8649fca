//! `kinship kit`: the naloxone you have, where it is, and when it expires, so
//! that it never quietly goes out of date.

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
            let doses = if count == 1 {
                "1 dose".into()
            } else {
                format!("{count} doses")
            };
            ui.message(&format!(
                "Added {id}: {} ({doses}), good until {}.",
                quoted(&name),
                expires.words()
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
                Status::Expired => ui.warn("That date has passed: get new naloxone soon."),
                Status::Soon(_) => ui.hint("It expires within 60 days: plan to get a new one."),
                Status::Good => ui.hint("kinship will remind you 60 days before it expires. For your phone: kinship remind -o reminders.ics"),
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
            let left = match item.count {
                0 => "none are left".to_string(),
                1 => "1 dose is left".to_string(),
                n => format!("{n} doses are left"),
            };
            ui.message(&format!(
                "Noted: a dose of {} was used; {left}.",
                item.described()
            ));
            ui.hint("Replace it as soon as you can, so there is always naloxone at hand. A pharmacy or a harm reduction service can help: kinship guide harm-reduction");
            if item.count == 0 {
                ui.hint(&format!(
                    "When you have the new one, add it (`kinship kit add`) and remove this one: kinship kit remove {id}"
                ));
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
            ui.message(&format!("Removed {id}: {}.", item.described()));
        }
    }
    Ok(())
}

fn parse_id(text: &str) -> Result<u32, UserError> {
    text.trim()
        .trim_start_matches('#')
        .parse::<u32>()
        .map_err(|_| {
            UserError::usage(format!("{} is not an item number.", quoted(text)))
                .hint("Give the number shown by `kinship kit list`, such as 1.")
        })
}

fn ids(kit: &Kit) -> Vec<u32> {
    kit.items.iter().map(|i| i.id).collect()
}

fn no_such(id: u32, known: &[u32]) -> anyhow::Error {
    let hint = if known.is_empty() {
        "Your kit list is empty. Add naloxone with `kinship kit add NAME --expires YYYY-MM`."
            .to_string()
    } else {
        format!(
            "The numbers are: {}. See them with `kinship kit list`.",
            known
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    UserError::new(format!("There is no item {id} in your kit."))
        .hint(hint)
        .into()
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
        ui.message(
            "Your kit list is empty. Add the naloxone you have, with the date on its box: \
             kinship kit add \"Narcan nasal spray\" --expires 2027-03 --where \"kitchen drawer\"",
        );
        return Ok(());
    }
    let mut lines: Vec<Line> = Vec::new();
    for i in &kit.items {
        let (state, style) = match i.status(today) {
            Status::Expired => ("EXPIRED: replace it".to_string(), theme::URGENT),
            Status::Soon(0) => ("expires today: replace it".to_string(), theme::WARNING),
            Status::Soon(d) => (
                format!("expires in {d} days: get a new one"),
                theme::WARNING,
            ),
            Status::Good => ("good".to_string(), theme::DONE),
        };
        let state = if i.count == 0 {
            ("used up: replace it".to_string(), theme::URGENT)
        } else {
            (state, style)
        };
        lines.push(vec![
            Span::new(format!("{:>3}  ", i.id), theme::STRONG),
            Span::plain(printable(&i.name).into_owned()),
            Span::new(
                format!(
                    " ({})",
                    if i.count == 1 {
                        "1 dose".into()
                    } else {
                        format!("{} doses", i.count)
                    }
                ),
                theme::DIM,
            ),
        ]);
        let mut detail = format!("     until {}", i.expires.words());
        if let Some(p) = &i.place {
            detail.push_str(&format!(", {}", printable(p)));
        }
        detail.push_str(" · ");
        lines.push(vec![Span::plain(detail), Span::new(state.0, state.1)]);
    }
    ui.print_long(&lines)?;
    Ok(())
}
