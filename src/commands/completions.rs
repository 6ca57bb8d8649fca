//! `kinship completions SHELL` and `kinship man`: for installing kinship properly.

use super::App;
use crate::ui::Ui;
use clap::Args;
use clap_complete::Shell;

/// Print a shell completion script (see the README for where to put it).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship completions bash > ~/.local/share/bash-completion/completions/kinship\n  \
    kinship completions zsh > ~/.zfunc/_kinship\n  \
    kinship completions fish > ~/.config/fish/completions/kinship.fish")]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    pub shell: Shell,
}

pub fn completions(args: CompletionsArgs, app: App, ui: &mut Ui) -> anyhow::Result<()> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut app(), "kinship", &mut out);
    if args.shell == Shell::Bash {
        let script = String::from_utf8_lossy(&out);
        ui.write_bytes(bash_setting_values(&script).as_bytes())?;
    } else {
        ui.write_bytes(&out)?;
    }
    Ok(())
}

/// In bash, `kinship config set KEY <TAB>` offers KEY's values: the word
/// before decides them, which clap's generator cannot express, so a case
/// for each key goes into the one for `config set`. Should a newer
/// generator write that part differently, the script is left as it was
/// (and the completion test says so).
fn bash_setting_values(script: &str) -> String {
    let Some(start) = script.find("        kinship__subcmd__config__subcmd__set)\n") else {
        return script.to_string();
    };
    let marker = "            case \"${prev}\" in\n";
    let Some(at) = script[start..]
        .find(marker)
        .map(|i| start + i + marker.len())
    else {
        return script.to_string();
    };
    let regions = crate::offer::region_words().join(" ");
    let mut cases = String::new();
    for (key, words) in [
        ("region", regions.as_str()),
        ("color", "auto always never"),
        ("pager", "auto never none off"),
        ("width", "auto"),
        ("reminders", "on off"),
    ] {
        cases.push_str(&format!(
            "                {key})\n                    \
             COMPREPLY=($(compgen -W \"{words}\" -- \"${{cur}}\"))\n                    \
             return 0\n                    ;;\n"
        ));
    }
    format!("{}{cases}{}", &script[..at], &script[at..])
}

/// Print kinship's manual page, in roff (see the README to install it).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
    kinship man | man -l -\n  \
    kinship man > ~/.local/share/man/man1/kinship.1")]
pub struct ManArgs {}

pub fn man(_args: ManArgs, app: App, ui: &mut Ui) -> anyhow::Result<()> {
    ui.write_bytes(man_page(app).as_bytes())?;
    Ok(())
}

/// The whole manual as one page, kinship(1): every command's usage, help,
/// options and examples are in it, so it refers to no other page.
pub fn man_page(app: App) -> String {
    let mut cmd = app();
    cmd.build();
    // NAME reads "kinship \- help for ...", not "kinship \- kinship: help for ...".
    let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    let about = about.strip_prefix("kinship: ").unwrap_or(&about);
    let about = about.trim_end_matches('.').to_string();
    let long_about = cmd
        .get_long_about()
        .map(|a| a.to_string())
        .unwrap_or_default()
        .replacen("kinship: help", "kinship is help", 1);
    let man = clap_mangen::Man::new(cmd.clone().about(about).long_about(long_about));
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);
    let mut page = String::from_utf8_lossy(&out).into_owned();

    page.push_str(".SH COMMANDS\n");
    page.push_str(&text(
        "Each command also takes the options above. `kinship help COMMAND` and \
         `kinship COMMAND --help` show the same help in the terminal.",
    ));
    for sub in cmd.get_subcommands() {
        command_section(&mut page, sub, "kinship");
    }

    page.push_str(".SH EMERGENCY\n");
    for paragraph in EMERGENCY {
        page.push_str(".PP\n");
        page.push_str(&text(paragraph));
    }

    let root_after = cmd
        .get_after_long_help()
        .map(|h| h.to_string())
        .unwrap_or_default();
    let (settings, examples) = root_after
        .split_once("Examples:\n")
        .unwrap_or((root_after.as_str(), ""));
    page.push_str(".SH ENVIRONMENT\n");
    // The settings table of `kinship --help`, its heading dropped and its
    // sentence brought to the margin.
    let settings: Vec<&str> = settings
        .lines()
        .filter(|l| l.trim() != "Settings:")
        .map(|l| l.strip_prefix("  ").unwrap_or(l))
        .collect();
    page.push_str(&help_block(settings.join("\n").trim_end()));
    for (var, what) in ENVIRONMENT {
        page.push_str(".TP\n");
        page.push_str(&format!("\\fB{}\\fR\n", escape(var)));
        page.push_str(&text(what));
    }
    page.push_str(".SH FILES\n");
    for (file, what) in FILES {
        page.push_str(".TP\n");
        page.push_str(&format!("\\fI{}\\fR\n", escape(file)));
        page.push_str(&text(what));
    }
    page.push_str(".SH EXIT STATUS\n");
    for (code, what) in EXIT_STATUS {
        page.push_str(".TP\n");
        page.push_str(&format!("\\fB{code}\\fR\n"));
        page.push_str(&text(what));
    }
    if !examples.trim().is_empty() {
        page.push_str(".SH EXAMPLES\n");
        page.push_str(&verbatim(examples.trim_end()));
    }
    out.clear();
    let _ = man.render_version_section(&mut out);
    page.push_str(&String::from_utf8_lossy(&out));
    ascii_only(&page)
}

const ENVIRONMENT: [(&str, &str); 13] = [
    (
        "KINSHIP_HOME",
        "The folder for your checklists, plans and walk logs (as --data-dir).",
    ),
    (
        "KINSHIP_REGION",
        "Your country or region, for emergency numbers and helplines (as --region).",
    ),
    ("KINSHIP_CONFIG", "The settings file to use (as --config)."),
    (
        "KINSHIP_NO_INPUT",
        "Any value but 0 means never ask a question, even on a terminal (as --no-input).",
    ),
    (
        "KINSHIP_PASSPHRASE_FILE",
        "When your data is locked, a file whose first line is its passphrase (as \
         --passphrase-file); never the passphrase itself.",
    ),
    (
        "KINSHIP_PAGER",
        "The pager for long output; it comes before the settings file and PAGER. \
         The value never (or none, off, false, no) turns paging off.",
    ),
    (
        "PAGER",
        "The pager for long output when neither KINSHIP_PAGER nor the settings file names \
         one; otherwise less -FRX.",
    ),
    (
        "NO_COLOR",
        "Any value turns colour off (--color comes first).",
    ),
    (
        "ACCESSIBLE",
        "Any value but 0 gives accessible output, as --plain: no colour (even with \
         --color always), no box drawing or symbols, and questions asked as numbered lines.",
    ),
    (
        "COLUMNS",
        "The width to wrap text to, in columns (prose never goes wider than 100).",
    ),
    (
        "LANG, LC_ALL, LC_MESSAGES",
        "With no region set, the country of your locale (en_GB.UTF-8 gives gb; LC_ALL comes \
         first, then LC_MESSAGES, then LANG). An EU country gives 112; a country kinship has \
         not checked gives \"your local emergency number\", never a guessed number. With no \
         country at all, the US numbers, and the emergency screens say so.",
    ),
    (
        "VISUAL, EDITOR",
        "The editor for long answers in plans and for journal entries (type e at the question).",
    ),
    (
        "TERM",
        "dumb turns colour, in-place drawing and every other escape code off.",
    ),
];

const FILES: [(&str, &str); 4] = [
    (
        "~/.local/share/kinship/",
        "Your own files on Linux, unless KINSHIP_HOME or --data-dir names another folder \
         (the platform's data folder elsewhere; `kinship data path` prints it): \
         checklists/, plans/, sos/, self/ (check-ins and the naloxone kit) and journal/. \
         Folders are 0700, files 0600.",
    ),
    (
        "~/.config/kinship/config.yaml",
        "The settings file on Linux (the platform's config folder elsewhere; `kinship config \
         path` prints it). It holds region, color, pager, width and reminders.",
    ),
    (
        "data-key.age, data-key.pub, vault/",
        "In the data folder, once `kinship data lock` has run: the data key encrypted with \
         your passphrase, its public half, and every private file encrypted under a random \
         name, with an encrypted index. The age tool reads them (see the README).",
    ),
    (
        "archive/",
        "In the data folder: copies kept by `kinship checklist reset`, `kinship plan \
         delete`, `kinship plan import --force` and `kinship journal delete`. `kinship data \
         archive` lists them and `kinship data archive purge` removes them; `kinship plan \
         delete --purge` removes a plan with its copies, and `kinship data wipe` removes \
         everything kinship keeps.",
    ),
];

/// What the emergency path does in any country and with any mistake.
const EMERGENCY: [&str; 3] = [
    "kinship sos, kinship alone and kinship guide overdose always print, at once and \
     without a question. In a region kinship has checked (us, ca, gb or uk, ie, au, nz) \
     they give its number; in a member state of the European Union, 112 under the \
     country's own name; in any other country, \"your local emergency number\" and one \
     line saying kinship has no numbers there, never a guessed number. With no region \
     set and no country in the locale, they give the US numbers and say so under the title.",
    "A code that is not a country never stops them: they use the next setting in the usual \
     order and warn first.",
    "kinship overdose, kinship od, kinship narcan, kinship naloxone and near misses of \
     them (kinship overdos) show the card, with one line saying so. Any other mistake at \
     the top level keeps its message and adds the number to call.",
];

const EXIT_STATUS: [(&str, &str); 6] = [
    ("0", "Success."),
    ("1", "A problem you can fix; the message says how."),
    (
        "2",
        "A command used wrongly, or an interactive command with no terminal (or with --no-input).",
    ),
    (
        "130",
        "Stopped with Ctrl-C; everything done before it was saved.",
    ),
    (
        "129",
        "Stopped because the terminal closed (SIGHUP); everything done before it was saved.",
    ),
    (
        "143",
        "Stopped by SIGTERM (kill); everything done before it was saved.",
    ),
];

/// One command, and then the commands under it, as subsections.
fn command_section(page: &mut String, cmd: &clap::Command, parent: &str) {
    if cmd.is_hide_set() {
        return;
    }
    let path = format!("{parent} {}", cmd.get_name());
    page.push_str(&format!(".SS \"{}\"\n", escape(&path)));
    let usage = cmd.clone().render_usage().to_string();
    page.push_str(".nf\n");
    for line in usage.trim().trim_start_matches("Usage:").lines() {
        page.push_str(&format!(".B {}\n", escape(line.trim())));
    }
    page.push_str(".fi\n");
    if let Some(about) = cmd.get_long_about().or_else(|| cmd.get_about()) {
        page.push_str(".PP\n");
        page.push_str(&text(&about.to_string()));
    }
    let aliases: Vec<&str> = cmd.get_visible_aliases().collect();
    if !aliases.is_empty() {
        page.push_str(".PP\n");
        page.push_str(&text(&format!("Also called: {}.", aliases.join(", "))));
    }
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() || arg.is_global_set() || arg.get_id() == "help" {
            continue;
        }
        page.push_str(".TP\n");
        page.push_str(&arg_line(arg));
        if let Some(help) = arg.get_long_help().or_else(|| arg.get_help()) {
            page.push_str(&text(&help.to_string()));
        }
    }
    if let Some(after) = cmd.get_after_long_help().or_else(|| cmd.get_after_help()) {
        page.push_str(".PP\n");
        page.push_str(&help_block(after.to_string().trim_end()));
    }
    for sub in cmd.get_subcommands() {
        command_section(page, sub, &path);
    }
}

/// An argument as the head of a tagged paragraph: `-y, --yes`, `--for PERSON`, `NAME`.
fn arg_line(arg: &clap::Arg) -> String {
    let value = arg
        .get_value_names()
        .map(|names| {
            names
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| arg.get_id().to_string().to_uppercase());
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    let mut names = Vec::new();
    if let Some(short) = arg.get_short() {
        names.push(format!("\\fB\\-{short}\\fR"));
    }
    if let Some(long) = arg.get_long() {
        names.push(format!("\\fB\\-\\-{}\\fR", escape(long)));
    }
    let mut line = if arg.is_positional() {
        format!("\\fI{}\\fR", escape(&value))
    } else {
        let mut line = names.join(", ");
        if takes_value {
            line.push_str(&format!(" \\fI{}\\fR", escape(&value)));
        }
        line
    };
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !possible.is_empty() && possible.len() <= 12 {
        line.push_str(&format!(" (one of: {})", escape(&possible.join(", "))));
    }
    line + "\n"
}

/// Prose: filled and adjusted by the formatter; a blank line starts a paragraph.
fn text(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push_str(".PP\n");
        } else {
            out.push_str(&escape_line(line.trim()));
        }
    }
    out
}

/// Help text as kinship writes it: lines at the margin are prose, indented
/// lines (examples, tables of keys) are kept as they are.
fn help_block(text: &str) -> String {
    let mut out = String::new();
    let mut kept: Vec<&str> = Vec::new();
    for line in text.lines().chain([""]) {
        if line.starts_with(' ') {
            kept.push(line);
            continue;
        }
        if !kept.is_empty() {
            out.push_str(&verbatim(&kept.join("\n")));
            kept.clear();
        }
        if line.trim().is_empty() {
            out.push_str(".PP\n");
        } else {
            out.push_str(&escape_line(line.trim()));
        }
    }
    out
}

/// Lines kept as they are (usage examples, tables).
fn verbatim(text: &str) -> String {
    let mut out = String::from(".nf\n");
    for line in text.lines() {
        out.push_str(&escape_line(line));
    }
    out.push_str(".fi\n");
    out
}

/// One line of text, safe as roff input: it cannot start a request.
fn escape_line(line: &str) -> String {
    let line = escape(line);
    if line.starts_with('.') || line.starts_with('\'') {
        format!("\\&{line}\n")
    } else {
        format!("{line}\n")
    }
}

/// Backslashes and hyphens escaped (so that `--plain` can be copied).
fn escape(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

/// Any character beyond ASCII as a groff escape, so the page reads the same
/// whatever encoding the formatter assumes.
fn ascii_only(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for c in page.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}
