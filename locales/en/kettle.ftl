# Kettle's words in English (the source language).
# Keep sentences short, warm and plain. No jargon.

welcome-group =
    Hello, { $title }! I'm Kettle.
    I help this group check in, find meeting times and decide things together.
    Tap Join so I know you're here. Nobody needs an email address.
welcome-group-by-number =
    Hello, { $title }! I'm Kettle.
    I help this group check in, find meeting times and decide things together.
    Send the number for Join below so I know you're here. Nobody needs an email address.
joined-so-far = { $joined } of { $total } people have joined so far.
button-join = Join
join-done = You're in. Welcome!
join-already = You're already in.
join-nudge =
    Who is still not here? { $joined } of { $total } people in this group have joined Kettle.
    If you'd like to take part, tap Join. No pressure.
join-nudge-by-number =
    Who is still not here? { $joined } of { $total } people in this group have joined Kettle.
    If you'd like to take part, send the number for Join below. No pressure.

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
    /poll Question | option | option – a quick poll (/poll alone: set one up step by step); /decisions – polls and outcomes
    /meet Title – find a time to meet; /meetings – what's coming; /agenda – add to the next meeting; /quiet – your own quiet hours
    /checkin – start a check-in round (coordinators), or check in privately in a chat with me
    /checkin every monday 19:00 – a check-in every week (coordinators)
    /pulse – how the group has been, week by week (coordinators)
    /digest – this week's digest (coordinators; /digest last week, /digest every monday 09:00, /digest here, /digest group on)
    /lang – choose the language I use with you
    /tz – set a time zone (coordinators set the group's; anyone can set their own in a private chat)
    /settings – see the group's settings
    /privacy – what I keep about you; /mydata – your data as a file; /forget – erase it (in a private chat with me)
    /remove – take someone out of the group in Kettle (coordinators: reply to their message, or add their name)
    /link – show this group's check-ins, meetings and polls in another group too (coordinators); /unlink – take a group out again
    /me – link your Telegram and WhatsApp accounts so you count once (in a private chat with me)
cmd-start = Say hello and read how I keep your data
cmd-help = What Kettle can do
cmd-checkin = Check in, or start a check-in round
cmd-pulse = How the group has been (coordinators)
cmd-digest = The week's digest (coordinators)
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
    Quiet hours: { $quiet }
no-coordinators = none yet
not-set = not set

unknown-command = I don't know /{ $command }. Type /help to see what I can do.
unknown-command-suggest = I don't know /{ $command }. Did you mean /{ $suggestion }?
button-stale = Sorry, that button doesn't work any more.
button-other-chat = That button belongs to another chat.
button-not-member = Only members of this group can use these buttons.
choices-answer-by-number = { $count ->
    [1] Send 1 to choose it.
   *[other] Send the number of your choice (1 to { $count }).
}
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
checkin-round-by-number =
    Check-in: { $question }
    Send the number for how you're arriving, or for pass. You can change it until { $until }.
    Answers are { $visibility } unless you choose otherwise, but a number sent here is seen by everyone in the group. To answer privately, or add a few words, use the 🔒 link to a private chat with me.
checkin-round-closed = Check-in (closed): { $question }
checkin-progress = Checked in: { $checked } · Not heard from yet: { $missing }
checkin-spread = Rough { $rough } · Low { $low } · Okay { $okay } · Good { $good } · Great { $great } · Pass { $pass }
checkin-spread-hidden = (How people arrived shows only in groups of 3 or more: when a round closes, or once the week is over.)
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
checkin-keep-set = Check-in words will be deleted after { $days ->
        [one] 1 day
       *[other] { $days } days
    }. The counts stay.
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

## Meetings

cmd-meet = Find a time to meet
cmd-meetings = What meetings are coming
cmd-agenda = Add to the next meeting's agenda
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
meet-when = { $weekday } { $day } { $month }, { $time }
meet-when-year = { $weekday } { $day } { $month } { $year }, { $time }
meet-length-value = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes } min
        }
    }
meet-usage =
    To find a time: /meet Title – I'll suggest times inside the group's hours.
    Or type the times: /meet Title | tue 19:00 | 3 Dec 18:30 | deadline 24h
    Also: /meet close, /meet move thu 19:00, /meet cancel, /meet repeat weekly, /meet skip, /meet cancel series, /meet attended.
    Coordinators: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00, /meet length 90m, /meet place …, /meet reminders 24h 1h, /meet quiet 22:00-08:00.
meet-usage-move = Tell me the new time, like: /meet move thu 19:00
meet-usage-repeat = Tell me how it repeats: /meet repeat weekly, fortnightly, monthly, monthly second tuesday, monthly 15 – or /meet repeat off.
meet-usage-hours = Tell me the hours, like: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00
meet-usage-length = Tell me how long meetings last, like: /meet length 90m
meet-usage-place = Tell me the place or call link, like: /meet place Community room, 2 Mill Lane (or /meet place none)
meet-usage-reminders = Tell me when to remind people, like: /meet reminders 24h 1h (or off)
meet-usage-quiet = Tell me the quiet hours, like: /meet quiet 22:00-08:00
meet-in-group = Meetings are arranged in the group chat: type /meet there.
meet-error-when = I couldn't read "{ $input }" as a day and time. Try "tue 19:00", "3 Dec 18:30" or "2026-12-03 18:30".
meet-error-no-date = "{ $input }" isn't a real date. Could you check it?
meet-error-past = "{ $input }" has already passed. Please choose a time still to come.
meet-error-too-far = "{ $input }" is more than a year away. Please choose a nearer time.
meet-error-far-no-year = "{ $input }" would be { $when }, more than six months away. If that's what you mean, say it with the year: { $example }.
meet-error-skipped = "{ $input }" doesn't exist: the clocks jump forward over that time that night. Please choose another time.
meet-error-twice = "{ $input }" happens twice that night because the clocks go back, so it could mean two different moments. Please choose another time.
meet-error-too-many = That's too many times: at most { $max }, please.
meet-error-deadline = I couldn't use "{ $input }" as a deadline. Try "deadline 24h" (between 1 hour and 30 days).
meet-error-length = I couldn't use "{ $input }" as a length. Try something between { $min } minutes and { $max } hours, like 90m.
meet-error-reminders = I couldn't read "{ $input }" as reminder times. Try "24h 1h" (up to 4, from 5 minutes to 14 days before), or "off".
meet-error-quiet = I couldn't read "{ $input }" as quiet hours. Try "22:00-08:00".
meet-error-hours = I couldn't read "{ $input }" as hours. Try "weekdays 18:00-21:30 weekends 10:00-20:00", "every day 18:00-21:00" or "weekends off".
meet-error-hours-never = That would leave no time at all to meet. Keep at least weekdays or weekends.
meet-error-repeat = I couldn't read "{ $input }" as a repeat. Try weekly, fortnightly, monthly, "monthly second tuesday" or "monthly 15".
meet-settings-coordinators-only = Only the group's coordinators can change meeting settings.
meet-settings-saved = Saved.
settings-meetings =
    Meeting hours: { $hours }
    Meeting length: { $length }
    Place: { $place }
    Reminders before meetings: { $reminders }
    Quiet hours (no nudges): { $quiet }
meet-poll-running = The group is already finding a time for "{ $title }". /meet close ends that one first.
meet-draft =
    { $name }, which times shall I offer for "{ $title }"? Tap to tick the ones you want (the group's hours: { $hours }), then tap "Ask the group".
meet-draft-open = Ask the group
meet-draft-empty = Tick at least one time first.
meet-draft-dropped = Done: I've dropped that draft.
meet-poll-not-draft = That poll is already under way.
meet-poll-heading = 🗓 Finding a time: { $title }
meet-poll-rules =
    For each time, tap ✅ yes, 🤷 if need be, or ❌ no. You can change your answers until { $deadline }.
    The time with most yes wins; "if need be" counts half, and a tie goes to the earliest time.
    Times are in { $zone }. The meeting lasts { $length }.
meet-poll-rules-by-number =
    For each time, send the number for ✅ yes, 🤷 if need be, or ❌ no. You can change your answers until { $deadline }.
    The time with most yes wins; "if need be" counts half, and a tie goes to the earliest time.
    Times are in { $zone }. The meeting lasts { $length }.
meet-place-line = Place: { $place }
meet-poll-answered = Answered so far: { $answered } of { $members }
meet-poll-mine = 🕒 My times
meet-answer-yes = yes
meet-answer-if_need_be = if need be
meet-answer-no = no
meet-answer-noted = Got it: { $when } – { $answer }.
meet-poll-closed = This poll has closed.
meet-not-member = This is for members of that group only.
meet-mine-heading = Your answers for "{ $title }", in your time ({ $zone }):
meet-nudge = You haven't said yet which times suit you for "{ $title }" in { $group }. Answers close { $deadline }.
meet-none-suits = Time's up for "{ $title }", but none of the times suits anyone. You could try /meet again with other times.
meet-confirm-ask =
    Time's up for "{ $title }". The best time is { $best }.
    { $organiser }, or a coordinator: please confirm a time. If nobody does by { $by }, I'll pick the best one.
meet-confirm-button = { $n }. { $when }
meet-confirm-not-yours = Only the person who started this, or a coordinator, can confirm the time.
meet-already-decided = This has already been decided.
meet-confirmed-notice = Confirmed.
meet-reason-confirmed = Confirmed by { $name }.
meet-reason-most-yes = Nobody confirmed, so I picked the time with most yes ({ $yes } yes, { $maybe } if need be).
meet-reason-tie = Nobody confirmed, so I picked a time: { $tied } times were level ({ $yes } yes, { $maybe } if need be), and this is the earliest.
meet-none-running = No time is being found right now.
meet-organiser-only = Only the person who arranged it, or a coordinator, can do that.
meet-already-closed = That poll has already closed.
meet-announce = 📅 Meeting confirmed. Are you coming?
meet-announce-cancelled = ❌ Cancelled: this meeting won't happen.
meet-rsvp-carries = It repeats: your answer carries over to the next one, and you can change it any time.
meet-meeting-line = { $title }: { $when }–{ $end } ({ $zone })
meet-rsvp-going = Going
meet-rsvp-maybe = Maybe
meet-rsvp-cant = Can't
meet-rsvp-noted = Thanks: { $answer }.
meet-rsvp-closed = This meeting can't take answers any more.
meet-rsvp-counts = Going: { $going } · Maybe: { $maybe } · Can't: { $cant }
meet-calendar-caption = Add it to your calendar.
meet-calendar-updated = Here's the updated calendar entry.
meet-reminder = ⏰ Reminder:
meet-reminder-late = (Sorry, this reminder is late: I was offline for a while.)
meet-moved = 📅 "{ $title }" has moved. The new time:
meet-cancelled = ❌ "{ $title }" is cancelled. This was the meeting:
meet-skipped = ⏭ "{ $title }" is skipped this time; the next one will follow as usual. This was the meeting:
meet-series-stopped = "{ $title }" won't repeat any more, and the next one is cancelled:
meet-not-repeating = That meeting doesn't repeat.
meet-repeat-set = Done: "{ $title }" repeats { $rule } at { $time } ({ $zone }). After this one, the next is { $next }.
meet-repeat-off = "{ $title }" won't repeat after this one.
repeat-weekly = every week
repeat-fortnightly = every two weeks
repeat-monthly-weekday = on the { $nth } { $weekday } of each month
repeat-monthly-date = on day { $day } of each month
nth-1 = first
nth-2 = second
nth-3 = third
nth-4 = fourth
nth-5 = last
meet-attended-coordinators-only = Only coordinators record who came.
meet-attended-none = There hasn't been a meeting yet.
meet-attended-start-private = I'll send the list privately: start a chat with me first, then try again.
meet-attended-sent = I've sent you the list privately.
meet-attended-heading = Who came to "{ $title }" on { $when }? Tap to tick. So far: { $count }.
meet-attended-unconfirmed = Not recorded yet: those who said they'd come are ticked to start with. Tap Record when the list is right.
meet-attended-recorded = Recorded: { $count } came. You can still correct it here.
meet-attended-confirm = ✅ Record this list
meet-attended-confirmed = Thanks: who came is recorded.
meet-attended-yes = Marked as there.
meet-attended-no = Marked as not there.
meetings-heading = Coming up in { $title }:
meetings-going = going: { $count }
meetings-repeats = (repeats)
meetings-finding = Still finding a time for "{ $title }".
meetings-none = No meetings are planned yet. /meet finds a time.
meetings-no-groups = You're not in any group with me yet.
agenda-no-meeting = No meeting is coming up. /meet finds a time first.
agenda-added = Added to the agenda for "{ $title }" ({ $when }). Items on it now: { $count }.
agenda-empty = Nothing on the agenda for "{ $title }" yet. Add something with /agenda and a few words.
agenda-heading = Agenda for "{ $title }":
meet-hours-weekdays = weekdays { $window }
meet-hours-weekends = weekends { $window }
meet-hours-off = off
quiet-in-private = Set your own quiet hours in a private chat with me: /quiet 22:00-07:00. Coordinators set the group's with /meet quiet.
quiet-group-default = the group's
quiet-usage = Tell me when you'd rather not hear from me, in your own time: /quiet 22:00-07:00 (or /quiet off for the group's hours).
quiet-cleared = Done: you'll have the group's quiet hours.
quiet-set = Done: I won't nudge you between { $quiet } ({ $zone }).

## Polls on priorities and decisions
cmd-poll = Start a poll or a proposal
cmd-decisions = Open polls and past decisions
poll-usage =
    To start a poll: /poll Question | option | option | option
    Kinds: /poll multiple …, /poll ranked …, /poll score …, /poll points 10 …, /poll budget 10000 … (each option ends with its cost), /poll proposal …
    Rules, after a bar: anonymous · results after vote · results after close · deadline 3d · deadline none · quorum 50% · quorum 12 · max 2 · runoff · agree 75% · spend at least 80% · at least 2 projects · nudge until quorum
    Or type /poll alone and I'll set it up with you step by step in a private chat.
    /poll close – close it now · /poll export – the results as a CSV file (coordinators) · /outcome – record what was decided · /decisions – the list
poll-in-group = Polls and decisions belong to a group: type this in your group's chat.
poll-heading = 📊 { $question }
poll-number = Poll #{ $id }
poll-voted = Voted so far: { $voted } of { $members }
poll-kind-single = Choose one.
poll-kind-multiple = Choose as many as you like.
poll-kind-multiple-max = Choose up to { $max }.
poll-kind-ranked = Put the options in order, in a private chat with me. Counted by the Schulze method: options are compared two at a time by how many ranked one above the other. An option that beats every other head to head wins; if none does, the strongest chain of head-to-head wins decides. If options are still level at the top, I say so and name no winner: the group decides between them.
poll-kind-runoff = Put the options in order, in a private chat with me. Counted by instant runoff: the option with the fewest first choices drops out and its votes move to their next choice, until one option has more than half. If options are level on fewest, the one with fewer first choices in the round before drops out; if they were level in every round, the one listed later.
poll-kind-score = Give each option a score from 0 to 5, in a private chat with me. The highest average wins; the spread is shown.
poll-kind-points = Spread { $points } points over the options, in a private chat with me. Most points wins.
poll-kind-budget = Spend up to { $budget } on the projects, in a private chat with me. Projects are funded in order of supporters; a project that no longer fits in what is left is skipped, and the next one is tried.
poll-budget-min-spend = Spend at least { $percent }%.
poll-budget-min-projects = Choose at least { $count ->
        [one] 1 project
       *[other] { $count } projects
    }.
poll-kind-proposal = Agree, abstain, disagree or block. Accepted if at least { $percent }% of those who agree or disagree agree, and nobody blocks.
poll-rule-anonymous = 🔒 Anonymous: I note that you voted and, separately, your ballot, with nothing that links the two, not even in my database. Anonymous votes can't be changed.
poll-rule-named = Not anonymous: your vote is kept with your name (never shown to the group), and you can change it until the poll closes.
poll-rule-blank = A blank ballot isn't a vote: it doesn't count towards turnout or the quorum.
poll-rule-results-live = Results show here as votes come in.
poll-rule-results-after-vote = You see the results once you have voted.
poll-rule-results-after-close = Results show when the poll closes.
poll-rule-quorum = Quorum: at least { $needed } of { $members ->
        [one] 1 member
       *[other] { $members } members
    } must vote.
poll-rule-deadline = Closes { $when }.
poll-rule-no-deadline = Closes when its creator or a coordinator types /poll close.
poll-button-private = 🗳 Vote privately
poll-button-reason = ✍️ Vote with a reason
poll-stance-agree = Agree
poll-stance-abstain = Abstain
poll-stance-disagree = Disagree
poll-stance-block = Block
poll-vote-noted = Your vote is in: { $choice }. You can change it until the poll closes.
poll-vote-withdrawn = You've unticked everything, so your vote is taken back. Tap an option to vote again.
poll-vote-anonymous = Your anonymous vote is in. Nobody, me included, can tell which ballot is yours.
poll-already-voted = You have already voted, and anonymous votes can't be changed.
poll-vote-privately = This poll is voted on in a private chat with me: tap "Vote privately".
poll-vote-privately-by-number = This poll is voted on in a private chat with me: follow the "Vote privately" link.
poll-native-vote-lost = { $name }, your vote in the poll didn't reach me. Please vote again.
poll-closed = This poll has closed.
poll-not-member = Only members of this group can vote.
poll-too-many = You can choose at most { $max }.
poll-over = Only { $left } left to spend.
poll-standing-heading = How "{ $question }" stands now:
poll-error-too-few-options = A poll needs at least two options, each after a bar: /poll Question | option | option
poll-error-too-many = A poll can have at most { $max } options.
poll-error-repeated = "{ $input }" is there twice.
poll-error-proposal-options = A proposal has no options: members agree, abstain, disagree or block. Write just the proposal: /poll proposal We book the hall for winter
poll-error-no-cost = Each project in a budget needs its cost at the end, like "Street lighting 4000". "{ $input }" has none.
poll-error-number = I need a number there, not "{ $input }".
poll-error-deadline = I couldn't read the deadline "{ $input }". Try 12h, 3d or 2 weeks (from { $min } minutes to { $max } days), or "deadline none".
poll-error-share = "{ $input }" should be a share from 1% to 100%.
poll-error-not-for-kind = "{ $input }" doesn't fit this kind of poll.
poll-error-quorum-too-big = A quorum of { $needed } could never be reached: I count { $members ->
        [one] 1 member
       *[other] { $members } members
    } in this group. Try a smaller number, or a share like quorum 50%.
poll-error-over = That spends { $spent } of { $allowance }: too much.
poll-error-under = You have spent { $spent }; this poll asks for at least { $least }.
poll-error-too-few = Choose at least { $least } first.
poll-error-ballot = That ballot doesn't fit this poll. Tap "Start again".
poll-error-blank = That ballot is blank, and a blank ballot isn't a vote. Choose something first.
poll-ballot-heading = 🗳 { $question } ({ $group })
poll-ballot-choose = Tick your choices, then confirm.
poll-ballot-rank = Tap the options in order, most preferred first. Leave out any you don't mind about.
poll-ballot-rank-by-number = Send the options' numbers in order, most preferred first. Leave out any you don't mind about.
poll-ballot-score = { $place } of { $count }: how much do you want "{ $label }"? 0 = not at all, 5 = very much.
poll-ballot-points = { $place } of { $count }: how many points for "{ $label }"? { $left } left.
poll-ballot-budget = Tick the projects to fund. { $left } of { $budget } left.
poll-ballot-proposal = Your stance, then confirm. You can add a reason if you like.
poll-ballot-ready = All done: check your ballot, then confirm.
poll-ballot-so-far = Your ballot: { $ballot }
poll-ballot-nothing = nothing yet
poll-ballot-reason-is = Your reason: { $reason }
poll-ballot-anonymous = 🔒 Anonymous: once confirmed, it can't be changed or traced to you.
poll-ballot-confirm = ✅ Confirm
poll-ballot-undo = ↩ Back
poll-ballot-restart = Start again
poll-ballot-skip = Skip
poll-ballot-reason = ✍️ Add a reason
poll-ballot-reason-ask = Send me your reason as a message. It is kept with your ballot, and shown without your name when the poll closes.
poll-nudge = { $group } has a poll waiting for your vote: "{ $question }". It closes { $when }.
poll-nudge-open = { $group } has a poll waiting for your vote: "{ $question }".
poll-close-not-allowed = Only the person who started the poll, or a coordinator, can close it early.
poll-none = There's no poll here yet.
poll-no-such = There's no poll #{ $id } in this group.
poll-which = More than one poll is open: say which, like /poll close 12. /decisions lists them.
poll-result-heading = 📊 Result: { $question } (poll #{ $id })
poll-result-turnout = { $voted } of { $members } voted ({ $percent }%).
poll-result-quorum-met = The quorum of { $needed } was reached.
poll-result-quorum-missed = The quorum of { $needed } was not reached, so this result does not decide the question.
poll-result-nobody = Nobody voted.
poll-result-count-line = { $place }. { $label } — { $count } ({ $percent }%)
poll-result-winner = Winner: { $label }
poll-result-tie = Level at the top: { $labels }
poll-result-tie-why = The Schulze method can't separate them, so I name no winner: the group decides between them. ({ $pairs })
poll-result-tie-pair = { $a } and { $b }: { $for } to { $against } head to head{ $chain ->
        [0] {""}
       *[other] , and their strongest chains of wins each way are equally strong ({ $chain })
    }
poll-result-pair = over { $other } by { $for } to { $against }
poll-result-schulze-why = More members preferred { $winner } to each other option, head to head: { $pairs }.
poll-result-schulze-chains = No option beat every other head to head, so the strongest chains of wins decide. A chain is as strong as its weakest win.
poll-result-chain = • over { $other }: { $links } (strength { $strength }); { $back ->
        [0] there is no chain of wins back from { $other }.
       *[other] the strongest chain back from { $other } is only { $back }.
    }
poll-result-chain-link = { $from } beat { $to } { $for } to { $against }
poll-result-order = Full order: { $order }
poll-result-round-out = Round { $round }: { $counts } — { $out } has the fewest and drops out.
poll-result-round-out-earlier = Round { $round }: { $counts } — { $level } have the fewest; { $out } drops out, having had fewer in round { $earlier }.
poll-result-round-out-listed = Round { $round }: { $counts } — { $level } have the fewest and were level in every round; { $out } drops out, being listed later.
poll-result-round-won = Round { $round }: { $counts } — { $winner } has more than half.
poll-result-round-level = Round { $round }: { $counts } — no option has more than half, and the rest are level.
poll-result-score-line = { $place }. { $label } — average { $mean } (scores from { $lowest } to { $highest }, { $count } scored it)
poll-result-score-none = { $place }. { $label } — no scores
poll-result-points-line = { $place }. { $label } — { $points ->
        [one] 1 point
       *[other] { $points } points
    } ({ $percent }%)
poll-result-funded = Funded: { $projects } — { $spent } of { $budget }.
poll-result-supporters-funded = ✅ { $label } — { $count ->
        [one] 1 supporter
       *[other] { $count } supporters
    }
poll-result-supporters = ▫️ { $label } — { $count ->
        [one] 1 supporter
       *[other] { $count } supporters
    } (not funded)
poll-result-accepted = ✅ Accepted.
poll-result-not-accepted = Not accepted: agree fell short of { $percent }%.
poll-result-blocked = ⛔ Blocked: { $count } blocked it.
poll-result-no-quorum = Not decided: the quorum was not reached.
poll-result-stances = Agree { $agree } · Abstain { $abstain } · Disagree { $disagree } · Block { $block }
poll-result-reasons = Reasons given (without names):
poll-result-outcome-hint = Coordinators: record what happens next with /outcome #{ $id } what was decided.
outcome-usage = Record what was decided: /outcome What we'll do. To be reminded to look at it again: /outcome What we'll do | review 3 months
outcome-coordinators-only = Only coordinators can record an outcome.
outcome-still-open = Poll #{ $id } is still open. Record its outcome once it closes.
outcome-review-bad = I couldn't read the review date "{ $input }". Try 2027-03-01, 1 March, or 3 months.
outcome-recorded = Recorded for poll #{ $id } ("{ $question }"): { $outcome }
outcome-review-set = I'll remind the coordinators to review it on { $when }.
poll-review-due = Time to review a decision in { $group }: poll #{ $id }, "{ $question }". Outcome recorded: { $outcome }
decisions-heading = Polls and decisions in { $group }:
decisions-none = No polls yet. Start one with /poll.
decisions-open = 🗳 #{ $id } { $question } — open, { $voted } voted so far
decisions-closed = 📊 #{ $id } { $question } — { $result } (closed { $closed })
decisions-winner = { $label }
decisions-accepted = accepted
decisions-not-accepted = not accepted
decisions-blocked = blocked
decisions-no-quorum = no quorum
decisions-quorum-missed = the quorum was not reached
decisions-outcome = Outcome: { $outcome }
decisions-no-outcome = No outcome recorded yet (/outcome #{ $id } …)
decisions-review = Review on { $when }
export-coordinators-only = Only coordinators can export results.
export-start-private = I send exports privately: start a chat with me first (tap my name, then Start), then try again.
export-start-private-by-number = I send exports privately: write to me in a private chat first (any message will do), then try again.
export-caption = Results of poll #{ $id } ("{ $question }"). Ballots are listed without names or times.
export-sent = I've sent the results to you privately.
poll-setup-start-private = Start a private chat with me first (tap my name, then Start), then try again.
poll-setup-start-private-by-number = Write to me in a private chat first (any message will do), then try again.
poll-setup-moved = I've sent you a private message to set the poll up.
poll-setup-question = Let's set up a poll for { $group }. What's the question? Send it as a message.
poll-setup-options = Send the options, one per line or one per message, then tap Done. (For a proposal, tap Done straight away.)
poll-setup-done = Done
poll-setup-card = Your poll for { $group }, as members will see it. Change the rules with the buttons, then post it.
poll-setup-kind-single = One choice
poll-setup-kind-multiple = Several choices
poll-setup-kind-ranked = Ranked
poll-setup-kind-score = Scores
poll-setup-kind-points = 10 points
poll-setup-kind-proposal = Proposal
poll-setup-anonymous-on = 🔒 Anonymous: on
poll-setup-anonymous-off = Anonymous: off
poll-setup-results = Results: change
poll-setup-deadline = Deadline: change
poll-setup-quorum = Quorum: change
poll-setup-post = 📣 Post it
poll-setup-cancel = Cancel
poll-setup-cancelled = Poll set-up cancelled.
poll-setup-posted = Poll #{ $id } is posted in { $group }.

## Weekly digests

digest-heading = 📋 Weekly digest for { $group }: { $from } – { $to } ({ $week })
digest-heading-so-far = 📋 Digest for { $group } so far this week: { $from } – { $to } ({ $week })
digest-date = { $day } { $month }
digest-combined-heading = 📋 Weekly digests for { $count ->
    [one] 1 group
   *[other] { $count } groups
} ({ $week })
digest-quiet-week = A quiet week: no meetings, check-ins or polls.
digest-approximate = Built on { $built }, after the week ended: members, open polls and times, and votes so far are as they were then, not at the end of the week.
digest-members = 👥 { $count ->
        [one] 1 member
       *[other] { $count } members
    } · { $heard } heard from this week
digest-joined-names = New: { $names }
digest-joined-count = { $count ->
    [one] 1 new member
   *[other] { $count } new members
}
digest-left-names = Left: { $names }
digest-left-count = { $count ->
    [one] 1 member left
   *[other] { $count } members left
}
digest-not-heard-names = 🔕 Not heard from in 4 weeks: { $names }
digest-not-heard-count = 🔕 { $count ->
    [one] 1 member hasn't
   *[other] { $count } members haven't
} been heard from in 4 weeks (names are only in the coordinators' digest).
digest-meetings = 📅 Meetings
digest-meeting-held = • { $title }, { $when }: { $came } came. { $going } said they'd come and { $both } of them came; { $maybe } maybe, { $cant } can't.
digest-meeting-unmarked = • { $title }, { $when }: nobody noted who came. { $going } said they'd come; { $maybe } maybe, { $cant } can't.
digest-meetings-cancelled = { $count ->
    [one] 1 meeting was
   *[other] { $count } meetings were
} cancelled.
digest-upcoming = 🔜 { $title }, { $when }: { $going } going so far
digest-checkins = ☕ { $total ->
        [one] 1 check-in
       *[other] { $total } check-ins
    }: { $rounds ->
        [one] 1 round
       *[other] { $rounds } rounds
    } and { $private } private.
digest-checkin-rounds = Answers per round: { $answers }
digest-spread = How people arrived: { $spread }
digest-spread-hidden = How people arrived isn't shown: fewer than 3 check-ins.
digest-round-open = A round is still open; its answers count once it closes.
digest-polls = 🗳 Polls
digest-poll-closed = • #{ $id } “{ $question }” closed: { $result } ({ $voted } of { $members } voted)
digest-poll-no-quorum = The quorum wasn't met, so it didn't decide the question.
digest-poll-opened = • #{ $id } “{ $question }” opened: { $voted } of { $members } have voted
digest-poll-open = • #{ $id } “{ $question }” is still open: { $voted } of { $members } have voted
digest-decided = ✅ Decided on #{ $id } “{ $question }”: { $outcome }
digest-review = 🔁 Due for review on { $when }: #{ $id } “{ $question }”
digest-time-poll = ⏳ Finding a time for “{ $title }”: { $answered } of { $members } have answered
digest-more = …and { $count } more
digest-coordinators-only = Only coordinators can ask for the digest or change where and when it goes.
digest-private-none = You're not a coordinator of a group I'm in, so there's no digest to show you.
digest-settings-in-group = Set when and where the digest goes in the group itself: /digest every monday 09:00, /digest off, or /digest here in your coordinators' chat.
digest-bad-week = I couldn't read “{ $input }” as a week. Try /digest, /digest last week or /digest 2026-W47.
digest-future-week = Week { $week } hasn't started yet.
digest-bad-weekday = I couldn't read “{ $input }” as a day. Try /digest every monday 09:00.
digest-bad-time = I couldn't read “{ $input }” as a time. Try /digest every monday 09:00.
digest-every-set = Done: { $group }'s digest now comes every { $day } at { $time } ({ $zone }). The next one: { $next }.
digest-off = The weekly digest for { $group } is off. /digest on turns it back on.
digest-here-set = From now on this chat gets the weekly digest for: { $groups }. It names members who haven't been heard from, so keep this chat to coordinators.
digest-here-none = You're not a coordinator of any other group I'm in, so there's nothing to send here.
digest-here-off = This chat won't get digests any more; they go to each coordinator privately again.
digest-group-on = Done: each week { $group } gets its own copy of the digest here, with numbers only and no names. /digest group off stops it.
digest-group-off = { $group } won't get its own copy of the digest any more. Coordinators still get theirs.

## Privacy and safeguarding
privacy-page =
    🔒 What I keep, and why
    • Who you are here: your chat account and the name it shows, your language, time zone and quiet hours. Never your email address.
    • What you give: check-in answers (and words, if you add them), votes and their reasons, meeting answers, agenda items, and who came to a meeting if a coordinator records it.
    • Anonymous votes are stored apart from your name: nobody, not even the coordinators or I, can see how you voted. A check-in kept "counted only" loses your name, too.
    • What I never keep: your other messages. I read commands and answers to my own questions, nothing else.
    • Update ids, only to avoid doing things twice: { $inbox_days } days. Messages I've sent: the text goes as soon as it is delivered.
    Who sees it: your group sees what you choose to share; coordinators see what you keep for them; numbers otherwise.
    Your data: /mydata (in a private chat with me) sends you all of it as a file. /forget erases you everywhere.
privacy-group =
    In { $title }: check-in words are kept { $words_days } days, who came to meetings { $attendance_days } days.
privacy-operator = This Kettle is run by: { $operator }
privacy-operator-unknown = This Kettle is run by whoever set it up for your group: ask your coordinators.
sensitive-explained =
    Sensitive mode: check-in answers stay with coordinators or are only counted; no names in group messages; messages can't be forwarded or saved (on Telegram); the digest gives quiet members as a number unless a coordinator asks privately.
sensitive-on = Sensitive mode is on for this group.
sensitive-off = Sensitive mode is off. Check-in answers keep the default you have set (/checkin visibility …).
settings-sensitive-on = Sensitive mode: on (/settings sensitive off)
settings-sensitive-off = Sensitive mode: off (/settings sensitive on)
settings-attendance = Who came to meetings is kept { $days } days (/settings attendance 180)
attendance-keep-set = From now on, who came to a meeting is kept { $days } days.
attendance-keep-usage = Say how many days to keep who came to meetings, for example: /settings attendance 180
settings-usage =
    You can change: /settings sensitive on (or off), /settings attendance 180 (days). /settings alone shows everything.
settings-coordinators-only = Only the group's coordinators can change its settings.
sensitive-no-shared = This group is in sensitive mode, so check-ins can't be shared with everyone by default.
mydata-caption = Here is everything I hold about you, as a file. Keep it somewhere safe: it has your check-in words in it.
mydata-not-included = Anonymous votes and check-ins kept "counted only" are not here: nothing links them to you, so nobody can find them, not even Kettle.
mydata-in-private = Your data is yours alone: send /mydata to me in a private chat and I'll send you a file.
forget-in-private = To be forgotten, send /forget to me in a private chat: nothing about it is said in the group.
forget-warning =
    ⚠️ This erases you from Kettle, in all your groups ({ $groups }):
    • your name, chat account, language, time zone and quiet hours;
    • your check-ins and their words (counts stay, without you);
    • your votes: in open polls they are taken back; in closed polls they stay only as anonymous counts, so results don't change;
    • your meeting answers, attendance and agenda authorship.
    It can't be undone. To go ahead, send: /forget confirm
forget-done =
    Done: I've forgotten you. ({ $groups } groups, { $checkins } check-ins, { $votes } votes.)
    If you write to me again, I'll meet you as someone new. Take care.
slow-down = You're sending me a lot at once: I'll pause for a minute, then carry on. Nothing you've already done is lost.
input-too-long = That's longer than I can take ({ $max } characters at most). Could you make it shorter?
member-left-ballots = You've left { $title }, so your unfinished ballots there are closed. Your finished votes still count.
cmd-privacy = What Kettle keeps about you
cmd-mydata = Get your data as a file
cmd-forget = Erase your data
remove-usage = To take someone out of this group in Kettle, reply to one of their messages with /remove, or send /remove and their name (coordinators only).
remove-coordinators-only = Only the group's coordinators can remove someone.
remove-not-found = I couldn't find that member. Reply to one of their messages with /remove, or use the name they show in the chat.
remove-ambiguous = More than one member is called { $name }. Reply to one of their messages in the group with /remove instead.
remove-not-coordinator = { $name } is a coordinator: the group's admins decide that in the chat itself.
remove-done = Done: { $name } no longer takes part in { $title } through Kettle. Their finished votes and check-ins still count, without their name.
remove-told =
    Hello. A coordinator of { $title } has taken you out of the group's polls, check-ins and meetings in Kettle, so I won't send you anything about it.
    If you think this is a mistake, please talk to them. Take care.
sensitive-organiser = The organiser
meet-reason-confirmed-anon = Confirmed by the organiser or a coordinator.
settings-coordinators-count = { $count } (names are not shown in sensitive mode)
remove-done-anon = Done: that member no longer takes part in { $title } through Kettle. Their finished votes and check-ins still count, without their name.
digest-not-heard-withheld = 🔕 { $count ->
    [one] 1 member hasn't
   *[other] { $count } members haven't
} been heard from in 4 weeks. To see who, send /digest to me in a private chat.
poll-native-vote-lost-anon = A vote in the poll didn't reach me. If you voted just now, please vote again.

## Members Kettle cannot reach privately (WhatsApp Cloud API)
reach-window = I can't message { $name } ({ $title }) privately on WhatsApp: it's been more than a day since they last wrote to me, and WhatsApp only lets me write first with an approved template. Their messages will wait until they send me anything — could you ask them to?
reach-write-first = I can't message { $name } ({ $title }) privately on WhatsApp: WhatsApp says they need to write to me first. Their messages will wait until they do — could you ask them to send me a quick hello?

## Which WhatsApp number talks to members privately
private-via-unavailable = Private chats can move to another number only in a WhatsApp group, when I have both this group's number and a WhatsApp Business number.
private-via-usage = Send /settings private via cloud (the business number) or /settings private via bridge (the number in this group).
private-via-set = Done: { $door ->
    [cloud] members now talk to me privately through the business number. Links to a private chat open it.
   *[bridge] members now talk to me privately through the number in this group.
}
settings-private-via = Private chats: { $door ->
    [cloud] the business number (/settings private via bridge)
   *[bridge] the number in this group (/settings private via cloud)
}

## /privacy with WhatsApp's business number
privacy-cloud-window = On WhatsApp's business number I also keep when you last wrote to me (never what): WhatsApp lets me write to you freely only within a day of it. It goes with /forget.

## One community across several chats (/link, /unlink)
link-coordinators-only = Only coordinators can link or unlink chats.
link-in-group = Linking chats happens in the groups themselves: a coordinator sends /link in one group, and the code it gives in the other.
link-code = To show this group's check-ins, meetings and polls in another group too (on Telegram or WhatsApp), a coordinator there sends:
    /link { $code }
    It works once, within { $minutes } minutes. Answers from both groups then count together, once per person. Someone with accounts on two platforms counts as two members, until they send /me in a private chat with me to make them one.
link-list = This community's chats:
    { $list }
    What starts in one shows in all of them. /link new gives a code to link one more; /unlink takes one out.
link-code-unknown = That code doesn't work: codes last 15 minutes and work once. Ask for a new one with /link in the other group.
link-same = This group is already part of that community.
link-already = This group is already linked to another community. Send /unlink here first.
link-has-links = Other groups are linked to this one. To join them all, send /link here and the code in the other group, or /unlink them first.
link-busy = This group still has something of its own running: an open check-in or poll, a time poll, a coming meeting, or a regular check-in or meeting. Finish or stop those first, then send the code again (or a new one if it has run out).
link-done = 🔗 { $chat } ({ $platform }) is now linked: this community has { $count } chats. Check-ins, meetings and polls started in any of them show in all of them, and answers count together, once per person. Someone with accounts on two platforms counts as two members, until they send /me in a private chat with me to make them one.
unlink-none = This group isn't linked to any other.
unlink-which = Which chat? Send /unlink and its number:
    { $list }
unlink-first = The first chat is where the community began, so it stays. Unlink the others one by one, or send /unlink in a linked chat.
unlink-done = { $chat } ({ $platform }) is no longer linked. What starts here won't show there any more.
unlink-done-here = This group is no longer linked to { $title }: it's a community of its own again, with its own check-ins, meetings and polls.
privacy-linked = 🔗 This group is one of { $count } linked chats of one community (/link): what you answer in any of them counts together, and the community's coordinators see it as they would here. Someone on two platforms (Telegram and WhatsApp) is two separate members to me until they link their accounts (/me link in a private chat with me): until then each account keeps its own data, and /forget on one leaves the other. Once linked, they are one member, and /forget erases both.
settings-linked = Linked chats ({ $count }): { $list }. /link lists them; /unlink takes one out.

me-in-private = Send /me to me in a private chat: that's where you link your accounts.
me-usage = Try /me (your accounts), /me link (a code for your other app), /me link and the code, or /me unlink.
me-single = You use me on { $platform }. On the other app too (Telegram or WhatsApp)? Send /me link here for a code, then send it to me in a private chat there. Your two accounts then count as one member: one vote, one check-in, one RSVP.
me-accounts = Your accounts: { $list }. They count as one member, and I write to you privately on { $platform }. /me unlink makes them separate again.
me-code =
    Your code: { $code }
    Within { $minutes } minutes, send this to me in a private chat on your other app:
    /me link { $code }
    Your accounts then count as one member: one vote, one check-in, one RSVP. Where both accounts voted or answered the same thing, the later answer stands (closed polls keep their results). I'll keep writing to you privately here.
me-code-unknown = That code doesn't work: it may have run out (codes last 15 minutes) or been used already. Send /me link in a private chat on your other app for a new one.
me-same = That code came from this account. Send it to me from your other app.
me-same-platform = That code is from another { $platform } account. A code joins two accounts on different apps: one on Telegram, one on WhatsApp.
me-already = This account is already linked to another. Send /me unlink first to make it separate.
me-anonymous-clash = Not yet: both your accounts voted in the anonymous poll "{ $question }". Anonymous votes aren't tied to anyone, so I can't tell which one to keep. Link your accounts once it has closed; both votes count until then.
me-linked = Done: your accounts are one member now. { $merged ->
        [0] Nothing needed merging.
        [one] One vote you had cast from both accounts was merged: the later one stands.
       *[other] { $merged } votes you had cast from both accounts were merged: the later ones stand.
    } I'll write to you privately on { $platform }.
me-linked-there = Your { $platform } account ({ $name }) is now linked to this one: you count as one member, with one vote, one check-in and one RSVP. /me shows your accounts.
me-unlink-none = Your account isn't linked to another.
me-unlink-done = Your accounts are separate again. What you've done so far stays with your { $platform } account; the other starts afresh the next time you write.
poll-result-merged = { $count ->
        [one] One person had voted from two accounts before linking them: only their later vote counts.
       *[other] { $count } people had voted from two accounts before linking them: only their later votes count.
    }
