# Słowa Kettle po polsku.

welcome-group =
    Cześć, { $title }! Jestem Kettle.
    Pomagam tej grupie w rundkach „jak się masz”, w szukaniu terminu spotkania i we wspólnych decyzjach.
    Kliknij Dołącz, żebym wiedział, że tu jesteś. Nikt nie musi podawać adresu e-mail.
welcome-group-by-number =
    Cześć, { $title }! Jestem Kettle.
    Pomagam tej grupie w rundkach „jak się masz”, w szukaniu terminu spotkania i we wspólnych decyzjach.
    Wyślij numer przy „Dołącz” poniżej, żebym wiedział, że tu jesteś. Nikt nie musi podawać adresu e-mail.
joined-so-far = Dołączyło już { $joined } z { $total } osób.
button-join = Dołącz
join-done = Jesteś z nami. Witaj!
join-already = Już dołączyłeś(-aś).
join-nudge =
    Kogo jeszcze nie ma? Do Kettle dołączyło { $joined } z { $total } osób z tej grupy.
    Jeśli chcesz wziąć udział, kliknij Dołącz. Bez presji.
join-nudge-by-number =
    Kogo jeszcze nie ma? Do Kettle dołączyło { $joined } z { $total } osób z tej grupy.
    Jeśli chcesz wziąć udział, wyślij numer przy „Dołącz” poniżej. Bez presji.

start-private =
    Cześć { $name }! Jestem Kettle.
    Pomagam grupom sąsiedzkim w rundkach „jak się masz”, w szukaniu terminu spotkania i we wspólnych decyzjach.
    Dodaj mnie do czatu swojej grupy, żeby zacząć, albo wpisz /help.
privacy-notice =
    Twoja prywatność: zapisuję tylko Twoją nazwę w czacie, język, strefę czasową i odpowiedzi, które sam(a) zechcesz dać.
    Nigdy nie proszę o adres e-mail. To Ty decydujesz, kto widzi coś wrażliwego.

help =
    Oto, co potrafię:
    /help – ta lista
    /poll Pytanie | opcja | opcja – szybka ankieta (samo /poll: krok po kroku); /decisions – ankiety i decyzje
    /meet Tytuł – znajdź termin spotkania; /meetings – co nas czeka; /agenda – dodaj punkt do następnego spotkania; /quiet – twoje godziny ciszy
    /checkin – rozpocznij rundę meldunku (koordynatorzy) albo zamelduj się prywatnie na czacie ze mną
    /checkin every monday 19:00 – meldunek co tydzień (koordynatorzy)
    /pulse – jak się miała grupa, tydzień po tygodniu (koordynatorzy)
    /digest – podsumowanie tygodnia (koordynatorzy; /digest last week, /digest every monday 09:00, /digest here, /digest group on)
    /lang – wybierz język, w którym do Ciebie piszę
    /tz – ustaw strefę czasową (koordynatorzy ustawiają strefę grupy; każdy może ustawić własną na czacie prywatnym)
    /settings – zobacz ustawienia grupy
    /privacy – co o tobie przechowuję; /mydata – twoje dane w pliku; /forget – usuń je (na prywatnym czacie ze mną)
    /remove – wyłącz kogoś z grupy w Kettle (koordynatorzy: odpowiedz na jego wiadomość albo dodaj imię)
    /link – pokazuj check-iny, spotkania i ankiety tej grupy także w innej grupie (koordynatorzy); /unlink – odłącz grupę
    /me – połącz konta na Telegramie i WhatsAppie, by liczyć się raz (na czacie prywatnym ze mną)
cmd-start = Przywitaj się i przeczytaj, jak dbam o Twoje dane
cmd-help = Co potrafi Kettle
cmd-checkin = Zamelduj się albo rozpocznij rundę
cmd-pulse = Jak się miała grupa (koordynatorzy)
cmd-digest = Podsumowanie tygodnia (koordynatorzy)
cmd-lang = Wybierz język
cmd-tz = Ustaw strefę czasową
cmd-settings = Zobacz ustawienia

lang-set = Dobrze, będę pisać do Ciebie po polsku.
lang-usage = Jaki język? Wpisz /lang i jeden z: { $list }
lang-unknown = Nie znam jeszcze języka „{ $input }”. Mogę używać: { $list }

tz-set-community = Strefa czasowa tej grupy to teraz { $zone }. Jest tam teraz { $time }.
tz-set-personal = Twoja strefa czasowa to teraz { $zone }. Jest tam teraz { $time }.
tz-usage = Jaka strefa czasowa? Na przykład: /tz Europe/Warsaw
tz-unknown = Nie znam strefy czasowej „{ $input }”. Spróbuj nazwy w rodzaju Europe/Warsaw.
tz-unknown-suggest = Nie znam strefy czasowej „{ $input }”. Czy chodziło o { $suggestion }?
tz-coordinators-only = Tylko koordynatorzy mogą zmienić strefę czasową grupy. Swoją możesz ustawić na czacie prywatnym ze mną.

settings-group =
    Ustawienia: { $title }
    Strefa czasowa: { $zone }
    Język: { $language }
    Koordynatorzy: { $coordinators }
    { joined-so-far }
settings-personal =
    Twoje ustawienia
    Język: { $language }
    Strefa czasowa: { $zone }
    Godziny ciszy: { $quiet }
no-coordinators = jeszcze nikt
not-set = nie ustawiono

unknown-command = Nie znam polecenia /{ $command }. Wpisz /help, żeby zobaczyć, co potrafię.
unknown-command-suggest = Nie znam polecenia /{ $command }. Czy chodziło o /{ $suggestion }?
button-stale = Przepraszam, ten przycisk już nie działa.
button-other-chat = Ten przycisk należy do innego czatu.
button-not-member = Tylko członkowie tej grupy mogą używać tych przycisków.
choices-answer-by-number = { $count ->
    [1] Wyślij 1, aby to wybrać.
   *[other] Wyślij numer swojego wyboru (od 1 do { $count }).
}
private-hint = Działam za pomocą poleceń. Wpisz /help, żeby je zobaczyć.
lang-group-set = Dobrze, będę pisać do tej grupy po polsku.
lang-group-coordinators-only = Tylko koordynatorzy mogą zmienić język grupy. Żeby zmienić swój, wpisz /lang i kod, np. /lang pl.

weekday-0 = poniedziałek
weekday-1 = wtorek
weekday-2 = środa
weekday-3 = czwartek
weekday-4 = piątek
weekday-5 = sobota
weekday-6 = niedziela

## Meldunki

checkin-default-question = Z czym dziś przychodzisz?
checkin-round =
    Meldunek: { $question }
    Stuknij, jak się dziś czujesz, albo pomiń. Możesz to zmienić do { $until }.
    Odpowiedzi są { $visibility }, chyba że wybierzesz inaczej: przycisk 🔒 otwiera prywatny czat ze mną, gdzie możesz wybrać i dodać kilka słów.
checkin-round-by-number =
    Meldunek: { $question }
    Wyślij numer odpowiadający temu, jak się dziś czujesz, albo numer „pomiń”. Możesz to zmienić do { $until }.
    Odpowiedzi są { $visibility }, chyba że wybierzesz inaczej, ale numer wysłany tutaj widzą wszyscy w grupie. Żeby odpowiedzieć prywatnie albo dodać kilka słów, użyj linku 🔒 do prywatnego czatu ze mną.
checkin-round-closed = Meldunek (zamknięty): { $question }
checkin-progress = Zameldowanych: { $checked } · Jeszcze bez odpowiedzi: { $missing }
checkin-spread = Ciężko { $rough } · Słabo { $low } · W porządku { $okay } · Dobrze { $good } · Świetnie { $great } · Pomijam { $pass }
checkin-spread-hidden = (Rozkład nastrojów pokazuję tylko w grupach co najmniej 3 odpowiedzi: gdy runda się zamknie albo gdy skończy się tydzień.)
checkin-shared-heading = Udostępnione grupie:
checkin-answer-rough = Ciężko
checkin-answer-low = Słabo
checkin-answer-okay = W porządku
checkin-answer-good = Dobrze
checkin-answer-great = Świetnie
checkin-answer-pass = Pomijam
checkin-button-private = 🔒 Prywatność i słowa
checkin-visibility-shared = widoczne dla grupy
checkin-visibility-coordinators = tylko dla koordynatorów
checkin-visibility-counted = tylko liczone, bez imienia
checkin-button-shared = Pokaż grupie
checkin-button-coordinators = Koordynatorzy
checkin-button-counted = Tylko policz
checkin-tapped = Mam: { $answer } ({ $visibility }). Możesz to zmienić do { $until }.
checkin-changed = Zmienione na: { $answer } ({ $visibility }).
checkin-closed-already = Ten meldunek jest już zamknięty.
checkin-not-member = Ten meldunek należy do grupy, do której nie należysz, więc nie mogę przyjąć Twojej odpowiedzi.
checkin-too-late = Tej odpowiedzi nie można już zmienić.
checkin-open-already = Tu jest już otwarty meldunek. Odpowiedz na niego powyżej albo koordynator może go zamknąć poleceniem /checkin close.
checkin-none-open = Teraz nie ma otwartego meldunku. Koordynator może go rozpocząć poleceniem /checkin.
checkin-coordinators-only = Tylko koordynatorzy mogą rozpoczynać, kończyć i planować meldunki. Zawsze możesz zameldować się prywatnie: wyślij /checkin na prywatnym czacie ze mną.
checkin-summary = Meldunek zamknięty: { $question }
checkin-brief-heading = Meldunek w grupie { $title } został zamknięty ({ $question }).
checkin-brief-everyone = Zameldowali się wszyscy, których znam.
checkin-brief-missing = Jeszcze bez odpowiedzi ({ $count }): { $names }
checkin-brief-unmet = Oraz osoby w grupie, których jeszcze nie znam: { $count }.
checkin-brief-rough = Przychodzą z ciężkim dniem i zgadzają się, by koordynatorzy wiedzieli (może ktoś się odezwie):
checkin-brief-words = Słowa dla koordynatorów:
checkin-anonymous = (bez imienia)
checkin-private-round = Meldunek w grupie { $title }: { $question }
checkin-private-ask = Jak się dziś czujesz? To liczy się do pulsu grupy { $title }. Możesz pominąć.
checkin-private-yours =
    Twoja odpowiedź: { $answer } ({ $visibility }).
    Wybierz poniżej, kto ją zobaczy. Aby dodać kilka słów, po prostu je tu napisz.
checkin-private-thanks = Dziękuję za meldunek.
checkin-private-which = Dla której grupy jest ten meldunek?
checkin-private-no-group = Nie jesteś jeszcze w żadnej grupie ze mną. Gdy Twoja grupa mnie doda, a Ty dołączysz, możesz meldować się tutaj.
checkin-private-rough = Ktoś z grupy { $title } zameldował się prywatnie jako „ciężko” i zgadza się, by koordynatorzy wiedzieli: { $name } { $words }
checkin-visibility-set = Gotowe: { $visibility }.
checkin-words-saved = Dziękuję, Twoje słowa są zapisane ({ $visibility }).
checkin-words-too-long = To trochę za długie na meldunek (znaków: { $length }; najwyżej { $max }). Czy możesz skrócić i wysłać ponownie?
checkin-words-closed = Ten meldunek jest już zamknięty, więc nie dodałem Twoich słów.
checkin-every-set = Gotowe: meldunek w każdy { $day } o { $time } ({ $zone }). Następny: { $next }.
checkin-every-exists = Meldunek w każdy { $day } o { $time } już jest.
checkin-every-list = Meldunki powtarzają się: { $list }
checkin-every-none = Brak powtarzających się meldunków. Koordynator może dodać, na przykład: /checkin every monday 19:00
checkin-every-stopped = Zatrzymane powtarzające się meldunki: { $count }.
checkin-default-set = Od teraz odpowiedzi są { $visibility }, chyba że ktoś wybierze inaczej.
checkin-keep-set = Słowa z meldunków będą usuwane po { $days } dniach. Liczby zostają.
checkin-error-weekday = Nie znam dnia „{ $input }”. Spróbuj: /checkin every monday 19:00
checkin-error-time = Nie rozumiem godziny „{ $input }”. Spróbuj 19:00 albo 7pm.
checkin-error-visibility = Wybierz shared, coordinators albo counted, na przykład: /checkin visibility counted
checkin-error-days = Wybierz liczbę dni od 1 do { $max }, na przykład: /checkin keep 90
checkin-error-length = Meldunek może trwać od 5 minut do 7 dni, na przykład: /checkin for 45m
settings-checkin =
    Odpowiedzi w meldunkach: { $visibility }, chyba że ktoś wybierze inaczej
    Słowa z meldunków przechowywane: { $days } dni
    Powtarzające się meldunki: { $schedules }

pulse-heading = Puls grupy { $title }, ostatnie tygodnie: { $weeks } (tydzień zaczyna się w poniedziałek):
pulse-week = Tydzień od { $week }: rundy { $rounds }, meldunki { $checkins }
pulse-coordinators-only = Tylko koordynatorzy mogą zobaczyć puls.
pulse-not-coordinator = Nie koordynujesz żadnej grupy, więc nie mam pulsu do pokazania.

## Spotkania

cmd-meet = Znajdź termin spotkania
cmd-meetings = Jakie spotkania się zbliżają
cmd-agenda = Dodaj punkt do programu następnego spotkania
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
meet-when = { $weekday }, { $day } { $month }, { $time }
meet-when-year = { $weekday }, { $day } { $month } { $year }, { $time }
meet-length-value = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } godz.
           *[other] { $hours } godz. { $minutes } min
        }
    }
meet-usage =
    Aby znaleźć termin: /meet Tytuł – zaproponuję terminy w godzinach grupy.
    Albo wpisz terminy: /meet Tytuł | tue 19:00 | 3 Dec 18:30 | deadline 24h
    Także: /meet close, /meet move thu 19:00, /meet cancel, /meet repeat weekly, /meet skip, /meet cancel series, /meet attended.
    Koordynatorzy: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00, /meet length 90m, /meet place …, /meet reminders 24h 1h, /meet quiet 22:00-08:00.
meet-usage-move = Podaj nowy termin, np.: /meet move thu 19:00
meet-usage-repeat = Podaj, jak ma się powtarzać: /meet repeat weekly, fortnightly, monthly, monthly second tuesday, monthly 15 – albo /meet repeat off.
meet-usage-hours = Podaj godziny, np.: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00
meet-usage-length = Podaj, jak długo trwają spotkania, np.: /meet length 90m
meet-usage-place = Podaj miejsce lub link do rozmowy, np.: /meet place Świetlica (albo /meet place none)
meet-usage-reminders = Podaj, kiedy przypominać, np.: /meet reminders 24h 1h (albo off)
meet-usage-quiet = Podaj godziny ciszy, np.: /meet quiet 22:00-08:00
meet-in-group = Spotkania umawia się na czacie grupy: wpisz tam /meet.
meet-error-when = Nie rozumiem „{ $input }” jako dnia i godziny. Spróbuj „tue 19:00”, „3 Dec 18:30” albo „2026-12-03 18:30”.
meet-error-no-date = „{ $input }” to nie jest prawdziwa data. Sprawdzisz?
meet-error-past = „{ $input }” już minęło. Wybierz termin w przyszłości.
meet-error-too-far = „{ $input }” jest za ponad rok. Wybierz bliższy termin.
meet-error-far-no-year = „{ $input }” to byłby { $when }, ponad pół roku od teraz. Jeśli o to chodzi, podaj datę z rokiem: { $example }.
meet-error-skipped = „{ $input }” nie istnieje: tej nocy zegary przeskakują do przodu. Wybierz inną godzinę.
meet-error-twice = „{ $input }” wypada tej nocy dwa razy, bo zegary się cofają, więc może oznaczać dwie różne chwile. Wybierz inną godzinę.
meet-error-too-many = To za dużo terminów: najwyżej { $max }, proszę.
meet-error-deadline = Nie mogę użyć „{ $input }” jako terminu odpowiedzi. Spróbuj „deadline 24h” (od godziny do 30 dni).
meet-error-length = Nie mogę użyć „{ $input }” jako długości. Podaj od { $min } minut do { $max } godzin, np. 90m.
meet-error-reminders = Nie rozumiem „{ $input }” jako przypomnień. Spróbuj „24h 1h” (do 4, od 5 minut do 14 dni wcześniej) albo „off”.
meet-error-quiet = Nie rozumiem „{ $input }” jako godzin ciszy. Spróbuj „22:00-08:00”.
meet-error-hours = Nie rozumiem „{ $input }” jako godzin. Spróbuj „weekdays 18:00-21:30 weekends 10:00-20:00”, „every day 18:00-21:00” albo „weekends off”.
meet-error-hours-never = Wtedy nie byłoby wcale czasu na spotkania. Zostaw co najmniej dni robocze albo weekendy.
meet-error-repeat = Nie rozumiem „{ $input }” jako powtarzania. Spróbuj weekly, fortnightly, monthly, „monthly second tuesday” albo „monthly 15”.
meet-settings-coordinators-only = Tylko koordynatorzy grupy mogą zmieniać ustawienia spotkań.
meet-settings-saved = Zapisano.
settings-meetings =
    Godziny spotkań: { $hours }
    Długość spotkania: { $length }
    Miejsce: { $place }
    Przypomnienia przed spotkaniem: { $reminders }
    Godziny ciszy (bez ponagleń): { $quiet }
meet-poll-running = Grupa już szuka terminu dla „{ $title }”. Najpierw zakończ to przez /meet close.
meet-draft =
    { $name }, które terminy zaproponować dla „{ $title }”? Dotknij, aby zaznaczyć (godziny grupy: { $hours }), potem dotknij „Zapytaj grupę”.
meet-draft-open = Zapytaj grupę
meet-draft-empty = Najpierw zaznacz co najmniej jeden termin.
meet-draft-dropped = Gotowe: porzuciłem ten szkic.
meet-poll-not-draft = To głosowanie już trwa.
meet-poll-heading = 🗓 Szukamy terminu: { $title }
meet-poll-rules =
    Przy każdym terminie dotknij ✅ tak, 🤷 jeśli trzeba albo ❌ nie. Odpowiedzi możesz zmieniać do { $deadline }.
    Wygrywa termin z największą liczbą „tak”; „jeśli trzeba” liczy się za pół, a przy remisie wygrywa najwcześniejszy.
    Godziny w strefie { $zone }. Spotkanie trwa { $length }.
meet-poll-rules-by-number =
    Przy każdym terminie wyślij numer dla ✅ tak, 🤷 jeśli trzeba albo ❌ nie. Odpowiedzi możesz zmieniać do { $deadline }.
    Wygrywa termin z największą liczbą „tak”; „jeśli trzeba” liczy się za pół, a przy remisie wygrywa najwcześniejszy.
    Godziny w strefie { $zone }. Spotkanie trwa { $length }.
meet-place-line = Miejsce: { $place }
meet-poll-answered = Odpowiedzi do tej pory: { $answered } z { $members }
meet-poll-mine = 🕒 Moje terminy
meet-answer-yes = tak
meet-answer-if_need_be = jeśli trzeba
meet-answer-no = nie
meet-answer-noted = Zapisane: { $when } – { $answer }.
meet-poll-closed = To głosowanie jest zamknięte.
meet-not-member = To tylko dla członków tej grupy.
meet-mine-heading = Twoje odpowiedzi dla „{ $title }”, w twoim czasie ({ $zone }):
meet-nudge = Nie napisałeś jeszcze, które terminy pasują ci na „{ $title }” w grupie { $group }. Odpowiedzi do { $deadline }.
meet-none-suits = Czas na „{ $title }” minął, ale żaden termin nikomu nie pasuje. Możesz spróbować /meet z innymi terminami.
meet-confirm-ask =
    Czas na „{ $title }” minął. Najlepszy termin to { $best }.
    { $organiser } albo koordynator: potwierdźcie termin. Jeśli nikt tego nie zrobi do { $by }, wybiorę najlepszy.
meet-confirm-button = { $n }. { $when }
meet-confirm-not-yours = Termin może potwierdzić tylko osoba, która to zaczęła, albo koordynator.
meet-already-decided = To już zostało ustalone.
meet-confirmed-notice = Potwierdzone.
meet-reason-confirmed = Potwierdził(a): { $name }.
meet-reason-most-yes = Nikt nie potwierdził, więc wybrałem termin z największą liczbą „tak” ({ $yes } tak, { $maybe } jeśli trzeba).
meet-reason-tie = Nikt nie potwierdził, więc wybrałem termin: { $tied } terminy remisowały ({ $yes } tak, { $maybe } jeśli trzeba), a ten jest najwcześniejszy.
meet-none-running = Teraz nie szukamy żadnego terminu.
meet-organiser-only = Może to zrobić tylko osoba, która to umówiła, albo koordynator.
meet-already-closed = To głosowanie jest już zamknięte.
meet-announce = 📅 Spotkanie potwierdzone. Przyjdziesz?
meet-announce-cancelled = ❌ Odwołane: to spotkanie się nie odbędzie.
meet-rsvp-carries = To spotkanie się powtarza: Twoja odpowiedź przechodzi na następne i możesz ją zmienić w każdej chwili.
meet-meeting-line = { $title }: { $when }–{ $end } ({ $zone })
meet-rsvp-going = Będę
meet-rsvp-maybe = Może
meet-rsvp-cant = Nie mogę
meet-rsvp-noted = Dzięki: { $answer }.
meet-rsvp-closed = To spotkanie nie przyjmuje już odpowiedzi.
meet-rsvp-counts = Będą: { $going } · Może: { $maybe } · Nie mogą: { $cant }
meet-calendar-caption = Dodaj do swojego kalendarza.
meet-calendar-updated = Oto zaktualizowany wpis do kalendarza.
meet-reminder = ⏰ Przypomnienie:
meet-reminder-late = (Przepraszam, to przypomnienie jest spóźnione: byłem przez chwilę offline.)
meet-moved = 📅 „{ $title }” przeniesiono. Nowy termin:
meet-cancelled = ❌ „{ $title }” odwołane. To było spotkanie:
meet-skipped = ⏭ „{ $title }” tym razem się nie odbędzie; następne jak zwykle. To było spotkanie:
meet-series-stopped = „{ $title }” nie będzie się już powtarzać, a najbliższe jest odwołane:
meet-not-repeating = To spotkanie się nie powtarza.
meet-repeat-set = Gotowe: „{ $title }” powtarza się { $rule } o { $time } ({ $zone }). Po tym następne będzie { $next }.
meet-repeat-off = „{ $title }” nie będzie się powtarzać po tym spotkaniu.
repeat-weekly = co tydzień
repeat-fortnightly = co dwa tygodnie
repeat-monthly-weekday = w { $nth } { $weekday } miesiąca
repeat-monthly-date = { $day } dnia każdego miesiąca
nth-1 = pierwszy
nth-2 = drugi
nth-3 = trzeci
nth-4 = czwarty
nth-5 = ostatni
meet-attended-coordinators-only = Tylko koordynatorzy zapisują, kto przyszedł.
meet-attended-none = Nie było jeszcze spotkania.
meet-attended-start-private = Wyślę listę prywatnie: najpierw zacznij ze mną czat, potem spróbuj ponownie.
meet-attended-sent = Wysłałem ci listę prywatnie.
meet-attended-heading = Kto przyszedł na „{ $title }” ({ $when })? Dotknij, aby zaznaczyć. Na razie: { $count }.
meet-attended-unconfirmed = Jeszcze niezapisane: na początek zaznaczono osoby, które zapowiedziały przyjście. Stuknij Zapisz, gdy lista będzie się zgadzać.
meet-attended-recorded = Zapisane: przyszło { $count }. Nadal możesz to tu poprawić.
meet-attended-confirm = ✅ Zapisz tę listę
meet-attended-confirmed = Dziękuję: obecność jest zapisana.
meet-attended-yes = Zaznaczono obecność.
meet-attended-no = Zaznaczono nieobecność.
meetings-heading = Wkrótce w grupie { $title }:
meetings-going = będzie: { $count }
meetings-repeats = (powtarza się)
meetings-finding = Wciąż szukamy terminu dla „{ $title }”.
meetings-none = Nie zaplanowano jeszcze spotkań. /meet znajdzie termin.
meetings-no-groups = Nie jesteś jeszcze ze mną w żadnej grupie.
agenda-no-meeting = Nie ma zbliżającego się spotkania. Najpierw /meet znajdzie termin.
agenda-added = Dodano do programu „{ $title }” ({ $when }). Punktów: { $count }.
agenda-empty = Program „{ $title }” jest jeszcze pusty. Dodaj coś przez /agenda i kilka słów.
agenda-heading = Program „{ $title }”:
meet-hours-weekdays = dni robocze { $window }
meet-hours-weekends = weekendy { $window }
meet-hours-off = wolne
quiet-in-private = Swoje godziny ciszy ustawisz na prywatnym czacie ze mną: /quiet 22:00-07:00. Koordynatorzy ustawiają godziny grupy przez /meet quiet.
quiet-group-default = jak w grupie
quiet-usage = Napisz, kiedy wolisz, żebym się nie odzywał, w twoim czasie: /quiet 22:00-07:00 (albo /quiet off, by wrócić do godzin grupy).
quiet-cleared = Gotowe: obowiązują cię godziny ciszy grupy.
quiet-set = Gotowe: nie będę ci przypominał w godzinach { $quiet } ({ $zone }).

## Polls on priorities and decisions
cmd-poll = Rozpocznij ankietę lub propozycję
cmd-decisions = Otwarte ankiety i podjęte decyzje
poll-usage =
    Żeby zacząć ankietę: /poll Pytanie | opcja | opcja | opcja
    Rodzaje: /poll multiple …, /poll ranked …, /poll score …, /poll points 10 …, /poll budget 10000 … (każda opcja kończy się kosztem), /poll proposal …
    Zasady, po kresce: anonymous · results after vote · results after close · deadline 3d · deadline none · quorum 50% · quorum 12 · max 2 · runoff · agree 75% · spend at least 80% · at least 2 projects · nudge until quorum
    Albo wpisz samo /poll, a przygotuję ją z tobą krok po kroku na prywatnym czacie.
    /poll close – zamknij teraz · /poll export – wyniki jako plik CSV (koordynatorzy) · /outcome – zapisz decyzję · /decisions – lista
poll-in-group = Ankiety i decyzje należą do grupy: wpisz to na czacie swojej grupy.
poll-heading = 📊 { $question }
poll-number = Ankieta nr { $id }
poll-voted = Głosy do tej pory: { $voted } z { $members }
poll-kind-single = Wybierz jedną.
poll-kind-multiple = Wybierz dowolnie wiele.
poll-kind-multiple-max = Wybierz najwyżej { $max }.
poll-kind-ranked = Ułóż opcje w kolejności, na prywatnym czacie ze mną. Liczone metodą Schulzego: opcje są porównywane parami według tego, ilu osób umieściło jedną wyżej od drugiej. Wygrywa opcja, która w bezpośrednim porównaniu pokonuje każdą inną; jeśli takiej nie ma, decyduje najsilniejszy łańcuch bezpośrednich zwycięstw. Jeśli opcje nadal są równe na czele, mówię o tym i nie wskazuję zwycięzcy: grupa decyduje między nimi.
poll-kind-runoff = Ułóż opcje w kolejności, na prywatnym czacie ze mną. Liczone metodą natychmiastowej dogrywki: opcja z najmniejszą liczbą pierwszych wyborów odpada, a jej głosy przechodzą na kolejny wybór, aż jedna opcja ma ponad połowę. Jeśli kilka opcji ma równie mało, odpada ta, która miała mniej pierwszych wyborów w poprzedniej rundzie; jeśli były równe w każdej rundzie, ta wymieniona później.
poll-kind-score = Oceń każdą opcję od 0 do 5, na prywatnym czacie ze mną. Wygrywa najwyższa średnia; pokazuję też rozrzut.
poll-kind-points = Rozdziel { $points } punktów między opcje, na prywatnym czacie ze mną. Wygrywa najwięcej punktów.
poll-kind-budget = Wydaj do { $budget } na projekty, na prywatnym czacie ze mną. Projekty są finansowane według liczby zwolenników; projekt, który nie mieści się w tym, co zostało, jest pomijany i sprawdzany jest następny.
poll-budget-min-spend = Wydaj co najmniej { $percent }%.
poll-budget-min-projects = Wybierz co najmniej { $count } projekty.
poll-kind-proposal = Za, wstrzymuję się, przeciw albo sprzeciw blokujący. Przyjęta, jeśli co najmniej { $percent }% głosujących za lub przeciw jest za i nikt nie blokuje.
poll-rule-anonymous = 🔒 Anonimowo: zapisuję, że zagłosowałeś, a osobno twoją kartę, bez niczego, co by je łączyło, nawet w mojej bazie danych. Anonimowych głosów nie można zmienić.
poll-rule-named = Nieanonimowo: twój głos jest zapisany z twoim imieniem (nigdy nie pokazuję go grupie) i możesz go zmienić do zamknięcia ankiety.
poll-rule-blank = Pusta karta nie jest głosem: nie liczy się do frekwencji ani do kworum.
poll-rule-results-live = Wyniki pojawiają się tu na bieżąco.
poll-rule-results-after-vote = Wyniki zobaczysz po oddaniu głosu.
poll-rule-results-after-close = Wyniki pokażę po zamknięciu ankiety.
poll-rule-quorum = Kworum: musi zagłosować co najmniej { $needed } z { $members } członków.
poll-rule-deadline = Zamknięcie: { $when }.
poll-rule-no-deadline = Zamyka się, gdy autor lub koordynator wpisze /poll close.
poll-button-private = 🗳 Głosuj prywatnie
poll-button-reason = ✍️ Głosuj z uzasadnieniem
poll-stance-agree = Za
poll-stance-abstain = Wstrzymuję się
poll-stance-disagree = Przeciw
poll-stance-block = Blokuję
poll-vote-noted = Twój głos jest zapisany: { $choice }. Możesz go zmienić do zamknięcia ankiety.
poll-vote-withdrawn = Odznaczono wszystko, więc Twój głos został wycofany. Stuknij opcję, aby zagłosować ponownie.
poll-vote-anonymous = Twój anonimowy głos jest zapisany. Nikt, łącznie ze mną, nie rozpozna, która karta jest twoja.
poll-already-voted = Już zagłosowałeś, a anonimowych głosów nie można zmienić.
poll-vote-privately = W tej ankiecie głosuje się na prywatnym czacie ze mną: naciśnij „Głosuj prywatnie”.
poll-vote-privately-by-number = W tej ankiecie głosuje się na prywatnym czacie ze mną: otwórz link „Głosuj prywatnie”.
poll-native-vote-lost = { $name }, Twój głos w ankiecie do mnie nie dotarł. Zagłosuj jeszcze raz.
poll-closed = Ta ankieta jest zamknięta.
poll-not-member = Głosować mogą tylko członkowie tej grupy.
poll-too-many = Możesz wybrać najwyżej { $max }.
poll-over = Zostało tylko { $left } do wydania.
poll-standing-heading = Jak teraz wygląda „{ $question }”:
poll-error-too-few-options = Ankieta potrzebuje co najmniej dwóch opcji, każdej po kresce: /poll Pytanie | opcja | opcja
poll-error-too-many = Ankieta może mieć najwyżej { $max } opcji.
poll-error-repeated = „{ $input }” występuje dwa razy.
poll-error-proposal-options = Propozycja nie ma opcji: członkowie są za, wstrzymują się, są przeciw albo blokują. Napisz samą propozycję: /poll proposal Wynajmujemy salę na zimę
poll-error-no-cost = Każdy projekt w budżecie potrzebuje kosztu na końcu, np. „Oświetlenie ulicy 4000”. „{ $input }” go nie ma.
poll-error-number = Potrzebuję tu liczby, nie „{ $input }”.
poll-error-deadline = Nie rozumiem terminu „{ $input }”. Spróbuj 12h, 3d albo 2 weeks (od { $min } minut do { $max } dni) lub „deadline none”.
poll-error-share = „{ $input }” powinno być udziałem od 1% do 100%.
poll-error-not-for-kind = „{ $input }” nie pasuje do tego rodzaju ankiety.
poll-error-quorum-too-big = Kworum { $needed } nigdy nie zostałoby osiągnięte: w tej grupie liczę { $members } członków. Podaj mniejszą liczbę albo udział, np. quorum 50%.
poll-error-over = To wydaje { $spent } z { $allowance }: za dużo.
poll-error-under = Wydałeś { $spent }; ta ankieta wymaga co najmniej { $least }.
poll-error-too-few = Najpierw wybierz co najmniej { $least }.
poll-error-ballot = Ta karta nie pasuje do tej ankiety. Naciśnij „Od nowa”.
poll-error-blank = Ta karta jest pusta, a pusta karta nie jest głosem. Najpierw coś wybierz.
poll-ballot-heading = 🗳 { $question } ({ $group })
poll-ballot-choose = Zaznacz swoje wybory, potem potwierdź.
poll-ballot-rank = Naciskaj opcje po kolei, od najbardziej preferowanej. Pomiń te, które są ci obojętne.
poll-ballot-rank-by-number = Wysyłaj numery opcji po kolei, od najbardziej preferowanej. Pomiń te, które są ci obojętne.
poll-ballot-score = { $place } z { $count }: jak bardzo chcesz „{ $label }”? 0 = wcale, 5 = bardzo.
poll-ballot-points = { $place } z { $count }: ile punktów dla „{ $label }”? Zostało { $left }.
poll-ballot-budget = Zaznacz projekty do sfinansowania. Zostało { $left } z { $budget }.
poll-ballot-proposal = Twoje stanowisko, potem potwierdź. Możesz dodać uzasadnienie.
poll-ballot-ready = Gotowe: sprawdź kartę i potwierdź.
poll-ballot-so-far = Twoja karta: { $ballot }
poll-ballot-nothing = na razie nic
poll-ballot-reason-is = Twoje uzasadnienie: { $reason }
poll-ballot-anonymous = 🔒 Anonimowo: po potwierdzeniu nie da się jej zmienić ani powiązać z tobą.
poll-ballot-confirm = ✅ Potwierdź
poll-ballot-undo = ↩ Wstecz
poll-ballot-restart = Od nowa
poll-ballot-skip = Pomiń
poll-ballot-reason = ✍️ Dodaj uzasadnienie
poll-ballot-reason-ask = Wyślij mi uzasadnienie jako wiadomość. Zostanie zapisane z twoją kartą i pokazane bez imienia po zamknięciu ankiety.
poll-nudge = W grupie { $group } czeka na twój głos ankieta: „{ $question }”. Zamknięcie: { $when }.
poll-nudge-open = W grupie { $group } czeka na twój głos ankieta: „{ $question }”.
poll-close-not-allowed = Wcześniej zamknąć ankietę może tylko jej autor lub koordynator.
poll-none = Nie ma tu jeszcze żadnej ankiety.
poll-no-such = W tej grupie nie ma ankiety nr { $id }.
poll-which = Otwartych ankiet jest kilka: podaj którą, np. /poll close 12. Lista: /decisions.
poll-result-heading = 📊 Wynik: { $question } (ankieta nr { $id })
poll-result-turnout = Zagłosowało { $voted } z { $members } ({ $percent }%).
poll-result-quorum-met = Kworum { $needed } osiągnięte.
poll-result-quorum-missed = Kworum { $needed } nieosiągnięte, więc ten wynik nie rozstrzyga sprawy.
poll-result-nobody = Nikt nie zagłosował.
poll-result-count-line = { $place }. { $label } — { $count } ({ $percent }%)
poll-result-winner = Zwycięzca: { $label }
poll-result-tie = Remis na czele: { $labels }
poll-result-tie-why = Metoda Schulzego nie może ich rozdzielić, więc nie wskazuję zwycięzcy: grupa decyduje między nimi. ({ $pairs })
poll-result-tie-pair = { $a } i { $b }: { $for } do { $against } w bezpośrednim porównaniu{ $chain ->
        [0] {""}
       *[other] , a ich najsilniejsze łańcuchy zwycięstw w obie strony są równie silne ({ $chain })
    }
poll-result-pair = nad { $other }: { $for } do { $against }
poll-result-schulze-why = Więcej członków wolało { $winner } od każdej innej opcji w bezpośrednim porównaniu: { $pairs }.
poll-result-schulze-chains = Żadna opcja nie pokonała każdej innej w bezpośrednim porównaniu, więc decydują najsilniejsze łańcuchy zwycięstw. Łańcuch jest tak silny jak jego najsłabsze zwycięstwo.
poll-result-chain = • nad { $other }: { $links } (siła { $strength }); { $back ->
        [0] nie ma łańcucha zwycięstw z powrotem od { $other }.
       *[other] najsilniejszy łańcuch z powrotem od { $other } ma tylko { $back }.
    }
poll-result-chain-link = { $from } pokonuje { $to } { $for } do { $against }
poll-result-order = Pełna kolejność: { $order }
poll-result-round-out = Runda { $round }: { $counts } — { $out } ma najmniej i odpada.
poll-result-round-out-earlier = Runda { $round }: { $counts } — najmniej mają { $level }; odpada { $out }, bo w rundzie { $earlier } miała mniej.
poll-result-round-out-listed = Runda { $round }: { $counts } — najmniej mają { $level } i były równe w każdej rundzie; odpada { $out }, bo jest wymieniona później.
poll-result-round-won = Runda { $round }: { $counts } — { $winner } ma ponad połowę.
poll-result-round-level = Runda { $round }: { $counts } — żadna opcja nie ma ponad połowy, a pozostałe są równe.
poll-result-score-line = { $place }. { $label } — średnia { $mean } (oceny od { $lowest } do { $highest }, oceniło { $count })
poll-result-score-none = { $place }. { $label } — brak ocen
poll-result-points-line = { $place }. { $label } — { $points } pkt ({ $percent }%)
poll-result-funded = Sfinansowane: { $projects } — { $spent } z { $budget }.
poll-result-supporters-funded = ✅ { $label } — zwolennicy: { $count }
poll-result-supporters = ▫️ { $label } — zwolennicy: { $count } (bez finansowania)
poll-result-accepted = ✅ Przyjęta.
poll-result-not-accepted = Nieprzyjęta: głosów za było mniej niż { $percent }%.
poll-result-blocked = ⛔ Zablokowana: blokujących { $count }.
poll-result-no-quorum = Nierozstrzygnięta: brak kworum.
poll-result-stances = Za { $agree } · Wstrzymało się { $abstain } · Przeciw { $disagree } · Blokuje { $block }
poll-result-reasons = Podane uzasadnienia (bez imion):
poll-result-outcome-hint = Koordynatorzy: zapiszcie, co dalej, poleceniem /outcome #{ $id } co postanowiono.
outcome-usage = Zapisz decyzję: /outcome Co zrobimy. Żeby dostać przypomnienie o przeglądzie: /outcome Co zrobimy | review 3 months
outcome-coordinators-only = Decyzję mogą zapisać tylko koordynatorzy.
outcome-still-open = Ankieta nr { $id } jest jeszcze otwarta. Zapisz decyzję po jej zamknięciu.
outcome-review-bad = Nie rozumiem daty przeglądu „{ $input }”. Spróbuj 2027-03-01, 1 March albo 3 months.
outcome-recorded = Zapisane dla ankiety nr { $id } („{ $question }”): { $outcome }
outcome-review-set = Przypomnę koordynatorom o przeglądzie: { $when }.
poll-review-due = Czas na przegląd decyzji w grupie { $group }: ankieta nr { $id }, „{ $question }”. Zapisana decyzja: { $outcome }
decisions-heading = Ankiety i decyzje w grupie { $group }:
decisions-none = Na razie brak ankiet. Zacznij jedną poleceniem /poll.
decisions-open = 🗳 nr { $id } { $question } — otwarta, głosów: { $voted }
decisions-closed = 📊 nr { $id } { $question } — { $result } (zamknięta { $closed })
decisions-winner = { $label }
decisions-accepted = przyjęta
decisions-not-accepted = nieprzyjęta
decisions-blocked = zablokowana
decisions-no-quorum = brak kworum
decisions-quorum-missed = kworum nieosiągnięte
decisions-outcome = Decyzja: { $outcome }
decisions-no-outcome = Decyzja jeszcze niezapisana (/outcome #{ $id } …)
decisions-review = Przegląd: { $when }
export-coordinators-only = Wyniki mogą eksportować tylko koordynatorzy.
export-start-private = Eksporty wysyłam prywatnie: najpierw rozpocznij czat ze mną (naciśnij moje imię, potem Start) i spróbuj ponownie.
export-start-private-by-number = Eksporty wysyłam prywatnie: najpierw napisz do mnie na prywatnym czacie (wystarczy dowolna wiadomość) i spróbuj ponownie.
export-caption = Wyniki ankiety nr { $id } („{ $question }”). Karty są wypisane bez imion i godzin.
export-sent = Wysłałem ci wyniki prywatnie.
poll-setup-start-private = Najpierw rozpocznij prywatny czat ze mną (naciśnij moje imię, potem Start) i spróbuj ponownie.
poll-setup-start-private-by-number = Najpierw napisz do mnie na prywatnym czacie (wystarczy dowolna wiadomość) i spróbuj ponownie.
poll-setup-moved = Wysłałem ci prywatną wiadomość, żeby przygotować ankietę.
poll-setup-question = Przygotujmy ankietę dla grupy { $group }. Jakie jest pytanie? Wyślij je jako wiadomość.
poll-setup-options = Wyślij opcje, po jednej w linii lub w wiadomości, potem naciśnij Gotowe. (Dla propozycji naciśnij Gotowe od razu.)
poll-setup-done = Gotowe
poll-setup-card = Twoja ankieta dla grupy { $group }, tak jak zobaczą ją członkowie. Zmień zasady przyciskami, potem ją opublikuj.
poll-setup-kind-single = Jeden wybór
poll-setup-kind-multiple = Kilka wyborów
poll-setup-kind-ranked = Ranking
poll-setup-kind-score = Oceny
poll-setup-kind-points = 10 punktów
poll-setup-kind-proposal = Propozycja
poll-setup-anonymous-on = 🔒 Anonimowo: tak
poll-setup-anonymous-off = Anonimowo: nie
poll-setup-results = Wyniki: zmień
poll-setup-deadline = Termin: zmień
poll-setup-quorum = Kworum: zmień
poll-setup-post = 📣 Opublikuj
poll-setup-cancel = Anuluj
poll-setup-cancelled = Przygotowanie ankiety anulowane.
poll-setup-posted = Ankieta nr { $id } jest opublikowana w grupie { $group }.

## Weekly digests

digest-heading = 📋 Podsumowanie tygodnia: { $group }, { $from } – { $to } ({ $week })
digest-heading-so-far = 📋 Podsumowanie: { $group }, ten tydzień do teraz: { $from } – { $to } ({ $week })
digest-date = { $day } { $month }
digest-combined-heading = 📋 Podsumowania tygodnia dla grup: { $count } ({ $week })
digest-quiet-week = Spokojny tydzień: bez spotkań, rund powitalnych i głosowań.
digest-approximate = Przygotowane { $built }, po zakończeniu tygodnia: członkowie, otwarte głosowania i terminy oraz dotychczasowe głosy są podane według stanu z tamtej chwili, nie z końca tygodnia.
digest-members = 👥 Członkowie: { $count } · odezwało się w tym tygodniu: { $heard }
digest-joined-names = Nowi: { $names }
digest-joined-count = Nowi członkowie: { $count }
digest-left-names = Odeszli: { $names }
digest-left-count = Odeszło: { $count }
digest-not-heard-names = 🔕 Nie odzywali się od 4 tygodni: { $names }
digest-not-heard-count = 🔕 Nie odzywało się od 4 tygodni: { $count } (imiona są tylko w podsumowaniu dla koordynatorów).
digest-meetings = 📅 Spotkania
digest-meeting-held = • { $title }, { $when }: przyszło { $came }. { $going } zapowiedziało przyjście i { $both } z nich przyszło; może: { $maybe }, nie mogło: { $cant }.
digest-meeting-unmarked = • { $title }, { $when }: nikt nie zaznaczył, kto przyszedł. { $going } zapowiedziało przyjście; może: { $maybe }, nie mogło: { $cant }.
digest-meetings-cancelled = Odwołane spotkania: { $count }.
digest-upcoming = 🔜 { $title }, { $when }: na razie przyjdzie { $going }
digest-checkins = ☕ Powitań: { $total } — rundy: { $rounds }, prywatne: { $private }.
digest-checkin-rounds = Odpowiedzi w rundach: { $answers }
digest-spread = Jak ludzie przychodzili: { $spread }
digest-spread-hidden = Nie pokazuję, jak ludzie przychodzili: mniej niż 3 powitania.
digest-round-open = Runda jest jeszcze otwarta; jej odpowiedzi liczą się po zamknięciu.
digest-polls = 🗳 Głosowania
digest-poll-closed = • #{ $id } „{ $question }” zamknięte: { $result } (głosowało { $voted } z { $members })
digest-poll-no-quorum = Nie było kworum, więc głosowanie nie rozstrzygnęło sprawy.
digest-poll-opened = • #{ $id } „{ $question }” otwarte: zagłosowało { $voted } z { $members }
digest-poll-open = • #{ $id } „{ $question }” wciąż otwarte: zagłosowało { $voted } z { $members }
digest-decided = ✅ Decyzja w sprawie #{ $id } „{ $question }”: { $outcome }
digest-review = 🔁 Do przeglądu { $when }: #{ $id } „{ $question }”
digest-time-poll = ⏳ Szukamy terminu: „{ $title }” — odpowiedziało { $answered } z { $members }
digest-more = …i jeszcze { $count }
digest-coordinators-only = Tylko koordynatorzy mogą prosić o podsumowanie i zmieniać, kiedy i dokąd trafia.
digest-private-none = Nie koordynujesz żadnej grupy, w której jestem, więc nie mam podsumowania do pokazania.
digest-settings-in-group = Kiedy i dokąd trafia podsumowanie, ustawia się w samej grupie: /digest every monday 09:00, /digest off albo /digest here na czacie koordynatorów.
digest-bad-week = Nie rozumiem „{ $input }” jako tygodnia. Spróbuj /digest, /digest last week albo /digest 2026-W47.
digest-future-week = Tydzień { $week } jeszcze się nie zaczął.
digest-bad-weekday = Nie rozumiem „{ $input }” jako dnia. Spróbuj /digest every monday 09:00.
digest-bad-time = Nie rozumiem „{ $input }” jako godziny. Spróbuj /digest every monday 09:00.
digest-every-set = Gotowe: podsumowanie grupy { $group } przychodzi teraz w każdy { $day } o { $time } ({ $zone }). Następne: { $next }.
digest-off = Cotygodniowe podsumowanie grupy { $group } jest wyłączone. /digest on włącza je znowu.
digest-here-set = Od teraz ten czat dostaje cotygodniowe podsumowanie dla: { $groups }. Podaje imiona osób, które się nie odzywały, więc niech ten czat zostanie dla koordynatorów.
digest-here-none = Nie koordynujesz żadnej innej grupy, w której jestem, więc nie ma czego tu wysyłać.
digest-here-off = Ten czat nie będzie już dostawał podsumowań; znów trafią do każdego koordynatora prywatnie.
digest-group-on = Gotowe: co tydzień { $group } dostanie tu własną kopię podsumowania, tylko z liczbami, bez nazwisk. /digest group off to wyłącza.
digest-group-off = { $group } nie będzie już dostawać własnej kopii podsumowania. Koordynatorzy nadal dostają swoją.

## Privacy and safeguarding
privacy-page =
    🔒 Co przechowuję i dlaczego
    • Kim tu jesteś: twoje konto czatu i widoczna nazwa, twój język, strefa czasowa i godziny ciszy. Nigdy twój adres e-mail.
    • To, co podajesz: odpowiedzi w check-inach (i słowa, jeśli je dodasz), głosy i ich uzasadnienia, odpowiedzi na spotkania, punkty porządku obrad oraz obecność na spotkaniu, jeśli koordynator ją zapisze.
    • Głosy anonimowe są przechowywane osobno od twojego imienia: nikt, ani koordynatorzy, ani ja, nie zobaczy, jak głosowałeś(-aś). Check-in „tylko liczony” też traci twoje imię.
    • Czego nigdy nie przechowuję: twoich innych wiadomości. Czytam polecenia i odpowiedzi na moje pytania, nic więcej.
    • Identyfikatory aktualizacji, tylko by nie robić czegoś dwa razy: { $inbox_days } dni. Wysłane przeze mnie wiadomości: tekst znika, gdy tylko zostanie dostarczony.
    Kto to widzi: grupa widzi to, czym zdecydujesz się podzielić; koordynatorzy to, co zostawisz dla nich; poza tym tylko liczby.
    Twoje dane: /mydata (na prywatnym czacie ze mną) wysyła ci je wszystkie w pliku. /forget usuwa cię wszędzie.
privacy-group =
    W grupie { $title }: słowa z check-inów są przechowywane { $words_days } dni, obecność na spotkaniach { $attendance_days } dni.
privacy-operator = Tego Kettle prowadzi: { $operator }
privacy-operator-unknown = Tego Kettle prowadzi osoba, która uruchomiła go dla twojej grupy: zapytaj koordynatorów.
sensitive-explained =
    Tryb wrażliwy: odpowiedzi w check-inach zostają u koordynatorów albo są tylko liczone; żadnych imion w wiadomościach grupy; wiadomości nie można przekazywać ani zapisywać (w Telegramie); podsumowanie podaje cichych członków jako liczbę, chyba że koordynator zapyta prywatnie.
sensitive-on = Tryb wrażliwy jest włączony dla tej grupy.
sensitive-off = Tryb wrażliwy jest wyłączony. Odpowiedzi w check-inach zachowują ustawioną domyślną widoczność (/checkin visibility …).
settings-sensitive-on = Tryb wrażliwy: włączony (/settings sensitive off)
settings-sensitive-off = Tryb wrażliwy: wyłączony (/settings sensitive on)
settings-attendance = Obecność na spotkaniach jest przechowywana { $days } dni (/settings attendance 180)
attendance-keep-set = Od teraz obecność na spotkaniu jest przechowywana { $days } dni.
attendance-keep-usage = Podaj, ile dni przechowywać obecność na spotkaniach, na przykład: /settings attendance 180
settings-usage =
    Możesz zmienić: /settings sensitive on (lub off), /settings attendance 180 (dni). Samo /settings pokazuje wszystko.
settings-coordinators-only = Tylko koordynatorzy grupy mogą zmieniać jej ustawienia.
sensitive-no-shared = Ta grupa jest w trybie wrażliwym, więc check-inów nie można domyślnie pokazywać wszystkim.
mydata-caption = Oto wszystko, co o tobie przechowuję, w pliku. Trzymaj go w bezpiecznym miejscu: są w nim twoje słowa z check-inów.
mydata-not-included = Nie ma tu głosów anonimowych ani check-inów „tylko liczonych”: nic ich z tobą nie łączy, więc nikt ich nie znajdzie, nawet Kettle.
mydata-in-private = Twoje dane są tylko twoje: wyślij mi /mydata na prywatnym czacie, a prześlę ci plik.
forget-in-private = Aby zostać zapomnianym, wyślij mi /forget na prywatnym czacie: w grupie nic o tym nie powiem.
forget-warning =
    ⚠️ To usunie cię z Kettle we wszystkich twoich grupach ({ $groups }):
    • twoje imię, konto czatu, język, strefę czasową i godziny ciszy;
    • twoje check-iny i ich słowa (liczby zostają, bez ciebie);
    • twoje głosy: w otwartych głosowaniach zostaną wycofane; w zamkniętych zostaną tylko jako anonimowe liczby, więc wyniki się nie zmienią;
    • twoje odpowiedzi na spotkania, obecność i autorstwo punktów porządku obrad.
    Tego nie da się cofnąć. Aby kontynuować, wyślij: /forget confirm
forget-done =
    Gotowe: zapomniałem cię. (Grupy: { $groups }, check-iny: { $checkins }, głosy: { $votes }.)
    Jeśli napiszesz do mnie znowu, poznam cię jako kogoś nowego. Trzymaj się.
slow-down = Wysyłasz mi dużo naraz: zrobię minutę przerwy, potem będę kontynuować. Nic, co już zrobiłeś(-aś), nie przepadło.
input-too-long = To dłuższe, niż mogę przyjąć (najwyżej { $max } znaków). Możesz skrócić?
member-left-ballots = Opuściłeś(-aś) grupę { $title }, więc twoje niedokończone karty do głosowania tam zostały zamknięte. Twoje oddane głosy nadal się liczą.
cmd-privacy = Co Kettle o tobie przechowuje
cmd-mydata = Pobierz swoje dane w pliku
cmd-forget = Usuń swoje dane
remove-usage = Aby wyłączyć kogoś z tej grupy w Kettle, odpowiedz na jego wiadomość poleceniem /remove albo wyślij /remove i jego imię (tylko koordynatorzy).
remove-coordinators-only = Tylko koordynatorzy grupy mogą kogoś wyłączyć.
remove-not-found = Nie znalazłem tej osoby. Odpowiedz na jej wiadomość poleceniem /remove albo użyj imienia widocznego na czacie.
remove-ambiguous = Więcej niż jedna osoba nazywa się { $name }. Zamiast tego odpowiedz na jej wiadomość w grupie poleceniem /remove.
remove-not-coordinator = { $name } jest koordynatorem: o tym decydują administratorzy grupy na samym czacie.
remove-done = Gotowe: { $name } nie bierze już udziału w { $title } przez Kettle. Oddane głosy i check-iny nadal się liczą, bez imienia.
remove-told =
    Dzień dobry. Koordynator grupy { $title } wyłączył cię z głosowań, check-inów i spotkań tej grupy w Kettle, więc nie będę ci nic o niej wysyłać.
    Jeśli to pomyłka, porozmawiaj z koordynatorami. Trzymaj się.
sensitive-organiser = Organizator
meet-reason-confirmed-anon = Potwierdzone przez organizatora lub koordynatora.
settings-coordinators-count = { $count } (w trybie wrażliwym bez imion)
remove-done-anon = Gotowe: ta osoba nie bierze już udziału w { $title } przez Kettle. Oddane głosy i check-iny nadal się liczą, bez imienia.
digest-not-heard-withheld = 🔕 Nie odzywało się od 4 tygodni: { $count }. Aby zobaczyć kto, wyślij mi /digest na prywatnym czacie.
poll-native-vote-lost-anon = Jeden głos w ankiecie do mnie nie dotarł. Jeśli właśnie głosowałeś(-aś), zagłosuj jeszcze raz.

## Members Kettle cannot reach privately (WhatsApp Cloud API)
reach-window = Nie mogę napisać prywatnie do { $name } ({ $title }) na WhatsAppie: minęła ponad doba, odkąd ostatnio do mnie napisali, a WhatsApp pozwala mi pisać pierwszemu tylko zatwierdzonym szablonem. Ich wiadomości poczekają, aż coś do mnie wyślą — czy możesz ich o to poprosić?
reach-write-first = Nie mogę napisać prywatnie do { $name } ({ $title }) na WhatsAppie: WhatsApp mówi, że najpierw oni muszą napisać do mnie. Ich wiadomości poczekają do tego czasu — czy możesz poprosić, żeby wysłali mi krótkie „cześć”?

## Which WhatsApp number talks to members privately
private-via-unavailable = Rozmowy prywatne można przenieść na inny numer tylko w grupie WhatsApp, gdy mam zarówno numer tej grupy, jak i numer WhatsApp Business.
private-via-usage = Wyślij /settings private via cloud (numer firmowy) albo /settings private via bridge (numer w tej grupie).
private-via-set = Gotowe: { $door ->
    [cloud] członkowie rozmawiają teraz ze mną prywatnie przez numer firmowy. Linki do rozmowy prywatnej go otwierają.
   *[bridge] członkowie rozmawiają teraz ze mną prywatnie przez numer w tej grupie.
}
settings-private-via = Rozmowy prywatne: { $door ->
    [cloud] numer firmowy (/settings private via bridge)
   *[bridge] numer w tej grupie (/settings private via cloud)
}

## /privacy with WhatsApp's business number
privacy-cloud-window = Na firmowym numerze WhatsApp przechowuję też, kiedy ostatnio do mnie napisałeś (nigdy co): WhatsApp pozwala mi pisać do ciebie swobodnie tylko w ciągu doby od tego czasu. Znika po /forget.

## Jedna społeczność w kilku czatach (/link, /unlink)
link-coordinators-only = Tylko koordynatorzy mogą łączyć i rozłączać czaty.
link-in-group = Czaty łączy się w samych grupach: koordynator wysyła /link w jednej grupie, a otrzymany kod w drugiej.
link-code = Aby pokazywać check-iny, spotkania i ankiety tej grupy także w innej grupie (na Telegramie lub WhatsAppie), koordynator tamtej grupy wysyła:
    /link { $code }
    Kod działa raz, przez { $minutes } minut. Odpowiedzi z obu grup liczą się wtedy razem, raz na osobę. Ktoś z kontami na dwóch platformach liczy się jako dwóch członków, dopóki nie wyśle mi /me na czacie prywatnym, by połączyć konta.
link-list = Czaty tej społeczności:
    { $list }
    To, co zaczyna się w jednym, pojawia się we wszystkich. /link new daje kod do połączenia kolejnego; /unlink odłącza jeden.
link-code-unknown = Ten kod nie działa: kody są ważne 15 minut i działają raz. Poproś o nowy przez /link w drugiej grupie.
link-same = Ta grupa już należy do tej społeczności.
link-already = Ta grupa jest już połączona z inną społecznością. Najpierw wyślij tutaj /unlink.
link-has-links = Do tej grupy są podłączone inne grupy. Aby połączyć wszystkie, wyślij /link tutaj, a kod w drugiej grupie, albo najpierw je odłącz (/unlink).
link-busy = W tej grupie wciąż trwa coś jej własnego: otwarty check-in lub ankieta, ankieta terminów, nadchodzące spotkanie albo regularny check-in lub spotkanie. Najpierw je zakończ lub zatrzymaj, a potem wyślij kod jeszcze raz (albo nowy, jeśli wygasł).
link-done = 🔗 { $chat } ({ $platform }) jest teraz połączony: ta społeczność ma { $count } czaty. Check-iny, spotkania i ankiety rozpoczęte w którymkolwiek z nich pojawiają się we wszystkich, a odpowiedzi liczą się razem, raz na osobę. Ktoś z kontami na dwóch platformach liczy się jako dwóch członków, dopóki nie wyśle mi /me na czacie prywatnym, by połączyć konta.
unlink-none = Ta grupa nie jest połączona z żadną inną.
unlink-which = Który czat? Wyślij /unlink i jego numer:
    { $list }
unlink-first = Pierwszy czat to miejsce, w którym powstała społeczność, więc zostaje. Odłączaj pozostałe po kolei albo wyślij /unlink w połączonym czacie.
unlink-done = { $chat } ({ $platform }) nie jest już połączony. To, co zacznie się tutaj, nie będzie się już tam pojawiać.
unlink-done-here = Ta grupa nie jest już połączona z { $title }: znów jest osobną społecznością, z własnymi check-inami, spotkaniami i ankietami.
privacy-linked = 🔗 Ta grupa jest jednym z { $count } połączonych czatów jednej społeczności (/link): to, co odpowiesz w którymkolwiek z nich, liczy się razem, a koordynatorzy społeczności widzą to tak, jak widzieliby tutaj. Ktoś na dwóch platformach (Telegram i WhatsApp) to dla mnie dwóch osobnych członków, dopóki nie połączy kont (/me link na czacie prywatnym ze mną): do tego czasu każde konto ma własne dane, a /forget na jednym nie rusza drugiego. Po połączeniu to jeden członek, a /forget usuwa oba konta.
settings-linked = Połączone czaty ({ $count }): { $list }. /link je wyświetla; /unlink odłącza jeden.

me-in-private = Wyślij mi /me na czacie prywatnym: tam łączy się konta.
me-usage = Spróbuj /me (Twoje konta), /me link (kod dla drugiej aplikacji), /me link i kod albo /me unlink.
me-single = Korzystasz ze mnie na { $platform }. Także w drugiej aplikacji (Telegram lub WhatsApp)? Wyślij tu /me link po kod, a potem wyślij go mi na czacie prywatnym tam. Twoje dwa konta będą wtedy jednym członkiem: jeden głos, jeden check-in, jedna odpowiedź na zaproszenie.
me-accounts = Twoje konta: { $list }. Liczą się jako jeden członek, a prywatnie piszę do Ciebie na { $platform }. /me unlink znów je rozdziela.
me-code =
    Twój kod: { $code }
    W ciągu { $minutes } minut wyślij mi to na czacie prywatnym w drugiej aplikacji:
    /me link { $code }
    Twoje konta będą wtedy jednym członkiem: jeden głos, jeden check-in, jedna odpowiedź na zaproszenie. Gdzie oba konta zagłosowały lub odpowiedziały na to samo, liczy się późniejsza odpowiedź (zamknięte ankiety zachowują wyniki). Prywatnie nadal będę pisać do Ciebie tutaj.
me-code-unknown = Ten kod nie działa: mógł wygasnąć (kody ważne są 15 minut) albo został już użyty. Wyślij /me link na czacie prywatnym w drugiej aplikacji, by dostać nowy.
me-same = Ten kod pochodzi z tego konta. Wyślij mi go z drugiej aplikacji.
me-same-platform = Ten kod pochodzi z innego konta na { $platform }. Kod łączy dwa konta w różnych aplikacjach: jedno na Telegramie, jedno na WhatsAppie.
me-already = To konto jest już połączone z innym. Najpierw wyślij /me unlink, by je rozdzielić.
me-anonymous-clash = Jeszcze nie: oba Twoje konta zagłosowały w anonimowej ankiecie „{ $question }”. Anonimowe głosy nie są z nikim powiązane, więc nie wiem, który zachować. Połącz konta, gdy ankieta się zamknie; do tego czasu liczą się oba głosy.
me-linked = Gotowe: Twoje konta są teraz jednym członkiem. { $merged ->
        [0] Nie trzeba było niczego scalać.
        [one] Scalono jeden głos oddany z obu kont: liczy się późniejszy.
       *[other] Scalono głosy oddane z obu kont ({ $merged }): liczą się późniejsze.
    } Prywatnie będę pisać do Ciebie na { $platform }.
me-linked-there = Twoje konto na { $platform } ({ $name }) jest teraz połączone z tym: liczysz się jako jeden członek, z jednym głosem, jednym check-inem i jedną odpowiedzią na zaproszenie. /me pokazuje Twoje konta.
me-unlink-none = Twoje konto nie jest połączone z innym.
me-unlink-done = Twoje konta są znów osobne. To, co zrobiono do tej pory, zostaje przy koncie na { $platform }; drugie zaczyna od nowa, gdy następnym razem napiszesz.
poll-result-merged = { $count ->
        [one] Jedna osoba głosowała z dwóch kont przed ich połączeniem: liczy się tylko jej późniejszy głos.
       *[other] Osoby, które głosowały z dwóch kont przed ich połączeniem: { $count }. Liczą się tylko ich późniejsze głosy.
    }
