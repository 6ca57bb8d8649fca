//! A form's question as every prompter asks it: what kind of answer it
//! takes, whether there is a question to go back to, and what came of it.

/// Reads a typed line: what it was understood as, to echo back ("Thursday
/// 10 December, 7:00 pm"; `None` when the text says it plainly), or why it
/// cannot be kept, said before the same question is asked again.
pub type Check<'q> = &'q dyn Fn(&str) -> Result<Option<String>, String>;

/// One question of a form.
pub struct Question<'q> {
    pub prompt: &'q str,
    pub asking: Asking<'q>,
    /// There is a question before this one: the back key goes to it.
    pub back: bool,
    /// Where Esc leads from here.
    pub esc: Esc,
}

/// Where Esc leads: the same place from every question of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Esc {
    /// From a question: to the form's list of sections.
    Sections,
    /// From that list: out, done for now.
    Leave,
}

/// What kind of answer a question takes.
pub enum Asking<'q> {
    /// One line, starting from `initial`, kept only once `check` reads it.
    Line { initial: &'q str, check: Check<'q> },
    /// Text that may run to paragraphs (a letter), typed or written in the
    /// user's editor, kept only once `check` reads it.
    Long { initial: &'q str, check: Check<'q> },
    /// One of `items`, the cursor starting on `default`.
    Pick { items: &'q [String], default: usize },
    /// Any of `items`, starting from `checked`.
    PickMany {
        items: &'q [String],
        checked: &'q [bool],
    },
}

/// How a question ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// The text typed, already read by the question's check.
    Text(String),
    Picked(usize),
    PickedMany(Vec<usize>),
    /// The back key (or `back` typed): the question before this one.
    Back,
    /// Esc (or `menu` typed, or the end of the input).
    Esc,
}

/// A form's question asked through a prompter's other questions: no back
/// key, and a typed answer its check refuses is said and asked again.
pub fn ask_plainly<P: super::Prompter + ?Sized>(p: &mut P, q: &Question) -> std::io::Result<Reply> {
    match &q.asking {
        Asking::Line { initial, check } | Asking::Long { initial, check } => loop {
            let typed = if matches!(q.asking, Asking::Long { .. }) {
                p.long_text(q.prompt, initial)?
            } else {
                p.input(q.prompt, initial)?
            };
            let Some(typed) = typed else {
                return Ok(Reply::Esc);
            };
            match check(&typed) {
                Ok(_) => return Ok(Reply::Text(typed)),
                Err(why) => p.say(&format!("  {why}"))?,
            }
        },
        Asking::Pick { items, default } => Ok(p
            .select(q.prompt, items, *default)?
            .map_or(Reply::Esc, Reply::Picked)),
        Asking::PickMany { items, checked } => Ok(p
            .multi_select(q.prompt, items, checked)?
            .map_or(Reply::Esc, Reply::PickedMany)),
    }
}

/// The words that go back and leave when answers are typed (the plain
/// prompter), for the terminal's ← and Esc. The English ones work in every
/// language; the words of the language spoken (`atrás`, `menú`) are said,
/// and work too, with or without their accents.
pub const BACK_WORD: &str = "back";
pub const ESC_WORDS: [&str; 2] = ["menu", "q"];

/// A key legend's part: (key, what it does, in short).
pub type Part = (String, String, String);

/// A part of a legend, its words from the catalogue: `prompt-key-ID` in
/// full, `prompt-key-ID-short` in short.
pub fn part(key: &str, id: &str) -> Part {
    use crate::content::i18n::t;
    let key = match key {
        "Space" => t!("prompt-key-space"),
        k => k.to_string(),
    };
    let full = format!("prompt-key-{id}");
    let short = format!("{full}-short");
    (key, t!(full.as_str()), t!(short.as_str()))
}

/// The word said for going back, in the language spoken.
pub fn back_word() -> String {
    crate::content::i18n::t!("prompt-word-back")
}

/// The word said for the list of sections, in the language spoken.
pub fn menu_word() -> String {
    crate::content::i18n::t!("prompt-word-menu")
}

/// A typed word without case or accents: `Atrás` reads as `atras`.
pub fn folded(word: &str) -> String {
    word.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

/// Whether `typed` is `english` or `shown` (the same word in the language
/// spoken), with or without case and accents.
pub fn is_word(typed: &str, english: &str, shown: &str) -> bool {
    let typed = folded(typed);
    typed == english || typed == folded(shown)
}

/// A key legend cut to `width` columns: each part as `(key, what it does,
/// in short)`. In full while it fits ("Esc: sections · Ctrl-C: save and
/// stop"); else short ("Esc sections · Ctrl-C stop"), dropping the first
/// parts (the moving keys) before the last (the ways out).
pub fn legend<K, W, S>(parts: &[(K, W, S)], width: usize) -> String
where
    K: AsRef<str>,
    W: AsRef<str>,
    S: AsRef<str>,
{
    let full = parts
        .iter()
        .map(|(k, what, _)| format!("{}: {}", k.as_ref(), what.as_ref()))
        .collect::<Vec<_>>()
        .join(" · ");
    if console::measure_text_width(&full) <= width {
        return full;
    }
    let mut short: Vec<String> = parts
        .iter()
        .map(|(k, _, s)| format!("{} {}", k.as_ref(), s.as_ref()))
        .collect();
    while console::measure_text_width(&short.join(" · ")) > width && short.len() > 1 {
        short.remove(0);
    }
    crate::render::wrap::truncate(&short.join(" · "), width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_keeps_to_the_width_and_keeps_the_way_out() {
        let parts = [
            ("↑↓", "move", "move"),
            ("Space", "tick", "tick"),
            ("Enter", "done", "done"),
            ("←", "back", "back"),
            ("Esc", "sections", "sections"),
            ("Ctrl-C", "save and stop", "stop"),
        ];
        let wide = legend(&parts, 100);
        assert_eq!(
            wide,
            "↑↓: move · Space: tick · Enter: done · ←: back · Esc: sections · Ctrl-C: save and stop"
        );
        for width in [80, 60, 40, 20] {
            let l = legend(&parts, width);
            assert!(console::measure_text_width(&l) <= width, "{width}: {l}");
        }
        assert_eq!(
            legend(&parts, 80),
            "↑↓ move · Space tick · Enter done · ← back · Esc sections · Ctrl-C stop"
        );
        assert_eq!(legend(&parts, 40), "← back · Esc sections · Ctrl-C stop");
    }
}
