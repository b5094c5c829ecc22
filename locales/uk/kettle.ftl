# Слова Kettle українською.

welcome-group =
    Привіт, { $title }! Я Kettle.
    Я допомагаю цій групі ділитися, як справи, знаходити час для зустрічей і разом ухвалювати рішення.
    Натисніть «Приєднатися», щоб я знав, що ви тут. Електронна пошта нікому не потрібна.
joined-so-far = Уже приєдналися { $joined } з { $total } людей.
button-join = Приєднатися
join-done = Ви з нами. Ласкаво просимо!
join-already = Ви вже приєдналися.
join-nudge =
    Кого ще немає? До Kettle приєдналися { $joined } з { $total } людей цієї групи.
    Якщо хочете взяти участь, натисніть «Приєднатися». Без тиску.

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
    /checkin – почати коло відміток (координатори) або відмітитися приватно в чаті зі мною
    /checkin every monday 19:00 – відмітка щотижня (координатори)
    /pulse – як почувалася група, тиждень за тижнем (координатори)
    /lang – вибрати мову, якою я з вами говорю
    /tz – встановити часовий пояс (координатори встановлюють пояс групи; кожен може встановити свій у приватному чаті)
    /settings – переглянути налаштування групи
cmd-start = Привітатися й дізнатися, як я бережу ваші дані
cmd-help = Що вміє Kettle
cmd-checkin = Відмітитися або почати коло
cmd-pulse = Як почувалася група (координатори)
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
no-coordinators = поки нікого
not-set = не встановлено

unknown-command = Я не знаю команди /{ $command }. Напишіть /help, щоб побачити, що я вмію.
unknown-command-suggest = Я не знаю команди /{ $command }. Можливо, ви мали на увазі /{ $suggestion }?
button-stale = Вибачте, ця кнопка більше не працює.
button-other-chat = Ця кнопка належить іншому чату.
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
checkin-round-closed = Відмітка (закрита): { $question }
checkin-progress = Відмітилися: { $checked } · Ще не відповіли: { $missing }
checkin-spread = Важко { $rough } · Слабко { $low } · Нормально { $okay } · Добре { $good } · Чудово { $great } · Пропуск { $pass }
checkin-spread-hidden = (Розподіл зʼявиться, коли відповідять щонайменше 3 людини.)
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
