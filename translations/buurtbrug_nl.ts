<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActivityEditorPage</name>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <source>Language of the name below</source>
        <translation>Taal van de naam hieronder</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Naam van de activiteit</translation>
    </message>
    <message>
        <source>What happens there</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>Deze activiteit verwijderen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>It no longer shows on any device after the next sync.</source>
        <translation>Na de volgende synchronisatie staat het op geen enkel apparaat meer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Korte naam voor links: letters a-z, cijfers en streepjes; leeg gelaten wordt hij uit de naam gemaakt</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Type a date as day-month-year, such as 19-12-2026.</source>
        <translation>Typ een datum als dag-maand-jaar, bijvoorbeeld 19-12-2026.</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>Type a street and house number, or a postcode, to look up.</source>
        <translation>Typ een straat en huisnummer, of een postcode, om op te zoeken.</translation>
    </message>
    <message>
        <source>This address is too long to look up.</source>
        <translation>Dit adres is te lang om op te zoeken.</translation>
    </message>
    <message>
        <source>The address service cannot be reached. Are you online? You can also type the position, or use this device&apos;s position.</source>
        <translation>De adresdienst is niet bereikbaar. Ben je online? Je kunt de locatie ook intypen, of de locatie van dit apparaat gebruiken.</translation>
    </message>
    <message>
        <source>The address service did not answer in time. Try again, or type the position.</source>
        <translation>De adresdienst antwoordde niet op tijd. Probeer het opnieuw, of typ de locatie in.</translation>
    </message>
    <message>
        <source>The address service gave an answer this app cannot read. Try again later, or type the position.</source>
        <translation>De adresdienst gaf een antwoord dat deze app niet kan lezen. Probeer het later opnieuw, of typ de locatie in.</translation>
    </message>
    <message>
        <source>No address found. Check the street, house number and postcode.</source>
        <translation>Geen adres gevonden. Controleer de straat, het huisnummer en de postcode.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The directory is not available.</source>
        <translation>De gids is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone and marked to be checked. Everyone sees it after the next sync.</source>
        <translation>De tekst in het %1 is op deze telefoon opgeslagen en gemarkeerd om na te kijken. Iedereen ziet hem na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone. Everyone sees it after the next sync.</source>
        <translation>De tekst in het %1 is op deze telefoon opgeslagen. Iedereen ziet hem na de volgende synchronisatie.</translation>
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
    <name>CardController</name>
    <message>
        <source>This is not a Kijk op de Wijk code.</source>
        <translation>Dit is geen Kijk op de Wijk-code.</translation>
    </message>
    <message>
        <source>The code could not be read completely. Hold the phone a little closer and try again.</source>
        <translation>De code kon niet helemaal gelezen worden. Houd de telefoon iets dichterbij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This is an initiative&apos;s poster, not a card.</source>
        <translation>Dit is de poster van een initiatief, geen kaart.</translation>
    </message>
    <message>
        <source>This is a card. Scan the code on the poster of the place you are visiting.</source>
        <translation>Dit is een kaart. Scan de code op de poster van de plek waar je bent.</translation>
    </message>
    <message>
        <source>This card&apos;s organisation is not known on this phone yet. Sync, then try again.</source>
        <translation>De organisatie van deze kaart is nog niet bekend op deze telefoon. Synchroniseer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This code is not genuine: it was changed or copied wrongly.</source>
        <translation>Deze code is niet echt: hij is veranderd of verkeerd overgenomen.</translation>
    </message>
    <message>
        <source>The card&apos;s code is not valid.</source>
        <translation>De code van de kaart is niet geldig.</translation>
    </message>
    <message>
        <source>This card is valid from %1.</source>
        <translation>Deze kaart is geldig vanaf %1.</translation>
    </message>
    <message>
        <source>This card expired on %1.</source>
        <translation>Deze kaart is verlopen op %1.</translation>
    </message>
    <message>
        <source>%1 is not on this card.</source>
        <translation>%1 staat niet op deze kaart.</translation>
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
        <source>Cards are not available on this phone.</source>
        <translation>Kaarten zijn niet beschikbaar op deze telefoon.</translation>
    </message>
    <message>
        <source>First choose the place you are stamping for.</source>
        <translation>Kies eerst de plek waarvoor je stempelt.</translation>
    </message>
    <message>
        <source>This card is not on this phone yet. Scan its QR code, or sync first.</source>
        <translation>Deze kaart staat nog niet op deze telefoon. Scan de QR-code, of synchroniseer eerst.</translation>
    </message>
    <message>
        <source>This code has a typo. Check it against the card.</source>
        <translation>Er zit een tikfout in deze code. Vergelijk hem met de kaart.</translation>
    </message>
    <message>
        <source>Card %1 already has today&apos;s stamp for %2.</source>
        <translation>Kaart %1 heeft de stempel van vandaag voor %2 al.</translation>
    </message>
    <message>
        <source>Stamp confirmed on card %1: %2.</source>
        <translation>Stempel bevestigd op kaart %1: %2.</translation>
    </message>
    <message>
        <source>Stamped card %1: %2.</source>
        <translation>Kaart %1 gestempeld: %2.</translation>
    </message>
    <message>
        <source>Scan the QR code on your card to add it.</source>
        <translation>Scan de QR-code op je kaart om hem toe te voegen.</translation>
    </message>
    <message>
        <source>Your card is on this phone now.</source>
        <translation>Je kaart staat nu op deze telefoon.</translation>
    </message>
    <message>
        <source>Add your card first.</source>
        <translation>Voeg eerst je kaart toe.</translation>
    </message>
    <message>
        <source>You already have today&apos;s stamp for %1.</source>
        <translation>Je hebt de stempel van vandaag voor %1 al.</translation>
    </message>
    <message>
        <source>Saved. The stamp for %1 counts once the host confirms it: ask them to scan your card.</source>
        <translation>Opgeslagen. De stempel voor %1 telt zodra de gastheer of gastvrouw hem bevestigt: vraag of ze je kaart scannen.</translation>
    </message>
    <message>
        <source>Stamped: %1. Well done!</source>
        <translation>Gestempeld: %1. Goed gedaan!</translation>
    </message>
    <message>
        <source>This choice can be changed once your card has synced to this phone.</source>
        <translation>Deze keuze kun je wijzigen zodra je kaart naar deze telefoon is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Cards are issued by the server. Join your organisation first.</source>
        <translation>Kaarten worden uitgegeven via de server. Sluit je eerst aan bij je organisatie.</translation>
    </message>
    <message>
        <source>Choose at least one place for the card.</source>
        <translation>Kies minstens één plek voor de kaart.</translation>
    </message>
    <message>
        <source>Only a coordinator can issue cards.</source>
        <translation>Alleen een coördinator kan kaarten uitgeven.</translation>
    </message>
    <message>
        <source>A chosen place is not known on the server yet. Sync, then try again.</source>
        <translation>Een gekozen plek is nog niet bekend op de server. Synchroniseer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server could not be reached. A card can be issued when there is a network.</source>
        <translation>De server is niet bereikbaar. Een kaart kan worden uitgegeven zodra er netwerk is.</translation>
    </message>
    <message>
        <source>The card was not issued: %1</source>
        <translation>De kaart is niet uitgegeven: %1</translation>
    </message>
    <message>
        <source>Card %1 is valid until %2. The holder can scan the code below with their phone.</source>
        <translation>Kaart %1 is geldig tot %2. De houder kan de code hieronder scannen met de eigen telefoon.</translation>
    </message>
    <message>
        <source>Cancelled: no card was issued.</source>
        <translation>Geannuleerd: er is geen kaart uitgegeven.</translation>
    </message>
    <message>
        <source>Card %1 was revoked on %2: it takes no stamps.</source>
        <translation>Kaart %1 is op %2 ingetrokken: er kunnen geen stempels meer op.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards on this device. Sync, then try again.</source>
        <translation>Deze kaart is niet een van de kaarten van je organisatie op dit apparaat. Synchroniseer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This card cannot be reprinted from this device: its signed code is not here. Issue a replacement instead.</source>
        <translation>Deze kaart kan niet opnieuw worden geprint vanaf dit apparaat: de ondertekende code staat er niet op. Geef in plaats daarvan een vervangende kaart uit.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Kan niet schrijven naar %1.</translation>
    </message>
    <message>
        <source>Saved as %1. No program to show PDF files was found: open it from there.</source>
        <translation>Opgeslagen als %1. Er is geen programma gevonden om PDF-bestanden te tonen: open het bestand vanaf daar.</translation>
    </message>
    <message>
        <source>Card %1 is ready to print.</source>
        <translation>Kaart %1 is klaar om te printen.</translation>
    </message>
    <message>
        <source>Cards are changed through the server. Join your organisation first.</source>
        <translation>Kaarten worden via de server gewijzigd. Sluit je eerst aan bij je organisatie.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards.</source>
        <translation>Deze kaart is niet van je organisatie.</translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation>Onbekende wijziging.</translation>
    </message>
    <message>
        <source>Card %1 is revoked. Hosts&apos; phones refuse it after their next sync.</source>
        <translation>Kaart %1 is ingetrokken. De telefoons van gastheren weigeren hem na hun volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Card %1 is now valid until %2. Reprint it for the holder.</source>
        <translation>Kaart %1 is nu geldig tot %2. Print hem opnieuw voor de houder.</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2, with its stamps. Print it for the holder.</source>
        <translation>Kaart %1 vervangt kaart %2, met de stempels. Print hem voor de houder.</translation>
    </message>
    <message>
        <source>Only a coordinator can change cards.</source>
        <translation>Alleen een coördinator kan kaarten wijzigen.</translation>
    </message>
    <message>
        <source>The server does not know card %1 as one of your organisation&apos;s cards. Nothing was changed.</source>
        <translation>De server kent kaart %1 niet als kaart van je organisatie. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Card %1 was revoked already. Nothing was changed.</source>
        <translation>Kaart %1 was al ingetrokken. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>De server is niet bereikbaar. Er is niets gewijzigd; probeer het opnieuw als er netwerk is.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>The printout could not be made: %1</source>
        <translation>De afdruk kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Posters are signed by the server. Join your organisation first.</source>
        <translation>Posters worden door de server ondertekend. Sluit je eerst aan bij je organisatie.</translation>
    </message>
    <message>
        <source>Choose at least one place for the posters.</source>
        <translation>Kies ten minste één plek voor de posters.</translation>
    </message>
    <message>
        <source>Only a coordinator can print posters.</source>
        <translation>Alleen een coördinator kan posters printen.</translation>
    </message>
    <message>
        <source>The server could not be reached. Posters can be printed when there is a network.</source>
        <translation>De server is niet bereikbaar. Posters kunnen worden geprint als er netwerk is.</translation>
    </message>
    <message>
        <source>The posters were not printed: %1</source>
        <translation>De posters zijn niet geprint: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be checked. Nothing was printed.</source>
        <translation>Het antwoord van de server kon niet worden gecontroleerd. Er is niets geprint.</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) ready to print.</source>
        <translation>
            <numerusform>%n poster klaar om te printen.</numerusform>
            <numerusform>%n posters klaar om te printen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDetailPage</name>
    <message>
        <source>Card %1</source>
        <translation>Kaart %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Choose a card in the list.</source>
        <translation>Kies een kaart in de lijst.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>The holder keeps progress private.</source>
        <translation>De houder houdt de voortgang voor zich.</translation>
    </message>
    <message>
        <source>%1 of %2 places visited</source>
        <translation>%1 van %2 plekken bezocht</translation>
    </message>
    <message>
        <source>Revoked on %1; replaced by card %2.</source>
        <translation>Ingetrokken op %1; vervangen door kaart %2.</translation>
    </message>
    <message>
        <source>Revoked on %1: it takes no stamps.</source>
        <translation>Ingetrokken op %1: er kunnen geen stempels meer op.</translation>
    </message>
    <message>
        <source>Open card %1</source>
        <translation>Kaart %1 openen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printen</translation>
    </message>
    <message>
        <source>This device does not hold this card&apos;s signed code, so it cannot be reprinted here. Issue a replacement instead.</source>
        <translation>Dit apparaat heeft de ondertekende code van deze kaart niet, dus hij kan hier niet opnieuw worden geprint. Geef in plaats daarvan een vervangende kaart uit.</translation>
    </message>
    <message>
        <source>Print as A6 card</source>
        <translation>Printen als A6-kaart</translation>
    </message>
    <message>
        <source>Print as credit card</source>
        <translation>Printen als pasje</translation>
    </message>
    <message>
        <source>Change the card</source>
        <translation>De kaart wijzigen</translation>
    </message>
    <message>
        <source>Cards are changed through the server: join your organisation on the Sync page first.</source>
        <translation>Kaarten worden via de server gewijzigd: sluit je eerst aan bij je organisatie op de pagina Synchroniseren.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Verlengen met</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Extend the card by %1</source>
        <translation>De kaart verlengen met %1</translation>
    </message>
    <message>
        <source>Issue a replacement that keeps the stamps</source>
        <translation>Vervangende kaart uitgeven, met de stempels</translation>
    </message>
    <message>
        <source>Revoke a lost card</source>
        <translation>Een verloren kaart intrekken</translation>
    </message>
    <message>
        <source>Revoke card %1?</source>
        <translation>Kaart %1 intrekken?</translation>
    </message>
    <message>
        <source>Card %1 will take no more stamps, on any phone, after the next sync. Its stamps stay. This cannot be undone: to give the holder a new card with these stamps, choose a replacement instead.</source>
        <translation>Na de volgende synchronisatie kunnen er op geen enkele telefoon nog stempels op kaart %1. De stempels blijven bewaard. Dit kan niet ongedaan worden gemaakt: wil je de houder een nieuwe kaart met deze stempels geven, kies dan een vervangende kaart.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Revoke card %1</source>
        <translation>Kaart %1 intrekken</translation>
    </message>
    <message>
        <source>Keep the card</source>
        <translation>De kaart houden</translation>
    </message>
</context>
<context>
    <name>CardListPage</name>
    <message>
        <source>Cards of the organisation</source>
        <translation>Kaarten van de organisatie</translation>
    </message>
    <message>
        <source>Search by code or place</source>
        <translation>Zoek op code of plek</translation>
    </message>
    <message>
        <source>Search cards by code or place</source>
        <translation>Kaarten zoeken op code of plek</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 van %2 kaarten</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · valid until %2 · %3</source>
        <translation>%1 · geldig tot %2 · %3</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>progress kept private</source>
        <translation>voortgang blijft privé</translation>
    </message>
    <message>
        <source>every place visited</source>
        <translation>alle plekken bezocht</translation>
    </message>
    <message>
        <source>%1 of %2 places</source>
        <translation>%1 van %2 plekken</translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>Geen kaart past bij “%1”.</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>Nog geen kaarten.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Kijk op de Wijk</source>
        <translation>Kijk op de Wijk</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Mijn kaart</translation>
    </message>
    <message>
        <source>Every place visited. Open my card</source>
        <translation>Alle plekken bezocht. Open mijn kaart</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped. Open my card</source>
        <translation>%1 van %2 plekken gestempeld. Open mijn kaart</translation>
    </message>
    <message>
        <source>Got a Kijk op de Wijk card? Add it to follow your stamps. Type the code under the QR code, or scan it.</source>
        <translation>Heb je een Kijk op de Wijk-kaart? Voeg hem toe om je stempels te volgen. Typ de code onder de QR-code, of scan hem.</translation>
    </message>
    <message>
        <source>At your initiative</source>
        <translation>Bij jouw initiatief</translation>
    </message>
    <message>
        <source>Stamp a card</source>
        <translation>Kaart stempelen</translation>
    </message>
    <message>
        <source>Cards of the organisation</source>
        <translation>Kaarten van de organisatie</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>Kaart uitgeven</translation>
    </message>
    <message>
        <source>Cards are issued through the server: join your organisation on the Sync page first.</source>
        <translation>Kaarten worden uitgegeven via de server: sluit je eerst aan bij je organisatie op de pagina Synchronisatie.</translation>
    </message>
    <message>
        <source>Search, reprint, extend or revoke cards</source>
        <translation>Kaarten zoeken, opnieuw printen, verlengen of intrekken</translation>
    </message>
    <message>
        <source>Print posters</source>
        <translation>Posters printen</translation>
    </message>
</context>
<context>
    <name>ConflictDesk</name>
    <message>
        <source>Activity %1</source>
        <translation>Activiteit %1</translation>
    </message>
    <message>
        <source>The texts in %1</source>
        <translation>De teksten in het %1</translation>
    </message>
    <message>
        <source>The initiative&apos;s facts</source>
        <translation>De gegevens van het initiatief</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The versions could not be read from this device&apos;s storage.</source>
        <translation>De versies konden niet worden gelezen uit de opslag van dit apparaat.</translation>
    </message>
    <message>
        <source>New changes arrived while you were choosing. The versions are shown again: please choose once more.</source>
        <translation>Er kwamen nieuwe wijzigingen binnen terwijl je koos. De versies staan er opnieuw: kies nog een keer.</translation>
    </message>
    <message>
        <source>These choices do not fit together and were not saved. Choose differently, or keep one version whole.</source>
        <translation>Deze keuzes passen niet bij elkaar en zijn niet opgeslagen. Kies anders, of houd één versie helemaal.</translation>
    </message>
    <message>
        <source>Saving did not work: this device&apos;s storage refused it. Nothing was changed.</source>
        <translation>Opslaan lukte niet: de opslag van dit apparaat weigerde het. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Saved. The other version is removed on every device at the next sync.</source>
        <translation>Opgeslagen. De andere versie verdwijnt bij de volgende synchronisatie van elk apparaat.</translation>
    </message>
</context>
<context>
    <name>ConflictFieldDelegate</name>
    <message>
        <source>%1, differs between the versions</source>
        <translation>%1, verschilt tussen de versies</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ verschilt</translation>
    </message>
    <message>
        <source>Version %1, shown now</source>
        <translation>Versie %1, nu getoond</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>%1: %2 (kept)</source>
        <translation>%1: %2 (blijft)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3, chosen</source>
        <translation>%1 van %2 houden: %3, gekozen</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3</source>
        <translation>%1 van %2 houden: %3</translation>
    </message>
    <message>
        <source>✓ Kept: %1</source>
        <translation>✓ Blijft: %1</translation>
    </message>
</context>
<context>
    <name>ConflictFieldText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>oorspronkelijke tekst</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>vertaald door een mens</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>nog na te kijken</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Drempelvrije ingang</translation>
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
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Gestopt op</translation>
    </message>
    <message>
        <source>Stamp distance in metres</source>
        <translation>Stempelafstand in meters</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Oorspronkelijke taal</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Voorbeeldgegevens</translation>
    </message>
    <message>
        <source>Short name in links</source>
        <translation>Korte naam in links</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Every how many weeks or months</source>
        <translation>Om de hoeveel weken of maanden</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Welke week van de maand</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Eindigt om</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Geteld vanaf</translation>
    </message>
    <message>
        <source>Not on these days</source>
        <translation>Niet op deze dagen</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Niet op feestdagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Hoe kom je binnen</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Status van de vertaling</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Texts of the activity %1</source>
        <translation>Teksten van de activiteit %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>Choose between versions</source>
        <translation>Kiezen tussen versies</translation>
    </message>
    <message>
        <source>This was changed on two devices at the same time. For each field that differs, choose the value to keep. Saving keeps your choice as the one version and removes the others on every device at the next sync.</source>
        <translation>Dit is op twee apparaten tegelijk veranderd. Kies bij elk veld dat verschilt de waarde die blijft. Opslaan maakt je keuze de enige versie en haalt de andere bij de volgende synchronisatie van elk apparaat weg.</translation>
    </message>
    <message>
        <source>Keep one version whole</source>
        <translation>Eén versie helemaal houden</translation>
    </message>
    <message>
        <source>Choose all of version %1</source>
        <translation>Alles van versie %1 kiezen</translation>
    </message>
    <message>
        <source>The same in every version: %1</source>
        <translation>Gelijk in elke versie: %1</translation>
    </message>
    <message>
        <source>Save this choice</source>
        <translation>Deze keuze opslaan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
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
    <name>DateList</name>
    <message>
        <source>day-month-year</source>
        <translation>dag-maand-jaar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>Choose what the new phone is for.</source>
        <translation>Kies waarvoor de nieuwe telefoon is.</translation>
    </message>
    <message>
        <source>Type the first name or a nickname of the person who gets the phone, so the list says whose it is.</source>
        <translation>Typ de voornaam of een bijnaam van wie de telefoon krijgt, zodat de lijst zegt van wie hij is.</translation>
    </message>
    <message numerus="yes">
        <source>A first name or nickname of at most %n characters, please.</source>
        <translation>
            <numerusform>Een voornaam of bijnaam van hoogstens %n teken, graag.</numerusform>
            <numerusform>Een voornaam of bijnaam van hoogstens %n tekens, graag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the initiatives this host hosts: the phone stamps cards only for those.</source>
        <translation>Kies de initiatieven van deze gastvrouw of gastheer: de telefoon stempelt alleen voor die plekken.</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Telefoons worden via de server uitgenodigd en ingetrokken: sluit je eerst als coördinator aan bij je organisatie, op de pagina Synchronisatie.</translation>
    </message>
    <message>
        <source>Still waiting for the server&apos;s answer to the previous request.</source>
        <translation>Nog aan het wachten op het antwoord van de server op de vorige vraag.</translation>
    </message>
    <message>
        <source>An invite for %1&apos;s phone is ready. Let the new phone scan the QR code below, or type its code on the phone&apos;s Sync page.</source>
        <translation>De uitnodiging voor de telefoon van %1 is klaar. Laat de nieuwe telefoon de QR-code hieronder scannen, of typ de code op de pagina Synchronisatie van die telefoon.</translation>
    </message>
    <message>
        <source>%1&apos;s phone is revoked: the server refuses it from its next request on.</source>
        <translation>De telefoon van %1 is ingetrokken: de server weigert hem vanaf zijn volgende verzoek.</translation>
    </message>
    <message>
        <source>Stopped waiting for the list of phones.</source>
        <translation>Gestopt met wachten op de lijst met telefoons.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. It may still have done it: the list shows what it holds once it is fetched again.</source>
        <translation>Gestopt met wachten op de server. Misschien heeft hij het toch gedaan: de lijst laat zien wat de server heeft zodra je hem opnieuw ophaalt.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>De server is niet bereikbaar. Er is niets gewijzigd; probeer het opnieuw als er netwerk is.</translation>
    </message>
    <message>
        <source>The server no longer accepts this phone: it was removed from the organisation. Join again with a new invite.</source>
        <translation>De server accepteert deze telefoon niet meer: hij is uit de organisatie verwijderd. Sluit je opnieuw aan met een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>The server refused: only a coordinator manages the phones, and only those of their own organisation.</source>
        <translation>De server weigert: alleen een coördinator beheert de telefoons, en alleen die van de eigen organisatie.</translation>
    </message>
    <message>
        <source>The server does not know this phone. Nothing was changed.</source>
        <translation>De server kent deze telefoon niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This server does not manage phones from the app. Ask whoever runs it to update it.</source>
        <translation>Deze server beheert geen telefoons vanuit de app. Vraag wie de server beheert om hem bij te werken.</translation>
    </message>
    <message>
        <source>The server did not accept this invite: check the name and the initiatives, then try again.</source>
        <translation>De server accepteerde deze uitnodiging niet: controleer de naam en de initiatieven en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Nothing was changed.</source>
        <translation>De server accepteerde dit verzoek niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing. Try again in a few minutes; if it keeps happening, tell whoever runs the server.</source>
        <translation>De server had een probleem en heeft niets veranderd. Probeer het over een paar minuten opnieuw; blijft het gebeuren, meld het dan aan wie de server beheert.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <source>Joined %1 · last sync %2</source>
        <translation>Aangesloten %1 · laatst gesynchroniseerd %2</translation>
    </message>
    <message>
        <source>Joined %1 · not synced yet</source>
        <translation>Aangesloten %1 · nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Revoked: the server refuses this phone.</source>
        <translation>Ingetrokken: de server weigert deze telefoon.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>Telefoon van %1 intrekken</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Buurtmaatje (neighbourhood buddy)</source>
        <translation>Buurtmaatje</translation>
    </message>
    <message>
        <source>Verbindingswerker (connector)</source>
        <translation>Verbindingswerker</translation>
    </message>
    <message>
        <source>Host of an initiative</source>
        <translation>Gastvrouw of gastheer van een initiatief</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Directory editor</source>
        <translation>Redacteur van de sociale kaart</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Kaarthouder</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Phones of the organisation</source>
        <translation>Telefoons van de organisatie</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Telefoons worden via de server uitgenodigd en ingetrokken: sluit je eerst als coördinator aan bij je organisatie, op de pagina Synchronisatie.</translation>
    </message>
    <message>
        <source>Making the invite: waiting for the server…</source>
        <translation>Uitnodiging maken: wachten op de server…</translation>
    </message>
    <message>
        <source>Revoking: waiting for the server…</source>
        <translation>Intrekken: wachten op de server…</translation>
    </message>
    <message>
        <source>Fetching the phones: waiting for the server…</source>
        <translation>Telefoons ophalen: wachten op de server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>Stop met wachten op de server</translation>
    </message>
    <message>
        <source>Invite a phone</source>
        <translation>Een telefoon uitnodigen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>What the phone is for</source>
        <translation>Waarvoor de telefoon is</translation>
    </message>
    <message>
        <source>The initiatives this host hosts</source>
        <translation>De initiatieven van deze gastvrouw of gastheer</translation>
    </message>
    <message>
        <source>First name or nickname of the person who gets the phone</source>
        <translation>Voornaam of bijnaam van wie de telefoon krijgt</translation>
    </message>
    <message>
        <source>Make the invite</source>
        <translation>Uitnodiging maken</translation>
    </message>
    <message>
        <source>The organisation&apos;s phones</source>
        <translation>De telefoons van de organisatie</translation>
    </message>
    <message>
        <source>No phones have joined yet.</source>
        <translation>Er zijn nog geen telefoons aangesloten.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n telefoon</numerusform>
            <numerusform>%n telefoons</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the list again</source>
        <translation>Lijst opnieuw ophalen</translation>
    </message>
    <message>
        <source>Revoke the phone of %1?</source>
        <translation>Telefoon van %1 intrekken?</translation>
    </message>
    <message>
        <source>The phone of %1 (%2) can no longer sync: the server refuses it from its next request on. What it has not sent yet stays on that phone. This cannot be undone; to use the phone again, invite it anew.</source>
        <translation>De telefoon van %1 (%2) kan niet meer synchroniseren: de server weigert hem vanaf zijn volgende verzoek. Wat hij nog niet heeft verstuurd, blijft op die telefoon. Dit kan niet ongedaan worden gemaakt; nodig de telefoon opnieuw uit om hem weer te gebruiken.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>Telefoon van %1 intrekken</translation>
    </message>
    <message>
        <source>Keep the phone</source>
        <translation>Telefoon houden</translation>
    </message>
</context>
<context>
    <name>DirectoryEdit</name>
    <message>
        <source>Give the initiative a name in at least one language.</source>
        <translation>Geef het initiatief een naam in minstens één taal.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>This text holds invisible direction characters; type it again.</source>
        <translation>Deze tekst bevat onzichtbare richtingstekens; typ hem opnieuw.</translation>
    </message>
    <message>
        <source>This language is not one the directory knows.</source>
        <translation>Deze taal kent de sociale kaart niet.</translation>
    </message>
    <message>
        <source>Choose original, translated by a person, or to be checked.</source>
        <translation>Kies origineel, vertaald door een mens, of nog na te kijken.</translation>
    </message>
    <message>
        <source>This theme is not one the directory knows.</source>
        <translation>Dit thema kent de sociale kaart niet.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>Deze lijst is te lang.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes only.</source>
        <translation>Gebruik alleen kleine letters, cijfers en streepjes.</translation>
    </message>
    <message>
        <source>This one exists already.</source>
        <translation>Deze bestaat al.</translation>
    </message>
    <message>
        <source>This is not a position on the map.</source>
        <translation>Dit is geen plek op de kaart.</translation>
    </message>
    <message>
        <source>This position is outside the Netherlands.</source>
        <translation>Deze plek ligt buiten Nederland.</translation>
    </message>
    <message>
        <source>A postcode is four digits and two letters, such as 3024 AB.</source>
        <translation>Een postcode is vier cijfers en twee letters, zoals 3024 AB.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Dit is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Dit is geen e-mailadres.</translation>
    </message>
    <message>
        <source>A website starts with https:// or http://.</source>
        <translation>Een website begint met https:// of http://.</translation>
    </message>
    <message>
        <source>This schedule is not complete or not valid.</source>
        <translation>Dit rooster is niet compleet of niet geldig.</translation>
    </message>
    <message>
        <source>With this schedule the activity never takes place.</source>
        <translation>Met dit rooster vindt de activiteit nooit plaats.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Dit bestaat niet meer.</translation>
    </message>
    <message>
        <source>Someone else saved a change meanwhile; open it again.</source>
        <translation>Iemand anders heeft intussen een wijziging bewaard; open het opnieuw.</translation>
    </message>
    <message>
        <source>This initiative was retired.</source>
        <translation>Dit initiatief is opgeheven.</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorController</name>
    <message>
        <source>Saved on this device. You can add its activities now; everyone sees it after the next sync.</source>
        <translation>Opgeslagen op dit apparaat. Je kunt nu de activiteiten toevoegen; iedereen ziet het na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Saved on this device. Everyone sees it after the next sync.</source>
        <translation>Opgeslagen op dit apparaat. Iedereen ziet het na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Retired: it no longer shows in the list. Its texts are kept.</source>
        <translation>Gestopt: het staat niet meer in de lijst. De teksten blijven bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need another look. Everything you typed is still here.</source>
        <translation>
            <numerusform>Niet opgeslagen: %n veld moet nog eens bekeken worden. Alles wat je hebt getypt staat er nog.</numerusform>
            <numerusform>Niet opgeslagen: %n velden moeten nog eens bekeken worden. Alles wat je hebt getypt staat er nog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here.</source>
        <translation>Niet opgeslagen: %1 Alles wat je hebt getypt staat er nog.</translation>
    </message>
    <message>
        <source>Not saved: this device could not store it (%1). Everything you typed is still here.</source>
        <translation>Niet opgeslagen: dit apparaat kon het niet bewaren (%1). Alles wat je hebt getypt staat er nog.</translation>
    </message>
    <message>
        <source>This device has no position yet. Go outside or wait a moment, or type the position.</source>
        <translation>Dit apparaat heeft nog geen locatie. Ga naar buiten of wacht even, of typ de locatie in.</translation>
    </message>
    <message>
        <source>This device&apos;s position is rough (within %1 m). Check it, or look up the address.</source>
        <translation>De locatie van dit apparaat is onnauwkeurig (tot op %1 m). Controleer hem, of zoek het adres op.</translation>
    </message>
    <message>
        <source>The position is filled in. It is saved with the initiative.</source>
        <translation>De locatie is ingevuld. Hij wordt met het initiatief opgeslagen.</translation>
    </message>
    <message>
        <source>The activity is saved on this device.</source>
        <translation>De activiteit is opgeslagen op dit apparaat.</translation>
    </message>
    <message>
        <source>The activity is removed.</source>
        <translation>De activiteit is verwijderd.</translation>
    </message>
</context>
<context>
    <name>FieldLogController</name>
    <message>
        <source>The data of this code was erased on request. Choose a new code.</source>
        <translation>De gegevens van deze code zijn op verzoek gewist. Kies een nieuwe code.</translation>
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
    <message>
        <source>This record was deleted, perhaps on another phone.</source>
        <translation>Dit is verwijderd, misschien op een andere telefoon.</translation>
    </message>
    <message>
        <source>The phone could not save this. Nothing was changed; try again.</source>
        <translation>De telefoon kon dit niet opslaan. Er is niets veranderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This could not be saved. Nothing was changed.</source>
        <translation>Dit kon niet worden opgeslagen. Er is niets veranderd.</translation>
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
    <message>
        <source>Sorted by name until the phone knows where you are.</source>
        <translation>Op naam gesorteerd tot de telefoon weet waar je bent.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Welcome to Buurtbrug</source>
        <translation>Welkom bij Buurtbrug</translation>
    </message>
    <message>
        <source>Join your organisation with the invite from your coordinator, to see and log what is real.</source>
        <translation>Sluit aan bij je organisatie met de uitnodiging van je coördinator, om te zien en vast te leggen wat echt is.</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Aansluiten bij mijn organisatie</translation>
    </message>
    <message>
        <source>Or look around first: a sample neighbourhood with invented places and logs. It stays on this phone, is marked as a sample on every screen, and is removed when the phone joins.</source>
        <translation>Of kijk eerst rond: een voorbeeldbuurt met verzonnen plekken en registraties. Die blijft op deze telefoon, staat op elk scherm als voorbeeld aangegeven en verdwijnt zodra de telefoon aansluit.</translation>
    </message>
    <message>
        <source>Look around with a sample neighbourhood</source>
        <translation>Rondkijken in een voorbeeldbuurt</translation>
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
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route to %1 in the maps app</source>
        <translation>Route naar %1 in de kaarten-app</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Bel %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This phone cannot read %1 aloud.</source>
        <translation>Deze telefoon kan %1 niet voorlezen.</translation>
    </message>
    <message>
        <source>This initiative was changed on two devices at the same time, so it has more than one version. People see one of them until you choose what to keep.</source>
        <translation>Dit initiatief is op twee apparaten tegelijk veranderd en heeft daardoor meer dan één versie. Mensen zien er één van, tot je kiest wat blijft.</translation>
    </message>
    <message>
        <source>Compare the versions</source>
        <translation>Versies vergelijken</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit this initiative</source>
        <translation>Dit initiatief bewerken</translation>
    </message>
</context>
<context>
    <name>InitiativeEditorPage</name>
    <message>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Initiatief bewerken</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>Naam en beschrijving</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Address and position</source>
        <translation>Adres en locatie</translation>
    </message>
    <message>
        <source>Languages spoken there</source>
        <translation>Talen die er gesproken worden</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Drempelvrije ingang</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Ruimte voor een rollator</translation>
    </message>
    <message>
        <source>A quiet room</source>
        <translation>Een stille ruimte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its activities here.</source>
        <translation>Sla het initiatief eerst op; voeg daarna hier de activiteiten toe.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Activiteit toevoegen</translation>
    </message>
    <message>
        <source>Retire this initiative</source>
        <translation>Met dit initiatief stoppen</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>Stoppen met %1?</translation>
    </message>
    <message>
        <source>It no longer shows in the list, on any device, after the next sync. Its activities and photos are removed; its texts are kept.</source>
        <translation>Na de volgende synchronisatie staat het op geen enkel apparaat meer in de lijst. De activiteiten en foto&apos;s worden verwijderd; de teksten blijven bewaard.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Korte naam voor links: letters a-z, cijfers en streepjes; leeg gelaten wordt hij uit de naam gemaakt</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
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
    <message>
        <source>Add initiative</source>
        <translation>Initiatief toevoegen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Toon als lijst</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Toon op de kaart</translation>
    </message>
</context>
<context>
    <name>InitiativeMap</name>
    <message>
        <source>Map of the initiatives</source>
        <translation>Kaart van de initiatieven</translation>
    </message>
    <message>
        <source>Drag to move the map. The list shows every place.</source>
        <translation>Sleep om de kaart te verschuiven. De lijst toont elke plek.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Show my position</source>
        <translation>Toon mijn positie</translation>
    </message>
    <message>
        <source>No map pictures on this phone yet: the places are shown without streets. The list has every place.</source>
        <translation>Nog geen kaartbeelden op deze telefoon: de plekken staan er zonder straten. De lijst heeft elke plek.</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Kaart: %1</translation>
    </message>
    <message>
        <source>Map: no tile source</source>
        <translation>Kaart: geen kaartbron</translation>
    </message>
</context>
<context>
    <name>InitiativePhotoController</name>
    <message>
        <source>This file cannot be opened.</source>
        <translation>Dit bestand kan niet geopend worden.</translation>
    </message>
    <message>
        <source>Only a coordinator or a host adds photos.</source>
        <translation>Alleen een coördinator of een gastvrouw/-heer voegt foto&apos;s toe.</translation>
    </message>
    <message>
        <source>Describe the photo in a few words first, for people who cannot see it.</source>
        <translation>Beschrijf de foto eerst in een paar woorden, voor wie hem niet kan zien.</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>De foto is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Photo added. It goes to the other devices with the next sync.</source>
        <translation>Foto toegevoegd. Hij gaat bij de volgende synchronisatie naar de andere apparaten.</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>De foto is niet verwijderd: %1</translation>
    </message>
    <message>
        <source>Photo removed, here and on the other devices after the next sync.</source>
        <translation>Foto verwijderd, hier en na de volgende synchronisatie op de andere apparaten.</translation>
    </message>
</context>
<context>
    <name>InitiativeTextsSection</name>
    <message>
        <source>original</source>
        <translation>origineel</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>vertaald door een mens</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>nog te controleren</translation>
    </message>
    <message>
        <source>Language of the texts below</source>
        <translation>Taal van de teksten hieronder</translation>
    </message>
    <message>
        <source>%1: %2, needs another look</source>
        <translation>%1: %2, moet nog eens bekeken worden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Opening notes (how to get in, what to bring)</source>
        <translation>Praktisch (hoe kom je binnen, wat neem je mee)</translation>
    </message>
    <message>
        <source>This text is</source>
        <translation>Deze tekst is</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>QR code of the invite for %1</source>
        <translation>QR-code van de uitnodiging voor %1</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <translation>Uitnodigingscode %1</translation>
    </message>
    <message>
        <source>For %1, as %2. It works once, until %3.</source>
        <translation>Voor %1, als %2. Werkt één keer, tot %3.</translation>
    </message>
    <message>
        <source>On the new phone: open Sync and scan this code, or type the code with the server&apos;s address.</source>
        <translation>Op de nieuwe telefoon: open Sync en scan deze code, of typ de code met het adres van de server.</translation>
    </message>
    <message>
        <source>Invite another phone</source>
        <translation>Nog een telefoon uitnodigen</translation>
    </message>
</context>
<context>
    <name>IssueCardPage</name>
    <message>
        <source>Issue a card</source>
        <translation>Kaart uitgeven</translation>
    </message>
    <message>
        <source>QR code of card %1</source>
        <translation>QR-code van kaart %1</translation>
    </message>
    <message>
        <source>Issue another card</source>
        <translation>Nog een kaart uitgeven</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Plekken om te bezoeken</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Geldig gedurende</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s language</source>
        <translation>Taal van de houder</translation>
    </message>
    <message>
        <source>The holder lets me see which places they visited</source>
        <translation>De houder laat mij zien welke plekken hij of zij bezocht</translation>
    </message>
    <message>
        <source>Ask the holder; they can change this later on their own card.</source>
        <translation>Vraag het de houder; die kan dit later zelf wijzigen op de eigen kaart.</translation>
    </message>
    <message>
        <source>Issue the card</source>
        <translation>Kaart uitgeven</translation>
    </message>
    <message>
        <source>The same places as the last card</source>
        <translation>Dezelfde plekken als de vorige kaart</translation>
    </message>
    <message>
        <source>Issuing: waiting for the server…</source>
        <translation>Kaart uitgeven: wachten op de server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel issuing the card</source>
        <translation>Uitgeven van de kaart annuleren</translation>
    </message>
</context>
<context>
    <name>JoinController</name>
    <message>
        <source>This phone has joined. It syncs whenever there is a network.</source>
        <translation>Deze telefoon doet nu mee. Hij synchroniseert zodra er netwerk is.</translation>
    </message>
    <message>
        <source>This is not an invite code.</source>
        <translation>Dit is geen uitnodigingscode.</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Typ de uitnodigingscode.</translation>
    </message>
    <message>
        <source>An invite code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Compare it with the invite.</source>
        <translation>Een uitnodigingscode heeft 16 letters en cijfers, zoals ABCD-EFGH-JKMN-PQRS. Vergelijk hem met de uitnodiging.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example https://buurtbrug.example.nl.</source>
        <translation>Typ het adres van de server, bijvoorbeeld https://buurtbrug.example.nl.</translation>
    </message>
    <message>
        <source>This app cannot join an organisation.</source>
        <translation>Deze app kan zich niet bij een organisatie aansluiten.</translation>
    </message>
    <message>
        <source>The server does not know this invite code. Compare it with the invite, letter by letter.</source>
        <translation>De server kent deze uitnodigingscode niet. Vergelijk hem letter voor letter met de uitnodiging.</translation>
    </message>
    <message>
        <source>This invite code was already used; a code works only once. Ask the coordinator for a new one.</source>
        <translation>Deze uitnodigingscode is al gebruikt; een code werkt maar één keer. Vraag de coördinator om een nieuwe.</translation>
    </message>
    <message>
        <source>This invite code has expired. Ask the coordinator for a new one.</source>
        <translation>Deze uitnodigingscode is verlopen. Vraag de coördinator om een nieuwe.</translation>
    </message>
    <message>
        <source>The server did not accept this invite code. Compare it with the invite: a code works only once and for a limited time. If it is right, ask the coordinator for a new one.</source>
        <translation>De server accepteerde deze uitnodigingscode niet. Vergelijk hem met de uitnodiging: een code werkt maar één keer en een beperkte tijd. Klopt hij, vraag de coördinator dan om een nieuwe.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation>De server is niet bereikbaar. Controleer het adres en het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server accepted the code, but this phone could not keep it. Free some space, then ask the coordinator for a new code.</source>
        <translation>De server heeft de code aanvaard, maar deze telefoon kon hem niet bewaren. Maak ruimte vrij en vraag de coördinator dan om een nieuwe code.</translation>
    </message>
    <message>
        <source>Joining was cancelled. Nothing was changed on this phone.</source>
        <translation>Aansluiten is geannuleerd. Er is niets veranderd op deze telefoon.</translation>
    </message>
    <message>
        <source>This sign-in code is damaged or incomplete. Scan it again, or ask the coordinator for the code once more. Nothing was changed on this phone.</source>
        <translation>Deze aanmeldcode is beschadigd of onvolledig. Scan hem opnieuw, of vraag de coördinator de code nog eens. Er is niets veranderd op deze telefoon.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in code: it is wrong, or this phone was removed. Ask the coordinator for a new one. Nothing was changed on this phone.</source>
        <translation>De server heeft deze aanmeldcode niet aanvaard: hij klopt niet, of deze telefoon is verwijderd. Vraag de coördinator om een nieuwe. Er is niets veranderd op deze telefoon.</translation>
    </message>
    <message>
        <source>This address starts with http:// and would send this phone&apos;s sign-in unprotected over the network. Use the server&apos;s https:// address. Nothing was changed on this phone.</source>
        <translation>Dit adres begint met http:// en zou de aanmelding van deze telefoon onbeschermd over het netwerk sturen. Gebruik het https://-adres van de server. Er is niets veranderd op deze telefoon.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>Taal van deze tekst: %1. Er is nog geen vertaling in jouw taal.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Taal: %1</translation>
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
    <message>
        <source>This phone cannot read aloud in %1.</source>
        <translation>Deze telefoon kan niet voorlezen in: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>Tamazight (Berbers)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgaars</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>Papiaments</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>Sranantongo</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Kaapverdisch Creools</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Line chart of %1 per %2; the table below reads the same numbers.</source>
        <translation>Lijngrafiek van %1 per %2; de tabel eronder geeft dezelfde getallen.</translation>
    </message>
    <message>
        <source>Open circle: fewer than 5 people, so the number is not shown.</source>
        <translation>Open rondje: minder dan 5 mensen, dus het getal wordt niet getoond.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
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
    <message>
        <source>Marked as arrived.</source>
        <translation>Aangekomen, genoteerd.</translation>
    </message>
    <message>
        <source>Marked as not arrived.</source>
        <translation>Niet aangekomen, genoteerd.</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>Opvolging afgesloten.</translation>
    </message>
    <message>
        <source>Moved to next week.</source>
        <translation>Verplaatst naar volgende week.</translation>
    </message>
    <message>
        <source>Logs stay on this phone. To share them with your organisation, join it on the Sync page.</source>
        <translation>Registraties blijven op deze telefoon. Wil je ze delen met je organisatie, sluit je dan aan op de pagina Synchronisatie.</translation>
    </message>
    <message>
        <source>This phone was removed from %1. Logs stay on it until it joins again on the Sync page.</source>
        <translation>Deze telefoon is verwijderd uit %1. Registraties blijven erop staan tot hij weer meedoet via de pagina Synchronisatie.</translation>
    </message>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>Privacyverzoek van een persoon</translation>
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
    <message>
        <source>Stamp card</source>
        <translation>Stempelkaart</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>navigation, short</comment>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
    <name>MyCardPage</name>
    <message>
        <source>My card</source>
        <translation>Mijn kaart</translation>
    </message>
    <message>
        <source>Your referrer can see which places you visited.</source>
        <translation>Je verwijzer kan zien welke plekken je hebt bezocht.</translation>
    </message>
    <message>
        <source>Your progress is private again. Your referrer no longer sees it.</source>
        <translation>Je voortgang is weer privé. Je verwijzer ziet hem niet meer.</translation>
    </message>
    <message>
        <source>You visited every place on your card. Well done!</source>
        <translation>Je hebt alle plekken op je kaart bezocht. Goed gedaan!</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped</source>
        <translation>%1 van %2 plekken gestempeld</translation>
    </message>
    <message>
        <source>Card %1 · valid until %2</source>
        <translation>Kaart %1 · geldig tot %2</translation>
    </message>
    <message>
        <source>This card has ended. Your referrer can give you a new one.</source>
        <translation>Deze kaart is afgelopen. Je verwijzer kan je een nieuwe geven.</translation>
    </message>
    <message>
        <source>Open today: %1 at %2</source>
        <translation>Vandaag open: %1 om %2</translation>
    </message>
    <message>
        <source>Open today: %1</source>
        <translation>Vandaag open: %1</translation>
    </message>
    <message>
        <source>Stamp with the poster&apos;s code</source>
        <translation>Stempelen met de code op de poster</translation>
    </message>
    <message>
        <source>My referrer may see which places I visited</source>
        <translation>Mijn verwijzer mag zien welke plekken ik heb bezocht</translation>
    </message>
    <message>
        <source>You can change this once your card has synced to this phone.</source>
        <translation>Dit kun je wijzigen zodra je kaart naar deze telefoon is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Show this place</source>
        <translation>Toon deze plek</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Toon %1</translation>
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
    <name>PhotoGallery</name>
    <message>
        <source>Photos of this place</source>
        <translation>Foto&apos;s van deze plek</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>De foto wordt geladen…</translation>
    </message>
    <message>
        <source>This photo is not on this device yet.</source>
        <translation>Deze foto staat nog niet op dit apparaat.</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Vorige foto</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 van %2</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Volgende foto</translation>
    </message>
    <message>
        <source>This photo is not on this phone yet. It comes with the next sync when the phone is online.</source>
        <translation>Deze foto staat nog niet op deze telefoon. Hij komt mee met de volgende synchronisatie als de telefoon online is.</translation>
    </message>
    <message>
        <source>%1 (photo not on this phone yet)</source>
        <translation>%1 (foto nog niet op deze telefoon)</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>This file is empty.</source>
        <translation>Dit bestand is leeg.</translation>
    </message>
    <message>
        <source>This photo is too large: at most %1 MB.</source>
        <translation>Deze foto is te groot: hoogstens %1 MB.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG picture.</source>
        <translation>Dit bestand is geen foto. Kies een JPEG- of PNG-afbeelding.</translation>
    </message>
    <message>
        <source>This photo has too many pixels: at most %1 megapixels.</source>
        <translation>Deze foto heeft te veel pixels: hoogstens %1 megapixel.</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read.</source>
        <translation>Deze foto is beschadigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>This photo could not be made smaller. Try another one.</source>
        <translation>Deze foto kon niet kleiner gemaakt worden. Probeer een andere.</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photos are of places, not people: the entrance, the room, the sign. Do not photograph people.</source>
        <translation>Foto&apos;s zijn van plekken, niet van mensen: de ingang, de ruimte, het bord. Fotografeer geen mensen.</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its photos here.</source>
        <translation>Sla het initiatief eerst op; voeg daarna hier de foto&apos;s toe.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the photo %1</source>
        <translation>De foto %1 verwijderen</translation>
    </message>
    <message>
        <source>What the photo shows, for people who cannot see it (for example: green front door next to the bakery)</source>
        <translation>Wat de foto laat zien, voor wie hem niet kan zien (bijvoorbeeld: groene voordeur naast de bakker)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Foto toevoegen</translation>
    </message>
    <message>
        <source>Choose a photo of the place</source>
        <translation>Kies een foto van de plek</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Deze foto verwijderen?</translation>
    </message>
    <message>
        <source>The photo “%1” goes from this device now and from every other device after the next sync.</source>
        <translation>De foto „%1” verdwijnt nu van dit apparaat en na de volgende synchronisatie van alle andere.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Making the photo smaller and removing its hidden data…</source>
        <translation>De foto wordt kleiner gemaakt en de verborgen gegevens worden verwijderd…</translation>
    </message>
    <message>
        <source>The camera did not start; add a photo from a file instead.</source>
        <translation>De camera startte niet; voeg in plaats daarvan een foto uit een bestand toe.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Foto maken</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>Foto uit een bestand toevoegen</translation>
    </message>
    <message>
        <source>Take a photo of the place</source>
        <translation>Maak een foto van de plek</translation>
    </message>
    <message>
        <source>Photograph the place, not people. If someone is in the picture, wait until they have gone.</source>
        <translation>Fotografeer de plek, geen mensen. Staat er iemand in beeld, wacht dan tot die weg is.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Foto nemen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PhotoViewfinder</name>
    <message>
        <source>Camera picture</source>
        <translation>Camerabeeld</translation>
    </message>
</context>
<context>
    <name>PositionSection</name>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Find the position of this address</source>
        <translation>Locatie van dit adres zoeken</translation>
    </message>
    <message>
        <source>Use this device&apos;s position</source>
        <translation>Locatie van dit apparaat gebruiken</translation>
    </message>
    <message>
        <source>Looking up the address…</source>
        <translation>Adres opzoeken…</translation>
    </message>
    <message>
        <source>Choose the address that is meant:</source>
        <translation>Kies het bedoelde adres:</translation>
    </message>
    <message>
        <source>Latitude (north), e.g. 51.9105</source>
        <translation>Breedtegraad (noord), bijv. 51,9105</translation>
    </message>
    <message>
        <source>Longitude (east), e.g. 4.4502</source>
        <translation>Lengtegraad (oost), bijv. 4,4502</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <source>Print posters</source>
        <translation>Posters printen</translation>
    </message>
    <message>
        <source>A card holder scans the poster at the door to stamp their own card.</source>
        <translation>Een kaarthouder scant de poster bij de deur om zelf een stempel op de kaart te zetten.</translation>
    </message>
    <message>
        <source>Posters are signed by the server: join your organisation on the Sync page first.</source>
        <translation>Posters worden door de server ondertekend: sluit je eerst aan bij je organisatie op de pagina Synchroniseren.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n poster(s)</source>
        <translation>
            <numerusform>%n poster printen</numerusform>
            <numerusform>%n posters printen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintLabels</name>
    <message>
        <source>Kijk op de Wijk</source>
        <translation>Kijk op de Wijk</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Jouw kaart</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Kaartcode</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Geldig vanaf %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Geldig tot en met %1</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Hier ben je welkom</translation>
    </message>
    <message>
        <source>Show this card at each place for a stamp</source>
        <translation>Laat deze kaart op elke plek zien voor een stempel</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Kijk op de Wijk: scan this code to stamp your card</source>
        <translation>Kijk op de Wijk: scan deze code voor een stempel op je kaart</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Dit apparaat hoort nog niet bij een organisatie.</translation>
    </message>
    <message>
        <source>Type the person&apos;s code, as it is written in the logs.</source>
        <translation>Typ de code van de persoon, zoals die in de registraties staat.</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>De registraties konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No contact or visit carries this code on this device. Check the code, or sync first.</source>
        <translation>Geen contact of bezoek op dit apparaat heeft deze code. Controleer de code, of synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Er is niets gewist: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n log(s). Every device erases its copies at its next sync. A receipt is kept.</source>
        <translation>
            <numerusform>Gewist uit %n registratie. Elk apparaat wist zijn kopieën bij de volgende synchronisatie. Er is een bewijs bewaard.</numerusform>
            <numerusform>Gewist uit %n registraties. Elk apparaat wist zijn kopieën bij de volgende synchronisatie. Er is een bewijs bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message numerus="yes">
        <source>The name is erased from %n contact(s); the contacts stay. A receipt is kept.</source>
        <translation>
            <numerusform>De naam is gewist uit %n contact; het contact blijft. Er is een bewijs bewaard.</numerusform>
            <numerusform>De naam is gewist uit %n contacten; de contacten blijven. Er is een bewijs bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown request.</source>
        <translation>Onbekend verzoek.</translation>
    </message>
    <message>
        <source>Done, but the receipt was not saved: %1</source>
        <translation>Gedaan, maar het bewijs is niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>Privacyverzoek van een persoon</translation>
    </message>
    <message>
        <source>The person&apos;s code, as it is written in the contacts and visits</source>
        <translation>De code van de persoon, zoals die in de contacten en bezoeken staat</translation>
    </message>
    <message>
        <source>The person&apos;s code</source>
        <translation>De code van de persoon</translation>
    </message>
    <message>
        <source>Withdraw consent: erase the name</source>
        <translation>Toestemming intrekken: de naam wissen</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Deze persoon wissen</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Bewijzen</translation>
    </message>
    <message>
        <source>No privacy requests carried out yet.</source>
        <translation>Nog geen privacyverzoeken uitgevoerd.</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n log(s)</source>
        <translation>
            <numerusform>Gewist: %n registratie</numerusform>
            <numerusform>Gewist: %n registraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent withdrawn: the name erased from %n contact(s)</source>
        <translation>
            <numerusform>Toestemming ingetrokken: naam gewist uit %n contact</numerusform>
            <numerusform>Toestemming ingetrokken: naam gewist uit %n contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>Erase this person from %1 contact(s) and %2 visit(s)? Their code, name, notes and what they do and need are removed; dates and counts stay. Every device erases its copies at its next sync. This cannot be undone.</source>
        <translation>Deze persoon wissen uit %1 contact(en) en %2 bezoek(en)? De code, naam, notities en wat de persoon doet en nodig heeft worden verwijderd; datums en aantallen blijven. Elk apparaat wist zijn kopieën bij de volgende synchronisatie. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name from %1 contact(s)? The contacts themselves stay. This cannot be undone.</source>
        <translation>De naam van deze persoon wissen uit %1 contact(en)? De contacten zelf blijven. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Erase the name</source>
        <translation>De naam wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QrScanner</name>
    <message>
        <source>QR code scanner</source>
        <translation>QR-codescanner</translation>
    </message>
    <message>
        <source>No camera available: type the code instead.</source>
        <translation>Geen camera beschikbaar: typ de code in plaats daarvan.</translation>
    </message>
</context>
<context>
    <name>QrViewfinder</name>
    <message>
        <source>Hold the QR code inside the square.</source>
        <translation>Houd de QR-code binnen het vierkant.</translation>
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
    <name>ReportSeriesModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: hidden</source>
        <translation>%1: verborgen</translation>
    </message>
    <message>
        <source>%1: fewer than 5</source>
        <translation>%1: minder dan 5</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>week %1</translation>
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
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Verdeeld naar</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Wat er geteld wordt</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Het opgeslagen bestand openen</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample: invented places and logs, only on this phone.</source>
        <translation>Voorbeeld: verzonnen plekken en registraties, alleen op deze telefoon.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Aansluiten bij mijn organisatie</translation>
    </message>
    <message>
        <source>Sample: these places and times are invented.</source>
        <translation>Voorbeeld: deze plekken en tijden zijn verzonnen.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample neighbourhood could not be loaded: the phone&apos;s storage refused it.</source>
        <translation>De voorbeeldbuurt kon niet worden geladen: de opslag van de telefoon weigerde.</translation>
    </message>
    <message>
        <source>This phone already holds a neighbourhood, so the sample was not loaded.</source>
        <translation>Op deze telefoon staat al een buurt, dus de voorbeeldbuurt is niet geladen.</translation>
    </message>
</context>
<context>
    <name>ScanOrType</name>
    <message>
        <source>Card code</source>
        <translation>Kaartcode</translation>
    </message>
    <message>
        <source>This phone has no camera to read the poster. Ask the host to scan your card instead.</source>
        <translation>Deze telefoon heeft geen camera om de poster te lezen. Vraag de gastheer of gastvrouw om je kaart te scannen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Code controleren</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>Scannen met de camera</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Om de week</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Eens per maand</translation>
    </message>
    <message>
        <source>On fixed dates</source>
        <translation>Op vaste data</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>Welke in de maand</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Tweede</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Derde</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Vierde</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Dag van de week</translation>
    </message>
    <message>
        <source>First date (day-month-year); the weeks are counted from it</source>
        <translation>Eerste datum (dag-maand-jaar); de weken tellen vanaf die datum</translation>
    </message>
    <message>
        <source>Starts on (day-month-year, may stay empty)</source>
        <translation>Begint op (dag-maand-jaar, mag leeg blijven)</translation>
    </message>
    <message>
        <source>e.g. 19-12-2026</source>
        <translation>bijv. 19-12-2026</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Datum toevoegen</translation>
    </message>
    <message>
        <source>From (hh:mm)</source>
        <translation>Van (uu:mm)</translation>
    </message>
    <message>
        <source>Until (hh:mm)</source>
        <translation>Tot (uu:mm)</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Niet op feestdagen</translation>
    </message>
    <message>
        <source>Not on these dates</source>
        <translation>Niet op deze data</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Uitzondering toevoegen</translation>
    </message>
    <message>
        <source>The next dates</source>
        <translation>De volgende data</translation>
    </message>
    <message>
        <source>With this schedule there is no date in the coming year.</source>
        <translation>Met deze planning is er geen datum in het komende jaar.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 overslaan</translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation>Om de paar weken</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>Om de hoeveel weken</translation>
    </message>
    <message>
        <source>Every how many months</source>
        <translation>Om de hoeveel maanden</translation>
    </message>
    <message>
        <source>First date (day-month-year); the months are counted from it</source>
        <translation>Eerste datum (dag-maand-jaar); de maanden tellen vanaf die datum</translation>
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
    <message>
        <source>On %1</source>
        <translation>Op %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n set date(s)</source>
        <translation>
            <numerusform>Op %n vaste datum</numerusform>
            <numerusform>Op %n vaste data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampCardPage</name>
    <message>
        <source>Stamp a card</source>
        <translation>Kaart stempelen</translation>
    </message>
    <message>
        <source>Stamping for</source>
        <translation>Stempelen voor</translation>
    </message>
    <message>
        <source>Choose the place</source>
        <translation>Kies de plek</translation>
    </message>
    <message>
        <source>Each card gets one stamp per place per day. The card is checked on this phone; no network is needed.</source>
        <translation>Elke kaart krijgt één stempel per plek per dag. De kaart wordt op deze telefoon gecontroleerd; er is geen netwerk nodig.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Stamped on %1</source>
        <translation>Gestempeld op %1</translation>
    </message>
    <message>
        <source>Visited on %1: waiting for the host to confirm</source>
        <translation>Bezocht op %1: wacht op bevestiging van de gastheer of gastvrouw</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Nog niet bezocht</translation>
    </message>
    <message>
        <source>stamped</source>
        <translation>gestempeld</translation>
    </message>
    <message>
        <source>waiting for the host</source>
        <translation>wacht op de gastheer of gastvrouw</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>nog niet bezocht</translation>
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
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Niet geaccepteerd door de server (blijft op dit apparaat):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Join your organisation</source>
        <translation>Sluit je aan bij je organisatie</translation>
    </message>
    <message>
        <source>Scan the QR code your coordinator gives you, or type the invite code and the server&apos;s address. A sign-in code (BUURTBRUG-JOIN:…) names its server: paste it into the code field. Until then everything stays on this phone.</source>
        <translation>Scan de QR-code die je van je coördinator krijgt, of typ de uitnodigingscode en het adres van de server. Een aanmeldcode (BUURTBRUG-JOIN:…) noemt zelf de server: plak hem in het codeveld. Tot die tijd blijft alles op deze telefoon.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>Opnieuw aansluiten</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technische details: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Choose the language of the app</source>
        <translation>Kies de taal van de app</translation>
    </message>
    <message>
        <source>Joining: waiting for the server…</source>
        <translation>Aansluiten: wachten op de server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Aansluiten annuleren</translation>
    </message>
    <message>
        <source>Phones of the organisation: invite or revoke</source>
        <translation>Telefoons van de organisatie: uitnodigen of intrekken</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Photos on this phone</source>
        <translation>Foto&apos;s op deze telefoon</translation>
    </message>
    <message>
        <source>Photos of the places on your card, the places you opened and the places nearby are kept here, up to the limit you choose. The places opened longest ago make room first; their photos come back when you open them again online.</source>
        <translation>Foto&apos;s van de plekken op je kaart, de plekken die je opende en de plekken in de buurt worden hier bewaard, tot de grens die je kiest. De plekken die je het langst geleden opende maken eerst plaats; hun foto&apos;s komen terug als je ze weer opent met internet.</translation>
    </message>
    <message>
        <source>In use: %1 of %2</source>
        <translation>In gebruik: %1 van %2</translation>
    </message>
    <message>
        <source>Limit for photos</source>
        <translation>Grens voor foto&apos;s</translation>
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
    <message>
        <source>Everything is synced.</source>
        <translation>Alles is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Not connected — everything is kept on this phone.</source>
        <translation>Geen verbinding — alles blijft bewaard op deze telefoon.</translation>
    </message>
    <message>
        <source>The server cannot be reached — everything is kept on this phone. It tries again by itself.</source>
        <translation>De server is niet bereikbaar — alles blijft bewaard op deze telefoon. Hij probeert het vanzelf opnieuw.</translation>
    </message>
    <message>
        <source>Sync did not work this time — everything is kept on this phone. It tries again by itself.</source>
        <translation>Synchroniseren lukte deze keer niet — alles blijft bewaard op deze telefoon. Hij probeert het vanzelf opnieuw.</translation>
    </message>
    <message>
        <source>This phone could not save what came in. Free some space; nothing was lost.</source>
        <translation>Deze telefoon kon niet opslaan wat binnenkwam. Maak wat ruimte vrij; er is niets verloren.</translation>
    </message>
    <message>
        <source>The server does not allow this phone to sync this. Ask your coordinator.</source>
        <translation>De server staat deze telefoon niet toe dit te synchroniseren. Vraag het je coördinator.</translation>
    </message>
    <message>
        <source>This phone was removed from the organisation. Ask your coordinator for a new invite; nothing unsent is lost.</source>
        <translation>Deze telefoon is verwijderd uit de organisatie. Vraag je coördinator om een nieuwe uitnodiging; wat nog niet verstuurd is, blijft bewaard.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Kijk op de Wijk cards</source>
        <translation>Kijk op de Wijk-kaarten</translation>
    </message>
    <message>
        <source>Field logs of %1</source>
        <extracomment>%1 is the organisation&apos;s short name, e.g. visserijplein</extracomment>
        <translation>Registraties van %1</translation>
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
    <message>
        <source>Informal carers</source>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creatief</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Tuinieren</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>Sport en bewegen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
</context>
<context>
    <name>TranslationEditorPage</name>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
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
    <message>
        <source>Name in %1: %2</source>
        <translation>Naam in het %1: %2</translation>
    </message>
    <message>
        <source>One line in %1: %2</source>
        <translation>Eén regel in het %1: %2</translation>
    </message>
    <message>
        <source>Description in %1: %2</source>
        <translation>Beschrijving in het %1: %2</translation>
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
