# Plans and the form engine: `kinship plan ...`, the questions of a form,
# and the prompts that ask them. Ids: plan-, form-, prompt-.

## The form engine (filling in a plan)
form-kept = { $n ->
    [one] One of your answers goes with another choice. It is kept, not deleted, and comes back if you choose that again.
   *[other] { $n } of your answers go with another choice. They are kept, not deleted, and come back if you choose that again.
}
form-depends = Some questions depend on this answer. They are asked once you give it.
form-stopped = Stopped. Every answer before this one was saved.
form-menu-resume = Go on where you left off ({ $section }: { $question })
form-menu-section = { $needed ->
    [0] { $title } ({ $answered } of { $total } answered)
   *[other] { $title } ({ $answered } of { $total } answered, { $needed } still needed)
}
form-menu-done = Done for now
form-menu-prompt = { $needed ->
    [0] { $answered } of { $total } answered. What would you like to do?
   *[other] { $answered } of { $total } answered, { $needed } still needed. What would you like to do?
}
form-heading = { $title } ({ $n } of { $total })
form-example = Example: { $example }
form-example-means = Example: { $example } ({ $means })
form-needed = { $prompt } (needed)
form-yes = Yes
form-no = No
form-skip = Skip for now
form-clear = Clear this answer
form-someone-else = Someone else
form-note = Note: { $warning }
form-skipped = Skipped for now. It shows as missing until you fill it in.
form-more-guide = For more, run `kinship guide { $topic }`.

## Lists in a form (the team, the letters); $item is the form's word for one entry
form-list-entry = entry
form-list-empty = No { $item } yet.
form-list-add = Add a { $item }
form-list-change = Change a { $item }
form-list-move = Move a { $item } to another place
form-list-remove = Remove a { $item }
form-list-done = Done with this list
form-list-what-next = What next?
form-list-new = New { $item } ({ $n }):
form-list-which = Which { $item }?
form-list-which-moves = Which { $item } moves?
form-list-place = Place { $n }
form-list-to-which-place = To which place?
form-list-which-remove = Which { $item } do you want to remove?
form-list-remove-sure = Remove { $item } { $n }: { $summary }?

## kinship plan new, plan edit
plan-name-placeholder = NAME
plan-needs-terminal = `kinship plan { $command }` needs a terminal to ask you things, and this is not one.
plan-needs-terminal-new-hint = Write your answers in a YAML file and run `kinship plan import { $kind } FILE --name { $name }`; `kinship plan kinds { $kind }` lists the fields.
plan-needs-terminal-edit-hint = Use `kinship plan set { $name } FIELD VALUE` for one answer; `kinship plan kinds { $kind }` lists the fields.
plan-name-prompt = A name for this plan, such as your loved one's first name (Enter for { $suggestion })
plan-name-taken = You already have a plan called { $quoted }.
plan-name-taken-choose = You already have a plan called { $quoted }. Choose another name, or run `kinship plan edit { $name }`.
plan-name-taken-hint = Go on with it: `kinship plan edit { $name }`; or choose another name.
plan-nothing-saved = Nothing was saved.
plan-saved-summary = Saved. { $answered } of { $total } questions answered in { $name }.
plan-still-needed = Still needed: { $names }
plan-go-on-later = Go on later with `kinship plan edit { $name }`.
plan-read-it-back = Read it back with `kinship plan show { $name }`.

## kinship plan list
plan-list-none = You have no plans yet.
plan-list-none-hint = Start one with `kinship plan new intervention NAME`; `kinship plan kinds` lists the kinds.
plan-list-name = NAME
plan-list-kind = KIND
plan-list-answered = ANSWERED
plan-list-changed = CHANGED
plan-list-still-needed = STILL NEEDED

## kinship plan kinds
plan-kinds-when = when { $when }
plan-kinds-needed = { $kind }, needed
plan-kinds-lists-fields = `kinship plan kinds { $kind }` lists the fields and what they take.

## kinship plan show
plan-show-json-for = --json shows the whole plan; leave out --for.
plan-show-see-all = { $n ->
    [one] See it with `kinship plan show { $name } --all`.
   *[other] See them with `kinship plan show { $name } --all`.
}

## kinship plan set
plan-nothing-changed = Nothing was changed.
plan-set-file-hint = Give a text file (UTF-8) holding just the answer. Nothing was changed.
plan-set-give-value = Give a value for { $field }, or --clear to clear it.
plan-set-left-out = { $id } is not part of this plan as it stands: { $why }. It is kept, but not asked or shown; `kinship plan show { $name } --all` shows it.
plan-set-kept = { $n ->
    [one] { $n } of your answers goes with another choice. It is kept, not deleted; `kinship plan show { $name } --all` shows it.
   *[other] { $n } of your answers go with another choice. They are kept, not deleted; `kinship plan show { $name } --all` shows them.
}
plan-set-saved = Saved { $field } in { $name }.
plan-set-removed = Removed { $field } from { $name }.
plan-set-cleared = Cleared { $field } in { $name }.

## kinship plan delete
plan-delete-what = the plan { $quoted }
plan-delete-what-titled = the plan { $quoted } ({ $title })
plan-delete-unreadable = It cannot be read, so it goes as it is.
plan-delete-needs-yes = Deleting { $quoted } needs a yes, and there is no terminal to ask in.
plan-delete-needs-yes-hint = Run `kinship plan delete { $name } --yes`.
plan-delete-ask = Delete { $what }? It is moved aside, not destroyed.
plan-delete-ask-purge = Delete { $what } for good, with its earlier copies in the archive?
plan-delete-kept = Kept. Nothing was changed.
plan-deleted-for-good = { $copies ->
    [0] Deleted { $name } for good.
    [one] Deleted { $name } for good, and the { $copies } earlier copy of it in the archive.
   *[other] Deleted { $name } for good, and the { $copies } earlier copies of it in the archive.
}
plan-deleted-moved = Deleted { $name }. The file was moved to { $to }.

## kinship plan import
plan-give-a-name = Give a name with --name NAME.
plan-import-stdin-needs-name = A plan read from standard input needs a name.
plan-import-problems = { $n ->
    [one] { $file } has { $n } problem; nothing was imported:
   *[other] { $file } has { $n } problems; nothing was imported:
}
plan-import-exists-hint = Use --name for another name, or --force to replace it (a copy of the old one is kept).
plan-import-old-kept = A copy of the old { $name } is kept in { $to }.
plan-imported = Imported { $name }: { $answered } of { $total } questions answered.
plan-import-hidden = { $n ->
    [one] { $n } more answer is kept but not in use: { $why }. `kinship plan show { $name } --all` shows it.
   *[other] { $n } more answers are kept but not in use: { $why }. `kinship plan show { $name } --all` shows them.
}

## kinship plan share, and importing a share
plan-share-names-hint = Names come from the plan's lists; see `kinship plan show { $name }`.
plan-share-exists = { $file } already exists.
plan-share-exists-hint = Choose another file, or add --force to replace it.
plan-share-what = this share of { $name }
plan-share-wrote = Wrote { $name }, encrypted, to { $file }. Import it with `kinship plan import { $file }`.
plan-share-wrote-for = Wrote { $name } (the parts for { $person }), encrypted, to { $file }. Import it with `kinship plan import { $file }`.
plan-share-passphrase-hint = Say the passphrase on the phone or in person, not in the message that carries the file.
plan-share-could-not-import = Could not import { $file }: { $why }.
plan-share-the-share = the share { $file }
plan-share-not-sealed = To import a YAML file of answers, give the kind first: `kinship plan import KIND { $file }`.
plan-share-no-plan = it does not hold a plan: { $error }

## Answers: what a typed answer may be, and why one is refused
plan-answer-one-line = This answer takes one line.
plan-answer-not-yes-no = { $typed } is not yes or no. Type yes or no.
plan-answer-list = { $id } is a list: set one entry's part, such as { $id }.1.{ $part }.
plan-answer-too-long = That is { $count } characters; this answer takes up to { $max }. Please shorten it.
plan-answer-control = That holds control characters (from a stray key?). Please type it again.
plan-answer-passed = { $date } has passed. It is kept; change it if you meant a date to come.
plan-answer-not-a-choice = { $typed } is not one of the choices. Choose one of: { $choices }.
plan-date-help = Write a date such as { $iso } or { $date }, or today, tomorrow, yesterday, a day name ({ $weekday }, the coming one) or last { $weekday }.
plan-date-ambiguous = { $typed } could mean two different days. { $help }
plan-date-not-on-calendar = { $typed } is not a date on the calendar. { $help }
plan-date-unreadable = { $typed } is not a date kinship can read. { $help }
plan-datetime-no-day = { $typed } has a time but no day. Add the day: { $day } 18:30, or { $iso } 18:30.
plan-datetime-no-time = { $typed } needs a time too, such as 18:30 or 6:30pm: { $text } 18:30.
plan-datetime-unreadable = { $typed } is not a day and time kinship can read. Write it like { $iso } 18:30 or { $day } 6pm.
plan-stored-not-entries = This takes one answer, not a list of entries with parts.
plan-stored-not-a-list = This takes one answer, not a list.
plan-stored-entries = { $n ->
    [one] a list of { $n } entry
   *[other] a list of { $n } entries
}
plan-import-expected-value = expected a value, not a list of parts
plan-import-expected-list = expected a list of { $item }s, each with { $parts }
plan-import-expected-parts = expected parts such as { $part }: ...
plan-import-no-part = { $id } has no part called { $part } (its parts: { $parts })
plan-path-too-many = { $path } has too many parts: use FIELD, or LIST.N.PART.
plan-path-n = { $n ->
    [one] { $path }: { $id } has { $n } entry; N goes from 1 to { $next } ({ $next } adds one).
   *[other] { $path }: { $id } has { $n } entries; N goes from 1 to { $next } ({ $next } adds one).
}
plan-path-no-part = { $id } has no part called { $part }. Its parts: { $parts }.
plan-path-not-list = { $id } is not a list, so { $path } has too many parts: use just { $id }.
plan-did-you-mean = Did you mean { $id }?
plan-unknown-field = The { $form } form has no field called { $id }.{ $close } Its fields: { $fields }.
plan-nobody-named = Nobody is named in the plan { $plan } yet, so there is no copy for { $person }.
plan-not-named = { $person } is not named in the plan { $plan }. The people in it: { $people }.

## Answers as people read them
plan-day = { $weekday } { $day } { $month }
plan-value-at = { $date } at { $time }
plan-value-entries = { $n ->
    [one] { $n } entry
   *[other] { $n } entries
}
plan-missing-part = { $item } { $n }: { $prompt }
plan-entry-empty = (nothing filled in yet)
plan-why-goes = { $n ->
    [one] it goes with another answer to { $question }
   *[other] they go with another answer to { $question }
}
plan-why-waits = { $n ->
    [one] it waits for an answer to { $question }
   *[other] they wait for an answer to { $question }
}
plan-why-other = { $n ->
    [one] your other answers leave it out
   *[other] your other answers leave them out
}

## A plan shown or printed
plan-not-in-use = not in use
plan-lead-answered = { $answered } of { $total } questions answered.
plan-lead-still-to-fill = Still to fill in: { $names }.
plan-lead-kept-marked = { $n ->
    [one] { $n } more answer is kept, marked "{ $mark }": { $why }.
   *[other] { $n } more answers are kept, marked "{ $mark }": { $why }.
}
plan-lead-kept-not-shown = { $n ->
    [one] { $n } more answer is kept but not shown: { $why }.
   *[other] { $n } more answers are kept but not shown: { $why }.
}
plan-lead-for = The parts of this plan for { $person }.
plan-not-answered = not answered yet
plan-not-answered-needed = not answered yet (needed)
plan-share-other = An export of a whole data folder is imported with `kinship data import FILE`.
plan-share-wrong = Ask the person who made it for the passphrase. Nothing was imported.

## A share, as the messages about opening one name it
plan-share-a-share = a share
plan-share-short = share
plan-share-a-plan = a plan

## A time on a 12-hour clock: $half is am or pm
plan-time-12h = { $time } { $half ->
    [am] am
   *[pm] pm
}

## plan kinds KIND: the kind of answer a question takes ($kind is its id in the form file)
plan-kind-name = { $kind ->
    [text] text
    [long_text] long_text
    [date] date
    [datetime] datetime
    [choice] choice
    [multi_choice] multi_choice
    [yes_no] yes_no
    [list] list
   *[other] { $kind }
}

## When a section or question is asked: "approach is invitation or professional"
form-when-is = { $field } is { $answers }
form-when-or = or
