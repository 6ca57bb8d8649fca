//! kinship in Spanish: choosing the language, the fallback to English for
//! what is not translated yet, and the emergency path in Spanish.

use crate::support::TestEnv;

/// kinship with `vars` added to the scrubbed environment: (code, stdout, stderr).
fn run_with(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = env.command();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().expect("kinship runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const SPANISH_LOCALE: &[(&str, &str)] = &[("LANG", "es_US.UTF-8")];

#[test]
fn a_guide_not_yet_in_spanish_says_so_in_one_spanish_line_and_shows_the_english() {
    let env = TestEnv::new();
    let (code, out, err) = run_with(&env, SPANISH_LOCALE, &["guide", "grief"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err, "Esta guía aún no está en español; se muestra en inglés.\n",
        "one line, in Spanish"
    );
    assert!(out.starts_with("When someone dies of an overdose"), "{out}");
    // In English there is nothing to say.
    let (_, out_en, err_en) = run_with(&env, &[], &["guide", "grief"]);
    assert_eq!(err_en, "");
    assert_eq!(out_en, out);
    // A checklist says it the same way.
    let (code, _, err) = run_with(&env, SPANISH_LOCALE, &["checklist", "show", "self-care"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "Esta lista aún no está en español; se muestra en inglés.\n"
    );
}

#[test]
fn the_language_comes_from_the_flag_then_the_variable_then_the_settings_then_the_locale() {
    let env = TestEnv::new();
    let card = |vars: &[(&str, &str)], args: &[&str]| {
        let mut all = args.to_vec();
        all.push("sos");
        let (code, out, err) = run_with(&env, vars, &all);
        assert_eq!(code, 0, "{err}");
        out.lines().next().unwrap_or_default().to_string()
    };
    let spanish = "¿Sobredosis? Llame al 911 ahora.";
    let english = "Overdose? Call 911 now.";
    assert_eq!(card(&[], &[]), english, "English by default");
    assert_eq!(card(SPANISH_LOCALE, &[]), spanish, "the locale");
    assert_eq!(
        card(&[("LANG", "es_MX.UTF-8")], &["--region", "us"]),
        spanish
    );
    assert_eq!(
        card(
            &[("LC_ALL", "es_ES.UTF-8"), ("LANG", "en_US.UTF-8")],
            &["--region", "us"]
        ),
        spanish
    );
    assert_eq!(
        card(&[("LANG", "de_DE.UTF-8")], &["--region", "us"]),
        english
    );

    env.ok(&["config", "set", "lang", "es"]);
    assert_eq!(
        card(&[("LANG", "en_US.UTF-8")], &[]),
        spanish,
        "the settings beat the locale"
    );
    let vars = [("KINSHIP_LANG", "en"), ("LANG", "es_US.UTF-8")];
    assert_eq!(card(&vars, &[]), english, "the variable beats the settings");
    assert_eq!(
        card(&vars, &["--lang", "es"]),
        spanish,
        "the flag beats the variable"
    );
    let (_, out, _) = run_with(&env, &vars, &["config", "list"]);
    assert!(out.contains("lang    en"), "{out}");
}

#[test]
fn an_unknown_language_warns_and_the_card_still_comes_in_english() {
    let env = TestEnv::new();
    let (code, out, err) = run_with(&env, &[], &["--lang", "xx", "sos"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Overdose? Call 911 now."), "{out}");
    assert!(err.contains("\"xx\""), "{err}");
    assert!(err.contains("es (español)"), "{err}");
    // In the settings file, a bad language is refused with the choices.
    let (code, _, err) = run_with(&env, &[], &["config", "set", "lang", "klingon"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("en (English), es (español)"), "{err}");
}

#[test]
fn the_spanish_card_calls_the_right_number_for_each_region_and_fits_the_screen() {
    let env = TestEnv::new();
    for (region, number) in [("us", "911"), ("mx", "911"), ("es", "112"), ("eu", "112")] {
        let (code, out, err) = run_with(&env, SPANISH_LOCALE, &["--region", region, "sos"]);
        assert_eq!(code, 0, "{region}: {err}");
        assert!(
            out.starts_with(&format!("¿Sobredosis? Llame al {number} ahora.")),
            "{region}: {out}"
        );
        assert!(
            out.contains(&format!("1. Llame al {number}. Ponga el altavoz.")),
            "{region}: {out}"
        );
        assert!(out.contains("Empiece la RCP ya"), "{region}: {out}");
        assert!(out.contains("3. Dé naloxona"), "{region}: {out}");
        assert!(out.lines().count() <= 24, "{region}: {out}");
        assert!(
            out.lines().all(|l| l.chars().count() <= 80),
            "{region}: {out}"
        );
    }
    // The footer and the region's name in Spanish.
    let (_, out, _) = run_with(&env, SPANISH_LOCALE, &["--region", "es", "sos"]);
    assert!(
        out.contains("Números para España (es). No es consejo médico."),
        "{out}"
    );
    // A country kinship has not checked: no number, in Spanish too.
    let (_, out, _) = run_with(&env, &[("LANG", "es_AR.UTF-8")], &["sos"]);
    assert!(
        out.starts_with(
            "¿Sobredosis? Llame al número local de emergencias ahora.\nkinship no ha revisado los números de Argentina."
        ),
        "{out}"
    );
    for number in ["911", "112"] {
        assert!(!out.contains(number), "{out}");
    }
}

#[test]
fn printed_pages_declare_their_language() {
    let env = TestEnv::new();
    for what in [
        &["card"][..],
        &["card", "--size", "wallet"],
        &["guide", "grief"],
    ] {
        let mut args = vec!["print"];
        args.extend_from_slice(what);
        args.extend(["--format", "html"]);
        let (code, out, err) = run_with(&env, SPANISH_LOCALE, &args);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("<html lang=\"es\">"), "{what:?}");
        let (_, out, _) = run_with(&env, &[], &args);
        assert!(out.contains("<html lang=\"en\">"), "{what:?}");
    }
    // The stamp, in Spanish, with the date in Spanish.
    let (_, out, _) = run_with(&env, SPANISH_LOCALE, &["print", "card", "--format", "text"]);
    assert!(
        out.contains("Impreso con kinship el 22 de noviembre de 2026."),
        "{out}"
    );
}

/// What a reader reads of `out`: its words on one line, without the sources
/// (titles in their publishers' language) and the list of other guides.
fn region_words(out: &str) -> String {
    let body = out
        .split("\nVea también\n")
        .next()
        .unwrap_or(out)
        .split("\n\n")
        .filter(|p| !p.starts_with("Fuente"))
        .collect::<Vec<_>>()
        .join(" ");
    body.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_spanish_reader_in_canada_australia_or_new_zealand_meets_no_english_region_sentence() {
    let env = TestEnv::new();
    // How the region texts of these countries begin or run in English.
    let english = [
        "We have not",
        "We know of no",
        "Ask a",
        "Call ",
        "free",
        "If your loved one",
        "Police, fire",
        "naloxone",
    ];
    let check = |region: &str, args: &[&str], spanish: &[&str]| {
        let mut all = vec!["--lang", "es", "--region", region, "--no-pager"];
        all.extend_from_slice(args);
        let (code, out, err) = run_with(&env, &[], &all);
        assert_eq!(code, 0, "{region} {args:?}: {err}");
        let words = region_words(&out);
        for phrase in english {
            assert!(
                !words.contains(phrase),
                "{region} {args:?}: {phrase:?} in {words}"
            );
        }
        for phrase in spanish {
            assert!(
                words.contains(phrase),
                "{region} {args:?}: no {phrase:?} in {words}"
            );
        }
    };
    check(
        "au",
        &["resources"],
        &[
            "Llame al 000. Triple Zero: policía, bomberos y ambulancia. El 112 también funciona",
            "El 106 es el servicio por mensaje de texto",
            "Family Drug Support: 1300 368 186",
            "Una línea nacional de apoyo para las familias de personas que usan drogas.",
            "el programa Take Home Naloxone da naloxona gratis y sin receta",
            "No hemos encontrado en Australia una línea nacional revisada",
        ],
    );
    check(
        "ca",
        &["guide", "overdose"],
        &[
            "La ley canadiense del Buen Samaritano",
            "No cubre órdenes de arresto pendientes",
            "En Canadá, la naloxona no necesita receta desde 2016.",
        ],
    );
    check(
        "au",
        &["guide", "overdose"],
        &[
            "No conocemos ninguna ley australiana",
            "Family Drug Support, la línea para familias (1300 368 186, las 24 horas)",
        ],
    );
    check(
        "nz",
        &["guide", "overdose"],
        &[
            "Llame al 111 enseguida",
            "Desde 2019, la ley de drogas de Nueva Zelanda",
            "¿Cómo conseguir naloxona en Nueva Zelanda?",
        ],
    );
}
