//! `kinship plan` in Spanish: the form on a terminal (its legend, its
//! section menu, the plain mode's words), and `plan show`, `list`, `set`,
//! `delete`, `kinds` and a printed plan, with no English of the plan's own
//! words left in them. English is unchanged: `plan.rs` holds its tests.

use crate::pty::{expect, key, spawn};
use crate::support::TestEnv;
use std::fs;

const ESC: &str = "\u{1b}";
const END: &str = "\u{1b}[F";

/// Waits for text that may hold non-ASCII letters (rexpect reads bytes).
fn expect_text(p: &mut rexpect::session::PtySession, needle: &str, seen: &mut String) {
    let bytes: String = needle.bytes().map(char::from).collect();
    expect(p, &bytes, seen);
}

/// What was read, as the text it was.
fn as_text(seen: &str) -> String {
    String::from_utf8_lossy(&seen.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()).into_owned()
}

/// English of the form engine and the plan commands that must never reach
/// a Spanish reader.
const ENGLISH: [&str; 22] = [
    "answered",
    "still needed",
    "What would you like to do",
    "Go on where you left off",
    "Done for now",
    "done for now",
    "sections",
    "save and stop",
    "Enter: next",
    "Enter: choose",
    "(needed)",
    "Example:",
    "Skip for now",
    "Saved",
    "Still needed",
    "Go on later",
    "Read it back",
    "At any question",
    "Type a number",
    "the question before",
    "not answered yet",
    "questions",
];

fn no_english(text: &str) {
    for english in ENGLISH {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn the_overdose_plan_is_filled_in_spanish_with_spanish_keys_and_menus() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["--lang", "es", "plan", "new", "overdose-plan", "casa"],
        &[("NO_COLOR", "1")],
    );
    let mut seen = String::new();
    expect_text(&mut p, "Naloxona (1 de 4)", &mut seen);
    expect_text(&mut p, "Ejemplo: ", &mut seen);
    expect_text(&mut p, "¿Dónde está la naloxona? (necesaria)", &mut seen);
    // The first question has none before it: no back key.
    expect_text(
        &mut p,
        "  Enter: seguir · Esc: secciones · Ctrl-C: guardar y salir",
        &mut seen,
    );
    key(&mut p, "Cajón de la cocina\r");
    expect_text(&mut p, "¿Quién sabe usarla?", &mut seen);
    expect_text(
        &mut p,
        "  Enter: seguir · ↑: atrás · Esc: secciones · Ctrl-C: guardar y salir",
        &mut seen,
    );
    key(&mut p, ESC);
    expect_text(
        &mut p,
        "1 de 6 respondidas, falta 1. ¿Qué desea hacer?",
        &mut seen,
    );
    expect_text(
        &mut p,
        "Seguir donde lo dejó (Naloxona: ¿Quién sabe usarla?)",
        &mut seen,
    );
    expect_text(&mut p, "Naloxona (1 de 2 respondidas)", &mut seen);
    expect_text(
        &mut p,
        "Pedir ayuda (0 de 1 respondidas, falta 1)",
        &mut seen,
    );
    expect_text(&mut p, "Terminar por ahora", &mut seen);
    expect_text(
        &mut p,
        "  ↑↓: mover · Enter: elegir · Esc: terminar por ahora · Ctrl-C: guardar y salir",
        &mut seen,
    );
    key(&mut p, &format!("{END}\r"));
    expect_text(
        &mut p,
        "Guardado. 1 de 6 preguntas respondidas en casa.",
        &mut seen,
    );
    expect_text(
        &mut p,
        "Falta: ¿Qué dirección damos cuando llamamos al 911?",
        &mut seen,
    );
    expect_text(
        &mut p,
        "Siga más tarde con `kinship plan edit casa`.",
        &mut seen,
    );
    p.exp_eof().unwrap();
    no_english(&as_text(&seen));
    let saved = fs::read_to_string(env.data_dir().join("plans/casa.yaml")).unwrap();
    assert!(
        saved.contains("naloxone_where: Cajón de la cocina"),
        "{saved}"
    );
}

#[test]
fn a_yes_or_no_and_a_list_speak_spanish_and_take_s_for_si() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &["--lang", "es", "plan", "new", "boundaries", "mios"],
        &[("NO_COLOR", "1")],
    );
    let mut seen = String::new();
    // The list of boundaries: empty, then one added.
    expect_text(&mut p, "Todavía no hay ningún límite.", &mut seen);
    expect_text(&mut p, "Agregar un límite", &mut seen);
    expect_text(&mut p, "Terminar con esta lista", &mut seen);
    key(&mut p, "\r");
    expect_text(&mut p, "Nuevo límite (1):", &mut seen);
    let mut answered = 0;
    // Each part of the entry, until the list's menu comes back.
    while answered < 12 {
        match p.exp_regex("(desea hacer ahora|Enter: seguir|Enter:? elegir)") {
            Ok((before, found)) => {
                seen.push_str(&before);
                seen.push_str(&found);
                if found.contains("desea") {
                    break;
                }
                // Every part skipped: the entry is there, with nothing in it.
                key(&mut p, "\r");
                answered += 1;
            }
            Err(e) => panic!("{e}\n{}", as_text(&seen)),
        }
    }
    expect_text(&mut p, "Cambiar un límite", &mut seen);
    expect_text(&mut p, "Quitar un límite", &mut seen);
    // Remove it: the question is asked in Spanish, and s answers sí.
    key(&mut p, "\u{1b}[A\r");
    expect_text(&mut p, "¿Qué límite desea quitar?", &mut seen);
    key(&mut p, "\r");
    expect_text(&mut p, "¿Quitar límite 1: ", &mut seen);
    expect_text(&mut p, "(s/n) › no", &mut seen);
    key(&mut p, "s");
    expect_text(&mut p, "· sí", &mut seen);
    expect_text(&mut p, "Todavía no hay ningún límite.", &mut seen);
    key(&mut p, "\u{3}");
    expect_text(
        &mut p,
        "Se detuvo. Se guardaron todas las respuestas anteriores a esta.",
        &mut seen,
    );
    p.exp_eof().unwrap();
    let text = as_text(&seen);
    assert!(!text.contains("(y/n)"), "{text}");
    assert!(!text.contains("Add a"), "{text}");
    no_english(&text);
}

#[test]
fn the_plain_mode_says_its_words_in_spanish_and_takes_the_english_ones_too() {
    let env = TestEnv::new();
    let mut p = spawn(
        &env,
        &[
            "--lang",
            "es",
            "--plain",
            "plan",
            "new",
            "overdose-plan",
            "casa",
        ],
        &[],
    );
    let mut seen = String::new();
    expect_text(
        &mut p,
        "En cualquier pregunta, escriba atrás para volver a la pregunta anterior",
        &mut seen,
    );
    expect_text(
        &mut p,
        "para ver la lista de secciones. Ctrl-C guarda y sale.",
        &mut seen,
    );
    expect_text(
        &mut p,
        "(O escriba menú para la lista de secciones.)",
        &mut seen,
    );
    key(&mut p, "Cajón\r");
    expect_text(
        &mut p,
        "(O escriba atrás para la pregunta anterior, o menú para la lista de secciones.)",
        &mut seen,
    );
    // The Spanish word goes back, with or without its accent.
    key(&mut p, "atras\r");
    expect_text(&mut p, "Ahora: Cajón. Presione solo Enter para", &mut seen);
    key(&mut p, "\r");
    expect_text(&mut p, "¿Quién sabe usarla?", &mut seen);
    // The English word works too.
    key(&mut p, "back\r");
    expect_text(&mut p, "Ahora: Cajón.", &mut seen);
    key(&mut p, "\r");
    expect_text(&mut p, "¿Quién sabe usarla?", &mut seen);
    key(&mut p, "menú\r");
    expect_text(&mut p, "¿Qué desea hacer?", &mut seen);
    expect_text(&mut p, "6. Terminar por ahora", &mut seen);
    expect_text(&mut p, "(O escriba q cuando termine por ahora.)", &mut seen);
    expect_text(
        &mut p,
        "Escriba un número del 1 al 6 (Enter para el 1): ",
        &mut seen,
    );
    key(&mut p, "9\r");
    expect_text(&mut p, "Ese no es uno de los números.", &mut seen);
    key(&mut p, "6\r");
    expect_text(
        &mut p,
        "Guardado. 1 de 6 preguntas respondidas en casa.",
        &mut seen,
    );
    p.exp_eof().unwrap();
    no_english(&as_text(&seen));
}

/// A Spanish intervention plan made without questions.
fn imported(env: &TestEnv) {
    let file = env.home().join("papa.yaml");
    fs::write(
        &file,
        "approach: 3\nloved_one: Papá\nwhen: el próximo jueves a las 7 de la tarde\n\
         team:\n  - {name: Ana, relationship: Hermana, role: Habla primero}\n  - {role: Maneja}\n",
    )
    .unwrap();
    let (code, out, err) = env.run(&[
        "--lang",
        "es",
        "plan",
        "import",
        "intervention",
        file.to_str().unwrap(),
        "--name",
        "papa",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("Se importó papa: "), "{out}{err}");
    assert!(err.contains("preguntas respondidas."), "{err}");
}

#[test]
fn plan_show_list_set_delete_and_kinds_speak_spanish() {
    let env = TestEnv::new();
    imported(&env);
    // show: the lead, the date as a Spanish reader reads it, what is missing.
    let shown = env.ok(&["--lang", "es", "plan", "show", "papa"]);
    assert!(
        shown.contains("preguntas respondidas. Falta por responder: Miembro del equipo 2: Cómo"),
        "{shown}"
    );
    assert!(
        shown.contains("jueves 26 de noviembre de 2026 a las 19:00"),
        "{shown}"
    );
    assert!(shown.contains("sin responder todavía"), "{shown}");
    no_english(&shown);
    // --for one person.
    let ana = env.ok(&["--lang", "es", "plan", "show", "papa", "--for", "ana"]);
    assert!(ana.contains("Las partes de este plan para Ana."), "{ana}");
    let (code, _, err) = env.run(&["--lang", "es", "plan", "show", "papa", "--for", "Luis"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("\"Luis\" no aparece en el plan \"papa\". Las personas que aparecen: Ana."),
        "{err}"
    );
    // list: its headings.
    let list = env.ok(&["--lang", "es", "plan", "list"]);
    assert!(list.starts_with("NOMBRE  TIPO"), "{list}");
    assert!(list.contains("RESPONDIDAS  CAMBIADO"), "{list}");
    assert!(list.contains("FALTAN"), "{list}");
    assert!(list.contains("22 nov 2026"), "{list}");
    assert!(
        !list.contains("ANSWERED") && !list.contains("NAME"),
        "{list}"
    );
    // The JSON stays language-neutral: its keys and its words.
    let json = env.ok(&["--lang", "es", "plan", "list", "--json"]);
    assert!(
        json.contains("\"updated\": \"2026-11-22T21:04:00+00:00\""),
        "{json}"
    );
    assert!(
        json.contains("\"missing\": [\n      \"team.2.name\"\n    ]"),
        "{json}"
    );
    // set: saved, a date that has passed, a field that is not there.
    let (code, _, err) = env.run(&["--lang", "es", "plan", "set", "papa", "place", "La", "casa"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.trim(), "Se guardó place en papa.");
    let (code, _, err) = env.run(&[
        "--lang",
        "es",
        "plan",
        "set",
        "papa",
        "when",
        "1 de noviembre de 2026 18:00",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Se guardó when en papa."), "{err}");
    assert!(
        err.contains("domingo 1 de noviembre de 2026 ya pasó."),
        "{err}"
    );
    let (code, _, err) = env.run(&["--lang", "es", "plan", "set", "papa", "wen", "mañana"]);
    assert_eq!(code, 1);
    assert!(err.contains("El formulario intervention no tiene ningún campo llamado \"wen\". ¿Quiso decir \"when\"?"), "{err}");
    assert!(err.contains("No se cambió nada."), "{err}");
    let (code, _, err) = env.run(&["--lang", "es", "plan", "set", "papa", "when", "pronto"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("kinship no entiende el día y la hora \"pronto\""),
        "{err}"
    );
    let (_, _, err) = env.run(&["--lang", "es", "plan", "set", "papa", "place", "--clear"]);
    assert_eq!(err.trim(), "Se borró place en papa.");
    // kinds: the summaries and the marks in Spanish; ids stay.
    let kinds = env.ok(&["--lang", "es", "plan", "kinds"]);
    assert!(kinds.contains("overdose-plan"), "{kinds}");
    assert!(!kinds.contains("to keep on the fridge"), "{kinds}");
    // A kind not yet in Spanish says so on its line, as checklist list does.
    let conversation = kinds
        .lines()
        .find(|l| l.starts_with("conversation"))
        .unwrap();
    assert!(conversation.ends_with("(en inglés)"), "{kinds}");
    let overdose = kinds
        .lines()
        .find(|l| l.starts_with("overdose-plan"))
        .unwrap();
    assert!(!overdose.contains("(en inglés)"), "{kinds}");
    let one = env.ok(&["--lang", "es", "plan", "kinds", "overdose-plan"]);
    assert!(one.contains("(texto, necesaria)"), "{one}");
    assert!(!one.contains("needed"), "{one}");
    let intervention = env.ok(&["--lang", "es", "plan", "kinds", "intervention"]);
    assert!(
        intervention.contains("(cuando approach es craft)"),
        "{intervention}"
    );
    assert!(!intervention.contains(" is "), "{intervention}");
    assert!(intervention.contains("(sí o no)"), "{intervention}");
    assert!(intervention.contains("(texto largo)"), "{intervention}");
    // delete: the question needs a terminal; --yes moves it aside.
    let (code, _, err) = env.run(&["--lang", "es", "plan", "delete", "papa"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("Para borrar \"papa\" hace falta un sí"),
        "{err}"
    );
    assert!(err.contains("`kinship plan delete papa --yes`"), "{err}");
    let (code, _, err) = env.run(&["--lang", "es", "plan", "delete", "papa", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Se borró papa. El archivo se movió a "),
        "{err}"
    );
    let none = env.run(&["--lang", "es", "plan", "list"]);
    assert!(none.2.contains("Todavía no tiene planes."), "{none:?}");
    // new with no terminal: said in Spanish, with the command that works.
    let (code, _, err) = env.run(&["--lang", "es", "plan", "new", "overdose-plan", "x"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("necesita una terminal"), "{err}");
    assert!(
        err.contains("`kinship plan import overdose-plan ARCHIVO --name x`"),
        "{err}"
    );
}

#[test]
fn a_printed_plan_declares_spanish_and_its_chrome_is_spanish() {
    let env = TestEnv::new();
    imported(&env);
    let page = env.home().join("papa.html");
    let (code, out, err) = env.run(&[
        "--lang",
        "es",
        "print",
        "plan",
        "papa",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    assert!(html.contains("preguntas respondidas."), "{html}");
    assert!(html.contains("Falta por responder:"), "{html}");
    assert!(html.contains("sin responder todavía"), "{html}");
    assert!(
        html.contains("jueves 26 de noviembre de 2026 a las 19:00"),
        "{html}"
    );
    for english in ["questions answered", "Still to fill in", "not answered yet"] {
        assert!(!html.contains(english), "{english}");
    }
}

#[test]
fn english_is_unchanged_beside_spanish() {
    let env = TestEnv::new();
    imported(&env);
    let shown = env.ok(&["plan", "show", "papa"]);
    assert!(
        shown.contains("questions answered. Still to fill in:"),
        "{shown}"
    );
    assert!(
        shown.contains("Thursday 26 November 2026 at 19:00"),
        "{shown}"
    );
    let list = env.ok(&["plan", "list"]);
    assert!(
        list.starts_with("NAME  KIND          ANSWERED  CHANGED            STILL NEEDED\n"),
        "{list}"
    );
}
