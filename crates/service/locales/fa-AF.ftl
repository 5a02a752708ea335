## jirga — Dari (fa-AF). Translated by non-native speakers: every message
## carries its review status and the hash of the English it translates
## (scripts/ftl-stamp.py). Not offered until every message is translated.

# status: unreviewed · en: c4193306878c
app-name = jirga
# status: unreviewed · en: 84fb4e4f4e37
app-tagline = ثبت گفتگوهای دو سوی سرحد
# status: unreviewed · en: 99b39c65e526
nav-label = بخش‌ها
# status: unreviewed · en: 56d2c31ad579
nav-skip = رفتن به محتوای اصلی
# status: unreviewed · en: 8118ffe5fb4b
language-switcher = زبان
# status: unreviewed · en: b308917e917b
translation-awaits-review = { $count ->
    [0] همهٔ پیام‌های این ترجمه بازبینی شده‌اند.
    [one] یک پیام این ترجمه هنوز در انتظار بازبینی یک گویندهٔ بومی است.
   *[other] { $count } پیام این ترجمه هنوز در انتظار بازبینی یک گویندهٔ بومی است.
}
# status: unreviewed · en: 9e18a19b37db
nav-dashboard = نمای کلی
# status: unreviewed · en: 24919dad3758
nav-approval = منظوری فدرالی
# status: unreviewed · en: c8f790958046
nav-liaison = اطلاع‌رسانی و ارتباط
# status: unreviewed · en: eb6df77ef28f
nav-delegations = هیئت‌ها
# status: unreviewed · en: 977b1378abcb
nav-phases = مراحل و اجندا
# status: unreviewed · en: 586996c43893
nav-meetings = جلسات
# status: unreviewed · en: c30cef6edf7a
nav-claims = ادعاها و مواضع
# status: unreviewed · en: 9c2d5fb783b3
nav-commitments = تعهدات
# status: unreviewed · en: b15ca115796d
nav-initiatives = همهٔ ابتکارها
# status: unreviewed · en: 61402330d96f
nav-registers = طرف‌ها و اشخاص
# status: unreviewed · en: 7b82e70251d3
nav-events = فهرست رویدادها
# status: unreviewed · en: cb5680614c15
nav-audit = تفتیش
# status: unreviewed · en: 3f7431c979d7
footer-record = هر تغییر در این سایت یک رویداد در ثبتی است که تنها به آن افزوده می‌شود، و جای آن در فهرست نشان داده شده است.
# status: unreviewed · en: dde6f523cb19
not-found-title = صفحه پیدا نشد
# status: unreviewed · en: 1c4f8c37a597
not-found-body = در این آدرس هیچ صفحه یا ثبتی نیست. آدرس را بررسی کنید، یا از نمای کلی آغاز کنید.
# status: unreviewed · en: e8eaccccc41a
bad-query-title = این آدرس خوانده نمی‌شود
# status: unreviewed · en: 1136890b46a1
bad-query-body = بخشی از آدرس که پس از “?” آمده، از آن‌هایی نیست که این سایت می‌سازد (شمارهٔ صفحه‌ای که عدد نیست، یا تنظیمی که دو بار آمده). از صفحه‌ای که از آن آمده‌اید پیوندی را دنبال کنید، یا از نمای کلی آغاز کنید.

# status: unreviewed · en: 535f400d4380
flash-done = ثبت شد: { $change }.
# status: unreviewed · en: c5ecc8586f3b
flash-done-generic = ثبت شد.
# status: unreviewed · en: db6d0af0b2e5
form-error-title = مشکلی وجود دارد
# status: unreviewed · en: 90a1d42df09e
form-error-code = قاعده:
# status: unreviewed · en: d184581530cc
form-choose = انتخاب کنید…
# status: unreviewed · en: 5a768a81f3fd
form-date-hint = برای مثال، 2025-03-15، یا به هجری شمسی ۱۴۰۴/۰۱/۰۱
# status: unreviewed · en: 9cda2cec0a11
form-remove-row = حذف سطر { $n }

# status: unreviewed · en: 25bd14442f95
record-ledger-index = در جایگاه { $seq } فهرست ثبت شده است.
# status: unreviewed · en: d15f5e09354a
record-id = ثبت
# status: unreviewed · en: 70e8de44f60e
record-as-json = به شکل JSON
# status: unreviewed · en: c8f6e8ddf491
list-as-json = این فهرست به شکل JSON
# status: unreviewed · en: eb2b165a3e8e
record-ledger-link = آن را در فهرست رویدادها ببینید
# status: unreviewed · en: 14cd549ba58a
record-event-link = رویدادی که آن را ساخت
# status: unreviewed · en: 1da09130946c
record-proof-link = اثبات شمول
# status: unreviewed · en: 1f13950cbaee
history-title = تاریخچه
# status: unreviewed · en: be36d3fcb4b1
history-seq = جایگاه در فهرست
# status: unreviewed · en: 36d0d6c1aa71
history-when = چه وقت
# status: unreviewed · en: 9d5abdc50e15
history-who = چه کسی
# status: unreviewed · en: e243e546e744
history-what = چه تغییر کرد
# status: unreviewed · en: dee537ed8784
history-earlier = تغییرات پیشین این ثبت که اینجا نشان داده نشده‌اند: { $count }. آخرین‌ها نشان داده شده‌اند.

## Dashboard
# status: unreviewed · en: 93357e8606c1
dashboard-caption = ابتکار
# status: unreviewed · en: c7dd171f2d5f
dashboard-approval = منظوری فدرالی
# status: unreviewed · en: 8af85ef4783d
dashboard-approval-link = رفتن به منظوری فدرالی
# status: unreviewed · en: e30341e6b123
dashboard-next = گام بعدی
# status: unreviewed · en: fadd07f8e026
dashboard-all-done = همهٔ گام‌ها انجام شده‌اند.
# status: unreviewed · en: 20259151c82a
dashboard-gates = گام‌ها
# status: unreviewed · en: d5a9405aca7d
dashboard-open-commitments = تعهدات باز
# status: unreviewed · en: 4001c49b42d6
dashboard-contested = ادعاهای مورد اختلاف
# status: unreviewed · en: c4cc4cdc3e6b
dashboard-meetings = آخرین جلسات
# status: unreviewed · en: a53bd55a8cff
dashboard-more = { $count } مورد دیگر: همه را ببینید
# status: unreviewed · en: 9d6936e6343d
gate-blocked-by = مسدود:
# status: unreviewed · en: 084fe8eb7ed5
gate-federal-approval = منظوری فدرالی
# status: unreviewed · en: 50640a15aad5
gate-notification = اطلاع رسمی به حکومت فدرالی
# status: unreviewed · en: e4b191fed8d1
gate-groundwork-visit = سفر زمینه‌سازی
# status: unreviewed · en: 7d60bd470819
gate-phase-one = مرحلهٔ ۱: امنیت
# status: unreviewed · en: 6f48957ff4b8
gate-substantive-visit = سفر اصلی
# status: unreviewed · en: 463213c29b72
gate-phase-two = مرحلهٔ ۲: تجارت، مهاجران و همکاری
# status: unreviewed · en: a354dac49bb2
gate-status-cannot-start-yet = هنوز آغاز شده نمی‌تواند
# status: unreviewed · en: 77541caf71f7
gate-status-ready = آمادهٔ آغاز
# status: unreviewed · en: 8de7df2c7b03
gate-status-in-progress = در جریان
# status: unreviewed · en: 82f5f570f54b
gate-status-done = انجام شد

## Initiatives and registers
# status: unreviewed · en: 516c03df646a
initiatives-title = ابتکارها
# status: unreviewed · en: e6c296be2188
initiative-launch = یک ابتکار را آغاز کنید
# status: unreviewed · en: 6d42ffc350c7
initiative-launch-submit = آغاز ابتکار
# status: unreviewed · en: d3622c60cd0e
registers-title = طرف‌ها و اشخاص
# status: unreviewed · en: cb171270be13
parties-title = طرف‌ها
# status: unreviewed · en: c59c722eb39a
people-title = اشخاص
# status: unreviewed · en: 5a101d6e6956
party-register = ثبت یک طرف
# status: unreviewed · en: 807220811802
party-register-submit = ثبت طرف
# status: unreviewed · en: 6301c480f40f
person-register = ثبت یک شخص
# status: unreviewed · en: 59de47b8ba40
person-register-submit = ثبت شخص
# status: unreviewed · en: 352af5c11fd8
events-title = فهرست رویدادها
# status: unreviewed · en: 4d1dc6d94147
events-intro = هر تغییر پذیرفته‌شده، به ترتیب. رویدادها هرگز تغییر نمی‌کنند و حذف نمی‌شوند؛ جایگاه هر یک شمارهٔ آن در ثبت است.
# status: unreviewed · en: 9dd9f87d313a
events-earlier = رویدادهای پیشین
# status: unreviewed · en: 4e755c4548cd
events-later = رویدادهای بعدی
# status: unreviewed · en: a91bf223bf73
events-created = ایجاد شد
# status: unreviewed · en: 61068d1f713f
event-title = رویداد #{ $seq }
# status: unreviewed · en: bdc2712c979f
event-records = ثبت‌ها
# status: unreviewed · en: 8166a453d1ba
event-proof = اثبات شمول آن در دفتر ثبت
# status: unreviewed · en: 66916273b965
event-json = این رویداد به شکل JSON
# status: unreviewed · en: 222e47c8c52d
event-in-log = در فهرست رویدادها
# status: unreviewed · en: 5b5468a6105d
event-as-recorded = چنان‌که ثبت شده است

## Approval
# status: unreviewed · en: 34ed163a3028
approval-title = منظوری فدرالی
# status: unreviewed · en: 80d29c27341d
approval-intro = ولایت نمی‌تواند به صلاحیت خود با طرف مقابل گفتگو کند: سفرها، جلسات با طرف مقابل و تعهدات پذیرفته‌شده در انتظار منظوری فدرالی می‌مانند، در چارچوب موضوعات منظورشده باقی می‌مانند و با پایان اعتبار منظوری پایان می‌یابند.
# status: unreviewed · en: cf63d9687656
approval-none = هنوز درخواستی نیست
# status: unreviewed · en: 549a9c48f24e
approval-request-heading = درخواست { $id } مورخ { $date }
# status: unreviewed · en: 06e55f22fbad
approval-requested-on = در { $date } درخواست شد؛ در انتظار تصمیم فدرالی.
# status: unreviewed · en: f5f79d827a54
approval-valid-until = تا { $date } معتبر است.
# status: unreviewed · en: 84a1c89e1102
approval-not-in-force = منظوری امروز نافذ نیست.
# status: unreviewed · en: 1f20f6d71139
approval-decide = ثبت تصمیم فدرالی
# status: unreviewed · en: c3e7478f356b
approval-decide-submit = ثبت تصمیم
# status: unreviewed · en: 8e222379aeab
approval-request = درخواست منظوری فدرالی
# status: unreviewed · en: a70761feef7e
approval-request-submit = فرستادن درخواست
# status: unreviewed · en: 57e2b4603663
approval-phase-order = ترتیب مراحل
# status: unreviewed · en: 68ed5dcb6144
approval-waived = از ترتیب مراحل معاف شد
# status: unreviewed · en: 86bddcb40f9a
approval-standing = وضعیت
# status: unreviewed · en: 043d010618c7
field-as-breach = این خارج از قواعد رخ داد (پیش از منظوری، در موضوعی منظورنشده، یا خارج از ترتیب مراحل): آن را به عنوان تخطی ثبت کنید
# status: unreviewed · en: a7d1fe9c26ce
breach-tag = تخطی
# status: unreviewed · en: 0279b0b62c15
breach-title = به عنوان تخطی ثبت شده
# status: unreviewed · en: dc73628597b2
breach-open = باز
# status: unreviewed · en: 3551226d18c0
breach-acknowledged = پذیرفته شد
# status: unreviewed · en: 98778e63aa58
breach-intro = این جلسه خارج از قواعد روند برگزار شد. در ثبت همان‌گونه است که بود؛ تا زمانی که طرف فدرالی آن را بپذیرد، به او نشان داده می‌شود.
# status: unreviewed · en: 0c08906d7cd2
breach-acknowledged-on = طرف فدرالی در { $date } پذیرفت: { $note }
# status: unreviewed · en: 8dd230bdca1d
breach-acknowledge = پذیرفتن تخطی (تصمیم فدرالی)
# status: unreviewed · en: b4f67f24dbfd
breach-acknowledge-submit = پذیرفتن تخطی
# status: unreviewed · en: ee0471bff09b
dashboard-open-breaches = تخطی‌های باز
# status: unreviewed · en: 635b64a338a8
dashboard-open-breaches-intro = واقعیت‌هایی که با وجود شکستن یک قاعدهٔ روند ثبت شده‌اند و در انتظار پذیرش طرف فدرالی‌اند.
# status: unreviewed · en: 4c1285f1ca0e
approval-standing-since = از { $date }: { $reason }
# status: unreviewed · en: fcfcf381f21e
standing-in-force = نافذ
# status: unreviewed · en: 5482549faeaa
standing-suspended = معلق
# status: unreviewed · en: ed257937f603
standing-withdrawn = پس گرفته شده
# status: unreviewed · en: 9f6a65b838ab
approval-suspend = تعلیق منظوری (تصمیم فدرالی)
# status: unreviewed · en: a70b6ad17350
approval-suspend-submit = تعلیق منظوری
# status: unreviewed · en: 649b06733895
approval-reinstate = اعادهٔ منظوری (تصمیم فدرالی)
# status: unreviewed · en: 3ba3c151a7f9
approval-reinstate-submit = اعادهٔ منظوری
# status: unreviewed · en: c8701c62c022
approval-withdraw = پس گرفتن منظوری (تصمیم فدرالی)
# status: unreviewed · en: e639a8bd4ff1
approval-withdraw-submit = پس گرفتن منظوری
# status: unreviewed · en: c50c45242259
field-suspended-on = معلق از تاریخ
# status: unreviewed · en: 719dd3e48c41
field-reinstated-on = اعاده از تاریخ
# status: unreviewed · en: 6bff9220234b
field-withdrawn-on = پس گرفته از تاریخ
# status: unreviewed · en: 0ee1856b8e35
approval-not-waived = مرحلهٔ ۲ در انتظار مرحلهٔ ۱ است
# status: unreviewed · en: 6e9ec94f4a1e
approval-waive = معافیت از ترتیب مراحل (تصمیم فدرالی)
# status: unreviewed · en: d2ff0c91e787
approval-waive-submit = معافیت از ترتیب
# status: unreviewed · en: d6d2db523e45
waiver-title = درخواست‌های نرم کردن قواعد طرف فدرالی
# status: unreviewed · en: e5b3edba26f7
waiver-intro = تنها طرف فدرالی قواعدی را که از او محافظت می‌کنند نرم می‌کند. ولایت می‌تواند درخواست کند؛ درخواست اینجا می‌ماند تا یک منظورکنندهٔ فدرالی قاعدهٔ بالا را معاف کند یا رد نماید.
# status: unreviewed · en: 40fee57d0935
waiver-requested = ولایت در { $date } درخواست کرد
# status: unreviewed · en: 11a111fffdfe
waiver-waiting = در انتظار طرف فدرالی
# status: unreviewed · en: 5ffa3c2a77fe
waiver-granted = پذیرفته شد
# status: unreviewed · en: fb77a0b380ca
waiver-refused = رد شد
# status: unreviewed · en: f1bee79b0d8f
waiver-refuse = رد این درخواست (تصمیم فدرالی)
# status: unreviewed · en: 97bd4c2375fa
waiver-refuse-submit = رد درخواست
# status: unreviewed · en: 228e73a63462
waiver-request = از طرف فدرالی بخواهید یک قاعده را نرم کند
# status: unreviewed · en: 7a09d7ab8027
waiver-request-submit = فرستادن درخواست
# status: unreviewed · en: 8decc46d3a9e
waivable-rule-phase-order = ترتیب مراحل (مرحلهٔ ۲ در انتظار مرحلهٔ ۱)
# status: unreviewed · en: 1bc881fa4daa
waivable-rule-groundwork-first = نخست زمینه‌سازی (هیئت اصلی در انتظار گزارش سفر زمینه‌سازی)
# status: unreviewed · en: b1a86cd23b87
field-rule = قاعده
# status: unreviewed · en: 7f74cf99b09a
field-refused-on = تاریخ رد
# status: unreviewed · en: 0584f893aa89
settings-title = تنظیمات این ابتکار
# status: unreviewed · en: 96835951313c
settings-submit = ذخیرهٔ تنظیمات

## Liaison
# status: unreviewed · en: 164a77e59661
liaison-title = اطلاع‌رسانی و ارتباط
# status: unreviewed · en: e5ac2c44fce5
notifications-title = اطلاعیه‌های رسمی
# status: unreviewed · en: defc6d86205e
notification-sent = در { $date } فرستاده شد
# status: unreviewed · en: 6d7908db922d
notification-acknowledged = دریافت آن تأیید شد
# status: unreviewed · en: 309617113c14
notification-awaiting = در انتظار تأیید دریافت
# status: unreviewed · en: 259dd9e830ed
notification-acknowledge = ثبت تأیید دریافت
# status: unreviewed · en: a7a789b4e704
notification-acknowledge-submit = ثبت تأیید
# status: unreviewed · en: 697ceed7510b
notification-send = اطلاع به حکومت فدرالی
# status: unreviewed · en: 2fa11fa91536
notification-send-submit = فرستادن اطلاعیه
# status: unreviewed · en: ecf43a5b72c6
guidance-title = فهرست ارتباط: درخواست‌های رهنمایی
# status: unreviewed · en: b299fcfafe7b
guidance-asked = در { $date } پرسیده شد
# status: unreviewed · en: a96f365e1c6a
guidance-answered = پاسخ داده شد
# status: unreviewed · en: 740a72630c68
guidance-answer = ثبت پاسخ
# status: unreviewed · en: 1dfcb2f06a73
guidance-answer-submit = ثبت پاسخ
# status: unreviewed · en: 718641934271
guidance-ask = درخواست رهنمایی
# status: unreviewed · en: d24cd2ccf302
guidance-ask-submit = فرستادن درخواست

## Delegations
# status: unreviewed · en: 0a7031735f58
delegations-title = هیئت‌ها
# status: unreviewed · en: 4dd50da47b84
delegations-intro = { $person } شخص محوری است و در هر هیئت حضور دارد.
# status: unreviewed · en: d27e1b886d43
delegation-members = اعضا
# status: unreviewed · en: 39232f80e88f
delegation-visits = سفرها
# status: unreviewed · en: 433352b6fb0f
delegation-form = تشکیل یک هیئت
# status: unreviewed · en: ad8b70aadde1
delegation-form-submit = تشکیل هیئت
# status: unreviewed · en: e35ce166fbd6
delegation-formed = در { $date } تشکیل شد
# status: unreviewed · en: 28fc254341a0
delegation-focal-person = شخص محوری
# status: unreviewed · en: bb34dc84f304
delegation-remove-submit = حذف
# status: unreviewed · en: 895576863ef5
delegation-add-member = افزودن یک عضو
# status: unreviewed · en: d66022eb811c
delegation-add-member-submit = افزودن عضو
# status: unreviewed · en: 0c27f4569fc3
visit-plan = برنامه‌ریزی یک سفر
# status: unreviewed · en: 72e812f0a6d2
visit-plan-submit = برنامه‌ریزی سفر
# status: unreviewed · en: 86d0045720fb
visit-travel = ثبت سفر
# status: unreviewed · en: 3a5854abebb7
visit-travel-submit = ثبت سفر
# status: unreviewed · en: 79103549c6a1
visit-report = ثبت گزارش بازگشت
# status: unreviewed · en: 0ad08914503b
visit-report-submit = ثبت گزارش

## Phases and meetings
# status: unreviewed · en: 244ebeedb4f0
phases-title = مراحل و اجندا
# status: unreviewed · en: 0f2260c1b1a4
phase-number = مرحلهٔ { $n }
# status: unreviewed · en: b8c32d8aea48
phase-short = مرحله
# status: unreviewed · en: 90d052e7edb2
phase-open = باز
# status: unreviewed · en: 08cd15a23b78
phase-concluded = پایان یافت
# status: unreviewed · en: 628c6bebbbf7
phase-concluded-on = در { $date } پایان یافت
# status: unreviewed · en: b1f4c027780c
phase-agenda-count = { $n ->
    [0] بدون موضوع اجندا
    [one] ۱ موضوع اجندا
   *[other] { $n } موضوع اجندا
}
# status: unreviewed · en: 36a54d241e73
phase-conclude = پایان دادن این مرحله
# status: unreviewed · en: b5df2a4bf306
phase-conclude-submit = پایان مرحله
# status: unreviewed · en: 41ee628f15ed
phase-add = افزودن یک مرحله
# status: unreviewed · en: 6ce4990ec5be
phase-add-submit = افزودن مرحله
# status: unreviewed · en: baa3e036417e
agenda-item = موضوع اجندا
# status: unreviewed · en: 7ef1eb620857
agenda-discussed-in = بحث شده در
# status: unreviewed · en: 2308e62b9860
agenda-add = افزودن یک موضوع اجندا
# status: unreviewed · en: 7c5b01a628c0
agenda-add-submit = افزودن موضوع
# status: unreviewed · en: 5b4e15718ef5
meetings-title = جلسات
# status: unreviewed · en: ee0e8b16fea2
meeting-heading = جلسهٔ { $date } در { $place }
# status: unreviewed · en: 595e9f494a78
meeting-participants = شرکت‌کنندگان
# status: unreviewed · en: bac08cd60202
meeting-agenda = موضوعات اجندای بحث‌شده
# status: unreviewed · en: f0d6a641ecb5
meeting-outcomes = نتایج
# status: unreviewed · en: da595f227023
meeting-add-outcome = افزودن نتیجهٔ دیگر
# status: unreviewed · en: 084a49f0d850
meeting-record = ثبت جلسه‌ای که برگزار شد
# status: unreviewed · en: aaf56ed76461
meeting-record-submit = ثبت جلسه
# status: unreviewed · en: 14879779e151
meeting-our-side = طرف ما
# status: unreviewed · en: 0c8360cd657c
party-within = در چارچوب { $party }
# status: unreviewed · en: 67676b044de8
meeting-counterpart-side = طرف دیگر

## Claims
# status: unreviewed · en: 4918cab5fc66
claims-title = ادعاها و مواضع
# status: unreviewed · en: c3c825f88dbe
claims-filter = صافی بر اساس موضوع
# status: unreviewed · en: 53c280b59df7
claims-none = هنوز در این موضوع ادعایی نیست.
# status: unreviewed · en: ceaf24791cc7
claim-contested = مورد اختلاف
# status: unreviewed · en: 5ea779bbee10
claim-state = بیان یک ادعا
# status: unreviewed · en: 14a278de5f56
claim-state-submit = بیان ادعا
# status: unreviewed · en: c8a2d55fe0e5
position-record = ثبت موضع یک طرف
# status: unreviewed · en: d6093dc7bb7a
position-record-submit = ثبت موضع
# status: unreviewed · en: 3dbd790fd984
position-source = منبع
# status: unreviewed · en: 7f966558d720
filter-all = همه

## Commitments
# status: unreviewed · en: e9f09ef1043e
commitments-title = تعهدات
# status: unreviewed · en: 0d2aee3c20fa
commitments-filter = صافی بر اساس وضعیت
# status: unreviewed · en: 5f972344bf89
commitment-caption = تعهد
# status: unreviewed · en: dbde91c4e374
commitment-due = سررسید { $date }
# status: unreviewed · en: 9d63f6b49c7f
commitment-progress = پیشرفت
# status: unreviewed · en: 783872d74f9d
commitment-status-log = تغییرات وضعیت
# status: unreviewed · en: 74a4b419f01b
commitment-draft = تهیهٔ پیش‌نویس یک تعهد
# status: unreviewed · en: 7188f92ee8e6
commitment-draft-submit = تهیهٔ پیش‌نویس
# status: unreviewed · en: 4186c10de7fc
commitment-change = تغییر وضعیت
# status: unreviewed · en: cafb3a640e08
commitment-change-submit = تغییر وضعیت
# status: unreviewed · en: b40613709f16
commitment-report = گزارش پیشرفت
# status: unreviewed · en: 884457656f0f
commitment-report-submit = گزارش پیشرفت
# status: unreviewed · en: c9d6e0635ef1
guardrail-title = چارچوب ملی
# status: unreviewed · en: d9fa3301a211
guardrail-not-yet = هنوز ارزیابی نشده: پالیسی‌های چارچوب ملی یک تعهد را هنگام پیشنهاد و دوباره هنگام پذیرش ارزیابی می‌کنند.
# status: unreviewed · en: d850003c03f6
guardrail-concurred = موافقت فدرالی
# status: unreviewed · en: 2a52c956ccaf
guardrail-screen-limits = افزون بر ساحه‌هایی که تهیه‌کننده اعلام می‌کند، صافی محافظ متن تعهد را برای مواردی که چارچوب ملی نام می‌برد بررسی می‌کند (خط دیورند، حصار سرحدی، سربازان و نیروهای امنیتی، سپردن اشخاص، به رسمیت شناختن، قرضه‌ها و تضمین‌ها)، در املای انگلیسی، اردو، پشتو و دری. این صافی یک تور ایمنی با محدودیت‌های شناخته‌شده است: تعبیری که واژه‌ای برایش ندارد از آن می‌گذرد، و واژه‌ای که به معنای بی‌ضرر به کار رفته علامت‌گذاری می‌شود تا طرف فدرالی فیصله کند.
# status: unreviewed · en: 60c8ea039f33
guardrail-concur = ثبت موافقت فدرالی
# status: unreviewed · en: 0b46e02dc8eb
guardrail-concur-submit = ثبت موافقت
# status: unreviewed · en: 7a538848e1ab
commitment-amount = مسئولیت مالی PKR { $amount }
# status: unreviewed · en: a7ddd2928318
field-areas = ساحه‌های چارچوب ملی که به آن مربوط می‌شود
# status: unreviewed · en: 06b63b527f52
field-financial-amount = مسئولیت مالی (PKR)
# status: unreviewed · en: 3eca88811c9b
field-concurred-on = تاریخ موافقت
# status: unreviewed · en: 0fb145a21f44
field-concurred-by = موافقت‌کننده
# status: unreviewed · en: 43964665b223
area-border-status = وضعیت سرحد بین‌المللی
# status: unreviewed · en: ec135b3d2c97
area-defence-deployment = استقرار نیروهای دفاعی
# status: unreviewed · en: bdff381a0b86
area-extradition = استرداد مجرمان
# status: unreviewed · en: f1c8392a29c3
area-recognition = به رسمیت شناختن در سیاست خارجی
# status: unreviewed · en: 6d2ca0e7400e
area-financial-liability = مسئولیت مالی
# status: unreviewed · en: 3fd1a43312d1
area-refugees-status = وضعیت مهاجران
# status: unreviewed · en: 5026801a7a0a
verdict-allowed = مجاز
# status: unreviewed · en: bc8e24ff1d6a
verdict-needs-concurrence = نیازمند موافقت فدرالی
# status: unreviewed · en: ddcd94494926
verdict-forbidden = ممنوع

## Fields
# status: unreviewed · en: 75ff59071b13
field-id = شناسه
# status: unreviewed · en: c1221e128b47
field-name = نام
# status: unreviewed · en: bf9e64be06f0
field-short-name = نام کوتاه
# status: unreviewed · en: 88fe9f562778
field-kind = نوع
# status: unreviewed · en: d0b1ad8927b1
field-title = عنوان
# status: unreviewed · en: 9401622ae760
field-name-latin = نام (به خط لاتین)
# status: unreviewed · en: 6d421fee1bbd
field-name-arabic = نام (به خط عربی)
# status: unreviewed · en: 324b7d5cd206
field-person-title = سمت
# status: unreviewed · en: fc792c3dbd54
field-organization = اداره
# status: unreviewed · en: 8b519b3d5bd8
field-province = حکومت ولایتی
# status: unreviewed · en: 859a764f35ca
field-federal = حکومت فدرالی
# status: unreviewed · en: e0afdf5d52b3
field-counterpart = طرف مقابل
# status: unreviewed · en: b27aea73e18b
field-topics = موضوعات
# status: unreviewed · en: c47785f2bfee
field-topic = موضوع
# status: unreviewed · en: 44f4c9f9293d
field-focal-person = شخص محوری
# status: unreviewed · en: 4db732b98119
field-launched-on = تاریخ آغاز
# status: unreviewed · en: 97b0fb57ca6d
field-groundwork-first = هیئت اصلی تنها پس از آن سفر می‌کند که سفر زمینه‌سازی گزارش داده باشد
# status: unreviewed · en: 93181934d83c
field-planned-delegations = هیئت‌های برنامه‌ریزی‌شده
# status: unreviewed · en: 342bcbb876b0
field-requested-on = تاریخ درخواست
# status: unreviewed · en: c93ebe2572f3
field-note = یادداشت
# status: unreviewed · en: e324edaa23ce
field-decision = تصمیم
# status: unreviewed · en: 5ed6ec615dc6
field-decided-on = تاریخ تصمیم
# status: unreviewed · en: 715943361f32
field-terms = شرایط و ضوابط
# status: unreviewed · en: e454a144dcd9
field-valid-until = معتبر تا
# status: unreviewed · en: 98815ca3f6f5
field-approved-topics = موضوعات منظورشده
# status: unreviewed · en: 910da5b77b4b
field-waive-phase-order = اجازه دهید مرحلهٔ ۲ پیش از پایان مرحلهٔ ۱ آغاز شود
# status: unreviewed · en: 8b75b6fed78f
field-waived-on = تاریخ معافیت
# status: unreviewed · en: 33fd51379f19
field-reason = دلیل
# status: unreviewed · en: 8a9660db41e7
field-subject = موضوع
# status: unreviewed · en: b4c3da19d2f6
field-body = متن
# status: unreviewed · en: 76debe0e09a0
field-sent-on = تاریخ فرستادن
# status: unreviewed · en: 609cfcae24b6
field-acknowledged-on = تاریخ تأیید
# status: unreviewed · en: b4b3599e98fc
field-acknowledged-by = تأییدکننده
# status: unreviewed · en: f10ff266cd19
field-question = پرسش
# status: unreviewed · en: 8001a4b4e422
field-asked-on = تاریخ پرسش
# status: unreviewed · en: 46b1cb48642c
field-answer = پاسخ
# status: unreviewed · en: dc78bca865b6
field-answered-on = تاریخ پاسخ
# status: unreviewed · en: d2f5af07127a
field-purpose = هدف
# status: unreviewed · en: 9214d8cb8185
field-formed-on = تاریخ تشکیل
# status: unreviewed · en: 65d536944d78
field-member-n = عضو { $n }
# status: unreviewed · en: 3747c00d06ff
field-role = نقش
# status: unreviewed · en: 4492f72c8a05
field-person = شخص
# status: unreviewed · en: c6b30b339f8c
field-destination = مقصد
# status: unreviewed · en: 66b61847e0e5
field-planned-for = برنامه‌ریزی‌شده برای
# status: unreviewed · en: d28e0114c2da
field-travelled-on = تاریخ سفر
# status: unreviewed · en: 4624b69ee0be
field-reported-on = تاریخ گزارش
# status: unreviewed · en: c982bf85f0bc
field-report = گزارش
# status: unreviewed · en: f5485f841d67
field-concluded-on = تاریخ پایان
# status: unreviewed · en: f4af40e3312b
field-summary = خلاصه
# status: unreviewed · en: db35a01ee666
field-held-on = تاریخ برگزاری
# status: unreviewed · en: ada06e0dc140
field-place = مکان
# status: unreviewed · en: 91695ba821c4
field-minutes = صورت جلسه
# status: unreviewed · en: 0a7e6fccae68
field-result = نتیجه
# status: unreviewed · en: a01467b7f6c6
field-outcome-text = چه تصمیم گرفته شد یا چه باز ماند
# status: unreviewed · en: 81aadaf199a3
field-proposition = پیشنهاد
# status: unreviewed · en: 8c5ffb34f726
field-claim = ادعا
# status: unreviewed · en: efe9292642e7
field-party = طرف
# status: unreviewed · en: 352cd58ebe60
field-stance = موضع
# status: unreviewed · en: 266a1a2cd84a
field-statement = اظهارات
# status: unreviewed · en: 57262991dce5
field-stated-on = تاریخ اظهار
# status: unreviewed · en: a6c50ffdc64a
field-publisher = منبع: ناشر
# status: unreviewed · en: 561219567ac0
field-source-title = منبع: عنوان
# status: unreviewed · en: 1b456ede3030
field-published-on = منبع: تاریخ نشر
# status: unreviewed · en: f345b77bc841
field-url = منبع: آدرس (URL)
# status: unreviewed · en: 1b79e7510bdf
field-text = متن
# status: unreviewed · en: 803a63b6f2e6
field-phase = مرحله
# status: unreviewed · en: 7b7b2c2adf33
field-bound = طرف‌های متعهد
# status: unreviewed · en: 91bbdc630031
field-owner = مسئول
# status: unreviewed · en: 6f884a2b7a44
field-due-on = سررسید
# status: unreviewed · en: 926e182242c4
field-drafted-on = تاریخ پیش‌نویس
# status: unreviewed · en: 50d1df72c19a
field-status = وضعیت
# status: unreviewed · en: 21a5b9819c03
field-new-status = وضعیت جدید
# status: unreviewed · en: c6abecfc882b
field-on = تاریخ
# status: unreviewed · en: a67331808155
field-percent = درصد تکمیل
# status: unreviewed · en: 415d965a4b17
field-members = اعضا
# status: unreviewed · en: 552a00ca327a
field-request = درخواست منظوری
# status: unreviewed · en: 3b335c55f53d
field-commitment = تعهد
# status: unreviewed · en: cdbe14541bb6
field-to = وضعیت جدید
# status: unreviewed · en: 2b8673907c72
field-participants = شرکت‌کنندگان
# status: unreviewed · en: 4db2da38c260
field-agenda-items = موضوعات اجندا
# status: unreviewed · en: 6416cabe59ae
field-outcomes = نتایج
# status: unreviewed · en: f338d21163e2
field-last-status-change = آخرین تغییر وضعیت
# status: unreviewed · en: 6bf36849b5ec
field-formed-on-of-delegation = تشکیل هیئت

## Record kinds (in error messages)
# status: unreviewed · en: 5481343cf797
kind-party = طرف
# status: unreviewed · en: c1828e4bdead
kind-person = شخص
# status: unreviewed · en: c101e2db239b
kind-initiative = ابتکار
# status: unreviewed · en: a12498a3ec8d
kind-approval = درخواست منظوری
# status: unreviewed · en: a90f50520b6b
kind-notification = اطلاعیه
# status: unreviewed · en: a2117ec62d98
kind-liaison = ثبت ارتباط
# status: unreviewed · en: 90f65d37dff3
kind-delegation = هیئت
# status: unreviewed · en: 8215c48984e9
kind-visit = سفر
# status: unreviewed · en: 2b623534c21b
kind-phase = مرحله
# status: unreviewed · en: b583af8cc7ba
kind-agenda-item = موضوع اجندا
# status: unreviewed · en: 5a2efe62832d
kind-meeting = جلسه
# status: unreviewed · en: 2bf4cb2ed8d4
kind-claim = ادعا
# status: unreviewed · en: aedacbb02f4d
kind-commitment = تعهد
# status: unreviewed · en: a2da56206b6f
kind-event = رویداد
# status: unreviewed · en: 2b559035a93e
kind-collection = مجموعه
# status: unreviewed · en: 2e596b90d03e
kind-record = ثبت

## Vocabularies
# status: unreviewed · en: 7344a9f05264
party-kind-provincial-government = حکومت ولایتی
# status: unreviewed · en: 5d2dbfba1600
party-kind-federal-government = حکومت فدرالی
# status: unreviewed · en: 78b391c5f51e
party-kind-counterpart-government = حکومت طرف مقابل
# status: unreviewed · en: 567f2ed88ada
party-kind-non-state-group = گروه غیردولتی
# status: unreviewed · en: 7620cc3da8f0
party-kind-international-body = نهاد بین‌المللی
# status: unreviewed · en: d3190cbb4bcd
party-kind-other = دیگر
# status: unreviewed · en: 97002283a2a1
topic-security = امنیت و پناهگاه‌های شبه‌نظامیان
# status: unreviewed · en: 439f06493826
topic-trade = تجارت
# status: unreviewed · en: a44a189e9db7
topic-refugees = مهاجران
# status: unreviewed · en: 9205ccbb421a
topic-health = صحت
# status: unreviewed · en: f5ef5c0e0610
topic-education = معارف
# status: unreviewed · en: 7e4bf9bad9ae
topic-livelihoods = معیشت
# status: unreviewed · en: 2e331926c4d4
topic-movement-of-people = رفت و آمد مردم
# status: unreviewed · en: 66e0c63dd511
topic-cultural-exchange = تبادل فرهنگی
# status: unreviewed · en: e97d14ea26b7
role-focal-person = شخص محوری
# status: unreviewed · en: 43178a029db1
role-tribal-elder = بزرگ قومی
# status: unreviewed · en: b37d721c4b6f
role-religious-scholar = عالم دینی
# status: unreviewed · en: 1bd59dd1fff1
role-political-leader = رهبر سیاسی
# status: unreviewed · en: 0b521400f8da
role-government-official = مقام دولتی
# status: unreviewed · en: 44abda73c8ac
role-other = دیگر
# status: unreviewed · en: 8580ed6f7fcb
purpose-groundwork = زمینه‌سازی
# status: unreviewed · en: b31d49526b28
purpose-substantive = اصلی
# status: unreviewed · en: cb3f09a538cf
decision-approve = منظوری با شرایط و ضوابط
# status: unreviewed · en: d0b7373abc44
decision-request-changes = درخواست تغییرات
# status: unreviewed · en: f4666e7e905a
decision-reject = رد
# status: unreviewed · en: 3f6cc2149d6f
stance-asserts = تأیید می‌کند
# status: unreviewed · en: 02c965e07c83
stance-denies = رد می‌کند
# status: unreviewed · en: 91bebec8d219
stance-neutral = بی‌طرف
# status: unreviewed · en: d21b88c71f02
outcome-agreed = توافق شد
# status: unreviewed · en: aba4a2496d89
outcome-not-agreed = توافق نشد
# status: unreviewed · en: 2a93bf49b00c
outcome-follow-up = پیگیری
# status: unreviewed · en: bfd129069e46
commitment-status-draft = پیش‌نویس
# status: unreviewed · en: f749ca873c5d
commitment-status-proposed = پیشنهادشده
# status: unreviewed · en: b5d3780f4691
commitment-status-agreed = پذیرفته‌شده
# status: unreviewed · en: f325a6e850bf
commitment-status-in-progress = در جریان
# status: unreviewed · en: e21a9a464f47
commitment-status-fulfilled = انجام‌شده
# status: unreviewed · en: d445b4448b8b
commitment-status-lapsed = منقضی
# status: unreviewed · en: 38f4c83cf690
commitment-status-withdrawn = پس گرفته شده
# status: unreviewed · en: ac3121628b28
visit-status-planned = برنامه‌ریزی‌شده
# status: unreviewed · en: 0e07d04774ff
visit-status-travelled = سفر انجام شد
# status: unreviewed · en: f6ea1de51dd9
visit-status-reported-back = گزارش داده شد
# status: unreviewed · en: 5eaf495d241e
approval-status-pending = در انتظار تصمیم فدرالی
# status: unreviewed · en: 18bd3072764b
approval-status-approved = منظور شده
# status: unreviewed · en: 9f43cdd659ca
approval-status-changes-requested = تغییرات درخواست شد
# status: unreviewed · en: 4965f99f3cbb
approval-status-rejected = رد شده

## Changes (event history)
# status: unreviewed · en: dcfc10756940
change-register-party = طرف ثبت شد
# status: unreviewed · en: a94c5df0d9ec
change-register-person = شخص ثبت شد
# status: unreviewed · en: 1c8800898f02
change-launch-initiative = ابتکار آغاز شد
# status: unreviewed · en: 9713c2b3f5aa
change-change-initiative-settings = تنظیمات تغییر کرد
# status: unreviewed · en: 44fc2a282931
change-request-approval = منظوری فدرالی درخواست شد
# status: unreviewed · en: deb19acf2311
change-decide-approval = تصمیم فدرالی ثبت شد
# status: unreviewed · en: 5f8eb3263585
change-suspend-approval = منظوری معلق شد
# status: unreviewed · en: 5ab797c2a8cc
change-acknowledge-breach = تخطی پذیرفته شد
# status: unreviewed · en: 66e1ab8280a9
change-reinstate-approval = منظوری اعاده شد
# status: unreviewed · en: 8c08cf5113e4
change-withdraw-approval = منظوری پس گرفته شد
# status: unreviewed · en: 309903a10ebb
change-waive-phase-order = از ترتیب مراحل معافیت داده شد
# status: unreviewed · en: 02d12da4a94c
change-request-waiver = درخواست نرم کردن یک قاعده فرستاده شد
# status: unreviewed · en: 15305b432c6c
change-refuse-waiver = درخواست نرم کردن یک قاعده رد شد
# status: unreviewed · en: 794fd5770a02
change-notify-federal-government = به حکومت فدرالی اطلاع داده شد
# status: unreviewed · en: a8285c1b1d87
change-acknowledge-notification = دریافت اطلاعیه تأیید شد
# status: unreviewed · en: e5ae187eca11
change-request-guidance = رهنمایی درخواست شد
# status: unreviewed · en: c55e672d876f
change-answer-guidance = به درخواست رهنمایی پاسخ داده شد
# status: unreviewed · en: 6e172b04e798
change-form-delegation = هیئت تشکیل شد
# status: unreviewed · en: ae1267cd2f1c
change-add-delegation-member = عضو افزوده شد
# status: unreviewed · en: dcb9d133adee
change-remove-delegation-member = عضو حذف شد
# status: unreviewed · en: e96224431883
change-plan-visit = سفر برنامه‌ریزی شد
# status: unreviewed · en: d40624a2cc91
change-record-travel = سفر ثبت شد
# status: unreviewed · en: cb5136ba7077
change-report-back = گزارش بازگشت ثبت شد
# status: unreviewed · en: 0f593319d197
change-add-phase = مرحله افزوده شد
# status: unreviewed · en: 4822ff040d34
change-conclude-phase = مرحله پایان یافت
# status: unreviewed · en: 29787d4b8058
change-add-agenda-item = موضوع اجندا افزوده شد
# status: unreviewed · en: d2ff18b10239
change-record-meeting = جلسه ثبت شد
# status: unreviewed · en: daf42af31b65
change-state-claim = ادعا بیان شد
# status: unreviewed · en: dc71063238f4
change-record-position = موضع ثبت شد
# status: unreviewed · en: 396e77ce7610
change-draft-commitment = پیش‌نویس تعهد تهیه شد
# status: unreviewed · en: cd67b0244312
change-change-commitment-status = وضعیت تعهد تغییر کرد
# status: unreviewed · en: 4676b9f434f9
change-report-progress = پیشرفت گزارش شد
# status: unreviewed · en: e72883dd23a5
change-concur-with-commitment = موافقت فدرالی ثبت شد
# status: unreviewed · en: e9c5d04a9e2b
change-accept-commitment = از سوی طرف مقابل پذیرفته شد
# status: unreviewed · en: 8b9a4b3ae6f7
change-report-acceptance = پذیرش طرف مقابل گزارش شد
# status: unreviewed · en: 489a495f7a36
change-acknowledge-travel-breach = تخطی پذیرفته شد
# status: unreviewed · en: 8c1cbfa70168
change-report-on-condition = گزارش دربارهٔ یکی از شرایط منظوری
# status: unreviewed · en: 47f174fbbb8c
change-approve-policy-change = تغییر پالیسی از سوی طرف فدرالی منظور شد
# status: unreviewed · en: 3f93c946b940
change-refuse-policy-change = تغییر پالیسی از سوی طرف فدرالی رد شد

## Errors: one per rule, named by its code
# status: unreviewed · en: dfa17aff52b4
error-not-found = هیچ { $kind } با شناسهٔ “{ $id }” وجود ندارد.
# status: unreviewed · en: 16aee0438afc
error-not-approved = ابتکار منظوری فدرالی ندارد: سفر به طرف مقابل، جلسات با طرف مقابل و تعهدات پذیرفته‌شده در انتظار آن می‌مانند.
# status: unreviewed · en: 2918519722d1
error-approval-not-yet-granted = منظوری فدرالی تنها در { $decided_on } داده شد؛ پیش از آن روز هیچ چیزی با طرف مقابل ثبت شده نمی‌تواند.
# status: unreviewed · en: 6be1d46547c8
error-approval-lapsed = منظوری فدرالی پس از { $valid_until } منقضی شد؛ نخست منظوری تازه درخواست کنید.
# status: unreviewed · en: 52b2c159ced4
error-topic-not-approved = موضوع “{ $topic }” خارج از موضوعاتی است که حکومت فدرالی منظور کرده است.
# status: unreviewed · en: 8abc84d5f8dd
error-topic-not-in-initiative = موضوع “{ $topic }” از موضوعات ابتکار نیست.
# status: unreviewed · en: 354ab38c53e4
error-approved-topics-not-requested = موضوع “{ $topic }” درخواست نشده بود، پس منظور شده نمی‌تواند.
# status: unreviewed · en: cc7fa03b79b9
error-approval-pending = یک درخواست منظوری هم‌اکنون در انتظار تصمیم فدرالی است.
# status: unreviewed · en: 681808bc8543
error-already-decided = دربارهٔ این درخواست پیش‌تر تصمیم گرفته شده؛ دربارهٔ منظوری تصمیم‌گرفته‌شده دوباره تصمیم گرفته نمی‌شود.
# status: unreviewed · en: 253319387320
error-focal-person-required = شخص محوری ابتکار باید عضو هر هیئت باشد.
# status: unreviewed · en: 55826d63397a
error-focal-person-cannot-be-removed = شخص محوری از هیئت حذف شده نمی‌تواند.
# status: unreviewed · en: 96b696034104
error-already-member = این شخص پیش‌تر عضو هیئت است.
# status: unreviewed · en: 4bc5feca41b3
error-not-a-member = این شخص عضو هیئت نیست.
# status: unreviewed · en: c76eb9fde97e
error-groundwork-not-reported = هیئت اصلی تنها پس از آن سفر می‌کند که سفر زمینه‌سازی گزارش داده باشد.
# status: unreviewed · en: 84f7cea8abe1
error-phase-order = موضوعات مرحلهٔ { $phase } تنها زمانی بحث شده می‌توانند که مراحل پیشین پایان یافته باشند یا طرف فدرالی از ترتیب معافیت داده باشد.
# status: unreviewed · en: 0d5d31cbcd3d
error-phase-already-concluded = این مرحله پیش‌تر پایان یافته است.
# status: unreviewed · en: 12042c94444c
error-commitment-withdrawn = تعهد پس گرفته‌شده پذیرفته شده نمی‌تواند.
# status: unreviewed · en: 53c177400089
error-invalid-transition = یک تعهد از “{ $from }” به “{ $to }” رفته نمی‌تواند.
# status: unreviewed · en: a8f031e5bb8d
error-commitment-not-active = پیشرفت تنها دربارهٔ تعهد پذیرفته‌شده یا در جریان گزارش شده می‌تواند (این یکی “{ $status }” است).
# status: unreviewed · en: 9911b7446b10
error-date-order = { $field } پیش از { $earlier } ({ $bound }) بوده نمی‌تواند.
# status: unreviewed · en: d1b8cf483b1a
error-already-travelled = سفر این دیدار پیش‌تر ثبت شده است.
# status: unreviewed · en: 41a725c53dc5
error-not-travelled = این سفر هنوز انجام نشده: پیش از گزارش بازگشت، سفر را ثبت کنید.
# status: unreviewed · en: d5e9201904fb
error-already-reported = این سفر پیش‌تر گزارش بازگشت داده است.
# status: unreviewed · en: 66606c0e0566
error-already-acknowledged = دریافت این اطلاعیه پیش‌تر تأیید شده است.
# status: unreviewed · en: 6f9f11fbcdbc
error-already-answered = به این درخواست رهنمایی پیش‌تر پاسخ داده شده است.
# status: unreviewed · en: 64daf61ba6c9
error-wrong-party-kind = { $field } باید طرفی از نوع “{ $expected }” باشد.
# status: unreviewed · en: ece676f99e21
error-wrong-initiative = { $field } به ابتکار دیگری تعلق دارد.
# status: unreviewed · en: 41c543198b13
error-empty-list = { $field }: دست‌کم یکی را انتخاب کنید.
# status: unreviewed · en: 808979b137f9
error-duplicate = { $field } “{ $value }” را بیش از یک بار دارد.
# status: unreviewed · en: 60c31ced0a31
error-out-of-range = { $field } باید میان { $min } و { $max } باشد.
# status: unreviewed · en: 94f8b99ac7cf
error-not-discussed = یک نتیجه به موضوع اجندای { $item } اشاره می‌کند که جلسه دربارهٔ آن بحث نکرده است.
# status: unreviewed · en: 9c00a9771938
error-framework-forbidden = چارچوب ملی این تعهد را منع می‌کند ({ $reasons }): هیچ تعهدی نمی‌تواند بر چارچوب امنیت ملی یا موضع دیپلوماتیک برتری یابد.
# status: unreviewed · en: 8365c28026e9
error-concurrence-required = این تعهد پیش از پذیرش به موافقت حکومت فدرالی نیاز دارد ({ $reasons }).
# status: unreviewed · en: b2767ba616ba
error-concurrence-not-needed = چارچوب ملی این تعهد را برای موافقت فدرالی نفرستاده است.
# status: unreviewed · en: a5b48a4df308
error-already-concurred = موافقت فدرالی پیش‌تر ثبت شده است.
# status: unreviewed · en: 7f63d9b5fa75
error-policy-changed-meanwhile = پالیسی‌ها در این میان تغییر کرده‌اند (نسخهٔ { $version })؛ از متنی که اکنون نافذ است دوباره آغاز کنید.
# status: unreviewed · en: e8a091d728f8
error-policy-unchanged = متن تازه با متن نافذ یکسان است؛ چیزی برای ثبت نیست.
# status: unreviewed · en: 5e9b6b3fb80c
error-invalid-field = ساحهٔ “{ $field }” معتبر نیست: { $reason }
# status: unreviewed · en: ba426307f89e
error-invalid-command = فرمان معتبر نیست: { $reason }
# status: unreviewed · en: 91065279a056
error-malformed-json = درخواست JSON معتبر نیست: { $reason }
# status: unreviewed · en: eab4d3c2b2ea
error-payload = متن درخواست خوانده نشد (حد { $limit } بایت): { $reason }
# status: unreviewed · en: b3ef7cdefced
error-no-such-endpoint = چنین نقطهٔ پایانی API وجود ندارد؛ /api/v1/openapi.json را ببینید.
# status: unreviewed · en: 7add5334222b
error-bad-form = فورمه خوانده نشد. بازگردید و دوباره تلاش کنید.
# status: unreviewed · en: 113ec9a84a25
error-storage = ثبت ذخیره نشد؛ هیچ چیزی ثبت نشد. دوباره تلاش کنید.
# status: unreviewed · en: e5c95f9965b9
error-shutting-down = سرور در حال خاموش شدن است؛ هیچ چیزی ثبت نشد.
# status: unreviewed · en: 8ddc7794feb8
error-ledger-off = این سرور دفتر ثبت نگه نمی‌دارد.
# status: unreviewed · en: 6e9444e07ab1
error-no-checkpoint = دفتر ثبت هنوز نقطهٔ بررسی ندارد: هنوز چیزی ثبت نشده است.
# status: unreviewed · en: 0d139a5325cf
error-internal = در سوی ما مشکلی پیش آمد.

## Audit
# status: unreviewed · en: 34d8159e2e19
audit-title = تفتیش ثبت
# status: unreviewed · en: 27a6493c8fef
audit-intro = هر تغییر پذیرفته‌شده یک مدخل درخت مرکل (RFC 9162) است، و پس از هر ثبت، سرور یک نقطهٔ بررسی درخت را با کلید Ed25519 خود امضا می‌کند. هر کسی که یک نقطهٔ بررسی داشته باشد، بی آنکه به این سرور اعتماد کند، می‌تواند بررسی کند که یک مدخل در ثبت هست و ثبت همیشه تنها افزوده شده است.
# status: unreviewed · en: 0a8d06cfb9ef
audit-checkpoint = آخرین نقطهٔ بررسی امضاشده
# status: unreviewed · en: 12baf1c55e28
audit-no-checkpoint = هنوز چیزی ثبت نشده است.
# status: unreviewed · en: c7ec706d52c7
audit-size = درخت { $size } مدخل دارد.
# status: unreviewed · en: c1eaadc7e8a5
audit-public-key = کلید عمومی ثبت
# status: unreviewed · en: f46c8d536870
audit-offline = بررسی بدون شبکه
# status: unreviewed · en: 1c11971170fe
audit-step-export = گرداننده یک بستهٔ کامل صادر می‌کند: هر مدخل، هر نقطهٔ بررسی، کلید عمومی.
# status: unreviewed · en: 8ec0ca09e3cb
audit-step-bundle = هر کسی تنها با برنامهٔ jirga، بدون سرور و بدون دیتابیس، آن را بررسی می‌کند؛ نخستین مدخل نادرست نام برده می‌شود.
# status: unreviewed · en: ca6081cde1d4
audit-step-record = برای یک ثبت، پیوند "اثبات شمول" آن را باز کنید: صفحه فرمانی را می‌دهد که آن را بررسی می‌کند.
# status: unreviewed · en: 59f39d162180
audit-step-consistency = برای بررسی اینکه ثبت میان دو نقطهٔ بررسی شما تنها رشد کرده است، اثبات سازگاری را بگیرید و بررسی کنید.
# status: unreviewed · en: 97cbf926ef74
audit-store-check = گرداننده ثبت ذخیره‌شده را با نقطه‌های بررسی امضاشدهٔ خودش مقایسه می‌کند:
# status: unreviewed · en: c91d0f870f6a
proof-title = اثبات شمول مدخل #{ $index }
# status: unreviewed · en: 6b7908c54b91
proof-intro = هش این مدخل، مسیر هش‌های هم‌جوار تا ریشه، و ریشهٔ درخت کنونی که در نقطهٔ بررسی زیر امضا شده است.
# status: unreviewed · en: ee240b5274ab
proof-leaf-hash = هش مدخل
# status: unreviewed · en: 888fe835c6e5
proof-size = اندازهٔ درخت
# status: unreviewed · en: 4ec16b6efaac
proof-root = ریشه
# status: unreviewed · en: 26bdf522ed26
proof-path = اثبات (نخست هم‌جوار)
# status: unreviewed · en: ad39a16fede4
proof-check = خودتان بررسی کنید

## Check your answers
# status: unreviewed · en: 3a9efd8270e7
confirm-title = پیش از ثبت، پاسخ‌های خود را بررسی کنید
# status: unreviewed · en: eb4fdd8a2b38
confirm-intro = این الزام‌آور است و در ثبت دائمی می‌رود. آنچه را که ثبت خواهد شد بررسی کنید.
# status: unreviewed · en: c4cb5ba9a912
confirm-submit = تأیید و ثبت
# status: unreviewed · en: 2ed5f37e2f4f
confirm-change = تغییر پاسخ‌هایم
# status: unreviewed · en: 4a10028d5879
confirm-cancel = لغو و بازگشت
# status: unreviewed · en: 08613cf297f1
confirm-yes = بلی
# status: unreviewed · en: 0c2a08df5f62
confirm-no = نخیر

## Signing in, authorization
# status: unreviewed · en: 4fa79e87fd5f
login-title = ورود
# status: unreviewed · en: b319f886ec63
login-intro = با حسابی که مدیر شما داده است وارد شوید. هر تغییری که می‌دهید به نام شما ثبت می‌شود.
# status: unreviewed · en: 5bb42d7b23f2
login-username = نام کاربری
# status: unreviewed · en: 03f0aa5ea64f
login-password = رمز عبور
# status: unreviewed · en: c3cc0ed145bc
login-submit = ورود
# status: unreviewed · en: 10de19b827dc
logout = خروج
# status: unreviewed · en: a2a0dc23c133
signed-in-as = { $name } ({ $organization })
# status: unreviewed · en: babcd3aefc66
error-bad-credentials = نام کاربری یا رمز عبور نادرست است.
# status: unreviewed · en: bd408ca5ec40
error-account-locked = از این آدرس تلاش‌های ناموفق زیادی برای ورود به این حساب شده است. پس از { $until } دوباره تلاش کنید، یا از یک مدیر بخواهید آن را باز کند.
# status: unreviewed · en: 5e10e78709a5
error-request-timeout = متن درخواست به موقع نرسید؛ هیچ چیزی ثبت نشد.
# status: unreviewed · en: 1e3fcfbcd13d
error-read-only = این سرور ثبت را تنها برای خواندن باز کرده است؛ هیچ چیزی ثبت نشد.
# status: unreviewed · en: 892b3e26a94f
error-too-many-attempts = از این آدرس تلاش‌های ناموفق زیادی برای ورود شده است. پس از { $until } دوباره تلاش کنید.
# status: unreviewed · en: 1a23d63f49ad
error-login-busy = سرور هم‌زمان ورودهای زیادی را بررسی می‌کند. چند ثانیه بعد دوباره تلاش کنید.
# status: unreviewed · en: 348d49d34f19
error-csrf-invalid = این فورمه در نشست شما از صفحه‌ای از این سایت فرستاده نشده است (نشانهٔ امنیتی آن نیست یا نادرست است). هیچ چیزی ثبت نشد؛ صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.
# status: unreviewed · en: 9f7e43684c96
csrf-title = فورمه پذیرفته نشد
# status: unreviewed · en: b9b2a1bf8a91
forbidden-title = برای شما در دسترس نیست
# status: unreviewed · en: 0c432f296b2f
forbidden-body = نقش شما اجازهٔ دیدن این صفحه را نمی‌دهد.
# status: unreviewed · en: ab66265b4f9e
error-unauthenticated = نخست وارد شوید: یک نشانهٔ API را به شکل “Authorization: Bearer …” بفرستید (تغییرات به نشانه نیاز دارند؛ خواندن نشست مرورگر را نیز می‌پذیرد).
# status: unreviewed · en: 56374be281bd
error-may-not-read-log = نقش شما اجازهٔ خواندن فهرست رویدادها یا مدخل‌های دفتر ثبت را نمی‌دهد.
# status: unreviewed · en: 9d18a4406205
error-denied = مجاز نیست: { $user } نمی‌تواند { $command }. { $reason }
# status: unreviewed · en: 8330318d4202
nav-policies = پالیسی‌ها
# status: unreviewed · en: 7cafc0f8d037
shared-title = با شما شریک شده
# status: unreviewed · en: b2f073049fa9
shared-intro = جلساتی که افراد شما در آن حضور داشتند و تعهداتی که پذیرفته شدند.
# status: unreviewed · en: 5acad9663ff4
shared-meeting = جلسه در { $place } در { $date }

## Policies
# status: unreviewed · en: 34780cda3e26
policies-title = پالیسی‌ها
# status: unreviewed · en: 34618a02a7b1
policies-intro = اینکه چه کسی چه می‌تواند بکند، و اینکه هیچ تعهدی چه نمی‌تواند بکند، پالیسی‌های Cedar هستند. تغییر یکی از آن‌ها یک رویداد در ثبت است: چه کسی تغییر داد، چه وقت، چرا، و تفاوت. یک تغییر پیش از اجرا با شِما سنجیده می‌شود.
# status: unreviewed · en: 0a93f954fa4d
policies-from-files = از فایل‌های پالیسی نافذ است؛ هیچ تغییری ثبت نشده است.
# status: unreviewed · en: 38327cd912c8
policies-text-in-force = متن نافذ
# status: unreviewed · en: 2aa12eae3de7
policies-change = تغییر این مجموعهٔ پالیسی
# status: unreviewed · en: 23bf63bd4f1d
policies-change-submit = سنجش و ثبت تغییر
# status: unreviewed · en: 9709445ef4e4
policy-set-authorization = صلاحیت
# status: unreviewed · en: 202b42d925a4
policy-set-forbidden = چارچوب ملی: ممنوع
# status: unreviewed · en: 8e2e1aff0e82
policy-set-concurrence = چارچوب ملی: موافقت فدرالی
# status: unreviewed · en: 86b667dc6520
field-policy-text = متن تازه
# status: unreviewed · en: ff2193033054
field-policy-set = مجموعهٔ پالیسی
# status: unreviewed · en: d207878c2bfb
policies-in-words = هر پالیسی چه می‌گوید
# status: unreviewed · en: 97b22941d2ff
policy-name = پالیسی
# status: unreviewed · en: f94969db4c00
policy-effect = چه می‌کند
# status: unreviewed · en: 53407bfaf889
policy-reason = چرا
# status: unreviewed · en: cb0b67738e4f
policy-effect-allows = اجازه می‌دهد
# status: unreviewed · en: b6354805e558
policy-effect-forbids = منع می‌کند، هر چه اجازه دهد
# status: unreviewed · en: 9129f5983d11
policy-effect-baseline = پایه: آنچه هیچ منعی بر آن منطبق نیست ممنوع نیست
# status: unreviewed · en: 38220e842880
policy-effect-forbids-commitment = تعهد را منع می‌کند
# status: unreviewed · en: 4b6854ebef40
policy-effect-needs-concurrence = نیازمند موافقت فدرالی
# status: unreviewed · en: 90688415a03c
policy-effect-no-concurrence = از موافقت معاف می‌کند
# status: unreviewed · en: 5aaf3f27c4fc
policy-actions = { $count ->
    [0] هیچ اقدامی نام نمی‌برد
    [one] اقدامی که نام می‌برد
   *[other] { $count } اقدامی که نام می‌برد
}
# status: unreviewed · en: bddf1ab639b1
policy-change-in-words = تغییر چه می‌کند، پالیسی به پالیسی
# status: unreviewed · en: 8e99a4b27582
policy-change-added = پالیسی تازه
# status: unreviewed · en: 1016f9e3faa6
policy-change-changed = تغییر یافته
# status: unreviewed · en: a5d9bb12ce81
policy-change-removed = حذف شده
# status: unreviewed · en: 15f0f4be4b34
policy-change-layout-only = هیچ پالیسی معنای خود را تغییر نمی‌دهد: تنها شکل یا توضیحات تفاوت دارند.
# status: unreviewed · en: b3cf8e968734
policy-change-unreadable = این متن به عنوان پالیسی‌های Cedar خوانده نمی‌شود؛ فورمه خواهد گفت کجا.
# status: unreviewed · en: ec0d32c5130e
policy-change-difference = تفاوت، سطر به سطر
# status: unreviewed · en: 776169dfabf1
field-record = ثبت
# status: unreviewed · en: eee2672195dc
change-add-note = یادداشت افزوده شد
# status: unreviewed · en: d59b8c8a19c0
change-change-policies = تغییر پالیسی پیشنهاد شد
# status: unreviewed · en: 87ec44f36fd5
notes-title = یادداشت‌ها
# status: unreviewed · en: 4d61434b990e
notes-none = هنوز یادداشتی نیست.
# status: unreviewed · en: f340859c73f0
notes-earlier = یادداشت‌های پیشین این ثبت که اینجا نشان داده نشده‌اند: { $count }. آخرین‌ها نشان داده شده‌اند.
# status: unreviewed · en: e1f9f7b4cc0e
pager-label = صفحات این فهرست
# status: unreviewed · en: 9f7c53f60311
pager-previous = → صفحهٔ پیشین
# status: unreviewed · en: 1c645945b42b
pager-next = صفحهٔ بعدی ←
# status: unreviewed · en: da3e7ccca906
pager-position = { $first }–{ $last } از { $total }
# status: unreviewed · en: cb26c3eef36d
notes-add = افزودن یک یادداشت
# status: unreviewed · en: 5d35739a5c3d
notes-add-submit = افزودن یادداشت

## Movement passes, the border post and the crossing log
# status: unreviewed · en: ef1b5fccbe1d
nav-passes = اجازه‌نامه‌ها
# status: unreviewed · en: fab7172b6545
nav-border = پوستهٔ سرحدی
# status: unreviewed · en: 578b97221ec8
nav-crossings = عبورها
# status: unreviewed · en: cebdb89a9eea
passes-title = اجازه‌نامه‌های رفت و آمد
# status: unreviewed · en: dd277e364f27
passes-search = جستجو بر اساس نام، شمارهٔ سند یا شناسهٔ اجازه‌نامه
# status: unreviewed · en: 5c2c0b43e04e
passes-search-submit = جستجو
# status: unreviewed · en: befbe8bedb53
passes-none = هیچ اجازه‌نامه‌ای مطابقت ندارد.
# status: unreviewed · en: 341808abc9b6
pass-issue = صدور اجازه‌نامه
# status: unreviewed · en: a928642f9147
pass-issue-intro = اجازه‌نامه به دارندهٔ آن اجازه می‌دهد برای تداوی، تجارت، دیدار خانوادگی یا تبادل فرهنگی از سرحد عبور کند. مشخصات دارنده جدا از ثبت نگه داشته می‌شود: ثبت تنها یک اثر انگشت مهرشده از آن را نگه می‌دارد، و با پایان مدت نگهداری پاک می‌شود.
# status: unreviewed · en: 33896a226770
pass-issue-holder = دارنده
# status: unreviewed · en: 7bb573282f58
pass-issue-purpose-hint = جزئیات هدف انتخاب‌شده را پر کنید: برای تداوی شفاخانه و وقت ملاقات، برای تجارت نهاد تجارتی یا شرکت، برای دیدار خانوادگی میزبان، برای تبادل فرهنگی رویداد.
# status: unreviewed · en: 2041f51200d6
pass-issue-submit = ادامه
# status: unreviewed · en: 287dc6b57497
pass-title = اجازه‌نامهٔ { $id }
# status: unreviewed · en: 5a8916b90063
pass-caption = اجازه‌نامهٔ رفت و آمد
# status: unreviewed · en: 27f2aab7e419
pass-expired = منقضی
# status: unreviewed · en: cbd790877906
pass-holder-erased = مشخصات دارنده پاک شد (مدت نگهداری پایان یافت)
# status: unreviewed · en: 66cd590925a9
pass-holder-hidden = مشخصات دارنده تنها به مأموران اجازه‌نامه و سرحد نشان داده می‌شود
# status: unreviewed · en: 7e80c9398edd
pass-print = چاپ کارت (A6)
# status: unreviewed · en: f13163f6e391
pass-download-qr = دانلود کد QR (PNG)
# status: unreviewed · en: 2252b9b6080f
pass-revoke = لغو این اجازه‌نامه
# status: unreviewed · en: 20c58ff4571d
pass-revoke-submit = لغو اجازه‌نامه
# status: unreviewed · en: 1e9384107ad3
pass-revoked-on = لغو شد
# status: unreviewed · en: 979dda157f5c
pass-status-valid = معتبر
# status: unreviewed · en: 4912470f1d72
pass-status-revoked = لغوشده
# status: unreviewed · en: 382f62b38160
pass-purpose-medical = تداوی
# status: unreviewed · en: bf8eaaf984ba
pass-purpose-business = تجارت
# status: unreviewed · en: 8488d27fd29e
pass-purpose-family-visit = دیدار خانوادگی
# status: unreviewed · en: bdd263f30842
pass-purpose-cultural-exchange = تبادل فرهنگی
# status: unreviewed · en: 751815f11c91
document-type-cnic = کارت هویت ملی (CNIC)
# status: unreviewed · en: 96906aead38c
document-type-tazkira = تذکره
# status: unreviewed · en: e1b6fe941f53
document-type-passport = پاسپورت
# status: unreviewed · en: ece89ef6f34b
sex-female = زن
# status: unreviewed · en: dc8171f223e0
sex-male = مرد
# status: unreviewed · en: 564c88dada41
sex-other = دیگر
# status: unreviewed · en: ad86f05437de
entries-single = یک بار ورود
# status: unreviewed · en: a646efd068a0
entries-multiple = چند بار ورود
# status: unreviewed · en: 9e979d88554d
direction-entry = ورود
# status: unreviewed · en: 3a2429bbaf4f
direction-exit = خروج
# status: unreviewed · en: 718515ca8993
anomaly-entry-while-inside = ورود در حالی که هنوز داخل است
# status: unreviewed · en: 47dea046d3fd
anomaly-exit-without-entry = خروج بدون ورود
# status: unreviewed · en: 8a5b070f0ae5
anomaly-too-many-entries = ورودهای بیش از اجازه
# status: unreviewed · en: 81e28a312751
anomaly-wrong-crossing-point = گذرگاه نادرست
# status: unreviewed · en: 38e0a4a11034
anomaly-expired = اجازه‌نامهٔ منقضی ارائه شد
# status: unreviewed · en: 10764cd92939
anomaly-revoked = اجازه‌نامهٔ لغوشده ارائه شد
# status: unreviewed · en: 8009084a4847
anomaly-invalid = سند نامعتبر ارائه شد
# status: unreviewed · en: f7e9400a815d
field-document-id = شناسهٔ اجازه‌نامه
# status: unreviewed · en: 568ae6c097b9
field-holder = دارنده
# status: unreviewed · en: 3d2643e0c850
problem-enter = “{ $field }” را وارد کنید.
# status: unreviewed · en: 9863e0ac9adc
problem-text = “{ $field }”: حداکثر ۲۰۰ حرف، بدون سطر تازه، حروف کنترلی یا کنترل‌های جهت (U+202A–U+202E, U+2066–U+2069).
# status: unreviewed · en: 6fc502165999
problem-enter-day = “{ $field }” را به شکل یک روز وارد کنید، برای مثال 2025-03-15.
# status: unreviewed · en: 1dea920c17fd
problem-day = “{ $field }” باید یک روز واقعی باشد، به شکل 2025-03-15.
# status: unreviewed · en: c06643636efa
problem-choose = “{ $field }” را انتخاب کنید.
# status: unreviewed · en: 931a24598da1
problem-choose-listed = برای “{ $field }” یکی از گزینه‌های فهرست‌شده را انتخاب کنید.
# status: unreviewed · en: f1cc4d6944de
problem-choose-one-or-more = دست‌کم یکی از “{ $field }” را انتخاب کنید.
# status: unreviewed · en: 559804c13123
problem-nationality = “{ $field }”: سه حرف بزرگ لاتین وارد کنید، مانند AFG یا PAK.
# status: unreviewed · en: 7d8e1fc22d0f
problem-photo-hash = “{ $field }”: ۶۴ حرف، 0–9 و a–f، چنان‌که ابزار عکس آن را چاپ می‌کند.
# status: unreviewed · en: 585ba1af6970
problem-enter-number = “{ $field }” را به شکل یک عدد کامل وارد کنید.
# status: unreviewed · en: ddae679c821c
problem-photo-missing = عکس دارنده را انتخاب کنید: یک فایل JPEG یا PNG از کمره.
# status: unreviewed · en: f5c5ac6656c5
problem-photo-too-large = فایل عکس بزرگ‌تر از { $max } MB است: فایل کوچک‌تری انتخاب کنید، یا عکس را با وضوح کمتر دوباره بگیرید.
# status: unreviewed · en: 2b0f3d57141f
problem-photo-format = عکس باید فایل JPEG یا PNG باشد.
# status: unreviewed · en: baab92ce9b96
problem-photo-unreadable = فایل عکس خوانده نمی‌شود (شاید خراب یا ناقص باشد): آن را دوباره بگیرید یا انتخاب کنید.
# status: unreviewed · en: e6eca5a37a5b
problem-photo-too-many-pixels = عکس بیش از { $max } مگاپکسل دارد: آن را با وضوح کمتر دوباره بگیرید.
# status: unreviewed · en: 06bc1f5a2751
problem-photo-too-small = عکس { $width } × { $height } پکسل است: باید دست‌کم { $min_width } × { $min_height } باشد تا چهره در سرحد مقایسه شده بتواند.
# status: unreviewed · en: 32545043885c
form-error-count = { $count ->
    [0] مشکلی وجود ندارد
    [one] یک مشکل وجود دارد
   *[other] { $count } مشکل وجود دارد
}
# status: unreviewed · en: 1576f7cce403
field-holder-name-latin = نام (به خط لاتین)
# status: unreviewed · en: 083733d8b2bd
field-holder-name-arabic = نام (به خط عربی)
# status: unreviewed · en: 7ce3ca130d9c
field-holder-document-type = سند هویت
# status: unreviewed · en: 1aefd20fa049
field-holder-document-number = شمارهٔ سند
# status: unreviewed · en: 0e3c7dfe2b05
field-holder-date-of-birth = تاریخ تولد
# status: unreviewed · en: 8391e4eb0452
field-holder-sex = جنس
# status: unreviewed · en: 7febea5df718
field-holder-nationality = تابعیت (کد ISO، مانند AFG، PAK)
# status: unreviewed · en: 5e0153512267
field-holder-photo-hash = اثر انگشت عکس (SHA-256)
# status: unreviewed · en: 11138753e667
field-holder-photo = عکس دارنده
# status: unreviewed · en: 6f9b93d935cb
field-holder-photo-hint = یک JPEG یا PNG از کمره، چهره به روشنی پیدا، دست‌کم ۲۴۰ × ۳۰۰ پکسل و حداکثر ۱۰ MB. با مشخصات دارنده نگه داشته می‌شود (همراه آن پاک می‌شود) و اثر انگشت آن در اجازه‌نامه امضا می‌شود.
# status: unreviewed · en: 8ecc65f14d49
photo-alt = عکس دارنده
# status: unreviewed · en: aa3c8fbcfc6e
photo-kept = این عکس نگه داشته شده است: تنها برای تعویض آن فایل دیگری انتخاب کنید.
# status: unreviewed · en: 3b14befbc263
photo-matches = عکس ثبت‌شدهٔ این اجازه‌نامه، مطابق با اثر انگشتی که با آن امضا شده است. چهره را با شخصی که آن را ارائه می‌کند مقایسه کنید.
# status: unreviewed · en: 5002b8a2cdaf
photo-mismatch = عکس ثبت‌شده با اثر انگشتی که این اجازه‌نامه با آن امضا شده مطابقت ندارد: شاید تعویض شده باشد. به آن اعتماد نکنید؛ ورود را رد کنید و با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: 6dda0b268890
photo-not-here = عکس این اجازه‌نامه اینجا نگه داشته نمی‌شود (اجازه‌نامهٔ ادارهٔ دیگر، یا مشخصات دارنده پاک شده): چهره را با سند هویت دارنده مقایسه کنید.
# status: unreviewed · en: 7d3ac634adae
photo-none = این اجازه‌نامه بدون عکس صادر شده است: چهره را با سند هویت دارنده بررسی کنید.
# status: unreviewed · en: 10389b038d56
field-purpose-kind = هدف سفر
# status: unreviewed · en: 37ac559e817b
field-purpose-hospital = شفاخانه
# status: unreviewed · en: 5603513c0040
field-purpose-appointment-on = تاریخ وقت ملاقات
# status: unreviewed · en: 55b8ea5bbbbb
field-purpose-attendant-allowed = یک همراه می‌تواند بیمار را همراهی کند
# status: unreviewed · en: 88fa75f0ff1d
field-purpose-organization = نهاد تجارتی یا شرکت
# status: unreviewed · en: c4b32f784c8c
field-purpose-host = میزبان
# status: unreviewed · en: 28294333227d
field-purpose-event = رویداد
# status: unreviewed · en: b7b67447e470
field-sponsor = ضامن
# status: unreviewed · en: d34cae0edf91
field-crossing-points = گذرگاه‌ها
# status: unreviewed · en: 1b2213b780a6
field-crossing-point = گذرگاه
# status: unreviewed · en: 7854155718c4
field-valid-from = معتبر از
# status: unreviewed · en: e01002812814
field-entries-kind = ورودها
# status: unreviewed · en: 01afabab2159
field-entries-max = بیشترین ورودها
# status: unreviewed · en: 9d8e56606bfd
field-authority = ادارهٔ صادرکننده
# status: unreviewed · en: c5155b478d38
field-kid = کلید امضا (kid)
# status: unreviewed · en: 1d45a5065486
field-holder-commitment = اثر انگشت مهرشدهٔ مشخصات دارنده
# status: unreviewed · en: 51efc9e240f6
field-revoked-on = تاریخ لغو
# status: unreviewed · en: 9116a6a66bcb
field-crossed-at = چه وقت
# status: unreviewed · en: 254831a84058
field-direction = جهت
# status: unreviewed · en: 770ee1d6187f
field-verdict = حکم
# status: unreviewed · en: c2a369ba8037
field-anomalies = بی‌نظمی‌ها
# status: unreviewed · en: 263ee66e32a8
field-day = روز
# status: unreviewed · en: 5710f5f45713
field-code = کد
# status: unreviewed · en: 4f24f33dc84f
border-title = پوستهٔ سرحدی
# status: unreviewed · en: c59ac64aa6e2
border-intro = اجازه‌نامه‌ای را که در گذرگاه ارائه می‌شود بررسی کنید: متن خوانده‌شده از کد QR آن را اینجا بگذارید، یا عکسی از کد را بارگذاری کنید. بررسی به شبکه نیاز ندارد: از کلیدهایی که این پوسته به آن‌ها اعتماد دارد و لغوهایی که نگه می‌دارد استفاده می‌کند.
# status: unreviewed · en: d8d135515ce4
border-paste = متن اجازه‌نامه (با JP1: یا HC1: آغاز می‌شود)
# status: unreviewed · en: 07600b64b2fd
border-upload = یا عکسی از کد QR
# status: unreviewed · en: 85fef1720162
border-upload-hint = یک عکس PNG یا JPEG، چنان‌که کمرهٔ تلفن می‌گیرد.
# status: unreviewed · en: dc649adf827d
border-check-submit = بررسی اجازه‌نامه
# status: unreviewed · en: aee98ccf00e3
border-unreadable = اجازه‌نامه خوانده نشد
# status: unreviewed · en: 7b4da6cba052
border-image-error = عکس خوانده نشد: { $reason }
# status: unreviewed · en: eee8abb815d3
border-nothing = متن اجازه‌نامه را بگذارید یا عکسی از کد QR آن را بارگذاری کنید.
# status: unreviewed · en: d434d1521c35
border-unverified = هیچ کسی که این پوسته به او اعتماد دارد این مشخصات را امضا نکرده است: شاید جعلی باشند. برای شناسایی دارنده به آن‌ها تکیه نکنید.
# status: unreviewed · en: d4a3a28203da
border-record-entry = ثبت ورود
# status: unreviewed · en: eac764e9bd18
border-record-exit = ثبت خروج
# status: unreviewed · en: ed18a0e97579
verdict-valid = معتبر
# status: unreviewed · en: 009c99577c1b
verdict-invalid = نامعتبر
# status: unreviewed · en: eb33e059e0a4
failure-prefix = اجازه‌نامه نیست (پیشوند ناشناخته)
# status: unreviewed · en: b654a1eb69c0
failure-base45 = متن خراب (base45)
# status: unreviewed · en: 9744da6ea448
failure-zlib = داده‌های خراب (فشرده‌سازی)
# status: unreviewed · en: f097ab7b99a9
failure-cbor = داده‌های خراب (CBOR)
# status: unreviewed · en: 6f30ad9d198f
failure-cose = پوشش امضای خراب (COSE)
# status: unreviewed · en: e247d4cf15f8
failure-unknown-key = با کلیدی امضا شده که این پوسته به آن اعتماد ندارد
# status: unreviewed · en: a4af76c3144f
failure-signature = امضا مطابقت ندارد: اجازه‌نامه تغییر داده شده یا جعلی است
# status: unreviewed · en: 29b37f404074
failure-not-yet-valid = هنوز معتبر نیست
# status: unreviewed · en: c677e818672f
failure-expired = منقضی
# status: unreviewed · en: 8bbb8ff92f00
failure-revoked = از سوی صادرکننده لغو شده
# status: unreviewed · en: 9a815901c6a0
failure-purpose = این کلید نمی‌تواند برای این هدف اجازه‌نامه امضا کند
# status: unreviewed · en: 3654fa0bf4d5
failure-crossing-point = در این گذرگاه معتبر نیست
# status: unreviewed · en: b093ed31a5d2
failure-action-prefix = اجازه‌نامه را دوباره بخواهید (کارت چاپی یا صفحهٔ روشن‌تر). اگر باز هم خوانده نشد، رد کنید و با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: 79f9ac503229
failure-action-base45 = کد خراب است: اجازه‌نامه را دوباره بخواهید (کارت چاپی یا عکس روشن‌تر). اگر باز هم ناکام شد، رد کنید و با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: 0d6235f7edba
failure-action-zlib = کد خراب است: اجازه‌نامه را دوباره بخواهید (کارت چاپی یا عکس روشن‌تر). اگر باز هم نشد، رد کنید و با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: 659cd89a1291
failure-action-cbor = کد خراب است: اجازه‌نامه را دوباره بخواهید. اگر باز هم ناکام شد، رد کنید و با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: f77cffa5281b
failure-action-cose = کد خراب است: اجازه‌نامه را دوباره بخواهید. اگر باز هم نشد، رد کنید و با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: f78b3cd11a03
failure-action-unknown-key = رد کنید: این پوسته نمی‌تواند بررسی کند که چه کسی اجازه‌نامه را امضا کرده است. با دفتر صادرکننده تماس بگیرید؛ مشخصات نشان‌داده‌شده شاید جعلی باشند، پس دارنده را با آن‌ها شناسایی نکنید.
# status: unreviewed · en: 91d4c610b373
failure-action-signature = رد کنید: اجازه‌نامه تغییر داده شده یا جعلی است. اگر دستورهای شما چنین می‌گویند دارنده را منتظر نگه دارید، و با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: de16c7c864db
failure-action-not-yet-valid = فعلاً رد کنید: اجازه‌نامه تنها از روزی دیرتر معتبر است. دارنده می‌تواند آن وقت بازگردد.
# status: unreviewed · en: ad370a4d3e97
failure-action-expired = رد کنید: اجازه‌نامه منقضی شده است. دارنده باید برای اجازه‌نامهٔ تازه درخواست دهد.
# status: unreviewed · en: c56eae0a33d6
failure-action-revoked = رد کنید: دفتر صادرکننده این اجازه‌نامه را پس گرفته است. با دفتر صادرکننده تماس بگیرید.
# status: unreviewed · en: 9fbf49a14da3
failure-action-purpose = رد کنید و با دفتر صادرکننده تماس بگیرید: کلیدی که آن را امضا کرده نمی‌تواند برای این هدف اجازه‌نامه امضا کند.
# status: unreviewed · en: ef25f96c3def
failure-action-crossing-point = در این پوسته رد کنید: اجازه‌نامه تنها در گذرگاه‌های فهرست‌شدهٔ زیر معتبر است. عکس و نام را بررسی کنید، سپس دارنده را به یکی از آن‌ها بفرستید.
# status: unreviewed · en: cce6566de588
border-failure-code = کد برای دفتر صادرکننده:
# status: unreviewed · en: 1f72f3531e1f
border-refused-title = ثبت یک ارائهٔ ردشده
# status: unreviewed · en: cfd81a773fa8
border-refused-intro = این اجازه‌نامه معتبر نیست: به دارنده اجازهٔ عبور ندهید. ثبت کنید که ارائه شد، تا رد شدن در ثبت باشد و دفتر صادرکننده آن را پیگیری کند.
# status: unreviewed · en: 8eec70122009
border-record-refused-entry = ثبت ورود ردشده
# status: unreviewed · en: e61467aed9d3
border-record-refused-exit = ثبت خروج ردشده
# status: unreviewed · en: d3aa0de36db1
border-refused-required = این اجازه‌نامه معتبر نیست، پس به عنوان عبور ثبت شده نمی‌تواند: به جای آن، آن را به عنوان ارائهٔ ردشده ثبت کنید.
# status: unreviewed · en: 186a9c253966
crossings-title = عبورها
# status: unreviewed · en: 5fd2896a60ca
crossings-filter = نمایش عبورها
# status: unreviewed · en: 2716e6d458e9
crossings-anomalous = با بی‌نظمی‌ها
# status: unreviewed · en: 2da129d6dd35
crossings-daily = شمار روزانهٔ هر گذرگاه
# status: unreviewed · en: fea4cef5842f
crossing-title = عبور { $id }
# status: unreviewed · en: 1e2cbb8bf87d
crossing-caption = عبور
# status: unreviewed · en: ec679bff9867
crossing-anomalies = این عبور به پیگیری نیاز دارد
# status: unreviewed · en: fcd6d4a5ed44
crossing-no-anomaly = بی‌نظمی‌ای نیست
# status: unreviewed · en: 0174a66ebc0f
crossing-next = بررسی اجازه‌نامهٔ بعدی
# status: unreviewed · en: f62c12acfbd5
change-register-crossing-point = گذرگاه ثبت شد
# status: unreviewed · en: d26c1d846bfa
change-issue-pass = اجازه‌نامه صادر شد
# status: unreviewed · en: 1d9c033d03f1
change-revoke-pass = اجازه‌نامه لغو شد
# status: unreviewed · en: f529d763c504
change-record-crossing = عبور ثبت شد
# status: unreviewed · en: 33293c67b8ef
change-erase-pass-holders = مشخصات دارندگان پاک شد
# status: unreviewed · en: 74ab830c39fc
error-unknown-crossing-point = گذرگاهی به نام “{ $code }” وجود ندارد.
# status: unreviewed · en: af012187c93f
error-crossing-point-exists = گذرگاه “{ $code }” پیش‌تر ثبت شده است.
# status: unreviewed · en: a6e573091bb6
error-document-id-taken = اجازه‌نامه‌ای با این شناسه پیش‌تر وجود دارد.
# status: unreviewed · en: 1ce792a31811
error-pass-already-revoked = این اجازه‌نامه پیش‌تر لغو شده است.
# status: unreviewed · en: 94770818a8d1
error-validity-too-long = یک اجازه‌نامه حداکثر { $max_days } روز معتبر بوده می‌تواند.
# status: unreviewed · en: f8d2980ee986
error-retention-not-ended = مشخصات دارندهٔ { $pass } تا زمانی که اجازه‌نامه منقضی یا لغو شود نگه داشته می‌شود.
# status: unreviewed · en: a2b2b1ee59d4
error-holder-already-erased = مشخصات دارندهٔ { $pass } پیش‌تر پاک شده است.
# status: unreviewed · en: aaada556cfb8
error-bad-date = { $field }: '{ $value }' روزی به شکل YYYY-MM-DD نیست.
# status: unreviewed · en: 1c4a7e1c82ea
error-invalid-query = رشتهٔ پرسش معتبر نیست: { $reason }
# status: unreviewed · en: 3d81371640df
error-page-limit = یک صفحه ۱ تا { $max } ثبت دارد، نه { $limit }.
# status: unreviewed · en: 2647e89daf19
error-page-after = نشانگر “after” باید شناسه‌ای از خود فهرست باشد: { $reason }.
# status: unreviewed · en: b5f77b24978a
error-query-range = { $name } باید از { $min } تا { $max } باشد، نه { $value }.
# status: unreviewed · en: ecc9130ca9c2
error-bad-idempotency-key = Idempotency-Key از ۱ تا ۲۵۵ حرف ASCII قابل دید است.
# status: unreviewed · en: 05f955dc4da5
error-idempotency-key-reused = این Idempotency-Key پیش‌تر با فرمان دیگری به کار رفته است؛ هیچ چیزی ثبت نشد. برای فرمان تازه کلید تازه به کار ببرید.
# status: unreviewed · en: a9d01c901866
error-federal-government-not-notified = ولایت پیش از سفر هر هیئت به حکومت فدرالی دربارهٔ ابتکار اطلاع رسمی می‌دهد.
# status: unreviewed · en: e6214b4a61b8
error-not-a-breach = این هیچ قاعدهٔ روند را نشکست: آن را همان‌گونه که هست ثبت کنید، نه به عنوان تخطی.
# status: unreviewed · en: 38a202fa1d69
error-not-a-breach-record = این به عنوان تخطی ثبت نشده بود.
# status: unreviewed · en: eb8f7c82d420
error-approval-suspended = طرف فدرالی منظوری را در { $since } معلق کرد: { $reason } هر آنچه به منظوری نیاز دارد تا اعادهٔ آن منتظر می‌ماند.
# status: unreviewed · en: 738c7625750a
error-approval-withdrawn = طرف فدرالی منظوری را در { $since } پس گرفت: { $reason } منظوری تازه درخواست کنید.
# status: unreviewed · en: 8868ba5e5e12
error-already-suspended = منظوری پیش‌تر معلق است.
# status: unreviewed · en: ba95b0ab2e2f
error-not-suspended = منظوری معلق نیست.
# status: unreviewed · en: 36493049de1f
error-waiver-not-needed = طرف فدرالی این قاعده را برای این ابتکار پیش‌تر نرم کرده است: چیزی برای درخواست نیست.
# status: unreviewed · en: 306f85cff94a
error-waiver-pending = یک درخواست نرم کردن این قاعده هم‌اکنون در انتظار طرف فدرالی است.
# status: unreviewed · en: afd838329a71
error-no-waiver-request = هیچ درخواست نرم کردن این قاعده در انتظار پاسخ نیست.
# status: unreviewed · en: ee08275aae9b
error-federal-decision-required = تنها طرف فدرالی این قاعده ({ $rule }) را نرم می‌کند؛ از منظورکنندهٔ فدرالی (ارتباط) بخواهید دربارهٔ آن تصمیم بگیرد.
# status: unreviewed · en: 2d883aa86f3a
error-phase-not-discussed = یک مرحله تنها پس از آن پایان می‌یابد که یک جلسه دربارهٔ یکی از موضوعات اجندای آن بحث کرده باشد.
# status: unreviewed · en: 8ac0d42f0316
error-verified-document-required = عبور از سوی پوستهٔ سرحدی ثبت می‌شود (صفحهٔ پوستهٔ سرحدی، POST /api/v1/crossings)، که سند ارائه‌شده را خود تأیید می‌کند و زمان را از ساعت خود می‌گیرد؛ فرمانی که یافته‌های یک تأییدکننده را دارد از کاربر پذیرفته نمی‌شود.
# status: unreviewed · en: 97e89ba9db0b
error-holder-data-required = اجازه‌نامه از سوی دفتر اجازه‌نامه صادر می‌شود (فورمهٔ صدور، POST /api/v1/passes یا jirga pass issue)، که مشخصات دارنده را جدا از ثبت نگه می‌دارد.
# status: unreviewed · en: 27bf49f95472
error-date-in-future = { $field } در آینده بوده نمی‌تواند.
# status: unreviewed · en: da4beb1e9cc0
error-field-format = { $field } باید { $expected } باشد.
# status: unreviewed · en: 56ce25f06241
error-appointment-outside-validity = وقت ملاقات باید در مدت اعتبار اجازه‌نامه باشد.
# status: unreviewed · en: 3da39309e547
error-multipart-part = این درخواست دو بخش می‌گیرد: "application" (درخواست‌نامهٔ اجازه‌نامه، JSON) و "photo" (عکس دارنده، JPEG یا PNG).
# status: unreviewed · en: dd7fca7ba9a4
error-multipart-twice = این بخش دو بار فرستاده شده است؛ یک بار بفرستید.
# status: unreviewed · en: 3a75bc215fd2
error-multipart-application = بخش "application" (درخواست‌نامهٔ اجازه‌نامه، JSON) نیست.
# status: unreviewed · en: 98c8feaca2aa
error-photo-hash-mismatch = اثر انگشت عکسِ داده‌شده اثر انگشت عکس بارگذاری‌شده نیست: اثر انگشت را وارد نکنید (از عکس محاسبه می‌شود)، یا عکسی را بارگذاری کنید که از آن ساخته شده است.
# status: unreviewed · en: 21367246660b
error-pass-office = دفتر اجازه‌نامه نمی‌تواند اجازه‌نامه امضا کند: { $reason }
# status: unreviewed · en: 3a2d666763aa
error-may-not-read-holders = تنها مأموران اجازه‌نامه و سرحد می‌توانند مشخصات دارندهٔ یک اجازه‌نامه یا سند امضاشدهٔ آن را ببینند.
# status: unreviewed · en: e8b0f2cc2dba
error-may-not-issue = تنها مأموران اجازه‌نامهٔ ادارهٔ سرحدی اجازه‌نامه صادر می‌کنند.
# status: unreviewed · en: 22e7b8f84817
error-holder-erased = مشخصات دارندهٔ این اجازه‌نامه پاک شد؛ سند امضاشده نیز همراه آن رفت.
# status: unreviewed · en: d4962511a97e
error-not-a-pass = این اجازه‌نامه‌ای نیست که ثبت شده بتواند ({ $failure }).
# status: unreviewed · en: d45beca2387c
card-page-title = اجازه‌نامهٔ { $id }
# status: unreviewed · en: 7e3f8d52f7bc
card-title = اجازه‌نامهٔ رفت و آمد · Movement pass
# status: unreviewed · en: 0a8a74dbb17d
card-pass-purpose-medical = تداوی · Medical treatment
# status: unreviewed · en: ce455772b4e8
card-pass-purpose-business = تجارت · Business
# status: unreviewed · en: 5c96af39b1d5
card-pass-purpose-family-visit = دیدار خانوادگی · Family visit
# status: unreviewed · en: 66792798d569
card-pass-purpose-cultural-exchange = تبادل فرهنگی · Cultural exchange
# status: unreviewed · en: 36afdf2f36d0
card-name = نام · Name
# status: unreviewed · en: a182ebecc874
card-name-arabic = نام (خط عربی)
# status: unreviewed · en: ba56dc1f7de7
card-document = سند · Document
# status: unreviewed · en: aa3dcb8dc5ca
card-date-of-birth = تاریخ تولد · Born
# status: unreviewed · en: 5c66992f1b6d
card-nationality = تابعیت · Nationality
# status: unreviewed · en: df04b2057c85
card-appointment = وقت ملاقات · Appointment
# status: unreviewed · en: 1853b5a2ebea
card-attendant = همراه · Attendant
# status: unreviewed · en: 0201e981bd65
card-attendant-allowed = با همراه · May be accompanied
# status: unreviewed · en: d51623bb6d98
card-organization = نهاد تجارتی · Trade body
# status: unreviewed · en: 667ed1ac16a5
card-host = میزبان · Host
# status: unreviewed · en: 6ee85a1f8f23
card-event = رویداد · Event
# status: unreviewed · en: f08404b547fe
card-valid = اعتبار · Valid
# status: unreviewed · en: 8f7d23d795fe
card-crossing-points = گذرگاه‌ها · Crossings
# status: unreviewed · en: 61c08baea88b
card-entries = ورودها · Entries
# status: unreviewed · en: 4d836f51d49b
card-pass-id = شماره · Pass id
# status: unreviewed · en: 50f9653feaa7
card-no-photo = بدون عکس · No photo
# status: unreviewed · en: cb94e9a8474d
card-footer = بدون شبکه بررسی کنید: jirga pass verify، یا هر پوستهٔ سرحدی هر دو سو. سند امضاشده؛ هر تغییر آن را باطل می‌کند.
# status: unreviewed · en: 3116a55cd85e
card-print = چاپ
# status: unreviewed · en: 3ee79c432b9e
card-back = بازگشت به اجازه‌نامه
# status: unreviewed · en: 73b5dc495357
nav-incidents = رویدادهای امنیتی
# status: unreviewed · en: 258b04373539
incidents-title = رویدادهای امنیتی
# status: unreviewed · en: 12b8d87c43ef
incidents-source = رویدادها از صادرات ACLED یا UCDP و از ثبت دستی تحلیلگران، هر یک در ثبت. داده‌های تاریخی نمونهٔ آزمایشی مجموعه‌دادهٔ رویدادهای جغرافیایی UCDP برای پاکستان است (Sundberg & Melander 2013; Davies, Pettersson & Öberg 2022)، که با ذکر منبع رایگان قابل استفاده است.
# status: unreviewed · en: 29b45a682cb0
incidents-record = ثبت یک رویداد
# status: unreviewed · en: 23c4d5e34e28
incidents-events = رویدادها
# status: unreviewed · en: 427021074101
incidents-fatalities = تلفات
# status: unreviewed · en: 1cc14c066491
incidents-events-lc = رویداد
# status: unreviewed · en: e74b2ce47301
incidents-fatalities-lc = تلفات
# status: unreviewed · en: 0de614d138f0
incidents-comparison = این دوره و دورهٔ پیش از آن
# status: unreviewed · en: e58f2294cf0a
incidents-change = تغییر:
# status: unreviewed · en: 90e09cfae212
incidents-period-quiet = این دوازده ماه تقریباً چیزی ندارد: بیشتر داده‌های ثبت در { $month } پایان می‌یابد.
# status: unreviewed · en: e8676a61b48b
incidents-period-quiet-link = دوازده ماه تا { $month } را ببینید
# status: unreviewed · en: 510a07602a51
incidents-by-month = رویدادها بر اساس ماه
# status: unreviewed · en: 9ea1a421e0b7
incidents-by-district = رویدادها بر اساس ولسوالی
# status: unreviewed · en: 05c8256bde90
incidents-by-type = رویدادها بر اساس نوع رویداد
# status: unreviewed · en: b323fe31eba5
incidents-by-actor = رویدادها بر اساس بازیگر
# status: unreviewed · en: 3402e3c3cc12
incidents-map = نقشهٔ رویدادها بر اساس ولسوالی
# status: unreviewed · en: e0ad3b4873f3
incidents-map-note = مرزهای ولایات: Natural Earth (ملکیت عامه). ولسوالی‌ها در موقعیت میانگین رویدادهای خود کشیده می‌شوند؛ مساحت هر دایره با شمار رویدادها بزرگ می‌شود. یکی را انتخاب کنید تا رویدادهای آن را ببینید.
# status: unreviewed · en: b13e4674aef5
incidents-none = هیچ رویدادی با این صافی‌ها مطابقت ندارد.
# status: unreviewed · en: 3a4676d6dbe3
incidents-open-candidates = تکرارهای احتمالی در انتظار تصمیم
# status: unreviewed · en: 730ecdf21f5c
incidents-candidates-lc = تکرار احتمالی
# status: unreviewed · en: b2a02b297afe
incidents-list = { $shown } رویداد آخر از { $matching } رویداد مطابق
# status: unreviewed · en: 92338d5f1ca9
filter-from-month = از (ماه)
# status: unreviewed · en: a88532d86bc0
filter-to-month = تا (ماه)
# status: unreviewed · en: f393bc5c1db3
filter-apply = اعمال
# status: unreviewed · en: bd6e48bfbb2b
filter-clear = پاک کردن صافی‌ها
# status: unreviewed · en: 1af7d90c3dea
field-event-id = شناسهٔ رویداد (event_id_cnty)
# status: unreviewed · en: 4d1dcdec99d8
field-event-date = تاریخ
# status: unreviewed · en: ab64de67e1a4
field-time-precision = تاریخ تا این حد معلوم است
# status: unreviewed · en: b40b3c88465d
field-event-type = نوع رویداد
# status: unreviewed · en: 11b3d4afdfeb
field-sub-event-type = نوع فرعی رویداد
# status: unreviewed · en: bb3ca026bd9c
field-actor1 = بازیگر
# status: unreviewed · en: be9a0c07e4c6
field-actor2 = بازیگر دیگر یا هدف
# status: unreviewed · en: 9a0f7347d7cb
field-inter1 = نوع بازیگر
# status: unreviewed · en: f7da53b48cf1
field-inter2 = نوع بازیگر دیگر
# status: unreviewed · en: 03ed599c45a0
field-civilian-targeting = افراد ملکی هدف قرار گرفتند
# status: unreviewed · en: f6634eef79af
field-district = ولسوالی
# status: unreviewed · en: ed0a4d64f6f5
field-admin1 = ولایت
# status: unreviewed · en: 962e640e99e1
field-admin2 = ولسوالی
# status: unreviewed · en: 911730d83006
field-location = موقعیت
# status: unreviewed · en: 00a9750b0edd
field-latitude = عرض جغرافیایی
# status: unreviewed · en: d97d30a2e52f
field-longitude = طول جغرافیایی
# status: unreviewed · en: b96a8e176994
field-coordinates = مختصات
# status: unreviewed · en: 8494ee1cb497
field-geo-precision = مکان تا این حد معلوم است
# status: unreviewed · en: 44b1284edd34
field-fatalities = تلفات
# status: unreviewed · en: 3bead3e5eec9
field-incident-source = منبع
# status: unreviewed · en: 26d43269d081
field-notes = یادداشت‌ها
# status: unreviewed · en: e323ecccb3cb
field-tags = برچسب‌ها
# status: unreviewed · en: f7275ecde9d5
field-excerpt = گزیده
# status: unreviewed · en: b48a7044153e
field-cite-on = به عنوان شاهد در این مورد (موضوع اجندا یا ادعا)
# status: unreviewed · en: 62000e1ba9bb
field-border-stretch = بخش سرحد
# status: unreviewed · en: 38c856d2793f
field-observed-on = تاریخ مشاهده
# status: unreviewed · en: 28d0499e1aa7
field-where = کجا
# status: unreviewed · en: 42d40e8c8d38
field-group = گروه
# status: unreviewed · en: 3af9d2ec1fb0
field-people = افراد (تخمین)
# status: unreviewed · en: fcdbaf4856b7
field-description = آنچه گزارش شد
# status: unreviewed · en: da4069089fd2
field-linked-incidents = رویدادهای پیوسته (شناسه‌ها)
# status: unreviewed · en: c711ef341cdc
time-precision-1 = روز
# status: unreviewed · en: 7a20e1b0494f
time-precision-2 = هفته
# status: unreviewed · en: 7aa849f9d351
time-precision-3 = ماه
# status: unreviewed · en: cebd2cefcbdf
geo-precision-1 = شهر
# status: unreviewed · en: a48544a1124e
geo-precision-2 = ساحه
# status: unreviewed · en: 7b4e087fada6
geo-precision-3 = منطقه
# status: unreviewed · en: 1b804ac28f8f
incident-caption = رویداد
# status: unreviewed · en: f566119ec1db
incident-title = رویداد { $id }
# status: unreviewed · en: 4eab9fbd1954
incident-recorded = از { $source } ({ $format }) به دست { $who }، { $at } ثبت شد.
# status: unreviewed · en: e590734862ad
incident-merged = ادغام شد در
# status: unreviewed · en: 73cae7dbd46b
incident-candidates = احتمالاً همان رویداد است که
# status: unreviewed · en: 2065cee2d961
incident-candidates-rule = قاعدهٔ ACLED برای یک رویداد: همان روز، مکان، بازیگران و نوع فعالیت؛ اینجا در فاصلهٔ یک روز و ۱۰ کیلومتر. آن دو را ادغام کنید، یا جدا نگه دارید: در هر دو حالت هیچ چیزی حذف نمی‌شود و تصمیم به نام شما ثبت می‌شود.
# status: unreviewed · en: ee57a6f74026
incident-decisions = تصمیم‌ها
# status: unreviewed · en: d0e3b3603846
incident-reports = گزارش‌های منبع
# status: unreviewed · en: 0f1b1cd89128
incident-no-reports = هنوز گزارش منبعی نیست.
# status: unreviewed · en: ec02c4757af8
incident-report-added = به دست { $who } افزوده شد
# status: unreviewed · en: 2acf8fe9d9e5
incident-add-report = افزودن یک گزارش منبع
# status: unreviewed · en: 8afcdaffc768
incident-add-report-submit = افزودن گزارش
# status: unreviewed · en: aa9af8510f8f
incident-versions = نسخه‌های پیشین
# status: unreviewed · en: d75e629a0fe7
incident-replaced = به دست { $who }، { $at } جایگزین شد: { $reason }
# status: unreviewed · en: 4066518f52ca
incident-cited = به عنوان شاهد ذکر شده
# status: unreviewed · en: a07a1ad3677d
incident-amend = اصلاح این رویداد
# status: unreviewed · en: 4ea6721b96a0
incident-amend-submit = ثبت نسخهٔ تازه
# status: unreviewed · en: 261d4d27f4dc
incident-new-title = ثبت یک رویداد
# status: unreviewed · en: 5a71f7ee6021
incident-new-lead = همان ساحه‌ها و همان بررسی‌ها که در واردات ACLED: هر مقدار سنجیده می‌شود، و رویداد همراه گزارشی که از آن آمده ثبت می‌شود.
# status: unreviewed · en: b24f1c9258cd
incident-new-submit = ثبت رویداد
# status: unreviewed · en: 93c902938908
incident-first-report = گزارشی که از آن آمده است
# status: unreviewed · en: 793eae238b4a
cite-statistic = ذکر این نما به عنوان شاهد
# status: unreviewed · en: 2bbd4005eb3d
cite-incident = ذکر این رویداد به عنوان شاهد
# status: unreviewed · en: 03639898cf14
cite-submit = ذکر
# status: unreviewed · en: d4a9f1cdc83c
duplicate-decision-merge = ادغام در این یکی
# status: unreviewed · en: b5cad82ee20f
duplicate-decision-merge-submit = ادغام
# status: unreviewed · en: 08ac0b9b5f3c
duplicate-decision-keep-apart = جدا نگه داشتن
# status: unreviewed · en: d148e4e61157
duplicate-decision-keep-apart-submit = جدا نگه داشتن
# status: unreviewed · en: e30f44c67bb6
incident-format-acled = ACLED
# status: unreviewed · en: 2e61afc98727
incident-format-ucdp = UCDP GED
# status: unreviewed · en: 24054717002d
incident-format-form = ثبت دستی
# status: unreviewed · en: 48eb4af65105
movement-direction-into-pakistan = به سوی پاکستان
# status: unreviewed · en: 3687d12a65ea
movement-direction-into-afghanistan = به سوی افغانستان
# status: unreviewed · en: f1162853b50a
movement-direction-unknown = نامعلوم
# status: unreviewed · en: 7a2ca9a0ff22
alerts-title = هشدارها
# status: unreviewed · en: 0d15ef379363
alerts-latest = آخرین هشدارها
# status: unreviewed · en: b389965d0eb4
alerts-none = هنوز هیچ هشداری داده نشده است.
# status: unreviewed · en: ace6789fc782
alerts-raised = داده شد
# status: unreviewed · en: 7fa246de6eb0
alerts-what = چه
# status: unreviewed · en: 94a1a985aed2
alerts-webhook = هر هشدار یک رویداد در ثبت است؛ نصبی که JIRGA_ALERT_WEBHOOK در آن تنظیم شده باشد، از راه یک HTTP POST هشدار به شکل JSON نیز آگاه می‌شود.
# status: unreviewed · en: 268e16317ae8
alert-rule-suicide-bombings-in-a-district = حملات انتحاری در یک ولسوالی
# status: unreviewed · en: bd5899f97885
alert-rule-suicide-bombings-in-a-province = حملات انتحاری در یک ولایت
# status: unreviewed · en: 11c3316a7bd9
alert-rule-suicide-bombings-in-a-district-text = { $count } حملهٔ انتحاری یا بیشتر در یک ولسوالی در مدت { $days } روز.
# status: unreviewed · en: 743663d5d0ac
alert-rule-suicide-bombings-in-a-province-text = { $count } حملهٔ انتحاری یا بیشتر در یک ولایت در مدت { $days } روز.
# status: unreviewed · en: c2bf58f43df7
movements-title = رفت و آمد در سرحد
# status: unreviewed · en: ab641d33d7cd
movements-lead = گزارش‌های رفت و آمد شبه‌نظامیان از یک گذرگاه یا بخشی از سرحد، همراه منبع آن، پیوسته با رویدادهایی که آن را توضیح می‌دهند. ACLED چنین ثبتی ندارد؛ این از خود ماست.
# status: unreviewed · en: be9647484e47
movements-add = گزارش یک رفت و آمد
# status: unreviewed · en: 2467505e0d04
movements-add-submit = ثبت گزارش
# status: unreviewed · en: e33ac6eaf1a3
change-record-incidents = رویدادها ثبت شدند
# status: unreviewed · en: 7fee0b4e23d5
change-amend-incident = رویداد اصلاح شد
# status: unreviewed · en: c340e8862900
change-add-incident-report = گزارش منبع افزوده شد
# status: unreviewed · en: efb6ee7e8028
change-resolve-duplicate = دربارهٔ تکرار تصمیم گرفته شد
# status: unreviewed · en: d73d227d604e
change-report-movement = رفت و آمد گزارش شد
# status: unreviewed · en: f804ceb30b52
change-cite-evidence = شاهد ذکر شد
# status: unreviewed · en: da74c9e1c1eb
error-incident-exists = رویدادی با شناسهٔ { $id } پیش‌تر در ثبت است.
# status: unreviewed · en: bbaa61e828bc
error-incident-merged = رویداد { $id } در { $into } ادغام شد؛ روی آن یکی اقدام کنید.
# status: unreviewed · en: 0e7fc0e04aba
error-not-citable = شاهد روی یک موضوع اجندا یا یک ادعا ذکر می‌شود، نه روی { $record }.
# status: unreviewed · en: 1fb6630fa2fa
evidence-title = شواهد ذکرشده
# status: unreviewed · en: 8721d97f866a
evidence-statistic = آمار
# status: unreviewed · en: 3a683d2f047b
change-set-duplicate-tolerance = تحمل تکرار تنظیم شد
# status: unreviewed · en: 1ea7d0c526e6
tolerance-title = دو گزارش چقدر باید نزدیک باشند تا به عنوان یک رویداد پیشنهاد شوند
# status: unreviewed · en: f32f35d5d722
tolerance-now = اکنون: در فاصلهٔ { $days } روز و { $km } کیلومتر، همان بازیگران و نوع رویداد.
# status: unreviewed · en: 4d8ec3f776ac
tolerance-submit = تنظیم تحمل
# status: unreviewed · en: a2463e8ab951
field-days = حداکثر فاصلهٔ روزها
# status: unreviewed · en: e4dbd5e1e65c
field-km = حداکثر فاصلهٔ کیلومترها

## Agreeing has a process (issue 14): the counterpart's acceptance in a meeting
# status: unreviewed · en: f2c0531a696b
error-not-proposed = تنها تعهد پیشنهادشده پذیرفته شده می‌تواند؛ این یکی { $status } است.
# status: unreviewed · en: 2df2bae4d207
error-already-accepted = پذیرش این تعهد از سوی طرف مقابل پیش‌تر در ثبت است.
# status: unreviewed · en: 2011af297590
error-not-accepted-by-counterpart = یک تعهد تنها زمانی پذیرفته می‌شود که طرف مقابل آن را در جلسه‌ای با او پذیرفته باشد: نخست پذیرش او را ثبت کنید.
# status: unreviewed · en: 53838be55f71
error-meeting-not-with-counterpart = پذیرش در جلسه‌ای با طرف دیگر داده می‌شود؛ هیچ کس از طرف دیگر در این جلسه شرکت نداشت، و آن سوی سرحد برگزار نشد.
# status: unreviewed · en: 060fc6948d10
error-meeting-was-a-breach = این جلسه خارج از قواعد برگزار شد (تخطی): به هیچ چیزی که در آن پذیرفته شد اعتماد شده نمی‌تواند.
# status: unreviewed · en: 714d32441bcb
error-nothing-agreed-in-meeting = جلسه هیچ نتیجهٔ پذیرفته‌شده‌ای ثبت نکرده است: نخست نتایج جلسه را ثبت کنید.
# status: unreviewed · en: 0560f0806d21
error-no-such-condition = منظوری { $conditions } شرط دارد؛ شرط { $condition } وجود ندارد.
# status: unreviewed · en: ba5aec537e82
acceptance-title = پذیرش طرف مقابل
# status: unreviewed · en: 545e5a8842d2
acceptance-none = طرف مقابل هنوز این تعهد را نپذیرفته است. تنها زمانی پذیرفته شده می‌تواند که او آن را در جلسه‌ای با وی پذیرفته باشد.
# status: unreviewed · en: 3048b1bd9ee3
acceptance-own = از سوی طرف مقابل در { $date } پذیرفته شد (جلسه: { $meeting }).
# status: unreviewed · en: 54fc546adcbd
acceptance-tag-own = پذیرفته شد
# status: unreviewed · en: 08205fb4f195
acceptance-tag-reported = پذیرش گزارش شد
# status: unreviewed · en: 688db3df0e30
acceptance-reported = هیئت گزارش داد که طرف مقابل در { $date } پذیرفت (جلسه: { $meeting }). منبع: { $source }.
# status: unreviewed · en: 3383a02449ff
acceptance-accept = پذیرفتن این تعهد (تصمیم خود طرف مقابل)
# status: unreviewed · en: 183e23817607
acceptance-accept-submit = ثبت پذیرش ما
# status: unreviewed · en: 8fe2737773d0
acceptance-report = گزارش پذیرش طرف مقابل (با منبع آن)
# status: unreviewed · en: 989fb0cc3921
acceptance-report-submit = گزارش پذیرش
# status: unreviewed · en: cf53293297ea
field-meeting = جلسه‌ای که در آن پذیرفته شد
# status: unreviewed · en: 733a494f5c3b
field-accepted-on = تاریخ پذیرش
# status: unreviewed · en: ac2eaea6c73a
field-source-publisher = منبع: ناشر
## Travel recorded as a breach
# status: unreviewed · en: 6c333a5b9b23
field-travel-as-breach = خارج از قواعد سفر کرد (پیش از منظوری، پیش از اطلاع رسمی، پیش از گزارش سفر زمینه‌سازی): آن را به عنوان تخطی ثبت کنید
# status: unreviewed · en: 7f72173de642
visit-breach-heading = سفر به { $place } در { $date }
# status: unreviewed · en: d46f192a0f3b
breach-intro-visit = این سفر خارج از قواعد روند انجام شد. در ثبت همان‌گونه است که بود؛ تا زمانی که طرف فدرالی آن را بپذیرد، به او نشان داده می‌شود.
## Conditions of an approval
# status: unreviewed · en: 3d2c425e9ad4
field-conditions = شرایطی که ولایت باید دربارهٔ آن گزارش دهد (هر کدام در یک سطر)
# status: unreviewed · en: 78d564d3b7b2
conditions-title = شرایط منظوری
# status: unreviewed · en: 14f22206f5fb
conditions-intro = طرف فدرالی این شرایط را تعیین کرد؛ ولایت دربارهٔ هر یک گزارش می‌دهد.
# status: unreviewed · en: 59fcd6eb1425
conditions-unreported = هنوز گزارشی نیست
# status: unreviewed · en: 83b016485d07
conditions-reported = در { $date } گزارش شد: { $report }
# status: unreviewed · en: 40bd82f6b1f1
conditions-report = گزارش دربارهٔ یک شرط
# status: unreviewed · en: 0e13021aff3f
conditions-report-submit = فرستادن گزارش
# status: unreviewed · en: 424024111528
field-condition = شرط
# status: unreviewed · en: a1354410d5bf
dashboard-conditions-unreported = { $count ->
    [0] همهٔ شرایط منظوری از سوی ولایت گزارش شده‌اند.
    [one] یک شرط منظوری هنوز از سوی ولایت گزارشی ندارد.
   *[other] { $count } شرط منظوری هنوز از سوی ولایت گزارشی ندارند.
}
## Policy changes: proposed by an administrator, approved by the federal side
# status: unreviewed · en: ee3cf50622c3
policy-proposals = تغییرات پیشنهادشده در انتظار طرف فدرالی
# status: unreviewed · en: cbf2c88cf0c7
policy-proposals-none = هیچ تغییر پیشنهادشده‌ای در انتظار نیست.
# status: unreviewed · en: fbef8d289574
policy-proposed-by = به پیشنهاد { $name } ({ $organization }) در { $date }: { $reason }
# status: unreviewed · en: 864e4c2ccb0d
policy-approved-by = از سوی { $name } ({ $organization }) در { $date } منظور شد
# status: unreviewed · en: 157d9c81e5bd
policy-refused-by = از سوی { $name } ({ $organization }) در { $date } رد شد: { $reason }
# status: unreviewed · en: 7d711bc86011
policy-break-glass = با اختیار اضطراری گرداننده (break-glass)، بدون منظوری طرف فدرالی نافذ شد
# status: unreviewed · en: b99c736e36e3
policy-in-force-shipped = پالیسی‌های همراه برنامه نافذند (هیچ تغییر ثبت‌شده‌ای نیست).
# status: unreviewed · en: 23e06b3bb281
policy-approve = منظوری این تغییر (تصمیم فدرالی)
# status: unreviewed · en: 02f7ea2dd071
policy-approve-submit = منظوری: نافذ می‌شود
# status: unreviewed · en: 5a647d6f9961
policy-refuse = رد این تغییر (تصمیم فدرالی)
# status: unreviewed · en: 42b7c8170575
policy-refuse-submit = رد تغییر
# status: unreviewed · en: 18583fcce21b
policy-stale = پس از پیشنهاد این یکی، تغییر دیگری نافذ شد: این تنها رد شده می‌تواند.
# status: unreviewed · en: 8639758bffc9
policy-co-approval = یک تغییر تنها زمانی نافذ می‌شود که یک منظورکنندهٔ فدرالی از ادارهٔ دیگری آن را منظور کند: دو اداره، دو نفر، هر دو در ثبت.

## Your profile: who you are on the record, how you read it
# status: unreviewed · en: b297eaaffa71
profile-title = مشخصات شما
# status: unreviewed · en: d48e6a1797c1
profile-roles = نقش‌ها
# status: unreviewed · en: 9c59db9a01eb
profile-posts = محل وظیفه
# status: unreviewed · en: 3931d02ea5ce
profile-reading = شما ثبت را چگونه می‌خوانید
# status: unreviewed · en: a11246ba7729
profile-calendar = تقویم تاریخ‌ها
# status: unreviewed · en: 5aa306f1537d
profile-calendar-hint = ثبت هر تاریخ را به تقویم میلادی نگه می‌دارد؛ این تنها شیوهٔ نمایش تاریخ‌ها به شما را تغییر می‌دهد.
# status: unreviewed · en: fd7dac08f636
profile-today = امروز، چنان‌که تاریخ‌ها را خواهید دید:
# status: unreviewed · en: 237792b35e66
profile-save = ذخیره
# status: unreviewed · en: a32454eff8b3
calendar-locale = تقویم زبان شما (در دری و پشتو هجری شمسی، در دیگر زبان‌ها میلادی)
# status: unreviewed · en: c171855b960b
calendar-gregorian = میلادی
# status: unreviewed · en: cd73bb29e44d
calendar-solar-hijri = هجری شمسی
# status: unreviewed · en: c66c26c0bfa0
calendar-hijri = هجری قمری (محاسبه‌شده)
# status: unreviewed · en: e258d3d7ab04
calendar-hijri-computed = تاریخ‌های هجری قمری در این صفحات محاسبه‌شده (جدولی) هستند: ماه‌ها آن‌گونه که مردم نگه می‌دارند به دیدن ماه بستگی دارد و ممکن است یک روز تفاوت داشته باشد.
# status: unreviewed · en: e4ce174b8476
user-role-provincial-coordinator = هماهنگ‌کنندهٔ ولایتی
# status: unreviewed · en: 462bfc1423ce
user-role-federal-approver = منظورکنندهٔ فدرالی
# status: unreviewed · en: 83b44e219b3a
user-role-delegation-member = عضو هیئت
# status: unreviewed · en: 28821d9a7e30
user-role-security-analyst = تحلیلگر امنیتی
# status: unreviewed · en: 0b9e96f09238
user-role-pass-officer = مأمور اجازه‌نامه
# status: unreviewed · en: 1cd5713126ed
user-role-border-officer = مأمور سرحدی
# status: unreviewed · en: bd44f6c156a0
user-role-auditor = تفتیش‌کننده
# status: unreviewed · en: d94d2471f7c0
user-role-administrator = مدیر

## Communities, grievances and delivery (issue 18)
# status: unreviewed · en: 527f1754b2b3
nav-communities = جوامع
# status: unreviewed · en: c4f845f3dd16
nav-results = نتایج
# status: unreviewed · en: bb53561f9b8d
kind-community = جامعه
# status: unreviewed · en: db24c6f52457
kind-grievance = شکایت
# status: unreviewed · en: cc34be3bf8b8
change-register-community = جامعه ثبت شد
# status: unreviewed · en: aae065e8f882
change-add-elder = بزرگ افزوده شد
# status: unreviewed · en: c5a2905ca384
change-raise-grievance = شکایت ثبت شد
# status: unreviewed · en: 56f5bf02ced7
change-advance-grievance = بر شکایت گام بعدی برداشته شد
# status: unreviewed · en: 9613845d33c1
change-mark-confidence-building = به‌عنوان اقدام اعتمادساز نشانی شد
# status: unreviewed · en: 6a941ca25320
change-add-milestone = نقطهٔ عطف افزوده شد
# status: unreviewed · en: 351561202b20
change-report-milestone = گزارش نقطهٔ عطف داده شد
# status: unreviewed · en: 3835fa4ae6ab
change-score-implementation = نمرهٔ تطبیق داده شد
# status: unreviewed · en: 80c38dbbb796
error-already-an-elder = این شخص از پیش بزرگ این جامعه است.
# status: unreviewed · en: cee33fab33d9
error-elder-of-a-government = بزرگ نمایندهٔ جامعه است، نه حکومت: این شخص از طرف یک حکومت است.
# status: unreviewed · en: 75d111a43d97
error-not-an-elder = شکایت را بزرگ خود جامعه ثبت می‌کند: این شخص از بزرگان آن نیست.
# status: unreviewed · en: 402cb07d8545
error-sensitive-raiser-in-the-open = نام شکایت‌کنندهٔ شکایت حساس جدا از سابقه نگه داشته می‌شود؛ نام را در `raised_by` بفرستید، سرور آن را جدا نگه می‌دارد.
# status: unreviewed · en: 2eeaf177ccb8
error-raiser-data-required = شکایت‌کننده‌ای که این شکایت حساس به او تعهد دارد همراه آن فرستاده نشده، یا با تعهد مطابقت ندارد.
# status: unreviewed · en: 7431e4f1b7ed
error-invalid-grievance-step = شکایتی که { $from } است نمی‌تواند { $to } شود.
# status: unreviewed · en: 0fc0cad3b533
error-step-incomplete = این گام به { $field } نیاز دارد.
# status: unreviewed · en: 6975f071826c
error-reason-required = دلیل را بگویید: شکایت فقط با دلیل حل یا بسته می‌شود.
# status: unreviewed · en: 84a305bd5060
error-measure-one-sided = اقدام اعتمادساز میان دو سوی سرحد است: جوامع یا مقامات سوی افغانستان و سوی پاکستان را نام ببرید.
# status: unreviewed · en: 6e985545c404
error-already-a-measure = این تعهد از پیش به‌عنوان اقدام اعتمادساز نشانی شده است.
# status: unreviewed · en: a25da89cab7f
error-no-such-milestone = این تعهد { $milestones } نقطهٔ عطف دارد؛ نقطهٔ عطف { $milestone } وجود ندارد.
# status: unreviewed · en: e595f1df6d37
error-milestone-already-met = گزارش برآورده شدن این نقطهٔ عطف از پیش داده شده است.
# status: unreviewed · en: c3bde38a3b48
error-evidence-required = نمره بر شواهد استوار است: بگویید شواهد چیست.
# status: unreviewed · en: fe9f4bd5d85e
field-community = جامعه
# status: unreviewed · en: 0a4262874814
field-communities = جوامع
# status: unreviewed · en: 318bcdb9d5ad
field-districts = ولسوالی‌ها و ولایات
# status: unreviewed · en: d9a21dd819b9
field-part-of = بخشی از
# status: unreviewed · en: 8dc831e7a16b
field-neighbours = همسایه‌ها
# status: unreviewed · en: a868bfebd386
field-standing = جایگاه
# status: unreviewed · en: 07a17d4ae082
field-since = از
# status: unreviewed · en: 734b178eee46
field-raised-by = شکایت‌کننده
# status: unreviewed · en: 3ba305f1347c
field-raised-on = تاریخ ثبت
# status: unreviewed · en: c0ee9d4b7de5
field-sensitive = حساس (مثلاً شکایت از یک عملیات امنیتی): نام شکایت‌کننده جدا از سابقه نگه داشته می‌شود
# status: unreviewed · en: 01f0d6880dd4
field-referred-to = ارجاع به (برای ارجاع)
# status: unreviewed · en: e8c887aaf4b2
field-reason-or-note = دلیل (برای حل یا بستن) یا یادداشت
# status: unreviewed · en: c5dffea7ca58
field-parties = مقامات
# status: unreviewed · en: 367e31336793
field-indicator = شاخص
# status: unreviewed · en: 76096ef0acd3
field-target = هدف
# status: unreviewed · en: ee9188e37d45
field-milestone = نقطهٔ عطف
# status: unreviewed · en: d6b9daf2ea15
field-value = مقدار
# status: unreviewed · en: a4ca7827cb63
field-met = برآورده شد
# status: unreviewed · en: a6bebcb6b14e
field-evidence = شواهد
# status: unreviewed · en: f2590054e10a
field-evidence-kind = نوع شواهد
# status: unreviewed · en: 2019bb1e9d33
field-marked-on = تاریخ نشانی
# status: unreviewed · en: 0ab4f589ad15
field-scored-on = تاریخ نمره
# status: unreviewed · en: 435b06d7acb5
field-score = نمره
# status: unreviewed · en: 6985fa8e5b70
field-last-step-on = آخرین گام شکایت
# status: unreviewed · en: 97caac5c6b7c
field-last-reading-on = آخرین گزارش نقطهٔ عطف
# status: unreviewed · en: 3ea94d1ae4d1
field-raiser-commitment = تعهد به شکایت‌کننده
# status: unreviewed · en: f67d8291b4c1
side-pakistan = پاکستان
# status: unreviewed · en: 92665116d45d
side-afghanistan = افغانستان
# status: unreviewed · en: eb5e67a82600
community-kind-tribe = قبیله
# status: unreviewed · en: 27b7d23d7f78
community-kind-sub-tribe = شاخه یا خیل
# status: unreviewed · en: fce357eecac8
community-kind-locality = جامعهٔ یک محل
# status: unreviewed · en: ca23b2ca579c
district-chitral = چترال
# status: unreviewed · en: bff906f40f51
district-bajaur = باجور
# status: unreviewed · en: ef45be398541
district-mohmand = مهمند
# status: unreviewed · en: 499ea85e5197
district-khyber = خیبر
# status: unreviewed · en: 044cf146799e
district-peshawar = پشاور
# status: unreviewed · en: b8ce418a8f6e
district-orakzai = اورکزی
# status: unreviewed · en: 1c89de5c6cee
district-kurram = کرم
# status: unreviewed · en: 0b6587f6c6c0
district-north-waziristan = وزیرستان شمالی
# status: unreviewed · en: 8651fefd1336
district-south-waziristan = وزیرستان جنوبی
# status: unreviewed · en: e0db5e5bb830
district-zhob = ژوب
# status: unreviewed · en: ce4a0efeb224
district-chaman = چمن
# status: unreviewed · en: 63b9020529ab
district-nuristan = نورستان
# status: unreviewed · en: 4bc78aebb20e
district-kunar = کنر
# status: unreviewed · en: 68ed0d0b81cb
district-nangarhar = ننگرهار
# status: unreviewed · en: b892e2942164
district-paktia = پکتیا
# status: unreviewed · en: d21e10c59396
district-khost = خوست
# status: unreviewed · en: f2bfc07648e0
district-paktika = پکتیکا
# status: unreviewed · en: 00c303c3b6c9
district-kandahar = قندهار
# status: unreviewed · en: 7dcd32ef3fe9
standing-in-community-malik = ملک
# status: unreviewed · en: 225e43a43059
standing-in-community-elder = بزرگ
# status: unreviewed · en: 849fe52acc2c
standing-in-community-religious-figure = شخصیت دینی
# status: unreviewed · en: 9a3b7ff71e60
standing-in-community-youth-representative = نمایندهٔ جوانان
# status: unreviewed · en: 145916e588db
standing-in-community-womens-representative = نمایندهٔ زنان
# status: unreviewed · en: da7e3bd8d289
grievance-topic-movement = رفت‌وآمد
# status: unreviewed · en: d5095b43690b
grievance-topic-trade = تجارت
# status: unreviewed · en: bef613f43fd2
grievance-topic-refugees = مهاجران
# status: unreviewed · en: cf39d6c30a4d
grievance-topic-security-operations = عملیات امنیتی
# status: unreviewed · en: a7d9ba574680
grievance-topic-detention = بازداشت
# status: unreviewed · en: e7d356999c6d
grievance-topic-health = صحت
# status: unreviewed · en: 00dd348372c2
grievance-topic-education = معارف
# status: unreviewed · en: 61036192da48
grievance-topic-livelihoods = معیشت
# status: unreviewed · en: 6b6cd6598535
grievance-topic-water-land = آب و زمین
# status: unreviewed · en: ca7dc1d4a22e
grievance-topic-other = دیگر
# status: unreviewed · en: 542e787d3e2c
grievance-status-raised = ثبت‌شده
# status: unreviewed · en: 7a7028715f45
grievance-status-acknowledged = پذیرفته‌شده
# status: unreviewed · en: 3520af5d4517
grievance-status-referred = ارجاع‌شده
# status: unreviewed · en: 4c170950ecfe
grievance-status-addressed = در دست رسیدگی
# status: unreviewed · en: 2aa579bc4a4e
grievance-status-resolved = حل‌شده
# status: unreviewed · en: 1e20d6f4b04c
grievance-status-closed = بسته
# status: unreviewed · en: 8a0823f81072
evidence-kind-report = گزارش
# status: unreviewed · en: 04b1348a89e3
evidence-kind-incidents = رویدادها
# status: unreviewed · en: 5d8ba914ab0b
evidence-kind-crossings = آمار عبور از سرحد
# status: unreviewed · en: 1e8624cdbdb7
evidence-kind-document = سند
# status: unreviewed · en: f87a9af2fb97
pam-0 = تطبیق نشده
# status: unreviewed · en: c7d6cd0eb17d
pam-1 = حداقل
# status: unreviewed · en: c42e236dc5d7
pam-2 = متوسط
# status: unreviewed · en: cd63296bb830
pam-3 = کامل
# status: unreviewed · en: 67a8157e09e3
pam-score = { $score } — { $meaning }
# status: unreviewed · en: a3804fef9e24
pam-unscored = نمره داده نشده
# status: unreviewed · en: da14e328da42
communities-title = جوامع
# status: unreviewed · en: f85d00e3108a
communities-lead = قبایل و جوامع دو سوی سرحد، بزرگان آن‌ها، و آنچه شکایت کرده‌اند. سوهای یک جامعه از ولسوالی‌ها و ولایاتی که در آن زندگی می‌کند تعیین می‌شود.
# status: unreviewed · en: f85878b069c2
communities-none = هنوز هیچ جامعه‌ای در سابقه نیست.
# status: unreviewed · en: 5b15864c1869
community-caption = جامعه
# status: unreviewed · en: 7cdb99376709
community-sides = سوهای سرحد
# status: unreviewed · en: dfeee45be20b
community-elders = بزرگان و نمایندگان
# status: unreviewed · en: b1479da042cd
community-open-grievances = شکایات باز
# status: unreviewed · en: 0449e94cd1bd
community-register = ثبت جامعه
# status: unreviewed · en: f8c8cfeec5e0
community-register-submit = جامعه را ثبت کنید
# status: unreviewed · en: dcf3729b96c2
community-related = جوامع مرتبط
# status: unreviewed · en: dde4ae04ccb1
community-needs-approval = این جامعه در سوی افغانستان نیز زندگی می‌کند: جرگه با بزرگان آن دیدار با سوی دیگر است و زیر منظوری فدرالی و موضوعات آن برگزار می‌شود.
# status: unreviewed · en: 8178a6d5674d
community-no-elders = هنوز هیچ بزرگی در سابقه نیست.
# status: unreviewed · en: 93ffcedf54aa
community-engagements = تماس‌ها (دیدارهایی که بزرگانش در آن شرکت کردند)
# status: unreviewed · en: d4912423fe7c
community-no-engagements = هنوز هیچ دیداری با بزرگانش در سابقه نیست.
# status: unreviewed · en: a4ff1bf7a660
community-measures = اقدامات و تعهداتی که به آن مربوط است
# status: unreviewed · en: 0170bc65fa03
community-no-measures = هنوز هیچ تعهدی به آن مربوط نیست.
# status: unreviewed · en: 014f492e3789
community-incidents = رویدادهای ثبت‌شده در ولسوالی‌های آن، سال به سال
# status: unreviewed · en: 943526b17cbc
community-incidents-note = از دفتر رویدادها، که سوی پاکستانی سرحد را در بر دارد.
# status: unreviewed · en: b0cc823fa6e9
elder-add = افزودن بزرگ یا نماینده
# status: unreviewed · en: ac46b461bda7
elder-add-submit = بیفزایید
# status: unreviewed · en: 237126e2c3e3
grievances-title = شکایات
# status: unreviewed · en: 36f8ebdadfe0
grievances-lead = آنچه جوامع شکایت کرده‌اند، و هر گامی که بر آن برداشته شده. هیچ چیز حذف نمی‌شود: شکایت با دلیل حل یا بسته می‌شود.
# status: unreviewed · en: aa288e28e23d
grievances-none = اینجا هیچ شکایتی در سابقه نیست.
# status: unreviewed · en: 90a71513f9aa
grievances-none-open = هیچ شکایتی باز نیست.
# status: unreviewed · en: 39984facfa1f
grievances-open = باز
# status: unreviewed · en: 5037811d03e5
grievances-filter-status = فیلتر بر اساس وضعیت
# status: unreviewed · en: 9aa521be4b44
grievances-filter-topic = فیلتر بر اساس موضوع
# status: unreviewed · en: 989c1be2060e
grievances-filter-community = فیلتر بر اساس جامعه
# status: unreviewed · en: d1edd8da1c99
grievance-caption = شکایت
# status: unreviewed · en: 258003a0bdab
grievance-raise = ثبت شکایت
# status: unreviewed · en: d71028acb603
grievance-raise-submit = شکایت را ثبت کنید
# status: unreviewed · en: 93c3b0df32e4
grievance-steps = گام‌های برداشته‌شده
# status: unreviewed · en: 24e83c2fe047
grievance-advance = گام بعدی
# status: unreviewed · en: 6591c0441702
grievance-advance-submit = گام را ثبت کنید
# status: unreviewed · en: d60eeeda544d
grievance-addressed-by = رسیدگی از طریق
# status: unreviewed · en: cb38ecde6c9e
raiser-kept-apart = جدا از سابقه نگه داشته شده: تنها کسانی که پالیسی اجازه می‌دهد شکایت‌کننده را می‌بینند.
# status: unreviewed · en: ef59dcf77224
raiser-kept-apart-shown = (جدا از سابقه نگه داشته شده؛ شما می‌توانید ببینید)
# status: unreviewed · en: ad93f6193147
raiser-mismatch = شکایت‌کنندهٔ جدا نگه‌داشته‌شده با تعهد سابقه مطابقت ندارد: نشان داده نمی‌شود.
# status: unreviewed · en: e8ab3b8e6d82
raiser-not-named = نام برده نشده
# status: unreviewed · en: 0df96e4c1a94
sensitive-tag = حساس
# status: unreviewed · en: e628a2ef5682
dashboard-open-grievances = شکایات باز بر اساس جامعه و موضوع
# status: unreviewed · en: 35ad83df0ba2
approval-lapsing = منظوری در { $date }، پس از { $days } روز، پایان می‌یابد: به‌موقع تمدید آن را درخواست کنید.
# status: unreviewed · en: 7733fdadf097
overdue-tag = معوق
# status: unreviewed · en: b861de605eb7
overdue-milestones = { $count ->
    [0] هیچ نقطهٔ عطفی معوق نیست
    [one] یک نقطهٔ عطف معوق
   *[other] { $count } نقطهٔ عطف معوق
}
# status: unreviewed · en: eaccca9c5487
commitment-overdue = تاریخ موعد آن گذشته و برآورده نشده است.
# status: unreviewed · en: 84536a65367e
delivery-title = تطبیق
# status: unreviewed · en: 00287b92e74d
cbm-title = اقدام اعتمادساز
# status: unreviewed · en: cdc539705bd4
cbm-tag = اقدام اعتمادساز
# status: unreviewed · en: 26388e4e2a57
cbm-between = در { $date } نشانی شد، میان:
# status: unreviewed · en: a565e31f111f
cbm-not-marked = به‌عنوان اقدام اعتمادساز نشانی نشده است.
# status: unreviewed · en: 665ae4c9c202
cbm-mark = نشانی به‌عنوان اقدام اعتمادساز
# status: unreviewed · en: 540f217c1f07
cbm-mark-submit = نشانی کنید
# status: unreviewed · en: 603e5ef0190b
milestones-title = نقاط عطف
# status: unreviewed · en: a2a796d984b2
milestones-none = هنوز هیچ نقطهٔ عطفی نیست.
# status: unreviewed · en: 65c451902843
milestone-due = موعد { $date }.
# status: unreviewed · en: a90a89c93d80
milestone-met = در { $date } برآورده شد
# status: unreviewed · en: 020fb88ee0f8
milestone-open = باز
# status: unreviewed · en: 640940698c56
milestone-target = هدف { $target }
# status: unreviewed · en: ecacd11dcfb6
milestone-reported-met = برآورده شد
# status: unreviewed · en: 05376e2c8369
milestone-add = افزودن نقطهٔ عطف
# status: unreviewed · en: 29633e87538b
milestone-add-submit = نقطهٔ عطف را بیفزایید
# status: unreviewed · en: 6d34391bba52
milestone-report = گزارش نقطهٔ عطف
# status: unreviewed · en: 22d26a9a10aa
milestone-report-submit = گزارش را ثبت کنید
# status: unreviewed · en: a4d6c7b3817f
scores-title = نمرهٔ تطبیق
# status: unreviewed · en: 98e0dcd0ec94
scores-now = نافذ امروز:
# status: unreviewed · en: ed1c29bcbc77
scores-scale = بر مقیاس ماتریس توافق‌نامه‌های صلح: 0 تطبیق نشده، 1 حداقل، 2 متوسط، 3 کامل. هر نمره با شواهد آن در سابقه است.
# status: unreviewed · en: 56752ad79a8a
scores-by = نمره‌دهنده
# status: unreviewed · en: 678c5b29a30e
score-add = نمرهٔ تطبیق بدهید
# status: unreviewed · en: c4f68da393fa
score-add-submit = نمره را ثبت کنید
# status: unreviewed · en: 4e0b66eaacd9
evidence-on-record = آنچه سابقه از پیش نشان می‌دهد
# status: unreviewed · en: 51a6c7d410c8
evidence-movement-note = اجازه‌نامه‌های صادرشده و عبورهای ثبت‌شده در پوسته‌های سرحدی، ماه به ماه.
# status: unreviewed · en: 9dafa4205ec8
evidence-none = هنوز هیچ.
# status: unreviewed · en: 725a416d5f69
evidence-passes = اجازه‌نامه‌های صادرشده در ماه
# status: unreviewed · en: d0cbf7665949
evidence-medical-passes = اجازه‌نامه‌های تداوی در ماه
# status: unreviewed · en: 8cedde7c3964
evidence-crossings = عبورهای ثبت‌شده در ماه
# status: unreviewed · en: 58a3e43841f9
evidence-incidents = رویدادها در سال
# status: unreviewed · en: 235ebb5402ef
evidence-incidents-all = رویدادهای کل دفتر، سال به سال (هیچ جامعه‌ای با این تعهد نام برده نشده).
# status: unreviewed · en: 63bb6d7b5de0
evidence-incidents-districts = رویدادها در سال در ولسوالی‌های مربوط: { $districts }.
# status: unreviewed · en: 668c662626ed
results-title = نتایج
# status: unreviewed · en: 0bfd821104c7
results-lead = هر تعهد به‌عنوان یک ماده: وضعیت آن، نمرهٔ تطبیق بر مقیاس ماتریس توافق‌نامه‌های صلح، پیشرفت، آنچه معوق است، و جوامع مربوط.
# status: unreviewed · en: 7a4bd6a54307
results-export-csv = صدور به CSV (شکل PAM)
# status: unreviewed · en: 36888f58e0b5
results-export-json = صدور به JSON
# status: unreviewed · en: 7ee851410051
results-reading-day = چنان‌که در { $day } است.
# status: unreviewed · en: d180264d7e5b
results-flags = فقط نشان بده
# status: unreviewed · en: 038f4cebf0e9
results-only-measures = اقدامات اعتمادساز
# status: unreviewed · en: a3b37eac7ce9
results-only-overdue = معوق
# status: unreviewed · en: cd29833511c9
results-by-score = تعهدات بر اساس نمرهٔ تطبیق، ماه به ماه
# status: unreviewed · en: c87777386fe0
results-count = { $count ->
    [0] هیچ ماده‌ای
    [one] یک ماده
   *[other] { $count } ماده
}
# status: unreviewed · en: 1fafe75117de
results-none = هیچ تعهدی مطابقت ندارد.
# status: unreviewed · en: 797d3aaf5860
results-provision = ماده
# status: unreviewed · en: 2a1c5143ceaf
results-score = نمره
# status: unreviewed · en: 48f57091231c
results-communities = جوامع
# status: unreviewed · en: 7bd635fce06b
meeting-communities = جوامع شریک
# status: unreviewed · en: d35a592a0926
commitment-grievances = شکایاتی که به آن رسیدگی می‌کند
# status: unreviewed · en: cfdd0c183cc4
audit-witnesses = شاهدان
# status: unreviewed · en: e890c3a3b230
audit-no-witnesses = هنوز هیچ شاهدی بر چک‌پوینت‌های این سابقه امضای مشترک نمی‌گذارد: کسی که به ولایت اعتماد ندارد تنها امضای خود ولایت را دارد. یک دفتر فدرالی، طرف مقابل یا یک ناظر می‌تواند شاهدی را اجرا کند (`jirga witness`)، و سرور با `--witness URL=KEY` آغاز می‌شود.
# status: unreviewed · en: 88bdf469f872
audit-witness-quorum = یک چک‌پوینت زمانی معتبر است که { $quorum } از این { $count } شاهد بر آن امضای مشترک گذاشته باشند.
# status: unreviewed · en: bba179835fa5
audit-witness = شاهد
# status: unreviewed · en: 18f4e82ff489
audit-witness-size = امضای مشترک تا اندازهٔ
# status: unreviewed · en: 1812168da88c
audit-witness-at = زمان
# status: unreviewed · en: 884b4e2eb780
audit-witness-problem = آخرین مشکل
# status: unreviewed · en: 3015b89223f3
audit-cosigned-checkpoint = تازه‌ترین چک‌پوینتی که نصاب بر آن امضای مشترک گذاشته، و چگونگی بررسی آفلاین آن
# status: unreviewed · en: d02fed22c330
briefing-title = گزارش کوتاه برای افسر ارتباط فدرالی
# status: unreviewed · en: cf3ede0abc56
briefing-caption = تنها از روی سابقه ساخته شده
# status: unreviewed · en: 0a2375b0bbcc
briefing-as-of = سابقه چنان‌که در { $day } است.
# status: unreviewed · en: f69bb89f4218
briefing-print = آن را از مرورگر چاپ کنید یا به‌صورت PDF ذخیره کنید: صفحه بدون منوهایش چاپ می‌شود.
# status: unreviewed · en: b0f8eaffdb46
briefing-due-soon = موعد در ۳۰ روز آینده
# status: unreviewed · en: 1044c26e3c95
briefing-awaiting-concurrence = در انتظار موافقت فدرالی
# status: unreviewed · en: 846d4ee00ace
briefing-no-report = هنوز گزارشی نیست
# status: unreviewed · en: 23b9996f1474
briefing-reported = گزارش شده
# status: unreviewed · en: 78f64d644998
briefing-not-in-force = امروز هیچ منظوری نافذ نیست.
# status: unreviewed · en: c3476b7c69a9
briefing-open-breaches = { $count ->
    [0] هیچ تخطی‌ای در انتظار تأیید فدرالی نیست.
    [one] یک تخطی در انتظار تأیید فدرالی است.
   *[other] { $count } تخطی در انتظار تأیید فدرالی است.
}
# status: unreviewed · en: 5274e5f6fe81
briefing-risks = تعهدات در معرض خطر
# status: unreviewed · en: 9ad8c02d47d8
briefing-no-risks = هیچ تعهدی معوق، با موعد در ۳۰ روز آینده یا در انتظار موافقت نیست.
# status: unreviewed · en: b3b2da063369
briefing-why = چرا
# status: unreviewed · en: ee75b247fa63
briefing-incidents = رویدادها در ماه، دوازده ماه تا آخرین رویداد ثبت‌شده
# status: unreviewed · en: 7b7c8ccdba73
briefing-crossings = عبورها در هر گذرگاه
# status: unreviewed · en: 3d0876338c6d
briefing-no-crossings = هیچ عبوری ثبت نشده است.
# status: unreviewed · en: 9b4a64534748
briefing-checkpoint = سابقه‌ای که این گزارش از آن ساخته شد
# status: unreviewed · en: 493e9d24672b
briefing-checkpoint-says = چک‌پوینت دفتر: { $size } درج، هش ریشه { $root }.
# status: unreviewed · en: 451830482527
briefing-signatures = { $count ->
    [0] بدون امضا.
    [one] یک امضا: امضای خود دفتر.
   *[other] { $count } امضا: امضای دفتر و شاهدان آن.
}
# status: unreviewed · en: f52aa0d0f49f
briefing-qr = چک‌پوینت به‌صورت کد QR
# status: unreviewed · en: e9c7fdb5c923
briefing-check = هر کسی می‌تواند بعداً این گزارش را با سابقه بسنجد: چک‌پوینت زیر امضا شده است؛ آن را در یک فایل ذخیره کنید و اجرا کنید
# status: unreviewed · en: 8fb3998b4350
community-no-incidents = در ولسوالی‌های آن هیچ رویدادی ثبت نشده است.
# status: unreviewed · en: c3af5d7c9da2
change-register-signing-key = کلید امضا ثبت شد
# status: unreviewed · en: 8c77740d612f
change-cosign-agreement = توافق‌نامه امضا شد
# status: unreviewed · en: 4015cf5efbd5
error-not-agreed = تنها تعهد توافق‌شده را هر دو طرف امضا می‌کنند؛ این یکی { $status } است.
# status: unreviewed · en: 1f2e1a72be79
error-unknown-signing-key = این امضا با هیچ کلیدی که برای یکی از طرف‌های ملزم به این تعهد ثبت شده باشد نیست: نخست کلید عمومی نماینده را ثبت کنید.
# status: unreviewed · en: 3da9c02b5408
error-signature-mismatch = این امضا بر متن این توافق‌نامه درست نیست: بر متن دیگری یا با کلید دیگری ساخته شده است.
# status: unreviewed · en: e1a1d653889f
error-already-signed = این کلید پیش‌تر توافق‌نامه را امضا کرده است.
# status: unreviewed · en: 4f36533128f4
agreement-title = توافق‌نامه‌ای که هر دو طرف امضا می‌کنند
# status: unreviewed · en: 981e4a8e4424
agreement-not-yet = وقتی تعهد توافق شد، نمایندهٔ هر طرف متن توافق‌شده را با کلید خود امضا می‌کند.
# status: unreviewed · en: 1fd2451a46e6
agreement-intro = متن توافق‌شده چنان‌که هر دو طرف امضا می‌کنند (یادداشتی امضاشده که تعهد، شمارهٔ آن در دفتر، طرف‌ها و متن را نام می‌برد). هر تغییری در آن همهٔ امضاها را می‌شکند.
# status: unreviewed · en: 8ce050d10115
agreement-signature = امضا
# status: unreviewed · en: 6df7d669779f
agreement-keys = کلیدهای ثبت‌شده
# status: unreviewed · en: f158b85f0fd4
agreement-signed = امضا شده
# status: unreviewed · en: a6e257d42824
agreement-unsigned = هنوز امضا نشده
# status: unreviewed · en: b09d5ff5e901
agreement-qr = توافق‌نامهٔ امضاشده به‌صورت کد QR
# status: unreviewed · en: 0ffc63158bce
agreement-document = سند توافق‌نامه (JSON)
# status: unreviewed · en: d5a4fdf1d448
agreement-offline = آن را تنها با برنامهٔ jirga به‌صورت آفلاین امضا یا بررسی کنید:
# status: unreviewed · en: 8761a39fa1ca
agreement-record = ثبت امضا
# status: unreviewed · en: 636c3e5a076f
agreement-record-submit = امضا را ثبت کنید
# status: unreviewed · en: 5e4de4b937aa
agreement-signature-line = سطر امضا (— نام کلید و base64)، چنان‌که `jirga cosign` چاپ می‌کند
# status: unreviewed · en: 946a0b5183e3
agreement-register-key = ثبت کلید نماینده
# status: unreviewed · en: b0280146465a
agreement-register-key-submit = کلید را ثبت کنید
# status: unreviewed · en: 5c79c90417df
agreement-key = کلید تأیید (چنان‌که `jirga cosign-key` چاپ می‌کند)
# status: unreviewed · en: bbec230f8130
briefing-agreements = توافق‌نامه‌هایی که هر دو طرف امضا کرده‌اند
# status: unreviewed · en: a17025e1b158
briefing-no-agreements = هنوز هیچ توافق‌نامه‌ای را هر دو طرف امضا نکرده‌اند.
# status: unreviewed · en: 4af69cd91297
agreement-sign-held-intro = این سیستم کلید شما { $key } را نگه می‌دارد: متن بالا را با آن امضا می‌کند و امضا مانند هر امضای دیگری بررسی می‌شود.
# status: unreviewed · en: 4fafc2d42e45
agreement-sign-held = با کلید من امضا کن
# status: unreviewed · en: 68b1be403c8c
agreement-no-held-key = این سیستم هیچ کلید توافق‌نامه‌ای برای شما نگه نمی‌دارد (نگاه کنید به `jirga cosign-key --held-for`).
# status: unreviewed · en: 8c3116ed451e
change-cosign-outcome = نتیجه امضا شد
# status: unreviewed · en: 5e217d2b4a99
error-no-such-outcome = این جلسه { $outcomes } نتیجه دارد؛ نتیجهٔ { $outcome } وجود ندارد.
# status: unreviewed · en: fa518a620a5f
error-outcome-not-agreed = تنها نتیجه‌ای را هر دو طرف امضا می‌کنند که در جلسه‌ای در چارچوب قواعد توافق شده باشد.
# status: unreviewed · en: 2149e2fef2f4
outcome-agreement = امضای هر دو طرف
# status: unreviewed · en: 3b38c9389d24
outcome-agreement-record = ثبت امضای این نتیجه
# status: unreviewed · en: abbdebf5e050
change-erase-grievance-raiser = شکایت‌کنندهٔ جدا نگه‌داشته‌شده پاک شد
# status: unreviewed · en: 14aa98644142
error-no-raiser-kept = این شکایت هیچ شکایت‌کننده‌ای را جدا نگه نمی‌دارد: حساس نیست، کسی را نام نمی‌برد، یا پیش‌تر پاک شده است.
# status: unreviewed · en: e76fa5153df9
error-grievance-still-open = شکایت‌کننده تنها پس از حل یا بسته شدن شکایت پاک می‌شود.
# status: unreviewed · en: f24c2c265de0
raiser-erased = پاک شد: شکایت‌کننده دیگر در هیچ جا نگه داشته نمی‌شود.
# status: unreviewed · en: ab2b4db42829
raiser-erase = پاک کردن شکایت‌کننده
# status: unreviewed · en: 839e2e043bc3
raiser-erase-submit = پاک کن
