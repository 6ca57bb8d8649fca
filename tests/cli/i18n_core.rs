//! The core of kinship in Spanish: settings and their warnings, `config`,
//! `data`, the store's errors and hints, what is not found, `search`, and
//! the printed pages' chrome; and the same lines unchanged in English.

use crate::support::TestEnv;
use std::fs;

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

/// kinship in Spanish, by the flag.
fn es(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--lang", "es"];
    all.extend_from_slice(args);
    env.run(&all)
}

/// English sentences of the core areas that must never reach a Spanish reader.
const ENGLISH: &[&str] = &[
    "warning:",
    "hint:",
    "Could not",
    "There is no",
    "Ignoring",
    "Did you mean",
    "Run `",
    "Choose ",
    "Using ",
    "by default",
    "from the",
    "settings file",
    "nothing was changed",
    "Nothing was",
    "already exists",
    "Your data",
    "The archive",
    "matches for",
    "fold here",
    "not done",
];

fn no_english(text: &str) {
    for words in ENGLISH {
        assert!(!text.contains(words), "English {words:?} in:\n{text}");
    }
}

#[test]
fn config_list_says_where_each_value_comes_from_in_spanish_and_english_is_unchanged() {
    let env = TestEnv::new();
    let config = env.home().join("config.yaml");
    fs::write(&config, "region: gb\n").unwrap();
    let vars = [("KINSHIP_CONFIG", config.to_str().unwrap())];
    let (code, out, err) = run_with(&env, &vars, &["--lang", "es", "config", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "region  gb            por el archivo de configuración"
    );
    assert_eq!(lines[1], "lang    es            por --lang");
    assert_eq!(lines[2], "color   auto          por defecto");
    assert_eq!(
        lines.last().unwrap(),
        &format!("archivo de configuración: {}", config.display())
    );
    no_english(&out);

    let (_, out, _) = run_with(
        &env,
        &[
            ("KINSHIP_CONFIG", config.to_str().unwrap()),
            ("KINSHIP_LANG", "es"),
        ],
        &["config", "list"],
    );
    assert!(
        out.contains("lang    es            por la variable de entorno KINSHIP_LANG"),
        "{out}"
    );

    let (_, out, _) = run_with(&env, &vars, &["config", "list"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "region  gb            from the settings file");
    assert_eq!(lines[1], "lang    en            by default");
    assert_eq!(
        lines.last().unwrap(),
        &format!("settings file: {}", config.display())
    );
}

#[test]
fn config_get_set_and_unset_speak_spanish() {
    let env = TestEnv::new();
    let config = env.home().join("config.yaml");
    let vars = [("KINSHIP_CONFIG", config.to_str().unwrap())];
    let (code, _, err) = run_with(&env, &vars, &["--lang", "es", "config", "get", "color"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: color no está en su archivo de configuración; kinship usa auto (por defecto).\n"
    );
    let (code, _, err) = run_with(
        &env,
        &vars,
        &["--lang", "es", "config", "set", "width", "5"],
    );
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: \"5\" no es un valor para width.\n"),
        "{err}"
    );
    assert!(
        err.contains("sugerencia: Elija auto (el ancho de la terminal) o un número de columnas entre 40 y 200."),
        "{err}"
    );
    let (code, _, err) = run_with(
        &env,
        &vars,
        &["--lang", "es", "config", "set", "width", "90"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        format!(
            "Guardado: width = 90 (en {}).\naviso: width también está asignado por la \
             variable de entorno COLUMNS, y eso tiene prioridad.\n",
            config.display()
        )
    );
    let (_, _, err) = run_with(&env, &vars, &["--lang", "es", "config", "unset", "pager"]);
    assert_eq!(
        err,
        format!("pager no estaba en {}; no cambió nada.\n", config.display())
    );
    // English, as before.
    let (_, _, err) = run_with(&env, &vars, &["config", "unset", "width"]);
    assert_eq!(err, format!("Removed width from {}.\n", config.display()));
}

#[test]
fn settings_file_warnings_are_in_the_language_chosen_even_by_the_same_file() {
    let env = TestEnv::new();
    let config = env.home().join("config.yaml");
    fs::write(&config, "lang: es\ncolour: never\nwidth: 5\n").unwrap();
    let vars = [("KINSHIP_CONFIG", config.to_str().unwrap())];
    let (code, _, err) = run_with(&env, &vars, &["data", "path"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "aviso: Se ignora colour en su archivo de configuración ({}): kinship no tiene \
             ninguna opción de configuración llamada colour. ¿Quiso decir color? Las opciones son \
             region, lang, color, pager, width y reminders; las demás del archivo sí se usan.",
            config.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(
            "aviso: Se ignora width: \"5\" en su archivo de configuración. Elija auto (el ancho \
             de la terminal) o un número de columnas entre 40 y 200. Cámbielo con `kinship \
             config set width VALOR` o quítelo con `kinship config unset width`."
        ),
        "{err}"
    );
    no_english(&err);

    // The flag beats the file: the same warnings, in English as before.
    let (_, _, err) = run_with(&env, &vars, &["--lang", "en", "data", "path"]);
    assert!(
        err.contains("warning: Ignoring width: \"5\" in your settings file. Choose auto"),
        "{err}"
    );
    assert!(err.contains("Did you mean color?"), "{err}");

    // A line that cannot be read is left out, in Spanish.
    fs::write(&config, "lang: [es\n").unwrap();
    let (_, _, err) = run_with(&env, &vars, &["--lang", "es", "data", "path"]);
    assert!(
        err.starts_with(&format!(
            "aviso: Se ignora lang en su archivo de configuración ({}, línea 1): ",
            config.display()
        )),
        "{err}"
    );
    assert!(err.contains(". El resto de la configuración sí se usa. Reemplácelo con"));
    // A settings file that cannot be read at all says so in Spanish.
    fs::write(&config, "[1, 2\n").unwrap();
    let (code, _, err) = run_with(&env, &vars, &["--lang", "es", "data", "path"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with(&format!(
            "aviso: No se pudo leer su archivo de configuración ({}",
            config.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("Por ahora se usan los valores por defecto."),
        "{err}"
    );
}

#[test]
fn a_bad_region_is_a_spanish_error_and_on_the_card_a_spanish_warning() {
    let env = TestEnv::new();
    let (code, out, err) = es(&env, &["--region", "qq", "config", "list"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        err.starts_with("error: No hay ningún país o región llamado \"qq\" (por --region).\n"),
        "{err}"
    );
    assert!(
        err.contains("sugerencia: Use el código de dos letras de su país"),
        "{err}"
    );
    assert!(err.contains("sugerencia: Regiones revisadas: "), "{err}");

    let (code, out, err) = es(&env, &["--region", "qq", "sos"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("¿Sobredosis?"), "{out}");
    assert_eq!(
        err,
        "aviso: No hay ningún país o región llamado \"qq\" (por --region). Se usa Estados \
         Unidos (us), número de emergencias 911. Para corregirlo, use --region con un código \
         de país o uno de estos: au, ca, eu, gb, ie, mx, nz, us.\n"
    );

    // English, as before.
    let (_, _, err) = env.run(&["--region", "qq", "sos"]);
    assert!(
        err.starts_with(
            "warning: There is no country or region called \"qq\" (from --region). Using \
             United States (us), emergency number 911. To fix it, use --region with"
        ),
        "{err}"
    );
}

#[test]
fn a_language_kinship_does_not_speak_is_still_said_in_english() {
    let env = TestEnv::new();
    let (code, _, err) = env.run(&["--lang", "xx", "data", "path"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "warning: kinship does not speak \"xx\" (from --lang); using English. Languages: en \
         (English), es (español).\n"
    );
}

#[test]
fn data_status_archive_wipe_export_and_import_in_spanish() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    let (code, out, err) = es(&env, &["data"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "Sus datos no están bloqueados: sus archivos están en texto sin cifrar, y \
             cualquiera que pueda abrir esta carpeta puede leerlos.\n1 archivo en "
        ),
        "{out}"
    );
    assert!(out.contains("El cifrado no protege contra"), "{out}");
    assert_eq!(
        err,
        "sugerencia: Ejecute `kinship data lock` para cifrarlos.\n"
    );

    let (_, _, err) = es(&env, &["data", "archive", "list"]);
    assert_eq!(err, "La carpeta de copias está vacía.\n");

    let (code, _, err) = es(&env, &["data", "wipe"]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "Esto no se puede deshacer. Eso necesita un sí, y no hay una terminal donde preguntar."
        ),
        "{err}"
    );
    assert!(
        err.ends_with("sugerencia: Ejecute `kinship data wipe --yes`.\n"),
        "{err}"
    );

    let pass = env.home().join("pass");
    fs::write(&pass, "una frase larga\n").unwrap();
    let export = env.home().join("e.age");
    let (e, p) = (export.to_str().unwrap(), pass.to_str().unwrap());
    let (code, _, err) = es(
        &env,
        &["data", "export", "-o", e, "--share-passphrase-file", p],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        format!(
            "Se exportó 1 archivo a {e}, un archivo cifrado. En la computadora nueva: \
             `kinship data import {e}`.\nsugerencia: Diga la frase de contraseña por teléfono \
             o en persona, no junto con el archivo.\n"
        )
    );
    let (code, _, err) = es(
        &env,
        &["data", "export", "-o", e, "--share-passphrase-file", p],
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: {e} ya existe.\nsugerencia: Elija otro archivo, o agregue --force para \
             reemplazarlo.\n"
        )
    );
    let (code, _, err) = es(&env, &["data", "import", e, "--share-passphrase-file", p]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        format!("Importado de {e}: 0 archivos nuevos, 1 ya estaba aquí y era igual.\n")
    );
    fs::write(&pass, "otra\n").unwrap();
    let (code, _, err) = es(&env, &["data", "import", e, "--share-passphrase-file", p]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: No se pudo importar {e}: esa frase de contraseña no lo abre.\n\
             sugerencia: No se importó nada.\n"
        )
    );

    // English, as before.
    fs::write(&pass, "una frase larga\n").unwrap();
    let (_, _, err) = env.run(&["data", "import", e, "--share-passphrase-file", p]);
    assert_eq!(
        err,
        format!("Imported from {e}: 0 new files, 1 already here and the same.\n")
    );
}

#[test]
fn a_locked_folder_with_no_terminal_says_how_to_unlock_in_spanish() {
    let env = TestEnv::new();
    env.ok(&["checklist", "check", "overdose-kit", "1"]);
    let pass = env.home().join("pass");
    fs::write(&pass, "una frase larga\n").unwrap();
    env.ok(&["--passphrase-file", pass.to_str().unwrap(), "data", "lock"]);
    let (code, _, err) = es(&env, &["checklist", "show", "overdose-kit"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with(
            "error: Sus datos de kinship están bloqueados, y no hay una terminal para pedir la \
             frase de contraseña.\nsugerencia: Ejecútelo en una terminal"
        ),
        "{err}"
    );
    fs::write(&pass, "otra\n").unwrap();
    let (code, _, err) = es(
        &env,
        &[
            "--passphrase-file",
            pass.to_str().unwrap(),
            "checklist",
            "show",
            "overdose-kit",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        err,
        format!(
            "error: La frase de contraseña de {} no abre sus datos de kinship; no se cambió \
             nada.\nsugerencia: Revise el archivo: su primera línea debe ser exactamente la \
             frase de contraseña.\n",
            pass.display()
        )
    );
}

#[test]
fn a_broken_plan_and_names_not_found_are_spanish_errors_with_spanish_hints() {
    let env = TestEnv::new();
    fs::create_dir_all(env.data_dir().join("plans")).unwrap();
    let mum = env.data_dir().join("plans/mum.yaml");
    fs::write(&mum, "answers: [oops\n").unwrap();
    let (code, _, err) = es(&env, &["plan", "show", "mum"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!(
            "error: No se pudo leer su plan \"mum\" ({}, línea 1, columna",
            mum.display()
        )),
        "{err}"
    );
    assert!(
        err.ends_with(
            "sugerencia: Corrija el archivo a mano, o ejecute `kinship plan delete mum` para \
             apartarlo (se conserva).\nsugerencia: kinship no ha cambiado el archivo.\n"
        ),
        "{err}"
    );

    let (code, _, err) = es(&env, &["plan", "show", "mim"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: No hay ningún plan llamado \"mim\".\nsugerencia: ¿Quiso decir mum?\n\
         sugerencia: Sus planes: mum.\n"
    );
    let (code, _, err) = es(&env, &["checklist", "show", "overdose-kt"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: No hay ninguna lista llamada \"overdose-kt\".\nsugerencia: ¿Quiso decir \
             overdose-kit?\nsugerencia: Las listas son: "
        ),
        "{err}"
    );
    let (code, _, err) = es(&env, &["help", "nosuch"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "error: kinship no tiene ningún comando llamado \"nosuch\".\nsugerencia: Los \
             comandos son: "
        ),
        "{err}"
    );
    assert!(err.ends_with("¿Sobredosis? Llame al 911 ahora. Los pasos: kinship sos\n"));
    no_english(&err);

    // English, as before.
    let (_, _, err) = env.run(&["plan", "show", "mim"]);
    assert_eq!(
        err,
        "error: There is no plan called \"mim\".\nhint: Did you mean mum?\nhint: Your plans: mum.\n"
    );
}

#[test]
fn the_home_screen_names_what_search_takes_in_spanish() {
    let env = TestEnv::new();
    let (code, out, err) = es(&env, &["--no-pager"]);
    assert_eq!(code, 0, "{err}");
    let line = out
        .lines()
        .find(|l| l.contains("kinship search"))
        .expect("the home screen lists search");
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>().join(" "),
        "kinship search PALABRAS buscar en todas las guías, listas y números"
    );
    assert!(!out.contains("WORDS"), "{out}");
    // English, as before.
    let (_, out, _) = env.run(&["--no-pager"]);
    assert!(out.contains("kinship search WORDS"), "{out}");
}

#[test]
fn search_says_its_count_and_its_nothing_in_spanish() {
    let env = TestEnv::new();
    let (code, out, _) = es(&env, &["search", "naloxone"]);
    assert_eq!(code, 0);
    let last = out.lines().last().unwrap();
    assert!(last.ends_with("resultados para \"naloxone\"."), "{last}");
    let (code, _, err) = es(&env, &["search", "zzqqxx"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: Nada en kinship coincide con \"zzqqxx\".\nsugerencia: Pruebe con menos \
         palabras, o con otras palabras para lo mismo.\nsugerencia: Ejecute `kinship guide` \
         para ver todas las guías.\n"
    );
    let (_, out, _) = env.run(&["search", "naloxone"]);
    assert!(
        out.lines()
            .last()
            .unwrap()
            .ends_with("matches for \"naloxone\"."),
        "{out}"
    );
}

#[test]
fn printing_speaks_spanish_around_the_page_and_on_it() {
    let env = TestEnv::new();
    let pdf = env.home().join("card.pdf");
    let (code, _, err) = es(&env, &["print", "card", "-o", pdf.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!(
            "error: kinship no escribe archivos PDF, así que no puede crear {}.\nsugerencia: \
             Cree una página web con -o {} y elija \"Guardar como PDF\" al imprimirla desde un \
             navegador.\n",
            pdf.display(),
            pdf.with_extension("html").display()
        )
    );
    let html = env.home().join("card.html");
    let (code, _, err) = es(&env, &["print", "card", "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with(&format!("Se escribió {}.\n", html.display())),
        "{err}"
    );
    let (code, _, err) = es(&env, &["print", "card", "-o", html.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: {} ya existe, y kinship no reemplaza archivos si no se le pide.\n\
             sugerencia: Elija otro nombre, o agregue --force para reemplazarlo.\n",
            html.display()
        )
    );

    let wallet = es(
        &env,
        &["print", "card", "--size", "wallet", "--format", "text"],
    )
    .1;
    assert!(wallet.contains("- doble aquí -"), "{wallet}");
    no_english(&wallet);
    let page = es(
        &env,
        &["print", "checklist", "overdose-kit", "--format", "html"],
    )
    .1;
    assert!(page.contains("<span class=\"sr\">(sin hacer) </span>"));
    assert!(!page.contains("(not done)"));

    // English, as before.
    let wallet = env.ok(&["print", "card", "--size", "wallet", "--format", "text"]);
    assert!(wallet.contains("- fold here -"), "{wallet}");
    let page = env.ok(&["print", "checklist", "overdose-kit", "--format", "html"]);
    assert!(page.contains("<span class=\"sr\">(not done) </span>"));
}
