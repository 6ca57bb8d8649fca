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

## Content not yet translated (never shown in English itself)
fallback-guide = This guide is not in your language yet; it is shown in English.
fallback-checklist = This checklist is not in your language yet; it is shown in English.
fallback-form = This form is not in your language yet; it is shown in English.
fallback-card = The overdose card is not in your language yet; it is shown in English.
guide-list-in-english = (in English)

## Dates and times
weekday = { $n ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
month = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-long = { $weekday } { $day } { $month } { $year }
date = { $day } { $month } { $year }
time-less-than-a-minute = less than a minute
time-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
time-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
time-hours-minutes = { $hours } { $minutes }
time-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
time-a-moment = a moment

## The region, said on the emergency screens
region-notice-unchecked = No numbers checked for { $region }. Set a region: kinship config set region CODE
region-notice-default = US numbers. Not in the US? kinship config set region CODE

## The overdose card (kinship sos)
card-walk-hint = Step by step, with timers:{" "}
card-guide-hint = Everything to know:{" "}
card-footer = Numbers for { $region } ({ $code }). Not medical advice.

## The walk (kinship sos --walk): the keys keep their letters in every language
walk-key-done = Enter done
walk-key-skip = s skip
walk-key-back = b back
walk-key-pacer-off = p pacer off
walk-key-pacer-cpr = p CPR pacer
walk-key-pacer-breaths = p breathing pacer
walk-key-another-dose = n another dose given
walk-key-quit = q quit
walk-key-enter-again = Enter again: log the dose
walk-key-n-again = n again: log the dose
walk-key-not-given = s not given
walk-call = Call { $emergency }
walk-step-of = Step { $n } of { $total }
walk-now = Now { $time }
walk-dose-waiting = Naloxone given at { $at }. Another dose in { $left } if they are no better.
walk-dose-ready = Naloxone given at { $at } ({ $ago } ago). No better? Give another dose now.
walk-confirm-n = Press n again to log it, or s if not.
walk-confirm-enter = Press Enter again to log it, or s if not.
walk-confirm = The last dose was only { $since } ago, at { $at }. Have you given another one? { $answer }
walk-done-already = Done at { $at }, in the log. Enter goes on without logging it again.
walk-breathe-now = BREATHE NOW  (breath { $n })
walk-next-breath = Next breath in { $secs }
walk-push-round-end = PUSH { $n } of { $round }. Trained? Give 2 breaths now.
walk-push = PUSH { $n } of { $round } ({ $rate } a minute, with the bell)
walk-last-dose = The last dose of naloxone was at { $at }, { $ago } ago.
walk-done-so-far = Done so far
walk-dose-event = { $what }, { ORDINAL($n) ->
    [one] { $n ->
        [1] first
       *[other] { $n }st
    }
    [two] { $n ->
        [2] second
       *[other] { $n }nd
    }
    [few] { $n ->
        [3] third
       *[other] { $n }rd
    }
   *[other] { $n ->
        [4] fourth
        [5] fifth
        [6] sixth
        [7] seventh
        [8] eighth
        [9] ninth
        [10] tenth
       *[other] { $n }th
    }
} dose
walk-keys-line = Keys: { $keys }. Emergency number: { $emergency }.
walk-noted = Noted: { $time } { $what }.
walk-next-dose-at = If they are no better, another dose may be given at { $at }.
walk-two-minutes = It is { $time }: 2 minutes since the last dose. No better? Give another dose now.
walk-cpr-pacer-on = CPR pacer on: push with each bell, { $rate } a minute. Press p to stop it.
walk-breathe = Breathe. ({ $n })
walk-pushes-round = { $n } pushes. Trained? Give 2 breaths now, then push again.
walk-saved = Saved in { $path }
walk-saved-encrypted = Saved, encrypted, in { $path } (your passphrase opens it).
walk-past-walks = Past walks: kinship sos log
walk-nothing-saved = Nothing was marked done, so no log was saved.
walk-not-saved = The log could not be saved in { $path } ({ $error }). Copy it from above if you need it.
walk-stopped-signal = Stopped: kinship was asked to end.
walk-stopped-ctrl-c = Stopped with Ctrl-C.

## The walk's log and its summary, for the emergency team
log-heading = What happened, for the emergency team ({ $date }):
log-nothing = Nothing was marked done.
summary-naloxone = Naloxone
summary-cpr = CPR
summary-breaths = Rescue breaths
summary-called = Help called
summary-yes-at = yes, at { $at }
summary-no = no
summary-not-noted = not noted
summary-none-given = none given
summary-none-noted = none noted
summary-doses = { $n ->
    [one] { $n } dose
   *[other] { $n } doses
}, the last at { $at }{ $ago }
summary-ago = , { $ago } ago
summary-call-at = at { $at }{ $ago }
summary-not-from-here = not from here

## The home screen (kinship alone)
home-emergency = Overdose? Call { $emergency } now.
home-then = Then:
home-guides = Guides
home-guides-how = kinship guide NAME
home-commands = Commands
home-all-commands = all of them:
home-sos = the overdose steps on one screen
home-guide = the guides, with what each one covers
home-checklists = checklists that remember your ticks
home-plans = plans to fill in at your own pace
home-print-card = the overdose card to print for the fridge
home-resources = emergency numbers and helplines
home-search = search all the guidance
home-search-words = WORDS
region-footer-short = Region: { $region } ({ $code }). Not medical advice.

## Guides (kinship guide)
guide-see-also = See also
guide-sources = Sources
guide-reviewed = Reviewed { $date }.
guide-first-screen-more = Signs, the spray, what not to do and more:
guide-notice-footer = { $notice }. Not medical advice.
guide-footer-region = Region: { $region } ({ $code }). Emergency number: { $emergency }.
guide-footer-not-advice = kinship is not medical advice. In an emergency, call { $emergency } first.
region-hint = To change it, use --region CODE, or `kinship config set region CODE`. Regions: { $regions }.

## Emergency numbers and helplines (kinship resources)
resources-title = Help and numbers: { $region } ({ $code })
resources-lead = In an emergency, call { $emergency } first.
resources-emergency = Emergency
resources-call = Call { $emergency }.
resources-open = Open: { $hours }.
resources-source = Source:
resources-change = Numbers and services change. If one does not work, check the service's own page. kinship is not medical advice.
resources-naloxone = Getting naloxone
resources-law = Calling for help and the law
resources-alone = If your loved one uses alone
resources-treatment = Finding treatment
resources-group = { $group ->
    [medical] Urgent medical advice
    [poison] Poison advice
    [overdose] For people who use alone
    [crisis] Crisis and suicide support
    [helpline] Drug information and treatment
    [family] Support for families
    [bereavement] After a death
    [abuse] Domestic abuse
   *[children] Children and young people
}
resources-none-found = None found: we have not found a checked { $line ->
    [poison] poison line
    [crisis] crisis line
    [helpline] national drug or alcohol line
   *[family] national line for families
} in { $region }. Who can help: { $who }.

## Printed pages (kinship print): the card for the fridge and the wallet
card-household = Our details
card-none-written = None written yet.
card-more-at-home = { $n ->
    [one] { $n } more on the full card at home.
   *[other] { $n } more on the full card at home.
}
print-emergency-line = In an overdose or any emergency, call { $emergency } first.
print-stamp = Printed from kinship on { $printed }. Emergency number in { $region }: { $emergency }. Text reviewed { $reviewed }. This is not medical advice.
print-wallet-howto = Cut along the dashed line. Fold along the dotted lines, back and forth, to wallet size.
print-card-blank-hint = The card has lines to write your household's details on. To print them filled in, first run `kinship plan new overdose-plan`.
print-wallet-room = The wallet card has room for { $kept } of your { $count } details; the full card (`kinship print card`) has them all.

## Under a mistake on the command line
emergency-line = Overdose? Call { $emergency } now. The steps: kinship sos
showing-sos = Showing `kinship sos`, the overdose card (you typed { $typed }).

## Past walks (kinship sos log)
log-none-yet = No overdose walk has been logged yet.
log-how = `kinship sos --walk` logs each step, with its time, as you go.
log-show-one = Show one: kinship sos log NAME (or `last`).
log-list-entry = { $started }  { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, { $doses ->
    [one] { $doses } dose
   *[other] { $doses } doses
} of naloxone, { $ending ->
    [finished] finished
    [stopped] stopped
    [unfinished] not finished
   *[other] stopped with Ctrl-C
}
log-ended = The walk { $how ->
    [finished] finished
    [stopped] stopped
   *[other] stopped with Ctrl-C
} at { $at }.
log-not-finished = The walk did not finish (the window may have closed).
log-region = Region: { $region }. { $ended }
weekday-short = { $n ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
month-short = { $n ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-short = { $weekday } { $day } { $month } { $year }

## Reminders under the card and on the home screen
month-year = { $month } { $year }
kit-expired = Naloxone { $item } expired in { $when }. Replace it: kinship kit list
kit-expired-many = { $n } of your naloxone items have expired. Replace them: kinship kit list
kit-in-days = { $n ->
    [0] today
    [1] tomorrow
   *[other] in { $n } days
}
kit-expires = Naloxone { $item } expires { $when }. Replace it: kinship kit list
checkin-reminder = Last check-in: { $days } days ago. Take a minute: kinship checkin

## The labels of messages on stderr
label-error = error:
label-warning = warning:
label-hint = hint:
hint-no-input-here = --no-input (or KINSHIP_NO_INPUT) told kinship never to ask; leave it out to answer on this terminal.
