# كلمات Kettle بالعربية.

welcome-group =
    مرحبًا يا { $title }! أنا Kettle.
    أساعد هذه المجموعة على الاطمئنان على بعضها، وإيجاد وقت للاجتماع، واتخاذ القرارات معًا.
    اضغط «انضمام» لأعرف أنك هنا. لا أحد يحتاج إلى بريد إلكتروني.
joined-so-far = انضم حتى الآن { $joined } من { $total } أشخاص.
button-join = انضمام
join-done = أنت معنا الآن. أهلًا بك!
join-already = لقد انضممت من قبل.
join-nudge =
    من لم ينضم بعد؟ انضم إلى Kettle { $joined } من { $total } أشخاص في هذه المجموعة.
    إن أردت المشاركة، اضغط «انضمام». لا داعي للعجلة.

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
    /checkin – ابدأ جولة اطمئنان (المنسقون)، أو اطمئن بشكل خاص في محادثة معي
    /checkin every monday 19:00 – جولة اطمئنان كل أسبوع (المنسقون)
    /pulse – كيف كان حال المجموعة أسبوعًا بعد أسبوع (المنسقون)
    /lang – اختر اللغة التي أكلمك بها
    /tz – اضبط المنطقة الزمنية (المنسقون يضبطون منطقة المجموعة، وكل شخص يضبط منطقته في محادثة خاصة)
    /settings – اعرض إعدادات المجموعة
cmd-start = قل مرحبًا واقرأ كيف أحفظ بياناتك
cmd-help = ما يستطيع Kettle فعله
cmd-checkin = اطمئن أو ابدأ جولة اطمئنان
cmd-pulse = كيف كان حال المجموعة (المنسقون)
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
no-coordinators = لا أحد بعد
not-set = غير مضبوطة

unknown-command = لا أعرف الأمر /{ $command }. اكتب /help لترى ما أستطيع فعله.
unknown-command-suggest = لا أعرف الأمر /{ $command }. هل تقصد /{ $suggestion }؟
button-stale = عذرًا، هذا الزر لم يعد يعمل.
button-other-chat = هذا الزر يخص محادثة أخرى.
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
checkin-round-closed = جولة اطمئنان (مغلقة): { $question }
checkin-progress = أجابوا: { $checked } · لم نسمع منهم بعد: { $missing }
checkin-spread = صعب { $rough } · منخفض { $low } · مقبول { $okay } · جيد { $good } · رائع { $great } · تخطٍّ { $pass }
checkin-spread-hidden = (يظهر التوزيع عندما يجيب 3 أشخاص على الأقل.)
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
