//! `kinship resources`: the region's emergency number and helplines, grouped,
//! each with what it is for and its source.

use crate::content::embedded::{self, RegionEntry};
use crate::content::i18n::Lang;
use crate::content::i18n::tr;
use crate::content::region::{Group, Region, Regions};
use crate::content::source::Source;
use crate::render::doc::{Block, Document, Inline};
use crate::render::terminal;
use crate::render::topic::source_line;
use crate::settings::Settings;
use crate::ui::Ui;
use anyhow::Context;
use clap::Args;
use serde::Serialize;

/// Emergency numbers and helplines for your region (or every region).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship resources\n  \
    kinship resources --region ie\n  \
    kinship resources --all")]
pub struct ResourcesArgs {
    /// Show every region, not only yours.
    #[arg(long)]
    pub all: bool,

    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: ResourcesArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let entries: Vec<&RegionEntry> = if args.all {
        // The checked regions; the texts for unchecked countries are no region.
        embedded::REGIONS
            .iter()
            .filter(|r| !r.fallback)
            .map(|r| r.in_lang(settings.lang))
            .collect()
    } else {
        vec![settings.region]
    };
    let regions = entries
        .iter()
        .map(|e| Regions::load_one(e))
        .collect::<Result<Vec<_>, _>>()
        .with_context(super::broken_content)?;
    if args.json {
        let out: Vec<RegionJson> = regions.iter().map(RegionJson::of).collect();
        let text = if args.all {
            serde_json::to_string_pretty(&out)?
        } else {
            serde_json::to_string_pretty(&out[0])?
        };
        ui.println(&text)?;
        return Ok(());
    }
    let mut lines = Vec::new();
    for (i, region) in regions.iter().enumerate() {
        if i > 0 {
            lines.push(Vec::new());
        }
        lines.extend(terminal::render(
            &document(region, settings.lang),
            &ui.layout(),
        ));
    }
    ui.print_long(&lines)?;
    Ok(())
}

/// The notes every region has, in the order shown, with their headings'
/// messages in the catalogue.
const NOTES: &[(&str, &str)] = &[
    ("naloxone_access", "resources-naloxone"),
    ("call_for_help_law", "resources-law"),
    ("overdose_line", "resources-alone"),
    ("find_treatment", "resources-treatment"),
];

/// The groups every region shows, with or without a checked service, the
/// catalogue's name for such a line (in `resources-none-found`), and the
/// placeholder that says who can help when it has none.
const REQUIRED: &[(Group, &str, &str)] = &[
    (Group::Poison, "poison", "poison_control"),
    (Group::Crisis, "crisis", "crisis_line"),
    (Group::Helpline, "helpline", "helpline"),
    (Group::Family, "family", "family_line"),
];

/// What a region shows for a required group it has no checked service in:
/// an honest "none found", then who can help there.
pub fn none_found(region: &Region, group: Group, lang: Lang) -> Option<String> {
    if region.services.iter().any(|s| s.group == group) {
        return None;
    }
    let (_, noun, key) = REQUIRED.iter().find(|(g, _, _)| *g == group)?;
    let who = region.placeholder(key).ok()?;
    Some(tr!(
        lang,
        "resources-none-found",
        line = *noun,
        region = region.the_name.as_str(),
        who = who
    ))
}

/// A region's numbers as a document: emergency first, then each group.
pub fn document(region: &Region, lang: Lang) -> Document {
    let mut blocks = vec![Block::heading(2, tr!(lang, "resources-emergency"))];
    let e = &region.emergency;
    blocks.push(Block::para(vec![
        Inline::Strong(vec![Inline::text(tr!(
            lang,
            "resources-call",
            emergency = e.say.as_str()
        ))]),
        Inline::text(format!(" {}", e.what)),
    ]));
    blocks.push(source_para(&e.source, lang));

    let mut groups: Vec<Group> = region.services.iter().map(|s| s.group).collect();
    groups.extend(REQUIRED.iter().map(|(g, _, _)| *g));
    groups.sort();
    groups.dedup();
    for group in groups {
        blocks.push(Block::heading(
            2,
            tr!(lang, "resources-group", group = group.name()),
        ));
        if let Some(text) = none_found(region, group, lang) {
            blocks.push(Block::para(vec![Inline::text(text)]));
            continue;
        }
        for s in region.services.iter().filter(|s| s.group == group) {
            let mut lines = vec![Inline::Strong(vec![Inline::text(format!(
                "{}: {}",
                s.name, s.number
            ))])];
            for other in &s.also {
                lines.push(Inline::Break);
                lines.push(Inline::text(format!("{}: {}", other.how, other.number)));
            }
            if let Some(hours) = &s.hours {
                lines.push(Inline::Break);
                lines.push(Inline::text(tr!(
                    lang,
                    "resources-open",
                    hours = hours.as_str()
                )));
            }
            lines.push(Inline::Break);
            lines.push(Inline::text(s.what.clone()));
            blocks.push(Block::para(lines));
            blocks.push(source_para(&s.source, lang));
        }
    }
    for (key, heading) in NOTES {
        if let Ok(text) = region.placeholder(key) {
            blocks.push(Block::heading(2, tr!(lang, heading)));
            blocks.push(Block::para(vec![Inline::text(text)]));
            if let Some(source) = region.placeholder_source(key) {
                blocks.push(source_para(source, lang));
            }
        }
    }
    blocks.push(Block::para(vec![Inline::text(tr!(
        lang,
        "resources-change"
    ))]));
    Document {
        title: tr!(
            lang,
            "resources-title",
            region = region.name.as_str(),
            code = region.code.as_str()
        ),
        lead: Some(tr!(
            lang,
            "resources-lead",
            emergency = region.emergency.say.as_str()
        )),
        blocks,
    }
}

fn source_para(source: &Source, lang: Lang) -> Block {
    let mut inlines = vec![Inline::text(format!("{} ", tr!(lang, "resources-source")))];
    inlines.extend(source_line(source));
    Block::para(vec![Inline::Emph(inlines)])
}

#[derive(Serialize)]
struct RegionJson<'a> {
    code: &'a str,
    name: &'a str,
    emergency: EmergencyJson<'a>,
    services: Vec<ServiceJson<'a>>,
    /// The required groups with no checked service here, and who can help.
    none_found: Vec<NoneFoundJson>,
    notes: Vec<NoteJson<'a>>,
}

#[derive(Serialize)]
struct NoneFoundJson {
    group: &'static str,
    text: String,
}

#[derive(Serialize)]
struct EmergencyJson<'a> {
    numbers: &'a [String],
    what: &'a str,
    source: SourceJson<'a>,
}

#[derive(Serialize)]
struct ServiceJson<'a> {
    id: &'a str,
    group: &'static str,
    name: &'a str,
    number: &'a str,
    also: Vec<OtherJson<'a>>,
    hours: Option<&'a str>,
    what: &'a str,
    source: SourceJson<'a>,
}

#[derive(Serialize)]
struct OtherJson<'a> {
    how: &'a str,
    number: &'a str,
}

#[derive(Serialize)]
struct NoteJson<'a> {
    key: &'a str,
    text: String,
    source: Option<SourceJson<'a>>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    org: &'a str,
    title: &'a str,
    year: String,
    url: &'a str,
}

impl<'a> SourceJson<'a> {
    fn of(s: &'a Source) -> Self {
        SourceJson {
            org: &s.org,
            title: &s.title,
            year: s.year.to_string(),
            url: &s.url,
        }
    }
}

impl<'a> RegionJson<'a> {
    fn of(r: &'a Region) -> Self {
        RegionJson {
            code: &r.code,
            name: &r.name,
            emergency: EmergencyJson {
                numbers: &r.emergency.numbers,
                what: &r.emergency.what,
                source: SourceJson::of(&r.emergency.source),
            },
            services: r
                .services
                .iter()
                .map(|s| ServiceJson {
                    id: &s.id,
                    group: s.group.name(),
                    name: &s.name,
                    number: &s.number,
                    also: s
                        .also
                        .iter()
                        .map(|o| OtherJson {
                            how: &o.how,
                            number: &o.number,
                        })
                        .collect(),
                    hours: s.hours.as_deref(),
                    what: &s.what,
                    source: SourceJson::of(&s.source),
                })
                .collect(),
            none_found: REQUIRED
                .iter()
                .filter_map(|(group, _, _)| {
                    Some(NoneFoundJson {
                        group: group.name(),
                        text: none_found(r, *group, Lang::EN)?,
                    })
                })
                .collect(),
            notes: NOTES
                .iter()
                .filter_map(|(key, _)| {
                    Some(NoteJson {
                        key,
                        text: r.placeholder(key).ok()?,
                        source: r.placeholder_source(key).map(SourceJson::of),
                    })
                })
                .collect(),
        }
    }
}
