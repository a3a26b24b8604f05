<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>The directory is not available.</source>
        <translation>The directory is not available.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Within rollator distance</source>
        <translation>Within rollator distance</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Room for a rollator</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Quiet room</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>Every theme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Any language spoken</source>
        <translation>Any language spoken</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>%1 spoken</translation>
    </message>
    <message>
        <source>Language spoken there</source>
        <translation>Language spoken there</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Nearest first</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>InitiativeDelegate</name>
    <message>
        <source>Open now, today %1</source>
        <translation>Open now, today %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPage</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Choose an initiative to see its details.</source>
        <translation>Choose an initiative to see its details.</translation>
    </message>
    <message>
        <source>This initiative is no longer in the directory.</source>
        <translation>This initiative is no longer in the directory.</translation>
    </message>
    <message>
        <source>Sample data: the address, position and times are invented.</source>
        <translation>Sample data: the address, position and times are invented.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>step-free entrance</source>
        <translation>step-free entrance</translation>
    </message>
    <message>
        <source>room for a rollator</source>
        <translation>room for a rollator</translation>
    </message>
    <message>
        <source>quiet room</source>
        <translation>quiet room</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Only on this device: not on the server yet.</source>
        <translation>Only on this device: not on the server yet.</translation>
    </message>
    <message>
        <source>There is no %1 voice on this device.</source>
        <translation>There is no %1 voice on this device.</translation>
    </message>
    <message>
        <source>This device cannot read aloud.</source>
        <translation>This device cannot read aloud.</translation>
    </message>
    <message>
        <source>This device has no sound output right now.</source>
        <translation>This device has no sound output right now.</translation>
    </message>
    <message>
        <source>Reading aloud did not work.</source>
        <translation>Reading aloud did not work.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Add or correct a translation</source>
        <translation>Add or correct a translation</translation>
    </message>
    <message>
        <source>%1 (on now)</source>
        <translation>%1 (on now)</translation>
    </message>
    <message>
        <source>%1, next: %2</source>
        <translation>%1, next: %2</translation>
    </message>
</context>
<context>
    <name>InitiativeListPage</name>
    <message>
        <source>Initiatives nearby</source>
        <translation>Initiatives nearby</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>The directory could not be read: %1</translation>
    </message>
    <message>
        <source>No initiatives yet. They appear here after the first sync.</source>
        <translation>No initiatives yet. They appear here after the first sync.</translation>
    </message>
    <message>
        <source>Search in any language</source>
        <translation>Search in any language</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Search initiatives</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Distances from your position (within %1 m)</source>
        <translation>Distances from your position (within %1 m)</translation>
    </message>
    <message>
        <source>Your position is rough (within %1 m): distances are estimates</source>
        <translation>Your position is rough (within %1 m): distances are estimates</translation>
    </message>
    <message>
        <source>No position: distances are from the middle of the neighbourhood</source>
        <translation>No position: distances are from the middle of the neighbourhood</translation>
    </message>
    <message>
        <source>%1 of %2 initiatives</source>
        <translation>%1 of %2 initiatives</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or clear the filters.</source>
        <translation>Nothing matches. Try fewer letters or clear the filters.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>This text is in %1: there is no translation in your language yet</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Texts of initiatives are shown in this language when a translation exists, otherwise in Dutch or English.</source>
        <translation>Texts of initiatives are shown in this language when a translation exists, otherwise in Dutch or English.</translation>
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
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Schedule unknown</source>
        <translation>Schedule unknown</translation>
    </message>
    <message>
        <source>First %1 of the month</source>
        <translation>First %1 of the month</translation>
    </message>
    <message>
        <source>Second %1 of the month</source>
        <translation>Second %1 of the month</translation>
    </message>
    <message>
        <source>Third %1 of the month</source>
        <translation>Third %1 of the month</translation>
    </message>
    <message>
        <source>Fourth %1 of the month</source>
        <translation>Fourth %1 of the month</translation>
    </message>
    <message>
        <source>Last %1 of the month</source>
        <translation>Last %1 of the month</translation>
    </message>
    <message>
        <source>Every other %1</source>
        <translation>Every other %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Every %n week on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Every %1</translation>
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
        <translation>Sync</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Changes only on this device: %1</source>
        <translation>Changes only on this device: %1</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>Last attempt failed: %1</translation>
    </message>
    <message>
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Not accepted by the server (kept on this device):</translation>
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
        <translation>This device is not connected to a server: everything stays on it.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline: changes stay on this device and are sent when there is a connection.</source>
        <translation>Offline: changes stay on this device and are sent when there is a connection.</translation>
    </message>
    <message>
        <source>Could not sync; trying again in %1 s.</source>
        <translation>Could not sync; trying again in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) only on this device</source>
        <translation>
            <numerusform>%n change only on this device</numerusform>
            <numerusform>%n changes only on this device</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Meeting people</source>
        <translation>Meeting people</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Older people</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
</context>
<context>
    <name>TranslationEditorPage</name>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of this translation</source>
        <translation>Language of this translation</translation>
    </message>
    <message>
        <source>This is the host&apos;s original text.</source>
        <translation>This is the host's original text.</translation>
    </message>
    <message>
        <source>Translated by a person.</source>
        <translation>Translated by a person.</translation>
    </message>
    <message>
        <source>Waiting for someone to check it.</source>
        <translation>Waiting for someone to check it.</translation>
    </message>
    <message>
        <source>There is no text in this language yet.</source>
        <translation>There is no text in this language yet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>One line for the list</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ask someone to check this translation</source>
        <translation>Ask someone to check this translation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>A name is needed.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WalkingLine</name>
    <message>
        <source>north</source>
        <translation>north</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>north-east</translation>
    </message>
    <message>
        <source>east</source>
        <translation>east</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>south-east</translation>
    </message>
    <message>
        <source>south</source>
        <translation>south</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>south-west</translation>
    </message>
    <message>
        <source>west</source>
        <translation>west</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>north-west</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation>
            <numerusform>%n min walk</numerusform>
            <numerusform>%n min walk</numerusform>
        </translation>
    </message>
</context>
</TS>
