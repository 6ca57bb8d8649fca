## sos log: the saved overdose walks

sos-log-no-such = There is no overdose log called { $name }.
sos-log-see-all = See them all with `kinship sos log`.
sos-log-newest = The newest is { $name }.
sos-log-none-yet = No overdose walk has been logged yet.
sos-log-gone = The overdose log { $name } has just gone.
sos-log-showing-older = { $problem } Showing an older log instead.
sos-log-none-readable = No saved overdose log can be read.
sos-log-fix-broken = Each broken file is named above; fix it by hand or move it out of the folder.
sos-log-how = `kinship sos --walk` logs each step, with its time, as you go.

## The home screen
home-reminder-left-out = { $problem } Its reminder is left out until that is fixed.

## The walk
walk-log-not-saved = The log cannot be saved ({ $problem }). Keep going: it is shown at the end.
