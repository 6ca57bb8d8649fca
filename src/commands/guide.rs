//! `kinship guide [TOPIC]`: list the guides, or show one.

use crate::content::{self, embedded::TopicEntry};
use crate::error::UserError;
use crate::render::style::{Line, Span, theme};
use crate::render::wrap::wrap_text;
use crate::render::{terminal, topic};
use crate::settings::Settings;
use crate::ui::Ui;
use anyhow::Context;
use clap::Args;
use unicode_width::UnicodeWidthStr;

/// Read guidance: list the guides, or show one.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  kinship guide              list every guide\n  \
    kinship guide overdose     what to do in an overdose (also: kinship guide od)\n  \
    kinship guide warning signs"
)]
pub struct GuideArgs {
    /// The guide to show, by name or other name (overdose, od, signs...). Leave it out to list them.
    #[arg(value_name = "TOPIC")]
    pub topic: Vec<String>,
}

pub fn run(args: GuideArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    if args.topic.is_empty() {
        return list(ui);
    }
    let name = args.topic.join(" ");
    let entry = content::find_topic(&name).ok_or_else(|| unknown_topic(&name))?;
    let topic = content::load_topic(entry).context(super::BROKEN_CONTENT)?;
    let region = super::region(settings)?;
    let doc = topic::document(&topic, &region, &settings.region_hint());
    ui.print_lines(&terminal::render(&doc, &ui.layout()))?;
    Ok(())
}

/// Every guide, one per line: its name, title and summary.
fn list(ui: &mut Ui) -> anyhow::Result<()> {
    let topics = content::topics();
    let id_width = topics.iter().map(|t| t.id.width()).max().unwrap_or(0) + 2;
    let width = ui.layout().width;
    let mut lines: Vec<Line> = Vec::new();
    for t in topics {
        let first = vec![Span::new(format!("{:<id_width$}", t.id), theme::STRONG)];
        let text = format!("{}. {}", t.title.trim_end_matches('.'), t.summary);
        if ui.stdout_is_terminal() {
            let rest = vec![Span::plain(" ".repeat(id_width))];
            lines.extend(wrap_text(&text, Default::default(), width, &first, &rest));
        } else {
            // Piped: exactly one line per guide, for grep and friends.
            let mut line = first;
            line.push(Span::plain(text));
            lines.push(line);
        }
    }
    ui.print_lines(&lines)?;
    Ok(())
}

/// The error for a topic name that matches nothing, naming the closest ones.
fn unknown_topic(name: &str) -> UserError {
    let err = UserError::new(format!("There is no guide called {name:?}."));
    let close = content::suggest_topics(name);
    let err = match close.as_slice() {
        [] => err,
        [one] => err.hint(format!(
            "Did you mean `kinship guide {}` ({})?",
            one.id, one.title
        )),
        many => err.hint(format!("Did you mean {}?", or_list(many))),
    };
    err.hint("Run `kinship guide` to list every guide.")
}

fn or_list(topics: &[&TopicEntry]) -> String {
    let names: Vec<String> = topics
        .iter()
        .map(|t| format!("`kinship guide {}`", t.id))
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    }
}
