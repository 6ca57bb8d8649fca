# kinship's messages in English. Every language has the same message ids
# (a test checks); plurals and other forms are written here with Fluent's
# selectors, never in Rust.
language-name = English

## Counting
count-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

## Choosing the language
lang-unknown = kinship does not speak { $asked } ({ $origin }); using English. Languages: { $choices }.

## Content not yet translated (never shown in English itself)
fallback-guide = This guide is not in your language yet; it is shown in English.
fallback-checklist = This checklist is not in your language yet; it is shown in English.
fallback-form = This form is not in your language yet; it is shown in English.
fallback-card = The overdose card is not in your language yet; it is shown in English.
guide-list-in-english = (in English)
