# كلمات Kettle بالعربية.

welcome-group =
    مرحبًا يا { $title }! أنا Kettle.
    أساعد هذه المجموعة على الاطمئنان على بعضها، وإيجاد وقت للاجتماع، واتخاذ القرارات معًا.
    اضغط «انضمام» لأعرف أنك هنا. لا أحد يحتاج إلى بريد إلكتروني.
welcome-group-by-number =
    مرحبًا يا { $title }! أنا Kettle.
    أساعد هذه المجموعة على الاطمئنان على بعضها، وإيجاد وقت للاجتماع، واتخاذ القرارات معًا.
    أرسل رقم «انضمام» أدناه لأعرف أنك هنا. لا أحد يحتاج إلى بريد إلكتروني.
joined-so-far = انضم حتى الآن { $joined } من { $total } أشخاص.
button-join = انضمام
join-done = أنت معنا الآن. أهلًا بك!
join-already = لقد انضممت من قبل.
join-nudge =
    من لم ينضم بعد؟ انضم إلى Kettle { $joined } من { $total } أشخاص في هذه المجموعة.
    إن أردت المشاركة، اضغط «انضمام». لا داعي للعجلة.
join-nudge-by-number =
    من لم ينضم بعد؟ انضم إلى Kettle { $joined } من { $total } أشخاص في هذه المجموعة.
    إن أردت المشاركة، أرسل رقم «انضمام» أدناه. لا داعي للعجلة.

start-private =
    مرحبًا { $name }! أنا Kettle.
    أساعد المجموعات المجتمعية على الاطمئنان على بعضها، وإيجاد وقت للاجتماع، واتخاذ القرارات معًا.
    أضفني إلى محادثة مجموعتك لنبدأ، أو اكتب /help.
privacy-notice =
    خصوصيتك: أحتفظ فقط باسمك في المحادثة ولغتك ومنطقتك الزمنية والإجابات التي تختار أن تعطيها.
    لن أطلب بريدك الإلكتروني أبدًا. أنت من يقرر من يرى أي شيء حساس.

help =
    هذا ما أستطيع فعله:
    /help – هذه القائمة
    /poll السؤال | خيار | خيار – تصويت سريع (/poll وحده: خطوة بخطوة)؛ /decisions – التصويتات والقرارات
    ‎/meet العنوان – إيجاد وقت للاجتماع؛ ‎/meetings – ما القادم؛ ‎/agenda – إضافة إلى الاجتماع القادم؛ ‎/quiet – ساعات هدوئك
    /checkin – ابدأ جولة اطمئنان (المنسقون)، أو اطمئن بشكل خاص في محادثة معي
    /checkin every monday 19:00 – جولة اطمئنان كل أسبوع (المنسقون)
    /pulse – كيف كان حال المجموعة أسبوعًا بعد أسبوع (المنسقون)
    /digest – ملخص الأسبوع (المنسقون؛ /digest last week و /digest every monday 09:00 و /digest here و /digest group on)
    /lang – اختر اللغة التي أكلمك بها
    /tz – اضبط المنطقة الزمنية (المنسقون يضبطون منطقة المجموعة، وكل شخص يضبط منطقته في محادثة خاصة)
    /settings – اعرض إعدادات المجموعة
    /privacy – ما أحتفظ به عنك؛ /mydata – بياناتك في ملف؛ /forget – امحُها (في دردشة خاصة معي)
    /remove – أخرِج شخصًا من المجموعة في Kettle (المنسقون: ردّ على رسالته أو أضف اسمه)
    /link – اعرض تسجيلات الحضور والاجتماعات والاستطلاعات الخاصة بهذه المجموعة في مجموعة أخرى أيضًا (المنسقون)؛ /unlink – افصل مجموعة
    /me – اربط حسابيك على تيليجرام وواتساب لتُحسب مرة واحدة (في دردشة خاصة معي)
cmd-start = قل مرحبًا واقرأ كيف أحفظ بياناتك
cmd-help = ما يستطيع Kettle فعله
cmd-checkin = اطمئن أو ابدأ جولة اطمئنان
cmd-pulse = كيف كان حال المجموعة (المنسقون)
cmd-digest = ملخص الأسبوع (المنسقون)
cmd-lang = اختر لغتك
cmd-tz = اضبط المنطقة الزمنية
cmd-settings = اعرض الإعدادات

lang-set = حسنًا، سأكلمك بالعربية.
lang-usage = أي لغة؟ اكتب /lang ثم واحدة من: { $list }
lang-unknown = لا أتكلم «{ $input }» بعد. أستطيع استخدام: { $list }

tz-set-community = المنطقة الزمنية لهذه المجموعة الآن { $zone }. الساعة هناك الآن { $time }.
tz-set-personal = منطقتك الزمنية الآن { $zone }. الساعة هناك الآن { $time }.
tz-usage = أي منطقة زمنية؟ مثلًا: /tz Asia/Amman
tz-unknown = لا أعرف المنطقة الزمنية «{ $input }». جرّب اسمًا مثل Europe/London.
tz-unknown-suggest = لا أعرف المنطقة الزمنية «{ $input }». هل تقصد { $suggestion }؟
tz-coordinators-only = المنسقون فقط يستطيعون تغيير المنطقة الزمنية للمجموعة. يمكنك ضبط منطقتك في محادثة خاصة معي.

settings-group =
    إعدادات { $title }
    المنطقة الزمنية: { $zone }
    اللغة: { $language }
    المنسقون: { $coordinators }
    { joined-so-far }
settings-personal =
    إعداداتك
    اللغة: { $language }
    المنطقة الزمنية: { $zone }
    ساعات الهدوء: { $quiet }
no-coordinators = لا أحد بعد
not-set = غير مضبوطة

unknown-command = لا أعرف الأمر /{ $command }. اكتب /help لترى ما أستطيع فعله.
unknown-command-suggest = لا أعرف الأمر /{ $command }. هل تقصد /{ $suggestion }؟
button-stale = عذرًا، هذا الزر لم يعد يعمل.
button-other-chat = هذا الزر يخص محادثة أخرى.
button-not-member = هذه الأزرار لأعضاء هذه المجموعة فقط.
choices-answer-by-number = { $count ->
    [1] أرسل 1 لاختياره.
   *[other] أرسل رقم اختيارك (من 1 إلى { $count }).
}
private-hint = أعمل بالأوامر. اكتب /help لتراها.
lang-group-set = حسنًا، سأكتب لهذه المجموعة بالعربية.
lang-group-coordinators-only = المنسقون فقط يستطيعون تغيير لغة المجموعة. لتغيير لغتك، اكتب /lang ثم الرمز، مثل /lang ar.

weekday-0 = الاثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد

## الاطمئنان

checkin-default-question = كيف حالك وأنت تصل اليوم؟
checkin-round =
    جولة اطمئنان: { $question }
    اضغط على ما يصف حالك، أو تخطَّ. يمكنك التغيير حتى { $until }.
    الإجابات { $visibility } ما لم تختر غير ذلك: زر 🔒 يفتح محادثة خاصة معي حيث يمكنك الاختيار وإضافة بضع كلمات.
checkin-round-by-number =
    جولة اطمئنان: { $question }
    أرسل الرقم الذي يصف حالك، أو رقم التخطي. يمكنك التغيير حتى { $until }.
    الإجابات { $visibility } ما لم تختر غير ذلك، لكن الرقم الذي ترسله هنا يراه الجميع في المجموعة. لتجيب سرًا أو تضيف بضع كلمات، استخدم رابط 🔒 إلى محادثة خاصة معي.
checkin-round-closed = جولة اطمئنان (مغلقة): { $question }
checkin-progress = أجابوا: { $checked } · لم نسمع منهم بعد: { $missing }
checkin-spread = صعب { $rough } · منخفض { $low } · مقبول { $okay } · جيد { $good } · رائع { $great } · تخطٍّ { $pass }
checkin-spread-hidden = (لا يظهر توزيع الحالات إلا في مجموعات من 3 إجابات أو أكثر: عند إغلاق الجولة، أو بعد انتهاء الأسبوع.)
checkin-shared-heading = تمت مشاركته مع المجموعة:
checkin-answer-rough = صعب
checkin-answer-low = منخفض
checkin-answer-okay = مقبول
checkin-answer-good = جيد
checkin-answer-great = رائع
checkin-answer-pass = تخطٍّ
checkin-button-private = 🔒 الخصوصية والكلمات
checkin-visibility-shared = مرئية للمجموعة
checkin-visibility-coordinators = للمنسقين فقط
checkin-visibility-counted = تُحسب فقط، بلا اسم
checkin-button-shared = شارك المجموعة
checkin-button-coordinators = للمنسقين فقط
checkin-button-counted = احسبها فقط
checkin-tapped = وصلني: { $answer } ({ $visibility }). يمكنك التغيير حتى { $until }.
checkin-changed = تم التغيير إلى: { $answer } ({ $visibility }).
checkin-closed-already = أُغلقت جولة الاطمئنان هذه.
checkin-not-member = جولة الاطمئنان هذه تخص مجموعة لست فيها، لذا لا أستطيع قبول إجابتك.
checkin-too-late = لم يعد بالإمكان تغيير هذه الإجابة.
checkin-open-already = هناك جولة اطمئنان مفتوحة هنا بالفعل. أجب عنها في الأعلى، أو يمكن لمنسق إغلاقها بالأمر /checkin close.
checkin-none-open = لا توجد جولة اطمئنان مفتوحة الآن. يمكن لمنسق أن يبدأ واحدة بالأمر /checkin.
checkin-coordinators-only = المنسقون فقط يمكنهم بدء جولات الاطمئنان وإغلاقها وجدولتها. ويمكنك دائمًا الاطمئنان بشكل خاص: أرسل /checkin في محادثة خاصة معي.
checkin-summary = أُغلقت جولة الاطمئنان: { $question }
checkin-brief-heading = أُغلقت جولة الاطمئنان في { $title } ({ $question }).
checkin-brief-everyone = أجاب كل من أعرفهم.
checkin-brief-missing = لم نسمع منهم بعد ({ $count }): { $names }
checkin-brief-unmet = وأيضًا أشخاص في المجموعة لم أتعرف عليهم بعد: { $count }.
checkin-brief-rough = يصلون بحال صعب ويوافقون على أن يعرف المنسقون (ربما يتواصل معهم أحد):
checkin-brief-words = كلمات للمنسقين:
checkin-anonymous = (بلا اسم)
checkin-private-round = جولة اطمئنان في { $title }: { $question }
checkin-private-ask = كيف حالك اليوم؟ يُحسب هذا في نبض { $title }، ويمكنك التخطي.
checkin-private-yours =
    إجابتك: { $answer } ({ $visibility }).
    اختر في الأسفل من يراها. لإضافة بضع كلمات، اكتبها هنا.
checkin-private-thanks = شكرًا لأنك طمأنتنا.
checkin-private-which = لأي مجموعة هذا الاطمئنان؟
checkin-private-no-group = لست في مجموعة معي بعد. عندما تضيفني مجموعتك وتنضم، يمكنك الاطمئنان هنا.
checkin-private-rough = شخص في { $title } اطمأن بشكل خاص بحال "صعب" ويوافق على أن يعرف المنسقون: { $name } { $words }
checkin-visibility-set = تم: { $visibility }.
checkin-words-saved = شكرًا، حُفظت كلماتك ({ $visibility }).
checkin-words-too-long = هذا طويل قليلًا على الاطمئنان (عدد الأحرف: { $length }؛ الحد الأقصى { $max }). هل يمكنك اختصاره وإرساله مرة أخرى؟
checkin-words-closed = أُغلقت جولة الاطمئنان تلك، لذا لم أُضف كلماتك.
checkin-every-set = تم: جولة اطمئنان كل { $day } الساعة { $time } ({ $zone }). الجولة القادمة في { $next }.
checkin-every-exists = توجد بالفعل جولة اطمئنان كل { $day } الساعة { $time }.
checkin-every-list = جولات الاطمئنان تتكرر: { $list }
checkin-every-none = لا توجد جولات اطمئنان متكررة. يمكن لمنسق إضافة واحدة، مثلًا: /checkin every monday 19:00
checkin-every-stopped = جولات الاطمئنان المتكررة التي أُوقفت: { $count }.
checkin-default-set = من الآن، الإجابات { $visibility } ما لم يختر العضو غير ذلك.
checkin-keep-set = ستُحذف كلمات الاطمئنان بعد { $days } يومًا. تبقى الأعداد.
checkin-error-weekday = لا أعرف اليوم "{ $input }". جرّب: /checkin every monday 19:00
checkin-error-time = لم أستطع قراءة الوقت "{ $input }". جرّب 19:00 أو 7pm.
checkin-error-visibility = اختر shared أو coordinators أو counted، مثلًا: /checkin visibility counted
checkin-error-days = اختر عدد أيام من 1 إلى { $max }، مثلًا: /checkin keep 90
checkin-error-length = يمكن أن تستمر جولة الاطمئنان من 5 دقائق إلى 7 أيام، مثلًا: /checkin for 45m
settings-checkin =
    إجابات الاطمئنان: { $visibility } ما لم يختر الأعضاء غير ذلك
    مدة حفظ كلمات الاطمئنان: { $days } يومًا
    جولات الاطمئنان المتكررة: { $schedules }

pulse-heading = نبض { $title }، آخر { $weeks } أسابيع (يبدأ الأسبوع يوم الاثنين):
pulse-week = أسبوع { $week }: الجولات { $rounds }، الاطمئنانات { $checkins }
pulse-coordinators-only = المنسقون فقط يمكنهم رؤية النبض.
pulse-not-coordinator = لست منسقًا لأي مجموعة، لذا لا يوجد نبض لأعرضه لك.

## الاجتماعات

cmd-meet = إيجاد وقت للاجتماع
cmd-meetings = الاجتماعات القادمة
cmd-agenda = إضافة بند إلى جدول أعمال الاجتماع القادم
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
meet-when = { $weekday } { $day } { $month }، { $time }
meet-when-year = { $weekday } { $day } { $month } { $year }، { $time }
meet-length-value = { $hours ->
        [0] { $minutes } دقيقة
       *[other] { $minutes ->
            [0] { $hours } ساعة
           *[other] { $hours } ساعة و{ $minutes } دقيقة
        }
    }
meet-usage =
    لإيجاد وقت: ‎/meet العنوان – سأقترح أوقاتًا ضمن ساعات المجموعة.
    أو اكتب الأوقات: ‎/meet العنوان | tue 19:00 | 3 Dec 18:30 | deadline 24h
    وأيضًا: ‎/meet close و‎/meet move thu 19:00 و‎/meet cancel و‎/meet repeat weekly و‎/meet skip و‎/meet cancel series و‎/meet attended.
    للمنسقين: ‎/meet hours weekdays 18:00-21:30 weekends 10:00-20:00 و‎/meet length 90m و‎/meet place … و‎/meet reminders 24h 1h و‎/meet quiet 22:00-08:00.
meet-usage-move = أخبرني بالوقت الجديد، مثل: ‎/meet move thu 19:00
meet-usage-repeat = أخبرني كيف يتكرر: ‎/meet repeat weekly أو fortnightly أو monthly أو monthly second tuesday أو monthly 15 – أو ‎/meet repeat off.
meet-usage-hours = أخبرني بالساعات، مثل: ‎/meet hours weekdays 18:00-21:30 weekends 10:00-20:00
meet-usage-length = أخبرني بمدة الاجتماعات، مثل: ‎/meet length 90m
meet-usage-place = أخبرني بالمكان أو رابط المكالمة، مثل: ‎/meet place قاعة المجتمع (أو ‎/meet place none)
meet-usage-reminders = أخبرني متى أذكّر الناس، مثل: ‎/meet reminders 24h 1h (أو off)
meet-usage-quiet = أخبرني بساعات الهدوء، مثل: ‎/meet quiet 22:00-08:00
meet-in-group = تُرتَّب الاجتماعات في دردشة المجموعة: اكتب ‎/meet هناك.
meet-error-when = لم أفهم "{ $input }" كيوم ووقت. جرّب "tue 19:00" أو "3 Dec 18:30" أو "2026-12-03 18:30".
meet-error-no-date = "{ $input }" ليس تاريخًا حقيقيًا. هل يمكنك التحقق منه؟
meet-error-past = "{ $input }" قد مضى. اختر وقتًا قادمًا من فضلك.
meet-error-too-far = "{ $input }" بعد أكثر من سنة. اختر وقتًا أقرب من فضلك.
meet-error-far-no-year = "{ $input }" سيكون { $when }، أي بعد أكثر من ستة أشهر. إن كان هذا ما تقصده فاكتبه مع السنة: { $example }.
meet-error-skipped = "{ $input }" غير موجود: تتقدم الساعات تلك الليلة متجاوزةً هذا الوقت. اختر وقتًا آخر من فضلك.
meet-error-twice = "{ $input }" يتكرر مرتين تلك الليلة لأن الساعات تعود إلى الوراء، فقد يعني لحظتين مختلفتين. اختر وقتًا آخر من فضلك.
meet-error-too-many = هذه أوقات كثيرة: { $max } على الأكثر من فضلك.
meet-error-deadline = لم أستطع استخدام "{ $input }" كموعد نهائي. جرّب "deadline 24h" (بين ساعة و30 يومًا).
meet-error-length = لم أستطع استخدام "{ $input }" كمدة. اختر بين { $min } دقيقة و{ $max } ساعات، مثل 90m.
meet-error-reminders = لم أفهم "{ $input }" كأوقات تذكير. جرّب "24h 1h" (حتى 4، من 5 دقائق إلى 14 يومًا قبل الاجتماع) أو "off".
meet-error-quiet = لم أفهم "{ $input }" كساعات هدوء. جرّب "22:00-08:00".
meet-error-hours = لم أفهم "{ $input }" كساعات. جرّب "weekdays 18:00-21:30 weekends 10:00-20:00" أو "every day 18:00-21:00" أو "weekends off".
meet-error-hours-never = لن يبقى بذلك أي وقت للاجتماع. أبقِ أيام الأسبوع أو عطلة نهاية الأسبوع على الأقل.
meet-error-repeat = لم أفهم "{ $input }" كتكرار. جرّب weekly أو fortnightly أو monthly أو "monthly second tuesday" أو "monthly 15".
meet-settings-coordinators-only = منسقو المجموعة وحدهم يستطيعون تغيير إعدادات الاجتماعات.
meet-settings-saved = تم الحفظ.
settings-meetings =
    ساعات الاجتماع: { $hours }
    مدة الاجتماع: { $length }
    المكان: { $place }
    التذكير قبل الاجتماعات: { $reminders }
    ساعات الهدوء (بلا تنبيهات): { $quiet }
meet-poll-running = المجموعة تبحث بالفعل عن وقت لـ"{ $title }". أنهِ ذلك أولًا بـ‎/meet close.
meet-draft =
    { $name }، أي الأوقات أعرض لـ"{ $title }"؟ اضغط لتحديد ما تريد (ساعات المجموعة: { $hours })، ثم اضغط "اسأل المجموعة".
meet-draft-open = اسأل المجموعة
meet-draft-empty = حدّد وقتًا واحدًا على الأقل أولًا.
meet-draft-dropped = تم: تخلّيت عن تلك المسودة.
meet-poll-not-draft = هذا الاستطلاع جارٍ بالفعل.
meet-poll-heading = 🗓 نبحث عن وقت: { $title }
meet-poll-rules =
    لكل وقت اضغط ✅ نعم، أو 🤷 عند الضرورة، أو ❌ لا. يمكنك تغيير إجاباتك حتى { $deadline }.
    يفوز الوقت الذي ينال أكثر "نعم"؛ و"عند الضرورة" تُحسب نصفًا، وعند التعادل يفوز الأبكر.
    الأوقات بتوقيت { $zone }. يستمر الاجتماع { $length }.
meet-poll-rules-by-number =
    لكل وقت أرسل رقم ✅ نعم، أو 🤷 عند الضرورة، أو ❌ لا. يمكنك تغيير إجاباتك حتى { $deadline }.
    يفوز الوقت الذي ينال أكثر "نعم"؛ و"عند الضرورة" تُحسب نصفًا، وعند التعادل يفوز الأبكر.
    الأوقات بتوقيت { $zone }. يستمر الاجتماع { $length }.
meet-place-line = المكان: { $place }
meet-poll-answered = أجاب حتى الآن: { $answered } من { $members }
meet-poll-mine = 🕒 أوقاتي
meet-answer-yes = نعم
meet-answer-if_need_be = عند الضرورة
meet-answer-no = لا
meet-answer-noted = تم: { $when } – { $answer }.
meet-poll-closed = أُغلق هذا الاستطلاع.
meet-not-member = هذا لأعضاء تلك المجموعة فقط.
meet-mine-heading = إجاباتك لـ"{ $title }" بتوقيتك ({ $zone }):
meet-nudge = لم تقل بعد أي الأوقات تناسبك لـ"{ $title }" في { $group }. تُغلق الإجابات { $deadline }.
meet-none-suits = انتهى الوقت لـ"{ $title }"، لكن لا وقت يناسب أحدًا. يمكنك تجربة ‎/meet مجددًا بأوقات أخرى.
meet-confirm-ask =
    انتهى الوقت لـ"{ $title }". أفضل وقت هو { $best }.
    { $organiser } أو أحد المنسقين: أكّدوا وقتًا من فضلكم. إن لم يفعل أحد قبل { $by } سأختار الأفضل.
meet-confirm-button = { $n }. { $when }
meet-confirm-not-yours = وحده من بدأ هذا، أو أحد المنسقين، يستطيع تأكيد الوقت.
meet-already-decided = تم تقرير هذا بالفعل.
meet-confirmed-notice = تم التأكيد.
meet-reason-confirmed = أكّده { $name }.
meet-reason-most-yes = لم يؤكد أحد، فاخترت الوقت الذي نال أكثر "نعم" ({ $yes } نعم، { $maybe } عند الضرورة).
meet-reason-tie = لم يؤكد أحد، فاخترت وقتًا: تعادلت { $tied } أوقات ({ $yes } نعم، { $maybe } عند الضرورة)، وهذا أبكرها.
meet-none-running = لا نبحث عن وقت الآن.
meet-organiser-only = وحده من رتّبه، أو أحد المنسقين، يستطيع فعل ذلك.
meet-already-closed = هذا الاستطلاع مغلق بالفعل.
meet-announce = 📅 تأكّد الاجتماع. هل ستحضر؟
meet-announce-cancelled = ❌ أُلغي: لن يُعقد هذا الاجتماع.
meet-rsvp-carries = هذا الاجتماع متكرر: ينتقل ردّك إلى الاجتماع التالي، ويمكنك تغييره في أي وقت.
meet-meeting-line = { $title }: { $when }–{ $end } ({ $zone })
meet-rsvp-going = سأحضر
meet-rsvp-maybe = ربما
meet-rsvp-cant = لا أستطيع
meet-rsvp-noted = شكرًا: { $answer }.
meet-rsvp-closed = لم يعد هذا الاجتماع يقبل إجابات.
meet-rsvp-counts = سيحضر: { $going } · ربما: { $maybe } · لا يستطيع: { $cant }
meet-calendar-caption = أضِفه إلى تقويمك.
meet-calendar-updated = هذا هو موعد التقويم المحدَّث.
meet-reminder = ⏰ تذكير:
meet-reminder-late = (عذرًا، هذا التذكير متأخر: كنت غير متصل لبعض الوقت.)
meet-moved = 📅 نُقل "{ $title }". الوقت الجديد:
meet-cancelled = ❌ أُلغي "{ $title }". هذا كان الاجتماع:
meet-skipped = ⏭ لن يُعقد "{ $title }" هذه المرة؛ وسيأتي التالي كالمعتاد. هذا كان الاجتماع:
meet-series-stopped = لن يتكرر "{ $title }" بعد الآن، وأُلغي الاجتماع القادم:
meet-not-repeating = هذا الاجتماع لا يتكرر.
meet-repeat-set = تم: يتكرر "{ $title }" { $rule } الساعة { $time } ({ $zone }). بعد هذا، التالي في { $next }.
meet-repeat-off = لن يتكرر "{ $title }" بعد هذا الاجتماع.
repeat-weekly = كل أسبوع
repeat-fortnightly = كل أسبوعين
repeat-monthly-weekday = في { $weekday } { $nth } من كل شهر
repeat-monthly-date = في اليوم { $day } من كل شهر
nth-1 = الأول
nth-2 = الثاني
nth-3 = الثالث
nth-4 = الرابع
nth-5 = الأخير
meet-attended-coordinators-only = المنسقون وحدهم يسجلون من حضر.
meet-attended-none = لم يُعقد اجتماع بعد.
meet-attended-start-private = سأرسل القائمة بشكل خاص: ابدأ محادثة معي أولًا ثم حاول مجددًا.
meet-attended-sent = أرسلت إليك القائمة بشكل خاص.
meet-attended-heading = من حضر "{ $title }" في { $when }؟ اضغط للتحديد. حتى الآن: { $count }.
meet-attended-unconfirmed = لم يُسجَّل بعد: حُدّد مبدئيًا من قالوا إنهم سيحضرون. اضغط تسجيل حين تصبح القائمة صحيحة.
meet-attended-recorded = سُجّل: حضر { $count }. لا يزال بإمكانك تصحيحه هنا.
meet-attended-confirm = ✅ سجّل هذه القائمة
meet-attended-confirmed = شكرًا: سُجّل من حضر.
meet-attended-yes = سُجّل حاضرًا.
meet-attended-no = سُجّل غائبًا.
meetings-heading = القادم في { $title }:
meetings-going = سيحضر: { $count }
meetings-repeats = (يتكرر)
meetings-finding = ما زلنا نبحث عن وقت لـ"{ $title }".
meetings-none = لا اجتماعات مخططة بعد. ‎/meet يجد وقتًا.
meetings-no-groups = لست في أي مجموعة معي بعد.
agenda-no-meeting = لا يوجد اجتماع قادم. ‎/meet يجد وقتًا أولًا.
agenda-added = أُضيف إلى جدول أعمال "{ $title }" ({ $when }). عدد البنود الآن: { $count }.
agenda-empty = لا شيء في جدول أعمال "{ $title }" بعد. أضف شيئًا بـ‎/agenda وبضع كلمات.
agenda-heading = جدول أعمال "{ $title }":
meet-hours-weekdays = أيام الأسبوع { $window }
meet-hours-weekends = عطلة نهاية الأسبوع { $window }
meet-hours-off = لا اجتماعات
quiet-in-private = اضبط ساعات هدوئك الخاصة في محادثة خاصة معي: ‎/quiet 22:00-07:00. يضبط المنسقون ساعات المجموعة بـ‎/meet quiet.
quiet-group-default = ساعات المجموعة
quiet-usage = أخبرني متى تفضّل ألا أراسلك، بتوقيتك: ‎/quiet 22:00-07:00 (أو ‎/quiet off للعودة إلى ساعات المجموعة).
quiet-cleared = تم: ستتبع ساعات هدوء المجموعة.
quiet-set = تم: لن أنبّهك بين { $quiet } ({ $zone }).

## Polls on priorities and decisions
cmd-poll = ابدأ تصويتًا أو مقترحًا
cmd-decisions = التصويتات المفتوحة والقرارات السابقة
poll-usage =
    لبدء تصويت: /poll السؤال | خيار | خيار | خيار
    الأنواع: /poll multiple …، /poll ranked …، /poll score …، /poll points 10 …، /poll budget 10000 … (ينتهي كل خيار بتكلفته)، /poll proposal …
    القواعد، بعد خط عمودي: anonymous · results after vote · results after close · deadline 3d · deadline none · quorum 50% · quorum 12 · max 2 · runoff · agree 75% · spend at least 80% · at least 2 projects · nudge until quorum
    أو اكتب /poll وحده وسأعدّه معك خطوة بخطوة في محادثة خاصة.
    /poll close – أغلقه الآن · /poll export – النتائج في ملف CSV (المنسقون) · /outcome – سجّل ما تقرر · /decisions – القائمة
poll-in-group = التصويتات والقرارات تخص مجموعة: اكتب هذا في محادثة مجموعتك.
poll-heading = 📊 { $question }
poll-number = التصويت رقم { $id }
poll-voted = صوّت حتى الآن: { $voted } من { $members }
poll-kind-single = اختر خيارًا واحدًا.
poll-kind-multiple = اختر ما تشاء من الخيارات.
poll-kind-multiple-max = اختر حتى { $max }.
poll-kind-ranked = رتّب الخيارات في محادثة خاصة معي. الفرز بطريقة شولتسه: تُقارَن الخيارات اثنين اثنين بحسب عدد من وضع أحدهما فوق الآخر. يفوز الخيار الذي يتفوق على كل خيار آخر في المقارنة المباشرة؛ وإن لم يوجد، تحسم الأمرَ أقوى سلسلة من الانتصارات المباشرة. وإن بقيت خيارات متعادلة في المقدمة، أقول ذلك ولا أسمّي فائزًا: المجموعة تختار بينها.
poll-kind-runoff = رتّب الخيارات في محادثة خاصة معي. الفرز بالجولات الفورية: يُستبعد الخيار صاحب أقل عدد من الاختيارات الأولى وتنتقل أصواته إلى الاختيار التالي، حتى يحصل خيار على أكثر من النصف. إذا تعادلت خيارات في الأقل، يُستبعد من كان له اختيارات أولى أقل في الجولة السابقة؛ وإن تعادلت في كل الجولات، فالمذكور لاحقًا في القائمة.
poll-kind-score = أعطِ كل خيار درجة من 0 إلى 5 في محادثة خاصة معي. يفوز أعلى متوسط، ويظهر المدى أيضًا.
poll-kind-points = وزّع { $points } نقاط على الخيارات في محادثة خاصة معي. يفوز صاحب أكثر النقاط.
poll-kind-budget = أنفق حتى { $budget } على المشاريع في محادثة خاصة معي. تُموَّل المشاريع حسب عدد مؤيديها؛ والمشروع الذي لم يعد يتسع له المتبقي يُتخطّى ويُجرَّب التالي.
poll-budget-min-spend = أنفق { $percent }% على الأقل.
poll-budget-min-projects = اختر { $count } مشاريع على الأقل.
poll-kind-proposal = موافق، ممتنع، غير موافق، أو اعتراض مانع. يُقبل إذا وافق { $percent }% على الأقل ممن وافقوا أو رفضوا، ولم يعترض أحد اعتراضًا مانعًا.
poll-rule-anonymous = 🔒 سرّي: أسجّل أنك صوّت، وأسجّل ورقتك على حدة، دون أي شيء يربط بينهما، حتى في قاعدة بياناتي. لا يمكن تغيير الأصوات السرية.
poll-rule-named = غير سرّي: يُحفظ صوتك مع اسمك (ولا يُعرض على المجموعة)، ويمكنك تغييره حتى يُغلق التصويت.
poll-rule-blank = الورقة الفارغة ليست صوتًا: لا تُحسب في نسبة المشاركة ولا في النصاب.
poll-rule-results-live = تظهر النتائج هنا مع وصول الأصوات.
poll-rule-results-after-vote = ترى النتائج بعد أن تصوّت.
poll-rule-results-after-close = تظهر النتائج عند إغلاق التصويت.
poll-rule-quorum = النصاب: يجب أن يصوّت { $needed } على الأقل من { $members } عضوًا.
poll-rule-deadline = يُغلق { $when }.
poll-rule-no-deadline = يُغلق عندما يكتب منشئه أو أحد المنسقين /poll close.
poll-button-private = 🗳 صوّت على انفراد
poll-button-reason = ✍️ صوّت مع ذكر السبب
poll-stance-agree = موافق
poll-stance-abstain = ممتنع
poll-stance-disagree = غير موافق
poll-stance-block = اعتراض مانع
poll-vote-noted = سُجّل صوتك: { $choice }. يمكنك تغييره حتى يُغلق التصويت.
poll-vote-withdrawn = ألغيت كل اختياراتك، لذا سُحب صوتك. اضغط خيارًا لتصوّت من جديد.
poll-vote-anonymous = سُجّل صوتك السري. لا أحد، ولا أنا، يستطيع معرفة أي ورقة هي ورقتك.
poll-already-voted = لقد صوّت من قبل، ولا يمكن تغيير الأصوات السرية.
poll-vote-privately = يجري التصويت في هذا الاستطلاع في محادثة خاصة معي: اضغط "صوّت على انفراد".
poll-vote-privately-by-number = يجري التصويت في هذا الاستطلاع في محادثة خاصة معي: افتح رابط "صوّت على انفراد".
poll-native-vote-lost = { $name }، لم يصلني صوتك في الاستطلاع. يُرجى التصويت مرة أخرى.
poll-closed = أُغلق هذا التصويت.
poll-not-member = التصويت لأعضاء هذه المجموعة فقط.
poll-too-many = يمكنك اختيار { $max } على الأكثر.
poll-over = بقي { $left } فقط للإنفاق.
poll-standing-heading = وضع "{ $question }" الآن:
poll-error-too-few-options = يحتاج التصويت إلى خيارين على الأقل، كل منهما بعد خط عمودي: /poll السؤال | خيار | خيار
poll-error-too-many = يمكن أن يضم التصويت { $max } خيارات على الأكثر.
poll-error-repeated = "{ $input }" مكرر.
poll-error-proposal-options = المقترح ليس له خيارات: يوافق الأعضاء أو يمتنعون أو يرفضون أو يعترضون اعتراضًا مانعًا. اكتب المقترح فقط: /poll proposal نستأجر القاعة للشتاء
poll-error-no-cost = يحتاج كل مشروع في الميزانية إلى تكلفته في آخره، مثل "إنارة الشارع 4000". "{ $input }" بلا تكلفة.
poll-error-number = أحتاج رقمًا هنا، وليس "{ $input }".
poll-error-deadline = لم أفهم الموعد "{ $input }". جرّب 12h أو 3d أو 2 weeks (من { $min } دقيقة إلى { $max } يومًا)، أو "deadline none".
poll-error-share = يجب أن يكون "{ $input }" نسبة من 1% إلى 100%.
poll-error-not-for-kind = "{ $input }" لا يناسب هذا النوع من التصويت.
poll-error-quorum-too-big = لا يمكن أبدًا بلوغ نصاب من { $needed }: أعدّ { $members } أعضاء في هذه المجموعة. جرّب عددًا أصغر أو نسبة مثل quorum 50%.
poll-error-over = هذا ينفق { $spent } من { $allowance }: أكثر من اللازم.
poll-error-under = أنفقت { $spent }؛ ويطلب هذا التصويت { $least } على الأقل.
poll-error-too-few = اختر { $least } على الأقل أولًا.
poll-error-ballot = هذه الورقة لا تناسب هذا التصويت. اضغط "ابدأ من جديد".
poll-error-blank = هذه الورقة فارغة، والورقة الفارغة ليست صوتًا. اختر شيئًا أولًا.
poll-ballot-heading = 🗳 { $question } ({ $group })
poll-ballot-choose = علّم اختياراتك ثم أكّد.
poll-ballot-rank = اضغط الخيارات بالترتيب، الأفضل أولًا. اترك ما لا يهمك.
poll-ballot-rank-by-number = أرسل أرقام الخيارات بالترتيب، الأفضل أولًا. اترك ما لا يهمك.
poll-ballot-score = { $place } من { $count }: كم تريد "{ $label }"؟ 0 = إطلاقًا، 5 = كثيرًا جدًا.
poll-ballot-points = { $place } من { $count }: كم نقطة لـ "{ $label }"؟ بقي { $left }.
poll-ballot-budget = علّم المشاريع التي تريد تمويلها. بقي { $left } من { $budget }.
poll-ballot-proposal = موقفك ثم أكّد. يمكنك إضافة سبب إن شئت.
poll-ballot-ready = انتهيت: راجع ورقتك ثم أكّد.
poll-ballot-so-far = ورقتك: { $ballot }
poll-ballot-nothing = لا شيء بعد
poll-ballot-reason-is = سببك: { $reason }
poll-ballot-anonymous = 🔒 سرّي: بعد التأكيد لا يمكن تغييرها ولا نسبتها إليك.
poll-ballot-confirm = ✅ تأكيد
poll-ballot-undo = ↩ رجوع
poll-ballot-restart = ابدأ من جديد
poll-ballot-skip = تخطَّ
poll-ballot-reason = ✍️ أضف سببًا
poll-ballot-reason-ask = أرسل لي سببك في رسالة. سيُحفظ مع ورقتك ويُعرض بلا اسمك عند إغلاق التصويت.
poll-nudge = في { $group } تصويت ينتظر صوتك: "{ $question }". يُغلق { $when }.
poll-nudge-open = في { $group } تصويت ينتظر صوتك: "{ $question }".
poll-close-not-allowed = لا يستطيع إغلاق التصويت مبكرًا إلا منشئه أو أحد المنسقين.
poll-none = لا يوجد تصويت هنا بعد.
poll-no-such = لا يوجد تصويت رقم { $id } في هذه المجموعة.
poll-which = هناك أكثر من تصويت مفتوح: حدّد أيها، مثل /poll close 12. القائمة في /decisions.
poll-result-heading = 📊 النتيجة: { $question } (التصويت رقم { $id })
poll-result-turnout = صوّت { $voted } من { $members } ({ $percent }%).
poll-result-quorum-met = تحقق النصاب ({ $needed }).
poll-result-quorum-missed = لم يتحقق النصاب ({ $needed })، لذا لا تحسم هذه النتيجة المسألة.
poll-result-nobody = لم يصوّت أحد.
poll-result-count-line = { $place }. { $label } — { $count } ({ $percent }%)
poll-result-winner = الفائز: { $label }
poll-result-tie = تعادل في المقدمة: { $labels }
poll-result-tie-why = لا تستطيع طريقة شولتسه التفريق بينها، لذا لا أسمّي فائزًا: المجموعة تختار بينها. ({ $pairs })
poll-result-tie-pair = { $a } و{ $b }: { $for } مقابل { $against } في المقارنة المباشرة{ $chain ->
        [0] {""}
       *[other] ، وأقوى سلاسل انتصاراتهما في الاتجاهين متساوية القوة ({ $chain })
    }
poll-result-pair = على { $other } بنتيجة { $for } مقابل { $against }
poll-result-schulze-why = فضّل أعضاء أكثر { $winner } على كل خيار آخر في المقارنة المباشرة: { $pairs }.
poll-result-schulze-chains = لم يتفوق أي خيار على كل خيار آخر في المقارنة المباشرة، لذا تحسم أقوى سلاسل الانتصارات. قوة السلسلة بقوة أضعف انتصار فيها.
poll-result-chain = • على { $other }: { $links } (القوة { $strength })؛ { $back ->
        [0] لا توجد سلسلة انتصارات عائدة من { $other }.
       *[other] أقوى سلسلة عائدة من { $other } قوتها { $back } فقط.
    }
poll-result-chain-link = تفوّق { $from } على { $to } بنتيجة { $for } مقابل { $against }
poll-result-order = الترتيب الكامل: { $order }
poll-result-round-out = الجولة { $round }: { $counts } — { $out } لديه الأقل ويُستبعد.
poll-result-round-out-earlier = الجولة { $round }: { $counts } — الأقل لدى { $level }؛ يُستبعد { $out } لأنه كان أقل في الجولة { $earlier }.
poll-result-round-out-listed = الجولة { $round }: { $counts } — الأقل لدى { $level } وقد تعادلت في كل الجولات؛ يُستبعد { $out } لأنه مذكور لاحقًا في القائمة.
poll-result-round-won = الجولة { $round }: { $counts } — لدى { $winner } أكثر من النصف.
poll-result-round-level = الجولة { $round }: { $counts } — لا خيار لديه أكثر من النصف، والبقية متعادلون.
poll-result-score-line = { $place }. { $label } — المتوسط { $mean } (الدرجات من { $lowest } إلى { $highest }، قيّمه { $count })
poll-result-score-none = { $place }. { $label } — لا درجات
poll-result-points-line = { $place }. { $label } — { $points } نقاط ({ $percent }%)
poll-result-funded = مُوّل: { $projects } — { $spent } من { $budget }.
poll-result-supporters-funded = ✅ { $label } — المؤيدون: { $count }
poll-result-supporters = ▫️ { $label } — المؤيدون: { $count } (غير ممول)
poll-result-accepted = ✅ قُبل.
poll-result-not-accepted = لم يُقبل: الموافقة أقل من { $percent }%.
poll-result-blocked = ⛔ اعتُرض عليه: { $count } اعتراض مانع.
poll-result-no-quorum = لم يُحسم: لم يتحقق النصاب.
poll-result-stances = موافق { $agree } · ممتنع { $abstain } · غير موافق { $disagree } · اعتراض مانع { $block }
poll-result-reasons = الأسباب المذكورة (بلا أسماء):
poll-result-outcome-hint = أيها المنسقون: سجّلوا ما سيحدث بعد ذلك بـ /outcome #{ $id } ما تقرر.
outcome-usage = سجّل ما تقرر: /outcome ما سنفعله. لتذكيرك بمراجعته لاحقًا: /outcome ما سنفعله | review 3 months
outcome-coordinators-only = لا يسجّل القرار إلا المنسقون.
outcome-still-open = التصويت رقم { $id } ما زال مفتوحًا. سجّل قراره بعد إغلاقه.
outcome-review-bad = لم أفهم تاريخ المراجعة "{ $input }". جرّب 2027-03-01 أو 1 March أو 3 months.
outcome-recorded = سُجّل للتصويت رقم { $id } ("{ $question }"): { $outcome }
outcome-review-set = سأذكّر المنسقين بمراجعته في { $when }.
poll-review-due = حان وقت مراجعة قرار في { $group }: التصويت رقم { $id }، "{ $question }". القرار المسجل: { $outcome }
decisions-heading = التصويتات والقرارات في { $group }:
decisions-none = لا تصويتات بعد. ابدأ واحدًا بـ /poll.
decisions-open = 🗳 رقم { $id } { $question } — مفتوح، صوّت حتى الآن { $voted }
decisions-closed = 📊 رقم { $id } { $question } — { $result } (أُغلق { $closed })
decisions-winner = { $label }
decisions-accepted = قُبل
decisions-not-accepted = لم يُقبل
decisions-blocked = اعتُرض عليه
decisions-no-quorum = لا نصاب
decisions-quorum-missed = لم يتحقق النصاب
decisions-outcome = القرار: { $outcome }
decisions-no-outcome = لم يُسجَّل قرار بعد (/outcome #{ $id } …)
decisions-review = المراجعة في { $when }
export-coordinators-only = لا يصدّر النتائج إلا المنسقون.
export-start-private = أرسل الملفات على انفراد: ابدأ محادثة معي أولًا (اضغط اسمي ثم Start) ثم حاول مجددًا.
export-start-private-by-number = أرسل الملفات على انفراد: راسلني في محادثة خاصة أولًا (أي رسالة تكفي) ثم حاول مجددًا.
export-caption = نتائج التصويت رقم { $id } ("{ $question }"). الأوراق مدرجة بلا أسماء ولا أوقات.
export-sent = أرسلت لك النتائج على انفراد.
poll-setup-start-private = ابدأ محادثة خاصة معي أولًا (اضغط اسمي ثم Start) ثم حاول مجددًا.
poll-setup-start-private-by-number = راسلني في محادثة خاصة أولًا (أي رسالة تكفي) ثم حاول مجددًا.
poll-setup-moved = أرسلت لك رسالة خاصة لإعداد التصويت.
poll-setup-question = لنُعدّ تصويتًا لـ { $group }. ما السؤال؟ أرسله في رسالة.
poll-setup-options = أرسل الخيارات، خيارًا في كل سطر أو في كل رسالة، ثم اضغط تم. (للمقترح، اضغط تم مباشرة.)
poll-setup-done = تم
poll-setup-card = تصويتك لـ { $group } كما سيراه الأعضاء. غيّر القواعد بالأزرار ثم انشره.
poll-setup-kind-single = خيار واحد
poll-setup-kind-multiple = عدة خيارات
poll-setup-kind-ranked = ترتيب
poll-setup-kind-score = درجات
poll-setup-kind-points = 10 نقاط
poll-setup-kind-proposal = مقترح
poll-setup-anonymous-on = 🔒 سرّي: نعم
poll-setup-anonymous-off = سرّي: لا
poll-setup-results = النتائج: تغيير
poll-setup-deadline = الموعد: تغيير
poll-setup-quorum = النصاب: تغيير
poll-setup-post = 📣 انشر
poll-setup-cancel = إلغاء
poll-setup-cancelled = أُلغي إعداد التصويت.
poll-setup-posted = نُشر التصويت رقم { $id } في { $group }.

## Weekly digests

digest-heading = 📋 الملخص الأسبوعي لـ { $group }: { $from } – { $to } ({ $week })
digest-heading-so-far = 📋 ملخص { $group } حتى الآن هذا الأسبوع: { $from } – { $to } ({ $week })
digest-date = { $day } { $month }
digest-combined-heading = 📋 الملخصات الأسبوعية لعدد { $count } من المجموعات ({ $week })
digest-quiet-week = أسبوع هادئ: لا اجتماعات ولا جولات حضور ولا تصويتات.
digest-approximate = أُعدّ في { $built } بعد انتهاء الأسبوع: الأعضاء والاستطلاعات والمواعيد المفتوحة والأصوات حتى الآن كما كانت حينها، لا كما كانت في نهاية الأسبوع.
digest-members = 👥 الأعضاء: { $count } · سمعنا من { $heard } هذا الأسبوع
digest-joined-names = جدد: { $names }
digest-joined-count = أعضاء جدد: { $count }
digest-left-names = غادروا: { $names }
digest-left-count = غادر: { $count }
digest-not-heard-names = 🔕 لم نسمع منهم منذ 4 أسابيع: { $names }
digest-not-heard-count = 🔕 لم نسمع من { $count } من الأعضاء منذ 4 أسابيع (الأسماء في ملخص المنسقين فقط).
digest-meetings = 📅 الاجتماعات
digest-meeting-held = • { $title }، { $when }: حضر { $came }. قال { $going } إنهم سيحضرون وحضر { $both } منهم؛ ربما: { $maybe }، لا يستطيعون: { $cant }.
digest-meeting-unmarked = • { $title }، { $when }: لم يسجّل أحد من حضر. قال { $going } إنهم سيحضرون؛ ربما: { $maybe }، لا يستطيعون: { $cant }.
digest-meetings-cancelled = أُلغي { $count } من الاجتماعات.
digest-upcoming = 🔜 { $title }، { $when }: سيحضر { $going } حتى الآن
digest-checkins = ☕ جولات الحضور: { $total } — جولات جماعية: { $rounds }، وخاصة: { $private }.
digest-checkin-rounds = الإجابات في كل جولة: { $answers }
digest-spread = كيف وصل الناس: { $spread }
digest-spread-hidden = لا نعرض كيف وصل الناس: أقل من 3 إجابات.
digest-round-open = ما زالت جولة مفتوحة؛ تُحسب إجاباتها عند إغلاقها.
digest-polls = 🗳 التصويتات
digest-poll-closed = • #{ $id } «{ $question }» أُغلق: { $result } (صوّت { $voted } من { $members })
digest-poll-no-quorum = لم يكتمل النصاب، فلم يحسم التصويت المسألة.
digest-poll-opened = • #{ $id } «{ $question }» فُتح: صوّت { $voted } من { $members }
digest-poll-open = • #{ $id } «{ $question }» ما زال مفتوحًا: صوّت { $voted } من { $members }
digest-decided = ✅ تقرّر بشأن #{ $id } «{ $question }»: { $outcome }
digest-review = 🔁 موعد المراجعة { $when }: #{ $id } «{ $question }»
digest-time-poll = ⏳ نبحث عن موعد لـ «{ $title }»: أجاب { $answered } من { $members }
digest-more = …و{ $count } أخرى
digest-coordinators-only = المنسقون فقط يمكنهم طلب الملخص أو تغيير مكان وموعد إرساله.
digest-private-none = لست منسقًا لأي مجموعة أنا فيها، لذا لا يوجد ملخص لأعرضه عليك.
digest-settings-in-group = يُضبط موعد الملخص ومكانه في المجموعة نفسها: /digest every monday 09:00 أو /digest off أو /digest here في دردشة المنسقين.
digest-bad-week = لم أفهم «{ $input }» كأسبوع. جرّب /digest أو /digest last week أو /digest 2026-W47.
digest-future-week = الأسبوع { $week } لم يبدأ بعد.
digest-bad-weekday = لم أفهم «{ $input }» كيوم. جرّب /digest every monday 09:00.
digest-bad-time = لم أفهم «{ $input }» كوقت. جرّب /digest every monday 09:00.
digest-every-set = تم: يصل ملخص { $group } الآن كل { $day } الساعة { $time } ({ $zone }). التالي: { $next }.
digest-off = الملخص الأسبوعي لـ { $group } متوقف. /digest on يعيد تشغيله.
digest-here-set = من الآن تتلقى هذه الدردشة الملخص الأسبوعي لـ: { $groups }. يذكر أسماء من لم نسمع منهم، فاجعل هذه الدردشة للمنسقين فقط.
digest-here-none = لست منسقًا لأي مجموعة أخرى أنا فيها، لذا لا يوجد ما أرسله هنا.
digest-here-off = لن تتلقى هذه الدردشة ملخصات بعد الآن؛ ستذهب إلى كل منسق على انفراد مجددًا.
digest-group-on = تم: كل أسبوع ستحصل { $group } هنا على نسختها من الملخص، بالأرقام فقط ومن دون أسماء. الأمر /digest group off يوقف ذلك.
digest-group-off = لن تحصل { $group } على نسختها من الملخص بعد الآن. يبقى المنسقون يحصلون على نسختهم.

## Privacy and safeguarding
privacy-page =
    🔒 ما أحتفظ به، ولماذا
    • من أنت هنا: حسابك في الدردشة والاسم الذي يظهره، ولغتك ومنطقتك الزمنية وساعات الهدوء. لا أطلب بريدك الإلكتروني أبدًا.
    • ما تقدّمه: إجابات تسجيل الحضور (والكلمات إن أضفتها)، والأصوات وأسبابها، وردودك على الاجتماعات، وبنود جدول الأعمال، ومن حضر الاجتماع إن سجّله أحد المنسقين.
    • تُحفظ الأصوات السرية بعيدًا عن اسمك: لا أحد، ولا المنسقون ولا أنا، يستطيع معرفة كيف صوّتّ. وتسجيل الحضور "المحسوب فقط" يفقد اسمك أيضًا.
    • ما لا أحتفظ به أبدًا: رسائلك الأخرى. أقرأ الأوامر والإجابات على أسئلتي فقط، لا شيء غير ذلك.
    • معرّفات التحديثات، فقط لتجنّب تكرار الأمور: { $inbox_days } يومًا. الرسائل التي أرسلتها: يُحذف نصها بمجرد تسليمها.
    من يراها: ترى مجموعتك ما تختار مشاركته؛ ويرى المنسقون ما تتركه لهم؛ وفيما عدا ذلك أرقام فقط.
    بياناتك: /mydata (في دردشة خاصة معي) يرسل لك كل شيء في ملف. و/forget يمحوك من كل مكان.
privacy-group =
    في { $title }: تُحفظ كلمات تسجيل الحضور { $words_days } يومًا، ومن حضر الاجتماعات { $attendance_days } يومًا.
privacy-operator = يدير هذا الـ Kettle: { $operator }
privacy-operator-unknown = يدير هذا الـ Kettle من أعدّه لمجموعتك: اسأل المنسقين.
sensitive-explained =
    الوضع الحساس: تبقى إجابات تسجيل الحضور مع المنسقين أو تُحسب فقط؛ لا أسماء في رسائل المجموعة؛ لا يمكن إعادة توجيه الرسائل أو حفظها (في تيليجرام)؛ ويذكر الملخص الأعضاء الهادئين كعدد فقط ما لم يطلب أحد المنسقين الأسماء بشكل خاص.
sensitive-on = الوضع الحساس مفعّل لهذه المجموعة.
sensitive-off = الوضع الحساس متوقف. تبقى إجابات تسجيل الحضور على الإعداد الافتراضي الذي اخترتموه (/checkin visibility …).
settings-sensitive-on = الوضع الحساس: مفعّل (/settings sensitive off)
settings-sensitive-off = الوضع الحساس: متوقف (/settings sensitive on)
settings-attendance = يُحفظ من حضر الاجتماعات { $days } يومًا (/settings attendance 180)
attendance-keep-set = من الآن، يُحفظ من حضر الاجتماع { $days } يومًا.
attendance-keep-usage = قل كم يومًا نحفظ من حضر الاجتماعات، مثلًا: /settings attendance 180
settings-usage =
    يمكنك تغيير: /settings sensitive on (أو off)، و/settings attendance 180 (أيام). و/settings وحده يعرض كل شيء.
settings-coordinators-only = منسقو المجموعة وحدهم يستطيعون تغيير إعداداتها.
sensitive-no-shared = هذه المجموعة في الوضع الحساس، لذا لا يمكن أن تكون مشاركة تسجيل الحضور مع الجميع هي الافتراضية.
mydata-caption = هذا كل ما أحتفظ به عنك، في ملف. احفظه في مكان آمن: فيه كلمات تسجيل حضورك.
mydata-not-included = الأصوات السرية وتسجيلات الحضور "المحسوبة فقط" ليست هنا: لا شيء يربطها بك، فلا أحد يستطيع إيجادها، ولا حتى Kettle.
mydata-in-private = بياناتك لك وحدك: أرسل لي /mydata في دردشة خاصة وسأرسل لك ملفًا.
forget-in-private = لكي أنساك، أرسل لي /forget في دردشة خاصة: لن يُقال شيء عن ذلك في المجموعة.
forget-warning =
    ⚠️ هذا يمحوك من Kettle في كل مجموعاتك ({ $groups }):
    • اسمك وحسابك ولغتك ومنطقتك الزمنية وساعات الهدوء؛
    • تسجيلات حضورك وكلماتها (تبقى الأعداد، بدونك)؛
    • أصواتك: في التصويتات المفتوحة تُسحب؛ وفي المغلقة تبقى أعدادًا سرية فقط، فلا تتغير النتائج؛
    • ردودك على الاجتماعات وحضورك وتأليفك لبنود جدول الأعمال.
    لا يمكن التراجع عن هذا. للمتابعة، أرسل: /forget confirm
forget-done =
    تم: لقد نسيتك. (المجموعات: { $groups }، تسجيلات الحضور: { $checkins }، الأصوات: { $votes }.)
    إن كتبت لي مجددًا، سألقاك كشخص جديد. اعتنِ بنفسك.
slow-down = ترسل لي الكثير دفعة واحدة: سأتوقف دقيقة ثم أتابع. لم يضِع شيء مما فعلته.
input-too-long = هذا أطول مما أستطيع قبوله ({ $max } حرفًا على الأكثر). هل يمكنك اختصاره؟
member-left-ballots = لقد غادرت { $title }، لذا أُغلقت أوراق اقتراعك غير المكتملة هناك. أصواتك المكتملة ما زالت تُحسب.
cmd-privacy = ما يحتفظ به Kettle عنك
cmd-mydata = احصل على بياناتك في ملف
cmd-forget = امحُ بياناتك
remove-usage = لإخراج شخص من هذه المجموعة في Kettle، ردّ على إحدى رسائله بالأمر /remove، أو أرسل /remove مع اسمه (للمنسقين فقط).
remove-coordinators-only = منسقو المجموعة وحدهم يستطيعون إخراج أحد.
remove-not-found = لم أجد هذا العضو. ردّ على إحدى رسائله بالأمر /remove، أو استخدم الاسم الذي يظهر في الدردشة.
remove-ambiguous = يوجد أكثر من عضو باسم { $name }. ردّ بدلًا من ذلك على إحدى رسائله في المجموعة بالأمر /remove.
remove-not-coordinator = { $name } منسق: يقرر ذلك مشرفو المجموعة في الدردشة نفسها.
remove-done = تم: لم يعد { $name } يشارك في { $title } عبر Kettle. أصواته وتسجيلات حضوره المكتملة ما زالت تُحسب، بلا اسمه.
remove-told =
    مرحبًا. أخرجك أحد منسقي { $title } من تصويتات المجموعة وتسجيلات الحضور والاجتماعات في Kettle، لذا لن أرسل لك شيئًا عنها.
    إن كنت تظن أن هذا خطأ، تحدّث معهم من فضلك. اعتنِ بنفسك.
sensitive-organiser = المنظِّم
meet-reason-confirmed-anon = أكّده المنظِّم أو أحد المنسقين.
settings-coordinators-count = { $count } (بلا أسماء في الوضع الحساس)
remove-done-anon = تم: لم يعد هذا العضو يشارك في { $title } عبر Kettle. أصواته وتسجيلات حضوره المكتملة ما زالت تُحسب، بلا اسمه.
digest-not-heard-withheld = 🔕 لم نسمع من { $count } من الأعضاء منذ 4 أسابيع. لمعرفة من هم، أرسل لي /digest في دردشة خاصة.
poll-native-vote-lost-anon = لم يصلني أحد الأصوات في الاستطلاع. إن كنت صوّتّ للتو، يُرجى التصويت مرة أخرى.

## Members Kettle cannot reach privately (WhatsApp Cloud API)
reach-window = لا أستطيع مراسلة { $name } ({ $title }) على انفراد في واتساب: مرّ أكثر من يوم منذ آخر رسالة منهم إليّ، وواتساب لا يسمح لي بالبدء إلا بقالب معتمد. ستنتظر رسائلهم حتى يرسلوا لي أي شيء — هل يمكنك أن تطلب منهم ذلك؟
reach-write-first = لا أستطيع مراسلة { $name } ({ $title }) على انفراد في واتساب: يقول واتساب إن عليهم أن يكتبوا لي أولًا. ستنتظر رسائلهم حتى يفعلوا — هل يمكنك أن تطلب منهم إرسال تحية قصيرة لي؟

## Which WhatsApp number talks to members privately
private-via-unavailable = لا يمكن نقل المحادثات الخاصة إلى رقم آخر إلا في مجموعة واتساب، عندما يكون لديّ رقم هذه المجموعة ورقم واتساب للأعمال معًا.
private-via-usage = أرسل /settings private via cloud (رقم الأعمال) أو /settings private via bridge (الرقم الموجود في هذه المجموعة).
private-via-set = تم: { $door ->
    [cloud] صار الأعضاء يراسلونني على انفراد عبر رقم الأعمال. روابط المحادثة الخاصة تفتحه.
   *[bridge] صار الأعضاء يراسلونني على انفراد عبر الرقم الموجود في هذه المجموعة.
}
settings-private-via = المحادثات الخاصة: { $door ->
    [cloud] رقم الأعمال (/settings private via bridge)
   *[bridge] الرقم الموجود في هذه المجموعة (/settings private via cloud)
}

## /privacy with WhatsApp's business number
privacy-cloud-window = على رقم واتساب للأعمال أحتفظ أيضًا بوقت آخر رسالة منك إليّ (وليس محتواها أبدًا): واتساب لا يسمح لي بمراسلتك بحرية إلا خلال يوم من ذلك. يُحذف مع /forget.

## مجتمع واحد عبر عدة دردشات (/link و /unlink)
link-coordinators-only = يمكن للمنسقين فقط ربط الدردشات أو فك ربطها.
link-in-group = يتم ربط الدردشات داخل المجموعات نفسها: يرسل منسق الأمر /link في مجموعة، ثم يُرسل الرمز الذي يظهر في المجموعة الأخرى.
link-code = لعرض تسجيلات الحضور والاجتماعات والاستطلاعات الخاصة بهذه المجموعة في مجموعة أخرى أيضًا (على تيليجرام أو واتساب)، يرسل منسق هناك:
    /link { $code }
    يعمل الرمز مرة واحدة خلال { $minutes } دقيقة. بعدها تُحسب الإجابات من المجموعتين معًا، مرة واحدة لكل شخص. من لديه حسابان على منصتين يُحسب عضوين، إلى أن يرسل لي /me في دردشة خاصة ليجعلهما واحدًا.
link-list = دردشات هذا المجتمع:
    { $list }
    ما يبدأ في إحداها يظهر فيها جميعًا. الأمر /link new يعطي رمزًا لربط دردشة أخرى؛ والأمر /unlink يفصل واحدة.
link-code-unknown = هذا الرمز لا يعمل: تصلح الرموز 15 دقيقة وتعمل مرة واحدة. اطلب رمزًا جديدًا بالأمر /link في المجموعة الأخرى.
link-same = هذه المجموعة جزء من ذلك المجتمع بالفعل.
link-already = هذه المجموعة مرتبطة بمجتمع آخر بالفعل. أرسل /unlink هنا أولًا.
link-has-links = هناك مجموعات أخرى مرتبطة بهذه المجموعة. لضمّها جميعًا، أرسل /link هنا والرمز في المجموعة الأخرى، أو افصلها أولًا بالأمر /unlink.
link-busy = لا يزال في هذه المجموعة شيء خاص بها قيد التشغيل: تسجيل حضور أو استطلاع مفتوح، أو استطلاع مواعيد، أو اجتماع قادم، أو تسجيل حضور أو اجتماع دوري. أنهِها أو أوقفها أولًا، ثم أرسل الرمز مرة أخرى (أو رمزًا جديدًا إن انتهت صلاحيته).
link-done = 🔗 أصبحت { $chat } ({ $platform }) مرتبطة الآن: لهذا المجتمع { $count } دردشات. تسجيلات الحضور والاجتماعات والاستطلاعات التي تبدأ في أي منها تظهر فيها جميعًا، وتُحسب الإجابات معًا، مرة واحدة لكل شخص. من لديه حسابان على منصتين يُحسب عضوين، إلى أن يرسل لي /me في دردشة خاصة ليجعلهما واحدًا.
unlink-none = هذه المجموعة غير مرتبطة بأي مجموعة أخرى.
unlink-which = أي دردشة؟ أرسل /unlink ورقمها:
    { $list }
unlink-first = الدردشة الأولى هي حيث بدأ المجتمع، لذا تبقى. افصل الأخرى واحدة تلو الأخرى، أو أرسل /unlink في دردشة مرتبطة.
unlink-done = لم تعد { $chat } ({ $platform }) مرتبطة. ما يبدأ هنا لن يظهر هناك بعد الآن.
unlink-done-here = لم تعد هذه المجموعة مرتبطة بـ { $title }: أصبحت مجتمعًا مستقلًا من جديد، بتسجيلات حضورها واجتماعاتها واستطلاعاتها الخاصة.
privacy-linked = 🔗 هذه المجموعة واحدة من { $count } دردشات مرتبطة لمجتمع واحد (/link): ما تجيب به في أي منها يُحسب معًا، ويراه منسقو المجتمع كما لو كان هنا. من يكون على منصتين (تيليجرام وواتساب) هو عندي عضوان منفصلان إلى أن يربط حسابيه (/me link في دردشة خاصة معي): حتى ذلك الحين لكل حساب بياناته الخاصة، والأمر /forget على أحدهما لا يمس الآخر. بعد الربط يصبحان عضوًا واحدًا، ويمحو الأمر /forget الحسابين معًا.
settings-linked = الدردشات المرتبطة ({ $count }): { $list }. الأمر /link يعرضها؛ والأمر /unlink يفصل واحدة.

me-in-private = أرسل لي /me في دردشة خاصة: هناك تربط حساباتك.
me-usage = جرّب /me (حساباتك)، أو /me link (رمز لتطبيقك الآخر)، أو /me link مع الرمز، أو /me unlink.
me-single = أنت تستخدمني على { $platform }. وعلى التطبيق الآخر أيضًا (تيليجرام أو واتساب)؟ أرسل /me link هنا لتحصل على رمز، ثم أرسله لي في دردشة خاصة هناك. عندها يُحسب حساباك عضوًا واحدًا: صوت واحد، وتسجيل حضور واحد، ورد واحد على الدعوة.
me-accounts = حساباتك: { $list }. تُحسب عضوًا واحدًا، وأكتب إليك في الخاص على { $platform }. الأمر /me unlink يفصلها من جديد.
me-code =
    رمزك: { $code }
    خلال { $minutes } دقيقة، أرسل لي هذا في دردشة خاصة على تطبيقك الآخر:
    /me link { $code }
    عندها يُحسب حساباك عضوًا واحدًا: صوت واحد، وتسجيل حضور واحد، ورد واحد على الدعوة. وحيث صوّت الحسابان أو أجابا عن الشيء نفسه، تبقى الإجابة الأحدث (وتحتفظ الاستطلاعات المغلقة بنتائجها). سأبقى أكتب إليك في الخاص هنا.
me-code-unknown = هذا الرمز لا يعمل: ربما انتهت مدته (تدوم الرموز 15 دقيقة) أو استُخدم من قبل. أرسل /me link في دردشة خاصة على تطبيقك الآخر لتحصل على رمز جديد.
me-same = هذا الرمز جاء من هذا الحساب نفسه. أرسله لي من تطبيقك الآخر.
me-same-platform = هذا الرمز من حساب آخر على { $platform }. الرمز يربط حسابين على تطبيقين مختلفين: واحد على تيليجرام وواحد على واتساب.
me-already = هذا الحساب مرتبط بحساب آخر من قبل. أرسل /me unlink أولًا لفصله.
me-anonymous-clash = ليس بعد: صوّت حساباك كلاهما في الاستطلاع المجهول "{ $question }". الأصوات المجهولة غير مربوطة بأحد، فلا أستطيع أن أعرف أيها أُبقي. اربط حسابيك بعد أن يُغلق؛ ويُحسب الصوتان حتى ذلك الحين.
me-linked = تم: أصبح حساباك عضوًا واحدًا الآن. { $merged ->
        [0] لم يكن هناك ما يحتاج إلى دمج.
        [one] دُمج صوت واحد كنت أدليت به من الحسابين: يبقى الأحدث.
       *[other] دُمجت أصوات أدليت بها من الحسابين ({ $merged }): تبقى الأحدث.
    } سأكتب إليك في الخاص على { $platform }.
me-linked-there = حسابك على { $platform } ({ $name }) مرتبط الآن بهذا الحساب: تُحسب عضوًا واحدًا، بصوت واحد وتسجيل حضور واحد ورد واحد على الدعوة. الأمر /me يعرض حساباتك.
me-unlink-none = حسابك غير مرتبط بحساب آخر.
me-unlink-done = حساباك منفصلان من جديد. ما فعلته حتى الآن يبقى مع حسابك على { $platform }؛ ويبدأ الآخر من جديد حين تكتب في المرة القادمة.
poll-result-merged = { $count ->
        [one] شخص واحد صوّت من حسابين قبل ربطهما: يُحسب صوته الأحدث فقط.
       *[other] أشخاص صوّتوا من حسابين قبل ربطهما: { $count }. تُحسب أصواتهم الأحدث فقط.
    }
