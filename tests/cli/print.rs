//! `kinship print` end to end: every kind in every format (snapshots), the
//! stamp every copy carries, hostile text escaped in HTML and Markdown, the
//! Markdown's structure read back with comrak, and `-o` with its refusals.

use crate::support::{TestEnv, has_escapes};
use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, parse_document};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use unicode_width::UnicodeWidthStr;

/// A plan with hostile and non-Latin text, and two people in its lists (the
/// team, letters and boundaries of a professional-led intervention).
pub const PLAN: &str = r#"
approach: 3
loved_one: "Sam 😊"
what_matters: "<script>alert(1)</script>"
when: 2026-12-05 18:30
place: "Mom's living room \"><img src=x onerror=alert(1)>"
team:
  - {name: Ann, relationship: Older sister, role: Speaks first}
  - {name: Сергей, relationship: Friend, role: Drives}
letters:
  - {from: Ann, letter: "Dear Sam,\n\nI remember the lake. *Not bold* [not a link](javascript:alert(1))"}
  - {from: Сергей, letter: "Brother, I am here."}
boundaries:
  - {person: Ann, boundary: I will not give money.}
  - {person: Сергей, boundary: I will not lie for you.}
"#;

pub const HOUSEHOLD: &str = r#"
naloxone_where: Kitchen drawer by the sink <b>left</b>
who_can_use: Mom, Dad and Jo.
address: 14 Mill Lane, second floor, blue door.
medications: Buprenorphine, once a day.
allergies: Penicillin.
call_after: Aunt Ruth.
"#;

pub fn import(env: &TestEnv, kind: &str, name: &str, text: &str) {
    let file = env.home().join(format!("{name}.yaml"));
    fs::write(&file, text).unwrap();
    env.ok(&[
        "plan",
        "import",
        kind,
        file.to_str().unwrap(),
        "--name",
        name,
    ]);
}

/// Two ticks and a note with markup in it on the overdose kit.
fn progress(env: &TestEnv) {
    env.ok(&["checklist", "check", "overdose-kit", "1", "3"]);
    env.ok(&[
        "checklist",
        "note",
        "overdose-kit",
        "1",
        "*not bold* <script>x</script> [a](javascript:x)\n# not a heading",
    ]);
}

const FORMATS: [&str; 3] = ["text", "markdown", "html"];

fn print(env: &TestEnv, what: &[&str], format: &str) -> String {
    let mut args = vec!["print"];
    args.extend_from_slice(what);
    args.extend(["--format", format]);
    env.ok(&args)
}

/// The page without its style sheet, which the browser test judges: a
/// snapshot holds what the page says, and changes only when that does.
fn without_css(html: String) -> String {
    match (html.find("<style>"), html.find("</style>")) {
        (Some(start), Some(end)) => {
            format!("{}<style>…</style>{}", &html[..start], &html[end + 8..])
        }
        _ => html,
    }
}

fn snapshot(env: &TestEnv, what: &[&str], format: &str) -> String {
    let out = print(env, what, format);
    if format == "html" {
        without_css(out)
    } else {
        out
    }
}

#[test]
fn every_kind_prints_in_every_format() {
    let env = TestEnv::new();
    progress(&env);
    import(&env, "intervention", "dad", PLAN);
    let kinds: [(&str, &[&str]); 6] = [
        ("checklist", &["checklist", "overdose-kit"]),
        ("checklist-blank", &["checklist", "overdose-kit", "--blank"]),
        ("plan", &["plan", "dad"]),
        ("plan-for-ann", &["plan", "dad", "--for", "ann"]),
        ("guide", &["guide", "grief"]),
        ("card-blank", &["card"]),
    ];
    for (name, what) in kinds {
        for format in FORMATS {
            insta::assert_snapshot!(format!("{name}-{format}"), snapshot(&env, what, format));
        }
    }
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    for format in FORMATS {
        insta::assert_snapshot!(format!("card-{format}"), snapshot(&env, &["card"], format));
    }
    for format in ["text", "html"] {
        insta::assert_snapshot!(
            format!("card-wallet-{format}"),
            snapshot(&env, &["card", "--size", "wallet"], format)
        );
    }
}

#[test]
fn every_copy_says_when_it_was_printed_the_number_the_review_and_not_advice() {
    let env = TestEnv::new();
    import(
        &env,
        "boundaries",
        "me",
        "boundaries:\n  - {when: You ask for money, i_will: I will say no}\n",
    );
    for what in [
        &["checklist", "self-care"][..],
        &["plan", "me"],
        &["guide", "od"],
        &["card"],
        &["card", "--size", "wallet"],
    ] {
        for format in FORMATS {
            if what.contains(&"wallet") && format == "markdown" {
                continue;
            }
            for (region, number) in [("us", "911"), ("gb", "999"), ("au", "000")] {
                let mut args = vec!["--region", region, "print"];
                args.extend_from_slice(what);
                args.extend(["--format", format]);
                let out = env.ok(&args);
                // HTML may break the sentence across tags: compare its text.
                let text = if format == "html" {
                    html_text(&out)
                } else {
                    out.clone()
                };
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                for needle in [
                    "Printed from kinship on 22 November 2026",
                    &format!(": {number}."),
                    "Text reviewed",
                    "This is not medical advice.",
                ] {
                    assert!(
                        text.contains(needle),
                        "{what:?} {format} {region}: no {needle:?}"
                    );
                }
            }
        }
    }
}

/// The visible text of an HTML page, tags dropped, entities decoded.
fn html_text(html: &str) -> String {
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn text_is_clean_and_fits_80_columns_even_when_colour_is_forced() {
    let env = TestEnv::new();
    progress(&env);
    import(&env, "intervention", "dad", PLAN);
    for what in [
        &["checklist", "overdose-kit"][..],
        &["plan", "dad"],
        &["guide", "withdrawal"],
        &["card"],
    ] {
        let mut args = vec!["--color", "always", "print"];
        args.extend_from_slice(what);
        let out = env.ok(&args);
        assert!(!has_escapes(&out), "{what:?} has escape codes");
        for line in out.lines() {
            // Only an address too long for any line may stick out: it stays whole.
            let one_word = line.split_whitespace().count() == 1;
            assert!(
                line.width() <= 80 || one_word,
                "{what:?}: {line:?} is wider than 80"
            );
        }
    }
    // Eleven items: the numbers line up in one column across the sections.
    let kit = env.ok(&["print", "checklist", "overdose-kit"]);
    assert!(kit.contains("1.  [x] Get naloxone"), "{kit}");
    assert!(kit.contains("2.  [ ] Check the expiry date"), "{kit}");
    let blank = env.ok(&["print", "checklist", "overdose-kit", "--blank"]);
    assert!(
        !blank.contains("[x]") && !blank.contains("Note:"),
        "{blank}"
    );
    assert!(blank.contains("1.  [ ] Get naloxone"), "{blank}");
}

#[test]
fn html_shows_hostile_text_as_text_and_loads_nothing() {
    let env = TestEnv::new();
    progress(&env);
    import(&env, "intervention", "dad", PLAN);
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    for what in [
        &["plan", "dad"][..],
        &["plan", "dad", "--for", "Ann"],
        &["checklist", "overdose-kit"],
        &["card"],
        &["card", "--size", "wallet"],
    ] {
        let html = print(&env, what, "html");
        let lower = html.to_lowercase();
        for bad in [
            "<script",
            "<img",
            "onerror=\"",
            "javascript:\"",
            "href=\"javascript",
            "<b>",
        ] {
            assert!(!lower.contains(bad), "{what:?}: {bad} got through");
        }
        // Nothing is fetched: no external style, font, image or script.
        for external in ["<link", " src=\"", " src='", "@import", "url("] {
            assert!(!lower.contains(external), "{what:?}: {external}");
        }
        assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    }
    let plan = print(&env, &["plan", "dad"], "html");
    assert!(
        plan.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{plan}"
    );
    assert!(
        plan.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        "{plan}"
    );
    assert!(plan.contains("Сергей") && plan.contains("Sam 😊"));
    let kit = print(&env, &["checklist", "overdose-kit"], "html");
    assert!(kit.contains("&lt;script&gt;x&lt;/script&gt;"), "{kit}");
    let card = print(&env, &["card"], "html");
    assert!(
        card.contains("Kitchen drawer by the sink &lt;b&gt;left&lt;/b&gt;"),
        "{card}"
    );
}

fn walk<'a>(node: &'a AstNode<'a>, f: &mut impl FnMut(&NodeValue)) {
    f(&node.data.borrow().value);
    for child in node.children() {
        walk(child, f);
    }
}

fn gfm_options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.tasklist = true;
    options.extension.table = true;
    options.extension.strikethrough = true;
    options
}

#[test]
fn markdown_reads_back_with_the_same_structure() {
    let env = TestEnv::new();
    progress(&env);
    let md = print(&env, &["checklist", "overdose-kit"], "markdown");
    let arena = Arena::new();
    let root = parse_document(&arena, &md, &gfm_options());
    let (mut done, mut open, mut headings, mut html) = (0, 0, Vec::new(), 0);
    walk(root, &mut |v| match v {
        NodeValue::TaskItem(t) if t.symbol.is_some() => done += 1,
        NodeValue::TaskItem(_) => open += 1,
        NodeValue::Heading(h) => headings.push(h.level),
        NodeValue::HtmlInline(_) | NodeValue::HtmlBlock(_) => html += 1,
        _ => {}
    });
    let kit = kinship::content::checklist::load("overdose-kit")
        .unwrap()
        .unwrap();
    assert_eq!((done, open), (2, kit.len() - 2), "{md}");
    assert_eq!(headings[0], 1, "the title");
    assert_eq!(
        headings.len(),
        1 + kit.sections.len(),
        "a heading per section"
    );
    assert_eq!(html, 0, "the note's <script> is text, not HTML: {md}");
    assert!(
        md.contains("\\*not bold\\*") && md.contains("\\# not a heading"),
        "{md}"
    );

    // A guide's table is a table, and its links are links.
    let md = print(&env, &["guide", "withdrawal"], "markdown");
    let root = parse_document(&arena, &md, &gfm_options());
    let (mut tables, mut links) = (0, 0);
    walk(root, &mut |v| match v {
        NodeValue::Table(_) => tables += 1,
        NodeValue::Link(_) => links += 1,
        _ => {}
    });
    assert!(tables >= 1, "{md}");
    assert!(links >= 2, "the sources are links: {md}");

    // The plan's letter keeps its paragraphs, and its markup stays text.
    import(&env, "intervention", "dad", PLAN);
    let md = print(&env, &["plan", "dad"], "markdown");
    let root = parse_document(&arena, &md, &gfm_options());
    let (mut emph, mut js) = (0, 0);
    walk(root, &mut |v| match v {
        NodeValue::Emph => emph += 1,
        NodeValue::Link(l) if l.url.contains("javascript") => js += 1,
        _ => {}
    });
    assert_eq!(js, 0, "{md}");
    assert!(md.contains("\\*Not bold\\*"), "{md}");
    assert!(emph >= 1, "the lead is in italics");
}

#[test]
fn output_files_are_private_never_replaced_unasked_and_named_by_their_ending() {
    let env = TestEnv::new();
    let file = env.home().join("card.html");
    let path = file.to_str().unwrap();
    let (code, _, err) = env.run(&["print", "card", "-o", path]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Wrote") && err.contains("card.html"), "{err}");
    let html = fs::read_to_string(&file).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "the .html ending chose HTML"
    );
    assert_eq!(
        fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );

    fs::write(&file, "my own file").unwrap();
    let (code, _, err) = env.run(&["print", "card", "-o", path]);
    assert_eq!(code, 1);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        "my own file",
        "left alone"
    );
    env.ok(&["print", "card", "-o", path, "--force", "--format", "text"]);
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .starts_with("Overdose? Call 911 now.")
    );

    let out = env.ok(&["print", "card", "-o", "-"]);
    assert!(
        out.starts_with("Overdose? Call 911 now."),
        "-o - is the screen: {out}"
    );
    assert!(!env.home().join("-").exists());

    // A bare file name is the current folder: the README's own example.
    let out = env
        .kinship()
        .current_dir(env.home())
        .args(["print", "card", "-o", "fridge.html"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        fs::read_to_string(env.home().join("fridge.html"))
            .unwrap()
            .contains("<html")
    );
    let out = env
        .kinship()
        .current_dir(env.home())
        .args(["--config", "bare.yaml", "config", "set", "region", "gb"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let md = env.home().join("kit.md");
    env.ok(&[
        "print",
        "checklist",
        "overdose-kit",
        "-o",
        md.to_str().unwrap(),
    ]);
    assert!(
        fs::read_to_string(&md)
            .unwrap()
            .starts_with("# Prepare an overdose kit")
    );

    let missing = env.home().join("no/such/folder/card.html");
    let (code, _, err) = env.run(&["print", "card", "-o", missing.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!env.home().join("no").exists(), "no folder made by mistake");

    let (code, _, err) = env.run(&["print", "card", "-o", env.home().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("is a folder"), "{err}");
    let inside_a_file = md.join("card.html");
    let (code, _, err) = env.run(&["print", "card", "-o", inside_a_file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("is a file, not a folder"), "{err}");
    let (code, _, err) = env.run(&["print", "card", "-o", "card.pdf"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("-o card.html") && err.contains("Save as PDF"),
        "{err}"
    );
}

#[test]
fn what_a_hand_edited_file_holds_cannot_drive_a_terminal_or_become_a_link() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    let file = env.data_dir().join("checklists/overdose-kit.yaml");
    let text = fs::read_to_string(&file).unwrap();
    // A note as a hand edit might leave it: escape codes, a bell, addresses.
    let text = text.replace(
        "done: true",
        "done: true\n    note: \"red\\e[31mRED\\a www.example.com https://x.example a@b.example\"",
    );
    fs::write(&file, text).unwrap();
    for format in FORMATS {
        let out = print(&env, &["checklist", "overdose-kit"], format);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{format}: {out:?}"
        );
        assert!(out.contains("RED"), "{format}: the words stay");
    }
    let md = print(&env, &["checklist", "overdose-kit"], "markdown");
    assert!(
        md.contains("www\\.example.com") && md.contains("https\\://") && md.contains("a\\@b"),
        "{md}"
    );
}

#[test]
fn plain_text_has_no_box_drawing_or_symbols() {
    let env = TestEnv::new();
    progress(&env);
    for what in [
        &["checklist", "overdose-kit"][..],
        &["card"],
        &["guide", "withdrawal"],
    ] {
        let mut args = vec!["--plain", "print"];
        args.extend_from_slice(what);
        let out = env.ok(&args);
        for symbol in ['│', '─', '•', '✓'] {
            assert!(!out.contains(symbol), "{what:?}: {symbol}\n{out}");
        }
    }
}

#[test]
fn a_card_is_not_printed_without_a_household_plan_that_cannot_be_read() {
    let env = TestEnv::new();
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    fs::write(env.data_dir().join("plans/home.yaml"), "answers: {{{").unwrap();
    let (code, out, err) = env.run(&["print", "card"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        err.contains("\"home\" could not be read") && err.contains("no card was printed"),
        "{err}"
    );
    assert!(out.is_empty());
    // With a readable overdose plan too, the broken one is only a warning.
    import(&env, "overdose-plan", "gran", "address: 2 Hill Road.\n");
    let (code, out, err) = env.run(&["print", "card"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("2 Hill Road.") && err.contains("Left out the plan \"home\""),
        "{err}"
    );
}

#[test]
fn bad_names_and_impossible_requests_say_what_to_do() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["print", "checklist", "overdose-kti"]);
    assert_eq!(code, 1);
    assert!(err.contains("Did you mean overdose-kit?"), "{err}");
    let (code, _, err) = env.run(&["print", "guide", "overdoes"]);
    assert_eq!(code, 1);
    assert!(err.contains("kinship print guide overdose"), "{err}");
    let (code, _, err) = env.run(&["print", "plan", "dad"]);
    assert_eq!(code, 1);
    assert!(err.contains("no plans yet"), "{err}");
    let (code, _, err) = env.run(&["print", "card", "--size", "wallet", "--format", "markdown"]);
    assert_eq!(code, 2);
    assert!(err.contains("--format html"), "{err}");
    let (code, _, err) = env.run(&["print", "card", "--format", "pdf"]);
    assert_eq!(code, 2);
    assert!(err.contains("text") && err.contains("html"), "{err}");

    import(&env, "intervention", "dad", PLAN);
    let (code, _, err) = env.run(&["print", "plan", "dad", "--for", "Bob"]);
    assert_eq!(code, 1);
    assert!(err.contains("Ann") && err.contains("Сергей"), "{err}");
    let (code, _, err) = env.run(&["print", "card", "--plan", "dad"]);
    assert_eq!(code, 1);
    assert!(err.contains("intervention plan"), "{err}");

    // No overdose plan: lines to write on, and how to fill them in.
    let (code, out, err) = env.run(&["print", "card"]);
    assert_eq!(code, 0);
    assert!(out.contains("Naloxone is:     ____"), "{out}");
    assert!(out.contains("Call afterwards: ____"), "{out}");
    assert!(err.contains("kinship plan new overdose-plan"), "{err}");

    // Two households: the card asks which.
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    import(&env, "overdose-plan", "gran", "address: 2 Hill Road.\n");
    let (code, _, err) = env.run(&["print", "card"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("gran") && err.contains("home") && err.contains("--plan"),
        "{err}"
    );
    let out = env.ok(&["print", "card", "--plan", "gran"]);
    assert!(
        out.contains("2 Hill Road.") && !out.contains("Mill Lane"),
        "{out}"
    );
    assert!(
        !out.contains("Naloxone is"),
        "unanswered questions are left off"
    );
}

/// kinship's own Markdown in a checklist's texts is rendered, in every
/// format: a command reads as code, never between literal backticks.
#[test]
fn markdown_in_checklist_texts_renders_in_every_format() {
    let env = TestEnv::new();
    let html = print(&env, &["checklist", "overdose-kit"], "html");
    assert!(
        html.contains("<code>kinship guide overdose</code>"),
        "{html}"
    );
    assert!(!html.contains('`'), "no literal backticks: {html}");
    let text = print(&env, &["checklist", "overdose-kit"], "text");
    assert!(text.contains("Run kinship guide overdose."), "{text}");
    assert!(!text.contains('`'), "{text}");
    let markdown = print(&env, &["checklist", "overdose-kit"], "markdown");
    assert!(
        markdown.contains("Run `kinship guide overdose`."),
        "{markdown}"
    );
    assert!(!markdown.contains("\\`"), "not escaped: {markdown}");
    // The intro says to run `kinship sos`.
    let shown = env.ok(&["checklist", "show", "overdose-response"]);
    assert!(shown.contains("run kinship sos instead"), "{shown}");
    assert!(!shown.contains('`'), "{shown}");
}

/// The wallet card gives the household's details the room its panels have
/// left, what paramedics need away from home first, and says what did not
/// fit only when something did not.
#[test]
fn the_wallet_card_fills_its_panels_allergies_and_medicines_first() {
    let env = TestEnv::new();
    import(&env, "overdose-plan", "home", HOUSEHOLD);
    let (code, out, err) = env.run(&["print", "card", "--size", "wallet"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("room for"), "everything fits: {err}");
    assert!(!out.contains("on the full card"), "{out}");
    let at = |label: &str| out.find(label).unwrap_or_else(|| panic!("{label}: {out}"));
    assert!(at("Allergies") < at("Medicines"), "{out}");
    assert!(at("Medicines") < at("Naloxone is"), "{out}");
    for detail in [
        "Penicillin.",
        "Buprenorphine, once a day.",
        "14 Mill Lane",
        "Aunt Ruth.",
    ] {
        assert!(out.contains(detail), "{detail}: {out}");
    }
    // Every step, once, and the small print at the very end.
    for n in 1..=8 {
        assert_eq!(
            out.matches(&format!("\n{n}. ")).count(),
            1,
            "step {n}: {out}"
        );
    }
    assert!(
        out.trim_end().ends_with("This is not medical advice."),
        "{out}"
    );

    let long = "The blue door next to the old bakery on the corner of Mill Lane. ".repeat(3);
    let fields = [
        "naloxone_where",
        "who_can_use",
        "address",
        "medications",
        "allergies",
        "call_after",
    ];
    let yaml: String = fields
        .iter()
        .map(|f| format!("{f}: \"{}\"\n", long.trim()))
        .collect();
    let crowded = TestEnv::new();
    import(&crowded, "overdose-plan", "home", &yaml);
    let (code, out, err) = crowded.run(&["print", "card", "--size", "wallet", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    let shown = out.matches("<dt>").count();
    assert!((2..6).contains(&shown), "{out}");
    assert!(
        out.find("<dt>Allergies</dt>") < out.find("<dt>Medicines</dt>"),
        "{out}"
    );
    assert!(
        err.contains(&format!("room for {shown} of your 6 details")),
        "{err}"
    );
    assert!(
        out.contains(&format!("{} more on the full card at home.", 6 - shown)),
        "{out}"
    );
}
