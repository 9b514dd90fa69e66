# Dropout Lab — العربية. مترجمة من en.ftl؛ المصطلحات: ar.glossary.md.
# Reviewed-by: nobody yet
# الصفحة تنعكس من اليمين إلى اليسار، أما الرسوم البيانية فتبقى باتجاهها الرياضي (الحِقب و p تزداد نحو اليمين).

page-dropout-lab = مختبر الإسقاط (Dropout Lab)
page-preset =
    .aria-label = إعداد جاهز
page-preset-label = إعداد جاهز
page-seed =
    .aria-label = البذرة
page-seed-label = البذرة
page-new-seed = بذرة جديدة
    .title = اسحب بذرة لم يخترها أحد: بيانات وأوزان وأقنعة جديدة، والمعدلات نفسها
page-lr =
    .aria-label = معدل التعلم
page-learning-rate-label = معدل التعلم
page-training =
    .aria-label = التدريب
page-play = تشغيل
page-step = خطوة
page-reset = إعادة ضبط
page-speed-label = السرعة
page-speed =
    .aria-label = السرعة
page-speed-out = أقصى
page-lesson-open = درس
    .title = درس موجَّه: توقّع ثم اكشف (N التالي، B السابق، Esc للخروج)
page-export = ملفات…
    .title = صدّر الصور والبيانات، أو احفظ إعدادًا أو حمّله
page-help-open =
    .aria-label = المساعدة واختصارات لوحة المفاتيح
    .title = المساعدة واختصارات لوحة المفاتيح (?)
page-copy-link = نسخ الرابط
page-present = عرض
    .title = خط كبير وخطوط سميكة للصف الأخير (P)
page-fullscreen = ملء الشاشة
    .title = ملء الشاشة (F)
page-data-network = البيانات والشبكة
page-data = البيانات
page-dataset =
    .aria-label = مجموعة البيانات
page-dataset-label = مجموعة البيانات
page-n-train =
    .aria-label = نقاط التدريب
page-training-points-label = نقاط التدريب
page-n-val =
    .aria-label = نقاط التحقق
page-validation-points-label = نقاط التحقق
page-noise =
    .aria-label = ضجيج المدخلات
page-noise-label = الضجيج
page-flip =
    .aria-label = ضجيج التسميات: نسبة التسميات المقلوبة
page-label-noise-label = ضجيج التسميات
page-csv-file =
    .aria-label = ملف CSV للنقاط: x,y,label أو x,y
page-load-csv-label = تحميل CSV…
page-draw-on-the-pictures = ارسم على الصور أدناه
page-drawing-tool =
    .aria-label = أداة الرسم
page-class-0 = الفئة 0
page-class-1 = الفئة 1
page-or-right-click-a = ممحاة
    .title = أو انقر على نقطة بالزر الأيمن
page-draw-set =
    .aria-label = المجموعة التي تذهب إليها النقاط الجديدة
page-new-points-go-to-label = النقاط الجديدة إلى
page-training-2 = التدريب
page-validation = التحقق
page-draw-clear = امسح نقاطي
page-network = الشبكة
page-act =
    .aria-label = دالة التنشيط
page-activation-label = التنشيط
page-opt =
    .aria-label = المُحسِّن
page-optimiser-label = المُحسِّن
page-batch =
    .placeholder = كاملة
    .aria-label = حجم الدفعة الصغيرة، أو كاملة
page-minibatch-label = الدفعة الصغيرة
page-l2 =
    .aria-label = شدة L2
page-l2-strength-label = شدة L2
page-small-minibatches-add-noise = الدفعات الصغيرة تضيف ضجيجًا خاصًا بها، وهو منظِّم إلى جانب الإسقاط.
page-copy-this-link-ctrl = انسخ هذا الرابط (Ctrl+C):
page-link-text =
    .aria-label = رابط هذا المختبر
page-link-close =
    .aria-label = أغلق مربع الرابط
page-banner-close =
    .aria-label = أغلق الرسالة
page-lesson =
    .aria-label = الدرس
page-lesson-close =
    .aria-label = اخرج من الدرس (يبقى المختبر كما هو)
    .title = اخرج من الدرس (Esc)؛ يبقى المختبر كما هو
page-lesson-back = السابق
page-lesson-reveal = اكشف
page-lesson-next = التالي
page-network-2 =
    .aria-label = الشبكة
page-diagram-title = الشبكة
page-diagram-mode =
    .aria-label = وضع المخطط
page-mode-train = وضع التدريب
page-mode-eval = وضع التقييم
page-example-label = المثال
page-example =
    .aria-label = مثال من الدفعة الصغيرة
page-diagram =
    .aria-label = مخطط الشبكة: الوحدات المُسقَطة في هذه الخطوة مشطوبة
page-rate-label = معدل الإسقاط
page-rate =
    .aria-label = معدل الإسقاط
page-input-rate-label = إسقاط المدخلات
page-input-rate =
    .aria-label = معدل إسقاط المدخلات
page-scaling = التحجيم
page-scaling-2 =
    .aria-label = تحجيم الإسقاط
page-inverted-kept-units-1 = معكوس: الوحدات المُبقاة ⁦×1/(1−p)⁩ في التدريب (PyTorch، Keras)
page-classic-no-scaling-in = كلاسيكي: لا تحجيم في التدريب، وكل الوحدات ⁦×(1−p)⁩ عند التقييم
page-notation = الترميز
page-notation-2 =
    .aria-label = ماذا تعني p
page-p-drop-probability-pytorch = p = احتمال الإسقاط (PyTorch، Keras)
page-p-retain-probability-srivastava = p = احتمال الإبقاء (Srivastava وآخرون 2014)
page-hidden-units = الوحدات المخفية
page-hidden =
    .aria-label = الوحدات المخفية في كل طبقة
    .placeholder = 128,128
page-hidden-out = لكل طبقة، مثلًا 32,32 (من 1 إلى 256 لكل منها)
page-rates-racing = المعدلات في السباق
page-run-variant =
    .aria-label = نوع التشغيل المحدد
    .title = ما هو التشغيل المحدد: إسقاط، أو أحد منافسيه، أو خطأ شائع
page-add-run = أضف معدلًا
page-runs =
    .aria-label = التشغيلات
page-results =
    .aria-label = النتائج
page-loss-title = الخسارة: التدريب (متصل) والتحقق (متقطع)
page-log-scale = مقياس لوغاريتمي
page-loss =
    .aria-label = مخطط الخسارة
page-data-title = ما تعلّمه كل تشغيل
page-data-2 =
    .aria-label = ما تعلّمه كل تشغيل
page-sweep-title = مسح: الخسارة مقابل معدل الإسقاط p
page-sweep-label = المسح
page-sweep-kind =
    .aria-label = ما الذي يُمسح
page-p-0-0-9 = p = 0 … 0.9
page-training-set-size = حجم مجموعة التدريب
page-each-run-of-a =
    .title = لكل تشغيل في النقطة بذرته الخاصة: بذرة حقل البذرة والتي تليها
page-sweep-seeds =
    .aria-label = التشغيلات لكل نقطة
page-runs-per-point-label = التشغيلات لكل نقطة
page-sweep-run = شغّل المسح
page-sweep-cancel = إلغاء
page-log-scale-2 = مقياس لوغاريتمي
page-sweep-png = PNG
    .title = مخطط المسح بصيغة PNG بحجم مضاعف
page-sweep-csv = CSV
    .title = المتوسط والأدنى والأقصى لكل نقطة بصيغة CSV
page-sweep-progress =
    .aria-label = تقدّم المسح
page-sweep-status = كل نقطة تدرّب تشغيلات جديدة، واحدًا لكل بذرة، على كل أنوية هذا الحاسوب.
page-sweep-chart =
    .aria-label = مخطط المسح: الخسارة مقابل القيمة الممسوحة، المتوسط عبر البذور مع نطاق من الأدنى إلى الأقصى
page-inside-title = الإسقاط من الداخل
page-view-label = العرض
page-inside-view =
    .aria-label = عرض الإسقاط من الداخل
page-sub-networks-the-ensemble = الشبكات الفرعية: المجموعة التي يدرّبها الإسقاط
page-averaging-k-networks-vs = متوسط k شبكة مقابل تحجيم الأوزان
page-uncertainty-from-dropout-mc = عدم اليقين من الإسقاط (MC dropout)
page-co-adaptation-one-unit = التكيّف المشترك: إزالة وحدة واحدة في كل مرة
page-inside-compute = انظر إلى الداخل
page-inside-resample = أعد السحب
    .title = اسحب شبكات مخففة أخرى
page-inside-canvas =
    .aria-label = عرض التشغيل المحدد من الداخل
page-inside-note = اختر عرضًا واضغط «انظر إلى الداخل»: يعمل على التشغيل المحدد كما هو في تلك اللحظة، متوقفًا كان أو يعمل.
page-export-title = التصدير والتحميل
page-files-for-slides-and = ملفات للشرائح وأوراق العمل، مسماة باسم الإعداد الجاهز والبذرة.
page-export-loss = مخطط الخسارة (PNG، 2×)
page-export-lab = المختبر كاملًا (PNG)
page-export-csv = سجل كل تشغيل (CSV)
page-export-setup = الإعداد (JSON، يُحمَّل مجددًا)
page-a-saved-setup-opens = الإعداد المحفوظ يفتح المختبر نفسه مجددًا، تشغيلًا بتشغيل (أو أفلت الملف على الصفحة).
page-load-setup = حمّل إعدادًا…
page-setup-file =
    .aria-label = ملف الإعداد المراد تحميله
page-export-close = إغلاق
page-help-title = حول مختبر الإسقاط
page-help-close = إغلاق
page-help-dropout-html = الإسقاط (Dropout) يطفئ كل وحدة في الطبقة عشوائيًا أثناء تدريب الشبكة: <b>p</b> هو احتمال إسقاط الوحدة، والوحدات المُبقاة تُضرب في ⁦1/(1−p)⁩ كي تتلقى الطبقة التالية المدخل نفسه في المتوسط. عند التقييم لا يُسقط شيء، فتتصرف الشبكة المدرَّبة كمتوسط للشبكات المخففة الكثيرة التي تدرّبت بصفتها.
page-what-the-page-shows = ما تعرضه الصفحة
page-help-network-html = <b>الشبكة</b>: شبكة التشغيل المحدد؛ الوحدات المشطوبة أُسقطت في خطوة التدريب هذه (<i>وضع التقييم</i> يعرض الشبكة الكاملة المستخدمة للتحقق).
page-help-rates-html = <b>معدل الإسقاط</b> يضبط الطبقات المخفية للتشغيل المحدد؛ و<b>المعدلات في السباق</b> تسرد التشغيلات، التي تتدرّب من الأوزان نفسها على الدفعات الصغيرة نفسها ولا تختلف إلا في الإسقاط.
page-help-loss-html = <b>الخسارة</b>: خسارة التدريب متصلة، وخسارة التحقق متقطعة، ولون لكل تشغيل؛ والفجوة بينهما مظللة للتشغيل المحدد.
page-help-learned-html = <b>ما تعلّمه كل تشغيل</b>: تنبؤات كل تشغيل على البيانات.
page-keyboard-shortcuts = اختصارات لوحة المفاتيح
page-play-pause = تشغيل / إيقاف مؤقت
page-one-step = خطوة واحدة
page-reset-every-run = أعد ضبط كل التشغيلات
page-train-mode-eval-mode = وضع التدريب / وضع التقييم
page-focused-run-s-dropout = معدل إسقاط التشغيل المحدد 0.0–0.9
page-focus-the-run-above = حدّد التشغيل الأعلى / الأدنى
page-present-mode = وضع العرض
page-fullscreen-2 = ملء الشاشة
page-lesson-reveal-then-the = الدرس: اكشف ثم الخطوة التالية؛ رجوع (PageDown وPageUp في جهاز التحكم)
page-this-help = هذه المساعدة
page-close-this-help-or = أغلق هذه المساعدة أو رسالة؛ اخرج من الدرس
page-shortcuts-wait-while-you = تنتظر الاختصارات ما دمت تكتب في حقل؛ والمنزلق المحدد يحتفظ بمفاتيح الأسهم.
page-dropout-lab-needs-javascript = يحتاج مختبر الإسقاط إلى JavaScript وWebAssembly.
page-lang-label = اللغة
page-lang =
    .aria-label = اللغة
help-review-awaits = هذه الترجمة بانتظار مراجعة معلّم لغته الأم العربية.
help-review-by = راجع هذه الترجمة { $who }.

transport-play = تشغيل
transport-pause = إيقاف مؤقت
speed-max = أقصى
speed-per-second = { $steps }/ث
copy-link-done = نُسخ الرابط
notation-rate-label-drop = معدل الإسقاط
notation-rate-label-retain = احتمال الإبقاء
notation-input-rate-label-drop = إسقاط المدخلات
notation-input-rate-label-retain = إبقاء المدخلات
notation-rate-aria-drop = معدل الإسقاط
notation-rate-aria-retain = احتمال الإبقاء (1 − معدل الإسقاط)
notation-scaling-inverted-drop = معكوس: الوحدات المُبقاة ⁦×1/(1−p)⁩ في التدريب (PyTorch، Keras)
notation-scaling-inverted-retain = معكوس: الوحدات المُبقاة ⁦×1/p⁩ في التدريب (PyTorch، Keras)
notation-scaling-classic-drop = كلاسيكي: لا تحجيم في التدريب، وكل الوحدات ⁦×(1−p)⁩ عند التقييم
notation-scaling-classic-retain = كلاسيكي: لا تحجيم في التدريب، وكل الوحدات ⁦×p⁩ عند التقييم (Srivastava وآخرون)

## المختبر الموصوف (#20، src/core/narration/text.rs و tables.rs): ما يقوله الراوي أثناء
## السباق، و«صِف»، وجداول الرسوم، و«استمع».

narration-played = التشغيل من الحقبة { $epoch }.
narration-paused = إيقاف مؤقت عند الحقبة { $epoch }.
narration-reset = إعادة ضبط: عاد كل تشغيل إلى الحقبة 0 بالأوزان الابتدائية نفسها.
narration-epoch-of = الحقبة { $epoch } من { $story }.
narration-epoch = الحقبة { $epoch }.
narration-lowest = أدنى خسارة تحقق: { $run }، { $val }.
narration-rising = { $run }: التحقق { $val } ويرتفع منذ الحقبة { $since }، التدريب { $train }.
narration-turned-upward = { $run }: بدأت خسارة التحقق بالارتفاع. الأدنى { $best } عند الحقبة { $since }، والآن { $now }: بدأت الشبكة تحفظ نقاط تدريبها.
narration-story-end = نهاية القصة عند الحقبة { $epoch }. أدنى خسارة تحقق في النهاية: { $run }، { $val }.
narration-story-pauses = يتوقف التدريب هنا؛ «تشغيل» يتابعه.
narration-rate-set = التشغيل المحدد الآن هو { $run }: { $readout }. تستخدمه خطوة التدريب التالية.
narration-input-rate-set = إسقاط المدخلات في التشغيل المحدد: { $readout }. تستخدمه خطوة التدريب التالية.
narration-race-run = { $run }: خسارة التدريب { $train }، خسارة التحقق { $val }{ $rising }{ $accuracy }.
narration-race-run-focused = { $run } (المحدد): خسارة التدريب { $train }، خسارة التحقق { $val }{ $rising }{ $accuracy }.
narration-race-rising = ، وترتفع منذ الحقبة { $since }
narration-race-accuracy = ، دقة التحقق { $accuracy }%
narration-race-not-started = عدد التشغيلات المتسابقة { $runs }؛ لم تنتهِ أي حقبة بعد.
narration-race-heading = { $epoch } عدد التشغيلات المتسابقة { $runs }.
narration-layer-input = المدخلات
narration-layer-hidden = المخفية { $layer }
narration-layer-kept = { $layer }: أُبقي { $kept } من { $units } { $kind ->
        [input] مدخلات
       *[hidden] وحدات
    } في هذه الخطوة.
narration-layer-kept-scaled = { $layer }: أُبقي { $kept } من { $units } { $kind ->
        [input] مدخلات
       *[hidden] وحدات
    } في هذه الخطوة، و{ $kind ->
        [input] المدخلات
       *[hidden] الوحدات
    } المُبقاة ×{ $scale }.
narration-diagram-train = شبكة { $run }، المثال { $example } من آخر دفعة صغيرة.
narration-diagram-eval = شبكة { $run } في وضع التقييم: كل الوحدات تعمل، ولا شيء مُسقَط.
narration-diagram-not-started = شبكة { $run }: لا خطوة تدريب بعد، لذا لم تُسقَط أي وحدة.
narration-map = خريطة { $run }: { $accuracy }% من نقاط التحقق صحيحة، و{ $errors } من { $points } خاطئة.
narration-map-where = خريطة { $run }: { $accuracy }% من نقاط التحقق صحيحة، و{ $errors } من { $points } خاطئة، معظمها { $region ->
        [upper-left] في أعلى اليسار
        [upper-right] في أعلى اليمين
        [lower-left] في أسفل اليسار
       *[lower-right] في أسفل اليمين
    }.
narration-curve = المنحنى الملائم لـ{ $run }: خسارة التحقق { $val }.
narration-loss-table-caption = خسارة { $run } في كل حقبة مسجلة
narration-head-epoch = الحقبة
narration-head-training-loss = خسارة التدريب
narration-head-validation-loss = خسارة التحقق
narration-head-validation-accuracy = دقة التحقق
narration-named-note = { $name }: { $note }
narration-lesson-answer = الدرس، { $title }: { $answer }
narration-sound-mapping = الصوت مغلق حتى تؤشّر عليه بجانب رسم الخسارة. عندها يعزف «استمع» خسارة التحقق للتشغيل المحدد ثم خسارة تدريبه، نغمة قصيرة لكل حقبة مسجلة: خسارة { $high_loss } أو أكثر هي { $high_hz } هرتز، و{ $low_loss } أو أقل { $low_hz } هرتز، وبينهما النسب المتساوية من الخسارة خطوات متساوية في طبقة الصوت (مقياس لوغاريتمي)، فالخسارة الأعلى نغمة أعلى. الخط الهابط الذي يعود فيرتفع انعطاف على شكل U تسمعه. ومع تشغيل الصوت، تُعلِم زقزقة قصيرة صاعدة بتشغيل بدأت خسارة تحققه بالارتفاع.
narration-swept-p = p
narration-swept-points = عدد نقاط التدريب
narration-sweep-empty = المسح: لم تُدرَّب أي نقطة بعد؛ اضغط «شغّل المسح».
narration-sweep = مسح خسارة التحقق النهائية مقابل { $name }: الأدنى عند ⁦⁨{ $name }⁩ = { $best_x }⁩، { $best }؛ { $first } عند ⁦⁨{ $name }⁩ = { $first_x }⁩، و{ $last } عند ⁦⁨{ $name }⁩ = { $last_x }⁩. المنحنى { $shape ->
        [u] على شكل U: القليل جدًا والكثير جدًا كلاهما يكلّف خسارة التحقق
        [first] أدنى عند أول نقطة
        [last] أدنى عند آخر نقطة
       *[other] أدنى قرب أحد الطرفين
    }.
narration-sweep-table-caption = المسح: الخسائر في نهاية القصة مقابل { $name }، عبر البذور
narration-sweep-table-caption-of = مسح { $curve }: الخسائر في نهاية القصة مقابل { $name }، عبر البذور
narration-head-validation-mean = خسارة التحقق، المتوسط
narration-head-validation-min = خسارة التحقق، الأدنى
narration-head-validation-max = خسارة التحقق، الأعلى
narration-head-training-mean = خسارة التدريب، المتوسط
narration-table-share = { $percent }%
narration-table-kept = { $kept } من { $units }
narration-table-subnets = الشبكات الفرعية لـ{ $run }: الوحدات التي تبقيها كل منها، ووزنها في المتوسط
narration-head-subnet = الشبكة الفرعية
narration-head-units-kept = الوحدات المُبقاة في كل طبقة
narration-head-weight = الوزن
narration-table-averaging = متوسط الشبكات المرقّقة لـ{ $run } مقابل تحجيم الأوزان
narration-head-networks = الشبكات
narration-head-validation-error = خطأ التحقق
narration-row-weight-scaling = تحجيم الأوزان
narration-row-average-of = متوسط { $k }
narration-table-spread = عدم اليقين من الإسقاط (MC dropout) لـ{ $run }
narration-head-figure = المقدار
narration-head-value = القيمة
narration-row-points = النقاط على الخريطة
narration-row-largest-spread = أكبر تشتت (الانحراف المعياري)
narration-row-mean-spread = متوسط التشتت
narration-table-coadaptation = التكيّف المشترك: خسارة التحقق المضافة بإزالة وحدة واحدة في كل مرة
narration-head-run = التشغيل
narration-head-units-removed = الوحدات المُزالة
narration-head-mean-rise = متوسط الزيادة
narration-head-largest-rise = أكبر زيادة

## عناصر التحكم في المختبر الموصوف (index.html).
page-describe = صِف
    .title = قل المختبر كله بالكلمات: السباق، والشبكة طبقة طبقة، والخرائط، والمسح (D)
page-loss-table = جدول
    .title = أرقام الرسم جدولًا، واحد لكل تشغيل
page-sweep-table = جدول
    .title = نقاط المسح ونطاقاته جدولًا
page-inside-table = جدول
    .title = مقادير هذا العرض جدولًا
page-sound =
    .title = الصوت: «استمع» يعزف خسائر التشغيل المحدد طبقاتٍ صوتية؛ وزقزقة تُعلِم بتشغيل بدأ بالارتفاع
page-sound-label = الصوت
page-listen = استمع
    .title = اعزف خسارة التحقق للتشغيل المحدد ثم خسارة تدريبه طبقاتٍ صوتية
page-describe-key = صِف المختبر كله بالكلمات (لقارئ الشاشة)
page-hearing-the-lab = سماع المختبر
page-hearing-html = يسمع قارئ الشاشة التشغيل والإيقاف المؤقت وإعادة الضبط وكل تحريك لمنزلق في حينه، وأثناء السباق جملة واحدة على الأكثر كل بضع ثوانٍ: كل عُشر من القصة، وتشغيلًا بدأت خسارة تحققه بالارتفاع، ونهاية القصة. <b>صِف</b> (D) يقول كل شيء دفعة واحدة. و<b>جدول</b> بجانب الرسم يعرض أرقامه جدولًا.

## واجهة التضمين (#21): رفضا embed= في الرابط اللذان يظهران في الشريط.
embed-not-an-origin = «{ $raw }» ليس أصلًا (المتوقع http:// أو https://، واسم مضيف، ومنفذ اختياري، ولا شيء بعده، مثل https://school.example)
embed-too-many-origins = يمكن الوثوق بـ{ $max } أصول على الأكثر

## لوحة الشيفرة (#21). تبقى شيفرة بايثون المولَّدة ودفتر الملاحظات بالإنجليزية.
page-code-open = الشيفرة
    .title = هذه التجربة شيفرةً بـ PyTorch أو Keras، ودفتر يعيد السباق
page-code-title = هذه التجربة شيفرةً
page-code-close = إغلاق
page-code-tabs =
    .aria-label = إطار العمل
page-code-copy = انسخ الشيفرة
page-code-notebook = نزّل الدفتر
page-code-about = يعيد الدفتر هذا السباق في PyTorch ببيانات المختبر نفسها وأوزانه الابتدائية ودفعاته الصغيرة: الخسارة قبل الخطوة الأولى وكل خطوة بلا إسقاط تطابق ما في المختبر.
code-copied = نُسخت.
code-not-copied = لم تُنسخ: { $why }

## لكل طالب (#20): الهدوء، والتباين، وجملة مؤشر البيانات، وتلميح لوحة المفاتيح في لوحة البيانات، وسطر المساعدة
## لمفاتيح الأسهم.
page-calm = هدوء
    .title = حركة هادئة: تتغير الوحدات المشطوبة في الشبكة مرتين في الثانية على الأكثر، ولا شيء ينزلق (يعمل أيضًا حين يطلب النظام حركة أقل)
page-contrast = تباين
    .title = تباين عالٍ: نص وحدود وحلقات تركيز وألوان رسوم أقوى
page-arrows-key-html = على الصور (حين تكون «البيانات والشبكة» مفتوحة): حرّك المؤشر؛ <kbd>Enter</kbd> يضيف نقطة، و<kbd>Delete</kbd> يزيل واحدة. على رسم المسح: اختر نقطة؛ <kbd>Enter</kbd> يدخلها السباق
page-data-region =
    .aria-label = البيانات والشبكة
page-data-cursor-hint = أو بلوحة المفاتيح: Tab للوصول إلى الصور، ومفاتيح الأسهم تحرك مؤشرًا، وEnter يضيف نقطة، وDelete يزيل الأقرب.
data-cursor = المؤشر عند ⁦x = { $x }⁩، ⁦y = { $y }⁩. Enter يضيف نقطة من الصنف المختار، وDelete يزيل أقرب نقطة مرسومة.

preset-moons-title = هلالان: 80 نقطة مشوّشة
preset-moons-note = ثمانون نقطة، واحدة من كل عشر بتسمية خاطئة، وشبكة فيها 17,000 وزن: حرية أكبر بكثير مما تستطيع البيانات تثبيته. راقب التشغيل p = 0: تبلغ خسارة التحقق أدناها خلال نحو مئة حقبة (على البذرة الافتراضية خلال عشر) ثم ترتفع إلى مرة ونصف من أفضل قيمة لها أو أكثر، بينما تواصل خسارة التدريب هبوطها نحو الصفر. إنه يحفظ النقاط ذات التسميات الخاطئة: تنمو في خريطة قراره جزر صغيرة حول عدد منها، حيث لا يكون في خريطة التشغيل p = 0.5 إلا جزيرة أو اثنتان على الأكثر. تبقى خسارة التدريب للتشغيل p = 0.5 أعلى، لكن خسارة التحقق لديه تنتهي أدنى، والفجوة بين منحنييه أقل من نصف العرض. أشر إلى الأقنعة: في كل خطوة يُطفأ نصف مختلف من الوحدات المخفية، فلا تستطيع أي وحدة الاعتماد على شريك بعينه لنحت جزيرة.
preset-wiggle-title = تموّج: منحنى عبر الضجيج
preset-wiggle-note = أربعون عينة من موجة جيبية مدفونة في الضجيج، وشبكة عميقة تستطيع أن تثني منحناها في أي مكان. بلا إسقاط يجد المنحنى الملائَم الموجة الناعمة أولًا، ثم ينثني ليمرّ بنقاط مشوّشة منفردة: خلال المئات الأولى من الحِقب تتجه خسارة التحقق إلى الأعلى بينما تواصل خسارة التدريب الهبوط. مع p = 0.5 على الطبقات المخفية ينتهي المنحنى أقرب إلى الجيب الحقيقي وأنعم. يستقر ببطء، بعد مئات الحِقب من التشغيل p = 0، لكن خسارة التحقق لديه تنتهي أدنى والفجوة بين التدريب والتحقق أصغر. لا يمكن لأي خسارة تحقق أن تنزل كثيرًا تحت 0.36، وهو تباين الضجيج نفسه (σ = 0.6): خسارة تدريب أدنى من ذلك، مثل خسارة التشغيل p = 0، تعني أن النموذج يلائم الضجيج. يجعل الإسقاط كل خطوة تدريب مشوّشة، ومع ذلك فمنحنى التحقق للتشغيل p = 0.5 هو الأهدأ: المخطط والمنحنى الملائَم يستخدمان الشبكة كلها، دون إسقاط أي وحدة.
preset-digits-title = أرقام: 100 صورة تدريب
preset-digits-note = أرقام حقيقية مكتوبة بخط اليد، لكن 100 منها فقط للتعلّم. بلا إسقاط تصيب الشبكة كل صورة تدريب خلال نحو خمس عشرة حقبة. بعد ذلك تبقى دقة التحقق ثابتة (في حدود ثلاث نقاط) أو ترتفع قليلًا، لكن خسارة التحقق ترتفع بنسبة 40% أو أكثر (على البذرة الافتراضية تتضاعف وأكثر). السبب: تزداد ثقتها بنفسها باستمرار، حتى في الأرقام التي تخطئ فيها، والإنتروبيا المتقاطعة تعاقب الخطأ الواثق بشدة: متوسط الخسارة على صورة مصنفة خطأً يتضاعف على الأقل. تتبع تشغيلات الإسقاط وصفة الورقة الأصلية للأرقام: أسقط 20% من بكسلات المدخلات، و20% أو نصف الوحدات المخفية. إنها تتعلم أبطأ، وتنتهي خسارة التحقق لديها تحت خسارة التشغيل p = 0، والفجوة بين التدريب والتحقق أصغر. دقتها ليست أفضل: تنتهي في حدود خمس نقاط من دقة التشغيل p = 0، أعلى منها في بعض البذور وأدنى في أخرى، فراقب الخسائر لا الدقة. أشر إلى قناع طبقة المدخلات: تختفي بكسلات كاملة، فعلى الشبكة أن تتعرف على الرقم من أي أربعة أخماس منه.
preset-rivals-title = المنافسون: لا شيء، L2، تطبيع الدفعات، الإسقاط
preset-rivals-note = الهلالان المشوّشان أنفسهما بثمانين نقطة والشبكة نفسها، أربعة تشغيلات من الأوزان نفسها على الدفعات الصغيرة نفسها من عشرين: بلا منظِّم، واضمحلال الأوزان L2 (λ = 0.01)، وتطبيع الدفعات بعد كل طبقة مخفية، والإسقاط مع p = 0.5. بلا منظِّم ترتفع خسارة التحقق إلى ضعف أفضل قيمة لها أو أكثر، بينما تهبط خسارة التدريب إلى أدنى ما بين الأربعة. كل واحد من المنافسين الثلاثة ينتهي بخسارة تحقق أدنى من التشغيل بلا تنظيم. يبيّن السباق أن كلًّا منها يحارب الإفراط في الملاءمة هنا؛ ولا يرتّبها.

label-name-drop = p
label-name-retain = p الإبقاء
label-rate = ⁦⁨{ $name }⁩ = { $p }⁩
label-run-input = ⁦⁨{ $name }⁩ = { $p }⁩، المدخلات ⁦{ $input }⁩
label-classic = كلاسيكي
label-gaussian = غاوسي
label-max-norm = ⁦max-norm { $c }⁩
label-l2 = ⁦L2 { $lambda }⁩

readout-keeps-every-unit = يُبقي كل وحدة
readout-mistake-keep-as-drop = خطأ: يُسقط { $drops } ويُبقي { $keeps }
readout-keep-share = الإبقاء ⁦1−p = { $share }⁩
readout-drop-share = الإسقاط ⁦1−p = { $share }⁩
readout-gaussian = كل وحدة ⁦× N(1, { $variance })⁩
readout-kept-scaled = { $things ->
        [weights] الأوزان
       *[units] الوحدات
    } المُبقاة ⁦×{ $scale }⁩
readout-no-scaling = لا تحجيم في التدريب
readout-left-on = { $what ->
        [noise] الضجيج يبقى
       *[masks] الأقنعة تبقى
    } مفعّلة عند التقييم
readout-eval-scaled = ⁦×{ $scale }⁩ عند التقييم
readout-none-at-evaluation = لا شيء عند التقييم
readout-scales = { $training }، { $evaluation }
readout-on-inputs = { $rate } على { $inputs ->
        [zero] لا مدخلات
        [one] المدخل الوحيد
        [two] المدخلين
        [few] { $inputs } مدخلات
        [many] { $inputs } مدخلًا
       *[other] { $inputs } مدخل
    }

diagram-train-inverted = التدريب — قناع الإسقاط لمثال واحد؛ الوحدات المُبقاة ⁦×1/(1−p)⁩
diagram-train-inverted-retain = التدريب — قناع الإسقاط لمثال واحد؛ الوحدات المُبقاة ⁦×1/p⁩
diagram-train-classic = التدريب — قناع الإسقاط لمثال واحد؛ إسقاط كلاسيكي: لا تحجيم
diagram-eval-inverted = التقييم — كل الوحدات مفعّلة، لا تحجيم
diagram-eval-classic = التقييم — كل الوحدات مفعّلة، مضروبة في ⁦1−p⁩ (إسقاط كلاسيكي)
diagram-eval-classic-retain = التقييم — كل الوحدات مفعّلة، مضروبة في p (إسقاط كلاسيكي)
diagram-kept-of = أُبقي { $kept } من { $n }
diagram-expected = المتوقع ≈ { $n }
diagram-kept-scaled = المُبقاة ⁦×{ $scale }⁩
diagram-mask-of = قناع { $rate }
diagram-expected-scaled = { $expected }، ⁦×{ $scale }⁩
diagram-all-scaled = كل الوحدات ⁦×{ $scale }⁩
diagram-layer-input = المدخلات
diagram-layer-output = المخرجات
diagram-layer-hidden = مخفية { $layer }
diagram-units-shown = { $shown } من { $n } معروضة
diagram-units = { $n ->
        [zero] لا وحدات
        [one] وحدة واحدة
        [two] وحدتان
        [few] { $n } وحدات
        [many] { $n } وحدة
       *[other] { $n } وحدة
    }
diagram-next-step = { $rate } من الخطوة التالية

chart-epoch = الحقبة
chart-loss = الخسارة
chart-loss-log = الخسارة (لوغاريتمي)
chart-no-losses = لا خسائر بعد
chart-key-train = التدريب
chart-key-validation = التحقق
chart-hover-epoch = الحقبة { $epoch }
chart-hover-run = { $run }   تدريب { $train }   تحقق { $val }
data-key-train = نقاط التدريب
data-key-validation = نقاط التحقق
data-accuracy-per-digit = دقة التحقق لكل رقم
data-digit-wrong = ⁦{ $guess } ✗⁩ والصحيح { $truth }

status-playing = الحقبة { $epoch } · { $rate } خطوة/ث
status-paused = الحقبة { $epoch } · متوقف
status-title = الخطوة المتزامنة { $step }
example-of = من { $n }
runs-row-title = انقر لعرض هذا التشغيل في المخطط وتحريكه بالمنزلق
runs-remove = أزل التشغيل { $run }
runs-diverged = { $run } — متباعد
runs-numbers = تدريب { $train } · تحقق { $val }
runs-numbers-acc = تدريب { $train } · تحقق { $val } · دقة { $acc }%
runs-overconfident = { $runs }: خسارة التحقق ترتفع بينما تثبت الدقة — الشبكة تزداد ثقة مفرطة في الإجابات التي تخطئ فيها.
runs-restarted = أعادت إضافةُ معدلٍ بدءَ السباق: يبدأ كل تشغيل من جديد من الأوزان نفسها.
note-story = { $note } (تستغرق القصة { $epochs } حقبة؛ ويتوقف التدريب عندها مرة واحدة.)
note-left-story = لقد غادرت قصة الإعداد الجاهز ({ $changes }): ملاحظته وتوقفه عند { $epochs } حقبة لم يعودا ساريين. اختر الإعداد الجاهز مجددًا للعودة.
note-list-separator = {"، "}

draw-count = { $count ->
        [zero] لا نقاط خاصة بك — ارسم على اللوحات أدناه
        [one] نقطة واحدة خاصة بك
        [two] نقطتان خاصتان بك
        [few] { $count } نقاط خاصة بك
        [many] { $count } نقطة خاصة بك
       *[other] { $count } نقطة خاصة بك
    }
draw-not-here = يمكن رسم النقاط على البيانات ثنائية الأبعاد والمنحنيات.
preset-your-data = { $title } — بياناتك

start-default-preset = { $error } — يُحمَّل الإعداد الجاهز الافتراضي بدلًا منه.
start-failed = تعذّر بدء مختبر الإسقاط: { $error }
error-something = حدث خطأ ما: { $error }
engine-crashed-restarted = تعطّل محرك التدريب ({ $error })؛ وأُعيد تشغيله بالإعدادات نفسها. التفاصيل في وحدة تحكم المتصفح.
engine-load-failed = تعذّر تحميل محرك التدريب: { $error }
engine-stopped-dead = توقف محرك التدريب ({ $why }) وتعذّرت إعادة تشغيله: يُرجى إعادة تحميل الصفحة.
engine-stopped-restarted = توقف محرك التدريب ({ $why })؛ وبدأ محرك جديد بالإعدادات نفسها، ويبدأ السباق من جديد من الحقبة 0.
link-not-understood = لم تُفهم بعض إعدادات الرابط: { $problems }{ $more ->
        [0] {""}
       *[other] ؛ و{ $more } غيرها
    }. تُستخدم القيم الافتراضية بدلًا منها.
setup-file-failed = تعذّر تحميل الإعداد «{ $file }»: { $error } لم يتغير شيء.
setup-not-changed = لم يتغير: { $error }.
setup-not-a-number = لم يتغير: «{ $text }» ليس عددًا.
csv-too-big = لم يُحمَّل: «{ $file }» حجمه { $bytes } بايت؛ ولا يُقرأ أكثر من { $max }.
csv-failed = لم يُحمَّل: «{ $file }»، { $error }.
draw-failed = لم يُرسم: { $error }.
inside-recompute = أعد الحساب
lesson-count = الخطوة { $step } من { $steps }

sweep-key-final-val = التحقق النهائي
sweep-key-best-val = أفضل تحقق
sweep-key-final-train = التدريب النهائي (تقييم)
sweep-best = الأفضل: { $run }
sweep-axis-rate = معدل الإسقاط p للطبقات المخفية
sweep-axis-size = أمثلة التدريب N (لوغاريتمي)
sweep-empty = «شغّل المسح» يدرّب كل نقطة من جديد
sweep-title-size = مسح: الخسارة مقابل حجم مجموعة التدريب
add-run-full = { $runs } تشغيلات هي أقصى ما يتسابق معًا — أزل واحدًا أولًا

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

lesson-finish = إنهاء
lesson-step-one-step-title = خطوة واحدة بالحركة البطيئة
lesson-step-one-step-question = يعرض المخطط التشغيل ⁦p = 0.5⁩: كل وحدة مخفية تُسقَط باحتمال ⁦p = 0.5⁩. اضغط «اكشف» لتنفيذ خطوة تدريب واحدة. كم وحدة من الوحدات الـ128 في كل طبقة سيُشطَب عليها؟
lesson-step-one-step-answer-1 = نحو النصف، ولكن نادرًا ما يكون النصف تمامًا: كل وحدة تُسقَط برمية عملة خاصة بها، باحتمال p، وتُبقى باحتمال ⁦1 − p⁩.
lesson-step-one-step-answer-2 = تُضرَب كل وحدة مُبقاة في ⁦1/(1 − p) = 2⁩، فتتلقى الطبقة التالية المُدخل نفسه في المتوسط.
lesson-step-one-step-answer-3 = تحت كل طبقة: كم وحدة أبقى هذا المثال، وكم وحدة يجعلنا p نتوقع، ومعامل التحجيم.
lesson-step-new-mask-title = قناع جديد في كل خطوة
lesson-step-new-mask-question = يستمر التدريب، خطوة في الثانية. هل ستُسقِط الخطوة التالية الوحدات نفسها مرة أخرى؟
lesson-step-new-mask-answer-1 = لا: في كل خطوة يُطفأ نصف مختلف من الوحدات المخفية.
lesson-step-new-mask-answer-2 = فكل خطوة تدرّب شبكة مخففة مختلفة، وكلها تتشارك الأوزان نفسها.
lesson-step-train-eval-title = التدريب مقابل التقييم
lesson-step-train-eval-question = لقياس خسارة التحقق، تجيب الشبكة عن نقاط لم تتدرب عليها قط. هل ينبغي أن تظل تُسقِط وحدات حينئذ؟
lesson-step-train-eval-answer-1 = لا: عند التقييم تعمل كل الوحدات ولا شيء عشوائي (وضع التقييم يُظهر ذلك).
lesson-step-train-eval-answer-2 = الوحدات المُبقاة حُجِّمت بالفعل بـ⁦1/(1 − p)⁩ في التدريب، فلا تحتاج أي وحدة إلى تحجيم الآن.
lesson-step-train-eval-answer-3 = الإسقاط الكلاسيكي (الخيار الآخر تحت «التحجيم») يحجّم بالعكس: لا شيء في التدريب، وكل وحدة ⁦×(1 − p)⁩ عند التقييم. وفي الحالتين تتلقى الطبقة التالية المُدخل نفسه في المتوسط.
lesson-step-overfit-title = الإفراط في الملاءمة بلا إسقاط
lesson-step-overfit-question = لهذه الشبكة 17,000 وزن و80 نقطة تدريب ولا إسقاط (⁦p = 0⁩). ستنخفض خسارة تدريبها (الخط المتصل). فماذا ستفعل خسارة التحقق (الخط المتقطع)؟
lesson-step-overfit-answer-1 = تبلغ قاعها مبكرًا (على هذه البذرة في أقل من عشر حقب)، ثم ترتفع إلى مرة ونصف من أفضل قيمة لها أو أكثر، بينما تواصل خسارة التدريب هبوطها نحو الصفر.
lesson-step-overfit-answer-2 = الشبكة تحفظ نقاط تدريبها عن ظهر قلب، حتى النقاط ذات التسميات الخاطئة (انظر الجزر في خريطتها): هذا هو الإفراط في الملاءمة.
lesson-step-gap-title = الإسقاط يضيّق الفجوة
lesson-step-gap-question = الشبكة نفسها تتسابق الآن بـ⁦p = 0.2⁩ و⁦p = 0.5⁩، من الأوزان الابتدائية نفسها وعلى الدفعات الصغيرة نفسها. أي تشغيل سينتهي بأدنى خسارة تحقق؟
lesson-step-gap-answer-1 = التشغيل ⁦p = 0.5⁩، من بين الثلاثة.
lesson-step-gap-answer-2 = تبقى خسارة تدريب التشغيل ⁦p = 0.5⁩ أعلى، لكن خسارة التحقق لديه تنتهي أدنى، والفجوة بين منحنييه أقل من نصف عرضها.
lesson-step-underfit-title = الإسقاط المفرط يؤدي إلى نقص الملاءمة
lesson-step-underfit-question = شبكة أصغر، 16 وحدة في كل طبقة، والتشغيل الثاني يُسقِط 90% منها (⁦p = 0.9⁩). إذا كان ⁦p = 0.5⁩ قد ساعد، فهل سيساعد ⁦p = 0.9⁩ أكثر؟
lesson-step-underfit-answer-1 = لا: إبقاء وحدة أو وحدتين من 16 لكل مثال أقل من أن يتعلم القمرين.
lesson-step-underfit-answer-2 = ينتهي التشغيل ⁦p = 0.9⁩ بخسارة تدريب وخسارة تحقق كلتيهما أعلى من التشغيل ⁦p = 0.5⁩، وكلتاهما قرب 0.69، وهي خسارة التخمين بنسبة ⁦50:50⁩. هذا هو نقص الملاءمة.
lesson-step-which-p-title = أي p؟
lesson-step-which-p-question = تتسابق أربعة معدلات على شبكة من 32 وحدة في كل طبقة: ⁦p = 0⁩ و0.2 و0.5 و0.9. أيها ينتهي بأدنى خسارة تحقق؟
lesson-step-which-p-answer-1 = أحد المعدلين في الوسط، ⁦p = 0.2⁩ أو ⁦p = 0.5⁩.
lesson-step-which-p-answer-2 = ينتهي ⁦p = 0⁩ بأدنى خسارة تدريب ويُفرط في الملاءمة؛ وينتهي ⁦p = 0.9⁩ بأعلى خسارة تدريب ويقصر عن الملاءمة.
lesson-step-which-p-answer-3 = قلة الإسقاط وكثرته كلتاهما تكلّفان خسارة تحقق: أفضل p يقع بينهما.
lesson-step-which-p-answer-4 = لوحة «المسح» أدناه تدرّب شبكة لكل p من 0 إلى 0.9: اضغط «شغّل المسح» لترى المنحنى كاملًا.
lesson-step-why-title = لماذا ينجح
lesson-step-why-question = استخدم التدريب شبكة مخففة مختلفة في كل خطوة؛ ويستخدم التقييم الشبكة كاملة مرة واحدة. لماذا يمكن لشبكة واحدة أن تنوب عن كل الشبكات المخففة؟
lesson-step-why-answer-1 = حين تعمل كل الوحدات، تعطي كل طبقة التالية لها المُدخل الذي كانت الشبكات المخففة تعطيه لها في المتوسط.
lesson-step-why-answer-2 = عبر عدة طبقات لا يكون ذلك إلا قريبًا من متوسط إجاباتها: العروض أدناه تُظهر مدى القرب.
lesson-step-rivals-title = الإسقاط مقابل L2 مقابل تطبيع الدفعات
lesson-step-rivals-question = ليس الإسقاط العلاج الوحيد للإفراط في الملاءمة. تسابقه هذه التشغيلات ضد اضمحلال الأوزان L2 وتطبيع الدفعات، من البداية نفسها. أيها ينتهي بأدنى خسارة تحقق؟
lesson-step-rivals-answer-1 = الملاحظة تحت المخططات تقول ما تُظهره هذه المنحنيات، وما لا تُظهره.

diagram-banner-dropconnect = التدريب — قناع DropConnect لهذه الدفعة الصغيرة: الأوزان المُسقَطة رمادية متقطعة
diagram-banner-gaussian = التدريب — ضوضاء غاوسية لمثال واحد: كل وحدة × عامل من ⁦N(1, p/(1−p))⁩
diagram-mistake-dropout-at-evaluation = التقييم — خطأ: الإسقاط تُرك مفعّلًا، أقنعة جديدة عند كل تقييم
diagram-mistake-no-evaluation-scaling = التقييم — خطأ: كل الوحدات مفعّلة لكن دون تحجيم بـ⁦1−p⁩: المُدخلات أكبر من اللازم
diagram-mistake-keep-read-as-drop = التدريب — خطأ: قُرئ p احتمالَ إبقاء، فكل طبقة تُسقِط ⁦1 − p⁩
diagram-weights-kept-of = أُبقي { $kept } من { $n }
diagram-weights-expected = الأوزان (≈ { $n })
diagram-kept-ones-scaled = المُبقاة ⁦×{ $scale }⁩
diagram-no-noise = بلا ضوضاء
diagram-gaussian-factor = ⁦× N(1, { $variance })⁩
diagram-factors-range = العوامل { $lo } … { $hi }

error-drop-rate = معدل الإسقاط { $p } لـ{ $layer } غير صالح: يجب أن يحقق ⁦0 ≤ p < 1⁩ (p احتمال إسقاط وحدة)
error-out-of-range = ⁦{ $what } = { $value }⁩ خارج النطاق: يجب أن يكون بين { $min } و{ $max }
error-shape = عدم تطابق في الأشكال: { $why }
error-unknown = لا يوجد { $kind } باسم '{ $name }'؛ المعروف: { $known }
error-config = إعداد غير صالح: { $why }

## تفاصيل رسائل أخطاء النواة (src/core/error.rs، ‏#19).

error-layer-input = طبقة المدخلات
error-layer-hidden = الطبقة المخفية { $layer }
error-inside = { $error }
quantity-inputs = عدد المدخلات
quantity-outputs = عدد المخرجات
quantity-hidden-layer-count = عدد الطبقات المخفية
quantity-hidden-layers = الطبقات المخفية
quantity-hidden-units = وحدات الطبقة المخفية { $layer }
quantity-batch-size = حجم الدفعة
quantity-minibatch-size = حجم الدفعة الصغيرة
quantity-learning-rate = معدل التعلم
quantity-weight-decay = اضمحلال الأوزان
quantity-l2 = شدة L2
quantity-max-norm = نصف قطر القيد الأقصى للمعيار
quantity-training-points = نقاط التدريب
quantity-validation-points = نقاط التحقق
quantity-training-images = صور التدريب
quantity-validation-images = صور التحقق
quantity-noise = الضجيج
quantity-input-noise = ضجيج المدخلات
quantity-label-noise = ضجيج التسميات
quantity-target-noise = ضجيج الأهداف
quantity-classes = الفئات
quantity-seed = البذرة
quantity-focused-run = التشغيل المحدد
quantity-speed = السرعة
quantity-lesson-step = خطوة الدرس
kind-preset = إعداد جاهز
kind-dataset = مجموعة بيانات
kind-activation = دالة تنشيط
kind-optimiser = مُحسِّن
kind-regression-curve = منحنى انحدار
kind-run-variant = صيغة تشغيل
kind-inside-view = عرض «الإسقاط من الداخل»
shape-rates-vs-layers = أُعطي { $rates ->
        [zero] لا معدلات إسقاط
        [one] معدل إسقاط واحد
        [two] معدلا إسقاط
        [few] { $rates } معدلات إسقاط
        [many] { $rates } معدلًا للإسقاط
       *[other] { $rates } معدل إسقاط
    }، وعدد طبقات الإسقاط في الشبكة { $layers } (المدخلات + { $hidden } مخفية)
shape-points-vs-inputs = عدد إحداثيات النقاط { $columns }، والشبكة تأخذ { $inputs }
shape-sets-differ = تختلف مجموعتا التدريب والتحقق في المهمة أو السمات أو الأهداف
shape-set-targets = { $set ->
        [training] مجموعة التدريب
       *[validation] مجموعة التحقق
    }: عدد الأمثلة { $examples }، وعدد الأهداف { $targets } بعرض { $width } (العرض المتوقع { $expected })
shape-no-dropout-layer = طبقة الإسقاط { $layer } غير موجودة (عدد طبقات الشبكة { $layers })
config-softmax-classes = مخرج softmax يحتاج إلى فئتين على الأقل
config-max-runs = يمكن أن يتسابق { $max ->
        [zero] لا تشغيلات
        [one] تشغيل واحد
        [two] تشغيلان
        [few] { $max } تشغيلات
        [many] { $max } تشغيلًا
       *[other] { $max } تشغيل
    } على الأكثر في وقت واحد
config-last-run = لا يمكن إزالة التشغيل الأخير: يحتاج المختبر إلى تشغيل واحد على الأقل
config-no-run = لا يوجد التشغيل { $run }: في التجربة { $runs ->
        [zero] لا تشغيلات
        [one] تشغيل واحد
        [two] تشغيلان
        [few] { $runs } تشغيلات
        [many] { $runs } تشغيلًا
       *[other] { $runs } تشغيل
    }
config-sets-empty = يجب أن تحتوي مجموعتا التدريب والتحقق كلتاهما على أمثلة
config-not-a-number = { $what }: '{ $raw }' ليس عددًا
config-two-noises = للتشغيل ضجيج واحد لا اثنان ('{ $text }')
config-two-mistakes = خطأ واحد لكل تشغيل ('{ $text }')
config-digits-total = صور التدريب + صور التحقق = { $total }، لكن مجموعة الأرقام فيها { $examples } صورة فقط
image-version = أرسل المحرك صورة من الإصدار { $version }، والصفحة تقرأ الإصدار { $expected }
image-runs = في صورة المحرك { $runs ->
        [zero] لا تشغيلات
        [one] تشغيل واحد
        [two] تشغيلان
        [few] { $runs } تشغيلات
        [many] { $runs } تشغيلًا
       *[other] { $runs } تشغيل
    }
image-ended = انتهت صورة المحرك قبل أوانها (إصدار آخر من المختبر؟)
image-extra-bytes = في صورة المحرك { $bytes } بايت زيادة على ما تقرؤه الصفحة
image-not-utf8 = في صورة المحرك نص ليس بترميز UTF-8
image-matrix-shape = مصفوفة في صورة المحرك أبعادها ⁦{ $rows } × { $columns }⁩، ومصفوفة الصفحة ⁦{ $expected_rows } × { $expected_columns }⁩: بُني المختبران بطريقتين مختلفتين
image-mask-shape = قناع المحرك للطبقة { $layer } أبعاده ⁦{ $rows } × { $columns }⁩، والمتوقع ⁦{ $expected_rows } × { $expected_columns }⁩
image-dropconnect-layers = أقنعة DropConnect في المحرك لا تطابق طبقات الشبكة
image-dropconnect-shape = قناع DropConnect ليس على شكل أوزانه
image-unknown-code = في صورة المحرك الرمز { $code } الذي لا تعرفه الصفحة
csv-too-large = حجم الملف { $bytes } بايت؛ ولا يُقرأ منه أكثر من { $max }
csv-too-few-rows = { $rows ->
        [zero] لا صفوف بيانات
        [one] صف بيانات واحد
        [two] صفّا بيانات
        [few] { $rows } صفوف بيانات
        [many] { $rows } صفًا من البيانات
       *[other] { $rows } صف بيانات
    }؛ ويلزم { $min } على الأقل (ثلاثة للتدريب وواحد للتحقق)
csv-line = السطر { $line } '{ $text }': { $why }
csv-numbers = المتوقع أعداد
csv-columns = المتوقع ⁦x,y,label⁩ (فئتان) أو ⁦x,y⁩ (منحنى)
csv-columns-like-first = المتوقع { $columns } قيم مثل الصف الأول
csv-label = يجب أن تكون التسمية 0 أو 1
points-drawn = النقاط المرسومة: { $why }
points-characters = عدد المحارف { $characters }، لكن كل نقطة تأخذ { $each }
points-not-base64url = '{ $character }' ليس محرفًا من base64url
points-too-many = { $count ->
        [zero] لا نقاط
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $count } نقاط
        [many] { $count } نقطة
       *[other] { $count } نقطة
    } أكثر مما يحمله رابط ({ $max })؛ احذف بعضها أو استخدم صفوفًا أقل
points-which-data = لا يمكن رسم النقاط إلا على بيانات ثنائية الأبعاد بفئتين وعلى المنحنيات
points-columns = النقاط المرسومة لا تطابق أعمدة مجموعة البيانات
setup-not-a-knob = '{ $key }' ليس من إعدادات البيانات والشبكة
setup-only-points = نقاطك فقط: ارسم 4 نقاط على الأقل في لوحة البيانات أولًا (الآن { $points })، أو حمّل ملف CSV
settings-not-a-setting = '{ $key }' ليس إعدادًا
settings-ignored = تم تجاهل ⁦{ $key }={ $raw }⁩ ({ $why })
settings-partly = { $key }: { $why }
settings-refused = ⁦{ $key }={ $raw }⁩: { $why }
expected-number = المتوقع عدد من { $min } إلى { $max }
expected-whole-number = المتوقع عدد صحيح من { $min } إلى { $max }
expected-full-or-whole = المتوقع 'full' أو عدد صحيح من 1 إلى { $max }
expected-one-of = المتوقع واحد من: { $names }
expected-either = المتوقع '{ $first }' أو '{ $second }'
expected-flag = المتوقع 0 أو 1
expected-rate = المتوقع معدل في ⁦[0, 1)⁩
expected-text-or-number = المتوقع نص أو عدد
expected-runs = المتوقع من 1 إلى { $max } تشغيلات مفصولة بفواصل؛ لكل منها معدل في ⁦[0, 1)⁩ أو معدلات ⁦input:hidden:…⁩، مع ‎~صيغة اختيارية
expected-hidden = المتوقع أعداد صحيحة مفصولة بفواصل مثل ⁦64,64⁩: من 1 إلى { $layers } طبقات، في كل منها من 1 إلى { $units } وحدة
expected-hideable = لا يمكن إخفاء { $names } (عناصر التحكم التي يمكن إخفاؤها: { $hideable })
expected-drawn-points = المتوقع نقاط مرسومة، 4 محارف base64url لكل منها، { $max } على الأكثر
variant-not-understood = صيغة التشغيل '{ $variant }' غير مفهومة
file-not-json = ليس ملف JSON.
file-not-a-setup = إنه JSON لكنه ليس إعدادًا لـDropout Lab (لا يوجد ⁦"format": "{ $format }"⁩ مع "settings" الخاصة به).
file-version = إنه إعداد من الإصدار { $version }؛ وهذه الصفحة تقرأ الإصدار { $expected }.
file-settings-unusable = بعض إعداداته لا يمكن استخدامها: { $settings }.

engine-no-command = المحرك لا يعرف الأمر ⁦{ $name }⁩

variant-dropout = الإسقاط
    .title = وحدات تُطفأ باحتمال p، والمُبقاة ⁦×1/(1−p)⁩
variant-classic = الإسقاط الكلاسيكي
    .title = لا تحجيم في التدريب، و⁦×(1−p)⁩ عند التقييم
variant-dropconnect = DropConnect
    .title = أوزان منفردة تُطفأ باحتمال p
variant-gaussian = الإسقاط الغاوسي
    .title = كل وحدة × عامل من ⁦N(1, p/(1−p))⁩
variant-maxnorm = الإسقاط + max-norm 3
    .title = أوزان كل وحدة الداخلة تبقى ضمن ⁦‖w‖ ≤ 3⁩
variant-l2 = L2 0.01
    .title = اضمحلال الأوزان ⁦λ = 0.01⁩ في هذا التشغيل
variant-bn = تطبيع الدفعات
    .title = كل طبقة مخفية تُطبَّع على الدفعة الصغيرة
variant-mistake-evaldrop = خطأ: الإسقاط مفعّل عند التقييم
    .title = نُسي وضع التقييم: التحقق يُقاس على شبكات مخففة عشوائية
variant-mistake-noscale = خطأ: لا ⁦×(1−p)⁩ عند التقييم
    .title = تدريب كلاسيكي، والشبكة كاملة عند التقييم: المُخرجات أكبر من اللازم
variant-mistake-keep = خطأ: قُرئ p احتمالَ إبقاء
    .title = طبقة يُفترض أن تُسقِط p تُسقِط ⁦1 − p⁩
variant-gaussian-maxnorm = غاوسي + max-norm 3
    .title = ضوضاء غاوسية وقيد max-norm
mistake-why-evaldrop = بقي الإسقاط مفعّلًا عند التقييم: تُقاس خسارة التحقق على شبكة مخففة عشوائية، فتكون مشوّشة وأسوأ في المتوسط
mistake-why-noscale = إسقاط كلاسيكي دون ⁦×(1−p)⁩ عند التقييم: مدخلات الشبكة الكاملة أكبر بـ⁦1/(1−p)⁩ مرة مما في التدريب
mistake-why-keep = قُرئ p احتمالَ إبقاء: طبقة يُفترض أن تُسقِط p تُسقِط ⁦1 − p⁩
dataset-moons = قمران
dataset-circles = دوائر: قرص داخل حلقة
dataset-spiral = حلزونان
dataset-xor = أرباع XOR
dataset-blobs = كتلتان
dataset-sine = منحنى جيبي
dataset-cubic = منحنى تكعيبي
dataset-digits = أرقام مكتوبة بخط اليد (8×8)
dataset-own = نقاطك فقط (ثنائية الأبعاد)
dataset-own-curve = نقاطك فقط (منحنى)
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = سيغمويد
activation-linear = خطي (بلا لاخطية)
optimiser-sgd = SGD
optimiser-momentum = SGD مع الزخم (⁦β = 0.9⁩)
optimiser-adam = Adam
setup-rebuilt = أُعيد البناء بـ{ $what }: { $runs ->
        [zero] بلا تشغيلات
        [one] التشغيل نفسه
        [two] التشغيلان نفسهما
        [few] التشغيلات الـ{ $runs } نفسها
        [many] التشغيلات الـ{ $runs } نفسها
       *[other] التشغيلات الـ{ $runs } نفسها
    } والمعدلات، والتدريب من البداية.
rebuilt-train = { $value } نقطة تدريب
rebuilt-train-preset = نقاط تدريب الإعداد الجاهز
rebuilt-val = { $value } نقطة تحقق
rebuilt-val-preset = نقاط تحقق الإعداد الجاهز
rebuilt-noise = ضوضاء { $value }
rebuilt-noise-preset = ضوضاء الإعداد الجاهز
rebuilt-flip = ضوضاء التسميات { $value }
rebuilt-flip-preset = ضوضاء تسميات الإعداد الجاهز
rebuilt-l2 = قوة L2 { $value }
rebuilt-l2-preset = قوة L2 في الإعداد الجاهز
rebuilt-act = وحدات { $title }
rebuilt-opt = { $title } (معدل التعلم ما زال { $lr }؛ يحتاج SGD عادةً معدلًا أكبر من Adam)
rebuilt-full-batch = التدريب على الدفعة الكاملة
rebuilt-batch = دفعات صغيرة من { $value }
rebuilt-dataset = بيانات «{ $title }»
rebuilt-dataset-cleared = بيانات «{ $title }»؛ نقاطك المرسومة الـ{ $count } كانت لبيانات { $shape } فمُسحت
rebuilt-csv = { $count } نقطة من «{ $file }» (كل رابعة للتحقق)
rebuilt-csv-scaled = { $count } نقطة من «{ $file }»، مُحجَّمة داخل الصورة (كل رابعة للتحقق)
rebuilt-point-erased = مسح النقطة قرب ⁦({ $x }, { $y })⁩
rebuilt-point-added = نقطة { $set ->
        [validation] تحقق
       *[training] تدريب
    } من الصنف { $label } عند ⁦({ $x }, { $y })⁩
rebuilt-points-cleared = مسح نقاطك

sweep-note-rate = كل نقطة تدرّب تشغيلات جديدة بطول القصة، تشغيلًا لكل بذرة، بهذا p على كل طبقة مخفية؛ الخط متوسطها والشريط يمتد من أدنى بذرة إلى أعلاها. مع 32 وحدة في كل طبقة مخفية (اكتب 32,32 في «الوحدات المخفية»)، تكون خسارة التحقق النهائية لبيانات «قمران» على شكل U: أعلى عند ⁦p = 0⁩ (الإفراط في الملاءمة) وعند ⁦p = 0.9⁩ (تبقى وحدات أقل من أن تتعلم)، وأدنى ما تكون بين ⁦p = 0.2⁩ و0.7. ومع وحدات الإعداد الجاهز الـ128 في كل طبقة، تكفي 13 وحدة مُبقاة لملاءمة القمرين: تهبط خسارة التحقق إلى أدناها عند ⁦p = 0.6⁩ أو أعلى. انقر نقطة لتُدخل ذلك المعدل السباق.
sweep-note-size = كل N يدرّب تشغيلات جديدة على N مثالًا تدريبيًا، بلا إسقاط وبمعدلات التشغيل المحدد. في «قمران» تضيق الفجوة عند ⁦p = 0⁩ بين خسارة التحقق وخسارة التدريب في كل خطوة مع نمو N. ومكسب الإسقاط (خسارة التحقق عند ⁦p = 0⁩ ناقص خسارته عند ⁦p = 0.5⁩) أكبر ما يكون مع أقل الأمثلة (20 أو 40 نقطة)، وعند 640 نقطة يقل عن عُشر ذلك: وخلافًا للشكل 10 في الورقة، لا تُظهر هذه المسائل الصغيرة قمة في الوسط.
sweep-hover-n = ⁦N = { $n }⁩
sweep-hover-size-series = { $series }: تحقق { $val }، فجوة { $gap }
sweep-hover-gain = المكسب { $gain }
sweep-hover-rate = { $label } · { $seeds ->
        [zero] بلا بذور
        [one] بذرة واحدة
        [two] بذرتان
        [few] { $seeds } بذور
        [many] { $seeds } بذرة
       *[other] { $seeds } بذرة
    }
sweep-hover-final-val = التحقق النهائي { $band }
sweep-hover-best-val = أفضل تحقق { $band }
sweep-hover-final-train = التدريب النهائي { $band }
sweep-progress = اكتمل { $done } من { $total } تشغيل (الخيوط العاملة: { $workers })
sweep-progress-left = { $progress } · بقي نحو { $seconds } ث
sweep-done = اكتمل: { $done } من { $total } تشغيل في { $seconds } ث.
sweep-cancelled = أُلغي: اكتمل { $done } من { $total } تشغيل.
sweep-failure-count = { $failure } (حتى الآن { $n })

inside-note-subnets = كل لوحة شبكة مخففة واحدة: عنوانها يعدّ الوحدات المخفية التي تُبقيها، والركن يُظهر قناعها (عمود لكل طبقة، الداكن = مُبقاة). التدريب بالإسقاط يدرّبها كلها معًا: تتشارك مجموعة أوزان واحدة، وكل دفعة صغيرة تدرّب واحدة منها. متوسطها هو ما تتنبأ به المجموعة؛ والشبكة الكاملة بأوزان محجّمة تقاربه في تمريرة واحدة.
inside-note-averaging = يأخذ المنحنى متوسط تنبؤات k شبكة مخففة مسحوبة بمعدلات التشغيل؛ والخط هو الشبكة الكاملة بأوزان محجّمة، في تمريرة واحدة. عند ⁦k = 100⁩ يصير أداء المتوسط في التحقق جيدًا على الأقل كالشبكة المحجّمة.
inside-note-spread = الإسقاط MC: تشتت (الانحراف المعياري) تنبؤات الشبكات المخففة، مع بقاء الإسقاط مفعّلًا وقت التنبؤ. تقدير لمواضع تردد الشبكة، لا احتمال معايَر: يعتمد على p وعلى عدد الشبكات المسحوبة.
inside-note-coadaptation = يعدّ المدرج التكراري الوحدات المخفية بحسب مقدار ارتفاع خسارة التحقق عند إزالة تلك الوحدة وحدها في التقييم (تحت الصفر: الشبكة أفضل بدونها). في القمرين، الوحدة الأهم في شبكة ⁦p = 0.5⁩ تكلّف أقل من خُمس ما تكلّفه الوحدة الأهم في شبكة ⁦p = 0⁩: مع الإسقاط لا توجد وحدة لا غنى عنها. ومعظم الوحدات قليلة الأهمية في كلتا الشبكتين.
inside-note-frozen = { $what } (التشغيل ⁦{ $run }⁩، الحقبة { $epoch }: جُمّد حين بدأ العرض.)
inside-spread-title = { $label } · { $n } شبكة مخففة · تشتت التنبؤات
inside-subnet-prob = { $panel } · احتمال { $prob }
inside-subnet-kept = { $panel } · ⁦{ $kept }/{ $all }⁩
inside-exact-mean = المتوسط الدقيق
inside-full-scaled-short = كاملة، محجّمة
inside-average-of = متوسط { $k }
inside-full-scaled = الشبكة الكاملة، محجّمة
inside-validation-loss = خسارة التحقق
inside-validation-error = خطأ التحقق
inside-hover-row = { $name }: { $value }
inside-k-axis = k (الشبكات المخففة المُتوسَّطة، مقياس لوغاريتمي)
inside-spread-band = الشريط: المتوسط ± 2 انحراف معياري للشبكات المخففة (تقدير)
inside-spread-per-digit = متوسط الانحراف المعياري لاحتمال الإجابة، لكل رقم صحيح (تقدير)
inside-rise-axis = ارتفاع خسارة التحقق
inside-layer-activity = الطبقة المخفية { $layer }: متوسط التنشيط { $mean } · { $near_zero } قرب الصفر
inside-activation-range = التنشيطات ⁦{ $lo } … { $hi }⁩
inside-waiting = اختر عرضًا واضغط «انظر إلى الداخل»: ينظر إلى التشغيل المحدد كما هو الآن
inside-no-view = هذه البيانات بلا عرض من الداخل (انحدار على عدة مُدخلات)
inside-computing = جارٍ الحساب… { $percent }%
inside-done = تم

inside-rises-summary = { $n ->
        [zero] لا وحدات
        [one] وحدة واحدة
        [two] وحدتان
        [few] { $n } وحدات
        [many] { $n } وحدة
       *[other] { $n } وحدة
    } · أكبر ارتفاع ⁦{ $largest }⁩ · المتوسط ⁦{ $mean }⁩
inside-spread-map-key = الأبيض: لا تشتت · الأغمق: انحراف معياري { $largest } (تقدير)
