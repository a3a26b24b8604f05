<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Choose an initiative to see its details.</source>
        <translation>Kies een initiatief om de details te zien.</translation>
    </message>
    <message>
        <source>This initiative is no longer in the directory.</source>
        <translation>Dit initiatief staat niet meer in het overzicht.</translation>
    </message>
    <message>
        <source>Sample data: the address, position and times are invented.</source>
        <translation>Voorbeeldgegevens: het adres, de locatie en de tijden zijn verzonnen.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>step-free entrance</source>
        <translation>drempelvrije ingang</translation>
    </message>
    <message>
        <source>room for a rollator</source>
        <translation>ruimte voor een rollator</translation>
    </message>
    <message>
        <source>quiet room</source>
        <translation>stille ruimte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Only on this device: not on the server yet.</source>
        <translation>Alleen op dit apparaat: nog niet op de server.</translation>
    </message>
</context>
<context>
    <name>InitiativeListPage</name>
    <message>
        <source>Initiatives nearby</source>
        <translation>Initiatieven in de buurt</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiatief</numerusform>
            <numerusform>%n initiatieven</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>Het overzicht kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No initiatives yet. They appear here after the first sync.</source>
        <translation>Nog geen initiatieven. Ze verschijnen hier na de eerste synchronisatie.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>In %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>Taal van deze tekst: %1. Er is nog geen vertaling in jouw taal.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Texts of initiatives are shown in this language when a translation exists, otherwise in Dutch or English.</source>
        <translation>Teksten van initiatieven worden in deze taal getoond als er een vertaling is, anders in het Nederlands of Engels.</translation>
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
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Schedule unknown</source>
        <translation>Tijden onbekend</translation>
    </message>
    <message>
        <source>First %1 of the month</source>
        <translation>Eerste %1 van de maand</translation>
    </message>
    <message>
        <source>Second %1 of the month</source>
        <translation>Tweede %1 van de maand</translation>
    </message>
    <message>
        <source>Third %1 of the month</source>
        <translation>Derde %1 van de maand</translation>
    </message>
    <message>
        <source>Fourth %1 of the month</source>
        <translation>Vierde %1 van de maand</translation>
    </message>
    <message>
        <source>Last %1 of the month</source>
        <translation>Laatste %1 van de maand</translation>
    </message>
    <message>
        <source>Every other %1</source>
        <translation>Om de week op %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Om de %n week op %1</numerusform>
            <numerusform>Om de %n weken op %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Elke %1</translation>
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
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Changes only on this device: %1</source>
        <translation>Wijzigingen alleen op dit apparaat: %1</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>Laatste poging mislukt: %1</translation>
    </message>
    <message>
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Niet geaccepteerd door de server (blijft op dit apparaat):</translation>
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
        <translation>Dit apparaat is niet met een server verbonden: alles blijft hierop staan.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Offline: changes stay on this device and are sent when there is a connection.</source>
        <translation>Offline: wijzigingen blijven op dit apparaat en gaan mee zodra er verbinding is.</translation>
    </message>
    <message>
        <source>Could not sync; trying again in %1 s.</source>
        <translation>Synchroniseren lukte niet; nieuwe poging over %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) only on this device</source>
        <translation>
            <numerusform>%n wijziging alleen op dit apparaat</numerusform>
            <numerusform>%n wijzigingen alleen op dit apparaat</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
</context>
</TS>
