## jirga — Urdu (ur-PK). Translated by non-native speakers: every message
## carries its review status and the hash of the English it translates
## (scripts/ftl-stamp.py). Not offered until every message is translated.

# status: unreviewed · en: c4193306878c
app-name = jirga
# status: unreviewed · en: 84fb4e4f4e37
app-tagline = سرحد کے دونوں جانب بات چیت کا ریکارڈ
# status: unreviewed · en: 99b39c65e526
nav-label = حصے
# status: unreviewed · en: 56d2c31ad579
nav-skip = مرکزی مواد پر جائیں
# status: unreviewed · en: 8118ffe5fb4b
language-switcher = زبان
# status: unreviewed · en: b308917e917b
translation-awaits-review = { $count ->
    [one] اس ترجمے کا ایک پیغام ابھی کسی اہلِ زبان کے جائزے کا منتظر ہے۔
   *[other] اس ترجمے کے { $count } پیغامات ابھی کسی اہلِ زبان کے جائزے کے منتظر ہیں۔
}
# status: unreviewed · en: 9e18a19b37db
nav-dashboard = جائزہ
# status: unreviewed · en: 24919dad3758
nav-approval = وفاقی منظوری
# status: unreviewed · en: c8f790958046
nav-liaison = اطلاع اور رابطہ
# status: unreviewed · en: eb6df77ef28f
nav-delegations = وفود
# status: unreviewed · en: 977b1378abcb
nav-phases = مراحل اور ایجنڈا
# status: unreviewed · en: 586996c43893
nav-meetings = اجلاس
# status: unreviewed · en: c30cef6edf7a
nav-claims = دعوے اور مؤقف
# status: unreviewed · en: 9c2d5fb783b3
nav-commitments = وعدے
# status: unreviewed · en: b15ca115796d
nav-initiatives = تمام اقدامات
# status: unreviewed · en: 61402330d96f
nav-registers = فریقین اور افراد
# status: unreviewed · en: 7b82e70251d3
nav-events = واقعات کا ریکارڈ
# status: unreviewed · en: cb5680614c15
nav-audit = آڈٹ
# status: unreviewed · en: 3f7431c979d7
footer-record = اس سائٹ پر ہر تبدیلی ایک ایسے ریکارڈ میں درج واقعہ ہے جس میں صرف اضافہ ہوتا ہے، اور فہرست میں اس کا مقام دکھایا گیا ہے۔
# status: unreviewed · en: dde6f523cb19
not-found-title = صفحہ نہیں ملا
# status: unreviewed · en: 1c4f8c37a597
not-found-body = اس پتے پر کوئی صفحہ یا ریکارڈ نہیں۔ پتہ دیکھیں، یا جائزے سے شروع کریں۔
# status: unreviewed · en: e8eaccccc41a
bad-query-title = یہ پتہ پڑھا نہیں جا سکتا
# status: unreviewed · en: 1136890b46a1
bad-query-body = پتے کا وہ حصہ جو “?” کے بعد ہے، ان میں سے نہیں جو یہ سائٹ بناتی ہے (صفحہ نمبر جو عدد نہیں، یا کوئی ترتیب جو دو بار آئی)۔ جس صفحے سے آئے ہیں وہاں کا کوئی لنک کھولیں، یا جائزے سے شروع کریں۔

# status: unreviewed · en: 535f400d4380
flash-done = درج ہو گیا: { $change }۔
# status: unreviewed · en: c5ecc8586f3b
flash-done-generic = درج ہو گیا۔
# status: unreviewed · en: db6d0af0b2e5
form-error-title = ایک مسئلہ ہے
# status: unreviewed · en: 90a1d42df09e
form-error-code = قاعدہ:
# status: unreviewed · en: d184581530cc
form-choose = منتخب کریں…
# status: unreviewed · en: 5a768a81f3fd
form-date-hint = مثال کے طور پر، 2025-03-15
# status: unreviewed · en: 9cda2cec0a11
form-remove-row = قطار { $n } ہٹائیں

# status: unreviewed · en: 25bd14442f95
record-ledger-index = فہرست کے مقام { $seq } پر درج ہے۔
# status: unreviewed · en: d15f5e09354a
record-id = ریکارڈ
# status: unreviewed · en: 70e8de44f60e
record-as-json = JSON کی صورت میں
# status: unreviewed · en: c8f6e8ddf491
list-as-json = یہ فہرست JSON کی صورت میں
# status: unreviewed · en: eb2b165a3e8e
record-ledger-link = اسے واقعات کے ریکارڈ میں دیکھیں
# status: unreviewed · en: 14cd549ba58a
record-event-link = وہ واقعہ جس نے اسے بنایا
# status: unreviewed · en: 1da09130946c
record-proof-link = شمولیت کا ثبوت
# status: unreviewed · en: 1f13950cbaee
history-title = تاریخچہ
# status: unreviewed · en: be36d3fcb4b1
history-seq = فہرست میں مقام
# status: unreviewed · en: 36d0d6c1aa71
history-when = کب
# status: unreviewed · en: 9d5abdc50e15
history-who = کس نے
# status: unreviewed · en: e243e546e744
history-what = کیا بدلا
# status: unreviewed · en: dee537ed8784
history-earlier = اس ریکارڈ کی پچھلی تبدیلیاں جو یہاں نہیں دکھائی گئیں: { $count }۔ تازہ ترین دکھائی گئی ہیں۔

## Dashboard
# status: unreviewed · en: 93357e8606c1
dashboard-caption = اقدام
# status: unreviewed · en: c7dd171f2d5f
dashboard-approval = وفاقی منظوری
# status: unreviewed · en: 8af85ef4783d
dashboard-approval-link = وفاقی منظوری پر جائیں
# status: unreviewed · en: e30341e6b123
dashboard-next = اگلا قدم
# status: unreviewed · en: fadd07f8e026
dashboard-all-done = تمام قدم مکمل ہو چکے ہیں۔
# status: unreviewed · en: 20259151c82a
dashboard-gates = قدم
# status: unreviewed · en: d5a9405aca7d
dashboard-open-commitments = کھلے وعدے
# status: unreviewed · en: 4001c49b42d6
dashboard-contested = متنازع دعوے
# status: unreviewed · en: c4cc4cdc3e6b
dashboard-meetings = تازہ ترین اجلاس
# status: unreviewed · en: a53bd55a8cff
dashboard-more = مزید { $count }: سب دیکھیں
# status: unreviewed · en: 9d6936e6343d
gate-blocked-by = رکاوٹ:
# status: unreviewed · en: 084fe8eb7ed5
gate-federal-approval = وفاقی منظوری
# status: unreviewed · en: 50640a15aad5
gate-notification = وفاقی حکومت کو باضابطہ اطلاع
# status: unreviewed · en: e4b191fed8d1
gate-groundwork-visit = ابتدائی تیاری کا دورہ
# status: unreviewed · en: 7d60bd470819
gate-phase-one = مرحلہ ۱: سلامتی
# status: unreviewed · en: 6f48957ff4b8
gate-substantive-visit = بنیادی دورہ
# status: unreviewed · en: 463213c29b72
gate-phase-two = مرحلہ ۲: تجارت، مہاجرین اور تعاون
# status: unreviewed · en: a354dac49bb2
gate-status-cannot-start-yet = ابھی شروع نہیں ہو سکتا
# status: unreviewed · en: 77541caf71f7
gate-status-ready = شروع کرنے کے لیے تیار
# status: unreviewed · en: 8de7df2c7b03
gate-status-in-progress = جاری
# status: unreviewed · en: 82f5f570f54b
gate-status-done = مکمل

## Initiatives and registers
# status: unreviewed · en: 516c03df646a
initiatives-title = اقدامات
# status: unreviewed · en: e6c296be2188
initiative-launch = ایک اقدام شروع کریں
# status: unreviewed · en: 6d42ffc350c7
initiative-launch-submit = اقدام شروع کریں
# status: unreviewed · en: d3622c60cd0e
registers-title = فریقین اور افراد
# status: unreviewed · en: cb171270be13
parties-title = فریقین
# status: unreviewed · en: c59c722eb39a
people-title = افراد
# status: unreviewed · en: 5a101d6e6956
party-register = ایک فریق درج کریں
# status: unreviewed · en: 807220811802
party-register-submit = فریق درج کریں
# status: unreviewed · en: 6301c480f40f
person-register = ایک فرد درج کریں
# status: unreviewed · en: 59de47b8ba40
person-register-submit = فرد درج کریں
# status: unreviewed · en: 352af5c11fd8
events-title = واقعات کا ریکارڈ
# status: unreviewed · en: 4d1dc6d94147
events-intro = ہر منظور شدہ تبدیلی، ترتیب وار۔ واقعات کبھی بدلے یا حذف نہیں کیے جاتے؛ ہر ایک کا مقام ریکارڈ میں اس کا نمبر ہے۔
# status: unreviewed · en: 9dd9f87d313a
events-earlier = پچھلے واقعات
# status: unreviewed · en: 4e755c4548cd
events-later = بعد کے واقعات
# status: unreviewed · en: a91bf223bf73
events-created = بنایا گیا
# status: unreviewed · en: 61068d1f713f
event-title = واقعہ #{ $seq }
# status: unreviewed · en: bdc2712c979f
event-records = ریکارڈز
# status: unreviewed · en: 8166a453d1ba
event-proof = لیجر میں اس کی شمولیت کا ثبوت
# status: unreviewed · en: 66916273b965
event-json = یہ واقعہ JSON کی صورت میں
# status: unreviewed · en: 222e47c8c52d
event-in-log = واقعات کے ریکارڈ میں
# status: unreviewed · en: 5b5468a6105d
event-as-recorded = جیسا کہ درج ہوا

## Approval
# status: unreviewed · en: 34ed163a3028
approval-title = وفاقی منظوری
# status: unreviewed · en: 80d29c27341d
approval-intro = صوبہ اپنے اختیار پر دوسرے فریق سے بات نہیں کر سکتا: دورے، دوسرے فریق سے اجلاس اور طے شدہ وعدے وفاقی منظوری کے منتظر رہتے ہیں، منظور شدہ موضوعات کے اندر رہتے ہیں اور منظوری کی مدت ختم ہونے پر ختم ہو جاتے ہیں۔
# status: unreviewed · en: cf63d9687656
approval-none = ابھی کوئی درخواست نہیں
# status: unreviewed · en: 549a9c48f24e
approval-request-heading = درخواست { $id } بتاریخ { $date }
# status: unreviewed · en: 06e55f22fbad
approval-requested-on = { $date } کو درخواست کی گئی؛ وفاقی فیصلے کی منتظر۔
# status: unreviewed · en: f5f79d827a54
approval-valid-until = { $date } تک مؤثر۔
# status: unreviewed · en: 84a1c89e1102
approval-not-in-force = منظوری آج نافذ نہیں۔
# status: unreviewed · en: 1f20f6d71139
approval-decide = وفاقی فیصلہ درج کریں
# status: unreviewed · en: c3e7478f356b
approval-decide-submit = فیصلہ درج کریں
# status: unreviewed · en: 8e222379aeab
approval-request = وفاقی منظوری کی درخواست کریں
# status: unreviewed · en: a70761feef7e
approval-request-submit = درخواست بھیجیں
# status: unreviewed · en: 57e2b4603663
approval-phase-order = مراحل کی ترتیب
# status: unreviewed · en: 68ed5dcb6144
approval-waived = مراحل کی ترتیب سے استثنا دیا گیا
# status: unreviewed · en: 86bddcb40f9a
approval-standing = حیثیت
# status: unreviewed · en: 043d010618c7
field-as-breach = یہ قواعد سے ہٹ کر ہوا (منظوری سے پہلے، غیر منظور شدہ موضوع پر، یا مراحل کی ترتیب کے خلاف): اسے خلاف ورزی کے طور پر درج کریں
# status: unreviewed · en: a7d1fe9c26ce
breach-tag = خلاف ورزی
# status: unreviewed · en: 0279b0b62c15
breach-title = خلاف ورزی کے طور پر درج
# status: unreviewed · en: dc73628597b2
breach-open = کھلی
# status: unreviewed · en: 3551226d18c0
breach-acknowledged = تسلیم کی گئی
# status: unreviewed · en: 98778e63aa58
breach-intro = یہ اجلاس عمل کے قواعد سے ہٹ کر ہوا۔ یہ ریکارڈ میں ویسا ہی ہے جیسا تھا؛ وفاقی فریق کو اس وقت تک دکھایا جاتا ہے جب تک وہ اسے تسلیم نہ کر لے۔
# status: unreviewed · en: 0c08906d7cd2
breach-acknowledged-on = وفاقی فریق نے { $date } کو تسلیم کیا: { $note }
# status: unreviewed · en: 8dd230bdca1d
breach-acknowledge = خلاف ورزی تسلیم کریں (وفاقی فیصلہ)
# status: unreviewed · en: b4f67f24dbfd
breach-acknowledge-submit = خلاف ورزی تسلیم کریں
# status: unreviewed · en: ee0471bff09b
dashboard-open-breaches = کھلی خلاف ورزیاں
# status: unreviewed · en: 635b64a338a8
dashboard-open-breaches-intro = وہ حقائق جو عمل کا کوئی قاعدہ توڑنے کے باوجود درج ہوئے، اور وفاقی فریق کے تسلیم کرنے کے منتظر ہیں۔
# status: unreviewed · en: 4c1285f1ca0e
approval-standing-since = { $date } سے: { $reason }
# status: unreviewed · en: fcfcf381f21e
standing-in-force = نافذ
# status: unreviewed · en: 5482549faeaa
standing-suspended = معطل
# status: unreviewed · en: ed257937f603
standing-withdrawn = واپس لی گئی
# status: unreviewed · en: 9f6a65b838ab
approval-suspend = منظوری معطل کریں (وفاقی فیصلہ)
# status: unreviewed · en: a70b6ad17350
approval-suspend-submit = منظوری معطل کریں
# status: unreviewed · en: 649b06733895
approval-reinstate = منظوری بحال کریں (وفاقی فیصلہ)
# status: unreviewed · en: 3ba3c151a7f9
approval-reinstate-submit = منظوری بحال کریں
# status: unreviewed · en: c8701c62c022
approval-withdraw = منظوری واپس لیں (وفاقی فیصلہ)
# status: unreviewed · en: e639a8bd4ff1
approval-withdraw-submit = منظوری واپس لیں
# status: unreviewed · en: c50c45242259
field-suspended-on = معطلی کی تاریخ
# status: unreviewed · en: 719dd3e48c41
field-reinstated-on = بحالی کی تاریخ
# status: unreviewed · en: 6bff9220234b
field-withdrawn-on = واپسی کی تاریخ
# status: unreviewed · en: 0ee1856b8e35
approval-not-waived = مرحلہ ۲ مرحلہ ۱ کا منتظر ہے
# status: unreviewed · en: 6e9ec94f4a1e
approval-waive = مراحل کی ترتیب سے استثنا دیں (وفاقی فیصلہ)
# status: unreviewed · en: d2ff0c91e787
approval-waive-submit = ترتیب سے استثنا دیں
# status: unreviewed · en: d6d2db523e45
waiver-title = وفاقی فریق کے قواعد میں نرمی کی درخواستیں
# status: unreviewed · en: e5b3edba26f7
waiver-intro = صرف وفاقی فریق وہ قواعد نرم کرتا ہے جو اس کا تحفظ کرتے ہیں۔ صوبہ درخواست کر سکتا ہے؛ درخواست یہاں اس وقت تک رہتی ہے جب تک کوئی وفاقی منظور کنندہ اوپر والے قاعدے سے استثنا نہ دے یا انکار نہ کرے۔
# status: unreviewed · en: 40fee57d0935
waiver-requested = صوبے نے { $date } کو درخواست کی
# status: unreviewed · en: 11a111fffdfe
waiver-waiting = وفاقی فریق کی منتظر
# status: unreviewed · en: 5ffa3c2a77fe
waiver-granted = منظور
# status: unreviewed · en: fb77a0b380ca
waiver-refused = مسترد
# status: unreviewed · en: f1bee79b0d8f
waiver-refuse = یہ درخواست مسترد کریں (وفاقی فیصلہ)
# status: unreviewed · en: 97bd4c2375fa
waiver-refuse-submit = درخواست مسترد کریں
# status: unreviewed · en: 228e73a63462
waiver-request = وفاقی فریق سے کسی قاعدے میں نرمی کی درخواست کریں
# status: unreviewed · en: 7a09d7ab8027
waiver-request-submit = درخواست بھیجیں
# status: unreviewed · en: 8decc46d3a9e
waivable-rule-phase-order = مراحل کی ترتیب (مرحلہ ۲ مرحلہ ۱ کا منتظر)
# status: unreviewed · en: 1bc881fa4daa
waivable-rule-groundwork-first = پہلے ابتدائی تیاری (بنیادی وفد ابتدائی تیاری کے دورے کی رپورٹ کا منتظر)
# status: unreviewed · en: b1a86cd23b87
field-rule = قاعدہ
# status: unreviewed · en: 7f74cf99b09a
field-refused-on = انکار کی تاریخ
# status: unreviewed · en: 0584f893aa89
settings-title = اس اقدام کی ترتیبات
# status: unreviewed · en: 96835951313c
settings-submit = ترتیبات محفوظ کریں

## Liaison
# status: unreviewed · en: 164a77e59661
liaison-title = اطلاع اور رابطہ
# status: unreviewed · en: e5ac2c44fce5
notifications-title = باضابطہ اطلاعات
# status: unreviewed · en: defc6d86205e
notification-sent = { $date } کو بھیجی گئی
# status: unreviewed · en: 6d7908db922d
notification-acknowledged = وصولی تسلیم کی گئی
# status: unreviewed · en: 309617113c14
notification-awaiting = وصولی کی تصدیق کی منتظر
# status: unreviewed · en: 259dd9e830ed
notification-acknowledge = وصولی کی تصدیق درج کریں
# status: unreviewed · en: a7a789b4e704
notification-acknowledge-submit = تصدیق درج کریں
# status: unreviewed · en: 697ceed7510b
notification-send = وفاقی حکومت کو اطلاع دیں
# status: unreviewed · en: 2fa11fa91536
notification-send-submit = اطلاع بھیجیں
# status: unreviewed · en: ecf43a5b72c6
guidance-title = رابطے کا ریکارڈ: رہنمائی کی درخواستیں
# status: unreviewed · en: b299fcfafe7b
guidance-asked = { $date } کو پوچھا گیا
# status: unreviewed · en: a96f365e1c6a
guidance-answered = جواب دیا گیا
# status: unreviewed · en: 740a72630c68
guidance-answer = جواب درج کریں
# status: unreviewed · en: 1dfcb2f06a73
guidance-answer-submit = جواب درج کریں
# status: unreviewed · en: 718641934271
guidance-ask = رہنمائی طلب کریں
# status: unreviewed · en: d24cd2ccf302
guidance-ask-submit = درخواست بھیجیں

## Delegations
# status: unreviewed · en: 0a7031735f58
delegations-title = وفود
# status: unreviewed · en: 4dd50da47b84
delegations-intro = { $person } فوکل پرسن ہیں اور ہر وفد میں شامل ہیں۔
# status: unreviewed · en: d27e1b886d43
delegation-members = ارکان
# status: unreviewed · en: 39232f80e88f
delegation-visits = دورے
# status: unreviewed · en: 433352b6fb0f
delegation-form = ایک وفد تشکیل دیں
# status: unreviewed · en: ad8b70aadde1
delegation-form-submit = وفد تشکیل دیں
# status: unreviewed · en: e35ce166fbd6
delegation-formed = { $date } کو تشکیل پایا
# status: unreviewed · en: 28fc254341a0
delegation-focal-person = فوکل پرسن
# status: unreviewed · en: bb34dc84f304
delegation-remove-submit = ہٹائیں
# status: unreviewed · en: 895576863ef5
delegation-add-member = ایک رکن شامل کریں
# status: unreviewed · en: d66022eb811c
delegation-add-member-submit = رکن شامل کریں
# status: unreviewed · en: 0c27f4569fc3
visit-plan = ایک دورے کا منصوبہ بنائیں
# status: unreviewed · en: 72e812f0a6d2
visit-plan-submit = دورے کا منصوبہ بنائیں
# status: unreviewed · en: 86d0045720fb
visit-travel = سفر درج کریں
# status: unreviewed · en: 3a5854abebb7
visit-travel-submit = سفر درج کریں
# status: unreviewed · en: 79103549c6a1
visit-report = واپسی کی رپورٹ درج کریں
# status: unreviewed · en: 0ad08914503b
visit-report-submit = رپورٹ درج کریں

## Phases and meetings
# status: unreviewed · en: 244ebeedb4f0
phases-title = مراحل اور ایجنڈا
# status: unreviewed · en: 0f2260c1b1a4
phase-number = مرحلہ { $n }
# status: unreviewed · en: b8c32d8aea48
phase-short = مرحلہ
# status: unreviewed · en: 90d052e7edb2
phase-open = کھلا
# status: unreviewed · en: 08cd15a23b78
phase-concluded = مکمل ہوا
# status: unreviewed · en: 628c6bebbbf7
phase-concluded-on = { $date } کو مکمل ہوا
# status: unreviewed · en: b1f4c027780c
phase-agenda-count = { $n ->
    [one] ایجنڈے کا ۱ نکتہ
   *[other] ایجنڈے کے { $n } نکات
}
# status: unreviewed · en: 36a54d241e73
phase-conclude = یہ مرحلہ مکمل کریں
# status: unreviewed · en: b5df2a4bf306
phase-conclude-submit = مرحلہ مکمل کریں
# status: unreviewed · en: 41ee628f15ed
phase-add = ایک مرحلہ شامل کریں
# status: unreviewed · en: 6ce4990ec5be
phase-add-submit = مرحلہ شامل کریں
# status: unreviewed · en: baa3e036417e
agenda-item = ایجنڈے کا نکتہ
# status: unreviewed · en: 7ef1eb620857
agenda-discussed-in = اس میں زیرِ بحث آیا
# status: unreviewed · en: 2308e62b9860
agenda-add = ایجنڈے کا ایک نکتہ شامل کریں
# status: unreviewed · en: 7c5b01a628c0
agenda-add-submit = نکتہ شامل کریں
# status: unreviewed · en: 5b4e15718ef5
meetings-title = اجلاس
# status: unreviewed · en: ee0e8b16fea2
meeting-heading = { $date } کا اجلاس بمقام { $place }
# status: unreviewed · en: 595e9f494a78
meeting-participants = شرکاء
# status: unreviewed · en: bac08cd60202
meeting-agenda = زیرِ بحث ایجنڈے کے نکات
# status: unreviewed · en: f0d6a641ecb5
meeting-outcomes = نتائج
# status: unreviewed · en: da595f227023
meeting-add-outcome = ایک اور نتیجہ شامل کریں
# status: unreviewed · en: 084a49f0d850
meeting-record = منعقد ہونے والا اجلاس درج کریں
# status: unreviewed · en: aaf56ed76461
meeting-record-submit = اجلاس درج کریں
# status: unreviewed · en: 14879779e151
meeting-our-side = ہماری جانب
# status: unreviewed · en: 0c8360cd657c
party-within = { $party } کے تحت
# status: unreviewed · en: 67676b044de8
meeting-counterpart-side = دوسری جانب

## Claims
# status: unreviewed · en: 4918cab5fc66
claims-title = دعوے اور مؤقف
# status: unreviewed · en: c3c825f88dbe
claims-filter = موضوع کے لحاظ سے چھانٹیں
# status: unreviewed · en: 53c280b59df7
claims-none = اس موضوع پر ابھی کوئی دعویٰ نہیں۔
# status: unreviewed · en: ceaf24791cc7
claim-contested = متنازع
# status: unreviewed · en: 5ea779bbee10
claim-state = ایک دعویٰ پیش کریں
# status: unreviewed · en: 14a278de5f56
claim-state-submit = دعویٰ پیش کریں
# status: unreviewed · en: c8a2d55fe0e5
position-record = کسی فریق کا مؤقف درج کریں
# status: unreviewed · en: d6093dc7bb7a
position-record-submit = مؤقف درج کریں
# status: unreviewed · en: 3dbd790fd984
position-source = ماخذ
# status: unreviewed · en: 7f966558d720
filter-all = تمام

## Commitments
# status: unreviewed · en: e9f09ef1043e
commitments-title = وعدے
# status: unreviewed · en: 0d2aee3c20fa
commitments-filter = حیثیت کے لحاظ سے چھانٹیں
# status: unreviewed · en: 5f972344bf89
commitment-caption = وعدہ
# status: unreviewed · en: dbde91c4e374
commitment-due = مقررہ تاریخ { $date }
# status: unreviewed · en: 9d63f6b49c7f
commitment-progress = پیش رفت
# status: unreviewed · en: 783872d74f9d
commitment-status-log = حیثیت کی تبدیلیاں
# status: unreviewed · en: 74a4b419f01b
commitment-draft = ایک وعدے کا مسودہ بنائیں
# status: unreviewed · en: 7188f92ee8e6
commitment-draft-submit = مسودہ بنائیں
# status: unreviewed · en: 4186c10de7fc
commitment-change = حیثیت بدلیں
# status: unreviewed · en: cafb3a640e08
commitment-change-submit = حیثیت بدلیں
# status: unreviewed · en: b40613709f16
commitment-report = پیش رفت کی رپورٹ دیں
# status: unreviewed · en: 884457656f0f
commitment-report-submit = پیش رفت کی رپورٹ دیں
# status: unreviewed · en: c9d6e0635ef1
guardrail-title = قومی فریم ورک
# status: unreviewed · en: d9fa3301a211
guardrail-not-yet = ابھی جانچا نہیں گیا: قومی فریم ورک کی پالیسیاں کسی وعدے کو تجویز کے وقت اور پھر طے پانے کے وقت جانچتی ہیں۔
# status: unreviewed · en: d850003c03f6
guardrail-concurred = وفاقی رضامندی
# status: unreviewed · en: 2a52c956ccaf
guardrail-screen-limits = مسودہ نگار کے بتائے گئے شعبوں کے علاوہ، حفاظتی جانچ وعدے کے متن میں وہ چیزیں تلاش کرتی ہے جن کا قومی فریم ورک ذکر کرتا ہے (ڈیورنڈ لائن، سرحدی باڑ، فوجی اور سیکیورٹی فورسز، افراد کی حوالگی، تسلیم کرنا، قرضے اور ضمانتیں)، انگریزی، اردو، پشتو اور دری املا میں۔ یہ جانچ معلوم حدود والا ایک حفاظتی جال ہے: جس عبارت کے لیے اس کے پاس لفظ نہ ہو وہ گزر جاتی ہے، اور بے ضرر معنی میں استعمال ہونے والے لفظ پر نشان لگتا ہے تاکہ وفاقی فریق فیصلہ کرے۔
# status: unreviewed · en: 60c8ea039f33
guardrail-concur = وفاقی رضامندی درج کریں
# status: unreviewed · en: 0b46e02dc8eb
guardrail-concur-submit = رضامندی درج کریں
# status: unreviewed · en: 7a538848e1ab
commitment-amount = مالی ذمہ داری PKR { $amount }
# status: unreviewed · en: a7ddd2928318
field-areas = قومی فریم ورک کے وہ شعبے جن سے یہ متعلق ہے
# status: unreviewed · en: 06b63b527f52
field-financial-amount = مالی ذمہ داری (PKR)
# status: unreviewed · en: 3eca88811c9b
field-concurred-on = رضامندی کی تاریخ
# status: unreviewed · en: 0fb145a21f44
field-concurred-by = رضامندی دینے والا
# status: unreviewed · en: 43964665b223
area-border-status = بین الاقوامی سرحد کی حیثیت
# status: unreviewed · en: ec135b3d2c97
area-defence-deployment = دفاعی تعیناتیاں
# status: unreviewed · en: bdff381a0b86
area-extradition = ملزمان کی حوالگی
# status: unreviewed · en: f1c8392a29c3
area-recognition = خارجہ پالیسی میں تسلیم کرنا
# status: unreviewed · en: 6d2ca0e7400e
area-financial-liability = مالی ذمہ داری
# status: unreviewed · en: 3fd1a43312d1
area-refugees-status = مہاجرین کی حیثیت
# status: unreviewed · en: 5026801a7a0a
verdict-allowed = اجازت ہے
# status: unreviewed · en: bc8e24ff1d6a
verdict-needs-concurrence = وفاقی رضامندی درکار
# status: unreviewed · en: ddcd94494926
verdict-forbidden = ممنوع

## Fields
# status: unreviewed · en: 75ff59071b13
field-id = شناخت
# status: unreviewed · en: c1221e128b47
field-name = نام
# status: unreviewed · en: bf9e64be06f0
field-short-name = مختصر نام
# status: unreviewed · en: 88fe9f562778
field-kind = قسم
# status: unreviewed · en: d0b1ad8927b1
field-title = عنوان
# status: unreviewed · en: 9401622ae760
field-name-latin = نام (لاطینی رسم الخط میں)
# status: unreviewed · en: 6d421fee1bbd
field-name-arabic = نام (عربی رسم الخط میں)
# status: unreviewed · en: 324b7d5cd206
field-person-title = عہدہ
# status: unreviewed · en: fc792c3dbd54
field-organization = ادارہ
# status: unreviewed · en: 8b519b3d5bd8
field-province = صوبائی حکومت
# status: unreviewed · en: 859a764f35ca
field-federal = وفاقی حکومت
# status: unreviewed · en: e0afdf5d52b3
field-counterpart = دوسرا فریق
# status: unreviewed · en: b27aea73e18b
field-topics = موضوعات
# status: unreviewed · en: c47785f2bfee
field-topic = موضوع
# status: unreviewed · en: 44f4c9f9293d
field-focal-person = فوکل پرسن
# status: unreviewed · en: 4db732b98119
field-launched-on = آغاز کی تاریخ
# status: unreviewed · en: 97b0fb57ca6d
field-groundwork-first = بنیادی وفد صرف اس وقت سفر کرتا ہے جب ابتدائی تیاری کا دورہ رپورٹ دے چکا ہو
# status: unreviewed · en: 93181934d83c
field-planned-delegations = منصوبہ بند وفود
# status: unreviewed · en: 342bcbb876b0
field-requested-on = درخواست کی تاریخ
# status: unreviewed · en: c93ebe2572f3
field-note = نوٹ
# status: unreviewed · en: e324edaa23ce
field-decision = فیصلہ
# status: unreviewed · en: 5ed6ec615dc6
field-decided-on = فیصلے کی تاریخ
# status: unreviewed · en: 715943361f32
field-terms = شرائط و ضوابط
# status: unreviewed · en: e454a144dcd9
field-valid-until = مؤثر تا
# status: unreviewed · en: 98815ca3f6f5
field-approved-topics = منظور شدہ موضوعات
# status: unreviewed · en: 910da5b77b4b
field-waive-phase-order = مرحلہ ۱ مکمل ہونے سے پہلے مرحلہ ۲ کی اجازت دیں
# status: unreviewed · en: 8b75b6fed78f
field-waived-on = استثنا کی تاریخ
# status: unreviewed · en: 33fd51379f19
field-reason = وجہ
# status: unreviewed · en: 8a9660db41e7
field-subject = موضوع
# status: unreviewed · en: b4c3da19d2f6
field-body = متن
# status: unreviewed · en: 76debe0e09a0
field-sent-on = بھیجنے کی تاریخ
# status: unreviewed · en: 609cfcae24b6
field-acknowledged-on = تصدیق کی تاریخ
# status: unreviewed · en: b4b3599e98fc
field-acknowledged-by = تصدیق کنندہ
# status: unreviewed · en: f10ff266cd19
field-question = سوال
# status: unreviewed · en: 8001a4b4e422
field-asked-on = سوال کی تاریخ
# status: unreviewed · en: 46b1cb48642c
field-answer = جواب
# status: unreviewed · en: dc78bca865b6
field-answered-on = جواب کی تاریخ
# status: unreviewed · en: d2f5af07127a
field-purpose = مقصد
# status: unreviewed · en: 9214d8cb8185
field-formed-on = تشکیل کی تاریخ
# status: unreviewed · en: 65d536944d78
field-member-n = رکن { $n }
# status: unreviewed · en: 3747c00d06ff
field-role = کردار
# status: unreviewed · en: 4492f72c8a05
field-person = فرد
# status: unreviewed · en: c6b30b339f8c
field-destination = منزل
# status: unreviewed · en: 66b61847e0e5
field-planned-for = منصوبہ بند تاریخ
# status: unreviewed · en: d28e0114c2da
field-travelled-on = سفر کی تاریخ
# status: unreviewed · en: 4624b69ee0be
field-reported-on = رپورٹ کی تاریخ
# status: unreviewed · en: c982bf85f0bc
field-report = رپورٹ
# status: unreviewed · en: f5485f841d67
field-concluded-on = اختتام کی تاریخ
# status: unreviewed · en: f4af40e3312b
field-summary = خلاصہ
# status: unreviewed · en: db35a01ee666
field-held-on = انعقاد کی تاریخ
# status: unreviewed · en: ada06e0dc140
field-place = مقام
# status: unreviewed · en: 91695ba821c4
field-minutes = کارروائی کی روداد
# status: unreviewed · en: 0a7e6fccae68
field-result = نتیجہ
# status: unreviewed · en: a01467b7f6c6
field-outcome-text = کیا طے ہوا یا کیا کھلا رہا
# status: unreviewed · en: 81aadaf199a3
field-proposition = تجویز
# status: unreviewed · en: 8c5ffb34f726
field-claim = دعویٰ
# status: unreviewed · en: efe9292642e7
field-party = فریق
# status: unreviewed · en: 352cd58ebe60
field-stance = مؤقف
# status: unreviewed · en: 266a1a2cd84a
field-statement = بیان
# status: unreviewed · en: 57262991dce5
field-stated-on = بیان کی تاریخ
# status: unreviewed · en: a6c50ffdc64a
field-publisher = ماخذ: ناشر
# status: unreviewed · en: 561219567ac0
field-source-title = ماخذ: عنوان
# status: unreviewed · en: 1b456ede3030
field-published-on = ماخذ: اشاعت کی تاریخ
# status: unreviewed · en: f345b77bc841
field-url = ماخذ: پتہ (URL)
# status: unreviewed · en: 1b79e7510bdf
field-text = متن
# status: unreviewed · en: 803a63b6f2e6
field-phase = مرحلہ
# status: unreviewed · en: 7b7b2c2adf33
field-bound = پابند فریقین
# status: unreviewed · en: 91bbdc630031
field-owner = ذمہ دار
# status: unreviewed · en: 6f884a2b7a44
field-due-on = مقررہ تاریخ
# status: unreviewed · en: 926e182242c4
field-drafted-on = مسودے کی تاریخ
# status: unreviewed · en: 50d1df72c19a
field-status = حیثیت
# status: unreviewed · en: 21a5b9819c03
field-new-status = نئی حیثیت
# status: unreviewed · en: c6abecfc882b
field-on = تاریخ
# status: unreviewed · en: a67331808155
field-percent = فیصد مکمل
# status: unreviewed · en: 415d965a4b17
field-members = ارکان
# status: unreviewed · en: 552a00ca327a
field-request = منظوری کی درخواست
# status: unreviewed · en: 3b335c55f53d
field-commitment = وعدہ
# status: unreviewed · en: cdbe14541bb6
field-to = نئی حیثیت
# status: unreviewed · en: 2b8673907c72
field-participants = شرکاء
# status: unreviewed · en: 4db2da38c260
field-agenda-items = ایجنڈے کے نکات
# status: unreviewed · en: 6416cabe59ae
field-outcomes = نتائج
# status: unreviewed · en: f338d21163e2
field-last-status-change = حیثیت کی آخری تبدیلی
# status: unreviewed · en: 6bf36849b5ec
field-formed-on-of-delegation = وفد کی تشکیل

## Record kinds (in error messages)
# status: unreviewed · en: 5481343cf797
kind-party = فریق
# status: unreviewed · en: c1828e4bdead
kind-person = فرد
# status: unreviewed · en: c101e2db239b
kind-initiative = اقدام
# status: unreviewed · en: a12498a3ec8d
kind-approval = منظوری کی درخواست
# status: unreviewed · en: a90f50520b6b
kind-notification = اطلاع
# status: unreviewed · en: a2117ec62d98
kind-liaison = رابطے کا اندراج
# status: unreviewed · en: 90f65d37dff3
kind-delegation = وفد
# status: unreviewed · en: 8215c48984e9
kind-visit = دورہ
# status: unreviewed · en: 2b623534c21b
kind-phase = مرحلہ
# status: unreviewed · en: b583af8cc7ba
kind-agenda-item = ایجنڈے کا نکتہ
# status: unreviewed · en: 5a2efe62832d
kind-meeting = اجلاس
# status: unreviewed · en: 2bf4cb2ed8d4
kind-claim = دعویٰ
# status: unreviewed · en: aedacbb02f4d
kind-commitment = وعدہ
# status: unreviewed · en: a2da56206b6f
kind-event = واقعہ
# status: unreviewed · en: 2b559035a93e
kind-collection = مجموعہ
# status: unreviewed · en: 2e596b90d03e
kind-record = ریکارڈ

## Vocabularies
# status: unreviewed · en: 7344a9f05264
party-kind-provincial-government = صوبائی حکومت
# status: unreviewed · en: 5d2dbfba1600
party-kind-federal-government = وفاقی حکومت
# status: unreviewed · en: 78b391c5f51e
party-kind-counterpart-government = دوسرے فریق کی حکومت
# status: unreviewed · en: 567f2ed88ada
party-kind-non-state-group = غیر ریاستی گروہ
# status: unreviewed · en: 7620cc3da8f0
party-kind-international-body = بین الاقوامی ادارہ
# status: unreviewed · en: d3190cbb4bcd
party-kind-other = دیگر
# status: unreviewed · en: 97002283a2a1
topic-security = سلامتی اور عسکریت پسندوں کی پناہ گاہیں
# status: unreviewed · en: 439f06493826
topic-trade = تجارت
# status: unreviewed · en: a44a189e9db7
topic-refugees = مہاجرین
# status: unreviewed · en: 9205ccbb421a
topic-health = صحت
# status: unreviewed · en: f5ef5c0e0610
topic-education = تعلیم
# status: unreviewed · en: 7e4bf9bad9ae
topic-livelihoods = روزگار
# status: unreviewed · en: 2e331926c4d4
topic-movement-of-people = لوگوں کی آمد و رفت
# status: unreviewed · en: 66e0c63dd511
topic-cultural-exchange = ثقافتی تبادلہ
# status: unreviewed · en: e97d14ea26b7
role-focal-person = فوکل پرسن
# status: unreviewed · en: 43178a029db1
role-tribal-elder = قبائلی بزرگ
# status: unreviewed · en: b37d721c4b6f
role-religious-scholar = عالمِ دین
# status: unreviewed · en: 1bd59dd1fff1
role-political-leader = سیاسی رہنما
# status: unreviewed · en: 0b521400f8da
role-government-official = سرکاری افسر
# status: unreviewed · en: 44abda73c8ac
role-other = دیگر
# status: unreviewed · en: 8580ed6f7fcb
purpose-groundwork = ابتدائی تیاری
# status: unreviewed · en: b31d49526b28
purpose-substantive = بنیادی
# status: unreviewed · en: cb3f09a538cf
decision-approve = شرائط و ضوابط کے ساتھ منظور
# status: unreviewed · en: d0b7373abc44
decision-request-changes = تبدیلیوں کی درخواست
# status: unreviewed · en: f4666e7e905a
decision-reject = مسترد
# status: unreviewed · en: 3f6cc2149d6f
stance-asserts = تائید کرتا ہے
# status: unreviewed · en: 02c965e07c83
stance-denies = تردید کرتا ہے
# status: unreviewed · en: 91bebec8d219
stance-neutral = غیر جانبدار
# status: unreviewed · en: d21b88c71f02
outcome-agreed = طے پایا
# status: unreviewed · en: aba4a2496d89
outcome-not-agreed = طے نہیں پایا
# status: unreviewed · en: 2a93bf49b00c
outcome-follow-up = پیروی
# status: unreviewed · en: bfd129069e46
commitment-status-draft = مسودہ
# status: unreviewed · en: f749ca873c5d
commitment-status-proposed = تجویز کردہ
# status: unreviewed · en: b5d3780f4691
commitment-status-agreed = طے شدہ
# status: unreviewed · en: f325a6e850bf
commitment-status-in-progress = جاری
# status: unreviewed · en: e21a9a464f47
commitment-status-fulfilled = پورا ہوا
# status: unreviewed · en: d445b4448b8b
commitment-status-lapsed = منسوخ بوجہ مدت
# status: unreviewed · en: 38f4c83cf690
commitment-status-withdrawn = واپس لیا گیا
# status: unreviewed · en: ac3121628b28
visit-status-planned = منصوبہ بند
# status: unreviewed · en: 0e07d04774ff
visit-status-travelled = سفر ہو گیا
# status: unreviewed · en: f6ea1de51dd9
visit-status-reported-back = رپورٹ دی گئی
# status: unreviewed · en: 5eaf495d241e
approval-status-pending = وفاقی فیصلے کی منتظر
# status: unreviewed · en: 18bd3072764b
approval-status-approved = منظور شدہ
# status: unreviewed · en: 9f43cdd659ca
approval-status-changes-requested = تبدیلیوں کی درخواست کی گئی
# status: unreviewed · en: 4965f99f3cbb
approval-status-rejected = مسترد

## Changes (event history)
# status: unreviewed · en: dcfc10756940
change-register-party = فریق درج ہوا
# status: unreviewed · en: a94c5df0d9ec
change-register-person = فرد درج ہوا
# status: unreviewed · en: 1c8800898f02
change-launch-initiative = اقدام شروع ہوا
# status: unreviewed · en: 9713c2b3f5aa
change-change-initiative-settings = ترتیبات بدلی گئیں
# status: unreviewed · en: 44fc2a282931
change-request-approval = وفاقی منظوری کی درخواست کی گئی
# status: unreviewed · en: deb19acf2311
change-decide-approval = وفاقی فیصلہ درج ہوا
# status: unreviewed · en: 5f8eb3263585
change-suspend-approval = منظوری معطل کی گئی
# status: unreviewed · en: 5ab797c2a8cc
change-acknowledge-breach = خلاف ورزی تسلیم کی گئی
# status: unreviewed · en: 66e1ab8280a9
change-reinstate-approval = منظوری بحال کی گئی
# status: unreviewed · en: 8c08cf5113e4
change-withdraw-approval = منظوری واپس لی گئی
# status: unreviewed · en: 309903a10ebb
change-waive-phase-order = مراحل کی ترتیب سے استثنا دیا گیا
# status: unreviewed · en: 02d12da4a94c
change-request-waiver = قاعدے میں نرمی کی درخواست بھیجی گئی
# status: unreviewed · en: 15305b432c6c
change-refuse-waiver = قاعدے میں نرمی کی درخواست مسترد ہوئی
# status: unreviewed · en: 794fd5770a02
change-notify-federal-government = وفاقی حکومت کو اطلاع دی گئی
# status: unreviewed · en: a8285c1b1d87
change-acknowledge-notification = اطلاع کی وصولی تسلیم کی گئی
# status: unreviewed · en: e5ae187eca11
change-request-guidance = رہنمائی طلب کی گئی
# status: unreviewed · en: c55e672d876f
change-answer-guidance = رہنمائی کا جواب دیا گیا
# status: unreviewed · en: 6e172b04e798
change-form-delegation = وفد تشکیل پایا
# status: unreviewed · en: ae1267cd2f1c
change-add-delegation-member = رکن شامل کیا گیا
# status: unreviewed · en: dcb9d133adee
change-remove-delegation-member = رکن ہٹایا گیا
# status: unreviewed · en: e96224431883
change-plan-visit = دورے کا منصوبہ بنا
# status: unreviewed · en: d40624a2cc91
change-record-travel = سفر درج ہوا
# status: unreviewed · en: cb5136ba7077
change-report-back = واپسی کی رپورٹ درج ہوئی
# status: unreviewed · en: 0f593319d197
change-add-phase = مرحلہ شامل کیا گیا
# status: unreviewed · en: 4822ff040d34
change-conclude-phase = مرحلہ مکمل ہوا
# status: unreviewed · en: 29787d4b8058
change-add-agenda-item = ایجنڈے کا نکتہ شامل کیا گیا
# status: unreviewed · en: d2ff18b10239
change-record-meeting = اجلاس درج ہوا
# status: unreviewed · en: daf42af31b65
change-state-claim = دعویٰ پیش کیا گیا
# status: unreviewed · en: dc71063238f4
change-record-position = مؤقف درج ہوا
# status: unreviewed · en: 396e77ce7610
change-draft-commitment = وعدے کا مسودہ بنا
# status: unreviewed · en: cd67b0244312
change-change-commitment-status = وعدے کی حیثیت بدلی
# status: unreviewed · en: 4676b9f434f9
change-report-progress = پیش رفت کی رپورٹ دی گئی
# status: unreviewed · en: e72883dd23a5
change-concur-with-commitment = وفاقی رضامندی درج ہوئی
# status: unreviewed · en: e9c5d04a9e2b
change-accept-commitment = دوسرے فریق نے قبول کیا
# status: unreviewed · en: 8b9a4b3ae6f7
change-report-acceptance = دوسرے فریق کی قبولیت کی رپورٹ دی گئی
# status: unreviewed · en: 489a495f7a36
change-acknowledge-travel-breach = خلاف ورزی تسلیم کی گئی
# status: unreviewed · en: 8c1cbfa70168
change-report-on-condition = منظوری کی ایک شرط پر رپورٹ
# status: unreviewed · en: 47f174fbbb8c
change-approve-policy-change = پالیسی کی تبدیلی وفاقی فریق نے منظور کی
# status: unreviewed · en: 3f93c946b940
change-refuse-policy-change = پالیسی کی تبدیلی وفاقی فریق نے مسترد کی

## Errors: one per rule, named by its code
# status: unreviewed · en: dfa17aff52b4
error-not-found = “{ $id }” شناخت والا کوئی { $kind } موجود نہیں۔
# status: unreviewed · en: 16aee0438afc
error-not-approved = اقدام کو وفاقی منظوری حاصل نہیں: دوسرے فریق کے ہاں دورے، دوسرے فریق سے اجلاس اور طے شدہ وعدے اس کے منتظر ہیں۔
# status: unreviewed · en: 2918519722d1
error-approval-not-yet-granted = وفاقی منظوری صرف { $decided_on } کو دی گئی؛ اس دن سے پہلے دوسرے فریق کے ساتھ کچھ درج نہیں کیا جا سکتا۔
# status: unreviewed · en: 6be1d46547c8
error-approval-lapsed = وفاقی منظوری { $valid_until } کے بعد ختم ہو گئی؛ پہلے نئی منظوری کی درخواست کریں۔
# status: unreviewed · en: 52b2c159ced4
error-topic-not-approved = موضوع “{ $topic }” وفاقی حکومت کے منظور کردہ موضوعات سے باہر ہے۔
# status: unreviewed · en: 8abc84d5f8dd
error-topic-not-in-initiative = موضوع “{ $topic }” اقدام کے موضوعات میں شامل نہیں۔
# status: unreviewed · en: 354ab38c53e4
error-approved-topics-not-requested = موضوع “{ $topic }” کی درخواست نہیں کی گئی تھی، اس لیے اسے منظور نہیں کیا جا سکتا۔
# status: unreviewed · en: cc7fa03b79b9
error-approval-pending = منظوری کی ایک درخواست پہلے ہی وفاقی فیصلے کی منتظر ہے۔
# status: unreviewed · en: 681808bc8543
error-already-decided = اس درخواست پر پہلے ہی فیصلہ ہو چکا؛ فیصلہ شدہ منظوری پر دوبارہ فیصلہ نہیں ہو سکتا۔
# status: unreviewed · en: 253319387320
error-focal-person-required = اقدام کے فوکل پرسن کو ہر وفد کا رکن ہونا چاہیے۔
# status: unreviewed · en: 55826d63397a
error-focal-person-cannot-be-removed = فوکل پرسن کو وفد سے ہٹایا نہیں جا سکتا۔
# status: unreviewed · en: 96b696034104
error-already-member = یہ فرد پہلے ہی وفد کا رکن ہے۔
# status: unreviewed · en: 4bc5feca41b3
error-not-a-member = یہ فرد وفد کا رکن نہیں۔
# status: unreviewed · en: c76eb9fde97e
error-groundwork-not-reported = بنیادی وفد صرف اس وقت سفر کرتا ہے جب ابتدائی تیاری کا دورہ رپورٹ دے چکا ہو۔
# status: unreviewed · en: 84f7cea8abe1
error-phase-order = مرحلہ { $phase } کے نکات پر صرف اسی وقت بحث ہو سکتی ہے جب پچھلے مراحل مکمل ہو چکے ہوں یا وفاقی فریق نے ترتیب سے استثنا دیا ہو۔
# status: unreviewed · en: 0d5d31cbcd3d
error-phase-already-concluded = یہ مرحلہ پہلے ہی مکمل ہو چکا ہے۔
# status: unreviewed · en: 12042c94444c
error-commitment-withdrawn = واپس لیا گیا وعدہ طے نہیں پا سکتا۔
# status: unreviewed · en: 53c177400089
error-invalid-transition = کوئی وعدہ “{ $from }” سے “{ $to }” میں نہیں جا سکتا۔
# status: unreviewed · en: a8f031e5bb8d
error-commitment-not-active = پیش رفت کی رپورٹ صرف طے شدہ یا جاری وعدے پر دی جا سکتی ہے (یہ “{ $status }” ہے)۔
# status: unreviewed · en: 9911b7446b10
error-date-order = { $field } { $earlier } ({ $bound }) سے پہلے نہیں ہو سکتی۔
# status: unreviewed · en: d1b8cf483b1a
error-already-travelled = اس دورے کا سفر پہلے ہی درج ہو چکا ہے۔
# status: unreviewed · en: 41a725c53dc5
error-not-travelled = دورے کا سفر ابھی نہیں ہوا: واپسی کی رپورٹ سے پہلے سفر درج کریں۔
# status: unreviewed · en: d5e9201904fb
error-already-reported = یہ دورہ پہلے ہی واپسی کی رپورٹ دے چکا ہے۔
# status: unreviewed · en: 66606c0e0566
error-already-acknowledged = اس اطلاع کی وصولی پہلے ہی تسلیم ہو چکی ہے۔
# status: unreviewed · en: 6f9f11fbcdbc
error-already-answered = رہنمائی کی اس درخواست کا پہلے ہی جواب دیا جا چکا ہے۔
# status: unreviewed · en: 64daf61ba6c9
error-wrong-party-kind = { $field } کو “{ $expected }” قسم کا فریق ہونا چاہیے۔
# status: unreviewed · en: ece676f99e21
error-wrong-initiative = { $field } کسی دوسرے اقدام سے متعلق ہے۔
# status: unreviewed · en: 41c543198b13
error-empty-list = { $field }: کم از کم ایک منتخب کریں۔
# status: unreviewed · en: 808979b137f9
error-duplicate = { $field } میں “{ $value }” ایک سے زیادہ بار ہے۔
# status: unreviewed · en: 60c31ced0a31
error-out-of-range = { $field } کو { $min } اور { $max } کے درمیان ہونا چاہیے۔
# status: unreviewed · en: 94f8b99ac7cf
error-not-discussed = ایک نتیجہ ایجنڈے کے نکتہ { $item } کا حوالہ دیتا ہے، جس پر اجلاس میں بحث نہیں ہوئی۔
# status: unreviewed · en: 9c00a9771938
error-framework-forbidden = قومی فریم ورک اس وعدے کی ممانعت کرتا ہے ({ $reasons }): کوئی وعدہ قومی سلامتی کے فریم ورک یا سفارتی مؤقف سے بالا نہیں ہو سکتا۔
# status: unreviewed · en: 8365c28026e9
error-concurrence-required = اس وعدے کو طے پانے سے پہلے وفاقی حکومت کی رضامندی درکار ہے ({ $reasons })۔
# status: unreviewed · en: b2767ba616ba
error-concurrence-not-needed = قومی فریم ورک نے یہ وعدہ وفاقی رضامندی کے لیے نہیں بھیجا۔
# status: unreviewed · en: a5b48a4df308
error-already-concurred = وفاقی رضامندی پہلے ہی درج ہو چکی ہے۔
# status: unreviewed · en: 7f63d9b5fa75
error-policy-changed-meanwhile = اس دوران پالیسیاں بدل گئیں (نسخہ { $version })؛ اب نافذ متن سے دوبارہ شروع کریں۔
# status: unreviewed · en: e8a091d728f8
error-policy-unchanged = نیا متن نافذ متن جیسا ہی ہے؛ درج کرنے کو کچھ نہیں۔
# status: unreviewed · en: 5e9b6b3fb80c
error-invalid-field = خانہ “{ $field }” درست نہیں: { $reason }
# status: unreviewed · en: ba426307f89e
error-invalid-command = حکم درست نہیں: { $reason }
# status: unreviewed · en: 91065279a056
error-malformed-json = درخواست درست JSON نہیں: { $reason }
# status: unreviewed · en: eab4d3c2b2ea
error-payload = درخواست کا متن پڑھا نہیں جا سکا (حد { $limit } بائٹ): { $reason }
# status: unreviewed · en: b3ef7cdefced
error-no-such-endpoint = ایسا کوئی API اینڈ پوائنٹ نہیں؛ /api/v1/openapi.json دیکھیں۔
# status: unreviewed · en: 7add5334222b
error-bad-form = فارم پڑھا نہیں جا سکا۔ واپس جائیں اور دوبارہ کوشش کریں۔
# status: unreviewed · en: 113ec9a84a25
error-storage = ریکارڈ محفوظ نہیں ہو سکا؛ کچھ درج نہیں ہوا۔ دوبارہ کوشش کریں۔
# status: unreviewed · en: e5c95f9965b9
error-shutting-down = سرور بند ہو رہا ہے؛ کچھ درج نہیں ہوا۔
# status: unreviewed · en: 8ddc7794feb8
error-ledger-off = یہ سرور کوئی لیجر نہیں رکھتا۔
# status: unreviewed · en: 6e9444e07ab1
error-no-checkpoint = لیجر کا ابھی کوئی چیک پوائنٹ نہیں: ابھی کچھ درج نہیں ہوا۔
# status: unreviewed · en: 0d139a5325cf
error-internal = ہماری جانب کچھ غلط ہو گیا۔

## Audit
# status: unreviewed · en: 34d8159e2e19
audit-title = ریکارڈ کا آڈٹ
# status: unreviewed · en: 27a6493c8fef
audit-intro = ہر منظور شدہ تبدیلی ایک مرکل درخت (RFC 9162) کا اندراج ہے، اور ہر اندراج کے بعد سرور درخت کے ایک چیک پوائنٹ پر اپنی Ed25519 کلید سے دستخط کرتا ہے۔ چیک پوائنٹ رکھنے والا کوئی بھی، اس سرور پر بھروسا کیے بغیر، جانچ سکتا ہے کہ کوئی اندراج ریکارڈ میں موجود ہے اور ریکارڈ میں ہمیشہ صرف اضافہ ہوا ہے۔
# status: unreviewed · en: 0a8d06cfb9ef
audit-checkpoint = تازہ ترین دستخط شدہ چیک پوائنٹ
# status: unreviewed · en: 12baf1c55e28
audit-no-checkpoint = ابھی کچھ درج نہیں ہوا۔
# status: unreviewed · en: c7ec706d52c7
audit-size = درخت میں { $size } اندراجات ہیں۔
# status: unreviewed · en: c1eaadc7e8a5
audit-public-key = ریکارڈ کی عوامی کلید
# status: unreviewed · en: f46c8d536870
audit-offline = نیٹ ورک کے بغیر تصدیق کریں
# status: unreviewed · en: 1c11971170fe
audit-step-export = آپریٹر ایک مکمل بنڈل برآمد کرتا ہے: ہر اندراج، ہر چیک پوائنٹ، عوامی کلید۔
# status: unreviewed · en: 8ec0ca09e3cb
audit-step-bundle = کوئی بھی صرف jirga پروگرام سے، بغیر سرور اور ڈیٹا بیس کے، اسے جانچ سکتا ہے؛ پہلا غلط اندراج نام سے بتایا جاتا ہے۔
# status: unreviewed · en: ca6081cde1d4
audit-step-record = کسی ریکارڈ کے لیے اس کا "شمولیت کا ثبوت" لنک کھولیں: صفحہ وہ حکم دیتا ہے جو اسے جانچتا ہے۔
# status: unreviewed · en: 59f39d162180
audit-step-consistency = یہ جانچنے کے لیے کہ ریکارڈ آپ کے دو چیک پوائنٹس کے درمیان صرف بڑھا ہے، مطابقت کا ثبوت حاصل کریں اور جانچیں۔
# status: unreviewed · en: 97cbf926ef74
audit-store-check = آپریٹر محفوظ شدہ ریکارڈ کو اس کے اپنے دستخط شدہ چیک پوائنٹس سے جانچتا ہے:
# status: unreviewed · en: c91d0f870f6a
proof-title = اندراج #{ $index } کی شمولیت کا ثبوت
# status: unreviewed · en: 6b7908c54b91
proof-intro = اس اندراج کا ہیش، جڑ تک ہم پہلو ہیشوں کا راستہ، اور موجودہ درخت کی جڑ، جس پر نیچے دیے گئے چیک پوائنٹ میں دستخط ہیں۔
# status: unreviewed · en: ee240b5274ab
proof-leaf-hash = اندراج کا ہیش
# status: unreviewed · en: 888fe835c6e5
proof-size = درخت کا حجم
# status: unreviewed · en: 4ec16b6efaac
proof-root = جڑ
# status: unreviewed · en: 26bdf522ed26
proof-path = ثبوت (پہلے ہم پہلو)
# status: unreviewed · en: ad39a16fede4
proof-check = خود جانچیں

## Check your answers
# status: unreviewed · en: 3a9efd8270e7
confirm-title = درج کرنے سے پہلے اپنے جوابات جانچیں
# status: unreviewed · en: eb4fdd8a2b38
confirm-intro = یہ لازم ہے اور مستقل ریکارڈ میں جاتا ہے۔ جانچیں کہ کیا درج ہو گا۔
# status: unreviewed · en: c4cb5ba9a912
confirm-submit = تصدیق کریں اور درج کریں
# status: unreviewed · en: 2ed5f37e2f4f
confirm-change = اپنے جوابات بدلیں
# status: unreviewed · en: 4a10028d5879
confirm-cancel = منسوخ کریں اور واپس جائیں
# status: unreviewed · en: 08613cf297f1
confirm-yes = ہاں
# status: unreviewed · en: 0c2a08df5f62
confirm-no = نہیں

## Signing in, authorization
# status: unreviewed · en: 4fa79e87fd5f
login-title = سائن ان
# status: unreviewed · en: b319f886ec63
login-intro = اس اکاؤنٹ سے سائن ان کریں جو آپ کے منتظم نے آپ کو دیا ہے۔ آپ کی ہر تبدیلی آپ کے نام سے درج ہوتی ہے۔
# status: unreviewed · en: 5bb42d7b23f2
login-username = صارف نام
# status: unreviewed · en: 03f0aa5ea64f
login-password = پاس ورڈ
# status: unreviewed · en: c3cc0ed145bc
login-submit = سائن ان
# status: unreviewed · en: 10de19b827dc
logout = سائن آؤٹ
# status: unreviewed · en: a2a0dc23c133
signed-in-as = { $name } ({ $organization })
# status: unreviewed · en: babcd3aefc66
error-bad-credentials = صارف نام یا پاس ورڈ غلط ہے۔
# status: unreviewed · en: bd408ca5ec40
error-account-locked = اس پتے سے اس اکاؤنٹ میں سائن ان کی بہت سی ناکام کوششیں ہوئیں۔ { $until } کے بعد دوبارہ کوشش کریں، یا کسی منتظم سے اسے کھولنے کو کہیں۔
# status: unreviewed · en: 5e10e78709a5
error-request-timeout = درخواست کا متن بروقت نہیں پہنچا؛ کچھ درج نہیں ہوا۔
# status: unreviewed · en: 1e3fcfbcd13d
error-read-only = اس سرور نے ریکارڈ صرف پڑھنے کے لیے کھولا ہے؛ کچھ درج نہیں ہوا۔
# status: unreviewed · en: 892b3e26a94f
error-too-many-attempts = اس پتے سے سائن ان کی بہت سی ناکام کوششیں ہوئیں۔ { $until } کے بعد دوبارہ کوشش کریں۔
# status: unreviewed · en: 1a23d63f49ad
error-login-busy = سرور ایک ساتھ بہت سے سائن ان جانچ رہا ہے۔ چند سیکنڈ بعد دوبارہ کوشش کریں۔
# status: unreviewed · en: 348d49d34f19
error-csrf-invalid = یہ فارم آپ کے سیشن میں اس سائٹ کے کسی صفحے سے نہیں بھیجا گیا (اس کا حفاظتی ٹوکن غائب یا غلط ہے)۔ کچھ درج نہیں ہوا؛ صفحہ دوبارہ لوڈ کریں اور دوبارہ کوشش کریں۔
# status: unreviewed · en: 9f7e43684c96
csrf-title = فارم قبول نہیں کیا جا سکا
# status: unreviewed · en: b9b2a1bf8a91
forbidden-title = آپ کے لیے دستیاب نہیں
# status: unreviewed · en: 0c432f296b2f
forbidden-body = آپ کا کردار آپ کو یہ صفحہ دیکھنے کی اجازت نہیں دیتا۔
# status: unreviewed · en: ab66265b4f9e
error-unauthenticated = پہلے سائن ان کریں: API ٹوکن “Authorization: Bearer …” کے طور پر بھیجیں (تبدیلیوں کے لیے ٹوکن درکار ہے؛ پڑھنے کے لیے براؤزر سیشن بھی قبول ہے)۔
# status: unreviewed · en: 56374be281bd
error-may-not-read-log = آپ کا کردار آپ کو واقعات کا ریکارڈ یا لیجر کے اندراجات پڑھنے کی اجازت نہیں دیتا۔
# status: unreviewed · en: 9d18a4406205
error-denied = اجازت نہیں: { $user } { $command } نہیں کر سکتے۔ { $reason }
# status: unreviewed · en: 8330318d4202
nav-policies = پالیسیاں
# status: unreviewed · en: 7cafc0f8d037
shared-title = آپ کے ساتھ شیئر کیا گیا
# status: unreviewed · en: b2f073049fa9
shared-intro = وہ اجلاس جن میں آپ کے لوگ شریک ہوئے اور وہ وعدے جو طے پائے۔
# status: unreviewed · en: 5acad9663ff4
shared-meeting = { $date } کو { $place } میں اجلاس

## Policies
# status: unreviewed · en: 34780cda3e26
policies-title = پالیسیاں
# status: unreviewed · en: 34618a02a7b1
policies-intro = کون کیا کر سکتا ہے، اور کوئی وعدہ کیا نہیں کر سکتا، یہ Cedar پالیسیاں ہیں۔ کسی ایک کو بدلنا ریکارڈ میں ایک واقعہ ہے: کس نے بدلا، کب، کیوں، اور فرق۔ کوئی تبدیلی نافذ ہونے سے پہلے اسکیما کے مطابق جانچی جاتی ہے۔
# status: unreviewed · en: 0a93f954fa4d
policies-from-files = پالیسی فائلوں سے نافذ؛ کوئی تبدیلی درج نہیں ہوئی۔
# status: unreviewed · en: 38327cd912c8
policies-text-in-force = نافذ متن
# status: unreviewed · en: 2aa12eae3de7
policies-change = پالیسیوں کا یہ مجموعہ بدلیں
# status: unreviewed · en: 23bf63bd4f1d
policies-change-submit = تبدیلی جانچیں اور درج کریں
# status: unreviewed · en: 9709445ef4e4
policy-set-authorization = اختیارات
# status: unreviewed · en: 202b42d925a4
policy-set-forbidden = قومی فریم ورک: ممنوع
# status: unreviewed · en: 8e2e1aff0e82
policy-set-concurrence = قومی فریم ورک: وفاقی رضامندی
# status: unreviewed · en: 86b667dc6520
field-policy-text = نیا متن
# status: unreviewed · en: ff2193033054
field-policy-set = پالیسیوں کا مجموعہ
# status: unreviewed · en: d207878c2bfb
policies-in-words = ہر پالیسی کیا کہتی ہے
# status: unreviewed · en: 97b22941d2ff
policy-name = پالیسی
# status: unreviewed · en: f94969db4c00
policy-effect = یہ کیا کرتی ہے
# status: unreviewed · en: 53407bfaf889
policy-reason = کیوں
# status: unreviewed · en: cb0b67738e4f
policy-effect-allows = اجازت دیتی ہے
# status: unreviewed · en: b6354805e558
policy-effect-forbids = ممانعت کرتی ہے، چاہے کچھ بھی اجازت دے
# status: unreviewed · en: 9129f5983d11
policy-effect-baseline = بنیاد: جس پر کوئی ممانعت لاگو نہ ہو وہ ممنوع نہیں
# status: unreviewed · en: 38220e842880
policy-effect-forbids-commitment = وعدے کی ممانعت کرتی ہے
# status: unreviewed · en: 4b6854ebef40
policy-effect-needs-concurrence = وفاقی رضامندی درکار
# status: unreviewed · en: 90688415a03c
policy-effect-no-concurrence = رضامندی سے مستثنیٰ کرتی ہے
# status: unreviewed · en: 5aaf3f27c4fc
policy-actions = { $count ->
    [one] وہ عمل جس کا یہ نام لیتی ہے
   *[other] وہ { $count } اعمال جن کا یہ نام لیتی ہے
}
# status: unreviewed · en: bddf1ab639b1
policy-change-in-words = تبدیلی کیا کرتی ہے، پالیسی بہ پالیسی
# status: unreviewed · en: 8e99a4b27582
policy-change-added = نئی پالیسی
# status: unreviewed · en: 1016f9e3faa6
policy-change-changed = تبدیل شدہ
# status: unreviewed · en: a5d9bb12ce81
policy-change-removed = ہٹائی گئی
# status: unreviewed · en: 15f0f4be4b34
policy-change-layout-only = کوئی پالیسی اپنا مطلب نہیں بدلتی: صرف ترتیب یا تبصروں میں فرق ہے۔
# status: unreviewed · en: b3cf8e968734
policy-change-unreadable = یہ متن Cedar پالیسیوں کے طور پر پڑھا نہیں جا سکتا؛ فارم بتائے گا کہاں۔
# status: unreviewed · en: ec0d32c5130e
policy-change-difference = فرق، سطر بہ سطر
# status: unreviewed · en: 776169dfabf1
field-record = ریکارڈ
# status: unreviewed · en: eee2672195dc
change-add-note = نوٹ شامل کیا گیا
# status: unreviewed · en: d59b8c8a19c0
change-change-policies = پالیسی میں تبدیلی تجویز کی گئی
# status: unreviewed · en: 87ec44f36fd5
notes-title = نوٹس
# status: unreviewed · en: 4d61434b990e
notes-none = ابھی کوئی نوٹ نہیں۔
# status: unreviewed · en: f340859c73f0
notes-earlier = اس ریکارڈ کے پچھلے نوٹس جو یہاں نہیں دکھائے گئے: { $count }۔ تازہ ترین دکھائے گئے ہیں۔
# status: unreviewed · en: e1f9f7b4cc0e
pager-label = اس فہرست کے صفحات
# status: unreviewed · en: 9f7c53f60311
pager-previous = → پچھلا صفحہ
# status: unreviewed · en: 1c645945b42b
pager-next = اگلا صفحہ ←
# status: unreviewed · en: da3e7ccca906
pager-position = { $total } میں سے { $first }–{ $last }
# status: unreviewed · en: cb26c3eef36d
notes-add = ایک نوٹ شامل کریں
# status: unreviewed · en: 5d35739a5c3d
notes-add-submit = نوٹ شامل کریں

## Movement passes, the border post and the crossing log
# status: unreviewed · en: ef1b5fccbe1d
nav-passes = اجازت نامے
# status: unreviewed · en: fab7172b6545
nav-border = سرحدی چوکی
# status: unreviewed · en: 578b97221ec8
nav-crossings = سرحد عبور
# status: unreviewed · en: cebdb89a9eea
passes-title = آمد و رفت کے اجازت نامے
# status: unreviewed · en: dd277e364f27
passes-search = نام، دستاویز نمبر یا اجازت نامے کی شناخت سے تلاش کریں
# status: unreviewed · en: 5c2c0b43e04e
passes-search-submit = تلاش
# status: unreviewed · en: befbe8bedb53
passes-none = کوئی اجازت نامہ مطابقت نہیں رکھتا۔
# status: unreviewed · en: 341808abc9b6
pass-issue = اجازت نامہ جاری کریں
# status: unreviewed · en: a928642f9147
pass-issue-intro = اجازت نامہ اپنے حامل کو علاج، کاروبار، خاندانی ملاقات یا ثقافتی تبادلے کے لیے سرحد پار کرنے دیتا ہے۔ حامل کی تفصیلات ریکارڈ سے الگ رکھی جاتی ہیں: ریکارڈ ان کا صرف ایک مہر بند فنگر پرنٹ رکھتا ہے، اور محفوظ رکھنے کی مدت ختم ہونے پر انہیں مٹا دیا جاتا ہے۔
# status: unreviewed · en: 33896a226770
pass-issue-holder = حامل
# status: unreviewed · en: 7bb573282f58
pass-issue-purpose-hint = منتخب مقصد کی تفصیلات بھریں: علاج کے لیے ہسپتال اور ملاقات کا وقت، کاروبار کے لیے تجارتی ادارہ یا کمپنی، خاندانی ملاقات کے لیے میزبان، ثقافتی تبادلے کے لیے تقریب۔
# status: unreviewed · en: 2041f51200d6
pass-issue-submit = جاری رکھیں
# status: unreviewed · en: 287dc6b57497
pass-title = اجازت نامہ { $id }
# status: unreviewed · en: 5a8916b90063
pass-caption = آمد و رفت کا اجازت نامہ
# status: unreviewed · en: 27f2aab7e419
pass-expired = میعاد ختم
# status: unreviewed · en: cbd790877906
pass-holder-erased = حامل کی تفصیلات مٹا دی گئیں (محفوظ رکھنے کی مدت ختم)
# status: unreviewed · en: 66cd590925a9
pass-holder-hidden = حامل کی تفصیلات صرف اجازت نامہ اور سرحدی افسران کو دکھائی جاتی ہیں
# status: unreviewed · en: 7e80c9398edd
pass-print = کارڈ پرنٹ کریں (A6)
# status: unreviewed · en: f13163f6e391
pass-download-qr = QR کوڈ ڈاؤن لوڈ کریں (PNG)
# status: unreviewed · en: 2252b9b6080f
pass-revoke = یہ اجازت نامہ منسوخ کریں
# status: unreviewed · en: 20c58ff4571d
pass-revoke-submit = اجازت نامہ منسوخ کریں
# status: unreviewed · en: 1e9384107ad3
pass-revoked-on = منسوخ
# status: unreviewed · en: 979dda157f5c
pass-status-valid = مؤثر
# status: unreviewed · en: 4912470f1d72
pass-status-revoked = منسوخ شدہ
# status: unreviewed · en: 382f62b38160
pass-purpose-medical = علاج
# status: unreviewed · en: bf8eaaf984ba
pass-purpose-business = کاروبار
# status: unreviewed · en: 8488d27fd29e
pass-purpose-family-visit = خاندانی ملاقات
# status: unreviewed · en: bdd263f30842
pass-purpose-cultural-exchange = ثقافتی تبادلہ
# status: unreviewed · en: 751815f11c91
document-type-cnic = شناختی کارڈ (CNIC)
# status: unreviewed · en: 96906aead38c
document-type-tazkira = تذکرہ
# status: unreviewed · en: e1b6fe941f53
document-type-passport = پاسپورٹ
# status: unreviewed · en: ece89ef6f34b
sex-female = خاتون
# status: unreviewed · en: dc8171f223e0
sex-male = مرد
# status: unreviewed · en: 564c88dada41
sex-other = دیگر
# status: unreviewed · en: ad86f05437de
entries-single = ایک بار داخلہ
# status: unreviewed · en: a646efd068a0
entries-multiple = متعدد داخلے
# status: unreviewed · en: 9e979d88554d
direction-entry = داخلہ
# status: unreviewed · en: 3a2429bbaf4f
direction-exit = روانگی
# status: unreviewed · en: 718515ca8993
anomaly-entry-while-inside = پہلے سے اندر ہوتے ہوئے داخلہ
# status: unreviewed · en: 47dea046d3fd
anomaly-exit-without-entry = داخلے کے بغیر روانگی
# status: unreviewed · en: 8a5b070f0ae5
anomaly-too-many-entries = اجازت سے زیادہ داخلے
# status: unreviewed · en: 81e28a312751
anomaly-wrong-crossing-point = غلط گزرگاہ
# status: unreviewed · en: 38e0a4a11034
anomaly-expired = میعاد ختم اجازت نامہ پیش کیا گیا
# status: unreviewed · en: 10764cd92939
anomaly-revoked = منسوخ شدہ اجازت نامہ پیش کیا گیا
# status: unreviewed · en: 8009084a4847
anomaly-invalid = ناقابلِ قبول دستاویز پیش کی گئی
# status: unreviewed · en: f7e9400a815d
field-document-id = اجازت نامے کی شناخت
# status: unreviewed · en: 568ae6c097b9
field-holder = حامل
# status: unreviewed · en: 3d2643e0c850
problem-enter = “{ $field }” درج کریں۔
# status: unreviewed · en: 9863e0ac9adc
problem-text = “{ $field }”: زیادہ سے زیادہ ۲۰۰ حروف، نئی سطر، کنٹرول حروف یا سمت کے کنٹرول (U+202A–U+202E, U+2066–U+2069) کے بغیر۔
# status: unreviewed · en: 6fc502165999
problem-enter-day = “{ $field }” ایک دن کے طور پر درج کریں، مثلاً 2025-03-15۔
# status: unreviewed · en: 1dea920c17fd
problem-day = “{ $field }” ایک حقیقی دن ہونا چاہیے، اس طرح لکھا ہوا: 2025-03-15۔
# status: unreviewed · en: c06643636efa
problem-choose = “{ $field }” منتخب کریں۔
# status: unreviewed · en: 931a24598da1
problem-choose-listed = “{ $field }” کے لیے دیے گئے اختیارات میں سے ایک منتخب کریں۔
# status: unreviewed · en: f1cc4d6944de
problem-choose-one-or-more = “{ $field }” میں سے کم از کم ایک منتخب کریں۔
# status: unreviewed · en: 559804c13123
problem-nationality = “{ $field }”: تین بڑے لاطینی حروف درج کریں، جیسے AFG یا PAK۔
# status: unreviewed · en: 7d8e1fc22d0f
problem-photo-hash = “{ $field }”: ۶۴ حروف، 0–9 اور a–f، جیسا کہ تصویر کا آلہ پرنٹ کرتا ہے۔
# status: unreviewed · en: 585ba1af6970
problem-enter-number = “{ $field }” ایک مکمل عدد کے طور پر درج کریں۔
# status: unreviewed · en: ddae679c821c
problem-photo-missing = حامل کی تصویر منتخب کریں: کیمرے سے ایک JPEG یا PNG فائل۔
# status: unreviewed · en: f5c5ac6656c5
problem-photo-too-large = تصویر کی فائل { $max } MB سے بڑی ہے: چھوٹی فائل منتخب کریں، یا کم ریزولوشن پر دوبارہ تصویر لیں۔
# status: unreviewed · en: 2b0f3d57141f
problem-photo-format = تصویر JPEG یا PNG فائل ہونی چاہیے۔
# status: unreviewed · en: baab92ce9b96
problem-photo-unreadable = تصویر کی فائل پڑھی نہیں جا سکتی (شاید خراب یا ادھوری ہے): دوبارہ لیں یا منتخب کریں۔
# status: unreviewed · en: e6eca5a37a5b
problem-photo-too-many-pixels = تصویر میں { $max } میگا پکسل سے زیادہ ہیں: کم ریزولوشن پر دوبارہ لیں۔
# status: unreviewed · en: 06bc1f5a2751
problem-photo-too-small = تصویر { $width } × { $height } پکسل ہے: اسے کم از کم { $min_width } × { $min_height } ہونا چاہیے تاکہ سرحد پر چہرہ ملایا جا سکے۔
# status: unreviewed · en: 32545043885c
form-error-count = { $count ->
    [one] ایک مسئلہ ہے
   *[other] { $count } مسائل ہیں
}
# status: unreviewed · en: 1576f7cce403
field-holder-name-latin = نام (لاطینی رسم الخط میں)
# status: unreviewed · en: 083733d8b2bd
field-holder-name-arabic = نام (عربی رسم الخط میں)
# status: unreviewed · en: 7ce3ca130d9c
field-holder-document-type = شناختی دستاویز
# status: unreviewed · en: 1aefd20fa049
field-holder-document-number = دستاویز نمبر
# status: unreviewed · en: 0e3c7dfe2b05
field-holder-date-of-birth = تاریخِ پیدائش
# status: unreviewed · en: 8391e4eb0452
field-holder-sex = جنس
# status: unreviewed · en: 7febea5df718
field-holder-nationality = قومیت (ISO کوڈ، جیسے AFG، PAK)
# status: unreviewed · en: 5e0153512267
field-holder-photo-hash = تصویر کا فنگر پرنٹ (SHA-256)
# status: unreviewed · en: 11138753e667
field-holder-photo = حامل کی تصویر
# status: unreviewed · en: 6f9b93d935cb
field-holder-photo-hint = کیمرے سے ایک JPEG یا PNG، چہرہ صاف دکھائی دے، کم از کم ۲۴۰ × ۳۰۰ پکسل اور زیادہ سے زیادہ ۱۰ MB۔ یہ حامل کی تفصیلات کے ساتھ رکھی جاتی ہے (ان کے ساتھ مٹ جاتی ہے) اور اس کا فنگر پرنٹ اجازت نامے میں دستخط ہوتا ہے۔
# status: unreviewed · en: 8ecc65f14d49
photo-alt = حامل کی تصویر
# status: unreviewed · en: aa3c8fbcfc6e
photo-kept = یہ تصویر رکھ لی گئی ہے: صرف بدلنے کے لیے کوئی اور فائل منتخب کریں۔
# status: unreviewed · en: 3b14befbc263
photo-matches = اس اجازت نامے کی محفوظ تصویر، اس فنگر پرنٹ کے مطابق جس سے اس پر دستخط ہوئے۔ چہرے کو پیش کرنے والے فرد سے ملائیں۔
# status: unreviewed · en: 5002b8a2cdaf
photo-mismatch = محفوظ تصویر اس فنگر پرنٹ سے مطابقت نہیں رکھتی جس سے اس اجازت نامے پر دستخط ہوئے: ممکن ہے بدل دی گئی ہو۔ اس پر بھروسا نہ کریں؛ داخلہ روکیں اور جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: 6dda0b268890
photo-not-here = اس اجازت نامے کی تصویر یہاں محفوظ نہیں (کسی دوسرے ادارے کا اجازت نامہ، یا حامل کی تفصیلات مٹا دی گئیں): چہرے کو حامل کی شناختی دستاویز سے ملائیں۔
# status: unreviewed · en: 7d3ac634adae
photo-none = یہ اجازت نامہ تصویر کے بغیر جاری ہوا: چہرے کو حامل کی شناختی دستاویز سے جانچیں۔
# status: unreviewed · en: 10389b038d56
field-purpose-kind = سفر کا مقصد
# status: unreviewed · en: 37ac559e817b
field-purpose-hospital = ہسپتال
# status: unreviewed · en: 5603513c0040
field-purpose-appointment-on = ملاقات کی تاریخ
# status: unreviewed · en: 55b8ea5bbbbb
field-purpose-attendant-allowed = ایک تیماردار مریض کے ساتھ جا سکتا ہے
# status: unreviewed · en: 88fa75f0ff1d
field-purpose-organization = تجارتی ادارہ یا کمپنی
# status: unreviewed · en: c4b32f784c8c
field-purpose-host = میزبان
# status: unreviewed · en: 28294333227d
field-purpose-event = تقریب
# status: unreviewed · en: b7b67447e470
field-sponsor = ضامن
# status: unreviewed · en: d34cae0edf91
field-crossing-points = گزرگاہیں
# status: unreviewed · en: 1b2213b780a6
field-crossing-point = گزرگاہ
# status: unreviewed · en: 7854155718c4
field-valid-from = مؤثر از
# status: unreviewed · en: e01002812814
field-entries-kind = داخلے
# status: unreviewed · en: 01afabab2159
field-entries-max = زیادہ سے زیادہ داخلے
# status: unreviewed · en: 9d8e56606bfd
field-authority = جاری کرنے والا ادارہ
# status: unreviewed · en: c5155b478d38
field-kid = دستخطی کلید (kid)
# status: unreviewed · en: 1d45a5065486
field-holder-commitment = حامل کی تفصیلات کا مہر بند فنگر پرنٹ
# status: unreviewed · en: 51efc9e240f6
field-revoked-on = منسوخی کی تاریخ
# status: unreviewed · en: 9116a6a66bcb
field-crossed-at = کب
# status: unreviewed · en: 254831a84058
field-direction = سمت
# status: unreviewed · en: 770ee1d6187f
field-verdict = فیصلہ
# status: unreviewed · en: c2a369ba8037
field-anomalies = بے قاعدگیاں
# status: unreviewed · en: 263ee66e32a8
field-day = دن
# status: unreviewed · en: 5710f5f45713
field-code = کوڈ
# status: unreviewed · en: 4f24f33dc84f
border-title = سرحدی چوکی
# status: unreviewed · en: c59ac64aa6e2
border-intro = گزرگاہ پر پیش کیا گیا اجازت نامہ جانچیں: اس کے QR کوڈ سے پڑھا گیا متن یہاں چسپاں کریں، یا کوڈ کی تصویر اپ لوڈ کریں۔ جانچ کے لیے نیٹ ورک درکار نہیں: یہ وہ کلیدیں استعمال کرتی ہے جن پر یہ چوکی بھروسا کرتی ہے اور وہ منسوخیاں جو اس کے پاس ہیں۔
# status: unreviewed · en: d8d135515ce4
border-paste = اجازت نامے کا متن (JP1: یا HC1: سے شروع ہوتا ہے)
# status: unreviewed · en: 07600b64b2fd
border-upload = یا QR کوڈ کی تصویر
# status: unreviewed · en: 85fef1720162
border-upload-hint = ایک PNG یا JPEG تصویر، جیسی فون کا کیمرہ لیتا ہے۔
# status: unreviewed · en: dc649adf827d
border-check-submit = اجازت نامہ جانچیں
# status: unreviewed · en: aee98ccf00e3
border-unreadable = اجازت نامہ پڑھا نہیں جا سکا
# status: unreviewed · en: 7b4da6cba052
border-image-error = تصویر پڑھی نہیں جا سکی: { $reason }
# status: unreviewed · en: eee8abb815d3
border-nothing = اجازت نامے کا متن چسپاں کریں یا اس کے QR کوڈ کی تصویر اپ لوڈ کریں۔
# status: unreviewed · en: d434d1521c35
border-unverified = جن پر یہ چوکی بھروسا کرتی ہے ان میں سے کسی نے ان تفصیلات پر دستخط نہیں کیے: یہ جعلی ہو سکتی ہیں۔ حامل کی شناخت کے لیے ان پر انحصار نہ کریں۔
# status: unreviewed · en: d4a3a28203da
border-record-entry = داخلہ درج کریں
# status: unreviewed · en: eac764e9bd18
border-record-exit = روانگی درج کریں
# status: unreviewed · en: ed18a0e97579
verdict-valid = مؤثر
# status: unreviewed · en: 009c99577c1b
verdict-invalid = غیر مؤثر
# status: unreviewed · en: eb33e059e0a4
failure-prefix = اجازت نامہ نہیں (نامعلوم سابقہ)
# status: unreviewed · en: b654a1eb69c0
failure-base45 = خراب متن (base45)
# status: unreviewed · en: 9744da6ea448
failure-zlib = خراب ڈیٹا (کمپریشن)
# status: unreviewed · en: f097ab7b99a9
failure-cbor = خراب ڈیٹا (CBOR)
# status: unreviewed · en: 6f30ad9d198f
failure-cose = خراب دستخطی لفافہ (COSE)
# status: unreviewed · en: e247d4cf15f8
failure-unknown-key = ایسی کلید سے دستخط شدہ جس پر یہ چوکی بھروسا نہیں کرتی
# status: unreviewed · en: a4af76c3144f
failure-signature = دستخط مطابقت نہیں رکھتے: اجازت نامہ بدلا گیا یا جعلی ہے
# status: unreviewed · en: 29b37f404074
failure-not-yet-valid = ابھی مؤثر نہیں
# status: unreviewed · en: c677e818672f
failure-expired = میعاد ختم
# status: unreviewed · en: 8bbb8ff92f00
failure-revoked = جاری کنندہ نے منسوخ کر دیا
# status: unreviewed · en: 9a815901c6a0
failure-purpose = یہ کلید اس مقصد کے اجازت نامے پر دستخط نہیں کر سکتی
# status: unreviewed · en: 3654fa0bf4d5
failure-crossing-point = اس گزرگاہ پر مؤثر نہیں
# status: unreviewed · en: b093ed31a5d2
failure-action-prefix = اجازت نامہ دوبارہ مانگیں (پرنٹ شدہ کارڈ یا صاف اسکرین)۔ اگر پھر بھی نہ پڑھا جائے تو روکیں اور جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: 79f9ac503229
failure-action-base45 = کوڈ خراب ہے: اجازت نامہ دوبارہ مانگیں (پرنٹ شدہ کارڈ یا صاف تصویر)۔ اگر پھر بھی ناکام ہو تو روکیں اور جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: 0d6235f7edba
failure-action-zlib = کوڈ خراب ہے: اجازت نامہ دوبارہ مانگیں (پرنٹ شدہ کارڈ یا واضح تصویر)۔ اگر پھر بھی ناکام ہو تو روکیں اور جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: 659cd89a1291
failure-action-cbor = کوڈ خراب ہے: اجازت نامہ دوبارہ مانگیں۔ اگر پھر بھی ناکام ہو تو روکیں اور جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: f77cffa5281b
failure-action-cose = کوڈ خراب ہے: اجازت نامہ پھر سے مانگیں۔ اگر پھر بھی ناکام ہو تو روکیں اور جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: f78b3cd11a03
failure-action-unknown-key = روکیں: یہ چوکی نہیں جانچ سکتی کہ اجازت نامے پر کس نے دستخط کیے۔ جاری کرنے والے دفتر کو فون کریں؛ دکھائی گئی تفصیلات جعلی ہو سکتی ہیں، اس لیے ان سے حامل کی شناخت نہ کریں۔
# status: unreviewed · en: 91d4c610b373
failure-action-signature = روکیں: اجازت نامہ بدلا گیا یا جعلی ہے۔ اگر آپ کی ہدایات کہیں تو حامل کو انتظار کرائیں، اور جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: de16c7c864db
failure-action-not-yet-valid = فی الحال روکیں: اجازت نامہ صرف بعد کی کسی تاریخ سے مؤثر ہے۔ حامل اس وقت واپس آ سکتا ہے۔
# status: unreviewed · en: ad370a4d3e97
failure-action-expired = روکیں: اجازت نامے کی میعاد ختم ہو چکی ہے۔ حامل کو نئے کے لیے درخواست دینی ہو گی۔
# status: unreviewed · en: c56eae0a33d6
failure-action-revoked = روکیں: جاری کرنے والے دفتر نے یہ اجازت نامہ واپس لے لیا۔ جاری کرنے والے دفتر کو فون کریں۔
# status: unreviewed · en: 9fbf49a14da3
failure-action-purpose = روکیں اور جاری کرنے والے دفتر کو فون کریں: جس کلید نے اس پر دستخط کیے وہ اس مقصد کے اجازت نامے پر دستخط نہیں کر سکتی۔
# status: unreviewed · en: ef25f96c3def
failure-action-crossing-point = اس چوکی پر روکیں: اجازت نامہ صرف نیچے درج گزرگاہوں پر مؤثر ہے۔ تصویر اور نام جانچیں، پھر حامل کو ان میں سے کسی ایک پر بھیجیں۔
# status: unreviewed · en: cce6566de588
border-failure-code = جاری کرنے والے دفتر کے لیے کوڈ:
# status: unreviewed · en: 1f72f3531e1f
border-refused-title = مسترد شدہ پیشی درج کریں
# status: unreviewed · en: cfd81a773fa8
border-refused-intro = یہ اجازت نامہ مؤثر نہیں: حامل کو سرحد پار نہ کرنے دیں۔ درج کریں کہ یہ پیش کیا گیا، تاکہ انکار ریکارڈ میں ہو اور جاری کرنے والا دفتر اس کی پیروی کر سکے۔
# status: unreviewed · en: 8eec70122009
border-record-refused-entry = مسترد شدہ داخلہ درج کریں
# status: unreviewed · en: e61467aed9d3
border-record-refused-exit = مسترد شدہ روانگی درج کریں
# status: unreviewed · en: d3aa0de36db1
border-refused-required = یہ اجازت نامہ مؤثر نہیں، اس لیے اسے سرحد عبور کے طور پر درج نہیں کیا جا سکتا: اس کی بجائے اسے مسترد شدہ پیشی کے طور پر درج کریں۔
# status: unreviewed · en: 186a9c253966
crossings-title = سرحد عبور
# status: unreviewed · en: 5fd2896a60ca
crossings-filter = عبور دکھائیں
# status: unreviewed · en: 2716e6d458e9
crossings-anomalous = بے قاعدگیوں کے ساتھ
# status: unreviewed · en: 2da129d6dd35
crossings-daily = ہر گزرگاہ کی روزانہ تعداد
# status: unreviewed · en: fea4cef5842f
crossing-title = عبور { $id }
# status: unreviewed · en: 1e2cbb8bf87d
crossing-caption = عبور
# status: unreviewed · en: ec679bff9867
crossing-anomalies = اس عبور کی پیروی درکار ہے
# status: unreviewed · en: fcd6d4a5ed44
crossing-no-anomaly = کوئی بے قاعدگی نہیں
# status: unreviewed · en: 0174a66ebc0f
crossing-next = اگلا اجازت نامہ جانچیں
# status: unreviewed · en: f62c12acfbd5
change-register-crossing-point = گزرگاہ درج ہوئی
# status: unreviewed · en: d26c1d846bfa
change-issue-pass = اجازت نامہ جاری ہوا
# status: unreviewed · en: 1d9c033d03f1
change-revoke-pass = اجازت نامہ منسوخ ہوا
# status: unreviewed · en: f529d763c504
change-record-crossing = عبور درج ہوا
# status: unreviewed · en: 33293c67b8ef
change-erase-pass-holders = حاملین کی تفصیلات مٹا دی گئیں
# status: unreviewed · en: 74ab830c39fc
error-unknown-crossing-point = “{ $code }” نام کی کوئی گزرگاہ نہیں۔
# status: unreviewed · en: af012187c93f
error-crossing-point-exists = گزرگاہ “{ $code }” پہلے ہی درج ہے۔
# status: unreviewed · en: a6e573091bb6
error-document-id-taken = اس شناخت کا اجازت نامہ پہلے سے موجود ہے۔
# status: unreviewed · en: 1ce792a31811
error-pass-already-revoked = یہ اجازت نامہ پہلے ہی منسوخ ہو چکا ہے۔
# status: unreviewed · en: 94770818a8d1
error-validity-too-long = اجازت نامہ زیادہ سے زیادہ { $max_days } دن مؤثر ہو سکتا ہے۔
# status: unreviewed · en: f8d2980ee986
error-retention-not-ended = { $pass } کے حامل کی تفصیلات اس وقت تک رکھی جاتی ہیں جب تک اجازت نامے کی میعاد ختم یا منسوخ نہ ہو جائے۔
# status: unreviewed · en: a2b2b1ee59d4
error-holder-already-erased = { $pass } کے حامل کی تفصیلات پہلے ہی مٹا دی گئی ہیں۔
# status: unreviewed · en: aaada556cfb8
error-bad-date = { $field }: '{ $value }' YYYY-MM-DD کی صورت میں لکھا دن نہیں۔
# status: unreviewed · en: 1c4a7e1c82ea
error-invalid-query = سوالیہ متن درست نہیں: { $reason }
# status: unreviewed · en: 3d81371640df
error-page-limit = ایک صفحے میں ۱ سے { $max } ریکارڈ ہوتے ہیں، { $limit } نہیں۔
# status: unreviewed · en: 2647e89daf19
error-page-after = “after” نشان فہرست ہی کی کوئی شناخت ہونا چاہیے: { $reason }۔
# status: unreviewed · en: b5f77b24978a
error-query-range = { $name } کو { $min } سے { $max } تک ہونا چاہیے، { $value } نہیں۔
# status: unreviewed · en: ecc9130ca9c2
error-bad-idempotency-key = Idempotency-Key ۱ سے ۲۵۵ نظر آنے والے ASCII حروف ہوتی ہے۔
# status: unreviewed · en: 05f955dc4da5
error-idempotency-key-reused = یہ Idempotency-Key پہلے کسی اور حکم کے ساتھ استعمال ہوئی؛ کچھ درج نہیں ہوا۔ نئے حکم کے لیے نئی کلید استعمال کریں۔
# status: unreviewed · en: a9d01c901866
error-federal-government-not-notified = کسی وفد کے سفر سے پہلے صوبہ وفاقی حکومت کو اقدام کی باضابطہ اطلاع دیتا ہے۔
# status: unreviewed · en: e6214b4a61b8
error-not-a-breach = اس سے عمل کا کوئی قاعدہ نہیں ٹوٹا: اسے جیسا ہے ویسا درج کریں، خلاف ورزی کے طور پر نہیں۔
# status: unreviewed · en: 38a202fa1d69
error-not-a-breach-record = یہ خلاف ورزی کے طور پر درج نہیں ہوا تھا۔
# status: unreviewed · en: eb8f7c82d420
error-approval-suspended = وفاقی فریق نے { $since } کو منظوری معطل کر دی: { $reason } منظوری کی محتاج ہر چیز اس کی بحالی تک منتظر رہتی ہے۔
# status: unreviewed · en: 738c7625750a
error-approval-withdrawn = وفاقی فریق نے { $since } کو منظوری واپس لے لی: { $reason } نئی منظوری کی درخواست کریں۔
# status: unreviewed · en: 8868ba5e5e12
error-already-suspended = منظوری پہلے ہی معطل ہے۔
# status: unreviewed · en: ba95b0ab2e2f
error-not-suspended = منظوری معطل نہیں۔
# status: unreviewed · en: 36493049de1f
error-waiver-not-needed = وفاقی فریق اس اقدام کے لیے یہ قاعدہ پہلے ہی نرم کر چکا ہے: درخواست کرنے کو کچھ نہیں۔
# status: unreviewed · en: 306f85cff94a
error-waiver-pending = اس قاعدے میں نرمی کی ایک درخواست پہلے ہی وفاقی فریق کی منتظر ہے۔
# status: unreviewed · en: afd838329a71
error-no-waiver-request = اس قاعدے میں نرمی کی کوئی درخواست جواب کی منتظر نہیں۔
# status: unreviewed · en: ee08275aae9b
error-federal-decision-required = صرف وفاقی فریق یہ قاعدہ ({ $rule }) نرم کرتا ہے؛ وفاقی منظور کنندہ (رابطہ) سے فیصلے کا کہیں۔
# status: unreviewed · en: 2d883aa86f3a
error-phase-not-discussed = کوئی مرحلہ صرف اس وقت مکمل ہوتا ہے جب کسی اجلاس میں اس کے ایجنڈے کے کسی نکتے پر بحث ہو چکی ہو۔
# status: unreviewed · en: 8ac0d42f0316
error-verified-document-required = سرحد عبور سرحدی چوکی درج کرتی ہے (سرحدی چوکی کا صفحہ، POST /api/v1/crossings)، جو پیش کردہ دستاویز کی خود تصدیق کرتی ہے اور وقت اپنی گھڑی سے لیتی ہے؛ تصدیق کنندہ کے نتائج والا حکم کسی کلائنٹ سے قبول نہیں کیا جاتا۔
# status: unreviewed · en: 97e89ba9db0b
error-holder-data-required = اجازت نامہ اجازت نامہ دفتر جاری کرتا ہے (اجرا کا فارم، POST /api/v1/passes یا jirga pass issue)، جو حامل کی تفصیلات ریکارڈ سے الگ رکھتا ہے۔
# status: unreviewed · en: 27bf49f95472
error-date-in-future = { $field } مستقبل میں نہیں ہو سکتی۔
# status: unreviewed · en: da4beb1e9cc0
error-field-format = { $field } کو { $expected } ہونا چاہیے۔
# status: unreviewed · en: 56ce25f06241
error-appointment-outside-validity = ملاقات اجازت نامے کی مدت کے اندر ہونی چاہیے۔
# status: unreviewed · en: 3da39309e547
error-multipart-part = یہ درخواست دو حصے لیتی ہے: "application" (اجازت نامے کی درخواست، JSON) اور "photo" (حامل کی تصویر، JPEG یا PNG)۔
# status: unreviewed · en: dd7fca7ba9a4
error-multipart-twice = یہ حصہ دو بار بھیجا گیا؛ ایک بار بھیجیں۔
# status: unreviewed · en: 3a75bc215fd2
error-multipart-application = "application" حصہ (اجازت نامے کی درخواست، JSON) موجود نہیں۔
# status: unreviewed · en: 98c8feaca2aa
error-photo-hash-mismatch = دیا گیا تصویری فنگر پرنٹ اپ لوڈ کی گئی تصویر کا فنگر پرنٹ نہیں: فنگر پرنٹ نہ دیں (یہ تصویر سے حساب ہوتا ہے)، یا وہ تصویر اپ لوڈ کریں جس سے یہ بنا۔
# status: unreviewed · en: 21367246660b
error-pass-office = اجازت نامہ دفتر اجازت ناموں پر دستخط نہیں کر سکتا: { $reason }
# status: unreviewed · en: 3a2d666763aa
error-may-not-read-holders = صرف اجازت نامہ اور سرحدی افسران کسی اجازت نامے کے حامل کی تفصیلات یا اس کی دستخط شدہ دستاویز دیکھ سکتے ہیں۔
# status: unreviewed · en: e8b0f2cc2dba
error-may-not-issue = صرف سرحدی انتظامیہ کے اجازت نامہ افسران اجازت نامے جاری کرتے ہیں۔
# status: unreviewed · en: 22e7b8f84817
error-holder-erased = اس اجازت نامے کے حامل کی تفصیلات مٹا دی گئیں؛ دستخط شدہ دستاویز بھی ساتھ گئی۔
# status: unreviewed · en: d4962511a97e
error-not-a-pass = یہ ایسا اجازت نامہ نہیں جسے درج کیا جا سکے ({ $failure })۔
# status: unreviewed · en: d45beca2387c
card-page-title = اجازت نامہ { $id }
# status: unreviewed · en: 7e3f8d52f7bc
card-title = آمد و رفت کا اجازت نامہ · Movement pass
# status: unreviewed · en: 0a8a74dbb17d
card-pass-purpose-medical = علاج · Medical treatment
# status: unreviewed · en: ce455772b4e8
card-pass-purpose-business = کاروبار · Business
# status: unreviewed · en: 5c96af39b1d5
card-pass-purpose-family-visit = خاندانی ملاقات · Family visit
# status: unreviewed · en: 66792798d569
card-pass-purpose-cultural-exchange = ثقافتی تبادلہ · Cultural exchange
# status: unreviewed · en: 36afdf2f36d0
card-name = نام · Name
# status: unreviewed · en: a182ebecc874
card-name-arabic = نام (عربی رسم الخط)
# status: unreviewed · en: ba56dc1f7de7
card-document = دستاویز · Document
# status: unreviewed · en: aa3dcb8dc5ca
card-date-of-birth = تاریخِ پیدائش · Born
# status: unreviewed · en: 5c66992f1b6d
card-nationality = قومیت · Nationality
# status: unreviewed · en: df04b2057c85
card-appointment = ملاقات · Appointment
# status: unreviewed · en: 1853b5a2ebea
card-attendant = تیماردار · Attendant
# status: unreviewed · en: 0201e981bd65
card-attendant-allowed = تیماردار کے ساتھ · May be accompanied
# status: unreviewed · en: d51623bb6d98
card-organization = تجارتی ادارہ · Trade body
# status: unreviewed · en: 667ed1ac16a5
card-host = میزبان · Host
# status: unreviewed · en: 6ee85a1f8f23
card-event = تقریب · Event
# status: unreviewed · en: f08404b547fe
card-valid = مدت · Valid
# status: unreviewed · en: 8f7d23d795fe
card-crossing-points = گزرگاہیں · Crossings
# status: unreviewed · en: 61c08baea88b
card-entries = داخلے · Entries
# status: unreviewed · en: 4d836f51d49b
card-pass-id = نمبر · Pass id
# status: unreviewed · en: 50f9653feaa7
card-no-photo = تصویر نہیں · No photo
# status: unreviewed · en: cb94e9a8474d
card-footer = نیٹ ورک کے بغیر تصدیق کریں: jirga pass verify، یا دونوں جانب کی کوئی بھی سرحدی چوکی۔ دستخط شدہ دستاویز؛ کوئی بھی تبدیلی اسے کالعدم کر دیتی ہے۔
# status: unreviewed · en: 3116a55cd85e
card-print = پرنٹ
# status: unreviewed · en: 3ee79c432b9e
card-back = اجازت نامے پر واپس
# status: unreviewed · en: 73b5dc495357
nav-incidents = سیکیورٹی واقعات
# status: unreviewed · en: 258b04373539
incidents-title = سیکیورٹی واقعات
# status: unreviewed · en: 12b8d87c43ef
incidents-source = ACLED یا UCDP کی برآمدات اور تجزیہ کاروں کے ہاتھ سے کیے گئے اندراج سے واقعات، ہر ایک ریکارڈ میں۔ ڈیمو کا تاریخی ڈیٹا پاکستان کے لیے UCDP کا جغرافیائی واقعات کا ڈیٹا سیٹ ہے (Sundberg & Melander 2013; Davies, Pettersson & Öberg 2022)، جو حوالے کے ساتھ مفت استعمال کیا جا سکتا ہے۔
# status: unreviewed · en: 29b45a682cb0
incidents-record = ایک واقعہ درج کریں
# status: unreviewed · en: 23c4d5e34e28
incidents-events = واقعات
# status: unreviewed · en: 427021074101
incidents-fatalities = ہلاکتیں
# status: unreviewed · en: 1cc14c066491
incidents-events-lc = واقعات
# status: unreviewed · en: e74b2ce47301
incidents-fatalities-lc = ہلاکتیں
# status: unreviewed · en: 0de614d138f0
incidents-comparison = یہ مدت اور اس سے پچھلی
# status: unreviewed · en: e58f2294cf0a
incidents-change = تبدیلی:
# status: unreviewed · en: 90e09cfae212
incidents-period-quiet = ان بارہ مہینوں میں تقریباً کچھ نہیں: ریکارڈ کا زیادہ تر ڈیٹا { $month } میں ختم ہوتا ہے۔
# status: unreviewed · en: e8676a61b48b
incidents-period-quiet-link = { $month } تک کے بارہ مہینے دیکھیں
# status: unreviewed · en: 510a07602a51
incidents-by-month = مہینے کے لحاظ سے واقعات
# status: unreviewed · en: 9ea1a421e0b7
incidents-by-district = ضلع کے لحاظ سے واقعات
# status: unreviewed · en: 05c8256bde90
incidents-by-type = واقعے کی قسم کے لحاظ سے
# status: unreviewed · en: b323fe31eba5
incidents-by-actor = فریقِ عمل کے لحاظ سے واقعات
# status: unreviewed · en: 3402e3c3cc12
incidents-map = ضلع کے لحاظ سے واقعات کا نقشہ
# status: unreviewed · en: e0ad3b4873f3
incidents-map-note = صوبوں کی حدود: Natural Earth (پبلک ڈومین)۔ اضلاع اپنے واقعات کے اوسط مقام پر دکھائے جاتے ہیں؛ دائرے کا رقبہ واقعات کی تعداد کے ساتھ بڑھتا ہے۔ کسی ایک کو منتخب کر کے اس کے واقعات دیکھیں۔
# status: unreviewed · en: b13e4674aef5
incidents-none = کوئی واقعہ ان فلٹرز سے مطابقت نہیں رکھتا۔
# status: unreviewed · en: 3a4676d6dbe3
incidents-open-candidates = ممکنہ دہرے اندراجات جو فیصلے کے منتظر ہیں
# status: unreviewed · en: 730ecdf21f5c
incidents-candidates-lc = ممکنہ دہرے اندراجات
# status: unreviewed · en: b2a02b297afe
incidents-list = { $matching } مطابقت رکھنے والے واقعات میں سے تازہ ترین { $shown }
# status: unreviewed · en: 92338d5f1ca9
filter-from-month = سے (مہینہ)
# status: unreviewed · en: a88532d86bc0
filter-to-month = تک (مہینہ)
# status: unreviewed · en: f393bc5c1db3
filter-apply = لاگو کریں
# status: unreviewed · en: bd6e48bfbb2b
filter-clear = فلٹرز صاف کریں
# status: unreviewed · en: 1af7d90c3dea
field-event-id = واقعے کی شناخت (event_id_cnty)
# status: unreviewed · en: 4d1dcdec99d8
field-event-date = تاریخ
# status: unreviewed · en: ab64de67e1a4
field-time-precision = تاریخ اس حد تک معلوم ہے
# status: unreviewed · en: b40b3c88465d
field-event-type = واقعے کی قسم
# status: unreviewed · en: 11b3d4afdfeb
field-sub-event-type = واقعے کی ذیلی قسم
# status: unreviewed · en: bb3ca026bd9c
field-actor1 = فریقِ عمل
# status: unreviewed · en: be9a0c07e4c6
field-actor2 = دوسرا فریقِ عمل یا ہدف
# status: unreviewed · en: 9a0f7347d7cb
field-inter1 = فریقِ عمل کی قسم
# status: unreviewed · en: f7da53b48cf1
field-inter2 = دوسرے فریقِ عمل کی قسم
# status: unreviewed · en: 03ed599c45a0
field-civilian-targeting = شہریوں کو نشانہ بنایا گیا
# status: unreviewed · en: f6634eef79af
field-district = ضلع
# status: unreviewed · en: ed0a4d64f6f5
field-admin1 = صوبہ
# status: unreviewed · en: 962e640e99e1
field-admin2 = ضلع
# status: unreviewed · en: 911730d83006
field-location = مقام
# status: unreviewed · en: 00a9750b0edd
field-latitude = عرض بلد
# status: unreviewed · en: d97d30a2e52f
field-longitude = طول بلد
# status: unreviewed · en: b96a8e176994
field-coordinates = محدد
# status: unreviewed · en: 8494ee1cb497
field-geo-precision = مقام اس حد تک معلوم ہے
# status: unreviewed · en: 44b1284edd34
field-fatalities = ہلاکتیں
# status: unreviewed · en: 3bead3e5eec9
field-incident-source = ماخذ
# status: unreviewed · en: 26d43269d081
field-notes = نوٹس
# status: unreviewed · en: e323ecccb3cb
field-tags = ٹیگ
# status: unreviewed · en: f7275ecde9d5
field-excerpt = اقتباس
# status: unreviewed · en: b48a7044153e
field-cite-on = اس پر بطور ثبوت حوالہ دیں (ایجنڈے کا نکتہ یا دعویٰ)
# status: unreviewed · en: 62000e1ba9bb
field-border-stretch = سرحد کا حصہ
# status: unreviewed · en: 38c856d2793f
field-observed-on = مشاہدے کی تاریخ
# status: unreviewed · en: 28d0499e1aa7
field-where = کہاں
# status: unreviewed · en: 42d40e8c8d38
field-group = گروہ
# status: unreviewed · en: 3af9d2ec1fb0
field-people = افراد (تخمینہ)
# status: unreviewed · en: fcdbaf4856b7
field-description = کیا اطلاع دی گئی
# status: unreviewed · en: da4069089fd2
field-linked-incidents = منسلک واقعات (شناختیں)
# status: unreviewed · en: c711ef341cdc
time-precision-1 = دن
# status: unreviewed · en: 7a20e1b0494f
time-precision-2 = ہفتہ
# status: unreviewed · en: 7aa849f9d351
time-precision-3 = مہینہ
# status: unreviewed · en: cebd2cefcbdf
geo-precision-1 = قصبہ
# status: unreviewed · en: a48544a1124e
geo-precision-2 = علاقہ
# status: unreviewed · en: 7b4e087fada6
geo-precision-3 = خطہ
# status: unreviewed · en: 1b804ac28f8f
incident-caption = واقعہ
# status: unreviewed · en: f566119ec1db
incident-title = واقعہ { $id }
# status: unreviewed · en: 4eab9fbd1954
incident-recorded = { $source } ({ $format }) سے { $who } نے، { $at } کو درج کیا۔
# status: unreviewed · en: e590734862ad
incident-merged = اس میں ضم کیا گیا
# status: unreviewed · en: 73cae7dbd46b
incident-candidates = غالباً وہی واقعہ جو
# status: unreviewed · en: 2065cee2d961
incident-candidates-rule = ایک واقعے کے لیے ACLED کا قاعدہ: ایک ہی دن، مقام، فریقین اور سرگرمی کی قسم؛ یہاں ایک دن اور ۱۰ کلومیٹر کے اندر۔ دونوں کو ضم کریں، یا الگ رکھیں: دونوں صورتوں میں کچھ حذف نہیں ہوتا اور فیصلہ آپ کے نام سے درج ہوتا ہے۔
# status: unreviewed · en: ee57a6f74026
incident-decisions = فیصلے
# status: unreviewed · en: d0e3b3603846
incident-reports = ماخذ کی رپورٹیں
# status: unreviewed · en: 0f1b1cd89128
incident-no-reports = ابھی ماخذ کی کوئی رپورٹ نہیں۔
# status: unreviewed · en: ec02c4757af8
incident-report-added = { $who } نے شامل کی
# status: unreviewed · en: 2acf8fe9d9e5
incident-add-report = ماخذ کی ایک رپورٹ شامل کریں
# status: unreviewed · en: 8afcdaffc768
incident-add-report-submit = رپورٹ شامل کریں
# status: unreviewed · en: aa9af8510f8f
incident-versions = پچھلے نسخے
# status: unreviewed · en: d75e629a0fe7
incident-replaced = { $who } نے، { $at } کو بدلا: { $reason }
# status: unreviewed · en: 4066518f52ca
incident-cited = بطور ثبوت حوالہ دیا گیا
# status: unreviewed · en: a07a1ad3677d
incident-amend = اس واقعے کی تصحیح کریں
# status: unreviewed · en: 4ea6721b96a0
incident-amend-submit = نیا نسخہ درج کریں
# status: unreviewed · en: 261d4d27f4dc
incident-new-title = ایک واقعہ درج کریں
# status: unreviewed · en: 5a71f7ee6021
incident-new-lead = ACLED درآمد جیسے ہی خانے اور جانچیں: ہر قدر جانچی جاتی ہے، اور واقعہ اس رپورٹ کے ساتھ درج ہوتا ہے جس سے یہ آیا۔
# status: unreviewed · en: b24f1c9258cd
incident-new-submit = واقعہ درج کریں
# status: unreviewed · en: 93c902938908
incident-first-report = وہ رپورٹ جس سے یہ آیا
# status: unreviewed · en: 793eae238b4a
cite-statistic = اس منظر کا بطور ثبوت حوالہ دیں
# status: unreviewed · en: 2bbd4005eb3d
cite-incident = اس واقعے کا بطور ثبوت حوالہ دیں
# status: unreviewed · en: 03639898cf14
cite-submit = حوالہ دیں
# status: unreviewed · en: d4a9f1cdc83c
duplicate-decision-merge = اس میں ضم کریں
# status: unreviewed · en: b5cad82ee20f
duplicate-decision-merge-submit = ضم کریں
# status: unreviewed · en: 08ac0b9b5f3c
duplicate-decision-keep-apart = الگ رکھیں
# status: unreviewed · en: d148e4e61157
duplicate-decision-keep-apart-submit = الگ رکھیں
# status: unreviewed · en: e30f44c67bb6
incident-format-acled = ACLED
# status: unreviewed · en: 2e61afc98727
incident-format-ucdp = UCDP GED
# status: unreviewed · en: 24054717002d
incident-format-form = ہاتھ سے اندراج
# status: unreviewed · en: 48eb4af65105
movement-direction-into-pakistan = پاکستان کی طرف
# status: unreviewed · en: 3687d12a65ea
movement-direction-into-afghanistan = افغانستان کی طرف
# status: unreviewed · en: f1162853b50a
movement-direction-unknown = نامعلوم
# status: unreviewed · en: 7a2ca9a0ff22
alerts-title = انتباہات
# status: unreviewed · en: 0d15ef379363
alerts-latest = تازہ ترین انتباہات
# status: unreviewed · en: b389965d0eb4
alerts-none = ابھی کوئی انتباہ جاری نہیں ہوا۔
# status: unreviewed · en: ace6789fc782
alerts-raised = جاری ہوا
# status: unreviewed · en: 7fa246de6eb0
alerts-what = کیا
# status: unreviewed · en: 94a1a985aed2
alerts-webhook = ہر انتباہ ریکارڈ میں ایک واقعہ ہے؛ جس تنصیب میں JIRGA_ALERT_WEBHOOK مقرر ہو، اسے انتباہ JSON کی صورت میں HTTP POST کے ذریعے بھی بتایا جاتا ہے۔
# status: unreviewed · en: 268e16317ae8
alert-rule-suicide-bombings-in-a-district = ایک ضلع میں خودکش دھماکے
# status: unreviewed · en: bd5899f97885
alert-rule-suicide-bombings-in-a-province = ایک صوبے میں خودکش دھماکے
# status: unreviewed · en: 11c3316a7bd9
alert-rule-suicide-bombings-in-a-district-text = ایک ضلع میں { $days } دنوں کے اندر { $count } یا زیادہ خودکش دھماکے۔
# status: unreviewed · en: 743663d5d0ac
alert-rule-suicide-bombings-in-a-province-text = ایک صوبے میں { $days } دنوں کے اندر { $count } یا زیادہ خودکش دھماکے۔
# status: unreviewed · en: c2bf58f43df7
movements-title = سرحد کے آر پار نقل و حرکت
# status: unreviewed · en: ab641d33d7cd
movements-lead = کسی گزرگاہ یا سرحد کے کسی حصے سے عسکریت پسندوں کی نقل و حرکت کی اطلاعات، ان کے ماخذ کے ساتھ، ان واقعات سے منسلک جن کی یہ وضاحت کرتی ہیں۔ ACLED کے پاس ایسا کوئی ریکارڈ نہیں؛ یہ ہمارا اپنا ہے۔
# status: unreviewed · en: be9647484e47
movements-add = ایک نقل و حرکت کی اطلاع دیں
# status: unreviewed · en: 2467505e0d04
movements-add-submit = اطلاع درج کریں
# status: unreviewed · en: e33ac6eaf1a3
change-record-incidents = واقعات درج ہوئے
# status: unreviewed · en: 7fee0b4e23d5
change-amend-incident = واقعے کی تصحیح ہوئی
# status: unreviewed · en: c340e8862900
change-add-incident-report = ماخذ کی رپورٹ شامل ہوئی
# status: unreviewed · en: efb6ee7e8028
change-resolve-duplicate = دہرے اندراج کا فیصلہ ہوا
# status: unreviewed · en: d73d227d604e
change-report-movement = نقل و حرکت کی اطلاع دی گئی
# status: unreviewed · en: f804ceb30b52
change-cite-evidence = ثبوت کا حوالہ دیا گیا
# status: unreviewed · en: da74c9e1c1eb
error-incident-exists = { $id } شناخت والا واقعہ پہلے ہی ریکارڈ میں ہے۔
# status: unreviewed · en: bbaa61e828bc
error-incident-merged = واقعہ { $id } کو { $into } میں ضم کر دیا گیا؛ اس پر کارروائی کریں۔
# status: unreviewed · en: 0e7fc0e04aba
error-not-citable = ثبوت کا حوالہ ایجنڈے کے کسی نکتے یا کسی دعوے پر دیا جاتا ہے، { $record } پر نہیں۔
# status: unreviewed · en: 1fb6630fa2fa
evidence-title = حوالہ دیے گئے ثبوت
# status: unreviewed · en: 8721d97f866a
evidence-statistic = شماریات
# status: unreviewed · en: 3a683d2f047b
change-set-duplicate-tolerance = دہرے اندراج کی حد مقرر ہوئی
# status: unreviewed · en: 1ea7d0c526e6
tolerance-title = دو رپورٹیں کتنی قریب ہوں کہ انہیں ایک واقعہ سمجھا جائے
# status: unreviewed · en: f32f35d5d722
tolerance-now = اب: { $days } دن اور { $km } کلومیٹر کے اندر، وہی فریقین اور واقعے کی قسم۔
# status: unreviewed · en: 4d8ec3f776ac
tolerance-submit = حد مقرر کریں
# status: unreviewed · en: a2463e8ab951
field-days = زیادہ سے زیادہ دنوں کا فرق
# status: unreviewed · en: e4dbd5e1e65c
field-km = زیادہ سے زیادہ کلومیٹر کا فرق

## Agreeing has a process (issue 14): the counterpart's acceptance in a meeting
# status: unreviewed · en: f2c0531a696b
error-not-proposed = صرف تجویز کردہ وعدہ قبول کیا جا سکتا ہے؛ یہ { $status } ہے۔
# status: unreviewed · en: 2df2bae4d207
error-already-accepted = دوسرے فریق کی اس وعدے کی قبولیت پہلے ہی ریکارڈ میں ہے۔
# status: unreviewed · en: 2011af297590
error-not-accepted-by-counterpart = کوئی وعدہ صرف اس وقت طے پاتا ہے جب دوسرے فریق نے اسے اپنے ساتھ اجلاس میں قبول کر لیا ہو: پہلے اس کی قبولیت درج کریں۔
# status: unreviewed · en: 53838be55f71
error-meeting-not-with-counterpart = قبولیت دوسری جانب کے ساتھ اجلاس میں دی جاتی ہے؛ اس اجلاس میں دوسری جانب سے کوئی شریک نہیں تھا، اور یہ سرحد پار منعقد نہیں ہوا۔
# status: unreviewed · en: 060fc6948d10
error-meeting-was-a-breach = یہ اجلاس قواعد سے ہٹ کر ہوا (خلاف ورزی): اس میں طے پانے والی کسی چیز پر انحصار نہیں کیا جا سکتا۔
# status: unreviewed · en: 714d32441bcb
error-nothing-agreed-in-meeting = اجلاس میں کوئی طے شدہ نتیجہ درج نہیں: پہلے اجلاس کے نتائج درج کریں۔
# status: unreviewed · en: 0560f0806d21
error-no-such-condition = منظوری کی { $conditions } شرائط ہیں؛ شرط { $condition } موجود نہیں۔
# status: unreviewed · en: ba5aec537e82
acceptance-title = دوسرے فریق کی قبولیت
# status: unreviewed · en: 545e5a8842d2
acceptance-none = دوسرے فریق نے ابھی یہ وعدہ قبول نہیں کیا۔ یہ صرف اس وقت طے پا سکتا ہے جب وہ اسے اپنے ساتھ اجلاس میں قبول کر لے۔
# status: unreviewed · en: 3048b1bd9ee3
acceptance-own = دوسرے فریق نے { $date } کو قبول کیا (اجلاس: { $meeting })۔
# status: unreviewed · en: 54fc546adcbd
acceptance-tag-own = قبول شدہ
# status: unreviewed · en: 08205fb4f195
acceptance-tag-reported = قبولیت کی اطلاع
# status: unreviewed · en: 688db3df0e30
acceptance-reported = وفد نے اطلاع دی کہ دوسرے فریق نے { $date } کو قبول کیا (اجلاس: { $meeting })۔ ماخذ: { $source }۔
# status: unreviewed · en: 3383a02449ff
acceptance-accept = یہ وعدہ قبول کریں (دوسرے فریق کا اپنا فیصلہ)
# status: unreviewed · en: 183e23817607
acceptance-accept-submit = ہماری قبولیت درج کریں
# status: unreviewed · en: 8fe2737773d0
acceptance-report = دوسرے فریق کی قبولیت کی اطلاع دیں (ماخذ کے ساتھ)
# status: unreviewed · en: 989fb0cc3921
acceptance-report-submit = قبولیت کی اطلاع دیں
# status: unreviewed · en: cf53293297ea
field-meeting = وہ اجلاس جس میں قبول کیا گیا
# status: unreviewed · en: 733a494f5c3b
field-accepted-on = قبولیت کی تاریخ
# status: unreviewed · en: ac2eaea6c73a
field-source-publisher = ماخذ: ناشر
## Travel recorded as a breach
# status: unreviewed · en: 6c333a5b9b23
field-travel-as-breach = اس نے قواعد سے ہٹ کر سفر کیا (منظوری سے پہلے، باضابطہ اطلاع سے پہلے، ابتدائی تیاری کے دورے کی رپورٹ سے پہلے): اسے خلاف ورزی کے طور پر درج کریں
# status: unreviewed · en: 7f72173de642
visit-breach-heading = { $date } کو { $place } کا دورہ
# status: unreviewed · en: d46f192a0f3b
breach-intro-visit = یہ دورہ عمل کے قواعد سے ہٹ کر ہوا۔ یہ ریکارڈ میں ویسا ہی ہے جیسا تھا؛ وفاقی فریق کو اس وقت تک دکھایا جاتا ہے جب تک وہ اسے تسلیم نہ کر لے۔
## Conditions of an approval
# status: unreviewed · en: 3d2c425e9ad4
field-conditions = وہ شرائط جن پر صوبے کو رپورٹ دینی ہے (ہر سطر میں ایک)
# status: unreviewed · en: 78d564d3b7b2
conditions-title = منظوری کی شرائط
# status: unreviewed · en: 14f22206f5fb
conditions-intro = وفاقی فریق نے یہ شرائط مقرر کیں؛ صوبہ ہر ایک پر رپورٹ دیتا ہے۔
# status: unreviewed · en: 59fcd6eb1425
conditions-unreported = ابھی کوئی رپورٹ نہیں
# status: unreviewed · en: 83b016485d07
conditions-reported = { $date } کو رپورٹ دی گئی: { $report }
# status: unreviewed · en: 40bd82f6b1f1
conditions-report = کسی شرط پر رپورٹ دیں
# status: unreviewed · en: 0e13021aff3f
conditions-report-submit = رپورٹ بھیجیں
# status: unreviewed · en: 424024111528
field-condition = شرط
# status: unreviewed · en: a1354410d5bf
dashboard-conditions-unreported = { $count ->
    [one] منظوری کی ایک شرط پر صوبے کی طرف سے ابھی کوئی رپورٹ نہیں۔
   *[other] منظوری کی { $count } شرائط پر صوبے کی طرف سے ابھی کوئی رپورٹ نہیں۔
}
## Policy changes: proposed by an administrator, approved by the federal side
# status: unreviewed · en: ee3cf50622c3
policy-proposals = تجویز کردہ تبدیلیاں جو وفاقی فریق کی منتظر ہیں
# status: unreviewed · en: cbf2c88cf0c7
policy-proposals-none = کوئی تجویز کردہ تبدیلی منتظر نہیں۔
# status: unreviewed · en: fbef8d289574
policy-proposed-by = { $name } ({ $organization }) نے { $date } کو تجویز کی: { $reason }
# status: unreviewed · en: 864e4c2ccb0d
policy-approved-by = { $name } ({ $organization }) نے { $date } کو منظور کی
# status: unreviewed · en: 157d9c81e5bd
policy-refused-by = { $name } ({ $organization }) نے { $date } کو مسترد کی: { $reason }
# status: unreviewed · en: 7d711bc86011
policy-break-glass = آپریٹر کے ہنگامی اختیار (break-glass) سے، وفاقی فریق کی منظوری کے بغیر نافذ کی گئی
# status: unreviewed · en: b99c736e36e3
policy-in-force-shipped = پروگرام کے ساتھ آئی پالیسیاں نافذ ہیں (کوئی درج تبدیلی نہیں)۔
# status: unreviewed · en: 23e06b3bb281
policy-approve = یہ تبدیلی منظور کریں (وفاقی فیصلہ)
# status: unreviewed · en: 02f7ea2dd071
policy-approve-submit = منظور کریں: یہ نافذ ہو جاتی ہے
# status: unreviewed · en: 5a647d6f9961
policy-refuse = یہ تبدیلی مسترد کریں (وفاقی فیصلہ)
# status: unreviewed · en: 42b7c8170575
policy-refuse-submit = تبدیلی مسترد کریں
# status: unreviewed · en: 18583fcce21b
policy-stale = اس تجویز کے بعد ایک اور تبدیلی نافذ ہو گئی: اسے صرف مسترد کیا جا سکتا ہے۔
# status: unreviewed · en: 8639758bffc9
policy-co-approval = کوئی تبدیلی صرف اس وقت نافذ ہوتی ہے جب کسی دوسرے ادارے کا وفاقی منظور کنندہ اسے منظور کرے: دو ادارے، دو افراد، دونوں ریکارڈ میں۔

## Your profile: who you are on the record, how you read it
# status: unreviewed · en: b297eaaffa71
profile-title = آپ کا پروفائل
# status: unreviewed · en: d48e6a1797c1
profile-roles = کردار
# status: unreviewed · en: 9c59db9a01eb
profile-posts = تعیناتی کی جگہ
# status: unreviewed · en: 3931d02ea5ce
profile-reading = آپ ریکارڈ کیسے پڑھتے ہیں
# status: unreviewed · en: a11246ba7729
profile-calendar = تاریخوں کا کیلنڈر
# status: unreviewed · en: 5aa306f1537d
profile-calendar-hint = ریکارڈ ہر تاریخ عیسوی کیلنڈر میں رکھتا ہے؛ اس سے صرف یہ بدلتا ہے کہ تاریخیں آپ کو کیسے دکھائی جائیں۔
# status: unreviewed · en: fd7dac08f636
profile-today = آج، جیسے آپ تاریخیں دیکھیں گے:
# status: unreviewed · en: 237792b35e66
profile-save = محفوظ کریں
# status: unreviewed · en: a32454eff8b3
calendar-locale = آپ کی زبان کا اپنا (دری اور پشتو میں ہجری شمسی، باقی میں عیسوی)
# status: unreviewed · en: c171855b960b
calendar-gregorian = عیسوی
# status: unreviewed · en: cd73bb29e44d
calendar-solar-hijri = ہجری شمسی
# status: unreviewed · en: c66c26c0bfa0
calendar-hijri = ہجری قمری (حساب شدہ)
# status: unreviewed · en: e258d3d7ab04
calendar-hijri-computed = ان صفحات پر ہجری تاریخیں حساب شدہ (جدولی) ہیں: لوگ جن مہینوں کی پابندی کرتے ہیں وہ رؤیتِ ہلال پر منحصر ہیں اور ایک دن کا فرق ہو سکتا ہے۔
# status: unreviewed · en: e4ce174b8476
user-role-provincial-coordinator = صوبائی رابطہ کار
# status: unreviewed · en: 462bfc1423ce
user-role-federal-approver = وفاقی منظور کنندہ
# status: unreviewed · en: 83b44e219b3a
user-role-delegation-member = وفد کا رکن
# status: unreviewed · en: 28821d9a7e30
user-role-security-analyst = سیکیورٹی تجزیہ کار
# status: unreviewed · en: 0b9e96f09238
user-role-pass-officer = اجازت نامہ افسر
# status: unreviewed · en: 1cd5713126ed
user-role-border-officer = سرحدی افسر
# status: unreviewed · en: bd44f6c156a0
user-role-auditor = آڈیٹر
# status: unreviewed · en: d94d2471f7c0
user-role-administrator = منتظم

## Communities, grievances and delivery (issue 18)
# status: unreviewed · en: 527f1754b2b3
nav-communities = برادریاں
# status: unreviewed · en: c4f845f3dd16
nav-results = نتائج
# status: unreviewed · en: bb53561f9b8d
kind-community = برادری
# status: unreviewed · en: db24c6f52457
kind-grievance = شکایت
# status: unreviewed · en: cc34be3bf8b8
change-register-community = برادری درج کی گئی
# status: unreviewed · en: aae065e8f882
change-add-elder = بزرگ شامل کیا گیا
# status: unreviewed · en: c5a2905ca384
change-raise-grievance = شکایت درج کی گئی
# status: unreviewed · en: 56f5bf02ced7
change-advance-grievance = شکایت پر اگلا قدم اٹھایا گیا
# status: unreviewed · en: 9613845d33c1
change-mark-confidence-building = اعتماد سازی کے اقدام کے طور پر نشان زد
# status: unreviewed · en: 6a941ca25320
change-add-milestone = سنگِ میل شامل کیا گیا
# status: unreviewed · en: 351561202b20
change-report-milestone = سنگِ میل پر رپورٹ دی گئی
# status: unreviewed · en: 3835fa4ae6ab
change-score-implementation = عمل درآمد کی درجہ بندی کی گئی
# status: unreviewed · en: 80c38dbbb796
error-already-an-elder = یہ شخص پہلے ہی اس برادری کا بزرگ ہے۔
# status: unreviewed · en: cee33fab33d9
error-elder-of-a-government = بزرگ برادری کی نمائندگی کرتا ہے، حکومت کی نہیں: یہ شخص کسی حکومت کے فریق سے ہے۔
# status: unreviewed · en: 75d111a43d97
error-not-an-elder = شکایت برادری کا اپنا بزرگ درج کراتا ہے: یہ شخص اس کے بزرگوں میں سے نہیں۔
# status: unreviewed · en: 402cb07d8545
error-sensitive-raiser-in-the-open = حساس شکایت کنندہ کا نام ریکارڈ سے الگ رکھا جاتا ہے؛ نام `raised_by` میں بھیجیں، سرور اسے الگ رکھے گا۔
# status: unreviewed · en: 2eeaf177ccb8
error-raiser-data-required = اس حساس شکایت میں جس شکایت کنندہ کا عہد ہے وہ ساتھ نہیں بھیجا گیا، یا عہد سے مطابقت نہیں رکھتا۔
# status: unreviewed · en: 7431e4f1b7ed
error-invalid-grievance-step = جو شکایت { $from } ہے وہ { $to } نہیں ہو سکتی۔
# status: unreviewed · en: 0fc0cad3b533
error-step-incomplete = اس قدم کے لیے { $field } درکار ہے۔
# status: unreviewed · en: 6975f071826c
error-reason-required = وجہ بتائیں: شکایت صرف وجہ کے ساتھ حل یا بند ہوتی ہے۔
# status: unreviewed · en: 84a305bd5060
error-measure-one-sided = اعتماد سازی کا اقدام سرحد کے دونوں اطراف کے درمیان ہوتا ہے: افغان جانب اور پاکستان کی جانب کی برادریاں یا حکام نامزد کریں۔
# status: unreviewed · en: 6e985545c404
error-already-a-measure = یہ عہد پہلے ہی اعتماد سازی کے اقدام کے طور پر نشان زد ہے۔
# status: unreviewed · en: a25da89cab7f
error-no-such-milestone = اس عہد کے { $milestones } سنگِ میل ہیں؛ سنگِ میل { $milestone } موجود نہیں۔
# status: unreviewed · en: e595f1df6d37
error-milestone-already-met = اس سنگِ میل کے پورا ہونے کی رپورٹ پہلے ہی دی جا چکی ہے۔
# status: unreviewed · en: c3bde38a3b48
error-evidence-required = درجہ بندی ثبوت پر مبنی ہوتی ہے: بتائیں ثبوت کیا ہے۔
# status: unreviewed · en: fe9f4bd5d85e
field-community = برادری
# status: unreviewed · en: 0a4262874814
field-communities = برادریاں
# status: unreviewed · en: 318bcdb9d5ad
field-districts = اضلاع اور صوبے
# status: unreviewed · en: d9a21dd819b9
field-part-of = جس کا حصہ ہے
# status: unreviewed · en: 8dc831e7a16b
field-neighbours = ہمسائے
# status: unreviewed · en: a868bfebd386
field-standing = حیثیت
# status: unreviewed · en: 07a17d4ae082
field-since = کب سے
# status: unreviewed · en: 734b178eee46
field-raised-by = شکایت کنندہ
# status: unreviewed · en: 3ba305f1347c
field-raised-on = درج کرنے کی تاریخ
# status: unreviewed · en: c0ee9d4b7de5
field-sensitive = حساس (مثلاً کسی سیکیورٹی آپریشن کی شکایت): شکایت کنندہ کا نام ریکارڈ سے الگ رکھا جاتا ہے
# status: unreviewed · en: 01f0d6880dd4
field-referred-to = کس کو بھیجی گئی (حوالگی کے لیے)
# status: unreviewed · en: e8c887aaf4b2
field-reason-or-note = وجہ (حل یا بند کرنے کے لیے) یا نوٹ
# status: unreviewed · en: c5dffea7ca58
field-parties = حکام
# status: unreviewed · en: 367e31336793
field-indicator = اشاریہ
# status: unreviewed · en: 76096ef0acd3
field-target = ہدف
# status: unreviewed · en: ee9188e37d45
field-milestone = سنگِ میل
# status: unreviewed · en: d6b9daf2ea15
field-value = قدر
# status: unreviewed · en: a4ca7827cb63
field-met = پورا ہوا
# status: unreviewed · en: a6bebcb6b14e
field-evidence = ثبوت
# status: unreviewed · en: f2590054e10a
field-evidence-kind = ثبوت کی قسم
# status: unreviewed · en: 2019bb1e9d33
field-marked-on = نشان زد کرنے کی تاریخ
# status: unreviewed · en: 0ab4f589ad15
field-scored-on = درجہ بندی کی تاریخ
# status: unreviewed · en: 435b06d7acb5
field-score = درجہ
# status: unreviewed · en: 6985fa8e5b70
field-last-step-on = شکایت کا آخری قدم
# status: unreviewed · en: 97caac5c6b7c
field-last-reading-on = سنگِ میل کی آخری رپورٹ
# status: unreviewed · en: 3ea94d1ae4d1
field-raiser-commitment = شکایت کنندہ کا عہد
# status: unreviewed · en: f67d8291b4c1
side-pakistan = پاکستان
# status: unreviewed · en: 92665116d45d
side-afghanistan = افغانستان
# status: unreviewed · en: eb5e67a82600
community-kind-tribe = قبیلہ
# status: unreviewed · en: 27b7d23d7f78
community-kind-sub-tribe = ذیلی قبیلہ یا خیل
# status: unreviewed · en: fce357eecac8
community-kind-locality = کسی علاقے کی برادری
# status: unreviewed · en: ca23b2ca579c
district-chitral = چترال
# status: unreviewed · en: bff906f40f51
district-bajaur = باجوڑ
# status: unreviewed · en: ef45be398541
district-mohmand = مہمند
# status: unreviewed · en: 499ea85e5197
district-khyber = خیبر
# status: unreviewed · en: 044cf146799e
district-peshawar = پشاور
# status: unreviewed · en: b8ce418a8f6e
district-orakzai = اورکزئی
# status: unreviewed · en: 1c89de5c6cee
district-kurram = کرم
# status: unreviewed · en: 0b6587f6c6c0
district-north-waziristan = شمالی وزیرستان
# status: unreviewed · en: 8651fefd1336
district-south-waziristan = جنوبی وزیرستان
# status: unreviewed · en: e0db5e5bb830
district-zhob = ژوب
# status: unreviewed · en: ce4a0efeb224
district-chaman = چمن
# status: unreviewed · en: 63b9020529ab
district-nuristan = نورستان
# status: unreviewed · en: 4bc78aebb20e
district-kunar = کنڑ
# status: unreviewed · en: 68ed0d0b81cb
district-nangarhar = ننگرہار
# status: unreviewed · en: b892e2942164
district-paktia = پکتیا
# status: unreviewed · en: d21e10c59396
district-khost = خوست
# status: unreviewed · en: f2bfc07648e0
district-paktika = پکتیکا
# status: unreviewed · en: 00c303c3b6c9
district-kandahar = قندھار
# status: unreviewed · en: 7dcd32ef3fe9
standing-in-community-malik = ملک
# status: unreviewed · en: 225e43a43059
standing-in-community-elder = بزرگ
# status: unreviewed · en: 849fe52acc2c
standing-in-community-religious-figure = مذہبی شخصیت
# status: unreviewed · en: 9a3b7ff71e60
standing-in-community-youth-representative = نوجوانوں کا نمائندہ
# status: unreviewed · en: 145916e588db
standing-in-community-womens-representative = خواتین کی نمائندہ
# status: unreviewed · en: da7e3bd8d289
grievance-topic-movement = آمد و رفت
# status: unreviewed · en: d5095b43690b
grievance-topic-trade = تجارت
# status: unreviewed · en: bef613f43fd2
grievance-topic-refugees = مہاجرین
# status: unreviewed · en: cf39d6c30a4d
grievance-topic-security-operations = سیکیورٹی آپریشن
# status: unreviewed · en: a7d9ba574680
grievance-topic-detention = حراست
# status: unreviewed · en: e7d356999c6d
grievance-topic-health = صحت
# status: unreviewed · en: 00dd348372c2
grievance-topic-education = تعلیم
# status: unreviewed · en: 61036192da48
grievance-topic-livelihoods = روزگار
# status: unreviewed · en: 6b6cd6598535
grievance-topic-water-land = پانی اور زمین
# status: unreviewed · en: ca7dc1d4a22e
grievance-topic-other = دیگر
# status: unreviewed · en: 542e787d3e2c
grievance-status-raised = درج
# status: unreviewed · en: 7a7028715f45
grievance-status-acknowledged = تسلیم شدہ
# status: unreviewed · en: 3520af5d4517
grievance-status-referred = حوالہ شدہ
# status: unreviewed · en: 4c170950ecfe
grievance-status-addressed = زیرِ تدارک
# status: unreviewed · en: 2aa579bc4a4e
grievance-status-resolved = حل شدہ
# status: unreviewed · en: 1e20d6f4b04c
grievance-status-closed = بند
# status: unreviewed · en: 8a0823f81072
evidence-kind-report = رپورٹ
# status: unreviewed · en: 04b1348a89e3
evidence-kind-incidents = واقعات
# status: unreviewed · en: 5d8ba914ab0b
evidence-kind-crossings = سرحد عبور کرنے کے اعداد و شمار
# status: unreviewed · en: 1e8624cdbdb7
evidence-kind-document = دستاویز
# status: unreviewed · en: f87a9af2fb97
pam-0 = عمل درآمد نہیں ہوا
# status: unreviewed · en: c7d6cd0eb17d
pam-1 = کم سے کم
# status: unreviewed · en: c42e236dc5d7
pam-2 = درمیانہ
# status: unreviewed · en: cd63296bb830
pam-3 = مکمل
# status: unreviewed · en: 67a8157e09e3
pam-score = { $score } — { $meaning }
# status: unreviewed · en: a3804fef9e24
pam-unscored = درجہ بندی نہیں ہوئی
# status: unreviewed · en: da14e328da42
communities-title = برادریاں
# status: unreviewed · en: f85d00e3108a
communities-lead = سرحد کے دونوں اطراف کے قبائل اور برادریاں، ان کے بزرگ، اور انہوں نے کیا شکایات کیں۔ برادری کی اطراف ان اضلاع اور صوبوں سے طے ہوتی ہیں جہاں وہ رہتی ہے۔
# status: unreviewed · en: f85878b069c2
communities-none = ابھی کوئی برادری ریکارڈ میں نہیں۔
# status: unreviewed · en: 5b15864c1869
community-caption = برادری
# status: unreviewed · en: 7cdb99376709
community-sides = سرحد کی اطراف
# status: unreviewed · en: dfeee45be20b
community-elders = بزرگ اور نمائندے
# status: unreviewed · en: b1479da042cd
community-open-grievances = کھلی شکایات
# status: unreviewed · en: 0449e94cd1bd
community-register = برادری درج کریں
# status: unreviewed · en: f8c8cfeec5e0
community-register-submit = برادری درج کریں
# status: unreviewed · en: dcf3729b96c2
community-related = متعلقہ برادریاں
# status: unreviewed · en: dde4ae04ccb1
community-needs-approval = یہ برادری افغان جانب بھی رہتی ہے: اس کے بزرگوں کے ساتھ جرگہ دوسری جانب سے ملاقات ہے، جو وفاقی منظوری اور اس کے موضوعات کے تحت ہوتی ہے۔
# status: unreviewed · en: 8178a6d5674d
community-no-elders = ابھی کوئی بزرگ ریکارڈ میں نہیں۔
# status: unreviewed · en: 93ffcedf54aa
community-engagements = رابطے (وہ ملاقاتیں جن میں اس کے بزرگ شریک ہوئے)
# status: unreviewed · en: d4912423fe7c
community-no-engagements = ابھی اس کے بزرگوں سے کوئی ملاقات ریکارڈ میں نہیں۔
# status: unreviewed · en: a4ff1bf7a660
community-measures = اس سے متعلق اقدامات اور عہد
# status: unreviewed · en: 0170bc65fa03
community-no-measures = ابھی کوئی عہد اس سے متعلق نہیں۔
# status: unreviewed · en: 014f492e3789
community-incidents = اس کے اضلاع میں درج واقعات، سال بہ سال
# status: unreviewed · en: 943526b17cbc
community-incidents-note = واقعات کے رجسٹر سے، جس میں سرحد کی پاکستانی جانب کے واقعات ہیں۔
# status: unreviewed · en: b0cc823fa6e9
elder-add = بزرگ یا نمائندہ شامل کریں
# status: unreviewed · en: ac46b461bda7
elder-add-submit = شامل کریں
# status: unreviewed · en: 237126e2c3e3
grievances-title = شکایات
# status: unreviewed · en: 36f8ebdadfe0
grievances-lead = برادریوں نے جو شکایات کیں، اور ان پر اٹھایا گیا ہر قدم۔ کچھ حذف نہیں ہوتا: شکایت وجہ کے ساتھ حل یا بند ہو کر ختم ہوتی ہے۔
# status: unreviewed · en: aa288e28e23d
grievances-none = یہاں کوئی شکایت ریکارڈ میں نہیں۔
# status: unreviewed · en: 90a71513f9aa
grievances-none-open = کوئی شکایت کھلی نہیں۔
# status: unreviewed · en: 39984facfa1f
grievances-open = کھلی
# status: unreviewed · en: 5037811d03e5
grievances-filter-status = حالت کے لحاظ سے چھانٹیں
# status: unreviewed · en: 9aa521be4b44
grievances-filter-topic = موضوع کے لحاظ سے چھانٹیں
# status: unreviewed · en: 989c1be2060e
grievances-filter-community = برادری کے لحاظ سے چھانٹیں
# status: unreviewed · en: d1edd8da1c99
grievance-caption = شکایت
# status: unreviewed · en: 258003a0bdab
grievance-raise = شکایت درج کریں
# status: unreviewed · en: d71028acb603
grievance-raise-submit = شکایت درج کریں
# status: unreviewed · en: 93c3b0df32e4
grievance-steps = اٹھائے گئے قدم
# status: unreviewed · en: 24e83c2fe047
grievance-advance = اگلا قدم
# status: unreviewed · en: 6591c0441702
grievance-advance-submit = قدم درج کریں
# status: unreviewed · en: d60eeeda544d
grievance-addressed-by = تدارک بذریعہ
# status: unreviewed · en: cb38ecde6c9e
raiser-kept-apart = ریکارڈ سے الگ رکھا گیا: شکایت کنندہ کو صرف وہی دیکھ سکتے ہیں جنہیں پالیسی اجازت دیتی ہے۔
# status: unreviewed · en: ef59dcf77224
raiser-kept-apart-shown = (ریکارڈ سے الگ رکھا گیا؛ آپ دیکھ سکتے ہیں)
# status: unreviewed · en: ad93f6193147
raiser-mismatch = الگ رکھا گیا شکایت کنندہ ریکارڈ کے عہد سے مطابقت نہیں رکھتا: اسے نہیں دکھایا جاتا۔
# status: unreviewed · en: e8ab3b8e6d82
raiser-not-named = نام نہیں دیا گیا
# status: unreviewed · en: 0df96e4c1a94
sensitive-tag = حساس
# status: unreviewed · en: e628a2ef5682
dashboard-open-grievances = برادری اور موضوع کے لحاظ سے کھلی شکایات
# status: unreviewed · en: 35ad83df0ba2
approval-lapsing = منظوری { $date } کو، { $days } دن میں، ختم ہو جائے گی: بروقت تجدید کی درخواست کریں۔
# status: unreviewed · en: 7733fdadf097
overdue-tag = تاخیر شدہ
# status: unreviewed · en: b861de605eb7
overdue-milestones = { $count ->
    [one] ایک سنگِ میل تاخیر سے
   *[other] { $count } سنگِ میل تاخیر سے
}
# status: unreviewed · en: eaccca9c5487
commitment-overdue = اس کی مقررہ تاریخ گزر چکی ہے اور یہ پورا نہیں ہوا۔
# status: unreviewed · en: 84536a65367e
delivery-title = عمل درآمد
# status: unreviewed · en: 00287b92e74d
cbm-title = اعتماد سازی کا اقدام
# status: unreviewed · en: cdc539705bd4
cbm-tag = اعتماد سازی کا اقدام
# status: unreviewed · en: 26388e4e2a57
cbm-between = { $date } کو نشان زد کیا گیا، ان کے درمیان:
# status: unreviewed · en: a565e31f111f
cbm-not-marked = اعتماد سازی کے اقدام کے طور پر نشان زد نہیں۔
# status: unreviewed · en: 665ae4c9c202
cbm-mark = اعتماد سازی کے اقدام کے طور پر نشان زد کریں
# status: unreviewed · en: 540f217c1f07
cbm-mark-submit = نشان زد کریں
# status: unreviewed · en: 603e5ef0190b
milestones-title = سنگِ میل
# status: unreviewed · en: a2a796d984b2
milestones-none = ابھی کوئی سنگِ میل نہیں۔
# status: unreviewed · en: 65c451902843
milestone-due = مقررہ تاریخ { $date }۔
# status: unreviewed · en: a90a89c93d80
milestone-met = { $date } کو پورا ہوا
# status: unreviewed · en: 020fb88ee0f8
milestone-open = کھلا
# status: unreviewed · en: 640940698c56
milestone-target = ہدف { $target }
# status: unreviewed · en: ecacd11dcfb6
milestone-reported-met = پورا ہوا
# status: unreviewed · en: 05376e2c8369
milestone-add = سنگِ میل شامل کریں
# status: unreviewed · en: 29633e87538b
milestone-add-submit = سنگِ میل شامل کریں
# status: unreviewed · en: 6d34391bba52
milestone-report = سنگِ میل پر رپورٹ دیں
# status: unreviewed · en: 22d26a9a10aa
milestone-report-submit = رپورٹ درج کریں
# status: unreviewed · en: a4d6c7b3817f
scores-title = عمل درآمد کا درجہ
# status: unreviewed · en: 98e0dcd0ec94
scores-now = آج نافذ:
# status: unreviewed · en: ed1c29bcbc77
scores-scale = پیس ایکارڈز میٹرکس کے پیمانے پر: 0 عمل درآمد نہیں، 1 کم سے کم، 2 درمیانہ، 3 مکمل۔ ہر درجہ اپنے ثبوت کے ساتھ ریکارڈ میں ہے۔
# status: unreviewed · en: 56752ad79a8a
scores-by = درجہ دینے والا
# status: unreviewed · en: 678c5b29a30e
score-add = عمل درآمد کا درجہ دیں
# status: unreviewed · en: c4f68da393fa
score-add-submit = درجہ درج کریں
# status: unreviewed · en: 4e0b66eaacd9
evidence-on-record = ریکارڈ پہلے ہی کیا دکھاتا ہے
# status: unreviewed · en: 51a6c7d410c8
evidence-movement-note = سرحدی چوکیوں پر جاری کردہ اجازت نامے اور درج سرحد عبور، ماہانہ۔
# status: unreviewed · en: 9dafa4205ec8
evidence-none = ابھی کچھ نہیں۔
# status: unreviewed · en: 725a416d5f69
evidence-passes = ماہانہ جاری کردہ اجازت نامے
# status: unreviewed · en: d0cbf7665949
evidence-medical-passes = علاج کے لیے ماہانہ اجازت نامے
# status: unreviewed · en: 8cedde7c3964
evidence-crossings = ماہانہ درج سرحد عبور
# status: unreviewed · en: 58a3e43841f9
evidence-incidents = سالانہ واقعات
# status: unreviewed · en: 235ebb5402ef
evidence-incidents-all = پورے رجسٹر میں سالانہ واقعات (اس عہد کے ساتھ کوئی برادری نامزد نہیں)۔
# status: unreviewed · en: 63bb6d7b5de0
evidence-incidents-districts = متعلقہ اضلاع میں سالانہ واقعات: { $districts }۔
# status: unreviewed · en: 668c662626ed
results-title = نتائج
# status: unreviewed · en: 0bfd821104c7
results-lead = ہر عہد بطور شق: اس کی حالت، پیس ایکارڈز میٹرکس کے پیمانے پر عمل درآمد کا درجہ، پیش رفت، کیا تاخیر سے ہے، اور متعلقہ برادریاں۔
# status: unreviewed · en: 7a4bd6a54307
results-export-csv = CSV میں برآمد کریں (PAM کی شکل)
# status: unreviewed · en: 36888f58e0b5
results-export-json = JSON میں برآمد کریں
# status: unreviewed · en: 7ee851410051
results-reading-day = { $day } کی صورتِ حال۔
# status: unreviewed · en: d180264d7e5b
results-flags = صرف دکھائیں
# status: unreviewed · en: 038f4cebf0e9
results-only-measures = اعتماد سازی کے اقدامات
# status: unreviewed · en: a3b37eac7ce9
results-only-overdue = تاخیر شدہ
# status: unreviewed · en: cd29833511c9
results-by-score = عمل درآمد کے درجے کے لحاظ سے عہد، ماہ بہ ماہ
# status: unreviewed · en: c87777386fe0
results-count = { $count ->
    [one] ایک شق
   *[other] { $count } شقیں
}
# status: unreviewed · en: 1fafe75117de
results-none = کوئی عہد مطابقت نہیں رکھتا۔
# status: unreviewed · en: 797d3aaf5860
results-provision = شق
# status: unreviewed · en: 2a1c5143ceaf
results-score = درجہ
# status: unreviewed · en: 48f57091231c
results-communities = برادریاں
# status: unreviewed · en: 7bd635fce06b
meeting-communities = شریک برادریاں
# status: unreviewed · en: d35a592a0926
commitment-grievances = وہ شکایات جن کا یہ تدارک کرتا ہے
# status: unreviewed · en: cfdd0c183cc4
audit-witnesses = گواہ
# status: unreviewed · en: e890c3a3b230
audit-no-witnesses = ابھی کوئی گواہ اس ریکارڈ کے چیک پوائنٹس پر مشترکہ دستخط نہیں کرتا: جو صوبے پر اعتماد نہیں کرتا اس کے پاس صرف صوبے کا اپنا دستخط ہے۔ کوئی وفاقی دفتر، دوسرا فریق یا مبصر گواہ چلا سکتا ہے (`jirga witness`)، اور سرور `--witness URL=KEY` کے ساتھ شروع کیا جاتا ہے۔
# status: unreviewed · en: 88bdf469f872
audit-witness-quorum = چیک پوائنٹ تب معتبر ہے جب ان { $count } گواہوں میں سے { $quorum } اس پر مشترکہ دستخط کر دیں۔
# status: unreviewed · en: bba179835fa5
audit-witness = گواہ
# status: unreviewed · en: 18f4e82ff489
audit-witness-size = کس سائز تک مشترکہ دستخط
# status: unreviewed · en: 1812168da88c
audit-witness-at = کب
# status: unreviewed · en: 884b4e2eb780
audit-witness-problem = آخری مسئلہ
# status: unreviewed · en: 3015b89223f3
audit-cosigned-checkpoint = تازہ ترین چیک پوائنٹ جس پر کورم نے مشترکہ دستخط کیے، اور اسے آف لائن کیسے جانچیں
# status: unreviewed · en: d02fed22c330
briefing-title = وفاقی رابطہ افسر کے لیے بریفنگ
# status: unreviewed · en: cf3ede0abc56
briefing-caption = صرف ریکارڈ سے تیار کردہ
# status: unreviewed · en: 0a2375b0bbcc
briefing-as-of = ریکارڈ جیسا کہ { $day } کو ہے۔
# status: unreviewed · en: f69bb89f4218
briefing-print = اسے براؤزر سے پرنٹ کریں یا PDF کے طور پر محفوظ کریں: صفحہ اپنے مینو کے بغیر پرنٹ ہوتا ہے۔
# status: unreviewed · en: b0f8eaffdb46
briefing-due-soon = 30 دن کے اندر واجب
# status: unreviewed · en: 1044c26e3c95
briefing-awaiting-concurrence = وفاقی اتفاق کا منتظر
# status: unreviewed · en: 846d4ee00ace
briefing-no-report = ابھی کوئی رپورٹ نہیں
# status: unreviewed · en: 23b9996f1474
briefing-reported = رپورٹ ہو چکی
# status: unreviewed · en: 78f64d644998
briefing-not-in-force = آج کوئی منظوری نافذ نہیں۔
# status: unreviewed · en: c3476b7c69a9
briefing-open-breaches = { $count ->
    [one] ایک خلاف ورزی وفاقی اعتراف کی منتظر ہے۔
   *[other] { $count } خلاف ورزیاں وفاقی اعتراف کی منتظر ہیں۔
}
# status: unreviewed · en: 5274e5f6fe81
briefing-risks = خطرے میں عہد
# status: unreviewed · en: 9ad8c02d47d8
briefing-no-risks = کوئی عہد تاخیر شدہ، 30 دن میں واجب یا اتفاق کا منتظر نہیں۔
# status: unreviewed · en: b3b2da063369
briefing-why = کیوں
# status: unreviewed · en: ee75b247fa63
briefing-incidents = ماہانہ واقعات، آخری درج واقعے تک بارہ مہینے
# status: unreviewed · en: 7b7c8ccdba73
briefing-crossings = ہر سرحدی گزرگاہ پر سرحد عبور
# status: unreviewed · en: 3d0876338c6d
briefing-no-crossings = کوئی سرحد عبور درج نہیں۔
# status: unreviewed · en: 9b4a64534748
briefing-checkpoint = وہ ریکارڈ جس سے یہ بریفنگ تیار ہوئی
# status: unreviewed · en: 493e9d24672b
briefing-checkpoint-says = لیجر چیک پوائنٹ: { $size } اندراجات، روٹ ہیش { $root }۔
# status: unreviewed · en: 451830482527
briefing-signatures = { $count ->
    [one] ایک دستخط: لاگ کا اپنا۔
   *[other] { $count } دستخط: لاگ کے اور اس کے گواہوں کے۔
}
# status: unreviewed · en: f52aa0d0f49f
briefing-qr = چیک پوائنٹ بطور QR کوڈ
# status: unreviewed · en: e9c7fdb5c923
briefing-check = کوئی بھی بعد میں اس بریفنگ کو ریکارڈ سے جانچ سکتا ہے: نیچے کا چیک پوائنٹ دستخط شدہ ہے؛ اسے فائل میں محفوظ کریں اور چلائیں
# status: unreviewed · en: 8fb3998b4350
community-no-incidents = اس کے اضلاع میں کوئی واقعہ درج نہیں۔
# status: unreviewed · en: c3af5d7c9da2
change-register-signing-key = دستخطی کلید درج کی گئی
# status: unreviewed · en: 8c77740d612f
change-cosign-agreement = معاہدے پر دستخط ہوئے
# status: unreviewed · en: 4015cf5efbd5
error-not-agreed = صرف طے شدہ عہد پر دونوں فریق دستخط کرتے ہیں؛ یہ { $status } ہے۔
# status: unreviewed · en: 1f2e1a72be79
error-unknown-signing-key = یہ دستخط کسی ایسی کلید سے نہیں جو اس عہد کے پابند فریق کے لیے درج ہو: پہلے نمائندے کی عوامی کلید درج کریں۔
# status: unreviewed · en: 3da9c02b5408
error-signature-mismatch = یہ دستخط اس معاہدے کے متن پر درست نہیں: یہ کسی اور متن پر یا کسی اور کلید سے کیا گیا۔
# status: unreviewed · en: e1a1d653889f
error-already-signed = یہ کلید پہلے ہی معاہدے پر دستخط کر چکی ہے۔
# status: unreviewed · en: 4f36533128f4
agreement-title = وہ معاہدہ جس پر دونوں فریق دستخط کرتے ہیں
# status: unreviewed · en: 981e4a8e4424
agreement-not-yet = جب عہد طے ہو جائے، ہر فریق کا نمائندہ اپنی کلید سے طے شدہ متن پر دستخط کرتا ہے۔
# status: unreviewed · en: 1fd2451a46e6
agreement-intro = طے شدہ متن جیسا دونوں فریق اس پر دستخط کرتے ہیں (ایک دستخط شدہ نوٹ جو عہد، اس کا لیجر اشاریہ، فریقین اور متن بتاتا ہے)۔ اس میں کوئی تبدیلی ہر دستخط کو توڑ دیتی ہے۔
# status: unreviewed · en: 8ce050d10115
agreement-signature = دستخط
# status: unreviewed · en: 6df7d669779f
agreement-keys = درج کلیدیں
# status: unreviewed · en: f158b85f0fd4
agreement-signed = دستخط شدہ
# status: unreviewed · en: a6e257d42824
agreement-unsigned = ابھی دستخط نہیں ہوئے
# status: unreviewed · en: b09d5ff5e901
agreement-qr = دستخط شدہ معاہدہ بطور QR کوڈ
# status: unreviewed · en: 0ffc63158bce
agreement-document = معاہدے کی دستاویز (JSON)
# status: unreviewed · en: d5a4fdf1d448
agreement-offline = صرف jirga پروگرام سے اسے آف لائن دستخط کریں یا جانچیں:
# status: unreviewed · en: 8761a39fa1ca
agreement-record = دستخط درج کریں
# status: unreviewed · en: 636c3e5a076f
agreement-record-submit = دستخط درج کریں
# status: unreviewed · en: 5e4de4b937aa
agreement-signature-line = دستخط کی سطر (— کلید کا نام اور base64)، جیسی `jirga cosign` چھاپتا ہے
# status: unreviewed · en: 946a0b5183e3
agreement-register-key = نمائندے کی کلید درج کریں
# status: unreviewed · en: b0280146465a
agreement-register-key-submit = کلید درج کریں
# status: unreviewed · en: 5c79c90417df
agreement-key = تصدیقی کلید (جیسی `jirga cosign-key` چھاپتا ہے)
# status: unreviewed · en: bbec230f8130
briefing-agreements = دونوں فریقوں کے دستخط شدہ معاہدے
# status: unreviewed · en: a17025e1b158
briefing-no-agreements = ابھی کسی معاہدے پر دونوں فریقوں کے دستخط نہیں۔
# status: unreviewed · en: 4af69cd91297
agreement-sign-held-intro = یہ نظام آپ کی کلید { $key } رکھتا ہے: یہ اوپر کے متن پر اس سے دستخط کرتا ہے، اور دستخط کی جانچ باقی سب کی طرح ہوتی ہے۔
# status: unreviewed · en: 4fafc2d42e45
agreement-sign-held = میری کلید سے دستخط کریں
# status: unreviewed · en: 68b1be403c8c
agreement-no-held-key = یہ نظام آپ کے لیے معاہدے کی کوئی کلید نہیں رکھتا (دیکھیں `jirga cosign-key --held-for`)۔
# status: unreviewed · en: 8c3116ed451e
change-cosign-outcome = نتیجے پر دستخط ہوئے
# status: unreviewed · en: 5e217d2b4a99
error-no-such-outcome = اجلاس کے { $outcomes } نتائج درج ہیں؛ نتیجہ { $outcome } موجود نہیں۔
# status: unreviewed · en: fa518a620a5f
error-outcome-not-agreed = صرف اسی نتیجے پر دونوں فریق دستخط کرتے ہیں جو قواعد کے اندر ہونے والے اجلاس میں طے ہوا۔
# status: unreviewed · en: 2149e2fef2f4
outcome-agreement = دونوں فریقوں کے دستخط
# status: unreviewed · en: 3b38c9389d24
outcome-agreement-record = اس نتیجے کا دستخط درج کریں
# status: unreviewed · en: abbdebf5e050
change-erase-grievance-raiser = الگ رکھا گیا شکایت کنندہ مٹا دیا گیا
# status: unreviewed · en: 14aa98644142
error-no-raiser-kept = یہ شکایت کوئی شکایت کنندہ الگ نہیں رکھتی: یہ حساس نہیں، کسی کا نام نہیں، یا پہلے ہی مٹایا جا چکا ہے۔
# status: unreviewed · en: e76fa5153df9
error-grievance-still-open = شکایت کنندہ صرف تب مٹایا جاتا ہے جب شکایت حل یا بند ہو جائے۔
# status: unreviewed · en: f24c2c265de0
raiser-erased = مٹا دیا گیا: شکایت کنندہ اب کہیں محفوظ نہیں۔
# status: unreviewed · en: ab2b4db42829
raiser-erase = شکایت کنندہ کو مٹائیں
# status: unreviewed · en: 839e2e043bc3
raiser-erase-submit = مٹائیں
