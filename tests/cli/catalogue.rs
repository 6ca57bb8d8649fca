//! Every sentence a user reads comes from the catalogue (`locales/`), so it
//! can be said in every language kinship speaks. This reads the shipped code
//! in `src/` and fails on a string literal that holds an English phrase (three
//! words or more) outside the files written for content authors and
//! developers, listed below with why.

use crate::architecture::sources;

/// Files whose sentences only a content author or a developer reads, each
/// with why it may hold English.
const FOR_AUTHORS: &[(&str, &str)] = &[
    (
        "content/form.rs",
        "checks a form file: its author reads the messages",
    ),
    (
        "content/overlay.rs",
        "checks a language's regions.yaml for its author",
    ),
    ("content/region.rs", "checks regions.yaml for its author"),
    ("content/sos.rs", "checks sos.yaml for its author"),
    (
        "content/checklist.rs",
        "checks a checklist file for its author",
    ),
    ("content/checkin.rs", "checks checkin.yaml for its author"),
    (
        "content/topic.rs",
        "checks a guide's front matter for its author",
    ),
    (
        "content/schema/",
        "the fields of every content file, checked for its author",
    ),
    (
        "content/source.rs",
        "checks a source's year for the content's author",
    ),
    (
        "content/expand.rs",
        "checks a region text's references for its author",
    ),
    (
        "content/mod.rs",
        "a content file missing from the build: a bug in kinship",
    ),
    (
        "clock.rs",
        "KINSHIP_NOW and KINSHIP_SPEED, which only tests set",
    ),
    (
        "commands/completions.rs",
        "shell completions and help, in English like --help",
    ),
    ("commands/help.rs", "clap's help, which stays in English"),
    (
        "cli.rs",
        "clap's command tree and its help, which stay in English",
    ),
    (
        "yaml.rs",
        "the YAML reader, shared with build.rs, which has no catalogue",
    ),
];

/// Phrases that are not sentences: commands, flags and file names.
fn is_command_words(literal: &str) -> bool {
    let l = literal.trim_start_matches('`');
    l.starts_with("kinship ")
        || l.starts_with("--")
        || l.starts_with("cargo ")
        // clap's examples under a command's --help, in English like --help
        || l.starts_with("Examples:")
}

/// Three or more words of letters in a row: a sentence, or part of one.
fn english_phrase(literal: &str) -> bool {
    let mut run = 0;
    for word in literal.split([' ', ',', ';', ':']) {
        let letters = !word.is_empty()
            && word
                .trim_end_matches(['.', '?', '!'])
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '\'');
        run = if letters { run + 1 } else { 0 };
        if run >= 3 {
            return true;
        }
    }
    false
}

/// The string literals of one line ("..." only; raw strings hold markup).
fn literals(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        out.push(&after[..end]);
        rest = &after[end + 1..];
    }
    out
}

/// What a line says that is not for a user: a comment, an attribute, a
/// panic message (a bug, never a user's mistake).
fn not_for_users(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("//")
        || t.starts_with("#[")
        // words kinship reads (a parser's vocabulary), never shows
        || line.contains("// read, not shown")
        || [".expect(", "panic!", "unreachable!", "debug_assert", "assert!"]
            .iter()
            .any(|p| line.contains(p))
}

fn untranslated(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if not_for_users(line) {
            continue;
        }
        for literal in literals(line) {
            if english_phrase(literal) && !is_command_words(literal) {
                out.push((n + 1, literal.to_string()));
            }
        }
    }
    out
}

#[test]
fn every_sentence_a_user_reads_comes_from_the_catalogue() {
    let mut found = Vec::new();
    for (rel, text) in sources() {
        let for_authors = |file: &str| match file.strip_suffix('/') {
            Some(folder) => rel.starts_with(&format!("{folder}/")),
            None => file == rel,
        };
        if FOR_AUTHORS.iter().any(|(file, _)| for_authors(file)) {
            continue;
        }
        for (line, literal) in untranslated(&text) {
            found.push(format!("src/{rel}:{line}: {literal:?}"));
        }
    }
    assert!(
        found.is_empty(),
        "English written in the code, not in locales/*.ftl:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_a_sentence_and_lets_commands_through() {
    let code = "let e = UserError::new(\"There is no plan called {}.\");\n\
                ui.line(\"kinship plan set NAME\");\n\
                // \"a comment is not shown\"\n\
                let v = x.expect(\"the lock is held here\");\n\
                ui.line(&t!(\"plan-none\"));";
    assert_eq!(
        untranslated(code),
        vec![(1, "There is no plan called {}.".to_string())]
    );
    assert!(english_phrase("Showing an older log"));
    assert!(!english_phrase("auto always"));
    assert!(!english_phrase("{name}: {value}"));
}
