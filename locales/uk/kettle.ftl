# Слова Kettle українською.

welcome-group =
    Привіт, { $title }! Я Kettle.
    Я допомагаю цій групі ділитися, як справи, знаходити час для зустрічей і разом ухвалювати рішення.
    Натисніть «Приєднатися», щоб я знав, що ви тут. Електронна пошта нікому не потрібна.
welcome-group-by-number =
    Привіт, { $title }! Я Kettle.
    Я допомагаю цій групі ділитися, як справи, знаходити час для зустрічей і разом ухвалювати рішення.
    Надішліть номер біля «Приєднатися» нижче, щоб я знав, що ви тут. Електронна пошта нікому не потрібна.
joined-so-far = Уже приєдналися { $joined } з { $total } людей.
button-join = Приєднатися
join-done = Ви з нами. Ласкаво просимо!
join-already = Ви вже приєдналися.
join-nudge =
    Кого ще немає? До Kettle приєдналися { $joined } з { $total } людей цієї групи.
    Якщо хочете взяти участь, натисніть «Приєднатися». Без тиску.
join-nudge-by-number =
    Кого ще немає? До Kettle приєдналися { $joined } з { $total } людей цієї групи.
    Якщо хочете взяти участь, надішліть номер біля «Приєднатися» нижче. Без тиску.

start-private =
    Привіт, { $name }! Я Kettle.
    Я допомагаю громадським групам ділитися, як справи, знаходити час для зустрічей і разом ухвалювати рішення.
    Додайте мене до чату своєї групи, щоб почати, або напишіть /help.
privacy-notice =
    Ваша приватність: я зберігаю лише ваше ім'я в чаті, мову, часовий пояс і відповіді, які ви самі вирішите дати.
    Я ніколи не прошу електронну пошту. Ви вирішуєте, хто бачить щось чутливе.

help =
    Ось що я вмію:
    /help – цей список
    /poll Питання | варіант | варіант – швидке опитування (просто /poll: крок за кроком); /decisions – опитування й рішення
    /meet Назва – знайти час для зустрічі; /meetings – що попереду; /agenda – додати до наступної зустрічі; /quiet – ваші тихі години
    /checkin – почати коло відміток (координатори) або відмітитися приватно в чаті зі мною
    /checkin every monday 19:00 – відмітка щотижня (координатори)
    /pulse – як почувалася група, тиждень за тижнем (координатори)
    /digest – підсумок тижня (координатори; /digest last week, /digest every monday 09:00, /digest here, /digest group on)
    /lang – вибрати мову, якою я з вами говорю
    /tz – встановити часовий пояс (координатори встановлюють пояс групи; кожен може встановити свій у приватному чаті)
    /settings – переглянути налаштування групи
    /privacy – що я зберігаю про вас; /mydata – ваші дані файлом; /forget – стерти їх (у приватному чаті зі мною)
    /remove – вивести когось із групи в Kettle (координатори: відповідь на повідомлення або ім'я)
    /link – показувати чек-іни, зустрічі й опитування цієї групи і в іншій групі (координатори); /unlink – від'єднати групу
    /me – поєднати акаунти Telegram і WhatsApp, щоб рахуватися один раз (в особистому чаті зі мною)
cmd-start = Привітатися й дізнатися, як я бережу ваші дані
cmd-help = Що вміє Kettle
cmd-checkin = Відмітитися або почати коло
cmd-pulse = Як почувалася група (координатори)
cmd-digest = Підсумок тижня (координатори)
cmd-lang = Вибрати мову
cmd-tz = Встановити часовий пояс
cmd-settings = Переглянути налаштування

lang-set = Гаразд, я говоритиму з вами українською.
lang-usage = Яка мова? Напишіть /lang і одну з: { $list }
lang-unknown = Я ще не розмовляю мовою «{ $input }». Я можу використовувати: { $list }

tz-set-community = Часовий пояс цієї групи тепер { $zone }. Там зараз { $time }.
tz-set-personal = Ваш часовий пояс тепер { $zone }. Там зараз { $time }.
tz-usage = Який часовий пояс? Наприклад: /tz Europe/Kyiv
tz-unknown = Я не знаю часового поясу «{ $input }». Спробуйте назву на зразок Europe/Kyiv.
tz-unknown-suggest = Я не знаю часового поясу «{ $input }». Можливо, ви мали на увазі { $suggestion }?
tz-coordinators-only = Лише координатори можуть змінити часовий пояс групи. Свій ви можете встановити в приватному чаті зі мною.

settings-group =
    Налаштування: { $title }
    Часовий пояс: { $zone }
    Мова: { $language }
    Координатори: { $coordinators }
    { joined-so-far }
settings-personal =
    Ваші налаштування
    Мова: { $language }
    Часовий пояс: { $zone }
    Тихі години: { $quiet }
no-coordinators = поки нікого
not-set = не встановлено

unknown-command = Я не знаю команди /{ $command }. Напишіть /help, щоб побачити, що я вмію.
unknown-command-suggest = Я не знаю команди /{ $command }. Можливо, ви мали на увазі /{ $suggestion }?
button-stale = Вибачте, ця кнопка більше не працює.
button-other-chat = Ця кнопка належить іншому чату.
button-not-member = Лише учасники цієї групи можуть користуватися цими кнопками.
choices-answer-by-number = { $count ->
    [1] Надішліть 1, щоб вибрати.
   *[other] Надішліть номер свого вибору (від 1 до { $count }).
}
private-hint = Я працюю з командами. Напишіть /help, щоб їх побачити.
lang-group-set = Гаразд, я писатиму в цю групу українською.
lang-group-coordinators-only = Лише координатори можуть змінити мову групи. Щоб змінити свою, напишіть /lang і код, наприклад /lang uk.

weekday-0 = понеділок
weekday-1 = вівторок
weekday-2 = середа
weekday-3 = четвер
weekday-4 = пʼятниця
weekday-5 = субота
weekday-6 = неділя

## Відмітки

checkin-default-question = З яким настроєм ви сьогодні прийшли?
checkin-round =
    Відмітка: { $question }
    Торкніться, як ви почуваєтеся, або пропустіть. Можна змінити до { $until }.
    Відповіді { $visibility }, якщо ви не оберете інше: кнопка 🔒 відкриває приватний чат зі мною, де можна обрати й додати кілька слів.
checkin-round-by-number =
    Відмітка: { $question }
    Надішліть номер того, як ви почуваєтеся, або номер «пропустити». Можна змінити до { $until }.
    Відповіді { $visibility }, якщо ви не оберете інше, але номер, надісланий тут, бачать усі в групі. Щоб відповісти приватно або додати кілька слів, скористайтеся посиланням 🔒 на приватний чат зі мною.
checkin-round-closed = Відмітка (закрита): { $question }
checkin-progress = Відмітилися: { $checked } · Ще не відповіли: { $missing }
checkin-spread = Важко { $rough } · Слабко { $low } · Нормально { $okay } · Добре { $good } · Чудово { $great } · Пропуск { $pass }
checkin-spread-hidden = (Як почуваються люди, я показую лише групами від 3 відповідей: коли раунд закривається або коли минає тиждень.)
checkin-shared-heading = Поділилися з групою:
checkin-answer-rough = Важко
checkin-answer-low = Слабко
checkin-answer-okay = Нормально
checkin-answer-good = Добре
checkin-answer-great = Чудово
checkin-answer-pass = Пропуск
checkin-button-private = 🔒 Приватність і слова
checkin-visibility-shared = видно групі
checkin-visibility-coordinators = лише для координаторів
checkin-visibility-counted = лише рахуються, без імені
checkin-button-shared = Показати групі
checkin-button-coordinators = Координаторам
checkin-button-counted = Лише врахувати
checkin-tapped = Записав: { $answer } ({ $visibility }). Можна змінити до { $until }.
checkin-changed = Змінено на: { $answer } ({ $visibility }).
checkin-closed-already = Цю відмітку вже закрито.
checkin-not-member = Ця відмітка належить групі, до якої ви не входите, тож я не можу прийняти вашу відповідь.
checkin-too-late = Цю відповідь уже не можна змінити.
checkin-open-already = Тут уже відкрита відмітка. Дайте відповідь вище, або координатор може закрити її командою /checkin close.
checkin-none-open = Зараз немає відкритої відмітки. Координатор може почати її командою /checkin.
checkin-coordinators-only = Лише координатори можуть починати, закривати й планувати відмітки. Ви завжди можете відмітитися приватно: надішліть /checkin у приватному чаті зі мною.
checkin-summary = Відмітку закрито: { $question }
checkin-brief-heading = Відмітку в групі { $title } закрито ({ $question }).
checkin-brief-everyone = Відмітилися всі, кого я знаю.
checkin-brief-missing = Ще не відповіли ({ $count }): { $names }
checkin-brief-unmet = А також людей у групі, з якими я ще не знайомий: { $count }.
checkin-brief-rough = Прийшли з важким станом і згодні, щоб координатори знали (можливо, хтось напише їм):
checkin-brief-words = Слова для координаторів:
checkin-anonymous = (без імені)
checkin-private-round = Відмітка в групі { $title }: { $question }
checkin-private-ask = Як ви сьогодні? Це враховується в пульсі групи { $title }. Можна пропустити.
checkin-private-yours =
    Ваша відповідь: { $answer } ({ $visibility }).
    Оберіть нижче, хто її бачить. Щоб додати кілька слів, просто напишіть їх тут.
checkin-private-thanks = Дякую, що відмітилися.
checkin-private-which = Для якої групи ця відмітка?
checkin-private-no-group = Ви ще не в групі зі мною. Коли ваша група додасть мене, а ви приєднаєтеся, можна буде відмічатися тут.
checkin-private-rough = Хтось із групи { $title } приватно відмітив «важко» і згоден, щоб координатори знали: { $name } { $words }
checkin-visibility-set = Готово: { $visibility }.
checkin-words-saved = Дякую, ваші слова збережено ({ $visibility }).
checkin-words-too-long = Це трохи задовго для відмітки (символів: { $length }; не більше { $max }). Можете скоротити й надіслати знову?
checkin-words-closed = Цю відмітку вже закрито, тож я не додав ваші слова.
checkin-every-set = Готово: відмітка щотижня, { $day }, о { $time } ({ $zone }). Наступна: { $next }.
checkin-every-exists = Відмітка щотижня, { $day }, о { $time } уже є.
checkin-every-list = Відмітки повторюються: { $list }
checkin-every-none = Немає повторюваних відміток. Координатор може додати, наприклад: /checkin every monday 19:00
checkin-every-stopped = Зупинено повторюваних відміток: { $count }.
checkin-default-set = Відтепер відповіді { $visibility }, якщо учасник не обере інше.
checkin-keep-set = Слова з відміток видалятимуться через { $days } днів. Підрахунки залишаються.
checkin-error-weekday = Я не знаю дня «{ $input }». Спробуйте: /checkin every monday 19:00
checkin-error-time = Я не зміг прочитати час «{ $input }». Спробуйте 19:00 або 7pm.
checkin-error-visibility = Оберіть shared, coordinators або counted, наприклад: /checkin visibility counted
checkin-error-days = Оберіть кількість днів від 1 до { $max }, наприклад: /checkin keep 90
checkin-error-length = Відмітка може тривати від 5 хвилин до 7 днів, наприклад: /checkin for 45m
settings-checkin =
    Відповіді у відмітках: { $visibility }, якщо учасники не оберуть інше
    Слова з відміток зберігаються: { $days } днів
    Повторювані відмітки: { $schedules }

pulse-heading = Пульс групи { $title }, останні тижні: { $weeks } (тиждень починається з понеділка):
pulse-week = Тиждень від { $week }: кола { $rounds }, відмітки { $checkins }
pulse-coordinators-only = Лише координатори можуть бачити пульс.
pulse-not-coordinator = Ви не координуєте жодної групи, тож пульсу для показу немає.

## Зустрічі

cmd-meet = Знайти час для зустрічі
cmd-meetings = Які зустрічі попереду
cmd-agenda = Додати до порядку денного наступної зустрічі
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
meet-when = { $weekday }, { $day } { $month }, { $time }
meet-when-year = { $weekday }, { $day } { $month } { $year }, { $time }
meet-length-value = { $hours ->
        [0] { $minutes } хв
       *[other] { $minutes ->
            [0] { $hours } год
           *[other] { $hours } год { $minutes } хв
        }
    }
meet-usage =
    Щоб знайти час: /meet Назва – я запропоную час у межах годин групи.
    Або впишіть час самі: /meet Назва | tue 19:00 | 3 Dec 18:30 | deadline 24h
    Також: /meet close, /meet move thu 19:00, /meet cancel, /meet repeat weekly, /meet skip, /meet cancel series, /meet attended.
    Координатори: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00, /meet length 90m, /meet place …, /meet reminders 24h 1h, /meet quiet 22:00-08:00.
meet-usage-move = Вкажіть новий час, наприклад: /meet move thu 19:00
meet-usage-repeat = Вкажіть, як повторювати: /meet repeat weekly, fortnightly, monthly, monthly second tuesday, monthly 15 – або /meet repeat off.
meet-usage-hours = Вкажіть години, наприклад: /meet hours weekdays 18:00-21:30 weekends 10:00-20:00
meet-usage-length = Вкажіть тривалість зустрічей, наприклад: /meet length 90m
meet-usage-place = Вкажіть місце або посилання на дзвінок, наприклад: /meet place Громадська зала (або /meet place none)
meet-usage-reminders = Вкажіть, коли нагадувати, наприклад: /meet reminders 24h 1h (або off)
meet-usage-quiet = Вкажіть тихі години, наприклад: /meet quiet 22:00-08:00
meet-in-group = Зустрічі домовляються в чаті групи: напишіть там /meet.
meet-error-when = Не можу прочитати «{ $input }» як день і час. Спробуйте «tue 19:00», «3 Dec 18:30» або «2026-12-03 18:30».
meet-error-no-date = «{ $input }» — не справжня дата. Перевірте, будь ласка.
meet-error-past = «{ $input }» уже минуло. Оберіть час у майбутньому.
meet-error-too-far = «{ $input }» більш ніж через рік. Оберіть ближчий час.
meet-error-far-no-year = «{ $input }» — це було б { $when }, більш ніж за пів року. Якщо ви це мали на увазі, напишіть із роком: { $example }.
meet-error-skipped = «{ $input }» не існує: тієї ночі годинники переводять уперед. Оберіть інший час.
meet-error-twice = «{ $input }» тієї ночі буде двічі, бо годинники переводять назад, тож це може означати дві різні миті. Оберіть інший час.
meet-error-too-many = Забагато варіантів: щонайбільше { $max }, будь ласка.
meet-error-deadline = Не можу використати «{ $input }» як строк. Спробуйте «deadline 24h» (від години до 30 днів).
meet-error-length = Не можу використати «{ $input }» як тривалість. Вкажіть від { $min } хвилин до { $max } годин, наприклад 90m.
meet-error-reminders = Не можу прочитати «{ $input }» як нагадування. Спробуйте «24h 1h» (до 4, від 5 хвилин до 14 днів наперед) або «off».
meet-error-quiet = Не можу прочитати «{ $input }» як тихі години. Спробуйте «22:00-08:00».
meet-error-hours = Не можу прочитати «{ $input }» як години. Спробуйте «weekdays 18:00-21:30 weekends 10:00-20:00», «every day 18:00-21:00» або «weekends off».
meet-error-hours-never = Тоді зовсім не лишиться часу для зустрічей. Залиште хоча б будні або вихідні.
meet-error-repeat = Не можу прочитати «{ $input }» як повторення. Спробуйте weekly, fortnightly, monthly, «monthly second tuesday» або «monthly 15».
meet-settings-coordinators-only = Лише координатори групи можуть змінювати налаштування зустрічей.
meet-settings-saved = Збережено.
settings-meetings =
    Години зустрічей: { $hours }
    Тривалість зустрічі: { $length }
    Місце: { $place }
    Нагадування перед зустрічами: { $reminders }
    Тихі години (без нагадувань): { $quiet }
meet-poll-running = Група вже шукає час для «{ $title }». Спершу завершіть це через /meet close.
meet-draft =
    { $name }, які варіанти запропонувати для «{ $title }»? Торкніться, щоб позначити потрібні (години групи: { $hours }), потім торкніться «Запитати групу».
meet-draft-open = Запитати групу
meet-draft-empty = Спершу позначте хоча б один варіант.
meet-draft-dropped = Готово: я відкинув цю чернетку.
meet-poll-not-draft = Це опитування вже триває.
meet-poll-heading = 🗓 Шукаємо час: { $title }
meet-poll-rules =
    Для кожного варіанта торкніться ✅ так, 🤷 якщо треба або ❌ ні. Відповіді можна змінювати до { $deadline }.
    Перемагає час із найбільшою кількістю «так»; «якщо треба» рахується як половина, а за рівності — найраніший час.
    Час вказано за { $zone }. Зустріч триває { $length }.
meet-poll-rules-by-number =
    Для кожного варіанта надішліть номер для ✅ так, 🤷 якщо треба або ❌ ні. Відповіді можна змінювати до { $deadline }.
    Перемагає час із найбільшою кількістю «так»; «якщо треба» рахується як половина, а за рівності — найраніший час.
    Час вказано за { $zone }. Зустріч триває { $length }.
meet-place-line = Місце: { $place }
meet-poll-answered = Відповіли поки: { $answered } з { $members }
meet-poll-mine = 🕒 Мій час
meet-answer-yes = так
meet-answer-if_need_be = якщо треба
meet-answer-no = ні
meet-answer-noted = Записано: { $when } – { $answer }.
meet-poll-closed = Це опитування закрито.
meet-not-member = Це лише для учасників тієї групи.
meet-mine-heading = Ваші відповіді для «{ $title }», за вашим часом ({ $zone }):
meet-nudge = Ви ще не сказали, який час вам підходить для «{ $title }» у групі { $group }. Відповіді приймаються до { $deadline }.
meet-none-suits = Час для «{ $title }» вийшов, але жоден варіант нікому не підходить. Можна спробувати /meet ще раз з іншим часом.
meet-confirm-ask =
    Час для «{ $title }» вийшов. Найкращий варіант — { $best }.
    { $organiser } або координатор: підтвердіть, будь ласка, час. Якщо ніхто не зробить цього до { $by }, я оберу найкращий.
meet-confirm-button = { $n }. { $when }
meet-confirm-not-yours = Підтвердити час може лише та людина, що це почала, або координатор.
meet-already-decided = Це вже вирішено.
meet-confirmed-notice = Підтверджено.
meet-reason-confirmed = Підтвердив(ла): { $name }.
meet-reason-most-yes = Ніхто не підтвердив, тож я обрав час із найбільшою кількістю «так» ({ $yes } так, { $maybe } якщо треба).
meet-reason-tie = Ніхто не підтвердив, тож я обрав час: { $tied } варіанти мали однаково ({ $yes } так, { $maybe } якщо треба), а цей найраніший.
meet-none-running = Зараз час не шукаємо.
meet-organiser-only = Це може зробити лише та людина, що це організувала, або координатор.
meet-already-closed = Це опитування вже закрито.
meet-announce = 📅 Зустріч підтверджено. Ви прийдете?
meet-announce-cancelled = ❌ Скасовано: цієї зустрічі не буде.
meet-rsvp-carries = Зустріч повторюється: ваша відповідь переходить на наступну, і ви можете змінити її будь-коли.
meet-meeting-line = { $title }: { $when }–{ $end } ({ $zone })
meet-rsvp-going = Прийду
meet-rsvp-maybe = Можливо
meet-rsvp-cant = Не зможу
meet-rsvp-noted = Дякую: { $answer }.
meet-rsvp-closed = Ця зустріч більше не приймає відповідей.
meet-rsvp-counts = Прийдуть: { $going } · Можливо: { $maybe } · Не зможуть: { $cant }
meet-calendar-caption = Додайте до свого календаря.
meet-calendar-updated = Ось оновлений запис для календаря.
meet-reminder = ⏰ Нагадування:
meet-reminder-late = (Вибачте, це нагадування запізнилося: я був деякий час офлайн.)
meet-moved = 📅 «{ $title }» перенесено. Новий час:
meet-cancelled = ❌ «{ $title }» скасовано. Це була зустріч:
meet-skipped = ⏭ «{ $title }» цього разу пропускаємо; наступна буде як завжди. Це була зустріч:
meet-series-stopped = «{ $title }» більше не повторюватиметься, а найближчу скасовано:
meet-not-repeating = Ця зустріч не повторюється.
meet-repeat-set = Готово: «{ $title }» повторюється { $rule } о { $time } ({ $zone }). Після цієї наступна — { $next }.
meet-repeat-off = «{ $title }» не повторюватиметься після цієї зустрічі.
repeat-weekly = щотижня
repeat-fortnightly = раз на два тижні
repeat-monthly-weekday = щомісяця: { $nth } { $weekday }
repeat-monthly-date = щомісяця { $day } числа
nth-1 = перший
nth-2 = другий
nth-3 = третій
nth-4 = четвертий
nth-5 = останній
meet-attended-coordinators-only = Лише координатори записують, хто прийшов.
meet-attended-none = Зустрічей ще не було.
meet-attended-start-private = Я надішлю список приватно: спершу почніть чат зі мною, потім спробуйте ще раз.
meet-attended-sent = Я надіслав вам список приватно.
meet-attended-heading = Хто прийшов на «{ $title }» ({ $when })? Торкніться, щоб позначити. Поки: { $count }.
meet-attended-unconfirmed = Ще не записано: спершу позначено тих, хто казав, що прийде. Натисніть «Записати», коли список буде правильним.
meet-attended-recorded = Записано: прийшли { $count }. Ви ще можете виправити це тут.
meet-attended-confirm = ✅ Записати цей список
meet-attended-confirmed = Дякую: присутність записано.
meet-attended-yes = Позначено як присутній.
meet-attended-no = Позначено як відсутній.
meetings-heading = Попереду в групі { $title }:
meetings-going = прийдуть: { $count }
meetings-repeats = (повторюється)
meetings-finding = Ще шукаємо час для «{ $title }».
meetings-none = Зустрічей ще не заплановано. /meet знайде час.
meetings-no-groups = Ви ще не в жодній групі зі мною.
agenda-no-meeting = Найближчої зустрічі немає. Спершу /meet знайде час.
agenda-added = Додано до порядку денного «{ $title }» ({ $when }). Тепер пунктів: { $count }.
agenda-empty = У порядку денному «{ $title }» ще нічого немає. Додайте щось через /agenda і кілька слів.
agenda-heading = Порядок денний «{ $title }»:
meet-hours-weekdays = будні { $window }
meet-hours-weekends = вихідні { $window }
meet-hours-off = не зустрічаємось
quiet-in-private = Свої тихі години можна задати в приватному чаті зі мною: /quiet 22:00-07:00. Координатори задають години групи через /meet quiet.
quiet-group-default = як у групі
quiet-usage = Вкажіть, коли вам краще не отримувати від мене повідомлень, за вашим часом: /quiet 22:00-07:00 (або /quiet off, щоб повернути години групи).
quiet-cleared = Готово: діють тихі години групи.
quiet-set = Готово: я не нагадуватиму вам у години { $quiet } ({ $zone }).

## Polls on priorities and decisions
cmd-poll = Почати опитування чи пропозицію
cmd-decisions = Відкриті опитування й ухвалені рішення
poll-usage =
    Щоб почати опитування: /poll Питання | варіант | варіант | варіант
    Види: /poll multiple …, /poll ranked …, /poll score …, /poll points 10 …, /poll budget 10000 … (кожен варіант закінчується вартістю), /poll proposal …
    Правила, після риски: anonymous · results after vote · results after close · deadline 3d · deadline none · quorum 50% · quorum 12 · max 2 · runoff · agree 75% · spend at least 80% · at least 2 projects · nudge until quorum
    Або напишіть просто /poll, і я налаштую його з вами крок за кроком в особистому чаті.
    /poll close – закрити зараз · /poll export – результати файлом CSV (координатори) · /outcome – записати рішення · /decisions – список
poll-in-group = Опитування й рішення належать групі: напишіть це в чаті своєї групи.
poll-heading = 📊 { $question }
poll-number = Опитування № { $id }
poll-voted = Проголосували: { $voted } з { $members }
poll-kind-single = Оберіть один варіант.
poll-kind-multiple = Оберіть скільки завгодно.
poll-kind-multiple-max = Оберіть не більше { $max }.
poll-kind-ranked = Розставте варіанти за порядком, в особистому чаті зі мною. Підрахунок методом Шульце: варіанти порівнюються попарно за тим, скільки людей поставили один вище за інший. Перемагає варіант, що переважає кожен інший у парному порівнянні; якщо такого немає, вирішує найсильніший ланцюжок перемог у парних порівняннях. Якщо варіанти й далі нарівні на першому місці, я так і кажу й не називаю переможця: група вирішує між ними.
poll-kind-runoff = Розставте варіанти за порядком, в особистому чаті зі мною. Підрахунок миттєвим другим туром: варіант із найменшою кількістю перших виборів вибуває, а його голоси переходять до наступного вибору, доки один варіант не матиме більше половини. Якщо кілька варіантів мають порівну найменше, вибуває той, що мав менше перших виборів у попередньому турі; якщо вони були нарівні в кожному турі — той, що в списку пізніше.
poll-kind-score = Оцініть кожен варіант від 0 до 5, в особистому чаті зі мною. Перемагає найвища середня; розкид теж показано.
poll-kind-points = Розподіліть { $points } балів між варіантами, в особистому чаті зі мною. Перемагає найбільше балів.
poll-kind-budget = Витратьте до { $budget } на проєкти, в особистому чаті зі мною. Проєкти фінансуються за кількістю прихильників; проєкт, що вже не вміщується в залишок, пропускається, і розглядається наступний.
poll-budget-min-spend = Витратьте щонайменше { $percent }%.
poll-budget-min-projects = Оберіть щонайменше { $count } проєкти.
poll-kind-proposal = За, утримуюсь, проти або блокую. Ухвалено, якщо щонайменше { $percent }% тих, хто за чи проти, — за, і ніхто не блокує.
poll-rule-anonymous = 🔒 Анонімно: я записую, що ви проголосували, і окремо ваш бюлетень, без нічого, що їх пов'язує, навіть у моїй базі даних. Анонімні голоси не можна змінити.
poll-rule-named = Не анонімно: ваш голос зберігається з вашим ім'ям (групі його не показують), і його можна змінити, доки опитування не закрите.
poll-rule-blank = Порожній бюлетень — не голос: він не враховується ні в явці, ні в кворумі.
poll-rule-results-live = Результати з'являються тут у міру голосування.
poll-rule-results-after-vote = Результати ви побачите після того, як проголосуєте.
poll-rule-results-after-close = Результати буде показано після закриття опитування.
poll-rule-quorum = Кворум: мають проголосувати щонайменше { $needed } з { $members } учасників.
poll-rule-deadline = Закривається { $when }.
poll-rule-no-deadline = Закривається, коли автор або координатор напише /poll close.
poll-button-private = 🗳 Голосувати особисто
poll-button-reason = ✍️ Голосувати з поясненням
poll-stance-agree = За
poll-stance-abstain = Утримуюсь
poll-stance-disagree = Проти
poll-stance-block = Блокую
poll-vote-noted = Ваш голос враховано: { $choice }. Його можна змінити, доки опитування не закрите.
poll-vote-withdrawn = Ви зняли всі позначки, тож ваш голос відкликано. Натисніть варіант, щоб проголосувати знову.
poll-vote-anonymous = Ваш анонімний голос враховано. Ніхто, навіть я, не знає, який бюлетень ваш.
poll-already-voted = Ви вже проголосували, а анонімні голоси змінити не можна.
poll-vote-privately = У цьому опитуванні голосують в особистому чаті зі мною: натисніть «Голосувати особисто».
poll-vote-privately-by-number = У цьому опитуванні голосують в особистому чаті зі мною: перейдіть за посиланням «Голосувати особисто».
poll-native-vote-lost = { $name }, ваш голос в опитуванні до мене не дійшов. Будь ласка, проголосуйте ще раз.
poll-closed = Це опитування закрито.
poll-not-member = Голосувати можуть лише учасники цієї групи.
poll-too-many = Можна обрати не більше { $max }.
poll-over = Залишилося лише { $left }.
poll-standing-heading = Як зараз виглядає «{ $question }»:
poll-error-too-few-options = Опитуванню потрібно щонайменше два варіанти, кожен після риски: /poll Питання | варіант | варіант
poll-error-too-many = В опитуванні може бути не більше { $max } варіантів.
poll-error-repeated = «{ $input }» повторюється.
poll-error-proposal-options = У пропозиції немає варіантів: учасники за, утримуються, проти або блокують. Напишіть лише пропозицію: /poll proposal Орендуємо залу на зиму
poll-error-no-cost = Кожен проєкт у бюджеті потребує вартості в кінці, наприклад «Вуличне освітлення 4000». У «{ $input }» її немає.
poll-error-number = Тут потрібне число, а не «{ $input }».
poll-error-deadline = Не можу прочитати термін «{ $input }». Спробуйте 12h, 3d або 2 weeks (від { $min } хвилин до { $max } днів) чи «deadline none».
poll-error-share = «{ $input }» має бути часткою від 1% до 100%.
poll-error-not-for-kind = «{ $input }» не підходить до цього виду опитування.
poll-error-quorum-too-big = Кворум { $needed } ніколи не буде досягнуто: у цій групі я налічую { $members } учасників. Спробуйте менше число або частку, як-от quorum 50%.
poll-error-over = Це { $spent } з { $allowance }: забагато.
poll-error-under = Ви витратили { $spent }; це опитування вимагає щонайменше { $least }.
poll-error-too-few = Спершу оберіть щонайменше { $least }.
poll-error-ballot = Цей бюлетень не підходить до опитування. Натисніть «Почати знову».
poll-error-blank = Цей бюлетень порожній, а порожній бюлетень — не голос. Спершу щось виберіть.
poll-ballot-heading = 🗳 { $question } ({ $group })
poll-ballot-choose = Позначте свій вибір, потім підтвердьте.
poll-ballot-rank = Натискайте варіанти по черзі, від найбажанішого. Пропустіть ті, що вам байдужі.
poll-ballot-rank-by-number = Надсилайте номери варіантів по черзі, від найбажанішого. Пропустіть ті, що вам байдужі.
poll-ballot-score = { $place } з { $count }: наскільки ви хочете «{ $label }»? 0 = зовсім ні, 5 = дуже.
poll-ballot-points = { $place } з { $count }: скільки балів для «{ $label }»? Залишилося { $left }.
poll-ballot-budget = Позначте проєкти для фінансування. Залишилося { $left } з { $budget }.
poll-ballot-proposal = Ваша позиція, потім підтвердьте. Можна додати пояснення.
poll-ballot-ready = Готово: перевірте бюлетень і підтвердьте.
poll-ballot-so-far = Ваш бюлетень: { $ballot }
poll-ballot-nothing = поки нічого
poll-ballot-reason-is = Ваше пояснення: { $reason }
poll-ballot-anonymous = 🔒 Анонімно: після підтвердження його не можна змінити чи пов'язати з вами.
poll-ballot-confirm = ✅ Підтвердити
poll-ballot-undo = ↩ Назад
poll-ballot-restart = Почати знову
poll-ballot-skip = Пропустити
poll-ballot-reason = ✍️ Додати пояснення
poll-ballot-reason-ask = Надішліть мені пояснення повідомленням. Воно збережеться з вашим бюлетенем і буде показане без імені після закриття опитування.
poll-nudge = У групі { $group } на ваш голос чекає опитування: «{ $question }». Закривається { $when }.
poll-nudge-open = У групі { $group } на ваш голос чекає опитування: «{ $question }».
poll-close-not-allowed = Достроково закрити опитування може лише його автор або координатор.
poll-none = Тут ще немає опитувань.
poll-no-such = У цій групі немає опитування № { $id }.
poll-which = Відкрито кілька опитувань: вкажіть яке, наприклад /poll close 12. Список: /decisions.
poll-result-heading = 📊 Результат: { $question } (опитування № { $id })
poll-result-turnout = Проголосували { $voted } з { $members } ({ $percent }%).
poll-result-quorum-met = Кворум { $needed } досягнуто.
poll-result-quorum-missed = Кворум { $needed } не досягнуто, тож цей результат не вирішує питання.
poll-result-nobody = Ніхто не проголосував.
poll-result-count-line = { $place }. { $label } — { $count } ({ $percent }%)
poll-result-winner = Переможець: { $label }
poll-result-tie = Нарівні на першому місці: { $labels }
poll-result-tie-why = Метод Шульце не може їх розрізнити, тож я не називаю переможця: група вирішує між ними. ({ $pairs })
poll-result-tie-pair = { $a } і { $b }: { $for } проти { $against } у парному порівнянні{ $chain ->
        [0] {""}
       *[other] , а їхні найсильніші ланцюжки перемог в обидва боки однаково сильні ({ $chain })
    }
poll-result-pair = над { $other }: { $for } проти { $against }
poll-result-schulze-why = Більше учасників віддали перевагу { $winner } перед кожним іншим варіантом у парному порівнянні: { $pairs }.
poll-result-schulze-chains = Жоден варіант не переміг кожен інший у парному порівнянні, тож вирішують найсильніші ланцюжки перемог. Ланцюжок сильний настільки, наскільки сильна його найслабша перемога.
poll-result-chain = • над { $other }: { $links } (сила { $strength }); { $back ->
        [0] ланцюжка перемог назад від { $other } немає.
       *[other] найсильніший ланцюжок назад від { $other } має лише { $back }.
    }
poll-result-chain-link = { $from } переміг { $to } { $for } проти { $against }
poll-result-order = Повний порядок: { $order }
poll-result-round-out = Тур { $round }: { $counts } — { $out } має найменше й вибуває.
poll-result-round-out-earlier = Тур { $round }: { $counts } — найменше мають { $level }; вибуває { $out }, бо в турі { $earlier } мав менше.
poll-result-round-out-listed = Тур { $round }: { $counts } — найменше мають { $level }, і вони були нарівні в кожному турі; вибуває { $out }, бо він у списку пізніше.
poll-result-round-won = Тур { $round }: { $counts } — { $winner } має більше половини.
poll-result-round-level = Тур { $round }: { $counts } — жоден варіант не має більше половини, а решта рівні.
poll-result-score-line = { $place }. { $label } — середня { $mean } (оцінки від { $lowest } до { $highest }, оцінили { $count })
poll-result-score-none = { $place }. { $label } — оцінок немає
poll-result-points-line = { $place }. { $label } — { $points } балів ({ $percent }%)
poll-result-funded = Профінансовано: { $projects } — { $spent } з { $budget }.
poll-result-supporters-funded = ✅ { $label } — прихильників: { $count }
poll-result-supporters = ▫️ { $label } — прихильників: { $count } (без фінансування)
poll-result-accepted = ✅ Ухвалено.
poll-result-not-accepted = Не ухвалено: голосів «за» менше ніж { $percent }%.
poll-result-blocked = ⛔ Заблоковано: блокують { $count }.
poll-result-no-quorum = Не вирішено: кворум не досягнуто.
poll-result-stances = За { $agree } · Утримались { $abstain } · Проти { $disagree } · Блокують { $block }
poll-result-reasons = Наведені пояснення (без імен):
poll-result-outcome-hint = Координатори: запишіть, що далі, командою /outcome #{ $id } що вирішили.
outcome-usage = Запишіть рішення: /outcome Що ми зробимо. Щоб отримати нагадування про перегляд: /outcome Що ми зробимо | review 3 months
outcome-coordinators-only = Записувати рішення можуть лише координатори.
outcome-still-open = Опитування № { $id } ще відкрите. Запишіть рішення після його закриття.
outcome-review-bad = Не можу прочитати дату перегляду «{ $input }». Спробуйте 2027-03-01, 1 March або 3 months.
outcome-recorded = Записано для опитування № { $id } («{ $question }»): { $outcome }
outcome-review-set = Я нагадаю координаторам переглянути його: { $when }.
poll-review-due = Час переглянути рішення в групі { $group }: опитування № { $id }, «{ $question }». Записане рішення: { $outcome }
decisions-heading = Опитування й рішення в групі { $group }:
decisions-none = Поки немає опитувань. Почніть командою /poll.
decisions-open = 🗳 № { $id } { $question } — відкрите, проголосували { $voted }
decisions-closed = 📊 № { $id } { $question } — { $result } (закрите { $closed })
decisions-winner = { $label }
decisions-accepted = ухвалено
decisions-not-accepted = не ухвалено
decisions-blocked = заблоковано
decisions-no-quorum = немає кворуму
decisions-quorum-missed = кворум не досягнуто
decisions-outcome = Рішення: { $outcome }
decisions-no-outcome = Рішення ще не записано (/outcome #{ $id } …)
decisions-review = Перегляд: { $when }
export-coordinators-only = Експортувати результати можуть лише координатори.
export-start-private = Експорт я надсилаю особисто: спершу почніть чат зі мною (натисніть моє ім'я, потім Start) і спробуйте ще раз.
export-start-private-by-number = Експорт я надсилаю особисто: спершу напишіть мені в особистому чаті (будь-яке повідомлення) і спробуйте ще раз.
export-caption = Результати опитування № { $id } («{ $question }»). Бюлетені наведено без імен і часу.
export-sent = Я надіслав вам результати особисто.
poll-setup-start-private = Спершу почніть особистий чат зі мною (натисніть моє ім'я, потім Start) і спробуйте ще раз.
poll-setup-start-private-by-number = Спершу напишіть мені в особистому чаті (будь-яке повідомлення) і спробуйте ще раз.
poll-setup-moved = Я надіслав вам особисте повідомлення, щоб налаштувати опитування.
poll-setup-question = Налаштуймо опитування для групи { $group }. Яке питання? Надішліть його повідомленням.
poll-setup-options = Надішліть варіанти, по одному в рядку чи повідомленні, потім натисніть «Готово». (Для пропозиції натисніть «Готово» одразу.)
poll-setup-done = Готово
poll-setup-card = Ваше опитування для групи { $group }, як його побачать учасники. Змініть правила кнопками, потім опублікуйте.
poll-setup-kind-single = Один вибір
poll-setup-kind-multiple = Кілька виборів
poll-setup-kind-ranked = Рейтинг
poll-setup-kind-score = Оцінки
poll-setup-kind-points = 10 балів
poll-setup-kind-proposal = Пропозиція
poll-setup-anonymous-on = 🔒 Анонімно: так
poll-setup-anonymous-off = Анонімно: ні
poll-setup-results = Результати: змінити
poll-setup-deadline = Термін: змінити
poll-setup-quorum = Кворум: змінити
poll-setup-post = 📣 Опублікувати
poll-setup-cancel = Скасувати
poll-setup-cancelled = Налаштування опитування скасовано.
poll-setup-posted = Опитування № { $id } опубліковано в групі { $group }.

## Weekly digests

digest-heading = 📋 Підсумок тижня для { $group }: { $from } – { $to } ({ $week })
digest-heading-so-far = 📋 Підсумок для { $group } за цей тиждень досі: { $from } – { $to } ({ $week })
digest-date = { $day } { $month }
digest-combined-heading = 📋 Підсумки тижня для груп: { $count } ({ $week })
digest-quiet-week = Тихий тиждень: без зустрічей, чекінів і голосувань.
digest-approximate = Складено { $built }, уже після завершення тижня: учасники, відкриті опитування й пошуки часу та голоси на той момент подано станом на час складання, а не на кінець тижня.
digest-members = 👥 Учасників: { $count } · озвалися цього тижня: { $heard }
digest-joined-names = Нові: { $names }
digest-joined-count = Нових учасників: { $count }
digest-left-names = Пішли: { $names }
digest-left-count = Пішли: { $count }
digest-not-heard-names = 🔕 Не озивалися 4 тижні: { $names }
digest-not-heard-count = 🔕 Не озивалися 4 тижні: { $count } (імена є лише в підсумку для координаторів).
digest-meetings = 📅 Зустрічі
digest-meeting-held = • { $title }, { $when }: прийшло { $came }. { $going } казали, що прийдуть, і { $both } з них прийшли; можливо: { $maybe }, не можуть: { $cant }.
digest-meeting-unmarked = • { $title }, { $when }: ніхто не позначив, хто прийшов. { $going } казали, що прийдуть; можливо: { $maybe }, не можуть: { $cant }.
digest-meetings-cancelled = Скасовано зустрічей: { $count }.
digest-upcoming = 🔜 { $title }, { $when }: поки що йдуть { $going }
digest-checkins = ☕ Чекінів: { $total } — раундів: { $rounds }, приватних: { $private }.
digest-checkin-rounds = Відповідей у раундах: { $answers }
digest-spread = Як люди прийшли: { $spread }
digest-spread-hidden = Як люди прийшли, не показано: менше ніж 3 чекіни.
digest-round-open = Раунд ще відкритий; його відповіді враховуються після закриття.
digest-polls = 🗳 Голосування
digest-poll-closed = • #{ $id } «{ $question }» закрито: { $result } (проголосували { $voted } з { $members })
digest-poll-no-quorum = Кворуму не було, тож питання не вирішено.
digest-poll-opened = • #{ $id } «{ $question }» відкрито: проголосували { $voted } з { $members }
digest-poll-open = • #{ $id } «{ $question }» ще відкрите: проголосували { $voted } з { $members }
digest-decided = ✅ Рішення щодо #{ $id } «{ $question }»: { $outcome }
digest-review = 🔁 Переглянути { $when }: #{ $id } «{ $question }»
digest-time-poll = ⏳ Шукаємо час для «{ $title }»: відповіли { $answered } з { $members }
digest-more = …і ще { $count }
digest-coordinators-only = Лише координатори можуть просити підсумок і змінювати, куди й коли він надходить.
digest-private-none = Ви не координуєте жодної групи, де я є, тож підсумку для вас немає.
digest-settings-in-group = Коли й куди надходить підсумок, налаштовується в самій групі: /digest every monday 09:00, /digest off або /digest here у чаті координаторів.
digest-bad-week = Не можу прочитати «{ $input }» як тиждень. Спробуйте /digest, /digest last week або /digest 2026-W47.
digest-future-week = Тиждень { $week } ще не почався.
digest-bad-weekday = Не можу прочитати «{ $input }» як день. Спробуйте /digest every monday 09:00.
digest-bad-time = Не можу прочитати «{ $input }» як час. Спробуйте /digest every monday 09:00.
digest-every-set = Готово: підсумок для { $group } тепер приходить щотижня, { $day }, о { $time } ({ $zone }). Наступний: { $next }.
digest-off = Щотижневий підсумок для { $group } вимкнено. /digest on вмикає його знову.
digest-here-set = Відтепер цей чат отримує щотижневий підсумок для: { $groups }. У ньому є імена тих, хто не озивався, тож залиште цей чат для координаторів.
digest-here-none = Ви не координуєте жодної іншої групи, де я є, тож сюди нічого надсилати.
digest-here-off = Цей чат більше не отримуватиме підсумків; вони знову йтимуть кожному координатору приватно.
digest-group-on = Готово: щотижня { $group } отримуватиме тут власну копію підсумку, лише з числами, без імен. /digest group off вимикає це.
digest-group-off = { $group } більше не отримуватиме власної копії підсумку. Координатори й далі отримують свою.

## Privacy and safeguarding
privacy-page =
    🔒 Що я зберігаю і навіщо
    • Хто ви тут: ваш обліковий запис у чаті та ім'я, яке він показує, ваша мова, часовий пояс і тихі години. Ніколи — ваша електронна пошта.
    • Те, що ви даєте: відповіді на check-in (і слова, якщо ви їх додаєте), голоси та їх пояснення, відповіді щодо зустрічей, пункти порядку денного, а також хто прийшов на зустріч, якщо координатор це записує.
    • Анонімні голоси зберігаються окремо від вашого імені: ніхто, ні координатори, ні я, не бачить, як ви проголосували. Check-in «лише в підрахунку» теж втрачає ваше ім'я.
    • Чого я ніколи не зберігаю: ваших інших повідомлень. Я читаю команди й відповіді на мої запитання, і нічого більше.
    • Ідентифікатори оновлень, лише щоб не робити щось двічі: { $inbox_days } дн. Повідомлення, які я надіслав: текст зникає, щойно його доставлено.
    Хто це бачить: група бачить те, чим ви вирішили поділитися; координатори — те, що ви залишили для них; інакше лише числа.
    Ваші дані: /mydata (у приватному чаті зі мною) надсилає вам усе одним файлом. /forget стирає вас усюди.
privacy-group =
    У групі { $title }: слова з check-in зберігаються { $words_days } дн., хто приходив на зустрічі — { $attendance_days } дн.
privacy-operator = Цей Kettle веде: { $operator }
privacy-operator-unknown = Цей Kettle веде той, хто налаштував його для вашої групи: запитайте координаторів.
sensitive-explained =
    Чутливий режим: відповіді на check-in лишаються в координаторів або лише підраховуються; жодних імен у повідомленнях групи; повідомлення не можна пересилати чи зберігати (у Telegram); підсумок називає тихих учасників лише числом, якщо координатор не попросить імена приватно.
sensitive-on = Чутливий режим для цієї групи увімкнено.
sensitive-off = Чутливий режим вимкнено. Відповіді на check-in мають ту видимість, яку ви встановили (/checkin visibility …).
settings-sensitive-on = Чутливий режим: увімкнено (/settings sensitive off)
settings-sensitive-off = Чутливий режим: вимкнено (/settings sensitive on)
settings-attendance = Хто приходив на зустрічі, зберігається { $days } дн. (/settings attendance 180)
attendance-keep-set = Відтепер те, хто прийшов на зустріч, зберігається { $days } дн.
attendance-keep-usage = Скажіть, скільки днів зберігати, хто приходив на зустрічі, наприклад: /settings attendance 180
settings-usage =
    Можна змінити: /settings sensitive on (або off), /settings attendance 180 (днів). Просто /settings показує все.
settings-coordinators-only = Лише координатори групи можуть змінювати її налаштування.
sensitive-no-shared = Ця група в чутливому режимі, тож check-in не можна за замовчуванням показувати всім.
mydata-caption = Ось усе, що я зберігаю про вас, одним файлом. Зберігайте його в безпечному місці: там ваші слова з check-in.
mydata-not-included = Тут немає анонімних голосів і check-in «лише в підрахунку»: ніщо не пов'язує їх із вами, тож ніхто їх не знайде, навіть Kettle.
mydata-in-private = Ваші дані належать лише вам: надішліть мені /mydata у приватному чаті, і я надішлю вам файл.
forget-in-private = Щоб я вас забув, надішліть мені /forget у приватному чаті: у групі про це нічого не буде сказано.
forget-warning =
    ⚠️ Це зітре вас із Kettle в усіх ваших групах ({ $groups }):
    • ваше ім'я, обліковий запис, мову, часовий пояс і тихі години;
    • ваші check-in та їхні слова (кількість лишається, без вас);
    • ваші голоси: у відкритих опитуваннях їх буде відкликано; у закритих вони лишаться лише анонімними числами, тож результати не зміняться;
    • ваші відповіді щодо зустрічей, присутність і авторство пунктів порядку денного.
    Скасувати це неможливо. Щоб продовжити, надішліть: /forget confirm
forget-done =
    Готово: я вас забув. (Груп: { $groups }, check-in: { $checkins }, голосів: { $votes }.)
    Якщо напишете мені знову, я зустріну вас як нову людину. Бережіть себе.
slow-down = Ви надсилаєте мені багато одразу: я зроблю хвилинну паузу, а потім продовжу. Нічого з уже зробленого не втрачено.
input-too-long = Це довше, ніж я можу прийняти (щонайбільше { $max } символів). Можете скоротити?
member-left-ballots = Ви вийшли з групи { $title }, тож ваші незавершені бюлетені там закрито. Ваші віддані голоси й далі враховуються.
cmd-privacy = Що Kettle зберігає про вас
cmd-mydata = Отримати свої дані файлом
cmd-forget = Стерти свої дані
remove-usage = Щоб вивести когось із цієї групи в Kettle, дайте відповідь на його повідомлення командою /remove або надішліть /remove та ім'я (лише координатори).
remove-coordinators-only = Лише координатори групи можуть когось вивести.
remove-not-found = Я не знайшов цього учасника. Дайте відповідь на його повідомлення командою /remove або вкажіть ім'я, яке видно в чаті.
remove-ambiguous = Кілька учасників мають ім'я { $name }. Натомість дайте відповідь на повідомлення потрібної людини в групі командою /remove.
remove-not-coordinator = { $name } — координатор: це вирішують адміністратори групи в самому чаті.
remove-done = Готово: { $name } більше не бере участі в { $title } через Kettle. Віддані голоси й check-in і далі враховуються, без імені.
remove-told =
    Вітаю. Координатор групи { $title } вивів вас з опитувань, check-in і зустрічей групи в Kettle, тож я не надсилатиму вам нічого про неї.
    Якщо вважаєте це помилкою, поговоріть із координаторами. Бережіть себе.
sensitive-organiser = Організатор
meet-reason-confirmed-anon = Підтверджено організатором або координатором.
settings-coordinators-count = { $count } (у чутливому режимі без імен)
remove-done-anon = Готово: цей учасник більше не бере участі в { $title } через Kettle. Віддані голоси й check-in і далі враховуються, без імені.
digest-not-heard-withheld = 🔕 Не озивалися 4 тижні: { $count }. Щоб побачити хто, надішліть мені /digest у приватному чаті.
poll-native-vote-lost-anon = Один голос в опитуванні до мене не дійшов. Якщо ви щойно голосували, будь ласка, проголосуйте ще раз.

## Members Kettle cannot reach privately (WhatsApp Cloud API)
reach-window = Я не можу написати { $name } ({ $title }) особисто у WhatsApp: минуло понад добу, відколи вони востаннє мені писали, а WhatsApp дозволяє мені писати першим лише затвердженим шаблоном. Їхні повідомлення чекатимуть, доки вони щось мені надішлють — можете їх про це попросити?
reach-write-first = Я не можу написати { $name } ({ $title }) особисто у WhatsApp: WhatsApp каже, що спершу вони мають написати мені. Їхні повідомлення чекатимуть до того часу — можете попросити їх надіслати мені коротке «привіт»?

## Which WhatsApp number talks to members privately
private-via-unavailable = Перенести особисті чати на інший номер можна лише в групі WhatsApp, коли в мене є і номер цієї групи, і номер WhatsApp Business.
private-via-usage = Надішліть /settings private via cloud (бізнес-номер) або /settings private via bridge (номер у цій групі).
private-via-set = Готово: { $door ->
    [cloud] тепер учасники пишуть мені особисто через бізнес-номер. Посилання на особистий чат відкривають його.
   *[bridge] тепер учасники пишуть мені особисто через номер у цій групі.
}
settings-private-via = Особисті чати: { $door ->
    [cloud] бізнес-номер (/settings private via bridge)
   *[bridge] номер у цій групі (/settings private via cloud)
}

## /privacy with WhatsApp's business number
privacy-cloud-window = На бізнес-номері WhatsApp я також зберігаю, коли ви востаннє мені писали (ніколи не що): WhatsApp дозволяє мені вільно писати вам лише протягом доби після цього. Це зникає з /forget.

## Одна спільнота в кількох чатах (/link, /unlink)
link-coordinators-only = Лише координатори можуть поєднувати й роз'єднувати чати.
link-in-group = Чати поєднують у самих групах: координатор надсилає /link в одній групі, а отриманий код — в іншій.
link-code = Щоб чек-іни, зустрічі й опитування цієї групи показувалися і в іншій групі (у Telegram чи WhatsApp), координатор тієї групи надсилає:
    /link { $code }
    Код діє один раз, протягом { $minutes } хвилин. Тоді відповіді з обох груп рахуються разом, по одній на людину. Людина з акаунтами на двох платформах рахується як двоє учасників, доки не надішле мені /me в особистому чаті, щоб об'єднати їх.
link-list = Чати цієї спільноти:
    { $list }
    Те, що починається в одному, з'являється в усіх. /link new дає код, щоб поєднати ще один; /unlink від'єднує один.
link-code-unknown = Цей код не діє: коди дійсні 15 хвилин і спрацьовують один раз. Попросіть новий через /link в іншій групі.
link-same = Ця група вже є частиною цієї спільноти.
link-already = Ця група вже поєднана з іншою спільнотою. Спершу надішліть тут /unlink.
link-has-links = До цієї групи вже поєднано інші групи. Щоб об'єднати всі, надішліть /link тут, а код — в іншій групі, або спершу від'єднайте їх (/unlink).
link-busy = У цій групі ще триває щось її власне: відкритий чек-ін чи опитування, опитування про час, майбутня зустріч або регулярний чек-ін чи зустріч. Спершу завершіть або зупиніть їх, а потім надішліть код ще раз (або новий, якщо цей сплив).
link-done = 🔗 { $chat } ({ $platform }) тепер поєднано: у цій спільноті { $count } чати. Чек-іни, зустрічі й опитування, розпочаті в будь-якому з них, з'являються в усіх, а відповіді рахуються разом, по одній на людину. Людина з акаунтами на двох платформах рахується як двоє учасників, доки не надішле мені /me в особистому чаті, щоб об'єднати їх.
unlink-none = Ця група не поєднана з жодною іншою.
unlink-which = Який чат? Надішліть /unlink і його номер:
    { $list }
unlink-first = Перший чат — це місце, де почалася спільнота, тож він лишається. Від'єднуйте інші по одному або надішліть /unlink у поєднаному чаті.
unlink-done = { $chat } ({ $platform }) більше не поєднано. Те, що почнеться тут, більше там не з'являтиметься.
unlink-done-here = Ця група більше не поєднана з { $title }: вона знову окрема спільнота з власними чек-інами, зустрічами й опитуваннями.
privacy-linked = 🔗 Ця група — один із { $count } поєднаних чатів однієї спільноти (/link): те, що ви відповідаєте в будь-якому з них, рахується разом, і координатори спільноти бачать це так само, як бачили б тут. Людина на двох платформах (Telegram і WhatsApp) для мене — двоє окремих учасників, доки не поєднає акаунти (/me link в особистому чаті зі мною): до того кожен акаунт має власні дані, і /forget на одному не зачіпає інший. Після поєднання це один учасник, і /forget стирає обидва.
settings-linked = Поєднані чати ({ $count }): { $list }. /link показує їх; /unlink від'єднує один.

me-in-private = Надішліть мені /me в особистому чаті: там поєднуються акаунти.
me-usage = Спробуйте /me (ваші акаунти), /me link (код для іншого застосунку), /me link і код або /me unlink.
me-single = Ви користуєтеся мною в { $platform }. В іншому застосунку теж (Telegram чи WhatsApp)? Надішліть тут /me link, щоб отримати код, а потім надішліть його мені в особистому чаті там. Тоді два ваші акаунти рахуватимуться як один учасник: один голос, один чек-ін, одна відповідь на запрошення.
me-accounts = Ваші акаунти: { $list }. Вони рахуються як один учасник, а особисто я пишу вам у { $platform }. /me unlink знову розділяє їх.
me-code =
    Ваш код: { $code }
    Протягом { $minutes } хвилин надішліть мені це в особистому чаті в іншому застосунку:
    /me link { $code }
    Тоді ваші акаунти рахуватимуться як один учасник: один голос, один чек-ін, одна відповідь на запрошення. Де обидва акаунти проголосували чи відповіли на те саме, чинною лишається пізніша відповідь (закриті опитування зберігають свої результати). Особисто я й далі писатиму вам тут.
me-code-unknown = Цей код не працює: можливо, він сплив (коди діють 15 хвилин) або вже використаний. Надішліть /me link в особистому чаті в іншому застосунку, щоб отримати новий.
me-same = Цей код надіслано з цього ж акаунта. Надішліть його мені з іншого застосунку.
me-same-platform = Цей код з іншого акаунта в { $platform }. Код поєднує два акаунти в різних застосунках: один у Telegram, один у WhatsApp.
me-already = Цей акаунт уже поєднано з іншим. Спершу надішліть /me unlink, щоб розділити їх.
me-anonymous-clash = Ще ні: обидва ваші акаунти проголосували в анонімному опитуванні «{ $question }». Анонімні голоси ні з ким не пов'язані, тож я не можу визначити, який залишити. Поєднайте акаунти, коли опитування закриється; доти рахуються обидва голоси.
me-linked = Готово: ваші акаунти тепер один учасник. { $merged ->
        [0] Нічого не треба було об'єднувати.
        [one] Один голос, відданий з обох акаунтів, об'єднано: чинним лишається пізніший.
       *[other] Голоси, віддані з обох акаунтів, об'єднано ({ $merged }): чинними лишаються пізніші.
    } Особисто я писатиму вам у { $platform }.
me-linked-there = Ваш акаунт у { $platform } ({ $name }) тепер поєднано з цим: ви рахуєтеся як один учасник, з одним голосом, одним чек-іном і однією відповіддю на запрошення. /me показує ваші акаунти.
me-unlink-none = Ваш акаунт не поєднано з іншим.
me-unlink-done = Ваші акаунти знову окремі. Усе, що зроблено досі, лишається з вашим акаунтом у { $platform }; інший почне з чистого аркуша, коли ви наступного разу напишете.
poll-result-merged = { $count ->
        [one] Одна людина голосувала з двох акаунтів до їх поєднання: рахується лише її пізніший голос.
       *[other] Людей, що голосували з двох акаунтів до їх поєднання: { $count }. Рахуються лише їхні пізніші голоси.
    }
