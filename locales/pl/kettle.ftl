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
    /lang – wybierz język, w którym do Ciebie piszę
    /tz – ustaw strefę czasową (koordynatorzy ustawiają strefę grupy; każdy może ustawić własną na czacie prywatnym)
    /settings – zobacz ustawienia grupy
cmd-start = Przywitaj się i przeczytaj, jak dbam o Twoje dane
cmd-help = Co potrafi Kettle
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
