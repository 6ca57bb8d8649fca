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

## The test clock
core-clock-bad-speed = { $var }={ $value } is not a number of 0 or more.
core-clock-bad-now = { $var }={ $value } is not an RFC 3339 time ({ $error }).
core-clock-tests-only = It is for tests only; unset it to use the real time.

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
