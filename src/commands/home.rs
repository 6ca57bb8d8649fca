//! `kinship` with no command: the emergency line first, then what is here,
//! all on one 80x24 screen so the emergency line never scrolls away.

use crate::content;
use crate::content::i18n::tr;
use crate::render::style::{Line, Span, Style, theme};
use crate::render::wrap::wrap_text;
use crate::settings::Settings;
use crate::ui::Ui;

pub fn run(ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let region = settings.region;
    let lang = settings.lang;
    let mut lines: Vec<Line> = vec![vec![
        Span::new(
            tr!(lang, "home-emergency", emergency = region.emergency),
            theme::EMERGENCY,
        ),
        Span::plain(format!(" {} ", tr!(lang, "home-then"))),
        Span::new("kinship guide overdose", theme::CODE),
    ]];
    if let Some(notice) = settings.region_notice() {
        lines.extend(wrap_text(
            &notice,
            theme::STRONG,
            ui.width().min(crate::ui::MAX_PROSE_WIDTH),
            &vec![],
            &vec![],
        ));
    }
    lines.extend([
        vec![],
        vec![
            Span::new(tr!(lang, "home-guides"), theme::HEADING),
            Span::plain(format!(" ({})", tr!(lang, "home-guides-how"))),
        ],
    ]);
    // The names only, wrapped: a line each would push the emergency line
    // off a 24-line screen.
    // A no-break space before the dot keeps it with the name before it, so
    // no line starts with a dot.
    let separator = if ui.plain() { ", " } else { "\u{a0}· " };
    let names: Vec<&str> = content::topics().iter().map(|t| t.id).collect();
    let indent = vec![Span::plain("  ")];
    lines.extend(wrap_text(
        &names.join(separator),
        Style::PLAIN,
        ui.width().min(crate::ui::MAX_PROSE_WIDTH),
        &indent,
        &indent,
    ));
    lines.push(vec![]);
    lines.push(vec![
        Span::new(tr!(lang, "home-commands"), theme::HEADING),
        Span::plain(format!(" ({} ", tr!(lang, "home-all-commands"))),
        Span::new("kinship --help", theme::CODE),
        Span::plain(")"),
    ]);
    for (command, placeholder, what) in COMMANDS {
        let command = match placeholder {
            Some(id) => format!("{command} {}", tr!(lang, id)),
            None => command.to_string(),
        };
        lines.push(vec![
            Span::plain("  "),
            Span::new(format!("{command:<24}"), theme::CODE),
            Span::plain(tr!(lang, what)),
        ]);
    }
    let reminders = crate::lookup::reminders::gather(
        settings,
        true,
        ui.width().min(crate::ui::MAX_PROSE_WIDTH),
    );
    if !reminders.lines.is_empty() {
        lines.push(vec![]);
        for line in &reminders.lines {
            lines.extend(wrap_text(
                line,
                theme::STRONG,
                ui.width().min(crate::ui::MAX_PROSE_WIDTH),
                &vec![],
                &vec![],
            ));
        }
    }
    lines.push(vec![]);
    lines.push(vec![Span::new(
        tr!(
            lang,
            "region-footer-short",
            region = region.name,
            code = region.code
        ),
        theme::DIM,
    )]);
    // The whole screen stays within SCREEN_LINES, so the emergency line never
    // scrolls away: when the reminders need the room, blank lines give way,
    // the lowest first.
    while lines.len() > SCREEN_LINES {
        match lines.iter().rposition(|l| l.is_empty()) {
            Some(at) => {
                lines.remove(at);
            }
            None => break,
        }
    }
    ui.print_lines(&lines)?;
    ui.flush()?;
    // One warning, however many files: the emergency line matters more.
    if !reminders.unreadable.is_empty() {
        ui.warn(&tr!(
            lang,
            "home-reminder-left-out",
            problem = reminders.unreadable.join(" ")
        ));
    }
    Ok(())
}

/// The lines the home screen may use: 24, less one for the shell's prompt.
const SCREEN_LINES: usize = 23;

/// Each command, the catalogue's word for what it takes (a placeholder,
/// in the reader's language), and the message that says what it does.
const COMMANDS: &[(&str, Option<&str>, &str)] = &[
    ("kinship sos", None, "home-sos"),
    ("kinship guide", None, "home-guide"),
    ("kinship checklist list", None, "home-checklists"),
    ("kinship plan kinds", None, "home-plans"),
    ("kinship print card", None, "home-print-card"),
    ("kinship resources", None, "home-resources"),
    ("kinship search", Some("home-search-words"), "home-search"),
];
