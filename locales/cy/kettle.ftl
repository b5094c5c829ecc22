# Geiriau Kettle yn Gymraeg.

welcome-group =
    Helo, { $title }! Kettle ydw i.
    Rwy'n helpu'r grŵp hwn i ddweud sut mae pawb, dod o hyd i amser cyfarfod a phenderfynu pethau gyda'i gilydd.
    Tapiwch Ymuno er mwyn i mi wybod eich bod chi yma. Does dim angen cyfeiriad e-bost ar neb.
joined-so-far = Mae { $joined } o { $total } o bobl wedi ymuno hyd yma.
button-join = Ymuno
join-done = Rydych chi i mewn. Croeso!
join-already = Rydych chi wedi ymuno'n barod.
join-nudge =
    Pwy sydd ddim yma eto? Mae { $joined } o { $total } o bobl yn y grŵp hwn wedi ymuno â Kettle.
    Os hoffech chi gymryd rhan, tapiwch Ymuno. Dim pwysau.

start-private =
    Helo { $name }! Kettle ydw i.
    Rwy'n helpu grwpiau cymunedol i ddweud sut mae pawb, dod o hyd i amser cyfarfod a phenderfynu pethau gyda'i gilydd.
    Ychwanegwch fi at sgwrs eich grŵp i ddechrau, neu teipiwch /help.
privacy-notice =
    Eich preifatrwydd: dim ond eich enw sgwrsio, eich iaith a'ch cylchfa amser, a'r atebion rydych chi'n dewis eu rhoi, rwy'n eu cadw.
    Fydda i byth yn gofyn am eich cyfeiriad e-bost. Chi sy'n penderfynu pwy sy'n gweld unrhyw beth sensitif.

help =
    Dyma beth alla i ei wneud:
    /help – y rhestr hon
    /meet Teitl – dod o hyd i amser i gwrdd; /meetings – beth sydd i ddod; /agenda – ychwanegu at y cyfarfod nesaf; /quiet – eich oriau tawel
    /checkin – dechrau rownd gwirio i mewn (cydlynwyr), neu wirio i mewn yn breifat mewn sgwrs gyda fi
    /checkin every monday 19:00 – gwirio i mewn bob wythnos (cydlynwyr)
    /pulse – sut mae'r grŵp wedi bod, wythnos wrth wythnos (cydlynwyr)
    /lang – dewis yr iaith rwy'n ei defnyddio gyda chi
    /tz – gosod cylchfa amser (cydlynwyr sy'n gosod un y grŵp; gall unrhyw un osod ei un ei hun mewn sgwrs breifat)
    /settings – gweld gosodiadau'r grŵp
cmd-start = Dweud helo a darllen sut rwy'n cadw eich data
cmd-help = Beth all Kettle ei wneud
cmd-checkin = Gwirio i mewn, neu ddechrau rownd
cmd-pulse = Sut mae'r grŵp wedi bod (cydlynwyr)
cmd-lang = Dewis eich iaith
cmd-tz = Gosod cylchfa amser
cmd-settings = Gweld y gosodiadau

lang-set = Iawn, fe siarada i Gymraeg gyda chi.
lang-usage = Pa iaith? Teipiwch /lang ac un o: { $list }
lang-unknown = Alla i ddim siarad "{ $input }" eto. Galla i ddefnyddio: { $list }

tz-set-community = Cylchfa amser y grŵp hwn nawr yw { $zone }. Mae'n { $time } yno nawr.
tz-set-personal = Eich cylchfa amser nawr yw { $zone }. Mae'n { $time } yno nawr.
tz-usage = Pa gylchfa amser? Er enghraifft: /tz Europe/London
tz-unknown = Dydw i ddim yn adnabod y gylchfa amser "{ $input }". Rhowch gynnig ar enw fel Europe/London.
tz-unknown-suggest = Dydw i ddim yn adnabod y gylchfa amser "{ $input }". Oeddech chi'n golygu { $suggestion }?
tz-coordinators-only = Dim ond cydlynwyr sy'n gallu newid cylchfa amser y grŵp. Gallwch chi osod eich un chi mewn sgwrs breifat gyda fi.

settings-group =
    Gosodiadau { $title }
    Cylchfa amser: { $zone }
    Iaith: { $language }
    Cydlynwyr: { $coordinators }
    { joined-so-far }
settings-personal =
    Eich gosodiadau
    Iaith: { $language }
    Cylchfa amser: { $zone }
    Oriau tawel: { $quiet }
no-coordinators = neb eto
not-set = heb ei gosod

unknown-command = Dydw i ddim yn adnabod /{ $command }. Teipiwch /help i weld beth alla i ei wneud.
unknown-command-suggest = Dydw i ddim yn adnabod /{ $command }. Oeddech chi'n golygu /{ $suggestion }?
button-stale = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach.
button-other-chat = Mae'r botwm yna'n perthyn i sgwrs arall.
private-hint = Rwy'n gweithio gyda gorchmynion. Teipiwch /help i'w gweld.
lang-group-set = Iawn, fe ysgrifenna i at y grŵp hwn yn Gymraeg.
lang-group-coordinators-only = Dim ond cydlynwyr sy'n gallu newid iaith y grŵp. I newid eich iaith chi, teipiwch /lang a chod, fel /lang cy.

weekday-0 = Dydd Llun
weekday-1 = Dydd Mawrth
weekday-2 = Dydd Mercher
weekday-3 = Dydd Iau
weekday-4 = Dydd Gwener
weekday-5 = Dydd Sadwrn
weekday-6 = Dydd Sul

## Gwirio i mewn

checkin-default-question = Sut ydych chi'n cyrraedd heddiw?
checkin-round =
    Gwirio i mewn: { $question }
    Tapiwch sut rydych chi'n cyrraedd, neu pasiwch. Gallwch ei newid tan { $until }.
    Mae atebion yn { $visibility } oni bai eich bod yn dewis fel arall: mae'r botwm 🔒 yn agor sgwrs breifat gyda fi lle gallwch ddewis, ac ychwanegu ychydig eiriau.
checkin-round-closed = Gwirio i mewn (ar gau): { $question }
checkin-progress = Wedi gwirio i mewn: { $checked } · Heb glywed ganddynt eto: { $missing }
checkin-spread = Anodd { $rough } · Isel { $low } · Iawn { $okay } · Da { $good } · Gwych { $great } · Pasio { $pass }
checkin-spread-hidden = (Bydd y dosbarthiad yn dangos unwaith y bydd o leiaf 3 pherson wedi ateb.)
checkin-shared-heading = Wedi'i rannu â'r grŵp:
checkin-answer-rough = Anodd
checkin-answer-low = Isel
checkin-answer-okay = Iawn
checkin-answer-good = Da
checkin-answer-great = Gwych
checkin-answer-pass = Pasio
checkin-button-private = 🔒 Preifatrwydd a geiriau
checkin-visibility-shared = wedi'u rhannu â'r grŵp
checkin-visibility-coordinators = i gydlynwyr yn unig
checkin-visibility-counted = wedi'u cyfrif yn unig, heb enw
checkin-button-shared = Rhannu â'r grŵp
checkin-button-coordinators = Cydlynwyr yn unig
checkin-button-counted = Cyfrif yn unig
checkin-tapped = Diolch: { $answer } ({ $visibility }). Gallwch ei newid tan { $until }.
checkin-changed = Wedi newid i { $answer } ({ $visibility }).
checkin-closed-already = Mae'r gwirio i mewn hwn wedi cau.
checkin-not-member = Mae'r gwirio i mewn hwn yn perthyn i grŵp nad ydych chi ynddo, felly alla i ddim cymryd eich ateb.
checkin-too-late = Does dim modd newid yr ateb hwnnw bellach.
checkin-open-already = Mae gwirio i mewn eisoes ar agor yma. Atebwch ef uchod, neu gall cydlynydd ei gau gyda /checkin close.
checkin-none-open = Does dim gwirio i mewn ar agor ar hyn o bryd. Gall cydlynydd ddechrau un gyda /checkin.
checkin-coordinators-only = Dim ond cydlynwyr all ddechrau, cau neu amserlennu gwirio i mewn. Gallwch chi wirio i mewn yn breifat bob amser: anfonwch /checkin mewn sgwrs breifat gyda fi.
checkin-summary = Gwirio i mewn wedi cau: { $question }
checkin-brief-heading = Mae'r gwirio i mewn yn { $title } wedi cau ({ $question }).
checkin-brief-everyone = Mae pawb rwy'n eu hadnabod wedi gwirio i mewn.
checkin-brief-missing = Heb glywed ganddynt eto ({ $count }): { $names }
checkin-brief-unmet = Hefyd { $count } arall yn y grŵp nad ydw i wedi cwrdd â nhw eto.
checkin-brief-rough = Yn cyrraedd yn anodd, ac yn hapus i gydlynwyr wybod (efallai y gallai rhywun estyn allan):
checkin-brief-words = Geiriau i gydlynwyr:
checkin-anonymous = (dim enw)
checkin-private-round = Gwirio i mewn yn { $title }: { $question }
checkin-private-ask = Sut ydych chi heddiw? Mae hyn yn cyfrif ym mhwls { $title }, a gallwch basio.
checkin-private-yours =
    Eich ateb: { $answer } ({ $visibility }).
    Dewiswch isod pwy sy'n ei weld. I ychwanegu ychydig eiriau, teipiwch nhw yma.
checkin-private-thanks = Diolch am wirio i mewn.
checkin-private-which = Ar gyfer pa grŵp mae'r gwirio i mewn hwn?
checkin-private-no-group = Dydych chi ddim mewn grŵp gyda fi eto. Unwaith y bydd grŵp rydych chi ynddo yn fy ychwanegu a chithau'n ymuno, gallwch wirio i mewn yma.
checkin-private-rough = Mae rhywun yn { $title } wedi gwirio i mewn yn breifat fel "anodd", ac yn hapus i gydlynwyr wybod: { $name } { $words }
checkin-visibility-set = Wedi'i wneud: { $visibility }.
checkin-words-saved = Diolch, mae eich geiriau wedi'u cadw ({ $visibility }).
checkin-words-too-long = Mae hynny braidd yn hir ar gyfer gwirio i mewn ({ $length } nod; hyd at { $max }). Allech chi ei fyrhau a'i anfon eto?
checkin-words-closed = Mae'r gwirio i mewn hwnnw wedi cau, felly wnes i ddim ychwanegu eich geiriau.
checkin-every-set = Wedi'i wneud: gwirio i mewn bob { $day } am { $time } ({ $zone }). Mae'r nesaf ar { $next }.
checkin-every-exists = Mae gwirio i mewn eisoes bob { $day } am { $time }.
checkin-every-list = Mae gwirio i mewn yn ailadrodd bob: { $list }
checkin-every-none = Dim gwirio i mewn sy'n ailadrodd. Gall cydlynydd ychwanegu un, er enghraifft: /checkin every monday 19:00
checkin-every-stopped = Gwirio i mewn sy'n ailadrodd wedi'u stopio: { $count }.
checkin-default-set = O hyn ymlaen, mae atebion yn { $visibility } oni bai bod aelod yn dewis fel arall.
checkin-keep-set = Bydd geiriau gwirio i mewn yn cael eu dileu ar ôl { $days } diwrnod. Mae'r cyfrifon yn aros.
checkin-error-weekday = Dydw i ddim yn adnabod y diwrnod "{ $input }". Rhowch gynnig ar: /checkin every monday 19:00
checkin-error-time = Allwn i ddim darllen yr amser "{ $input }". Rhowch gynnig ar 19:00 neu 7pm.
checkin-error-visibility = Dewiswch shared, coordinators neu counted, er enghraifft: /checkin visibility counted
checkin-error-days = Dewiswch nifer o ddiwrnodau o 1 i { $max }, er enghraifft: /checkin keep 90
checkin-error-length = Gall gwirio i mewn bara o 5 munud i 7 diwrnod, er enghraifft: /checkin for 45m
settings-checkin =
    Atebion gwirio i mewn: { $visibility } oni bai bod aelodau'n dewis fel arall
    Geiriau gwirio i mewn yn cael eu cadw: { $days } diwrnod
    Gwirio i mewn sy'n ailadrodd: { $schedules }

pulse-heading = Pwls { $title }, y { $weeks } wythnos diwethaf (mae wythnosau'n dechrau ddydd Llun):
pulse-week = Wythnos { $week }: rowndiau { $rounds }, gwirio i mewn { $checkins }
pulse-coordinators-only = Dim ond cydlynwyr all weld y pwls.
pulse-not-coordinator = Dydych chi ddim yn gydlynydd unrhyw grŵp, felly does dim pwls i'w ddangos i chi.

## Cyfarfodydd

cmd-meet = Dod o hyd i amser i gwrdd
cmd-meetings = Pa gyfarfodydd sydd i ddod
cmd-agenda = Ychwanegu at agenda'r cyfarfod nesaf
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
meet-when = { $weekday } { $day } { $month }, { $time }
meet-length-value = { $hours ->
        [0] { $minutes } munud
       *[other] { $minutes ->
            [0] { $hours } awr
           *[other] { $hours } awr { $minutes } munud
        }
    }
meet-usage =
    I ddod o hyd i amser: /meet Teitl – fe awgrymaf amserau o fewn oriau'r grŵp.
    Neu teipiwch yr amserau: /meet Teitl | tue 19:00 | 3 Dec 18:30 | deadline 24h
    Hefyd: /meet close, /meet move thu 19:00, /meet cancel, /meet repeat weekly, /meet skip, /meet cancel series, /meet attended.
    Cydlynwyr: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00, /meet length 90m, /meet place …, /meet reminders 24h 1h, /meet quiet 22:00-08:00.
meet-usage-move = Dywedwch yr amser newydd, fel: /meet move thu 19:00
meet-usage-repeat = Dywedwch sut mae'n ailadrodd: /meet repeat weekly, fortnightly, monthly, monthly second tuesday, monthly 15 – neu /meet repeat off.
meet-usage-hours = Dywedwch yr oriau, fel: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00
meet-usage-length = Dywedwch pa mor hir yw cyfarfodydd, fel: /meet length 90m
meet-usage-place = Dywedwch y lle neu'r ddolen alwad, fel: /meet place Ystafell gymunedol (neu /meet place none)
meet-usage-reminders = Dywedwch pryd i atgoffa pobl, fel: /meet reminders 24h 1h (neu off)
meet-usage-quiet = Dywedwch yr oriau tawel, fel: /meet quiet 22:00-08:00
meet-in-group = Trefnir cyfarfodydd yn sgwrs y grŵp: teipiwch /meet yno.
meet-error-when = Allwn i ddim darllen "{ $input }" fel diwrnod ac amser. Rhowch gynnig ar "tue 19:00", "3 Dec 18:30" neu "2026-12-03 18:30".
meet-error-no-date = Nid yw "{ $input }" yn ddyddiad go iawn. Allech chi ei wirio?
meet-error-past = Mae "{ $input }" wedi mynd heibio. Dewiswch amser sydd i ddod.
meet-error-too-far = Mae "{ $input }" fwy na blwyddyn i ffwrdd. Dewiswch amser agosach.
meet-error-skipped = Nid yw "{ $input }" yn bodoli: mae'r clociau'n neidio ymlaen dros yr amser hwnnw'r noson honno. Dewiswch amser arall.
meet-error-twice = Mae "{ $input }" yn digwydd ddwywaith y noson honno gan fod y clociau'n mynd yn ôl, felly gallai olygu dwy eiliad wahanol. Dewiswch amser arall.
meet-error-too-many = Mae hynny'n ormod o amserau: { $max } ar y mwyaf, os gwelwch yn dda.
meet-error-deadline = Allwn i ddim defnyddio "{ $input }" fel terfyn amser. Rhowch gynnig ar "deadline 24h" (rhwng awr a 30 diwrnod).
meet-error-length = Allwn i ddim defnyddio "{ $input }" fel hyd. Rhowch rywbeth rhwng { $min } munud a { $max } awr, fel 90m.
meet-error-reminders = Allwn i ddim darllen "{ $input }" fel amserau atgoffa. Rhowch gynnig ar "24h 1h" (hyd at 4, rhwng 5 munud a 14 diwrnod cynt), neu "off".
meet-error-quiet = Allwn i ddim darllen "{ $input }" fel oriau tawel. Rhowch gynnig ar "22:00-08:00".
meet-error-hours = Allwn i ddim darllen "{ $input }" fel oriau. Rhowch gynnig ar "weekdays 18:00-21:30 weekends 10:00-20:00", "every day 18:00-21:00" neu "weekends off".
meet-error-hours-never = Byddai hynny'n gadael dim amser o gwbl i gwrdd. Cadwch o leiaf ddyddiau'r wythnos neu'r penwythnos.
meet-error-repeat = Allwn i ddim darllen "{ $input }" fel ailadrodd. Rhowch gynnig ar weekly, fortnightly, monthly, "monthly second tuesday" neu "monthly 15".
meet-settings-coordinators-only = Dim ond cydlynwyr y grŵp all newid gosodiadau cyfarfodydd.
meet-settings-saved = Wedi'i gadw.
settings-meetings =
    Oriau cyfarfod: { $hours }
    Hyd cyfarfod: { $length }
    Lle: { $place }
    Atgoffa cyn cyfarfodydd: { $reminders }
    Oriau tawel (dim procio): { $quiet }
meet-poll-running = Mae'r grŵp eisoes yn chwilio am amser ar gyfer "{ $title }". Mae /meet close yn gorffen hwnnw'n gyntaf.
meet-draft =
    { $name }, pa amserau ddylwn i eu cynnig ar gyfer "{ $title }"? Tapiwch i dicio'r rhai rydych eu heisiau (oriau'r grŵp: { $hours }), yna tapiwch "Gofyn i'r grŵp".
meet-draft-open = Gofyn i'r grŵp
meet-draft-empty = Ticiwch o leiaf un amser yn gyntaf.
meet-draft-dropped = Iawn: rwyf wedi gollwng y drafft hwnnw.
meet-poll-not-draft = Mae'r bleidlais honno eisoes ar y gweill.
meet-poll-heading = 🗓 Chwilio am amser: { $title }
meet-poll-rules =
    Ar gyfer pob amser, tapiwch ✅ ie, 🤷 os oes rhaid, neu ❌ na. Gallwch newid eich atebion tan { $deadline }.
    Yr amser gyda'r mwyaf o ie sy'n ennill; mae "os oes rhaid" yn cyfrif hanner, ac mae cyfartal yn mynd i'r amser cynharaf.
    Mae'r amserau yn { $zone }. Mae'r cyfarfod yn para { $length }.
meet-place-line = Lle: { $place }
meet-poll-answered = Wedi ateb hyd yma: { $answered } o { $members }
meet-poll-mine = 🕒 Fy amserau
meet-answer-yes = ie
meet-answer-if_need_be = os oes rhaid
meet-answer-no = na
meet-answer-noted = Diolch: { $when } – { $answer }.
meet-poll-closed = Mae'r bleidlais hon wedi cau.
meet-not-member = Mae hwn ar gyfer aelodau'r grŵp hwnnw yn unig.
meet-mine-heading = Eich atebion ar gyfer "{ $title }", yn eich amser chi ({ $zone }):
meet-nudge = Dydych chi ddim wedi dweud eto pa amserau sy'n addas i chi ar gyfer "{ $title }" yn { $group }. Mae'r atebion yn cau { $deadline }.
meet-none-suits = Mae'r amser ar ben ar gyfer "{ $title }", ond does dim un o'r amserau'n addas i neb. Gallech roi cynnig ar /meet eto gydag amserau eraill.
meet-confirm-ask =
    Mae'r amser ar ben ar gyfer "{ $title }". Yr amser gorau yw { $best }.
    { $organiser }, neu gydlynydd: cadarnhewch amser. Os na fydd neb yn gwneud erbyn { $by }, fe ddewisaf yr un gorau.
meet-confirm-button = { $n }. { $when }
meet-confirm-not-yours = Dim ond y person a ddechreuodd hyn, neu gydlynydd, all gadarnhau'r amser.
meet-already-decided = Mae hyn eisoes wedi'i benderfynu.
meet-confirmed-notice = Wedi'i gadarnhau.
meet-reason-confirmed = Cadarnhawyd gan { $name }.
meet-reason-most-yes = Chadarnhaodd neb, felly dewisais yr amser gyda'r mwyaf o ie ({ $yes } ie, { $maybe } os oes rhaid).
meet-reason-tie = Chadarnhaodd neb, felly dewisais amser: roedd { $tied } amser yn gyfartal ({ $yes } ie, { $maybe } os oes rhaid), a hwn yw'r cynharaf.
meet-none-running = Does dim amser yn cael ei chwilio ar hyn o bryd.
meet-organiser-only = Dim ond y person a'i trefnodd, neu gydlynydd, all wneud hynny.
meet-already-closed = Mae'r bleidlais honno eisoes wedi cau.
meet-announce = 📅 Cyfarfod wedi'i gadarnhau. Ydych chi'n dod?
meet-meeting-line = { $title }: { $when }–{ $end } ({ $zone })
meet-rsvp-going = Dod
meet-rsvp-maybe = Efallai
meet-rsvp-cant = Methu
meet-rsvp-noted = Diolch: { $answer }.
meet-rsvp-closed = Ni all y cyfarfod hwn dderbyn atebion mwyach.
meet-rsvp-counts = Dod: { $going } · Efallai: { $maybe } · Methu: { $cant }
meet-calendar-caption = Ychwanegwch ef at eich calendr.
meet-calendar-updated = Dyma'r cofnod calendr wedi'i ddiweddaru.
meet-reminder = ⏰ Nodyn atgoffa:
meet-reminder-late = (Mae'n ddrwg gen i, mae'r nodyn hwn yn hwyr: roeddwn i all-lein am ychydig.)
meet-moved = 📅 Mae "{ $title }" wedi symud. Yr amser newydd:
meet-cancelled = ❌ Mae "{ $title }" wedi'i ganslo. Dyma oedd y cyfarfod:
meet-skipped = ⏭ Mae "{ $title }" yn cael ei hepgor y tro hwn; bydd yr un nesaf yn dilyn fel arfer. Dyma oedd y cyfarfod:
meet-series-stopped = Ni fydd "{ $title }" yn ailadrodd mwyach, ac mae'r un nesaf wedi'i ganslo:
meet-not-repeating = Nid yw'r cyfarfod hwnnw'n ailadrodd.
meet-repeat-set = Iawn: mae "{ $title }" yn ailadrodd { $rule } am { $time } ({ $zone }). Ar ôl hwn, mae'r nesaf ar { $next }.
meet-repeat-off = Ni fydd "{ $title }" yn ailadrodd ar ôl hwn.
repeat-weekly = bob wythnos
repeat-fortnightly = bob pythefnos
repeat-monthly-weekday = ar y { $weekday } { $nth } bob mis
repeat-monthly-date = ar ddiwrnod { $day } bob mis
nth-1 = cyntaf
nth-2 = ail
nth-3 = trydydd
nth-4 = pedwerydd
nth-5 = olaf
meet-attended-coordinators-only = Dim ond cydlynwyr sy'n cofnodi pwy ddaeth.
meet-attended-none = Ni fu cyfarfod eto.
meet-attended-start-private = Fe anfonaf y rhestr yn breifat: dechreuwch sgwrs gyda fi yn gyntaf, yna rhowch gynnig arall arni.
meet-attended-sent = Rwyf wedi anfon y rhestr atoch yn breifat.
meet-attended-heading = Pwy ddaeth i "{ $title }" ar { $when }? Tapiwch i dicio. Hyd yma: { $count }.
meet-attended-yes = Wedi'i nodi'n bresennol.
meet-attended-no = Wedi'i nodi'n absennol.
meetings-heading = I ddod yn { $title }:
meetings-going = yn dod: { $count }
meetings-repeats = (yn ailadrodd)
meetings-finding = Yn dal i chwilio am amser ar gyfer "{ $title }".
meetings-none = Does dim cyfarfodydd wedi'u trefnu eto. Mae /meet yn dod o hyd i amser.
meetings-no-groups = Dydych chi ddim mewn grŵp gyda fi eto.
agenda-no-meeting = Does dim cyfarfod i ddod. Mae /meet yn dod o hyd i amser yn gyntaf.
agenda-added = Wedi'i ychwanegu at yr agenda ar gyfer "{ $title }" ({ $when }). Eitemau arni nawr: { $count }.
agenda-empty = Does dim byd ar yr agenda ar gyfer "{ $title }" eto. Ychwanegwch rywbeth gyda /agenda ac ychydig eiriau.
agenda-heading = Agenda ar gyfer "{ $title }":
meet-hours-weekdays = dyddiau'r wythnos { $window }
meet-hours-weekends = penwythnosau { $window }
meet-hours-off = dim
quiet-in-private = Gosodwch eich oriau tawel eich hun mewn sgwrs breifat gyda fi: /quiet 22:00-07:00. Mae cydlynwyr yn gosod rhai'r grŵp gyda /meet quiet.
quiet-group-default = rhai'r grŵp
quiet-usage = Dywedwch pryd y byddai'n well gennych beidio â chlywed gen i, yn eich amser chi: /quiet 22:00-07:00 (neu /quiet off ar gyfer oriau'r grŵp).
quiet-cleared = Iawn: bydd gennych oriau tawel y grŵp.
quiet-set = Iawn: fydda i ddim yn eich procio rhwng { $quiet } ({ $zone }).
