//! A guidance topic: YAML front matter and a Markdown body.

use super::ContentError;
use super::front_matter;

pub use super::schema::topic::TopicMeta;

/// A parsed topic: its front matter and its (still Markdown) body.
#[derive(Debug, Clone)]
pub struct Topic {
    pub meta: TopicMeta,
    pub body: &'static str,
    /// The file's path under `content/`.
    pub path: &'static str,
    /// The line of the file on which the body starts.
    pub body_line: usize,
}

/// Parses a topic file.
pub fn parse(path: &'static str, text: &'static str) -> Result<Topic, ContentError> {
    let split = front_matter::split(text)
        .ok_or_else(|| ContentError::new(path, None, "it has no front matter between --- lines"))?;
    let meta: TopicMeta = super::from_yaml(split.yaml).map_err(|e| {
        let location = e
            .location
            .map(|(line, column)| (line + split.yaml_line - 1, column));
        ContentError::new(path, location, e.message)
    })?;
    Ok(Topic {
        meta,
        body: split.body,
        path,
        body_line: split.body_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const GOOD: &str = "---\nid: t\ntitle: T\nsummary: S.\norder: 1\nreviewed: 2026-11-22\n\
        sources:\n  - {org: O, title: T, year: 2020, url: 'https://example.org'}\n---\nBody\n";

    #[test]
    fn parses_front_matter_and_body() {
        let t = parse("en/topics/t.md", GOOD).unwrap();
        assert_eq!(t.meta.id, "t");
        assert_eq!(
            t.meta.reviewed,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
        );
        assert_eq!(t.body, "Body\n");
        assert_eq!(t.body_line, 10);
    }

    #[test]
    fn errors_point_at_the_line_in_the_file() {
        let bad = "---\nid: t\ntitle: T\nsummary: S.\norder: one\n---\nBody\n";
        let e = parse("en/topics/t.md", bad).unwrap_err();
        assert_eq!(e.location.map(|l| l.0), Some(5));
        assert!(e.to_string().contains("en/topics/t.md"), "{e}");
    }

    #[test]
    fn unknown_fields_are_refused() {
        let bad = GOOD.replace("order: 1", "order: 1\nautor: me");
        let e = parse("en/topics/t.md", Box::leak(bad.into_boxed_str())).unwrap_err();
        assert!(e.message.contains("autor"), "{e}");
    }
}
