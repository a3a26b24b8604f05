<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AppController</name>
    <message>
        <source>The directory is not available.</source>
        <translation>De gids is niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Opkomst</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Hoeveel mensen waren er?</translation>
    </message>
    <message>
        <source>More than 30</source>
        <translation>Meer dan 30</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n people came.</source>
        <translation>
            <numerusform>Opgeslagen: %n persoon kwam.</numerusform>
            <numerusform>Opgeslagen: %n mensen kwamen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people came</source>
        <translation>
            <numerusform>%n persoon kwam</numerusform>
            <numerusform>%n mensen kwamen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save: %n people came</source>
        <translation>
            <numerusform>Opslaan: %n persoon kwam</numerusform>
            <numerusform>Opslaan: %n mensen kwamen</numerusform>
        </translation>
    </message>
    <message>
        <source>Code of a participant who agrees (optional)</source>
        <translation>Code van een deelnemer die instemt (niet verplicht)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>minder dan 5</translation>
    </message>
</context>
<context>
    <name>ContactFormPage</name>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact opgeslagen.</translation>
    </message>
    <message>
        <source>Nickname or code</source>
        <translation>Bijnaam of code</translation>
    </message>
    <message>
        <source>e.g. zon-17</source>
        <translation>bijv. zon-17</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <source>The person agrees that their name is written down</source>
        <translation>De persoon vindt het goed dat de naam wordt opgeschreven</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Heeft nodig</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Biedt aan</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>An initiative</source>
        <translation>Een initiatief</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Een professional</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Zoeken in het overzicht</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gekozen: %1</translation>
    </message>
    <message>
        <source>e.g. the GP, the neighbourhood team</source>
        <translation>bijv. de huisarts, het wijkteam</translation>
    </message>
    <message>
        <source>Referred to whom</source>
        <translation>Naar wie doorverwezen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Over %n dag</numerusform>
            <numerusform>Over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Contact opslaan</translation>
    </message>
    <message>
        <source>Follow up (a referral: in 14 days unless you choose)</source>
        <translation>Opvolgen (een doorverwijzing: over 14 dagen, tenzij je kiest)</translation>
    </message>
</context>
<context>
    <name>FieldLogController</name>
    <message>
        <source>The date is in the future.</source>
        <translation>De datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The data of this code was erased on request. Choose a new code.</source>
        <translation>De gegevens van deze code zijn op verzoek gewist. Kies een nieuwe code.</translation>
    </message>
    <message>
        <source>A real name can only be kept with the person&apos;s consent.</source>
        <translation>Een echte naam mag alleen bewaard worden als de persoon toestemming geeft.</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>Dit contact is verwijderd.</translation>
    </message>
    <message>
        <source>Give a nickname or a code.</source>
        <translation>Vul een bijnaam of code in.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>De telefoon is vol. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Dit apparaat hoort nog niet bij een organisatie.</translation>
    </message>
    <message>
        <source>Tap the big button first.</source>
        <translation>Tik eerst op de grote knop.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Count at least one person.</source>
        <translation>Tel minstens één persoon.</translation>
    </message>
    <message>
        <source>Choose the initiative the person was referred to.</source>
        <translation>Kies het initiatief waarnaar de persoon is doorverwezen.</translation>
    </message>
    <message>
        <source>Say who the person was referred to.</source>
        <translation>Vul in naar wie de persoon is doorverwezen.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Within rollator distance</source>
        <translation>Op rollatorafstand</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Zonder drempels</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Ruimte voor een rollator</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Stille ruimte</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Any language spoken</source>
        <translation>Elke gesproken taal</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>%1 gesproken</translation>
    </message>
    <message>
        <source>Language spoken there</source>
        <translation>Taal die er gesproken wordt</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Dichtstbij eerst</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1, referred to %2</source>
        <translation>%1, doorverwezen naar %2</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Niet aangekomen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Over een week</translation>
    </message>
    <message>
        <source>Look again in a week</source>
        <translation>Over een week opnieuw bekijken</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativeDelegate</name>
    <message>
        <source>Open now, today %1</source>
        <translation>Nu open, vandaag %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Vandaag %1</translation>
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
    <message>
        <source>There is no %1 voice on this device.</source>
        <translation>Er is geen stem voor %1 op dit apparaat.</translation>
    </message>
    <message>
        <source>This device cannot read aloud.</source>
        <translation>Dit apparaat kan niet voorlezen.</translation>
    </message>
    <message>
        <source>This device has no sound output right now.</source>
        <translation>Dit apparaat heeft nu geen geluid.</translation>
    </message>
    <message>
        <source>Reading aloud did not work.</source>
        <translation>Voorlezen is niet gelukt.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop met voorlezen</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Add or correct a translation</source>
        <translation>Vertaling toevoegen of verbeteren</translation>
    </message>
    <message>
        <source>%1 (on now)</source>
        <translation>%1 (nu bezig)</translation>
    </message>
    <message>
        <source>%1, next: %2</source>
        <translation>%1, volgende: %2</translation>
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
    <message>
        <source>Search in any language</source>
        <translation>Zoek in elke taal</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Initiatieven zoeken</translation>
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
        <translation>Afstanden vanaf je positie (tot op %1 m)</translation>
    </message>
    <message>
        <source>Your position is rough (within %1 m): distances are estimates</source>
        <translation>Je positie is onnauwkeurig (tot op %1 m): afstanden zijn schattingen</translation>
    </message>
    <message>
        <source>No position: distances are from the middle of the neighbourhood</source>
        <translation>Geen positie: afstanden vanaf het midden van de wijk</translation>
    </message>
    <message>
        <source>%1 of %2 initiatives</source>
        <translation>%1 van %2 initiatieven</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or clear the filters.</source>
        <translation>Niets gevonden. Probeer minder letters of wis de filters.</translation>
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
    <name>LogPage</name>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Logs go to %1 and sync when there is a network.</source>
        <translation>Registraties gaan naar %1 en worden gesynchroniseerd zodra er netwerk is.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Dit apparaat hoort nog niet bij een organisatie.</translation>
    </message>
    <message>
        <source>Market tally</source>
        <translation>Marktturf</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Vandaag niets op te volgen.</translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation>Activiteiten van vandaag</translation>
    </message>
    <message>
        <source>No activities in the directory take place today.</source>
        <translation>Vandaag zijn er geen activiteiten uit het overzicht.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bij %2</translation>
    </message>
    <message numerus="yes">
        <source>%n counted today</source>
        <translation>
            <numerusform>vandaag %n geteld</numerusform>
            <numerusform>vandaag %n geteld</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n follow-ups</source>
        <translation>
            <numerusform>Alle %n op te volgen tonen</numerusform>
            <numerusform>Alle %n op te volgen tonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogVocabulary</name>
    <message>
        <source>A chat</source>
        <translation>Een praatje</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>Boodschappen doen</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Vertalen</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Koken</translation>
    </message>
    <message>
        <source>Collecting clothes</source>
        <translation>Kleding inzamelen</translation>
    </message>
    <message>
        <source>Sandwiches at school</source>
        <translation>Boterhammen op school</translation>
    </message>
    <message>
        <source>Odd jobs</source>
        <translation>Klusjes</translation>
    </message>
    <message>
        <source>Learning the language</source>
        <translation>De taal leren</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>Geldzaken</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>On the street</source>
        <translation>Op straat</translation>
    </message>
    <message>
        <source>At the market</source>
        <translation>Op de markt</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Market conversations</source>
        <translation>Marktgesprekken</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Doorverwijzingen gedaan</translation>
    </message>
    <message>
        <source>Referrals arrived</source>
        <translation>Doorverwijzingen aangekomen</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>What residents do</source>
        <translation>Wat bewoners doen</translation>
    </message>
    <message>
        <source>What residents need</source>
        <translation>Wat bewoners nodig hebben</translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation>Gezelschap</translation>
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
    <message>
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
</context>
<context>
    <name>MarketTallyPage</name>
    <message>
        <source>Market tally</source>
        <translation>Marktturf</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>%n gesprek vandaag</numerusform>
            <numerusform>%n gesprekken vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>Add what fits to the last conversation:</source>
        <translation>Vul aan wat past bij het laatste gesprek:</translation>
    </message>
    <message>
        <source>Tap the big button after each conversation.</source>
        <translation>Tik na elk gesprek op de grote knop.</translation>
    </message>
    <message>
        <source>Language of the conversation</source>
        <translation>Taal van het gesprek</translation>
    </message>
    <message>
        <source>Does for the neighbourhood</source>
        <translation>Doet voor de buurt</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Heeft nodig</translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation>Doorverwijzing gegeven</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the last conversation</source>
        <translation>Laatste gesprek ongedaan maken</translation>
    </message>
    <message>
        <source>+ Conversation</source>
        <translation>+ Gesprek</translation>
    </message>
    <message>
        <source>Count a conversation</source>
        <translation>Gesprek tellen</translation>
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
    <name>ReportController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Dit apparaat hoort nog niet bij een organisatie.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the logs themselves.</source>
        <translation>Alleen een coördinator kan de registraties zelf exporteren.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Kan niet schrijven naar %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Dit apparaat hoort nog niet bij een organisatie.</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Laatste 12 weken</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Verloop in de tijd</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 van %3 t/m %4</translation>
    </message>
    <message>
        <source>No logs in this period yet.</source>
        <translation>Nog geen registraties in deze periode.</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 people are shown as &lt;5, and a figure that would give one away as x.</source>
        <translation>Groepen van minder dan 5 mensen staan er als &lt;5, en een getal waaruit iemand te herleiden is als x.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Export the logs (no personal data)</source>
        <translation>Registraties exporteren (zonder persoonsgegevens)</translation>
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
<context>
    <name>Themes</name>
    <message>
        <source>Meeting people</source>
        <translation>Elkaar ontmoeten</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Eten</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische gezondheid</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Ouderen</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
</context>
<context>
    <name>TranslationEditorPage</name>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Origineel: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language of this translation</source>
        <translation>Taal van deze vertaling</translation>
    </message>
    <message>
        <source>This is the host&apos;s original text.</source>
        <translation>Dit is de oorspronkelijke tekst van de organisator.</translation>
    </message>
    <message>
        <source>Translated by a person.</source>
        <translation>Vertaald door een mens.</translation>
    </message>
    <message>
        <source>Waiting for someone to check it.</source>
        <translation>Wacht op controle door iemand.</translation>
    </message>
    <message>
        <source>There is no text in this language yet.</source>
        <translation>Er is nog geen tekst in deze taal.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>Eén regel voor de lijst</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Ask someone to check this translation</source>
        <translation>Laat iemand deze vertaling controleren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Een naam is nodig.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>WalkingLine</name>
    <message>
        <source>north</source>
        <translation>noord</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>noordoost</translation>
    </message>
    <message>
        <source>east</source>
        <translation>oost</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>zuidoost</translation>
    </message>
    <message>
        <source>south</source>
        <translation>zuid</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>zuidwest</translation>
    </message>
    <message>
        <source>west</source>
        <translation>west</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>noordwest</translation>
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
        <translation>ongeveer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation>
            <numerusform>%n min lopen</numerusform>
            <numerusform>%n min lopen</numerusform>
        </translation>
    </message>
</context>
</TS>
