//! `kinship` with no command: the emergency line first, then what is here.

use crate::content;
use crate::render::style::{Line, Span, theme};
use crate::settings::Settings;
use crate::ui::Ui;
use unicode_width::UnicodeWidthStr;

pub fn run(ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let region = settings.region;
    let mut lines: Vec<Line> = vec![
        vec![
            Span::new(
                format!("Overdose? Call {} now.", region.emergency),
                theme::EMERGENCY,
            ),
            Span::plain(" Then: "),
            Span::new("kinship guide overdose", theme::CODE),
        ],
        vec![],
        vec![Span::plain(
            "kinship: guidance for the family and friends of someone who uses opioids.",
        )],
        vec![],
        vec![
            Span::new("Guides", theme::HEADING),
            Span::plain(" (kinship guide NAME)"),
        ],
    ];
    let topics = content::topics();
    let id_width = topics.iter().map(|t| t.id.width()).max().unwrap_or(0) + 2;
    for t in topics {
        lines.push(vec![
            Span::plain("  "),
            Span::new(format!("{:<id_width$}", t.id), theme::STRONG),
            Span::plain(t.title),
        ]);
    }
    lines.push(vec![]);
    lines.push(vec![Span::new("Commands", theme::HEADING)]);
    for (command, what) in COMMANDS {
        lines.push(vec![
            Span::plain("  "),
            Span::new(format!("{command:<24}"), theme::CODE),
            Span::plain(*what),
        ]);
    }
    lines.push(vec![]);
    lines.push(vec![Span::new(
        format!(
            "Region: {} ({}). Not medical advice.",
            region.name, region.code
        ),
        theme::DIM,
    )]);
    ui.print_lines(&lines)?;
    Ok(())
}

const COMMANDS: &[(&str, &str)] = &[
    ("kinship sos", "the overdose steps on one screen"),
    ("kinship guide NAME", "read a guide"),
    (
        "kinship checklist list",
        "checklists that remember your ticks",
    ),
    ("kinship plan kinds", "plans to fill in at your own pace"),
    ("kinship resources", "emergency numbers and helplines"),
    ("kinship search WORDS", "search all the guidance"),
    ("kinship --help", "every command and option"),
];
