//! Everyday command-line conventions: completions, the man page, settings and
//! their precedence, JSON output, accessible mode, and help.

use crate::support::{TestEnv, has_escapes};
use std::process::Command;

/// Tools these tests need beyond Rust. Locally a missing one skips its test
/// with a clear message; in CI (`KINSHIP_REQUIRE_TOOLS=1`) it fails instead.
fn tool(name: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("KINSHIP_REQUIRE_TOOLS").is_none(),
            "{name} is required in CI but is not installed"
        );
        eprintln!("SKIPPED: {name} is not installed (CI installs it; see .ci/run)");
    }
    found
}

#[test]
fn completions_are_generated_for_every_shell() {
    let env = TestEnv::new();
    for (shell, marker) in [
        ("bash", "_kinship()"),
        ("zsh", "#compdef kinship"),
        ("fish", "complete -c kinship"),
        ("elvish", "edit:completion:arg-completer[kinship]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = env.ok(&["completions", shell]);
        assert!(
            out.contains(marker),
            "{shell}: {}",
            &out[..out.len().min(300)]
        );
        assert!(out.contains("checklist"), "{shell} completes subcommands");
        // The scripts of fish, elvish and powershell complete options only,
        // not a command's arguments: there kinship's own completer does
        // (tested below).
        if ["bash", "zsh"].contains(&shell) {
            for word in ["overdose-kit", "boundaries"] {
                assert!(
                    out.contains(word),
                    "{shell} completes checklists and kinds of plan: no {word}"
                );
            }
        }
    }
    let (code, _, err) = env.run(&["completions", "tcsh"]);
    assert_eq!(code, 2);
    assert!(err.contains("bash") && err.contains("powershell"), "{err}");
}

#[test]
fn the_bash_completion_script_completes_kinship_gu() {
    if !tool("bash") {
        return;
    }
    let env = TestEnv::new();
    let script = env.home().join("kinship.bash");
    std::fs::write(&script, env.ok(&["completions", "bash"])).unwrap();
    let complete = |line: &str, words: &str, cword: usize| {
        let program = format!(
            "source {script}; COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{line}'; \
             COMP_POINT=${{#COMP_LINE}}; \
             _kinship kinship \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script = script.display()
        );
        let out = Command::new("bash")
            .args(["--norc", "--noprofile", "-c", &program])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(complete("kinship gu", "kinship gu", 1).trim(), "guide");
    let sub = complete("kinship checklist ", "kinship checklist ''", 2);
    for word in ["list", "run", "show", "check", "uncheck", "note", "reset"] {
        assert!(sub.lines().any(|l| l == word), "{word} in {sub}");
    }
    // Values: region codes, setting values, guide ids.
    let words = |out: String| out.lines().map(str::to_string).collect::<Vec<_>>();
    let regions = words(complete("kinship --region ", "kinship --region ''", 2));
    for code in ["us", "gb", "uk", "ie", "eu"] {
        assert!(regions.iter().any(|w| w == code), "{code} in {regions:?}");
    }
    let set = words(complete(
        "kinship config set region ",
        "kinship config set region ''",
        4,
    ));
    assert!(set.iter().any(|w| w == "gb"), "{set:?}");
    assert!(!set.iter().any(|w| w == "never"), "{set:?}");
    let colors = words(complete(
        "kinship config set color ",
        "kinship config set color ''",
        4,
    ));
    assert_eq!(colors, ["auto", "always", "never"]);
    assert_eq!(
        complete("kinship guide over", "kinship guide over", 2).trim(),
        "overdose"
    );
    // And kinship still checks what is typed, with its own messages.
    let (code, _, err) = env.run(&["--region", "xx", "resources"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("There is no country or region called \"xx\""),
        "{err}"
    );
    let out = env.ok(&["guide", "warning", "signs"]);
    assert!(!out.is_empty());
}

#[test]
fn the_man_page_renders_without_warnings() {
    let env = TestEnv::new();
    let page = env.ok(&["man"]);
    assert!(page.contains(".TH kinship 1"), "{}", &page[..200]);
    if !tool("groff") {
        return;
    }
    let path = env.home().join("kinship.1");
    std::fs::write(&path, &page).unwrap();
    let out = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "groff warnings");
    let out = Command::new("groff")
        .args(["-man", "-Tutf8"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("checklist"), "{text}");
    // One page, kinship(1), with every command in it and no page that does not exist.
    // Bold and underline come as overstrikes or as escape codes, by system.
    let plain = regex::Regex::new(".\x08|\x1b\\[[0-9;]*m")
        .unwrap()
        .replace_all(&text, "");
    assert!(
        plain.contains("kinship - help for the family and friends"),
        "{plain}"
    );
    assert!(!plain.contains("kinship: help"), "{plain}");
    let other_page = regex::Regex::new(r"kinship-[a-z]+\(1\)").unwrap();
    assert!(!other_page.is_match(&plain), "{plain}");
    for heading in [
        "COMMANDS",
        "ENVIRONMENT",
        "FILES",
        "EXIT STATUS",
        "EXAMPLES",
    ] {
        assert!(
            plain.lines().any(|l| l == heading),
            "section {heading}: {plain}"
        );
    }
    for words in [
        "kinship sos log [OPTIONS] [NAME]",
        "kinship plan import",
        "kinship checklist run",
        "kinship config set",
        "kinship completions",
        "kinship print",
    ] {
        assert!(plain.contains(words), "{words}: {plain}");
    }
    for var in [
        "KINSHIP_HOME",
        "KINSHIP_REGION",
        "KINSHIP_CONFIG",
        "KINSHIP_PAGER",
        "PAGER",
        "NO_COLOR",
        "ACCESSIBLE",
        "COLUMNS",
        "LANG",
        "LC_ALL",
    ] {
        assert!(plain.contains(var), "{var}: {plain}");
    }
    for code in ["0", "1", "2", "130"] {
        assert!(
            plain
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{code} ")) || l.trim() == code),
            "exit status {code}: {plain}"
        );
    }
    assert!(plain.contains("config.yaml"), "{plain}");
}

#[test]
fn config_set_get_unset_list_and_precedence() {
    let env = TestEnv::new();
    let config = env.home().join("settings/config.yaml");
    let cfg = config.to_str().unwrap();
    let run = |args: &[&str], vars: &[(&str, &str)]| {
        let out = env
            .kinship()
            .args(["--config", cfg])
            .args(args)
            .envs(vars.iter().copied())
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (code, _, err) = run(&["config", "get", "region"], &[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("region is not set in your settings file; kinship uses us (by default)"),
        "{err}"
    );

    let (code, _, err) = run(&["config", "set", "region", "UK"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Saved: region = gb"), "{err}");
    assert_eq!(std::fs::read_to_string(&config).unwrap(), "region: gb\n");
    assert_eq!(run(&["config", "get", "region"], &[]).1, "gb\n");

    // The settings file beats the locale; the variable beats the file; the flag beats both.
    let first = |args: &[&str], vars: &[(&str, &str)]| {
        run(args, vars).1.lines().next().unwrap_or("").to_string()
    };
    assert_eq!(
        first(&[], &[("LANG", "en_AU.UTF-8")]),
        "Overdose? Call 999 now. Then: kinship guide overdose"
    );
    assert_eq!(
        first(&[], &[("KINSHIP_REGION", "au")]),
        "Overdose? Call 000 now. Then: kinship guide overdose"
    );
    assert_eq!(
        first(&["--region", "nz"], &[("KINSHIP_REGION", "au")]),
        "Overdose? Call 111 now. Then: kinship guide overdose"
    );

    let (_, out, _) = run(&["config", "list"], &[("KINSHIP_REGION", "au")]);
    assert!(out.contains("region  au"), "{out}");
    assert!(
        out.contains("from the KINSHIP_REGION environment variable"),
        "{out}"
    );
    let (_, out, _) = run(&["config", "list", "--json"], &[]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let region = json
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "region")
        .unwrap();
    assert_eq!(region["value"], "gb");
    assert_eq!(region["origin"], "config");

    let (code, _, err) = run(&["config", "set", "color", "purple"], &[]);
    assert_eq!(code, 1);
    assert!(err.contains("auto, always or never"), "{err}");
    let (code, _, err) = run(&["config", "set", "width", "5"], &[]);
    assert_eq!(code, 1);
    assert!(err.contains("40 to 200"), "{err}");
    let (code, _, err) = run(&["config", "set", "colour", "never"], &[]);
    assert_eq!(code, 2, "an unknown key is a usage error");
    assert!(
        err.contains("region") && err.contains("color") && err.contains("pager"),
        "{err}"
    );

    let (_, _, err) = run(&["config", "unset", "region"], &[]);
    assert!(err.contains("Removed region from"), "{err}");
    assert_eq!(std::fs::read_to_string(&config).unwrap(), "{}\n");
    let (code, _, err) = run(&["config", "unset", "region"], &[]);
    assert_eq!(code, 0);
    assert!(err.contains("region was not set in"), "{err}");
    assert!(!err.contains("Removed"), "{err}");
    assert_eq!(run(&["config", "path"], &[]).1.trim(), cfg);
}

#[test]
fn a_broken_settings_file_warns_but_never_blocks_the_overdose_guide() {
    let env = TestEnv::new();
    let config = env.home().join("config.yaml");
    std::fs::write(&config, "region: [gb\ncolor: purple\n").unwrap();
    let out = env
        .kinship()
        .env("KINSHIP_CONFIG", &config)
        .args(["guide", "overdose"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    // The broken line is ignored alone: the other settings still apply.
    assert!(
        err.starts_with("warning: Ignoring region in your settings file") && err.contains("line 1"),
        "{err}"
    );
    assert!(err.contains("Ignoring color: \"purple\""), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1. Call 911."));
    let set = |key: &str, value: &str| {
        let out = env
            .kinship()
            .env("KINSHIP_CONFIG", &config)
            .args(["config", "set", key, value])
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    // Saving another setting would lose the broken line: refused.
    let (code, err) = set("color", "never");
    assert_eq!(code, 1, "a broken line is never lost by a rewrite: {err}");
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "region: [gb\ncolor: purple\n"
    );
    // Setting the broken key repairs it and keeps the rest as written.
    let (code, err) = set("region", "gb");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "region: gb\ncolor: purple\n"
    );
}

#[test]
fn json_output_parses_and_has_the_documented_fields() {
    let env = TestEnv::new();
    let topics: serde_json::Value = serde_json::from_str(&env.ok(&["guide", "--json"])).unwrap();
    for t in topics.as_array().unwrap() {
        for field in ["id", "title", "summary", "aliases"] {
            assert!(!t[field].is_null(), "guide --json: {field} in {t}");
        }
    }
    let topic: serde_json::Value =
        serde_json::from_str(&env.ok(&["--region", "gb", "guide", "od", "--json"])).unwrap();
    assert_eq!(topic["id"], "overdose");
    assert_eq!(topic["region"], "gb");
    assert!(
        topic["markdown"]
            .as_str()
            .unwrap()
            .contains("**Call 999.**")
    );
    assert!(
        topic["sources"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert_eq!(topic["reviewed"], "2026-12-06");
    let lists: serde_json::Value =
        serde_json::from_str(&env.ok(&["checklist", "list", "--json"])).unwrap();
    for c in lists.as_array().unwrap() {
        for field in ["id", "title", "done", "total"] {
            assert!(!c[field].is_null(), "checklist list --json: {field} in {c}");
        }
        assert!(c.get("updated").is_some());
    }
}

#[test]
fn accessible_mode_has_no_escapes_box_drawing_or_symbols() {
    let env = TestEnv::new();
    type Mode<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);
    let modes: [Mode; 2] = [(&["--plain"], &[]), (&[], &[("ACCESSIBLE", "1")])];
    for (flags, vars) in modes {
        for args in [
            vec!["guide", "overdose"],
            vec!["guide", "boundaries"],
            vec![],
            vec!["checklist", "show", "overdose-kit"],
        ] {
            let out = env
                .kinship()
                .envs(vars.iter().copied())
                .args(flags)
                .args(&args)
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(out.status.success(), "{flags:?} {args:?}");
            assert!(!has_escapes(&text), "{flags:?} {args:?}");
            for symbol in ['│', '─', '•', '═', '┌', '›', '…'] {
                assert!(
                    !text.contains(symbol),
                    "{flags:?} {args:?} has {symbol:?}:\n{text}"
                );
            }
        }
    }
    let out = env.ok(&["--plain", "guide", "overdose"]);
    assert!(
        out.contains("Important: Will not wake up?"),
        "the call-out is a word: {out}"
    );
    for (flags, vars) in modes {
        let out = env
            .kinship()
            .envs(vars.iter().copied())
            .args(flags)
            .args(["--color", "always", "guide", "overdose"])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(
            !has_escapes(&String::from_utf8_lossy(&out.stdout)),
            "accessible mode never has colour, even with --color always: {flags:?} {vars:?}"
        );
    }
    let (_, out, _) = env.run(&["--plain", "--color", "always", "config", "list"]);
    assert!(out.contains("color   never         from --plain"), "{out}");
}

#[test]
fn help_explains_commands_and_points_guide_names_to_the_guide() {
    let env = TestEnv::new();
    let out = env.ok(&["help", "checklist", "run"]);
    assert!(out.contains("Usage: kinship checklist run"), "{out}");
    for (args, guide) in [
        (vec!["help", "overdose"], "overdose"),
        (vec!["signs"], "warning-signs"),
    ] {
        let (code, out, err) = env.run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "");
        assert!(
            err.contains(&format!("run `kinship guide {guide}`")),
            "{args:?}: {err}"
        );
        // Under every mistake, the number to call and where the steps are.
        assert!(
            err.contains("Overdose? Call 911 now. The steps: kinship sos"),
            "{err}"
        );
    }
    let (code, _, err) = env.run(&["help", "nonsense"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("The commands are: sos, guide, checklist"),
        "{err}"
    );
}

#[test]
fn every_command_and_flag_has_help_and_every_command_an_example() {
    use clap::CommandFactory;
    let mut cmd = kinship::cli::Cli::command();
    cmd.build();
    cmd.clone().debug_assert();
    fn walk(cmd: &clap::Command, path: &str) {
        for arg in cmd.get_arguments() {
            if arg.get_id() != "help" && arg.get_id() != "version" {
                assert!(
                    arg.get_help().is_some(),
                    "{path} {} has no help",
                    arg.get_id()
                );
            }
        }
        for sub in cmd.get_subcommands() {
            let path = format!("{path} {}", sub.get_name());
            assert!(sub.get_about().is_some(), "{path} has no one-line help");
            let example = sub
                .get_after_long_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(
                example.contains("Example") && example.contains("kinship "),
                "{path} has no example in its long help"
            );
            walk(sub, &path);
        }
    }
    walk(&cmd, "kinship");
}

#[test]
fn a_typo_in_one_setting_warns_about_that_one_and_keeps_the_others() {
    let env = TestEnv::new();
    let config = env.home().join("c.yaml");
    let cfg = config.to_str().unwrap();
    std::fs::write(&config, "region: gb\ncolour: never\n").unwrap();
    let (code, out, err) = env.run(&["--config", cfg]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Overdose? Call 999 now."),
        "a UK user keeps 999: {out}"
    );
    assert!(err.contains("no setting called colour"), "{err}");
    assert!(err.contains("Did you mean color?"), "{err}");
    assert!(!err.contains("Using the defaults"), "{err}");

    std::fs::write(&config, "region: gb\ncolor: [a]\n").unwrap();
    let (code, out, err) = env.run(&["--config", cfg]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Overdose? Call 999 now."), "{out}");
    assert!(
        err.contains("Ignoring color") && err.contains("a list"),
        "{err}"
    );
    // Setting it puts it right.
    env.ok(&["--config", cfg, "config", "set", "color", "never"]);
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "region: gb\ncolor: never\n"
    );
    let (_, _, err) = env.run(&["--config", cfg]);
    assert_eq!(err, "", "no more warnings");
}

#[test]
fn help_says_which_setting_wins() {
    let env = TestEnv::new();
    for args in [vec!["--help"], vec!["config", "--help"]] {
        let help = env.ok(&args);
        assert!(
            help.contains("the first of its flag, its environment")
                || help.contains("the first of: its flag, its environment variable, the"),
            "{args:?}: {help}"
        );
        for word in [
            "KINSHIP_REGION",
            "NO_COLOR",
            "KINSHIP_PAGER",
            "COLUMNS",
            "PAGER",
        ] {
            assert!(help.contains(word), "{args:?} names {word}: {help}");
        }
    }
}

#[test]
fn a_command_s_help_puts_the_global_options_under_their_own_heading() {
    let env = TestEnv::new();
    for args in [
        &["plan", "show", "--help"][..],
        &["checklist", "run", "-h"],
        &["config", "set", "--help"],
    ] {
        let out = env.ok(args);
        let global = out
            .find("Global options:")
            .unwrap_or_else(|| panic!("{args:?} has no Global options heading:\n{out}"));
        let own = out.find("Options:").expect("the command's own options");
        assert!(own < global, "{args:?}: its own options come first:\n{out}");
        for flag in ["--region", "--no-pager", "--quiet", "--no-input"] {
            let at = out.find(flag).unwrap_or_else(|| panic!("{flag}:\n{out}"));
            assert!(at > global, "{args:?}: {flag} is a global option:\n{out}");
        }
        assert!(
            !out[own..global].contains("--data-dir"),
            "{args:?}: no global flag among the command's own:\n{out}"
        );
    }
}

/// A plan made without questions, for the tests that need one.
fn a_plan(env: &TestEnv, kind: &str, name: &str) {
    let file = env.home().join(format!("{name}.yaml"));
    std::fs::write(&file, "{}\n").unwrap();
    env.ok(&[
        "plan",
        "import",
        kind,
        file.to_str().unwrap(),
        "--name",
        name,
    ]);
}

#[test]
fn quiet_silences_confirmations_and_hints_but_never_errors_or_their_hints() {
    let env = TestEnv::new();
    a_plan(&env, "boundaries", "kid");
    let (code, out, err) = env.run(&["-q", "plan", "delete", "kid", "--yes"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""), "{err}");
    assert!(!env.data_dir().join("plans/kid.yaml").exists(), "deleted");
    let (code, _, err) = env.run(&["config", "--quiet", "set", "region", "gb"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(env.ok(&["config", "get", "region"]).trim(), "gb");
    // Without -q the same kind of change is said.
    let (_, _, err) = env.run(&["config", "set", "region", "ie"]);
    assert!(!err.is_empty(), "a confirmation without --quiet");
    // An error and its next step are always said.
    let (code, _, err) = env.run(&["--quiet", "plan", "delete", "nobody", "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("error: There is no plan called \"nobody\""),
        "{err}"
    );
    assert!(err.contains("hint: "), "the error's hint stays: {err}");
    // Warnings too: a bad value in the settings file.
    std::fs::write(env.home().join("bad.yaml"), "color: purple\n").unwrap();
    let config = env.home().join("bad.yaml");
    let (_, _, err) = env.run(&["-q", "--config", config.to_str().unwrap(), "resources"]);
    assert!(err.contains("warning:"), "{err}");
}

#[test]
fn config_set_pager_none_off_false_or_no_turns_paging_off() {
    let env = TestEnv::new();
    for word in ["none", "off", "false", "no"] {
        let (code, _, err) = env.run(&["config", "set", "pager", word]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            env.ok(&["config", "get", "pager"]).trim(),
            "never",
            "{word}"
        );
    }
    // On a terminal, a long guide is then printed, not paged and not
    // warned about.
    let mut p = crate::pty::spawn(
        &env,
        &["guide", "boundaries"],
        &[("PAGER", "echo PAGER-RAN; cat > /dev/null")],
    );
    let out = p.exp_eof().unwrap();
    assert!(!out.contains("PAGER-RAN"), "{out}");
    assert!(!out.contains("Could not start the pager"), "{out}");
    assert!(out.contains("Sources"), "the whole guide: {out}");
}

/// What a terminal showed, without colour and with each run of spaces and
/// line breaks made one space (messages are wrapped to its width).
fn flat(shown: &str) -> String {
    let plain = regex::Regex::new("\x1b\\[[0-9;?]*[A-Za-z]")
        .unwrap()
        .replace_all(shown, "");
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_input_on_a_terminal_never_asks_and_says_what_to_run_instead() {
    use rexpect::process::WaitStatus;
    let env = TestEnv::new();
    for (args, vars) in [
        (
            &["--no-input", "plan", "new", "intervention", "x"][..],
            &[][..],
        ),
        (
            &["plan", "new", "intervention", "x"][..],
            &[("KINSHIP_NO_INPUT", "1")][..],
        ),
    ] {
        let mut p = crate::pty::spawn(&env, args, vars);
        let out = flat(&p.exp_eof().unwrap());
        let status = p.process().wait().unwrap();
        assert!(
            matches!(status, WaitStatus::Exited(_, 2)),
            "{args:?}: {status:?}\n{out}"
        );
        assert!(
            out.contains("kinship plan import intervention FILE --name x"),
            "{args:?}: what to run instead: {out}"
        );
        assert!(
            out.contains("--no-input"),
            "{args:?}: why it did not ask: {out}"
        );
        assert!(
            !out.contains("Intervention plan"),
            "no question began: {out}"
        );
    }
    assert!(
        !env.data_dir().join("plans/x.yaml").exists(),
        "no plan was started"
    );
    // A command that asks before it changes anything stops the same way.
    a_plan(&env, "boundaries", "kid");
    let mut p = crate::pty::spawn(&env, &["--no-input", "plan", "delete", "kid"], &[]);
    let out = flat(&p.exp_eof().unwrap());
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 2)),
        "{status:?}\n{out}"
    );
    assert!(out.contains("kinship plan delete kid --yes"), "{out}");
    assert!(env.data_dir().join("plans/kid.yaml").exists());
}

#[test]
fn the_delete_question_names_the_plan_and_its_kind() {
    let env = TestEnv::new();
    a_plan(&env, "boundaries", "kid");
    let mut p = crate::pty::spawn(&env, &["plan", "delete", "kid"], &[]);
    let mut seen = String::new();
    crate::pty::expect(
        &mut p,
        "Delete the plan \"kid\" (My boundaries)? It is moved aside, not destroyed.",
        &mut seen,
    );
    crate::pty::key(&mut p, "n");
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("Kept. Nothing was changed."), "{rest}");
    assert!(!seen.contains("your my"), "{seen}");
}

/// Runs kinship as bash's completion function does for `line`, the word
/// under the cursor last; returns the candidates, one a line.
fn complete(env: &TestEnv, line: &[&str], vars: &[(&str, &str)]) -> Vec<String> {
    let out = env
        .kinship()
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (line.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_IFS", "\n")
        .envs(vars.iter().copied())
        .arg("--")
        .args(line)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn the_dynamic_completer_offers_the_user_s_plans_and_the_checklists() {
    let env = TestEnv::new();
    // The registration script for the shell.
    let script = env.kinship().env("COMPLETE", "bash").output().unwrap();
    let script = String::from_utf8(script.stdout).unwrap();
    assert!(
        script.contains("complete ") && script.contains("kinship"),
        "{script}"
    );

    a_plan(&env, "boundaries", "kid");
    a_plan(&env, "intervention", "dad");
    let words = complete(&env, &["kinship", "plan", "show", ""], &[]);
    assert!(words.contains(&"kid".to_string()), "{words:?}");
    assert!(words.contains(&"dad".to_string()), "{words:?}");
    assert_eq!(
        complete(&env, &["kinship", "plan", "delete", "k"], &[]),
        ["kid"]
    );
    assert_eq!(
        complete(&env, &["kinship", "print", "plan", "d"], &[]),
        ["dad"]
    );
    // --data-dir on the line is the folder read, as it would be when run.
    let elsewhere = env.data_dir().to_str().unwrap().to_string();
    let words = complete(
        &env,
        &["kinship", "--data-dir", &elsewhere, "plan", "edit", "k"],
        &[("KINSHIP_HOME", "/nonexistent/kinship")],
    );
    assert_eq!(words, ["kid"]);
    // Checklists and kinds of plan are kinship's own words.
    let words = complete(&env, &["kinship", "checklist", "run", "overdose-"], &[]);
    assert!(words.contains(&"overdose-kit".to_string()), "{words:?}");
    let words = complete(&env, &["kinship", "plan", "new", "bou"], &[]);
    assert_eq!(words, ["boundaries"]);

    // Every shell kinship's completer knows gets the same words.
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let script = env.kinship().env("COMPLETE", shell).output().unwrap();
        assert!(
            script.status.success() && !script.stdout.is_empty(),
            "{shell}"
        );
        let out = env
            .kinship()
            .env("COMPLETE", shell)
            .env("_CLAP_COMPLETE_INDEX", "3")
            .args(["--", "kinship", "plan", "show", "k"])
            .output()
            .unwrap();
        let words = String::from_utf8(out.stdout).unwrap();
        assert_eq!(words.trim(), "kid", "{shell}");
    }

    // A locked folder completes nothing, and asks for nothing.
    let pass = env.home().join("pass");
    std::fs::write(&pass, "a long enough passphrase\n").unwrap();
    env.ok(&["--passphrase-file", pass.to_str().unwrap(), "data", "lock"]);
    let out = env
        .kinship()
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "3")
        .env("_CLAP_IFS", "\n")
        .args(["--", "kinship", "plan", "show", "k"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:?}");
}

#[test]
fn version_names_the_commit_when_built_from_git() {
    let env = TestEnv::new();
    let out = env.ok(&["--version"]);
    assert_eq!(out, format!("kinship {}\n", kinship::cli::VERSION));
    assert!(out.starts_with(&format!("kinship {}", env!("CARGO_PKG_VERSION"))));
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .ok()
            .filter(|o| o.status.success())
    };
    if git(&["rev-parse", "HEAD"]).is_some() {
        let shape =
            regex::Regex::new(r"^kinship \S+ \(([0-9a-f]{7,}) \d{4}-\d{2}-\d{2}\)\n$").unwrap();
        let commit = shape
            .captures(&out)
            .unwrap_or_else(|| panic!("no commit and date in {out}"))[1]
            .to_string();
        assert!(
            git(&[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{commit}^{{commit}}")
            ])
            .is_some(),
            "{commit} is not a commit of this checkout"
        );
    } else {
        eprintln!("SKIPPED: not a git checkout, so --version is the version alone");
    }
    assert_eq!(env.ok(&["-V"]), out, "-V says the same");
}

#[test]
fn search_says_how_many_matches_there_are() {
    let env = TestEnv::new();
    let out = env.ok(&["search", "naloxone", "kit"]);
    let last = out.lines().last().unwrap();
    let shown = out.lines().filter(|l| l.contains("  kinship ")).count();
    assert_eq!(
        last,
        format!("{shown} matches for \"naloxone kit\"."),
        "{out}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["search", "--json", "naloxone", "kit"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), shown);
}

#[test]
fn the_readme_shows_the_steps_the_card_prints() {
    let env = TestEnv::new();
    let card = env.ok(&["sos", "--region", "us"]);
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("## If someone is overdosing now")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("the README has the overdose steps");
    let section = section.split_whitespace().collect::<Vec<_>>().join(" ");
    // Each numbered step of the card, as one line; the README adds "(or
    // your local emergency number)" after 911, for readers anywhere.
    let mut steps = Vec::new();
    for line in card.lines() {
        let starts_step = line
            .split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if starts_step {
            steps.push(line.trim().to_string());
        } else if line.starts_with("   ") && !steps.is_empty() {
            let last = steps.last_mut().unwrap();
            last.push(' ');
            last.push_str(line.trim());
        }
    }
    assert!(steps.len() >= 6, "{card}");
    for step in steps {
        let step = step.replace("Call 911.", "Call 911 (or your local emergency number).");
        assert!(section.contains(&step), "the README lacks: {step}");
    }
    assert!(section.contains("No naloxone? Do all the other steps."));
}
