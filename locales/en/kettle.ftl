# Kettle's words in English (the source language).
# Keep sentences short, warm and plain. No jargon.

welcome-group =
    Hello, { $title }! I'm Kettle.
    I help this group check in, find meeting times and decide things together.
    Tap Join so I know you're here. Nobody needs an email address.
joined-so-far = { $joined } of { $total } people have joined so far.
button-join = Join
join-done = You're in. Welcome!
join-already = You're already in.
join-nudge =
    Who is still not here? { $joined } of { $total } people in this group have joined Kettle.
    If you'd like to take part, tap Join. No pressure.

start-private =
    Hello { $name }! I'm Kettle.
    I help community groups check in, find meeting times and decide things together.
    Add me to your group chat to get started, or type /help.
privacy-notice =
    Your privacy: I keep only your chat name, your language and time zone, and the answers you choose to give.
    I never ask for your email address. You decide who sees anything sensitive.

help =
    Here's what I can do:
    /help – this list
    /checkin – start a check-in round (coordinators), or check in privately in a chat with me
    /checkin every monday 19:00 – a check-in every week (coordinators)
    /pulse – how the group has been, week by week (coordinators)
    /lang – choose the language I use with you
    /tz – set a time zone (coordinators set the group's; anyone can set their own in a private chat)
    /settings – see the group's settings
cmd-start = Say hello and read how I keep your data
cmd-help = What Kettle can do
cmd-checkin = Check in, or start a check-in round
cmd-pulse = How the group has been (coordinators)
cmd-lang = Choose your language
cmd-tz = Set a time zone
cmd-settings = See the settings

lang-set = Okay, I'll speak English with you.
lang-usage = Which language? Type /lang and one of: { $list }
lang-unknown = I can't speak "{ $input }" yet. I can use: { $list }

tz-set-community = This group's time zone is now { $zone }. It's { $time } there now.
tz-set-personal = Your time zone is now { $zone }. It's { $time } there now.
tz-usage = Which time zone? For example: /tz Europe/London
tz-unknown = I don't know the time zone "{ $input }". Try a name like Europe/London.
tz-unknown-suggest = I don't know the time zone "{ $input }". Did you mean { $suggestion }?
tz-coordinators-only = Only coordinators can change the group's time zone. You can set your own in a private chat with me.

settings-group =
    Settings for { $title }
    Time zone: { $zone }
    Language: { $language }
    Coordinators: { $coordinators }
    { joined-so-far }
settings-personal =
    Your settings
    Language: { $language }
    Time zone: { $zone }
no-coordinators = none yet
not-set = not set

unknown-command = I don't know /{ $command }. Type /help to see what I can do.
unknown-command-suggest = I don't know /{ $command }. Did you mean /{ $suggestion }?
button-stale = Sorry, that button doesn't work any more.
button-other-chat = That button belongs to another chat.
private-hint = I work with commands. Type /help to see them.
lang-group-set = Okay, I'll write to this group in English.
lang-group-coordinators-only = Only coordinators can change the group's language. To change yours, type /lang and a code, like /lang cy.

weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday

## Check-ins

checkin-default-question = How are you arriving today?
checkin-round =
    Check-in: { $question }
    Tap how you're arriving, or pass. You can change it until { $until }.
    Answers are { $visibility } unless you choose otherwise: the 🔒 button opens a private chat with me where you can choose, and add a few words.
checkin-round-closed = Check-in (closed): { $question }
checkin-progress = Checked in: { $checked } · Not heard from yet: { $missing }
checkin-spread = Rough { $rough } · Low { $low } · Okay { $okay } · Good { $good } · Great { $great } · Pass { $pass }
checkin-spread-hidden = (The spread shows once at least 3 people have answered.)
checkin-shared-heading = Shared with the group:
checkin-answer-rough = Rough
checkin-answer-low = Low
checkin-answer-okay = Okay
checkin-answer-good = Good
checkin-answer-great = Great
checkin-answer-pass = Pass
checkin-button-private = 🔒 Privacy and words
checkin-visibility-shared = shared with the group
checkin-visibility-coordinators = for coordinators only
checkin-visibility-counted = only counted, with no name
checkin-button-shared = Share with group
checkin-button-coordinators = Coordinators only
checkin-button-counted = Just count it
checkin-tapped = Got it: { $answer } ({ $visibility }). You can change it until { $until }.
checkin-changed = Changed to { $answer } ({ $visibility }).
checkin-closed-already = This check-in has closed.
checkin-not-member = This check-in belongs to a group you're not in, so I can't take your answer.
checkin-too-late = That answer can't be changed any more.
checkin-open-already = There's already a check-in open here. Answer it above, or a coordinator can end it with /checkin close.
checkin-none-open = There's no check-in open right now. A coordinator can start one with /checkin.
checkin-coordinators-only = Only coordinators can start, end or schedule check-ins. You can always check in privately: send /checkin in a private chat with me.
checkin-summary = Check-in closed: { $question }
checkin-brief-heading = The check-in in { $title } has closed ({ $question }).
checkin-brief-everyone = Everyone I know of checked in.
checkin-brief-missing = Not heard from yet ({ $count }): { $names }
checkin-brief-unmet = Also { $count } more in the group I haven't met yet.
checkin-brief-rough = Arriving rough, and happy for coordinators to know (maybe someone could reach out):
checkin-brief-words = Words for coordinators:
checkin-anonymous = (no name)
checkin-private-round = Check-in in { $title }: { $question }
checkin-private-ask = How are you today? This counts in { $title }'s pulse, and you can pass.
checkin-private-yours =
    Your answer: { $answer } ({ $visibility }).
    Choose who sees it below. To add a few words, just type them here.
checkin-private-thanks = Thank you for checking in.
checkin-private-which = Which group is this check-in for?
checkin-private-no-group = You're not in a group with me yet. Once a group you're in adds me and you join, you can check in here.
checkin-private-rough = Someone in { $title } checked in privately as rough, and is happy for coordinators to know: { $name } { $words }
checkin-visibility-set = Done: { $visibility }.
checkin-words-saved = Thank you, your words are saved ({ $visibility }).
checkin-words-too-long = That's a bit long for a check-in ({ $length } characters; up to { $max }). Could you shorten it and send it again?
checkin-words-closed = That check-in has closed, so I didn't add your words.
checkin-every-set = Done: a check-in every { $day } at { $time } ({ $zone }). The next one is on { $next }.
checkin-every-exists = There's already a check-in every { $day } at { $time }.
checkin-every-list = Check-ins repeat every: { $list }
checkin-every-none = No repeating check-ins. A coordinator can add one, for example: /checkin every monday 19:00
checkin-every-stopped = Repeating check-ins stopped: { $count }.
checkin-default-set = From now on, answers are { $visibility } unless a member chooses otherwise.
checkin-keep-set = Check-in words will be deleted after { $days } days. The counts stay.
checkin-error-weekday = I don't know the day "{ $input }". Try: /checkin every monday 19:00
checkin-error-time = I couldn't read the time "{ $input }". Try 19:00 or 7pm.
checkin-error-visibility = Choose shared, coordinators or counted, for example: /checkin visibility counted
checkin-error-days = Choose a number of days from 1 to { $max }, for example: /checkin keep 90
checkin-error-length = A check-in can last from 5 minutes to 7 days, for example: /checkin for 45m
settings-checkin =
    Check-in answers: { $visibility } unless members choose otherwise
    Check-in words kept: { $days } days
    Repeating check-ins: { $schedules }

pulse-heading = Pulse for { $title }, the last { $weeks } weeks (weeks start on Monday):
pulse-week = Week of { $week }: rounds { $rounds }, check-ins { $checkins }
pulse-coordinators-only = Only coordinators can see the pulse.
pulse-not-coordinator = You're not a coordinator of any group, so there's no pulse to show you.
