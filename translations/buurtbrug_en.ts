<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityEditorPage</name>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Language of the name below</source>
        <translation>Language of the name below</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Name of the activity</translation>
    </message>
    <message>
        <source>What happens there</source>
        <translation>What happens there</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Short name for links: letters a-z, digits and dashes; made from the name when left empty</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>Remove this activity</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <source>It no longer shows on any device after the next sync.</source>
        <translation>It no longer shows on any device after the next sync.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Type a date as day-month-year, such as 19-12-2026.</source>
        <translation>Type a date as day-month-year, such as 19-12-2026.</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>Type a street and house number, or a postcode, to look up.</source>
        <translation>Type a street and house number, or a postcode, to look up.</translation>
    </message>
    <message>
        <source>This address is too long to look up.</source>
        <translation>This address is too long to look up.</translation>
    </message>
    <message>
        <source>The address service cannot be reached. Are you online? You can also type the position, or use this device&apos;s position.</source>
        <translation>The address service cannot be reached. Are you online? You can also type the position, or use this device&apos;s position.</translation>
    </message>
    <message>
        <source>The address service did not answer in time. Try again, or type the position.</source>
        <translation>The address service did not answer in time. Try again, or type the position.</translation>
    </message>
    <message>
        <source>The address service gave an answer this app cannot read. Try again later, or type the position.</source>
        <translation>The address service gave an answer this app cannot read. Try again later, or type the position.</translation>
    </message>
    <message>
        <source>No address found. Check the street, house number and postcode.</source>
        <translation>No address found. Check the street, house number and postcode.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The directory is not available.</source>
        <translation>The directory is not available.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone and marked to be checked. Everyone sees it after the next sync.</source>
        <translation>The %1 text is saved on this phone and marked to be checked. Everyone sees it after the next sync.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone. Everyone sees it after the next sync.</source>
        <translation>The %1 text is saved on this phone. Everyone sees it after the next sync.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>How many people came?</translation>
    </message>
    <message>
        <source>More than 30</source>
        <translation>More than 30</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n people came.</source>
        <translation>
            <numerusform>Saved: %n person came.</numerusform>
            <numerusform>Saved: %n people came.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people came</source>
        <translation>
            <numerusform>%n person came</numerusform>
            <numerusform>%n people came</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save: %n people came</source>
        <translation>
            <numerusform>Save: %n person came</numerusform>
            <numerusform>Save: %n people came</numerusform>
        </translation>
    </message>
    <message>
        <source>Code of a participant who agrees (optional)</source>
        <translation>Code of a participant who agrees (optional)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>fewer than 5</translation>
    </message>
</context>
<context>
    <name>CardController</name>
    <message>
        <source>This is not a Kijk op de Wijk code.</source>
        <translation>This is not a Kijk op de Wijk code.</translation>
    </message>
    <message>
        <source>The code could not be read completely. Hold the phone a little closer and try again.</source>
        <translation>The code could not be read completely. Hold the phone a little closer and try again.</translation>
    </message>
    <message>
        <source>This is an initiative&apos;s poster, not a card.</source>
        <translation>This is an initiative&apos;s poster, not a card.</translation>
    </message>
    <message>
        <source>This is a card. Scan the code on the poster of the place you are visiting.</source>
        <translation>This is a card. Scan the code on the poster of the place you are visiting.</translation>
    </message>
    <message>
        <source>This card&apos;s organisation is not known on this phone yet. Sync, then try again.</source>
        <translation>This card&apos;s organisation is not known on this phone yet. Sync, then try again.</translation>
    </message>
    <message>
        <source>This code is not genuine: it was changed or copied wrongly.</source>
        <translation>This code is not genuine: it was changed or copied wrongly.</translation>
    </message>
    <message>
        <source>The card&apos;s code is not valid.</source>
        <translation>The card&apos;s code is not valid.</translation>
    </message>
    <message>
        <source>This card is valid from %1.</source>
        <translation>This card is valid from %1.</translation>
    </message>
    <message>
        <source>This card expired on %1.</source>
        <translation>This card expired on %1.</translation>
    </message>
    <message>
        <source>%1 is not on this card.</source>
        <translation>%1 is not on this card.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>The phone is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Cards are not available on this phone.</source>
        <translation>Cards are not available on this phone.</translation>
    </message>
    <message>
        <source>First choose the place you are stamping for.</source>
        <translation>First choose the place you are stamping for.</translation>
    </message>
    <message>
        <source>This card is not on this phone yet. Scan its QR code, or sync first.</source>
        <translation>This card is not on this phone yet. Scan its QR code, or sync first.</translation>
    </message>
    <message>
        <source>This code has a typo. Check it against the card.</source>
        <translation>This code has a typo. Check it against the card.</translation>
    </message>
    <message>
        <source>Card %1 already has today&apos;s stamp for %2.</source>
        <translation>Card %1 already has today&apos;s stamp for %2.</translation>
    </message>
    <message>
        <source>Stamp confirmed on card %1: %2.</source>
        <translation>Stamp confirmed on card %1: %2.</translation>
    </message>
    <message>
        <source>Stamped card %1: %2.</source>
        <translation>Stamped card %1: %2.</translation>
    </message>
    <message>
        <source>Scan the QR code on your card to add it.</source>
        <translation>Scan the QR code on your card to add it.</translation>
    </message>
    <message>
        <source>Your card is on this phone now.</source>
        <translation>Your card is on this phone now.</translation>
    </message>
    <message>
        <source>Add your card first.</source>
        <translation>Add your card first.</translation>
    </message>
    <message>
        <source>You already have today&apos;s stamp for %1.</source>
        <translation>You already have today&apos;s stamp for %1.</translation>
    </message>
    <message>
        <source>Saved. The stamp for %1 counts once the host confirms it: ask them to scan your card.</source>
        <translation>Saved. The stamp for %1 counts once the host confirms it: ask them to scan your card.</translation>
    </message>
    <message>
        <source>Stamped: %1. Well done!</source>
        <translation>Stamped: %1. Well done!</translation>
    </message>
    <message>
        <source>This choice can be changed once your card has synced to this phone.</source>
        <translation>This choice can be changed once your card has synced to this phone.</translation>
    </message>
    <message>
        <source>Cards are issued by the server. Join your organisation first.</source>
        <translation>Cards are issued by the server. Join your organisation first.</translation>
    </message>
    <message>
        <source>Choose at least one place for the card.</source>
        <translation>Choose at least one place for the card.</translation>
    </message>
    <message>
        <source>Only a coordinator can issue cards.</source>
        <translation>Only a coordinator can issue cards.</translation>
    </message>
    <message>
        <source>A chosen place is not known on the server yet. Sync, then try again.</source>
        <translation>A chosen place is not known on the server yet. Sync, then try again.</translation>
    </message>
    <message>
        <source>The server could not be reached. A card can be issued when there is a network.</source>
        <translation>The server could not be reached. A card can be issued when there is a network.</translation>
    </message>
    <message>
        <source>The card was not issued: %1</source>
        <translation>The card was not issued: %1</translation>
    </message>
    <message>
        <source>Card %1 is valid until %2. The holder can scan the code below with their phone.</source>
        <translation>Card %1 is valid until %2. The holder can scan the code below with their phone.</translation>
    </message>
    <message>
        <source>Cancelled: no card was issued.</source>
        <translation>Cancelled: no card was issued.</translation>
    </message>
    <message>
        <source>Card %1 was revoked on %2: it takes no stamps.</source>
        <translation>Card %1 was revoked on %2: it takes no stamps.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards on this device. Sync, then try again.</source>
        <translation>This card is not one of your organisation&apos;s cards on this device. Sync, then try again.</translation>
    </message>
    <message>
        <source>This card cannot be reprinted from this device: its signed code is not here. Issue a replacement instead.</source>
        <translation>This card cannot be reprinted from this device: its signed code is not here. Issue a replacement instead.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Cannot write to %1.</translation>
    </message>
    <message>
        <source>Saved as %1. No program to show PDF files was found: open it from there.</source>
        <translation>Saved as %1. No program to show PDF files was found: open it from there.</translation>
    </message>
    <message>
        <source>Card %1 is ready to print.</source>
        <translation>Card %1 is ready to print.</translation>
    </message>
    <message>
        <source>Cards are changed through the server. Join your organisation first.</source>
        <translation>Cards are changed through the server. Join your organisation first.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards.</source>
        <translation>This card is not one of your organisation&apos;s cards.</translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation>Unknown change.</translation>
    </message>
    <message>
        <source>Card %1 is revoked. Hosts&apos; phones refuse it after their next sync.</source>
        <translation>Card %1 is revoked. Hosts&apos; phones refuse it after their next sync.</translation>
    </message>
    <message>
        <source>Card %1 is now valid until %2. Reprint it for the holder.</source>
        <translation>Card %1 is now valid until %2. Reprint it for the holder.</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2, with its stamps. Print it for the holder.</source>
        <translation>Card %1 replaces card %2, with its stamps. Print it for the holder.</translation>
    </message>
    <message>
        <source>Only a coordinator can change cards.</source>
        <translation>Only a coordinator can change cards.</translation>
    </message>
    <message>
        <source>The server does not know card %1 as one of your organisation&apos;s cards. Nothing was changed.</source>
        <translation>The server does not know card %1 as one of your organisation&apos;s cards. Nothing was changed.</translation>
    </message>
    <message>
        <source>Card %1 was revoked already. Nothing was changed.</source>
        <translation>Card %1 was revoked already. Nothing was changed.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>The server could not be reached. Nothing was changed; try again when there is a network.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>The printout could not be made: %1</source>
        <translation>The printout could not be made: %1</translation>
    </message>
    <message>
        <source>Posters are signed by the server. Join your organisation first.</source>
        <translation>Posters are signed by the server. Join your organisation first.</translation>
    </message>
    <message>
        <source>Choose at least one place for the posters.</source>
        <translation>Choose at least one place for the posters.</translation>
    </message>
    <message>
        <source>Only a coordinator can print posters.</source>
        <translation>Only a coordinator can print posters.</translation>
    </message>
    <message>
        <source>The server could not be reached. Posters can be printed when there is a network.</source>
        <translation>The server could not be reached. Posters can be printed when there is a network.</translation>
    </message>
    <message>
        <source>The posters were not printed: %1</source>
        <translation>The posters were not printed: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be checked. Nothing was printed.</source>
        <translation>The server&apos;s answer could not be checked. Nothing was printed.</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) ready to print.</source>
        <translation>
            <numerusform>%n poster ready to print.</numerusform>
            <numerusform>%n posters ready to print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDetailPage</name>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Choose a card in the list.</source>
        <translation>Choose a card in the list.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>The holder keeps progress private.</source>
        <translation>The holder keeps progress private.</translation>
    </message>
    <message>
        <source>%1 of %2 places visited</source>
        <translation>%1 of %2 places visited</translation>
    </message>
    <message>
        <source>Revoked on %1; replaced by card %2.</source>
        <translation>Revoked on %1; replaced by card %2.</translation>
    </message>
    <message>
        <source>Revoked on %1: it takes no stamps.</source>
        <translation>Revoked on %1: it takes no stamps.</translation>
    </message>
    <message>
        <source>Open card %1</source>
        <translation>Open card %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>This device does not hold this card&apos;s signed code, so it cannot be reprinted here. Issue a replacement instead.</source>
        <translation>This device does not hold this card&apos;s signed code, so it cannot be reprinted here. Issue a replacement instead.</translation>
    </message>
    <message>
        <source>Print as A6 card</source>
        <translation>Print as A6 card</translation>
    </message>
    <message>
        <source>Print as credit card</source>
        <translation>Print as credit card</translation>
    </message>
    <message>
        <source>Change the card</source>
        <translation>Change the card</translation>
    </message>
    <message>
        <source>Cards are changed through the server: join your organisation on the Sync page first.</source>
        <translation>Cards are changed through the server: join your organisation on the Sync page first.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Extend the card by %1</source>
        <translation>Extend the card by %1</translation>
    </message>
    <message>
        <source>Issue a replacement that keeps the stamps</source>
        <translation>Issue a replacement that keeps the stamps</translation>
    </message>
    <message>
        <source>Revoke a lost card</source>
        <translation>Revoke a lost card</translation>
    </message>
    <message>
        <source>Revoke card %1?</source>
        <translation>Revoke card %1?</translation>
    </message>
    <message>
        <source>Card %1 will take no more stamps, on any phone, after the next sync. Its stamps stay. This cannot be undone: to give the holder a new card with these stamps, choose a replacement instead.</source>
        <translation>Card %1 will take no more stamps, on any phone, after the next sync. Its stamps stay. This cannot be undone: to give the holder a new card with these stamps, choose a replacement instead.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke card %1</source>
        <translation>Revoke card %1</translation>
    </message>
    <message>
        <source>Keep the card</source>
        <translation>Keep the card</translation>
    </message>
</context>
<context>
    <name>CardListPage</name>
    <message>
        <source>Cards of the organisation</source>
        <translation>Cards of the organisation</translation>
    </message>
    <message>
        <source>Search by code or place</source>
        <translation>Search by code or place</translation>
    </message>
    <message>
        <source>Search cards by code or place</source>
        <translation>Search cards by code or place</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 of %2 cards</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · valid until %2 · %3</source>
        <translation>%1 · valid until %2 · %3</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>progress kept private</source>
        <translation>progress kept private</translation>
    </message>
    <message>
        <source>every place visited</source>
        <translation>every place visited</translation>
    </message>
    <message>
        <source>%1 of %2 places</source>
        <translation>%1 of %2 places</translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>No card matches “%1”.</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>No cards yet.</translation>
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
        <translation>My card</translation>
    </message>
    <message>
        <source>Every place visited. Open my card</source>
        <translation>Every place visited. Open my card</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped. Open my card</source>
        <translation>%1 of %2 places stamped. Open my card</translation>
    </message>
    <message>
        <source>Got a Kijk op de Wijk card? Add it to follow your stamps. Type the code under the QR code, or scan it.</source>
        <translation>Got a Kijk op de Wijk card? Add it to follow your stamps. Type the code under the QR code, or scan it.</translation>
    </message>
    <message>
        <source>At your initiative</source>
        <translation>At your initiative</translation>
    </message>
    <message>
        <source>Stamp a card</source>
        <translation>Stamp a card</translation>
    </message>
    <message>
        <source>Cards of the organisation</source>
        <translation>Cards of the organisation</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>Issue a card</translation>
    </message>
    <message>
        <source>Cards are issued through the server: join your organisation on the Sync page first.</source>
        <translation>Cards are issued through the server: join your organisation on the Sync page first.</translation>
    </message>
    <message>
        <source>Search, reprint, extend or revoke cards</source>
        <translation>Search, reprint, extend or revoke cards</translation>
    </message>
    <message>
        <source>Print posters</source>
        <translation>Print posters</translation>
    </message>
</context>
<context>
    <name>ConflictDesk</name>
    <message>
        <source>Activity %1</source>
        <translation>Activity %1</translation>
    </message>
    <message>
        <source>The texts in %1</source>
        <translation>The texts in %1</translation>
    </message>
    <message>
        <source>The initiative&apos;s facts</source>
        <translation>The initiative&apos;s facts</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The versions could not be read from this device&apos;s storage.</source>
        <translation>The versions could not be read from this device&apos;s storage.</translation>
    </message>
    <message>
        <source>New changes arrived while you were choosing. The versions are shown again: please choose once more.</source>
        <translation>New changes arrived while you were choosing. The versions are shown again: please choose once more.</translation>
    </message>
    <message>
        <source>These choices do not fit together and were not saved. Choose differently, or keep one version whole.</source>
        <translation>These choices do not fit together and were not saved. Choose differently, or keep one version whole.</translation>
    </message>
    <message>
        <source>Saving did not work: this device&apos;s storage refused it. Nothing was changed.</source>
        <translation>Saving did not work: this device&apos;s storage refused it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Saved. The other version is removed on every device at the next sync.</source>
        <translation>Saved. The other version is removed on every device at the next sync.</translation>
    </message>
</context>
<context>
    <name>ConflictFieldDelegate</name>
    <message>
        <source>%1, differs between the versions</source>
        <translation>%1, differs between the versions</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ differs</translation>
    </message>
    <message>
        <source>Version %1, shown now</source>
        <translation>Version %1, shown now</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1: %2 (kept)</source>
        <translation>%1: %2 (kept)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3, chosen</source>
        <translation>Keep %1 of %2: %3, chosen</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3</source>
        <translation>Keep %1 of %2: %3</translation>
    </message>
    <message>
        <source>✓ Kept: %1</source>
        <translation>✓ Kept: %1</translation>
    </message>
</context>
<context>
    <name>ConflictFieldText</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>original text</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>translated by a person</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Step-free entrance</translation>
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
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <source>Stamp distance in metres</source>
        <translation>Stamp distance in metres</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Original language</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Short name in links</source>
        <translation>Short name in links</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Every how many weeks or months</source>
        <translation>Every how many weeks or months</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Which week of the month</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Not on these days</source>
        <translation>Not on these days</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Not on public holidays</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>How to get in</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Translation status</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Texts of the activity %1</source>
        <translation>Texts of the activity %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
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
        <translation>Choose between versions</translation>
    </message>
    <message>
        <source>This was changed on two devices at the same time. For each field that differs, choose the value to keep. Saving keeps your choice as the one version and removes the others on every device at the next sync.</source>
        <translation>This was changed on two devices at the same time. For each field that differs, choose the value to keep. Saving keeps your choice as the one version and removes the others on every device at the next sync.</translation>
    </message>
    <message>
        <source>Keep one version whole</source>
        <translation>Keep one version whole</translation>
    </message>
    <message>
        <source>Choose all of version %1</source>
        <translation>Choose all of version %1</translation>
    </message>
    <message>
        <source>The same in every version: %1</source>
        <translation>The same in every version: %1</translation>
    </message>
    <message>
        <source>Save this choice</source>
        <translation>Save this choice</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>ContactFormPage</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <source>Nickname or code</source>
        <translation>Nickname or code</translation>
    </message>
    <message>
        <source>e.g. zon-17</source>
        <translation>e.g. zon-17</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>The person agrees that their name is written down</source>
        <translation>The person agrees that their name is written down</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Language spoken</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>An initiative</source>
        <translation>An initiative</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>A professional</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>e.g. the GP, the neighbourhood team</source>
        <translation>e.g. the GP, the neighbourhood team</translation>
    </message>
    <message>
        <source>Referred to whom</source>
        <translation>Referred to whom</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <source>Follow up (a referral: in 14 days unless you choose)</source>
        <translation>Follow up (a referral: in 14 days unless you choose)</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>day-month-year</source>
        <translation>day-month-year</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>Choose what the new phone is for.</source>
        <translation>Choose what the new phone is for.</translation>
    </message>
    <message>
        <source>Type the first name or a nickname of the person who gets the phone, so the list says whose it is.</source>
        <translation>Type the first name or a nickname of the person who gets the phone, so the list says whose it is.</translation>
    </message>
    <message numerus="yes">
        <source>A first name or nickname of at most %n characters, please.</source>
        <translation>
            <numerusform>A first name or nickname of at most %n character, please.</numerusform>
            <numerusform>A first name or nickname of at most %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the initiatives this host hosts: the phone stamps cards only for those.</source>
        <translation>Choose the initiatives this host hosts: the phone stamps cards only for those.</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</translation>
    </message>
    <message>
        <source>Still waiting for the server&apos;s answer to the previous request.</source>
        <translation>Still waiting for the server&apos;s answer to the previous request.</translation>
    </message>
    <message>
        <source>An invite for %1&apos;s phone is ready. Let the new phone scan the QR code below, or type its code on the phone&apos;s Sync page.</source>
        <translation>An invite for %1&apos;s phone is ready. Let the new phone scan the QR code below, or type its code on the phone&apos;s Sync page.</translation>
    </message>
    <message>
        <source>%1&apos;s phone is revoked: the server refuses it from its next request on.</source>
        <translation>%1&apos;s phone is revoked: the server refuses it from its next request on.</translation>
    </message>
    <message>
        <source>Stopped waiting for the list of phones.</source>
        <translation>Stopped waiting for the list of phones.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. It may still have done it: the list shows what it holds once it is fetched again.</source>
        <translation>Stopped waiting for the server. It may still have done it: the list shows what it holds once it is fetched again.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>The server could not be reached. Nothing was changed; try again when there is a network.</translation>
    </message>
    <message>
        <source>The server no longer accepts this phone: it was removed from the organisation. Join again with a new invite.</source>
        <translation>The server no longer accepts this phone: it was removed from the organisation. Join again with a new invite.</translation>
    </message>
    <message>
        <source>The server refused: only a coordinator manages the phones, and only those of their own organisation.</source>
        <translation>The server refused: only a coordinator manages the phones, and only those of their own organisation.</translation>
    </message>
    <message>
        <source>The server does not know this phone. Nothing was changed.</source>
        <translation>The server does not know this phone. Nothing was changed.</translation>
    </message>
    <message>
        <source>This server does not manage phones from the app. Ask whoever runs it to update it.</source>
        <translation>This server does not manage phones from the app. Ask whoever runs it to update it.</translation>
    </message>
    <message>
        <source>The server did not accept this invite: check the name and the initiatives, then try again.</source>
        <translation>The server did not accept this invite: check the name and the initiatives, then try again.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Nothing was changed.</source>
        <translation>The server did not accept this request. Nothing was changed.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing. Try again in a few minutes; if it keeps happening, tell whoever runs the server.</source>
        <translation>The server had a problem and changed nothing. Try again in a few minutes; if it keeps happening, tell whoever runs the server.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <source>Joined %1 · last sync %2</source>
        <translation>Joined %1 · last sync %2</translation>
    </message>
    <message>
        <source>Joined %1 · not synced yet</source>
        <translation>Joined %1 · not synced yet</translation>
    </message>
    <message>
        <source>Revoked: the server refuses this phone.</source>
        <translation>Revoked: the server refuses this phone.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>Revoke the phone of %1</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Buurtmaatje (neighbourhood buddy)</source>
        <translation>Buurtmaatje (neighbourhood buddy)</translation>
    </message>
    <message>
        <source>Verbindingswerker (connector)</source>
        <translation>Verbindingswerker (connector)</translation>
    </message>
    <message>
        <source>Host of an initiative</source>
        <translation>Host of an initiative</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Directory editor</source>
        <translation>Directory editor</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Card holder</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Phones of the organisation</source>
        <translation>Phones of the organisation</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</translation>
    </message>
    <message>
        <source>Making the invite: waiting for the server…</source>
        <translation>Making the invite: waiting for the server…</translation>
    </message>
    <message>
        <source>Revoking: waiting for the server…</source>
        <translation>Revoking: waiting for the server…</translation>
    </message>
    <message>
        <source>Fetching the phones: waiting for the server…</source>
        <translation>Fetching the phones: waiting for the server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>Stop waiting for the server</translation>
    </message>
    <message>
        <source>Invite a phone</source>
        <translation>Invite a phone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>What the phone is for</source>
        <translation>What the phone is for</translation>
    </message>
    <message>
        <source>The initiatives this host hosts</source>
        <translation>The initiatives this host hosts</translation>
    </message>
    <message>
        <source>First name or nickname of the person who gets the phone</source>
        <translation>First name or nickname of the person who gets the phone</translation>
    </message>
    <message>
        <source>Make the invite</source>
        <translation>Make the invite</translation>
    </message>
    <message>
        <source>The organisation&apos;s phones</source>
        <translation>The organisation&apos;s phones</translation>
    </message>
    <message>
        <source>No phones have joined yet.</source>
        <translation>No phones have joined yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform>
            <numerusform>%n phones</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the list again</source>
        <translation>Fetch the list again</translation>
    </message>
    <message>
        <source>Revoke the phone of %1?</source>
        <translation>Revoke the phone of %1?</translation>
    </message>
    <message>
        <source>The phone of %1 (%2) can no longer sync: the server refuses it from its next request on. What it has not sent yet stays on that phone. This cannot be undone; to use the phone again, invite it anew.</source>
        <translation>The phone of %1 (%2) can no longer sync: the server refuses it from its next request on. What it has not sent yet stays on that phone. This cannot be undone; to use the phone again, invite it anew.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>Revoke the phone of %1</translation>
    </message>
    <message>
        <source>Keep the phone</source>
        <translation>Keep the phone</translation>
    </message>
</context>
<context>
    <name>DirectoryEdit</name>
    <message>
        <source>Give the initiative a name in at least one language.</source>
        <translation>Give the initiative a name in at least one language.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>This text holds invisible direction characters; type it again.</source>
        <translation>This text holds invisible direction characters; type it again.</translation>
    </message>
    <message>
        <source>This language is not one the directory knows.</source>
        <translation>This language is not one the directory knows.</translation>
    </message>
    <message>
        <source>Choose original, translated by a person, or to be checked.</source>
        <translation>Choose original, translated by a person, or to be checked.</translation>
    </message>
    <message>
        <source>This theme is not one the directory knows.</source>
        <translation>This theme is not one the directory knows.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>This list is too long.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes only.</source>
        <translation>Use lowercase letters, digits and dashes only.</translation>
    </message>
    <message>
        <source>This one exists already.</source>
        <translation>This one exists already.</translation>
    </message>
    <message>
        <source>This is not a position on the map.</source>
        <translation>This is not a position on the map.</translation>
    </message>
    <message>
        <source>This position is outside the Netherlands.</source>
        <translation>This position is outside the Netherlands.</translation>
    </message>
    <message>
        <source>A postcode is four digits and two letters, such as 3024 AB.</source>
        <translation>A postcode is four digits and two letters, such as 3024 AB.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>This is not a phone number.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>This is not an e-mail address.</translation>
    </message>
    <message>
        <source>A website starts with https:// or http://.</source>
        <translation>A website starts with https:// or http://.</translation>
    </message>
    <message>
        <source>This schedule is not complete or not valid.</source>
        <translation>This schedule is not complete or not valid.</translation>
    </message>
    <message>
        <source>With this schedule the activity never takes place.</source>
        <translation>With this schedule the activity never takes place.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>It no longer exists.</translation>
    </message>
    <message>
        <source>Someone else saved a change meanwhile; open it again.</source>
        <translation>Someone else saved a change meanwhile; open it again.</translation>
    </message>
    <message>
        <source>This initiative was retired.</source>
        <translation>This initiative was retired.</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorController</name>
    <message>
        <source>Saved on this device. You can add its activities now; everyone sees it after the next sync.</source>
        <translation>Saved on this device. You can add its activities now; everyone sees it after the next sync.</translation>
    </message>
    <message>
        <source>Saved on this device. Everyone sees it after the next sync.</source>
        <translation>Saved on this device. Everyone sees it after the next sync.</translation>
    </message>
    <message>
        <source>Retired: it no longer shows in the list. Its texts are kept.</source>
        <translation>Retired: it no longer shows in the list. Its texts are kept.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need another look. Everything you typed is still here.</source>
        <translation>
            <numerusform>Not saved: %n field needs another look. Everything you typed is still here.</numerusform>
            <numerusform>Not saved: %n fields need another look. Everything you typed is still here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here.</source>
        <translation>Not saved: %1 Everything you typed is still here.</translation>
    </message>
    <message>
        <source>Not saved: this device could not store it (%1). Everything you typed is still here.</source>
        <translation>Not saved: this device could not store it (%1). Everything you typed is still here.</translation>
    </message>
    <message>
        <source>This device has no position yet. Go outside or wait a moment, or type the position.</source>
        <translation>This device has no position yet. Go outside or wait a moment, or type the position.</translation>
    </message>
    <message>
        <source>This device&apos;s position is rough (within %1 m). Check it, or look up the address.</source>
        <translation>This device&apos;s position is rough (within %1 m). Check it, or look up the address.</translation>
    </message>
    <message>
        <source>The position is filled in. It is saved with the initiative.</source>
        <translation>The position is filled in. It is saved with the initiative.</translation>
    </message>
    <message>
        <source>The activity is saved on this device.</source>
        <translation>The activity is saved on this device.</translation>
    </message>
    <message>
        <source>The activity is removed.</source>
        <translation>The activity is removed.</translation>
    </message>
</context>
<context>
    <name>FieldLogController</name>
    <message>
        <source>The data of this code was erased on request. Choose a new code.</source>
        <translation>The data of this code was erased on request. Choose a new code.</translation>
    </message>
    <message>
        <source>Give a nickname or a code.</source>
        <translation>Give a nickname or a code.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>The phone is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>This device is not part of an organisation yet.</translation>
    </message>
    <message>
        <source>Tap the big button first.</source>
        <translation>Tap the big button first.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Count at least one person.</source>
        <translation>Count at least one person.</translation>
    </message>
    <message>
        <source>Choose the initiative the person was referred to.</source>
        <translation>Choose the initiative the person was referred to.</translation>
    </message>
    <message>
        <source>Say who the person was referred to.</source>
        <translation>Say who the person was referred to.</translation>
    </message>
    <message>
        <source>This record was deleted, perhaps on another phone.</source>
        <translation>This record was deleted, perhaps on another phone.</translation>
    </message>
    <message>
        <source>The phone could not save this. Nothing was changed; try again.</source>
        <translation>The phone could not save this. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>This could not be saved. Nothing was changed.</source>
        <translation>This could not be saved. Nothing was changed.</translation>
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
    <message>
        <source>Sorted by name until the phone knows where you are.</source>
        <translation>Sorted by name until the phone knows where you are.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Welcome to Buurtbrug</source>
        <translation>Welcome to Buurtbrug</translation>
    </message>
    <message>
        <source>Join your organisation with the invite from your coordinator, to see and log what is real.</source>
        <translation>Join your organisation with the invite from your coordinator, to see and log what is real.</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Join my organisation</translation>
    </message>
    <message>
        <source>Or look around first: a sample neighbourhood with invented places and logs. It stays on this phone, is marked as a sample on every screen, and is removed when the phone joins.</source>
        <translation>Or look around first: a sample neighbourhood with invented places and logs. It stays on this phone, is marked as a sample on every screen, and is removed when the phone joins.</translation>
    </message>
    <message>
        <source>Look around with a sample neighbourhood</source>
        <translation>Look around with a sample neighbourhood</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1, referred to %2</source>
        <translation>%1, referred to %2</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Did not arrive</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In a week</translation>
    </message>
    <message>
        <source>Look again in a week</source>
        <translation>Look again in a week</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
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
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route to %1 in the maps app</source>
        <translation>Route to %1 in the maps app</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This phone cannot read %1 aloud.</source>
        <translation>This phone cannot read %1 aloud.</translation>
    </message>
    <message>
        <source>This initiative was changed on two devices at the same time, so it has more than one version. People see one of them until you choose what to keep.</source>
        <translation>This initiative was changed on two devices at the same time, so it has more than one version. People see one of them until you choose what to keep.</translation>
    </message>
    <message>
        <source>Compare the versions</source>
        <translation>Compare the versions</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit this initiative</source>
        <translation>Edit this initiative</translation>
    </message>
</context>
<context>
    <name>InitiativeEditorPage</name>
    <message>
        <source>New initiative</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Edit initiative</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>Name and description</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Short name for links: letters a-z, digits and dashes; made from the name when left empty</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Address and position</source>
        <translation>Address and position</translation>
    </message>
    <message>
        <source>Languages spoken there</source>
        <translation>Languages spoken there</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Step-free entrance</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Room for a rollator</translation>
    </message>
    <message>
        <source>A quiet room</source>
        <translation>A quiet room</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its activities here.</source>
        <translation>Save the initiative first; then add its activities here.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Retire this initiative</source>
        <translation>Retire this initiative</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>Retire %1?</translation>
    </message>
    <message>
        <source>It no longer shows in the list, on any device, after the next sync. Its activities and photos are removed; its texts are kept.</source>
        <translation>It no longer shows in the list, on any device, after the next sync. Its activities and photos are removed; its texts are kept.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
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
    <message>
        <source>Add initiative</source>
        <translation>Add initiative</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Show as a list</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Show on a map</translation>
    </message>
</context>
<context>
    <name>InitiativeMap</name>
    <message>
        <source>Map of the initiatives</source>
        <translation>Map of the initiatives</translation>
    </message>
    <message>
        <source>Drag to move the map. The list shows every place.</source>
        <translation>Drag to move the map. The list shows every place.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Show my position</source>
        <translation>Show my position</translation>
    </message>
    <message>
        <source>No map pictures on this phone yet: the places are shown without streets. The list has every place.</source>
        <translation>No map pictures on this phone yet: the places are shown without streets. The list has every place.</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <source>Map: no tile source</source>
        <translation>Map: no tile source</translation>
    </message>
</context>
<context>
    <name>InitiativePhotoController</name>
    <message>
        <source>This file cannot be opened.</source>
        <translation>This file cannot be opened.</translation>
    </message>
    <message>
        <source>Only a coordinator or a host adds photos.</source>
        <translation>Only a coordinator or a host adds photos.</translation>
    </message>
    <message>
        <source>Describe the photo in a few words first, for people who cannot see it.</source>
        <translation>Describe the photo in a few words first, for people who cannot see it.</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>The photo was not saved: %1</translation>
    </message>
    <message>
        <source>Photo added. It goes to the other devices with the next sync.</source>
        <translation>Photo added. It goes to the other devices with the next sync.</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>The photo was not removed: %1</translation>
    </message>
    <message>
        <source>Photo removed, here and on the other devices after the next sync.</source>
        <translation>Photo removed, here and on the other devices after the next sync.</translation>
    </message>
</context>
<context>
    <name>InitiativeTextsSection</name>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>translated by a person</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>Language of the texts below</source>
        <translation>Language of the texts below</translation>
    </message>
    <message>
        <source>%1: %2, needs another look</source>
        <translation>%1: %2, needs another look</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Opening notes (how to get in, what to bring)</source>
        <translation>Opening notes (how to get in, what to bring)</translation>
    </message>
    <message>
        <source>This text is</source>
        <translation>This text is</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>QR code of the invite for %1</source>
        <translation>QR code of the invite for %1</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <translation>Invite code %1</translation>
    </message>
    <message>
        <source>For %1, as %2. It works once, until %3.</source>
        <translation>For %1, as %2. It works once, until %3.</translation>
    </message>
    <message>
        <source>On the new phone: open Sync and scan this code, or type the code with the server&apos;s address.</source>
        <translation>On the new phone: open Sync and scan this code, or type the code with the server&apos;s address.</translation>
    </message>
    <message>
        <source>Invite another phone</source>
        <translation>Invite another phone</translation>
    </message>
</context>
<context>
    <name>IssueCardPage</name>
    <message>
        <source>Issue a card</source>
        <translation>Issue a card</translation>
    </message>
    <message>
        <source>QR code of card %1</source>
        <translation>QR code of card %1</translation>
    </message>
    <message>
        <source>Issue another card</source>
        <translation>Issue another card</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Places to visit</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s language</source>
        <translation>The holder&apos;s language</translation>
    </message>
    <message>
        <source>The holder lets me see which places they visited</source>
        <translation>The holder lets me see which places they visited</translation>
    </message>
    <message>
        <source>Ask the holder; they can change this later on their own card.</source>
        <translation>Ask the holder; they can change this later on their own card.</translation>
    </message>
    <message>
        <source>Issue the card</source>
        <translation>Issue the card</translation>
    </message>
    <message>
        <source>The same places as the last card</source>
        <translation>The same places as the last card</translation>
    </message>
    <message>
        <source>Issuing: waiting for the server…</source>
        <translation>Issuing: waiting for the server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel issuing the card</source>
        <translation>Cancel issuing the card</translation>
    </message>
</context>
<context>
    <name>JoinController</name>
    <message>
        <source>This phone has joined. It syncs whenever there is a network.</source>
        <translation>This phone has joined. It syncs whenever there is a network.</translation>
    </message>
    <message>
        <source>This is not an invite code.</source>
        <translation>This is not an invite code.</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Type the invite code.</translation>
    </message>
    <message>
        <source>An invite code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Compare it with the invite.</source>
        <translation>An invite code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Compare it with the invite.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example https://buurtbrug.example.nl.</source>
        <translation>Type the server&apos;s address, for example https://buurtbrug.example.nl.</translation>
    </message>
    <message>
        <source>This app cannot join an organisation.</source>
        <translation>This app cannot join an organisation.</translation>
    </message>
    <message>
        <source>The server does not know this invite code. Compare it with the invite, letter by letter.</source>
        <translation>The server does not know this invite code. Compare it with the invite, letter by letter.</translation>
    </message>
    <message>
        <source>This invite code was already used; a code works only once. Ask the coordinator for a new one.</source>
        <translation>This invite code was already used; a code works only once. Ask the coordinator for a new one.</translation>
    </message>
    <message>
        <source>This invite code has expired. Ask the coordinator for a new one.</source>
        <translation>This invite code has expired. Ask the coordinator for a new one.</translation>
    </message>
    <message>
        <source>The server did not accept this invite code. Compare it with the invite: a code works only once and for a limited time. If it is right, ask the coordinator for a new one.</source>
        <translation>The server did not accept this invite code. Compare it with the invite: a code works only once and for a limited time. If it is right, ask the coordinator for a new one.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation>The server could not be reached. Check the address and the network, then try again.</translation>
    </message>
    <message>
        <source>The server accepted the code, but this phone could not keep it. Free some space, then ask the coordinator for a new code.</source>
        <translation>The server accepted the code, but this phone could not keep it. Free some space, then ask the coordinator for a new code.</translation>
    </message>
    <message>
        <source>Joining was cancelled. Nothing was changed on this phone.</source>
        <translation>Joining was cancelled. Nothing was changed on this phone.</translation>
    </message>
    <message>
        <source>This sign-in code is damaged or incomplete. Scan it again, or ask the coordinator for the code once more. Nothing was changed on this phone.</source>
        <translation>This sign-in code is damaged or incomplete. Scan it again, or ask the coordinator for the code once more. Nothing was changed on this phone.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in code: it is wrong, or this phone was removed. Ask the coordinator for a new one. Nothing was changed on this phone.</source>
        <translation>The server did not accept this sign-in code: it is wrong, or this phone was removed. Ask the coordinator for a new one. Nothing was changed on this phone.</translation>
    </message>
    <message>
        <source>This address starts with http:// and would send this phone&apos;s sign-in unprotected over the network. Use the server&apos;s https:// address. Nothing was changed on this phone.</source>
        <translation>This address starts with http:// and would send this phone&apos;s sign-in unprotected over the network. Use the server&apos;s https:// address. Nothing was changed on this phone.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>This text is in %1: there is no translation in your language yet</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
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
    <message>
        <source>This phone cannot read aloud in %1.</source>
        <translation>This phone cannot read aloud in %1.</translation>
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
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>Tamazight (Berber)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>Papiamento</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>Sranan Tongo</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>Cape Verdean Creole</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Line chart of %1 per %2; the table below reads the same numbers.</source>
        <translation>Line chart of %1 per %2; the table below reads the same numbers.</translation>
    </message>
    <message>
        <source>Open circle: fewer than 5 people, so the number is not shown.</source>
        <translation>Open circle: fewer than 5 people, so the number is not shown.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logs go to %1 and sync when there is a network.</source>
        <translation>Logs go to %1 and sync when there is a network.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>This device is not part of an organisation yet.</translation>
    </message>
    <message>
        <source>Market tally</source>
        <translation>Market tally</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Nothing to follow up today.</translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation>Today&apos;s activities</translation>
    </message>
    <message>
        <source>No activities in the directory take place today.</source>
        <translation>No activities in the directory take place today.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>%n counted today</source>
        <translation>
            <numerusform>%n counted today</numerusform>
            <numerusform>%n counted today</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>Taken back.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n follow-ups</source>
        <translation>
            <numerusform>Show the %n follow-up</numerusform>
            <numerusform>Show all %n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as arrived.</source>
        <translation>Marked as arrived.</translation>
    </message>
    <message>
        <source>Marked as not arrived.</source>
        <translation>Marked as not arrived.</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>Follow-up closed.</translation>
    </message>
    <message>
        <source>Moved to next week.</source>
        <translation>Moved to next week.</translation>
    </message>
    <message>
        <source>Logs stay on this phone. To share them with your organisation, join it on the Sync page.</source>
        <translation>Logs stay on this phone. To share them with your organisation, join it on the Sync page.</translation>
    </message>
    <message>
        <source>This phone was removed from %1. Logs stay on it until it joins again on the Sync page.</source>
        <translation>This phone was removed from %1. Logs stay on it until it joins again on the Sync page.</translation>
    </message>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>A person&apos;s privacy request</translation>
    </message>
</context>
<context>
    <name>LogVocabulary</name>
    <message>
        <source>A chat</source>
        <translation>A chat</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>Errands</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Translating</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Cooking</translation>
    </message>
    <message>
        <source>Collecting clothes</source>
        <translation>Collecting clothes</translation>
    </message>
    <message>
        <source>Sandwiches at school</source>
        <translation>Sandwiches at school</translation>
    </message>
    <message>
        <source>Odd jobs</source>
        <translation>Odd jobs</translation>
    </message>
    <message>
        <source>Learning the language</source>
        <translation>Learning the language</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>Money matters</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>On the street</source>
        <translation>On the street</translation>
    </message>
    <message>
        <source>At the market</source>
        <translation>At the market</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Market conversations</source>
        <translation>Market conversations</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Referrals made</translation>
    </message>
    <message>
        <source>Referrals arrived</source>
        <translation>Referrals arrived</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>What residents do</source>
        <translation>What residents do</translation>
    </message>
    <message>
        <source>What residents need</source>
        <translation>What residents need</translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation>Companionship</translation>
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
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>Stamp card</translation>
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
        <translation>Market tally</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>%n conversation today</numerusform>
            <numerusform>%n conversations today</numerusform>
        </translation>
    </message>
    <message>
        <source>Add what fits to the last conversation:</source>
        <translation>Add what fits to the last conversation:</translation>
    </message>
    <message>
        <source>Tap the big button after each conversation.</source>
        <translation>Tap the big button after each conversation.</translation>
    </message>
    <message>
        <source>Language of the conversation</source>
        <translation>Language of the conversation</translation>
    </message>
    <message>
        <source>Does for the neighbourhood</source>
        <translation>Does for the neighbourhood</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation>Referral given</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last conversation</source>
        <translation>Undo the last conversation</translation>
    </message>
    <message>
        <source>+ Conversation</source>
        <translation>+ Conversation</translation>
    </message>
    <message>
        <source>Count a conversation</source>
        <translation>Count a conversation</translation>
    </message>
</context>
<context>
    <name>MyCardPage</name>
    <message>
        <source>My card</source>
        <translation>My card</translation>
    </message>
    <message>
        <source>Your referrer can see which places you visited.</source>
        <translation>Your referrer can see which places you visited.</translation>
    </message>
    <message>
        <source>Your progress is private again. Your referrer no longer sees it.</source>
        <translation>Your progress is private again. Your referrer no longer sees it.</translation>
    </message>
    <message>
        <source>You visited every place on your card. Well done!</source>
        <translation>You visited every place on your card. Well done!</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped</source>
        <translation>%1 of %2 places stamped</translation>
    </message>
    <message>
        <source>Card %1 · valid until %2</source>
        <translation>Card %1 · valid until %2</translation>
    </message>
    <message>
        <source>This card has ended. Your referrer can give you a new one.</source>
        <translation>This card has ended. Your referrer can give you a new one.</translation>
    </message>
    <message>
        <source>Open today: %1 at %2</source>
        <translation>Open today: %1 at %2</translation>
    </message>
    <message>
        <source>Open today: %1</source>
        <translation>Open today: %1</translation>
    </message>
    <message>
        <source>Stamp with the poster&apos;s code</source>
        <translation>Stamp with the poster&apos;s code</translation>
    </message>
    <message>
        <source>My referrer may see which places I visited</source>
        <translation>My referrer may see which places I visited</translation>
    </message>
    <message>
        <source>You can change this once your card has synced to this phone.</source>
        <translation>You can change this once your card has synced to this phone.</translation>
    </message>
    <message>
        <source>Show this place</source>
        <translation>Show this place</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
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
    <name>PhotoGallery</name>
    <message>
        <source>Photos of this place</source>
        <translation>Photos of this place</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Loading the photo…</translation>
    </message>
    <message>
        <source>This photo is not on this device yet.</source>
        <translation>This photo is not on this device yet.</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Previous photo</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 of %2</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <source>This photo is not on this phone yet. It comes with the next sync when the phone is online.</source>
        <translation>This photo is not on this phone yet. It comes with the next sync when the phone is online.</translation>
    </message>
    <message>
        <source>%1 (photo not on this phone yet)</source>
        <translation>%1 (photo not on this phone yet)</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>This file is empty.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <source>This photo is too large: at most %1 MB.</source>
        <translation>This photo is too large: at most %1 MB.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG picture.</source>
        <translation>This file is not a photo. Choose a JPEG or PNG picture.</translation>
    </message>
    <message>
        <source>This photo has too many pixels: at most %1 megapixels.</source>
        <translation>This photo has too many pixels: at most %1 megapixels.</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read.</source>
        <translation>This photo is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>This photo could not be made smaller. Try another one.</source>
        <translation>This photo could not be made smaller. Try another one.</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photos are of places, not people: the entrance, the room, the sign. Do not photograph people.</source>
        <translation>Photos are of places, not people: the entrance, the room, the sign. Do not photograph people.</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its photos here.</source>
        <translation>Save the initiative first; then add its photos here.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the photo %1</source>
        <translation>Remove the photo %1</translation>
    </message>
    <message>
        <source>What the photo shows, for people who cannot see it (for example: green front door next to the bakery)</source>
        <translation>What the photo shows, for people who cannot see it (for example: green front door next to the bakery)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>Choose a photo of the place</source>
        <translation>Choose a photo of the place</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Remove this photo?</translation>
    </message>
    <message>
        <source>The photo “%1” goes from this device now and from every other device after the next sync.</source>
        <translation>The photo “%1” goes from this device now and from every other device after the next sync.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Making the photo smaller and removing its hidden data…</source>
        <translation>Making the photo smaller and removing its hidden data…</translation>
    </message>
    <message>
        <source>The camera did not start; add a photo from a file instead.</source>
        <translation>The camera did not start; add a photo from a file instead.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>Add a photo from a file</translation>
    </message>
    <message>
        <source>Take a photo of the place</source>
        <translation>Take a photo of the place</translation>
    </message>
    <message>
        <source>Photograph the place, not people. If someone is in the picture, wait until they have gone.</source>
        <translation>Photograph the place, not people. If someone is in the picture, wait until they have gone.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PhotoViewfinder</name>
    <message>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
</context>
<context>
    <name>PositionSection</name>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Find the position of this address</source>
        <translation>Find the position of this address</translation>
    </message>
    <message>
        <source>Use this device&apos;s position</source>
        <translation>Use this device&apos;s position</translation>
    </message>
    <message>
        <source>Looking up the address…</source>
        <translation>Looking up the address…</translation>
    </message>
    <message>
        <source>Choose the address that is meant:</source>
        <translation>Choose the address that is meant:</translation>
    </message>
    <message>
        <source>Latitude (north), e.g. 51.9105</source>
        <translation>Latitude (north), e.g. 51.9105</translation>
    </message>
    <message>
        <source>Longitude (east), e.g. 4.4502</source>
        <translation>Longitude (east), e.g. 4.4502</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <source>Print posters</source>
        <translation>Print posters</translation>
    </message>
    <message>
        <source>A card holder scans the poster at the door to stamp their own card.</source>
        <translation>A card holder scans the poster at the door to stamp their own card.</translation>
    </message>
    <message>
        <source>Posters are signed by the server: join your organisation on the Sync page first.</source>
        <translation>Posters are signed by the server: join your organisation on the Sync page first.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n poster(s)</source>
        <translation>
            <numerusform>Print %n poster</numerusform>
            <numerusform>Print %n posters</numerusform>
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
        <translation>Your card</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Card code</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Valid from %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Places to visit</translation>
    </message>
    <message>
        <source>Show this card at each place for a stamp</source>
        <translation>Show this card at each place for a stamp</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Kijk op de Wijk: scan this code to stamp your card</source>
        <translation>Kijk op de Wijk: scan this code to stamp your card</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>This device is not part of an organisation yet.</translation>
    </message>
    <message>
        <source>Type the person&apos;s code, as it is written in the logs.</source>
        <translation>Type the person&apos;s code, as it is written in the logs.</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>The logs could not be read: %1</translation>
    </message>
    <message>
        <source>No contact or visit carries this code on this device. Check the code, or sync first.</source>
        <translation>No contact or visit carries this code on this device. Check the code, or sync first.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Nothing was erased: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n log(s). Every device erases its copies at its next sync. A receipt is kept.</source>
        <translation>
            <numerusform>Erased from %n log. Every device erases its copies at its next sync. A receipt is kept.</numerusform>
            <numerusform>Erased from %n logs. Every device erases its copies at its next sync. A receipt is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The name is erased from %n contact(s); the contacts stay. A receipt is kept.</source>
        <translation>
            <numerusform>The name is erased from %n contact; the contact stays. A receipt is kept.</numerusform>
            <numerusform>The name is erased from %n contacts; the contacts stay. A receipt is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown request.</source>
        <translation>Unknown request.</translation>
    </message>
    <message>
        <source>Done, but the receipt was not saved: %1</source>
        <translation>Done, but the receipt was not saved: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>A person&apos;s privacy request</translation>
    </message>
    <message>
        <source>The person&apos;s code, as it is written in the contacts and visits</source>
        <translation>The person&apos;s code, as it is written in the contacts and visits</translation>
    </message>
    <message>
        <source>The person&apos;s code</source>
        <translation>The person&apos;s code</translation>
    </message>
    <message>
        <source>Withdraw consent: erase the name</source>
        <translation>Withdraw consent: erase the name</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>No privacy requests carried out yet.</source>
        <translation>No privacy requests carried out yet.</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n log(s)</source>
        <translation>
            <numerusform>Erased: %n log</numerusform>
            <numerusform>Erased: %n logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent withdrawn: the name erased from %n contact(s)</source>
        <translation>
            <numerusform>Consent withdrawn: the name erased from %n contact</numerusform>
            <numerusform>Consent withdrawn: the name erased from %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Erase this person from %1 contact(s) and %2 visit(s)? Their code, name, notes and what they do and need are removed; dates and counts stay. Every device erases its copies at its next sync. This cannot be undone.</source>
        <translation>Erase this person from %1 contact(s) and %2 visit(s)? Their code, name, notes and what they do and need are removed; dates and counts stay. Every device erases its copies at its next sync. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name from %1 contact(s)? The contacts themselves stay. This cannot be undone.</source>
        <translation>Erase this person&apos;s name from %1 contact(s)? The contacts themselves stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erase the name</source>
        <translation>Erase the name</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QrScanner</name>
    <message>
        <source>QR code scanner</source>
        <translation>QR code scanner</translation>
    </message>
    <message>
        <source>No camera available: type the code instead.</source>
        <translation>No camera available: type the code instead.</translation>
    </message>
</context>
<context>
    <name>QrViewfinder</name>
    <message>
        <source>Hold the QR code inside the square.</source>
        <translation>Hold the QR code inside the square.</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>This device is not part of an organisation yet.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the logs themselves.</source>
        <translation>Only a coordinator can export the logs themselves.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Cannot write to %1.</translation>
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
        <translation>%1: hidden</translation>
    </message>
    <message>
        <source>%1: fewer than 5</source>
        <translation>%1: fewer than 5</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
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
        <translation>Reports</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>This device is not part of an organisation yet.</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Last 12 weeks</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 from %3 to %4</translation>
    </message>
    <message>
        <source>No logs in this period yet.</source>
        <translation>No logs in this period yet.</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 people are shown as &lt;5, and a figure that would give one away as x.</source>
        <translation>Groups of fewer than 5 people are shown as &lt;5, and a figure that would give one away as x.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Export the logs (no personal data)</source>
        <translation>Export the logs (no personal data)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Show by</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
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
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Open the saved file</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample: invented places and logs, only on this phone.</source>
        <translation>Sample: invented places and logs, only on this phone.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Join my organisation</translation>
    </message>
    <message>
        <source>Sample: these places and times are invented.</source>
        <translation>Sample: these places and times are invented.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample neighbourhood could not be loaded: the phone&apos;s storage refused it.</source>
        <translation>The sample neighbourhood could not be loaded: the phone&apos;s storage refused it.</translation>
    </message>
    <message>
        <source>This phone already holds a neighbourhood, so the sample was not loaded.</source>
        <translation>This phone already holds a neighbourhood, so the sample was not loaded.</translation>
    </message>
</context>
<context>
    <name>ScanOrType</name>
    <message>
        <source>Card code</source>
        <translation>Card code</translation>
    </message>
    <message>
        <source>This phone has no camera to read the poster. Ask the host to scan your card instead.</source>
        <translation>This phone has no camera to read the poster. Ask the host to scan your card instead.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Check the code</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>Scan with the camera</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Every other week</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Once a month</translation>
    </message>
    <message>
        <source>On fixed dates</source>
        <translation>On fixed dates</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>Which one in the month</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Third</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Fourth</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Day of the week</translation>
    </message>
    <message>
        <source>First date (day-month-year); the weeks are counted from it</source>
        <translation>First date (day-month-year); the weeks are counted from it</translation>
    </message>
    <message>
        <source>Starts on (day-month-year, may stay empty)</source>
        <translation>Starts on (day-month-year, may stay empty)</translation>
    </message>
    <message>
        <source>e.g. 19-12-2026</source>
        <translation>e.g. 19-12-2026</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Add date</translation>
    </message>
    <message>
        <source>From (hh:mm)</source>
        <translation>From (hh:mm)</translation>
    </message>
    <message>
        <source>Until (hh:mm)</source>
        <translation>Until (hh:mm)</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Not on public holidays</translation>
    </message>
    <message>
        <source>Not on these dates</source>
        <translation>Not on these dates</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Add exception</translation>
    </message>
    <message>
        <source>The next dates</source>
        <translation>The next dates</translation>
    </message>
    <message>
        <source>With this schedule there is no date in the coming year.</source>
        <translation>With this schedule there is no date in the coming year.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>Skip %1</translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation>Every few weeks</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>Every how many weeks</translation>
    </message>
    <message>
        <source>Every how many months</source>
        <translation>Every how many months</translation>
    </message>
    <message>
        <source>First date (day-month-year); the months are counted from it</source>
        <translation>First date (day-month-year); the months are counted from it</translation>
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
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n set date(s)</source>
        <translation>
            <numerusform>On %n set date</numerusform>
            <numerusform>On %n set dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampCardPage</name>
    <message>
        <source>Stamp a card</source>
        <translation>Stamp a card</translation>
    </message>
    <message>
        <source>Stamping for</source>
        <translation>Stamping for</translation>
    </message>
    <message>
        <source>Choose the place</source>
        <translation>Choose the place</translation>
    </message>
    <message>
        <source>Each card gets one stamp per place per day. The card is checked on this phone; no network is needed.</source>
        <translation>Each card gets one stamp per place per day. The card is checked on this phone; no network is needed.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Stamped on %1</source>
        <translation>Stamped on %1</translation>
    </message>
    <message>
        <source>Visited on %1: waiting for the host to confirm</source>
        <translation>Visited on %1: waiting for the host to confirm</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Not visited yet</translation>
    </message>
    <message>
        <source>stamped</source>
        <translation>stamped</translation>
    </message>
    <message>
        <source>waiting for the host</source>
        <translation>waiting for the host</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>not visited yet</translation>
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
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Not accepted by the server (kept on this device):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Join your organisation</source>
        <translation>Join your organisation</translation>
    </message>
    <message>
        <source>Scan the QR code your coordinator gives you, or type the invite code and the server&apos;s address. A sign-in code (BUURTBRUG-JOIN:…) names its server: paste it into the code field. Until then everything stays on this phone.</source>
        <translation>Scan the QR code your coordinator gives you, or type the invite code and the server&apos;s address. A sign-in code (BUURTBRUG-JOIN:…) names its server: paste it into the code field. Until then everything stays on this phone.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>Join again</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Choose the language of the app</source>
        <translation>Choose the language of the app</translation>
    </message>
    <message>
        <source>Joining: waiting for the server…</source>
        <translation>Joining: waiting for the server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Cancel joining</translation>
    </message>
    <message>
        <source>Phones of the organisation: invite or revoke</source>
        <translation>Phones of the organisation: invite or revoke</translation>
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
        <translation>Photos on this phone</translation>
    </message>
    <message>
        <source>Photos of the places on your card, the places you opened and the places nearby are kept here, up to the limit you choose. The places opened longest ago make room first; their photos come back when you open them again online.</source>
        <translation>Photos of the places on your card, the places you opened and the places nearby are kept here, up to the limit you choose. The places opened longest ago make room first; their photos come back when you open them again online.</translation>
    </message>
    <message>
        <source>In use: %1 of %2</source>
        <translation>In use: %1 of %2</translation>
    </message>
    <message>
        <source>Limit for photos</source>
        <translation>Limit for photos</translation>
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
    <message>
        <source>Everything is synced.</source>
        <translation>Everything is synced.</translation>
    </message>
    <message>
        <source>Not connected — everything is kept on this phone.</source>
        <translation>Not connected — everything is kept on this phone.</translation>
    </message>
    <message>
        <source>The server cannot be reached — everything is kept on this phone. It tries again by itself.</source>
        <translation>The server cannot be reached — everything is kept on this phone. It tries again by itself.</translation>
    </message>
    <message>
        <source>Sync did not work this time — everything is kept on this phone. It tries again by itself.</source>
        <translation>Sync did not work this time — everything is kept on this phone. It tries again by itself.</translation>
    </message>
    <message>
        <source>This phone could not save what came in. Free some space; nothing was lost.</source>
        <translation>This phone could not save what came in. Free some space; nothing was lost.</translation>
    </message>
    <message>
        <source>The server does not allow this phone to sync this. Ask your coordinator.</source>
        <translation>The server does not allow this phone to sync this. Ask your coordinator.</translation>
    </message>
    <message>
        <source>This phone was removed from the organisation. Ask your coordinator for a new invite; nothing unsent is lost.</source>
        <translation>This phone was removed from the organisation. Ask your coordinator for a new invite; nothing unsent is lost.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Kijk op de Wijk cards</source>
        <translation>Kijk op de Wijk cards</translation>
    </message>
    <message>
        <source>Field logs of %1</source>
        <extracomment>%1 is the organisation&apos;s short name, e.g. visserijplein</extracomment>
        <translation>Field logs of %1</translation>
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
    <message>
        <source>Informal carers</source>
        <translation>Informal carers</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creative</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Gardening</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>Sport and exercise</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
</context>
<context>
    <name>TranslationEditorPage</name>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
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
        <translation>This is the host&apos;s original text.</translation>
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
    <message>
        <source>Name in %1: %2</source>
        <translation>Name in %1: %2</translation>
    </message>
    <message>
        <source>One line in %1: %2</source>
        <translation>One line in %1: %2</translation>
    </message>
    <message>
        <source>Description in %1: %2</source>
        <translation>Description in %1: %2</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
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
