//! A hermetic environment for running kinship: its own data folder, a fixed
//! clock and width, and none of the caller's colour, locale or kinship settings.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The fixed "now" of every test: a Sunday evening.
pub const NOW: &str = "2026-11-22T21:04:00+00:00";

pub struct TestEnv {
    root: TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        // Files and folders the tests make by hand are as private as the ones
        // kinship makes, so kinship has no loose modes to warn about unless a
        // test sets them on purpose.
        // SAFETY: umask only sets this process's file creation mask.
        unsafe { libc::umask(0o077) };
        TestEnv {
            root: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// The folder kinship keeps the user's files in.
    pub fn data_dir(&self) -> PathBuf {
        self.root.path().join("data")
    }

    pub fn home(&self) -> &Path {
        self.root.path()
    }

    /// `kinship` with a clean environment: no colour settings, no locale,
    /// 80 columns, a fixed clock.
    pub fn command(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(bin());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home())
            .env("KINSHIP_HOME", self.data_dir())
            .env("COLUMNS", "80")
            .env("KINSHIP_NOW", NOW)
            // A cheap passphrase stretch: debug builds only.
            .env("KINSHIP_TEST_SCRYPT_LOG_N", "10");
        cmd
    }

    /// The same, as an `assert_cmd` command.
    pub fn kinship(&self) -> Command {
        Command::from_std(self.command())
    }

    /// Runs kinship with `args` and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.kinship().args(args).output().expect("kinship runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        )
    }

    /// Runs kinship and insists on success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "kinship {args:?} failed:\n{err}");
        out
    }
}

/// The kinship binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_kinship"))
}

/// True when `text` holds a terminal escape sequence.
pub fn has_escapes(text: &str) -> bool {
    text.contains('\u{1b}')
}
