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
