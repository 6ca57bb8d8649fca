//! What `checklist run` leaves on a real screen: the pseudo-terminal's output
//! is played into a terminal emulator (80×24, with scrollback) and the
//! screen and scrollback are read back as a user would see them.

use crate::pty::{expect, key, spawn};
use crate::support::TestEnv;
use kinship::content::checklist;
use kinship::progress::checklist::Progress;
use std::num::NonZeroU16;

/// Rows of the user's shell above where kinship starts, so its first frame
/// starts at the bottom of a full screen, as it usually does.
const SHELL_ROWS: usize = 30;

/// What a terminal shows after `output`: (the screen's rows, the rows that
/// scrolled off above it, oldest first).
fn screen_after(output: &str) -> (Vec<String>, Vec<String>) {
    let (rows, cols) = (NonZeroU16::new(24).unwrap(), NonZeroU16::new(80).unwrap());
    let mut term = vt100::Parser::new(rows, cols, 10_000);
    for i in 0..SHELL_ROWS {
        term.process(format!("$ earlier command {i}\r\n").as_bytes());
    }
    // rexpect hands the bytes back one char each.
    let bytes: Vec<u8> = output.chars().map(|c| c as u32 as u8).collect();
    term.process(&bytes);
    let screen: Vec<String> = term.screen().rows(0, 80).collect();
    let len = term.screen().scrollback_len();
    let mut scrolled = Vec::new();
    for k in (1..=len).rev() {
        term.screen_mut().set_scrollback(k);
        scrolled.extend(term.screen().rows(0, 80).next());
    }
    (screen, scrolled)
}

#[test]
fn three_notes_show_under_their_items_and_nothing_piles_up_above_the_list() {
    let env = TestEnv::new();
    let kit = checklist::load("overdose-kit").unwrap().unwrap();
    let items: Vec<&checklist::Item> = kit.items().collect();
    let mut p = spawn(&env, &["checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    for (i, note) in ["Kitchen drawer", "Expires March", "Told Sam"]
        .iter()
        .enumerate()
    {
        if i > 0 {
            key(&mut p, "j");
            expect(&mut p, "q quit", &mut seen);
        }
        key(&mut p, "n");
        expect(&mut p, "Esc to cancel", &mut seen);
        key(&mut p, note);
        key(&mut p, "\r");
        expect(&mut p, "q quit", &mut seen);
    }
    let (screen, scrolled) = screen_after(&seen);
    let shown = screen.join("\n");
    for (i, note) in ["Kitchen drawer", "Expires March", "Told Sam"]
        .iter()
        .enumerate()
    {
        let at = screen
            .iter()
            .position(|row| row.contains(&items[i].text[..20]))
            .unwrap_or_else(|| panic!("item {i} on screen:\n{shown}"));
        assert_eq!(
            screen[at + 1].trim_end(),
            format!("      Note: {note}"),
            "the note under its item:\n{shown}"
        );
    }
    assert_eq!(
        screen.iter().filter(|r| r.contains(&kit.title)).count(),
        1,
        "one list on the screen:\n{shown}"
    );
    assert!(!shown.contains("Note on"), "{shown}");
    assert!(!shown.contains('✔'), "{shown}");
    assert!(
        screen.last().unwrap().trim().is_empty(),
        "a row is left spare:\n{shown}"
    );
    // Above the list is only what was there before kinship started.
    for row in &scrolled {
        assert!(
            row.starts_with("$ earlier command") || row.trim().is_empty(),
            "{row:?} scrolled off above the list:\n{}",
            scrolled.join("\n")
        );
    }
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("Saved. 0 of"), "{rest}");
    let text =
        std::fs::read_to_string(env.data_dir().join("checklists/overdose-kit.yaml")).unwrap();
    let saved: Progress = kinship::yaml::from_str(&text).unwrap();
    assert_eq!(saved.note(&items[2].id), Some("Told Sam"), "{text}");
}

#[test]
fn a_note_of_200_characters_at_80_columns_is_typed_on_one_row_and_leaves_no_copies() {
    let env = TestEnv::new();
    let kit = checklist::load("overdose-kit").unwrap().unwrap();
    let first = kit.items().next().unwrap();
    let note: String = (0..40).map(|i| format!("w{i:02}. ")).collect();
    assert_eq!(note.len(), 200);
    let mut p = spawn(&env, &["checklist", "run", "overdose-kit"], &[]);
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "n");
    expect(&mut p, "Esc to cancel", &mut seen);
    // A key at a time, as typed: every one redraws the row.
    for c in note.chars() {
        key(&mut p, &c.to_string());
    }
    // The end of the note is in view while typing.
    expect(&mut p, "w39.", &mut seen);
    let (screen, scrolled) = screen_after(&seen);
    let shown = screen.join("\n");
    let row = screen
        .iter()
        .find(|r| r.starts_with("      Note: "))
        .unwrap_or_else(|| panic!("the note's row:\n{shown}"));
    assert!(
        row.starts_with("      Note: …"),
        "scrolled sideways: {row:?}"
    );
    assert!(row.trim_end().ends_with("w39."), "{row:?}");
    assert!(
        scrolled
            .iter()
            .all(|r| r.starts_with("$ earlier command") || r.trim().is_empty()),
        "nothing but the shell above the list:\n{}",
        scrolled.join("\n")
    );
    assert_eq!(
        screen.iter().filter(|r| r.contains(&kit.title)).count(),
        1,
        "{shown}"
    );
    key(&mut p, "\r");
    expect(&mut p, "q quit", &mut seen);
    let (screen, scrolled) = screen_after(&seen);
    let at = screen
        .iter()
        .position(|r| r.contains(&first.text[..20]))
        .unwrap();
    assert!(
        screen[at + 1].starts_with("      Note: w00. w01."),
        "the saved note, cut to its row:\n{}",
        screen.join("\n")
    );
    assert!(screen[at + 1].trim_end().ends_with('…'));
    assert!(
        scrolled
            .iter()
            .all(|r| r.starts_with("$ earlier command") || r.trim().is_empty())
    );
    key(&mut p, "q");
    p.exp_eof().unwrap();
    let text =
        std::fs::read_to_string(env.data_dir().join("checklists/overdose-kit.yaml")).unwrap();
    let saved: Progress = kinship::yaml::from_str(&text).unwrap();
    assert_eq!(saved.note(&first.id), Some(note.trim_end()), "kept whole");
}

#[test]
fn on_a_dumb_terminal_notes_and_pages_are_said_line_by_line_with_no_escapes() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["checklist", "run", "overdose-kit"],
        &[("TERM", "dumb")],
    );
    let mut seen = String::new();
    expect(&mut p, "Your choice: ", &mut seen);
    for (n, note) in [(1, "Kitchen drawer"), (2, "Expires March"), (3, "Told Sam")] {
        p.send_line(&format!("n{n}")).unwrap();
        expect(&mut p, "> ", &mut seen);
        p.send_line(note).unwrap();
        expect(&mut p, "Your choice: ", &mut seen);
    }
    p.send_line("d1").unwrap();
    expect(&mut p, "End of page.", &mut seen);
    expect(&mut p, "Your choice: ", &mut seen);
    p.send_line("l").unwrap();
    expect(&mut p, "Your choice: ", &mut seen);
    p.send_line("q").unwrap();
    seen.push_str(&p.exp_eof().unwrap());
    let words = seen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Note on \"Keep it where everyone in the home can reach it fast.\""),
        "the whole item, with no keys that do nothing here: {seen}"
    );
    assert!(words.contains("Note: Kitchen drawer"), "{seen}");
    assert!(words.contains("Note: Told Sam"), "{seen}");
    assert!(
        words.contains("type g and its number in the list"),
        "the page says this list's keys: {seen}"
    );
    assert!(!words.contains("Esc"), "{seen}");
    assert!(
        !seen.contains('\u{1b}'),
        "no cursor movement, colour or any other escape: {seen:?}"
    );
}

/// A pager at a path with a space, given arguments with quotes: it says what
/// it was given on the terminal.
const QUOTING_PAGER: &str = "#!/bin/sh\ncat > /dev/null\necho \"PAGER-GOT [$1] [$2]\"\n";

#[test]
fn a_pager_command_with_quotes_runs_the_same_from_the_checklist_and_from_a_guide() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let dir = env.home().join("my pagers");
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("show it");
    std::fs::write(&script, QUOTING_PAGER).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let pager = format!("'{}' --title \"two words\"", script.display());
    let said = "PAGER-GOT [--title] [two words]";

    // From the checklist: the first item's guide is long, so it is paged.
    let mut p = spawn(
        &env,
        &["checklist", "run", "overdose-kit"],
        &[("KINSHIP_PAGER", &pager)],
    );
    let mut seen = String::new();
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "g");
    expect(&mut p, said, &mut seen);
    expect(&mut p, "q quit", &mut seen);
    key(&mut p, "q");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("Saved. 0 of"), "{rest}");

    // From a guide printed through the Ui.
    let mut p = spawn(&env, &["guide", "boundaries"], &[("PAGER", &pager)]);
    let out = p.exp_eof().unwrap();
    assert!(out.contains(said), "{out}");
    assert!(!out.contains("Could not start the pager"), "{out}");
}
