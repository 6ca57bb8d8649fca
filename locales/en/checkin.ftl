# kinship checkin, journal, kit and remind: the family member's own weeks,
# words and naloxone.

## kinship checkin
checkin-no-terminal = `kinship checkin` asks you questions, and needs a terminal for that; this is not one.
checkin-no-terminal-hint = Use `kinship checkin add AREA=N ...`, such as `kinship checkin add health=6 overall=5`; `kinship checkin areas` lists the areas.
checkin-nothing-saved = Nothing was saved.
checkin-saved = Saved your check-in: { $rated } of { $total } areas.
checkin-saved-for = Saved your check-in for { $date }: { $rated } of { $total } areas.
checkin-history-hint = See how it goes over the weeks: kinship checkin history
checkin-ask-area = { $area }: { $question } (0-10, Enter to skip)
checkin-ask-sentence = One sentence about your week (Enter to skip)
checkin-stopped = Stopped. Every rating before this one was saved.
checkin-add-nothing-saved-areas = Nothing was saved. `kinship checkin areas` lists the areas.
checkin-rated-twice = { $area } is rated twice. Give each area once.
checkin-areas-why = Why it helps
checkin-areas-how = Rate them with `kinship checkin`, or `kinship checkin add health=6 money=4`.
checkin-lowest = Lowest in your last check-in: { $area } ({ $rating }). The self-care guide may help: `kinship guide { $guide }`, the part "{ $section }".
checkin-history-none = No check-ins yet. It takes a minute: kinship checkin
checkin-history-legend = One mark per check-in, from 0 (very unhappy) to 10 (very happy); · is skipped.
checkin-history-changed = What changed most: { $sentence }
checkin-history-last-week = Your last week, in your words: { $sentence }
checkin-history-narrow = Only the last { $charted } fit across this window. To see { $wanted }, make it wider, or list them as numbers: kinship --plain checkin history --last { $last }

## Ratings and notes
checkin-saved-rating-too-high = the rating for { $area } is { $rating }, and { $rating } is more than 10
checkin-rating-too-high = { $n } is more than 10. Give a number from 0 (very unhappy) to 10 (very happy).
checkin-rating-too-low = { $n } is less than 0. Give a number from 0 (very unhappy) to 10 (very happy).
checkin-rating-how = Give a number from 0 (very unhappy) to 10 (very happy).
checkin-rating-not-a-number = { $text } is not a whole number. Give a number from 0 (very unhappy) to 10 (very happy).
checkin-not-an-assignment = { $text } is not AREA=N. Write an area and a rating, such as health=6.
checkin-did-you-mean = Did you mean { $area }?
checkin-no-such-area = There is no area called { $area }.{ $close } The areas are: { $areas }.
checkin-note-too-long = That note is { $chars } characters long; a note holds up to { $max }. For more, write in your journal: kinship journal

## What the history says
checkin-none = none
checkin-day-month = { $day } { $month }
checkin-day-month-short = { $day } { $month }
checkin-changed = { $area }: { $first } → { $last } since { $since }.
checkin-changed-plain = { $area } went from { $first } to { $last } since { $since }.
checkin-changed-too-few = Check in again next week to see what changes.
checkin-changed-none = No area has changed since { $since }.
checkin-chart-not-rated = { $area }: not rated
checkin-chart-title = { $area } (0 to 10)
checkin-range-none = No check-ins yet
checkin-range-one = 1 check-in, { $date }
checkin-range = { $shown } check-ins, { $from } to { $to }
checkin-range-of = { $range } (the last { $shown } of { $total })

## kinship print checkins
checkin-print-title = My check-ins
checkin-print-scale = Each area is rated from 0 (very unhappy) to 10 (very happy), once a week or so.
checkin-print-what-changed = What changed
checkin-print-lowest = Lowest in the last check-in: { $area } ({ $rating }). The self-care guide may help:
checkin-print-lowest-part = , the part "{ $section }".
checkin-print-private = Notes written with each check-in are private and are not printed.

## kinship journal
journal-entry-heading = Entry { $n } · { $date }, { $time }
journal-no-terminal = `kinship journal` asks for your entry, and needs a terminal for that; this is not one.
journal-no-terminal-hint = Save a file as an entry with `kinship journal --file FILE`, or pipe it in with `--file -`.
journal-your-entry = Your entry
journal-nothing-saved = Nothing was saved.
journal-stopped = Stopped. Nothing was saved.
journal-saved = Saved as entry { $n }. Read it again with `kinship journal show { $n }`.
journal-file-too-long = { $file } holds more than { $kb } KB; a journal entry holds up to that (some 15,000 words). Split it into several entries.
journal-empty-entry = The entry is empty, so nothing was saved.
journal-too-long = That entry is { $size }; a journal entry holds up to { $kb } KB (some 15,000 words). Split it into several entries.
journal-empty = Your journal is empty. Write an entry with `kinship journal`.
journal-numbered = Your entries are numbered { $first } to { $last }; `kinship journal list` shows them.
journal-no-entry = There is no journal entry { $entry }.
journal-deleted-meanwhile = Journal entry { $n } was deleted meanwhile.
journal-left-out = Left out: { $error } { $hints }
journal-list-date = { $day } { $month } { $year }
journal-search-none = No journal entry has { $words }.
journal-and = and
journal-delete-no-terminal = Deleting journal entry { $n } needs a yes, and there is no terminal to ask in.
journal-delete-no-terminal-hint = Run `kinship journal delete { $n } --yes`.
journal-delete-purge-question = Delete journal entry { $n } for good?
journal-delete-question = Delete journal entry { $n }? It is moved aside, not destroyed.
journal-delete-kept = Kept. Nothing was changed.
journal-purged = Deleted journal entry { $n } for good.
journal-deleted = Deleted journal entry { $n }. The file was moved to { $path }.

## kinship kit
kit-doses = { $n ->
    [one] { $n } dose
   *[other] { $n } doses
}
kit-added = Added { $id }: { $name } ({ $doses }), good until { $until }.
kit-added-expired = That date has passed: get new naloxone soon.
kit-added-soon = It expires within 60 days: plan to get a new one.
kit-added-good = kinship will remind you 60 days before it expires. For your phone: kinship remind -o reminders.ics
kit-used = Noted: a dose of { $item } was used; { $left ->
    [0] none are left
    [one] { $left } dose is left
   *[other] { $left } doses are left
}.
kit-used-replace = Replace it as soon as you can, so there is always naloxone at hand. A pharmacy or a harm reduction service can help: kinship guide harm-reduction
kit-used-up-hint = When you have the new one, add it (`kinship kit add`) and remove this one: kinship kit remove { $id }
kit-removed = Removed { $id }: { $item }.
kit-not-a-number = { $text } is not an item number.
kit-not-a-number-hint = Give the number shown by `kinship kit list`, such as 1.
kit-empty-short = Your kit list is empty. Add naloxone with `kinship kit add NAME --expires YYYY-MM`.
kit-numbers = The numbers are: { $numbers }. See them with `kinship kit list`.
kit-no-item = There is no item { $id } in your kit.
kit-empty = Your kit list is empty. Add the naloxone you have, with the date on its box: kinship kit add "Narcan nasal spray" --expires 2027-03 --where "kitchen drawer"
kit-state-expired = EXPIRED: replace it
kit-state-today = expires today: replace it
kit-state-soon = expires in { $days } days: get a new one
kit-state-good = good
kit-state-used-up = used up: replace it
kit-until = until { $date }
kit-expiry-how = Write it as printed on the box: the year and month, such as 2027-03, or a full date, such as 2027-03-15.
kit-not-a-date = { $text } is not an expiry date. { $how }
kit-bad-year = { $text } has the year { $year }, which cannot be right. { $how }
kit-bad-month = { $text } has no month { $month }: months go from 01 to 12. { $how }
kit-bad-day = { $month } has no day { $day }. { $how }
kit-text-empty = The { $what ->
    [name] name
   *[other] place
} is empty. Give a few words.
kit-text-too-long = The { $what ->
    [name] name
   *[other] place
} is { $chars } characters long; kinship keeps up to { $max }.
kit-text-one-line = The { $what ->
    [name] name
   *[other] place
} must be one line.

## kinship remind
remind-nothing = There is nothing to remind you of, so no file was written.
remind-all-expired = Everything in your kit has expired already: see `kinship kit list`.
remind-nothing-hint = Add your naloxone with `kinship kit add NAME --expires YYYY-MM`, or add --checkin weekly.
remind-wrote = Wrote { $file } with { $count ->
    [one] { $count } reminder
   *[other] { $count } reminders
}.
remind-wrote-hint = Open it on your phone or computer to add the reminders to your calendar.
remind-some-expired = { $past ->
    [one] { $past } item in your kit has already expired, so it has no reminder: see `kinship kit list`.
   *[other] { $past } items in your kit have already expired, so they have no reminder: see `kinship kit list`.
}
remind-ics-calendar = kinship reminders
remind-ics-expires-in = Naloxone expires in { $days } days
remind-ics-expires-today = Naloxone expires today
remind-ics-expires-what = Get new naloxone before this date. See: kinship kit list
remind-ics-checkin = Check in with yourself
remind-ics-checkin-what = A minute for you: kinship checkin
