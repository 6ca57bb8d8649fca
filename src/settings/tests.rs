//! Unit tests of `settings.rs`.

use super::*;

fn args() -> GlobalArgs {
    GlobalArgs {
        // Tests never read the real settings file.
        config: Some(PathBuf::from("/nonexistent/kinship-test/config.yaml")),
        ..GlobalArgs::default()
    }
}

fn region_for(args: &GlobalArgs, vars: &[(&str, &str)]) -> Result<&'static str, UserError> {
    Settings::resolve(args, &Env::with_vars(vars)).map(|s| s.region.code)
}

fn with_config(text: &str) -> (tempfile::TempDir, GlobalArgs) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.yaml");
    std::fs::write(&path, text).unwrap();
    let a = GlobalArgs {
        config: Some(path),
        ..GlobalArgs::default()
    };
    (dir, a)
}

#[test]
fn locale_gives_the_region() {
    assert_eq!(region_for(&args(), &[("LANG", "en_GB.UTF-8")]), Ok("gb"));
    assert_eq!(region_for(&args(), &[("LANG", "en_NZ")]), Ok("nz"));
    // An EU member state under its own name, with 112.
    assert_eq!(region_for(&args(), &[("LANG", "de_DE.UTF-8")]), Ok("de"));
    assert_eq!(region_for(&args(), &[("LANG", "fr_FR@euro")]), Ok("fr"));
    // Countries kinship has not checked: their own name, no guessed number.
    assert_eq!(region_for(&args(), &[("LANG", "es_MX.UTF-8")]), Ok("mx"));
    for (locale, code) in [("ja_JP.UTF-8", "jp"), ("en_ZA.UTF-8", "za")] {
        let s = Settings::resolve(&args(), &Env::with_vars(&[("LANG", locale)])).unwrap();
        assert_eq!(s.region.code, code);
        assert_eq!(s.region.emergency, "your local emergency number");
        assert!(s.region_notice().unwrap().contains(s.region.name));
    }
    // No country at all: the US default, said as such.
    for locale in ["C.UTF-8", "C", "", "POSIX", "en_XX.UTF-8"] {
        let s = Settings::resolve(&args(), &Env::with_vars(&[("LANG", locale)])).unwrap();
        assert_eq!(s.region.code, "us", "{locale:?}");
        assert_eq!(
            s.region_notice().as_deref(),
            Some("US numbers. Not in the US? kinship config set region CODE")
        );
    }
    assert_eq!(region_for(&args(), &[]), Ok("us"));
    let set = Settings::resolve(&args(), &Env::with_vars(&[("LANG", "en_GB.UTF-8")]));
    assert_eq!(set.unwrap().region_notice(), None);
}

#[test]
fn lc_all_beats_lc_messages_beats_lang() {
    let vars = [
        ("LC_ALL", "en_AU.UTF-8"),
        ("LC_MESSAGES", "en_IE"),
        ("LANG", "en_CA"),
    ];
    assert_eq!(region_for(&args(), &vars), Ok("au"));
    assert_eq!(region_for(&args(), &vars[1..]), Ok("ie"));
}

#[test]
fn flag_beats_environment_beats_config_beats_locale() {
    let (_dir, mut a) = with_config("region: ie\n");
    let locale = [("LANG", "en_GB.UTF-8")];
    assert_eq!(region_for(&a, &locale), Ok("ie"));
    let vars = [("KINSHIP_REGION", "ca"), ("LANG", "en_GB.UTF-8")];
    assert_eq!(region_for(&a, &vars), Ok("ca"));
    a.region = Some("nz".into());
    assert_eq!(region_for(&a, &vars), Ok("nz"));
}

fn lang_for(args: &GlobalArgs, vars: &[(&str, &str)]) -> (&'static str, Origin) {
    let s = Settings::resolve(args, &Env::with_vars(vars)).unwrap();
    (s.lang.code(), s.lang_origin)
}

#[test]
fn language_flag_beats_environment_beats_config_beats_locale_beats_english() {
    assert_eq!(lang_for(&args(), &[]), ("en", Origin::Default));
    for locale in ["es_US.UTF-8", "es_MX", "es_ES", "es"] {
        assert_eq!(
            lang_for(&args(), &[("LANG", locale)]),
            ("es", Origin::EnvVar("LANG")),
            "{locale}"
        );
    }
    assert_eq!(lang_for(&args(), &[("LANG", "de_DE.UTF-8")]).0, "en");
    assert_eq!(lang_for(&args(), &[("LANG", "C.UTF-8")]).0, "en");
    // The first locale variable set decides, as it does for every program.
    let vars = [("LC_ALL", "en_US.UTF-8"), ("LANG", "es_MX.UTF-8")];
    assert_eq!(lang_for(&args(), &vars).0, "en");
    let vars = [("LC_MESSAGES", "es_ES"), ("LANG", "en_GB")];
    assert_eq!(
        lang_for(&args(), &vars),
        ("es", Origin::EnvVar("LC_MESSAGES"))
    );

    let (_dir, mut a) = with_config("lang: es\n");
    let english_locale = [("LANG", "en_US.UTF-8")];
    assert_eq!(lang_for(&a, &english_locale), ("es", Origin::ConfigFile));
    let vars = [("KINSHIP_LANG", "en"), ("LANG", "es_MX.UTF-8")];
    assert_eq!(lang_for(&a, &vars), ("en", Origin::EnvVar("KINSHIP_LANG")));
    a.lang = Some("es".into());
    assert_eq!(lang_for(&a, &vars), ("es", Origin::Flag("--lang")));
}

#[test]
fn language_and_region_are_independent() {
    let s = Settings::resolve(&args(), &Env::with_vars(&[("LANG", "es_US.UTF-8")])).unwrap();
    assert_eq!((s.lang.code(), s.region.code), ("es", "us"));
    let mut a = args();
    a.lang = Some("es".into());
    a.region = Some("gb".into());
    let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
    assert_eq!((s.lang.code(), s.region.code), ("es", "gb"));
}

#[test]
fn an_unknown_language_warns_and_gives_english_even_for_the_card() {
    let mut a = args();
    a.lang = Some("klingon".into());
    let s = Settings::resolve(&a, &Env::with_vars(&[("LANG", "es_MX")])).unwrap();
    assert_eq!(s.lang, Lang::EN);
    assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
    assert!(s.warnings[0].contains("\"klingon\""), "{:?}", s.warnings);
    assert!(s.warnings[0].contains("es (español)"), "{:?}", s.warnings);
    let s = Settings::resolve_for_emergency(&args(), &Env::with_vars(&[("KINSHIP_LANG", "xx")]));
    assert_eq!(s.lang, Lang::EN);
    assert!(s.warnings[0].contains("KINSHIP_LANG"), "{:?}", s.warnings);
    // In the settings file, it is the file's usual warning.
    let (_dir, a) = with_config("lang: xx\n");
    let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
    assert_eq!(s.lang, Lang::EN);
    assert!(s.warnings[0].contains("Ignoring lang"), "{:?}", s.warnings);
    assert_eq!(check_value(Key::Lang, "ES").unwrap(), "es");
}

#[test]
fn an_unknown_code_lists_the_known_ones() {
    let mut a = args();
    a.region = Some("xx".into());
    let err = region_for(&a, &[]).unwrap_err();
    assert!(err.message.contains("\"xx\""), "{err:?}");
    assert!(err.hints.iter().any(|h| h.contains("gb or uk")), "{err:?}");
    assert!(err.hints[0].contains("two-letter code"), "{err:?}");
}

#[test]
fn the_card_falls_back_to_a_real_region_and_says_how_to_fix_it() {
    let emergency = |a: &GlobalArgs, vars: &[(&str, &str)]| {
        let s = Settings::resolve_for_emergency(a, &Env::with_vars(vars));
        (s.region.code, s.warnings)
    };
    let (code, warnings) = emergency(&args(), &[("KINSHIP_REGION", "xx")]);
    assert_eq!(code, "us", "no locale: the default, as when nothing is set");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("\"xx\""), "{warnings:?}");
    assert!(warnings[0].contains("emergency number 911"), "{warnings:?}");
    assert!(
        warnings[0].contains("set KINSHIP_REGION to a country code or one of"),
        "{warnings:?}"
    );
    let mut a = args();
    a.region = Some("uk2".into());
    let (code, warnings) = emergency(&a, &[("LANG", "en_GB.UTF-8")]);
    assert_eq!(code, "gb", "the locale's region");
    assert!(
        warnings[0].contains("use --region with a country code or one of"),
        "{warnings:?}"
    );
    let (code, _) = emergency(&a, &[("KINSHIP_REGION", "ie"), ("LANG", "en_GB.UTF-8")]);
    assert_eq!(code, "ie", "the next valid setting down the order");
    // Other commands still stop.
    assert!(region_for(&a, &[("LANG", "en_GB.UTF-8")]).is_err());
}

#[test]
fn the_card_uses_the_real_time_when_the_test_clock_is_bad() {
    let vars = [("KINSHIP_NOW", "yesterday")];
    assert!(Settings::resolve(&args(), &Env::with_vars(&vars)).is_err());
    let s = Settings::resolve_for_emergency(&args(), &Env::with_vars(&vars));
    assert!(s.warnings[0].contains("yesterday"), "{:?}", s.warnings);
    assert!(s.warnings[0].contains("real time"), "{:?}", s.warnings);
}

#[test]
fn colour_precedence() {
    let resolve = |a: &GlobalArgs, vars: &[(&str, &str)]| {
        let s = Settings::resolve(a, &Env::with_vars(vars)).unwrap();
        (s.color, s.color_origin)
    };
    let (_dir, mut a) = with_config("color: always\n");
    assert_eq!(resolve(&a, &[]), (ColorChoice::Always, Origin::ConfigFile));
    assert_eq!(
        resolve(&a, &[("NO_COLOR", "1")]),
        (ColorChoice::Never, Origin::EnvVar("NO_COLOR"))
    );
    a.color = Some(ColorChoice::Always);
    assert_eq!(resolve(&a, &[("NO_COLOR", "1")]).0, ColorChoice::Always);
    assert_eq!(
        resolve(&args(), &[("ACCESSIBLE", "1")]),
        (ColorChoice::Never, Origin::EnvVar("ACCESSIBLE"))
    );
    // Accessible mode beats even --color always.
    assert_eq!(
        resolve(&a, &[("ACCESSIBLE", "1")]),
        (ColorChoice::Never, Origin::EnvVar("ACCESSIBLE"))
    );
    a.plain = true;
    assert_eq!(
        resolve(&a, &[]),
        (ColorChoice::Never, Origin::Flag("--plain"))
    );
    assert_eq!(resolve(&args(), &[]), (ColorChoice::Auto, Origin::Default));
}

#[test]
fn pager_precedence_and_never() {
    let pager = |a: &GlobalArgs, vars: &[(&str, &str)]| {
        Settings::resolve(a, &Env::with_vars(vars)).unwrap().pager
    };
    assert_eq!(pager(&args(), &[]).as_deref(), Some(DEFAULT_PAGER));
    assert_eq!(
        pager(&args(), &[("PAGER", "more")]).as_deref(),
        Some("more")
    );
    let (_dir, mut a) = with_config("pager: never\n");
    assert_eq!(
        pager(&a, &[("PAGER", "more")]),
        None,
        "the settings file beats PAGER"
    );
    assert_eq!(
        pager(&a, &[("KINSHIP_PAGER", "less -R")]).as_deref(),
        Some("less -R"),
        "KINSHIP_PAGER beats the settings file"
    );
    a.no_pager = true;
    assert_eq!(pager(&a, &[("KINSHIP_PAGER", "less -R")]), None);
}

#[test]
fn width_precedence() {
    let (_dir, a) = with_config("width: 72\n");
    let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
    assert_eq!((s.width, s.width_origin), (Some(72), Origin::ConfigFile));
    let s = Settings::resolve(&a, &Env::with_vars(&[("COLUMNS", "100")])).unwrap();
    assert_eq!(s.width, Some(100));
}

#[test]
fn bad_settings_are_warnings_not_errors() {
    let (_dir, a) = with_config("color: purple\nregion: xx\nwidth: 5\n");
    let s = Settings::resolve(&a, &Env::with_vars(&[("LANG", "en_GB.UTF-8")])).unwrap();
    assert_eq!(s.color, ColorChoice::Auto);
    assert_eq!(s.region.code, "gb");
    assert_eq!(s.width, None);
    assert_eq!(s.warnings.len(), 3, "{:?}", s.warnings);
    assert!(
        s.warnings[0].contains("auto, always or never"),
        "{:?}",
        s.warnings
    );
    let (_dir, a) = with_config("region: [unclosed\n");
    let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
    assert!(
        s.warnings[0].contains("config.yaml, line "),
        "{:?}",
        s.warnings
    );
}

#[test]
fn a_typo_in_one_key_never_costs_the_region() {
    let (_dir, a) = with_config("region: gb\ncolour: never\ncolor: [a]\n");
    let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
    assert_eq!(s.region.code, "gb", "{:?}", s.warnings);
    assert_eq!(s.region_origin, Origin::ConfigFile);
    assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
    assert!(s.warnings.iter().any(|w| w.contains("Did you mean color?")));
    assert!(!s.warnings.iter().any(|w| w.contains("Using the defaults")));
}

#[test]
fn values_are_checked_and_normalised() {
    assert_eq!(check_value(Key::Region, "UK").unwrap(), "gb");
    assert_eq!(check_value(Key::Color, "NEVER").unwrap(), "never");
    assert_eq!(check_value(Key::Width, "90").unwrap(), "90");
    assert!(check_value(Key::Width, "9000").unwrap_err().hints[0].contains("40 to 200"));
    assert!(
        check_value(Key::Color, "blue").unwrap_err().hints[0].contains("auto, always or never")
    );
    assert_eq!(check_value(Key::Pager, " less -R ").unwrap(), "less -R");
}

#[test]
fn none_off_false_and_no_turn_paging_off_like_never() {
    for word in ["none", "off", "false", "no", "Never", " OFF "] {
        assert_eq!(
            check_value(Key::Pager, word).as_deref(),
            Ok("never"),
            "{word}"
        );
        let (_dir, a) = with_config(&format!("pager: \"{word}\"\n"));
        let s = Settings::resolve(&a, &Env::with_vars(&[("PAGER", "more")])).unwrap();
        assert_eq!(s.pager, None, "{word} in the settings file");
        let s = Settings::resolve(&args(), &Env::with_vars(&[(PAGER_VAR, word)])).unwrap();
        assert_eq!(s.pager, None, "{word} in {PAGER_VAR}");
    }
}

#[test]
fn no_input_comes_from_the_flag_or_the_variable_and_stops_passphrase_questions() {
    let resolve = |a: &GlobalArgs, vars: &[(&str, &str)]| {
        let mut env = Env::with_vars(vars);
        env.stdin_tty = true;
        env.stderr_tty = true;
        Settings::resolve(a, &env).unwrap()
    };
    let s = resolve(&args(), &[]);
    assert!(!s.no_input);
    assert!(matches!(s.passphrase, crate::store::crypt::Ask::Terminal));
    let mut a = args();
    a.no_input = true;
    let s = resolve(&a, &[]);
    assert!(s.no_input);
    assert!(matches!(s.passphrase, crate::store::crypt::Ask::Never));
    assert!(resolve(&args(), &[(NO_INPUT_VAR, "1")]).no_input);
    assert!(!resolve(&args(), &[(NO_INPUT_VAR, "0")]).no_input);
    assert!(!resolve(&args(), &[(NO_INPUT_VAR, "")]).no_input);
}

#[test]
fn settings_warnings_are_in_the_language_chosen_and_an_unknown_one_in_english() {
    // The language from the settings file itself: the file's other
    // problems are said in it.
    let (_dir, a) = with_config("lang: es\ncolor: purple\n");
    let s = Settings::resolve(&a, &Env::with_vars(&[])).unwrap();
    assert_eq!(s.lang.code(), "es");
    assert_eq!(
        s.warnings,
        [
            "Se ignora color: \"purple\" en su archivo de configuración. Elija auto, always o \
          never. Cámbielo con `kinship config set color VALOR` o quítelo con `kinship config \
          unset color`."
        ]
    );
    // A flag beats the file: English, as before.
    let english = GlobalArgs {
        lang: Some("en".into()),
        ..a.clone()
    };
    let s = Settings::resolve(&english, &Env::with_vars(&[])).unwrap();
    assert!(
        s.warnings[0].starts_with("Ignoring color: \"purple\""),
        "{:?}",
        s.warnings
    );
    // A language kinship does not speak is said in English, and so is what follows.
    let klingon = GlobalArgs {
        lang: Some("klingon".into()),
        ..a.clone()
    };
    let s = Settings::resolve(&klingon, &Env::with_vars(&[])).unwrap();
    assert_eq!(s.lang.code(), "en");
    assert!(
        s.warnings
            .iter()
            .any(|w| w.starts_with("kinship does not speak \"klingon\" (from --lang)")),
        "{:?}",
        s.warnings
    );
    // A bad region stops a command with a Spanish error.
    let err = Settings::resolve(
        &args(),
        &Env::with_vars(&[("KINSHIP_REGION", "qq"), ("KINSHIP_LANG", "es")]),
    )
    .unwrap_err();
    assert_eq!(
        err.message,
        "No hay ningún país o región llamado \"qq\" (por la variable de entorno KINSHIP_REGION)."
    );
}
