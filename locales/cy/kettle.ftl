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
