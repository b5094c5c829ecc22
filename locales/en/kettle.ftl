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
    /lang – choose the language I use with you
    /tz – set a time zone (coordinators set the group's; anyone can set their own in a private chat)
    /settings – see the group's settings
cmd-start = Say hello and read how I keep your data
cmd-help = What Kettle can do
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
