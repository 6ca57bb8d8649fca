//! Unit tests of `checklist run`'s session.

use super::*;
use crate::commands::checklist::tick::resolve_item;
use crate::content::checklist;
use crate::prompt::{Scripted, ScriptedPrompter};
use crate::render::checklist as checklist_doc;
use crate::render::style::Line;
use chrono::DateTime;
use std::io;

fn clock() -> Clock {
    Clock::test(
        DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap(),
        0.0,
    )
}

fn kit() -> Checklist {
    checklist::parse(
            "kit.yaml",
            "id: kit\ntitle: Kit\nreviewed: 2026-11-22\nintro: I.\ntopic: overdose\nsections:\n  - title: S\n    items:\n      \
             - {id: a, text: 'Call {{emergency}}.', detail: More about a., urgent: true}\n      \
             - {id: b, text: B.}\n      - {id: c, text: C.}\n",
        )
        .unwrap()
}

fn us() -> &'static RegionEntry {
    region::find("us").unwrap()
}

const LAYOUT: Layout = Layout {
    width: 80,
    color: false,
    plain: false,
};

fn run_script(store: &Store, answers: Vec<Scripted>) -> (Ended, ScriptedPrompter) {
    let mut p = ScriptedPrompter::new(answers);
    let ended = session_with(store, &kit(), &mut p, &clock(), us(), LAYOUT).unwrap();
    (ended, p)
}

#[test]
fn a_session_ticks_unticks_and_notes_saving_each_change() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    use ListAction::*;
    let (ended, p) = run_script(
        &store,
        vec![
            Scripted::Action(Toggle(0)),
            Scripted::Action(Toggle(2)),
            Scripted::Action(Toggle(2)),
            Scripted::Action(Note(1)),
            Scripted::Text(Some("Ask the pharmacist".into())),
            Scripted::Action(Quit),
        ],
    );
    assert_eq!(ended, Ended::Quit(1, 3));
    let saved: Progress = store
        .read(&store.checklist_path("kit"), &role("kit"))
        .unwrap()
        .unwrap();
    assert!(saved.is_done("a") && !saved.is_done("c"));
    assert_eq!(saved.note("b"), Some("Ask the pharmacist"));
    assert_eq!(p.seen[0], "Kit 0/3");
    assert!(
        p.seen.contains(&"Note on \"B.\".".to_string()),
        "{:?}",
        p.seen
    );
}

#[test]
fn for_a_screen_reader_the_note_names_the_whole_item_and_the_page_the_keys_it_has() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let c = checklist::parse(
            "kit.yaml",
            "id: kit\ntitle: Kit\nreviewed: 2026-11-22\nintro: I.\ntopic: overdose\nsections:\n  - title: S\n    items:\n      \
             - {id: a, text: 'Keep it where everyone in the home can reach it fast.', detail: D.}\n",
        )
        .unwrap();
    let plain = Layout {
        plain: true,
        ..LAYOUT
    };
    use ListAction::*;
    let mut p = ScriptedPrompter::new(vec![
        Scripted::Action(Note(0)),
        Scripted::Text(None),
        Scripted::Action(Details(0)),
        Scripted::Action(Quit),
    ]);
    session_with(&store, &c, &mut p, &clock(), us(), plain).unwrap();
    let seen = p.seen.join("\n");
    assert!(
        seen.contains("Note on \"Keep it where everyone in the home can reach it fast.\""),
        "{seen}"
    );
    assert!(!seen.contains("press g in the list"), "{seen}");
    assert!(seen.contains("type g and its number in the list"), "{seen}");
}

#[test]
fn ctrl_c_ends_the_session_with_everything_before_it_saved() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (ended, _) = run_script(
        &store,
        vec![
            Scripted::Action(ListAction::Toggle(1)),
            Scripted::Action(ListAction::Interrupted),
        ],
    );
    assert_eq!(ended, Ended::Interrupted);
    let saved: Progress = store
        .read(&store.checklist_path("kit"), &role("kit"))
        .unwrap()
        .unwrap();
    assert!(saved.is_done("b"));
}

#[test]
fn details_and_guide_pages_fill_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (_, p) = run_script(
        &store,
        vec![
            Scripted::Action(ListAction::Details(0)),
            Scripted::Action(ListAction::Guide(0)),
            Scripted::Action(ListAction::Quit),
        ],
    );
    assert!(
        p.seen[1].starts_with("Call 911.\nUrgent.\n\nMore about a."),
        "{}",
        p.seen[1]
    );
    assert!(
        p.seen[1].contains("kinship guide overdose"),
        "{}",
        p.seen[1]
    );
    assert!(
        p.seen[3].starts_with("(never paged) Overdose: what to do now"),
        "the overdose guide never goes through a pager: {}",
        p.seen[3]
    );
    assert!(
        !store.checklist_path("kit").exists(),
        "reading changes nothing on disk"
    );
}

#[test]
fn a_tick_made_elsewhere_shows_in_the_next_view() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.checklist_path("kit");
    store
        .update(
            &path,
            &role("kit"),
            || Progress::new("kit", clock().now()),
            |p| Ok(p.set_done("c", true, clock().now())),
        )
        .unwrap();
    let (_, p) = run_script(&store, vec![Scripted::Action(ListAction::Quit)]);
    assert_eq!(p.seen[0], "Kit 1/3");
}

/// A prompter for which another terminal ticks `b` while the list is on
/// screen, before the user presses Space on it.
struct TickedElsewhere<'a> {
    store: &'a Store,
    inner: ScriptedPrompter,
}

impl Prompter for TickedElsewhere<'_> {
    fn checklist(&mut self, view: &ChecklistView, cursor: &mut usize) -> io::Result<ListAction> {
        let action = self.inner.checklist(view, cursor)?;
        if action == ListAction::Toggle(1) {
            self.store
                .update(
                    &self.store.checklist_path("kit"),
                    &role("kit"),
                    || Progress::new("kit", clock().now()),
                    |p| Ok(p.set_done("b", true, clock().now())),
                )
                .map_err(io::Error::other)?;
        }
        Ok(action)
    }
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        self.inner.input(prompt, initial)
    }
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        self.inner.confirm(prompt, default)
    }
    fn show(&mut self, lines: &[Line]) -> io::Result<()> {
        self.inner.show(lines)
    }
    fn say(&mut self, text: &str) -> io::Result<()> {
        self.inner.say(text)
    }
    fn select(&mut self, p: &str, items: &[String], d: usize) -> io::Result<Option<usize>> {
        self.inner.select(p, items, d)
    }
    fn multi_select(
        &mut self,
        p: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Option<Vec<usize>>> {
        self.inner.multi_select(p, items, checked)
    }
    fn long_text(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        self.inner.long_text(prompt, initial)
    }
}

#[test]
fn space_sets_the_opposite_of_what_was_shown_even_if_another_terminal_changed_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut p = TickedElsewhere {
        store: &store,
        inner: ScriptedPrompter::new(vec![
            Scripted::Action(ListAction::Toggle(1)),
            Scripted::Action(ListAction::Quit),
        ]),
    };
    session_with(&store, &kit(), &mut p, &clock(), us(), LAYOUT).unwrap();
    let saved: Progress = store
        .read(&store.checklist_path("kit"), &role("kit"))
        .unwrap()
        .unwrap();
    assert!(
        saved.is_done("b"),
        "b was shown unticked, so Space ticks it; it must not untick the other terminal's tick"
    );
    assert_eq!(p.inner.seen, ["Kit 0/3", "Kit 1/3"]);
}

#[test]
fn items_resolve_by_id_or_number_and_say_what_exists() {
    let c = kit();
    assert_eq!(resolve_item(&c, "b").unwrap().id, "b");
    assert_eq!(resolve_item(&c, "3").unwrap().id, "c");
    let err = resolve_item(&c, "9").unwrap_err();
    assert!(err.hints[0].contains("1 a, 2 b, 3 c"), "{err:?}");
    assert!(resolve_item(&c, "zz").is_err());
}

#[test]
fn the_document_numbers_items_and_keeps_retired_ones() {
    let mut p = Progress::new("kit", clock().now());
    p.set_done("b", true, clock().now());
    p.set_done("gone", true, clock().now());
    p.set_note("c", Some("later"), clock().now());
    let doc = checklist_doc::document(&kit(), Some(&p), us(), checklist_doc::Options::SHOW);
    let text: String = terminal::render(&doc, &LAYOUT)
        .iter()
        .map(|l| crate::render::style::line_text(l) + "\n")
        .collect();
    assert!(text.contains("1. [ ] Call 911. (urgent)\n"), "{text}");
    assert!(text.contains("2. [x] B.\n"), "{text}");
    assert!(text.contains("3. [ ] C.\n       Note: later\n"), "{text}");
    assert!(text.contains("No longer in this checklist"), "{text}");
    assert!(text.contains("[x] gone"), "{text}");
    assert!(text.contains("1 of 3 done."), "{text}");
}
