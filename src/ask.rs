//! Which prompter asks the questions: the plain one for screen readers and
//! `--plain`, else the terminal one (with the pager and the user's editor).
//! Chosen here, once, for every command that asks.

use crate::prompt::{self, Prompter};
use crate::settings::Settings;
use crate::ui::Ui;

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
                settings.store().ok().map(|s| s.root().to_path_buf()),
            );
        f(&mut p)
    }
}
