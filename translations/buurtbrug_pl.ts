<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ActivityEditorPage</name>
    <message>
        <source>New activity</source>
        <translation>Nowe zajęcia</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edytuj zajęcia</translation>
    </message>
    <message>
        <source>Language of the name below</source>
        <translation>Język nazwy poniżej</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Nazwa zajęć</translation>
    </message>
    <message>
        <source>What happens there</source>
        <translation>Co się tam dzieje</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>Usuń te zajęcia</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Usunąć %1?</translation>
    </message>
    <message>
        <source>It no longer shows on any device after the next sync.</source>
        <translation>Po następnej synchronizacji nie będzie widoczne na żadnym urządzeniu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Krótka nazwa do linków: litery a-z, cyfry i myślniki; gdy pole zostanie puste, powstaje z nazwy</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Type a date as day-month-year, such as 19-12-2026.</source>
        <translation>Wpisz datę jako dzień-miesiąc-rok, np. 19-12-2026.</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>Type a street and house number, or a postcode, to look up.</source>
        <translation>Wpisz ulicę i numer domu albo kod pocztowy, aby wyszukać.</translation>
    </message>
    <message>
        <source>This address is too long to look up.</source>
        <translation>Ten adres jest za długi, aby go wyszukać.</translation>
    </message>
    <message>
        <source>The address service cannot be reached. Are you online? You can also type the position, or use this device&apos;s position.</source>
        <translation>Nie można połączyć się z usługą adresów. Czy masz internet? Możesz też wpisać położenie albo użyć położenia tego urządzenia.</translation>
    </message>
    <message>
        <source>The address service did not answer in time. Try again, or type the position.</source>
        <translation>Usługa adresów nie odpowiedziała na czas. Spróbuj ponownie albo wpisz położenie.</translation>
    </message>
    <message>
        <source>The address service gave an answer this app cannot read. Try again later, or type the position.</source>
        <translation>Usługa adresów dała odpowiedź, której ta aplikacja nie umie odczytać. Spróbuj później albo wpisz położenie.</translation>
    </message>
    <message>
        <source>No address found. Check the street, house number and postcode.</source>
        <translation>Nie znaleziono adresu. Sprawdź ulicę, numer domu i kod pocztowy.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The directory is not available.</source>
        <translation>Katalog jest niedostępny.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone and marked to be checked. Everyone sees it after the next sync.</source>
        <translation>Tekst w języku %1 jest zapisany na tym telefonie i oznaczony do sprawdzenia. Wszyscy zobaczą go po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone. Everyone sees it after the next sync.</source>
        <translation>Tekst w języku %1 jest zapisany na tym telefonie. Wszyscy zobaczą go po następnej synchronizacji.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Ile osób przyszło?</translation>
    </message>
    <message>
        <source>More than 30</source>
        <translation>Więcej niż 30</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n people came.</source>
        <translation>
            <numerusform>Zapisano: przyszła %n osoba.</numerusform>
            <numerusform>Zapisano: przyszły %n osoby.</numerusform>
            <numerusform>Zapisano: przyszło %n osób.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people came</source>
        <translation>
            <numerusform>Przyszła %n osoba</numerusform>
            <numerusform>Przyszły %n osoby</numerusform>
            <numerusform>Przyszło %n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save: %n people came</source>
        <translation>
            <numerusform>Zapisz: przyszła %n osoba</numerusform>
            <numerusform>Zapisz: przyszły %n osoby</numerusform>
            <numerusform>Zapisz: przyszło %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Code of a participant who agrees (optional)</source>
        <translation>Kod uczestnika, który się zgadza (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>hidden</source>
        <translation>ukryte</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>mniej niż 5</translation>
    </message>
</context>
<context>
    <name>CardController</name>
    <message>
        <source>This is not a Kijk op de Wijk code.</source>
        <translation>To nie jest kod Kijk op de Wijk.</translation>
    </message>
    <message>
        <source>The code could not be read completely. Hold the phone a little closer and try again.</source>
        <translation>Nie udało się odczytać całego kodu. Przybliż trochę telefon i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This is an initiative&apos;s poster, not a card.</source>
        <translation>To plakat inicjatywy, a nie karta.</translation>
    </message>
    <message>
        <source>This is a card. Scan the code on the poster of the place you are visiting.</source>
        <translation>To jest karta. Zeskanuj kod z plakatu miejsca, które odwiedzasz.</translation>
    </message>
    <message>
        <source>This card&apos;s organisation is not known on this phone yet. Sync, then try again.</source>
        <translation>Organizacja tej karty nie jest jeszcze znana na tym telefonie. Zsynchronizuj i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This code is not genuine: it was changed or copied wrongly.</source>
        <translation>Ten kod nie jest prawdziwy: został zmieniony lub źle przepisany.</translation>
    </message>
    <message>
        <source>The card&apos;s code is not valid.</source>
        <translation>Kod karty jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>This card is valid from %1.</source>
        <translation>Ta karta jest ważna od %1.</translation>
    </message>
    <message>
        <source>This card expired on %1.</source>
        <translation>Ta karta straciła ważność %1.</translation>
    </message>
    <message>
        <source>%1 is not on this card.</source>
        <translation>%1 nie ma na tej karcie.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>Pamięć telefonu jest pełna. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Cards are not available on this phone.</source>
        <translation>Karty nie są dostępne na tym telefonie.</translation>
    </message>
    <message>
        <source>First choose the place you are stamping for.</source>
        <translation>Najpierw wybierz miejsce, dla którego stemplujesz.</translation>
    </message>
    <message>
        <source>This card is not on this phone yet. Scan its QR code, or sync first.</source>
        <translation>Tej karty nie ma jeszcze na tym telefonie. Zeskanuj jej kod QR albo najpierw zsynchronizuj.</translation>
    </message>
    <message>
        <source>This code has a typo. Check it against the card.</source>
        <translation>W tym kodzie jest literówka. Porównaj go z kartą.</translation>
    </message>
    <message>
        <source>Card %1 already has today&apos;s stamp for %2.</source>
        <translation>Karta %1 ma już dzisiejszą pieczątkę za %2.</translation>
    </message>
    <message>
        <source>Stamp confirmed on card %1: %2.</source>
        <translation>Pieczątka potwierdzona na karcie %1: %2.</translation>
    </message>
    <message>
        <source>Stamped card %1: %2.</source>
        <translation>Karta %1 podstemplowana: %2.</translation>
    </message>
    <message>
        <source>Scan the QR code on your card to add it.</source>
        <translation>Zeskanuj kod QR na swojej karcie, aby ją dodać.</translation>
    </message>
    <message>
        <source>Your card is on this phone now.</source>
        <translation>Twoja karta jest teraz na tym telefonie.</translation>
    </message>
    <message>
        <source>Add your card first.</source>
        <translation>Najpierw dodaj swoją kartę.</translation>
    </message>
    <message>
        <source>You already have today&apos;s stamp for %1.</source>
        <translation>Masz już dzisiejszą pieczątkę za %1.</translation>
    </message>
    <message>
        <source>Saved. The stamp for %1 counts once the host confirms it: ask them to scan your card.</source>
        <translation>Zapisano. Pieczątka za %1 będzie się liczyć, gdy gospodarz ją potwierdzi: poproś o zeskanowanie karty.</translation>
    </message>
    <message>
        <source>Stamped: %1. Well done!</source>
        <translation>Podstemplowano: %1. Brawo!</translation>
    </message>
    <message>
        <source>This choice can be changed once your card has synced to this phone.</source>
        <translation>Ten wybór można zmienić, gdy karta zsynchronizuje się z tym telefonem.</translation>
    </message>
    <message>
        <source>Cards are issued by the server. Join your organisation first.</source>
        <translation>Karty wydaje serwer. Najpierw dołącz do swojej organizacji.</translation>
    </message>
    <message>
        <source>Choose at least one place for the card.</source>
        <translation>Wybierz co najmniej jedno miejsce na kartę.</translation>
    </message>
    <message>
        <source>Only a coordinator can issue cards.</source>
        <translation>Tylko koordynator może wydawać karty.</translation>
    </message>
    <message>
        <source>A chosen place is not known on the server yet. Sync, then try again.</source>
        <translation>Jedno z wybranych miejsc nie jest jeszcze znane na serwerze. Zsynchronizuj i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server could not be reached. A card can be issued when there is a network.</source>
        <translation>Nie można połączyć się z serwerem. Kartę można wydać, gdy będzie sieć.</translation>
    </message>
    <message>
        <source>The card was not issued: %1</source>
        <translation>Karta nie została wydana: %1</translation>
    </message>
    <message>
        <source>Card %1 is valid until %2. The holder can scan the code below with their phone.</source>
        <translation>Karta %1 jest ważna do %2. Posiadacz może zeskanować poniższy kod swoim telefonem.</translation>
    </message>
    <message>
        <source>Cancelled: no card was issued.</source>
        <translation>Anulowano: nie wydano żadnej karty.</translation>
    </message>
    <message>
        <source>Card %1 was revoked on %2: it takes no stamps.</source>
        <translation>Karta %1 została unieważniona %2: nie przyjmuje pieczątek.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards on this device. Sync, then try again.</source>
        <translation>Ta karta nie należy do kart Twojej organizacji na tym urządzeniu. Zsynchronizuj i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This card cannot be reprinted from this device: its signed code is not here. Issue a replacement instead.</source>
        <translation>Tej karty nie można wydrukować ponownie z tego urządzenia: nie ma tu jej podpisanego kodu. Zamiast tego wydaj kartę zastępczą.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Nie można zapisać w %1.</translation>
    </message>
    <message>
        <source>Saved as %1. No program to show PDF files was found: open it from there.</source>
        <translation>Zapisano jako %1. Nie znaleziono programu do wyświetlania plików PDF: otwórz plik stamtąd.</translation>
    </message>
    <message>
        <source>Card %1 is ready to print.</source>
        <translation>Karta %1 jest gotowa do druku.</translation>
    </message>
    <message>
        <source>Cards are changed through the server. Join your organisation first.</source>
        <translation>Karty zmienia się przez serwer. Najpierw dołącz do swojej organizacji.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards.</source>
        <translation>Ta karta nie należy do Twojej organizacji.</translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation>Nieznana zmiana.</translation>
    </message>
    <message>
        <source>Card %1 is revoked. Hosts&apos; phones refuse it after their next sync.</source>
        <translation>Karta %1 została unieważniona. Telefony gospodarzy odrzucą ją po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Card %1 is now valid until %2. Reprint it for the holder.</source>
        <translation>Karta %1 jest teraz ważna do %2. Wydrukuj ją ponownie dla posiadacza.</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2, with its stamps. Print it for the holder.</source>
        <translation>Karta %1 zastępuje kartę %2, razem z jej pieczątkami. Wydrukuj ją dla posiadacza.</translation>
    </message>
    <message>
        <source>Only a coordinator can change cards.</source>
        <translation>Tylko koordynator może zmieniać karty.</translation>
    </message>
    <message>
        <source>The server does not know card %1 as one of your organisation&apos;s cards. Nothing was changed.</source>
        <translation>Serwer nie zna karty %1 jako karty Twojej organizacji. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Card %1 was revoked already. Nothing was changed.</source>
        <translation>Karta %1 była już unieważniona. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>Nie można połączyć się z serwerem. Nic nie zostało zmienione; spróbuj ponownie, gdy będzie sieć.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nic nie zostało zmienione: %1</translation>
    </message>
    <message>
        <source>The printout could not be made: %1</source>
        <translation>Nie udało się przygotować wydruku: %1</translation>
    </message>
    <message>
        <source>Posters are signed by the server. Join your organisation first.</source>
        <translation>Plakaty podpisuje serwer. Najpierw dołącz do swojej organizacji.</translation>
    </message>
    <message>
        <source>Choose at least one place for the posters.</source>
        <translation>Wybierz co najmniej jedno miejsce na plakaty.</translation>
    </message>
    <message>
        <source>Only a coordinator can print posters.</source>
        <translation>Tylko koordynator może drukować plakaty.</translation>
    </message>
    <message>
        <source>The server could not be reached. Posters can be printed when there is a network.</source>
        <translation>Nie można połączyć się z serwerem. Plakaty można wydrukować, gdy będzie sieć.</translation>
    </message>
    <message>
        <source>The posters were not printed: %1</source>
        <translation>Plakaty nie zostały wydrukowane: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be checked. Nothing was printed.</source>
        <translation>Nie udało się sprawdzić odpowiedzi serwera. Nic nie zostało wydrukowane.</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) ready to print.</source>
        <translation>
            <numerusform>%n plakat gotowy do druku.</numerusform>
            <numerusform>%n plakaty gotowe do druku.</numerusform>
            <numerusform>%n plakatów gotowych do druku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDetailPage</name>
    <message>
        <source>Card %1</source>
        <translation>Karta %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Choose a card in the list.</source>
        <translation>Wybierz kartę z listy.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważna</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>The holder keeps progress private.</source>
        <translation>Posiadacz zachowuje postęp dla siebie.</translation>
    </message>
    <message>
        <source>%1 of %2 places visited</source>
        <translation>Odwiedzono %1 z %2 miejsc</translation>
    </message>
    <message>
        <source>Revoked on %1; replaced by card %2.</source>
        <translation>Unieważniona %1; zastąpiona kartą %2.</translation>
    </message>
    <message>
        <source>Revoked on %1: it takes no stamps.</source>
        <translation>Unieważniona %1: nie przyjmuje pieczątek.</translation>
    </message>
    <message>
        <source>Open card %1</source>
        <translation>Otwórz kartę %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>This device does not hold this card&apos;s signed code, so it cannot be reprinted here. Issue a replacement instead.</source>
        <translation>To urządzenie nie ma podpisanego kodu tej karty, więc nie można jej tu ponownie wydrukować. Zamiast tego wydaj kartę zastępczą.</translation>
    </message>
    <message>
        <source>Print as A6 card</source>
        <translation>Drukuj jako kartę A6</translation>
    </message>
    <message>
        <source>Print as credit card</source>
        <translation>Drukuj w rozmiarze karty płatniczej</translation>
    </message>
    <message>
        <source>Change the card</source>
        <translation>Zmień kartę</translation>
    </message>
    <message>
        <source>Cards are changed through the server: join your organisation on the Sync page first.</source>
        <translation>Karty zmienia się przez serwer: najpierw dołącz do organizacji na stronie Synchronizacja.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Przedłuż o</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Przedłuż</translation>
    </message>
    <message>
        <source>Extend the card by %1</source>
        <translation>Przedłuż kartę o %1</translation>
    </message>
    <message>
        <source>Issue a replacement that keeps the stamps</source>
        <translation>Wydaj kartę zastępczą z zachowaniem pieczątek</translation>
    </message>
    <message>
        <source>Revoke a lost card</source>
        <translation>Unieważnij zgubioną kartę</translation>
    </message>
    <message>
        <source>Revoke card %1?</source>
        <translation>Unieważnić kartę %1?</translation>
    </message>
    <message>
        <source>Card %1 will take no more stamps, on any phone, after the next sync. Its stamps stay. This cannot be undone: to give the holder a new card with these stamps, choose a replacement instead.</source>
        <translation>Po następnej synchronizacji karta %1 nie przyjmie już pieczątek na żadnym telefonie. Jej pieczątki zostają. Tego nie można cofnąć: aby dać posiadaczowi nową kartę z tymi pieczątkami, wybierz kartę zastępczą.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>Revoke card %1</source>
        <translation>Unieważnij kartę %1</translation>
    </message>
    <message>
        <source>Keep the card</source>
        <translation>Zachowaj kartę</translation>
    </message>
</context>
<context>
    <name>CardListPage</name>
    <message>
        <source>Cards of the organisation</source>
        <translation>Karty organizacji</translation>
    </message>
    <message>
        <source>Search by code or place</source>
        <translation>Szukaj po kodzie lub miejscu</translation>
    </message>
    <message>
        <source>Search cards by code or place</source>
        <translation>Szukaj kart po kodzie lub miejscu</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 z %2 kart</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n karta</numerusform>
            <numerusform>%n karty</numerusform>
            <numerusform>%n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · valid until %2 · %3</source>
        <translation>%1 · ważna do %2 · %3</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>unieważniona</translation>
    </message>
    <message>
        <source>progress kept private</source>
        <translation>postępy pozostają prywatne</translation>
    </message>
    <message>
        <source>every place visited</source>
        <translation>wszystkie miejsca odwiedzone</translation>
    </message>
    <message>
        <source>%1 of %2 places</source>
        <translation>%1 z %2 miejsc</translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>Żadna karta nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>Nie ma jeszcze kart.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Kijk op de Wijk</source>
        <translation>Kijk op de Wijk (Poznaj okolicę)</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Moja karta</translation>
    </message>
    <message>
        <source>Every place visited. Open my card</source>
        <translation>Wszystkie miejsca odwiedzone. Otwórz moją kartę</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped. Open my card</source>
        <translation>Podstemplowano %1 z %2 miejsc. Otwórz moją kartę</translation>
    </message>
    <message>
        <source>Got a Kijk op de Wijk card? Add it to follow your stamps. Type the code under the QR code, or scan it.</source>
        <translation>Masz kartę Kijk op de Wijk? Dodaj ją, aby śledzić pieczątki. Wpisz kod spod kodu QR albo go zeskanuj.</translation>
    </message>
    <message>
        <source>At your initiative</source>
        <translation>W twojej inicjatywie</translation>
    </message>
    <message>
        <source>Stamp a card</source>
        <translation>Podstempluj kartę</translation>
    </message>
    <message>
        <source>Cards of the organisation</source>
        <translation>Karty organizacji</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>Wydaj kartę</translation>
    </message>
    <message>
        <source>Cards are issued through the server: join your organisation on the Sync page first.</source>
        <translation>Karty wydaje serwer: najpierw dołącz do organizacji na stronie Synchronizacja.</translation>
    </message>
    <message>
        <source>Search, reprint, extend or revoke cards</source>
        <translation>Szukaj, drukuj ponownie, przedłużaj lub unieważniaj karty</translation>
    </message>
    <message>
        <source>Print posters</source>
        <translation>Drukuj plakaty</translation>
    </message>
</context>
<context>
    <name>ConflictDesk</name>
    <message>
        <source>Activity %1</source>
        <translation>Zajęcia %1</translation>
    </message>
    <message>
        <source>The texts in %1</source>
        <translation>Teksty w języku: %1</translation>
    </message>
    <message>
        <source>The initiative&apos;s facts</source>
        <translation>Dane inicjatywy</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The versions could not be read from this device&apos;s storage.</source>
        <translation>Nie udało się odczytać wersji z pamięci tego urządzenia.</translation>
    </message>
    <message>
        <source>New changes arrived while you were choosing. The versions are shown again: please choose once more.</source>
        <translation>Podczas wybierania nadeszły nowe zmiany. Wersje są pokazane ponownie: wybierz jeszcze raz.</translation>
    </message>
    <message>
        <source>These choices do not fit together and were not saved. Choose differently, or keep one version whole.</source>
        <translation>Te wybory do siebie nie pasują i nie zostały zapisane. Wybierz inaczej albo zachowaj jedną wersję w całości.</translation>
    </message>
    <message>
        <source>Saving did not work: this device&apos;s storage refused it. Nothing was changed.</source>
        <translation>Zapis się nie udał: pamięć tego urządzenia go odrzuciła. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Saved. The other version is removed on every device at the next sync.</source>
        <translation>Zapisano. Druga wersja zniknie ze wszystkich urządzeń przy następnej synchronizacji.</translation>
    </message>
</context>
<context>
    <name>ConflictFieldDelegate</name>
    <message>
        <source>%1, differs between the versions</source>
        <translation>%1, różni się między wersjami</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ różni się</translation>
    </message>
    <message>
        <source>Version %1, shown now</source>
        <translation>Wersja %1, pokazywana teraz</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <source>%1: %2 (kept)</source>
        <translation>%1: %2 (zostaje)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3, chosen</source>
        <translation>Zachowaj %1 pola %2: %3, wybrano</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3</source>
        <translation>Zachowaj %1 pola %2: %3</translation>
    </message>
    <message>
        <source>✓ Kept: %1</source>
        <translation>✓ Zostaje: %1</translation>
    </message>
</context>
<context>
    <name>ConflictFieldText</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>tekst oryginalny</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>przetłumaczone przez człowieka</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>do sprawdzenia</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Używane języki</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Wejście bez stopni</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Miejsce na balkonik</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Ciche pomieszczenie</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Ostatnio sprawdzono</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Zakończono dnia</translation>
    </message>
    <message>
        <source>Stamp distance in metres</source>
        <translation>Odległość pieczątki w metrach</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Język oryginału</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dane przykładowe</translation>
    </message>
    <message>
        <source>Short name in links</source>
        <translation>Krótka nazwa w linkach</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Rodzaj wpisu</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Inicjatywa</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source>Every how many weeks or months</source>
        <translation>Co ile tygodni lub miesięcy</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Dzień tygodnia</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Który tydzień miesiąca</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Zaczyna się o</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Kończy się o</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Liczone od</translation>
    </message>
    <message>
        <source>Not on these days</source>
        <translation>Nie w te dni</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Nie w święta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Jak wejść</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Stan tłumaczenia</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Texts of the activity %1</source>
        <translation>Teksty zajęć %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
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
        <translation>Wybór między wersjami</translation>
    </message>
    <message>
        <source>This was changed on two devices at the same time. For each field that differs, choose the value to keep. Saving keeps your choice as the one version and removes the others on every device at the next sync.</source>
        <translation>To zostało zmienione jednocześnie na dwóch urządzeniach. Dla każdego pola, które się różni, wybierz wartość, która zostaje. Zapis uczyni Twój wybór jedyną wersją, a pozostałe znikną ze wszystkich urządzeń przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Keep one version whole</source>
        <translation>Zachowaj jedną wersję w całości</translation>
    </message>
    <message>
        <source>Choose all of version %1</source>
        <translation>Wybierz całą wersję %1</translation>
    </message>
    <message>
        <source>The same in every version: %1</source>
        <translation>Takie samo we wszystkich wersjach: %1</translation>
    </message>
    <message>
        <source>Save this choice</source>
        <translation>Zapisz ten wybór</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
</context>
<context>
    <name>ContactFormPage</name>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt zapisany.</translation>
    </message>
    <message>
        <source>Nickname or code</source>
        <translation>Pseudonim lub kod</translation>
    </message>
    <message>
        <source>e.g. zon-17</source>
        <translation>np. zon-17</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nowy kod</translation>
    </message>
    <message>
        <source>The person agrees that their name is written down</source>
        <translation>Osoba zgadza się na zapisanie swojego imienia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Używany język</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzebuje</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferuje</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Skierowano do</translation>
    </message>
    <message>
        <source>An initiative</source>
        <translation>Inicjatywa</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Szukaj w katalogu</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Wybrano: %1</translation>
    </message>
    <message>
        <source>e.g. the GP, the neighbourhood team</source>
        <translation>np. lekarz rodzinny, zespół dzielnicowy</translation>
    </message>
    <message>
        <source>Referred to whom</source>
        <translation>Do kogo skierowano</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Za %n dzień</numerusform>
            <numerusform>Za %n dni</numerusform>
            <numerusform>Za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <source>Follow up (a referral: in 14 days unless you choose)</source>
        <translation>Kontakt zwrotny (skierowanie: za 14 dni, chyba że wybierzesz inaczej)</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>day-month-year</source>
        <translation>dzień-miesiąc-rok</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Usuń %1</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>Choose what the new phone is for.</source>
        <translation>Wybierz, do czego służy nowy telefon.</translation>
    </message>
    <message>
        <source>Type the first name or a nickname of the person who gets the phone, so the list says whose it is.</source>
        <translation>Wpisz imię lub pseudonim osoby, która dostaje telefon, aby lista mówiła, czyj on jest.</translation>
    </message>
    <message numerus="yes">
        <source>A first name or nickname of at most %n characters, please.</source>
        <translation>
            <numerusform>Imię lub pseudonim może mieć najwyżej %n znak.</numerusform>
            <numerusform>Imię lub pseudonim może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Imię lub pseudonim może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the initiatives this host hosts: the phone stamps cards only for those.</source>
        <translation>Wybierz inicjatywy, których gospodarzem jest ta osoba: telefon stempluje karty tylko dla nich.</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Telefony zaprasza się i unieważnia przez serwer: najpierw dołącz do swojej organizacji jako jej koordynator na stronie Synchronizacja.</translation>
    </message>
    <message>
        <source>Still waiting for the server&apos;s answer to the previous request.</source>
        <translation>Wciąż czekamy na odpowiedź serwera na poprzednie żądanie.</translation>
    </message>
    <message>
        <source>An invite for %1&apos;s phone is ready. Let the new phone scan the QR code below, or type its code on the phone&apos;s Sync page.</source>
        <translation>Zaproszenie dla telefonu osoby %1 jest gotowe. Pozwól nowemu telefonowi zeskanować poniższy kod QR albo wpisz kod na stronie Synchronizacja tego telefonu.</translation>
    </message>
    <message>
        <source>%1&apos;s phone is revoked: the server refuses it from its next request on.</source>
        <translation>Telefon osoby %1 został unieważniony: serwer odrzuci go od jego następnego żądania.</translation>
    </message>
    <message>
        <source>Stopped waiting for the list of phones.</source>
        <translation>Przestaliśmy czekać na listę telefonów.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. It may still have done it: the list shows what it holds once it is fetched again.</source>
        <translation>Przestaliśmy czekać na serwer. Mógł to jednak zrobić: lista pokaże jego stan po ponownym pobraniu.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>Nie można połączyć się z serwerem. Nic nie zostało zmienione; spróbuj ponownie, gdy będzie sieć.</translation>
    </message>
    <message>
        <source>The server no longer accepts this phone: it was removed from the organisation. Join again with a new invite.</source>
        <translation>Serwer nie akceptuje już tego telefonu: został usunięty z organizacji. Dołącz ponownie z nowym zaproszeniem.</translation>
    </message>
    <message>
        <source>The server refused: only a coordinator manages the phones, and only those of their own organisation.</source>
        <translation>Serwer odmówił: telefonami zarządza tylko koordynator i tylko telefonami własnej organizacji.</translation>
    </message>
    <message>
        <source>The server does not know this phone. Nothing was changed.</source>
        <translation>Serwer nie zna tego telefonu. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>This server does not manage phones from the app. Ask whoever runs it to update it.</source>
        <translation>Ten serwer nie zarządza telefonami z aplikacji. Poproś osobę, która go prowadzi, o aktualizację.</translation>
    </message>
    <message>
        <source>The server did not accept this invite: check the name and the initiatives, then try again.</source>
        <translation>Serwer nie przyjął tego zaproszenia: sprawdź imię i inicjatywy, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Nothing was changed.</source>
        <translation>Serwer nie przyjął tego żądania. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing. Try again in a few minutes; if it keeps happening, tell whoever runs the server.</source>
        <translation>Serwer miał problem i niczego nie zmienił. Spróbuj ponownie za kilka minut; jeśli to się powtarza, powiadom osobę, która prowadzi serwer.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <source>Joined %1 · last sync %2</source>
        <translation>Dołączył %1 · ostatnia synchronizacja %2</translation>
    </message>
    <message>
        <source>Joined %1 · not synced yet</source>
        <translation>Dołączył %1 · jeszcze bez synchronizacji</translation>
    </message>
    <message>
        <source>Revoked: the server refuses this phone.</source>
        <translation>Unieważniony: serwer odrzuca ten telefon.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>Unieważnij telefon osoby %1</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Buurtmaatje (neighbourhood buddy)</source>
        <translation>Buurtmaatje (sąsiedzki towarzysz)</translation>
    </message>
    <message>
        <source>Verbindingswerker (connector)</source>
        <translation>Verbindingswerker (łącznik)</translation>
    </message>
    <message>
        <source>Host of an initiative</source>
        <translation>Gospodarz inicjatywy</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Directory editor</source>
        <translation>Redaktor katalogu</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Posiadacz karty</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Phones of the organisation</source>
        <translation>Telefony organizacji</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Telefony zaprasza się i unieważnia przez serwer: najpierw dołącz do swojej organizacji jako jej koordynator na stronie Synchronizacja.</translation>
    </message>
    <message>
        <source>Making the invite: waiting for the server…</source>
        <translation>Tworzenie zaproszenia: czekamy na serwer…</translation>
    </message>
    <message>
        <source>Revoking: waiting for the server…</source>
        <translation>Unieważnianie: czekamy na serwer…</translation>
    </message>
    <message>
        <source>Fetching the phones: waiting for the server…</source>
        <translation>Pobieranie telefonów: czekamy na serwer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>Przestań czekać na serwer</translation>
    </message>
    <message>
        <source>Invite a phone</source>
        <translation>Zaproś telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>What the phone is for</source>
        <translation>Do czego służy telefon</translation>
    </message>
    <message>
        <source>The initiatives this host hosts</source>
        <translation>Inicjatywy, których gospodarzem jest ta osoba</translation>
    </message>
    <message>
        <source>First name or nickname of the person who gets the phone</source>
        <translation>Imię lub pseudonim osoby, która dostaje telefon</translation>
    </message>
    <message>
        <source>Make the invite</source>
        <translation>Utwórz zaproszenie</translation>
    </message>
    <message>
        <source>The organisation&apos;s phones</source>
        <translation>Telefony organizacji</translation>
    </message>
    <message>
        <source>No phones have joined yet.</source>
        <translation>Żaden telefon jeszcze nie dołączył.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n telefon</numerusform>
            <numerusform>%n telefony</numerusform>
            <numerusform>%n telefonów</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the list again</source>
        <translation>Pobierz listę ponownie</translation>
    </message>
    <message>
        <source>Revoke the phone of %1?</source>
        <translation>Unieważnić telefon osoby %1?</translation>
    </message>
    <message>
        <source>The phone of %1 (%2) can no longer sync: the server refuses it from its next request on. What it has not sent yet stays on that phone. This cannot be undone; to use the phone again, invite it anew.</source>
        <translation>Telefon osoby %1 (%2) nie będzie mógł się już synchronizować: serwer odrzuci go od jego następnego żądania. To, czego jeszcze nie wysłał, zostaje na tym telefonie. Tego nie można cofnąć; aby znów używać telefonu, zaproś go od nowa.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>Unieważnij telefon osoby %1</translation>
    </message>
    <message>
        <source>Keep the phone</source>
        <translation>Zachowaj telefon</translation>
    </message>
</context>
<context>
    <name>DirectoryEdit</name>
    <message>
        <source>Give the initiative a name in at least one language.</source>
        <translation>Nadaj inicjatywie nazwę w co najmniej jednym języku.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ten tekst jest za długi.</translation>
    </message>
    <message>
        <source>This text holds invisible direction characters; type it again.</source>
        <translation>Ten tekst zawiera niewidoczne znaki kierunku; wpisz go ponownie.</translation>
    </message>
    <message>
        <source>This language is not one the directory knows.</source>
        <translation>Katalog nie zna tego języka.</translation>
    </message>
    <message>
        <source>Choose original, translated by a person, or to be checked.</source>
        <translation>Wybierz: oryginał, przetłumaczone przez człowieka lub do sprawdzenia.</translation>
    </message>
    <message>
        <source>This theme is not one the directory knows.</source>
        <translation>Katalog nie zna tego tematu.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>Ta lista jest za długa.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes only.</source>
        <translation>Używaj tylko małych liter, cyfr i myślników.</translation>
    </message>
    <message>
        <source>This one exists already.</source>
        <translation>To już istnieje.</translation>
    </message>
    <message>
        <source>This is not a position on the map.</source>
        <translation>To nie jest miejsce na mapie.</translation>
    </message>
    <message>
        <source>This position is outside the Netherlands.</source>
        <translation>To miejsce leży poza Holandią.</translation>
    </message>
    <message>
        <source>A postcode is four digits and two letters, such as 3024 AB.</source>
        <translation>Kod pocztowy to cztery cyfry i dwie litery, np. 3024 AB.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>To nie jest numer telefonu.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <source>A website starts with https:// or http://.</source>
        <translation>Adres strony zaczyna się od https:// lub http://.</translation>
    </message>
    <message>
        <source>This schedule is not complete or not valid.</source>
        <translation>Ten harmonogram jest niepełny lub nieprawidłowy.</translation>
    </message>
    <message>
        <source>With this schedule the activity never takes place.</source>
        <translation>Przy tym harmonogramie zajęcia nigdy się nie odbywają.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>To już nie istnieje.</translation>
    </message>
    <message>
        <source>Someone else saved a change meanwhile; open it again.</source>
        <translation>Ktoś inny zapisał w międzyczasie zmianę; otwórz ponownie.</translation>
    </message>
    <message>
        <source>This initiative was retired.</source>
        <translation>Ta inicjatywa została wycofana.</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorController</name>
    <message>
        <source>Saved on this device. You can add its activities now; everyone sees it after the next sync.</source>
        <translation>Zapisano na tym urządzeniu. Możesz teraz dodać zajęcia; wszyscy zobaczą to po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Saved on this device. Everyone sees it after the next sync.</source>
        <translation>Zapisano na tym urządzeniu. Wszyscy zobaczą to po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Retired: it no longer shows in the list. Its texts are kept.</source>
        <translation>Wycofano: nie ma go już na liście. Jego teksty zostają zachowane.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need another look. Everything you typed is still here.</source>
        <translation>
            <numerusform>Nie zapisano: %n pole trzeba jeszcze sprawdzić. Wszystko, co wpisano, nadal tu jest.</numerusform>
            <numerusform>Nie zapisano: %n pola trzeba jeszcze sprawdzić. Wszystko, co wpisano, nadal tu jest.</numerusform>
            <numerusform>Nie zapisano: %n pól trzeba jeszcze sprawdzić. Wszystko, co wpisano, nadal tu jest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here.</source>
        <translation>Nie zapisano: %1 Wszystko, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
        <source>Not saved: this device could not store it (%1). Everything you typed is still here.</source>
        <translation>Nie zapisano: to urządzenie nie mogło tego zachować (%1). Wszystko, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
        <source>This device has no position yet. Go outside or wait a moment, or type the position.</source>
        <translation>To urządzenie nie ma jeszcze położenia. Wyjdź na zewnątrz lub chwilę poczekaj albo wpisz położenie.</translation>
    </message>
    <message>
        <source>This device&apos;s position is rough (within %1 m). Check it, or look up the address.</source>
        <translation>Położenie tego urządzenia jest przybliżone (do %1 m). Sprawdź je albo wyszukaj adres.</translation>
    </message>
    <message>
        <source>The position is filled in. It is saved with the initiative.</source>
        <translation>Położenie zostało wpisane. Zostanie zapisane razem z inicjatywą.</translation>
    </message>
    <message>
        <source>The activity is saved on this device.</source>
        <translation>Zajęcia zapisano na tym urządzeniu.</translation>
    </message>
    <message>
        <source>The activity is removed.</source>
        <translation>Zajęcia usunięto.</translation>
    </message>
</context>
<context>
    <name>FieldLogController</name>
    <message>
        <source>The data of this code was erased on request. Choose a new code.</source>
        <translation>Dane tego kodu usunięto na prośbę. Wybierz nowy kod.</translation>
    </message>
    <message>
        <source>Give a nickname or a code.</source>
        <translation>Podaj pseudonim lub kod.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>Pamięć telefonu jest pełna. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>To urządzenie nie należy jeszcze do żadnej organizacji.</translation>
    </message>
    <message>
        <source>Tap the big button first.</source>
        <translation>Najpierw dotknij dużego przycisku.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Nie ma czego cofnąć.</translation>
    </message>
    <message>
        <source>Count at least one person.</source>
        <translation>Policz co najmniej jedną osobę.</translation>
    </message>
    <message>
        <source>Choose the initiative the person was referred to.</source>
        <translation>Wybierz inicjatywę, do której skierowano tę osobę.</translation>
    </message>
    <message>
        <source>Say who the person was referred to.</source>
        <translation>Napisz, do kogo skierowano tę osobę.</translation>
    </message>
    <message>
        <source>This record was deleted, perhaps on another phone.</source>
        <translation>Ten wpis został usunięty, być może na innym telefonie.</translation>
    </message>
    <message>
        <source>The phone could not save this. Nothing was changed; try again.</source>
        <translation>Telefon nie mógł tego zapisać. Nic się nie zmieniło; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This could not be saved. Nothing was changed.</source>
        <translation>Nie udało się tego zapisać. Nic się nie zmieniło.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Open now</source>
        <translation>Teraz otwarte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Within rollator distance</source>
        <translation>W zasięgu balkonika</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Bez progów</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Miejsce na balkonik</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Ciche pomieszczenie</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Any language spoken</source>
        <translation>Dowolny język</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>Mówią po: %1</translation>
    </message>
    <message>
        <source>Language spoken there</source>
        <translation>Język, którym się tam mówi</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Najbliższe najpierw</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Sorted by name until the phone knows where you are.</source>
        <translation>Posortowane według nazwy, dopóki telefon nie wie, gdzie jesteś.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Welcome to Buurtbrug</source>
        <translation>Witaj w Buurtbrug</translation>
    </message>
    <message>
        <source>Join your organisation with the invite from your coordinator, to see and log what is real.</source>
        <translation>Dołącz do swojej organizacji za pomocą zaproszenia od koordynatora, aby widzieć i zapisywać to, co prawdziwe.</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Dołącz do mojej organizacji</translation>
    </message>
    <message>
        <source>Or look around first: a sample neighbourhood with invented places and logs. It stays on this phone, is marked as a sample on every screen, and is removed when the phone joins.</source>
        <translation>Albo najpierw się rozejrzyj: przykładowa dzielnica ze zmyślonymi miejscami i wpisami. Zostaje na tym telefonie, na każdym ekranie jest oznaczona jako przykład i znika, gdy telefon dołączy.</translation>
    </message>
    <message>
        <source>Look around with a sample neighbourhood</source>
        <translation>Rozejrzyj się w przykładowej dzielnicy</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1, referred to %2</source>
        <translation>%1, skierowano do: %2</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Dotarła</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Nie dotarła</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Za tydzień</translation>
    </message>
    <message>
        <source>Look again in a week</source>
        <translation>Sprawdź ponownie za tydzień</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dzień opóźnienia</numerusform>
            <numerusform>%n dni opóźnienia</numerusform>
            <numerusform>%n dni opóźnienia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativeDelegate</name>
    <message>
        <source>Open now, today %1</source>
        <translation>Teraz otwarte, dzisiaj %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Dzisiaj %1</translation>
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
    <message>
        <source>This device cannot read aloud.</source>
        <translation>To urządzenie nie umie czytać na głos.</translation>
    </message>
    <message>
        <source>This device has no sound output right now.</source>
        <translation>To urządzenie nie ma teraz wyjścia dźwięku.</translation>
    </message>
    <message>
        <source>Reading aloud did not work.</source>
        <translation>Czytanie na głos nie zadziałało.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Przestań czytać</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Przeczytaj na głos</translation>
    </message>
    <message>
        <source>Add or correct a translation</source>
        <translation>Dodaj lub popraw tłumaczenie</translation>
    </message>
    <message>
        <source>%1 (on now)</source>
        <translation>%1 (teraz trwa)</translation>
    </message>
    <message>
        <source>%1, next: %2</source>
        <translation>%1, następnie: %2</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trasa</translation>
    </message>
    <message>
        <source>Route to %1 in the maps app</source>
        <translation>Trasa do %1 w aplikacji z mapami</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Zadzwoń: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This phone cannot read %1 aloud.</source>
        <translation>Ten telefon nie umie czytać na głos w języku: %1.</translation>
    </message>
    <message>
        <source>This initiative was changed on two devices at the same time, so it has more than one version. People see one of them until you choose what to keep.</source>
        <translation>Ta inicjatywa została zmieniona jednocześnie na dwóch urządzeniach, więc ma więcej niż jedną wersję. Ludzie widzą jedną z nich, dopóki nie wybierzesz, co zostaje.</translation>
    </message>
    <message>
        <source>Compare the versions</source>
        <translation>Porównaj wersje</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit this initiative</source>
        <translation>Edytuj tę inicjatywę</translation>
    </message>
</context>
<context>
    <name>InitiativeEditorPage</name>
    <message>
        <source>New initiative</source>
        <translation>Nowa inicjatywa</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Edytuj inicjatywę</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>Nazwa i opis</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Address and position</source>
        <translation>Adres i położenie</translation>
    </message>
    <message>
        <source>Languages spoken there</source>
        <translation>Języki, którymi się tam mówi</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Wejście bez progów</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Miejsce na balkonik</translation>
    </message>
    <message>
        <source>A quiet room</source>
        <translation>Ciche pomieszczenie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its activities here.</source>
        <translation>Najpierw zapisz inicjatywę, potem dodaj tutaj jej zajęcia.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edytuj %1</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Dodaj zajęcia</translation>
    </message>
    <message>
        <source>Retire this initiative</source>
        <translation>Wycofaj tę inicjatywę</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>Wycofać %1?</translation>
    </message>
    <message>
        <source>It no longer shows in the list, on any device, after the next sync. Its activities and photos are removed; its texts are kept.</source>
        <translation>Po następnej synchronizacji nie będzie na liście na żadnym urządzeniu. Jego zajęcia i zdjęcia zostaną usunięte, a teksty zachowane.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Krótka nazwa do linków: litery a-z, cyfry i myślniki; gdy pole zostanie puste, powstaje z nazwy</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
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
    <message>
        <source>Search in any language</source>
        <translation>Szukaj w dowolnym języku</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Szukaj inicjatyw</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtry (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Distances from your position (within %1 m)</source>
        <translation>Odległości od Twojej pozycji (z dokładnością do %1 m)</translation>
    </message>
    <message>
        <source>Your position is rough (within %1 m): distances are estimates</source>
        <translation>Twoja pozycja jest przybliżona (do %1 m): odległości są szacunkowe</translation>
    </message>
    <message>
        <source>No position: distances are from the middle of the neighbourhood</source>
        <translation>Brak pozycji: odległości od środka dzielnicy</translation>
    </message>
    <message>
        <source>%1 of %2 initiatives</source>
        <translation>%1 z %2 inicjatyw</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or clear the filters.</source>
        <translation>Brak wyników. Wpisz mniej liter lub wyczyść filtry.</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Dodaj inicjatywę</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Pokaż jako listę</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Pokaż na mapie</translation>
    </message>
</context>
<context>
    <name>InitiativeMap</name>
    <message>
        <source>Map of the initiatives</source>
        <translation>Mapa inicjatyw</translation>
    </message>
    <message>
        <source>Drag to move the map. The list shows every place.</source>
        <translation>Przeciągnij, aby przesunąć mapę. Lista pokazuje każde miejsce.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Show my position</source>
        <translation>Pokaż moją pozycję</translation>
    </message>
    <message>
        <source>No map pictures on this phone yet: the places are shown without streets. The list has every place.</source>
        <translation>Na tym telefonie nie ma jeszcze obrazów mapy: miejsca są pokazane bez ulic. Lista zawiera każde miejsce.</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Mapa: %1</translation>
    </message>
    <message>
        <source>Map: no tile source</source>
        <translation>Mapa: brak źródła mapy</translation>
    </message>
</context>
<context>
    <name>InitiativePhotoController</name>
    <message>
        <source>This file cannot be opened.</source>
        <translation>Nie można otworzyć tego pliku.</translation>
    </message>
    <message>
        <source>Only a coordinator or a host adds photos.</source>
        <translation>Zdjęcia dodaje tylko koordynator lub gospodarz.</translation>
    </message>
    <message>
        <source>Describe the photo in a few words first, for people who cannot see it.</source>
        <translation>Najpierw opisz zdjęcie kilkoma słowami, dla osób, które go nie widzą.</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>Zdjęcie nie zostało zapisane: %1</translation>
    </message>
    <message>
        <source>Photo added. It goes to the other devices with the next sync.</source>
        <translation>Zdjęcie dodane. Trafi na inne urządzenia przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>Zdjęcie nie zostało usunięte: %1</translation>
    </message>
    <message>
        <source>Photo removed, here and on the other devices after the next sync.</source>
        <translation>Zdjęcie usunięte tutaj, a na innych urządzeniach po następnej synchronizacji.</translation>
    </message>
</context>
<context>
    <name>InitiativeTextsSection</name>
    <message>
        <source>original</source>
        <translation>oryginał</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>przetłumaczone przez człowieka</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>do sprawdzenia</translation>
    </message>
    <message>
        <source>Language of the texts below</source>
        <translation>Język tekstów poniżej</translation>
    </message>
    <message>
        <source>%1: %2, needs another look</source>
        <translation>%1: %2, trzeba jeszcze raz sprawdzić</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>Jedna linijka do listy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Opening notes (how to get in, what to bring)</source>
        <translation>Praktyczne uwagi (jak wejść, co zabrać)</translation>
    </message>
    <message>
        <source>This text is</source>
        <translation>Ten tekst to</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>QR code of the invite for %1</source>
        <translation>Kod QR zaproszenia dla %1</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <translation>Kod zaproszenia %1</translation>
    </message>
    <message>
        <source>For %1, as %2. It works once, until %3.</source>
        <translation>Dla %1, jako %2. Działa raz, do %3.</translation>
    </message>
    <message>
        <source>On the new phone: open Sync and scan this code, or type the code with the server&apos;s address.</source>
        <translation>Na nowym telefonie: otwórz Synchronizację i zeskanuj ten kod albo wpisz kod wraz z adresem serwera.</translation>
    </message>
    <message>
        <source>Invite another phone</source>
        <translation>Zaproś kolejny telefon</translation>
    </message>
</context>
<context>
    <name>IssueCardPage</name>
    <message>
        <source>Issue a card</source>
        <translation>Wydaj kartę</translation>
    </message>
    <message>
        <source>QR code of card %1</source>
        <translation>Kod QR karty %1</translation>
    </message>
    <message>
        <source>Issue another card</source>
        <translation>Wydaj kolejną kartę</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Miejsca do odwiedzenia</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Ważna przez</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s language</source>
        <translation>Język posiadacza</translation>
    </message>
    <message>
        <source>The holder lets me see which places they visited</source>
        <translation>Posiadacz pozwala mi widzieć, które miejsca odwiedził</translation>
    </message>
    <message>
        <source>Ask the holder; they can change this later on their own card.</source>
        <translation>Zapytaj posiadacza; może to później zmienić na swojej karcie.</translation>
    </message>
    <message>
        <source>Issue the card</source>
        <translation>Wydaj kartę</translation>
    </message>
    <message>
        <source>The same places as the last card</source>
        <translation>Te same miejsca co na ostatniej karcie</translation>
    </message>
    <message>
        <source>Issuing: waiting for the server…</source>
        <translation>Wydawanie karty: czekam na serwer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel issuing the card</source>
        <translation>Anuluj wydawanie karty</translation>
    </message>
</context>
<context>
    <name>JoinController</name>
    <message>
        <source>This phone has joined. It syncs whenever there is a network.</source>
        <translation>Ten telefon dołączył. Synchronizuje się, gdy tylko jest sieć.</translation>
    </message>
    <message>
        <source>This is not an invite code.</source>
        <translation>To nie jest kod zaproszenia.</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Wpisz kod zaproszenia.</translation>
    </message>
    <message>
        <source>An invite code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Compare it with the invite.</source>
        <translation>Kod zaproszenia ma 16 liter i cyfr, na przykład ABCD-EFGH-JKMN-PQRS. Porównaj go z zaproszeniem.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example https://buurtbrug.example.nl.</source>
        <translation>Wpisz adres serwera, na przykład https://buurtbrug.example.nl.</translation>
    </message>
    <message>
        <source>This app cannot join an organisation.</source>
        <translation>Ta aplikacja nie może dołączyć do organizacji.</translation>
    </message>
    <message>
        <source>The server does not know this invite code. Compare it with the invite, letter by letter.</source>
        <translation>Serwer nie zna tego kodu zaproszenia. Porównaj go z zaproszeniem, znak po znaku.</translation>
    </message>
    <message>
        <source>This invite code was already used; a code works only once. Ask the coordinator for a new one.</source>
        <translation>Ten kod zaproszenia został już użyty; kod działa tylko raz. Poproś koordynatora o nowy.</translation>
    </message>
    <message>
        <source>This invite code has expired. Ask the coordinator for a new one.</source>
        <translation>Ten kod zaproszenia wygasł. Poproś koordynatora o nowy.</translation>
    </message>
    <message>
        <source>The server did not accept this invite code. Compare it with the invite: a code works only once and for a limited time. If it is right, ask the coordinator for a new one.</source>
        <translation>Serwer nie przyjął tego kodu zaproszenia. Porównaj go z zaproszeniem: kod działa tylko raz i przez ograniczony czas. Jeśli jest poprawny, poproś koordynatora o nowy.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź adres i sieć, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server accepted the code, but this phone could not keep it. Free some space, then ask the coordinator for a new code.</source>
        <translation>Serwer przyjął kod, ale ten telefon nie mógł go zachować. Zwolnij trochę miejsca, a potem poproś koordynatora o nowy kod.</translation>
    </message>
    <message>
        <source>Joining was cancelled. Nothing was changed on this phone.</source>
        <translation>Dołączanie anulowano. Na tym telefonie nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>This sign-in code is damaged or incomplete. Scan it again, or ask the coordinator for the code once more. Nothing was changed on this phone.</source>
        <translation>Ten kod logowania jest uszkodzony lub niepełny. Zeskanuj go ponownie albo poproś koordynatora o kod jeszcze raz. Na tym telefonie nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in code: it is wrong, or this phone was removed. Ask the coordinator for a new one. Nothing was changed on this phone.</source>
        <translation>Serwer nie przyjął tego kodu logowania: jest błędny albo ten telefon został usunięty. Poproś koordynatora o nowy. Na tym telefonie nic nie zmieniono.</translation>
    </message>
    <message>
        <source>This address starts with http:// and would send this phone&apos;s sign-in unprotected over the network. Use the server&apos;s https:// address. Nothing was changed on this phone.</source>
        <translation>Ten adres zaczyna się od http:// i wysłałby dane logowania tego telefonu przez sieć bez ochrony. Użyj adresu serwera zaczynającego się od https://. Na tym telefonie nic nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>Język tego tekstu: %1. Nie ma jeszcze tłumaczenia na Twój język.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Język: %1</translation>
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
    <message>
        <source>This phone cannot read aloud in %1.</source>
        <translation>Ten telefon nie umie czytać na głos w językach: %1.</translation>
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
        <translation>niderlandzki</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabski</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>tamazight (berberyjski)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turecki</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bułgarski</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somalijski</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>papiamento</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>sranan tongo</translation>
    </message>
    <message>
        <source>Cape Verdean Creole</source>
        <translation>kreolski Zielonego Przylądka</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>hiszpański</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugalski</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francuski</translation>
    </message>
    <message>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumuński</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrinia</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>perski</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Line chart of %1 per %2; the table below reads the same numbers.</source>
        <translation>Wykres liniowy: %1 na %2; tabela poniżej podaje te same liczby.</translation>
    </message>
    <message>
        <source>Open circle: fewer than 5 people, so the number is not shown.</source>
        <translation>Puste kółko: mniej niż 5 osób, więc liczba nie jest pokazana.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>Rejestr</translation>
    </message>
    <message>
        <source>Logs go to %1 and sync when there is a network.</source>
        <translation>Wpisy trafiają do organizacji %1 i synchronizują się, gdy jest sieć.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>To urządzenie nie należy jeszcze do żadnej organizacji.</translation>
    </message>
    <message>
        <source>Market tally</source>
        <translation>Liczenie na targu</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Dziś nie ma nic do sprawdzenia.</translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation>Dzisiejsze zajęcia</translation>
    </message>
    <message>
        <source>No activities in the directory take place today.</source>
        <translation>Dziś nie ma żadnych zajęć z katalogu.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n counted today</source>
        <translation>
            <numerusform>dziś policzono %n osobę</numerusform>
            <numerusform>dziś policzono %n osoby</numerusform>
            <numerusform>dziś policzono %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>Cofnięto.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n follow-ups</source>
        <translation>
            <numerusform>Pokaż %n sprawę do sprawdzenia</numerusform>
            <numerusform>Pokaż wszystkie %n sprawy do sprawdzenia</numerusform>
            <numerusform>Pokaż wszystkie %n spraw do sprawdzenia</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as arrived.</source>
        <translation>Oznaczono: dotarł(a).</translation>
    </message>
    <message>
        <source>Marked as not arrived.</source>
        <translation>Oznaczono: nie dotarł(a).</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>Kontakt kontrolny zamknięty.</translation>
    </message>
    <message>
        <source>Moved to next week.</source>
        <translation>Przeniesiono na przyszły tydzień.</translation>
    </message>
    <message>
        <source>Logs stay on this phone. To share them with your organisation, join it on the Sync page.</source>
        <translation>Wpisy zostają na tym telefonie. Aby udostępnić je swojej organizacji, dołącz do niej na stronie Synchronizacja.</translation>
    </message>
    <message>
        <source>This phone was removed from %1. Logs stay on it until it joins again on the Sync page.</source>
        <translation>Ten telefon został usunięty z %1. Wpisy zostają na nim, dopóki nie dołączy ponownie na stronie Synchronizacja.</translation>
    </message>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>Prośba osoby dotycząca prywatności</translation>
    </message>
</context>
<context>
    <name>LogVocabulary</name>
    <message>
        <source>A chat</source>
        <translation>Pogawędka</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>Sprawunki</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Gotowanie</translation>
    </message>
    <message>
        <source>Collecting clothes</source>
        <translation>Zbiórka ubrań</translation>
    </message>
    <message>
        <source>Sandwiches at school</source>
        <translation>Kanapki w szkole</translation>
    </message>
    <message>
        <source>Odd jobs</source>
        <translation>Drobne prace</translation>
    </message>
    <message>
        <source>Learning the language</source>
        <translation>Nauka języka</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>Sprawy finansowe</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Mieszkanie</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Opieka nad dziećmi</translation>
    </message>
    <message>
        <source>On the street</source>
        <translation>Na ulicy</translation>
    </message>
    <message>
        <source>At the market</source>
        <translation>Na targu</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonicznie</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Wizyta domowa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Market conversations</source>
        <translation>Rozmowy na targu</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Skierowania wydane</translation>
    </message>
    <message>
        <source>Referrals arrived</source>
        <translation>Skierowania zrealizowane</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Tygodniowo</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Inicjatywy</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>What residents do</source>
        <translation>Co robią mieszkańcy</translation>
    </message>
    <message>
        <source>What residents need</source>
        <translation>Czego potrzebują mieszkańcy</translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation>Towarzystwo</translation>
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
    <message>
        <source>Log</source>
        <translation>Rejestr</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>Karta pieczątek</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>navigation, short</comment>
        <translation>Synchronizacja</translation>
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
        <translation>Liczenie na targu</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>%n rozmowa dzisiaj</numerusform>
            <numerusform>%n rozmowy dzisiaj</numerusform>
            <numerusform>%n rozmów dzisiaj</numerusform>
        </translation>
    </message>
    <message>
        <source>Add what fits to the last conversation:</source>
        <translation>Dodaj, co pasuje do ostatniej rozmowy:</translation>
    </message>
    <message>
        <source>Tap the big button after each conversation.</source>
        <translation>Po każdej rozmowie dotknij dużego przycisku.</translation>
    </message>
    <message>
        <source>Language of the conversation</source>
        <translation>Język rozmowy</translation>
    </message>
    <message>
        <source>Does for the neighbourhood</source>
        <translation>Robi dla dzielnicy</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzebuje</translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation>Skierowano dalej</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo the last conversation</source>
        <translation>Cofnij ostatnią rozmowę</translation>
    </message>
    <message>
        <source>+ Conversation</source>
        <translation>+ Rozmowa</translation>
    </message>
    <message>
        <source>Count a conversation</source>
        <translation>Policz rozmowę</translation>
    </message>
</context>
<context>
    <name>MyCardPage</name>
    <message>
        <source>My card</source>
        <translation>Moja karta</translation>
    </message>
    <message>
        <source>Your referrer can see which places you visited.</source>
        <translation>Osoba, która cię skierowała, widzi, które miejsca odwiedziłeś.</translation>
    </message>
    <message>
        <source>Your progress is private again. Your referrer no longer sees it.</source>
        <translation>Twoje postępy znów są prywatne. Osoba, która cię skierowała, już ich nie widzi.</translation>
    </message>
    <message>
        <source>You visited every place on your card. Well done!</source>
        <translation>Odwiedziłeś wszystkie miejsca z karty. Brawo!</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped</source>
        <translation>Podstemplowano %1 z %2 miejsc</translation>
    </message>
    <message>
        <source>Card %1 · valid until %2</source>
        <translation>Karta %1 · ważna do %2</translation>
    </message>
    <message>
        <source>This card has ended. Your referrer can give you a new one.</source>
        <translation>Ta karta się skończyła. Osoba, która cię skierowała, może dać ci nową.</translation>
    </message>
    <message>
        <source>Open today: %1 at %2</source>
        <translation>Otwarte dziś: %1 o %2</translation>
    </message>
    <message>
        <source>Open today: %1</source>
        <translation>Otwarte dziś: %1</translation>
    </message>
    <message>
        <source>Stamp with the poster&apos;s code</source>
        <translation>Podstempluj kodem z plakatu</translation>
    </message>
    <message>
        <source>My referrer may see which places I visited</source>
        <translation>Osoba, która mnie skierowała, może widzieć, które miejsca odwiedziłem</translation>
    </message>
    <message>
        <source>You can change this once your card has synced to this phone.</source>
        <translation>Możesz to zmienić, gdy karta zsynchronizuje się z tym telefonem.</translation>
    </message>
    <message>
        <source>Show this place</source>
        <translation>Pokaż to miejsce</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Pokaż: %1</translation>
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
    <name>PhotoGallery</name>
    <message>
        <source>Photos of this place</source>
        <translation>Zdjęcia tego miejsca</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Wczytywanie zdjęcia…</translation>
    </message>
    <message>
        <source>This photo is not on this device yet.</source>
        <translation>Tego zdjęcia nie ma jeszcze na tym urządzeniu.</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Poprzednie zdjęcie</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Zdjęcie %1 z %2</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Następne zdjęcie</translation>
    </message>
    <message>
        <source>This photo is not on this phone yet. It comes with the next sync when the phone is online.</source>
        <translation>Tego zdjęcia nie ma jeszcze w tym telefonie. Przyjdzie z następną synchronizacją, gdy telefon będzie w sieci.</translation>
    </message>
    <message>
        <source>%1 (photo not on this phone yet)</source>
        <translation>%1 (zdjęcia nie ma jeszcze w tym telefonie)</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>This file is empty.</source>
        <translation>Ten plik jest pusty.</translation>
    </message>
    <message>
        <source>This photo is too large: at most %1 MB.</source>
        <translation>To zdjęcie jest za duże: najwyżej %1 MB.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG picture.</source>
        <translation>Ten plik nie jest zdjęciem. Wybierz obraz JPEG lub PNG.</translation>
    </message>
    <message>
        <source>This photo has too many pixels: at most %1 megapixels.</source>
        <translation>To zdjęcie ma za dużo pikseli: najwyżej %1 megapikseli.</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read.</source>
        <translation>To zdjęcie jest uszkodzone i nie da się go odczytać.</translation>
    </message>
    <message>
        <source>This photo could not be made smaller. Try another one.</source>
        <translation>Nie udało się zmniejszyć tego zdjęcia. Spróbuj innego.</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photos are of places, not people: the entrance, the room, the sign. Do not photograph people.</source>
        <translation>Zdjęcia przedstawiają miejsca, nie ludzi: wejście, salę, szyld. Nie fotografuj ludzi.</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its photos here.</source>
        <translation>Najpierw zapisz inicjatywę; potem dodaj tu jej zdjęcia.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the photo %1</source>
        <translation>Usuń zdjęcie %1</translation>
    </message>
    <message>
        <source>What the photo shows, for people who cannot see it (for example: green front door next to the bakery)</source>
        <translation>Co pokazuje zdjęcie, dla osób, które go nie widzą (na przykład: zielone drzwi obok piekarni)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Dodaj zdjęcie</translation>
    </message>
    <message>
        <source>Choose a photo of the place</source>
        <translation>Wybierz zdjęcie miejsca</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Zdjęcia (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Usunąć to zdjęcie?</translation>
    </message>
    <message>
        <source>The photo “%1” goes from this device now and from every other device after the next sync.</source>
        <translation>Zdjęcie „%1” zniknie teraz z tego urządzenia, a z pozostałych po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <source>Making the photo smaller and removing its hidden data…</source>
        <translation>Zmniejszanie zdjęcia i usuwanie ukrytych danych…</translation>
    </message>
    <message>
        <source>The camera did not start; add a photo from a file instead.</source>
        <translation>Aparat się nie uruchomił; dodaj zamiast tego zdjęcie z pliku.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Zrób zdjęcie</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>Dodaj zdjęcie z pliku</translation>
    </message>
    <message>
        <source>Take a photo of the place</source>
        <translation>Zrób zdjęcie miejsca</translation>
    </message>
    <message>
        <source>Photograph the place, not people. If someone is in the picture, wait until they have gone.</source>
        <translation>Fotografuj miejsce, nie ludzi. Jeśli ktoś jest w kadrze, poczekaj, aż odejdzie.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Zrób to zdjęcie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PhotoViewfinder</name>
    <message>
        <source>Camera picture</source>
        <translation>Obraz z aparatu</translation>
    </message>
</context>
<context>
    <name>PositionSection</name>
    <message>
        <source>Street and number</source>
        <translation>Ulica i numer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Find the position of this address</source>
        <translation>Znajdź położenie tego adresu</translation>
    </message>
    <message>
        <source>Use this device&apos;s position</source>
        <translation>Użyj położenia tego urządzenia</translation>
    </message>
    <message>
        <source>Looking up the address…</source>
        <translation>Wyszukiwanie adresu…</translation>
    </message>
    <message>
        <source>Choose the address that is meant:</source>
        <translation>Wybierz właściwy adres:</translation>
    </message>
    <message>
        <source>Latitude (north), e.g. 51.9105</source>
        <translation>Szerokość geograficzna (północ), np. 51,9105</translation>
    </message>
    <message>
        <source>Longitude (east), e.g. 4.4502</source>
        <translation>Długość geograficzna (wschód), np. 4,4502</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <source>Print posters</source>
        <translation>Drukuj plakaty</translation>
    </message>
    <message>
        <source>A card holder scans the poster at the door to stamp their own card.</source>
        <translation>Posiadacz karty skanuje plakat przy drzwiach, aby sam podbić swoją kartę.</translation>
    </message>
    <message>
        <source>Posters are signed by the server: join your organisation on the Sync page first.</source>
        <translation>Plakaty podpisuje serwer: najpierw dołącz do organizacji na stronie Synchronizacja.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n poster(s)</source>
        <translation>
            <numerusform>Drukuj %n plakat</numerusform>
            <numerusform>Drukuj %n plakaty</numerusform>
            <numerusform>Drukuj %n plakatów</numerusform>
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
        <translation>Twoja karta</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Kod karty</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Ważna od %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Ważna do %1</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Miejsca, które warto odwiedzić</translation>
    </message>
    <message>
        <source>Show this card at each place for a stamp</source>
        <translation>Pokaż tę kartę w każdym miejscu, aby dostać pieczątkę</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>Kijk op de Wijk: scan this code to stamp your card</source>
        <translation>Kijk op de Wijk: zeskanuj ten kod, aby dostać pieczątkę na swojej karcie</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>To urządzenie nie należy jeszcze do organizacji.</translation>
    </message>
    <message>
        <source>Type the person&apos;s code, as it is written in the logs.</source>
        <translation>Wpisz kod osoby tak, jak jest zapisany w rejestrach.</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>Nie udało się odczytać rejestrów: %1</translation>
    </message>
    <message>
        <source>No contact or visit carries this code on this device. Check the code, or sync first.</source>
        <translation>Żaden kontakt ani wizyta na tym urządzeniu nie ma tego kodu. Sprawdź kod albo najpierw zsynchronizuj.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Nic nie zostało usunięte: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n log(s). Every device erases its copies at its next sync. A receipt is kept.</source>
        <translation>
            <numerusform>Usunięto z %n wpisu. Każde urządzenie usunie swoje kopie przy następnej synchronizacji. Zachowano potwierdzenie.</numerusform>
            <numerusform>Usunięto z %n wpisów. Każde urządzenie usunie swoje kopie przy następnej synchronizacji. Zachowano potwierdzenie.</numerusform>
            <numerusform>Usunięto z %n wpisów. Każde urządzenie usunie swoje kopie przy następnej synchronizacji. Zachowano potwierdzenie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nic nie zostało zmienione: %1</translation>
    </message>
    <message numerus="yes">
        <source>The name is erased from %n contact(s); the contacts stay. A receipt is kept.</source>
        <translation>
            <numerusform>Imię i nazwisko usunięto z %n kontaktu; kontakt zostaje. Zachowano potwierdzenie.</numerusform>
            <numerusform>Imię i nazwisko usunięto z %n kontaktów; kontakty zostają. Zachowano potwierdzenie.</numerusform>
            <numerusform>Imię i nazwisko usunięto z %n kontaktów; kontakty zostają. Zachowano potwierdzenie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown request.</source>
        <translation>Nieznana prośba.</translation>
    </message>
    <message>
        <source>Done, but the receipt was not saved: %1</source>
        <translation>Zrobione, ale potwierdzenie nie zostało zapisane: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>Prośba osoby dotycząca prywatności</translation>
    </message>
    <message>
        <source>The person&apos;s code, as it is written in the contacts and visits</source>
        <translation>Kod osoby, tak jak jest zapisany w kontaktach i wizytach</translation>
    </message>
    <message>
        <source>The person&apos;s code</source>
        <translation>Kod osoby</translation>
    </message>
    <message>
        <source>Withdraw consent: erase the name</source>
        <translation>Wycofaj zgodę: usuń imię i nazwisko</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Usuń tę osobę</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Potwierdzenia</translation>
    </message>
    <message>
        <source>No privacy requests carried out yet.</source>
        <translation>Nie zrealizowano jeszcze żadnych próśb dotyczących prywatności.</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n log(s)</source>
        <translation>
            <numerusform>Usunięto: %n wpis</numerusform>
            <numerusform>Usunięto: %n wpisy</numerusform>
            <numerusform>Usunięto: %n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent withdrawn: the name erased from %n contact(s)</source>
        <translation>
            <numerusform>Zgodę wycofano: imię i nazwisko usunięto z %n kontaktu</numerusform>
            <numerusform>Zgodę wycofano: imię i nazwisko usunięto z %n kontaktów</numerusform>
            <numerusform>Zgodę wycofano: imię i nazwisko usunięto z %n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>przez %1</translation>
    </message>
    <message>
        <source>Erase this person from %1 contact(s) and %2 visit(s)? Their code, name, notes and what they do and need are removed; dates and counts stay. Every device erases its copies at its next sync. This cannot be undone.</source>
        <translation>Usunąć tę osobę z %1 kontaktów i %2 wizyt? Jej kod, imię i nazwisko, notatki oraz to, co robi i czego potrzebuje, zostaną usunięte; daty i liczby zostają. Każde urządzenie usunie swoje kopie przy następnej synchronizacji. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name from %1 contact(s)? The contacts themselves stay. This cannot be undone.</source>
        <translation>Usunąć imię i nazwisko tej osoby z %1 kontaktów? Same kontakty zostają. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Erase the name</source>
        <translation>Usuń imię i nazwisko</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>QrScanner</name>
    <message>
        <source>QR code scanner</source>
        <translation>Skaner kodów QR</translation>
    </message>
    <message>
        <source>No camera available: type the code instead.</source>
        <translation>Brak aparatu: wpisz kod.</translation>
    </message>
</context>
<context>
    <name>QrViewfinder</name>
    <message>
        <source>Hold the QR code inside the square.</source>
        <translation>Trzymaj kod QR wewnątrz kwadratu.</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>To urządzenie nie należy jeszcze do żadnej organizacji.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the logs themselves.</source>
        <translation>Tylko koordynator może eksportować same wpisy.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Nie można zapisać do: %1.</translation>
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
        <translation>%1: ukryte</translation>
    </message>
    <message>
        <source>%1: fewer than 5</source>
        <translation>%1: mniej niż 5</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>tydzień %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>To urządzenie nie należy jeszcze do żadnej organizacji.</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Ostatnie 12 tygodni</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>W czasie</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 od %3 do %4</translation>
    </message>
    <message>
        <source>No logs in this period yet.</source>
        <translation>Brak wpisów w tym okresie.</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 people are shown as &lt;5, and a figure that would give one away as x.</source>
        <translation>Grupy mniejsze niż 5 osób są pokazane jako &lt;5, a liczba, która mogłaby kogoś zdradzić, jako x.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Zapisano w: %1</translation>
    </message>
    <message>
        <source>Export the logs (no personal data)</source>
        <translation>Eksportuj wpisy (bez danych osobowych)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Pokaż według</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Co liczymy</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Otwórz zapisany plik</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample: invented places and logs, only on this phone.</source>
        <translation>Przykład: zmyślone miejsca i wpisy, tylko na tym telefonie.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Dołącz do mojej organizacji</translation>
    </message>
    <message>
        <source>Sample: these places and times are invented.</source>
        <translation>Przykład: te miejsca i godziny są zmyślone.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample neighbourhood could not be loaded: the phone&apos;s storage refused it.</source>
        <translation>Nie udało się wczytać przykładowej dzielnicy: pamięć telefonu odmówiła zapisu.</translation>
    </message>
    <message>
        <source>This phone already holds a neighbourhood, so the sample was not loaded.</source>
        <translation>Na tym telefonie jest już dzielnica, więc przykład nie został wczytany.</translation>
    </message>
</context>
<context>
    <name>ScanOrType</name>
    <message>
        <source>Card code</source>
        <translation>Kod karty</translation>
    </message>
    <message>
        <source>This phone has no camera to read the poster. Ask the host to scan your card instead.</source>
        <translation>Ten telefon nie ma aparatu do odczytania plakatu. Poproś gospodarza o zeskanowanie twojej karty.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Sprawdź kod</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>Zeskanuj aparatem</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Co dwa tygodnie</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Raz w miesiącu</translation>
    </message>
    <message>
        <source>On fixed dates</source>
        <translation>W ustalone dni</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>Który w miesiącu</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Pierwszy</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Drugi</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Trzeci</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Czwarty</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Dzień tygodnia</translation>
    </message>
    <message>
        <source>First date (day-month-year); the weeks are counted from it</source>
        <translation>Pierwsza data (dzień-miesiąc-rok); od niej liczone są tygodnie</translation>
    </message>
    <message>
        <source>Starts on (day-month-year, may stay empty)</source>
        <translation>Zaczyna się (dzień-miesiąc-rok, może zostać puste)</translation>
    </message>
    <message>
        <source>e.g. 19-12-2026</source>
        <translation>np. 19-12-2026</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Dodaj datę</translation>
    </message>
    <message>
        <source>From (hh:mm)</source>
        <translation>Od (gg:mm)</translation>
    </message>
    <message>
        <source>Until (hh:mm)</source>
        <translation>Do (gg:mm)</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Nie w święta</translation>
    </message>
    <message>
        <source>Not on these dates</source>
        <translation>Nie w te dni</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Dodaj wyjątek</translation>
    </message>
    <message>
        <source>The next dates</source>
        <translation>Najbliższe terminy</translation>
    </message>
    <message>
        <source>With this schedule there is no date in the coming year.</source>
        <translation>Przy tym planie nie ma żadnego terminu w najbliższym roku.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>Pomiń %1</translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation>Co kilka tygodni</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>Co ile tygodni</translation>
    </message>
    <message>
        <source>Every how many months</source>
        <translation>Co ile miesięcy</translation>
    </message>
    <message>
        <source>First date (day-month-year); the months are counted from it</source>
        <translation>Pierwsza data (dzień-miesiąc-rok); od niej liczone są miesiące</translation>
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
    <message>
        <source>On %1</source>
        <translation>W dniu %1</translation>
    </message>
    <message numerus="yes">
        <source>On %n set date(s)</source>
        <translation>
            <numerusform>W %n ustalony dzień</numerusform>
            <numerusform>W %n ustalone dni</numerusform>
            <numerusform>W %n ustalonych dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampCardPage</name>
    <message>
        <source>Stamp a card</source>
        <translation>Podstempluj kartę</translation>
    </message>
    <message>
        <source>Stamping for</source>
        <translation>Stempluję dla</translation>
    </message>
    <message>
        <source>Choose the place</source>
        <translation>Wybierz miejsce</translation>
    </message>
    <message>
        <source>Each card gets one stamp per place per day. The card is checked on this phone; no network is needed.</source>
        <translation>Każda karta dostaje jedną pieczątkę za miejsce dziennie. Karta jest sprawdzana na tym telefonie; sieć nie jest potrzebna.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Stamped on %1</source>
        <translation>Podstemplowano %1</translation>
    </message>
    <message>
        <source>Visited on %1: waiting for the host to confirm</source>
        <translation>Odwiedzono %1: czeka na potwierdzenie gospodarza</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Jeszcze nieodwiedzone</translation>
    </message>
    <message>
        <source>stamped</source>
        <translation>podstemplowane</translation>
    </message>
    <message>
        <source>waiting for the host</source>
        <translation>czeka na gospodarza</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>jeszcze nieodwiedzone</translation>
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
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Nie przyjęte przez serwer (zostają na tym urządzeniu):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Join your organisation</source>
        <translation>Dołącz do swojej organizacji</translation>
    </message>
    <message>
        <source>Scan the QR code your coordinator gives you, or type the invite code and the server&apos;s address. A sign-in code (BUURTBRUG-JOIN:…) names its server: paste it into the code field. Until then everything stays on this phone.</source>
        <translation>Zeskanuj kod QR od koordynatora albo wpisz kod zaproszenia i adres serwera. Kod logowania (BUURTBRUG-JOIN:…) sam podaje serwer: wklej go w pole kodu. Do tego czasu wszystko zostaje na tym telefonie.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Kod zaproszenia</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>Dołącz ponownie</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Szczegóły techniczne: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Choose the language of the app</source>
        <translation>Wybierz język aplikacji</translation>
    </message>
    <message>
        <source>Joining: waiting for the server…</source>
        <translation>Dołączanie: czekam na serwer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Anuluj dołączanie</translation>
    </message>
    <message>
        <source>Phones of the organisation: invite or revoke</source>
        <translation>Telefony organizacji: zaproś lub unieważnij</translation>
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
        <translation>Zdjęcia w tym telefonie</translation>
    </message>
    <message>
        <source>Photos of the places on your card, the places you opened and the places nearby are kept here, up to the limit you choose. The places opened longest ago make room first; their photos come back when you open them again online.</source>
        <translation>Zdjęcia miejsc z Twojej karty, miejsc, które otwierasz, i miejsc w pobliżu są tu przechowywane do wybranego przez Ciebie limitu. Miejsca otwierane najdawniej robią miejsce jako pierwsze; ich zdjęcia wracają, gdy otworzysz je znowu z internetem.</translation>
    </message>
    <message>
        <source>In use: %1 of %2</source>
        <translation>W użyciu: %1 z %2</translation>
    </message>
    <message>
        <source>Limit for photos</source>
        <translation>Limit na zdjęcia</translation>
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
    <message>
        <source>Everything is synced.</source>
        <translation>Wszystko jest zsynchronizowane.</translation>
    </message>
    <message>
        <source>Not connected — everything is kept on this phone.</source>
        <translation>Brak połączenia — wszystko zostaje na tym telefonie.</translation>
    </message>
    <message>
        <source>The server cannot be reached — everything is kept on this phone. It tries again by itself.</source>
        <translation>Nie można połączyć się z serwerem — wszystko zostaje na tym telefonie. Telefon sam spróbuje ponownie.</translation>
    </message>
    <message>
        <source>Sync did not work this time — everything is kept on this phone. It tries again by itself.</source>
        <translation>Tym razem synchronizacja się nie udała — wszystko zostaje na tym telefonie. Telefon sam spróbuje ponownie.</translation>
    </message>
    <message>
        <source>This phone could not save what came in. Free some space; nothing was lost.</source>
        <translation>Ten telefon nie mógł zapisać tego, co przyszło. Zwolnij trochę miejsca; nic nie zginęło.</translation>
    </message>
    <message>
        <source>The server does not allow this phone to sync this. Ask your coordinator.</source>
        <translation>Serwer nie pozwala temu telefonowi tego synchronizować. Zapytaj swojego koordynatora.</translation>
    </message>
    <message>
        <source>This phone was removed from the organisation. Ask your coordinator for a new invite; nothing unsent is lost.</source>
        <translation>Ten telefon został usunięty z organizacji. Poproś koordynatora o nowe zaproszenie; nic, co nie zostało wysłane, nie zginie.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Inicjatywy</translation>
    </message>
    <message>
        <source>Kijk op de Wijk cards</source>
        <translation>Karty Kijk op de Wijk</translation>
    </message>
    <message>
        <source>Field logs of %1</source>
        <extracomment>%1 is the organisation&apos;s short name, e.g. visserijplein</extracomment>
        <translation>Wpisy %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Meeting people</source>
        <translation>Spotkania z ludźmi</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Jedzenie</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Zdrowie psychiczne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Osoby starsze</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Wolontariat</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Porady</translation>
    </message>
    <message>
        <source>Informal carers</source>
        <translation>Opiekunowie nieformalni</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Twórczość</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Ogrodnictwo</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>Sport i ruch</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
</context>
<context>
    <name>TranslationEditorPage</name>
    <message>
        <source>Translation</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of this translation</source>
        <translation>Język tego tłumaczenia</translation>
    </message>
    <message>
        <source>This is the host&apos;s original text.</source>
        <translation>To jest oryginalny tekst gospodarza.</translation>
    </message>
    <message>
        <source>Translated by a person.</source>
        <translation>Przetłumaczone przez człowieka.</translation>
    </message>
    <message>
        <source>Waiting for someone to check it.</source>
        <translation>Czeka na sprawdzenie.</translation>
    </message>
    <message>
        <source>There is no text in this language yet.</source>
        <translation>Nie ma jeszcze tekstu w tym języku.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>Jedna linijka do listy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Ask someone to check this translation</source>
        <translation>Poproś kogoś o sprawdzenie tego tłumaczenia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Nazwa jest potrzebna.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Name in %1: %2</source>
        <translation>Nazwa w języku %1: %2</translation>
    </message>
    <message>
        <source>One line in %1: %2</source>
        <translation>Jedna linijka w języku %1: %2</translation>
    </message>
    <message>
        <source>Description in %1: %2</source>
        <translation>Opis w języku %1: %2</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>WalkingLine</name>
    <message>
        <source>north</source>
        <translation>północ</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>północny wschód</translation>
    </message>
    <message>
        <source>east</source>
        <translation>wschód</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>południowy wschód</translation>
    </message>
    <message>
        <source>south</source>
        <translation>południe</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>południowy zachód</translation>
    </message>
    <message>
        <source>west</source>
        <translation>zachód</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>północny zachód</translation>
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
        <translation>około %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation>
            <numerusform>%n min pieszo</numerusform>
            <numerusform>%n min pieszo</numerusform>
            <numerusform>%n min pieszo</numerusform>
        </translation>
    </message>
</context>
</TS>
