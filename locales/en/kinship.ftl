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
