# kinship's messages for settings, the data folder, errors and the printed
# pages' chrome (core areas), in English.

## Lists
core-and-list = { $rest } and { $last }

## Where a setting came from
settings-origin-flag = from { $flag }
settings-origin-env = from the { $var } environment variable
settings-origin-config = from the settings file
settings-origin-terminal = from the terminal
settings-origin-default = by default

## Settings warnings and errors
settings-using-defaults = { $error } Using the defaults for now.
settings-ignoring-value = Ignoring { $key }: { $value } in your settings file. { $hint } Change it with `kinship config set { $key } VALUE` or remove it with `kinship config unset { $key }`.
settings-region-number = , emergency number { $number }
settings-region-fallback = { $error } Using { $region } ({ $code }{ $why }){ $number }. To fix it, { $how ->
    [flag] use --region with
   *[env] set KINSHIP_REGION to
} a country code or one of: { $codes }.
settings-real-time = { $error } Using the real time instead. { $hints }
settings-no-data-folder = Could not find a folder to keep your data in.
settings-no-data-folder-hint = Set KINSHIP_HOME to a folder, or use --data-dir DIR.
settings-not-a-value = { $value } is not a value for { $key }.
settings-region-choices = Use your country's two-letter code (for example gb, de, mx, jp). For a country kinship has not checked, it says "your local emergency number" and never guesses a number.
settings-checked-regions = Checked regions: { $codes }.
settings-choose-lang = Choose one of: { $choices }.
settings-choose-color = Choose auto, always or never.
settings-choose-pager = Choose auto (the PAGER variable, else less -FRX), never, or a command such as "less -R".
settings-choose-reminders = Choose on or off (off stops the check-in reminder; an expired naloxone is always mentioned).
settings-choose-width = Choose auto (the terminal's width) or a number of columns from 40 to 200.
settings-no-such-region = There is no country or region called { $region } ({ $origin }).


## The settings file
store-config-repeated = Your settings file ({ $path }) gives { $key } more than once ({ $lines }), and saving it would keep only one.
store-config-repeated-hint = Choose one with `kinship config set { $key } VALUE`, or fix the file by hand.
store-config-broken-line = Your settings file ({ $path }, line { $line }) cannot be read there: { $error }; kinship will not rewrite it and lose that line.
store-config-broken-line-hint = Replace it with `kinship config set { $key } VALUE` or remove it with `kinship config unset { $key }`, or fix the file by hand.
store-config-broken-line-by-hand = Fix that line by hand, or remove it.
store-config-fix-key = {" "}Replace it with `kinship config set { $key } VALUE`, or fix it by hand.
store-config-fix-by-hand = {" "}Fix it by hand, or remove it.
store-config-a-line = a line
store-config-ignoring-broken = Ignoring { $what } in your settings file ({ $path }, line { $line }): { $error }. The other settings are used.{ $fix }
store-config-ignoring-repeated = Ignoring { $key } in your settings file ({ $path }): it is given more than once ({ $lines }). Choose one with `kinship config set { $key } VALUE`.
store-config-ignoring-list = Ignoring { $key } in your settings file ({ $path }): it holds { $holds }, and { $key } takes one value. Set it with `kinship config set { $key } VALUE`.
store-config-holds = { $what ->
    [list] a list
    [map] a map
    [nothing] nothing
   *[value] a value
}
store-config-did-you-mean = {" "}Did you mean { $key }?
store-config-ignoring-unknown = Ignoring { $key } in your settings file ({ $path }): kinship has no setting called { $key }.{ $close } The settings are { $keys }; the others in the file are used.
store-config-in-a-flow-map = in a flow map
store-config-line = line { $line }
store-config-lines = lines { $rest } and { $last }
store-config-too-large = Could not read your settings file ({ $path }): it is larger than { $kb } KB, far more than a settings file holds.
store-config-check-path = Check that KINSHIP_CONFIG or --config names the right file.
store-config-unreadable = Could not read your settings file ({ $path }): { $error }.
store-config-at = , line { $line }, column { $column }
store-config-not-yaml = Could not read your settings file ({ $path }{ $at }): { $error }.
store-config-not-yaml-hint = Fix it by hand, or move it away; it holds one `key: value` a line, for { $keys }.
store-could-not-lock = Could not lock { $path }
store-config-not-saved = Could not save your settings ({ $path }): { $error }.
store-config-unchanged = Your earlier settings are unchanged.

## Reading files
store-read-not-a-file = it is { $what }, not a file
store-read-symlink = it is a symbolic link, and kinship only reads its own files in its data folder
store-read-too-large = it is larger than { $mb } MB, far more than kinship writes
store-read-not-text = it is not UTF-8 text
store-kind = { $kind ->
    [folder] a folder
    [fifo] a named pipe (FIFO)
    [socket] a socket
    [device] a device
    [symlink] a symbolic link
   *[other] not a regular file
}
store-read-too-long = { $what } is too long: kinship reads up to { $kb } KB here.
store-read-no-such-file = Could not read { $path }: there is no such file.
store-read-failed = Could not read { $path }: { $error }.
store-read-stdin-failed = Could not read standard input: { $error }.
store-read-stdin-what = What came on standard input
store-read-stdin-not-text = What came on standard input is not UTF-8 text.

## Files written where the user asked (-o FILE)
store-out-symlink = { $path } is a symbolic link to { $to }{ $exists ->
    [no] , which does not exist
   *[yes] {""}
}, and kinship does not replace or follow links.
store-out-symlink-hint = Give the file's own path, or another name.
store-out-not-a-file = { $path } is { $what }, not a file, so kinship will not write over it{ $force ->
    [yes] , even with --force
   *[no] {""}
}.
store-out-not-a-file-hint = Choose a file name, or -o - for the screen.
store-out-folder = { $path } is a folder. Give a file name inside it, such as { $example }.
store-out-exists = { $path } already exists, and kinship does not replace files unless asked.
store-out-force-hint = Choose another name, or add --force to replace it.
store-out-parent-file = { $parent } is a file, not a folder, so { $path } cannot be written inside it.
store-out-parent-file-hint = Choose another place for the file.
store-out-no-folder = The folder { $parent } does not exist, so { $path } cannot be written there.
store-out-no-folder-hint = Create the folder first, or choose another place.
store-out-appeared = { $path } appeared while kinship was writing, and kinship does not replace files unless asked. Nothing was written.
store-out-failed = Could not write { $path }: { $error }. Nothing was written.
store-out-failed-hint = Check that the folder exists, that you may write there, and that the disk has room.

## kinship config
settings-no-config-folder = Could not find a folder for the settings file.
settings-no-config-folder-hint = Use --config FILE, or set KINSHIP_CONFIG to a file path.
settings-get-not-set = { $key } is not set in your settings file; kinship uses { $value } ({ $origin }).
settings-saved = Saved: { $key } = { $value } (in { $path }).
settings-removed = Removed { $key } from { $path }.
settings-was-not-set = { $key } was not set in { $path }; nothing changed.
settings-list-file = settings file: { $path }
settings-overridden = { $key } is also set { $origin }, and that comes first.

## The data folder: reading and saving
store-what-may-remain = Deleting removes the files' names; on an SSD, a journalling or copy-on-write file system, a snapshot or a backup (Time Machine, cloud sync), old copies of what they held may still be recoverable. Full-disk encryption protects against that; delete backups you do not want kept.
store-read-refused = Could not read { $noun } ({ $path }{ $why }).
store-file-unchanged = kinship has not changed the file.
store-why = : { $why }
store-why-encrypted = , encrypted: { $why }
store-why-at = , line { $line }, column { $column }: { $why }
store-unknown-field-hint = A newer kinship may have written it: kinship refuses fields it does not know rather than drop them when it saves.
store-why-newer = : it was written by a newer kinship (format { $format }, this one reads up to { $max })
store-why-no-such-format = : it says format { $format }, which no kinship writes (this one reads formats { $min } to { $max })
store-why-owner = : it says it belongs to { $actual }, not to { $expected }
store-replace-failed = Could not replace { $noun }: { $why }.
store-unchanged-it = kinship has not changed it.
store-replace-refused = Could not replace { $noun } ({ $path }): { $why }.
store-replace-refused-hint = kinship has not changed it. Move it away and try again.
store-read-text-refused = Could not read { $noun } ({ $path }): { $why }.
store-save-failed = Could not save { $noun } ({ $path }): { $why }.
store-saved-before-unchanged = What was saved before is unchanged.
store-read-folder = Could not read the folder { $path }.
store-read-data-folder = Could not read the data folder { $path }.
store-archive-copy-failed = Could not keep a copy of { $noun } in { $path }; nothing was changed.
store-check-room = Check that the disk has room.
store-could-not-create = Could not create { $path }
store-could-not-remove = Could not remove { $path }
store-move-aside-failed = Could not move { $noun } aside: { $why }.
store-move-aside-context = Could not move { $noun } aside ({ $path })
store-io-failed = Could not { $doing ->
    [read] read
    [save] save
    [delete] delete
    [move-aside] move aside
    [purge] purge
   *[other] { $doing }
} { $noun } ({ $path }).
store-hint-elsewhere = or choose another folder for kinship's data with --data-dir DIR or KINSHIP_HOME
store-hint-dangling-link = { $link } is a symbolic link to { $to }, which does not exist (a disk that is not connected, or a folder moved away?). Connect or create it, { $elsewhere }.
store-hint-not-a-folder = { $path } is a file, not a folder, so kinship cannot keep your data in it. Choose another folder with --data-dir DIR or KINSHIP_HOME, or move that file away.
store-hint-read-only = The data folder { $path } is on a disk that cannot be written to. Choose a folder you can write to with --data-dir DIR or KINSHIP_HOME.
store-hint-permission = You are not allowed to change files in { $path }. Check its permissions (`ls -ld { $path }`), { $elsewhere }.
store-hint-disk-full = The disk is full: free some space, then try again.
store-hint-is-a-folder = { $path } is a folder where kinship keeps a file. Move it away, { $elsewhere }.
store-lock-planted = { $path } is { $what }, where kinship keeps its own lock file; kinship does not follow or use it. Remove it (`rm { $path }`) and try again
store-folder-is-link = { $path } is a symbolic link, where kinship keeps a folder of its own.
store-folder-is-link-hint = kinship does not follow links inside its data folder, so that nothing outside it is read or changed. Remove the link (or move it away) and try again.
store-made-private = { $n ->
    [one] 1 file or folder
   *[other] { $n } files and folders
} in kinship's data folder ({ $root }) could be read by other users; kinship made them private (folders 700, files 600).
store-can-be-read = { $n ->
    [one] 1 file or folder
   *[other] { $n } files and folders
} in kinship's data folder ({ $root }) can be read by other users. kinship makes them private the next time it saves, or run `chmod -R go= { $root }`.

## How each stored file is named, and the way out when it cannot be read
store-noun-archive = the archive
store-way-out-archive = Run `kinship data archive list` to see what is in it.
store-noun-plan = your plan { $name }
store-way-out-plan = Fix the file by hand, or run `kinship plan delete { $name }` to move it aside (it is kept).
store-noun-checkins = your check-ins
store-way-out-checkins = Fix the file by hand, or move it away to start again (kinship never deletes it).
store-noun-kit = your naloxone kit list
store-way-out-kit = Fix the file by hand, or move it away to start a new list (kinship never deletes it).
store-noun-entry = journal entry { $number }
store-way-out-entry = Fix the file by hand, or run `kinship journal delete { $number }` to move it aside (it is kept).
store-noun-log = the overdose log { $name }
store-way-out-log = Fix the file by hand, or move it out of the folder; kinship never changes a saved log.
store-noun-progress = your progress for { $id }
store-way-out-progress = Run `kinship checklist reset { $id }` to move the file aside (it is kept) and start again, or fix it by hand.
store-log-brief-heading = What happened, in brief (every step, with its time, follows):
store-log-save-failed = Could not save { $noun } ({ $why }).

## Plans: names and answers to import
store-answers-hint = Give a YAML file of answers; `kinship plan import --help` shows one.
store-answers-not-a-map = { $path }{ $at } is not a YAML map of answers: { $error }
store-answers-not-a-map-hint = Write one `field: answer` per line; `kinship plan kinds KIND` lists the fields.
store-plan-name-empty = A plan needs a name, such as your loved one's first name or "dad".
store-plan-name-long = That name is long; please use 60 characters or fewer.
store-plan-name-bytes = That name is too long to name a file: its letters take { $bytes } bytes, and a plan's name may take { $max } (letters outside English take 2 to 4 each). Please use a shorter one.
store-plan-name-dot = { $name } cannot start with a dot or a dash.
store-plan-name-a-space = a space
store-plan-name-chars = { $name } holds { $what }; a plan name takes letters, digits, - _ and . only (it names a file). Try { $suggestion }.

## A locked (encrypted) data folder
store-could-not-read = Could not read { $path }
store-crypt-kept = { $n ->
    [one] A file is in plain text beside an encrypted copy that differs, or could not be read, so kinship left it as it is: { $files }. Look at each, then move it out of the data folder.
   *[other] Some files are in plain text beside an encrypted copy that differs, or could not be read, so kinship left them as they are: { $files }. Look at each, then move it out of the data folder.
}
store-crypt-other-key = it was not encrypted with this folder's data key
store-crypt-tampered = it could not be decrypted: it was changed or cut short after kinship wrote it
store-crypt-key-not-saved = Could not save the data key in { $path }
store-crypt-key-missing = The data key { $path } is missing.
store-crypt-key-unopened = Could not open the data key { $path }: { $error }.
store-crypt-key-unopened-hint = kinship has not changed it. If it was changed or cut short, restore it from a backup.
store-crypt-no-key = The data key { $path } does not hold a key.
store-crypt-public-missing = The data folder is locked, but its public key { $path } is missing or unreadable.
store-crypt-repair-hint = Run `kinship data lock` to repair it (it asks for your passphrase).
store-crypt-no-public = { $path } does not hold a public key.
store-crypt-shown = { $name } (encrypted in { $vault })
store-crypt-no-terminal = Your kinship data is locked, and there is no terminal to ask for the passphrase.
store-crypt-file-wrong = The passphrase in { $path } does not open your kinship data; nothing was changed.
store-crypt-file-wrong-hint = Check the file: its first line must be the passphrase, exactly.
store-crypt-prompt = Passphrase for your kinship data:{" "}
store-crypt-try-again = That passphrase does not open your data. Try again ({ $n ->
    [one] { $n } try
   *[other] { $n } tries
} left).
store-crypt-wrong = That passphrase does not open your kinship data; nothing was changed.
store-crypt-wrong-hint = Passphrases are case-sensitive. There is no way to open the data without it.
store-crypt-wrong-short = That passphrase does not open your data.
store-crypt-how-to-unlock = Run it on a terminal to type the passphrase, or give a file that holds it with --passphrase-file FILE (or KINSHIP_PASSPHRASE_FILE).
store-crypt-passphrase-file = Could not read the passphrase file { $path } ({ $origin }): { $why }.
store-crypt-passphrase-file-hint = Give a file that holds the passphrase on its first line.
store-crypt-no-such-file = there is no such file
store-crypt-empty-file = it is empty
store-crypt-stopped = Stopped; nothing was changed.
store-crypt-terminal-failed = Could not read the passphrase from the terminal
store-crypt-no-terminal-new = There is no terminal to ask for a new passphrase ({ $what }), and no file that holds it.
store-crypt-no-terminal-new-hint = Run it on a terminal, or give the passphrase in a file with --passphrase-file FILE.
store-crypt-empty-typed = An empty passphrase would protect nothing. Type one, or Ctrl-C to stop.
store-crypt-same-again = The same again:{" "}
store-crypt-no-match = The two did not match. Try again.
store-crypt-none-set = No passphrase was set; nothing was changed.
store-crypt-not-a-share = it is not encrypted with a passphrase (is it a kinship share?)
store-crypt-excessive = its passphrase is stretched far more than kinship ever does
store-crypt-cut-short = it could not be decrypted: it was changed or cut short
store-crypt-no-terminal-share = There is no terminal to ask for the passphrase of { $what }.
store-crypt-no-terminal-share-hint = Give it in a file: --share-passphrase-file FILE.
store-crypt-passphrase-for = Passphrase for { $what }
store-crypt-locked-meanwhile = Another kinship locked the folder meanwhile.
store-crypt-locked-meanwhile-hint = Run `kinship data` to see; your passphrase is the one chosen there.
store-crypt-lock-again = Then run `kinship data lock` again.
store-crypt-encrypt-failed = Could not encrypt { $name } ({ $why }).
store-crypt-encrypt-failed-hint = Nothing was lost: files not yet encrypted are still as they were. Run `kinship data lock` again to finish.
store-crypt-decrypt-failed = Could not decrypt { $name } ({ $why }).
store-crypt-decrypt-failed-hint = Nothing was lost. Run `kinship data unlock` again to finish.
store-crypt-left-in-archive = { $n ->
    [one] 1 file in the vault could not be decrypted (changed or cut short?) and was moved, as it was, into { $path } with a copy of the data key: "Reading your files without kinship" in the README says how to try the age tool on them.
   *[other] { $n } files in the vault could not be decrypted (changed or cut short?) and were moved, as they were, into { $path } with a copy of the data key: "Reading your files without kinship" in the README says how to try the age tool on them.
}

## kinship data
data-not-locked-unchanged = Your data is not locked; nothing was changed.
data-unlocked = Unlocked: { $n ->
    [one] { $n } file
   *[other] { $n } files
} in { $path }, plain text again; no passphrase is needed.
data-no-passphrase = Your data is not locked, so it has no passphrase.
data-no-passphrase-hint = Run `kinship data lock` to choose one.
data-no-terminal-new = There is no terminal to ask for the new passphrase.
data-no-terminal-new-hint = Give it in a file with --new-passphrase-file FILE.
data-new-passphrase = New passphrase
data-passphrase-changed = Changed the passphrase. Your files were not encrypted again: the same data key opens them, and only the new passphrase opens the key.
data-archive-empty = The archive is empty.
data-archive-empty-nothing-removed = The archive is empty; nothing was removed.
data-purge-question = { $n ->
    [one] Remove the { $n } earlier copy in the archive for good?
   *[other] Remove the { $n } earlier copies in the archive for good?
}
data-purged = { $n ->
    [one] Removed { $n } copy from the archive.
   *[other] Removed { $n } copies from the archive.
}
data-wipe-question = Remove everything kinship keeps in { $path }{ $settings }? This cannot be undone.
data-wipe-and-settings = , and your settings file { $path }
data-wiped = Removed everything kinship kept in { $path }.
data-settings-not-removed = Could not remove your settings file { $path }: { $error }.
data-wiped-settings = {" "}Removed the settings file { $path }.
data-settings-left = {" "}The settings file { $path } is a link or not a file, so it was left as it is.
data-left-alone = These were not made by kinship, so they were left: { $names }.
data-not-protected = Encryption does not protect against someone who watches you type the passphrase or has it, someone using this computer while kinship is open, or copies and backups made before you locked.
data-status = Your data is { $state ->
    [locked] locked: your files are encrypted with your passphrase
    [unlocking] being unlocked (interrupted): run `kinship data unlock` to finish
   *[plain] not locked: your files are plain text, readable by anyone who can open this folder
}.
data-status-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
} in { $path }
data-status-plain-left = { $n ->
    [one] 1 file is
   *[other] { $n } files are
} still in plain text: a lock was interrupted. Run `kinship data lock` to finish.
data-status-lock-hint = Run `kinship data lock` to encrypt them.
data-choose-passphrase = Choose a passphrase. Without it, no one (you included) can read your files: there is no way to recover it.
data-unlock-interrupted = An unlock was interrupted; finish it first.
data-unlock-interrupted-hint = Run `kinship data unlock`, then `kinship data lock`.
data-locked = Locked: { $n ->
    [one] { $n } file
   *[other] { $n } files
} in { $path }, encrypted. Commands that read them ask for the passphrase once; the overdose card and guides never do.
data-needs-yes = { $question } That needs a yes, and there is no terminal to ask in.
data-run-command = Run `{ $command }`.
data-kept = Kept. Nothing was changed.

## kinship data export and import (and opening a shared file)
data-way-out = Fix or move the file, then try again.
data-export-exists = { $path } already exists.
data-export-exists-hint = Choose another file, or add --force to replace it.
data-the-export = the export
data-an-export = an export
data-export-short = export
data-export-other = A shared plan is imported with `kinship plan import FILE`.
data-exported = Exported { $n ->
    [one] { $n } file
   *[other] { $n } files
} to { $path }, encrypted. On the new computer: `kinship data import { $path }`.
data-exported-hint = Say the passphrase on the phone or in person, not with the file.
data-check-owner = it says it belongs to { $owner }
data-check-format = it is in format { $format }, which this kinship does not read
data-import-refused = Could not import { $path }: { $why }.
data-nothing-imported = Nothing was imported.
data-not-an-export = it does not hold an export: { $error }
data-import-not-ours = it holds { $path }, which is not a file kinship keeps
data-import-unreadable = { $path } in it cannot be read: { $why }
data-imported = Imported from { $path }: { $n ->
    [one] { $n } new file
   *[other] { $n } new files
}
data-imported-replaced = , { $n } replaced (your copies are in the archive)
data-imported-same = , { $n } already here and the same
data-imported-kept = { $n ->
    [one] 1 file was
   *[other] { $n } files were
} here already and differed, so both are kept: yours as it was, the imported one in the archive ({ $files }).
data-imported-kept-hint = See them with `kinship data archive list`; use --replace to take the imported ones instead.
data-sealed-not-made-by = it is not { $noun } made by { $made_by }
data-sealed-wrong-passphrase = that passphrase does not open it
data-sealed-try-again = That passphrase does not open it. Try again.
data-sealed-not-text = it does not hold text
data-sealed-not-kinships = it does not hold { $noun } of kinship's
data-sealed-other-kind = it holds a kinship { $kind }, not { $holds }
data-sealed-newer = a newer kinship made it ({ $short } format { $format }, this one reads up to { $max })
data-sealed-newer-hint = Update kinship, then import it again. Nothing was imported.

## Finding what a command names
core-did-you-mean = Did you mean { $name }?
core-did-you-mean-topic = Did you mean `{ $command }` ({ $title })?
core-or-list = { $rest } or { $last }
core-no-checklist = There is no checklist called { $name }.
core-checklists-are = The checklists are: { $ids }.
core-no-kind = There is no kind of plan called { $name }.
core-kinds-are = The kinds are: { $ids }.
core-no-plan = There is no plan called { $name }.
core-no-plans-yet = You have no plans yet. Start one with `kinship plan new KIND NAME` (see `kinship plan kinds`).
core-your-plans = Your plans: { $names }.
core-plan-unknown-kind = The plan { $name } is a { $kind } plan, a kind this kinship does not know.
core-plan-unknown-kind-hint = It may come from a newer kinship. The file is unchanged.
core-invalid-answers = { $n ->
    [one] One answer in your plan { $name } is not valid, so it is treated as not answered (the file is left as it is):
   *[other] Some answers in your plan { $name } are not valid, so they are treated as not answered (the file is left as it is):
}
core-invalid-answer = { $path } ({ $prompt }) holds { $stored }: { $reason }
core-invalid-answers-how = Give { $n ->
    [one] it
   *[other] each
} a new answer with `kinship plan set { $name } FIELD VALUE` (such as `kinship plan set { $name } { $field } ...`), or answer in turn with `kinship plan edit { $name }`.
core-no-guide = There is no guide called { $name }.
core-list-guides = Run `kinship guide` to list every guide.
core-names-from-lists = Names come from the plan's lists; see `kinship plan show { $name }`.

## The household's overdose plan, for the card
core-plan-unreadable = Could not read your plan { $name } ({ $path }: { $what ->
    [large] it is far too large to be a plan
   *[other] it is not a plain file
}).
core-plan-not-overdose = The plan { $name } is { $article ->
    [an] an
   *[a] a
} { $kind }; the card takes its details from an overdose plan.
core-see-plans = See your plans with `kinship plan list`.
core-card-no-details = { $error } The card shows no household details.
core-card-details-locked = Your household's details are locked, so the card shows none.
core-not-readable = { $path } is not a file kinship can read.

## Commands, help and the terminal
core-no-command = kinship has no command called { $word }.
core-read-the-guide = To read the guide "{ $title }", run `kinship guide { $id }`.
core-commands-are = The commands are: { $names }.
core-help-hint = Run `kinship --help` for more, or `kinship guide` for the guides.
core-waiting = Waiting for another kinship that is saving { $name }… (Ctrl-C to stop)
core-no-pager = Could not start the pager { $pager }, so the text is shown here. Set KINSHIP_PAGER or PAGER to a pager you have (or run `kinship config set pager never`), or use --no-pager.
core-because = because: { $cause }
core-stdout-closed = Standard output is closed, so kinship had nowhere to print. Run it again with its output going to the screen, a file or a pipe.

## kinship search
core-search-nothing = Nothing in kinship matches { $query }.
core-search-nothing-hint = Try fewer words, or other words for the same thing.
core-search-guides-hint = Run `kinship guide` to see every guide.
core-search-count = { $n ->
    [one] { $n } match for { $query }.
   *[other] { $n } matches for { $query }.
}

## Printed pages
print-x-done = done
print-x-not-done = not done
print-x-fold-here = fold here
print-x-no-pdf = kinship does not write PDF files, so it cannot make { $path }.
print-x-no-pdf-hint = Make a web page with -o { $path } and choose "Save as PDF" when you print it from a browser.
print-x-no-checkins = There are no check-ins to print yet.
print-x-no-checkins-hint = Check in first: kinship checkin
print-x-wallet-markdown = The wallet card is a paper layout, and Markdown has no paper size.
print-x-wallet-markdown-hint = Use --format html to print it, or --format text.
print-x-wrote = Wrote { $path }.
print-x-open-in-browser = Open it in a web browser and print it from there.
print-x-card-passphrase = Passphrase to put your household's details on the card (Enter to skip):{" "}
print-x-card-locked = Your household's details are locked, so the card has blank lines for them (give --passphrase-file FILE to fill them in).
print-x-plan-unreadable = The plan { $name } could not be read, and it may hold your household's details, so no card was printed
print-x-plan-left-out = Left out the plan { $name }, which could not be read: { $error }
print-x-many-plans = You have { $n } overdose plans ({ $names }), and the card can hold one.
print-x-say-which = Say which: `kinship print card --plan { $name }`.
store-crypt-vault-missing = it is missing
store-crypt-vault-no-name = it does not begin with the line naming it

## Said rarely: kinship's own content is broken, a stored time or a locked file is wrong
core-search-resources-title = Help and numbers: { $region }
core-broken-content = kinship's built-in guidance could not be read. This is a bug in kinship; please report it
core-not-a-time = { $text } is not an RFC 3339 time ({ $why })
store-vault-says-it-is = it says it is { $name }

## A checked region in a list of them: "us (United States)", "gb or uk (United Kingdom)"
region-code = { $code } ({ $name })
region-code-or = { $code } or { $alias } ({ $name })
