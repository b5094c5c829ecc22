# Słowa Kettle po polsku.

welcome-group =
    Cześć, { $title }! Jestem Kettle.
    Pomagam tej grupie w rundkach „jak się masz”, w szukaniu terminu spotkania i we wspólnych decyzjach.
    Kliknij Dołącz, żebym wiedział, że tu jesteś. Nikt nie musi podawać adresu e-mail.
joined-so-far = Dołączyło już { $joined } z { $total } osób.
button-join = Dołącz
join-done = Jesteś z nami. Witaj!
join-already = Już dołączyłeś(-aś).
join-nudge =
    Kogo jeszcze nie ma? Do Kettle dołączyło { $joined } z { $total } osób z tej grupy.
    Jeśli chcesz wziąć udział, kliknij Dołącz. Bez presji.

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
    /checkin – rozpocznij rundę meldunku (koordynatorzy) albo zamelduj się prywatnie na czacie ze mną
    /checkin every monday 19:00 – meldunek co tydzień (koordynatorzy)
    /pulse – jak się miała grupa, tydzień po tygodniu (koordynatorzy)
    /lang – wybierz język, w którym do Ciebie piszę
    /tz – ustaw strefę czasową (koordynatorzy ustawiają strefę grupy; każdy może ustawić własną na czacie prywatnym)
    /settings – zobacz ustawienia grupy
cmd-start = Przywitaj się i przeczytaj, jak dbam o Twoje dane
cmd-help = Co potrafi Kettle
cmd-checkin = Zamelduj się albo rozpocznij rundę
cmd-pulse = Jak się miała grupa (koordynatorzy)
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
no-coordinators = jeszcze nikt
not-set = nie ustawiono

unknown-command = Nie znam polecenia /{ $command }. Wpisz /help, żeby zobaczyć, co potrafię.
unknown-command-suggest = Nie znam polecenia /{ $command }. Czy chodziło o /{ $suggestion }?
button-stale = Przepraszam, ten przycisk już nie działa.
button-other-chat = Ten przycisk należy do innego czatu.
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
checkin-round-closed = Meldunek (zamknięty): { $question }
checkin-progress = Zameldowanych: { $checked } · Jeszcze bez odpowiedzi: { $missing }
checkin-spread = Ciężko { $rough } · Słabo { $low } · W porządku { $okay } · Dobrze { $good } · Świetnie { $great } · Pomijam { $pass }
checkin-spread-hidden = (Rozkład pojawi się, gdy odpowiedzą co najmniej 3 osoby.)
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
