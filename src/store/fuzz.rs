//! Random and mutated files fed to every reader kinship has (settings,
//! checklist progress, plans, imports, walk logs): none may panic, and none
//! may change the file it reads. A small fixed run is part of `cargo test`;
//! `scripts/fuzz-readers.sh` runs many more cases (KINSHIP_FUZZ_CASES) and
//! reports the slowest read, which the depth and size limits keep small.

use super::config::ConfigFile;
use super::{Store, checklists, plans, sos};
use crate::progress::checklist::Progress;
use crate::progress::plan::{self, Plan, Value};
use crate::progress::walk::Log;
use chrono::{DateTime, FixedOffset};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift), so every run can be repeated
/// from its seed and the test needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that have broken YAML readers before, or might.
const PIECES: &[&[u8]] = &[
    b"[",
    b"]",
    b"{",
    b"}",
    b"'",
    b"\"",
    b"#",
    b": ",
    b"- ",
    b"? ",
    b"|",
    b">",
    b"\n",
    b"  ",
    b"\t",
    b",",
    b"&a ",
    b"*a",
    b"!!binary ",
    b"!x ",
    b"\\",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"\x00",
    b"\x1b[2J",
    b"\xc2\x9b",
    b"\xe2\x80\xae",
    b"99999999999999999999999",
    b"-1",
    b"1e999",
    b".nan",
    b"~",
    b"null",
    b"true",
    b"schema: 9\n",
    b"schema: 0\n",
    b"%YAML 1.1\n",
    b"---\n",
    b"...\n",
    b"<<: *a\n",
    b"answers:\n",
    b"items:\n",
    b"colour: x\n",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..=rng.below(6) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(8) {
            0 => bytes.truncate(at),
            1 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            2 => {
                // Deep nesting, far past the limit.
                let open = if rng.below(2) == 0 {
                    &b"["[..]
                } else {
                    &b"{a: "[..]
                };
                let deep: Vec<u8> = open.repeat(100 + rng.below(20_000));
                bytes.splice(at..at, deep);
            }
            3 => {
                // A line given twice: a duplicate key.
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let line = lines[rng.below(lines.len())];
                    bytes.extend_from_slice(format!("\n{line}\n").as_bytes());
                }
            }
            4 => {
                // A huge value.
                let huge = b"x".repeat(rng.below(200_000));
                bytes.splice(at..at, huge);
            }
            _ => {
                let piece = PIECES[rng.below(PIECES.len())];
                bytes.splice(at..at, piece.iter().copied());
            }
        }
    }
    bytes
}

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap()
}

/// A valid file of each kind, as kinship writes it.
fn seeds() -> Vec<(&'static str, Vec<u8>)> {
    let mut progress = Progress::new("overdose-kit", now());
    progress.set_done("get-naloxone", true, now());
    let mut p = Plan::new("intervention", now());
    p.put("approach", Some(Value::Text("craft".into())));
    p.put("name", Some(Value::Text("Sam".into())));
    let log = Log::new(now(), "gb");
    vec![
        (
            "settings",
            b"region: gb\ncolor: never\nwidth: 80\npager: less -R\n".to_vec(),
        ),
        (
            "progress",
            crate::yaml::to_string(&progress).unwrap().into_bytes(),
        ),
        ("plan", crate::yaml::to_string(&p).unwrap().into_bytes()),
        (
            "import",
            b"approach: craft\nname: Sam\nteam:\n- name: Ann\n".to_vec(),
        ),
        ("log", crate::yaml::to_string(&log).unwrap().into_bytes()),
    ]
}

/// Reads `path` as a file of `kind`, as kinship would; returns whether it
/// was read.
fn read_as(kind: &str, store: &Store, path: &Path) -> bool {
    let today = now().date_naive();
    let form = crate::content::form::load("intervention").unwrap().unwrap();
    match kind {
        "settings" => {
            let file = ConfigFile {
                path: path.to_path_buf(),
            };
            match file.load() {
                Ok(config) => {
                    let _ = config.problems(path);
                    true
                }
                Err(_) => false,
            }
        }
        "progress" => {
            let role = checklists::role("overdose-kit");
            // An update that changes nothing must write nothing.
            let read = store.read::<Progress>(path, &role).is_ok();
            let _ = store.update(
                path,
                &role,
                || Progress::new("overdose-kit", now()),
                |_| Ok(()),
            );
            read
        }
        "plan" => match store.read::<Plan>(path, &plans::role("fuzz")) {
            Ok(Some(mut p)) => {
                let _ = plan::drop_invalid(&form, &mut p, today);
                true
            }
            _ => false,
        },
        "import" => match plans::read_answers(path) {
            Ok(raw) => {
                let _ = plan::import_answers(&form, &raw, today);
                true
            }
            Err(_) => false,
        },
        "log" => store.read::<Log>(path, &sos::role("fuzz")).is_ok(),
        _ => unreachable!("a kind of file: {kind}"),
    }
}

/// Runs `cases` mutated files through every reader; returns the slowest
/// read, for the script to report.
pub fn run(seed: u64, cases: usize) -> (Duration, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("data"));
    let seeds = seeds();
    let mut rng = Rng(seed | 1);
    let mut slowest = (Duration::ZERO, String::new());
    for case in 0..cases {
        let (kind, seed_bytes) = &seeds[case % seeds.len()];
        let bytes = if case < seeds.len() {
            seed_bytes.clone()
        } else {
            mutate(&mut rng, seed_bytes)
        };
        let path = match *kind {
            "progress" => store.checklist_path("overdose-kit"),
            "plan" => store.plan_path("fuzz"),
            "log" => store.log_path("fuzz"),
            _ => dir.path().join(format!("{kind}.yaml")),
        };
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &bytes).unwrap();
        let started = Instant::now();
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            read_as(kind, &store, &path)
        }));
        let took = started.elapsed();
        let what = format!("case {case} ({kind}, {} bytes)", bytes.len());
        assert!(read.is_ok(), "the {what} panicked");
        if case < seeds.len() {
            assert!(read.unwrap(), "kinship's own {kind} file is read");
        }
        assert_eq!(fs::read(&path).unwrap(), bytes, "the {what} was changed");
        if took > slowest.0 {
            slowest = (took, what);
        }
    }
    slowest
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_reader_survives_random_files_and_changes_none() {
        let cases = std::env::var("KINSHIP_FUZZ_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(150);
        let seed = std::env::var("KINSHIP_FUZZ_SEED")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(0x5eed);
        let (took, what) = super::run(seed, cases);
        // Read by scripts/fuzz-readers.sh; not a timed assertion.
        println!("slowest read: {} ms, {what}", took.as_millis());
    }
}
