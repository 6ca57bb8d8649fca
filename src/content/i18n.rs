//! The languages kinship speaks, and their message catalogues.
//!
//! A language is a folder `locales/CODE/` holding `kinship.ftl` (Fluent), and
//! its content in `content/CODE/`; `build.rs` embeds both. Adding one is
//! adding files: no Rust.

use crate::content::embedded::{LOCALES, MESSAGE_AT, MESSAGE_TEXT};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::{Mutex, OnceLock};

/// A language kinship has a catalogue for, by its code: "en", "es".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl Lang {
    /// English: the language every text is written in first, and the fallback.
    pub const EN: Lang = Lang("en");

    pub fn code(self) -> &'static str {
        self.0
    }

    pub fn is_english(self) -> bool {
        self == Lang::EN
    }

    /// Every language with a catalogue, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        LOCALES.iter().map(|(code, _)| Lang(code))
    }

    /// The language a user named: its code in any case ("es", "ES"), or a
    /// locale name ("es_MX.UTF-8", "es-US"). `None` when kinship does not
    /// speak it.
    pub fn find(name: &str) -> Option<Lang> {
        let code = name
            .trim()
            .split(['_', '-', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        Lang::all().find(|l| l.0 == code)
    }

    /// The language of a locale (`es_US.UTF-8` gives es), when kinship speaks
    /// it; `C`, `POSIX` and an empty value name none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let locale = locale.trim();
        if locale.is_empty() || locale == "C" || locale == "POSIX" || locale.starts_with("C.") {
            return None;
        }
        Lang::find(locale)
    }

    /// "en (English), es (español)": for messages that list the choices.
    pub fn choices() -> String {
        Lang::all()
            .map(|l| format!("{} ({})", l.0, l.own_name()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The language's name in itself, from its catalogue.
    pub fn own_name(self) -> &'static str {
        LOCALES
            .iter()
            .find(|(code, _)| *code == self.0)
            .and_then(|(_, ftl)| {
                ftl.lines()
                    .find_map(|l| l.strip_prefix("language-name = "))
                    .map(str::trim)
            })
            .unwrap_or(self.0)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// The language this process speaks, once the settings have chosen it.
static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Sets the language of every message from here on: called once, by the
/// entry point, when the settings have chosen it (a second call changes
/// nothing). Unit tests never call it, so they read English.
pub fn set_current(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language of this process: the one the settings chose, English before
/// they have (and in unit tests). Code far from the settings (the store's
/// errors, a hint) speaks through this, with [`t!`].
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or(Lang::EN)
}

/// Arguments for a message: `$name` in the catalogue.
pub type Args<'a> = FluentArgs<'a>;

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, made the first time it is used and filled one
/// message at a time: a command parses only the messages it shows, never
/// the whole catalogue (the overdose card must be on screen at once).
fn with_bundle<T>(lang: Lang, f: impl FnOnce(&mut Bundle) -> T) -> T {
    static BUNDLES: OnceLock<Vec<Mutex<Option<Bundle>>>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| LOCALES.iter().map(|_| Mutex::new(None)).collect());
    let at = LOCALES
        .iter()
        .position(|(code, _)| *code == lang.0)
        .unwrap_or(0);
    let mut slot = all[at].lock().unwrap_or_else(|e| e.into_inner());
    let bundle = slot.get_or_insert_with(|| new_bundle(lang));
    f(bundle)
}

fn new_bundle(lang: Lang) -> Bundle {
    let id = lang.0.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidirectional isolation marks would show as noise in a terminal.
    bundle.set_use_isolating(false);
    // ORDINAL($n): the CLDR ordinal category of a number in this language
    // ("one" for 1st and 21st in English), for selectors; the rules are
    // made the first time a message asks.
    let code = lang.0;
    let rules: OnceLock<Option<intl_pluralrules::PluralRules>> = OnceLock::new();
    let _ = bundle.add_function("ORDINAL", move |args, _| {
        let rules = rules.get_or_init(|| {
            intl_pluralrules::PluralRules::create(
                code.parse::<unic_langid::LanguageIdentifier>()
                    .unwrap_or_default(),
                intl_pluralrules::PluralRuleType::ORDINAL,
            )
            .ok()
        });
        let category = match (args.first(), rules) {
            (Some(FluentValue::Number(n)), Some(rules)) => rules
                .select(n.value)
                .map(|c| format!("{c:?}").to_lowercase())
                .unwrap_or_else(|_| "other".into()),
            _ => "other".into(),
        };
        FluentValue::String(category.into())
    });
    bundle
}

/// The Fluent source of one message in `lang`, else in English: a message
/// not yet translated reads in English rather than not at all.
fn source(lang: Lang, id: &str) -> Option<&'static str> {
    let find = |lang: Lang| {
        let place = LOCALES.iter().position(|(code, _)| *code == lang.0)?;
        MESSAGE_AT
            .binary_search_by(|&(l, start, end, _)| {
                (usize::from(l), &MESSAGE_TEXT[start as usize..end as usize]).cmp(&(place, id))
            })
            .ok()
            .map(|at| catalogue_entry(at).2)
    };
    find(lang).or_else(|| find(Lang::EN))
}

/// The message at `at` of the sorted catalogue: its language's code, its id
/// and its Fluent source.
fn catalogue_entry(at: usize) -> (&'static str, &'static str, &'static str) {
    let (lang, id, source, end) = MESSAGE_AT[at];
    (
        LOCALES[usize::from(lang)].0,
        &MESSAGE_TEXT[id as usize..source as usize],
        &MESSAGE_TEXT[source as usize..end as usize],
    )
}

/// A message from the catalogue in `lang`, with its arguments. A message
/// missing everywhere (a bug the tests catch) reads as its id, never a panic.
pub fn message(lang: Lang, id: &str, args: Option<&Args>) -> String {
    with_bundle(lang, |bundle| {
        if !bundle.has_message(id) {
            let Some(source) = source(lang, id) else {
                return id.to_string();
            };
            // A message with a mistake still gives what it can read;
            // `cargo test` refuses any mistake.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            bundle.add_resource_overriding(resource);
        }
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    })
}

/// Builds [`Args`] from `name = value` pairs.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> Args<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, ...)`: a message from
/// the catalogue. Values are strings or numbers; a number chooses a plural.
macro_rules! tr {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::content::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::content::i18n::message(
            $lang,
            $id,
            Some(&$crate::content::i18n::args([
                $((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+
            ])),
        )
    };
}
pub(crate) use tr;

/// `t!("id")` or `t!("id", name = value, ...)`: a message in the language of
/// this process ([`current`]).
macro_rules! t {
    ($id:expr $(,)?) => {
        $crate::content::i18n::tr!($crate::content::i18n::current(), $id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::content::i18n::tr!($crate::content::i18n::current(), $id, $($name = $value),+)
    };
}
pub(crate) use t;

/// "6 December 2026", "6 de diciembre de 2026".
pub fn date(lang: Lang, d: impl chrono::Datelike) -> String {
    tr!(
        lang,
        "date",
        day = d.day(),
        month = tr!(lang, "month", n = d.month()),
        year = d.year().to_string(),
    )
}

/// "Sunday 22 November 2026", "domingo 22 de noviembre de 2026".
pub fn long_date(lang: Lang, d: impl chrono::Datelike) -> String {
    tr!(
        lang,
        "date-long",
        weekday = tr!(lang, "weekday", n = d.weekday().number_from_monday()),
        day = d.day(),
        month = tr!(lang, "month", n = d.month()),
        year = d.year().to_string(),
    )
}

/// "Fri 20 Nov 2026", "vie 20 nov 2026": for lists, where room is short.
pub fn short_date(lang: Lang, d: impl chrono::Datelike) -> String {
    tr!(
        lang,
        "date-short",
        weekday = tr!(lang, "weekday-short", n = d.weekday().number_from_monday()),
        day = d.day(),
        month = tr!(lang, "month-short", n = d.month()),
        year = d.year().to_string(),
    )
}

/// How long, in whole minutes: "less than a minute", "12 minutes",
/// "1 hour 5 minutes".
pub fn duration(lang: Lang, since: chrono::TimeDelta) -> String {
    match since.num_minutes().max(0) {
        0 => tr!(lang, "time-less-than-a-minute"),
        m if m < 60 => tr!(lang, "time-minutes", n = m),
        m if m % 60 == 0 => tr!(lang, "time-hours", n = m / 60),
        m => tr!(
            lang,
            "time-hours-minutes",
            hours = tr!(lang, "time-hours", n = m / 60),
            minutes = tr!(lang, "time-minutes", n = m % 60),
        ),
    }
}

/// The language a region's words are in.
pub fn of(region: &crate::content::embedded::RegionEntry) -> Lang {
    Lang::find(region.lang).unwrap_or(Lang::EN)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every catalogue reads without a mistake, and has the same messages,
    /// with the same arguments, as the English one.
    #[test]
    fn every_catalogue_parses_and_matches_the_english_one() {
        use fluent_syntax::ast;
        fn messages(ftl: &str, code: &str) -> std::collections::BTreeMap<String, Vec<String>> {
            let resource = fluent_syntax::parser::parse(ftl)
                .unwrap_or_else(|(_, e)| panic!("locales/{code}/kinship.ftl: {e:?}"));
            let mut out = std::collections::BTreeMap::new();
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = Vec::new();
                    let text = format!("{:?}", m.value);
                    for part in text
                        .split("VariableReference { id: Identifier { name: \"")
                        .skip(1)
                    {
                        let name = part.split('"').next().unwrap().to_string();
                        if !vars.contains(&name) {
                            vars.push(name);
                        }
                    }
                    vars.sort();
                    out.insert(m.id.name.to_string(), vars);
                }
            }
            out
        }
        let english = messages(LOCALES[0].1, "en");
        for (code, ftl) in &LOCALES[1..] {
            let other = messages(ftl, code);
            for (id, vars) in &english {
                match other.get(id) {
                    None => panic!("locales/{code}/kinship.ftl has no {id}"),
                    Some(v) => assert_eq!(v, vars, "{code} {id}: the same $arguments"),
                }
            }
            for id in other.keys() {
                assert!(
                    english.contains_key(id),
                    "locales/{code}: {id} is not in English"
                );
            }
        }
    }

    /// build.rs splits each catalogue into its messages; together they are
    /// the whole catalogue, each one alone reads without a mistake.
    #[test]
    fn the_catalogue_split_by_message_is_the_whole_catalogue() {
        for (code, ftl) in LOCALES {
            let messages: Vec<_> = (0..MESSAGE_AT.len())
                .map(catalogue_entry)
                .filter(|(l, ..)| l == code)
                .collect();
            let ids: Vec<&str> = messages.iter().map(|(_, id, _)| *id).collect();
            let whole = fluent_syntax::parser::parse(*ftl).unwrap();
            let mut expected: Vec<String> = whole
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            expected.sort();
            assert_eq!(ids, expected, "{code}");
            for (_, id, source) in &messages {
                assert!(
                    fluent_syntax::parser::parse(*source).is_ok(),
                    "{code} {id}: {source}"
                );
            }
        }
    }

    #[test]
    fn plurals_come_from_the_catalogue() {
        let es = Lang::find("es").unwrap();
        assert_eq!(tr!(es, "count-minutes", n = 1), "1 minuto");
        assert_eq!(tr!(es, "count-minutes", n = 3), "3 minutos");
        assert_eq!(tr!(Lang::EN, "count-minutes", n = 1), "1 minute");
        assert_eq!(tr!(Lang::EN, "no-such-message"), "no-such-message");
    }

    #[test]
    fn codes_and_locales_name_a_language() {
        assert_eq!(Lang::find("ES").map(Lang::code), Some("es"));
        assert_eq!(Lang::find(" en ").map(Lang::code), Some("en"));
        for locale in ["es_US.UTF-8", "es_MX", "es_ES", "es", "es-MX", "es_ES@euro"] {
            assert_eq!(
                Lang::from_locale(locale).map(Lang::code),
                Some("es"),
                "{locale}"
            );
        }
        for locale in ["C", "C.UTF-8", "POSIX", "", "de_DE.UTF-8", "xx"] {
            assert_eq!(Lang::from_locale(locale), None, "{locale}");
        }
        assert_eq!(Lang::all().next(), Some(Lang::EN), "English first");
        assert_eq!(Lang::choices(), "en (English), es (español)");
    }
}
