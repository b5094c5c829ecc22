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
    /lang – dewis yr iaith rwy'n ei defnyddio gyda chi
    /tz – gosod cylchfa amser (cydlynwyr sy'n gosod un y grŵp; gall unrhyw un osod ei un ei hun mewn sgwrs breifat)
    /settings – gweld gosodiadau'r grŵp
cmd-start = Dweud helo a darllen sut rwy'n cadw eich data
cmd-help = Beth all Kettle ei wneud
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
