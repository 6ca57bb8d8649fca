//! The arrows between kinship's modules run one way, down the floors of
//! ARCHITECTURE.md. This reads `src/` and fails when a module imports one on
//! its own floor or above, when a command imports another command, or when a
//! pure layer does I/O. Code compiled only for tests is not read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Each top-level module and its floor: a module may import only modules on
/// lower floors. Written once; ARCHITECTURE.md draws the same table.
const FLOORS: &[(&str, u8)] = &[
    ("error", 0),
    ("yaml", 0),
    ("env", 0),
    ("suggest", 0),
    ("clock", 1),
    ("content", 1),
    ("offer", 2),
    ("progress", 2),
    ("render", 3),
    ("store", 3),
    ("search", 4),
    ("settings", 4),
    ("ui", 5),
    ("prompt", 6),
    ("ask", 7),
    ("lookup", 7),
    ("fill", 7),
    ("commands", 8),
    ("cli", 9),
    ("lib", 10),
    ("main", 11),
];

/// Layers that only compute: no files, processes, environment or printing.
const PURE: &[&str] = &["content", "progress", "render"];
const IO: &[&str] = &[
    "std::fs",
    "std::env::",
    "std::process",
    "File::",
    "stdin()",
    "stdout()",
    "println!",
    "eprintln!",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file of the shipped library and binary, with its text cut
/// where its unit tests begin. Files declared only for tests are left out.
pub(crate) fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    collect(&src(), &mut files);
    let test_only = test_only_files(&files);
    files
        .into_iter()
        .filter(|(rel, _)| !test_only.contains(rel))
        .map(|(rel, text)| {
            let shipped = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            (rel, shipped)
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(src())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.push((rel, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// `#[cfg(test)] mod x;` (or a test feature) in a module file: x's file.
fn test_only_files(files: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (rel, text) in files {
        let dir = match rel.rsplit_once('/') {
            Some((dir, "mod.rs")) => format!("{dir}/"),
            Some((dir, file)) => format!("{dir}/{}/", file.trim_end_matches(".rs")),
            None if rel == "lib.rs" => String::new(),
            None => format!("{}/", rel.trim_end_matches(".rs")),
        };
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2) {
            let gated = pair[0].trim_start().starts_with("#[cfg(")
                && pair[0].contains("test")
                && !pair[0].contains("not(");
            let decl = pair[1].trim();
            if gated
                && let Some(name) = decl
                    .trim_start_matches("pub ")
                    .strip_prefix("mod ")
                    .and_then(|d| d.strip_suffix(';'))
            {
                out.push(format!("{dir}{name}.rs"));
                out.push(format!("{dir}{name}/mod.rs"));
            }
        }
    }
    out
}

fn top(rel: &str) -> &str {
    rel.split('/').next().unwrap().trim_end_matches(".rs")
}

/// The modules a file names: `crate::x` anywhere, `use x::` in lib.rs (the
/// crate's root), `kinship::x` in main.rs.
fn imports(rel: &str, text: &str) -> Vec<String> {
    let prefix = match rel {
        "main.rs" => "kinship::",
        _ => "crate::",
    };
    let mut found: Vec<String> = text
        .match_indices(prefix)
        .filter(|(at, _)| {
            !text[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .map(|(at, _)| {
            text[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    if rel == "lib.rs" {
        for line in text.lines() {
            let line = line.trim();
            let path = line.strip_prefix("use ").or(line.strip_prefix("pub use "));
            if let Some(path) = path {
                found.push(path.split("::").next().unwrap().to_string());
            }
            for (name, _) in FLOORS {
                if line.contains(&format!("{name}::")) && !line.starts_with("//") {
                    found.push(name.to_string());
                }
            }
        }
    }
    found
}

#[test]
fn every_import_runs_down_the_floors() {
    let floors: BTreeMap<&str, u8> = FLOORS.iter().copied().collect();
    let mut wrong = Vec::new();
    for (rel, text) in sources() {
        let from = top(&rel);
        let Some(&floor) = floors.get(from) else {
            wrong.push(format!("{rel}: module {from} has no floor in FLOORS"));
            continue;
        };
        for to in imports(&rel, &text) {
            if to == from || to == "lib" {
                continue;
            }
            match floors.get(to.as_str()) {
                Some(&f) if f < floor => {}
                Some(&f) => wrong.push(format!(
                    "{rel}: {from} (floor {floor}) imports {to} (floor {f})"
                )),
                None if rel == "lib.rs" || rel == "main.rs" => {}
                None => wrong.push(format!("{rel}: imports {to}, which has no floor")),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "arrows that run up or sideways:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_command_imports_another_command() {
    let mut wrong = Vec::new();
    for (rel, text) in sources() {
        let Some(path) = rel.strip_prefix("commands/") else {
            continue;
        };
        if path == "mod.rs" {
            continue;
        }
        let command = path.split('/').next().unwrap().trim_end_matches(".rs");
        for (at, _) in text.match_indices("crate::commands::") {
            wrong.push(format!("{rel}: {}", &text[at..].lines().next().unwrap()));
        }
        // `super::` from a command's own file is commands/mod.rs: only its
        // shared items (App, BROKEN_CONTENT), never another command.
        let own_folder = path.contains('/');
        for (at, _) in text.match_indices("super::") {
            let rest = &text[at + "super::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let is_module = rest[name.len()..].starts_with("::")
                && name.chars().next().is_some_and(char::is_lowercase);
            if is_module && !own_folder && name != command {
                wrong.push(format!("{rel}: super::{name}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "commands importing commands:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_pure_layers_do_no_io() {
    let mut wrong = Vec::new();
    for (rel, text) in sources() {
        if !PURE.contains(&top(&rel)) {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for io in IO {
                if line.contains(io) {
                    wrong.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "I/O in a pure layer:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_floor_check_sees_a_wrong_arrow() {
    // The check is only worth something if it can fail: an upward import
    // written the ways the code writes imports is seen.
    assert_eq!(
        imports("store/x.rs", "use crate::settings::Settings;"),
        ["settings"]
    );
    assert_eq!(
        imports("render/x.rs", "let s = crate::ui::paint(x); // crate::no"),
        ["ui", "no"]
    );
    assert_eq!(imports("main.rs", "kinship::cli::parse()"), ["cli"]);
    assert!(imports("ui.rs", "notcrate::x").is_empty());
    let files = vec![(
        "store/mod.rs".to_string(),
        "#[cfg(test)]\nmod fuzz;\npub mod lock;".to_string(),
    )];
    assert_eq!(
        test_only_files(&files),
        ["store/fuzz.rs", "store/fuzz/mod.rs"]
    );
}
