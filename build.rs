//! Embeds every file under `content/` into the binary, with a small index.
//!
//! The index (topic ids, aliases, titles, summaries, order; region codes) lets
//! `kinship guide TOPIC`, the topic list and the home screen run without parsing
//! any file but the one they show. Files whose front matter does not parse are
//! still embedded and left out of the index: the library validation in
//! `cargo test` reports them with their line and column, which is clearer than
//! a build failure.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

#[path = "src/content/front_matter.rs"]
#[allow(dead_code)]
mod front_matter;
#[path = "src/yaml.rs"]
#[allow(dead_code)]
mod yaml;

#[derive(serde::Deserialize)]
struct TopicHead {
    id: String,
    title: String,
    summary: String,
    #[serde(default)]
    aliases: Vec<String>,
    order: i64,
}

#[derive(serde::Deserialize)]
struct RegionsFile {
    regions: BTreeMap<String, RegionHead>,
}

#[derive(serde::Deserialize)]
struct RegionHead {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    fallback: bool,
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("content");
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/yaml.rs");
    println!("cargo::rerun-if-changed=src/content/front_matter.rs");

    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();

    let mut out = String::new();
    out.push_str("/// Every embedded content file: its path under `content/`, and its text.\n");
    out.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for rel in &files {
        let abs = root.join(rel);
        writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    let mut topics = Vec::new();
    for rel in files
        .iter()
        .filter(|f| f.starts_with("en/topics/") && f.ends_with(".md"))
    {
        let text = fs::read_to_string(root.join(rel)).unwrap();
        let Some(split) = front_matter::split(&text) else {
            continue;
        };
        if let Ok(head) = yaml::from_str::<TopicHead>(split.yaml) {
            topics.push((head, rel.clone()));
        }
    }
    topics.sort_by(|(a, _), (b, _)| (a.order, &a.id).cmp(&(b.order, &b.id)));
    out.push_str("/// The topics whose front matter parses, in display order.\n");
    out.push_str("pub static TOPICS: &[TopicEntry] = &[\n");
    for (t, rel) in &topics {
        writeln!(
            out,
            "    TopicEntry {{ id: {:?}, title: {:?}, summary: {:?}, aliases: &{:?}, path: {:?} }},",
            t.id, t.title, t.summary, t.aliases, rel
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    let regions_text = fs::read_to_string(root.join("regions.yaml")).unwrap_or_default();
    let regions = yaml::from_str::<RegionsFile>(&regions_text)
        .map(|r| r.regions)
        .unwrap_or_default();
    out.push_str("/// The region codes, their other names, and which one is the fallback.\n");
    out.push_str("pub static REGIONS: &[RegionEntry] = &[\n");
    for (code, r) in &regions {
        writeln!(
            out,
            "    RegionEntry {{ code: {code:?}, name: {:?}, aliases: &{:?}, fallback: {} }},",
            r.name, r.aliases, r.fallback
        )
        .unwrap();
    }
    out.push_str("];\n");

    let dest = PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded.rs");
    fs::write(dest, out).unwrap();
}

/// Collects every file below `dir` as a `/`-separated path relative to `root`,
/// leaving out the folder's own README (it documents the format; it is not content).
fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, files);
        } else if !(dir == root && name == "README.md") {
            let rel = path.strip_prefix(root).unwrap();
            let parts: Vec<_> = rel
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
}
