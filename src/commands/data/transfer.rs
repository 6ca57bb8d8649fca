//! `kinship data export` and `data import`: everything kinship keeps, in one
//! file encrypted with a passphrase chosen for it, to move to a new computer.

use crate::content::i18n::t;
use crate::error::{UserError, quoted};
use crate::lookup::sealed::{Sealed, open_sealed};
use crate::settings::Settings;
use crate::store::crypt;
use crate::store::{PRIVATE_FOLDERS, Put, Role, Store, Versioned};
use crate::ui::Ui;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;
use zeroize::Zeroizing;

/// What an export file says it is, and its newest format.
const EXPORT_KIND: &str = "export";
const EXPORT_FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Export {
    kinship: String,
    format: u32,
    files: Vec<Exported>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Exported {
    /// `plans/dad.yaml`
    path: String,
    text: String,
}

fn role(rel: &str) -> Role {
    Role {
        noun: rel.to_string(),
        way_out: t!("data-way-out"),
        owner: None,
    }
}

pub fn export(
    ui: &mut Ui,
    store: &Store,
    output: &Path,
    force: bool,
    passphrase_file: Option<&Path>,
) -> anyhow::Result<()> {
    if output.exists() && !force {
        return Err(UserError::new(t!(
            "data-export-exists",
            path = output.display().to_string()
        ))
        .hint(t!("data-export-exists-hint"))
        .into());
    }
    let mut files = Vec::new();
    for folder in PRIVATE_FOLDERS {
        for name in store.names(folder)? {
            let rel = format!("{folder}/{name}.yaml");
            let path = store.root().join(&rel);
            if let Some(text) = store.read_text(&path, &role(&rel))? {
                files.push(Exported {
                    path: rel,
                    text: text.to_string(),
                });
            }
        }
    }
    let count = files.len();
    let doc = Export {
        kinship: EXPORT_KIND.into(),
        format: EXPORT_FORMAT,
        files,
    };
    let text = Zeroizing::new(crate::yaml::to_string(&doc)?);
    drop(doc);
    let passphrase = crypt::share_passphrase(
        passphrase_file,
        ui.can_prompt(),
        true,
        &t!("data-the-export"),
    )?;
    let sealed = crypt::seal_with_passphrase(passphrase, text.as_bytes())?;
    crate::store::output::write(output, sealed.as_slice(), force)?;
    ui.message(&t!(
        "data-exported",
        n = count,
        path = output.display().to_string()
    ));
    ui.hint(&t!("data-exported-hint"));
    Ok(())
}

/// Checks one file's text as kinship reads that kind of file.
fn check<T: DeserializeOwned + Versioned>(text: &str, rel: &str) -> Result<(), String> {
    let value: T = crate::yaml::from_str(text).map_err(|e| e.message)?;
    let stem = rel
        .rsplit_once('/')
        .map_or(rel, |(_, f)| f)
        .trim_end_matches(".yaml");
    if let Some(owner) = value.owner()
        && owner != stem
    {
        return Err(t!("data-check-owner", owner = quoted(owner).to_string()));
    }
    if value.schema() > T::SCHEMA || value.schema() < T::OLDEST {
        return Err(t!("data-check-format", format = value.schema()));
    }
    Ok(())
}

/// True when the archive holds a copy of `rel` with this text already (an
/// export imported twice keeps its differing files once).
fn archived_already(store: &Store, rel: &str, text: &str) -> anyhow::Result<bool> {
    let Some((folder, file)) = rel.split_once('/') else {
        return Ok(false);
    };
    for copy in store.archived(Some((folder, file.trim_end_matches(".yaml"))))? {
        let copy_rel = copy
            .strip_prefix(store.root())
            .unwrap_or(&copy)
            .display()
            .to_string();
        if store
            .read_text(&copy, &role(&copy_rel))?
            .is_some_and(|t| *t == text)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A name inside the data folder an export may write.
fn allowed(rel: &str) -> bool {
    crate::store::is_private_name(rel)
}

pub fn import(
    ui: &mut Ui,
    settings: &Settings,
    store: &Store,
    file: &Path,
    replace: bool,
    passphrase_file: Option<&Path>,
) -> anyhow::Result<()> {
    let refuse = |why: String| {
        UserError::new(t!(
            "data-import-refused",
            path = file.display().to_string(),
            why = why
        ))
    };
    let (noun, short, other, what, wrong) = (
        t!("data-an-export"),
        t!("data-export-short"),
        t!("data-export-other"),
        t!("data-the-export"),
        t!("data-nothing-imported"),
    );
    let text = open_sealed(
        ui,
        file,
        passphrase_file,
        &Sealed {
            kind: EXPORT_KIND,
            format: EXPORT_FORMAT,
            noun: &noun,
            short: &short,
            holds: &noun,
            made_by: "`kinship data export`",
            max_bytes: 64 * 1024 * 1024,
            other: &other,
            what: &what,
            wrong: &wrong,
            not_sealed: None,
        },
    )?;
    let text = text.as_str();
    let doc: Export = crate::yaml::from_str(text)
        .map_err(|e| refuse(t!("data-not-an-export", error = e.message)))?;
    // Every file is checked before any is written.
    for f in &doc.files {
        if !allowed(&f.path) {
            return Err(refuse(t!(
                "data-import-not-ours",
                path = quoted(&f.path).to_string()
            ))
            .hint(t!("data-nothing-imported"))
            .into());
        }
        let checked = match f.path.split_once('/').map(|(d, _)| d) {
            Some(crate::store::CHECKLISTS) => {
                check::<crate::progress::checklist::Progress>(&f.text, &f.path)
            }
            Some(crate::store::plans::PLANS) => {
                check::<crate::progress::plan::Plan>(&f.text, &f.path)
            }
            Some(crate::store::sos::SOS) => check::<crate::progress::walk::Log>(&f.text, &f.path),
            _ => Ok(()),
        };
        if let Err(why) = checked {
            return Err(refuse(t!(
                "data-import-unreadable",
                path = f.path.as_str(),
                why = why
            ))
            .hint(t!("data-nothing-imported"))
            .into());
        }
    }
    let now = settings.now();
    let (mut added, mut same, mut kept, mut replaced) = (0, 0, Vec::new(), 0);
    for f in &doc.files {
        let path = store.root().join(&f.path);
        let role = role(&f.path);
        match store.read_text(&path, &role)? {
            Some(here) if *here == f.text => same += 1,
            Some(_) if !replace => {
                if archived_already(store, &f.path, &f.text)? {
                    same += 1;
                    continue;
                }
                store.keep_in_archive(&path, &f.text, now)?;
                kept.push(f.path.trim_end_matches(".yaml").to_string());
            }
            _ => match store.put_text(&path, &role, &f.text, replace, now)? {
                Put::Created => added += 1,
                Put::Replaced(_) => replaced += 1,
                Put::Exists => {
                    store.keep_in_archive(&path, &f.text, now)?;
                    kept.push(f.path.trim_end_matches(".yaml").to_string());
                }
            },
        }
    }
    let mut said = t!(
        "data-imported",
        path = file.display().to_string(),
        n = added
    );
    if replaced > 0 {
        said.push_str(&t!("data-imported-replaced", n = replaced));
    }
    if same > 0 {
        said.push_str(&t!("data-imported-same", n = same));
    }
    said.push('.');
    ui.message(&said);
    if !kept.is_empty() {
        ui.message(&t!(
            "data-imported-kept",
            n = kept.len(),
            files = kept.join(", ")
        ));
        ui.hint(&t!("data-imported-kept-hint"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_kinship_keeps_may_be_imported() {
        assert!(allowed("plans/dad.yaml"));
        assert!(allowed("archive/plans-dad-2026-11-22T21-04-00.yaml"));
        for bad in [
            "plans/../../.bashrc.yaml",
            "plans/x/y.yaml",
            "settings.yaml",
            "vault/a.yaml",
            "plans/.hidden.yaml",
            "plans/.yaml",
            "plans/dad.txt",
        ] {
            assert!(!allowed(bad), "{bad}");
        }
    }
}
