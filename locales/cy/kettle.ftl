# Geiriau Kettle yn Gymraeg.

welcome-group =
    Helo, { $title }! Kettle ydw i.
    Rwy'n helpu'r grŵp hwn i ddweud sut mae pawb, dod o hyd i amser cyfarfod a phenderfynu pethau gyda'i gilydd.
    Tapiwch Ymuno er mwyn i mi wybod eich bod chi yma. Does dim angen cyfeiriad e-bost ar neb.
welcome-group-by-number =
    Helo, { $title }! Kettle ydw i.
    Rwy'n helpu'r grŵp hwn i ddweud sut mae pawb, dod o hyd i amser cyfarfod a phenderfynu pethau gyda'i gilydd.
    Anfonwch y rhif ar gyfer Ymuno isod er mwyn i mi wybod eich bod chi yma. Does dim angen cyfeiriad e-bost ar neb.
joined-so-far = Mae { $joined } o { $total } o bobl wedi ymuno hyd yma.
button-join = Ymuno
join-done = Rydych chi i mewn. Croeso!
join-already = Rydych chi wedi ymuno'n barod.
join-nudge =
    Pwy sydd ddim yma eto? Mae { $joined } o { $total } o bobl yn y grŵp hwn wedi ymuno â Kettle.
    Os hoffech chi gymryd rhan, tapiwch Ymuno. Dim pwysau.
join-nudge-by-number =
    Pwy sydd ddim yma eto? Mae { $joined } o { $total } o bobl yn y grŵp hwn wedi ymuno â Kettle.
    Os hoffech chi gymryd rhan, anfonwch y rhif ar gyfer Ymuno isod. Dim pwysau.

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
    /poll Cwestiwn | dewis | dewis – pôl cyflym (/poll ar ei ben ei hun: ei osod gam wrth gam); /decisions – polau a chanlyniadau
    /meet Teitl – dod o hyd i amser i gwrdd; /meetings – beth sydd i ddod; /agenda – ychwanegu at y cyfarfod nesaf; /quiet – eich oriau tawel
    /checkin – dechrau rownd gwirio i mewn (cydlynwyr), neu wirio i mewn yn breifat mewn sgwrs gyda fi
    /checkin every monday 19:00 – gwirio i mewn bob wythnos (cydlynwyr)
    /pulse – sut mae'r grŵp wedi bod, wythnos wrth wythnos (cydlynwyr)
    /digest – crynodeb yr wythnos (cydlynwyr; /digest last week, /digest every monday 09:00, /digest here, /digest group on)
    /lang – dewis yr iaith rwy'n ei defnyddio gyda chi
    /tz – gosod cylchfa amser (cydlynwyr sy'n gosod un y grŵp; gall unrhyw un osod ei un ei hun mewn sgwrs breifat)
    /settings – gweld gosodiadau'r grŵp
    /privacy – beth rwy'n ei gadw amdanoch chi; /mydata – eich data fel ffeil; /forget – ei ddileu (mewn sgwrs breifat gyda fi)
    /remove – tynnu rhywun allan o'r grŵp yn Kettle (cydlynwyr: atebwch eu neges, neu ychwanegwch eu henw)
    /link – dangos sesiynau cofrestru, cyfarfodydd a phleidleisiau'r grŵp hwn mewn grŵp arall hefyd (cydlynwyr); /unlink – tynnu grŵp allan eto
    /me – cysylltu eich cyfrifon Telegram a WhatsApp fel eich bod yn cyfrif unwaith (mewn sgwrs breifat gyda mi)
cmd-start = Dweud helo a darllen sut rwy'n cadw eich data
cmd-help = Beth all Kettle ei wneud
cmd-checkin = Gwirio i mewn, neu ddechrau rownd
cmd-pulse = Sut mae'r grŵp wedi bod (cydlynwyr)
cmd-digest = Crynodeb yr wythnos (cydlynwyr)
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
button-not-member = Dim ond aelodau'r grŵp hwn sy'n gallu defnyddio'r botymau hyn.
choices-answer-by-number = { $count ->
    [1] Anfonwch 1 i'w ddewis.
   *[other] Anfonwch rif eich dewis (1 i { $count }).
}
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
checkin-round-by-number =
    Gwirio i mewn: { $question }
    Anfonwch y rhif ar gyfer sut rydych chi'n cyrraedd, neu ar gyfer pasio. Gallwch ei newid tan { $until }.
    Mae atebion yn { $visibility } oni bai eich bod yn dewis fel arall, ond mae pawb yn y grŵp yn gweld rhif sy'n cael ei anfon yma. I ateb yn breifat, neu ychwanegu ychydig eiriau, defnyddiwch y ddolen 🔒 i sgwrs breifat gyda fi.
checkin-round-closed = Gwirio i mewn (ar gau): { $question }
checkin-progress = Wedi gwirio i mewn: { $checked } · Heb glywed ganddynt eto: { $missing }
checkin-spread = Anodd { $rough } · Isel { $low } · Iawn { $okay } · Da { $good } · Gwych { $great } · Pasio { $pass }
checkin-spread-hidden = (Dim ond mewn grwpiau o 3 neu fwy y bydd sut mae pobl yn cyrraedd yn dangos: pan fydd rownd yn cau, neu ar ôl i'r wythnos ddod i ben.)
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
meet-when-year = { $weekday } { $day } { $month } { $year }, { $time }
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
meet-error-far-no-year = Byddai "{ $input }" yn { $when }, fwy na chwe mis i ffwrdd. Os mai dyna a olygwch, rhowch y flwyddyn hefyd: { $example }.
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
meet-poll-rules-by-number =
    Ar gyfer pob amser, anfonwch y rhif ar gyfer ✅ ie, 🤷 os oes rhaid, neu ❌ na. Gallwch newid eich atebion tan { $deadline }.
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
meet-announce-cancelled = ❌ Wedi'i ganslo: fydd y cyfarfod hwn ddim yn digwydd.
meet-rsvp-carries = Mae'n ailadrodd: mae eich ateb yn cario drosodd i'r un nesaf, a gallwch ei newid unrhyw bryd.
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
meet-attended-unconfirmed = Heb ei gofnodi eto: mae'r rhai a ddywedodd y bydden nhw'n dod wedi'u ticio i ddechrau. Tapiwch Cofnodi pan fydd y rhestr yn gywir.
meet-attended-recorded = Wedi'i gofnodi: daeth { $count }. Gallwch ei gywiro yma o hyd.
meet-attended-confirm = ✅ Cofnodi'r rhestr hon
meet-attended-confirmed = Diolch: mae pwy ddaeth wedi'i gofnodi.
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

## Polls on priorities and decisions
cmd-poll = Dechrau pôl neu gynnig
cmd-decisions = Polau agored a phenderfyniadau
poll-usage =
    I ddechrau pôl: /poll Cwestiwn | dewis | dewis | dewis
    Mathau: /poll multiple …, /poll ranked …, /poll score …, /poll points 10 …, /poll budget 10000 … (mae pob dewis yn gorffen gyda'i gost), /poll proposal …
    Rheolau, ar ôl bar: anonymous · results after vote · results after close · deadline 3d · deadline none · quorum 50% · quorum 12 · max 2 · runoff · agree 75% · spend at least 80% · at least 2 projects · nudge until quorum
    Neu teipiwch /poll ar ei ben ei hun a bydda i'n ei osod gyda chi gam wrth gam mewn sgwrs breifat.
    /poll close – ei gau nawr · /poll export – y canlyniadau fel ffeil CSV (cydlynwyr) · /outcome – cofnodi'r penderfyniad · /decisions – y rhestr
poll-in-group = Mae polau a phenderfyniadau'n perthyn i grŵp: teipiwch hyn yn sgwrs eich grŵp.
poll-heading = 📊 { $question }
poll-number = Pôl #{ $id }
poll-voted = Wedi pleidleisio hyd yma: { $voted } o { $members }
poll-kind-single = Dewiswch un.
poll-kind-multiple = Dewiswch gymaint ag y mynnwch.
poll-kind-multiple-max = Dewiswch hyd at { $max }.
poll-kind-ranked = Rhowch y dewisiadau mewn trefn, mewn sgwrs breifat gyda fi. Cyfrif yn ôl dull Schulze: mae'r dewisiadau'n cael eu cymharu fesul dau yn ôl faint a roddodd un uwchben y llall. Mae dewis sy'n curo pob dewis arall wyneb yn wyneb yn ennill; os nad oes un, y gadwyn gryfaf o fuddugoliaethau wyneb yn wyneb sy'n penderfynu. Os yw dewisiadau'n dal yn gyfartal ar y brig, dywedaf hynny ac ni enwaf enillydd: y grŵp sy'n penderfynu rhyngddynt.
poll-kind-runoff = Rhowch y dewisiadau mewn trefn, mewn sgwrs breifat gyda fi. Cyfrif drwy ddileu ar unwaith: mae'r dewis gyda'r lleiaf o ddewisiadau cyntaf yn mynd allan a'i bleidleisiau'n symud i'w dewis nesaf, nes bod gan un dewis fwy na hanner. Os yw dewisiadau'n gyfartal ar y lleiaf, mae'r un â llai o ddewisiadau cyntaf yn y rownd gynt yn mynd allan; os oeddent yn gyfartal ym mhob rownd, yr un sydd wedi'i restru'n hwyrach.
poll-kind-score = Rhowch sgôr o 0 i 5 i bob dewis, mewn sgwrs breifat gyda fi. Y cyfartaledd uchaf sy'n ennill; dangosir yr ystod.
poll-kind-points = Rhannwch { $points } pwynt rhwng y dewisiadau, mewn sgwrs breifat gyda fi. Y mwyaf o bwyntiau sy'n ennill.
poll-kind-budget = Gwariwch hyd at { $budget } ar y prosiectau, mewn sgwrs breifat gyda fi. Ariennir prosiectau yn nhrefn eu cefnogwyr; mae prosiect nad yw'n ffitio yn yr hyn sydd ar ôl yn cael ei hepgor, a rhoddir cynnig ar yr un nesaf.
poll-budget-min-spend = Gwariwch o leiaf { $percent }%.
poll-budget-min-projects = Dewiswch o leiaf { $count } prosiect.
poll-kind-proposal = Cytuno, ymatal, anghytuno neu rwystro. Derbynnir os yw o leiaf { $percent }% o'r rhai sy'n cytuno neu'n anghytuno yn cytuno, a neb yn rhwystro.
poll-rule-anonymous = 🔒 Dienw: rwy'n nodi eich bod wedi pleidleisio ac, ar wahân, eich papur pleidleisio, heb ddim sy'n cysylltu'r ddau, hyd yn oed yn fy nghronfa ddata. Ni ellir newid pleidleisiau dienw.
poll-rule-named = Nid yw'n ddienw: cedwir eich pleidlais gyda'ch enw (ni chaiff ei dangos i'r grŵp), a gallwch ei newid nes i'r pôl gau.
poll-rule-blank = Nid pleidlais yw papur gwag: nid yw'n cyfrif tuag at y nifer a bleidleisiodd na'r cworwm.
poll-rule-results-live = Mae'r canlyniadau'n ymddangos yma wrth i bleidleisiau ddod i mewn.
poll-rule-results-after-vote = Cewch weld y canlyniadau ar ôl pleidleisio.
poll-rule-results-after-close = Dangosir y canlyniadau pan fydd y pôl yn cau.
poll-rule-quorum = Cworwm: rhaid i o leiaf { $needed } o { $members } aelod bleidleisio.
poll-rule-deadline = Yn cau { $when }.
poll-rule-no-deadline = Yn cau pan fydd y sawl a'i dechreuodd neu gydlynydd yn teipio /poll close.
poll-button-private = 🗳 Pleidleisio'n breifat
poll-button-reason = ✍️ Pleidleisio gyda rheswm
poll-stance-agree = Cytuno
poll-stance-abstain = Ymatal
poll-stance-disagree = Anghytuno
poll-stance-block = Rhwystro
poll-vote-noted = Mae eich pleidlais i mewn: { $choice }. Gallwch ei newid nes i'r pôl gau.
poll-vote-withdrawn = Rydych wedi dad-dicio popeth, felly mae eich pleidlais wedi'i thynnu'n ôl. Tapiwch ddewis i bleidleisio eto.
poll-vote-anonymous = Mae eich pleidlais ddienw i mewn. All neb, gan gynnwys fi, ddweud pa bapur yw'ch un chi.
poll-already-voted = Rydych chi eisoes wedi pleidleisio, ac ni ellir newid pleidleisiau dienw.
poll-vote-privately = Mae'r pôl hwn yn cael ei bleidleisio mewn sgwrs breifat gyda fi: tapiwch "Pleidleisio'n breifat".
poll-vote-privately-by-number = Mae'r pôl hwn yn cael ei bleidleisio mewn sgwrs breifat gyda fi: dilynwch y ddolen "Pleidleisio'n breifat".
poll-native-vote-lost = { $name }, ni chyrhaeddodd eich pleidlais yn y bleidlais ata i. Pleidleisiwch eto, os gwelwch yn dda.
poll-closed = Mae'r pôl hwn wedi cau.
poll-not-member = Dim ond aelodau'r grŵp hwn sy'n gallu pleidleisio.
poll-too-many = Gallwch ddewis { $max } ar y mwyaf.
poll-over = Dim ond { $left } ar ôl i'w wario.
poll-standing-heading = Sut mae "{ $question }" yn sefyll nawr:
poll-error-too-few-options = Mae angen o leiaf dau ddewis ar bôl, pob un ar ôl bar: /poll Cwestiwn | dewis | dewis
poll-error-too-many = Gall pôl gael { $max } dewis ar y mwyaf.
poll-error-repeated = Mae "{ $input }" yno ddwywaith.
poll-error-proposal-options = Does dim dewisiadau gan gynnig: mae aelodau'n cytuno, ymatal, anghytuno neu rwystro. Ysgrifennwch y cynnig yn unig: /poll proposal Rydym yn llogi'r neuadd dros y gaeaf
poll-error-no-cost = Mae angen cost ar ddiwedd pob prosiect mewn cyllideb, fel "Goleuadau stryd 4000". Does gan "{ $input }" ddim.
poll-error-number = Mae angen rhif yno, nid "{ $input }".
poll-error-deadline = Allwn i ddim darllen y dyddiad cau "{ $input }". Rhowch gynnig ar 12h, 3d neu 2 weeks (o { $min } munud i { $max } diwrnod), neu "deadline none".
poll-error-share = Dylai "{ $input }" fod yn gyfran o 1% i 100%.
poll-error-not-for-kind = Dydy "{ $input }" ddim yn addas i'r math hwn o bôl.
poll-error-quorum-too-big = Ni ellid byth gyrraedd cworwm o { $needed }: rwy'n cyfrif { $members } aelod yn y grŵp hwn. Rhowch gynnig ar rif llai, neu gyfran fel quorum 50%.
poll-error-over = Mae hynny'n gwario { $spent } o { $allowance }: gormod.
poll-error-under = Rydych wedi gwario { $spent }; mae'r pôl hwn yn gofyn am o leiaf { $least }.
poll-error-too-few = Dewiswch o leiaf { $least } yn gyntaf.
poll-error-ballot = Dydy'r papur pleidleisio hwnnw ddim yn addas i'r pôl hwn. Tapiwch "Dechrau eto".
poll-error-blank = Mae'r papur pleidleisio'n wag, ac nid pleidlais yw papur gwag. Dewiswch rywbeth yn gyntaf.
poll-ballot-heading = 🗳 { $question } ({ $group })
poll-ballot-choose = Ticiwch eich dewisiadau, yna cadarnhewch.
poll-ballot-rank = Tapiwch y dewisiadau mewn trefn, yr hoff un yn gyntaf. Gadewch allan unrhyw rai sy'n ddim ots gennych.
poll-ballot-rank-by-number = Anfonwch rifau'r dewisiadau mewn trefn, yr hoff un yn gyntaf. Gadewch allan unrhyw rai sy'n ddim ots gennych.
poll-ballot-score = { $place } o { $count }: faint ydych chi eisiau "{ $label }"? 0 = dim o gwbl, 5 = yn fawr iawn.
poll-ballot-points = { $place } o { $count }: faint o bwyntiau i "{ $label }"? { $left } ar ôl.
poll-ballot-budget = Ticiwch y prosiectau i'w hariannu. { $left } o { $budget } ar ôl.
poll-ballot-proposal = Eich safbwynt, yna cadarnhewch. Gallwch ychwanegu rheswm os mynnwch.
poll-ballot-ready = Wedi gorffen: gwiriwch eich papur pleidleisio, yna cadarnhewch.
poll-ballot-so-far = Eich papur pleidleisio: { $ballot }
poll-ballot-nothing = dim byd eto
poll-ballot-reason-is = Eich rheswm: { $reason }
poll-ballot-anonymous = 🔒 Dienw: ar ôl ei gadarnhau, ni ellir ei newid na'i olrhain i chi.
poll-ballot-confirm = ✅ Cadarnhau
poll-ballot-undo = ↩ Yn ôl
poll-ballot-restart = Dechrau eto
poll-ballot-skip = Hepgor
poll-ballot-reason = ✍️ Ychwanegu rheswm
poll-ballot-reason-ask = Anfonwch eich rheswm ata i fel neges. Caiff ei gadw gyda'ch papur pleidleisio, a'i ddangos heb eich enw pan fydd y pôl yn cau.
poll-nudge = Mae gan { $group } bôl yn aros am eich pleidlais: "{ $question }". Mae'n cau { $when }.
poll-nudge-open = Mae gan { $group } bôl yn aros am eich pleidlais: "{ $question }".
poll-close-not-allowed = Dim ond y sawl a ddechreuodd y pôl, neu gydlynydd, all ei gau'n gynnar.
poll-none = Does dim pôl yma eto.
poll-no-such = Does dim pôl #{ $id } yn y grŵp hwn.
poll-which = Mae mwy nag un pôl ar agor: dywedwch pa un, fel /poll close 12. Mae /decisions yn eu rhestru.
poll-result-heading = 📊 Canlyniad: { $question } (pôl #{ $id })
poll-result-turnout = Pleidleisiodd { $voted } o { $members } ({ $percent }%).
poll-result-quorum-met = Cyrhaeddwyd y cworwm o { $needed }.
poll-result-quorum-missed = Ni chyrhaeddwyd y cworwm o { $needed }, felly dydy'r canlyniad hwn ddim yn penderfynu'r cwestiwn.
poll-result-nobody = Pleidleisiodd neb.
poll-result-count-line = { $place }. { $label } — { $count } ({ $percent }%)
poll-result-winner = Enillydd: { $label }
poll-result-tie = Yn gyfartal ar y brig: { $labels }
poll-result-tie-why = Ni all dull Schulze eu gwahanu, felly nid wyf yn enwi enillydd: y grŵp sy'n penderfynu rhyngddynt. ({ $pairs })
poll-result-tie-pair = { $a } a { $b }: { $for } i { $against } wyneb yn wyneb{ $chain ->
        [0] {""}
       *[other] , ac mae eu cadwyni cryfaf o fuddugoliaethau y naill ffordd a'r llall yr un mor gryf ({ $chain })
    }
poll-result-pair = dros { $other } o { $for } i { $against }
poll-result-schulze-why = Roedd mwy o aelodau'n ffafrio { $winner } i bob dewis arall, wyneb yn wyneb: { $pairs }.
poll-result-schulze-chains = Ni wnaeth unrhyw ddewis guro pob un arall wyneb yn wyneb, felly'r cadwyni cryfaf o fuddugoliaethau sy'n penderfynu. Mae cadwyn mor gryf â'i buddugoliaeth wannaf.
poll-result-chain = • dros { $other }: { $links } (cryfder { $strength }); { $back ->
        [0] does dim cadwyn o fuddugoliaethau yn ôl o { $other }.
       *[other] dim ond { $back } yw'r gadwyn gryfaf yn ôl o { $other }.
    }
poll-result-chain-link = curodd { $from } { $to } o { $for } i { $against }
poll-result-order = Y drefn lawn: { $order }
poll-result-round-out = Rownd { $round }: { $counts } — { $out } sydd â'r lleiaf ac mae'n mynd allan.
poll-result-round-out-earlier = Rownd { $round }: { $counts } — { $level } sydd â'r lleiaf; mae { $out } yn mynd allan, gan iddo gael llai yn rownd { $earlier }.
poll-result-round-out-listed = Rownd { $round }: { $counts } — { $level } sydd â'r lleiaf ac roeddent yn gyfartal ym mhob rownd; mae { $out } yn mynd allan, gan ei fod wedi'i restru'n hwyrach.
poll-result-round-won = Rownd { $round }: { $counts } — mae gan { $winner } fwy na hanner.
poll-result-round-level = Rownd { $round }: { $counts } — does gan unrhyw ddewis fwy na hanner, ac mae'r gweddill yn gyfartal.
poll-result-score-line = { $place }. { $label } — cyfartaledd { $mean } (sgorau o { $lowest } i { $highest }, { $count } wedi sgorio)
poll-result-score-none = { $place }. { $label } — dim sgorau
poll-result-points-line = { $place }. { $label } — { $points } pwynt ({ $percent }%)
poll-result-funded = Wedi'u hariannu: { $projects } — { $spent } o { $budget }.
poll-result-supporters-funded = ✅ { $label } — { $count } cefnogwr
poll-result-supporters = ▫️ { $label } — { $count } cefnogwr (heb ei ariannu)
poll-result-accepted = ✅ Derbyniwyd.
poll-result-not-accepted = Ni dderbyniwyd: roedd cytuno'n brin o { $percent }%.
poll-result-blocked = ⛔ Rhwystrwyd: rhwystrodd { $count }.
poll-result-no-quorum = Heb ei benderfynu: ni chyrhaeddwyd y cworwm.
poll-result-stances = Cytuno { $agree } · Ymatal { $abstain } · Anghytuno { $disagree } · Rhwystro { $block }
poll-result-reasons = Rhesymau a roddwyd (heb enwau):
poll-result-outcome-hint = Cydlynwyr: cofnodwch beth sy'n digwydd nesaf gyda /outcome #{ $id } beth a benderfynwyd.
outcome-usage = Cofnodi'r penderfyniad: /outcome Beth fyddwn ni'n ei wneud. I gael eich atgoffa i edrych arno eto: /outcome Beth fyddwn ni'n ei wneud | review 3 months
outcome-coordinators-only = Dim ond cydlynwyr all gofnodi canlyniad.
outcome-still-open = Mae pôl #{ $id } yn dal ar agor. Cofnodwch ei ganlyniad ar ôl iddo gau.
outcome-review-bad = Allwn i ddim darllen y dyddiad adolygu "{ $input }". Rhowch gynnig ar 2027-03-01, 1 March, neu 3 months.
outcome-recorded = Wedi'i gofnodi ar gyfer pôl #{ $id } ("{ $question }"): { $outcome }
outcome-review-set = Bydda i'n atgoffa'r cydlynwyr i'w adolygu ar { $when }.
poll-review-due = Amser adolygu penderfyniad yn { $group }: pôl #{ $id }, "{ $question }". Y canlyniad a gofnodwyd: { $outcome }
decisions-heading = Polau a phenderfyniadau yn { $group }:
decisions-none = Dim polau eto. Dechreuwch un gyda /poll.
decisions-open = 🗳 #{ $id } { $question } — ar agor, { $voted } wedi pleidleisio hyd yma
decisions-closed = 📊 #{ $id } { $question } — { $result } (caewyd { $closed })
decisions-winner = { $label }
decisions-accepted = derbyniwyd
decisions-not-accepted = ni dderbyniwyd
decisions-blocked = rhwystrwyd
decisions-no-quorum = dim cworwm
decisions-quorum-missed = ni chyrhaeddwyd y cworwm
decisions-outcome = Canlyniad: { $outcome }
decisions-no-outcome = Dim canlyniad wedi'i gofnodi eto (/outcome #{ $id } …)
decisions-review = Adolygu ar { $when }
export-coordinators-only = Dim ond cydlynwyr all allforio canlyniadau.
export-start-private = Rwy'n anfon allforion yn breifat: dechreuwch sgwrs gyda fi yn gyntaf (tapiwch fy enw, yna Start), yna rhowch gynnig arall.
export-start-private-by-number = Rwy'n anfon allforion yn breifat: ysgrifennwch ata i mewn sgwrs breifat yn gyntaf (mae unrhyw neges yn iawn), yna rhowch gynnig arall.
export-caption = Canlyniadau pôl #{ $id } ("{ $question }"). Rhestrir papurau pleidleisio heb enwau nac amseroedd.
export-sent = Rwyf wedi anfon y canlyniadau atoch yn breifat.
poll-setup-start-private = Dechreuwch sgwrs breifat gyda fi yn gyntaf (tapiwch fy enw, yna Start), yna rhowch gynnig arall.
poll-setup-start-private-by-number = Ysgrifennwch ata i mewn sgwrs breifat yn gyntaf (mae unrhyw neges yn iawn), yna rhowch gynnig arall.
poll-setup-moved = Rwyf wedi anfon neges breifat atoch i osod y pôl.
poll-setup-question = Gadewch i ni osod pôl ar gyfer { $group }. Beth yw'r cwestiwn? Anfonwch ef fel neges.
poll-setup-options = Anfonwch y dewisiadau, un i bob llinell neu un i bob neges, yna tapiwch Wedi gorffen. (Ar gyfer cynnig, tapiwch Wedi gorffen yn syth.)
poll-setup-done = Wedi gorffen
poll-setup-card = Eich pôl ar gyfer { $group }, fel y bydd aelodau'n ei weld. Newidiwch y rheolau gyda'r botymau, yna postiwch ef.
poll-setup-kind-single = Un dewis
poll-setup-kind-multiple = Sawl dewis
poll-setup-kind-ranked = Mewn trefn
poll-setup-kind-score = Sgorau
poll-setup-kind-points = 10 pwynt
poll-setup-kind-proposal = Cynnig
poll-setup-anonymous-on = 🔒 Dienw: ymlaen
poll-setup-anonymous-off = Dienw: i ffwrdd
poll-setup-results = Canlyniadau: newid
poll-setup-deadline = Dyddiad cau: newid
poll-setup-quorum = Cworwm: newid
poll-setup-post = 📣 Postio
poll-setup-cancel = Canslo
poll-setup-cancelled = Canslwyd gosod y pôl.
poll-setup-posted = Mae pôl #{ $id } wedi'i bostio yn { $group }.

## Weekly digests

digest-heading = 📋 Crynodeb wythnosol { $group }: { $from } – { $to } ({ $week })
digest-heading-so-far = 📋 Crynodeb { $group } hyd yma'r wythnos hon: { $from } – { $to } ({ $week })
digest-date = { $day } { $month }
digest-combined-heading = 📋 Crynodebau wythnosol { $count } grŵp ({ $week })
digest-quiet-week = Wythnos dawel: dim cyfarfodydd, sesiynau cyrraedd na phleidleisiau.
digest-approximate = Lluniwyd ar { $built }, ar ôl i'r wythnos ddod i ben: mae'r aelodau, y pleidleisiau a'r amseroedd agored, a'r pleidleisiau hyd yma fel yr oeddent bryd hynny, nid ar ddiwedd yr wythnos.
digest-members = 👥 { $count } aelod · clywyd gan { $heard } yr wythnos hon
digest-joined-names = Newydd: { $names }
digest-joined-count = { $count } aelod newydd
digest-left-names = Wedi gadael: { $names }
digest-left-count = { $count } aelod wedi gadael
digest-not-heard-names = 🔕 Heb glywed ganddynt ers 4 wythnos: { $names }
digest-not-heard-count = 🔕 Heb glywed gan { $count } aelod ers 4 wythnos (mae'r enwau yng nghrynodeb y cydlynwyr yn unig).
digest-meetings = 📅 Cyfarfodydd
digest-meeting-held = • { $title }, { $when }: daeth { $came }. Dywedodd { $going } y bydden nhw'n dod, a daeth { $both } ohonyn nhw; { $maybe } efallai, { $cant } yn methu.
digest-meeting-unmarked = • { $title }, { $when }: ni nododd neb pwy ddaeth. Dywedodd { $going } y bydden nhw'n dod; { $maybe } efallai, { $cant } yn methu.
digest-meetings-cancelled = Canslwyd { $count } cyfarfod.
digest-upcoming = 🔜 { $title }, { $when }: { $going } yn dod hyd yma
digest-checkins = ☕ { $total } sesiwn cyrraedd: { $rounds } rownd a { $private } preifat.
digest-checkin-rounds = Atebion ym mhob rownd: { $answers }
digest-spread = Sut roedd pobl yn cyrraedd: { $spread }
digest-spread-hidden = Dydy sut roedd pobl yn cyrraedd ddim yn cael ei ddangos: llai na 3 sesiwn cyrraedd.
digest-round-open = Mae rownd yn dal ar agor; mae ei hatebion yn cyfrif pan fydd yn cau.
digest-polls = 🗳 Pleidleisiau
digest-poll-closed = • #{ $id } “{ $question }” wedi cau: { $result } (pleidleisiodd { $voted } o { $members })
digest-poll-no-quorum = Ni chyrhaeddwyd y cworwm, felly ni phenderfynodd y cwestiwn.
digest-poll-opened = • #{ $id } “{ $question }” wedi agor: mae { $voted } o { $members } wedi pleidleisio
digest-poll-open = • #{ $id } “{ $question }” yn dal ar agor: mae { $voted } o { $members } wedi pleidleisio
digest-decided = ✅ Penderfynwyd ar #{ $id } “{ $question }”: { $outcome }
digest-review = 🔁 I'w adolygu ar { $when }: #{ $id } “{ $question }”
digest-time-poll = ⏳ Chwilio am amser ar gyfer “{ $title }”: mae { $answered } o { $members } wedi ateb
digest-more = …a { $count } arall
digest-coordinators-only = Dim ond cydlynwyr sy'n gallu gofyn am y crynodeb neu newid ble a phryd mae'n mynd.
digest-private-none = Dydych chi ddim yn gydlynydd grŵp rydw i ynddo, felly does dim crynodeb i'w ddangos i chi.
digest-settings-in-group = Gosodwch pryd a ble mae'r crynodeb yn mynd yn y grŵp ei hun: /digest every monday 09:00, /digest off, neu /digest here yn sgwrs eich cydlynwyr.
digest-bad-week = Doeddwn i ddim yn gallu darllen “{ $input }” fel wythnos. Rhowch gynnig ar /digest, /digest last week neu /digest 2026-W47.
digest-future-week = Dydy wythnos { $week } ddim wedi dechrau eto.
digest-bad-weekday = Doeddwn i ddim yn gallu darllen “{ $input }” fel diwrnod. Rhowch gynnig ar /digest every monday 09:00.
digest-bad-time = Doeddwn i ddim yn gallu darllen “{ $input }” fel amser. Rhowch gynnig ar /digest every monday 09:00.
digest-every-set = Wedi'i wneud: mae crynodeb { $group } yn dod bob { $day } am { $time } ({ $zone }). Yr un nesaf: { $next }.
digest-off = Mae'r crynodeb wythnosol ar gyfer { $group } i ffwrdd. Mae /digest on yn ei droi'n ôl ymlaen.
digest-here-set = O hyn ymlaen mae'r sgwrs hon yn cael y crynodeb wythnosol ar gyfer: { $groups }. Mae'n enwi aelodau na chlywyd ganddynt, felly cadwch y sgwrs hon i gydlynwyr.
digest-here-none = Dydych chi ddim yn gydlynydd unrhyw grŵp arall rydw i ynddo, felly does dim i'w anfon yma.
digest-here-off = Fydd y sgwrs hon ddim yn cael crynodebau mwyach; maen nhw'n mynd i bob cydlynydd yn breifat eto.
digest-group-on = Wedi'i wneud: bob wythnos bydd { $group } yn cael ei gopi ei hun o'r crynodeb yma, gyda rhifau yn unig a dim enwau. Mae /digest group off yn ei atal.
digest-group-off = Fydd { $group } ddim yn cael ei gopi ei hun o'r crynodeb mwyach. Mae'r cydlynwyr yn dal i gael eu rhai nhw.

## Privacy and safeguarding
privacy-page =
    🔒 Beth rwy'n ei gadw, a pham
    • Pwy ydych chi yma: eich cyfrif sgwrsio a'r enw mae'n ei ddangos, eich iaith, cylchfa amser ac oriau tawel. Byth eich cyfeiriad e-bost.
    • Beth rydych chi'n ei roi: atebion gwirio i mewn (a geiriau, os ydych chi'n eu hychwanegu), pleidleisiau a'u rhesymau, atebion i gyfarfodydd, eitemau agenda, a phwy ddaeth i gyfarfod os yw cydlynydd yn ei gofnodi.
    • Mae pleidleisiau dienw'n cael eu cadw ar wahân i'ch enw: does neb, nid hyd yn oed y cydlynwyr na fi, yn gallu gweld sut pleidleisioch chi. Mae gwirio i mewn sy'n "cyfrif yn unig" yn colli eich enw hefyd.
    • Beth dydw i byth yn ei gadw: eich negeseuon eraill. Rwy'n darllen gorchmynion ac atebion i fy nghwestiynau i, dim byd arall.
    • Rhifau diweddariadau, dim ond i osgoi gwneud pethau ddwywaith: { $inbox_days } diwrnod. Negeseuon rwyf wedi'u hanfon: mae'r testun yn mynd cyn gynted ag y caiff ei ddanfon.
    Pwy sy'n ei weld: mae eich grŵp yn gweld beth rydych chi'n dewis ei rannu; cydlynwyr yn gweld beth rydych chi'n ei gadw iddyn nhw; rhifau fel arall.
    Eich data: mae /mydata (mewn sgwrs breifat gyda fi) yn anfon y cyfan atoch fel ffeil. Mae /forget yn eich dileu ym mhobman.
privacy-group =
    Yn { $title }: mae geiriau gwirio i mewn yn cael eu cadw { $words_days } diwrnod, pwy ddaeth i gyfarfodydd { $attendance_days } diwrnod.
privacy-operator = Mae'r Kettle hwn yn cael ei redeg gan: { $operator }
privacy-operator-unknown = Mae'r Kettle hwn yn cael ei redeg gan bwy bynnag a'i sefydlodd i'ch grŵp: gofynnwch i'ch cydlynwyr.
sensitive-explained =
    Modd sensitif: mae atebion gwirio i mewn yn aros gyda'r cydlynwyr neu'n cael eu cyfrif yn unig; dim enwau mewn negeseuon grŵp; does dim modd anfon ymlaen na chadw negeseuon (ar Telegram); mae'r crynodeb yn rhoi aelodau tawel fel rhif oni bai bod cydlynydd yn gofyn yn breifat.
sensitive-on = Mae modd sensitif ymlaen i'r grŵp hwn.
sensitive-off = Mae modd sensitif i ffwrdd. Mae atebion gwirio i mewn yn cadw'r rhagosodiad rydych chi wedi'i osod (/checkin visibility …).
settings-sensitive-on = Modd sensitif: ymlaen (/settings sensitive off)
settings-sensitive-off = Modd sensitif: i ffwrdd (/settings sensitive on)
settings-attendance = Mae pwy ddaeth i gyfarfodydd yn cael ei gadw { $days } diwrnod (/settings attendance 180)
attendance-keep-set = O hyn ymlaen, mae pwy ddaeth i gyfarfod yn cael ei gadw { $days } diwrnod.
attendance-keep-usage = Dywedwch sawl diwrnod i gadw pwy ddaeth i gyfarfodydd, er enghraifft: /settings attendance 180
settings-usage =
    Gallwch newid: /settings sensitive on (neu off), /settings attendance 180 (diwrnodau). Mae /settings ar ei ben ei hun yn dangos popeth.
settings-coordinators-only = Dim ond cydlynwyr y grŵp sy'n gallu newid ei osodiadau.
sensitive-no-shared = Mae'r grŵp hwn yn y modd sensitif, felly does dim modd rhannu gwirio i mewn gyda phawb yn ddiofyn.
mydata-caption = Dyma bopeth rwy'n ei gadw amdanoch chi, fel ffeil. Cadwch hi'n ddiogel: mae eich geiriau gwirio i mewn ynddi.
mydata-not-included = Dydy pleidleisiau dienw a gwirio i mewn sy'n "cyfrif yn unig" ddim yma: does dim byd yn eu cysylltu â chi, felly does neb yn gallu dod o hyd iddyn nhw, nid hyd yn oed Kettle.
mydata-in-private = Eich data chi yn unig yw e: anfonwch /mydata ataf mewn sgwrs breifat ac fe anfonaf ffeil atoch.
forget-in-private = I gael eich anghofio, anfonwch /forget ataf mewn sgwrs breifat: does dim yn cael ei ddweud yn y grŵp.
forget-warning =
    ⚠️ Mae hyn yn eich dileu o Kettle, yn eich holl grwpiau ({ $groups }):
    • eich enw, cyfrif sgwrsio, iaith, cylchfa amser ac oriau tawel;
    • eich gwirio i mewn a'u geiriau (mae'r cyfrif yn aros, hebddoch chi);
    • eich pleidleisiau: mewn polau agored maen nhw'n cael eu tynnu'n ôl; mewn polau sydd wedi cau maen nhw'n aros fel cyfrif dienw yn unig, fel nad yw'r canlyniadau'n newid;
    • eich atebion i gyfarfodydd, presenoldeb ac awduraeth eitemau agenda.
    Does dim modd ei ddadwneud. I fwrw ymlaen, anfonwch: /forget confirm
forget-done =
    Wedi'i wneud: rwyf wedi eich anghofio. ({ $groups } grŵp, { $checkins } gwirio i mewn, { $votes } pleidlais.)
    Os ysgrifennwch ataf eto, fe'ch cyfarchaf fel rhywun newydd. Cymerwch ofal.
slow-down = Rydych chi'n anfon llawer ataf ar unwaith: fe arhosaf am funud, yna mynd ymlaen. Dydy dim byd rydych chi wedi'i wneud eisoes wedi'i golli.
input-too-long = Mae hynny'n hirach nag y gallaf ei gymryd ({ $max } nod ar y mwyaf). Allech chi ei fyrhau?
member-left-ballots = Rydych chi wedi gadael { $title }, felly mae eich papurau pleidleisio anorffenedig yno wedi cau. Mae eich pleidleisiau gorffenedig yn dal i gyfrif.
cmd-privacy = Beth mae Kettle yn ei gadw amdanoch chi
cmd-mydata = Cael eich data fel ffeil
cmd-forget = Dileu eich data
remove-usage = I dynnu rhywun allan o'r grŵp hwn yn Kettle, atebwch un o'u negeseuon gyda /remove, neu anfonwch /remove a'u henw (cydlynwyr yn unig).
remove-coordinators-only = Dim ond cydlynwyr y grŵp sy'n gallu tynnu rhywun allan.
remove-not-found = Allwn i ddim dod o hyd i'r aelod hwnnw. Atebwch un o'u negeseuon gyda /remove, neu defnyddiwch yr enw maen nhw'n ei ddangos yn y sgwrs.
remove-ambiguous = Mae mwy nag un aelod o'r enw { $name }. Atebwch un o'u negeseuon yn y grŵp gyda /remove yn lle hynny.
remove-not-coordinator = Mae { $name } yn gydlynydd: gweinyddwyr y grŵp sy'n penderfynu hynny yn y sgwrs ei hun.
remove-done = Wedi'i wneud: dydy { $name } ddim yn cymryd rhan yn { $title } drwy Kettle mwyach. Mae eu pleidleisiau a'u gwirio i mewn gorffenedig yn dal i gyfrif, heb eu henw.
remove-told =
    Helo. Mae cydlynydd { $title } wedi eich tynnu allan o bolau, gwirio i mewn a chyfarfodydd y grŵp yn Kettle, felly fydda i ddim yn anfon dim byd amdano atoch chi.
    Os ydych chi'n meddwl bod hyn yn gamgymeriad, siaradwch â nhw. Cymerwch ofal.
sensitive-organiser = Y trefnydd
meet-reason-confirmed-anon = Wedi'i gadarnhau gan y trefnydd neu gydlynydd.
settings-coordinators-count = { $count } (dim enwau yn y modd sensitif)
remove-done-anon = Wedi'i wneud: dydy'r aelod hwnnw ddim yn cymryd rhan yn { $title } drwy Kettle mwyach. Mae eu pleidleisiau a'u gwirio i mewn gorffenedig yn dal i gyfrif, heb eu henw.
digest-not-heard-withheld = 🔕 Heb glywed gan { $count } aelod ers 4 wythnos. I weld pwy, anfonwch /digest ataf mewn sgwrs breifat.
poll-native-vote-lost-anon = Ni chyrhaeddodd un bleidlais ata i. Os pleidleisioch chi newydd nawr, pleidleisiwch eto, os gwelwch yn dda.

## Members Kettle cannot reach privately (WhatsApp Cloud API)
reach-window = Alla i ddim anfon neges breifat at { $name } ({ $title }) ar WhatsApp: mae mwy na diwrnod ers iddyn nhw ysgrifennu ata i ddiwethaf, a dim ond gyda thempled cymeradwy mae WhatsApp yn gadael i mi ysgrifennu gyntaf. Bydd eu negeseuon yn aros nes iddyn nhw anfon unrhyw beth ata i — allech chi ofyn iddyn nhw?
reach-write-first = Alla i ddim anfon neges breifat at { $name } ({ $title }) ar WhatsApp: mae WhatsApp yn dweud bod angen iddyn nhw ysgrifennu ata i gyntaf. Bydd eu negeseuon yn aros nes iddyn nhw wneud — allech chi ofyn iddyn nhw anfon helo sydyn ata i?

## Which WhatsApp number talks to members privately
private-via-unavailable = Dim ond mewn grŵp WhatsApp y gall sgyrsiau preifat symud i rif arall, pan fydd gen i rif y grŵp hwn a rhif WhatsApp Business.
private-via-usage = Anfonwch /settings private via cloud (y rhif busnes) neu /settings private via bridge (y rhif yn y grŵp hwn).
private-via-set = Wedi'i wneud: { $door ->
    [cloud] mae aelodau nawr yn siarad â fi'n breifat drwy'r rhif busnes. Mae dolenni i sgwrs breifat yn ei agor.
   *[bridge] mae aelodau nawr yn siarad â fi'n breifat drwy'r rhif yn y grŵp hwn.
}
settings-private-via = Sgyrsiau preifat: { $door ->
    [cloud] y rhif busnes (/settings private via bridge)
   *[bridge] y rhif yn y grŵp hwn (/settings private via cloud)
}

## /privacy with WhatsApp's business number
privacy-cloud-window = Ar rif busnes WhatsApp rydw i hefyd yn cadw pryd ysgrifennoch chi ata i ddiwethaf (byth beth): dim ond o fewn diwrnod i hynny mae WhatsApp yn gadael i mi ysgrifennu atoch chi'n rhydd. Mae'n mynd gyda /forget.

## Un gymuned ar draws sawl sgwrs (/link, /unlink)
link-coordinators-only = Dim ond cydlynwyr sy'n gallu cysylltu neu ddatgysylltu sgyrsiau.
link-in-group = Mae cysylltu sgyrsiau'n digwydd yn y grwpiau eu hunain: mae cydlynydd yn anfon /link mewn un grŵp, a'r cod mae'n ei roi yn y llall.
link-code = I ddangos sesiynau cofrestru, cyfarfodydd a phleidleisiau'r grŵp hwn mewn grŵp arall hefyd (ar Telegram neu WhatsApp), mae cydlynydd yno'n anfon:
    /link { $code }
    Mae'n gweithio unwaith, o fewn { $minutes } munud. Yna mae atebion o'r ddau grŵp yn cyfrif gyda'i gilydd, unwaith i bob person. Mae rhywun â chyfrifon ar ddau blatfform yn cyfrif fel dau aelod, nes iddyn nhw anfon /me ata i mewn sgwrs breifat i'w gwneud yn un.
link-list = Sgyrsiau'r gymuned hon:
    { $list }
    Mae'r hyn sy'n dechrau mewn un yn ymddangos ym mhob un. Mae /link new yn rhoi cod i gysylltu un arall; mae /unlink yn tynnu un allan.
link-code-unknown = Dydy'r cod yna ddim yn gweithio: mae codau'n para 15 munud ac yn gweithio unwaith. Gofynnwch am un newydd gyda /link yn y grŵp arall.
link-same = Mae'r grŵp hwn eisoes yn rhan o'r gymuned honno.
link-already = Mae'r grŵp hwn eisoes wedi'i gysylltu â chymuned arall. Anfonwch /unlink yma yn gyntaf.
link-has-links = Mae grwpiau eraill wedi'u cysylltu â'r un hwn. I'w huno i gyd, anfonwch /link yma a'r cod yn y grŵp arall, neu /unlink nhw yn gyntaf.
link-busy = Mae gan y grŵp hwn rywbeth ei hun ar y gweill o hyd: sesiwn gofrestru neu bleidlais agored, pleidlais amser, cyfarfod i ddod, neu sesiwn gofrestru neu gyfarfod rheolaidd. Gorffennwch neu stopiwch y rheini'n gyntaf, yna anfonwch y cod eto (neu un newydd os yw wedi dod i ben).
link-done = 🔗 Mae { $chat } ({ $platform }) bellach wedi'i gysylltu: mae gan y gymuned hon { $count } sgwrs. Mae sesiynau cofrestru, cyfarfodydd a phleidleisiau a ddechreuir yn unrhyw un ohonyn nhw'n ymddangos ym mhob un, ac mae atebion yn cyfrif gyda'i gilydd, unwaith i bob person. Mae rhywun â chyfrifon ar ddau blatfform yn cyfrif fel dau aelod, nes iddyn nhw anfon /me ata i mewn sgwrs breifat i'w gwneud yn un.
unlink-none = Dydy'r grŵp hwn ddim wedi'i gysylltu ag unrhyw un arall.
unlink-which = Pa sgwrs? Anfonwch /unlink a'i rhif:
    { $list }
unlink-first = Y sgwrs gyntaf yw lle dechreuodd y gymuned, felly mae'n aros. Datgysylltwch y lleill fesul un, neu anfonwch /unlink mewn sgwrs gysylltiedig.
unlink-done = Dydy { $chat } ({ $platform }) ddim wedi'i gysylltu bellach. Fydd yr hyn sy'n dechrau yma ddim yn ymddangos yno mwyach.
unlink-done-here = Dydy'r grŵp hwn ddim wedi'i gysylltu â { $title } bellach: mae'n gymuned ei hun eto, gyda'i sesiynau cofrestru, cyfarfodydd a phleidleisiau ei hun.
privacy-linked = 🔗 Mae'r grŵp hwn yn un o { $count } sgwrs gysylltiedig un gymuned (/link): mae'r hyn rydych chi'n ei ateb yn unrhyw un ohonyn nhw'n cyfrif gyda'i gilydd, ac mae cydlynwyr y gymuned yn ei weld fel y bydden nhw yma. Mae rhywun ar ddau blatfform (Telegram a WhatsApp) yn ddau aelod ar wahân i mi nes iddyn nhw gysylltu eu cyfrifon (/me link mewn sgwrs breifat gyda mi): tan hynny mae pob cyfrif yn cadw ei ddata ei hun, ac mae /forget ar un yn gadael y llall. Ar ôl eu cysylltu, maen nhw'n un aelod, ac mae /forget yn dileu'r ddau.
settings-linked = Sgyrsiau cysylltiedig ({ $count }): { $list }. Mae /link yn eu rhestru; mae /unlink yn tynnu un allan.

me-in-private = Anfonwch /me ata i mewn sgwrs breifat: yno rydych chi'n cysylltu eich cyfrifon.
me-usage = Rhowch gynnig ar /me (eich cyfrifon), /me link (cod i'ch ap arall), /me link a'r cod, neu /me unlink.
me-single = Rydych chi'n fy nefnyddio ar { $platform }. Ar yr ap arall hefyd (Telegram neu WhatsApp)? Anfonwch /me link yma am god, yna anfonwch e ata i mewn sgwrs breifat yno. Bydd eich dau gyfrif wedyn yn cyfrif fel un aelod: un bleidlais, un cofrestriad, un ateb i wahoddiad.
me-accounts = Eich cyfrifon: { $list }. Maen nhw'n cyfrif fel un aelod, ac rwy'n ysgrifennu atoch chi'n breifat ar { $platform }. Mae /me unlink yn eu gwahanu eto.
me-code =
    Eich cod: { $code }
    O fewn { $minutes } munud, anfonwch hwn ata i mewn sgwrs breifat ar eich ap arall:
    /me link { $code }
    Bydd eich cyfrifon wedyn yn cyfrif fel un aelod: un bleidlais, un cofrestriad, un ateb i wahoddiad. Lle pleidleisiodd neu atebodd y ddau gyfrif yr un peth, yr ateb diweddaraf sy'n sefyll (mae pleidleisiau caeedig yn cadw eu canlyniadau). Bydda i'n dal i ysgrifennu atoch chi'n breifat yma.
me-code-unknown = Dydy'r cod yna ddim yn gweithio: efallai ei fod wedi dod i ben (mae codau'n para 15 munud) neu wedi'i ddefnyddio'n barod. Anfonwch /me link mewn sgwrs breifat ar eich ap arall am un newydd.
me-same = Daeth y cod yna o'r cyfrif hwn. Anfonwch e ata i o'ch ap arall.
me-same-platform = Mae'r cod yna o gyfrif { $platform } arall. Mae cod yn uno dau gyfrif ar apiau gwahanol: un ar Telegram, un ar WhatsApp.
me-already = Mae'r cyfrif hwn eisoes wedi'i gysylltu ag un arall. Anfonwch /me unlink yn gyntaf i'w wahanu.
me-anonymous-clash = Ddim eto: pleidleisiodd y ddau gyfrif yn y bleidlais ddienw "{ $question }". Dydy pleidleisiau dienw ddim ynghlwm wrth neb, felly alla i ddim dweud pa un i'w chadw. Cysylltwch eich cyfrifon pan fydd hi wedi cau; mae'r ddwy bleidlais yn cyfrif tan hynny.
me-linked = Wedi'i wneud: mae eich cyfrifon yn un aelod nawr. { $merged ->
        [0] Doedd dim angen uno dim byd.
        [one] Cafodd un bleidlais roeddech chi wedi'i bwrw o'r ddau gyfrif ei huno: yr un ddiweddaraf sy'n sefyll.
       *[other] Cafodd { $merged } pleidlais roeddech chi wedi'u bwrw o'r ddau gyfrif eu huno: y rhai diweddaraf sy'n sefyll.
    } Bydda i'n ysgrifennu atoch chi'n breifat ar { $platform }.
me-linked-there = Mae eich cyfrif { $platform } ({ $name }) bellach wedi'i gysylltu â'r un hwn: rydych chi'n cyfrif fel un aelod, gydag un bleidlais, un cofrestriad ac un ateb i wahoddiad. Mae /me yn dangos eich cyfrifon.
me-unlink-none = Dydy eich cyfrif ddim wedi'i gysylltu ag un arall.
me-unlink-done = Mae eich cyfrifon ar wahân eto. Mae'r hyn rydych chi wedi'i wneud hyd yma'n aros gyda'ch cyfrif { $platform }; mae'r llall yn dechrau o'r newydd y tro nesaf y byddwch chi'n ysgrifennu.
poll-result-merged = { $count ->
        [one] Roedd un person wedi pleidleisio o ddau gyfrif cyn eu cysylltu: dim ond eu pleidlais ddiweddaraf sy'n cyfrif.
       *[other] Roedd { $count } person wedi pleidleisio o ddau gyfrif cyn eu cysylltu: dim ond eu pleidleisiau diweddaraf sy'n cyfrif.
    }
