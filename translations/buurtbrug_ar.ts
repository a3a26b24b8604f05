<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>InitiativeDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
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
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>In %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>لغة هذا النص: %1. لا توجد ترجمة بلغتك بعد.</translation>
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
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
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
        <source>Last attempt failed: %1</source>
        <translation>فشلت المحاولة الأخيرة: %1</translation>
    </message>
    <message>
        <source>Not accepted by the server (kept on this device):</source>
        <translation>لم يقبلها الخادم (تبقى على هذا الجهاز):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>Offline: changes stay on this device and are sent when there is a connection.</source>
        <translation>غير متصل: تبقى التغييرات على هذا الجهاز وتُرسل عند توفر الاتصال.</translation>
    </message>
    <message>
        <source>Could not sync; trying again in %1 s.</source>
        <translation>تعذّرت المزامنة؛ ستُعاد المحاولة بعد %1 ث.</translation>
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
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
</context>
</TS>
