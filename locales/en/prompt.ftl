# The prompts that ask things: key legends, the plain (screen reader) mode's
# words, yes or no, the editor for long answers, the checklist view.
# Ids: prompt-.

## Key legends under a question ("↑↓: move · Enter: choose · Esc: sections")
prompt-key-space = Space
prompt-key-move = move
prompt-key-move-short = move
prompt-key-tick = tick
prompt-key-tick-short = tick
prompt-key-done = done
prompt-key-done-short = done
prompt-key-choose = choose
prompt-key-choose-short = choose
prompt-key-next = next
prompt-key-next-short = next
prompt-key-back = back
prompt-key-back-short = back
prompt-key-sections = sections
prompt-key-sections-short = sections
prompt-key-done-for-now = done for now
prompt-key-done-for-now-short = done
prompt-key-cancel = cancel
prompt-key-cancel-short = cancel
prompt-key-save-and-stop = save and stop
prompt-key-save-and-stop-short = stop

## What a question's answer shows as once given
prompt-none = none
prompt-no-answer = no answer
prompt-yes-or-no = Yes or no?
prompt-press-any-key = Press any key to go back.
prompt-stopped = Stopped. Everything before this was saved.

## Long answers (a letter), and the user's editor
prompt-long-how-editor = Type it on one line, or type e and Enter to write it in your editor.
prompt-long-how-no-editor = Type it on one line. (To write paragraphs, set EDITOR to your editor, then type e.)
prompt-editor-opens = your editor opens
prompt-kept-as-it-was = kept as it was
prompt-editor-again = { $why } Type e to open your editor again.
prompt-editor-none = No editor is set (EDITOR is empty or unset), so type your answer here. To write in your editor next time, set EDITOR, such as: export EDITOR=nano
prompt-editor-no-folder = There is no data folder to write the answer in, so type it here.
prompt-editor-could-not-start = Could not start your editor { $editor } (from { $var }): { $why }. Type your answer here, or set { $var } to an editor you have, such as: export { $var }=nano
prompt-editor-not-found = it is not installed, or not on your PATH
prompt-editor-not-allowed = it is not a program kinship may run
prompt-editor-no-file = Could not make a file for your editor in { $folder }: { $error }. Type your answer here.
prompt-editor-failed = Your editor { $editor } stopped with an error ({ $status }), so what was written there was not kept. Type your answer here, or type e to try again.
prompt-editor-unreadable = Could not read what you wrote: { $error }.

## The plain mode (--plain): words typed alone on a line instead of keys.
## The English words (back, menu, none) are always understood too.
prompt-word-back = back
prompt-word-menu = menu
prompt-word-none = none
prompt-plain-words = At any question, type { $back } to go to the question before, or { $menu } for the list of sections. Ctrl-C saves and stops.
prompt-plain-word-back = { $word } for the question before
prompt-plain-word-sections = { $word } for the list of sections
prompt-plain-word-done = { $word } when you are done for now
prompt-plain-word-stop = { $word } to stop here
prompt-plain-or-type = (Or type { $words }.)
prompt-plain-or-type-two = (Or type { $first }, or { $second }.)
prompt-plain-now = { $prompt } Now: { $initial }. Press Enter alone to keep it, or type a dash (-) to remove it.
prompt-plain-saved-as = Saved as { $echo }.
prompt-plain-now-label = Now:
prompt-plain-replace = Type a new text to replace it, or a full stop (.) alone to keep it.
prompt-plain-lines = Type as many lines as you like. A line with only a full stop (.) ends it.
prompt-plain-type-again = { $why } Type it again.
prompt-plain-pick = Type a number from 1 to { $count } (Enter for { $default })
prompt-plain-pick-q = Type a number from 1 to { $count } (Enter for { $default }, q to go back)
prompt-plain-not-a-number = Sorry, that is not one of the numbers.
prompt-plain-chosen = (chosen)
prompt-plain-pick-many = Type the numbers you choose, with commas (Enter keeps the chosen ones, { $none } for none)
prompt-plain-pick-many-q = Type the numbers you choose, with commas (Enter keeps the chosen ones, { $none } for none, q to go back)
prompt-plain-numbers = Sorry, use numbers from 1 to { $count }, such as 1, 3.
prompt-plain-yes-or-no-enter-yes = yes or no, Enter for yes
prompt-plain-yes-or-no-enter-no = yes or no, Enter for no
prompt-plain-answer-yes-or-no = Please answer yes or no.
prompt-plain-end-of-page = End of page.

## A checklist read aloud (--plain); the letters d, n, g, l, q stay
prompt-list-title = { $title }. { $done } of { $total } done.
prompt-list-count = { $done } of { $total } done.
prompt-list-section = Section: { $title }
prompt-list-done = Done
prompt-list-not-done = Not done
prompt-list-urgent = Urgent.
prompt-list-note = Note: { $note }
prompt-list-retired = { $id } ({ $mark }, cannot be changed here).
prompt-list-retired-mark = no longer in this checklist
prompt-list-help = Type a number to tick or untick that item. Type d and a number to read more, n and a number to write a note, g and a number to open its guide, l to list again, or q to quit.
prompt-list-your-choice = Your choice
prompt-list-not-a-choice = Sorry, that is not a choice. Numbers go from 1 to { $count }. { $help }

## The checklist view on a terminal
prompt-checklist-key-move = ↑↓ move
prompt-checklist-key-tick = space tick
prompt-checklist-key-read-more = enter read more
prompt-checklist-key-note = n note
prompt-checklist-key-guide = g guide
prompt-checklist-key-quit = q quit
prompt-checklist-note-saves = Enter saves
prompt-checklist-note-cancel = Esc to cancel
prompt-checklist-note-remove = leave empty to remove
prompt-checklist-note-label = Note:
prompt-checklist-done = { $done } of { $total } done
prompt-checklist-more-above = more above
prompt-checklist-more-below = more below
prompt-checklist-urgent = urgent

## A yes-or-no question on a terminal: the keys y and n work in every language
prompt-confirm-keys = (y/n)
prompt-confirm-yes = yes
prompt-confirm-no = no
