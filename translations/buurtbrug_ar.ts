<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActivityEditorPage</name>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <source>Language of the name below</source>
        <translation>لغة الاسم أدناه</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>اسم النشاط</translation>
    </message>
    <message>
        <source>What happens there</source>
        <translation>ماذا يحدث هناك</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>حذف هذا النشاط</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <source>It no longer shows on any device after the next sync.</source>
        <translation>لن يظهر على أي جهاز بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>إبقاؤه</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>اسم قصير للروابط: حروف a-z وأرقام وشرطات؛ إذا بقي فارغًا يُصنع من الاسم</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Type a date as day-month-year, such as 19-12-2026.</source>
        <translation>اكتب التاريخ بصيغة يوم-شهر-سنة، مثل 19-12-2026.</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>Type a street and house number, or a postcode, to look up.</source>
        <translation>اكتب اسم الشارع ورقم المنزل، أو الرمز البريدي، للبحث.</translation>
    </message>
    <message>
        <source>This address is too long to look up.</source>
        <translation>هذا العنوان أطول من أن يُبحث عنه.</translation>
    </message>
    <message>
        <source>The address service cannot be reached. Are you online? You can also type the position, or use this device&apos;s position.</source>
        <translation>لا يمكن الوصول إلى خدمة العناوين. هل أنت متصل بالإنترنت؟ يمكنك أيضًا كتابة الموقع، أو استخدام موقع هذا الجهاز.</translation>
    </message>
    <message>
        <source>The address service did not answer in time. Try again, or type the position.</source>
        <translation>لم تُجب خدمة العناوين في الوقت المحدد. حاول مرة أخرى، أو اكتب الموقع.</translation>
    </message>
    <message>
        <source>The address service gave an answer this app cannot read. Try again later, or type the position.</source>
        <translation>أعطت خدمة العناوين إجابة لا يستطيع هذا التطبيق قراءتها. حاول لاحقًا، أو اكتب الموقع.</translation>
    </message>
    <message>
        <source>No address found. Check the street, house number and postcode.</source>
        <translation>لم يُعثر على عنوان. تحقق من الشارع ورقم المنزل والرمز البريدي.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The directory is not available.</source>
        <translation>الدليل غير متاح.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone and marked to be checked. Everyone sees it after the next sync.</source>
        <translation>تم حفظ النص بـ%1 على هذا الهاتف ووُضعت عليه علامة للمراجعة. سيراه الجميع بعد المزامنة التالية.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone. Everyone sees it after the next sync.</source>
        <translation>تم حفظ النص بـ%1 على هذا الهاتف. سيراه الجميع بعد المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>كم شخصًا حضر؟</translation>
    </message>
    <message>
        <source>More than 30</source>
        <translation>أكثر من 30</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n people came.</source>
        <translation>
            <numerusform>تم الحفظ: لم يحضر أحد.</numerusform>
            <numerusform>تم الحفظ: حضر شخص واحد.</numerusform>
            <numerusform>تم الحفظ: حضر شخصان.</numerusform>
            <numerusform>تم الحفظ: حضر %n أشخاص.</numerusform>
            <numerusform>تم الحفظ: حضر %n شخصًا.</numerusform>
            <numerusform>تم الحفظ: حضر %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people came</source>
        <translation>
            <numerusform>لم يحضر أحد</numerusform>
            <numerusform>حضر شخص واحد</numerusform>
            <numerusform>حضر شخصان</numerusform>
            <numerusform>حضر %n أشخاص</numerusform>
            <numerusform>حضر %n شخصًا</numerusform>
            <numerusform>حضر %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save: %n people came</source>
        <translation>
            <numerusform>حفظ: لم يحضر أحد</numerusform>
            <numerusform>حفظ: حضر شخص واحد</numerusform>
            <numerusform>حفظ: حضر شخصان</numerusform>
            <numerusform>حفظ: حضر %n أشخاص</numerusform>
            <numerusform>حفظ: حضر %n شخصًا</numerusform>
            <numerusform>حفظ: حضر %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Code of a participant who agrees (optional)</source>
        <translation>رمز مشارك موافق (اختياري)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>أقل من 5</translation>
    </message>
</context>
<context>
    <name>CardController</name>
    <message>
        <source>This is not a Kijk op de Wijk code.</source>
        <translation>هذا ليس رمز ⁨Kijk op de Wijk⁩.</translation>
    </message>
    <message>
        <source>The code could not be read completely. Hold the phone a little closer and try again.</source>
        <translation>تعذّرت قراءة الرمز كاملاً. قرّب الهاتف قليلاً وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This is an initiative&apos;s poster, not a card.</source>
        <translation>هذا ملصق مبادرة، وليس بطاقة.</translation>
    </message>
    <message>
        <source>This is a card. Scan the code on the poster of the place you are visiting.</source>
        <translation>هذه بطاقة. امسح الرمز الموجود على ملصق المكان الذي تزوره.</translation>
    </message>
    <message>
        <source>This card&apos;s organisation is not known on this phone yet. Sync, then try again.</source>
        <translation>الجهة التي أصدرت هذه البطاقة غير معروفة بعد على هذا الهاتف. قم بالمزامنة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This code is not genuine: it was changed or copied wrongly.</source>
        <translation>هذا الرمز غير أصلي: تم تغييره أو نسخه بشكل خاطئ.</translation>
    </message>
    <message>
        <source>The card&apos;s code is not valid.</source>
        <translation>رمز البطاقة غير صالح.</translation>
    </message>
    <message>
        <source>This card is valid from %1.</source>
        <translation>هذه البطاقة صالحة ابتداءً من %1.</translation>
    </message>
    <message>
        <source>This card expired on %1.</source>
        <translation>انتهت صلاحية هذه البطاقة في %1.</translation>
    </message>
    <message>
        <source>%1 is not on this card.</source>
        <translation>%1 غير موجود على هذه البطاقة.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>ذاكرة الهاتف ممتلئة. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Cards are not available on this phone.</source>
        <translation>البطاقات غير متاحة على هذا الهاتف.</translation>
    </message>
    <message>
        <source>First choose the place you are stamping for.</source>
        <translation>اختر أولاً المكان الذي تختم له.</translation>
    </message>
    <message>
        <source>This card is not on this phone yet. Scan its QR code, or sync first.</source>
        <translation>هذه البطاقة ليست على هذا الهاتف بعد. امسح رمز QR الخاص بها، أو قم بالمزامنة أولاً.</translation>
    </message>
    <message>
        <source>This code has a typo. Check it against the card.</source>
        <translation>في هذا الرمز خطأ في الكتابة. قارنه بما على البطاقة.</translation>
    </message>
    <message>
        <source>Card %1 already has today&apos;s stamp for %2.</source>
        <translation>البطاقة %1 تحمل بالفعل ختم اليوم لـ %2.</translation>
    </message>
    <message>
        <source>Stamp confirmed on card %1: %2.</source>
        <translation>تم تأكيد الختم على البطاقة %1: %2.</translation>
    </message>
    <message>
        <source>Stamped card %1: %2.</source>
        <translation>تم ختم البطاقة %1: %2.</translation>
    </message>
    <message>
        <source>Scan the QR code on your card to add it.</source>
        <translation>امسح رمز QR الموجود على بطاقتك لإضافتها.</translation>
    </message>
    <message>
        <source>Your card is on this phone now.</source>
        <translation>بطاقتك الآن على هذا الهاتف.</translation>
    </message>
    <message>
        <source>Add your card first.</source>
        <translation>أضف بطاقتك أولاً.</translation>
    </message>
    <message>
        <source>You already have today&apos;s stamp for %1.</source>
        <translation>لديك بالفعل ختم اليوم لـ %1.</translation>
    </message>
    <message>
        <source>Saved. The stamp for %1 counts once the host confirms it: ask them to scan your card.</source>
        <translation>تم الحفظ. يُحتسب ختم %1 بعد أن يؤكده المضيف: اطلب منه أن يمسح بطاقتك.</translation>
    </message>
    <message>
        <source>Stamped: %1. Well done!</source>
        <translation>تم الختم: %1. أحسنت!</translation>
    </message>
    <message>
        <source>This choice can be changed once your card has synced to this phone.</source>
        <translation>يمكن تغيير هذا الاختيار بعد مزامنة بطاقتك مع هذا الهاتف.</translation>
    </message>
    <message>
        <source>Cards are issued by the server. Join your organisation first.</source>
        <translation>تُصدر البطاقات عبر الخادم. انضم إلى جهتك أولاً.</translation>
    </message>
    <message>
        <source>Choose at least one place for the card.</source>
        <translation>اختر مكاناً واحداً على الأقل للبطاقة.</translation>
    </message>
    <message>
        <source>Only a coordinator can issue cards.</source>
        <translation>لا يمكن إصدار البطاقات إلا للمنسّق.</translation>
    </message>
    <message>
        <source>A chosen place is not known on the server yet. Sync, then try again.</source>
        <translation>أحد الأماكن المختارة غير معروف على الخادم بعد. قم بالمزامنة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server could not be reached. A card can be issued when there is a network.</source>
        <translation>تعذّر الوصول إلى الخادم. يمكن إصدار بطاقة عند توفر الشبكة.</translation>
    </message>
    <message>
        <source>The card was not issued: %1</source>
        <translation>لم تُصدر البطاقة: %1</translation>
    </message>
    <message>
        <source>Card %1 is valid until %2. The holder can scan the code below with their phone.</source>
        <translation>البطاقة %1 صالحة حتى %2. يمكن لحاملها مسح الرمز أدناه بهاتفه.</translation>
    </message>
    <message>
        <source>Cancelled: no card was issued.</source>
        <translation>أُلغي: لم تُصدر أي بطاقة.</translation>
    </message>
    <message>
        <source>Card %1 was revoked on %2: it takes no stamps.</source>
        <translation>أُلغيت البطاقة %1 في %2: لا تقبل أختامًا.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards on this device. Sync, then try again.</source>
        <translation>هذه البطاقة ليست من بطاقات مؤسستك على هذا الجهاز. قم بالمزامنة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This card cannot be reprinted from this device: its signed code is not here. Issue a replacement instead.</source>
        <translation>لا يمكن إعادة طباعة هذه البطاقة من هذا الجهاز: رمزها الموقّع غير موجود هنا. أصدر بطاقة بديلة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>تتعذر الكتابة إلى %1.</translation>
    </message>
    <message>
        <source>Saved as %1. No program to show PDF files was found: open it from there.</source>
        <translation>حُفظ باسم %1. لم يُعثر على برنامج لعرض ملفات PDF: افتح الملف من هناك.</translation>
    </message>
    <message>
        <source>Card %1 is ready to print.</source>
        <translation>البطاقة %1 جاهزة للطباعة.</translation>
    </message>
    <message>
        <source>Cards are changed through the server. Join your organisation first.</source>
        <translation>تُعدَّل البطاقات عبر الخادم. انضم إلى مؤسستك أولًا.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards.</source>
        <translation>هذه البطاقة ليست من بطاقات مؤسستك.</translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation>تغيير غير معروف.</translation>
    </message>
    <message>
        <source>Card %1 is revoked. Hosts&apos; phones refuse it after their next sync.</source>
        <translation>أُلغيت البطاقة %1. سترفضها هواتف المضيفين بعد مزامنتها التالية.</translation>
    </message>
    <message>
        <source>Card %1 is now valid until %2. Reprint it for the holder.</source>
        <translation>البطاقة %1 صالحة الآن حتى %2. أعد طباعتها لحاملها.</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2, with its stamps. Print it for the holder.</source>
        <translation>البطاقة %1 تحل محل البطاقة %2، مع أختامها. اطبعها لحاملها.</translation>
    </message>
    <message>
        <source>Only a coordinator can change cards.</source>
        <translation>يمكن للمنسق فقط تعديل البطاقات.</translation>
    </message>
    <message>
        <source>The server does not know card %1 as one of your organisation&apos;s cards. Nothing was changed.</source>
        <translation>لا يعرف الخادم البطاقة %1 كإحدى بطاقات مؤسستك. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Card %1 was revoked already. Nothing was changed.</source>
        <translation>البطاقة %1 ملغاة بالفعل. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>تعذر الوصول إلى الخادم. لم يتغير شيء؛ حاول مرة أخرى عند توفر الشبكة.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>The printout could not be made: %1</source>
        <translation>تعذر إنشاء ملف الطباعة: %1</translation>
    </message>
    <message>
        <source>Posters are signed by the server. Join your organisation first.</source>
        <translation>يوقّع الخادم الملصقات. انضم إلى مؤسستك أولًا.</translation>
    </message>
    <message>
        <source>Choose at least one place for the posters.</source>
        <translation>اختر مكانًا واحدًا على الأقل للملصقات.</translation>
    </message>
    <message>
        <source>Only a coordinator can print posters.</source>
        <translation>يمكن للمنسق فقط طباعة الملصقات.</translation>
    </message>
    <message>
        <source>The server could not be reached. Posters can be printed when there is a network.</source>
        <translation>تعذر الوصول إلى الخادم. يمكن طباعة الملصقات عند توفر الشبكة.</translation>
    </message>
    <message>
        <source>The posters were not printed: %1</source>
        <translation>لم تُطبع الملصقات: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be checked. Nothing was printed.</source>
        <translation>تعذر التحقق من رد الخادم. لم يُطبع شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) ready to print.</source>
        <translation>
            <numerusform>%n ملصق جاهز للطباعة.</numerusform>
            <numerusform>ملصق واحد جاهز للطباعة.</numerusform>
            <numerusform>ملصقان جاهزان للطباعة.</numerusform>
            <numerusform>%n ملصقات جاهزة للطباعة.</numerusform>
            <numerusform>%n ملصقًا جاهزًا للطباعة.</numerusform>
            <numerusform>%n ملصق جاهز للطباعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDetailPage</name>
    <message>
        <source>Card %1</source>
        <translation>البطاقة %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Choose a card in the list.</source>
        <translation>اختر بطاقة من القائمة.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>The holder keeps progress private.</source>
        <translation>يُبقي حامل البطاقة تقدمه خاصًا.</translation>
    </message>
    <message>
        <source>%1 of %2 places visited</source>
        <translation>زار %1 من %2 أماكن</translation>
    </message>
    <message>
        <source>Revoked on %1; replaced by card %2.</source>
        <translation>أُلغيت في %1؛ وحلت محلها البطاقة %2.</translation>
    </message>
    <message>
        <source>Revoked on %1: it takes no stamps.</source>
        <translation>أُلغيت في %1: لا تقبل أختامًا.</translation>
    </message>
    <message>
        <source>Open card %1</source>
        <translation>افتح البطاقة %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>This device does not hold this card&apos;s signed code, so it cannot be reprinted here. Issue a replacement instead.</source>
        <translation>لا يحمل هذا الجهاز الرمز الموقّع لهذه البطاقة، لذا لا يمكن إعادة طباعتها هنا. أصدر بطاقة بديلة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Print as A6 card</source>
        <translation>اطبع كبطاقة A6</translation>
    </message>
    <message>
        <source>Print as credit card</source>
        <translation>اطبع بحجم بطاقة الائتمان</translation>
    </message>
    <message>
        <source>Change the card</source>
        <translation>تعديل البطاقة</translation>
    </message>
    <message>
        <source>Cards are changed through the server: join your organisation on the Sync page first.</source>
        <translation>تُعدَّل البطاقات عبر الخادم: انضم أولًا إلى مؤسستك من صفحة المزامنة.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>التمديد بمقدار</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>مدّد</translation>
    </message>
    <message>
        <source>Extend the card by %1</source>
        <translation>مدّد البطاقة بمقدار %1</translation>
    </message>
    <message>
        <source>Issue a replacement that keeps the stamps</source>
        <translation>أصدر بطاقة بديلة تحتفظ بالأختام</translation>
    </message>
    <message>
        <source>Revoke a lost card</source>
        <translation>ألغِ بطاقة مفقودة</translation>
    </message>
    <message>
        <source>Revoke card %1?</source>
        <translation>هل تريد إلغاء البطاقة %1؟</translation>
    </message>
    <message>
        <source>Card %1 will take no more stamps, on any phone, after the next sync. Its stamps stay. This cannot be undone: to give the holder a new card with these stamps, choose a replacement instead.</source>
        <translation>لن تقبل البطاقة %1 أي أختام أخرى على أي هاتف بعد المزامنة التالية. تبقى أختامها محفوظة. لا يمكن التراجع عن ذلك: لإعطاء حاملها بطاقة جديدة بهذه الأختام، اختر بطاقة بديلة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Revoke card %1</source>
        <translation>ألغِ البطاقة %1</translation>
    </message>
    <message>
        <source>Keep the card</source>
        <translation>احتفظ بالبطاقة</translation>
    </message>
</context>
<context>
    <name>CardListPage</name>
    <message>
        <source>Cards of the organisation</source>
        <translation>بطاقات المؤسسة</translation>
    </message>
    <message>
        <source>Search by code or place</source>
        <translation>ابحث بالرمز أو المكان</translation>
    </message>
    <message>
        <source>Search cards by code or place</source>
        <translation>ابحث عن البطاقات بالرمز أو المكان</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 من %2 بطاقة</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>بطاقة واحدة</numerusform>
            <numerusform>بطاقتان</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · valid until %2 · %3</source>
        <translation>%1 · صالحة حتى %2 · %3</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>progress kept private</source>
        <translation>التقدّم يبقى خاصاً</translation>
    </message>
    <message>
        <source>every place visited</source>
        <translation>تمت زيارة كل الأماكن</translation>
    </message>
    <message>
        <source>%1 of %2 places</source>
        <translation>%1 من %2 أماكن</translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>لا توجد بطاقة تطابق “%1”.</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>لا توجد بطاقات بعد.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Kijk op de Wijk</source>
        <translation>تعرّف على الحي (⁨Kijk&#xa0;op&#xa0;de&#xa0;Wijk⁩)</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>بطاقتي</translation>
    </message>
    <message>
        <source>Every place visited. Open my card</source>
        <translation>تمت زيارة كل الأماكن. افتح بطاقتي</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped. Open my card</source>
        <translation>تم ختم %1 من %2 أماكن. افتح بطاقتي</translation>
    </message>
    <message>
        <source>Got a Kijk op de Wijk card? Add it to follow your stamps. Type the code under the QR code, or scan it.</source>
        <translation>هل لديك بطاقة ⁨Kijk op de Wijk⁩؟ أضفها لتتابع أختامك. اكتب الرمز الموجود تحت رمز QR، أو امسحه.</translation>
    </message>
    <message>
        <source>At your initiative</source>
        <translation>في مبادرتك</translation>
    </message>
    <message>
        <source>Stamp a card</source>
        <translation>ختم بطاقة</translation>
    </message>
    <message>
        <source>Cards of the organisation</source>
        <translation>بطاقات الجهة</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>إصدار بطاقة</translation>
    </message>
    <message>
        <source>Cards are issued through the server: join your organisation on the Sync page first.</source>
        <translation>تُصدر البطاقات عبر الخادم: انضم أولاً إلى جهتك من صفحة المزامنة.</translation>
    </message>
    <message>
        <source>Search, reprint, extend or revoke cards</source>
        <translation>ابحث عن البطاقات أو أعد طباعتها أو مدّدها أو ألغها</translation>
    </message>
    <message>
        <source>Print posters</source>
        <translation>اطبع الملصقات</translation>
    </message>
</context>
<context>
    <name>ConflictDesk</name>
    <message>
        <source>Activity %1</source>
        <translation>النشاط %1</translation>
    </message>
    <message>
        <source>The texts in %1</source>
        <translation>النصوص باللغة %1</translation>
    </message>
    <message>
        <source>The initiative&apos;s facts</source>
        <translation>بيانات المبادرة</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>The versions could not be read from this device&apos;s storage.</source>
        <translation>تعذّرت قراءة النسخ من ذاكرة هذا الجهاز.</translation>
    </message>
    <message>
        <source>New changes arrived while you were choosing. The versions are shown again: please choose once more.</source>
        <translation>وصلت تغييرات جديدة أثناء اختيارك. تُعرض النسخ من جديد: يرجى الاختيار مرة أخرى.</translation>
    </message>
    <message>
        <source>These choices do not fit together and were not saved. Choose differently, or keep one version whole.</source>
        <translation>هذه الاختيارات لا تتوافق معًا ولم تُحفظ. اختر بشكل مختلف، أو احتفظ بنسخة واحدة كاملة.</translation>
    </message>
    <message>
        <source>Saving did not work: this device&apos;s storage refused it. Nothing was changed.</source>
        <translation>لم ينجح الحفظ: رفضته ذاكرة هذا الجهاز. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Saved. The other version is removed on every device at the next sync.</source>
        <translation>تم الحفظ. تُحذف النسخة الأخرى من كل جهاز عند المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>ConflictFieldDelegate</name>
    <message>
        <source>%1, differs between the versions</source>
        <translation>%1، يختلف بين النسخ</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ مختلف</translation>
    </message>
    <message>
        <source>Version %1, shown now</source>
        <translation>النسخة %1، المعروضة الآن</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>%1: %2 (kept)</source>
        <translation>%1: %2 (يُحتفظ بها)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3, chosen</source>
        <translation>الاحتفاظ بـ%1 من %2: %3، مختارة</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3</source>
        <translation>الاحتفاظ بـ%1 من %2: %3</translation>
    </message>
    <message>
        <source>✓ Kept: %1</source>
        <translation>✓ يُحتفظ بها: %1</translation>
    </message>
</context>
<context>
    <name>ConflictFieldText</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>ترجمها شخص</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>مدخل بلا درج</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>مساحة لمشّاية</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>غرفة هادئة</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>توقفت في</translation>
    </message>
    <message>
        <source>Stamp distance in metres</source>
        <translation>مسافة الختم بالأمتار</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>Short name in links</source>
        <translation>الاسم المختصر في الروابط</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>Every how many weeks or months</source>
        <translation>كل كم أسبوعًا أو شهرًا</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>أي أسبوع من الشهر</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>يبدأ في</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>يُحسب من</translation>
    </message>
    <message>
        <source>Not on these days</source>
        <translation>ليس في هذه الأيام</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>ليس في العطل الرسمية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>كيفية الدخول</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>حالة الترجمة</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Texts of the activity %1</source>
        <translation>نصوص النشاط %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>Choose between versions</source>
        <translation>الاختيار بين النسخ</translation>
    </message>
    <message>
        <source>This was changed on two devices at the same time. For each field that differs, choose the value to keep. Saving keeps your choice as the one version and removes the others on every device at the next sync.</source>
        <translation>تم تغيير هذا على جهازين في الوقت نفسه. لكل حقل مختلف، اختر القيمة التي تبقى. يجعل الحفظ اختيارك النسخة الوحيدة ويحذف النسخ الأخرى من كل جهاز عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Keep one version whole</source>
        <translation>الاحتفاظ بنسخة واحدة كاملة</translation>
    </message>
    <message>
        <source>Choose all of version %1</source>
        <translation>اختيار كل ما في النسخة %1</translation>
    </message>
    <message>
        <source>The same in every version: %1</source>
        <translation>متطابق في كل النسخ: %1</translation>
    </message>
    <message>
        <source>Save this choice</source>
        <translation>حفظ هذا الاختيار</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>ContactFormPage</name>
    <message>
        <source>New contact</source>
        <translation>تواصل جديد</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>تم حفظ التواصل.</translation>
    </message>
    <message>
        <source>Nickname or code</source>
        <translation>اسم مستعار أو رمز</translation>
    </message>
    <message>
        <source>e.g. zon-17</source>
        <translation>مثلاً zon-17</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <source>The person agrees that their name is written down</source>
        <translation>يوافق الشخص على تدوين اسمه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>لغة الحديث</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>يحتاج إلى</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>يقدّم</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>An initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>جهة مختصة</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>الاختيار: %1</translation>
    </message>
    <message>
        <source>e.g. the GP, the neighbourhood team</source>
        <translation>مثلاً طبيب العائلة، فريق الحي</translation>
    </message>
    <message>
        <source>Referred to whom</source>
        <translation>إلى من أُحيل</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>المتابعة</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>حفظ التواصل</translation>
    </message>
    <message>
        <source>Follow up (a referral: in 14 days unless you choose)</source>
        <translation>المتابعة (للإحالة: بعد 14 يومًا ما لم تختر غير ذلك)</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>day-month-year</source>
        <translation>يوم-شهر-سنة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>Choose what the new phone is for.</source>
        <translation>اختر الغرض من الهاتف الجديد.</translation>
    </message>
    <message>
        <source>Type the first name or a nickname of the person who gets the phone, so the list says whose it is.</source>
        <translation>اكتب الاسم الأول أو اسمًا مستعارًا للشخص الذي سيحصل على الهاتف، لتوضح القائمة لمن هو.</translation>
    </message>
    <message numerus="yes">
        <source>A first name or nickname of at most %n characters, please.</source>
        <translation>
            <numerusform>اسم أول أو اسم مستعار من %n حرف على الأكثر، من فضلك.</numerusform>
            <numerusform>اسم أول أو اسم مستعار من %n حرف على الأكثر، من فضلك.</numerusform>
            <numerusform>اسم أول أو اسم مستعار من %n حرف على الأكثر، من فضلك.</numerusform>
            <numerusform>اسم أول أو اسم مستعار من %n أحرف على الأكثر، من فضلك.</numerusform>
            <numerusform>اسم أول أو اسم مستعار من %n حرفًا على الأكثر، من فضلك.</numerusform>
            <numerusform>اسم أول أو اسم مستعار من %n حرف على الأكثر، من فضلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the initiatives this host hosts: the phone stamps cards only for those.</source>
        <translation>اختر المبادرات التي يستضيفها هذا المضيف: لا يختم الهاتف البطاقات إلا لها.</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>تتم دعوة الهواتف وإبطالها عبر الخادم: انضم أولًا إلى منظمتك بصفتك منسقها من صفحة المزامنة.</translation>
    </message>
    <message>
        <source>Still waiting for the server&apos;s answer to the previous request.</source>
        <translation>ما زلنا ننتظر رد الخادم على الطلب السابق.</translation>
    </message>
    <message>
        <source>An invite for %1&apos;s phone is ready. Let the new phone scan the QR code below, or type its code on the phone&apos;s Sync page.</source>
        <translation>الدعوة لهاتف %1 جاهزة. دع الهاتف الجديد يمسح رمز QR أدناه، أو اكتب رمزها في صفحة المزامنة على ذلك الهاتف.</translation>
    </message>
    <message>
        <source>%1&apos;s phone is revoked: the server refuses it from its next request on.</source>
        <translation>تم إبطال هاتف %1: يرفضه الخادم ابتداءً من طلبه التالي.</translation>
    </message>
    <message>
        <source>Stopped waiting for the list of phones.</source>
        <translation>توقفنا عن انتظار قائمة الهواتف.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. It may still have done it: the list shows what it holds once it is fetched again.</source>
        <translation>توقفنا عن انتظار الخادم. ربما أتمّ الطلب رغم ذلك: تُظهر القائمة ما لديه عند جلبها مرة أخرى.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>تعذر الوصول إلى الخادم. لم يتغير شيء؛ حاول مرة أخرى عند توفر الشبكة.</translation>
    </message>
    <message>
        <source>The server no longer accepts this phone: it was removed from the organisation. Join again with a new invite.</source>
        <translation>لم يعد الخادم يقبل هذا الهاتف: لقد أُزيل من المنظمة. انضم مرة أخرى بدعوة جديدة.</translation>
    </message>
    <message>
        <source>The server refused: only a coordinator manages the phones, and only those of their own organisation.</source>
        <translation>رفض الخادم: المنسق وحده يدير الهواتف، وهواتف منظمته فقط.</translation>
    </message>
    <message>
        <source>The server does not know this phone. Nothing was changed.</source>
        <translation>الخادم لا يعرف هذا الهاتف. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This server does not manage phones from the app. Ask whoever runs it to update it.</source>
        <translation>هذا الخادم لا يدير الهواتف من التطبيق. اطلب من المسؤول عنه تحديثه.</translation>
    </message>
    <message>
        <source>The server did not accept this invite: check the name and the initiatives, then try again.</source>
        <translation>لم يقبل الخادم هذه الدعوة: تحقق من الاسم والمبادرات، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Nothing was changed.</source>
        <translation>لم يقبل الخادم هذا الطلب. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing. Try again in a few minutes; if it keeps happening, tell whoever runs the server.</source>
        <translation>واجه الخادم مشكلة ولم يغير شيئًا. حاول مرة أخرى بعد بضع دقائق؛ وإن تكرر ذلك، فأخبر المسؤول عن الخادم.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <source>Joined %1 · last sync %2</source>
        <translation>انضم في %1 · آخر مزامنة %2</translation>
    </message>
    <message>
        <source>Joined %1 · not synced yet</source>
        <translation>انضم في %1 · لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Revoked: the server refuses this phone.</source>
        <translation>مُبطَل: الخادم يرفض هذا الهاتف.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>إبطال هاتف %1</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Buurtmaatje (neighbourhood buddy)</source>
        <translation>بورتماتيه (رفيق الحي)</translation>
    </message>
    <message>
        <source>Verbindingswerker (connector)</source>
        <translation>فيربيندينغسفيركر (وسيط)</translation>
    </message>
    <message>
        <source>Host of an initiative</source>
        <translation>مضيف مبادرة</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>Directory editor</source>
        <translation>محرر الدليل</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>حامل البطاقة</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Phones of the organisation</source>
        <translation>هواتف المنظمة</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>تتم دعوة الهواتف وإبطالها عبر الخادم: انضم أولًا إلى منظمتك بصفتك منسقها من صفحة المزامنة.</translation>
    </message>
    <message>
        <source>Making the invite: waiting for the server…</source>
        <translation>إنشاء الدعوة: بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Revoking: waiting for the server…</source>
        <translation>الإبطال: بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Fetching the phones: waiting for the server…</source>
        <translation>جلب الهواتف: بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>التوقف عن انتظار الخادم</translation>
    </message>
    <message>
        <source>Invite a phone</source>
        <translation>دعوة هاتف</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>What the phone is for</source>
        <translation>الغرض من الهاتف</translation>
    </message>
    <message>
        <source>The initiatives this host hosts</source>
        <translation>المبادرات التي يستضيفها هذا المضيف</translation>
    </message>
    <message>
        <source>First name or nickname of the person who gets the phone</source>
        <translation>الاسم الأول أو الاسم المستعار للشخص الذي سيحصل على الهاتف</translation>
    </message>
    <message>
        <source>Make the invite</source>
        <translation>إنشاء الدعوة</translation>
    </message>
    <message>
        <source>The organisation&apos;s phones</source>
        <translation>قائمة الهواتف</translation>
    </message>
    <message>
        <source>No phones have joined yet.</source>
        <translation>لم ينضم أي هاتف بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>لا هواتف</numerusform>
            <numerusform>هاتف واحد</numerusform>
            <numerusform>هاتفان</numerusform>
            <numerusform>%n هواتف</numerusform>
            <numerusform>%n هاتفًا</numerusform>
            <numerusform>%n هاتف</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the list again</source>
        <translation>جلب القائمة مرة أخرى</translation>
    </message>
    <message>
        <source>Revoke the phone of %1?</source>
        <translation>إبطال هاتف %1؟</translation>
    </message>
    <message>
        <source>The phone of %1 (%2) can no longer sync: the server refuses it from its next request on. What it has not sent yet stays on that phone. This cannot be undone; to use the phone again, invite it anew.</source>
        <translation>لن يتمكن هاتف %1 (%2) من المزامنة بعد الآن: يرفضه الخادم ابتداءً من طلبه التالي. ما لم يُرسله بعد يبقى على ذلك الهاتف. لا يمكن التراجع عن ذلك؛ لاستخدام الهاتف مجددًا، ادعه من جديد.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>إبطال هاتف %1</translation>
    </message>
    <message>
        <source>Keep the phone</source>
        <translation>الإبقاء على الهاتف</translation>
    </message>
</context>
<context>
    <name>DirectoryEdit</name>
    <message>
        <source>Give the initiative a name in at least one language.</source>
        <translation>أعطِ المبادرة اسمًا بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>هذا النص طويل جدًا.</translation>
    </message>
    <message>
        <source>This text holds invisible direction characters; type it again.</source>
        <translation>يحتوي هذا النص على رموز اتجاه غير مرئية؛ اكتبه من جديد.</translation>
    </message>
    <message>
        <source>This language is not one the directory knows.</source>
        <translation>هذه اللغة غير معروفة في الدليل.</translation>
    </message>
    <message>
        <source>Choose original, translated by a person, or to be checked.</source>
        <translation>اختر: النص الأصلي، أو ترجمه شخص، أو يحتاج إلى مراجعة.</translation>
    </message>
    <message>
        <source>This theme is not one the directory knows.</source>
        <translation>هذا الموضوع غير معروف في الدليل.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>هذه القائمة طويلة جدًا.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes only.</source>
        <translation>استخدم الأحرف اللاتينية الصغيرة والأرقام والشرطات فقط.</translation>
    </message>
    <message>
        <source>This one exists already.</source>
        <translation>هذا موجود بالفعل.</translation>
    </message>
    <message>
        <source>This is not a position on the map.</source>
        <translation>هذا ليس موقعًا على الخريطة.</translation>
    </message>
    <message>
        <source>This position is outside the Netherlands.</source>
        <translation>هذا الموقع خارج هولندا.</translation>
    </message>
    <message>
        <source>A postcode is four digits and two letters, such as 3024 AB.</source>
        <translation>الرمز البريدي أربعة أرقام وحرفان، مثل 3024 AB.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>A website starts with https:// or http://.</source>
        <translation>يبدأ عنوان الموقع بـ https:// أو http://.</translation>
    </message>
    <message>
        <source>This schedule is not complete or not valid.</source>
        <translation>هذا الجدول غير مكتمل أو غير صالح.</translation>
    </message>
    <message>
        <source>With this schedule the activity never takes place.</source>
        <translation>بهذا الجدول لن يُقام النشاط أبدًا.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>لم يعد هذا موجودًا.</translation>
    </message>
    <message>
        <source>Someone else saved a change meanwhile; open it again.</source>
        <translation>حفظ شخص آخر تغييرًا في هذه الأثناء؛ افتحه من جديد.</translation>
    </message>
    <message>
        <source>This initiative was retired.</source>
        <translation>أُوقفت هذه المبادرة.</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorController</name>
    <message>
        <source>Saved on this device. You can add its activities now; everyone sees it after the next sync.</source>
        <translation>تم الحفظ على هذا الجهاز. يمكنك الآن إضافة أنشطته؛ سيراه الجميع بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Saved on this device. Everyone sees it after the next sync.</source>
        <translation>تم الحفظ على هذا الجهاز. سيراه الجميع بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Retired: it no longer shows in the list. Its texts are kept.</source>
        <translation>تم الإيقاف: لم يعد يظهر في القائمة. نصوصه محفوظة.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need another look. Everything you typed is still here.</source>
        <translation>
            <numerusform>لم يتم الحفظ: لا حقول بحاجة إلى مراجعة. كل ما كتبته ما زال هنا.</numerusform>
            <numerusform>لم يتم الحفظ: حقل واحد بحاجة إلى مراجعة. كل ما كتبته ما زال هنا.</numerusform>
            <numerusform>لم يتم الحفظ: حقلان بحاجة إلى مراجعة. كل ما كتبته ما زال هنا.</numerusform>
            <numerusform>لم يتم الحفظ: %n حقول بحاجة إلى مراجعة. كل ما كتبته ما زال هنا.</numerusform>
            <numerusform>لم يتم الحفظ: %n حقلًا بحاجة إلى مراجعة. كل ما كتبته ما زال هنا.</numerusform>
            <numerusform>لم يتم الحفظ: %n حقل بحاجة إلى مراجعة. كل ما كتبته ما زال هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here.</source>
        <translation>لم يتم الحفظ: %1 كل ما كتبته ما زال هنا.</translation>
    </message>
    <message>
        <source>Not saved: this device could not store it (%1). Everything you typed is still here.</source>
        <translation>لم يتم الحفظ: تعذّر على هذا الجهاز تخزينه (%1). كل ما كتبته ما زال هنا.</translation>
    </message>
    <message>
        <source>This device has no position yet. Go outside or wait a moment, or type the position.</source>
        <translation>ليس لهذا الجهاز موقع بعد. اخرج أو انتظر قليلًا، أو اكتب الموقع.</translation>
    </message>
    <message>
        <source>This device&apos;s position is rough (within %1 m). Check it, or look up the address.</source>
        <translation>موقع هذا الجهاز تقريبي (في حدود %1 م). تحقق منه، أو ابحث عن العنوان.</translation>
    </message>
    <message>
        <source>The position is filled in. It is saved with the initiative.</source>
        <translation>تم ملء الموقع. سيُحفظ مع المبادرة.</translation>
    </message>
    <message>
        <source>The activity is saved on this device.</source>
        <translation>تم حفظ النشاط على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The activity is removed.</source>
        <translation>تم حذف النشاط.</translation>
    </message>
</context>
<context>
    <name>FieldLogController</name>
    <message>
        <source>The data of this code was erased on request. Choose a new code.</source>
        <translation>حُذفت بيانات هذا الرمز بناءً على طلب. اختر رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Give a nickname or a code.</source>
        <translation>أدخل اسمًا مستعارًا أو رمزًا.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>ذاكرة الهاتف ممتلئة. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>هذا الجهاز غير تابع لأي منظمة بعد.</translation>
    </message>
    <message>
        <source>Tap the big button first.</source>
        <translation>اضغط على الزر الكبير أولاً.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا يوجد ما يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>Count at least one person.</source>
        <translation>احسب شخصًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Choose the initiative the person was referred to.</source>
        <translation>اختر المبادرة التي أُحيل إليها الشخص.</translation>
    </message>
    <message>
        <source>Say who the person was referred to.</source>
        <translation>اكتب الجهة التي أُحيل إليها الشخص.</translation>
    </message>
    <message>
        <source>This record was deleted, perhaps on another phone.</source>
        <translation>حُذف هذا السجل، ربما على هاتف آخر.</translation>
    </message>
    <message>
        <source>The phone could not save this. Nothing was changed; try again.</source>
        <translation>لم يتمكن الهاتف من حفظ هذا. لم يتغير شيء؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This could not be saved. Nothing was changed.</source>
        <translation>تعذّر حفظ هذا. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Within rollator distance</source>
        <translation>على مسافة مشي بالمشّاية</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>بدون درجات</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>مكان للمشّاية</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>غرفة هادئة</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Any language spoken</source>
        <translation>أي لغة محكية</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>يتحدثون %1</translation>
    </message>
    <message>
        <source>Language spoken there</source>
        <translation>اللغة المحكية هناك</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>الأقرب أولاً</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Sorted by name until the phone knows where you are.</source>
        <translation>مرتبة حسب الاسم إلى أن يعرف الهاتف مكانك.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Welcome to Buurtbrug</source>
        <translation>مرحبًا بك في ⁨Buurtbrug⁩</translation>
    </message>
    <message>
        <source>Join your organisation with the invite from your coordinator, to see and log what is real.</source>
        <translation>انضم إلى مؤسستك بالدعوة التي أرسلها إليك منسّقك، لترى ما هو حقيقي وتسجّله.</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>الانضمام إلى مؤسستي</translation>
    </message>
    <message>
        <source>Or look around first: a sample neighbourhood with invented places and logs. It stays on this phone, is marked as a sample on every screen, and is removed when the phone joins.</source>
        <translation>أو تجوّل أولًا: حيّ تجريبي بأماكن وسجلات مُختلَقة. يبقى على هذا الهاتف، ويظهر على كل شاشة أنه مثال، ويُحذف عند انضمام الهاتف.</translation>
    </message>
    <message>
        <source>Look around with a sample neighbourhood</source>
        <translation>تجوّل في حيّ تجريبي</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1, referred to %2</source>
        <translation>%1، أُحيل إلى %2</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>لم يصل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>بعد أسبوع</translation>
    </message>
    <message>
        <source>Look again in a week</source>
        <translation>راجع مرة أخرى بعد أسبوع</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>متأخر أقل من يوم</numerusform>
            <numerusform>متأخر يومًا واحدًا</numerusform>
            <numerusform>متأخر يومين</numerusform>
            <numerusform>متأخر %n أيام</numerusform>
            <numerusform>متأخر %n يومًا</numerusform>
            <numerusform>متأخر %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativeDelegate</name>
    <message>
        <source>Open now, today %1</source>
        <translation>مفتوح الآن، اليوم %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>اليوم %1</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPage</name>
    <message>
        <source>Initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <source>Choose an initiative to see its details.</source>
        <translation>اختر مبادرة لترى تفاصيلها.</translation>
    </message>
    <message>
        <source>This initiative is no longer in the directory.</source>
        <translation>لم تعد هذه المبادرة موجودة في الدليل.</translation>
    </message>
    <message>
        <source>Sample data: the address, position and times are invented.</source>
        <translation>بيانات تجريبية: العنوان والموقع والأوقات غير حقيقية.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المستخدمة</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>سهولة الوصول</translation>
    </message>
    <message>
        <source>step-free entrance</source>
        <translation>مدخل بدون درجات</translation>
    </message>
    <message>
        <source>room for a rollator</source>
        <translation>مكان يتسع لمشّاية بعجلات</translation>
    </message>
    <message>
        <source>quiet room</source>
        <translation>غرفة هادئة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Only on this device: not on the server yet.</source>
        <translation>على هذا الجهاز فقط: لم يصل إلى الخادم بعد.</translation>
    </message>
    <message>
        <source>This device cannot read aloud.</source>
        <translation>هذا الجهاز لا يستطيع القراءة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>This device has no sound output right now.</source>
        <translation>لا يوجد إخراج صوت على هذا الجهاز الآن.</translation>
    </message>
    <message>
        <source>Reading aloud did not work.</source>
        <translation>لم تنجح القراءة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Add or correct a translation</source>
        <translation>أضف ترجمة أو صحّحها</translation>
    </message>
    <message>
        <source>%1 (on now)</source>
        <translation>%1 (جارٍ الآن)</translation>
    </message>
    <message>
        <source>%1, next: %2</source>
        <translation>%1، القادم: %2</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>الاتجاهات</translation>
    </message>
    <message>
        <source>Route to %1 in the maps app</source>
        <translation>الاتجاهات إلى %1 في تطبيق الخرائط</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>اتصل بالرقم %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>This phone cannot read %1 aloud.</source>
        <translation>لا يستطيع هذا الهاتف القراءة بصوت عالٍ بلغة %1.</translation>
    </message>
    <message>
        <source>This initiative was changed on two devices at the same time, so it has more than one version. People see one of them until you choose what to keep.</source>
        <translation>تم تغيير هذه المبادرة على جهازين في الوقت نفسه، لذا لها أكثر من نسخة. يرى الناس إحداها حتى تختار ما يبقى.</translation>
    </message>
    <message>
        <source>Compare the versions</source>
        <translation>مقارنة النسخ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit this initiative</source>
        <translation>تعديل هذه المبادرة</translation>
    </message>
</context>
<context>
    <name>InitiativeEditorPage</name>
    <message>
        <source>New initiative</source>
        <translation>مبادرة جديدة</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>تعديل المبادرة</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>الاسم والوصف</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Address and position</source>
        <translation>العنوان والموقع</translation>
    </message>
    <message>
        <source>Languages spoken there</source>
        <translation>اللغات المحكية هناك</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>سهولة الوصول</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>مدخل بلا درج</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>مساحة لمشاية</translation>
    </message>
    <message>
        <source>A quiet room</source>
        <translation>غرفة هادئة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its activities here.</source>
        <translation>احفظ المبادرة أولًا، ثم أضف أنشطتها هنا.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>إضافة نشاط</translation>
    </message>
    <message>
        <source>Retire this initiative</source>
        <translation>إيقاف هذه المبادرة</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>إيقاف %1؟</translation>
    </message>
    <message>
        <source>It no longer shows in the list, on any device, after the next sync. Its activities and photos are removed; its texts are kept.</source>
        <translation>لن يظهر في القائمة على أي جهاز بعد المزامنة القادمة. تُحذف أنشطته وصوره وتبقى نصوصه محفوظة.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>إبقاؤه</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>اسم قصير للروابط: حروف a-z وأرقام وشرطات؛ إذا بقي فارغًا يُصنع من الاسم</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
</context>
<context>
    <name>InitiativeListPage</name>
    <message>
        <source>Initiatives nearby</source>
        <translation>مبادرات قريبة</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n مبادرة</numerusform>
            <numerusform>%n مبادرة</numerusform>
            <numerusform>%n مبادرتان</numerusform>
            <numerusform>%n مبادرات</numerusform>
            <numerusform>%n مبادرة</numerusform>
            <numerusform>%n مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>تعذّرت قراءة الدليل: %1</translation>
    </message>
    <message>
        <source>No initiatives yet. They appear here after the first sync.</source>
        <translation>لا توجد مبادرات بعد. ستظهر هنا بعد أول مزامنة.</translation>
    </message>
    <message>
        <source>Search in any language</source>
        <translation>ابحث بأي لغة</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>البحث في المبادرات</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>عوامل التصفية (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Distances from your position (within %1 m)</source>
        <translation>المسافات من موقعك (بدقة %1 م)</translation>
    </message>
    <message>
        <source>Your position is rough (within %1 m): distances are estimates</source>
        <translation>موقعك غير دقيق (بدقة %1 م): المسافات تقديرية</translation>
    </message>
    <message>
        <source>No position: distances are from the middle of the neighbourhood</source>
        <translation>لا يوجد موقع: المسافات من وسط الحي</translation>
    </message>
    <message>
        <source>%1 of %2 initiatives</source>
        <translation>%1 من %2 مبادرة</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or clear the filters.</source>
        <translation>لا توجد نتائج. جرّب حروفاً أقل أو امسح عوامل التصفية.</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>إضافة مبادرة</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>خريطة</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>اعرض كقائمة</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>اعرض على الخريطة</translation>
    </message>
</context>
<context>
    <name>InitiativeMap</name>
    <message>
        <source>Map of the initiatives</source>
        <translation>خريطة المبادرات</translation>
    </message>
    <message>
        <source>Drag to move the map. The list shows every place.</source>
        <translation>اسحب لتحريك الخريطة. القائمة تعرض كل الأماكن.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Show my position</source>
        <translation>اعرض موقعي</translation>
    </message>
    <message>
        <source>No map pictures on this phone yet: the places are shown without streets. The list has every place.</source>
        <translation>لا توجد صور للخريطة على هذا الهاتف بعد: تظهر الأماكن بدون شوارع. القائمة فيها كل الأماكن.</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>الخريطة: %1</translation>
    </message>
    <message>
        <source>Map: no tile source</source>
        <translation>الخريطة: لا يوجد مصدر للخرائط</translation>
    </message>
</context>
<context>
    <name>InitiativePhotoController</name>
    <message>
        <source>This file cannot be opened.</source>
        <translation>لا يمكن فتح هذا الملف.</translation>
    </message>
    <message>
        <source>Only a coordinator or a host adds photos.</source>
        <translation>يضيف الصور المنسّق أو المضيف فقط.</translation>
    </message>
    <message>
        <source>Describe the photo in a few words first, for people who cannot see it.</source>
        <translation>صِف الصورة أولًا ببضع كلمات، لمن لا يستطيع رؤيتها.</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>لم تُحفظ الصورة: %1</translation>
    </message>
    <message>
        <source>Photo added. It goes to the other devices with the next sync.</source>
        <translation>أُضيفت الصورة. ستصل إلى الأجهزة الأخرى مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>لم تُحذف الصورة: %1</translation>
    </message>
    <message>
        <source>Photo removed, here and on the other devices after the next sync.</source>
        <translation>حُذفت الصورة هنا، ومن الأجهزة الأخرى بعد المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>InitiativeTextsSection</name>
    <message>
        <source>original</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>ترجمه شخص</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Language of the texts below</source>
        <translation>لغة النصوص أدناه</translation>
    </message>
    <message>
        <source>%1: %2, needs another look</source>
        <translation>%1: %2، يحتاج إلى مراجعة أخرى</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>سطر واحد للقائمة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Opening notes (how to get in, what to bring)</source>
        <translation>ملاحظات عملية (كيف تدخل، وماذا تحضر)</translation>
    </message>
    <message>
        <source>This text is</source>
        <translation>هذا النص</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>QR code of the invite for %1</source>
        <translation>رمز QR لدعوة %1</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <translation>رمز الدعوة %1</translation>
    </message>
    <message>
        <source>For %1, as %2. It works once, until %3.</source>
        <translation>لـ %1، بصفة %2. تعمل مرة واحدة، حتى %3.</translation>
    </message>
    <message>
        <source>On the new phone: open Sync and scan this code, or type the code with the server&apos;s address.</source>
        <translation>على الهاتف الجديد: افتح المزامنة وامسح هذا الرمز، أو اكتب الرمز مع عنوان الخادم.</translation>
    </message>
    <message>
        <source>Invite another phone</source>
        <translation>دعوة هاتف آخر</translation>
    </message>
</context>
<context>
    <name>IssueCardPage</name>
    <message>
        <source>Issue a card</source>
        <translation>إصدار بطاقة</translation>
    </message>
    <message>
        <source>QR code of card %1</source>
        <translation>رمز QR للبطاقة %1</translation>
    </message>
    <message>
        <source>Issue another card</source>
        <translation>إصدار بطاقة أخرى</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>أماكن للزيارة</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>صالحة لمدة</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s language</source>
        <translation>لغة حامل البطاقة</translation>
    </message>
    <message>
        <source>The holder lets me see which places they visited</source>
        <translation>يسمح لي حامل البطاقة برؤية الأماكن التي زارها</translation>
    </message>
    <message>
        <source>Ask the holder; they can change this later on their own card.</source>
        <translation>اسأل حامل البطاقة؛ يمكنه تغيير ذلك لاحقاً على بطاقته.</translation>
    </message>
    <message>
        <source>Issue the card</source>
        <translation>أصدر البطاقة</translation>
    </message>
    <message>
        <source>The same places as the last card</source>
        <translation>نفس أماكن البطاقة السابقة</translation>
    </message>
    <message>
        <source>Issuing: waiting for the server…</source>
        <translation>جارٍ إصدار البطاقة: بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel issuing the card</source>
        <translation>إلغاء إصدار البطاقة</translation>
    </message>
</context>
<context>
    <name>JoinController</name>
    <message>
        <source>This phone has joined. It syncs whenever there is a network.</source>
        <translation>انضم هذا الهاتف. سيُزامن كلما توفرت شبكة.</translation>
    </message>
    <message>
        <source>This is not an invite code.</source>
        <translation>هذا ليس رمز دعوة.</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>اكتب رمز الدعوة.</translation>
    </message>
    <message>
        <source>An invite code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Compare it with the invite.</source>
        <translation>يتكوّن رمز الدعوة من 16 حرفًا ورقمًا، مثل ABCD-EFGH-JKMN-PQRS. قارنه بالدعوة.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example https://buurtbrug.example.nl.</source>
        <translation>اكتب عنوان الخادم، مثلاً https://buurtbrug.example.nl.</translation>
    </message>
    <message>
        <source>This app cannot join an organisation.</source>
        <translation>لا يمكن لهذا التطبيق الانضمام إلى جهة.</translation>
    </message>
    <message>
        <source>The server does not know this invite code. Compare it with the invite, letter by letter.</source>
        <translation>الخادم لا يعرف رمز الدعوة هذا. قارنه بالدعوة حرفًا حرفًا.</translation>
    </message>
    <message>
        <source>This invite code was already used; a code works only once. Ask the coordinator for a new one.</source>
        <translation>رمز الدعوة هذا استُخدم من قبل؛ الرمز يعمل مرة واحدة فقط. اطلب رمزًا جديدًا من المنسق.</translation>
    </message>
    <message>
        <source>This invite code has expired. Ask the coordinator for a new one.</source>
        <translation>انتهت صلاحية رمز الدعوة هذا. اطلب رمزًا جديدًا من المنسق.</translation>
    </message>
    <message>
        <source>The server did not accept this invite code. Compare it with the invite: a code works only once and for a limited time. If it is right, ask the coordinator for a new one.</source>
        <translation>لم يقبل الخادم رمز الدعوة هذا. قارنه بالدعوة: يعمل الرمز مرة واحدة فقط ولمدة محدودة. إذا كان صحيحًا، فاطلب من المنسّق رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من العنوان والشبكة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server accepted the code, but this phone could not keep it. Free some space, then ask the coordinator for a new code.</source>
        <translation>قبل الخادم الرمز، لكن هذا الهاتف لم يستطع حفظه. أفرغ بعض المساحة، ثم اطلب رمزًا جديدًا من المنسق.</translation>
    </message>
    <message>
        <source>Joining was cancelled. Nothing was changed on this phone.</source>
        <translation>أُلغي الانضمام. لم يتغير شيء على هذا الهاتف.</translation>
    </message>
    <message>
        <source>This sign-in code is damaged or incomplete. Scan it again, or ask the coordinator for the code once more. Nothing was changed on this phone.</source>
        <translation>رمز تسجيل الدخول هذا تالف أو ناقص. امسحه مرة أخرى، أو اطلب الرمز من المنسّق مرة أخرى. لم يتغيّر شيء على هذا الهاتف.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in code: it is wrong, or this phone was removed. Ask the coordinator for a new one. Nothing was changed on this phone.</source>
        <translation>لم يقبل الخادم رمز تسجيل الدخول هذا: إنه خاطئ، أو أُزيل هذا الهاتف. اطلب من المنسّق رمزًا جديدًا. لم يتغيّر شيء على هذا الهاتف.</translation>
    </message>
    <message>
        <source>This address starts with http:// and would send this phone&apos;s sign-in unprotected over the network. Use the server&apos;s https:// address. Nothing was changed on this phone.</source>
        <translation>يبدأ هذا العنوان بـ http:// وسيُرسل بيانات دخول هذا الهاتف عبر الشبكة دون حماية. استخدم عنوان الخادم الذي يبدأ بـ https://. لم يتغيّر شيء على هذا الهاتف.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>لغة هذا النص: %1. لا توجد ترجمة بلغتك بعد.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>اللغة: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Texts of initiatives are shown in this language when a translation exists, otherwise in Dutch or English.</source>
        <translation>تُعرض نصوص المبادرات بهذه اللغة إذا توفرت ترجمة، وإلا فبالهولندية أو الإنجليزية.</translation>
    </message>
    <message>
        <source>This phone cannot read aloud in %1.</source>
        <translation>لا يستطيع هذا الهاتف القراءة بصوت عالٍ بهذه اللغات: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>الأمازيغية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>البابيامينتو</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>السرانان تونغو</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>كريولية الرأس الأخضر</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Line chart of %1 per %2; the table below reads the same numbers.</source>
        <translation>رسم بياني خطي لـ %1 حسب %2؛ الجدول أدناه يعرض الأرقام نفسها.</translation>
    </message>
    <message>
        <source>Open circle: fewer than 5 people, so the number is not shown.</source>
        <translation>دائرة فارغة: أقل من 5 أشخاص، لذلك لا يُعرض الرقم.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Logs go to %1 and sync when there is a network.</source>
        <translation>تُرسل السجلات إلى %1 وتُزامَن عند توفر الشبكة.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>هذا الجهاز غير تابع لأي منظمة بعد.</translation>
    </message>
    <message>
        <source>Market tally</source>
        <translation>العدّ في السوق</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>تواصل جديد</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>متابعات مستحقة</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>لا توجد متابعات اليوم.</translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation>أنشطة اليوم</translation>
    </message>
    <message>
        <source>No activities in the directory take place today.</source>
        <translation>لا توجد أنشطة من الدليل اليوم.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message numerus="yes">
        <source>%n counted today</source>
        <translation>
            <numerusform>سُجّل اليوم: %n</numerusform>
            <numerusform>سُجّل اليوم: %n</numerusform>
            <numerusform>سُجّل اليوم: %n</numerusform>
            <numerusform>سُجّل اليوم: %n</numerusform>
            <numerusform>سُجّل اليوم: %n</numerusform>
            <numerusform>سُجّل اليوم: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>تم التراجع.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n follow-ups</source>
        <translation>
            <numerusform>عرض المتابعات</numerusform>
            <numerusform>عرض المتابعة</numerusform>
            <numerusform>عرض المتابعتين</numerusform>
            <numerusform>عرض المتابعات الـ %n</numerusform>
            <numerusform>عرض المتابعات الـ %n</numerusform>
            <numerusform>عرض المتابعات الـ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as arrived.</source>
        <translation>سُجّل أنه وصل.</translation>
    </message>
    <message>
        <source>Marked as not arrived.</source>
        <translation>سُجّل أنه لم يصل.</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>أُغلقت المتابعة.</translation>
    </message>
    <message>
        <source>Moved to next week.</source>
        <translation>نُقلت إلى الأسبوع القادم.</translation>
    </message>
    <message>
        <source>Logs stay on this phone. To share them with your organisation, join it on the Sync page.</source>
        <translation>تبقى السجلات على هذا الهاتف. لمشاركتها مع مؤسستك، انضم إليها من صفحة المزامنة.</translation>
    </message>
    <message>
        <source>This phone was removed from %1. Logs stay on it until it joins again on the Sync page.</source>
        <translation>أُزيل هذا الهاتف من %1. تبقى السجلات عليه حتى ينضم من جديد من صفحة المزامنة.</translation>
    </message>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>طلب خصوصية من شخص</translation>
    </message>
</context>
<context>
    <name>LogVocabulary</name>
    <message>
        <source>A chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>قضاء الحاجات</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>الطبخ</translation>
    </message>
    <message>
        <source>Collecting clothes</source>
        <translation>جمع الملابس</translation>
    </message>
    <message>
        <source>Sandwiches at school</source>
        <translation>شطائر في المدرسة</translation>
    </message>
    <message>
        <source>Odd jobs</source>
        <translation>أعمال صغيرة</translation>
    </message>
    <message>
        <source>Learning the language</source>
        <translation>تعلّم اللغة</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>الشؤون المالية</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>On the street</source>
        <translation>في الشارع</translation>
    </message>
    <message>
        <source>At the market</source>
        <translation>في السوق</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>بالهاتف</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>الزوار</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>حالات التواصل</translation>
    </message>
    <message>
        <source>Market conversations</source>
        <translation>محادثات السوق</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>الإحالات المقدَّمة</translation>
    </message>
    <message>
        <source>Referrals arrived</source>
        <translation>الإحالات التي وصلت</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>What residents do</source>
        <translation>ما يفعله السكان</translation>
    </message>
    <message>
        <source>What residents need</source>
        <translation>ما يحتاجه السكان</translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation>الرفقة</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Buurtbrug</source>
        <translation>Buurtbrug</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>بطاقة الأختام</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>navigation, short</comment>
        <translation>مزامنة</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>MarketTallyPage</name>
    <message>
        <source>Market tally</source>
        <translation>العدّ في السوق</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>%n محادثة اليوم</numerusform>
            <numerusform>%n محادثة اليوم</numerusform>
            <numerusform>%n محادثتان اليوم</numerusform>
            <numerusform>%n محادثات اليوم</numerusform>
            <numerusform>%n محادثة اليوم</numerusform>
            <numerusform>%n محادثة اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Add what fits to the last conversation:</source>
        <translation>أضف ما يناسب المحادثة الأخيرة:</translation>
    </message>
    <message>
        <source>Tap the big button after each conversation.</source>
        <translation>اضغط على الزر الكبير بعد كل محادثة.</translation>
    </message>
    <message>
        <source>Language of the conversation</source>
        <translation>لغة المحادثة</translation>
    </message>
    <message>
        <source>Does for the neighbourhood</source>
        <translation>يقدّم للحي</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>يحتاج إلى</translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation>تمت الإحالة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last conversation</source>
        <translation>تراجع عن المحادثة الأخيرة</translation>
    </message>
    <message>
        <source>+ Conversation</source>
        <translation>+ محادثة</translation>
    </message>
    <message>
        <source>Count a conversation</source>
        <translation>احسب محادثة</translation>
    </message>
</context>
<context>
    <name>MyCardPage</name>
    <message>
        <source>My card</source>
        <translation>بطاقتي</translation>
    </message>
    <message>
        <source>Your referrer can see which places you visited.</source>
        <translation>يمكن للشخص الذي أحالك أن يرى الأماكن التي زرتها.</translation>
    </message>
    <message>
        <source>Your progress is private again. Your referrer no longer sees it.</source>
        <translation>تقدّمك خاص مرة أخرى. لم يعد الشخص الذي أحالك يراه.</translation>
    </message>
    <message>
        <source>You visited every place on your card. Well done!</source>
        <translation>لقد زرت كل الأماكن على بطاقتك. أحسنت!</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped</source>
        <translation>تم ختم %1 من %2 أماكن</translation>
    </message>
    <message>
        <source>Card %1 · valid until %2</source>
        <translation>البطاقة %1 · صالحة حتى %2</translation>
    </message>
    <message>
        <source>This card has ended. Your referrer can give you a new one.</source>
        <translation>انتهت هذه البطاقة. يمكن للشخص الذي أحالك أن يعطيك بطاقة جديدة.</translation>
    </message>
    <message>
        <source>Open today: %1 at %2</source>
        <translation>مفتوح اليوم: %1 الساعة %2</translation>
    </message>
    <message>
        <source>Open today: %1</source>
        <translation>مفتوح اليوم: %1</translation>
    </message>
    <message>
        <source>Stamp with the poster&apos;s code</source>
        <translation>اختم باستخدام رمز الملصق</translation>
    </message>
    <message>
        <source>My referrer may see which places I visited</source>
        <translation>يجوز للشخص الذي أحالني أن يرى الأماكن التي زرتها</translation>
    </message>
    <message>
        <source>You can change this once your card has synced to this phone.</source>
        <translation>يمكنك تغيير هذا بعد مزامنة بطاقتك مع هذا الهاتف.</translation>
    </message>
    <message>
        <source>Show this place</source>
        <translation>اعرض هذا المكان</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>اعرض %1</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Photos of this place</source>
        <translation>صور هذا المكان</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>This photo is not on this device yet.</source>
        <translation>هذه الصورة ليست على هذا الجهاز بعد.</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>الصورة %1 من %2</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <source>This photo is not on this phone yet. It comes with the next sync when the phone is online.</source>
        <translation>هذه الصورة ليست على هذا الهاتف بعد. ستصل مع المزامنة التالية عندما يكون الهاتف متصلًا بالإنترنت.</translation>
    </message>
    <message>
        <source>%1 (photo not on this phone yet)</source>
        <translation>%1 (الصورة ليست على هذا الهاتف بعد)</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>This file is empty.</source>
        <translation>هذا الملف فارغ.</translation>
    </message>
    <message>
        <source>This photo is too large: at most %1 MB.</source>
        <translation>هذه الصورة كبيرة جدًا: الحد الأقصى %1 ميغابايت.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG picture.</source>
        <translation>هذا الملف ليس صورة. اختر صورة بصيغة JPEG أو PNG.</translation>
    </message>
    <message>
        <source>This photo has too many pixels: at most %1 megapixels.</source>
        <translation>في هذه الصورة عدد كبير جدًا من البكسلات: الحد الأقصى %1 ميغابكسل.</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read.</source>
        <translation>هذه الصورة تالفة ولا يمكن قراءتها.</translation>
    </message>
    <message>
        <source>This photo could not be made smaller. Try another one.</source>
        <translation>تعذّر تصغير هذه الصورة. جرّب صورة أخرى.</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photos are of places, not people: the entrance, the room, the sign. Do not photograph people.</source>
        <translation>الصور للأماكن لا للأشخاص: المدخل، القاعة، اللافتة. لا تصوّر الناس.</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its photos here.</source>
        <translation>احفظ المبادرة أولًا، ثم أضف صورها هنا.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the photo %1</source>
        <translation>إزالة الصورة %1</translation>
    </message>
    <message>
        <source>What the photo shows, for people who cannot see it (for example: green front door next to the bakery)</source>
        <translation>ما تُظهره الصورة، لمن لا يستطيع رؤيتها (مثلًا: باب أمامي أخضر بجانب المخبز)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>إضافة صورة</translation>
    </message>
    <message>
        <source>Choose a photo of the place</source>
        <translation>اختر صورة للمكان</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>صور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>إزالة هذه الصورة؟</translation>
    </message>
    <message>
        <source>The photo “%1” goes from this device now and from every other device after the next sync.</source>
        <translation>تُحذف الصورة «%1» من هذا الجهاز الآن، ومن كل جهاز آخر بعد المزامنة التالية.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>إبقاؤها</translation>
    </message>
    <message>
        <source>Making the photo smaller and removing its hidden data…</source>
        <translation>جارٍ تصغير الصورة وحذف بياناتها المخفية…</translation>
    </message>
    <message>
        <source>The camera did not start; add a photo from a file instead.</source>
        <translation>لم تعمل الكاميرا؛ أضف صورة من ملف بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>التقط صورة</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>أضف صورة من ملف</translation>
    </message>
    <message>
        <source>Take a photo of the place</source>
        <translation>التقط صورة للمكان</translation>
    </message>
    <message>
        <source>Photograph the place, not people. If someone is in the picture, wait until they have gone.</source>
        <translation>صوّر المكان، لا الناس. إذا ظهر أحد في الصورة، فانتظر حتى يبتعد.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>التقاط الصورة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PhotoViewfinder</name>
    <message>
        <source>Camera picture</source>
        <translation>صورة الكاميرا</translation>
    </message>
</context>
<context>
    <name>PositionSection</name>
    <message>
        <source>Street and number</source>
        <translation>الشارع ورقم المنزل</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Find the position of this address</source>
        <translation>إيجاد موقع هذا العنوان</translation>
    </message>
    <message>
        <source>Use this device&apos;s position</source>
        <translation>استخدام موقع هذا الجهاز</translation>
    </message>
    <message>
        <source>Looking up the address…</source>
        <translation>جارٍ البحث عن العنوان…</translation>
    </message>
    <message>
        <source>Choose the address that is meant:</source>
        <translation>اختر العنوان المقصود:</translation>
    </message>
    <message>
        <source>Latitude (north), e.g. 51.9105</source>
        <translation>خط العرض (شمالًا)، مثل 51.9105</translation>
    </message>
    <message>
        <source>Longitude (east), e.g. 4.4502</source>
        <translation>خط الطول (شرقًا)، مثل 4.4502</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <source>Print posters</source>
        <translation>اطبع الملصقات</translation>
    </message>
    <message>
        <source>A card holder scans the poster at the door to stamp their own card.</source>
        <translation>يمسح حامل البطاقة الملصق عند الباب ليختم بطاقته بنفسه.</translation>
    </message>
    <message>
        <source>Posters are signed by the server: join your organisation on the Sync page first.</source>
        <translation>يوقّع الخادم الملصقات: انضم أولًا إلى مؤسستك من صفحة المزامنة.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n poster(s)</source>
        <translation>
            <numerusform>اطبع %n ملصق</numerusform>
            <numerusform>اطبع ملصقًا واحدًا</numerusform>
            <numerusform>اطبع ملصقين</numerusform>
            <numerusform>اطبع %n ملصقات</numerusform>
            <numerusform>اطبع %n ملصقًا</numerusform>
            <numerusform>اطبع %n ملصق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintLabels</name>
    <message>
        <source>Kijk op de Wijk</source>
        <translation>نظرة على الحي (Kijk&#xa0;op&#xa0;de&#xa0;Wijk)</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>بطاقتك</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>صالحة من %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>صالحة حتى %1</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>أماكن يمكنك زيارتها</translation>
    </message>
    <message>
        <source>Show this card at each place for a stamp</source>
        <translation>اعرض هذه البطاقة في كل مكان لتحصل على ختم</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <source>Kijk op de Wijk: scan this code to stamp your card</source>
        <translation>نظرة على الحي (Kijk&#xa0;op&#xa0;de&#xa0;Wijk): امسح هذا الرمز لتختم بطاقتك</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>هذا الجهاز ليس جزءًا من مؤسسة بعد.</translation>
    </message>
    <message>
        <source>Type the person&apos;s code, as it is written in the logs.</source>
        <translation>اكتب رمز الشخص كما هو مكتوب في السجلات.</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>تعذرت قراءة السجلات: %1</translation>
    </message>
    <message>
        <source>No contact or visit carries this code on this device. Check the code, or sync first.</source>
        <translation>لا يحمل أي اتصال أو زيارة هذا الرمز على هذا الجهاز. تحقق من الرمز أو قم بالمزامنة أولًا.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>لم يُمحَ شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n log(s). Every device erases its copies at its next sync. A receipt is kept.</source>
        <translation>
            <numerusform>مُحي من %n سجل. يمحو كل جهاز نسخه عند مزامنته التالية. حُفظ إيصال.</numerusform>
            <numerusform>مُحي من سجل واحد. يمحو كل جهاز نسخه عند مزامنته التالية. حُفظ إيصال.</numerusform>
            <numerusform>مُحي من سجلين. يمحو كل جهاز نسخه عند مزامنته التالية. حُفظ إيصال.</numerusform>
            <numerusform>مُحي من %n سجلات. يمحو كل جهاز نسخه عند مزامنته التالية. حُفظ إيصال.</numerusform>
            <numerusform>مُحي من %n سجلًا. يمحو كل جهاز نسخه عند مزامنته التالية. حُفظ إيصال.</numerusform>
            <numerusform>مُحي من %n سجل. يمحو كل جهاز نسخه عند مزامنته التالية. حُفظ إيصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يتغير شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>The name is erased from %n contact(s); the contacts stay. A receipt is kept.</source>
        <translation>
            <numerusform>مُحي الاسم من %n اتصال؛ وتبقى الاتصالات. حُفظ إيصال.</numerusform>
            <numerusform>مُحي الاسم من اتصال واحد؛ ويبقى الاتصال. حُفظ إيصال.</numerusform>
            <numerusform>مُحي الاسم من اتصالين؛ ويبقى الاتصالان. حُفظ إيصال.</numerusform>
            <numerusform>مُحي الاسم من %n اتصالات؛ وتبقى الاتصالات. حُفظ إيصال.</numerusform>
            <numerusform>مُحي الاسم من %n اتصالًا؛ وتبقى الاتصالات. حُفظ إيصال.</numerusform>
            <numerusform>مُحي الاسم من %n اتصال؛ وتبقى الاتصالات. حُفظ إيصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown request.</source>
        <translation>طلب غير معروف.</translation>
    </message>
    <message>
        <source>Done, but the receipt was not saved: %1</source>
        <translation>تم، لكن لم يُحفظ الإيصال: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>طلب خصوصية من شخص</translation>
    </message>
    <message>
        <source>The person&apos;s code, as it is written in the contacts and visits</source>
        <translation>رمز الشخص كما هو مكتوب في الاتصالات والزيارات</translation>
    </message>
    <message>
        <source>The person&apos;s code</source>
        <translation>رمز الشخص</translation>
    </message>
    <message>
        <source>Withdraw consent: erase the name</source>
        <translation>سحب الموافقة: امحُ الاسم</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>امحُ بيانات هذا الشخص</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <source>No privacy requests carried out yet.</source>
        <translation>لم تُنفَّذ أي طلبات خصوصية بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n log(s)</source>
        <translation>
            <numerusform>مُحي: %n سجل</numerusform>
            <numerusform>مُحي: سجل واحد</numerusform>
            <numerusform>مُحي: سجلان</numerusform>
            <numerusform>مُحي: %n سجلات</numerusform>
            <numerusform>مُحي: %n سجلًا</numerusform>
            <numerusform>مُحي: %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent withdrawn: the name erased from %n contact(s)</source>
        <translation>
            <numerusform>سُحبت الموافقة: مُحي الاسم من %n اتصال</numerusform>
            <numerusform>سُحبت الموافقة: مُحي الاسم من اتصال واحد</numerusform>
            <numerusform>سُحبت الموافقة: مُحي الاسم من اتصالين</numerusform>
            <numerusform>سُحبت الموافقة: مُحي الاسم من %n اتصالات</numerusform>
            <numerusform>سُحبت الموافقة: مُحي الاسم من %n اتصالًا</numerusform>
            <numerusform>سُحبت الموافقة: مُحي الاسم من %n اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <source>Erase this person from %1 contact(s) and %2 visit(s)? Their code, name, notes and what they do and need are removed; dates and counts stay. Every device erases its copies at its next sync. This cannot be undone.</source>
        <translation>هل تريد محو هذا الشخص من %1 اتصال و%2 زيارة؟ يُزال رمزه واسمه والملاحظات وما يفعله ويحتاجه؛ وتبقى التواريخ والأعداد. يمحو كل جهاز نسخه عند مزامنته التالية. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name from %1 contact(s)? The contacts themselves stay. This cannot be undone.</source>
        <translation>هل تريد محو اسم هذا الشخص من %1 اتصال؟ تبقى الاتصالات نفسها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>امحُ</translation>
    </message>
    <message>
        <source>Erase the name</source>
        <translation>امحُ الاسم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QrScanner</name>
    <message>
        <source>QR code scanner</source>
        <translation>ماسح رموز QR</translation>
    </message>
    <message>
        <source>No camera available: type the code instead.</source>
        <translation>لا توجد كاميرا متاحة: اكتب الرمز بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>QrViewfinder</name>
    <message>
        <source>Hold the QR code inside the square.</source>
        <translation>ضع رمز QR داخل المربع.</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>هذا الجهاز غير تابع لأي منظمة بعد.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the logs themselves.</source>
        <translation>يمكن للمنسّق فقط تصدير السجلات نفسها.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>تعذّرت الكتابة في %1.</translation>
    </message>
</context>
<context>
    <name>ReportSeriesModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: hidden</source>
        <translation>%1: مخفي</translation>
    </message>
    <message>
        <source>%1: fewer than 5</source>
        <translation>%1: أقل من 5</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>الأسبوع %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>هذا الجهاز غير تابع لأي منظمة بعد.</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>آخر 12 أسبوعًا</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>عبر الزمن</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 من %3 إلى %4</translation>
    </message>
    <message>
        <source>No logs in this period yet.</source>
        <translation>لا توجد سجلات في هذه الفترة بعد.</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 people are shown as &lt;5, and a figure that would give one away as x.</source>
        <translation>تُعرض المجموعات الأقل من 5 أشخاص على شكل &lt;5، والرقم الذي قد يكشف هوية أحد على شكل x.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Export the logs (no personal data)</source>
        <translation>تصدير السجلات (بدون بيانات شخصية)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>العرض حسب</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ما يُحسب</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 حسب %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>فتح الملف المحفوظ</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample: invented places and logs, only on this phone.</source>
        <translation>مثال تجريبي: أماكن وسجلات مُختلَقة، على هذا الهاتف فقط.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>الانضمام إلى مؤسستي</translation>
    </message>
    <message>
        <source>Sample: these places and times are invented.</source>
        <translation>مثال تجريبي: هذه الأماكن والأوقات مُختلَقة.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample neighbourhood could not be loaded: the phone&apos;s storage refused it.</source>
        <translation>تعذّر تحميل الحي التجريبي: رفضت ذاكرة الهاتف حفظه.</translation>
    </message>
    <message>
        <source>This phone already holds a neighbourhood, so the sample was not loaded.</source>
        <translation>يحتوي هذا الهاتف على حيّ بالفعل، لذلك لم يُحمَّل الحي التجريبي.</translation>
    </message>
</context>
<context>
    <name>ScanOrType</name>
    <message>
        <source>Card code</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <source>This phone has no camera to read the poster. Ask the host to scan your card instead.</source>
        <translation>لا توجد كاميرا في هذا الهاتف لقراءة الملصق. اطلب من المضيف أن يمسح بطاقتك بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>تحقّق من الرمز</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>امسح بالكاميرا</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>مرة في الشهر</translation>
    </message>
    <message>
        <source>On fixed dates</source>
        <translation>في تواريخ محددة</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>أيّها في الشهر</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>الثالث</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>الرابع</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>First date (day-month-year); the weeks are counted from it</source>
        <translation>التاريخ الأول (يوم-شهر-سنة)؛ تُحسب الأسابيع منه</translation>
    </message>
    <message>
        <source>Starts on (day-month-year, may stay empty)</source>
        <translation>يبدأ في (يوم-شهر-سنة، يمكن تركه فارغًا)</translation>
    </message>
    <message>
        <source>e.g. 19-12-2026</source>
        <translation>مثل 19-12-2026</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>إضافة تاريخ</translation>
    </message>
    <message>
        <source>From (hh:mm)</source>
        <translation>من (سس:دد)</translation>
    </message>
    <message>
        <source>Until (hh:mm)</source>
        <translation>حتى (سس:دد)</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>ليس في العطل الرسمية</translation>
    </message>
    <message>
        <source>Not on these dates</source>
        <translation>ليس في هذه التواريخ</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>إضافة استثناء</translation>
    </message>
    <message>
        <source>The next dates</source>
        <translation>التواريخ القادمة</translation>
    </message>
    <message>
        <source>With this schedule there is no date in the coming year.</source>
        <translation>بهذا الجدول لا يوجد أي تاريخ في السنة القادمة.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>تخطي %1</translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation>كل بضعة أسابيع</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>كل كم أسبوعًا</translation>
    </message>
    <message>
        <source>Every how many months</source>
        <translation>كل كم شهرًا</translation>
    </message>
    <message>
        <source>First date (day-month-year); the months are counted from it</source>
        <translation>التاريخ الأول (يوم-شهر-سنة)؛ تُحسب الأشهر منه</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Schedule unknown</source>
        <translation>المواعيد غير معروفة</translation>
    </message>
    <message>
        <source>First %1 of the month</source>
        <translation>يوم %1 الأول من الشهر</translation>
    </message>
    <message>
        <source>Second %1 of the month</source>
        <translation>يوم %1 الثاني من الشهر</translation>
    </message>
    <message>
        <source>Third %1 of the month</source>
        <translation>يوم %1 الثالث من الشهر</translation>
    </message>
    <message>
        <source>Fourth %1 of the month</source>
        <translation>يوم %1 الرابع من الشهر</translation>
    </message>
    <message>
        <source>Last %1 of the month</source>
        <translation>يوم %1 الأخير من الشهر</translation>
    </message>
    <message>
        <source>Every other %1</source>
        <translation>كل أسبوعين يوم %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>كل %n أسبوع يوم %1</numerusform>
            <numerusform>كل %n أسبوع يوم %1</numerusform>
            <numerusform>كل %n أسبوع يوم %1</numerusform>
            <numerusform>كل %n أسابيع يوم %1</numerusform>
            <numerusform>كل %n أسبوعًا يوم %1</numerusform>
            <numerusform>كل %n أسبوع يوم %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>كل أسبوع يوم %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1، %2–%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>في %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n set date(s)</source>
        <translation>
            <numerusform>لا توجد تواريخ محددة</numerusform>
            <numerusform>في تاريخ محدد واحد</numerusform>
            <numerusform>في تاريخين محددين</numerusform>
            <numerusform>في %n تواريخ محددة</numerusform>
            <numerusform>في %n تاريخًا محددًا</numerusform>
            <numerusform>في %n تاريخ محدد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampCardPage</name>
    <message>
        <source>Stamp a card</source>
        <translation>ختم بطاقة</translation>
    </message>
    <message>
        <source>Stamping for</source>
        <translation>الختم لـ</translation>
    </message>
    <message>
        <source>Choose the place</source>
        <translation>اختر المكان</translation>
    </message>
    <message>
        <source>Each card gets one stamp per place per day. The card is checked on this phone; no network is needed.</source>
        <translation>تحصل كل بطاقة على ختم واحد لكل مكان في اليوم. يتم التحقق من البطاقة على هذا الهاتف؛ لا حاجة إلى شبكة.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Stamped on %1</source>
        <translation>خُتمت في %1</translation>
    </message>
    <message>
        <source>Visited on %1: waiting for the host to confirm</source>
        <translation>تمت الزيارة في %1: بانتظار تأكيد المضيف</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>لم تتم زيارته بعد</translation>
    </message>
    <message>
        <source>stamped</source>
        <translation>مختوم</translation>
    </message>
    <message>
        <source>waiting for the host</source>
        <translation>بانتظار المضيف</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>لم تتم زيارته بعد</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Changes only on this device: %1</source>
        <translation>تغييرات على هذا الجهاز فقط: %1</translation>
    </message>
    <message>
        <source>Not accepted by the server (kept on this device):</source>
        <translation>لم يقبلها الخادم (تبقى على هذا الجهاز):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Join your organisation</source>
        <translation>انضم إلى جهتك</translation>
    </message>
    <message>
        <source>Scan the QR code your coordinator gives you, or type the invite code and the server&apos;s address. A sign-in code (BUURTBRUG-JOIN:…) names its server: paste it into the code field. Until then everything stays on this phone.</source>
        <translation>امسح رمز QR الذي يعطيك إياه المنسّق، أو اكتب رمز الدعوة وعنوان الخادم. رمز تسجيل الدخول الذي يبدأ بـ BUURTBRUG-JOIN يذكر الخادم بنفسه: الصقه في حقل الرمز. حتى ذلك الحين يبقى كل شيء على هذا الهاتف.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>رمز الدعوة</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>انضم من جديد</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>تفاصيل تقنية: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Choose the language of the app</source>
        <translation>اختر لغة التطبيق</translation>
    </message>
    <message>
        <source>Joining: waiting for the server…</source>
        <translation>جارٍ الانضمام: بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>إلغاء الانضمام</translation>
    </message>
    <message>
        <source>Phones of the organisation: invite or revoke</source>
        <translation>هواتف المنظمة: دعوة أو إبطال</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 جيجابايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>Photos on this phone</source>
        <translation>الصور على هذا الهاتف</translation>
    </message>
    <message>
        <source>Photos of the places on your card, the places you opened and the places nearby are kept here, up to the limit you choose. The places opened longest ago make room first; their photos come back when you open them again online.</source>
        <translation>تُحفظ هنا صور الأماكن الموجودة على بطاقتك والأماكن التي فتحتها والأماكن القريبة، حتى الحد الذي تختاره. الأماكن التي فتحتها منذ أطول وقت تُفسح المجال أولًا؛ وتعود صورها عندما تفتحها مرة أخرى وأنت متصل بالإنترنت.</translation>
    </message>
    <message>
        <source>In use: %1 of %2</source>
        <translation>المستخدم: %1 من %2</translation>
    </message>
    <message>
        <source>Limit for photos</source>
        <translation>الحد الأقصى للصور</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>This device is not connected to a server: everything stays on it.</source>
        <translation>هذا الجهاز غير متصل بخادم: يبقى كل شيء عليه.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) only on this device</source>
        <translation>
            <numerusform>عدد التغييرات الموجودة على هذا الجهاز فقط: %n</numerusform>
            <numerusform>عدد التغييرات الموجودة على هذا الجهاز فقط: %n</numerusform>
            <numerusform>عدد التغييرات الموجودة على هذا الجهاز فقط: %n</numerusform>
            <numerusform>عدد التغييرات الموجودة على هذا الجهاز فقط: %n</numerusform>
            <numerusform>عدد التغييرات الموجودة على هذا الجهاز فقط: %n</numerusform>
            <numerusform>عدد التغييرات الموجودة على هذا الجهاز فقط: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>تمت المزامنة عند %1</translation>
    </message>
    <message>
        <source>Everything is synced.</source>
        <translation>تمت مزامنة كل شيء.</translation>
    </message>
    <message>
        <source>Not connected — everything is kept on this phone.</source>
        <translation>لا يوجد اتصال — يُحفظ كل شيء على هذا الهاتف.</translation>
    </message>
    <message>
        <source>The server cannot be reached — everything is kept on this phone. It tries again by itself.</source>
        <translation>تعذّر الوصول إلى الخادم — يُحفظ كل شيء على هذا الهاتف. سيحاول مجددًا من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>Sync did not work this time — everything is kept on this phone. It tries again by itself.</source>
        <translation>لم تنجح المزامنة هذه المرة — يُحفظ كل شيء على هذا الهاتف. سيحاول مجددًا من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>This phone could not save what came in. Free some space; nothing was lost.</source>
        <translation>لم يتمكن هذا الهاتف من حفظ ما وصل. أفرغ بعض المساحة؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The server does not allow this phone to sync this. Ask your coordinator.</source>
        <translation>لا يسمح الخادم لهذا الهاتف بمزامنة هذا. اسأل منسّقك.</translation>
    </message>
    <message>
        <source>This phone was removed from the organisation. Ask your coordinator for a new invite; nothing unsent is lost.</source>
        <translation>أُزيل هذا الهاتف من المؤسسة. اطلب من منسّقك دعوة جديدة؛ لن يضيع شيء مما لم يُرسل بعد.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Kijk op de Wijk cards</source>
        <translation>بطاقات ⁨Kijk op de Wijk⁩</translation>
    </message>
    <message>
        <source>Field logs of %1</source>
        <extracomment>%1 is the organisation&apos;s short name, e.g. visserijplein</extracomment>
        <translation>سجلات %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Meeting people</source>
        <translation>لقاء الناس</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>الطعام</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>الصحة النفسية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>كبار السن</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>التطوع</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>المشورة</translation>
    </message>
    <message>
        <source>Informal carers</source>
        <translation>مقدّمو الرعاية من الأهل</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>أنشطة إبداعية</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>البستنة</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>الرياضة والحركة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
</context>
<context>
    <name>TranslationEditorPage</name>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of this translation</source>
        <translation>لغة هذه الترجمة</translation>
    </message>
    <message>
        <source>This is the host&apos;s original text.</source>
        <translation>هذا هو النص الأصلي للمضيف.</translation>
    </message>
    <message>
        <source>Translated by a person.</source>
        <translation>ترجمه شخص.</translation>
    </message>
    <message>
        <source>Waiting for someone to check it.</source>
        <translation>بانتظار أن يراجعها أحد.</translation>
    </message>
    <message>
        <source>There is no text in this language yet.</source>
        <translation>لا يوجد نص بهذه اللغة بعد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>سطر واحد للقائمة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Ask someone to check this translation</source>
        <translation>اطلب من أحد مراجعة هذه الترجمة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Name in %1: %2</source>
        <translation>الاسم بـ%1: %2</translation>
    </message>
    <message>
        <source>One line in %1: %2</source>
        <translation>سطر واحد بـ%1: %2</translation>
    </message>
    <message>
        <source>Description in %1: %2</source>
        <translation>الوصف بـ%1: %2</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>WalkingLine</name>
    <message>
        <source>north</source>
        <translation>شمال</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>شمال شرق</translation>
    </message>
    <message>
        <source>east</source>
        <translation>شرق</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>جنوب شرق</translation>
    </message>
    <message>
        <source>south</source>
        <translation>جنوب</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>جنوب غرب</translation>
    </message>
    <message>
        <source>west</source>
        <translation>غرب</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>شمال غرب</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>حوالي %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation>
            <numerusform>%n دقيقة مشياً</numerusform>
            <numerusform>%n دقيقة مشياً</numerusform>
            <numerusform>%n دقيقة مشياً</numerusform>
            <numerusform>%n دقيقة مشياً</numerusform>
            <numerusform>%n دقيقة مشياً</numerusform>
            <numerusform>%n دقيقة مشياً</numerusform>
        </translation>
    </message>
</context>
</TS>
