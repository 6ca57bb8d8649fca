//! `kinship guide [TOPIC]`: list the guides, or show one.

use crate::content::topic::Topic;
use crate::content::{self, region};
use crate::lookup;
use crate::render::style::{Line, Span, theme};
use crate::render::wrap::wrap_text;
use crate::render::{terminal, topic};
use crate::settings::Settings;
use crate::ui::Ui;
use anyhow::Context;
use clap::Args;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// Read guidance: list the guides, or show one.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  kinship guide              list every guide\n  \
    kinship guide overdose     what to do in an overdose (also: kinship guide od)\n  \
    kinship guide overdose --full   all of it: signs, the spray, what not to do, after\n  \
    kinship guide warning signs"
)]
pub struct GuideArgs {
    /// The guide to show, by name or other name (overdose, od, signs...). Leave it out to list them.
    #[arg(value_name = "TOPIC")]
    pub topic: Vec<String>,

    /// Show the whole guide. On a terminal the overdose guide first shows only what
    /// to do now, so that it stays on the screen; piped, every guide is whole.
    #[arg(long)]
    pub full: bool,

    /// Print JSON: the list of guides, or one guide with its Markdown for your region.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: GuideArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    if args.topic.is_empty() {
        return if args.json {
            list_json(ui, settings)
        } else {
            list(ui, settings)
        };
    }
    let name = args.topic.join(" ");
    let found = content::find_topic_in(settings.lang, &name)
        .ok_or_else(|| lookup::unknown_topic(&name, "kinship guide", settings))?;
    let entry = found.value;
    // A guide shown in English reads the region's English words too.
    let region = if found.fell_back {
        ui.message(&crate::content::i18n::tr!(settings.lang, "fallback-guide"));
        settings.region.in_lang(crate::content::i18n::Lang::EN)
    } else {
        settings.region
    };
    let topic = content::load_topic(entry).with_context(super::broken_content)?;
    if args.json {
        return topic_json(ui, &topic, settings, region);
    }
    if content::FIRST_SCREEN.contains(&entry.id) && !args.full && ui.stdout_is_terminal() {
        // In an emergency every second counts: no pager to quit first, and
        // nothing after the steps to scroll them out of sight.
        let notice = settings.region_notice();
        let doc = topic::first_screen(&topic, region, notice.as_deref());
        ui.print_lines(&terminal::render(&doc, &ui.layout()))?;
        return Ok(());
    }
    // Off a terminal print_long never pages, so piped output stays whole.
    let hint = settings.region_hint_in(crate::content::i18n::of(region));
    let doc = topic::document(&topic, region, &hint);
    let lines = terminal::render(&doc, &ui.layout());
    ui.print_long(&lines)?;
    // kinship ends after this: giving each of the guide's thousand pieces
    // back to the allocator would cost a tenth of the run.
    std::mem::forget((lines, doc, topic));
    Ok(())
}

/// Every guide, one per line: its name, title and summary.
fn list(ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let topics = content::topics_for(settings.lang);
    let id_width = topics.iter().map(|t| t.value.id.width()).max().unwrap_or(0) + 2;
    let width = ui.layout().width;
    let mut lines: Vec<Line> = Vec::new();
    for found in topics {
        let t = found.value;
        let first = vec![Span::new(format!("{:<id_width$}", t.id), theme::STRONG)];
        let mut text = format!("{}. {}", t.title.trim_end_matches('.'), t.summary);
        if found.fell_back {
            text = format!(
                "{text} {}",
                crate::content::i18n::tr!(settings.lang, "guide-list-in-english")
            );
        }
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
    // Taller than the screen on a terminal, so paged: the first guides,
    // overdose among them, would otherwise scroll out of sight.
    ui.print_long(&lines)?;
    Ok(())
}

#[derive(Serialize)]
struct ListJson {
    id: &'static str,
    title: &'static str,
    summary: &'static str,
    aliases: &'static [&'static str],
    /// The language the guide is shown in: "en", "es".
    lang: &'static str,
}

fn list_json(ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let out: Vec<ListJson> = content::topics_for(settings.lang)
        .into_iter()
        .map(|found| found.value)
        .map(|t| ListJson {
            lang: t.lang,
            id: t.id,
            title: t.title,
            summary: t.summary,
            aliases: t.aliases,
        })
        .collect();
    ui.print_json(&out)?;
    Ok(())
}

#[derive(Serialize)]
struct TopicJson<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    aliases: &'a [String],
    reviewed: String,
    see_also: &'a [String],
    sources: Vec<SourceJson<'a>>,
    region: &'static str,
    /// The body, as Markdown, with the region's numbers filled in.
    markdown: String,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    org: &'a str,
    title: &'a str,
    year: String,
    url: &'a str,
}

fn topic_json(
    ui: &mut Ui,
    topic: &Topic,
    settings: &Settings,
    region: &crate::content::embedded::RegionEntry,
) -> anyhow::Result<()> {
    let m = &topic.meta;
    let out = TopicJson {
        id: &m.id,
        title: &m.title,
        summary: &m.summary,
        aliases: &m.aliases,
        reviewed: m.reviewed.to_string(),
        see_also: &m.see_also,
        sources: m
            .sources
            .iter()
            .map(|s| SourceJson {
                org: &s.org,
                title: &s.title,
                year: s.year.to_string(),
                url: &s.url,
            })
            .collect(),
        region: settings.region.code,
        markdown: region::fill(topic.body, region).trim().to_string(),
    };
    ui.print_json(&out)?;
    Ok(())
}
