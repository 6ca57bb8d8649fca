//! Splits a topic file into its YAML front matter and its Markdown body.
//!
//! `build.rs` includes this file too, so it depends on nothing else in the crate.

/// A topic file split in two: the YAML between the `---` fences, and the body after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    pub body: &'a str,
    /// The 1-based line of the file on which the YAML starts (for error messages).
    pub yaml_line: usize,
    /// The 1-based line of the file on which the body starts.
    pub body_line: usize,
}

/// Splits `text` at its front matter fences, or returns `None` when it has none.
pub fn split(text: &str) -> Option<Split<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for (line, piece) in (2..).zip(rest.split_inclusive('\n')) {
        if piece.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + piece.len()..];
            return Some(Split {
                yaml,
                body,
                yaml_line: 2,
                body_line: line + 1,
            });
        }
        offset += piece.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_yaml_from_body_and_counts_lines() {
        let s = split("---\nid: x\ntitle: X\n---\n\nBody\n").unwrap();
        assert_eq!(s.yaml, "id: x\ntitle: X\n");
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn no_fences_means_no_front_matter() {
        assert_eq!(split("# Title\n"), None);
        assert_eq!(split("---\nid: x\n"), None);
    }

    #[test]
    fn accepts_crlf_and_a_byte_order_mark() {
        let s = split("\u{feff}---\r\nid: x\r\n---\r\nBody").unwrap();
        assert_eq!(s.yaml, "id: x\r\n");
        assert_eq!(s.body, "Body");
    }
}
