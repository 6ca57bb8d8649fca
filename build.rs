//! Embeds every file under `content/` into the binary, with a small index.
//!
//! The index (topic ids, aliases, titles, summaries, order; each region's code,
//! emergency number and placeholder texts, already expanded) lets `kinship guide
//! TOPIC`, the topic list and the home screen run without parsing any file but
//! the one they show.
//!
//! Every content file is read with the runtime's own types
//! (`src/content/schema/`, included below at the crate's own paths): regions,
//! countries, each language's region words, the guides' front matter,
//! checklists, forms, the sos card and the check-in. A content file whose YAML does
//! not read, or does not fit its schema, stops the build with its place,
//! `content/PATH:LINE:COLUMN: message`. What the files mean (references,
//! placeholders, numbers) is the library validation in `cargo test`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// The runtime's content modules the build shares, at their paths in the
/// crate, so that they read each other as `crate::content::...` here too:
/// every content file is read with the one schema the runtime reads it with
/// (`src/content/schema/`).
mod content {
    #[path = "../src/content/expand.rs"]
    pub mod expand;
    #[path = "../src/content/front_matter.rs"]
    #[allow(dead_code)]
    pub mod front_matter;
    #[path = "../src/content/overlay.rs"]
    pub mod overlay;
    #[path = "../src/content/schema/mod.rs"]
    #[allow(dead_code)]
    pub mod schema;
    #[path = "../src/content/source.rs"]
    #[allow(dead_code)]
    pub mod source;
}
#[path = "src/render/doc.rs"]
#[allow(dead_code)]
mod doc;
#[path = "src/render/markdown.rs"]
#[allow(dead_code)]
mod markdown;
#[path = "src/yaml.rs"]
#[allow(dead_code)]
mod yaml;

use content::schema::checkin::Checkin;
use content::schema::checklist::Checklist;
use content::schema::countries::CountriesFile;
use content::schema::form::Form;
use content::schema::overlay::OverlayFile;
use content::schema::region::{Region, RegionsFile};
use content::schema::sos::Sos;
use content::schema::topic::TopicMeta;
use content::source::Source;
use content::{expand, front_matter, overlay};

/// A region's placeholder texts with their references expanded, each with
/// its source. A reference that does not expand is left as written: the
/// library validation names it.
fn expanded_texts(region: &Region) -> Vec<(&str, String, Option<&Source>)> {
    region
        .texts
        .iter()
        .map(|(key, text)| {
            let expanded = region
                .expand(text)
                .unwrap_or_else(|_| text.text().to_string());
            (key.as_str(), expanded, text.source())
        })
        .collect()
}

/// What a placeholder reads in this region, as `RegionEntry::placeholder`
/// has it at run time.
fn placeholder(
    region: &Region,
    texts: &[(&str, String, Option<&Source>)],
    key: &str,
) -> Option<String> {
    match key {
        "emergency" => Some(region.emergency.say.clone()),
        "region_name" => Some(region.the_name.clone()),
        _ => texts.iter().find(|t| t.0 == key).map(|t| t.1.clone()),
    }
}

/// A region's placeholder texts with their references expanded, as Rust.
fn texts_rust(texts: &[(&str, String, Option<&Source>)]) -> String {
    let mut out = String::from("&[");
    for (key, expanded, source) in texts {
        let source = match source {
            None => "None".to_string(),
            Some(s) => format!(
                "Some(SourceEntry {{ org: {:?}, title: {:?}, year: {:?}, url: {:?} }})",
                s.org,
                s.title,
                s.year.to_string(),
                s.url
            ),
        };
        write!(
            out,
            "PlaceholderText {{ key: {key:?}, text: {expanded:?}, source: {source} }}, "
        )
        .unwrap();
    }
    out.push(']');
    out
}

/// A content file that does not fit its schema, as a compiler names a line:
/// `content/regions.yaml:12:5: message`. `first_line` is the line of the
/// file its YAML starts on (2 for a guide's front matter).
fn shape_problem(path: &str, e: &yaml::YamlError, first_line: usize) -> String {
    match e.location {
        Some((line, column)) => format!(
            "content/{path}:{}:{column}: {}",
            line + first_line - 1,
            e.message
        ),
        None => format!("content/{path}: {}", e.message),
    }
}

/// What is wrong with the shape of a checklist, a form, the sos card or the
/// check-in (`LANG/...`), read with the runtime's own type; regions,
/// countries, region words and guides are read where the index is built.
fn shape_problem_of(rel: &str, text: &str) -> Option<String> {
    fn read<T: serde::de::DeserializeOwned>(rel: &str, text: &str) -> Option<String> {
        yaml::from_str::<T>(text)
            .err()
            .map(|e| shape_problem(rel, &e, 1))
    }
    let (_lang, rest) = rel.split_once('/')?;
    match rest.split_once('/') {
        None if rest == "sos.yaml" => read::<Sos>(rel, text),
        None if rest == "checkin.yaml" => read::<Checkin>(rel, text),
        Some(("checklists", name)) if name.ends_with(".yaml") => read::<Checklist>(rel, text),
        Some(("forms", name)) if name.ends_with(".yaml") => read::<Form>(rel, text),
        _ => None,
    }
}

/// Stops the build with `problem` (after the rest of the build has run, so
/// that every problem is named at once).
fn fail(problem: &str) {
    println!("cargo::error={}", problem.replace('\n', " "));
}

/// What ends each line of a guide's search text (`embedded::LINE_END`).
const LINE_END: char = '\u{1e}';

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("content");
    println!("cargo::rerun-if-changed=content");
    for shared in [
        "src/yaml.rs",
        "src/content/schema",
        "src/content/source.rs",
        "src/content/front_matter.rs",
        "src/content/expand.rs",
        "src/content/overlay.rs",
        "src/render/doc.rs",
        "src/render/markdown.rs",
    ] {
        println!("cargo::rerun-if-changed={shared}");
    }
    version_from_git();

    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();

    // The message catalogues: one `locales/CODE/kinship.ftl` a language,
    // English first (it is the fallback).
    let locales = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo::rerun-if-changed=locales");
    let mut langs: Vec<String> = fs::read_dir(&locales)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| !ftl_files(&e.path()).is_empty())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    langs.sort_by_key(|code| (code != "en", code.clone()));

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

    // Every embedded YAML document (each `.yaml` file, each topic's front
    // matter), read here once and written again as JSON, which serde reads
    // about ten times faster than YAML. The runtime still reads it into its
    // own types, and falls back to the YAML (and its error messages) when the
    // JSON does not fit them.
    out.push_str(
        "/// Embedded YAML documents as JSON: (index in FILES, byte offset, length, JSON).\n",
    );
    out.push_str("pub static JSON: &[(usize, usize, usize, &str)] = &[\n");
    for (index, rel) in files.iter().enumerate() {
        let text = fs::read_to_string(root.join(rel)).unwrap_or_default();
        let document = if rel.ends_with(".yaml") {
            Some(text.as_str())
        } else if rel.ends_with(".md") {
            front_matter::split(&text).map(|split| split.yaml)
        } else {
            None
        };
        let Some(document) = document else { continue };
        // A file that does not read stops the build, named as a compiler
        // names a line: kinship never ships guidance it cannot read.
        let first_line = if rel.ends_with(".md") { 2 } else { 1 };
        if let Some(problem) =
            yaml::problem_in_file(&format!("content/{rel}"), document, first_line)
        {
            println!("cargo::error={problem}");
        } else if let Some(problem) = shape_problem_of(rel, document) {
            fail(&problem);
        }
        if let Some(json) = yaml_as_json(document) {
            let offset = document.as_ptr() as usize - text.as_ptr() as usize;
            writeln!(
                out,
                "    ({index}, {offset}, {}, {json:?}),",
                document.len()
            )
            .unwrap();
        }
    }
    out.push_str("];\n\n");

    // Each language's topics, English first, each language's in display order.
    let mut topics_by_lang: Vec<(String, Vec<(TopicMeta, String)>)> = Vec::new();
    for lang in &langs {
        let mut topics = Vec::new();
        let prefix = format!("{lang}/topics/");
        for rel in files
            .iter()
            .filter(|f| f.starts_with(&prefix) && f.ends_with(".md"))
        {
            let text = fs::read_to_string(root.join(rel)).unwrap();
            let Some(split) = front_matter::split(&text) else {
                continue;
            };
            match yaml::from_str::<TopicMeta>(split.yaml) {
                Ok(meta) => topics.push((meta, rel.clone())),
                // Front matter that does not read was named above.
                Err(e) if yaml::check(split.yaml).is_ok() => {
                    fail(&shape_problem(rel, &e, split.yaml_line))
                }
                Err(_) => {}
            }
        }
        topics.sort_by(|(a, _), (b, _)| (a.order, &a.id).cmp(&(b.order, &b.id)));
        topics_by_lang.push((lang.clone(), topics));
    }
    out.push_str(
        "/// The topics whose front matter parses: English first, each language in display order.\n",
    );
    out.push_str("pub static TOPICS: &[TopicEntry] = &[\n");
    for (lang, topics) in &topics_by_lang {
        for (t, rel) in topics {
            writeln!(
                out,
                "    TopicEntry {{ lang: {lang:?}, id: {:?}, title: {:?}, summary: {:?}, aliases: &{:?}, path: {:?} }},",
                t.id, t.title, t.summary, t.aliases, rel
            )
            .unwrap();
        }
    }
    out.push_str("];\n\n");
    let english_topics: &[(TopicMeta, String)] = topics_by_lang
        .first()
        .map(|(_, t)| t.as_slice())
        .unwrap_or(&[]);

    // Each region's own YAML is embedded apart too, for commands that need a
    // whole region (its services, with their sources).
    let regions_text = fs::read_to_string(root.join("regions.yaml")).unwrap_or_default();
    let typed = match yaml::from_str::<RegionsFile>(&regions_text) {
        Ok(file) => file.regions,
        Err(e) => {
            if yaml::check(&regions_text).is_ok() {
                fail(&shape_problem("regions.yaml", &e, 1));
            }
            BTreeMap::new()
        }
    };
    // The same regions as written, for their own YAML and for the words of
    // other languages to be laid over.
    let regions: BTreeMap<String, serde_yaml::Value> =
        yaml::from_str::<serde_yaml::Value>(&regions_text)
            .ok()
            .and_then(|file| serde_yaml::from_value(file.get("regions")?.clone()).ok())
            .unwrap_or_default();
    let mut region_json = Vec::new();
    let mut topic_blocks = String::new();
    out.push_str("/// The regions: code, other names, fallback, and each one's own YAML.\n");
    out.push_str("pub static REGIONS: &[RegionEntry] = &[\n");
    for (code, value) in &regions {
        let Some(head) = typed.get(code) else {
            continue;
        };
        let own_yaml = yaml::to_string(value).unwrap_or_default();
        region_json.push(value_as_json(value).map(|v| v.to_string()));
        // Each guide's body, filled for this region and parsed, as
        // `render::doc::encode` writes it: a guide reaches the screen without
        // parsing Markdown. Filling reads only the emergency number, the name
        // and the texts, so a country read through this region can use it too
        // when the guide does not say {{region_name}}.
        let index = region_json.len() - 1;
        let texts = expanded_texts(head);
        for (_, rel) in english_topics {
            if let Some(row) = guide_row(&root, rel, head, &texts, index) {
                topic_blocks.push_str(&row);
            }
        }
        writeln!(
            out,
            "    RegionEntry {{ lang: \"en\", code: {code:?}, name: {:?}, the_name: {:?}, aliases: &{:?}, \
             fallback: {}, emergency: {:?}, texts: {}, yaml: {own_yaml:?} }},",
            head.name,
            head.the_name,
            head.aliases,
            head.fallback,
            head.emergency.say,
            texts_rust(&texts)
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Each region in every other language: the English region with that
    // language's words laid over it (`content/LANG/regions.yaml`), and each
    // of that language's guides filled for it.
    let mut translated_json = Vec::new();
    let mut translated_blocks = String::new();
    let mut country_names = String::new();
    out.push_str(
        "/// Every region in every language but English, in the order of LANGS, then REGIONS.\n",
    );
    out.push_str("pub static TRANSLATED_REGIONS: &[RegionEntry] = &[\n");
    for (lang, topics) in topics_by_lang.iter().skip(1) {
        let overlay_text =
            fs::read_to_string(root.join(lang).join("regions.yaml")).unwrap_or_default();
        let overlay_file: OverlayFile = match yaml::from_str(&overlay_text) {
            Ok(file) => file,
            Err(e) => {
                if yaml::check(&overlay_text).is_ok() {
                    fail(&shape_problem(&format!("{lang}/regions.yaml"), &e, 1));
                }
                OverlayFile::default()
            }
        };
        for (code, name) in &overlay_file.countries {
            writeln!(country_names, "    ({lang:?}, {code:?}, {name:?}),").unwrap();
        }
        for (code, value) in &regions {
            // An English region that does not read was named above.
            if !typed.contains_key(code) {
                continue;
            }
            let value = match overlay_file.regions.get(code) {
                Some(over) => overlay::apply(value, over, code).0,
                None => value.clone(),
            };
            let head = match serde_yaml::from_value::<Region>(value.clone()) {
                Ok(head) => head,
                Err(e) => {
                    fail(&format!("content/{lang}/regions.yaml: region {code}: {e}"));
                    continue;
                }
            };
            let own_yaml = yaml::to_string(&value).unwrap_or_default();
            translated_json.push(value_as_json(&value).map(|v| v.to_string()));
            let index = translated_json.len() - 1;
            let texts = expanded_texts(&head);
            for (_, rel) in topics {
                if let Some(row) = guide_row(&root, rel, &head, &texts, index) {
                    translated_blocks.push_str(&row);
                }
            }
            writeln!(
                out,
                "    RegionEntry {{ lang: {lang:?}, code: {code:?}, name: {:?}, the_name: {:?}, aliases: &{:?}, \
                 fallback: {}, emergency: {:?}, texts: {}, yaml: {own_yaml:?} }},",
                head.name,
                head.the_name,
                head.aliases,
                head.fallback,
                head.emergency.say,
                texts_rust(&texts)
            )
            .unwrap();
        }
    }
    out.push_str("];\n\n");
    out.push_str("/// Each translated guide filled for each translated region (index in TRANSLATED_REGIONS).\n");
    out.push_str("pub static TRANSLATED_TOPIC_BLOCKS: &[TopicBlocks] = &[\n");
    out.push_str(&translated_blocks);
    out.push_str("];\n\n");
    writeln!(
        out,
        "/// Each translated region's YAML as JSON, in the order of TRANSLATED_REGIONS.\n\
         pub static TRANSLATED_REGION_JSON: &[Option<&str>] = &{translated_json:?};\n"
    )
    .unwrap();
    out.push_str("/// Country names in other languages: (language, code, name in a sentence).\n");
    out.push_str("pub static COUNTRY_NAMES: &[(&str, &str, &str)] = &[\n");
    out.push_str(&country_names);
    out.push_str("];\n\n");

    out.push_str("/// Each guide's body filled for each region and parsed.\n");
    out.push_str("pub static TOPIC_BLOCKS: &[TopicBlocks] = &[\n");
    out.push_str(&topic_blocks);
    out.push_str("];\n\n");
    out.push_str("/// Each region's own YAML as JSON, in the order of REGIONS.\n");
    writeln!(
        out,
        "pub static REGION_JSON: &[Option<&str>] = &{region_json:?};\n"
    )
    .unwrap();

    // Every country code, sorted for a binary search. A file that does not
    // parse leaves the table empty, and the library validation says why.
    let countries_text = fs::read_to_string(root.join("countries.yaml")).unwrap_or_default();
    let countries = match yaml::from_str::<CountriesFile>(&countries_text) {
        Ok(file) => Some(file),
        Err(e) => {
            if yaml::check(&countries_text).is_ok() {
                fail(&shape_problem("countries.yaml", &e, 1));
            }
            None
        }
    };
    out.push_str("/// Every country code kinship understands, sorted by code.\n");
    out.push_str("pub static COUNTRIES: &[CountryEntry] = &[\n");
    if let Some(file) = &countries {
        for (code, the_name) in &file.countries {
            let eu = file.eu_members.contains(code);
            writeln!(
                out,
                "    CountryEntry {{ code: {code:?}, the_name: {the_name:?}, eu: {eu} }},"
            )
            .unwrap();
        }
    }
    out.push_str("];\n");

    out.push_str("/// Each language's code and its message catalogue (Fluent), English first.\n");
    out.push_str("pub static LOCALES: &[(&str, &str)] = &[\n");
    for code in &langs {
        let parts: Vec<String> = ftl_files(&locales.join(code))
            .iter()
            .map(|path| format!("include_str!({:?})", path.display().to_string()))
            .collect();
        writeln!(
            out,
            "    ({code:?}, concat!({})),",
            parts.join(", \"\\n\", ")
        )
        .unwrap();
    }
    out.push_str("];\n");

    // Each message of each catalogue on its own, sorted by language and id,
    // so the runtime parses only the few messages a command shows, not the
    // whole catalogue (a message starts at a line `id =` and runs to the
    // next message or comment).
    let mut messages: Vec<(String, String)> = Vec::new();
    let mut messages_tagged: Vec<(usize, String, String)> = Vec::new();
    for (lang_at, code) in langs.iter().enumerate() {
        let mut current: Option<(String, String)> = None;
        let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
        for path in ftl_files(&locales.join(code)) {
            messages.extend(current.take());
            let text = fs::read_to_string(&path).unwrap_or_default();
            for line in text.lines() {
                let starts = line
                    .split_once('=')
                    .map(|(id, _)| id.trim_end())
                    .filter(|id| {
                        !id.is_empty()
                            && id.starts_with(|c: char| c.is_ascii_alphabetic())
                            && id
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                            && !line.starts_with(' ')
                    });
                if let Some(id) = starts {
                    if let Some(first) = seen.insert(id.to_string(), path.clone()) {
                        panic!(
                            "{}: message {id} is already in {}; each message lives in one file",
                            path.display(),
                            first.display()
                        );
                    }
                    messages.extend(current.take());
                    current = Some((id.to_string(), format!("{line}\n")));
                } else if line.starts_with('#') {
                    messages.extend(current.take());
                } else if let Some((_, source)) = current.as_mut() {
                    source.push_str(line);
                    source.push('\n');
                }
            }
        }
        messages.extend(current.take());
        // Tag this language's messages.
        messages_tagged.extend(messages.drain(..).map(|(id, source)| (lang_at, id, source)));
    }
    messages_tagged.sort();
    // One text and numbers into it, not a table of `&str`: each `&str` in a
    // static is a relocation the loader fixes at every start, before main,
    // and the catalogues hold a few thousand of them.
    let mut text = String::new();
    let mut at = Vec::new();
    for (lang_at, id, source) in &messages_tagged {
        let id_start = text.len();
        text.push_str(id);
        let source_start = text.len();
        text.push_str(source);
        at.push(format!(
            "({lang_at}, {id_start}, {source_start}, {})",
            text.len()
        ));
    }
    out.push_str("/// Every message's id and Fluent source, one after another.\n");
    writeln!(out, "pub static MESSAGE_TEXT: &str = {text:?};").unwrap();
    out.push_str(
        "/// Each message, sorted by (language, id): its language's place in \
         `LOCALES`, and where its id starts, its source starts and ends in \
         `MESSAGE_TEXT`.\n",
    );
    writeln!(
        out,
        "pub static MESSAGE_AT: &[(u8, u32, u32, u32)] = &[{}];",
        at.join(", ")
    )
    .unwrap();

    let dest = PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded.rs");
    fs::write(dest, out).unwrap();
}

/// A YAML document as JSON text, or `None` when it does not parse or holds
/// something JSON cannot say the same way (a tag, a key that is not a string,
/// a number that is not finite).
/// One guide's body filled for one region (`index`) and parsed, as
/// `render::doc::encode` writes it, with the lines search reads (each ended
/// by a character no text has): one row of a stored-guides table.
fn guide_row(
    root: &Path,
    rel: &str,
    head: &Region,
    texts: &[(&str, String, Option<&Source>)],
    index: usize,
) -> Option<String> {
    let text = fs::read_to_string(root.join(rel)).unwrap();
    let split = front_matter::split(&text)?;
    let body = expand::placeholders(split.body, |key| placeholder(head, texts, key));
    let blocks = markdown::parse(&body);
    let code = doc::encode(&blocks);
    let named = split.body.contains("{{region_name}}");
    let mut lines = Vec::new();
    doc::text_lines(&blocks, &mut lines);
    let lines = (!lines.iter().any(|l| l.contains(LINE_END))).then(|| {
        let all = lines.iter().fold(String::new(), |mut all, line| {
            all.push_str(line);
            all.push(LINE_END);
            all
        });
        let lowered = all.to_ascii_lowercase();
        (all, lowered)
    });
    Some(format!(
        "    ({rel:?}, {index}, {named}, {code:?}, {lines:?}),\n"
    ))
}

/// A language's catalogue files: `kinship.ftl` first, then every other
/// `*.ftl` of its folder by name (one file an area: `plan.ftl`, `store.ftl`).
fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl") && p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort_by_key(|p| (p.file_name() != Some("kinship.ftl".as_ref()), p.clone()));
    files
}

fn yaml_as_json(text: &str) -> Option<String> {
    let value: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    value_as_json(&value).map(|v| v.to_string())
}

fn value_as_json(value: &serde_yaml::Value) -> Option<serde_json::Value> {
    use serde_yaml::Value as Y;
    Some(match value {
        Y::Null => serde_json::Value::Null,
        Y::Bool(b) => serde_json::Value::Bool(*b),
        Y::Number(n) => {
            if let Some(i) = n.as_u64() {
                i.into()
            } else if let Some(i) = n.as_i64() {
                i.into()
            } else {
                serde_json::Number::from_f64(n.as_f64()?)?.into()
            }
        }
        Y::String(s) => serde_json::Value::String(s.clone()),
        Y::Sequence(items) => {
            serde_json::Value::Array(items.iter().map(value_as_json).collect::<Option<_>>()?)
        }
        Y::Mapping(map) => {
            let mut object = serde_json::Map::new();
            for (key, value) in map {
                let Y::String(key) = key else { return None };
                if object.insert(key.clone(), value_as_json(value)?).is_some() {
                    return None;
                }
            }
            serde_json::Value::Object(object)
        }
        Y::Tagged(_) => return None,
    })
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

/// `KINSHIP_VERSION` for `--version`: the package's version and, when built
/// from a git checkout, the commit and the build's date ("0.1.0 (1a2b3c4
/// 2026-12-06)"); without git, the version alone. The date is
/// `SOURCE_DATE_EPOCH`'s when that is set, for reproducible builds.
fn version_from_git() {
    let version = env::var("CARGO_PKG_VERSION").unwrap();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let line = match git(&["rev-parse", "--short", "HEAD"]) {
        Some(commit) => {
            // A new commit (HEAD moved, or the branch it names did) runs
            // this again.
            // Only files that exist: a missing one would run this every time.
            for path in ["HEAD".to_string(), "packed-refs".to_string()]
                .into_iter()
                .chain(git(&["symbolic-ref", "-q", "HEAD"]))
            {
                if let Some(file) =
                    git(&["rev-parse", "--path-format=absolute", "--git-path", &path])
                        .filter(|f| Path::new(f).exists())
                {
                    println!("cargo::rerun-if-changed={file}");
                }
            }
            let secs = env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|s| s.trim().parse::<i64>().ok())
                .unwrap_or_else(|| {
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs() as i64)
                });
            match chrono::DateTime::from_timestamp(secs, 0) {
                Some(at) => format!("{version} ({commit} {})", at.format("%Y-%m-%d")),
                None => format!("{version} ({commit})"),
            }
        }
        None => version,
    };
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo::rustc-env=KINSHIP_VERSION={line}");
}
