## jirga — Pashto (ps-AF, also served for ps-PK). Translated by non-native
## speakers: every message carries its review status and the hash of the
## English it translates (scripts/ftl-stamp.py). Not offered until every
## message is translated.

# status: unreviewed · en: c4193306878c
app-name = jirga
# status: unreviewed · en: 84fb4e4f4e37
app-tagline = د پولې دواړو غاړو ترمنځ د خبرو اترو ثبت
# status: unreviewed · en: 99b39c65e526
nav-label = برخې
# status: unreviewed · en: 56d2c31ad579
nav-skip = اصلي منځپانګې ته ورشئ
# status: unreviewed · en: 8118ffe5fb4b
language-switcher = ژبه
# status: unreviewed · en: b308917e917b
translation-awaits-review = { $count ->
    [one] د دې ژباړې یو پیغام لا د یوه ژبني پوه له خوا کتنې ته انتظار باسي.
   *[other] د دې ژباړې { $count } پیغامونه لا د یوه ژبني پوه له خوا کتنې ته انتظار باسي.
}
# status: unreviewed · en: 9e18a19b37db
nav-dashboard = لنډه کتنه
# status: unreviewed · en: 24919dad3758
nav-approval = فدرالي منظوري
# status: unreviewed · en: c8f790958046
nav-liaison = خبرتیا او اړیکې
# status: unreviewed · en: eb6df77ef28f
nav-delegations = پلاوي
# status: unreviewed · en: 977b1378abcb
nav-phases = پړاوونه او اجنډا
# status: unreviewed · en: 586996c43893
nav-meetings = غونډې
# status: unreviewed · en: c30cef6edf7a
nav-claims = ادعاوې او دریځونه
# status: unreviewed · en: 9c2d5fb783b3
nav-commitments = ژمنې
# status: unreviewed · en: b15ca115796d
nav-initiatives = ټول نوښتونه
# status: unreviewed · en: 61402330d96f
nav-registers = اړخونه او کسان
# status: unreviewed · en: 7b82e70251d3
nav-events = د پېښو لړلیک
# status: unreviewed · en: cb5680614c15
nav-audit = پلټنه
# status: unreviewed · en: 3f7431c979d7
footer-record = په دې سایټ کې هر بدلون یوه پېښه ده چې یوازې مخ پر وړاندې زیاتېدونکي ثبت کې لیکل کېږي، او په لړلیک کې یې ځای ښودل شوی.
# status: unreviewed · en: dde6f523cb19
not-found-title = پاڼه ونه موندل شوه
# status: unreviewed · en: 1c4f8c37a597
not-found-body = په دې پته کوم مخ یا ثبت نشته. پته وګورئ، یا له لنډې کتنې پیل وکړئ.
# status: unreviewed · en: e8eaccccc41a
bad-query-title = دا پته نه لوستل کېږي
# status: unreviewed · en: 1136890b46a1
bad-query-body = د پتې هغه برخه چې له “?” وروسته ده، داسې نه ده چې دا سایټ یې جوړوي (د مخ شمېره چې شمېره نه ده، یا یو تنظیم دوه ځله). له هغه مخ څخه یوه لېنک تعقیب کړئ چې ترې راغلي یاست، یا له لنډې کتنې پیل وکړئ.

# status: unreviewed · en: 535f400d4380
flash-done = ثبت شو: { $change }.
# status: unreviewed · en: c5ecc8586f3b
flash-done-generic = ثبت شو.
# status: unreviewed · en: db6d0af0b2e5
form-error-title = یوه ستونزه شته
# status: unreviewed · en: 90a1d42df09e
form-error-code = قاعده:
# status: unreviewed · en: d184581530cc
form-choose = وټاکئ…
# status: unreviewed · en: 5a768a81f3fd
form-date-hint = د بېلګې په توګه، 2025-03-15، یا په لمریز هجري ۱۴۰۴/۰۱/۰۱
# status: unreviewed · en: 9cda2cec0a11
form-remove-row = { $n } کرښه لرې کړئ

# status: unreviewed · en: 25bd14442f95
record-ledger-index = د لړلیک په { $seq } ځای کې ثبت شوی.
# status: unreviewed · en: d15f5e09354a
record-id = ثبت
# status: unreviewed · en: 70e8de44f60e
record-as-json = د JSON په بڼه
# status: unreviewed · en: c8f6e8ddf491
list-as-json = دا لېست د JSON په بڼه
# status: unreviewed · en: eb2b165a3e8e
record-ledger-link = دا د پېښو په لړلیک کې وګورئ
# status: unreviewed · en: 14cd549ba58a
record-event-link = هغه پېښه چې دا یې جوړ کړ
# status: unreviewed · en: 1da09130946c
record-proof-link = د شاملېدو ثبوت
# status: unreviewed · en: 1f13950cbaee
history-title = تاریخچه
# status: unreviewed · en: be36d3fcb4b1
history-seq = په لړلیک کې ځای
# status: unreviewed · en: 36d0d6c1aa71
history-when = کله
# status: unreviewed · en: 9d5abdc50e15
history-who = چا
# status: unreviewed · en: e243e546e744
history-what = څه بدل شول
# status: unreviewed · en: dee537ed8784
history-earlier = په دې ثبت کې پخواني بدلونونه چې دلته نه دي ښودل شوي: { $count }. وروستي ښودل شوي.

## Dashboard
# status: unreviewed · en: 93357e8606c1
dashboard-caption = نوښت
# status: unreviewed · en: c7dd171f2d5f
dashboard-approval = فدرالي منظوري
# status: unreviewed · en: 8af85ef4783d
dashboard-approval-link = فدرالي منظورۍ ته ورشئ
# status: unreviewed · en: e30341e6b123
dashboard-next = بل ګام
# status: unreviewed · en: fadd07f8e026
dashboard-all-done = ټول ګامونه بشپړ شوي.
# status: unreviewed · en: 20259151c82a
dashboard-gates = ګامونه
# status: unreviewed · en: d5a9405aca7d
dashboard-open-commitments = پرانیستې ژمنې
# status: unreviewed · en: 4001c49b42d6
dashboard-contested = پر ادعاوو شخړه
# status: unreviewed · en: c4cc4cdc3e6b
dashboard-meetings = وروستۍ غونډې
# status: unreviewed · en: a53bd55a8cff
dashboard-more = { $count } نور: ټول یې وګورئ
# status: unreviewed · en: 9d6936e6343d
gate-blocked-by = بند دی:
# status: unreviewed · en: 084fe8eb7ed5
gate-federal-approval = فدرالي منظوري
# status: unreviewed · en: 50640a15aad5
gate-notification = فدرالي حکومت ته رسمي خبرتیا
# status: unreviewed · en: e4b191fed8d1
gate-groundwork-visit = د زمینې برابرولو لیدنه
# status: unreviewed · en: 7d60bd470819
gate-phase-one = لومړی پړاو: امنیت
# status: unreviewed · en: 6f48957ff4b8
gate-substantive-visit = اصلي لیدنه
# status: unreviewed · en: 463213c29b72
gate-phase-two = دوهم پړاو: سوداګري، کډوال او همکاري
# status: unreviewed · en: a354dac49bb2
gate-status-cannot-start-yet = لا نه شي پیلېدای
# status: unreviewed · en: 77541caf71f7
gate-status-ready = پیل ته چمتو
# status: unreviewed · en: 8de7df2c7b03
gate-status-in-progress = روان دی
# status: unreviewed · en: 82f5f570f54b
gate-status-done = بشپړ شو

## Initiatives and registers
# status: unreviewed · en: 516c03df646a
initiatives-title = نوښتونه
# status: unreviewed · en: e6c296be2188
initiative-launch = یو نوښت پیل کړئ
# status: unreviewed · en: 6d42ffc350c7
initiative-launch-submit = نوښت پیل کړئ
# status: unreviewed · en: d3622c60cd0e
registers-title = اړخونه او کسان
# status: unreviewed · en: cb171270be13
parties-title = اړخونه
# status: unreviewed · en: c59c722eb39a
people-title = کسان
# status: unreviewed · en: 5a101d6e6956
party-register = یو اړخ ثبت کړئ
# status: unreviewed · en: 807220811802
party-register-submit = اړخ ثبت کړئ
# status: unreviewed · en: 6301c480f40f
person-register = یو کس ثبت کړئ
# status: unreviewed · en: 59de47b8ba40
person-register-submit = کس ثبت کړئ
# status: unreviewed · en: 352af5c11fd8
events-title = د پېښو لړلیک
# status: unreviewed · en: 4d1dc6d94147
events-intro = هر منل شوی بدلون، په خپل ترتیب. پېښې هېڅکله نه بدلېږي او نه ړنګېږي؛ د هرې یوې ځای په ثبت کې د هغې شمېره ده.
# status: unreviewed · en: 9dd9f87d313a
events-earlier = پخوانۍ پېښې
# status: unreviewed · en: 4e755c4548cd
events-later = وروستۍ پېښې
# status: unreviewed · en: a91bf223bf73
events-created = جوړ شول
# status: unreviewed · en: 61068d1f713f
event-title = پېښه #{ $seq }
# status: unreviewed · en: bdc2712c979f
event-records = ثبتونه
# status: unreviewed · en: 8166a453d1ba
event-proof = په دفتر کې د دې د شاملېدو ثبوت
# status: unreviewed · en: 66916273b965
event-json = دا پېښه د JSON په بڼه
# status: unreviewed · en: 222e47c8c52d
event-in-log = د پېښو په لړلیک کې
# status: unreviewed · en: 5b5468a6105d
event-as-recorded = لکه څنګه چې ثبت شوې

## Approval
# status: unreviewed · en: 34ed163a3028
approval-title = فدرالي منظوري
# status: unreviewed · en: 80d29c27341d
approval-intro = ولایت نه شي کولای د خپل واک پر بنسټ له مقابل اړخ سره خبرې وکړي: لیدنې، له مقابل اړخ سره غونډې او منل شوې ژمنې فدرالي منظورۍ ته انتظار باسي، د منظور شویو موضوعاتو په چوکاټ کې پاتې کېږي، او کله چې منظوري پای ته ورسېږي، پای ته رسېږي.
# status: unreviewed · en: cf63d9687656
approval-none = لا کومه غوښتنه نشته
# status: unreviewed · en: 549a9c48f24e
approval-request-heading = غوښتنه { $id } د { $date }
# status: unreviewed · en: 06e55f22fbad
approval-requested-on = په { $date } وغوښتل شوه؛ فدرالي پرېکړې ته انتظار باسي.
# status: unreviewed · en: f5f79d827a54
approval-valid-until = تر { $date } پورې اعتبار لري.
# status: unreviewed · en: 84a1c89e1102
approval-not-in-force = منظوري نن د اجرا وړ نه ده.
# status: unreviewed · en: 1f20f6d71139
approval-decide = فدرالي پرېکړه ثبت کړئ
# status: unreviewed · en: c3e7478f356b
approval-decide-submit = پرېکړه ثبت کړئ
# status: unreviewed · en: 8e222379aeab
approval-request = فدرالي منظوري وغواړئ
# status: unreviewed · en: a70761feef7e
approval-request-submit = غوښتنه ولېږئ
# status: unreviewed · en: 57e2b4603663
approval-phase-order = د پړاوونو ترتیب
# status: unreviewed · en: 68ed5dcb6144
approval-waived = د پړاوونو له ترتیب معافیت ورکړل شو
# status: unreviewed · en: 86bddcb40f9a
approval-standing = حالت
# status: unreviewed · en: 043d010618c7
field-as-breach = دا د قاعدو نه بهر پېښ شو (له منظورۍ مخکې، پر یوه نامنظور شوې موضوع، یا د پړاوونو له ترتیب بهر): د سرغړونې په توګه یې ثبت کړئ
# status: unreviewed · en: a7d1fe9c26ce
breach-tag = سرغړونه
# status: unreviewed · en: 0279b0b62c15
breach-title = د سرغړونې په توګه ثبت شوې
# status: unreviewed · en: dc73628597b2
breach-open = پرانیستې
# status: unreviewed · en: 3551226d18c0
breach-acknowledged = ومنل شوه
# status: unreviewed · en: 98778e63aa58
breach-intro = دا غونډه د بهیر د قاعدو نه بهر شوې. په ثبت کې هماغسې ده لکه څنګه چې وه؛ فدرالي اړخ ته تر هغه ښودل کېږي چې ویې مني.
# status: unreviewed · en: 0c08906d7cd2
breach-acknowledged-on = فدرالي اړخ په { $date } ومنله: { $note }
# status: unreviewed · en: 8dd230bdca1d
breach-acknowledge = سرغړونه ومنئ (فدرالي پرېکړه)
# status: unreviewed · en: b4f67f24dbfd
breach-acknowledge-submit = سرغړونه ومنئ
# status: unreviewed · en: ee0471bff09b
dashboard-open-breaches = پرانیستې سرغړونې
# status: unreviewed · en: 635b64a338a8
dashboard-open-breaches-intro = هغه حقایق چې د بهیر له یوې قاعدې سره سره ثبت شوي، او فدرالي اړخ ته انتظار باسي چې ویې مني.
# status: unreviewed · en: 4c1285f1ca0e
approval-standing-since = له { $date } راهیسې: { $reason }
# status: unreviewed · en: fcfcf381f21e
standing-in-force = د اجرا وړ
# status: unreviewed · en: 5482549faeaa
standing-suspended = ځنډول شوې
# status: unreviewed · en: ed257937f603
standing-withdrawn = بېرته اخیستل شوې
# status: unreviewed · en: 9f6a65b838ab
approval-suspend = منظوري وځنډوئ (فدرالي پرېکړه)
# status: unreviewed · en: a70b6ad17350
approval-suspend-submit = منظوري وځنډوئ
# status: unreviewed · en: 649b06733895
approval-reinstate = منظوري بیا اعتبار ته راوګرځوئ (فدرالي پرېکړه)
# status: unreviewed · en: 3ba3c151a7f9
approval-reinstate-submit = منظوري بیا اعتبار ته راوګرځوئ
# status: unreviewed · en: c8701c62c022
approval-withdraw = منظوري بېرته واخلئ (فدرالي پرېکړه)
# status: unreviewed · en: e639a8bd4ff1
approval-withdraw-submit = منظوري بېرته واخلئ
# status: unreviewed · en: c50c45242259
field-suspended-on = له دې نېټې ځنډول شوې
# status: unreviewed · en: 719dd3e48c41
field-reinstated-on = له دې نېټې بیا د اجرا وړ
# status: unreviewed · en: 6bff9220234b
field-withdrawn-on = له دې نېټې بېرته اخیستل شوې
# status: unreviewed · en: 0ee1856b8e35
approval-not-waived = دوهم پړاو لومړي پړاو ته انتظار باسي
# status: unreviewed · en: 6e9ec94f4a1e
approval-waive = د پړاوونو له ترتیب معافیت ورکړئ (فدرالي پرېکړه)
# status: unreviewed · en: d2ff0c91e787
approval-waive-submit = له ترتیب معافیت ورکړئ
# status: unreviewed · en: d6d2db523e45
waiver-title = د فدرالي اړخ د قاعدو د نرمولو غوښتنې
# status: unreviewed · en: e5b3edba26f7
waiver-intro = یوازې فدرالي اړخ هغه قاعدې نرموي چې د هغه ساتنه کوي. ولایت کولای شي وغواړي؛ غوښتنه دلته تر هغه پاتې کېږي چې یو فدرالي منظورونکی پورته قاعده معاف کړي یا یې رد کړي.
# status: unreviewed · en: 40fee57d0935
waiver-requested = ولایت په { $date } وغوښتل
# status: unreviewed · en: 11a111fffdfe
waiver-waiting = فدرالي اړخ ته انتظار
# status: unreviewed · en: 5ffa3c2a77fe
waiver-granted = ومنل شوه
# status: unreviewed · en: fb77a0b380ca
waiver-refused = رد شوه
# status: unreviewed · en: f1bee79b0d8f
waiver-refuse = دا غوښتنه رد کړئ (فدرالي پرېکړه)
# status: unreviewed · en: 97bd4c2375fa
waiver-refuse-submit = غوښتنه رد کړئ
# status: unreviewed · en: 228e73a63462
waiver-request = له فدرالي اړخه وغواړئ چې یوه قاعده نرمه کړي
# status: unreviewed · en: 7a09d7ab8027
waiver-request-submit = غوښتنه ولېږئ
# status: unreviewed · en: 8decc46d3a9e
waivable-rule-phase-order = د پړاوونو ترتیب (دوهم پړاو لومړي ته انتظار باسي)
# status: unreviewed · en: 1bc881fa4daa
waivable-rule-groundwork-first = لومړی د زمینې برابرول (اصلي پلاوی د زمینې برابرولو د لیدنې راپور ته انتظار باسي)
# status: unreviewed · en: b1a86cd23b87
field-rule = قاعده
# status: unreviewed · en: 7f74cf99b09a
field-refused-on = د رد نېټه
# status: unreviewed · en: 0584f893aa89
settings-title = د دې نوښت تنظیمات
# status: unreviewed · en: 96835951313c
settings-submit = تنظیمات خوندي کړئ

## Liaison
# status: unreviewed · en: 164a77e59661
liaison-title = خبرتیا او اړیکې
# status: unreviewed · en: e5ac2c44fce5
notifications-title = رسمي خبرتیاوې
# status: unreviewed · en: defc6d86205e
notification-sent = په { $date } ولېږل شوه
# status: unreviewed · en: 6d7908db922d
notification-acknowledged = ترلاسه یې تایید شو
# status: unreviewed · en: 309617113c14
notification-awaiting = د ترلاسه کولو تایید ته انتظار
# status: unreviewed · en: 259dd9e830ed
notification-acknowledge = د ترلاسه کولو تایید ثبت کړئ
# status: unreviewed · en: a7a789b4e704
notification-acknowledge-submit = تایید ثبت کړئ
# status: unreviewed · en: 697ceed7510b
notification-send = فدرالي حکومت ته خبرتیا ورکړئ
# status: unreviewed · en: 2fa11fa91536
notification-send-submit = خبرتیا ولېږئ
# status: unreviewed · en: ecf43a5b72c6
guidance-title = د اړیکو لړلیک: د لارښوونې غوښتنې
# status: unreviewed · en: b299fcfafe7b
guidance-asked = په { $date } وپوښتل شول
# status: unreviewed · en: a96f365e1c6a
guidance-answered = ځواب ورکړل شو
# status: unreviewed · en: 740a72630c68
guidance-answer = ځواب ثبت کړئ
# status: unreviewed · en: 1dfcb2f06a73
guidance-answer-submit = ځواب ثبت کړئ
# status: unreviewed · en: 718641934271
guidance-ask = لارښوونه وغواړئ
# status: unreviewed · en: d24cd2ccf302
guidance-ask-submit = غوښتنه ولېږئ

## Delegations
# status: unreviewed · en: 0a7031735f58
delegations-title = پلاوي
# status: unreviewed · en: 4dd50da47b84
delegations-intro = { $person } مرکزي کس دی او په هر پلاوي کې ګډون لري.
# status: unreviewed · en: d27e1b886d43
delegation-members = غړي
# status: unreviewed · en: 39232f80e88f
delegation-visits = لیدنې
# status: unreviewed · en: 433352b6fb0f
delegation-form = یو پلاوی جوړ کړئ
# status: unreviewed · en: ad8b70aadde1
delegation-form-submit = پلاوی جوړ کړئ
# status: unreviewed · en: e35ce166fbd6
delegation-formed = په { $date } جوړ شو
# status: unreviewed · en: 28fc254341a0
delegation-focal-person = مرکزي کس
# status: unreviewed · en: bb34dc84f304
delegation-remove-submit = لرې کړئ
# status: unreviewed · en: 895576863ef5
delegation-add-member = یو غړی ورزیات کړئ
# status: unreviewed · en: d66022eb811c
delegation-add-member-submit = غړی ورزیات کړئ
# status: unreviewed · en: 0c27f4569fc3
visit-plan = یوه لیدنه پلان کړئ
# status: unreviewed · en: 72e812f0a6d2
visit-plan-submit = لیدنه پلان کړئ
# status: unreviewed · en: 86d0045720fb
visit-travel = سفر ثبت کړئ
# status: unreviewed · en: 3a5854abebb7
visit-travel-submit = سفر ثبت کړئ
# status: unreviewed · en: 79103549c6a1
visit-report = د راستنېدو راپور ثبت کړئ
# status: unreviewed · en: 0ad08914503b
visit-report-submit = راپور ثبت کړئ

## Phases and meetings
# status: unreviewed · en: 244ebeedb4f0
phases-title = پړاوونه او اجنډا
# status: unreviewed · en: 0f2260c1b1a4
phase-number = { $n } پړاو
# status: unreviewed · en: b8c32d8aea48
phase-short = پړاو
# status: unreviewed · en: 90d052e7edb2
phase-open = پرانیستی
# status: unreviewed · en: 08cd15a23b78
phase-concluded = پای ته ورسېد
# status: unreviewed · en: 628c6bebbbf7
phase-concluded-on = په { $date } پای ته ورسېد
# status: unreviewed · en: b1f4c027780c
phase-agenda-count = { $n ->
    [one] د اجنډا ۱ موضوع
   *[other] د اجنډا { $n } موضوعګانې
}
# status: unreviewed · en: 36a54d241e73
phase-conclude = دا پړاو پای ته ورسوئ
# status: unreviewed · en: b5df2a4bf306
phase-conclude-submit = پړاو پای ته ورسوئ
# status: unreviewed · en: 41ee628f15ed
phase-add = یو پړاو ورزیات کړئ
# status: unreviewed · en: 6ce4990ec5be
phase-add-submit = پړاو ورزیات کړئ
# status: unreviewed · en: baa3e036417e
agenda-item = د اجنډا موضوع
# status: unreviewed · en: 7ef1eb620857
agenda-discussed-in = په دې کې بحث شوی
# status: unreviewed · en: 2308e62b9860
agenda-add = د اجنډا یوه موضوع ورزیاته کړئ
# status: unreviewed · en: 7c5b01a628c0
agenda-add-submit = موضوع ورزیاته کړئ
# status: unreviewed · en: 5b4e15718ef5
meetings-title = غونډې
# status: unreviewed · en: ee0e8b16fea2
meeting-heading = د { $date } غونډه په { $place } کې
# status: unreviewed · en: 595e9f494a78
meeting-participants = ګډونوال
# status: unreviewed · en: bac08cd60202
meeting-agenda = د اجنډا بحث شوې موضوعګانې
# status: unreviewed · en: f0d6a641ecb5
meeting-outcomes = پایلې
# status: unreviewed · en: da595f227023
meeting-add-outcome = بله پایله ورزیاته کړئ
# status: unreviewed · en: 084a49f0d850
meeting-record = هغه غونډه ثبت کړئ چې جوړه شوې وه
# status: unreviewed · en: aaf56ed76461
meeting-record-submit = غونډه ثبت کړئ
# status: unreviewed · en: 14879779e151
meeting-our-side = زموږ اړخ
# status: unreviewed · en: 0c8360cd657c
party-within = د { $party } په چوکاټ کې
# status: unreviewed · en: 67676b044de8
meeting-counterpart-side = بل اړخ

## Claims
# status: unreviewed · en: 4918cab5fc66
claims-title = ادعاوې او دریځونه
# status: unreviewed · en: c3c825f88dbe
claims-filter = د موضوع له مخې چاڼ کړئ
# status: unreviewed · en: 53c280b59df7
claims-none = پر دې موضوع لا کومه ادعا نشته.
# status: unreviewed · en: ceaf24791cc7
claim-contested = پرې شخړه ده
# status: unreviewed · en: 5ea779bbee10
claim-state = یوه ادعا وړاندې کړئ
# status: unreviewed · en: 14a278de5f56
claim-state-submit = ادعا وړاندې کړئ
# status: unreviewed · en: c8a2d55fe0e5
position-record = د یوه اړخ دریځ ثبت کړئ
# status: unreviewed · en: d6093dc7bb7a
position-record-submit = دریځ ثبت کړئ
# status: unreviewed · en: 3dbd790fd984
position-source = سرچینه
# status: unreviewed · en: 7f966558d720
filter-all = ټول

## Commitments
# status: unreviewed · en: e9f09ef1043e
commitments-title = ژمنې
# status: unreviewed · en: 0d2aee3c20fa
commitments-filter = د حالت له مخې چاڼ کړئ
# status: unreviewed · en: 5f972344bf89
commitment-caption = ژمنه
# status: unreviewed · en: dbde91c4e374
commitment-due = ټاکلې نېټه { $date }
# status: unreviewed · en: 9d63f6b49c7f
commitment-progress = پرمختګ
# status: unreviewed · en: 783872d74f9d
commitment-status-log = د حالت بدلونونه
# status: unreviewed · en: 74a4b419f01b
commitment-draft = د یوې ژمنې مسوده جوړه کړئ
# status: unreviewed · en: 7188f92ee8e6
commitment-draft-submit = مسوده جوړه کړئ
# status: unreviewed · en: 4186c10de7fc
commitment-change = حالت بدل کړئ
# status: unreviewed · en: cafb3a640e08
commitment-change-submit = حالت بدل کړئ
# status: unreviewed · en: b40613709f16
commitment-report = پرمختګ راپور کړئ
# status: unreviewed · en: 884457656f0f
commitment-report-submit = پرمختګ راپور کړئ
# status: unreviewed · en: c9d6e0635ef1
guardrail-title = ملي چوکاټ
# status: unreviewed · en: d9fa3301a211
guardrail-not-yet = لا ارزول شوې نه ده: د ملي چوکاټ پالیسۍ یوه ژمنه هغه وخت ارزوي چې وړاندیز شي، او بیا هغه وخت چې ومنل شي.
# status: unreviewed · en: d850003c03f6
guardrail-concurred = فدرالي موافقه
# status: unreviewed · en: 2a52c956ccaf
guardrail-screen-limits = د هغو ساحو سربېره چې مسوده جوړونکی یې اعلانوي، ساتونکې چاڼ د ژمنې متن د هغو شیانو لپاره څېړي چې ملي چوکاټ یې یادوي (د ډیورنډ کرښه، د پولې کټاره، سرتېري او امنیتي ځواکونه، د کسانو سپارل، په رسمیت پېژندل، پورونه او تضمینونه)، په انګلیسي، اردو، پښتو او دري لیکدودونو. دا چاڼ یوه خوندي جال ده چې پېژندل شوې محدودیتونه لري: هغه بیان چې دا یې کلمه نه پېژني ترې تېرېږي، او هغه کلمه چې په بې‌ضرره مانا کارول شوې وي، په نښه کېږي څو فدرالي اړخ یې فیصله وکړي.
# status: unreviewed · en: 60c8ea039f33
guardrail-concur = فدرالي موافقه ثبت کړئ
# status: unreviewed · en: 0b46e02dc8eb
guardrail-concur-submit = موافقه ثبت کړئ
# status: unreviewed · en: 7a538848e1ab
commitment-amount = مالي مسؤلیت PKR { $amount }
# status: unreviewed · en: a7ddd2928318
field-areas = د ملي چوکاټ هغه ساحې چې دا ورپورې اړه لري
# status: unreviewed · en: 06b63b527f52
field-financial-amount = مالي مسؤلیت (PKR)
# status: unreviewed · en: 3eca88811c9b
field-concurred-on = د موافقې نېټه
# status: unreviewed · en: 0fb145a21f44
field-concurred-by = موافقه یې وکړه
# status: unreviewed · en: 43964665b223
area-border-status = د نړیوالې پولې حیثیت
# status: unreviewed · en: ec135b3d2c97
area-defence-deployment = دفاعي ځای پر ځای کېدنې
# status: unreviewed · en: bdff381a0b86
area-extradition = د مجرمینو سپارل
# status: unreviewed · en: f1c8392a29c3
area-recognition = د بهرني سیاست له مخې په رسمیت پېژندل
# status: unreviewed · en: 6d2ca0e7400e
area-financial-liability = مالي مسؤلیت
# status: unreviewed · en: 3fd1a43312d1
area-refugees-status = د کډوالو حیثیت
# status: unreviewed · en: 5026801a7a0a
verdict-allowed = اجازه شته
# status: unreviewed · en: bc8e24ff1d6a
verdict-needs-concurrence = فدرالي موافقې ته اړتیا لري
# status: unreviewed · en: ddcd94494926
verdict-forbidden = منع ده

## Fields
# status: unreviewed · en: 75ff59071b13
field-id = پېژند
# status: unreviewed · en: c1221e128b47
field-name = نوم
# status: unreviewed · en: bf9e64be06f0
field-short-name = لنډ نوم
# status: unreviewed · en: 88fe9f562778
field-kind = ډول
# status: unreviewed · en: d0b1ad8927b1
field-title = سرلیک
# status: unreviewed · en: 9401622ae760
field-name-latin = نوم (په لاتیني لیکدود)
# status: unreviewed · en: 6d421fee1bbd
field-name-arabic = نوم (په عربي لیکدود)
# status: unreviewed · en: 324b7d5cd206
field-person-title = دنده
# status: unreviewed · en: fc792c3dbd54
field-organization = اداره
# status: unreviewed · en: 8b519b3d5bd8
field-province = ولایتي حکومت
# status: unreviewed · en: 859a764f35ca
field-federal = فدرالي حکومت
# status: unreviewed · en: e0afdf5d52b3
field-counterpart = مقابل اړخ
# status: unreviewed · en: b27aea73e18b
field-topics = موضوعګانې
# status: unreviewed · en: c47785f2bfee
field-topic = موضوع
# status: unreviewed · en: 44f4c9f9293d
field-focal-person = مرکزي کس
# status: unreviewed · en: 4db732b98119
field-launched-on = د پیل نېټه
# status: unreviewed · en: 97b0fb57ca6d
field-groundwork-first = اصلي پلاوی یوازې هغه وخت سفر کوي چې د زمینې برابرولو لیدنې خپل راپور ورکړی وي
# status: unreviewed · en: 93181934d83c
field-planned-delegations = پلان شوي پلاوي
# status: unreviewed · en: 342bcbb876b0
field-requested-on = د غوښتنې نېټه
# status: unreviewed · en: c93ebe2572f3
field-note = یادښت
# status: unreviewed · en: e324edaa23ce
field-decision = پرېکړه
# status: unreviewed · en: 5ed6ec615dc6
field-decided-on = د پرېکړې نېټه
# status: unreviewed · en: 715943361f32
field-terms = شرطونه او حالات
# status: unreviewed · en: e454a144dcd9
field-valid-until = تر دې نېټې اعتبار لري
# status: unreviewed · en: 98815ca3f6f5
field-approved-topics = منظورې شوې موضوعګانې
# status: unreviewed · en: 910da5b77b4b
field-waive-phase-order = اجازه ورکړئ چې دوهم پړاو د لومړي پړاو له پای ته رسېدو مخکې پیل شي
# status: unreviewed · en: 8b75b6fed78f
field-waived-on = د معافیت نېټه
# status: unreviewed · en: 33fd51379f19
field-reason = دلیل
# status: unreviewed · en: 8a9660db41e7
field-subject = موضوع
# status: unreviewed · en: b4c3da19d2f6
field-body = متن
# status: unreviewed · en: 76debe0e09a0
field-sent-on = د لېږلو نېټه
# status: unreviewed · en: 609cfcae24b6
field-acknowledged-on = د تایید نېټه
# status: unreviewed · en: b4b3599e98fc
field-acknowledged-by = تایید یې کړ
# status: unreviewed · en: f10ff266cd19
field-question = پوښتنه
# status: unreviewed · en: 8001a4b4e422
field-asked-on = د پوښتنې نېټه
# status: unreviewed · en: 46b1cb48642c
field-answer = ځواب
# status: unreviewed · en: dc78bca865b6
field-answered-on = د ځواب نېټه
# status: unreviewed · en: d2f5af07127a
field-purpose = موخه
# status: unreviewed · en: 9214d8cb8185
field-formed-on = د جوړېدو نېټه
# status: unreviewed · en: 65d536944d78
field-member-n = { $n } غړی
# status: unreviewed · en: 3747c00d06ff
field-role = رول
# status: unreviewed · en: 4492f72c8a05
field-person = کس
# status: unreviewed · en: c6b30b339f8c
field-destination = منزل
# status: unreviewed · en: 66b61847e0e5
field-planned-for = د دې نېټې لپاره پلان شوی
# status: unreviewed · en: d28e0114c2da
field-travelled-on = د سفر نېټه
# status: unreviewed · en: 4624b69ee0be
field-reported-on = د راپور نېټه
# status: unreviewed · en: c982bf85f0bc
field-report = راپور
# status: unreviewed · en: f5485f841d67
field-concluded-on = د پای نېټه
# status: unreviewed · en: f4af40e3312b
field-summary = لنډیز
# status: unreviewed · en: db35a01ee666
field-held-on = د جوړېدو نېټه
# status: unreviewed · en: ada06e0dc140
field-place = ځای
# status: unreviewed · en: 91695ba821c4
field-minutes = صورت‌جلسه
# status: unreviewed · en: 0a7e6fccae68
field-result = پایله
# status: unreviewed · en: a01467b7f6c6
field-outcome-text = څه پرېکړه وشوه یا څه پرانیستي پاتې شول
# status: unreviewed · en: 81aadaf199a3
field-proposition = وړاندیز
# status: unreviewed · en: 8c5ffb34f726
field-claim = ادعا
# status: unreviewed · en: efe9292642e7
field-party = اړخ
# status: unreviewed · en: 352cd58ebe60
field-stance = دریځ
# status: unreviewed · en: 266a1a2cd84a
field-statement = څرګندونه
# status: unreviewed · en: 57262991dce5
field-stated-on = د څرګندونې نېټه
# status: unreviewed · en: a6c50ffdc64a
field-publisher = سرچینه: خپرونکی
# status: unreviewed · en: 561219567ac0
field-source-title = سرچینه: سرلیک
# status: unreviewed · en: 1b456ede3030
field-published-on = سرچینه: د خپرېدو نېټه
# status: unreviewed · en: f345b77bc841
field-url = سرچینه: پته (URL)
# status: unreviewed · en: 1b79e7510bdf
field-text = متن
# status: unreviewed · en: 803a63b6f2e6
field-phase = پړاو
# status: unreviewed · en: 7b7b2c2adf33
field-bound = ژمن اړخونه
# status: unreviewed · en: 91bbdc630031
field-owner = مسؤل
# status: unreviewed · en: 6f884a2b7a44
field-due-on = ټاکلې نېټه
# status: unreviewed · en: 926e182242c4
field-drafted-on = د مسودې نېټه
# status: unreviewed · en: 50d1df72c19a
field-status = حالت
# status: unreviewed · en: 21a5b9819c03
field-new-status = نوی حالت
# status: unreviewed · en: c6abecfc882b
field-on = نېټه
# status: unreviewed · en: a67331808155
field-percent = سلنه بشپړه شوې
# status: unreviewed · en: 415d965a4b17
field-members = غړي
# status: unreviewed · en: 552a00ca327a
field-request = د منظورۍ غوښتنه
# status: unreviewed · en: 3b335c55f53d
field-commitment = ژمنه
# status: unreviewed · en: cdbe14541bb6
field-to = نوی حالت
# status: unreviewed · en: 2b8673907c72
field-participants = ګډونوال
# status: unreviewed · en: 4db2da38c260
field-agenda-items = د اجنډا موضوعګانې
# status: unreviewed · en: 6416cabe59ae
field-outcomes = پایلې
# status: unreviewed · en: f338d21163e2
field-last-status-change = د حالت وروستی بدلون
# status: unreviewed · en: 6bf36849b5ec
field-formed-on-of-delegation = د پلاوي جوړېدل

## Record kinds (in error messages)
# status: unreviewed · en: 5481343cf797
kind-party = اړخ
# status: unreviewed · en: c1828e4bdead
kind-person = کس
# status: unreviewed · en: c101e2db239b
kind-initiative = نوښت
# status: unreviewed · en: a12498a3ec8d
kind-approval = د منظورۍ غوښتنه
# status: unreviewed · en: a90f50520b6b
kind-notification = خبرتیا
# status: unreviewed · en: a2117ec62d98
kind-liaison = د اړیکو ثبت
# status: unreviewed · en: 90f65d37dff3
kind-delegation = پلاوی
# status: unreviewed · en: 8215c48984e9
kind-visit = لیدنه
# status: unreviewed · en: 2b623534c21b
kind-phase = پړاو
# status: unreviewed · en: b583af8cc7ba
kind-agenda-item = د اجنډا موضوع
# status: unreviewed · en: 5a2efe62832d
kind-meeting = غونډه
# status: unreviewed · en: 2bf4cb2ed8d4
kind-claim = ادعا
# status: unreviewed · en: aedacbb02f4d
kind-commitment = ژمنه
# status: unreviewed · en: a2da56206b6f
kind-event = پېښه
# status: unreviewed · en: 2b559035a93e
kind-collection = ټولګه
# status: unreviewed · en: 2e596b90d03e
kind-record = ثبت

## Vocabularies
# status: unreviewed · en: 7344a9f05264
party-kind-provincial-government = ولایتي حکومت
# status: unreviewed · en: 5d2dbfba1600
party-kind-federal-government = فدرالي حکومت
# status: unreviewed · en: 78b391c5f51e
party-kind-counterpart-government = د مقابل اړخ حکومت
# status: unreviewed · en: 567f2ed88ada
party-kind-non-state-group = غیر دولتي ډله
# status: unreviewed · en: 7620cc3da8f0
party-kind-international-body = نړیوال بنسټ
# status: unreviewed · en: d3190cbb4bcd
party-kind-other = نور
# status: unreviewed · en: 97002283a2a1
topic-security = امنیت او د وسله والو پناه ځایونه
# status: unreviewed · en: 439f06493826
topic-trade = سوداګري
# status: unreviewed · en: a44a189e9db7
topic-refugees = کډوال
# status: unreviewed · en: 9205ccbb421a
topic-health = روغتیا
# status: unreviewed · en: f5ef5c0e0610
topic-education = زده کړه
# status: unreviewed · en: 7e4bf9bad9ae
topic-livelihoods = معیشت
# status: unreviewed · en: 2e331926c4d4
topic-movement-of-people = د خلکو تګ راتګ
# status: unreviewed · en: 66e0c63dd511
topic-cultural-exchange = کلتوري تبادله
# status: unreviewed · en: e97d14ea26b7
role-focal-person = مرکزي کس
# status: unreviewed · en: 43178a029db1
role-tribal-elder = قومي مشر
# status: unreviewed · en: b37d721c4b6f
role-religious-scholar = دیني عالم
# status: unreviewed · en: 1bd59dd1fff1
role-political-leader = سیاسي مشر
# status: unreviewed · en: 0b521400f8da
role-government-official = دولتي چارواکی
# status: unreviewed · en: 44abda73c8ac
role-other = نور
# status: unreviewed · en: 8580ed6f7fcb
purpose-groundwork = د زمینې برابرول
# status: unreviewed · en: b31d49526b28
purpose-substantive = اصلي
# status: unreviewed · en: cb3f09a538cf
decision-approve = د شرطونو او حالاتو سره منظوري
# status: unreviewed · en: d0b7373abc44
decision-request-changes = د بدلونونو غوښتنه
# status: unreviewed · en: f4666e7e905a
decision-reject = ردول
# status: unreviewed · en: 3f6cc2149d6f
stance-asserts = تاییدوي
# status: unreviewed · en: 02c965e07c83
stance-denies = ردوي
# status: unreviewed · en: 91bebec8d219
stance-neutral = بې‌طرفه
# status: unreviewed · en: d21b88c71f02
outcome-agreed = موافقه وشوه
# status: unreviewed · en: aba4a2496d89
outcome-not-agreed = موافقه ونه شوه
# status: unreviewed · en: 2a93bf49b00c
outcome-follow-up = تعقیب
# status: unreviewed · en: bfd129069e46
commitment-status-draft = مسوده
# status: unreviewed · en: f749ca873c5d
commitment-status-proposed = وړاندیز شوې
# status: unreviewed · en: b5d3780f4691
commitment-status-agreed = منل شوې
# status: unreviewed · en: f325a6e850bf
commitment-status-in-progress = روانه
# status: unreviewed · en: e21a9a464f47
commitment-status-fulfilled = پوره شوې
# status: unreviewed · en: d445b4448b8b
commitment-status-lapsed = له اعتباره لوېدلې
# status: unreviewed · en: 38f4c83cf690
commitment-status-withdrawn = بېرته اخیستل شوې
# status: unreviewed · en: ac3121628b28
visit-status-planned = پلان شوې
# status: unreviewed · en: 0e07d04774ff
visit-status-travelled = سفر وشو
# status: unreviewed · en: f6ea1de51dd9
visit-status-reported-back = راپور ورکړل شو
# status: unreviewed · en: 5eaf495d241e
approval-status-pending = فدرالي پرېکړې ته انتظار
# status: unreviewed · en: 18bd3072764b
approval-status-approved = منظور شوې
# status: unreviewed · en: 9f43cdd659ca
approval-status-changes-requested = بدلونونه وغوښتل شول
# status: unreviewed · en: 4965f99f3cbb
approval-status-rejected = رد شوې

## Changes (event history)
# status: unreviewed · en: dcfc10756940
change-register-party = اړخ ثبت شو
# status: unreviewed · en: a94c5df0d9ec
change-register-person = کس ثبت شو
# status: unreviewed · en: 1c8800898f02
change-launch-initiative = نوښت پیل شو
# status: unreviewed · en: 9713c2b3f5aa
change-change-initiative-settings = تنظیمات بدل شول
# status: unreviewed · en: 44fc2a282931
change-request-approval = فدرالي منظوري وغوښتل شوه
# status: unreviewed · en: deb19acf2311
change-decide-approval = فدرالي پرېکړه ثبت شوه
# status: unreviewed · en: 5f8eb3263585
change-suspend-approval = منظوري وځنډول شوه
# status: unreviewed · en: 5ab797c2a8cc
change-acknowledge-breach = سرغړونه ومنل شوه
# status: unreviewed · en: 66e1ab8280a9
change-reinstate-approval = منظوري بیا اعتبار ته راوګرځول شوه
# status: unreviewed · en: 8c08cf5113e4
change-withdraw-approval = منظوري بېرته واخیستل شوه
# status: unreviewed · en: 309903a10ebb
change-waive-phase-order = د پړاوونو له ترتیب معافیت ورکړل شو
# status: unreviewed · en: 02d12da4a94c
change-request-waiver = د یوې قاعدې د نرمولو غوښتنه ولېږل شوه
# status: unreviewed · en: 15305b432c6c
change-refuse-waiver = د یوې قاعدې د نرمولو غوښتنه رد شوه
# status: unreviewed · en: 794fd5770a02
change-notify-federal-government = فدرالي حکومت ته خبرتیا ورکړل شوه
# status: unreviewed · en: a8285c1b1d87
change-acknowledge-notification = د خبرتیا ترلاسه کېدل تایید شول
# status: unreviewed · en: e5ae187eca11
change-request-guidance = لارښوونه وغوښتل شوه
# status: unreviewed · en: c55e672d876f
change-answer-guidance = لارښوونې ته ځواب ورکړل شو
# status: unreviewed · en: 6e172b04e798
change-form-delegation = پلاوی جوړ شو
# status: unreviewed · en: ae1267cd2f1c
change-add-delegation-member = غړی ورزیات شو
# status: unreviewed · en: dcb9d133adee
change-remove-delegation-member = غړی لرې شو
# status: unreviewed · en: e96224431883
change-plan-visit = لیدنه پلان شوه
# status: unreviewed · en: d40624a2cc91
change-record-travel = سفر ثبت شو
# status: unreviewed · en: cb5136ba7077
change-report-back = د راستنېدو راپور ثبت شو
# status: unreviewed · en: 0f593319d197
change-add-phase = پړاو ورزیات شو
# status: unreviewed · en: 4822ff040d34
change-conclude-phase = پړاو پای ته ورسېد
# status: unreviewed · en: 29787d4b8058
change-add-agenda-item = د اجنډا موضوع ورزیاته شوه
# status: unreviewed · en: d2ff18b10239
change-record-meeting = غونډه ثبت شوه
# status: unreviewed · en: daf42af31b65
change-state-claim = ادعا وړاندې شوه
# status: unreviewed · en: dc71063238f4
change-record-position = دریځ ثبت شو
# status: unreviewed · en: 396e77ce7610
change-draft-commitment = د ژمنې مسوده جوړه شوه
# status: unreviewed · en: cd67b0244312
change-change-commitment-status = د ژمنې حالت بدل شو
# status: unreviewed · en: 4676b9f434f9
change-report-progress = پرمختګ راپور شو
# status: unreviewed · en: e72883dd23a5
change-concur-with-commitment = فدرالي موافقه ثبت شوه
# status: unreviewed · en: e9c5d04a9e2b
change-accept-commitment = د مقابل اړخ له خوا ومنل شوه
# status: unreviewed · en: 8b9a4b3ae6f7
change-report-acceptance = د مقابل اړخ منل راپور شول
# status: unreviewed · en: 489a495f7a36
change-acknowledge-travel-breach = سرغړونه ومنل شوه
# status: unreviewed · en: 8c1cbfa70168
change-report-on-condition = د منظورۍ د یوه شرط په اړه راپور
# status: unreviewed · en: 47f174fbbb8c
change-approve-policy-change = د پالیسۍ بدلون د فدرالي اړخ له خوا منظور شو
# status: unreviewed · en: 3f93c946b940
change-refuse-policy-change = د پالیسۍ بدلون د فدرالي اړخ له خوا رد شو

## Errors: one per rule, named by its code
# status: unreviewed · en: dfa17aff52b4
error-not-found = داسې { $kind } نشته چې پېژند یې “{ $id }” وي.
# status: unreviewed · en: 16aee0438afc
error-not-approved = نوښت فدرالي منظوري نه لري: مقابل اړخ ته لیدنې، له مقابل اړخ سره غونډې او منل شوې ژمنې هغې ته انتظار باسي.
# status: unreviewed · en: 2918519722d1
error-approval-not-yet-granted = فدرالي منظوري یوازې په { $decided_on } ورکړل شوه؛ له دې ورځې مخکې له مقابل اړخ سره هېڅ شی نه شي ثبتېدای.
# status: unreviewed · en: 6be1d46547c8
error-approval-lapsed = فدرالي منظوري له { $valid_until } وروسته له اعتباره ولوېده؛ لومړی نوې منظوري وغواړئ.
# status: unreviewed · en: 52b2c159ced4
error-topic-not-approved = موضوع “{ $topic }” له هغو موضوعګانو بهر ده چې فدرالي حکومت منظورې کړې.
# status: unreviewed · en: 8abc84d5f8dd
error-topic-not-in-initiative = موضوع “{ $topic }” د نوښت له موضوعګانو څخه نه ده.
# status: unreviewed · en: 354ab38c53e4
error-approved-topics-not-requested = موضوع “{ $topic }” غوښتل شوې نه وه، نو نه شي منظورېدای.
# status: unreviewed · en: cc7fa03b79b9
error-approval-pending = د منظورۍ یوه غوښتنه لا د مخه فدرالي پرېکړې ته انتظار باسي.
# status: unreviewed · en: 681808bc8543
error-already-decided = پر دې غوښتنه لا د مخه پرېکړه شوې؛ پر پرېکړه شوې منظورۍ بیا پرېکړه نه شي کېدای.
# status: unreviewed · en: 253319387320
error-focal-person-required = د نوښت مرکزي کس باید د هر پلاوي غړی وي.
# status: unreviewed · en: 55826d63397a
error-focal-person-cannot-be-removed = مرکزي کس له پلاوي نه شي لرې کېدای.
# status: unreviewed · en: 96b696034104
error-already-member = دا کس لا د مخه د پلاوي غړی دی.
# status: unreviewed · en: 4bc5feca41b3
error-not-a-member = دا کس د پلاوي غړی نه دی.
# status: unreviewed · en: c76eb9fde97e
error-groundwork-not-reported = اصلي پلاوی یوازې هغه وخت سفر کوي چې د زمینې برابرولو لیدنې خپل راپور ورکړی وي.
# status: unreviewed · en: 84f7cea8abe1
error-phase-order = د { $phase } پړاو موضوعګانو باندې یوازې هغه وخت بحث کېدای شي چې مخکیني پړاوونه پای ته رسېدلي وي یا فدرالي اړخ له ترتیب معافیت ورکړی وي.
# status: unreviewed · en: 0d5d31cbcd3d
error-phase-already-concluded = دا پړاو لا د مخه پای ته رسېدلی.
# status: unreviewed · en: 12042c94444c
error-commitment-withdrawn = بېرته اخیستل شوې ژمنه نه شي منل کېدای.
# status: unreviewed · en: 53c177400089
error-invalid-transition = یوه ژمنه له “{ $from }” څخه “{ $to }” ته نه شي تللای.
# status: unreviewed · en: a8f031e5bb8d
error-commitment-not-active = پرمختګ یوازې پر منل شوې یا روانې ژمنې راپور کېدای شي (دا یوه “{ $status }” ده).
# status: unreviewed · en: 9911b7446b10
error-date-order = { $field } له { $earlier } ({ $bound }) مخکې نه شي کېدای.
# status: unreviewed · en: d1b8cf483b1a
error-already-travelled = د دې لیدنې سفر لا د مخه ثبت شوی.
# status: unreviewed · en: 41a725c53dc5
error-not-travelled = لیدنه لا سفر نه دی کړی: د راستنېدو له راپور مخکې سفر ثبت کړئ.
# status: unreviewed · en: d5e9201904fb
error-already-reported = دې لیدنې لا د مخه خپل راپور ورکړی.
# status: unreviewed · en: 66606c0e0566
error-already-acknowledged = د دې خبرتیا ترلاسه کېدل لا د مخه تایید شوي.
# status: unreviewed · en: 6f9f11fbcdbc
error-already-answered = د لارښوونې دې غوښتنې ته لا د مخه ځواب ورکړل شوی.
# status: unreviewed · en: 64daf61ba6c9
error-wrong-party-kind = { $field } باید د “{ $expected }” ډول اړخ وي.
# status: unreviewed · en: ece676f99e21
error-wrong-initiative = { $field } بل نوښت پورې اړه لري.
# status: unreviewed · en: 41c543198b13
error-empty-list = { $field }: لږ تر لږه یو وټاکئ.
# status: unreviewed · en: 808979b137f9
error-duplicate = { $field } “{ $value }” له یو ځل زیات لري.
# status: unreviewed · en: 60c31ced0a31
error-out-of-range = { $field } باید د { $min } او { $max } ترمنځ وي.
# status: unreviewed · en: 94f8b99ac7cf
error-not-discussed = یوه پایله د اجنډا { $item } موضوع ته اشاره کوي، چې غونډې پرې بحث نه دی کړی.
# status: unreviewed · en: 9c00a9771938
error-framework-forbidden = ملي چوکاټ دا ژمنه منع کوي ({ $reasons }): هېڅ ژمنه نه شي کولای د ملي امنیت چوکاټ یا ډیپلوماتیک دریځ نه تېره شي.
# status: unreviewed · en: 8365c28026e9
error-concurrence-required = دا ژمنه له منل کېدو مخکې د فدرالي حکومت موافقې ته اړتیا لري ({ $reasons }).
# status: unreviewed · en: b2767ba616ba
error-concurrence-not-needed = ملي چوکاټ دا ژمنه د فدرالي موافقې لپاره نه ده لېږلې.
# status: unreviewed · en: a5b48a4df308
error-already-concurred = فدرالي موافقه لا د مخه ثبت شوې.
# status: unreviewed · en: 7f63d9b5fa75
error-policy-changed-meanwhile = پالیسۍ په دې منځ کې بدلې شوې (نسخه { $version })؛ له هغه متن بیا پیل وکړئ چې اوس د اجرا وړ دی.
# status: unreviewed · en: e8a091d728f8
error-policy-unchanged = نوی متن له هغه سره یو شان دی چې د اجرا وړ دی؛ د ثبتولو لپاره څه نشته.
# status: unreviewed · en: 5e9b6b3fb80c
error-invalid-field = ساحه “{ $field }” سمه نه ده: { $reason }
# status: unreviewed · en: ba426307f89e
error-invalid-command = امر سم نه دی: { $reason }
# status: unreviewed · en: 91065279a056
error-malformed-json = غوښتنه سم JSON نه دی: { $reason }
# status: unreviewed · en: eab4d3c2b2ea
error-payload = د غوښتنې متن ونه لوستل شو (حد { $limit } بایټه): { $reason }
# status: unreviewed · en: b3ef7cdefced
error-no-such-endpoint = داسې API پای‌ټکی نشته؛ /api/v1/openapi.json وګورئ.
# status: unreviewed · en: 7add5334222b
error-bad-form = فورمه ونه لوستل شوه. بېرته لاړ شئ او بیا هڅه وکړئ.
# status: unreviewed · en: 113ec9a84a25
error-storage = ثبت خوندي نه شو؛ هېڅ شی ثبت نه شو. بیا هڅه وکړئ.
# status: unreviewed · en: e5c95f9965b9
error-shutting-down = سرور بندېږي؛ هېڅ شی ثبت نه شو.
# status: unreviewed · en: 8ddc7794feb8
error-ledger-off = دا سرور کوم ثبت‌دفتر نه ساتي.
# status: unreviewed · en: 6e9444e07ab1
error-no-checkpoint = ثبت‌دفتر لا کوم لاسلیک شوی حالت نه لري: لا هېڅ شی ثبت شوی نه دی.
# status: unreviewed · en: 0d139a5325cf
error-internal = زموږ په خوا کې یوه ستونزه پېښه شوه.

## Audit
# status: unreviewed · en: 34d8159e2e19
audit-title = د ثبت پلټنه
# status: unreviewed · en: 27a6493c8fef
audit-intro = هر منل شوی بدلون د مرکل ونې (RFC 9162) یوه ننوتنه ده، او له هر ثبت وروسته سرور د ونې یو حالت په خپله Ed25519 کیلي لاسلیکوي. هر څوک چې یو لاسلیک شوی حالت ولري، کولای شي پرته له دې چې پر دې سرور باور وکړي، وګوري چې یوه ننوتنه په ثبت کې شته او دا چې ثبت تل یوازې زیات شوی.
# status: unreviewed · en: 0a8d06cfb9ef
audit-checkpoint = وروستی لاسلیک شوی حالت
# status: unreviewed · en: 12baf1c55e28
audit-no-checkpoint = لا هېڅ شی ثبت شوی نه دی.
# status: unreviewed · en: c7ec706d52c7
audit-size = ونه { $size } ننوتنې لري.
# status: unreviewed · en: c1eaadc7e8a5
audit-public-key = د ثبت عامه کیلي
# status: unreviewed · en: f46c8d536870
audit-offline = پرته له شبکې یې تایید کړئ
# status: unreviewed · en: 1c11971170fe
audit-step-export = چلونکی یوه بشپړه بنډل صادروي: هره ننوتنه، هر لاسلیک شوی حالت، عامه کیلي.
# status: unreviewed · en: 8ec0ca09e3cb
audit-step-bundle = هر څوک یې یوازې د jirga په پروګرام کتلای شي، پرته له سرور او ډېټابېس؛ لومړۍ خرابه ننوتنه نومول کېږي.
# status: unreviewed · en: ca6081cde1d4
audit-step-record = د یوه ثبت لپاره، د هغه "د شاملېدو ثبوت" لېنک پرانیزئ: مخ هغه امر ورکوي چې دا کتنه کوي.
# status: unreviewed · en: 59f39d162180
audit-step-consistency = د دې کتلو لپاره چې ثبت ستاسو د دوو لاسلیک شویو حالتونو ترمنځ یوازې وده کړې، د همغږۍ ثبوت راواخلئ او وې ګورئ.
# status: unreviewed · en: 97cbf926ef74
audit-store-check = چلونکی خوندي شوی ثبت د هغه له خپلو لاسلیک شویو حالتونو سره پرتله کوي:
# status: unreviewed · en: c91d0f870f6a
proof-title = د { $index } ننوتنې د شاملېدو ثبوت
# status: unreviewed · en: 6b7908c54b91
proof-intro = د دې ننوتنې هش، تر رېښې پورې د خپلوانو هشونو لاره، او د اوسنۍ ونې رېښه، چې لاندې په لاسلیک شوي حالت کې لاسلیک شوې.
# status: unreviewed · en: ee240b5274ab
proof-leaf-hash = د ننوتنې هش
# status: unreviewed · en: 888fe835c6e5
proof-size = د ونې اندازه
# status: unreviewed · en: 4ec16b6efaac
proof-root = رېښه
# status: unreviewed · en: 26bdf522ed26
proof-path = ثبوت (لومړی خپلوان)
# status: unreviewed · en: ad39a16fede4
proof-check = پخپله یې وګورئ

## Check your answers
# status: unreviewed · en: 3a9efd8270e7
confirm-title = له ثبتولو مخکې خپل ځوابونه وګورئ
# status: unreviewed · en: eb4fdd8a2b38
confirm-intro = دا پابندوونکی دی او په دایمي ثبت کې ځي. وګورئ چې څه به ثبت شي.
# status: unreviewed · en: c4cb5ba9a912
confirm-submit = تایید او ثبت کړئ
# status: unreviewed · en: 2ed5f37e2f4f
confirm-change = خپل ځوابونه بدل کړئ
# status: unreviewed · en: 4a10028d5879
confirm-cancel = لغوه کړئ او بېرته لاړ شئ
# status: unreviewed · en: 08613cf297f1
confirm-yes = هو
# status: unreviewed · en: 0c2a08df5f62
confirm-no = نه

## Signing in, authorization
# status: unreviewed · en: 4fa79e87fd5f
login-title = ننوتل
# status: unreviewed · en: b319f886ec63
login-intro = په هغه حساب ننوځئ چې ستاسو مدیر درکړی. هر بدلون چې تاسو یې کوئ، ستاسو په نوم ثبتېږي.
# status: unreviewed · en: 5bb42d7b23f2
login-username = کارن نوم
# status: unreviewed · en: 03f0aa5ea64f
login-password = پټنوم
# status: unreviewed · en: c3cc0ed145bc
login-submit = ننوتل
# status: unreviewed · en: 10de19b827dc
logout = وتل
# status: unreviewed · en: a2a0dc23c133
signed-in-as = { $name } ({ $organization })
# status: unreviewed · en: babcd3aefc66
error-bad-credentials = کارن نوم یا پټنوم ناسم دی.
# status: unreviewed · en: bd408ca5ec40
error-account-locked = له دې پتې څخه دې حساب ته ډېرې ناکامې ننوتنې شوې. له { $until } وروسته بیا هڅه وکړئ، یا له یوه مدیر وغواړئ چې خلاص یې کړي.
# status: unreviewed · en: 5e10e78709a5
error-request-timeout = د غوښتنې متن په وخت ونه رسېد؛ هېڅ شی ثبت نه شو.
# status: unreviewed · en: 1e3fcfbcd13d
error-read-only = دې سرور ثبت یوازې د لوستلو لپاره پرانیستی؛ هېڅ شی ثبت نه شو.
# status: unreviewed · en: 892b3e26a94f
error-too-many-attempts = له دې پتې څخه ډېرې ناکامې ننوتنې شوې. له { $until } وروسته بیا هڅه وکړئ.
# status: unreviewed · en: 1a23d63f49ad
error-login-busy = سرور په یو وخت ډېرې ننوتنې څېړي. څو ثانیې وروسته بیا هڅه وکړئ.
# status: unreviewed · en: 348d49d34f19
error-csrf-invalid = دا فورمه ستاسو په ناسته کې د دې سایټ له یوه مخ نه ده لېږل شوې (د هغې امنیتي نښه نشته یا ناسمه ده). هېڅ شی ثبت نه شو؛ مخ بیا راوړئ او بیا هڅه وکړئ.
# status: unreviewed · en: 9f7e43684c96
csrf-title = فورمه ونه منل شوه
# status: unreviewed · en: b9b2a1bf8a91
forbidden-title = تاسو ته نه ده
# status: unreviewed · en: 0c432f296b2f
forbidden-body = ستاسو رول تاسو ته د دې مخ د لیدو اجازه نه درکوي.
# status: unreviewed · en: ab66265b4f9e
error-unauthenticated = لومړی ننوځئ: د API نښه د “Authorization: Bearer …” په توګه ولېږئ (بدلونونه نښې ته اړتیا لري؛ لوستل د براوزر ناسته هم مني).
# status: unreviewed · en: 56374be281bd
error-may-not-read-log = ستاسو رول تاسو ته د پېښو د لړلیک یا د ثبت‌دفتر د ننوتنو د لوستلو اجازه نه درکوي.
# status: unreviewed · en: 9d18a4406205
error-denied = اجازه نشته: { $user } نه شي کولای { $command }. { $reason }
# status: unreviewed · en: 8330318d4202
nav-policies = پالیسۍ
# status: unreviewed · en: 7cafc0f8d037
shared-title = له تاسو سره شریک شوي
# status: unreviewed · en: b2f073049fa9
shared-intro = هغه غونډې چې ستاسو خلکو پکې ګډون کړی، او هغه ژمنې چې منل شوې.
# status: unreviewed · en: 5acad9663ff4
shared-meeting = په { $place } کې د { $date } غونډه

## Policies
# status: unreviewed · en: 34780cda3e26
policies-title = پالیسۍ
# status: unreviewed · en: 34618a02a7b1
policies-intro = څوک څه کولای شي، او کومه ژمنه څه نه شي کولای، دا د Cedar پالیسۍ دي. د یوې بدلول په ثبت کې یوه پېښه ده: چا بدله کړه، کله، ولې، او توپیر. یو بدلون له اغېز مخکې د سکیما پر وړاندې تاییدېږي.
# status: unreviewed · en: 0a93f954fa4d
policies-from-files = د پالیسۍ له دوتنو د اجرا وړ دي؛ کوم بدلون ثبت شوی نه دی.
# status: unreviewed · en: 38327cd912c8
policies-text-in-force = د اجرا وړ متن
# status: unreviewed · en: 2aa12eae3de7
policies-change = دا د پالیسیو ټولګه بدله کړئ
# status: unreviewed · en: 23bf63bd4f1d
policies-change-submit = بدلون تایید او ثبت کړئ
# status: unreviewed · en: 9709445ef4e4
policy-set-authorization = واک ورکول
# status: unreviewed · en: 202b42d925a4
policy-set-forbidden = ملي چوکاټ: منع شوي
# status: unreviewed · en: 8e2e1aff0e82
policy-set-concurrence = ملي چوکاټ: فدرالي موافقه
# status: unreviewed · en: 86b667dc6520
field-policy-text = نوی متن
# status: unreviewed · en: ff2193033054
field-policy-set = د پالیسیو ټولګه
# status: unreviewed · en: d207878c2bfb
policies-in-words = هره پالیسي څه وايي
# status: unreviewed · en: 97b22941d2ff
policy-name = پالیسي
# status: unreviewed · en: f94969db4c00
policy-effect = څه کوي
# status: unreviewed · en: 53407bfaf889
policy-reason = ولې
# status: unreviewed · en: cb0b67738e4f
policy-effect-allows = اجازه ورکوي
# status: unreviewed · en: b6354805e558
policy-effect-forbids = منع کوي، که هر څه یې اجازه ورکړي
# status: unreviewed · en: 9129f5983d11
policy-effect-baseline = اساس: هغه څه چې کومه منع ورسره سمون نه خوري، منع نه دي
# status: unreviewed · en: 38220e842880
policy-effect-forbids-commitment = ژمنه منع کوي
# status: unreviewed · en: 4b6854ebef40
policy-effect-needs-concurrence = فدرالي موافقې ته اړتیا لري
# status: unreviewed · en: 90688415a03c
policy-effect-no-concurrence = له موافقې معاف وي
# status: unreviewed · en: 5aaf3f27c4fc
policy-actions = { $count ->
    [one] هغه کړنه چې دا یې نوموي
   *[other] هغه { $count } کړنې چې دا یې نوموي
}
# status: unreviewed · en: bddf1ab639b1
policy-change-in-words = بدلون څه کوي، پالیسي په پالیسي
# status: unreviewed · en: 8e99a4b27582
policy-change-added = نوې پالیسي
# status: unreviewed · en: 1016f9e3faa6
policy-change-changed = بدله شوې
# status: unreviewed · en: a5d9bb12ce81
policy-change-removed = لرې شوې
# status: unreviewed · en: 15f0f4be4b34
policy-change-layout-only = کومه پالیسي خپله مانا نه بدلوي: یوازې بڼه یا تبصرې توپیر لري.
# status: unreviewed · en: b3cf8e968734
policy-change-unreadable = دا متن د Cedar پالیسیو په توګه نه لوستل کېږي؛ فورمه به ووايي چې چېرته.
# status: unreviewed · en: ec0d32c5130e
policy-change-difference = توپیر، کرښه په کرښه
# status: unreviewed · en: 776169dfabf1
field-record = ثبت
# status: unreviewed · en: eee2672195dc
change-add-note = یادښت ورزیات شو
# status: unreviewed · en: d59b8c8a19c0
change-change-policies = د پالیسۍ بدلون وړاندیز شو
# status: unreviewed · en: 87ec44f36fd5
notes-title = یادښتونه
# status: unreviewed · en: 4d61434b990e
notes-none = لا کوم یادښت نشته.
# status: unreviewed · en: f340859c73f0
notes-earlier = په دې ثبت کې پخواني یادښتونه چې دلته نه دي ښودل شوي: { $count }. وروستي ښودل شوي.
# status: unreviewed · en: e1f9f7b4cc0e
pager-label = د دې لېست مخونه
# status: unreviewed · en: 9f7c53f60311
pager-previous = → مخکینی مخ
# status: unreviewed · en: 1c645945b42b
pager-next = بل مخ ←
# status: unreviewed · en: da3e7ccca906
pager-position = { $first }–{ $last } له { $total } څخه
# status: unreviewed · en: cb26c3eef36d
notes-add = یو یادښت ورزیات کړئ
# status: unreviewed · en: 5d35739a5c3d
notes-add-submit = یادښت ورزیات کړئ

## Movement passes, the border post and the crossing log
# status: unreviewed · en: ef1b5fccbe1d
nav-passes = اجازه‌لیکونه
# status: unreviewed · en: fab7172b6545
nav-border = سرحدي پوسته
# status: unreviewed · en: 578b97221ec8
nav-crossings = تېرېدنې
# status: unreviewed · en: cebdb89a9eea
passes-title = د تګ راتګ اجازه‌لیکونه
# status: unreviewed · en: dd277e364f27
passes-search = د نوم، د سند د شمېرې یا د اجازه‌لیک د پېژند له مخې ولټوئ
# status: unreviewed · en: 5c2c0b43e04e
passes-search-submit = لټون
# status: unreviewed · en: befbe8bedb53
passes-none = هېڅ اجازه‌لیک سمون نه خوري.
# status: unreviewed · en: 341808abc9b6
pass-issue = اجازه‌لیک صادر کړئ
# status: unreviewed · en: a928642f9147
pass-issue-intro = یو اجازه‌لیک خپل لرونکي ته اجازه ورکوي چې د درملنې، سوداګرۍ، کورنۍ لیدنې یا کلتوري تبادلې لپاره پوله تېره کړي. د لرونکي معلومات له ثبت جلا ساتل کېږي: ثبت یوازې د هغو یوه مهر شوې ګوتنښه ساتي، او کله چې د ساتلو موده یې پای ته ورسېږي، ړنګېږي.
# status: unreviewed · en: 33896a226770
pass-issue-holder = لرونکی
# status: unreviewed · en: 7bb573282f58
pass-issue-purpose-hint = د ټاکل شوې موخې جزییات ولیکئ: د درملنې لپاره روغتون او د لیدنې وخت، د سوداګرۍ لپاره سوداګریز بنسټ یا شرکت، د کورنۍ لیدنې لپاره کوربه، د کلتوري تبادلې لپاره غونډه.
# status: unreviewed · en: 2041f51200d6
pass-issue-submit = دوام ورکړئ
# status: unreviewed · en: 287dc6b57497
pass-title = اجازه‌لیک { $id }
# status: unreviewed · en: 5a8916b90063
pass-caption = د تګ راتګ اجازه‌لیک
# status: unreviewed · en: 27f2aab7e419
pass-expired = پای ته رسېدلی
# status: unreviewed · en: cbd790877906
pass-holder-erased = د لرونکي معلومات ړنګ شول (د ساتلو موده پای ته ورسېده)
# status: unreviewed · en: 66cd590925a9
pass-holder-hidden = د لرونکي معلومات یوازې د اجازه‌لیک او سرحدي چارواکو ته ښودل کېږي
# status: unreviewed · en: 7e80c9398edd
pass-print = کارت چاپ کړئ (A6)
# status: unreviewed · en: f13163f6e391
pass-download-qr = QR کوډ ښکته کړئ (PNG)
# status: unreviewed · en: 2252b9b6080f
pass-revoke = دا اجازه‌لیک لغوه کړئ
# status: unreviewed · en: 20c58ff4571d
pass-revoke-submit = اجازه‌لیک لغوه کړئ
# status: unreviewed · en: 1e9384107ad3
pass-revoked-on = لغوه شو
# status: unreviewed · en: 979dda157f5c
pass-status-valid = د اعتبار وړ
# status: unreviewed · en: 4912470f1d72
pass-status-revoked = لغوه شوی
# status: unreviewed · en: 382f62b38160
pass-purpose-medical = درملنه
# status: unreviewed · en: bf8eaaf984ba
pass-purpose-business = سوداګري
# status: unreviewed · en: 8488d27fd29e
pass-purpose-family-visit = کورنۍ لیدنه
# status: unreviewed · en: bdd263f30842
pass-purpose-cultural-exchange = کلتوري تبادله
# status: unreviewed · en: 751815f11c91
document-type-cnic = ملي پېژندپاڼه (CNIC)
# status: unreviewed · en: 96906aead38c
document-type-tazkira = تذکره
# status: unreviewed · en: e1b6fe941f53
document-type-passport = پاسپورټ
# status: unreviewed · en: ece89ef6f34b
sex-female = ښځه
# status: unreviewed · en: dc8171f223e0
sex-male = نارینه
# status: unreviewed · en: 564c88dada41
sex-other = نور
# status: unreviewed · en: ad86f05437de
entries-single = یو ځلي ننوتل
# status: unreviewed · en: a646efd068a0
entries-multiple = څو ځلي ننوتل
# status: unreviewed · en: 9e979d88554d
direction-entry = ننوتل
# status: unreviewed · en: 3a2429bbaf4f
direction-exit = وتل
# status: unreviewed · en: 718515ca8993
anomaly-entry-while-inside = ننوتل پداسې حال کې چې لا دننه دی
# status: unreviewed · en: 47dea046d3fd
anomaly-exit-without-entry = وتل پرته له ننوتلو
# status: unreviewed · en: 8a5b070f0ae5
anomaly-too-many-entries = له اجازې زیاتې ننوتنې
# status: unreviewed · en: 81e28a312751
anomaly-wrong-crossing-point = ناسمه د تېرېدو لار
# status: unreviewed · en: 38e0a4a11034
anomaly-expired = پای ته رسېدلی اجازه‌لیک وړاندې شو
# status: unreviewed · en: 10764cd92939
anomaly-revoked = لغوه شوی اجازه‌لیک وړاندې شو
# status: unreviewed · en: 8009084a4847
anomaly-invalid = ناسم سند وړاندې شو
# status: unreviewed · en: f7e9400a815d
field-document-id = د اجازه‌لیک پېژند
# status: unreviewed · en: 568ae6c097b9
field-holder = لرونکی
# status: unreviewed · en: 3d2643e0c850
problem-enter = “{ $field }” ولیکئ.
# status: unreviewed · en: 9863e0ac9adc
problem-text = “{ $field }”: تر ۲۰۰ تورو زیات مه لیکئ، پرته له نوې کرښې، کنټرولي تورو یا د لوري کنټرولونو (U+202A–U+202E, U+2066–U+2069).
# status: unreviewed · en: 6fc502165999
problem-enter-day = “{ $field }” د یوې ورځې په توګه ولیکئ، د بېلګې په توګه 2025-03-15.
# status: unreviewed · en: 1dea920c17fd
problem-day = “{ $field }” باید یوه رښتینې ورځ وي، داسې لیکل شوې لکه 2025-03-15.
# status: unreviewed · en: c06643636efa
problem-choose = “{ $field }” وټاکئ.
# status: unreviewed · en: 931a24598da1
problem-choose-listed = د “{ $field }” لپاره له لېست شویو انتخابونو څخه یو وټاکئ.
# status: unreviewed · en: f1cc4d6944de
problem-choose-one-or-more = لږ تر لږه یو له “{ $field }” څخه وټاکئ.
# status: unreviewed · en: 559804c13123
problem-nationality = “{ $field }”: درې لوی لاتیني توري ولیکئ، لکه AFG یا PAK.
# status: unreviewed · en: 7d8e1fc22d0f
problem-photo-hash = “{ $field }”: ۶۴ توري، 0–9 او a–f، لکه څنګه چې د انځور اوزار یې چاپوي.
# status: unreviewed · en: 585ba1af6970
problem-enter-number = “{ $field }” د یوې بشپړې شمېرې په توګه ولیکئ.
# status: unreviewed · en: ddae679c821c
problem-photo-missing = د لرونکي انځور وټاکئ: له کمرې یوه JPEG یا PNG دوتنه.
# status: unreviewed · en: f5c5ac6656c5
problem-photo-too-large = د انځور دوتنه له { $max } MB لویه ده: یوه کوچنۍ دوتنه وټاکئ، یا انځور په ټیټ وضاحت بیا واخلئ.
# status: unreviewed · en: 2b0f3d57141f
problem-photo-format = انځور باید JPEG یا PNG دوتنه وي.
# status: unreviewed · en: baab92ce9b96
problem-photo-unreadable = د انځور دوتنه نه لوستل کېږي (کېدای شي خرابه یا نیمګړې وي): بیا یې واخلئ یا یې وټاکئ.
# status: unreviewed · en: e6eca5a37a5b
problem-photo-too-many-pixels = انځور له { $max } میګاپکسلو زیات لري: په ټیټ وضاحت یې بیا واخلئ.
# status: unreviewed · en: 06bc1f5a2751
problem-photo-too-small = انځور { $width } × { $height } پکسله دی: باید لږ تر لږه { $min_width } × { $min_height } وي څو په پوله کې مخ ورسره پرتله شي.
# status: unreviewed · en: 32545043885c
form-error-count = { $count ->
    [one] یوه ستونزه شته
   *[other] { $count } ستونزې شته
}
# status: unreviewed · en: 1576f7cce403
field-holder-name-latin = نوم (په لاتیني لیکدود)
# status: unreviewed · en: 083733d8b2bd
field-holder-name-arabic = نوم (په عربي لیکدود)
# status: unreviewed · en: 7ce3ca130d9c
field-holder-document-type = د پېژندنې سند
# status: unreviewed · en: 1aefd20fa049
field-holder-document-number = د سند شمېره
# status: unreviewed · en: 0e3c7dfe2b05
field-holder-date-of-birth = د زېږېدو نېټه
# status: unreviewed · en: 8391e4eb0452
field-holder-sex = جنس
# status: unreviewed · en: 7febea5df718
field-holder-nationality = تابعیت (ISO کوډ، لکه AFG، PAK)
# status: unreviewed · en: 5e0153512267
field-holder-photo-hash = د انځور ګوتنښه (SHA-256)
# status: unreviewed · en: 11138753e667
field-holder-photo = د لرونکي انځور
# status: unreviewed · en: 6f9b93d935cb
field-holder-photo-hint = له کمرې یو JPEG یا PNG، مخ په ښکاره ډول لیدل کېږي، لږ تر لږه ۲۴۰ × ۳۰۰ پکسله او تر ډېره ۱۰ MB. دا د لرونکي له معلوماتو سره ساتل کېږي (له هغو سره ړنګېږي) او ګوتنښه یې په اجازه‌لیک کې لاسلیکېږي.
# status: unreviewed · en: 8ecc65f14d49
photo-alt = د لرونکي انځور
# status: unreviewed · en: aa3c8fbcfc6e
photo-kept = دا انځور ساتل شوی: یوازې د بدلولو لپاره یې بله دوتنه وټاکئ.
# status: unreviewed · en: 3b14befbc263
photo-matches = د دې اجازه‌لیک ثبت شوی انځور، له هغې ګوتنښې سره سمون لري چې پرې لاسلیک شوی. مخ یې له هغه کس سره پرتله کړئ چې دا یې وړاندې کړی.
# status: unreviewed · en: 5002b8a2cdaf
photo-mismatch = ثبت شوی انځور له هغې ګوتنښې سره سمون نه لري چې دا اجازه‌لیک پرې لاسلیک شوی: کېدای شي بدل شوی وي. پرې باور مه کوئ؛ ننوتل رد کړئ او صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: 6dda0b268890
photo-not-here = د دې اجازه‌لیک انځور دلته نه ساتل کېږي (د بلې ادارې اجازه‌لیک، یا د لرونکي معلومات ړنګ شوي): مخ د لرونکي له پېژندنې سند سره پرتله کړئ.
# status: unreviewed · en: 7d3ac634adae
photo-none = دا اجازه‌لیک پرته له انځوره صادر شوی: مخ د لرونکي له پېژندنې سند سره وګورئ.
# status: unreviewed · en: 10389b038d56
field-purpose-kind = د سفر موخه
# status: unreviewed · en: 37ac559e817b
field-purpose-hospital = روغتون
# status: unreviewed · en: 5603513c0040
field-purpose-appointment-on = د لیدنې نېټه
# status: unreviewed · en: 55b8ea5bbbbb
field-purpose-attendant-allowed = یو ملګری کولای شي له ناروغ سره ولاړ شي
# status: unreviewed · en: 88fa75f0ff1d
field-purpose-organization = سوداګریز بنسټ یا شرکت
# status: unreviewed · en: c4b32f784c8c
field-purpose-host = کوربه
# status: unreviewed · en: 28294333227d
field-purpose-event = غونډه
# status: unreviewed · en: b7b67447e470
field-sponsor = ضامن
# status: unreviewed · en: d34cae0edf91
field-crossing-points = د تېرېدو لارې
# status: unreviewed · en: 1b2213b780a6
field-crossing-point = د تېرېدو لار
# status: unreviewed · en: 7854155718c4
field-valid-from = له دې نېټې اعتبار لري
# status: unreviewed · en: e01002812814
field-entries-kind = ننوتنې
# status: unreviewed · en: 01afabab2159
field-entries-max = تر ټولو زیاتې ننوتنې
# status: unreviewed · en: 9d8e56606bfd
field-authority = صادرونکې اداره
# status: unreviewed · en: c5155b478d38
field-kid = د لاسلیک کیلي (kid)
# status: unreviewed · en: 1d45a5065486
field-holder-commitment = د لرونکي د معلوماتو مهر شوې ګوتنښه
# status: unreviewed · en: 51efc9e240f6
field-revoked-on = د لغوه کېدو نېټه
# status: unreviewed · en: 9116a6a66bcb
field-crossed-at = کله
# status: unreviewed · en: 254831a84058
field-direction = لوری
# status: unreviewed · en: 770ee1d6187f
field-verdict = پرېکړه
# status: unreviewed · en: c2a369ba8037
field-anomalies = بې‌نظمۍ
# status: unreviewed · en: 263ee66e32a8
field-day = ورځ
# status: unreviewed · en: 5710f5f45713
field-code = کوډ
# status: unreviewed · en: 4f24f33dc84f
border-title = سرحدي پوسته
# status: unreviewed · en: c59ac64aa6e2
border-intro = هغه اجازه‌لیک وګورئ چې د تېرېدو په ځای کې وړاندې کېږي: د هغه له QR کوډ څخه لوستل شوی متن دلته ولیکئ، یا د کوډ انځور پورته کړئ. کتنه شبکې ته اړتیا نه لري: هغه کیلي کاروي چې دا پوسته پرې باور لري، او هغه لغوې چې دا یې ساتي.
# status: unreviewed · en: d8d135515ce4
border-paste = د اجازه‌لیک متن (په JP1: یا HC1: پیلېږي)
# status: unreviewed · en: 07600b64b2fd
border-upload = یا د QR کوډ انځور
# status: unreviewed · en: 85fef1720162
border-upload-hint = یو PNG یا JPEG انځور، لکه څنګه چې د ګرځنده ټیلیفون کمره یې اخلي.
# status: unreviewed · en: dc649adf827d
border-check-submit = اجازه‌لیک وګورئ
# status: unreviewed · en: aee98ccf00e3
border-unreadable = اجازه‌لیک ونه لوستل شو
# status: unreviewed · en: 7b4da6cba052
border-image-error = انځور ونه لوستل شو: { $reason }
# status: unreviewed · en: eee8abb815d3
border-nothing = د اجازه‌لیک متن ولیکئ یا د هغه د QR کوډ انځور پورته کړئ.
# status: unreviewed · en: d434d1521c35
border-unverified = هېچا چې دا پوسته پرې باور لري، دا معلومات نه دي لاسلیک کړي: کېدای شي جعلي وي. د لرونکي د پېژندلو لپاره پرې تکیه مه کوئ.
# status: unreviewed · en: d4a3a28203da
border-record-entry = ننوتل ثبت کړئ
# status: unreviewed · en: eac764e9bd18
border-record-exit = وتل ثبت کړئ
# status: unreviewed · en: ed18a0e97579
verdict-valid = د اعتبار وړ
# status: unreviewed · en: 009c99577c1b
verdict-invalid = د اعتبار وړ نه دی
# status: unreviewed · en: eb33e059e0a4
failure-prefix = اجازه‌لیک نه دی (نامعلوم مختاړی)
# status: unreviewed · en: b654a1eb69c0
failure-base45 = خراب متن (base45)
# status: unreviewed · en: 9744da6ea448
failure-zlib = خراب معلومات (کمپرېشن)
# status: unreviewed · en: f097ab7b99a9
failure-cbor = خراب معلومات (CBOR)
# status: unreviewed · en: 6f30ad9d198f
failure-cose = خراب د لاسلیک پوښ (COSE)
# status: unreviewed · en: e247d4cf15f8
failure-unknown-key = په داسې کیلي لاسلیک شوی چې دا پوسته پرې باور نه لري
# status: unreviewed · en: a4af76c3144f
failure-signature = لاسلیک سمون نه خوري: اجازه‌لیک بدل شوی یا جعلي دی
# status: unreviewed · en: 29b37f404074
failure-not-yet-valid = لا د اعتبار وړ نه دی
# status: unreviewed · en: c677e818672f
failure-expired = پای ته رسېدلی
# status: unreviewed · en: 8bbb8ff92f00
failure-revoked = د صادرونکي له خوا لغوه شوی
# status: unreviewed · en: 9a815901c6a0
failure-purpose = کیلي نه شي کولای د دې موخې لپاره اجازه‌لیکونه لاسلیک کړي
# status: unreviewed · en: 3654fa0bf4d5
failure-crossing-point = په دې لار د اعتبار وړ نه دی
# status: unreviewed · en: b093ed31a5d2
failure-action-prefix = اجازه‌لیک بیا وغواړئ (چاپ شوی کارت یا روښانه پرده). که بیا هم ونه لوستل شي، رد یې کړئ او صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: 79f9ac503229
failure-action-base45 = کوډ خراب دی: اجازه‌لیک بیا وغواړئ (چاپ شوی کارت یا روښانه انځور). که بیا هم پاتې راشي، رد یې کړئ او صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: 0d6235f7edba
failure-action-zlib = کوډ خراب دی: اجازه‌لیک بیا وغواړئ (چاپ شوی کارت یا روښانه انځور). که بیا هم ناکام شي، رد یې کړئ او صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: 659cd89a1291
failure-action-cbor = کوډ خراب دی: اجازه‌لیک بیا وغواړئ. که بیا هم پاتې راشي، رد یې کړئ او صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: f77cffa5281b
failure-action-cose = کوډ خراب دی: اجازه‌لیک بیا وغواړئ. که بیا هم ناکام شي، رد یې کړئ او صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: f78b3cd11a03
failure-action-unknown-key = رد یې کړئ: دا پوسته نه شي کتلای چې اجازه‌لیک چا لاسلیک کړی. صادرونکي دفتر ته زنګ ووهئ؛ ښودل شوي معلومات کېدای شي جعلي وي، نو لرونکی پرې مه پېژنئ.
# status: unreviewed · en: 91d4c610b373
failure-action-signature = رد یې کړئ: اجازه‌لیک بدل شوی یا جعلي دی. که ستاسو لارښوونې داسې وايي، لرونکی انتظار کې وساتئ، او صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: de16c7c864db
failure-action-not-yet-valid = اوس یې رد کړئ: اجازه‌لیک یوازې له یوې وروستۍ ورځې د اعتبار وړ دی. لرونکی کولای شي هغه وخت بېرته راشي.
# status: unreviewed · en: ad370a4d3e97
failure-action-expired = رد یې کړئ: اجازه‌لیک پای ته رسېدلی. لرونکی باید د نوي لپاره غوښتنه وکړي.
# status: unreviewed · en: c56eae0a33d6
failure-action-revoked = رد یې کړئ: صادرونکي دفتر دا اجازه‌لیک بېرته اخیستی. صادرونکي دفتر ته زنګ ووهئ.
# status: unreviewed · en: 9fbf49a14da3
failure-action-purpose = رد یې کړئ او صادرونکي دفتر ته زنګ ووهئ: هغه کیلي چې دا یې لاسلیک کړی، نه شي کولای د دې موخې لپاره اجازه‌لیکونه لاسلیک کړي.
# status: unreviewed · en: ef25f96c3def
failure-action-crossing-point = په دې پوسته کې یې رد کړئ: اجازه‌لیک یوازې په لاندې لېست شویو لارو د اعتبار وړ دی. انځور او نوم وګورئ، بیا لرونکی یوې له هغو ته ولېږئ.
# status: unreviewed · en: cce6566de588
border-failure-code = د صادرونکي دفتر لپاره کوډ:
# status: unreviewed · en: 1f72f3531e1f
border-refused-title = یو رد شوی وړاندې کول ثبت کړئ
# status: unreviewed · en: cfd81a773fa8
border-refused-intro = دا اجازه‌لیک د اعتبار وړ نه دی: لرونکي ته د تېرېدو اجازه مه ورکوئ. ثبت کړئ چې وړاندې شو، څو رد کول په ثبت کې وي او صادرونکی دفتر یې تعقیب کړای شي.
# status: unreviewed · en: 8eec70122009
border-record-refused-entry = رد شوی ننوتل ثبت کړئ
# status: unreviewed · en: e61467aed9d3
border-record-refused-exit = رد شوی وتل ثبت کړئ
# status: unreviewed · en: d3aa0de36db1
border-refused-required = دا اجازه‌لیک د اعتبار وړ نه دی، نو د تېرېدو په توګه نه شي ثبتېدای: پر ځای یې د رد شوي وړاندې کولو په توګه ثبت کړئ.
# status: unreviewed · en: 186a9c253966
crossings-title = تېرېدنې
# status: unreviewed · en: 5fd2896a60ca
crossings-filter = تېرېدنې وښایاست
# status: unreviewed · en: 2716e6d458e9
crossings-anomalous = له بې‌نظمیو سره
# status: unreviewed · en: 2da129d6dd35
crossings-daily = د هرې لارې ورځنۍ شمېرې
# status: unreviewed · en: fea4cef5842f
crossing-title = تېرېدنه { $id }
# status: unreviewed · en: 1e2cbb8bf87d
crossing-caption = تېرېدنه
# status: unreviewed · en: ec679bff9867
crossing-anomalies = دا تېرېدنه تعقیب ته اړتیا لري
# status: unreviewed · en: fcd6d4a5ed44
crossing-no-anomaly = کومه بې‌نظمي نشته
# status: unreviewed · en: 0174a66ebc0f
crossing-next = بل اجازه‌لیک وګورئ
# status: unreviewed · en: f62c12acfbd5
change-register-crossing-point = د تېرېدو لار ثبت شوه
# status: unreviewed · en: d26c1d846bfa
change-issue-pass = اجازه‌لیک صادر شو
# status: unreviewed · en: 1d9c033d03f1
change-revoke-pass = اجازه‌لیک لغوه شو
# status: unreviewed · en: f529d763c504
change-record-crossing = تېرېدنه ثبت شوه
# status: unreviewed · en: 33293c67b8ef
change-erase-pass-holders = د لرونکو معلومات ړنګ شول
# status: unreviewed · en: 74ab830c39fc
error-unknown-crossing-point = د تېرېدو داسې لار نشته چې “{ $code }” وي.
# status: unreviewed · en: af012187c93f
error-crossing-point-exists = د تېرېدو لار “{ $code }” لا د مخه ثبت شوې.
# status: unreviewed · en: a6e573091bb6
error-document-id-taken = په دې پېژند یو اجازه‌لیک لا د مخه شته.
# status: unreviewed · en: 1ce792a31811
error-pass-already-revoked = دا اجازه‌لیک لا د مخه لغوه شوی.
# status: unreviewed · en: 94770818a8d1
error-validity-too-long = یو اجازه‌لیک تر ډېره { $max_days } ورځې د اعتبار وړ کېدای شي.
# status: unreviewed · en: f8d2980ee986
error-retention-not-ended = د { $pass } د لرونکي معلومات تر هغه ساتل کېږي چې اجازه‌لیک پای ته ورسېږي یا لغوه شي.
# status: unreviewed · en: a2b2b1ee59d4
error-holder-already-erased = د { $pass } د لرونکي معلومات لا د مخه ړنګ شوي.
# status: unreviewed · en: aaada556cfb8
error-bad-date = { $field }: '{ $value }' داسې ورځ نه ده چې د YYYY-MM-DD په بڼه لیکل شوې وي.
# status: unreviewed · en: 1c4a7e1c82ea
error-invalid-query = د پوښتنې متن سم نه دی: { $reason }
# status: unreviewed · en: 3d81371640df
error-page-limit = یو مخ له ۱ تر { $max } ثبتونه لري، نه { $limit }.
# status: unreviewed · en: 2647e89daf19
error-page-after = د “after” نښه باید پخپله د لېست یو پېژند وي: { $reason }.
# status: unreviewed · en: b5f77b24978a
error-query-range = { $name } باید له { $min } تر { $max } وي، نه { $value }.
# status: unreviewed · en: ecc9130ca9c2
error-bad-idempotency-key = Idempotency-Key له ۱ تر ۲۵۵ لیدل کېدونکي ASCII توري دي.
# status: unreviewed · en: 05f955dc4da5
error-idempotency-key-reused = دا Idempotency-Key مخکې له بل امر سره کارول شوې؛ هېڅ شی ثبت نه شو. د نوي امر لپاره نوې کیلي وکاروئ.
# status: unreviewed · en: a9d01c901866
error-federal-government-not-notified = ولایت باید له هر پلاوي له سفر مخکې فدرالي حکومت ته د نوښت په اړه رسمي خبرتیا ورکړي.
# status: unreviewed · en: e6214b4a61b8
error-not-a-breach = دې د بهیر کومه قاعده نه ده ماته کړې: هماغسې یې ثبت کړئ لکه څنګه چې ده، نه د سرغړونې په توګه.
# status: unreviewed · en: 38a202fa1d69
error-not-a-breach-record = دا د سرغړونې په توګه ثبت شوې نه وه.
# status: unreviewed · en: eb8f7c82d420
error-approval-suspended = فدرالي اړخ منظوري په { $since } وځنډوله: { $reason } هر هغه څه چې منظورۍ ته اړتیا لري، تر هغه انتظار باسي چې بیا اعتبار ته راوګرځول شي.
# status: unreviewed · en: 738c7625750a
error-approval-withdrawn = فدرالي اړخ منظوري په { $since } بېرته واخیسته: { $reason } نوې منظوري وغواړئ.
# status: unreviewed · en: 8868ba5e5e12
error-already-suspended = منظوري لا د مخه ځنډول شوې.
# status: unreviewed · en: ba95b0ab2e2f
error-not-suspended = منظوري ځنډول شوې نه ده.
# status: unreviewed · en: 36493049de1f
error-waiver-not-needed = فدرالي اړخ د دې نوښت لپاره دا قاعده لا د مخه نرمه کړې: د غوښتلو لپاره څه نشته.
# status: unreviewed · en: 306f85cff94a
error-waiver-pending = د دې قاعدې د نرمولو یوه غوښتنه لا د مخه فدرالي اړخ ته انتظار باسي.
# status: unreviewed · en: afd838329a71
error-no-waiver-request = د دې قاعدې د نرمولو کومه غوښتنه ځواب ته انتظار نه باسي.
# status: unreviewed · en: ee08275aae9b
error-federal-decision-required = یوازې فدرالي اړخ دا قاعده ({ $rule }) نرموي؛ له فدرالي منظورونکي (اړیکې) وغواړئ چې پرېکړه پرې وکړي.
# status: unreviewed · en: 2d883aa86f3a
error-phase-not-discussed = یو پړاو یوازې هغه وخت پای ته رسېږي چې یوې غونډې د هغه د اجنډا پر یوې موضوع بحث کړی وي.
# status: unreviewed · en: 8ac0d42f0316
error-verified-document-required = تېرېدنه د سرحدي پوستې له خوا ثبتېږي (د سرحدي پوستې مخ، POST /api/v1/crossings)، چې وړاندې شوی سند پخپله تاییدوي او وخت له خپل ساعت اخلي؛ داسې امر چې د تاییدونکي موندنې ولري، له مراجع نه منل کېږي.
# status: unreviewed · en: 97e89ba9db0b
error-holder-data-required = اجازه‌لیک د اجازه‌لیکونو دفتر له خوا صادرېږي (د صادرولو فورمه، POST /api/v1/passes یا jirga pass issue)، چې د لرونکي معلومات له ثبت جلا ساتي.
# status: unreviewed · en: 27bf49f95472
error-date-in-future = { $field } په راتلونکي کې نه شي کېدای.
# status: unreviewed · en: da4beb1e9cc0
error-field-format = { $field } باید { $expected } وي.
# status: unreviewed · en: 56ce25f06241
error-appointment-outside-validity = د لیدنې وخت باید د اجازه‌لیک د اعتبار په موده کې وي.
# status: unreviewed · en: 3da39309e547
error-multipart-part = دا غوښتنه دوې برخې اخلي: "application" (د اجازه‌لیک غوښتنلیک، JSON) او "photo" (د لرونکي انځور، JPEG یا PNG).
# status: unreviewed · en: dd7fca7ba9a4
error-multipart-twice = دا برخه دوه ځله لېږل شوې؛ یو ځل یې ولېږئ.
# status: unreviewed · en: 3a75bc215fd2
error-multipart-application = د "application" برخه (د اجازه‌لیک غوښتنلیک، JSON) نشته.
# status: unreviewed · en: 98c8feaca2aa
error-photo-hash-mismatch = د انځور ورکړل شوې ګوتنښه د پورته شوي انځور ګوتنښه نه ده: ګوتنښه مه لیکئ (له انځور څخه حسابېږي)، یا هغه انځور پورته کړئ چې له هغه جوړه شوې.
# status: unreviewed · en: 21367246660b
error-pass-office = د اجازه‌لیکونو دفتر نه شي کولای اجازه‌لیکونه لاسلیک کړي: { $reason }
# status: unreviewed · en: 3a2d666763aa
error-may-not-read-holders = یوازې د اجازه‌لیکونو او سرحدي چارواکي کولای شي د اجازه‌لیک د لرونکي معلومات یا د هغه لاسلیک شوی سند وګوري.
# status: unreviewed · en: e8b0f2cc2dba
error-may-not-issue = یوازې د سرحدي ادارې د اجازه‌لیکونو چارواکي اجازه‌لیکونه صادروي.
# status: unreviewed · en: 22e7b8f84817
error-holder-erased = د دې اجازه‌لیک د لرونکي معلومات ړنګ شول؛ لاسلیک شوی سند هم ورسره لاړ.
# status: unreviewed · en: d4962511a97e
error-not-a-pass = دا داسې اجازه‌لیک نه دی چې ثبت شي ({ $failure }).
# status: unreviewed · en: d45beca2387c
card-page-title = اجازه‌لیک { $id }
# status: unreviewed · en: 7e3f8d52f7bc
card-title = د تګ راتګ اجازه لیک · Movement pass
# status: unreviewed · en: 0a8a74dbb17d
card-pass-purpose-medical = درملنه · Medical treatment
# status: unreviewed · en: ce455772b4e8
card-pass-purpose-business = سوداګري · Business
# status: unreviewed · en: 5c96af39b1d5
card-pass-purpose-family-visit = کورنۍ لیدنه · Family visit
# status: unreviewed · en: 66792798d569
card-pass-purpose-cultural-exchange = کلتوري تبادله · Cultural exchange
# status: unreviewed · en: 36afdf2f36d0
card-name = نوم · Name
# status: unreviewed · en: a182ebecc874
card-name-arabic = نوم (عربي لیکدود)
# status: unreviewed · en: ba56dc1f7de7
card-document = سند · Document
# status: unreviewed · en: aa3dcb8dc5ca
card-date-of-birth = د زېږېدو نېټه · Born
# status: unreviewed · en: 5c66992f1b6d
card-nationality = تابعیت · Nationality
# status: unreviewed · en: df04b2057c85
card-appointment = د ډاکټر وخت · Appointment
# status: unreviewed · en: 1853b5a2ebea
card-attendant = ملګری · Attendant
# status: unreviewed · en: 0201e981bd65
card-attendant-allowed = له ملګري سره · May be accompanied
# status: unreviewed · en: d51623bb6d98
card-organization = سوداګریز بنسټ · Trade body
# status: unreviewed · en: 667ed1ac16a5
card-host = کوربه · Host
# status: unreviewed · en: 6ee85a1f8f23
card-event = غونډه · Event
# status: unreviewed · en: f08404b547fe
card-valid = اعتبار · Valid
# status: unreviewed · en: 8f7d23d795fe
card-crossing-points = لارې · Crossings
# status: unreviewed · en: 61c08baea88b
card-entries = ننوتنې · Entries
# status: unreviewed · en: 4d836f51d49b
card-pass-id = شمېره · Pass id
# status: unreviewed · en: 50f9653feaa7
card-no-photo = انځور نشته · No photo
# status: unreviewed · en: cb94e9a8474d
card-footer = پرته له شبکې یې تایید کړئ: jirga pass verify، یا د دواړو غاړو هره سرحدي پوسته. لاسلیک شوی سند؛ هر بدلون یې باطلوي.
# status: unreviewed · en: 3116a55cd85e
card-print = چاپ
# status: unreviewed · en: 3ee79c432b9e
card-back = اجازه‌لیک ته بېرته
# status: unreviewed · en: 73b5dc495357
nav-incidents = امنیتي پېښې
# status: unreviewed · en: 258b04373539
incidents-title = امنیتي پېښې
# status: unreviewed · en: 12b8d87c43ef
incidents-source = د ACLED یا UCDP له صادراتو او د شنونکو له لاسي ثبت څخه پېښې، هره یوه په ثبت کې. د ازمېښتي بېلګې تاریخي معلومات د پاکستان لپاره د UCDP جغرافیوي پېښو ډېټاسېټ دی (Sundberg & Melander 2013; Davies, Pettersson & Öberg 2022)، چې د سرچینې په یادولو وړیا کارول کېدای شي.
# status: unreviewed · en: 29b45a682cb0
incidents-record = یوه پېښه ثبت کړئ
# status: unreviewed · en: 23c4d5e34e28
incidents-events = پېښې
# status: unreviewed · en: 427021074101
incidents-fatalities = مړي
# status: unreviewed · en: 1cc14c066491
incidents-events-lc = پېښې
# status: unreviewed · en: e74b2ce47301
incidents-fatalities-lc = مړي
# status: unreviewed · en: 0de614d138f0
incidents-comparison = دا موده او تېره موده
# status: unreviewed · en: e58f2294cf0a
incidents-change = بدلون:
# status: unreviewed · en: 90e09cfae212
incidents-period-quiet = په دې دولسو میاشتو کې نږدې هېڅ نشته: د ثبت ډېری معلومات په { $month } کې پای ته رسېږي.
# status: unreviewed · en: e8676a61b48b
incidents-period-quiet-link = تر { $month } پورې دولس میاشتې وګورئ
# status: unreviewed · en: 510a07602a51
incidents-by-month = پېښې د میاشتې له مخې
# status: unreviewed · en: 9ea1a421e0b7
incidents-by-district = پېښې د ولسوالۍ له مخې
# status: unreviewed · en: 05c8256bde90
incidents-by-type = پېښې د پېښې د ډول له مخې
# status: unreviewed · en: b323fe31eba5
incidents-by-actor = پېښې د لوبغاړي له مخې
# status: unreviewed · en: 3402e3c3cc12
incidents-map = د ولسوالیو له مخې د پېښو نقشه
# status: unreviewed · en: e0ad3b4873f3
incidents-map-note = د ولایتونو پولې: Natural Earth (عامه ملکیت). ولسوالۍ د خپلو پېښو په منځني ځای کې انځورېږي؛ د یوې دایرې مساحت د پېښو له شمېر سره لوییږي. یوه وټاکئ څو د هغې پېښې وګورئ.
# status: unreviewed · en: b13e4674aef5
incidents-none = هېڅ پېښه له دې چاڼګرو سره سمون نه خوري.
# status: unreviewed · en: 3a4676d6dbe3
incidents-open-candidates = احتمالي تکرارونه چې پرېکړې ته انتظار باسي
# status: unreviewed · en: 730ecdf21f5c
incidents-candidates-lc = احتمالي تکرارونه
# status: unreviewed · en: b2a02b297afe
incidents-list = له { $matching } سمون خوړونکو پېښو څخه وروستۍ { $shown }
# status: unreviewed · en: 92338d5f1ca9
filter-from-month = له (میاشت)
# status: unreviewed · en: a88532d86bc0
filter-to-month = تر (میاشت)
# status: unreviewed · en: f393bc5c1db3
filter-apply = پلي کړئ
# status: unreviewed · en: bd6e48bfbb2b
filter-clear = چاڼګر پاک کړئ
# status: unreviewed · en: 1af7d90c3dea
field-event-id = د پېښې پېژند (event_id_cnty)
# status: unreviewed · en: 4d1dcdec99d8
field-event-date = نېټه
# status: unreviewed · en: ab64de67e1a4
field-time-precision = نېټه تر دې کچې معلومه ده
# status: unreviewed · en: b40b3c88465d
field-event-type = د پېښې ډول
# status: unreviewed · en: 11b3d4afdfeb
field-sub-event-type = د پېښې فرعي ډول
# status: unreviewed · en: bb3ca026bd9c
field-actor1 = لوبغاړی
# status: unreviewed · en: be9a0c07e4c6
field-actor2 = بل لوبغاړی یا هدف
# status: unreviewed · en: 9a0f7347d7cb
field-inter1 = د لوبغاړي ډول
# status: unreviewed · en: f7da53b48cf1
field-inter2 = د بل لوبغاړي ډول
# status: unreviewed · en: 03ed599c45a0
field-civilian-targeting = ملکي وګړي په نښه شوي وو
# status: unreviewed · en: f6634eef79af
field-district = ولسوالۍ
# status: unreviewed · en: ed0a4d64f6f5
field-admin1 = ولایت
# status: unreviewed · en: 962e640e99e1
field-admin2 = ولسوالۍ
# status: unreviewed · en: 911730d83006
field-location = ځای
# status: unreviewed · en: 00a9750b0edd
field-latitude = عرض البلد
# status: unreviewed · en: d97d30a2e52f
field-longitude = طول البلد
# status: unreviewed · en: b96a8e176994
field-coordinates = همغږي
# status: unreviewed · en: 8494ee1cb497
field-geo-precision = ځای تر دې کچې معلوم دی
# status: unreviewed · en: 44b1284edd34
field-fatalities = مړي
# status: unreviewed · en: 3bead3e5eec9
field-incident-source = سرچینه
# status: unreviewed · en: 26d43269d081
field-notes = یادښتونه
# status: unreviewed · en: e323ecccb3cb
field-tags = نښې
# status: unreviewed · en: f7275ecde9d5
field-excerpt = اقتباس
# status: unreviewed · en: b48a7044153e
field-cite-on = پر دې یې د شاهد په توګه یاد کړئ (د اجنډا موضوع یا ادعا)
# status: unreviewed · en: 62000e1ba9bb
field-border-stretch = د پولې برخه
# status: unreviewed · en: 38c856d2793f
field-observed-on = د لیدلو نېټه
# status: unreviewed · en: 28d0499e1aa7
field-where = چېرته
# status: unreviewed · en: 42d40e8c8d38
field-group = ډله
# status: unreviewed · en: 3af9d2ec1fb0
field-people = کسان (اټکل)
# status: unreviewed · en: fcdbaf4856b7
field-description = څه راپور شوي
# status: unreviewed · en: da4069089fd2
field-linked-incidents = تړلې پېښې (پېژندونه)
# status: unreviewed · en: c711ef341cdc
time-precision-1 = ورځ
# status: unreviewed · en: 7a20e1b0494f
time-precision-2 = اونۍ
# status: unreviewed · en: 7aa849f9d351
time-precision-3 = میاشت
# status: unreviewed · en: cebd2cefcbdf
geo-precision-1 = ښار
# status: unreviewed · en: a48544a1124e
geo-precision-2 = سیمه
# status: unreviewed · en: 7b4e087fada6
geo-precision-3 = حوزه
# status: unreviewed · en: 1b804ac28f8f
incident-caption = پېښه
# status: unreviewed · en: f566119ec1db
incident-title = پېښه { $id }
# status: unreviewed · en: 4eab9fbd1954
incident-recorded = له { $source } ({ $format }) څخه د { $who } له خوا، { $at } ثبت شوې.
# status: unreviewed · en: e590734862ad
incident-merged = په دې کې یو ځای شوه
# status: unreviewed · en: 73cae7dbd46b
incident-candidates = احتمالاً همغه پېښه ده لکه
# status: unreviewed · en: 2065cee2d961
incident-candidates-rule = د ACLED قاعده د یوې پېښې لپاره: هماغه ورځ، ځای، لوبغاړي او د فعالیت ډول؛ دلته د یوې ورځې او ۱۰ کیلومترو دننه. دواړه یو ځای کړئ، یا یې جلا وساتئ: په دواړو حالتونو کې هېڅ شی نه ړنګېږي او پرېکړه ستاسو په نوم ثبتېږي.
# status: unreviewed · en: ee57a6f74026
incident-decisions = پرېکړې
# status: unreviewed · en: d0e3b3603846
incident-reports = د سرچینې راپورونه
# status: unreviewed · en: 0f1b1cd89128
incident-no-reports = لا د سرچینې کوم راپور نشته.
# status: unreviewed · en: ec02c4757af8
incident-report-added = د { $who } له خوا ورزیات شو
# status: unreviewed · en: 2acf8fe9d9e5
incident-add-report = د سرچینې یو راپور ورزیات کړئ
# status: unreviewed · en: 8afcdaffc768
incident-add-report-submit = راپور ورزیات کړئ
# status: unreviewed · en: aa9af8510f8f
incident-versions = پخوانۍ نسخې
# status: unreviewed · en: d75e629a0fe7
incident-replaced = د { $who } له خوا، { $at } بدل شو: { $reason }
# status: unreviewed · en: 4066518f52ca
incident-cited = د شاهد په توګه یاد شوې
# status: unreviewed · en: a07a1ad3677d
incident-amend = دا پېښه سمه کړئ
# status: unreviewed · en: 4ea6721b96a0
incident-amend-submit = نوې نسخه ثبت کړئ
# status: unreviewed · en: 261d4d27f4dc
incident-new-title = یوه پېښه ثبت کړئ
# status: unreviewed · en: 5a71f7ee6021
incident-new-lead = هماغه ساحې او هماغه کتنې لکه د ACLED واردول: هر ارزښت تاییدېږي، او پېښه له هغه راپور سره ثبتېږي چې ترې راغلې.
# status: unreviewed · en: b24f1c9258cd
incident-new-submit = پېښه ثبت کړئ
# status: unreviewed · en: 93c902938908
incident-first-report = هغه راپور چې دا ترې راغلې
# status: unreviewed · en: 793eae238b4a
cite-statistic = دا کتنه د شاهد په توګه یاده کړئ
# status: unreviewed · en: 2bbd4005eb3d
cite-incident = دا پېښه د شاهد په توګه یاده کړئ
# status: unreviewed · en: 03639898cf14
cite-submit = یاد یې کړئ
# status: unreviewed · en: d4a9f1cdc83c
duplicate-decision-merge = په دې کې یې یو ځای کړئ
# status: unreviewed · en: b5cad82ee20f
duplicate-decision-merge-submit = یو ځای یې کړئ
# status: unreviewed · en: 08ac0b9b5f3c
duplicate-decision-keep-apart = جلا یې وساتئ
# status: unreviewed · en: d148e4e61157
duplicate-decision-keep-apart-submit = جلا یې وساتئ
# status: unreviewed · en: e30f44c67bb6
incident-format-acled = ACLED
# status: unreviewed · en: 2e61afc98727
incident-format-ucdp = UCDP GED
# status: unreviewed · en: 24054717002d
incident-format-form = لاسي ثبت
# status: unreviewed · en: 48eb4af65105
movement-direction-into-pakistan = پاکستان ته
# status: unreviewed · en: 3687d12a65ea
movement-direction-into-afghanistan = افغانستان ته
# status: unreviewed · en: f1162853b50a
movement-direction-unknown = نامعلوم
# status: unreviewed · en: 7a2ca9a0ff22
alerts-title = خبرداري
# status: unreviewed · en: 0d15ef379363
alerts-latest = وروستي خبرداري
# status: unreviewed · en: b389965d0eb4
alerts-none = لا کوم خبرداری نه دی ورکړل شوی.
# status: unreviewed · en: ace6789fc782
alerts-raised = ورکړل شو
# status: unreviewed · en: 7fa246de6eb0
alerts-what = څه
# status: unreviewed · en: 94a1a985aed2
alerts-webhook = هر خبرداری په ثبت کې یوه پېښه ده؛ هغه نصب چې JIRGA_ALERT_WEBHOOK پکې ټاکل شوی وي، د خبرداري د JSON په توګه د HTTP POST له لارې هم خبرېږي.
# status: unreviewed · en: 268e16317ae8
alert-rule-suicide-bombings-in-a-district = په یوه ولسوالۍ کې ځانمرګي بریدونه
# status: unreviewed · en: bd5899f97885
alert-rule-suicide-bombings-in-a-province = په یوه ولایت کې ځانمرګي بریدونه
# status: unreviewed · en: 11c3316a7bd9
alert-rule-suicide-bombings-in-a-district-text = په یوه ولسوالۍ کې د { $days } ورځو دننه { $count } یا ډېر ځانمرګي بریدونه.
# status: unreviewed · en: 743663d5d0ac
alert-rule-suicide-bombings-in-a-province-text = په یوه ولایت کې د { $days } ورځو دننه { $count } یا ډېر ځانمرګي بریدونه.
# status: unreviewed · en: c2bf58f43df7
movements-title = د پولې په اوږدو کې تګ راتګ
# status: unreviewed · en: ab641d33d7cd
movements-lead = د یوې لارې یا د پولې د یوې برخې په اوږدو کې د وسله والو د تګ راتګ راپورونه، له خپلې سرچینې سره، له هغو پېښو سره تړلي چې دا یې تشریح کوي. ACLED داسې ثبت نه لري؛ دا زموږ خپل دی.
# status: unreviewed · en: be9647484e47
movements-add = یو تګ راتګ راپور کړئ
# status: unreviewed · en: 2467505e0d04
movements-add-submit = راپور ثبت کړئ
# status: unreviewed · en: e33ac6eaf1a3
change-record-incidents = پېښې ثبت شوې
# status: unreviewed · en: 7fee0b4e23d5
change-amend-incident = پېښه سمه شوه
# status: unreviewed · en: c340e8862900
change-add-incident-report = د سرچینې راپور ورزیات شو
# status: unreviewed · en: efb6ee7e8028
change-resolve-duplicate = پر تکرار پرېکړه وشوه
# status: unreviewed · en: d73d227d604e
change-report-movement = تګ راتګ راپور شو
# status: unreviewed · en: f804ceb30b52
change-cite-evidence = شاهد یاد شو
# status: unreviewed · en: da74c9e1c1eb
error-incident-exists = د { $id } پېژند سره یوه پېښه لا د مخه په ثبت کې ده.
# status: unreviewed · en: bbaa61e828bc
error-incident-merged = پېښه { $id } په { $into } کې یو ځای شوه؛ پر هغې عمل وکړئ.
# status: unreviewed · en: 0e7fc0e04aba
error-not-citable = شاهد د اجنډا پر یوې موضوع یا پر یوې ادعا یادېږي، نه پر { $record }.
# status: unreviewed · en: 1fb6630fa2fa
evidence-title = یاد شوي شواهد
# status: unreviewed · en: 8721d97f866a
evidence-statistic = شمېرنه
# status: unreviewed · en: 3a683d2f047b
change-set-duplicate-tolerance = د تکرار زغم وټاکل شو
# status: unreviewed · en: 1ea7d0c526e6
tolerance-title = دوه راپورونه باید څومره نږدې وي څو د یوې پېښې په توګه وړاندې شي
# status: unreviewed · en: f32f35d5d722
tolerance-now = اوس: د { $days } ورځو او { $km } کیلومترو دننه، هماغه لوبغاړي او د پېښې ډول.
# status: unreviewed · en: 4d8ec3f776ac
tolerance-submit = زغم وټاکئ
# status: unreviewed · en: a2463e8ab951
field-days = تر ډېره د ورځو واټن
# status: unreviewed · en: e4dbd5e1e65c
field-km = تر ډېره د کیلومترو واټن

## Agreeing has a process (issue 14): the counterpart's acceptance in a meeting
# status: unreviewed · en: f2c0531a696b
error-not-proposed = یوازې وړاندیز شوې ژمنه منل کېدای شي؛ دا یوه { $status } ده.
# status: unreviewed · en: 2df2bae4d207
error-already-accepted = د دې ژمنې منل د مقابل اړخ له خوا لا د مخه په ثبت کې دي.
# status: unreviewed · en: 2011af297590
error-not-accepted-by-counterpart = یوه ژمنه یوازې هغه وخت منل کېږي چې مقابل اړخ یې له هغه سره په یوه غونډه کې منلې وي: لومړی د هغه منل ثبت کړئ.
# status: unreviewed · en: 53838be55f71
error-meeting-not-with-counterpart = منل له بل اړخ سره په یوه غونډه کې ورکول کېږي؛ په دې غونډه کې د بل اړخ هېڅوک نه وو، او د پولې هاخوا نه وه جوړه شوې.
# status: unreviewed · en: 060fc6948d10
error-meeting-was-a-breach = دا غونډه د قاعدو نه بهر جوړه شوې (سرغړونه): په هغې کې هېڅ منل شوي شي باندې باور نه شي کېدای.
# status: unreviewed · en: 714d32441bcb
error-nothing-agreed-in-meeting = غونډه کومه منل شوې پایله نه ده ثبت کړې: لومړی د غونډې پایلې ثبت کړئ.
# status: unreviewed · en: 0560f0806d21
error-no-such-condition = منظوري { $conditions } شرطونه لري؛ { $condition } شرط نشته.
# status: unreviewed · en: ba5aec537e82
acceptance-title = د مقابل اړخ منل
# status: unreviewed · en: 545e5a8842d2
acceptance-none = مقابل اړخ لا دا ژمنه نه ده منلې. یوازې هغه وخت منل کېدای شي چې هغه یې له هغه سره په یوه غونډه کې ومني.
# status: unreviewed · en: 3048b1bd9ee3
acceptance-own = د مقابل اړخ له خوا په { $date } ومنل شوه (غونډه: { $meeting }).
# status: unreviewed · en: 54fc546adcbd
acceptance-tag-own = ومنل شوه
# status: unreviewed · en: 08205fb4f195
acceptance-tag-reported = د منلو راپور ورکړل شو
# status: unreviewed · en: 688db3df0e30
acceptance-reported = پلاوي راپور ورکړ چې مقابل اړخ په { $date } منلې (غونډه: { $meeting }). سرچینه: { $source }.
# status: unreviewed · en: 3383a02449ff
acceptance-accept = دا ژمنه ومنئ (د مقابل اړخ خپله پرېکړه)
# status: unreviewed · en: 183e23817607
acceptance-accept-submit = زموږ منل ثبت کړئ
# status: unreviewed · en: 8fe2737773d0
acceptance-report = د مقابل اړخ منل راپور کړئ (له سرچینې سره)
# status: unreviewed · en: 989fb0cc3921
acceptance-report-submit = منل راپور کړئ
# status: unreviewed · en: cf53293297ea
field-meeting = هغه غونډه چې پکې ومنل شوه
# status: unreviewed · en: 733a494f5c3b
field-accepted-on = د منلو نېټه
# status: unreviewed · en: ac2eaea6c73a
field-source-publisher = سرچینه: خپرونکی
## Travel recorded as a breach
# status: unreviewed · en: 6c333a5b9b23
field-travel-as-breach = د قاعدو نه بهر یې سفر وکړ (له منظورۍ مخکې، له رسمي خبرتیا مخکې، د زمینې برابرولو د لیدنې له راپور مخکې): د سرغړونې په توګه یې ثبت کړئ
# status: unreviewed · en: 7f72173de642
visit-breach-heading = په { $date } { $place } ته لیدنه
# status: unreviewed · en: d46f192a0f3b
breach-intro-visit = دا لیدنه د بهیر د قاعدو نه بهر شوې. په ثبت کې هماغسې ده لکه څنګه چې وه؛ فدرالي اړخ ته تر هغه ښودل کېږي چې ویې مني.
## Conditions of an approval
# status: unreviewed · en: 3d2c425e9ad4
field-conditions = هغه شرطونه چې ولایت باید پرې راپور ورکړي (په هره کرښه کې یو)
# status: unreviewed · en: 78d564d3b7b2
conditions-title = د منظورۍ شرطونه
# status: unreviewed · en: 14f22206f5fb
conditions-intro = فدرالي اړخ دا شرطونه ټاکلي؛ ولایت پر هر یوه راپور ورکوي.
# status: unreviewed · en: 59fcd6eb1425
conditions-unreported = لا کوم راپور نشته
# status: unreviewed · en: 83b016485d07
conditions-reported = په { $date } راپور ورکړل شو: { $report }
# status: unreviewed · en: 40bd82f6b1f1
conditions-report = پر یوه شرط راپور ورکړئ
# status: unreviewed · en: 0e13021aff3f
conditions-report-submit = راپور ولېږئ
# status: unreviewed · en: 424024111528
field-condition = شرط
# status: unreviewed · en: a1354410d5bf
dashboard-conditions-unreported = { $count ->
    [one] د منظورۍ یو شرط لا د ولایت له خوا راپور نه لري.
   *[other] د منظورۍ { $count } شرطونه لا د ولایت له خوا راپور نه لري.
}
## Policy changes: proposed by an administrator, approved by the federal side
# status: unreviewed · en: ee3cf50622c3
policy-proposals = وړاندیز شوي بدلونونه چې فدرالي اړخ ته انتظار باسي
# status: unreviewed · en: cbf2c88cf0c7
policy-proposals-none = کوم وړاندیز شوی بدلون انتظار نه باسي.
# status: unreviewed · en: fbef8d289574
policy-proposed-by = د { $name } ({ $organization }) له خوا په { $date } وړاندیز شو: { $reason }
# status: unreviewed · en: 864e4c2ccb0d
policy-approved-by = د { $name } ({ $organization }) له خوا په { $date } منظور شو
# status: unreviewed · en: 157d9c81e5bd
policy-refused-by = د { $name } ({ $organization }) له خوا په { $date } رد شو: { $reason }
# status: unreviewed · en: 7d711bc86011
policy-break-glass = د چلونکي د بیړني واک (break-glass) له لارې، پرته د فدرالي اړخ له منظورۍ، د اجرا وړ وګرځول شو
# status: unreviewed · en: b99c736e36e3
policy-in-force-shipped = له پروګرام سره راغلې پالیسۍ د اجرا وړ دي (کوم ثبت شوی بدلون نشته).
# status: unreviewed · en: 23e06b3bb281
policy-approve = دا بدلون منظور کړئ (فدرالي پرېکړه)
# status: unreviewed · en: 02f7ea2dd071
policy-approve-submit = منظور یې کړئ: د اجرا وړ کېږي
# status: unreviewed · en: 5a647d6f9961
policy-refuse = دا بدلون رد کړئ (فدرالي پرېکړه)
# status: unreviewed · en: 42b7c8170575
policy-refuse-submit = بدلون رد کړئ
# status: unreviewed · en: 18583fcce21b
policy-stale = له دې وړاندیز وروسته بل بدلون د اجرا وړ شو: دا یوازې رد کېدای شي.
# status: unreviewed · en: 8639758bffc9
policy-co-approval = یو بدلون یوازې هغه وخت د اجرا وړ کېږي چې د بلې ادارې یو فدرالي منظورونکی یې منظور کړي: دوې ادارې، دوه کسان، دواړه په ثبت کې.

## Your profile: who you are on the record, how you read it
# status: unreviewed · en: b297eaaffa71
profile-title = ستاسو پېژندپاڼه
# status: unreviewed · en: d48e6a1797c1
profile-roles = رولونه
# status: unreviewed · en: 9c59db9a01eb
profile-posts = د دندې ځای
# status: unreviewed · en: 3931d02ea5ce
profile-reading = تاسو ثبت څنګه لولئ
# status: unreviewed · en: a11246ba7729
profile-calendar = د نېټو جنتري
# status: unreviewed · en: 5aa306f1537d
profile-calendar-hint = ثبت هره نېټه په میلادي جنتري کې ساتي؛ دا یوازې دا بدلوي چې نېټې تاسو ته څنګه ښودل کېږي.
# status: unreviewed · en: fd7dac08f636
profile-today = نن ورځ، لکه څنګه چې به نېټې وګورئ:
# status: unreviewed · en: 237792b35e66
profile-save = خوندي کړئ
# status: unreviewed · en: a32454eff8b3
calendar-locale = ستاسو د ژبې خپله (په دري او پښتو کې لمریز هجري، نور میلادي)
# status: unreviewed · en: c171855b960b
calendar-gregorian = میلادي
# status: unreviewed · en: cd73bb29e44d
calendar-solar-hijri = لمریز هجري (شمسي)
# status: unreviewed · en: c66c26c0bfa0
calendar-hijri = قمري هجري (حساب شوې)
# status: unreviewed · en: e258d3d7ab04
calendar-hijri-computed = په دې مخونو کې قمري هجري نېټې حساب شوې دي (جدولي): هغه میاشتې چې خلک یې ساتي د سپوږمۍ په لیدو پورې اړه لري او کېدای شي یوه ورځ توپیر ولري.
# status: unreviewed · en: e4ce174b8476
user-role-provincial-coordinator = ولایتي همغږی کوونکی
# status: unreviewed · en: 462bfc1423ce
user-role-federal-approver = فدرالي منظورونکی
# status: unreviewed · en: 83b44e219b3a
user-role-delegation-member = د پلاوي غړی
# status: unreviewed · en: 28821d9a7e30
user-role-security-analyst = امنیتي شنونکی
# status: unreviewed · en: 0b9e96f09238
user-role-pass-officer = د اجازه‌لیکونو چارواکی
# status: unreviewed · en: 1cd5713126ed
user-role-border-officer = سرحدي چارواکی
# status: unreviewed · en: bd44f6c156a0
user-role-auditor = پلټونکی
# status: unreviewed · en: d94d2471f7c0
user-role-administrator = مدیر

## Communities, grievances and delivery (issue 18)
# status: unreviewed · en: 527f1754b2b3
nav-communities = ټولنې
# status: unreviewed · en: c4f845f3dd16
nav-results = پایلې
# status: unreviewed · en: bb53561f9b8d
kind-community = ټولنه
# status: unreviewed · en: db24c6f52457
kind-grievance = شکایت
# status: unreviewed · en: cc34be3bf8b8
change-register-community = ټولنه ثبت شوه
# status: unreviewed · en: aae065e8f882
change-add-elder = مشر ور زیات شو
# status: unreviewed · en: c5a2905ca384
change-raise-grievance = شکایت ثبت شو
# status: unreviewed · en: 56f5bf02ced7
change-advance-grievance = پر شکایت بل ګام پورته شو
# status: unreviewed · en: 9613845d33c1
change-mark-confidence-building = د باور جوړونې د اقدام په توګه نښه شو
# status: unreviewed · en: 6a941ca25320
change-add-milestone = مهم پړاو ور زیات شو
# status: unreviewed · en: 351561202b20
change-report-milestone = د مهم پړاو راپور ورکړل شو
# status: unreviewed · en: 3835fa4ae6ab
change-score-implementation = د پلي کېدو نمره ورکړل شوه
# status: unreviewed · en: 80c38dbbb796
error-already-an-elder = دا کس له مخکې د دې ټولنې مشر دی.
# status: unreviewed · en: cee33fab33d9
error-elder-of-a-government = مشر د ټولنې استازیتوب کوي، نه د حکومت: دا کس د یوه حکومت له اړخ څخه دی.
# status: unreviewed · en: 75d111a43d97
error-not-an-elder = شکایت د ټولنې خپل مشر ثبتوي: دا کس د هغې له مشرانو څخه نه دی.
# status: unreviewed · en: 402cb07d8545
error-sensitive-raiser-in-the-open = د حساس شکایت د شکایت کوونکي نوم له ریکارډ څخه جلا ساتل کېږي؛ نوم په `raised_by` کې ولېږئ، سرور به یې جلا وساتي.
# status: unreviewed · en: 2eeaf177ccb8
error-raiser-data-required = هغه شکایت کوونکی چې دا حساس شکایت یې ژمنه لري ورسره نه دی لېږل شوی، یا له ژمنې سره سمون نه لري.
# status: unreviewed · en: 7431e4f1b7ed
error-invalid-grievance-step = هغه شکایت چې { $from } دی { $to } کېدای نشي.
# status: unreviewed · en: 0fc0cad3b533
error-step-incomplete = دې ګام ته { $field } اړین دی.
# status: unreviewed · en: 6975f071826c
error-reason-required = لامل ووایاست: شکایت یوازې له لامل سره حل یا بندېږي.
# status: unreviewed · en: 84a305bd5060
error-measure-one-sided = د باور جوړونې اقدام د پولې د دواړو غاړو ترمنځ وي: د افغان غاړې او د پاکستان د غاړې ټولنې یا چارواکي ونوموئ.
# status: unreviewed · en: 6e985545c404
error-already-a-measure = دا ژمنه له مخکې د باور جوړونې د اقدام په توګه نښه شوې ده.
# status: unreviewed · en: a25da89cab7f
error-no-such-milestone = دا ژمنه { $milestones } مهم پړاوونه لري؛ { $milestone } مهم پړاو نشته.
# status: unreviewed · en: e595f1df6d37
error-milestone-already-met = د دې مهم پړاو د بشپړېدو راپور له مخکې ورکړل شوی دی.
# status: unreviewed · en: c3bde38a3b48
error-evidence-required = نمره په ثبوت ولاړه وي: ووایاست چې ثبوت څه دی.
# status: unreviewed · en: fe9f4bd5d85e
field-community = ټولنه
# status: unreviewed · en: 0a4262874814
field-communities = ټولنې
# status: unreviewed · en: 318bcdb9d5ad
field-districts = ولسوالۍ او ولایتونه
# status: unreviewed · en: d9a21dd819b9
field-part-of = د کومې برخه ده
# status: unreviewed · en: 8dc831e7a16b
field-neighbours = ګاونډیان
# status: unreviewed · en: a868bfebd386
field-standing = دریځ
# status: unreviewed · en: 07a17d4ae082
field-since = له کله راهیسې
# status: unreviewed · en: 734b178eee46
field-raised-by = شکایت کوونکی
# status: unreviewed · en: 3ba305f1347c
field-raised-on = د ثبت نېټه
# status: unreviewed · en: c0ee9d4b7de5
field-sensitive = حساس (لکه د یوه امنیتي عملیات په اړه شکایت): د شکایت کوونکي نوم له ریکارډ څخه جلا ساتل کېږي
# status: unreviewed · en: 01f0d6880dd4
field-referred-to = چا ته ولېږل شو (د راجع کولو لپاره)
# status: unreviewed · en: e8c887aaf4b2
field-reason-or-note = لامل (د حل یا بندولو لپاره) یا یادښت
# status: unreviewed · en: c5dffea7ca58
field-parties = چارواکي
# status: unreviewed · en: 367e31336793
field-indicator = شاخص
# status: unreviewed · en: 76096ef0acd3
field-target = هدف
# status: unreviewed · en: ee9188e37d45
field-milestone = مهم پړاو
# status: unreviewed · en: d6b9daf2ea15
field-value = ارزښت
# status: unreviewed · en: a4ca7827cb63
field-met = بشپړ شو
# status: unreviewed · en: a6bebcb6b14e
field-evidence = ثبوت
# status: unreviewed · en: f2590054e10a
field-evidence-kind = د ثبوت ډول
# status: unreviewed · en: 2019bb1e9d33
field-marked-on = د نښه کولو نېټه
# status: unreviewed · en: 0ab4f589ad15
field-scored-on = د نمرې نېټه
# status: unreviewed · en: 435b06d7acb5
field-score = نمره
# status: unreviewed · en: 6985fa8e5b70
field-last-step-on = د شکایت وروستی ګام
# status: unreviewed · en: 97caac5c6b7c
field-last-reading-on = د مهم پړاو وروستی راپور
# status: unreviewed · en: 3ea94d1ae4d1
field-raiser-commitment = د شکایت کوونکي ژمنه
# status: unreviewed · en: f67d8291b4c1
side-pakistan = پاکستان
# status: unreviewed · en: 92665116d45d
side-afghanistan = افغانستان
# status: unreviewed · en: eb5e67a82600
community-kind-tribe = قبیله
# status: unreviewed · en: 27b7d23d7f78
community-kind-sub-tribe = څانګه یا خېل
# status: unreviewed · en: fce357eecac8
community-kind-locality = د یوې سیمې ټولنه
# status: unreviewed · en: ca23b2ca579c
district-chitral = چترال
# status: unreviewed · en: bff906f40f51
district-bajaur = باجوړ
# status: unreviewed · en: ef45be398541
district-mohmand = مومند
# status: unreviewed · en: 499ea85e5197
district-khyber = خیبر
# status: unreviewed · en: 044cf146799e
district-peshawar = پېښور
# status: unreviewed · en: b8ce418a8f6e
district-orakzai = اورکزي
# status: unreviewed · en: 1c89de5c6cee
district-kurram = کرم
# status: unreviewed · en: 0b6587f6c6c0
district-north-waziristan = شمالي وزیرستان
# status: unreviewed · en: 8651fefd1336
district-south-waziristan = جنوبي وزیرستان
# status: unreviewed · en: e0db5e5bb830
district-zhob = ژوب
# status: unreviewed · en: ce4a0efeb224
district-chaman = چمن
# status: unreviewed · en: 63b9020529ab
district-nuristan = نورستان
# status: unreviewed · en: 4bc78aebb20e
district-kunar = کونړ
# status: unreviewed · en: 68ed0d0b81cb
district-nangarhar = ننګرهار
# status: unreviewed · en: b892e2942164
district-paktia = پکتیا
# status: unreviewed · en: d21e10c59396
district-khost = خوست
# status: unreviewed · en: f2bfc07648e0
district-paktika = پکتیکا
# status: unreviewed · en: 00c303c3b6c9
district-kandahar = کندهار
# status: unreviewed · en: 7dcd32ef3fe9
standing-in-community-malik = ملک
# status: unreviewed · en: 225e43a43059
standing-in-community-elder = مشر
# status: unreviewed · en: 849fe52acc2c
standing-in-community-religious-figure = دیني شخصیت
# status: unreviewed · en: 9a3b7ff71e60
standing-in-community-youth-representative = د ځوانانو استازی
# status: unreviewed · en: 145916e588db
standing-in-community-womens-representative = د ښځو استازې
# status: unreviewed · en: da7e3bd8d289
grievance-topic-movement = تګ راتګ
# status: unreviewed · en: d5095b43690b
grievance-topic-trade = سوداګري
# status: unreviewed · en: bef613f43fd2
grievance-topic-refugees = کډوال
# status: unreviewed · en: cf39d6c30a4d
grievance-topic-security-operations = امنیتي عملیات
# status: unreviewed · en: a7d9ba574680
grievance-topic-detention = توقیف
# status: unreviewed · en: e7d356999c6d
grievance-topic-health = روغتیا
# status: unreviewed · en: 00dd348372c2
grievance-topic-education = زده کړه
# status: unreviewed · en: 61036192da48
grievance-topic-livelihoods = معیشت
# status: unreviewed · en: 6b6cd6598535
grievance-topic-water-land = اوبه او ځمکه
# status: unreviewed · en: ca7dc1d4a22e
grievance-topic-other = نور
# status: unreviewed · en: 542e787d3e2c
grievance-status-raised = ثبت شوی
# status: unreviewed · en: 7a7028715f45
grievance-status-acknowledged = منل شوی
# status: unreviewed · en: 3520af5d4517
grievance-status-referred = راجع شوی
# status: unreviewed · en: 4c170950ecfe
grievance-status-addressed = تر پام لاندې
# status: unreviewed · en: 2aa579bc4a4e
grievance-status-resolved = حل شوی
# status: unreviewed · en: 1e20d6f4b04c
grievance-status-closed = بند
# status: unreviewed · en: 8a0823f81072
evidence-kind-report = راپور
# status: unreviewed · en: 04b1348a89e3
evidence-kind-incidents = پېښې
# status: unreviewed · en: 5d8ba914ab0b
evidence-kind-crossings = د پولې د اوښتو شمېرې
# status: unreviewed · en: 1e8624cdbdb7
evidence-kind-document = سند
# status: unreviewed · en: f87a9af2fb97
pam-0 = نه دی پلي شوی
# status: unreviewed · en: c7d6cd0eb17d
pam-1 = لږ تر لږه
# status: unreviewed · en: c42e236dc5d7
pam-2 = منځنی
# status: unreviewed · en: cd63296bb830
pam-3 = بشپړ
# status: unreviewed · en: 67a8157e09e3
pam-score = { $score } — { $meaning }
# status: unreviewed · en: a3804fef9e24
pam-unscored = نمره نه ده ورکړل شوې
# status: unreviewed · en: da14e328da42
communities-title = ټولنې
# status: unreviewed · en: f85d00e3108a
communities-lead = د پولې پر دواړو غاړو قبیلې او ټولنې، د هغوی مشران، او هغه څه چې دوی یې شکایت کړی. د ټولنې غاړې د هغو ولسوالیو او ولایتونو له مخې ټاکل کېږي چې پکې اوسېږي.
# status: unreviewed · en: f85878b069c2
communities-none = لا تر اوسه هېڅ ټولنه په ریکارډ کې نشته.
# status: unreviewed · en: 5b15864c1869
community-caption = ټولنه
# status: unreviewed · en: 7cdb99376709
community-sides = د پولې غاړې
# status: unreviewed · en: dfeee45be20b
community-elders = مشران او استازي
# status: unreviewed · en: b1479da042cd
community-open-grievances = پرانیستي شکایتونه
# status: unreviewed · en: 0449e94cd1bd
community-register = ټولنه ثبت کړئ
# status: unreviewed · en: f8c8cfeec5e0
community-register-submit = ټولنه ثبت کړئ
# status: unreviewed · en: dcf3729b96c2
community-related = اړوندې ټولنې
# status: unreviewed · en: dde4ae04ccb1
community-needs-approval = دا ټولنه په افغان غاړه هم اوسېږي: د هغې له مشرانو سره جرګه له بلې غاړې سره ناسته ده، چې د فدرالي منظورۍ او د هغې د موضوعاتو لاندې کېږي.
# status: unreviewed · en: 8178a6d5674d
community-no-elders = لا تر اوسه هېڅ مشر په ریکارډ کې نشته.
# status: unreviewed · en: 93ffcedf54aa
community-engagements = اړیکې (هغه ناستې چې مشرانو یې پکې ګډون کړی)
# status: unreviewed · en: d4912423fe7c
community-no-engagements = لا تر اوسه د هغې له مشرانو سره هېڅ ناسته په ریکارډ کې نشته.
# status: unreviewed · en: a4ff1bf7a660
community-measures = هغه اقدامات او ژمنې چې ورپورې اړه لري
# status: unreviewed · en: 0170bc65fa03
community-no-measures = لا تر اوسه هېڅ ژمنه ورپورې اړه نه لري.
# status: unreviewed · en: 014f492e3789
community-incidents = د هغې په ولسوالیو کې ثبتې پېښې، کال په کال
# status: unreviewed · en: 943526b17cbc
community-incidents-note = د پېښو له راجستر څخه، چې د پولې د پاکستان غاړه پکې ده.
# status: unreviewed · en: b0cc823fa6e9
elder-add = مشر یا استازی ور زیات کړئ
# status: unreviewed · en: ac46b461bda7
elder-add-submit = ور زیات کړئ
# status: unreviewed · en: 237126e2c3e3
grievances-title = شکایتونه
# status: unreviewed · en: 36f8ebdadfe0
grievances-lead = هغه څه چې ټولنو شکایت کړي، او پر هغو اخیستل شوی هر ګام. هېڅ نه ړنګېږي: شکایت له لامل سره حل یا بندېږي.
# status: unreviewed · en: aa288e28e23d
grievances-none = دلته هېڅ شکایت په ریکارډ کې نشته.
# status: unreviewed · en: 90a71513f9aa
grievances-none-open = هېڅ شکایت پرانیستی نه دی.
# status: unreviewed · en: 39984facfa1f
grievances-open = پرانیستي
# status: unreviewed · en: 5037811d03e5
grievances-filter-status = د حالت له مخې چاڼ
# status: unreviewed · en: 9aa521be4b44
grievances-filter-topic = د موضوع له مخې چاڼ
# status: unreviewed · en: 989c1be2060e
grievances-filter-community = د ټولنې له مخې چاڼ
# status: unreviewed · en: d1edd8da1c99
grievance-caption = شکایت
# status: unreviewed · en: 258003a0bdab
grievance-raise = شکایت ثبت کړئ
# status: unreviewed · en: d71028acb603
grievance-raise-submit = شکایت ثبت کړئ
# status: unreviewed · en: 93c3b0df32e4
grievance-steps = اخیستل شوي ګامونه
# status: unreviewed · en: 24e83c2fe047
grievance-advance = بل ګام
# status: unreviewed · en: 6591c0441702
grievance-advance-submit = ګام ثبت کړئ
# status: unreviewed · en: d60eeeda544d
grievance-addressed-by = د دې له لارې په پام کې نیول شوی
# status: unreviewed · en: cb38ecde6c9e
raiser-kept-apart = له ریکارډ څخه جلا ساتل شوی: یوازې هغوی یې لیدای شي چې پالیسي یې اجازه ورکوي.
# status: unreviewed · en: ef59dcf77224
raiser-kept-apart-shown = (له ریکارډ څخه جلا ساتل شوی؛ تاسو یې لیدای شئ)
# status: unreviewed · en: ad93f6193147
raiser-mismatch = جلا ساتل شوی شکایت کوونکی د ریکارډ له ژمنې سره سمون نه لري: نه ښودل کېږي.
# status: unreviewed · en: e8ab3b8e6d82
raiser-not-named = نوم نه دی اخیستل شوی
# status: unreviewed · en: 0df96e4c1a94
sensitive-tag = حساس
# status: unreviewed · en: e628a2ef5682
dashboard-open-grievances = د ټولنې او موضوع له مخې پرانیستي شکایتونه
# status: unreviewed · en: 35ad83df0ba2
approval-lapsing = منظوري په { $date }، په { $days } ورځو کې، پای ته رسېږي: په وخت یې د نوي کولو غوښتنه وکړئ.
# status: unreviewed · en: 7733fdadf097
overdue-tag = ځنډېدلی
# status: unreviewed · en: b861de605eb7
overdue-milestones = { $count ->
    [one] یو مهم پړاو ځنډېدلی
   *[other] { $count } مهم پړاوونه ځنډېدلي
}
# status: unreviewed · en: eaccca9c5487
commitment-overdue = د هغې ټاکلې نېټه تېره شوې او نه ده بشپړه شوې.
# status: unreviewed · en: 84536a65367e
delivery-title = پلي کول
# status: unreviewed · en: 00287b92e74d
cbm-title = د باور جوړونې اقدام
# status: unreviewed · en: cdc539705bd4
cbm-tag = د باور جوړونې اقدام
# status: unreviewed · en: 26388e4e2a57
cbm-between = په { $date } نښه شو، د دوی ترمنځ:
# status: unreviewed · en: a565e31f111f
cbm-not-marked = د باور جوړونې د اقدام په توګه نښه شوې نه ده.
# status: unreviewed · en: 665ae4c9c202
cbm-mark = د باور جوړونې د اقدام په توګه یې نښه کړئ
# status: unreviewed · en: 540f217c1f07
cbm-mark-submit = نښه یې کړئ
# status: unreviewed · en: 603e5ef0190b
milestones-title = مهم پړاوونه
# status: unreviewed · en: a2a796d984b2
milestones-none = لا تر اوسه هېڅ مهم پړاو نشته.
# status: unreviewed · en: 65c451902843
milestone-due = ټاکلې نېټه { $date }.
# status: unreviewed · en: a90a89c93d80
milestone-met = په { $date } بشپړ شو
# status: unreviewed · en: 020fb88ee0f8
milestone-open = پرانیستی
# status: unreviewed · en: 640940698c56
milestone-target = هدف { $target }
# status: unreviewed · en: ecacd11dcfb6
milestone-reported-met = بشپړ شو
# status: unreviewed · en: 05376e2c8369
milestone-add = مهم پړاو ور زیات کړئ
# status: unreviewed · en: 29633e87538b
milestone-add-submit = مهم پړاو ور زیات کړئ
# status: unreviewed · en: 6d34391bba52
milestone-report = د مهم پړاو راپور ورکړئ
# status: unreviewed · en: 22d26a9a10aa
milestone-report-submit = راپور ثبت کړئ
# status: unreviewed · en: a4d6c7b3817f
scores-title = د پلي کېدو نمره
# status: unreviewed · en: 98e0dcd0ec94
scores-now = نن نافذ:
# status: unreviewed · en: ed1c29bcbc77
scores-scale = د سولې د تړونونو د ماتریکس په پیمانه: 0 نه دی پلي شوی، 1 لږ تر لږه، 2 منځنی، 3 بشپړ. هره نمره له خپل ثبوت سره په ریکارډ کې ده.
# status: unreviewed · en: 56752ad79a8a
scores-by = نمره ورکوونکی
# status: unreviewed · en: 678c5b29a30e
score-add = د پلي کېدو نمره ورکړئ
# status: unreviewed · en: c4f68da393fa
score-add-submit = نمره ثبت کړئ
# status: unreviewed · en: 4e0b66eaacd9
evidence-on-record = ریکارډ له مخکې څه ښيي
# status: unreviewed · en: 51a6c7d410c8
evidence-movement-note = د پولې په پوستو کې صادر شوي اجازه لیکونه او ثبت شوي اوښتنې، میاشت په میاشت.
# status: unreviewed · en: 9dafa4205ec8
evidence-none = لا تر اوسه هېڅ نه.
# status: unreviewed · en: 725a416d5f69
evidence-passes = په میاشت کې صادر شوي اجازه لیکونه
# status: unreviewed · en: d0cbf7665949
evidence-medical-passes = د درملنې لپاره په میاشت کې اجازه لیکونه
# status: unreviewed · en: 8cedde7c3964
evidence-crossings = په میاشت کې ثبت شوې اوښتنې
# status: unreviewed · en: 58a3e43841f9
evidence-incidents = په کال کې پېښې
# status: unreviewed · en: 235ebb5402ef
evidence-incidents-all = په ټول راجستر کې کلنۍ پېښې (له دې ژمنې سره هېڅ ټولنه نه ده نومول شوې).
# status: unreviewed · en: 63bb6d7b5de0
evidence-incidents-districts = په اړوندو ولسوالیو کې کلنۍ پېښې: { $districts }.
# status: unreviewed · en: 668c662626ed
results-title = پایلې
# status: unreviewed · en: 0bfd821104c7
results-lead = هره ژمنه د یوې مادې په توګه: حالت یې، د سولې د تړونونو د ماتریکس په پیمانه د پلي کېدو نمره، پرمختګ، څه چې ځنډېدلي، او اړوندې ټولنې.
# status: unreviewed · en: 7a4bd6a54307
results-export-csv = په CSV کې صادرول (د PAM بڼه)
# status: unreviewed · en: 36888f58e0b5
results-export-json = په JSON کې صادرول
# status: unreviewed · en: 7ee851410051
results-reading-day = لکه څنګه چې په { $day } ده.
# status: unreviewed · en: d180264d7e5b
results-flags = یوازې وښایاست
# status: unreviewed · en: 038f4cebf0e9
results-only-measures = د باور جوړونې اقدامات
# status: unreviewed · en: a3b37eac7ce9
results-only-overdue = ځنډېدلي
# status: unreviewed · en: cd29833511c9
results-by-score = د پلي کېدو د نمرې له مخې ژمنې، میاشت په میاشت
# status: unreviewed · en: c87777386fe0
results-count = { $count ->
    [one] یوه ماده
   *[other] { $count } مادې
}
# status: unreviewed · en: 1fafe75117de
results-none = هېڅ ژمنه سمون نه لري.
# status: unreviewed · en: 797d3aaf5860
results-provision = ماده
# status: unreviewed · en: 2a1c5143ceaf
results-score = نمره
# status: unreviewed · en: 48f57091231c
results-communities = ټولنې
# status: unreviewed · en: 7bd635fce06b
meeting-communities = ګډونوالې ټولنې
# status: unreviewed · en: d35a592a0926
commitment-grievances = هغه شکایتونه چې دا یې په پام کې نیسي
# status: unreviewed · en: cfdd0c183cc4
audit-witnesses = شاهدان
# status: unreviewed · en: e890c3a3b230
audit-no-witnesses = لا تر اوسه هېڅ شاهد د دې ریکارډ پر چک‌پاینټونو ګډ لاسلیک نه کوي: څوک چې پر ولایت باور نه لري یوازې د ولایت خپل لاسلیک لري. یو فدرالي دفتر، بله غاړه یا یو څارونکی شاهد چلولای شي (`jirga witness`)، او سرور له `--witness URL=KEY` سره پیلېږي.
# status: unreviewed · en: 88bdf469f872
audit-witness-quorum = یو چک‌پاینټ هله حسابېږي چې له دې { $count } شاهدانو څخه { $quorum } پرې ګډ لاسلیک کړی وي.
# status: unreviewed · en: bba179835fa5
audit-witness = شاهد
# status: unreviewed · en: 18f4e82ff489
audit-witness-size = تر کوم اندازې ګډ لاسلیک شوی
# status: unreviewed · en: 1812168da88c
audit-witness-at = کله
# status: unreviewed · en: 884b4e2eb780
audit-witness-problem = وروستۍ ستونزه
# status: unreviewed · en: 3015b89223f3
audit-cosigned-checkpoint = تر ټولو نوی چک‌پاینټ چې نصاب پرې ګډ لاسلیک کړی، او څنګه یې له انټرنېټ پرته وڅېړئ
# status: unreviewed · en: d02fed22c330
briefing-title = د فدرالي اړیکې افسر لپاره لنډیز
# status: unreviewed · en: cf3ede0abc56
briefing-caption = یوازې له ریکارډ څخه جوړ شوی
# status: unreviewed · en: 0a2375b0bbcc
briefing-as-of = ریکارډ لکه څنګه چې په { $day } دی.
# status: unreviewed · en: f69bb89f4218
briefing-print = له براوزر څخه یې چاپ کړئ یا د PDF په توګه یې خوندي کړئ: پاڼه بې له مینو چاپېږي.
# status: unreviewed · en: b0f8eaffdb46
briefing-due-soon = په 30 ورځو کې ټاکلې
# status: unreviewed · en: 1044c26e3c95
briefing-awaiting-concurrence = د فدرالي موافقې په تمه
# status: unreviewed · en: 846d4ee00ace
briefing-no-report = لا راپور نشته
# status: unreviewed · en: 23b9996f1474
briefing-reported = راپور ورکړل شوی
# status: unreviewed · en: 78f64d644998
briefing-not-in-force = نن هېڅ منظوري نافذه نه ده.
# status: unreviewed · en: c3476b7c69a9
briefing-open-breaches = { $count ->
    [one] یوه سرغړونه د فدرالي منلو په تمه ده.
   *[other] { $count } سرغړونې د فدرالي منلو په تمه دي.
}
# status: unreviewed · en: 5274e5f6fe81
briefing-risks = په خطر کې ژمنې
# status: unreviewed · en: 9ad8c02d47d8
briefing-no-risks = هېڅ ژمنه ځنډېدلې، په 30 ورځو کې ټاکلې یا د موافقې په تمه نه ده.
# status: unreviewed · en: b3b2da063369
briefing-why = ولې
# status: unreviewed · en: ee75b247fa63
briefing-incidents = میاشتنۍ پېښې، تر وروستۍ ثبتې پېښې پورې دولس میاشتې
# status: unreviewed · en: 7b7c8ccdba73
briefing-crossings = د هرې اوښتو نقطې اوښتنې
# status: unreviewed · en: 3d0876338c6d
briefing-no-crossings = هېڅ اوښتنه نه ده ثبته.
# status: unreviewed · en: 9b4a64534748
briefing-checkpoint = هغه ریکارډ چې دا لنډیز ترې جوړ شو
# status: unreviewed · en: 493e9d24672b
briefing-checkpoint-says = د لیجر چک‌پاینټ: { $size } ننوتنې، د ریښې هش { $root }.
# status: unreviewed · en: 451830482527
briefing-signatures = { $count ->
    [one] یو لاسلیک: د لاګ خپل.
   *[other] { $count } لاسلیکونه: د لاګ او د هغه د شاهدانو.
}
# status: unreviewed · en: f52aa0d0f49f
briefing-qr = چک‌پاینټ د QR کوډ په توګه
# status: unreviewed · en: e9c7fdb5c923
briefing-check = هر څوک کولای شي وروسته دا لنډیز له ریکارډ سره وڅېړي: لاندې چک‌پاینټ لاسلیک شوی؛ په فایل کې یې خوندي کړئ او دا وچلوئ
# status: unreviewed · en: 8fb3998b4350
community-no-incidents = د هغې په ولسوالیو کې هېڅ پېښه نه ده ثبته.
# status: unreviewed · en: c3af5d7c9da2
change-register-signing-key = د لاسلیک کیلي ثبت شوه
# status: unreviewed · en: 8c77740d612f
change-cosign-agreement = تړون لاسلیک شو
# status: unreviewed · en: 4015cf5efbd5
error-not-agreed = یوازې پر منل شوې ژمنې دواړه غاړې لاسلیک کوي؛ دا { $status } ده.
# status: unreviewed · en: 1f2e1a72be79
error-unknown-signing-key = دا لاسلیک د داسې کیلي نه دی چې د دې ژمنې د پابند اړخ لپاره ثبته وي: لومړی د استازي عامه کیلي ثبت کړئ.
# status: unreviewed · en: 3da9c02b5408
error-signature-mismatch = دا لاسلیک د دې تړون پر متن سم نه دی: پر بل متن یا له بلې کیلي سره شوی.
# status: unreviewed · en: e1a1d653889f
error-already-signed = دې کیلي له مخکې تړون لاسلیک کړی دی.
# status: unreviewed · en: 4f36533128f4
agreement-title = هغه تړون چې دواړه غاړې یې لاسلیکوي
# status: unreviewed · en: 981e4a8e4424
agreement-not-yet = کله چې ژمنه ومنل شي، د هرې غاړې استازی منل شوی متن په خپلې کیلي لاسلیکوي.
# status: unreviewed · en: 1fd2451a46e6
agreement-intro = منل شوی متن لکه څنګه چې دواړه غاړې یې لاسلیکوي (یو لاسلیک شوی یادښت چې ژمنه، د لیجر شمېره، اړخونه او متن نوموي). په کې هر بدلون ټول لاسلیکونه ماتوي.
# status: unreviewed · en: 8ce050d10115
agreement-signature = لاسلیک
# status: unreviewed · en: 6df7d669779f
agreement-keys = ثبتې کیلي
# status: unreviewed · en: f158b85f0fd4
agreement-signed = لاسلیک شوی
# status: unreviewed · en: a6e257d42824
agreement-unsigned = لا نه دی لاسلیک شوی
# status: unreviewed · en: b09d5ff5e901
agreement-qr = لاسلیک شوی تړون د QR کوډ په توګه
# status: unreviewed · en: 0ffc63158bce
agreement-document = د تړون سند (JSON)
# status: unreviewed · en: d5a4fdf1d448
agreement-offline = یوازې د jirga پروګرام سره یې له انټرنېټ پرته لاسلیک یا وڅېړئ:
# status: unreviewed · en: 8761a39fa1ca
agreement-record = لاسلیک ثبت کړئ
# status: unreviewed · en: 636c3e5a076f
agreement-record-submit = لاسلیک ثبت کړئ
# status: unreviewed · en: 5e4de4b937aa
agreement-signature-line = د لاسلیک کرښه (— د کیلي نوم او base64)، لکه څنګه چې `jirga cosign` یې چاپوي
# status: unreviewed · en: 946a0b5183e3
agreement-register-key = د استازي کیلي ثبت کړئ
# status: unreviewed · en: b0280146465a
agreement-register-key-submit = کیلي ثبت کړئ
# status: unreviewed · en: 5c79c90417df
agreement-key = د تایید کیلي (لکه څنګه چې `jirga cosign-key` یې چاپوي)
# status: unreviewed · en: bbec230f8130
briefing-agreements = هغه تړونونه چې دواړو غاړو لاسلیک کړي
# status: unreviewed · en: a17025e1b158
briefing-no-agreements = لا تر اوسه هېڅ تړون دواړو غاړو نه دی لاسلیک کړی.
# status: unreviewed · en: 4af69cd91297
agreement-sign-held-intro = دا سیستم ستاسو کیلي { $key } ساتي: پورتنی متن پرې لاسلیکوي، او لاسلیک د نورو په څېر څېړل کېږي.
# status: unreviewed · en: 4fafc2d42e45
agreement-sign-held = زما په کیلي لاسلیک
# status: unreviewed · en: 68b1be403c8c
agreement-no-held-key = دا سیستم ستاسو لپاره د تړون هېڅ کیلي نه ساتي (`jirga cosign-key --held-for` وګورئ).
# status: unreviewed · en: 8c3116ed451e
change-cosign-outcome = پایله لاسلیک شوه
# status: unreviewed · en: 5e217d2b4a99
error-no-such-outcome = ناسته { $outcomes } پایلې لري؛ { $outcome } پایله نشته.
# status: unreviewed · en: fa518a620a5f
error-outcome-not-agreed = یوازې هغه پایله دواړه غاړې لاسلیکوي چې د قواعدو دننه په ناسته کې منل شوې وي.
# status: unreviewed · en: 2149e2fef2f4
outcome-agreement = د دواړو غاړو لاسلیکونه
# status: unreviewed · en: 3b38c9389d24
outcome-agreement-record = د دې پایلې لاسلیک ثبت کړئ
# status: unreviewed · en: abbdebf5e050
change-erase-grievance-raiser = جلا ساتل شوی شکایت کوونکی ړنګ شو
# status: unreviewed · en: 14aa98644142
error-no-raiser-kept = دا شکایت هېڅ شکایت کوونکی جلا نه ساتي: حساس نه دی، څوک نه نوموي، یا له مخکې ړنګ شوی.
# status: unreviewed · en: e76fa5153df9
error-grievance-still-open = شکایت کوونکی یوازې هله ړنګېږي چې شکایت حل یا بند شي.
# status: unreviewed · en: f24c2c265de0
raiser-erased = ړنګ شو: شکایت کوونکی نور هېڅ ځای نه ساتل کېږي.
# status: unreviewed · en: ab2b4db42829
raiser-erase = شکایت کوونکی ړنګ کړئ
# status: unreviewed · en: 839e2e043bc3
raiser-erase-submit = ړنګ یې کړئ
