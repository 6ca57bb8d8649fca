//! The one place that reads and writes YAML, so the YAML crate can be swapped here alone.
//!
//! `build.rs` includes this file too, so it depends on nothing else in the crate.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A YAML document that could not be read, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    /// 1-based line and column of the problem, when the parser knows it.
    pub location: Option<(usize, usize)>,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, column)) => write!(f, "line {line}, column {column}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for YamlError {}

/// Parses one YAML document into `T`.
///
/// Every file kinship reads comes through here, so every one is held to the
/// same rules: a byte-order mark is skipped, nesting deeper than
/// [`MAX_DEPTH`] is refused before parsing, and a key given twice in one map
/// is refused with its line.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_depth(text)?;
    let value = serde_yaml::from_str(text).map_err(located)?;
    check(text)?;
    Ok(value)
}

/// Writes `value` as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|e| YamlError {
        message: e.to_string(),
        location: None,
    })
}

/// Any YAML value, kept as it was read so that it can be written back as it was.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Any(serde_yaml::Value);

/// The entries of a YAML map, in order, keys given twice included, each
/// value read leniently (a number too large for 64 bits is kept as its
/// text): for the settings file, where one odd entry must not cost the
/// others. `None` for an empty document.
pub fn entries(text: &str) -> Result<Option<Vec<(String, Any)>>, YamlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_depth(text)?;
    serde_yaml::from_str::<Option<Entries>>(text)
        .map(|e| e.map(|e| e.0))
        .map_err(located)
}

struct Entries(Vec<(String, Any)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entries, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of `key: value` lines")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some(KeyText(key)) = map.next_key::<KeyText>()? {
                    out.push((key, map.next_value::<Any>()?));
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for Any {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Any, D::Error> {
        d.deserialize_any(AnyVisitor).map(Any)
    }
}

struct AnyVisitor;

impl<'de> serde::de::Visitor<'de> for AnyVisitor {
    type Value = serde_yaml::Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i128<E>(self, v: i128) -> Result<Self::Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| v.to_string().into(), Into::into))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Self::Value, E> {
        Ok(u64::try_from(v).map_or_else(|_| v.to_string().into(), Into::into))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(serde_yaml::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Any(v)) = seq.next_element::<Any>()? {
            out.push(v);
        }
        Ok(serde_yaml::Value::Sequence(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = serde_yaml::Mapping::new();
        while let Some(Any(k)) = map.next_key::<Any>()? {
            let Any(v) = map.next_value::<Any>()?;
            out.entry(k).or_insert(v);
        }
        Ok(serde_yaml::Value::Mapping(out))
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        use serde::de::VariantAccess;
        let (KeyText(tag), variant) = data.variant::<KeyText>()?;
        let Any(value) = variant.newtype_variant::<Any>()?;
        Ok(serde_yaml::Value::Tagged(Box::new(
            serde_yaml::value::TaggedValue {
                tag: serde_yaml::value::Tag::new(tag),
                value,
            },
        )))
    }
}

impl Any {
    /// What kind of value this is, in words: "a list", "a map", "a value".
    pub fn describe(&self) -> &'static str {
        match &self.0 {
            serde_yaml::Value::Sequence(_) => "a list",
            serde_yaml::Value::Mapping(_) => "a map",
            serde_yaml::Value::Null => "nothing",
            _ => "a value",
        }
    }

    /// This value as a `T`, or `None` when it does not fit.
    pub fn to<T: DeserializeOwned>(&self) -> Option<T> {
        serde_yaml::from_value(self.0.clone()).ok()
    }
}

/// The deepest nesting any file kinship reads may have. kinship's own files
/// are a few levels deep; the YAML parser takes time that grows with the
/// square of the depth, so a hostile file is refused before it is parsed.
pub const MAX_DEPTH: usize = 32;

/// Refuses text nested deeper than [`MAX_DEPTH`], in one quick pass that
/// knows enough YAML to skip quoted text, comments and block scalars (where
/// brackets are only characters).
pub fn check_depth(text: &str) -> Result<(), YamlError> {
    #[derive(Clone, Copy, PartialEq)]
    enum Quote {
        None,
        Single,
        Double,
    }
    let mut flow = 0usize;
    let mut quote = Quote::None;
    // The parent indentation of the block scalar being skipped.
    let mut block_scalar: Option<usize> = None;
    let mut indents: Vec<usize> = Vec::new();
    let too_deep = |line: usize, column: usize| YamlError {
        message: format!("it is nested more than {MAX_DEPTH} levels deep"),
        location: Some((line, column)),
    };
    for (n, line) in text.split('\n').enumerate() {
        let line_no = n + 1;
        let indent = line.len() - line.trim_start_matches(' ').len();
        let blank = line.trim().is_empty();
        if quote == Quote::None && flow == 0 {
            if let Some(parent) = block_scalar {
                if blank || indent > parent {
                    continue;
                }
                block_scalar = None;
            }
            if blank || line.trim_start().starts_with('#') {
                continue;
            }
            while indents.last().is_some_and(|&top| top >= indent) {
                indents.pop();
            }
            indents.push(indent);
        }
        let chars: Vec<char> = line.chars().collect();
        let mut node_start = quote == Quote::None;
        let mut node_col = indent;
        let mut inline_levels = 0usize;
        let mut i = if quote == Quote::None && flow == 0 {
            indent
        } else {
            0
        };
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            let spaced = |c: Option<char>| c.is_none_or(|c| c == ' ' || c == '\t' || c == '\r');
            match quote {
                Quote::Single => {
                    if c == '\'' {
                        if next == Some('\'') {
                            i += 1;
                        } else {
                            quote = Quote::None;
                            node_start = false;
                        }
                    }
                    i += 1;
                    continue;
                }
                Quote::Double => {
                    if c == '\\' {
                        i += 1;
                    } else if c == '"' {
                        quote = Quote::None;
                        node_start = false;
                    }
                    i += 1;
                    continue;
                }
                Quote::None => {}
            }
            match c {
                ' ' | '\t' | '\r' => {}
                '#' if i == 0 || matches!(chars[i - 1], ' ' | '\t') => break,
                '\'' | '"' if node_start => {
                    quote = if c == '\'' {
                        Quote::Single
                    } else {
                        Quote::Double
                    };
                    node_col = i;
                }
                '[' | '{' if flow > 0 || node_start => {
                    flow += 1;
                    node_start = true;
                    if flow + indents.len() + inline_levels > MAX_DEPTH {
                        return Err(too_deep(line_no, i + 1));
                    }
                }
                ']' | '}' if flow > 0 => {
                    flow -= 1;
                    node_start = false;
                }
                ',' if flow > 0 => node_start = true,
                ':' if flow > 0 => node_start = true,
                '-' | '?' | ':' if flow == 0 && spaced(next) => {
                    if c != ':' && !node_start {
                        // A `-` inside a plain scalar.
                    } else {
                        if c != ':' {
                            inline_levels += 1;
                            node_col = i;
                            if indents.len() + inline_levels > MAX_DEPTH {
                                return Err(too_deep(line_no, i + 1));
                            }
                        }
                        node_start = true;
                    }
                }
                '|' | '>' if flow == 0 && node_start => {
                    block_scalar = Some(node_col);
                    break;
                }
                '&' | '!' | '*' if node_start => {
                    // An anchor, tag or alias: the node starts after it.
                    while i + 1 < chars.len() && !matches!(chars[i + 1], ' ' | '\t') {
                        i += 1;
                    }
                }
                _ => {
                    if node_start && flow == 0 {
                        node_col = i;
                    }
                    node_start = false;
                }
            }
            i += 1;
        }
    }
    Ok(())
}

/// Refuses text that is nested too deeply or gives one key twice in a map,
/// before it is read as anything in particular.
pub fn check(text: &str) -> Result<(), YamlError> {
    check_depth(text)?;
    match serde_yaml::from_str::<Shape>(text) {
        Ok(_) => Ok(()),
        Err(e) => {
            let mut err = located(e);
            if let Some(key) = err.message.strip_prefix(DUPLICATE) {
                let key = key.to_string();
                if let Some(at) = second_occurrence(text, &key, err.location) {
                    err.location = Some(at);
                }
                err.message = format!("{} is given twice", short(&key));
            }
            Err(err)
        }
    }
}

/// What is wrong with a content file's YAML, as a compiler names it:
/// `content/en/checklists/x.yaml:12:5: message`. `first_line` is the line of
/// the file the YAML starts on (2 for a guide's front matter, after `---`).
/// `None` when it reads. `build.rs` fails the build with this.
pub fn problem_in_file(path: &str, text: &str, first_line: usize) -> Option<String> {
    let err = check(text).err()?;
    Some(match err.location {
        Some((line, column)) => {
            format!("{path}:{}:{column}: {}", line + first_line - 1, err.message)
        }
        None => format!("{path}: {}", err.message),
    })
}

const DUPLICATE: &str = "duplicate key ";

/// Where a key is given the second time in the map that starts at `from`:
/// the second line, at the map's indentation, that starts with the key.
fn second_occurrence(
    text: &str,
    key: &str,
    from: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let (line, column) = from?;
    let bare = key.trim_matches('"');
    let mut seen = 0;
    for (n, l) in text.split('\n').enumerate().skip(line - 1) {
        let Some(rest) = l.get(column - 1..) else {
            continue;
        };
        let rest = rest.strip_prefix("- ").unwrap_or(rest);
        let named = [bare.to_string(), format!("\"{bare}\""), format!("'{bare}'")]
            .iter()
            .any(|k| {
                rest.strip_prefix(k.as_str())
                    .is_some_and(|after| after.trim_start().starts_with(':'))
            });
        if named {
            seen += 1;
            if seen == 2 {
                return Some((n + 1, column));
            }
        }
    }
    None
}

fn located(e: serde_yaml::Error) -> YamlError {
    let location = e.location().map(|l| (l.line(), l.column()));
    let mut message = e.to_string();
    // serde_yaml appends " at line L column C"; the location is kept separately.
    if let Some(at) = message.find(" at line ") {
        message.truncate(at);
    }
    // A path to the problem ("answers.team: ") comes first; keep the detail.
    if let Some(rest) = message.split_once(": ").map(|(_, r)| r.to_string())
        && rest.starts_with(DUPLICATE)
    {
        message = rest;
    }
    if message.starts_with("recursion limit exceeded") {
        message = format!("it is nested more than {MAX_DEPTH} levels deep");
    }
    YamlError { message, location }
}

/// Any YAML at all, read only to check its maps for keys given twice.
struct Shape;

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Shape, D::Error> {
        d.deserialize_any(ShapeVisitor)
    }
}

/// A map key, as text, for comparing keys.
struct KeyText(String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<KeyText, D::Error> {
        d.deserialize_any(KeyVisitor).map(KeyText)
    }
}

struct ShapeVisitor;

macro_rules! accept_scalars {
    ($out:expr) => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_i128<E>(self, _: i128) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_u128<E>(self, _: u128) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    };
}

impl<'de> serde::de::Visitor<'de> for ShapeVisitor {
    type Value = Shape;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML")
    }
    accept_scalars!(Shape);
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Shape, A::Error> {
        while seq.next_element::<Shape>()?.is_some() {}
        Ok(Shape)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
        let mut keys = std::collections::BTreeSet::new();
        while let Some(KeyText(key)) = map.next_key::<KeyText>()? {
            if !keys.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!("{DUPLICATE}{key}")));
            }
            map.next_value::<Shape>()?;
        }
        Ok(Shape)
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Shape, A::Error> {
        use serde::de::VariantAccess;
        let (_, variant) = data.variant::<KeyText>()?;
        variant.newtype_variant::<Shape>()
    }
}

struct KeyVisitor;

impl<'de> serde::de::Visitor<'de> for KeyVisitor {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_bool<E>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i128<E>(self, v: i128) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u128<E>(self, v: u128) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_unit<E>(self) -> Result<String, E> {
        Ok("~".to_string())
    }
    fn visit_none<E>(self) -> Result<String, E> {
        Ok("~".to_string())
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
        // A list as a key: compared by what it holds.
        let mut parts = Vec::new();
        while let Some(KeyText(p)) = seq.next_element::<KeyText>()? {
            parts.push(p);
        }
        Ok(format!("[{}]", parts.join(", ")))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let mut parts = Vec::new();
        while let Some(KeyText(k)) = map.next_key::<KeyText>()? {
            let KeyText(v) = map.next_value::<KeyText>()?;
            parts.push(format!("{k}: {v}"));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<String, A::Error> {
        use serde::de::VariantAccess;
        let (KeyText(tag), variant) = data.variant::<KeyText>()?;
        let KeyText(inner) = variant.newtype_variant::<KeyText>()?;
        Ok(format!("!{tag} {inner}"))
    }
}

/// At most a line's worth of `text`, with its length when it was cut.
pub fn short(text: &str) -> String {
    const MAX: usize = 60;
    let count = text.chars().count();
    if count <= MAX {
        return text.to_string();
    }
    let head: String = text.chars().take(MAX).collect();
    format!("{head}… ({count} characters)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn deep_nesting_is_refused_before_parsing_with_where() {
        for text in [
            "[".repeat(100_000),
            "{a: ".repeat(100_000),
            format!("key: {}", "[".repeat(40)),
            "- ".repeat(100_000) + "x\n",
            (0..200).map(|i| format!("{}k:\n", " ".repeat(i))).collect(),
        ] {
            let err = from_str::<Any>(&text).unwrap_err();
            assert!(err.message.contains("nested more than 32"), "{err:?}");
            assert!(err.location.is_some(), "{err:?}");
        }
        // Brackets that are only characters are not nesting.
        let text = format!(
            "a: '{0}'\nb: \"{0}\"\nc: |\n  {0}\n  {0}\nd: x{0} # {0}\n",
            "[".repeat(100)
        );
        let map: BTreeMap<String, String> = from_str(&text).unwrap();
        assert_eq!(map["c"], format!("{0}\n{0}\n", "[".repeat(100)));
    }

    #[test]
    fn a_key_given_twice_is_refused_with_its_line() {
        let err = from_str::<Any>("a: 1\nb:\n  x: 1\n  y: 2\n  x: 3\n").unwrap_err();
        assert_eq!(err.message, "x is given twice");
        assert_eq!(err.location, Some((5, 3)));
        let err = from_str::<BTreeMap<String, String>>("{a: 1, a: 2}").unwrap_err();
        assert_eq!(err.message, "a is given twice");
        // Different keys that only look alike are fine.
        assert!(from_str::<Any>("1: a\n'1 ': b\n").is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let map: BTreeMap<String, u32> = from_str("\u{feff}a: 1\n").unwrap();
        assert_eq!(map["a"], 1);
    }

    #[test]
    fn long_text_is_cut_to_a_line_with_its_length() {
        assert_eq!(short("abc"), "abc");
        let cut = short(&"é".repeat(1000));
        assert!(cut.ends_with("… (1000 characters)"), "{cut}");
        assert!(cut.chars().count() < 90);
    }

    /// A small deterministic generator, so the property below needs no crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn text(&mut self) -> String {
            const PIECES: &[&str] = &[
                "[", "]", "{", "}", "'", "\"", "#", " #", ": ", "- ", "? ", "|", ">", "\n", " ",
                "\t", ",", "&a", "*a", "!t", "\\", "x", "é", "\u{202e}", "\r\n", "  ", "%", "@",
            ];
            let n = self.next() % 12;
            (0..n)
                .map(|_| PIECES[(self.next() % PIECES.len() as u64) as usize])
                .collect()
        }
    }

    #[test]
    fn every_file_kinship_writes_passes_the_checks() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..2000 {
            let mut outer = BTreeMap::new();
            for _ in 0..(rng.next() % 4) {
                let mut inner = BTreeMap::new();
                for _ in 0..(rng.next() % 3) {
                    inner.insert(rng.text(), vec![rng.text(), rng.text()]);
                }
                outer.insert(rng.text(), inner);
            }
            let text = to_string(&outer).unwrap();
            let back: BTreeMap<String, BTreeMap<String, Vec<String>>> =
                from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
            assert_eq!(back, outer);
        }
    }

    #[test]
    fn a_broken_content_file_is_named_with_its_line_and_column() {
        assert_eq!(
            problem_in_file("content/en/x.yaml", "id: a\ntitle: b\n", 1),
            None
        );
        let bad = problem_in_file("content/en/x.yaml", "id: a\ntitle: [b\n", 1).unwrap();
        assert!(bad.starts_with("content/en/x.yaml:"), "{bad}");
        let twice = problem_in_file("content/en/topics/t.md", "id: a\nid: b\n", 2).unwrap();
        assert_eq!(twice, "content/en/topics/t.md:3:1: id is given twice");
    }
}
