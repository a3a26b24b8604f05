<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
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
        <translation>Inicjatywa</translation>
    </message>
    <message>
        <source>Choose an initiative to see its details.</source>
        <translation>Wybierz inicjatywę, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>This initiative is no longer in the directory.</source>
        <translation>Tej inicjatywy nie ma już w katalogu.</translation>
    </message>
    <message>
        <source>Sample data: the address, position and times are invented.</source>
        <translation>Przykładowe dane: adres, położenie i godziny są fikcyjne.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Używane języki</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>step-free entrance</source>
        <translation>wejście bez stopni</translation>
    </message>
    <message>
        <source>room for a rollator</source>
        <translation>miejsce na balkonik (rollator)</translation>
    </message>
    <message>
        <source>quiet room</source>
        <translation>ciche pomieszczenie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Ostatnio sprawdzono</translation>
    </message>
    <message>
        <source>Only on this device: not on the server yet.</source>
        <translation>Tylko na tym urządzeniu: jeszcze nie na serwerze.</translation>
    </message>
</context>
<context>
    <name>InitiativeListPage</name>
    <message>
        <source>Initiatives nearby</source>
        <translation>Inicjatywy w pobliżu</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Inicjatywy</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n inicjatywa</numerusform>
            <numerusform>%n inicjatywy</numerusform>
            <numerusform>%n inicjatyw</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>Nie udało się odczytać katalogu: %1</translation>
    </message>
    <message>
        <source>No initiatives yet. They appear here after the first sync.</source>
        <translation>Nie ma jeszcze inicjatyw. Pojawią się tutaj po pierwszej synchronizacji.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>In %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>Język tego tekstu: %1. Nie ma jeszcze tłumaczenia na Twój język.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Texts of initiatives are shown in this language when a translation exists, otherwise in Dutch or English.</source>
        <translation>Teksty inicjatyw są wyświetlane w tym języku, jeśli jest tłumaczenie, a jeśli go nie ma – po niderlandzku lub angielsku.</translation>
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
        <translation>Inicjatywy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Schedule unknown</source>
        <translation>Harmonogram nieznany</translation>
    </message>
    <message>
        <source>First %1 of the month</source>
        <translation>Pierwszy tydzień miesiąca: %1</translation>
    </message>
    <message>
        <source>Second %1 of the month</source>
        <translation>Drugi tydzień miesiąca: %1</translation>
    </message>
    <message>
        <source>Third %1 of the month</source>
        <translation>Trzeci tydzień miesiąca: %1</translation>
    </message>
    <message>
        <source>Fourth %1 of the month</source>
        <translation>Czwarty tydzień miesiąca: %1</translation>
    </message>
    <message>
        <source>Last %1 of the month</source>
        <translation>Ostatni tydzień miesiąca: %1</translation>
    </message>
    <message>
        <source>Every other %1</source>
        <translation>Co drugi tydzień: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Co %n tydzień: %1</numerusform>
            <numerusform>Co %n tygodnie: %1</numerusform>
            <numerusform>Co %n tygodni: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Co tydzień: %1</translation>
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
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Changes only on this device: %1</source>
        <translation>Zmiany tylko na tym urządzeniu: %1</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>Ostatnia próba nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Nie przyjęte przez serwer (zostają na tym urządzeniu):</translation>
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
        <translation>To urządzenie nie jest połączone z serwerem: wszystko zostaje na nim.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Offline: changes stay on this device and are sent when there is a connection.</source>
        <translation>Offline: zmiany zostają na tym urządzeniu i zostaną wysłane, gdy będzie połączenie.</translation>
    </message>
    <message>
        <source>Could not sync; trying again in %1 s.</source>
        <translation>Synchronizacja nie powiodła się; ponowna próba za %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) only on this device</source>
        <translation>
            <numerusform>%n zmiana tylko na tym urządzeniu</numerusform>
            <numerusform>%n zmiany tylko na tym urządzeniu</numerusform>
            <numerusform>%n zmian tylko na tym urządzeniu</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Zsynchronizowano o %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
</context>
</TS>
