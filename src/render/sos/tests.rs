//! Unit tests of `render/sos.rs`.

use super::*;
use crate::content::{region, sos};
use crate::progress::walk::Action;
use crate::render::style::line_text;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-11-22T{s}+00:00")).unwrap()
}

fn text(lines: &[Line]) -> String {
    lines.iter().map(|l| line_text(l) + "\n").collect()
}

#[test]
fn the_card_fits_80_by_24_in_every_region_with_the_number_first() {
    let sos = sos::load().unwrap();
    // With the longest notice a region can bring: the longest country
    // name kinship does not know the numbers for.
    let notice = "No numbers checked for South Georgia and the South \
                      Sandwich Islands. Set a region: kinship config set region CODE";
    for entry in crate::content::embedded::REGIONS {
        let at = CardRegion {
            lang: Lang::EN,
            name: entry.the_name,
            code: entry.code,
            notice: Some(notice),
        };
        let lines = card(&sos, entry, &at, 80, &[], CARD_LINES);
        let shown = text(&lines);
        assert!(
            lines.len() <= 24,
            "{}: {} lines\n{shown}",
            entry.code,
            lines.len()
        );
        assert!(
            lines
                .iter()
                .all(|l| crate::render::style::line_width(l) <= 80),
            "{shown}"
        );
        let first = line_text(&lines[0]);
        assert!(
            first.contains(&format!("Call {}", entry.emergency)),
            "{}: {first}",
            entry.code
        );
        for n in 1..=8 {
            assert!(shown.contains(&format!("\n{n}. ")), "step {n}:\n{shown}");
        }
        assert!(!shown.contains("{{"), "{shown}");
    }
}

#[test]
fn the_spanish_card_fits_80_by_24_in_every_region_with_the_number_first() {
    let es = Lang::find("es").unwrap();
    let sos = sos::load_in(es).unwrap().value;
    let notice = crate::content::i18n::tr!(
        es,
        "region-notice-unchecked",
        region = "las Islas Georgias del Sur y Sandwich del Sur"
    );
    for english in crate::content::embedded::REGIONS {
        let entry = english.in_lang(es);
        let at = CardRegion {
            lang: es,
            name: entry.the_name,
            code: entry.code,
            notice: Some(&notice),
        };
        let lines = card(&sos, entry, &at, 80, &[], CARD_LINES);
        let shown = text(&lines);
        assert!(
            lines.len() <= 24,
            "{}: {} lines\n{shown}",
            entry.code,
            lines.len()
        );
        assert!(
            lines
                .iter()
                .all(|l| crate::render::style::line_width(l) <= 80),
            "{shown}"
        );
        let first = line_text(&lines[0]);
        assert!(
            first.contains(&format!("Llame al {}", entry.emergency)),
            "{}: {first}",
            entry.code
        );
        for n in 1..=8 {
            assert!(shown.contains(&format!("\n{n}. ")), "step {n}:\n{shown}");
        }
        assert!(!shown.contains("{{"), "{shown}");
    }
}

#[test]
fn the_screen_shows_the_step_the_countdown_and_the_log() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    let first = text(&screen(&w, "911", t("21:04:00"), 80, 24));
    assert!(first.starts_with("Call 911"), "{first}");
    assert!(
        first.contains("Call 911 now. Put the phone on speaker."),
        "{first}"
    );
    assert!(!first.contains("b back"), "{first}");
    w.press(Action::Done, t("21:04:30"));
    w.press(Action::Skip, t("21:04:45"));
    w.press(Action::Done, t("21:05:00"));
    let third = text(&screen(&w, "911", t("21:05:30"), 80, 24));
    assert!(third.contains("Step 4 of 8"), "{third}");
    assert!(third.contains("Another dose in 1:30"), "{third}");
    assert!(third.contains("21:04  called 911"), "{third}");
    assert!(third.contains("21:05  naloxone, first dose"), "{third}");
    assert!(third.contains("p breathing pacer"), "{third}");
    w.press(Action::Pacer, t("21:05:30"));
    let pacing = text(&screen(&w, "911", t("21:05:30"), 80, 24));
    assert!(pacing.contains("BREATHE NOW"), "{pacing}");
    let later = text(&screen(&w, "911", t("21:07:10"), 80, 24));
    assert!(
        later.contains("No better? Give another dose now."),
        "{later}"
    );
    assert!(screen(&w, "911", t("21:07:10"), 80, 24).len() <= 24);
}

#[test]
fn staying_with_them_shows_the_time_since_the_last_dose() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    for (i, at) in [
        "21:04:10", "21:04:20", "21:05:00", "21:05:10", "21:06:00", "21:07:30",
    ]
    .iter()
    .enumerate()
    {
        let action = if i == 1 || i == 3 {
            Action::Skip
        } else {
            Action::Done
        };
        w.press(action, t(at));
    }
    assert_eq!(w.step().id, "stay-with-them");
    let shown = text(&screen(&w, "911", t("21:19:30"), 80, 24));
    assert!(
        shown.contains("The last dose of naloxone was at 21:07, 12 minutes ago."),
        "{shown}"
    );
    assert!(
        shown.contains("wear off in as little as 30 to 90 minutes"),
        "{shown}"
    );
}

#[test]
fn the_screen_says_when_a_step_is_done_and_when_enter_asks_again() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Back, t("21:04:20"));
    let back = text(&screen(&w, "911", t("21:04:20"), 80, 24));
    assert!(
        back.contains("Done at 21:04, in the log. Enter goes on"),
        "{back}"
    );
    w.press(Action::Done, t("21:04:30"));
    w.press(Action::Done, t("21:04:40"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Done, t("21:05:05"));
    w.press(Action::Done, t("21:05:10"));
    assert_eq!(w.step().id, "second-dose");
    w.press(Action::Done, t("21:05:20"));
    let asked = text(&screen(&w, "911", t("21:05:20"), 80, 24));
    assert!(
        asked.contains("The last dose was only 20 seconds ago, at 21:05."),
        "{asked}"
    );
    assert!(asked.contains("Enter again: log the dose"), "{asked}");
}

#[test]
fn a_long_log_keeps_the_screen_within_its_height() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Skip, t("21:04:20"));
    w.press(Action::Done, t("21:05:00"));
    // Within two minutes of a dose, n asks first: each dose is two presses.
    for _ in 0..60 {
        w.press(Action::AnotherDose, t("21:06:00"));
    }
    let lines = screen(&w, "911", t("21:06:30"), 80, 24);
    assert!(lines.len() <= 24, "{}", text(&lines));
    assert!(text(&lines).contains("naloxone, 31st dose"));
}

fn detail(step: &str, label: &str, value: &str) -> StepDetail {
    StepDetail {
        step: step.into(),
        label: label.into(),
        value: value.into(),
    }
}

/// The household's four details, each as long as the form allows.
fn long_details() -> Vec<StepDetail> {
    let long = |what: &str| {
        format!("{what} {}", "and more words here ".repeat(9))
            .trim()
            .to_string()
    };
    vec![
        detail("call-emergency", "Address", &long("14 Mill Lane")),
        detail("give-naloxone", "Naloxone", &long("Kitchen drawer")),
        detail("tell-responders", "Medicines", &long("Buprenorphine")),
        detail("tell-responders", "Allergies", &long("Penicillin")),
    ]
}

fn short_details() -> Vec<StepDetail> {
    vec![
        detail(
            "call-emergency",
            "Address",
            "14 Mill Lane, second floor, blue door",
        ),
        detail("give-naloxone", "Naloxone", "Kitchen drawer by the sink"),
        detail("tell-responders", "Medicines", "Buprenorphine, once a day"),
        detail("tell-responders", "Allergies", "Penicillin"),
    ]
}

#[test]
fn the_household_goes_under_its_steps_and_the_card_still_fits_every_region() {
    let sos = sos::load().unwrap();
    for entry in crate::content::embedded::REGIONS {
        // With the notice a default region brings, as the worst case.
        let at = CardRegion {
            lang: Lang::EN,
            name: entry.the_name,
            code: entry.code,
            notice: Some("US numbers. Not in the US? kinship config set region CODE"),
        };
        for (details, max) in [
            (short_details(), CARD_LINES),
            (long_details(), CARD_LINES),
            (short_details(), CARD_LINES - 1),
            (long_details(), 12),
        ] {
            let lines = card(&sos, entry, &at, 80, &details, max);
            let shown = text(&lines);
            let base = card(&sos, entry, &at, 80, &[], CARD_LINES).len();
            assert!(
                lines.len() <= max.max(base),
                "{} ({max}): {} lines\n{shown}",
                entry.code,
                lines.len()
            );
            assert!(
                lines
                    .iter()
                    .all(|l| crate::render::style::line_width(l) <= 80)
            );
            for n in 1..=8 {
                assert!(
                    shown.contains(&format!("\n{n}. ")),
                    "never the steps:\n{shown}"
                );
            }
            assert!(line_text(&lines[0]).contains(entry.emergency), "{shown}");
        }
    }
    // With room, each detail is under its own step.
    let us = region::find("us").unwrap();
    let at = CardRegion {
        lang: Lang::EN,
        name: us.the_name,
        code: us.code,
        notice: None,
    };
    let shown = text(&card(&sos, us, &at, 80, &short_details()[..2], CARD_LINES));
    let address = shown
        .find("   Address: 14 Mill Lane, second floor, blue door")
        .unwrap();
    let naloxone = shown
        .find("   Naloxone: Kitchen drawer by the sink")
        .unwrap();
    assert!(shown.find("\n1. ").unwrap() < address && address < shown.find("\n2. ").unwrap());
    assert!(shown.find("\n3. ").unwrap() < naloxone && naloxone < shown.find("\n4. ").unwrap());
}

#[test]
fn what_does_not_fit_goes_medicines_and_allergies_first_then_naloxone_then_address() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let at = CardRegion {
        lang: Lang::EN,
        name: us.the_name,
        code: us.code,
        notice: None,
    };
    let base = card(&sos, us, &at, 80, &[], CARD_LINES).len();
    let has = |lines: &[Line]| {
        let shown = text(lines);
        ["Address:", "Naloxone:", "Medicines:", "Allergies:"]
            .map(|l| shown.contains(&format!(" {l} ")))
    };
    let details = short_details();
    // A line each for the address and the naloxone; medicines and
    // allergies, both short, share one.
    let expected = [
        [false, false, false, false],
        [true, false, false, false],
        [true, true, false, false],
        [true, true, true, true],
    ];
    for (room, want) in expected.iter().enumerate() {
        let lines = card(&sos, us, &at, 80, &details, base + room);
        assert_eq!(&has(&lines), want, "room for {room}:\n{}", text(&lines));
    }
    let shown = text(&card(&sos, us, &at, 80, &details, base + 3));
    assert!(
        shown.contains("\n   Medicines: Buprenorphine, once a day. Allergies: Penicillin\n"),
        "{shown}"
    );
    // Medicines too long to share a line: allergies alone, when there is
    // room for it but not for both.
    let mut details = short_details();
    details[2].value = "Buprenorphine, once a day, and an inhaler for asthma, and \
            tablets for blood pressure"
        .into();
    let lines = card(&sos, us, &at, 80, &details, base + 3);
    assert_eq!(has(&lines), [true, true, false, true], "{}", text(&lines));
    // A long address takes the room it needs before anything else.
    let mut details = long_details();
    details[0].value = "14 Mill Lane, second floor, the blue door next to the bakery, \
            across from the park gates, ring twice"
        .into();
    let lines = card(&sos, us, &at, 80, &details, base + 2);
    assert_eq!(has(&lines), [true, false, false, false], "{}", text(&lines));
}

#[test]
fn the_walk_shows_the_household_on_their_steps() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(
        walk_steps(&sos, us, &long_details()),
        Log::new(t("21:04:00"), "us"),
    );
    let mut seen = Vec::new();
    for i in 0..8 {
        let lines = screen(&w, "911", t("21:04:00"), 80, 24);
        assert!(lines.len() < 24, "step {i}: {}", text(&lines));
        assert!(text(&lines).starts_with("Call 911"));
        seen.push(text(&lines));
        w.press(Action::Skip, t("21:04:00"));
    }
    assert!(seen[0].contains("  Address: 14 Mill Lane"), "{}", seen[0]);
    assert!(
        seen[2].contains("  Naloxone: Kitchen drawer"),
        "{}",
        seen[2]
    );
    assert!(
        seen[7].contains("  Medicines: Buprenorphine"),
        "{}",
        seen[7]
    );
    assert!(seen[7].contains("  Allergies: Penicillin"), "{}", seen[7]);
    for (i, s) in seen.iter().enumerate() {
        if ![0, 2, 7].contains(&i) {
            assert!(!s.contains("Address:") && !s.contains("Medicines:"), "{s}");
        }
    }
    // A small terminal keeps the number, the step, the household and the keys.
    let mut w = Walk::new(
        walk_steps(&sos, us, &long_details()),
        Log::new(t("21:04:00"), "us"),
    );
    w.press(Action::Done, t("21:04:00"));
    w.press(Action::Done, t("21:04:00"));
    let small = screen(&w, "911", t("21:04:00"), 80, 12);
    let shown = text(&small);
    assert!(small.len() < 12, "{shown}");
    assert!(shown.starts_with("Call 911"), "{shown}");
    assert!(shown.contains("Give naloxone."), "{shown}");
    assert!(shown.contains("Naloxone: Kitchen drawer"), "{shown}");
    assert!(shown.contains("q quit"), "{shown}");
}

#[test]
fn the_cpr_step_has_its_pacer_and_the_keys_say_so() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    assert!(!text(&screen(&w, "911", t("21:04:00"), 80, 24)).contains("pacer"));
    w.press(Action::Done, t("21:04:10"));
    assert_eq!(w.step().id, "cpr");
    let cpr = text(&screen(&w, "911", t("21:04:10"), 80, 24));
    assert!(cpr.contains("p CPR pacer"), "{cpr}");
    w.press(Action::Pacer, t("21:04:10"));
    let on = text(&screen(&w, "911", t("21:04:10"), 80, 24));
    assert!(
        on.contains("PUSH 1 of 30 (110 a minute, with the bell)"),
        "{on}"
    );
    assert!(on.contains("p pacer off"), "{on}");
    // Push 30: two breaths, for the trained.
    let thirty = t("21:04:10") + TimeDelta::milliseconds(29 * 60_000 / 110 + 1);
    let round = text(&screen(&w, "911", thirty, 80, 24));
    assert!(
        round.contains("PUSH 30 of 30. Trained? Give 2 breaths now."),
        "{round}"
    );
    // Every line fits 80 columns, the whole within 24 rows.
    let lines = screen(&w, "911", thirty, 80, 24);
    assert!(lines.len() < 24);
    assert!(
        lines
            .iter()
            .all(|l| crate::render::style::line_width(l) <= 80)
    );
    // Rescue breathing keeps its own pacer.
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Done, t("21:05:10"));
    assert_eq!(w.step().id, "rescue-breathing");
    assert_eq!(w.pacer(), None, "each step starts with its pacer off");
    w.press(Action::Pacer, t("21:05:10"));
    let breaths = text(&screen(&w, "911", t("21:05:12"), 80, 24));
    assert!(breaths.contains("Next breath in 3"), "{breaths}");
}

#[test]
fn n_too_soon_asks_and_the_keys_say_how_to_answer() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:04:20"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::AnotherDose, t("21:05:15"));
    let asked = text(&screen(&w, "911", t("21:05:15"), 80, 24)).replace("?\nPress", "? Press");
    assert!(
            asked.contains("The last dose was only 15 seconds ago, at 21:05. Have you given another one? Press n again to log it, or s if not."),
            "{asked}"
        );
    assert!(
        asked.contains("n again: log the dose · s not given"),
        "{asked}"
    );
    assert_eq!(keys(&w, ", "), "n again: log the dose, s not given");
}

#[test]
fn the_log_opens_with_a_summary_a_paramedic_reads_at_a_glance() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:04:50"));
    w.press(Action::Done, t("21:05:00"));
    w.press(Action::Skip, t("21:05:20"));
    w.press(Action::AnotherDose, t("21:07:30"));
    let lines = log_lines(w.log(), Some(t("21:20:00")), Lang::EN);
    let shown = text(&lines);
    assert_eq!(
        shown.lines().take(6).collect::<Vec<_>>(),
        [
            "What happened, for the emergency team (Sunday 22 November 2026):",
            "  Naloxone        2 doses, the last at 21:07, 12 minutes ago",
            "  CPR             yes, at 21:04",
            "  Rescue breaths  no",
            "  Help called     at 21:04, 15 minutes ago",
            "",
        ],
        "{shown}"
    );
    assert!(shown.contains("  21:07  naloxone, second dose"), "{shown}");
    // Read a day later: the times alone.
    let later = text(&log_lines(
        w.log(),
        Some(t("21:04:00") + TimeDelta::days(1)),
        Lang::EN,
    ));
    assert!(later.contains("  Help called     at 21:04\n"), "{later}");
    // Nothing reached: said so, not "no".
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    w.press(Action::Skip, t("21:04:10"));
    w.press(Action::Skip, t("21:04:20"));
    w.press(Action::Skip, t("21:04:30"));
    let rows = summary(w.log(), None, Lang::EN);
    let rows: Vec<(&str, &str)> = rows.iter().map(|(l, v)| (l.as_str(), v.as_str())).collect();
    assert_eq!(
        rows,
        [
            ("Naloxone", "none given"),
            ("CPR", "no"),
            ("Rescue breaths", "not noted"),
            ("Help called", "not from here"),
        ]
    );
    // In Spanish, from the catalogue.
    let es = Lang::find("es").unwrap();
    let rows = summary(w.log(), None, es);
    assert_eq!(rows[0], ("Naloxona".to_string(), "no se dio".to_string()));
    assert_eq!(
        rows[3],
        ("Llamada de ayuda".to_string(), "no desde aquí".to_string())
    );
}

#[test]
fn the_walk_speaks_spanish_from_the_card_and_the_catalogue() {
    let es = Lang::find("es").unwrap();
    let sos = crate::content::sos::load_in(es).unwrap().value;
    let us = region::find("us").unwrap().in_lang(es);
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us")).in_lang(es);
    let first = text(&screen(&w, "911", t("21:04:00"), 80, 24));
    assert!(
        first.starts_with("Llame al 911   Paso 1 de 8   Ahora 21:04"),
        "{first}"
    );
    assert!(
        first.contains("Llame al 911 ahora. Ponga el teléfono en altavoz."),
        "{first}"
    );
    assert!(
        first.contains("Enter hecho · s saltar · q salir"),
        "{first}"
    );
    w.press(Action::Done, t("21:04:30"));
    w.press(Action::Skip, t("21:04:45"));
    w.press(Action::Done, t("21:05:00"));
    let third = text(&screen(&w, "911", t("21:05:30"), 80, 24));
    assert!(
        third.contains("Otra dosis en 1:30 si no mejora."),
        "{third}"
    );
    assert!(third.contains("21:04  llamó al 911"), "{third}");
    assert!(third.contains("21:05  naloxona, primera dosis"), "{third}");
    assert!(third.contains("Hecho hasta ahora"), "{third}");
    let log = text(&log_lines(w.log(), Some(t("21:10:00")), es));
    assert!(
        log.starts_with(
            "Lo que pasó, para el equipo de emergencia (domingo 22 de noviembre de 2026):"
        ),
        "{log}"
    );
    assert!(
        log.contains("1 dosis, la última a las 21:05, hace 5 minutos"),
        "{log}"
    );
    assert!(log.contains("RCP"), "{log}");
}

#[test]
fn the_plain_keys_break_only_between_keys_and_keep_the_number_whole() {
    let sos = sos::load().unwrap();
    let us = region::find("us").unwrap();
    let mut w = Walk::new(walk_steps(&sos, us, &[]), Log::new(t("21:04:00"), "us"));
    w.press(Action::Done, t("21:04:10"));
    w.press(Action::Done, t("21:04:20"));
    w.press(Action::Done, t("21:05:00"));
    // CPR, a dose given: the most keys there are, with the longest number.
    let long = "112 or 999";
    for width in [20, 40, 60, 80, 100] {
        let lines = plain_keys(&w, long, width);
        let joined = lines.join(" ");
        assert_eq!(
            joined,
            format!("Keys: {}. Emergency number: {long}.", keys(&w, ", ")),
            "{width}"
        );
        for line in &lines {
            assert!(line.width() <= width, "{width}: {lines:?}");
            assert!(
                !line.starts_with("or ") && !line.starts_with("999"),
                "{width}: {lines:?}"
            );
        }
        if width >= 40 {
            assert!(
                lines
                    .last()
                    .unwrap()
                    .ends_with(&format!("Emergency number: {long}.")),
                "{width}: {lines:?}"
            );
        }
    }
    assert_eq!(
        plain_keys(&w, "911", 120),
        [format!("Keys: {}. Emergency number: 911.", keys(&w, ", "))]
    );
    for line in plain_keys(&w, "911", 80) {
        assert!(line.width() <= 80, "{line}");
    }
}
