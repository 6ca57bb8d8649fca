//! Unit tests of `ui.rs`.

use super::*;
use crate::render::style::Span;

#[test]
fn paints_only_when_colour_is_on() {
    let line = vec![Span::plain("Call "), Span::new("911", theme::EMERGENCY)];
    assert_eq!(paint(&line, false), "Call 911");
    assert_eq!(paint(&line, true), "Call \x1b[1;31m911\x1b[0m");
}

#[test]
fn text_with_control_characters_cannot_drive_the_terminal() {
    let line = vec![
        Span::plain("Note: \x1b]0;owned\x07\x1b[2Jhi\r\x08 there\u{9b}31m \u{202e}gpj.exe"),
        Span::new("!", theme::EMERGENCY),
    ];
    let shown = "Note: <U+001B>]0;owned<U+0007><U+001B>[2Jhi<U+0008> there<U+009B>31m \
                     <U+202E>gpj.exe";
    assert_eq!(paint(&line, false), format!("{shown}!"));
    assert_eq!(
        paint(&line, true),
        format!("{shown}\x1b[1;31m!\x1b[0m"),
        "only kinship's own colour codes are written"
    );
    assert_eq!(crate::render::style::line_text(&line), format!("{shown}!"));
    assert_eq!(
        crate::render::style::printable("two\tcols\nlines"),
        "two\tcols\nlines"
    );
    assert_eq!(
        crate::render::style::printable_html("a\u{2066}b"),
        "a&lt;U+2066&gt;b"
    );
    assert_eq!(
        crate::render::style::json_safe(serde_json::to_string("\u{9b}\u{202e}\x1b").unwrap()),
        "\"\\u009b\\u202e\\u001b\""
    );
}

#[test]
fn warnings_never_echo_raw_escapes_even_into_a_pipe() {
    let (mut ui, out, err) = Ui::capture(80, false);
    ui.warn("Ignoring \x1b[31mkey\u{202e}: bad");
    ui.message("\u{9b}2J");
    ui.println("\u{2067}x").unwrap();
    assert_eq!(
        err.text(),
        "warning: Ignoring <U+001B>[31mkey<U+202E>: bad\n<U+009B>2J\n"
    );
    assert_eq!(out.text(), "<U+2067>x\n");
}

#[test]
fn errors_print_once_with_hints_and_give_their_code() {
    let (mut ui, _out, err) = Ui::capture(80, false);
    let e = anyhow::Error::new(UserError::new("No guide called x.").hint("Run kinship guide."));
    assert_eq!(ui.report_error(&e), 1);
    assert_eq!(
        err.text(),
        "error: No guide called x.\nhint: Run kinship guide.\n"
    );
}

#[test]
fn a_sentence_added_to_an_io_error_prints_with_its_reason_and_hints() {
    let (mut ui, _out, err) = Ui::capture(80, false);
    let e = anyhow::Error::new(io::Error::from_raw_os_error(30))
        .context(UserError::usage("Could not save your progress.").hint("Choose another folder."));
    assert_eq!(ui.report_error(&e), 2);
    assert_eq!(
        err.text(),
        "error: Could not save your progress.\n  because: Read-only file system (os error 30)\n\
             hint: Choose another folder.\n"
    );
}

#[test]
fn a_broken_pipe_is_quiet() {
    let (mut ui, _out, err) = Ui::capture(80, false);
    let e = anyhow::Error::new(io::Error::from(io::ErrorKind::BrokenPipe));
    assert_eq!(ui.report_error(&e), 0);
    assert_eq!(err.text(), "");
}

#[test]
fn quiet_drops_messages_and_hints_but_keeps_warnings_and_errors() {
    let (ui, _, err) = Ui::capture(80, false);
    let mut ui = ui.quietly();
    ui.message("Saved.");
    ui.hint("Run this next.");
    assert_eq!(err.text(), "");
    ui.warn("Careful.");
    let e = crate::error::UserError::new("It broke.").hint("Do this to fix it.");
    let code = ui.report_error(&e.into());
    assert_eq!(code, 1);
    assert_eq!(
        err.text(),
        "warning: Careful.\nerror: It broke.\nhint: Do this to fix it.\n"
    );
}
