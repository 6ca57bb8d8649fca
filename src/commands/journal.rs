//! `kinship journal`: a private journal. Each entry is dated and kept
//! exactly as written; it is shown with control characters taken out.

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
                        format!(
                            "Entry {n} · {}",
                            entry.written.format("%A %-d %B %Y, %H:%M")
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
                return Err(UserError::usage(
                    "`kinship journal` asks for your entry, and needs a terminal for that; this is not one.",
                )
                .hint("Save a file as an entry with `kinship journal --file FILE`, or pipe it in with `--file -`.")
                .into());
            }
            prompt::install_interrupt_handler();
            let asked =
                crate::ask::with_prompter(ui, settings, |p| Ok(p.long_text("Your entry", "")))?;
            match asked {
                Ok(Some(text)) => text,
                Ok(None) => {
                    ui.message("Nothing was saved.");
                    return Ok(());
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    return Err(UserError::interrupted("Stopped. Nothing was saved.").into());
                }
                Err(e) => return Err(e.into()),
            }
        }
    };
    save(ui, settings, store, &text)
}

/// Saves `text` as a new entry, once it is checked.
fn save(ui: &mut Ui, settings: &Settings, store: &Store, text: &str) -> anyhow::Result<()> {
    journal::check(text).map_err(|e| UserError::new(e).hint("Nothing was saved."))?;
    let n = store.add_journal_entry(settings.now(), text)?;
    ui.message(&format!(
        "Saved as entry {n}. Read it again with `kinship journal show {n}`."
    ));
    Ok(())
}

/// Reads a file (or standard input) of at most the journal's limit, through
/// the reader every file the user names goes through.
fn read_capped(path: &Path) -> Result<String, UserError> {
    use crate::store::read::{NamedError, read_user_file};
    read_user_file(path, journal::MAX_BYTES)
        .map_err(|e| match e {
            NamedError::TooLong(_, Some(size)) => UserError::new(journal::too_long(size as usize)),
            NamedError::TooLong(shown, None) => UserError::new(format!(
                "{shown} holds more than {} KB; a journal entry holds up to that (some 15,000 words). \
                 Split it into several entries.",
                journal::MAX_BYTES / 1024
            )),
            other => other.into_user(journal::MAX_BYTES),
        })
        .map_err(|e| e.hint("Nothing was saved."))
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
            "Your journal is empty. Write an entry with `kinship journal`.".to_string()
        } else {
            format!(
                "Your entries are numbered {} to {}; `kinship journal list` shows them.",
                numbers[0],
                numbers[numbers.len() - 1]
            )
        };
        UserError::new(format!("There is no journal entry {}.", quoted(typed)))
            .hint(known)
            .into()
    })
}

fn read(store: &Store, n: u32) -> anyhow::Result<Entry> {
    store
        .journal_entry(n)?
        .ok_or_else(|| UserError::new(format!("Journal entry {n} was deleted meanwhile.")).into())
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
                ui.warn(&format!("Left out: {e} {hints}"));
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
        ui.message("Your journal is empty. Write an entry with `kinship journal`.");
        return Ok(());
    }
    let room = ui.width().saturating_sub(20).max(20);
    let lines: Vec<Line> = all
        .iter()
        .map(|e| {
            vec![
                Span::new(format!("{:>4}  ", e.number), theme::STRONG),
                Span::new(format!("{:<13}", e.written.format("%-d %b %Y")), theme::DIM),
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
        ui.message(&format!(
            "No journal entry has {}.",
            words
                .iter()
                .map(|w| quoted(w).to_string())
                .collect::<Vec<_>>()
                .join(" and ")
        ));
        return Ok(());
    }
    let room = ui.width().saturating_sub(8).max(20);
    let mut lines: Vec<Line> = Vec::new();
    for e in &found {
        lines.push(vec![
            Span::new(format!("{:>4}  ", e.number), theme::STRONG),
            Span::new(e.written.format("%-d %B %Y").to_string(), theme::DIM),
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
            return Err(UserError::usage(format!(
                "Deleting journal entry {n} needs a yes, and there is no terminal to ask in."
            ))
            .hint(format!("Run `kinship journal delete {n} --yes`."))
            .into());
        }
        let question = if purge {
            format!("Delete journal entry {n} for good?")
        } else {
            format!("Delete journal entry {n}? It is moved aside, not destroyed.")
        };
        let sure = crate::ask::with_prompter(ui, settings, |p| Ok(p.confirm(&question, false)?))?;
        if !sure {
            ui.message("Kept. Nothing was changed.");
            return Ok(());
        }
    }
    let role = entry_role(n);
    if purge {
        store.delete(&path, &role)?;
        ui.message(&format!("Deleted journal entry {n} for good."));
    } else if let Some(to) = store.move_aside(&path, &role, settings.now())? {
        ui.message(&format!(
            "Deleted journal entry {n}. The file was moved to {}.",
            to.display()
        ));
    }
    Ok(())
}
