//! `kinship plan`: fill in worksheets (an intervention plan, boundaries, a
//! conversation, the household's overdose plan) at your own pace. Every
//! answer is saved as it is given; every interactive step has a
//! non-interactive twin (`set`, `import`).

use super::plan_fill::{Filler, Mode};
use crate::content::form::{self, Form};
use crate::content::{self};
use crate::error::{UserError, quoted};
use crate::progress::plan::{self, Plan, Raw};
use crate::progress::timestamp;
use crate::prompt::{self, Prompter};
use crate::render::plan::{Audience, document};
use crate::render::style::{Span, theme};
use crate::render::terminal;
use crate::settings::Settings;
use crate::store::plans::{PLANS, role};
use crate::store::{Put, Store, crypt};
use crate::ui::Ui;
use anyhow::Context;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Plans you fill in at your own pace: an intervention plan, boundaries, a
/// conversation, your household's overdose plan. Saved after every answer.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship plan new intervention dad\n  \
    kinship plan edit dad\n  \
    kinship plan list\n  \
    kinship plan show dad --for Ann\n  \
    kinship plan set dad when \"saturday 6pm\"\n  \
    kinship plan set dad team.2.role \"reads a letter\"")]
pub struct PlanArgs {
    #[command(subcommand)]
    pub command: PlanCommand,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Start a plan and fill it in. KIND: intervention, boundaries,
    /// conversation, overdose-plan. NAME tells plans apart (such as "dad").
    #[command(
        after_long_help = "Examples:\n  kinship plan new intervention dad\n  kinship plan new boundaries"
    )]
    New {
        /// The kind of plan (see `kinship plan kinds`).
        kind: String,
        /// A name for it; letters, digits, - _ and . (asked for when left out).
        name: Option<String>,
    },
    /// Go on filling in a plan: where you left off, or a section you pick.
    #[command(after_long_help = "Example:\n  kinship plan edit dad")]
    Edit {
        /// The plan's name (see `kinship plan list`).
        name: String,
    },
    /// Your plans: kind, name, how complete, last changed.
    #[command(after_long_help = "Example:\n  kinship plan list")]
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// The kinds of plan there are, with their fields (for `set` and `import`).
    #[command(
        after_long_help = "Examples:\n  kinship plan kinds\n  kinship plan kinds intervention\n  kinship plan kinds intervention --json"
    )]
    Kinds {
        /// One kind, with every field and its id.
        kind: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// A plan, whole, or only the parts for one person (--for NAME).
    #[command(
        after_long_help = "Examples:\n  kinship plan show dad\n  kinship plan show dad --for Ann\n  kinship plan show dad --all"
    )]
    Show {
        /// The plan's name (see `kinship plan list`).
        name: String,
        /// Only what this person needs: the time, the place, their role, their
        /// letter, the agreed boundaries.
        #[arg(long = "for", value_name = "PERSON")]
        person: Option<String>,
        /// Also show the answers kept for questions your answers now leave
        /// out (those for another approach), marked "not in use".
        #[arg(long, conflicts_with = "person")]
        all: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Set one answer without questions, with the same checks. FIELD is a
    /// field id, or LIST.N.PART for a part of the Nth entry of a list.
    #[command(after_long_help = "Examples:\n  \
        kinship plan set dad when \"5 December 2026 18:30\"\n  \
        kinship plan set dad team.1.name Ann\n  \
        kinship plan set dad team.3 --clear      (removes the third team member)\n  \
        kinship plan set dad letters.1.letter --file letter.txt")]
    Set {
        /// The plan's name.
        name: String,
        /// The field (see `kinship plan kinds KIND`).
        field: String,
        /// The answer; several words are joined with spaces.
        value: Vec<String>,
        /// Read the answer from a file, for a long letter (`-`: standard input).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["value", "clear"])]
        file: Option<PathBuf>,
        /// Clear the answer (or, for LIST.N, remove the entry).
        #[arg(long, conflicts_with = "value")]
        clear: bool,
    },
    /// Make a plan from a YAML file of answers (checked like typed answers),
    /// or from a share file (`kinship plan import FILE`).
    #[command(
        after_long_help = "Examples:\n  kinship plan import intervention answers.yaml --name dad\n  \
        kinship plan import dad.kinship      (a file made by `kinship plan share`)\n\n\
        The file maps field ids to answers; lists are lists of parts:\n  \
        approach: craft\n  \
        when: 2026-12-05 18:30\n  \
        team:\n    \
        - {name: Ann, role: speaks first}"
    )]
    Import {
        /// The kind of plan (or, alone, a share file).
        #[arg(value_name = "KIND")]
        kind: String,
        /// The YAML file (`-`: standard input).
        file: Option<PathBuf>,
        /// The plan's name (default: the file's name, or the shared plan's).
        #[arg(long)]
        name: Option<String>,
        /// Replace a plan of that name that already exists (it is moved aside first).
        #[arg(long)]
        force: bool,
        /// Read the share's passphrase from the first line of FILE.
        #[arg(long, value_name = "FILE")]
        share_passphrase_file: Option<PathBuf>,
    },
    /// Write one plan to a file encrypted with a passphrase chosen for it, to
    /// give to someone who imports it with `kinship plan import FILE`.
    #[command(
        after_long_help = "Examples:\n  kinship plan share dad -o dad.kinship\n  \
        kinship plan share dad --for Ann -o dad-for-ann.kinship\n\n\
        Say the passphrase on the phone, not in the message that carries the file."
    )]
    Share {
        /// The plan's name.
        name: String,
        /// The file to write (never replaced unless --force).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Share only what this person may see (as `plan show --for`).
        #[arg(long = "for", value_name = "PERSON")]
        person: Option<String>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        /// Read the share's passphrase from the first line of FILE.
        #[arg(long, value_name = "FILE")]
        share_passphrase_file: Option<PathBuf>,
    },
    /// Delete a plan: it is moved aside (kept) unless --purge.
    #[command(after_long_help = "Example:\n  kinship plan delete dad")]
    Delete {
        /// The plan's name.
        name: String,
        /// Do not ask first.
        #[arg(long, short)]
        yes: bool,
        /// Delete the file for good instead of moving it aside.
        #[arg(long)]
        purge: bool,
    },
}

pub fn run(args: PlanArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let store = Store::from_settings(settings)?;
    match args.command {
        PlanCommand::New { kind, name } => new(ui, settings, &store, &kind, name.as_deref()),
        PlanCommand::Edit { name } => edit(ui, settings, &store, &name),
        PlanCommand::List { json } => list(ui, settings, &store, json),
        PlanCommand::Kinds { kind, json } => kinds(ui, settings, kind.as_deref(), json),
        PlanCommand::Show {
            name,
            person,
            all,
            json,
        } => show(ui, settings, &store, &name, person.as_deref(), all, json),
        PlanCommand::Set {
            name,
            field,
            value,
            file,
            clear,
        } => set(ui, settings, &store, &name, &field, value, file, clear),
        PlanCommand::Import {
            kind,
            file: Some(file),
            name,
            force,
            share_passphrase_file: _,
        } => import(ui, settings, &store, &kind, &file, name.as_deref(), force),
        PlanCommand::Import {
            kind: file,
            file: None,
            name,
            force,
            share_passphrase_file,
        } => import_share(
            ui,
            settings,
            &store,
            std::path::Path::new(&file),
            name.as_deref(),
            force,
            share_passphrase_file.as_deref(),
        ),
        PlanCommand::Share {
            name,
            output,
            person,
            force,
            share_passphrase_file,
        } => share(
            ui,
            settings,
            &store,
            &name,
            &output,
            person.as_deref(),
            force,
            share_passphrase_file.as_deref(),
        ),
        PlanCommand::Delete { name, yes, purge } => delete(ui, settings, &store, &name, yes, purge),
    }
}

/// The form a kind names, or an error naming the kinds.
pub fn find_form(kind: &str, settings: &Settings) -> anyhow::Result<Form> {
    let id = content::normalise_name(kind);
    if let Some(f) = form::load_in(settings.lang, &id).context(super::BROKEN_CONTENT)? {
        return Ok(f.value.filled(settings.region));
    }
    let ids = form::ids();
    let mut err = UserError::new(format!("There is no kind of plan called {}.", quoted(kind)));
    if let Some(best) = ids
        .iter()
        .map(|c| (strsim::jaro_winkler(&id, c), *c))
        .filter(|(s, _)| *s >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
    {
        err = err.hint(format!("Did you mean {}?", best.1));
    }
    Err(err
        .hint(format!("The kinds are: {}.", ids.join(", ")))
        .into())
}

/// A saved plan and its form, or an error naming the plans there are. Stored
/// answers its form would refuse if typed are left out of the plan returned
/// (they show as missing, and `edit` asks them again); the third part is the
/// warning that names them, for the caller to show once. The file is not
/// changed.
pub fn load(
    store: &Store,
    settings: &Settings,
    name: &str,
) -> anyhow::Result<(Plan, Form, Option<String>)> {
    let name = name.trim();
    let found = match plan::check_name(name) {
        Ok(n) => store.read::<Plan>(&store.plan_path(&n), &role(&n))?,
        Err(_) => None,
    };
    let Some(p) = found else {
        let names = store.names(PLANS)?;
        let mut err = UserError::new(format!("There is no plan called {}.", quoted(name)));
        if let Some(best) = names
            .iter()
            .map(|c| (closeness(name, c), c))
            .filter(|(s, _)| *s >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
        {
            err = err.hint(format!("Did you mean {}?", best.1));
        }
        err = if names.is_empty() {
            err.hint("You have no plans yet. Start one with `kinship plan new KIND NAME` (see `kinship plan kinds`).")
        } else {
            err.hint(format!("Your plans: {}.", names.join(", ")))
        };
        return Err(err.into());
    };
    let form = form::load_in(settings.lang, &p.form)
        .context(super::BROKEN_CONTENT)?
        .map(|f| f.value.filled(settings.region))
        .ok_or_else(|| {
            UserError::new(format!(
                "The plan {} is a {} plan, a kind this kinship does not know.",
                quoted(name),
                quoted(&p.form)
            ))
            .hint("It may come from a newer kinship. The file is unchanged.")
        })?;
    let mut p = p;
    let invalid = plan::drop_invalid(&form, &mut p, settings.now().date_naive());
    let warning = invalid_warning(name, &invalid);
    Ok((p, form, warning))
}

/// What to tell the user about stored answers that are not valid: each one,
/// why, and how to answer it again.
pub fn invalid_warning(name: &str, invalid: &[plan::Invalid]) -> Option<String> {
    let first = invalid.first()?;
    let mut text = format!(
        "{} in your plan {} {} not valid, so {} treated as not answered \
         (the file is left as it is):",
        if invalid.len() == 1 {
            "One answer"
        } else {
            "Some answers"
        },
        quoted(name),
        if invalid.len() == 1 { "is" } else { "are" },
        if invalid.len() == 1 {
            "it is"
        } else {
            "they are"
        },
    );
    for i in invalid {
        text.push_str(&format!(
            "\n  {} ({}) holds {}: {}",
            i.path, i.prompt, i.stored, i.reason
        ));
    }
    text.push_str(&format!(
        "\nGive {} a new answer with `kinship plan set {name} FIELD VALUE` (such as \
         `kinship plan set {name} {} ...`), or answer in turn with `kinship plan edit {name}`.",
        if invalid.len() == 1 { "it" } else { "each" },
        first.path
    ));
    Some(text)
}

/// How alike two short names are, 0 to 1: a swapped or missing letter in a
/// short name ("dda" for "dad") still counts as close.
fn closeness(typed: &str, name: &str) -> f64 {
    let (a, b) = (typed.to_lowercase(), name.to_lowercase());
    let edits = strsim::damerau_levenshtein(&a, &b);
    if edits <= 1 || (edits == 2 && b.chars().count() > 4) {
        return 0.9;
    }
    strsim::jaro_winkler(&a, &b)
}

/// `plan new` or `plan edit` with no terminal, and the command that does the
/// same without questions.
fn interactive_only(what: &str, kind: &str, name: Option<&str>) -> UserError {
    let err = UserError::usage(format!(
        "`kinship plan {what}` needs a terminal to ask you things, and this is not one."
    ));
    match (what, name) {
        // A plan that does not exist yet cannot take `set`: make it from a file.
        ("new", name) => err.hint(format!(
            "Write your answers in a YAML file and run `kinship plan import {kind} FILE --name {}`; \
             `kinship plan kinds {kind}` lists the fields.",
            name.unwrap_or("NAME")
        )),
        (_, name) => err.hint(format!(
            "Use `kinship plan set {} FIELD VALUE` for one answer; `kinship plan kinds {kind}` \
             lists the fields.",
            name.unwrap_or("NAME")
        )),
    }
}

fn new(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    kind: &str,
    name: Option<&str>,
) -> anyhow::Result<()> {
    let form = find_form(kind, settings)?;
    if let Some(n) = name {
        let n = plan::check_name(n).map_err(UserError::new)?;
        refuse_existing(store, &n)?;
    }
    if !ui.can_prompt() {
        return Err(interactive_only("new", &form.id, name.map(str::trim)).into());
    }
    // Locked: the passphrase is asked once, before the first question.
    store.open_if_locked()?;
    prompt::install_interrupt_handler();
    with_prompter(ui, settings, |p| {
        p.say(&form.title)?;
        p.say(form.intro.trim())?;
        let name = match name {
            Some(n) => n.trim().to_string(),
            None => loop {
                let taken = store.names(PLANS)?;
                let suggestion = (1..)
                    .map(|i| if i == 1 { form.id.clone() } else { format!("{}-{i}", form.id) })
                    .find(|n| !taken.contains(n))
                    .unwrap_or_default();
                let Some(typed) = p.input(
                    &format!(
                        "A name for this plan, such as your loved one's first name (Enter for {suggestion})"
                    ),
                    "",
                )?
                else {
                    return Ok(None);
                };
                let typed = if typed.trim().is_empty() {
                    suggestion
                } else {
                    typed
                };
                match plan::check_name(&typed) {
                    Err(e) => p.say(&e)?,
                    Ok(n) if store.exists(&store.plan_path(&n))? => p.say(&format!(
                        "You already have a plan called {}. Choose another name, or run `kinship plan edit {n}`.",
                        quoted(&n)
                    ))?,
                    Ok(n) => break n,
                }
            },
        };
        // The file is made by the first answer saved, not before: stopped at
        // the first question, there is no plan holding only a name, which
        // `plan new` would then refuse as already there.
        let fresh = Plan::new(&form.id, settings.now());
        let mut filler = Filler::new(&form, store, &name, &settings.clock, fresh);
        let finished = filler.run(p, Mode::Unanswered)?;
        if !store.plan_path(&name).exists() {
            return Ok(None);
        }
        Ok(Some((name, finished, filler.plan)))
    })
    .map(|outcome| match outcome {
        None => ui.message("Nothing was saved."),
        Some((name, finished, plan)) => summary(ui, &form, &plan, &name, finished),
    })
}

fn refuse_existing(store: &Store, name: &str) -> anyhow::Result<()> {
    if store.exists(&store.plan_path(name))? {
        return Err(
            UserError::new(format!("You already have a plan called {}.", quoted(name)))
                .hint(format!(
                    "Go on with it: `kinship plan edit {name}`; or choose another name."
                ))
                .into(),
        );
    }
    Ok(())
}

/// Runs `f` with the right prompter for this terminal.
pub fn with_prompter<T>(
    ui: &Ui,
    settings: &Settings,
    f: impl FnOnce(&mut dyn Prompter) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    if ui.plain_prompts() {
        let mut p = prompt::PlainPrompter::stdio(ui.prompt_width());
        f(&mut p)
    } else {
        let mut p = prompt::TermPrompter::new(ui.err_color(), settings.pager_command())
            .with_editor(
                settings.editor.clone(),
                Store::from_settings(settings)
                    .ok()
                    .map(|s| s.root().to_path_buf()),
            );
        f(&mut p)
    }
}

fn summary(ui: &mut Ui, form: &Form, plan: &Plan, name: &str, finished: bool) {
    let c = plan::completeness(form, plan);
    let mut text = format!(
        "Saved. {} of {} questions answered in {name}.",
        c.answered, c.total
    );
    if !c.missing.is_empty() {
        let names: Vec<String> = c
            .missing
            .iter()
            .map(|path| plan::missing_label(form, path))
            .collect();
        text.push_str(&format!(" Still needed: {}", names.join(" / ")));
    }
    ui.message(&text);
    if !finished {
        ui.hint(&format!("Go on later with `kinship plan edit {name}`."));
    }
    ui.hint(&format!("Read it back with `kinship plan show {name}`."));
}

fn edit(ui: &mut Ui, settings: &Settings, store: &Store, name: &str) -> anyhow::Result<()> {
    let (saved, form, warning) = load(store, settings, name)?;
    let name = name.trim().to_string();
    if !ui.can_prompt() {
        return Err(interactive_only("edit", &form.id, Some(&name)).into());
    }
    if let Some(w) = warning {
        ui.warn(&w);
    }
    prompt::install_interrupt_handler();
    let (plan, finished) = with_prompter(ui, settings, |p| {
        let mut filler = Filler::new(&form, store, &name, &settings.clock, saved);
        p.say(&format!("{}: {name}", form.title))?;
        loop {
            let c = plan::completeness(&form, &filler.plan);
            let mut items = Vec::new();
            let mut modes = Vec::new();
            if let Some(next) = plan::first_unanswered(&form, &filler.plan) {
                let section = form
                    .section_of(&next.id)
                    .map(|s| s.title.as_str())
                    .unwrap_or("");
                items.push(format!(
                    "Go on where you left off ({section}: {})",
                    next.prompt
                ));
                modes.push(Some(Mode::Unanswered));
            }
            // Only the sections of the plan as it stands: the approach
            // chosen decides which those are.
            for (i, s) in form.sections.iter().enumerate() {
                let fields: Vec<_> = s
                    .fields
                    .iter()
                    .filter(|f| plan::shown(&form, &filler.plan, f))
                    .collect();
                if fields.is_empty() {
                    continue;
                }
                let answered = fields
                    .iter()
                    .filter(|f| filler.plan.answers.contains_key(&f.id))
                    .count();
                items.push(format!(
                    "{} ({answered} of {} answered)",
                    s.title,
                    fields.len()
                ));
                modes.push(Some(Mode::Section(i)));
            }
            items.push("Done for now".into());
            modes.push(None);
            let prompt = format!(
                "{} of {} answered. What would you like to do?",
                c.answered, c.total
            );
            let Some(choice) = p.select(&prompt, &items, 0)? else {
                return Ok((filler.plan, false));
            };
            let Some(mode) = modes[choice] else {
                let complete = plan::first_unanswered(&form, &filler.plan).is_none();
                return Ok((filler.plan, complete));
            };
            let done = filler.run(p, mode)?;
            if mode == Mode::Unanswered && done {
                return Ok((filler.plan, true));
            }
        }
    })?;
    summary(ui, &form, &plan, &name, finished);
    Ok(())
}

/// One plan in `plan list --json`.
#[derive(Serialize)]
struct ListJson {
    name: String,
    kind: String,
    title: String,
    answered: usize,
    total: usize,
    missing: Vec<String>,
    updated: String,
}

fn list(ui: &mut Ui, settings: &Settings, store: &Store, json: bool) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    let mut warnings = Vec::new();
    for name in store.names(PLANS)? {
        match load(store, settings, &name) {
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
                });
            }
            Err(e) => broken.push(format!("{name}: {e}")),
        }
    }
    if json {
        ui.print_json(&rows)?;
    } else if rows.is_empty() && broken.is_empty() {
        ui.message("You have no plans yet.");
        ui.hint("Start one with `kinship plan new intervention NAME`; `kinship plan kinds` lists the kinds.");
    } else {
        let w = rows
            .iter()
            .map(|r| r.name.chars().count())
            .max()
            .unwrap_or(4)
            .max(4)
            + 2;
        let k = rows.iter().map(|r| r.kind.len()).max().unwrap_or(4).max(4) + 2;
        let mut lines = vec![vec![Span::new(
            format!(
                "{:<w$}{:<k$}{:<10}{:<18}{}",
                "NAME", "KIND", "ANSWERED", "CHANGED", "STILL NEEDED"
            ),
            theme::DIM,
        )]];
        for r in &rows {
            let pad = w.saturating_sub(r.name.chars().count());
            lines.push(vec![
                Span::new(r.name.clone(), theme::STRONG),
                Span::plain(format!(
                    "{}{:<k$}{:<10}{:<18}{}",
                    " ".repeat(pad),
                    r.kind,
                    format!("{}/{}", r.answered, r.total),
                    r.updated.get(..16).unwrap_or(&r.updated).replace('T', " "),
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

/// A kind of plan in `plan kinds --json`; `sections` only for one kind.
#[derive(Serialize)]
struct KindJson<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sections: Option<Vec<SectionJson<'a>>>,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    when: Option<WhenJson<'a>>,
    fields: Vec<FieldJson<'a>>,
}

/// A section or field asked only for some answers of an earlier question.
#[derive(Serialize)]
struct WhenJson<'a> {
    field: &'a str,
    is: &'a [String],
}

fn when_json(when: &Option<form::When>) -> Option<WhenJson<'_>> {
    when.as_ref().map(|w| WhenJson {
        field: &w.field,
        is: &w.is,
    })
}

/// A field: `path` is what `plan set` takes (`when`, `team.N.name`).
#[derive(Serialize)]
struct FieldJson<'a> {
    id: &'a str,
    path: String,
    kind: &'a str,
    prompt: &'a str,
    required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    when: Option<WhenJson<'a>>,
    choices: Vec<ChoiceJson<'a>>,
    fields: Vec<FieldJson<'a>>,
}

#[derive(Serialize)]
struct ChoiceJson<'a> {
    id: &'a str,
    label: &'a str,
}

fn field_json<'a>(field: &'a form::Field, path: String) -> FieldJson<'a> {
    FieldJson {
        id: &field.id,
        kind: field.kind.name(),
        prompt: &field.prompt,
        required: field.required,
        when: when_json(&field.when),
        choices: field
            .choices
            .iter()
            .map(|c| ChoiceJson {
                id: &c.id,
                label: &c.label,
            })
            .collect(),
        fields: field
            .fields
            .iter()
            .map(|sub| field_json(sub, format!("{path}.N.{}", sub.id)))
            .collect(),
        path,
    }
}

fn kinds_json(ui: &mut Ui, settings: &Settings, kind: Option<&str>) -> anyhow::Result<()> {
    let text = match kind {
        None => {
            let forms = form::all().context(super::BROKEN_CONTENT)?;
            let out: Vec<KindJson> = forms
                .iter()
                .map(|f| KindJson {
                    id: &f.id,
                    title: &f.title,
                    summary: &f.summary,
                    sections: None,
                })
                .collect();
            serde_json::to_string_pretty(&out)?
        }
        Some(kind) => {
            let f = find_form(kind, settings)?;
            let out = KindJson {
                id: &f.id,
                title: &f.title,
                summary: &f.summary,
                sections: Some(
                    f.sections
                        .iter()
                        .map(|s| SectionJson {
                            id: &s.id,
                            title: &s.title,
                            when: when_json(&s.when),
                            fields: s
                                .fields
                                .iter()
                                .map(|field| field_json(field, field.id.clone()))
                                .collect(),
                        })
                        .collect(),
                ),
            };
            serde_json::to_string_pretty(&out)?
        }
    };
    ui.println(&text)?;
    Ok(())
}

fn kinds(ui: &mut Ui, settings: &Settings, kind: Option<&str>, json: bool) -> anyhow::Result<()> {
    if json {
        return kinds_json(ui, settings, kind);
    }
    let mut lines = Vec::new();
    match kind {
        None => {
            for f in form::all().context(super::BROKEN_CONTENT)? {
                lines.push(vec![
                    Span::new(format!("{:<16}", f.id), theme::STRONG),
                    Span::plain(f.summary.clone()),
                ]);
            }
        }
        Some(kind) => {
            let f = find_form(kind, settings)?;
            lines.push(vec![Span::new(f.title.clone(), theme::HEADING)]);
            for s in &f.sections {
                lines.push(vec![]);
                let mut title = vec![Span::new(s.title.clone(), theme::SUBHEADING)];
                if let Some(when) = &s.when {
                    title.push(Span::new(
                        format!("  (when {})", when.describe()),
                        theme::DIM,
                    ));
                }
                lines.push(title);
                for field in &s.fields {
                    let mut line = field_line(field, "  ", &field.id);
                    if let Some(when) = &field.when {
                        line.push(Span::new(
                            format!(" (when {})", when.describe()),
                            theme::DIM,
                        ));
                    }
                    lines.push(line);
                    for sub in &field.fields {
                        lines.push(field_line(
                            sub,
                            "    ",
                            &format!("{}.N.{}", field.id, sub.id),
                        ));
                    }
                }
            }
        }
    }
    ui.print_long(&lines)?;
    Ok(())
}

fn field_line(field: &form::Field, indent: &str, path: &str) -> Vec<Span> {
    let mut kind = field.kind.name().to_string();
    if !field.choices.is_empty() {
        let ids: Vec<&str> = field.choices.iter().map(|c| c.id.as_str()).collect();
        kind = format!("{kind}: {}", ids.join(" | "));
    }
    vec![
        Span::plain(indent.to_string()),
        Span::new(path.to_string(), theme::CODE),
        Span::plain(format!("  {}  ", field.prompt)),
        Span::new(
            format!("({kind}{})", if field.required { ", needed" } else { "" }),
            theme::DIM,
        ),
    ]
}

/// A plan in `plan show --json`.
#[derive(Serialize)]
struct ShowJson<'a> {
    name: &'a str,
    kind: &'a str,
    title: &'a str,
    answered: usize,
    total: usize,
    missing: Vec<String>,
    /// Questions an earlier answer leaves out that still hold an answer; the
    /// answers are in `answers`, like every other.
    hidden: Vec<String>,
    created: String,
    updated: String,
    answers: &'a BTreeMap<String, plan::Value>,
}

/// The plan as a document for `audience`; a person not in it is an error
/// that says where the names come from.
pub fn for_audience(
    form: &Form,
    plan: &Plan,
    name: &str,
    audience: Audience,
) -> Result<crate::render::doc::Document, UserError> {
    document(form, plan, name, audience).map_err(|e| {
        UserError::new(e).hint(format!(
            "Names come from the plan's lists; see `kinship plan show {name}`."
        ))
    })
}

fn show(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    person: Option<&str>,
    all: bool,
    json: bool,
) -> anyhow::Result<()> {
    let (p, form, warning) = load(store, settings, name)?;
    let name = name.trim();
    if let Some(w) = warning {
        ui.warn(&w);
    }
    if json && person.is_none() {
        let c = plan::completeness(&form, &p);
        let out = ShowJson {
            name,
            kind: &form.id,
            title: &form.title,
            answered: c.answered,
            total: c.total,
            missing: c.missing,
            hidden: c.hidden,
            created: timestamp::format(&p.created),
            updated: timestamp::format(&p.updated),
            answers: &p.answers,
        };
        ui.print_json(&out)?;
        return Ok(());
    }
    let audience = match person {
        Some(who) => Audience::Person(who),
        None if all => Audience::All,
        None => Audience::Everything,
    };
    let mut doc = for_audience(&form, &p, name, audience)?;
    if json {
        return Err(UserError::usage("--json shows the whole plan; leave out --for.").into());
    }
    // Kept answers are mentioned in the lead; here is how to read them.
    let hidden = plan::hidden_answers(&form, &p).len();
    if audience == Audience::Everything
        && hidden > 0
        && let Some(lead) = &mut doc.lead
    {
        lead.push_str(&format!(
            " See {} with `kinship plan show {name} --all`.",
            if hidden == 1 { "it" } else { "them" }
        ));
    }
    ui.print_long(&terminal::render(&doc, &ui.layout()))?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn set(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    field: &str,
    value: Vec<String>,
    file: Option<PathBuf>,
    clear: bool,
) -> anyhow::Result<()> {
    // The answer given replaces whatever the file holds there, valid or not.
    let (_, form, _) = load(store, settings, name)?;
    let name = name.trim();
    let raw = match (&file, clear) {
        (Some(path), _) => {
            // Four bytes a character at most: enough for the longest answer.
            let longest = form
                .fields()
                .flat_map(|f| std::iter::once(f).chain(&f.fields))
                .filter_map(|f| f.max_chars)
                .chain([form::DEFAULT_MAX_CHARS])
                .max()
                .unwrap_or(form::DEFAULT_MAX_CHARS);
            let text = read_user_file(path, longest * 4).map_err(|e| {
                e.hint("Give a text file (UTF-8) holding just the answer. Nothing was changed.")
            })?;
            Some(text)
        }
        (None, true) => None,
        (None, false) if value.is_empty() => {
            return Err(UserError::usage(format!(
                "Give a value for {field}, or --clear to clear it."
            ))
            .hint(format!(
                "`kinship plan kinds {}` lists the fields and what they take.",
                form.id
            ))
            .into());
        }
        (None, false) => Some(value.join(" ")),
    };
    let today = settings.now().date_naive();
    let now = settings.now();
    let (warning, kept, left_out) = store.update(
        &store.plan_path(name),
        &role(name),
        || Plan::new(&form.id, now),
        |p: &mut Plan| {
            let hidden_before = plan::hidden_answers(&form, p).len();
            let warning = plan::set_path(&form, p, field, raw.as_deref(), today).map_err(|e| {
                UserError::new(e).hint(format!(
                    "`kinship plan kinds {}` lists the fields and what they take. Nothing was changed.",
                    form.id
                ))
            })?;
            p.updated = now;
            let kept = plan::answer_at(p, field).is_some();
            // A question another approach asks takes an answer (a script may
            // set the approach last), but say that it is not in use now.
            let id = field.split('.').next().unwrap_or(field);
            let hidden = plan::hidden_answers(&form, p);
            let left_out = match form.field(id) {
                Some(f) if kept && !plan::shown(&form, p, f) => Some(format!(
                    "{id} is not part of this plan as it stands: {}. It is kept, but not \
                     asked or shown; `kinship plan show {name} --all` shows it.",
                    plan::why_left_out(&form, p, &[f])
                )),
                // A new approach: the answers for the old one stay.
                _ if hidden.len() > hidden_before => Some(format!(
                    "{} of your answers {} with another choice. {} kept, not deleted; \
                     `kinship plan show {name} --all` shows {}.",
                    hidden.len(),
                    if hidden.len() == 1 { "goes" } else { "go" },
                    if hidden.len() == 1 { "It is" } else { "They are" },
                    if hidden.len() == 1 { "it" } else { "them" },
                )),
                _ => None,
            };
            Ok((warning, kept, left_out))
        },
    )?;
    if let Some(w) = warning {
        ui.warn(&w);
    }
    // An empty answer clears, as in the interactive form: say which happened.
    ui.message(&if kept {
        format!("Saved {field} in {name}.")
    } else if field.split('.').count() == 2 {
        format!("Removed {field} from {name}.")
    } else {
        format!("Cleared {field} in {name}.")
    });
    if let Some(note) = left_out {
        ui.warn(&note);
    }
    Ok(())
}

/// Reads a file the user names (answers to import, an answer to set) through
/// the reader every file goes through: only a regular file (`/dev/zero` or a
/// pipe is refused, not waited on), of at most `max` bytes, UTF-8, a
/// byte-order mark allowed.
fn read_user_file(path: &std::path::Path, max: usize) -> Result<String, UserError> {
    use crate::store::read::{Links, ReadError, read_text};
    if path.as_os_str() == "-" {
        return read_stdin(max);
    }
    match read_text(path, Links::Follow, max) {
        Ok(Some(text)) => Ok(text),
        Ok(None) => Err(UserError::new(format!(
            "Could not read {}: there is no such file.",
            path.display()
        ))),
        Err(ReadError::TooLarge(_)) => Err(UserError::new(format!(
            "{} is too long: kinship reads files of up to {} KB here.",
            path.display(),
            max / 1024
        ))),
        Err(e) => Err(UserError::new(format!(
            "Could not read {}: {e}.",
            path.display()
        ))),
    }
}

/// `-`, as for `kinship journal --file -`: standard input, of at most `max`
/// bytes (one more is read, so an input with no end is refused, not waited
/// on), UTF-8, a byte-order mark allowed.
fn read_stdin(max: usize) -> Result<String, UserError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| UserError::new(format!("Could not read standard input: {e}.")))?;
    if bytes.len() > max {
        return Err(UserError::new(format!(
            "What came on standard input is too long: kinship reads up to {} KB here.",
            max / 1024
        )));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| UserError::new("What came on standard input is not UTF-8 text."))?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

/// The answers in a file to import: a whole plan file (with `answers:`) or
/// a map of answers, read as every file is (see [`read_user_file`] and
/// [`crate::yaml::from_str`]).
pub fn read_answers(file: &std::path::Path) -> Result<BTreeMap<String, Raw>, UserError> {
    let text = read_user_file(file, crate::store::read::MAX_BYTES).map_err(|e| {
        e.hint("Give a YAML file of answers; `kinship plan import --help` shows one.")
    })?;
    #[derive(serde::Deserialize)]
    struct WithAnswers {
        answers: BTreeMap<String, Raw>,
    }
    match crate::yaml::from_str::<WithAnswers>(&text) {
        Ok(w) => Ok(w.answers),
        Err(_) => crate::yaml::from_str(&text).map_err(|e| {
            let at = e
                .location
                .map(|(l, c)| format!(", line {l}, column {c}"))
                .unwrap_or_default();
            UserError::new(format!(
                "{}{at} is not a YAML map of answers: {}",
                file.display(),
                e.message
            ))
            .hint("Write one `field: answer` per line; `kinship plan kinds KIND` lists the fields.")
        }),
    }
}

fn import(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    kind: &str,
    file: &std::path::Path,
    name: Option<&str>,
    force: bool,
) -> anyhow::Result<()> {
    let form = find_form(kind, settings)?;
    let name = match name {
        Some(n) => plan::check_name(n).map_err(UserError::new)?,
        None if file.as_os_str() == "-" => {
            return Err(
                UserError::usage("A plan read from standard input needs a name.")
                    .hint("Give a name with --name NAME.")
                    .into(),
            );
        }
        None => {
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            plan::check_name(&stem)
                .map_err(|e| UserError::new(e).hint("Give a name with --name NAME."))?
        }
    };
    let raw = read_answers(file)?;
    import_raw(
        ui,
        settings,
        store,
        &form,
        &raw,
        &file.display().to_string(),
        &name,
        force,
    )
}

/// Imports checked answers as a new plan (or, with `force`, over one).
#[allow(clippy::too_many_arguments)]
fn import_raw(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    form: &Form,
    raw: &BTreeMap<String, Raw>,
    source: &str,
    name: &str,
    force: bool,
) -> anyhow::Result<()> {
    let (form, file, name) = (form, source, name.to_string());
    let today = settings.now().date_naive();
    let (answers, warnings) = plan::import_answers(form, raw, today).map_err(|problems| {
        let mut err = UserError::new(format!(
            "{} has {} problem{}; nothing was imported:\n  {}",
            file,
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            problems.join("\n  ")
        ));
        err = err.hint(format!(
            "`kinship plan kinds {}` lists the fields and what they take.",
            form.id
        ));
        err
    })?;
    let path = store.plan_path(&name);
    let now = settings.now();
    let mut p = Plan::new(&form.id, now);
    p.answers = answers;
    // One step under the plan's lock: the check for an old plan, the copy of
    // it kept in the archive, and the new one written over it. A kill at any
    // instant leaves the old plan or the new one; two imports of one name at
    // once cannot both create it.
    let kept = match store.put(&path, &role(&name), &p, force, now)? {
        Put::Exists => {
            return Err(UserError::new(format!("You already have a plan called {}.", quoted(&name)))
                .hint("Use --name for another name, or --force to replace it (a copy of the old one is kept).")
                .into());
        }
        Put::Created => None,
        Put::Replaced(to) => Some(to),
    };
    for w in warnings {
        ui.warn(&w);
    }
    if let Some(to) = kept {
        ui.message(&format!(
            "A copy of the old {name} is kept in {}.",
            store.shown(&to)
        ));
    }
    let c = plan::completeness(form, &p);
    ui.message(&format!(
        "Imported {name}: {} of {} questions answered.",
        c.answered, c.total
    ));
    let hidden = plan::hidden_answers(form, &p);
    if !hidden.is_empty() {
        ui.warn(&format!(
            "{} more {} kept but not in use: {}. `kinship plan show {name} --all` shows {}.",
            hidden.len(),
            if hidden.len() == 1 {
                "answer is"
            } else {
                "answers are"
            },
            plan::why_left_out(form, &p, &hidden),
            if hidden.len() == 1 { "it" } else { "them" },
        ));
    }
    Ok(())
}

/// What a share file holds, under its passphrase.
#[derive(Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Shared<A> {
    /// What kind of kinship file: `plan` here.
    kinship: String,
    format: u32,
    name: String,
    kind: String,
    answers: A,
}

/// The only kind of share `plan import` takes, and its newest format.
const SHARE_KIND: &str = "plan";
const SHARE_FORMAT: u32 = 1;

#[allow(clippy::too_many_arguments)]
fn share(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    output: &std::path::Path,
    person: Option<&str>,
    force: bool,
    passphrase_file: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let (p, form, warning) = load(store, settings, name)?;
    let name = name.trim();
    if let Some(w) = warning {
        ui.warn(&w);
    }
    let p = match person {
        Some(who) => crate::render::plan::plan_for(&form, &p, name, who).map_err(|e| {
            UserError::new(e).hint(format!(
                "Names come from the plan's lists; see `kinship plan show {name}`."
            ))
        })?,
        None => p,
    };
    if output.exists() && !force {
        return Err(
            UserError::new(format!("{} already exists.", output.display()))
                .hint("Choose another file, or add --force to replace it.")
                .into(),
        );
    }
    let doc = Shared {
        kinship: SHARE_KIND.into(),
        format: SHARE_FORMAT,
        name: name.to_string(),
        kind: form.id.clone(),
        answers: &p.answers,
    };
    let text = zeroize::Zeroizing::new(crate::yaml::to_string(&doc)?);
    let what = format!("this share of {name}");
    let passphrase = crypt::share_passphrase(passphrase_file, ui.can_prompt(), true, &what)?;
    let sealed = crypt::seal_with_passphrase(passphrase, text.as_bytes())?;
    super::output::write(output, sealed.as_slice(), force)?;
    let whose = person
        .map(|w| format!(" (the parts for {})", w.trim()))
        .unwrap_or_default();
    ui.message(&format!(
        "Wrote {name}{whose}, encrypted, to {}. Import it with `kinship plan import {}`.",
        output.display(),
        output.display()
    ));
    ui.hint(
        "Say the passphrase on the phone or in person, not in the message that carries the file.",
    );
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn import_share(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    file: &std::path::Path,
    name: Option<&str>,
    force: bool,
    passphrase_file: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let refuse =
        |why: String| UserError::new(format!("Could not import {}: {why}.", file.display()));
    let what = format!("the share {}", file.display());
    let text = super::transfer::open_sealed(
        ui,
        file,
        passphrase_file,
        &super::transfer::Sealed {
            kind: SHARE_KIND,
            format: SHARE_FORMAT,
            noun: "a share",
            short: "share",
            holds: "a plan",
            made_by: "`kinship plan share`",
            max_bytes: crate::store::read::MAX_BYTES as u64,
            other: "An export of a whole data folder is imported with `kinship data import FILE`.",
            what: &what,
            wrong: "Ask the person who made it for the passphrase. Nothing was imported.",
            not_sealed: Some(format!(
                "To import a YAML file of answers, give the kind first: `kinship plan import KIND {}`.",
                file.display()
            )),
        },
    )?;
    let text = text.as_str();
    let doc: Shared<BTreeMap<String, Raw>> = crate::yaml::from_str(text)
        .map_err(|e| refuse(format!("it does not hold a plan: {}", e.message)))?;
    let form = find_form(&doc.kind, settings)?;
    let name = match name {
        Some(n) => plan::check_name(n).map_err(UserError::new)?,
        None => plan::check_name(&doc.name)
            .map_err(|e| UserError::new(e).hint("Give a name with --name NAME."))?,
    };
    import_raw(
        ui,
        settings,
        store,
        &form,
        &doc.answers,
        &file.display().to_string(),
        &name,
        force,
    )
}

/// What deleting a file cannot promise, said wherever kinship deletes for good.
pub const WHAT_MAY_REMAIN: &str = "Deleting removes the files' names; on an SSD, a \
    journalling or copy-on-write file system, a snapshot or a backup (Time Machine, cloud \
    sync), old copies of what they held may still be recoverable. Full-disk encryption \
    protects against that; delete backups you do not want kept.";

fn delete(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    name: &str,
    yes: bool,
    purge: bool,
) -> anyhow::Result<()> {
    let name = name.trim();
    let path = match plan::check_name(name) {
        Ok(n) => store.plan_path(&n),
        Err(_) => return load(store, settings, name).map(|_| ()),
    };
    if !store.exists(&path)? {
        // There is nothing to delete: say which plans there are.
        return load(store, settings, name).map(|_| ());
    }
    // A plan that cannot be read (a hand edit gone wrong, a kind from a newer
    // kinship) can still be moved aside: that is the way out its error offers.
    let (what, unreadable) = match load(store, settings, name) {
        Ok((_, form, _)) => (
            format!("your {} {}", form.title.to_lowercase(), quoted(name)),
            "",
        ),
        Err(_) => (
            format!("your plan {}", quoted(name)),
            " It cannot be read, so it goes as it is.",
        ),
    };
    if !yes {
        if !ui.can_prompt() {
            return Err(UserError::usage(format!(
                "Deleting {} needs a yes, and there is no terminal to ask in.",
                quoted(name)
            ))
            .hint(format!("Run `kinship plan delete {name} --yes`."))
            .into());
        }
        let question = if purge {
            format!("Delete {what} for good, with its earlier copies in the archive?{unreadable}")
        } else {
            format!("Delete {what}? It is moved aside, not destroyed.{unreadable}")
        };
        let sure = with_prompter(ui, settings, |p| Ok(p.confirm(&question, false)?))?;
        if !sure {
            ui.message("Kept. Nothing was changed.");
            return Ok(());
        }
    }
    if purge {
        store.delete(&path, &role(name))?;
        let copies = store.purge_archived(Some((PLANS, name)))?;
        ui.message(&match copies {
            0 => format!("Deleted {name} for good."),
            1 => format!("Deleted {name} for good, and the 1 earlier copy of it in the archive."),
            n => {
                format!("Deleted {name} for good, and the {n} earlier copies of it in the archive.")
            }
        });
        ui.hint(WHAT_MAY_REMAIN);
    } else if let Some(to) = store.move_aside(&path, &role(name), settings.now())? {
        ui.message(&format!(
            "Deleted {name}. The file was moved to {}.",
            store.shown(&to)
        ));
    }
    Ok(())
}
