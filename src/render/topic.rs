//! A guidance topic as a document: its body for the user's region, then
//! "See also", its sources, its review date and the region footer.

use super::doc::{self, Block, Document, Inline};
use super::markdown;
use crate::content::embedded::{self, RegionEntry};
use crate::content::region;
use crate::content::source::Source;
use crate::content::topic::Topic;
use crate::content::{self};

/// Builds the document for a topic in a region. `region_hint` says how to change
/// the region (it depends on the options the user has).
pub fn document(topic: &Topic, region: &RegionEntry, region_hint: &str) -> Document {
    let lang = crate::content::i18n::of(region);
    let mut blocks = body_blocks(topic, region);

    let see_also: Vec<Vec<Inline>> = topic
        .meta
        .see_also
        .iter()
        .filter_map(|id| content::find_topic(id))
        .map(|t| content::topic_in(lang, t).value)
        .map(|t| {
            vec![
                Inline::Code(format!("kinship guide {}", t.id)),
                Inline::text(format!(": {}.", t.title.trim_end_matches('.'))),
            ]
        })
        .collect();
    if !see_also.is_empty() {
        blocks.push(Block::heading(
            2,
            crate::content::i18n::tr!(lang, "guide-see-also"),
        ));
        blocks.push(Block::bullets(see_also));
    }

    blocks.push(Block::heading(
        2,
        crate::content::i18n::tr!(lang, "guide-sources"),
    ));
    blocks.push(Block::bullets(
        sources(topic, region).iter().map(source_line).collect(),
    ));
    blocks.push(Block::para(vec![Inline::text(crate::content::i18n::tr!(
        lang,
        "guide-reviewed",
        date = crate::content::i18n::date(lang, topic.meta.reviewed)
    ))]));
    blocks.push(footer(region, region_hint));

    Document {
        title: topic.meta.title.clone(),
        lead: Some(topic.meta.summary.clone()),
        blocks,
    }
}

/// The first screen of a topic: its opening (everything before its first
/// section), a pointer to the rest, and a one-line region footer. For the
/// overdose guide on a terminal, so that the number and the steps are what
/// stays in view rather than scrolling away under the rest.
/// `notice`, when the numbers may not be the user's, takes the footer's place.
pub fn first_screen(topic: &Topic, region: &RegionEntry, notice: Option<&str>) -> Document {
    let lang = crate::content::i18n::of(region);
    let mut blocks: Vec<Block> = body_blocks(topic, region)
        .into_iter()
        .take_while(|b| !matches!(b, Block::Heading { level: 2, .. }))
        .collect();
    blocks.push(Block::para(vec![
        Inline::text(format!(
            "{} ",
            crate::content::i18n::tr!(lang, "guide-first-screen-more")
        )),
        Inline::Code(format!("kinship guide {} --full", topic.meta.id)),
        Inline::Break,
        Inline::text(match notice {
            Some(notice) => crate::content::i18n::tr!(lang, "guide-notice-footer", notice = notice),
            None => crate::content::i18n::tr!(
                lang,
                "region-footer-short",
                region = region.name,
                code = region.code
            ),
        }),
    ]));
    Document {
        title: topic.meta.title.clone(),
        lead: None,
        blocks,
    }
}

/// A topic's body with its placeholders filled for `region`, as blocks.
/// `build.rs` has parsed every guide for every region already; only a body
/// it has not seen (a country's guide that says `{{region_name}}`, a test's
/// own topic) is parsed here.
pub fn body_blocks(topic: &Topic, region: &RegionEntry) -> Vec<Block> {
    prebuilt_blocks(topic, region)
        .unwrap_or_else(|| markdown::parse(&region::fill(topic.body, region)))
}

fn prebuilt_blocks(topic: &Topic, region: &RegionEntry) -> Option<Vec<Block>> {
    // The very body the binary holds for this path, not a copy that may differ.
    let file = embedded::file(topic.path)?;
    let embedded_body = file.get(file.len().checked_sub(topic.body.len())?..)?;
    if embedded_body.as_ptr() != topic.body.as_ptr() {
        return None;
    }
    doc::decode(prebuilt(topic.path, region)?.3)
}

/// The lines search reads in the embedded guide at `path` for `region`
/// (`doc::text_lines` of its blocks), as they are and with their ASCII
/// letters lowercased, as `build.rs` stored them.
pub fn prebuilt_lines(path: &str, region: &RegionEntry) -> Option<(Lines, Lines)> {
    let (lines, lowered) = prebuilt_text(path, region)?;
    Some((
        lines.split_terminator(embedded::LINE_END),
        lowered.split_terminator(embedded::LINE_END),
    ))
}

/// [`prebuilt_lines`] as stored: each line ended by [`embedded::LINE_END`].
/// The two texts have their lines at the same places.
pub fn prebuilt_text(path: &str, region: &RegionEntry) -> Option<(&'static str, &'static str)> {
    prebuilt(path, region)?.4
}

/// Stored lines, one by one.
pub type Lines = std::str::SplitTerminator<'static, char>;

/// What `build.rs` stored for the guide at `path` in `region`.
fn prebuilt(path: &str, region: &RegionEntry) -> Option<&'static embedded::TopicBlocks> {
    // Filling reads the emergency number, the texts and, for
    // {{region_name}}, the name: a region that has the same ones reads alike.
    let (blocks, regions) = if path.starts_with("en/") {
        (embedded::TOPIC_BLOCKS, embedded::REGIONS)
    } else {
        (
            embedded::TRANSLATED_TOPIC_BLOCKS,
            embedded::TRANSLATED_REGIONS,
        )
    };
    blocks.iter().find(|(p, index, named, ..)| {
        let base = &regions[*index];
        *p == path
            && base.texts.as_ptr() == region.texts.as_ptr()
            && base.texts.len() == region.texts.len()
            && base.emergency == region.emergency
            && (!named || base.the_name == region.the_name)
    })
}

/// The topic's own sources, then those of the region texts it uses.
fn sources(topic: &Topic, region: &RegionEntry) -> Vec<Source> {
    let mut all: Vec<Source> = topic.meta.sources.clone();
    for key in region::placeholders_in(topic.body) {
        if let Some(source) = region.placeholder_source(key)
            && !all.iter().any(|s| s.url == source.url)
        {
            all.push(source);
        }
    }
    all
}

/// A source as a line: "Org. Title (year). address"
pub fn source_line(source: &Source) -> Vec<Inline> {
    vec![
        Inline::text(format!(
            "{}. {} ({}). ",
            source.org.trim_end_matches('.'),
            source.title.trim_end_matches('.'),
            source.year
        )),
        Inline::Link {
            text: vec![Inline::text(source.url.clone())],
            url: source.url.clone(),
        },
    ]
}

/// The closing paragraph of every guide: region, emergency number, and what
/// kinship is not.
pub fn footer(region: &RegionEntry, region_hint: &str) -> Block {
    let lang = crate::content::i18n::of(region);
    Block::para(vec![
        Inline::text(
            crate::content::i18n::tr!(
                lang,
                "guide-footer-region",
                region = region.name,
                code = region.code,
                emergency = region.emergency
            ) + " "
                + region_hint,
        ),
        Inline::Break,
        Inline::text(crate::content::i18n::tr!(
            lang,
            "guide-footer-not-advice",
            emergency = region.emergency
        )),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded::REGIONS;
    use crate::render::style::line_text;
    use crate::render::terminal::{self, Layout};

    /// Every translated guide, stored by build.rs for every region in its
    /// language, reads the same as parsed now with that language's words.
    #[test]
    fn translated_guides_are_stored_with_their_languages_region_words() {
        for lang in crate::content::i18n::Lang::all().filter(|l| !l.is_english()) {
            for entry in content::topics_written_in(lang) {
                let topic = content::load_topic(entry).unwrap();
                for english in REGIONS {
                    let region = english.in_lang(lang);
                    assert_eq!(region.lang, lang.code());
                    let parsed = markdown::parse(&region::fill(topic.body, region));
                    let stored = prebuilt_blocks(&topic, region)
                        .unwrap_or_else(|| panic!("{} not stored for {}", entry.path, region.code));
                    assert_eq!(stored, parsed, "{} in {}", entry.path, region.code);
                }
            }
        }
    }

    #[test]
    fn the_guides_parsed_at_build_time_are_the_ones_parsed_now() {
        let countries = crate::content::embedded::COUNTRIES
            .iter()
            .filter_map(|c| region::resolve(c.code));
        let regions: Vec<&RegionEntry> = REGIONS.iter().chain(countries).collect();
        for entry in content::topics() {
            let topic = content::load_topic(entry).unwrap();
            for region in &regions {
                let parsed = markdown::parse(&region::fill(topic.body, *region));
                let named = topic.body.contains("{{region_name}}");
                let stored = REGIONS.iter().any(|r| std::ptr::eq(r, *region));
                match prebuilt_blocks(&topic, region) {
                    Some(blocks) => assert_eq!(blocks, parsed, "{} in {}", entry.id, region.code),
                    None => assert!(
                        named && !stored,
                        "{} in {} should have been parsed at build time",
                        entry.id,
                        region.code
                    ),
                }
                assert_eq!(body_blocks(&topic, region), parsed);
                let mut lines = Vec::new();
                doc::text_lines(&parsed, &mut lines);
                if let Some((stored, stored_lowered)) = prebuilt_lines(topic.path, region) {
                    let stored: Vec<&str> = stored.collect();
                    assert_eq!(stored, lines, "{} in {}", entry.id, region.code);
                    let lowered: Vec<String> =
                        lines.iter().map(|l| l.to_ascii_lowercase()).collect();
                    let stored: Vec<&str> = stored_lowered.collect();
                    assert_eq!(stored, lowered, "{} in {}", entry.id, region.code);
                }
            }
        }
    }

    #[test]
    fn a_topic_that_is_not_the_embedded_file_is_parsed_from_its_own_text() {
        let entry = content::find_topic("overdose").unwrap();
        let mut topic = content::load_topic(entry).unwrap();
        topic.body = "# Only this\n\nCall {{emergency}}.\n";
        let us = region::find("us").unwrap();
        assert_eq!(prebuilt_blocks(&topic, us), None);
        assert_eq!(
            body_blocks(&topic, us),
            markdown::parse("# Only this\n\nCall 911.\n")
        );
    }

    #[test]
    fn every_topic_renders_in_every_region_with_nothing_left_unfilled() {
        for entry in content::topics() {
            let topic = content::load_topic(entry).unwrap();
            for region in REGIONS {
                let doc = document(&topic, region, "hint");
                let layout = Layout {
                    width: 80,
                    color: false,
                    plain: false,
                };
                let text: String = terminal::render(&doc, &layout)
                    .iter()
                    .map(|l| line_text(l) + "\n")
                    .collect();
                assert!(
                    !text.contains("{{"),
                    "{} in {}:\n{text}",
                    entry.id,
                    region.code
                );
                assert!(
                    text.contains(region.emergency),
                    "{} in {}",
                    entry.id,
                    region.code
                );
                assert!(
                    text.contains("Sources") && text.contains("Reviewed "),
                    "{}",
                    entry.id
                );
            }
        }
    }

    #[test]
    fn sources_include_those_of_the_region_texts_used() {
        let topic = content::load_topic(content::find_topic("overdose").unwrap()).unwrap();
        let ca = REGIONS.iter().find(|r| r.code == "ca").unwrap();
        let doc = document(&topic, ca, "hint");
        let text = format!("{doc:?}");
        assert!(
            text.contains("Good Samaritan Drug Overdose Act"),
            "the law text's source is cited"
        );
    }
}
