//! Completion words for clap: an argument that takes any text (kinship
//! checks it later, with its own messages) while offering shell completion
//! the words kinship knows, from the embedded index.

/// Takes any text while telling shell completion the words to offer; the
/// words are gathered only when completion asks for them.
#[derive(Clone, Copy)]
pub struct Offer(pub fn() -> Vec<&'static str>);

impl clap::builder::TypedValueParser for Offer {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.0)()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// Every region code and its other names (gb, uk, ...).
pub fn region_words() -> Vec<&'static str> {
    crate::content::embedded::REGIONS
        .iter()
        .filter(|r| !r.fallback)
        .flat_map(|r| std::iter::once(r.code).chain(r.aliases.iter().copied()))
        .collect()
}

/// Every guide's id.
pub fn topic_words() -> Vec<&'static str> {
    // Each guide once, though it may be there in several languages.
    let mut words: Vec<&'static str> = Vec::new();
    for t in crate::content::embedded::TOPICS {
        if !words.contains(&t.id) {
            words.push(t.id);
        }
    }
    words
}

/// Every checklist's id.
pub fn checklist_words() -> Vec<&'static str> {
    crate::content::checklist::ids()
}

/// Every kind of plan (a form's id).
pub fn form_words() -> Vec<&'static str> {
    crate::content::form::ids()
}

/// Every language's code.
pub fn lang_words() -> Vec<&'static str> {
    crate::content::i18n::Lang::all()
        .map(crate::content::i18n::Lang::code)
        .collect()
}
