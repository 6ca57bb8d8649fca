//! `kinship journal`: a private journal. Each entry is dated and kept
//! exactly as written; it is shown with control characters taken out.

use crate::content::i18n::{self, t, tr};
use crate::error::{UserError, quoted};
use crate::progress::journal::{self, Entry};
use crate::progress::timestamp;
use crate::prompt;
use crate::render::style::{Line, Span, printable, theme};
use crate::settings::Settings;
use crate::store::Store;
use crate::store::selfcare::entry_role;
use crate::ui::Ui;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A private journal: write what happened and how you feel. Entries are
/// dated, kept exactly as you wrote them, and stay on this computer.
///
/// With no command, kinship asks for the entry: type it on one line, or type
/// e and Enter to write a long one in your editor (EDITOR).
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_long_help = "Examples:\n  \
    kinship journal                       write an entry\n  \
    kinship journal \"Hard day. Called the helpline.\"\n  \
    kinship journal --file today.txt      save a file as an entry\n  \
    echo \"Called the helpline.\" | kinship journal --file -\n  \
    kinship journal list\n  \
    kinship journal show 3\n  \
    kinship journal search helpline\n  \
    kinship journal delete 3              moved aside, not destroyed"
)]
pub struct JournalArgs {
    /// Save the text of FILE as an entry (`-`: standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "text")]
    pub file: Option<PathBuf>,

    /// The entry itself, typed on the command line (in quotes, so the shell
    /// keeps it whole).
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,

    #[command(subcommand)]
    pub command: Option<JournalCommand>,
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Your entries: number, date and first line.
    #[command(after_long_help = "Examples:\n  kinship journal list\n  kinship journal list --json")]
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// One entry, whole.
    #[command(after_long_help = "Examples:\n  kinship journal show 3\n  kinship journal show last")]
    Show {
        /// The entry's number (see `kinship journal list`), or `last`.
        number: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The entries that have every one of WORDS (any case).
    #[command(after_long_help = "Example:\n  kinship journal search helpline")]
    Search {
        /// The words to look for.
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Delete an entry: moved aside to the archive folder, or with --purge
    /// gone for good.
    #[command(
        after_long_help = "Examples:\n  kinship journal delete 3\n  kinship journal delete 3 --purge --yes"
    )]
    Delete {
        /// The entry's number (see `kinship journal list`).
        number: String,
        /// Delete the file for good instead of moving it aside.
        #[arg(long)]
        purge: bool,
        /// Do not ask first.
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub fn run(args: JournalArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let store = settings.store()?;
    match args.command {
        None if !args.text.is_empty() => {
            let text = args.text.join(" ");
            save(ui, settings, &store, &text)
        }
        None => write(ui, settings, &store, args.file.as_deref()),
        Some(JournalCommand::List { json }) => list(ui, &store, json),
        Some(JournalCommand::Show { number, json }) => {
            let n = number_of(&store, &number)?;
            let entry = read(&store, n)?;
            if json {
                ui.print_json(&JsonEntry::from(&entry))?;
            } else {
                let mut lines: Vec<Line> = vec![
                    vec![Span::new(
                        t!(
                            "journal-entry-heading",
                            n = n,
                            date = i18n::long_date(i18n::current(), entry.written),
                            time = entry.written.format("%H:%M").to_string()
                        ),
                        theme::HEADING,
                    )],
                    vec![],
                ];
                lines.extend(
                    printable(&entry.text)
                        .lines()
                        .map(|l| vec![Span::plain(l.to_string())]),
                );
                ui.print_long(&lines)?;
            }
            Ok(())
        }
        Some(JournalCommand::Search { words }) => search(ui, &store, &words),
        Some(JournalCommand::Delete { number, purge, yes }) => {
            delete(ui, settings, &store, &number, purge, yes)
        }
    }
}

fn write(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    file: Option<&Path>,
) -> anyhow::Result<()> {
    let text = match file {
        Some(path) => read_capped(path)?,
        None => {
            if !ui.can_prompt() {
                return Err(UserError::usage(t!("journal-no-terminal"))
                    .hint(t!("journal-no-terminal-hint"))
                    .into());
            }
            prompt::install_interrupt_handler();
            let asked = crate::ask::with_prompter(ui, settings, |p| {
                Ok(p.long_text(&t!("journal-your-entry"), ""))
            })?;
            match asked {
                Ok(Some(text)) => text,
                Ok(None) => {
                    ui.message(&t!("journal-nothing-saved"));
                    return Ok(());
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    return Err(UserError::interrupted(t!("journal-stopped")).into());
                }
                Err(e) => return Err(e.into()),
            }
        }
    };
    save(ui, settings, store, &text)
}

/// Saves `text` as a new entry, once it is checked.
fn save(ui: &mut Ui, settings: &Settings, store: &Store, text: &str) -> anyhow::Result<()> {
    journal::check(text).map_err(|e| UserError::new(e).hint(t!("journal-nothing-saved")))?;
    let n = store.add_journal_entry(settings.now(), text)?;
    ui.message(&t!("journal-saved", n = n));
    Ok(())
}

/// Reads a file (or standard input) of at most the journal's limit, through
/// the reader every file the user names goes through.
fn read_capped(path: &Path) -> Result<String, UserError> {
    use crate::store::read::{NamedError, read_user_file};
    read_user_file(path, journal::MAX_BYTES)
        .map_err(|e| match e {
            NamedError::TooLong(_, Some(size)) => UserError::new(journal::too_long(size as usize)),
            NamedError::TooLong(shown, None) => UserError::new(t!(
                "journal-file-too-long",
                file = shown.to_string(),
                kb = journal::MAX_BYTES / 1024
            )),
            other => other.into_user(journal::MAX_BYTES),
        })
        .map_err(|e| e.hint(t!("journal-nothing-saved")))
}

/// An entry's number from what was typed: a number that exists, or `last`.
fn number_of(store: &Store, typed: &str) -> anyhow::Result<u32> {
    let numbers = store.journal_numbers()?;
    let typed = typed.trim();
    let n = if typed == "last" {
        numbers.last().copied()
    } else {
        typed
            .trim_start_matches('#')
            .parse::<u32>()
            .ok()
            .filter(|n| numbers.contains(n))
    };
    n.ok_or_else(|| {
        let known = if numbers.is_empty() {
            t!("journal-empty")
        } else {
            t!(
                "journal-numbered",
                first = numbers[0],
                last = numbers[numbers.len() - 1]
            )
        };
        UserError::new(t!("journal-no-entry", entry = quoted(typed).to_string()))
            .hint(known)
            .into()
    })
}

fn read(store: &Store, n: u32) -> anyhow::Result<Entry> {
    store
        .journal_entry(n)?
        .ok_or_else(|| UserError::new(t!("journal-deleted-meanwhile", n = n)).into())
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    number: u32,
    written: String,
    text: &'a str,
}

impl<'a> From<&'a Entry> for JsonEntry<'a> {
    fn from(e: &'a Entry) -> Self {
        JsonEntry {
            number: e.number,
            written: timestamp::format(&e.written),
            text: &e.text,
        }
    }
}

#[derive(Serialize)]
struct JsonListed {
    number: u32,
    written: String,
    first_line: String,
    characters: usize,
}

/// Every entry that can be read; each one that cannot is a warning.
fn entries(ui: &mut Ui, store: &Store) -> anyhow::Result<Vec<Entry>> {
    let mut out = Vec::new();
    for n in store.journal_numbers()? {
        match store.journal_entry(n) {
            Ok(Some(e)) => out.push(e),
            Ok(None) => {}
            Err(e) => {
                let hints = crate::error::user_error(&e)
                    .map(|u| u.hints.join(" "))
                    .unwrap_or_default();
                ui.warn(&t!(
                    "journal-left-out",
                    error = e.to_string(),
                    hints = hints
                ));
            }
        }
    }
    Ok(out)
}

fn list(ui: &mut Ui, store: &Store, json: bool) -> anyhow::Result<()> {
    let all = entries(ui, store)?;
    if json {
        let out: Vec<JsonListed> = all
            .iter()
            .map(|e| JsonListed {
                number: e.number,
                written: timestamp::format(&e.written),
                first_line: e.preview(usize::MAX),
                characters: e.text.chars().count(),
            })
            .collect();
        ui.print_json(&out)?;
        return Ok(());
    }
    if all.is_empty() {
        ui.message(&t!("journal-empty"));
        return Ok(());
    }
    let room = ui.width().saturating_sub(20).max(20);
    let lines: Vec<Line> = all
        .iter()
        .map(|e| {
            vec![
                Span::new(format!("{:>4}  ", e.number), theme::STRONG),
                Span::new(format!("{:<13}", list_date(e.written)), theme::DIM),
                Span::plain(printable(&e.preview(room)).into_owned()),
            ]
        })
        .collect();
    ui.print_long(&lines)?;
    Ok(())
}

fn search(ui: &mut Ui, store: &Store, words: &[String]) -> anyhow::Result<()> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_string)
        .collect();
    let found: Vec<Entry> = entries(ui, store)?
        .into_iter()
        .filter(|e| e.matches(&words))
        .collect();
    if found.is_empty() {
        let words: Vec<String> = words.iter().map(|w| quoted(w).to_string()).collect();
        ui.message(&t!(
            "journal-search-none",
            words = words.join(&format!(" {} ", t!("journal-and")))
        ));
        return Ok(());
    }
    let room = ui.width().saturating_sub(8).max(20);
    let mut lines: Vec<Line> = Vec::new();
    for e in &found {
        lines.push(vec![
            Span::new(format!("{:>4}  ", e.number), theme::STRONG),
            Span::new(i18n::date(i18n::current(), e.written), theme::DIM),
        ]);
        if let Some(line) = e.matching_line(&words) {
            let line = crate::render::wrap::truncate(&printable(line), room);
            lines.push(vec![Span::plain("      "), Span::plain(line)]);
        }
    }
    ui.print_long(&lines)?;
    Ok(())
}

fn delete(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    typed: &str,
    purge: bool,
    yes: bool,
) -> anyhow::Result<()> {
    let n = number_of(store, typed)?;
    let path = store.journal_path(n);
    if !yes {
        if !ui.can_prompt() {
            return Err(UserError::usage(t!("journal-delete-no-terminal", n = n))
                .hint(t!("journal-delete-no-terminal-hint", n = n))
                .into());
        }
        let question = if purge {
            t!("journal-delete-purge-question", n = n)
        } else {
            t!("journal-delete-question", n = n)
        };
        let sure = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(&question, false)?))?;
        if !sure {
            ui.message(&t!("journal-delete-kept"));
            return Ok(());
        }
    }
    let role = entry_role(n);
    if purge {
        store.delete(&path, &role)?;
        ui.message(&t!("journal-purged", n = n));
    } else if let Some(to) = store.move_aside(&path, &role, settings.now())? {
        ui.message(&t!(
            "journal-deleted",
            n = n,
            path = to.display().to_string()
        ));
    }
    Ok(())
}

/// "22 Nov 2026", "22 nov 2026": an entry's day in the list.
fn list_date(d: impl chrono::Datelike) -> String {
    let lang = i18n::current();
    tr!(
        lang,
        "journal-list-date",
        day = d.day(),
        month = tr!(lang, "month-short", n = d.month()),
        year = d.year().to_string()
    )
}
