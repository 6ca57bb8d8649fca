//! `kinship print`: a checklist, a plan, a guide or the overdose card, as plain
//! text, Markdown or a printable web page, to hand to the rest of the family.

use crate::content::{self, checklist, sos};
use crate::error::{UserError, quoted};
use crate::lookup::household::{self, OVERDOSE_PLAN};
use crate::offer::Offer;
use crate::progress::plan::Audience;
use crate::progress::plan::Plan;
use crate::render::card;
use crate::render::checklist::{self as checklist_doc, Options};
use crate::render::doc::Document;
use crate::render::print::{Format, Printout, Sheet, Stamp};
use crate::render::topic;
use crate::settings::Settings;
use crate::store::Store;
use crate::ui::Ui;
use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

/// Print a checklist, a plan, a guide, your check-ins or the overdose card to
/// share: as plain text, Markdown, or a web page to print on paper.
///
/// Every copy carries the date it was printed, your region's emergency number,
/// the date its text was last reviewed, and "This is not medical advice".
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship print card -o card.html          the overdose card for the fridge; open it and print\n  \
    kinship print card --size wallet -o wallet.html\n  \
    kinship print checklist overdose-kit     your ticks and notes, as text\n  \
    kinship print checklist overdose-kit --blank --format html -o kit.html\n  \
    kinship print plan dad --for Ann -o ann.md\n  \
    kinship print guide overdose --format markdown\n  \
    kinship print checkins -o checkins.html  a chart of your check-ins")]
pub struct PrintArgs {
    #[command(subcommand)]
    pub what: PrintWhat,

    /// text (80 columns, for e-mail), markdown (GitHub-flavoured) or html (a page to
    /// print). Without it, taken from the -o file's ending (.html, .md), else text.
    #[arg(long, short = 'f', value_enum, global = true, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Write to FILE instead of the screen (`-` is the screen). An existing file is
    /// kept unless --force.
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists.
    #[arg(long, global = true)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum PrintWhat {
    /// A checklist with your ticks and notes, and what each step means.
    #[command(after_long_help = "Examples:\n  \
        kinship print checklist overdose-kit\n  \
        kinship print checklist overdose-kit --blank -o kit.html")]
    Checklist {
        /// The checklist (see `kinship checklist list`).
        #[arg(value_parser = Offer(crate::offer::checklist_words), hide_possible_values = true)]
        name: String,
        /// A fresh copy to hand to someone: no ticks and no notes.
        #[arg(long)]
        blank: bool,
    },
    /// A plan, whole or only the parts one person needs.
    #[command(after_long_help = "Examples:\n  \
        kinship print plan dad -o plan.html\n  \
        kinship print plan dad --for Ann")]
    Plan {
        /// The plan (see `kinship plan list`).
        #[arg(add = clap_complete::engine::ArgValueCompleter::new(super::plan_names))]
        name: String,
        /// Only what this person needs: the time, the place, their role, their
        /// letter, the agreed boundaries.
        #[arg(long = "for", value_name = "PERSON")]
        person: Option<String>,
    },
    /// A guide, with its sources.
    #[command(after_long_help = "Example:\n  kinship print guide overdose -o overdose.html")]
    Guide {
        /// The guide (see `kinship guide`); several words are joined.
        #[arg(required = true, value_name = "TOPIC")]
        topic: Vec<String>,
    },
    /// Your check-ins: a chart per area over the last weeks, to take to a
    /// counselor or a family group. Your notes are not printed.
    #[command(after_long_help = "Examples:\n  \
        kinship print checkins -o checkins.html\n  \
        kinship print checkins --format markdown")]
    Checkins,
    /// The one-page overdose card, with your household's details from your
    /// overdose plan (`kinship plan new overdose-plan`), or lines to write them on.
    #[command(after_long_help = "Examples:\n  \
        kinship print card -o card.html\n  \
        kinship print card --size wallet -o wallet.html")]
    Card {
        /// full: one page for the fridge; wallet: a strip that folds to wallet size.
        #[arg(long, value_enum, default_value_t = Size::Full)]
        size: Size,
        /// The overdose plan to take the details from, when you have more than one.
        #[arg(long, value_name = "NAME")]
        plan: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Size {
    Full,
    Wallet,
}

pub fn run(args: PrintArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    // `-o -` is the screen, as for most tools, and so is `-o /dev/stdout`.
    let output = args.output.filter(|p| !is_stdout(p));
    let format = match (args.format, &output) {
        (Some(FormatArg::Text), _) => Format::Text,
        (Some(FormatArg::Markdown), _) => Format::Markdown,
        (Some(FormatArg::Html), _) => Format::Html,
        (None, Some(path)) => format_for(path),
        (None, None) => Format::Text,
    };
    if args.format.is_none()
        && let Some(path) = &output
        && path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
    {
        return Err(UserError::usage(crate::content::i18n::t!(
            "print-x-no-pdf",
            path = path.display().to_string()
        ))
        .hint(crate::content::i18n::t!(
            "print-x-no-pdf-hint",
            path = path.with_extension("html").display().to_string()
        ))
        .into());
    }
    // Refuse before any work, so a mistyped file name costs nothing.
    if let Some(path) = &output {
        crate::store::output::check(path, args.force, "card.html")?;
    }
    // Said after the printout is written, so they never come before an error.
    let mut notes = Notes::default();
    let printout = match args.what {
        PrintWhat::Checklist { name, blank } => checklist(settings, &name, blank, &mut notes)?,
        PrintWhat::Plan { name, person } => plan(settings, &name, person.as_deref(), &mut notes)?,
        PrintWhat::Guide { topic } => guide(settings, &topic.join(" "), &mut notes)?,
        PrintWhat::Checkins => {
            let content = crate::content::checkin::load_in(settings.lang)
                .with_context(crate::lookup::broken_content)?
                .value;
            let Some(log) = settings
                .store()?
                .checkins()?
                .filter(|l| !l.checkins.is_empty())
            else {
                return Err(
                    UserError::new(crate::content::i18n::t!("print-x-no-checkins"))
                        .hint(crate::content::i18n::t!("print-x-no-checkins-hint"))
                        .into(),
                );
            };
            let doc = crate::render::checkin::document(&content, &log, settings.plain);
            let reviewed = content.reviewed;
            Printout {
                doc,
                sheet: Sheet::Page,
                stamp: stamp(settings, reviewed),
            }
        }
        PrintWhat::Card { size, plan } => {
            if size == Size::Wallet && format == Format::Markdown {
                return Err(
                    UserError::usage(crate::content::i18n::t!("print-x-wallet-markdown"))
                        .hint(crate::content::i18n::t!("print-x-wallet-markdown-hint"))
                        .into(),
                );
            }
            card(settings, size, plan.as_deref(), &mut notes)?
        }
    };
    let text = crate::render::printed::write(&printout, format, settings.plain);
    // What users wrote is shown, not obeyed: control and bidirectional
    // characters are made visible in every format.
    let text = match format {
        Format::Html => crate::render::style::printable_html(&text).into_owned(),
        _ => crate::render::style::printable(&text).into_owned(),
    };
    match &output {
        Some(path) => {
            crate::store::output::write(path, text.as_bytes(), args.force)?;
            ui.message(&crate::content::i18n::t!(
                "print-x-wrote",
                path = path.display().to_string()
            ));
            if format == Format::Html {
                ui.hint(&crate::content::i18n::t!("print-x-open-in-browser"));
            }
        }
        None => ui.write_bytes(text.as_bytes())?,
    }
    notes.messages.iter().for_each(|m| ui.message(m));
    notes.warnings.iter().for_each(|w| ui.warn(w));
    notes.hints.iter().for_each(|h| ui.hint(h));
    Ok(())
}

/// Warnings and hints found while building a printout.
#[derive(Default)]
struct Notes {
    /// Plain lines, such as "not translated yet: shown in English".
    messages: Vec<String>,
    warnings: Vec<String>,
    hints: Vec<String>,
}

/// The format a file's name asks for: `.html` or `.htm`, `.md` or `.markdown`.
fn format_for(path: &Path) -> Format {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => Format::Html,
        Some("md" | "markdown") => Format::Markdown,
        _ => Format::Text,
    }
}

/// `/dev/stdout` and its other names: written like `-o -`, to the screen or
/// pipe, never replaced by a file.
fn is_stdout(path: &Path) -> bool {
    ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]
        .iter()
        .any(|p| path.as_os_str() == *p)
}

fn stamp(settings: &Settings, reviewed: chrono::NaiveDate) -> Stamp {
    Stamp {
        printed: settings.now(),
        emergency: settings.region.emergency.to_string(),
        region: settings.region.the_name.to_string(),
        reviewed,
        lang: settings.lang,
    }
}

fn checklist(
    settings: &Settings,
    name: &str,
    blank: bool,
    notes: &mut Notes,
) -> anyhow::Result<Printout> {
    let english = crate::lookup::checklist(name)?;
    let found = checklist::load_in(settings.lang, &english.id)
        .with_context(crate::lookup::broken_content)?
        .unwrap_or(content::Localized {
            value: english,
            fell_back: false,
        });
    if found.fell_back {
        notes.messages.push(crate::content::i18n::tr!(
            settings.lang,
            "fallback-checklist"
        ));
    }
    let region = if found.fell_back {
        settings.region.in_lang(crate::content::i18n::Lang::EN)
    } else {
        settings.region
    };
    let c = found.value;
    let progress = if blank {
        None
    } else {
        let store = settings.store()?;
        crate::lookup::progress(&store, &c)?
    };
    let opts = Options {
        blank,
        ..Options::PRINT
    };
    Ok(Printout {
        doc: checklist_doc::document(&c, progress.as_ref(), region, opts),
        sheet: Sheet::Page,
        stamp: stamp(settings, c.reviewed),
    })
}

fn plan(
    settings: &Settings,
    name: &str,
    person: Option<&str>,
    notes: &mut Notes,
) -> anyhow::Result<Printout> {
    let store = settings.store()?;
    let (p, form, warning) = crate::lookup::plan(&store, settings, name)?;
    notes.warnings.extend(warning);
    let name = name.trim();
    let audience = person.map_or(Audience::Everything, Audience::Person);
    let doc = crate::lookup::for_audience(&form, &p, name, audience)?;
    Ok(Printout {
        doc,
        sheet: Sheet::Page,
        stamp: stamp(settings, form.reviewed),
    })
}

fn guide(settings: &Settings, name: &str, notes: &mut Notes) -> anyhow::Result<Printout> {
    let found = content::find_topic_in(settings.lang, name)
        .ok_or_else(|| crate::lookup::unknown_topic(name, "kinship print guide", settings))?;
    if found.fell_back {
        notes
            .messages
            .push(crate::content::i18n::tr!(settings.lang, "fallback-guide"));
    }
    let entry = found.value;
    let region = if found.fell_back {
        settings.region.in_lang(crate::content::i18n::Lang::EN)
    } else {
        settings.region
    };
    let t = content::load_topic(entry).with_context(super::broken_content)?;
    Ok(Printout {
        // On paper, how to change the region in kinship is no help.
        doc: topic::document(&t, region, ""),
        sheet: Sheet::Page,
        stamp: stamp(settings, t.meta.reviewed),
    })
}

fn card(
    settings: &Settings,
    size: Size,
    plan_name: Option<&str>,
    notes: &mut Notes,
) -> anyhow::Result<Printout> {
    let found = sos::load_in(settings.lang).with_context(crate::lookup::broken_content)?;
    if found.fell_back {
        notes
            .messages
            .push(crate::content::i18n::tr!(settings.lang, "fallback-card"));
    }
    let sos = found.value;
    let store = settings.store()?;
    let form = crate::lookup::form(OVERDOSE_PLAN, settings)?;
    // Locked: the card never waits on a passphrase it cannot ask for.
    let open = plan_name.is_some()
        || store.unlock_or_skip(&crate::content::i18n::t!("print-x-card-passphrase"))?;
    let plan = if open {
        household_plan(settings, &store, plan_name, notes)?
    } else {
        notes
            .warnings
            .push(crate::content::i18n::t!("print-x-card-locked"));
        None
    };
    let rows = card::household(&form, plan.as_ref());
    let filled = plan.is_some();
    if !filled {
        notes.hints.push(crate::content::i18n::tr!(
            settings.lang,
            "print-card-blank-hint"
        ));
    }
    let region = settings.region;
    let (doc, sheet) = match size {
        Size::Full => {
            let compact = card::household_columns(&rows) > card::COMPACT_COLUMNS;
            (
                card::document(&sos, region, rows, settings.lang),
                Sheet::Card { compact },
            )
        }
        Size::Wallet => {
            let count = rows.len();
            let footer = stamp(settings, sos.reviewed).footer();
            let (panels, left_out) =
                card::wallet(&sos, region, &form, plan.as_ref(), &footer, settings.lang);
            if left_out > 0 {
                notes.warnings.push(crate::content::i18n::tr!(
                    settings.lang,
                    "print-wallet-room",
                    kept = count - left_out,
                    count = count
                ));
            }
            // The panels hold it all; the page needs only its title.
            let doc = Document {
                title: crate::content::region::fill(&sos.title, region).into_owned(),
                ..Document::default()
            };
            (doc, Sheet::Wallet(panels))
        }
    };
    Ok(Printout {
        doc,
        sheet,
        stamp: stamp(settings, sos.reviewed),
    })
}

/// The overdose plan whose details go on the card: the one named, or the only
/// one there is; none when there is none.
fn household_plan(
    settings: &Settings,
    store: &Store,
    name: Option<&str>,
    notes: &mut Notes,
) -> anyhow::Result<Option<Plan>> {
    if let Some(name) = name {
        let found = household::named(store, settings, name)?;
        notes.warnings.extend(found.warning);
        return Ok(Some(found.plan));
    }
    let household::Plans {
        mut found,
        mut broken,
    } = household::all(store, settings)?;
    for f in &mut found {
        notes.warnings.extend(f.warning.take());
    }
    // An unreadable plan may be the household's overdose plan: a card must not
    // quietly go on the fridge without their address.
    if found.is_empty() && !broken.is_empty() {
        let (n, e) = broken.swap_remove(0);
        return Err(e.context(crate::content::i18n::t!(
            "print-x-plan-unreadable",
            name = quoted(&n).to_string()
        )));
    }
    for (n, e) in broken {
        notes.warnings.push(crate::content::i18n::t!(
            "print-x-plan-left-out",
            name = quoted(&n).to_string(),
            error = e.to_string()
        ));
    }
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop().map(|f| f.plan)),
        _ => {
            let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
            Err(UserError::new(crate::content::i18n::t!(
                "print-x-many-plans",
                n = names.len(),
                names = names.join(", ")
            ))
            .hint(crate::content::i18n::t!(
                "print-x-say-which",
                name = names[0]
            ))
            .into())
        }
    }
}
