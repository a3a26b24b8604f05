<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>InitiativeDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPage</name>
    <message>
        <source>Initiative</source>
        <translation>Girişim</translation>
    </message>
    <message>
        <source>Choose an initiative to see its details.</source>
        <translation>Ayrıntılarını görmek için bir girişim seçin.</translation>
    </message>
    <message>
        <source>This initiative is no longer in the directory.</source>
        <translation>Bu girişim artık rehberde yer almıyor.</translation>
    </message>
    <message>
        <source>Sample data: the address, position and times are invented.</source>
        <translation>Örnek veri: adres, konum ve saatler gerçek değildir.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Konuşulan diller</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <source>step-free entrance</source>
        <translation>basamaksız giriş</translation>
    </message>
    <message>
        <source>room for a rollator</source>
        <translation>tekerlekli yürüteç için yer</translation>
    </message>
    <message>
        <source>quiet room</source>
        <translation>sessiz oda</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Son kontrol</translation>
    </message>
    <message>
        <source>Only on this device: not on the server yet.</source>
        <translation>Yalnızca bu cihazda: henüz sunucuda değil.</translation>
    </message>
</context>
<context>
    <name>InitiativeListPage</name>
    <message>
        <source>Initiatives nearby</source>
        <translation>Yakındaki girişimler</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Girişimler</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n girişim</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>Rehber okunamadı: %1</translation>
    </message>
    <message>
        <source>No initiatives yet. They appear here after the first sync.</source>
        <translation>Henüz girişim yok. İlk eşitlemeden sonra burada görünecekler.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>In %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>Bu metnin dili: %1. Dilinizde henüz çeviri yok.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Texts of initiatives are shown in this language when a translation exists, otherwise in Dutch or English.</source>
        <translation>Girişimlerin metinleri, çeviri varsa bu dilde, yoksa Hollandaca veya İngilizce gösterilir.</translation>
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
        <translation>Girişimler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Schedule unknown</source>
        <translation>Program bilinmiyor</translation>
    </message>
    <message>
        <source>First %1 of the month</source>
        <translation>Ayın ilk %1 günü</translation>
    </message>
    <message>
        <source>Second %1 of the month</source>
        <translation>Ayın ikinci %1 günü</translation>
    </message>
    <message>
        <source>Third %1 of the month</source>
        <translation>Ayın üçüncü %1 günü</translation>
    </message>
    <message>
        <source>Fourth %1 of the month</source>
        <translation>Ayın dördüncü %1 günü</translation>
    </message>
    <message>
        <source>Last %1 of the month</source>
        <translation>Ayın son %1 günü</translation>
    </message>
    <message>
        <source>Every other %1</source>
        <translation>İki haftada bir %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>%n haftada bir %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Her %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Son eşitleme: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>Changes only on this device: %1</source>
        <translation>Yalnızca bu cihazdaki değişiklikler: %1</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>Son deneme başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Sunucu tarafından kabul edilmedi (bu cihazda kalır):</translation>
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
        <translation>Bu cihaz bir sunucuya bağlı değil: her şey cihazda kalır.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>Offline: changes stay on this device and are sent when there is a connection.</source>
        <translation>Çevrimdışı: değişiklikler bu cihazda kalır ve bağlantı olunca gönderilir.</translation>
    </message>
    <message>
        <source>Could not sync; trying again in %1 s.</source>
        <translation>Eşitlenemedi; %1 sn sonra yeniden denenecek.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) only on this device</source>
        <translation>
            <numerusform>Yalnızca bu cihazda %n değişiklik</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>%1 itibarıyla eşitlendi</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
</context>
</TS>
