# kinship checklist: list, show, check, uncheck, note, reset, run.

## kinship checklist list
cl-list-changed = changed { $when }
cl-list-not-started = not started
cl-list-unreadable = cannot be read: see `kinship checklist show { $id }`

## kinship checklist show (and the printed checklist)
cl-lead-saved = { $done } of { $total } done. Last changed { $date } at { $time }.
cl-lead-blank = { $total } steps. Tick each one when it is done.
cl-lead-new = 0 of { $total } done. Not started yet.
cl-urgent-mark = (urgent)
cl-note-label = Note:
cl-retired-heading = No longer in this checklist
cl-retired-why = These items were taken out of the checklist after you saved them. Your ticks and notes on them are kept.
cl-retired-note = (note: { $note })
cl-show-tick-with = Tick items with{" "}
cl-show-number = NUMBER
cl-show-or-run = , or work through it with{" "}
cl-show-end = .

## An item's "read more" page
cl-details-urgent = Urgent.
cl-details-your-note = Your note:
cl-details-more = More in the guide:
cl-details-guide-key-plain = (type g and its number in the list).
cl-details-guide-key = (press g in the list).

## kinship checklist check, uncheck, note
cl-no-item = { $id } has no item { $item }.
cl-no-item-hint = Its items, by number and id: { $items }.
cl-ticked = Ticked: { $item }
cl-unticked = Unticked: { $item }
cl-already-ticked = No change, already ticked: { $item }
cl-not-ticked = No change, not ticked: { $item }
cl-done-in = { $done } of { $total } done in { $id }.
cl-note-needs-text = `kinship checklist note` needs the note's text, or --clear to remove the note on { $item }.
cl-note-write-hint = Write one: kinship checklist note { $id } { $item } "Kitchen drawer, left"
cl-note-clear-hint = Remove it: kinship checklist note { $id } { $item } --clear
cl-note-removed = Removed the note on: { $item }
cl-note-saved = Saved the note on: { $item }

## kinship checklist reset
cl-reset-nothing = Nothing to reset: { $id } has no saved progress.
cl-reset-no-terminal = Resetting { $id } asks first, and there is no terminal to ask in.
cl-reset-no-terminal-hint = Run `kinship checklist reset { $id } --yes` to reset without asking.
cl-reset-question = Start { $id } again? Your ticks and notes are moved aside, not deleted.
cl-reset-kept = Nothing changed.
cl-reset-done = Moved your old progress to { $path }. { $id } starts again from 0 of { $total }.

## kinship checklist run
cl-run-no-terminal = `kinship checklist run` needs a terminal to ask you things, and this is not one.
cl-run-no-terminal-hint = Use `kinship checklist show { $id }` to see it, `kinship checklist check { $id } ITEM...` and `kinship checklist uncheck { $id } ITEM...` to tick, and `kinship checklist note { $id } ITEM TEXT` for notes.
cl-run-saved = Saved. { $done } of { $total } done in { $id }.
cl-run-stopped = Stopped. Everything you did before this was saved.
cl-run-note-prompt = Note on "{ $item }".
cl-run-no-guide = This item has no guide to open.

