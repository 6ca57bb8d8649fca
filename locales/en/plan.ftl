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
