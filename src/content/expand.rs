//! Expands `{service-id}`, `{service-id.name}` and `{emergency}` in a region text.
//!
//! `build.rs` includes this file too, so it depends on nothing else in the crate.

/// Fills every `{{placeholder}}` in `text` with `value(key)`; a placeholder
/// without a value stays as it is written. The one implementation of
/// `region::fill`, shared with `build.rs`.
pub fn placeholders<'a, V: AsRef<str>>(
    text: &'a str,
    value: impl Fn(&str) -> Option<V>,
) -> std::borrow::Cow<'a, str> {
    if find_open(text).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(start) = find_open(rest) {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("}}") {
            Some(end) => {
                let key = &after[..end];
                match value(key) {
                    Some(value) => out.push_str(value.as_ref()),
                    None => {
                        out.push_str("{{");
                        out.push_str(key);
                        out.push_str("}}");
                    }
                }
                rest = &after[end + 2..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Where the first `{{` in `text` is: found by its first brace, which is
/// much faster than searching for the pair.
pub fn find_open(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = text[from..].find('{') {
        let at = from + at;
        if bytes.get(at + 1) == Some(&b'{') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Replaces each `{reference}` in `text`: `{emergency}` by `emergency`,
/// `{id}` by the service's number and `{id.name}` by its name, where
/// `service(id)` gives `(name, number)`.
pub fn references<'s>(
    text: &str,
    emergency: &str,
    service: impl Fn(&str) -> Option<(&'s str, &'s str)>,
) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after
            .find('}')
            .ok_or_else(|| format!("an unclosed {{ in: {text}"))?;
        let reference = &after[..end];
        let (id, field) = reference.split_once('.').unwrap_or((reference, "number"));
        if id == "emergency" && field == "number" {
            out.push_str(emergency);
        } else {
            let (name, number) =
                service(id).ok_or_else(|| format!("no service {id:?} (in: {text})"))?;
            match field {
                "number" => out.push_str(number),
                "name" => out.push_str(name),
                _ => {
                    return Err(format!(
                        "{{{reference}}}: a reference is {{id}} or {{id.name}} (in: {text})"
                    ));
                }
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_pair_of_braces() {
        assert_eq!(find_open("{a} {{b}}"), Some(4));
        assert_eq!(find_open("{{"), Some(0));
        assert_eq!(find_open("{ { {"), None);
        assert_eq!(find_open("é{{x"), Some(2));
        assert_eq!(find_open("{"), None);
    }

    #[test]
    fn fills_placeholders_and_keeps_unknown_and_unclosed_ones() {
        let value = |key: &str| (key == "a").then_some("A");
        assert_eq!(
            placeholders("x {{a}} {b} {{c}} {{a", value),
            "x A {b} {{c}} {{a"
        );
        assert!(matches!(
            placeholders("no braces {here}", value),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
