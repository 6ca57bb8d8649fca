//! The printed pages in a real browser: headless Chromium prints the card, the
//! wallet card and a long plan to PDF on A4 and on US Letter. The card must be
//! exactly one page, and nothing may reach into the page's margins on any page.
//!
//! Needs `chromium`, `pdfinfo`, `pdftoppm` and `pdftotext` (Debian: chromium,
//! poppler-utils).
//! Locally a missing tool skips the test and says so; with
//! `KINSHIP_REQUIRE_BROWSER=1` (set by `.ci/run`) it fails instead.

use crate::print::import;
use crate::support::TestEnv;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The margin `print.css` gives every page, in millimetres.
const MARGIN_MM: f64 = 12.0;

fn found(name: &str) -> Option<PathBuf> {
    let out = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Chromium, or `None` after saying why the test is skipped.
fn browser() -> Option<PathBuf> {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|n| found(n));
    let missing: Vec<&str> = [
        ("chromium", chromium.is_some()),
        ("pdfinfo", found("pdfinfo").is_some()),
        ("pdftoppm", found("pdftoppm").is_some()),
        ("pdftotext", found("pdftotext").is_some()),
    ]
    .iter()
    .filter(|(_, ok)| !ok)
    .map(|(n, _)| *n)
    .collect();
    if missing.is_empty() {
        return chromium;
    }
    assert!(
        std::env::var_os("KINSHIP_REQUIRE_BROWSER").is_none(),
        "KINSHIP_REQUIRE_BROWSER is set but {} is not installed",
        missing.join(", ")
    );
    eprintln!(
        "SKIPPED: the browser test needs {} (CI installs them; see .ci/run)",
        missing.join(", ")
    );
    None
}

/// Runs a command to its end, or kills it after two minutes.
fn run(cmd: &mut Command) -> std::process::Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool starts");
    let start = Instant::now();
    while child.try_wait().expect("the tool runs").is_none() {
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("{cmd:?} did not finish in two minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

/// Chromium without a window, with a fresh profile, asking nothing of the
/// network (without these flags it tries, and this machine has none).
fn headless(chromium: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(chromium);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", dir.join("profile").display()));
    cmd
}

/// Prints `html` to a PDF on `paper`, as a person choosing that paper in the
/// print dialogue would: the page's own CSS plus the paper size.
fn print_pdf(chromium: &Path, dir: &Path, name: &str, html: &str, paper: &str) -> PathBuf {
    let page = dir.join(format!("{name}-{paper}.html"));
    let sized = html.replacen(
        "</style>",
        &format!("@page {{ size: {paper}; }}\n</style>"),
        1,
    );
    std::fs::write(&page, sized).unwrap();
    let pdf = dir.join(format!("{name}-{paper}.pdf"));
    let out = run(headless(chromium, dir).args([
        "--no-pdf-header-footer",
        &format!("--print-to-pdf={}", pdf.display()),
        &format!("file://{}", page.display()),
    ]));
    assert!(
        pdf.exists(),
        "Chromium made no PDF of {name} on {paper}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

/// Lays the page out as it prints, at the width of the printable area, and
/// returns how many elements' contents stick out of their boxes. Chromium
/// clips (or shrinks) such content on paper, where no margin check can see it,
/// so the layout is asked directly: the print rules are applied on screen and
/// a script in this copy only (the real page has none) counts what overflows.
fn overflowing(chromium: &Path, dir: &Path, name: &str, html: &str, width_mm: f64) -> String {
    let csp = html
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .unwrap_or_default();
    let probe = html
        .replace(csp, "")
        .replace("@media print {", "@media all {")
        .replace(
            "</body>",
            "<script>\n\
         // .sr is text for screen readers only, clipped out of sight on purpose.\n\
         const bad = [...document.querySelectorAll('body *:not(.sr)')].filter(e =>\n\
           (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) ||\n\
           (e.matches('.panel') && e.scrollHeight > e.clientHeight + 1));\n\
         const page = document.documentElement;\n\
         const wide = page.scrollWidth > page.clientWidth + 1 ? ['the page'] : [];\n\
         document.title = 'overflow:' + JSON.stringify(wide.concat(bad.map(e =>\n\
           e.tagName + ' ' + e.textContent.slice(0, 40))));\n\
         </script>\n</body>",
        );
    let page = dir.join(format!("{name}-probe.html"));
    std::fs::write(&page, probe).unwrap();
    let px = (width_mm / 25.4 * 96.0).round() as usize;
    let out = run(headless(chromium, dir).args([
        "--hide-scrollbars",
        &format!("--window-size={px},1200"),
        "--dump-dom",
        &format!("file://{}", page.display()),
    ]));
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom
        .find("<title>overflow:")
        .unwrap_or_else(|| panic!("the probe did not run on {name}: {dom}"));
    let rest = &dom[start + "<title>overflow:".len()..];
    rest[..rest.find("</title>").unwrap()].to_string()
}

/// (pages, the paper's name as pdfinfo gives it)
fn pdf_info(pdf: &Path) -> (usize, String) {
    let out = run(Command::new("pdfinfo").arg(pdf));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_else(|| panic!("pdfinfo gave no {name} for {pdf:?}: {text}"))
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

/// One page as grey pixels.
struct Gray {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

/// Reads a binary PGM (P5) file as pdftoppm writes it.
fn read_pgm(path: &Path) -> Gray {
    let bytes = std::fs::read(path).unwrap();
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..i]).to_string());
    }
    assert_eq!(fields[0], "P5", "{path:?} is not a binary PGM");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = bytes[i + 1..].to_vec();
    assert_eq!(pixels.len(), width * height, "{path:?} is cut short");
    Gray {
        width,
        height,
        pixels,
    }
}

/// Every page of the PDF, rendered in grey at `dpi`.
fn pages(pdf: &Path, dpi: u32) -> Vec<Gray> {
    let prefix = pdf.with_extension("");
    run(Command::new("pdftoppm").args([
        "-gray",
        "-r",
        &dpi.to_string(),
        pdf.to_str().unwrap(),
        prefix.to_str().unwrap(),
    ]));
    let dir = pdf.parent().unwrap();
    let stem = prefix.file_name().unwrap().to_string_lossy().to_string();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(&format!("{stem}-")) && name.ends_with(".pgm")
        })
        .collect();
    files.sort();
    files.iter().map(|f| read_pgm(f)).collect()
}

/// Asserts that nothing is drawn in the page's margins (less a little room
/// for anti-aliasing), and that something is drawn inside them.
fn assert_margins_clear(page: &Gray, dpi: u32, what: &str) {
    let band = ((MARGIN_MM - 3.0) / 25.4 * dpi as f64) as usize;
    let at = |x: usize, y: usize| page.pixels[y * page.width + x];
    let mut inked = 0;
    for y in 0..page.height {
        for x in 0..page.width {
            let in_margin =
                x < band || x >= page.width - band || y < band || y >= page.height - band;
            let dark = at(x, y) < 200;
            assert!(
                !(in_margin && dark),
                "{what}: something is drawn in the margin at ({x}, {y}) px of {}x{} at {dpi} dpi",
                page.width,
                page.height
            );
            inked += usize::from(dark);
        }
    }
    assert!(inked > 100, "{what}: the page is blank");
}

fn mm(px: usize, dpi: u32) -> f64 {
    px as f64 * 25.4 / dpi as f64
}

/// Asserts the page was printed at its true size: Chromium shrinks a page
/// whose content is too wide to fit, which no margin would show. The card's
/// title band and the plan's heading rules reach the right edge of the text,
/// so on an unshrunk page ink reaches within a few millimetres of the margin.
fn assert_full_width(page: &Gray, dpi: u32, what: &str) {
    let right = (0..page.width)
        .rev()
        .find(|&x| (0..page.height).any(|y| page.pixels[y * page.width + x] < 200))
        .unwrap_or(0);
    let gap = mm(page.width - right, dpi);
    assert!(
        gap < MARGIN_MM + 4.0,
        "{what}: the text stops {gap:.0} mm from the paper's edge: the page was shrunk to fit"
    );
}

/// Asserts the wallet strip's dashed sides are 85.6 mm apart, the width of a
/// bank card, so that it folds to wallet size.
fn assert_wallet_width(page: &Gray, dpi: u32, what: &str) {
    let sides: Vec<usize> = (0..page.width)
        .filter(|&x| {
            let dark = (0..page.height)
                .filter(|&y| page.pixels[y * page.width + x] < 200)
                .count();
            mm(dark, dpi) > 60.0
        })
        .collect();
    let (Some(first), Some(last)) = (sides.first(), sides.last()) else {
        panic!("{what}: no dashed sides found");
    };
    let width = mm(last - first, dpi);
    assert!(
        (width - 85.6).abs() < 2.0,
        "{what}: the strip is {width:.1} mm wide, not 85.6 mm"
    );
}

/// The words on one page of a PDF.
fn page_words(pdf: &Path, page: usize) -> usize {
    let n = page.to_string();
    let out = run(Command::new("pdftotext").args(["-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"]));
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .count()
}

/// Text as long as each field allows, in words, as a real household might write it.
fn long_answer(chars: usize) -> String {
    "The blue door next to the old bakery on the corner of Mill Lane and Church Street. "
        .repeat(chars / 80 + 1)
        .chars()
        .take(chars)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// An intervention plan with a big team and three 5,000-character letters, one
/// of them holding a word far too long for any line.
fn long_plan() -> String {
    let mut yaml = String::from(
        "approach: 3\nloved_one: Sam\nwhen: 2026-12-05 18:30\nplace: Mom's living room\nteam:\n",
    );
    for n in 1..=10 {
        yaml.push_str(&format!(
            "  - {{name: Person {n}, relationship: Cousin, role: Speaks {n}}}\n"
        ));
    }
    yaml.push_str("letters:\n");
    for n in 1..=3 {
        let mut letter = long_answer(4_700);
        if n == 2 {
            letter.push_str(&format!(" {}", "a".repeat(280)));
        }
        yaml.push_str(&format!("  - {{from: Person {n}, letter: \"{letter}\"}}\n"));
    }
    yaml
}

#[test]
fn printed_cards_and_plans_fit_their_paper_in_a_browser() {
    let Some(chromium) = browser() else {
        return;
    };
    let env = TestEnv::new();
    let fields = [
        "naloxone_where",
        "who_can_use",
        "address",
        "medications",
        "allergies",
        "call_after",
    ];
    let household = |answer: &str| -> String {
        fields
            .iter()
            .map(|f| format!("{f}: \"{answer}\"\n"))
            .collect()
    };
    import(&env, "overdose-plan", "home", &household(&long_answer(200)));
    import(&env, "intervention", "dad", &long_plan());
    // Wide characters take two columns each: 59 of them are as wide as 118 letters.
    let wide = TestEnv::new();
    let chinese: String = "厨房水槽旁边的抽屉里".chars().cycle().take(59).collect();
    import(&wide, "overdose-plan", "home", &household(&chinese));
    let short = TestEnv::new();
    import(
        &short,
        "overdose-plan",
        "home",
        &household("Kitchen drawer by the sink"),
    );
    let blank = TestEnv::new();

    let html = |env: &TestEnv, what: &[&str]| {
        let mut args = vec!["print"];
        args.extend_from_slice(what);
        args.extend(["--format", "html"]);
        env.ok(&args)
    };
    let wallet = ["card", "--size", "wallet"];
    let printed = [
        ("card", html(&env, &["card"]), Some(1)),
        ("blank-card", html(&blank, &["card"]), Some(1)),
        ("wide-card", html(&wide, &["card"]), Some(1)),
        ("wallet", html(&env, &wallet), Some(1)),
        ("blank-wallet", html(&blank, &wallet), Some(1)),
        ("wide-wallet", html(&wide, &wallet), Some(1)),
        ("short-wallet", html(&short, &wallet), Some(1)),
        ("plan", html(&env, &["plan", "dad"]), None),
        ("guide", html(&env, &["guide", "overdose"]), None),
        (
            "drill",
            html(&env, &["checklist", "overdose-response"]),
            None,
        ),
    ];
    let dir = env.home().join("pdf");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, html, want_pages) in &printed {
        // A4's printable width is the narrower: 210 mm less two margins.
        let over = overflowing(&chromium, &dir, name, html, 210.0 - 2.0 * MARGIN_MM);
        assert_eq!(over, "[]", "{name}: these stick out of their boxes");
        for (paper, size_name) in [("A4", "(A4)"), ("letter", "(letter)")] {
            let pdf = print_pdf(&chromium, &dir, name, html, paper);
            let (count, size) = pdf_info(&pdf);
            assert!(size.contains(size_name), "{name} on {paper}: {size}");
            match want_pages {
                Some(n) => assert_eq!(count, *n, "{name} on {paper} is {count} pages"),
                None => assert!(count >= 1, "{name} on {paper} has no page"),
            }
            // The small print (24 words) never stands alone on a page of its own.
            assert!(
                page_words(&pdf, count) > 30,
                "{name} on {paper}: the last page holds only the small print"
            );
            let dpi = 60;
            let rendered = pages(&pdf, dpi);
            assert_eq!(rendered.len(), count);
            for (i, page) in rendered.iter().enumerate() {
                let what = format!("{name} on {paper}, page {}", i + 1);
                assert_margins_clear(page, dpi, &what);
                if name.ends_with("wallet") {
                    assert_wallet_width(page, dpi, &what);
                } else if i == 0 {
                    assert_full_width(page, dpi, &what);
                }
            }
        }
    }
}

#[test]
fn printed_checkins_are_one_page_in_a_browser() {
    let Some(chromium) = browser() else {
        return;
    };
    let env = TestEnv::new();
    // Twelve weeks of check-ins, every area rated: the most the page charts.
    for week in 0..12 {
        let day =
            chrono::NaiveDate::from_ymd_opt(2026, 9, 6).unwrap() + chrono::TimeDelta::weeks(week);
        let n = (week % 11).to_string();
        let ratings: Vec<String> = [
            "wellbeing",
            "health",
            "loved-one",
            "family",
            "friends",
            "work",
            "money",
            "overall",
        ]
        .iter()
        .map(|a| format!("{a}={n}"))
        .collect();
        let mut args = vec!["checkin", "add"];
        args.extend(ratings.iter().map(String::as_str));
        let out = env
            .kinship()
            .env("KINSHIP_NOW", format!("{day}T19:00:00+00:00"))
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    let html = env.ok(&["print", "checkins", "--format", "html"]);
    let dir = env.home().join("pdf");
    std::fs::create_dir_all(&dir).unwrap();
    let over = overflowing(&chromium, &dir, "checkins", &html, 210.0 - 2.0 * MARGIN_MM);
    assert_eq!(over, "[]", "these stick out of their boxes");
    for (paper, size_name) in [("A4", "(A4)"), ("letter", "(letter)")] {
        let pdf = print_pdf(&chromium, &dir, "checkins", &html, paper);
        let (count, size) = pdf_info(&pdf);
        assert!(size.contains(size_name), "{paper}: {size}");
        assert_eq!(count, 1, "the check-ins on {paper} are {count} pages");
        let dpi = 60;
        for page in pages(&pdf, dpi) {
            assert_margins_clear(&page, dpi, &format!("checkins on {paper}"));
        }
    }
}

/// The cards in Spanish, which runs longer than English: the fridge card and
/// the wallet card, blank and with long answers, each print to exactly one
/// page on A4 and on US Letter, and the page says it is in Spanish.
#[test]
fn spanish_cards_print_to_one_page_in_a_browser() {
    let Some(chromium) = browser() else {
        return;
    };
    let env = TestEnv::new();
    let fields = [
        "naloxone_where",
        "who_can_use",
        "address",
        "medications",
        "allergies",
        "call_after",
    ];
    let household: String = fields
        .iter()
        .map(|f| format!("{f}: \"{}\"\n", long_answer(200)))
        .collect();
    import(&env, "overdose-plan", "home", &household);
    let blank = TestEnv::new();
    let html = |env: &TestEnv, what: &[&str]| {
        let out = env
            .kinship()
            .env("KINSHIP_LANG", "es")
            .args(["print", "card", "--format", "html"])
            .args(what)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let wallet = ["--size", "wallet"];
    let printed = [
        ("tarjeta", html(&env, &[])),
        ("tarjeta-en-blanco", html(&blank, &[])),
        ("cartera", html(&env, &wallet)),
        ("cartera-en-blanco", html(&blank, &wallet)),
    ];
    let dir = env.home().join("pdf");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, html) in &printed {
        assert!(html.contains("<html lang=\"es\">"), "{name}");
        assert!(html.contains("¿Sobredosis? Llame al 911 ahora."), "{name}");
        assert!(html.contains("Impreso con kinship el"), "{name}: the stamp");
        let over = overflowing(&chromium, &dir, name, html, 210.0 - 2.0 * MARGIN_MM);
        assert_eq!(over, "[]", "{name}: these stick out of their boxes");
        for (paper, size_name) in [("A4", "(A4)"), ("letter", "(letter)")] {
            let pdf = print_pdf(&chromium, &dir, name, html, paper);
            let (count, size) = pdf_info(&pdf);
            assert!(size.contains(size_name), "{name} on {paper}: {size}");
            assert_eq!(count, 1, "{name} on {paper} is {count} pages");
            let dpi = 60;
            let rendered = pages(&pdf, dpi);
            assert_eq!(rendered.len(), 1);
            let what = format!("{name} on {paper}");
            assert_margins_clear(&rendered[0], dpi, &what);
            if name.starts_with("cartera") {
                assert_wallet_width(&rendered[0], dpi, &what);
            } else {
                assert_full_width(&rendered[0], dpi, &what);
            }
        }
    }
}
