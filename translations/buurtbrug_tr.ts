<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ActivityEditorPage</name>
    <message>
        <source>New activity</source>
        <translation>Yeni etkinlik</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Etkinliği düzenle</translation>
    </message>
    <message>
        <source>Language of the name below</source>
        <translation>Aşağıdaki adın dili</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Etkinliğin adı</translation>
    </message>
    <message>
        <source>What happens there</source>
        <translation>Orada ne oluyor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>Bu etkinliği kaldır</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 kaldırılsın mı?</translation>
    </message>
    <message>
        <source>It no longer shows on any device after the next sync.</source>
        <translation>Bir sonraki eşitlemeden sonra hiçbir cihazda görünmez.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Kalsın</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Bağlantılar için kısa ad: a-z harfleri, rakamlar ve tireler; boş bırakılırsa addan yapılır</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Type a date as day-month-year, such as 19-12-2026.</source>
        <translation>Tarihi gün-ay-yıl olarak yazın, örneğin 19-12-2026.</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>Type a street and house number, or a postcode, to look up.</source>
        <translation>Aramak için bir sokak ve kapı numarası ya da posta kodu yazın.</translation>
    </message>
    <message>
        <source>This address is too long to look up.</source>
        <translation>Bu adres aramak için çok uzun.</translation>
    </message>
    <message>
        <source>The address service cannot be reached. Are you online? You can also type the position, or use this device&apos;s position.</source>
        <translation>Adres hizmetine ulaşılamıyor. İnternete bağlı mısınız? Konumu elle de yazabilir ya da bu cihazın konumunu kullanabilirsiniz.</translation>
    </message>
    <message>
        <source>The address service did not answer in time. Try again, or type the position.</source>
        <translation>Adres hizmeti zamanında yanıt vermedi. Tekrar deneyin ya da konumu yazın.</translation>
    </message>
    <message>
        <source>The address service gave an answer this app cannot read. Try again later, or type the position.</source>
        <translation>Adres hizmeti bu uygulamanın okuyamadığı bir yanıt verdi. Daha sonra tekrar deneyin ya da konumu yazın.</translation>
    </message>
    <message>
        <source>No address found. Check the street, house number and postcode.</source>
        <translation>Adres bulunamadı. Sokağı, kapı numarasını ve posta kodunu kontrol edin.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The directory is not available.</source>
        <translation>Rehber kullanılamıyor.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone and marked to be checked. Everyone sees it after the next sync.</source>
        <translation>%1 metin bu telefona kaydedildi ve kontrol edilmek üzere işaretlendi. Herkes bir sonraki eşitlemeden sonra görür.</translation>
    </message>
    <message>
        <source>The %1 text is saved on this phone. Everyone sees it after the next sync.</source>
        <translation>%1 metin bu telefona kaydedildi. Herkes bir sonraki eşitlemeden sonra görür.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Kaç kişi geldi?</translation>
    </message>
    <message>
        <source>More than 30</source>
        <translation>30&apos;dan fazla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n people came.</source>
        <translation>
            <numerusform>Kaydedildi: %n kişi geldi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people came</source>
        <translation>
            <numerusform>%n kişi geldi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save: %n people came</source>
        <translation>
            <numerusform>Kaydet: %n kişi geldi</numerusform>
        </translation>
    </message>
    <message>
        <source>Code of a participant who agrees (optional)</source>
        <translation>Onay veren katılımcının kodu (isteğe bağlı)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>hidden</source>
        <translation>gizli</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>5&apos;ten az</translation>
    </message>
</context>
<context>
    <name>CardController</name>
    <message>
        <source>This is not a Kijk op de Wijk code.</source>
        <translation>Bu bir Kijk op de Wijk kodu değil.</translation>
    </message>
    <message>
        <source>The code could not be read completely. Hold the phone a little closer and try again.</source>
        <translation>Kod tam okunamadı. Telefonu biraz daha yaklaştırıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>This is an initiative&apos;s poster, not a card.</source>
        <translation>Bu bir girişimin afişi, kart değil.</translation>
    </message>
    <message>
        <source>This is a card. Scan the code on the poster of the place you are visiting.</source>
        <translation>Bu bir kart. Ziyaret ettiğiniz yerin afişindeki kodu okutun.</translation>
    </message>
    <message>
        <source>This card&apos;s organisation is not known on this phone yet. Sync, then try again.</source>
        <translation>Bu kartın kurumu bu telefonda henüz bilinmiyor. Eşitleyin ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>This code is not genuine: it was changed or copied wrongly.</source>
        <translation>Bu kod gerçek değil: değiştirilmiş ya da yanlış kopyalanmış.</translation>
    </message>
    <message>
        <source>The card&apos;s code is not valid.</source>
        <translation>Kartın kodu geçerli değil.</translation>
    </message>
    <message>
        <source>This card is valid from %1.</source>
        <translation>Bu kart %1 tarihinden itibaren geçerli.</translation>
    </message>
    <message>
        <source>This card expired on %1.</source>
        <translation>Bu kartın süresi %1 tarihinde doldu.</translation>
    </message>
    <message>
        <source>%1 is not on this card.</source>
        <translation>%1 bu kartta yok.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>Telefonun belleği dolu. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Cards are not available on this phone.</source>
        <translation>Kartlar bu telefonda kullanılamıyor.</translation>
    </message>
    <message>
        <source>First choose the place you are stamping for.</source>
        <translation>Önce hangi yer için damga vurduğunuzu seçin.</translation>
    </message>
    <message>
        <source>This card is not on this phone yet. Scan its QR code, or sync first.</source>
        <translation>Bu kart henüz bu telefonda yok. QR kodunu okutun ya da önce eşitleyin.</translation>
    </message>
    <message>
        <source>This code has a typo. Check it against the card.</source>
        <translation>Bu kodda bir yazım hatası var. Kartla karşılaştırın.</translation>
    </message>
    <message>
        <source>Card %1 already has today&apos;s stamp for %2.</source>
        <translation>%1 numaralı kartta bugünün %2 damgası zaten var.</translation>
    </message>
    <message>
        <source>Stamp confirmed on card %1: %2.</source>
        <translation>%1 numaralı karttaki damga onaylandı: %2.</translation>
    </message>
    <message>
        <source>Stamped card %1: %2.</source>
        <translation>%1 numaralı kart damgalandı: %2.</translation>
    </message>
    <message>
        <source>Scan the QR code on your card to add it.</source>
        <translation>Kartınızı eklemek için üzerindeki QR kodunu okutun.</translation>
    </message>
    <message>
        <source>Your card is on this phone now.</source>
        <translation>Kartınız artık bu telefonda.</translation>
    </message>
    <message>
        <source>Add your card first.</source>
        <translation>Önce kartınızı ekleyin.</translation>
    </message>
    <message>
        <source>You already have today&apos;s stamp for %1.</source>
        <translation>Bugünün %1 damgası sizde zaten var.</translation>
    </message>
    <message>
        <source>Saved. The stamp for %1 counts once the host confirms it: ask them to scan your card.</source>
        <translation>Kaydedildi. %1 damgası ev sahibi onayladığında sayılır: kartınızı okutmasını isteyin.</translation>
    </message>
    <message>
        <source>Stamped: %1. Well done!</source>
        <translation>Damgalandı: %1. Aferin!</translation>
    </message>
    <message>
        <source>This choice can be changed once your card has synced to this phone.</source>
        <translation>Kartınız bu telefona eşitlendiğinde bu seçimi değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Cards are issued by the server. Join your organisation first.</source>
        <translation>Kartlar sunucu üzerinden verilir. Önce kurumunuza katılın.</translation>
    </message>
    <message>
        <source>Choose at least one place for the card.</source>
        <translation>Kart için en az bir yer seçin.</translation>
    </message>
    <message>
        <source>Only a coordinator can issue cards.</source>
        <translation>Kartları yalnızca koordinatör verebilir.</translation>
    </message>
    <message>
        <source>A chosen place is not known on the server yet. Sync, then try again.</source>
        <translation>Seçilen bir yer sunucuda henüz bilinmiyor. Eşitleyin ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server could not be reached. A card can be issued when there is a network.</source>
        <translation>Sunucuya ulaşılamadı. Ağ olduğunda kart verilebilir.</translation>
    </message>
    <message>
        <source>The card was not issued: %1</source>
        <translation>Kart verilmedi: %1</translation>
    </message>
    <message>
        <source>Card %1 is valid until %2. The holder can scan the code below with their phone.</source>
        <translation>%1 numaralı kart %2 tarihine kadar geçerli. Kart sahibi aşağıdaki kodu kendi telefonuyla okutabilir.</translation>
    </message>
    <message>
        <source>Cancelled: no card was issued.</source>
        <translation>İptal edildi: kart verilmedi.</translation>
    </message>
    <message>
        <source>Card %1 was revoked on %2: it takes no stamps.</source>
        <translation>%1 kartı %2 tarihinde iptal edildi: damga alamaz.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards on this device. Sync, then try again.</source>
        <translation>Bu kart, bu cihazdaki kuruluşunuzun kartlarından biri değil. Eşitleyin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>This card cannot be reprinted from this device: its signed code is not here. Issue a replacement instead.</source>
        <translation>Bu kart bu cihazdan yeniden basılamaz: imzalı kodu burada yok. Bunun yerine yeni bir yedek kart çıkarın.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>%1 konumuna yazılamıyor.</translation>
    </message>
    <message>
        <source>Saved as %1. No program to show PDF files was found: open it from there.</source>
        <translation>%1 olarak kaydedildi. PDF dosyalarını gösterecek bir program bulunamadı: dosyayı oradan açın.</translation>
    </message>
    <message>
        <source>Card %1 is ready to print.</source>
        <translation>%1 kartı basılmaya hazır.</translation>
    </message>
    <message>
        <source>Cards are changed through the server. Join your organisation first.</source>
        <translation>Kartlar sunucu üzerinden değiştirilir. Önce kuruluşunuza katılın.</translation>
    </message>
    <message>
        <source>This card is not one of your organisation&apos;s cards.</source>
        <translation>Bu kart kuruluşunuzun kartlarından biri değil.</translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation>Bilinmeyen değişiklik.</translation>
    </message>
    <message>
        <source>Card %1 is revoked. Hosts&apos; phones refuse it after their next sync.</source>
        <translation>%1 kartı iptal edildi. Ev sahiplerinin telefonları bir sonraki eşitlemeden sonra onu reddeder.</translation>
    </message>
    <message>
        <source>Card %1 is now valid until %2. Reprint it for the holder.</source>
        <translation>%1 kartı artık %2 tarihine kadar geçerli. Kart sahibi için yeniden basın.</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2, with its stamps. Print it for the holder.</source>
        <translation>%1 kartı, damgalarıyla birlikte %2 kartının yerini alıyor. Kart sahibi için basın.</translation>
    </message>
    <message>
        <source>Only a coordinator can change cards.</source>
        <translation>Kartları yalnızca bir koordinatör değiştirebilir.</translation>
    </message>
    <message>
        <source>The server does not know card %1 as one of your organisation&apos;s cards. Nothing was changed.</source>
        <translation>Sunucu %1 kartını kuruluşunuzun kartlarından biri olarak tanımıyor. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Card %1 was revoked already. Nothing was changed.</source>
        <translation>%1 kartı zaten iptal edilmişti. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>Sunucuya ulaşılamadı. Hiçbir şey değiştirilmedi; ağ olduğunda tekrar deneyin.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Hiçbir şey değiştirilmedi: %1</translation>
    </message>
    <message>
        <source>The printout could not be made: %1</source>
        <translation>Baskı dosyası oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>Posters are signed by the server. Join your organisation first.</source>
        <translation>Afişleri sunucu imzalar. Önce kuruluşunuza katılın.</translation>
    </message>
    <message>
        <source>Choose at least one place for the posters.</source>
        <translation>Afişler için en az bir yer seçin.</translation>
    </message>
    <message>
        <source>Only a coordinator can print posters.</source>
        <translation>Afişleri yalnızca bir koordinatör basabilir.</translation>
    </message>
    <message>
        <source>The server could not be reached. Posters can be printed when there is a network.</source>
        <translation>Sunucuya ulaşılamadı. Ağ olduğunda afişler basılabilir.</translation>
    </message>
    <message>
        <source>The posters were not printed: %1</source>
        <translation>Afişler basılmadı: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be checked. Nothing was printed.</source>
        <translation>Sunucunun yanıtı doğrulanamadı. Hiçbir şey basılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) ready to print.</source>
        <translation>
            <numerusform>%n afiş basılmaya hazır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDetailPage</name>
    <message>
        <source>Card %1</source>
        <translation>Kart %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Choose a card in the list.</source>
        <translation>Listeden bir kart seçin.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geçerlilik</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>The holder keeps progress private.</source>
        <translation>Kart sahibi ilerlemesini gizli tutuyor.</translation>
    </message>
    <message>
        <source>%1 of %2 places visited</source>
        <translation>%2 yerden %1 tanesi ziyaret edildi</translation>
    </message>
    <message>
        <source>Revoked on %1; replaced by card %2.</source>
        <translation>%1 tarihinde iptal edildi; yerine %2 kartı geldi.</translation>
    </message>
    <message>
        <source>Revoked on %1: it takes no stamps.</source>
        <translation>%1 tarihinde iptal edildi: damga alamaz.</translation>
    </message>
    <message>
        <source>Open card %1</source>
        <translation>%1 kartını aç</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>This device does not hold this card&apos;s signed code, so it cannot be reprinted here. Issue a replacement instead.</source>
        <translation>Bu cihazda bu kartın imzalı kodu yok, bu yüzden burada yeniden basılamaz. Bunun yerine yedek bir kart çıkarın.</translation>
    </message>
    <message>
        <source>Print as A6 card</source>
        <translation>A6 kart olarak bas</translation>
    </message>
    <message>
        <source>Print as credit card</source>
        <translation>Kredi kartı boyutunda bas</translation>
    </message>
    <message>
        <source>Change the card</source>
        <translation>Kartı değiştir</translation>
    </message>
    <message>
        <source>Cards are changed through the server: join your organisation on the Sync page first.</source>
        <translation>Kartlar sunucu üzerinden değiştirilir: önce Eşitleme sayfasından kuruluşunuza katılın.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Uzatma süresi</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Uzat</translation>
    </message>
    <message>
        <source>Extend the card by %1</source>
        <translation>Kartı %1 uzat</translation>
    </message>
    <message>
        <source>Issue a replacement that keeps the stamps</source>
        <translation>Damgaları koruyan yedek kart çıkar</translation>
    </message>
    <message>
        <source>Revoke a lost card</source>
        <translation>Kayıp kartı iptal et</translation>
    </message>
    <message>
        <source>Revoke card %1?</source>
        <translation>%1 kartı iptal edilsin mi?</translation>
    </message>
    <message>
        <source>Card %1 will take no more stamps, on any phone, after the next sync. Its stamps stay. This cannot be undone: to give the holder a new card with these stamps, choose a replacement instead.</source>
        <translation>Bir sonraki eşitlemeden sonra %1 kartı hiçbir telefonda damga almaz. Damgaları kalır. Bu geri alınamaz: kart sahibine bu damgalarla yeni bir kart vermek için bunun yerine yedek kartı seçin.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>İptal et</translation>
    </message>
    <message>
        <source>Revoke card %1</source>
        <translation>%1 kartını iptal et</translation>
    </message>
    <message>
        <source>Keep the card</source>
        <translation>Kartı koru</translation>
    </message>
</context>
<context>
    <name>CardListPage</name>
    <message>
        <source>Cards of the organisation</source>
        <translation>Kuruluşun kartları</translation>
    </message>
    <message>
        <source>Search by code or place</source>
        <translation>Koda veya yere göre ara</translation>
    </message>
    <message>
        <source>Search cards by code or place</source>
        <translation>Kartları koda veya yere göre ara</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%2 karttan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · valid until %2 · %3</source>
        <translation>%1 · %2 tarihine kadar geçerli · %3</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>progress kept private</source>
        <translation>ilerleme gizli tutuluyor</translation>
    </message>
    <message>
        <source>every place visited</source>
        <translation>tüm yerler ziyaret edildi</translation>
    </message>
    <message>
        <source>%1 of %2 places</source>
        <translation>%2 yerden %1</translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>“%1” ile eşleşen kart yok.</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>Henüz kart yok.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Kijk op de Wijk</source>
        <translation>Kijk op de Wijk (Mahalleni tanı)</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Kartım</translation>
    </message>
    <message>
        <source>Every place visited. Open my card</source>
        <translation>Tüm yerler ziyaret edildi. Kartımı aç</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped. Open my card</source>
        <translation>%2 yerden %1 tanesi damgalandı. Kartımı aç</translation>
    </message>
    <message>
        <source>Got a Kijk op de Wijk card? Add it to follow your stamps. Type the code under the QR code, or scan it.</source>
        <translation>Kijk op de Wijk kartınız mı var? Damgalarınızı takip etmek için ekleyin. QR kodunun altındaki kodu yazın ya da okutun.</translation>
    </message>
    <message>
        <source>At your initiative</source>
        <translation>Girişiminizde</translation>
    </message>
    <message>
        <source>Stamp a card</source>
        <translation>Kart damgala</translation>
    </message>
    <message>
        <source>Cards of the organisation</source>
        <translation>Kurumun kartları</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>Kart ver</translation>
    </message>
    <message>
        <source>Cards are issued through the server: join your organisation on the Sync page first.</source>
        <translation>Kartlar sunucu üzerinden verilir: önce Eşitleme sayfasından kurumunuza katılın.</translation>
    </message>
    <message>
        <source>Search, reprint, extend or revoke cards</source>
        <translation>Kart ara, yeniden bas, uzat veya iptal et</translation>
    </message>
    <message>
        <source>Print posters</source>
        <translation>Afiş bas</translation>
    </message>
</context>
<context>
    <name>ConflictDesk</name>
    <message>
        <source>Activity %1</source>
        <translation>Etkinlik %1</translation>
    </message>
    <message>
        <source>The texts in %1</source>
        <translation>Metinler: %1</translation>
    </message>
    <message>
        <source>The initiative&apos;s facts</source>
        <translation>Girişimin bilgileri</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The versions could not be read from this device&apos;s storage.</source>
        <translation>Sürümler bu cihazın belleğinden okunamadı.</translation>
    </message>
    <message>
        <source>New changes arrived while you were choosing. The versions are shown again: please choose once more.</source>
        <translation>Siz seçerken yeni değişiklikler geldi. Sürümler yeniden gösteriliyor: lütfen bir kez daha seçin.</translation>
    </message>
    <message>
        <source>These choices do not fit together and were not saved. Choose differently, or keep one version whole.</source>
        <translation>Bu seçimler birbirine uymuyor ve kaydedilmedi. Farklı seçin ya da bir sürümü bütünüyle koruyun.</translation>
    </message>
    <message>
        <source>Saving did not work: this device&apos;s storage refused it. Nothing was changed.</source>
        <translation>Kaydedilemedi: bu cihazın belleği reddetti. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Saved. The other version is removed on every device at the next sync.</source>
        <translation>Kaydedildi. Diğer sürüm bir sonraki eşitlemede her cihazdan kaldırılır.</translation>
    </message>
</context>
<context>
    <name>ConflictFieldDelegate</name>
    <message>
        <source>%1, differs between the versions</source>
        <translation>%1, sürümler arasında farklı</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ farklı</translation>
    </message>
    <message>
        <source>Version %1, shown now</source>
        <translation>Sürüm %1, şu an gösterilen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>%1: %2 (kept)</source>
        <translation>%1: %2 (korunuyor)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3, chosen</source>
        <translation>%2 için %1 korunsun: %3, seçildi</translation>
    </message>
    <message>
        <source>Keep %1 of %2: %3</source>
        <translation>%2 için %1 korunsun: %3</translation>
    </message>
    <message>
        <source>✓ Kept: %1</source>
        <translation>✓ Korunuyor: %1</translation>
    </message>
</context>
<context>
    <name>ConflictFieldText</name>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>orijinal metin</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>bir kişi tarafından çevrildi</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>kontrol edilecek</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Konuşulan diller</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Basamaksız giriş</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Yürüteç için yer</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Sessiz oda</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Son kontrol</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Kapanış tarihi</translation>
    </message>
    <message>
        <source>Stamp distance in metres</source>
        <translation>Metre cinsinden damga mesafesi</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Orijinal dil</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Örnek veri</translation>
    </message>
    <message>
        <source>Short name in links</source>
        <translation>Bağlantılardaki kısa ad</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kayıt türü</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Girişim</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Ne sıklıkla</translation>
    </message>
    <message>
        <source>Every how many weeks or months</source>
        <translation>Kaç haftada veya ayda bir</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Haftanın günü</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Ayın hangi haftası</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Bitiş saati</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Sayım başlangıcı</translation>
    </message>
    <message>
        <source>Not on these days</source>
        <translation>Bu günlerde yok</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Resmî tatillerde yok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Nasıl girilir</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Çeviri durumu</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Yazan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Texts of the activity %1</source>
        <translation>%1 etkinliğinin metinleri</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
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
        <translation>Sürümler arasında seçim</translation>
    </message>
    <message>
        <source>This was changed on two devices at the same time. For each field that differs, choose the value to keep. Saving keeps your choice as the one version and removes the others on every device at the next sync.</source>
        <translation>Bu, aynı anda iki cihazda değiştirildi. Farklı olan her alan için kalacak değeri seçin. Kaydetmek seçiminizi tek sürüm yapar ve diğerlerini bir sonraki eşitlemede her cihazdan kaldırır.</translation>
    </message>
    <message>
        <source>Keep one version whole</source>
        <translation>Bir sürümü bütünüyle koru</translation>
    </message>
    <message>
        <source>Choose all of version %1</source>
        <translation>Sürüm %1&apos;in tümünü seç</translation>
    </message>
    <message>
        <source>The same in every version: %1</source>
        <translation>Her sürümde aynı: %1</translation>
    </message>
    <message>
        <source>Save this choice</source>
        <translation>Bu seçimi kaydet</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Şimdi değil</translation>
    </message>
</context>
<context>
    <name>ContactFormPage</name>
    <message>
        <source>New contact</source>
        <translation>Yeni görüşme</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Görüşme kaydedildi.</translation>
    </message>
    <message>
        <source>Nickname or code</source>
        <translation>Takma ad veya kod</translation>
    </message>
    <message>
        <source>e.g. zon-17</source>
        <translation>örn. zon-17</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Yeni kod</translation>
    </message>
    <message>
        <source>The person agrees that their name is written down</source>
        <translation>Kişi adının yazılmasını kabul ediyor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Konuşulan dil</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Sunabilecekleri</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Yönlendirildiği yer</translation>
    </message>
    <message>
        <source>An initiative</source>
        <translation>Bir girişim</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Bir uzman</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Rehberde ara</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Seçilen: %1</translation>
    </message>
    <message>
        <source>e.g. the GP, the neighbourhood team</source>
        <translation>örn. aile hekimi, mahalle ekibi</translation>
    </message>
    <message>
        <source>Referred to whom</source>
        <translation>Kime yönlendirildi</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Takip</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n gün sonra</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Görüşmeyi kaydet</translation>
    </message>
    <message>
        <source>Follow up (a referral: in 14 days unless you choose)</source>
        <translation>Takip (yönlendirme: seçmezseniz 14 gün sonra)</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>day-month-year</source>
        <translation>gün-ay-yıl</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 kaldır</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>Choose what the new phone is for.</source>
        <translation>Yeni telefonun ne için olduğunu seçin.</translation>
    </message>
    <message>
        <source>Type the first name or a nickname of the person who gets the phone, so the list says whose it is.</source>
        <translation>Telefonu alacak kişinin adını veya bir takma adını yazın; böylece listede kimin olduğu görünür.</translation>
    </message>
    <message numerus="yes">
        <source>A first name or nickname of at most %n characters, please.</source>
        <translation>
            <numerusform>Lütfen en fazla %n karakterlik bir ad veya takma ad yazın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the initiatives this host hosts: the phone stamps cards only for those.</source>
        <translation>Bu ev sahibinin ağırladığı girişimleri seçin: telefon yalnızca onlar için kart damgalar.</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Telefonlar sunucu üzerinden davet edilir ve yetkileri kaldırılır: önce Eşitleme sayfasında kuruluşunuza koordinatörü olarak katılın.</translation>
    </message>
    <message>
        <source>Still waiting for the server&apos;s answer to the previous request.</source>
        <translation>Sunucunun önceki isteğe yanıtı hâlâ bekleniyor.</translation>
    </message>
    <message>
        <source>An invite for %1&apos;s phone is ready. Let the new phone scan the QR code below, or type its code on the phone&apos;s Sync page.</source>
        <translation>%1 için telefon daveti hazır. Yeni telefonun aşağıdaki QR kodunu taramasını sağlayın veya kodu o telefonun Eşitleme sayfasına yazın.</translation>
    </message>
    <message>
        <source>%1&apos;s phone is revoked: the server refuses it from its next request on.</source>
        <translation>%1 adlı kişinin telefonunun yetkisi kaldırıldı: sunucu bir sonraki isteğinden itibaren onu reddeder.</translation>
    </message>
    <message>
        <source>Stopped waiting for the list of phones.</source>
        <translation>Telefon listesini beklemeyi bıraktık.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. It may still have done it: the list shows what it holds once it is fetched again.</source>
        <translation>Sunucuyu beklemeyi bıraktık. İşlemi yine de yapmış olabilir: liste yeniden alındığında sunucunun elindekini gösterir.</translation>
    </message>
    <message>
        <source>The server could not be reached. Nothing was changed; try again when there is a network.</source>
        <translation>Sunucuya ulaşılamadı. Hiçbir şey değiştirilmedi; ağ olduğunda tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server no longer accepts this phone: it was removed from the organisation. Join again with a new invite.</source>
        <translation>Sunucu bu telefonu artık kabul etmiyor: kuruluştan çıkarıldı. Yeni bir davetle yeniden katılın.</translation>
    </message>
    <message>
        <source>The server refused: only a coordinator manages the phones, and only those of their own organisation.</source>
        <translation>Sunucu reddetti: telefonları yalnızca bir koordinatör yönetir, o da yalnızca kendi kuruluşununkileri.</translation>
    </message>
    <message>
        <source>The server does not know this phone. Nothing was changed.</source>
        <translation>Sunucu bu telefonu tanımıyor. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>This server does not manage phones from the app. Ask whoever runs it to update it.</source>
        <translation>Bu sunucu telefonları uygulamadan yönetmiyor. Sunucuyu işleten kişiden güncellemesini isteyin.</translation>
    </message>
    <message>
        <source>The server did not accept this invite: check the name and the initiatives, then try again.</source>
        <translation>Sunucu bu daveti kabul etmedi: adı ve girişimleri kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Nothing was changed.</source>
        <translation>Sunucu bu isteği kabul etmedi. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing. Try again in a few minutes; if it keeps happening, tell whoever runs the server.</source>
        <translation>Sunucuda bir sorun oldu ve hiçbir şey değişmedi. Birkaç dakika sonra yeniden deneyin; sürerse sunucuyu işleten kişiye haber verin.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <source>Joined %1 · last sync %2</source>
        <translation>Katılım %1 · son eşitleme %2</translation>
    </message>
    <message>
        <source>Joined %1 · not synced yet</source>
        <translation>Katılım %1 · henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>Revoked: the server refuses this phone.</source>
        <translation>Yetkisi kaldırıldı: sunucu bu telefonu reddediyor.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Yetkiyi kaldır</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>%1 adlı kişinin telefonunun yetkisini kaldır</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Buurtmaatje (neighbourhood buddy)</source>
        <translation>Buurtmaatje (mahalle arkadaşı)</translation>
    </message>
    <message>
        <source>Verbindingswerker (connector)</source>
        <translation>Verbindingswerker (bağlantı görevlisi)</translation>
    </message>
    <message>
        <source>Host of an initiative</source>
        <translation>Bir girişimin ev sahibi</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatör</translation>
    </message>
    <message>
        <source>Directory editor</source>
        <translation>Rehber editörü</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Kart sahibi</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Phones of the organisation</source>
        <translation>Kuruluşun telefonları</translation>
    </message>
    <message>
        <source>Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.</source>
        <translation>Telefonlar sunucu üzerinden davet edilir ve yetkileri kaldırılır: önce Eşitleme sayfasında kuruluşunuza koordinatörü olarak katılın.</translation>
    </message>
    <message>
        <source>Making the invite: waiting for the server…</source>
        <translation>Davet hazırlanıyor: sunucu bekleniyor…</translation>
    </message>
    <message>
        <source>Revoking: waiting for the server…</source>
        <translation>Yetki kaldırılıyor: sunucu bekleniyor…</translation>
    </message>
    <message>
        <source>Fetching the phones: waiting for the server…</source>
        <translation>Telefonlar alınıyor: sunucu bekleniyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>Sunucuyu beklemeyi bırak</translation>
    </message>
    <message>
        <source>Invite a phone</source>
        <translation>Bir telefon davet et</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>What the phone is for</source>
        <translation>Telefon ne için</translation>
    </message>
    <message>
        <source>The initiatives this host hosts</source>
        <translation>Bu ev sahibinin ağırladığı girişimler</translation>
    </message>
    <message>
        <source>First name or nickname of the person who gets the phone</source>
        <translation>Telefonu alacak kişinin adı veya takma adı</translation>
    </message>
    <message>
        <source>Make the invite</source>
        <translation>Daveti oluştur</translation>
    </message>
    <message>
        <source>The organisation&apos;s phones</source>
        <translation>Kuruluşun telefonları</translation>
    </message>
    <message>
        <source>No phones have joined yet.</source>
        <translation>Henüz hiçbir telefon katılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n telefon</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the list again</source>
        <translation>Listeyi yeniden al</translation>
    </message>
    <message>
        <source>Revoke the phone of %1?</source>
        <translation>%1 adlı kişinin telefonunun yetkisi kaldırılsın mı?</translation>
    </message>
    <message>
        <source>The phone of %1 (%2) can no longer sync: the server refuses it from its next request on. What it has not sent yet stays on that phone. This cannot be undone; to use the phone again, invite it anew.</source>
        <translation>%1 adlı kişinin telefonu (%2) artık eşitleme yapamaz: sunucu bir sonraki isteğinden itibaren onu reddeder. Henüz göndermediği veriler o telefonda kalır. Bu geri alınamaz; telefonu yeniden kullanmak için onu yeniden davet edin.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Yetkiyi kaldır</translation>
    </message>
    <message>
        <source>Revoke the phone of %1</source>
        <translation>%1 adlı kişinin telefonunun yetkisini kaldır</translation>
    </message>
    <message>
        <source>Keep the phone</source>
        <translation>Telefonu koru</translation>
    </message>
</context>
<context>
    <name>DirectoryEdit</name>
    <message>
        <source>Give the initiative a name in at least one language.</source>
        <translation>Girişime en az bir dilde bir ad verin.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Bu metin çok uzun.</translation>
    </message>
    <message>
        <source>This text holds invisible direction characters; type it again.</source>
        <translation>Bu metin görünmeyen yön karakterleri içeriyor; yeniden yazın.</translation>
    </message>
    <message>
        <source>This language is not one the directory knows.</source>
        <translation>Rehber bu dili tanımıyor.</translation>
    </message>
    <message>
        <source>Choose original, translated by a person, or to be checked.</source>
        <translation>Orijinal, bir kişi tarafından çevrildi veya kontrol edilecek seçin.</translation>
    </message>
    <message>
        <source>This theme is not one the directory knows.</source>
        <translation>Rehber bu temayı tanımıyor.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>Bu liste çok uzun.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes only.</source>
        <translation>Yalnızca küçük harf, rakam ve tire kullanın.</translation>
    </message>
    <message>
        <source>This one exists already.</source>
        <translation>Bu zaten var.</translation>
    </message>
    <message>
        <source>This is not a position on the map.</source>
        <translation>Bu haritada bir konum değil.</translation>
    </message>
    <message>
        <source>This position is outside the Netherlands.</source>
        <translation>Bu konum Hollanda&apos;nın dışında.</translation>
    </message>
    <message>
        <source>A postcode is four digits and two letters, such as 3024 AB.</source>
        <translation>Posta kodu dört rakam ve iki harftir, örneğin 3024 AB.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Bu bir telefon numarası değil.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Bu bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>A website starts with https:// or http://.</source>
        <translation>Bir web sitesi https:// veya http:// ile başlar.</translation>
    </message>
    <message>
        <source>This schedule is not complete or not valid.</source>
        <translation>Bu program eksik veya geçersiz.</translation>
    </message>
    <message>
        <source>With this schedule the activity never takes place.</source>
        <translation>Bu programla etkinlik hiç gerçekleşmez.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Bu artık mevcut değil.</translation>
    </message>
    <message>
        <source>Someone else saved a change meanwhile; open it again.</source>
        <translation>Bu arada başka biri bir değişiklik kaydetti; yeniden açın.</translation>
    </message>
    <message>
        <source>This initiative was retired.</source>
        <translation>Bu girişim kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorController</name>
    <message>
        <source>Saved on this device. You can add its activities now; everyone sees it after the next sync.</source>
        <translation>Bu cihaza kaydedildi. Şimdi etkinliklerini ekleyebilirsiniz; herkes bir sonraki eşitlemeden sonra görür.</translation>
    </message>
    <message>
        <source>Saved on this device. Everyone sees it after the next sync.</source>
        <translation>Bu cihaza kaydedildi. Herkes bir sonraki eşitlemeden sonra görür.</translation>
    </message>
    <message>
        <source>Retired: it no longer shows in the list. Its texts are kept.</source>
        <translation>Kaldırıldı: artık listede görünmüyor. Metinleri saklanıyor.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need another look. Everything you typed is still here.</source>
        <translation>
            <numerusform>Kaydedilmedi: %n alana tekrar bakılmalı. Yazdığınız her şey hâlâ burada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here.</source>
        <translation>Kaydedilmedi: %1 Yazdığınız her şey hâlâ burada.</translation>
    </message>
    <message>
        <source>Not saved: this device could not store it (%1). Everything you typed is still here.</source>
        <translation>Kaydedilmedi: bu cihaz saklayamadı (%1). Yazdığınız her şey hâlâ burada.</translation>
    </message>
    <message>
        <source>This device has no position yet. Go outside or wait a moment, or type the position.</source>
        <translation>Bu cihazın henüz konumu yok. Dışarı çıkın ya da biraz bekleyin veya konumu yazın.</translation>
    </message>
    <message>
        <source>This device&apos;s position is rough (within %1 m). Check it, or look up the address.</source>
        <translation>Bu cihazın konumu kaba (%1 m içinde). Kontrol edin ya da adresi arayın.</translation>
    </message>
    <message>
        <source>The position is filled in. It is saved with the initiative.</source>
        <translation>Konum dolduruldu. Girişimle birlikte kaydedilir.</translation>
    </message>
    <message>
        <source>The activity is saved on this device.</source>
        <translation>Etkinlik bu cihaza kaydedildi.</translation>
    </message>
    <message>
        <source>The activity is removed.</source>
        <translation>Etkinlik kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>FieldLogController</name>
    <message>
        <source>The data of this code was erased on request. Choose a new code.</source>
        <translation>Bu kodun verileri istek üzerine silindi. Yeni bir kod seçin.</translation>
    </message>
    <message>
        <source>Give a nickname or a code.</source>
        <translation>Bir takma ad veya kod girin.</translation>
    </message>
    <message>
        <source>The phone is full. Nothing was saved.</source>
        <translation>Telefonun belleği dolu. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Bu cihaz henüz bir kuruluşa bağlı değil.</translation>
    </message>
    <message>
        <source>Tap the big button first.</source>
        <translation>Önce büyük düğmeye dokunun.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message>
        <source>Count at least one person.</source>
        <translation>En az bir kişi sayın.</translation>
    </message>
    <message>
        <source>Choose the initiative the person was referred to.</source>
        <translation>Kişinin yönlendirildiği girişimi seçin.</translation>
    </message>
    <message>
        <source>Say who the person was referred to.</source>
        <translation>Kişinin kime yönlendirildiğini yazın.</translation>
    </message>
    <message>
        <source>This record was deleted, perhaps on another phone.</source>
        <translation>Bu kayıt silinmiş, belki başka bir telefonda.</translation>
    </message>
    <message>
        <source>The phone could not save this. Nothing was changed; try again.</source>
        <translation>Telefon bunu kaydedemedi. Hiçbir şey değişmedi; tekrar deneyin.</translation>
    </message>
    <message>
        <source>This could not be saved. Nothing was changed.</source>
        <translation>Bu kaydedilemedi. Hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Open now</source>
        <translation>Şimdi açık</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Within rollator distance</source>
        <translation>Yürüteçle gidilecek mesafede</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Basamaksız</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Yürüteç için yer</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Sessiz oda</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>Tüm konular</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Any language spoken</source>
        <translation>Konuşulan herhangi bir dil</translation>
    </message>
    <message>
        <source>%1 spoken</source>
        <translation>%1 konuşuluyor</translation>
    </message>
    <message>
        <source>Language spoken there</source>
        <translation>Orada konuşulan dil</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>En yakın önce</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message>
        <source>Sorted by name until the phone knows where you are.</source>
        <translation>Telefon nerede olduğunuzu bilene kadar ada göre sıralı.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Welcome to Buurtbrug</source>
        <translation>Buurtbrug&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>Join your organisation with the invite from your coordinator, to see and log what is real.</source>
        <translation>Gerçek olanı görmek ve kaydetmek için koordinatörünüzün davetiyle kuruluşunuza katılın.</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Kuruluşuma katıl</translation>
    </message>
    <message>
        <source>Or look around first: a sample neighbourhood with invented places and logs. It stays on this phone, is marked as a sample on every screen, and is removed when the phone joins.</source>
        <translation>Ya da önce göz atın: uydurma yerler ve kayıtlarla örnek bir mahalle. Bu telefonda kalır, her ekranda örnek olarak işaretlenir ve telefon katıldığında silinir.</translation>
    </message>
    <message>
        <source>Look around with a sample neighbourhood</source>
        <translation>Örnek bir mahallede göz at</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1, referred to %2</source>
        <translation>%1, yönlendirildi: %2</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ulaştı</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Ulaşmadı</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Bir hafta sonra</translation>
    </message>
    <message>
        <source>Look again in a week</source>
        <translation>Bir hafta sonra yeniden bak</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n gün gecikti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativeDelegate</name>
    <message>
        <source>Open now, today %1</source>
        <translation>Şimdi açık, bugün %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Bugün %1</translation>
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
    <message>
        <source>This device cannot read aloud.</source>
        <translation>Bu cihaz sesli okuyamıyor.</translation>
    </message>
    <message>
        <source>This device has no sound output right now.</source>
        <translation>Bu cihazda şu anda ses çıkışı yok.</translation>
    </message>
    <message>
        <source>Reading aloud did not work.</source>
        <translation>Sesli okuma çalışmadı.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Okumayı durdur</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>Add or correct a translation</source>
        <translation>Çeviri ekle veya düzelt</translation>
    </message>
    <message>
        <source>%1 (on now)</source>
        <translation>%1 (şu anda)</translation>
    </message>
    <message>
        <source>%1, next: %2</source>
        <translation>%1, sonraki: %2</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol tarifi</translation>
    </message>
    <message>
        <source>Route to %1 in the maps app</source>
        <translation>Harita uygulamasında %1 için yol tarifi</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 numarasını ara</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This phone cannot read %1 aloud.</source>
        <translation>Bu telefon %1 dilinde sesli okuyamıyor.</translation>
    </message>
    <message>
        <source>This initiative was changed on two devices at the same time, so it has more than one version. People see one of them until you choose what to keep.</source>
        <translation>Bu girişim aynı anda iki cihazda değiştirildi, bu yüzden birden fazla sürümü var. Siz neyin kalacağını seçene kadar insanlar bunlardan birini görür.</translation>
    </message>
    <message>
        <source>Compare the versions</source>
        <translation>Sürümleri karşılaştır</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Edit this initiative</source>
        <translation>Bu girişimi düzenle</translation>
    </message>
</context>
<context>
    <name>InitiativeEditorPage</name>
    <message>
        <source>New initiative</source>
        <translation>Yeni girişim</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Girişimi düzenle</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>Ad ve açıklama</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temalar</translation>
    </message>
    <message>
        <source>Address and position</source>
        <translation>Adres ve konum</translation>
    </message>
    <message>
        <source>Languages spoken there</source>
        <translation>Orada konuşulan diller</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <translation>Basamaksız giriş</translation>
    </message>
    <message>
        <source>Room for a rollator</source>
        <translation>Yürüteç için yer</translation>
    </message>
    <message>
        <source>A quiet room</source>
        <translation>Sessiz bir oda</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its activities here.</source>
        <translation>Önce girişimi kaydedin; sonra etkinliklerini buraya ekleyin.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenle</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Etkinlik ekle</translation>
    </message>
    <message>
        <source>Retire this initiative</source>
        <translation>Bu girişimi kaldır</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>%1 kaldırılsın mı?</translation>
    </message>
    <message>
        <source>It no longer shows in the list, on any device, after the next sync. Its activities and photos are removed; its texts are kept.</source>
        <translation>Bir sonraki eşitlemeden sonra hiçbir cihazda listede görünmez. Etkinlikleri ve fotoğrafları kaldırılır; metinleri saklanır.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Kalsın</translation>
    </message>
    <message>
        <source>Short name for links: letters a-z, digits and dashes; made from the name when left empty</source>
        <translation>Bağlantılar için kısa ad: a-z harfleri, rakamlar ve tireler; boş bırakılırsa addan yapılır</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotoğraflar</translation>
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
    <message>
        <source>Search in any language</source>
        <translation>Herhangi bir dilde ara</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Girişimlerde ara</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtreler (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtreler</translation>
    </message>
    <message>
        <source>Distances from your position (within %1 m)</source>
        <translation>Mesafeler konumunuzdan (%1 m hassasiyetle)</translation>
    </message>
    <message>
        <source>Your position is rough (within %1 m): distances are estimates</source>
        <translation>Konumunuz kaba (%1 m hassasiyetle): mesafeler tahminidir</translation>
    </message>
    <message>
        <source>No position: distances are from the middle of the neighbourhood</source>
        <translation>Konum yok: mesafeler mahallenin ortasından</translation>
    </message>
    <message>
        <source>%1 of %2 initiatives</source>
        <translation>%2 girişimden %1</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or clear the filters.</source>
        <translation>Eşleşen yok. Daha az harf deneyin veya filtreleri temizleyin.</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Girişim ekle</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Liste olarak göster</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Haritada göster</translation>
    </message>
</context>
<context>
    <name>InitiativeMap</name>
    <message>
        <source>Map of the initiatives</source>
        <translation>Girişimlerin haritası</translation>
    </message>
    <message>
        <source>Drag to move the map. The list shows every place.</source>
        <translation>Haritayı kaydırmak için sürükleyin. Liste her yeri gösterir.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Show my position</source>
        <translation>Konumumu göster</translation>
    </message>
    <message>
        <source>No map pictures on this phone yet: the places are shown without streets. The list has every place.</source>
        <translation>Bu telefonda henüz harita görüntüsü yok: yerler sokaklar olmadan gösteriliyor. Listede her yer var.</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Harita: %1</translation>
    </message>
    <message>
        <source>Map: no tile source</source>
        <translation>Harita: harita kaynağı yok</translation>
    </message>
</context>
<context>
    <name>InitiativePhotoController</name>
    <message>
        <source>This file cannot be opened.</source>
        <translation>Bu dosya açılamıyor.</translation>
    </message>
    <message>
        <source>Only a coordinator or a host adds photos.</source>
        <translation>Fotoğrafları yalnızca bir koordinatör veya ev sahibi ekler.</translation>
    </message>
    <message>
        <source>Describe the photo in a few words first, for people who cannot see it.</source>
        <translation>Önce fotoğrafı göremeyenler için birkaç kelimeyle anlatın.</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>Fotoğraf kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Photo added. It goes to the other devices with the next sync.</source>
        <translation>Fotoğraf eklendi. Bir sonraki eşitlemede diğer cihazlara gider.</translation>
    </message>
    <message>
        <source>The photo was not removed: %1</source>
        <translation>Fotoğraf kaldırılmadı: %1</translation>
    </message>
    <message>
        <source>Photo removed, here and on the other devices after the next sync.</source>
        <translation>Fotoğraf burada kaldırıldı; bir sonraki eşitlemeden sonra diğer cihazlardan da kalkar.</translation>
    </message>
</context>
<context>
    <name>InitiativeTextsSection</name>
    <message>
        <source>original</source>
        <translation>özgün</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>bir kişi tarafından çevrildi</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>kontrol edilecek</translation>
    </message>
    <message>
        <source>Language of the texts below</source>
        <translation>Aşağıdaki metinlerin dili</translation>
    </message>
    <message>
        <source>%1: %2, needs another look</source>
        <translation>%1: %2, tekrar bakılmalı</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>Liste için tek satır</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Opening notes (how to get in, what to bring)</source>
        <translation>Pratik notlar (nasıl girilir, ne getirilir)</translation>
    </message>
    <message>
        <source>This text is</source>
        <translation>Bu metin</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>QR code of the invite for %1</source>
        <translation>%1 için davetin QR kodu</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <translation>Davet kodu %1</translation>
    </message>
    <message>
        <source>For %1, as %2. It works once, until %3.</source>
        <translation>%1 için, %2 olarak. Bir kez ve %3 tarihine kadar geçerli.</translation>
    </message>
    <message>
        <source>On the new phone: open Sync and scan this code, or type the code with the server&apos;s address.</source>
        <translation>Yeni telefonda: Eşitleme&apos;yi açıp bu kodu tarayın ya da kodu sunucunun adresiyle birlikte yazın.</translation>
    </message>
    <message>
        <source>Invite another phone</source>
        <translation>Başka bir telefon davet et</translation>
    </message>
</context>
<context>
    <name>IssueCardPage</name>
    <message>
        <source>Issue a card</source>
        <translation>Kart ver</translation>
    </message>
    <message>
        <source>QR code of card %1</source>
        <translation>%1 numaralı kartın QR kodu</translation>
    </message>
    <message>
        <source>Issue another card</source>
        <translation>Başka bir kart ver</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Ziyaret edilecek yerler</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Geçerlilik süresi</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s language</source>
        <translation>Kart sahibinin dili</translation>
    </message>
    <message>
        <source>The holder lets me see which places they visited</source>
        <translation>Kart sahibi hangi yerleri ziyaret ettiğini görmeme izin veriyor</translation>
    </message>
    <message>
        <source>Ask the holder; they can change this later on their own card.</source>
        <translation>Kart sahibine sorun; bunu daha sonra kendi kartında değiştirebilir.</translation>
    </message>
    <message>
        <source>Issue the card</source>
        <translation>Kartı ver</translation>
    </message>
    <message>
        <source>The same places as the last card</source>
        <translation>Son karttaki yerlerin aynısı</translation>
    </message>
    <message>
        <source>Issuing: waiting for the server…</source>
        <translation>Kart veriliyor: sunucu bekleniyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel issuing the card</source>
        <translation>Kart vermeyi iptal et</translation>
    </message>
</context>
<context>
    <name>JoinController</name>
    <message>
        <source>This phone has joined. It syncs whenever there is a network.</source>
        <translation>Bu telefon katıldı. Ağ olduğunda eşitleme yapar.</translation>
    </message>
    <message>
        <source>This is not an invite code.</source>
        <translation>Bu bir davet kodu değil.</translation>
    </message>
    <message>
        <source>Type the invite code.</source>
        <translation>Davet kodunu yazın.</translation>
    </message>
    <message>
        <source>An invite code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Compare it with the invite.</source>
        <translation>Davet kodu 16 harf ve rakamdan oluşur, örneğin ABCD-EFGH-JKMN-PQRS. Davetle karşılaştırın.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example https://buurtbrug.example.nl.</source>
        <translation>Sunucunun adresini yazın, örneğin https://buurtbrug.example.nl.</translation>
    </message>
    <message>
        <source>This app cannot join an organisation.</source>
        <translation>Bu uygulama bir kuruma katılamıyor.</translation>
    </message>
    <message>
        <source>The server does not know this invite code. Compare it with the invite, letter by letter.</source>
        <translation>Sunucu bu davet kodunu tanımıyor. Kodu davetle harf harf karşılaştırın.</translation>
    </message>
    <message>
        <source>This invite code was already used; a code works only once. Ask the coordinator for a new one.</source>
        <translation>Bu davet kodu zaten kullanıldı; bir kod yalnızca bir kez çalışır. Koordinatörden yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>This invite code has expired. Ask the coordinator for a new one.</source>
        <translation>Bu davet kodunun süresi doldu. Koordinatörden yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>The server did not accept this invite code. Compare it with the invite: a code works only once and for a limited time. If it is right, ask the coordinator for a new one.</source>
        <translation>Sunucu bu davet kodunu kabul etmedi. Davetle karşılaştırın: bir kod yalnızca bir kez ve sınırlı bir süre için geçerlidir. Kod doğruysa koordinatörden yenisini isteyin.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation>Sunucuya ulaşılamadı. Adresi ve ağı kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server accepted the code, but this phone could not keep it. Free some space, then ask the coordinator for a new code.</source>
        <translation>Sunucu kodu kabul etti, ancak bu telefon onu saklayamadı. Biraz yer açın, ardından koordinatörden yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>Joining was cancelled. Nothing was changed on this phone.</source>
        <translation>Katılma iptal edildi. Bu telefonda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>This sign-in code is damaged or incomplete. Scan it again, or ask the coordinator for the code once more. Nothing was changed on this phone.</source>
        <translation>Bu giriş kodu bozuk ya da eksik. Yeniden okutun ya da kodu koordinatörden bir kez daha isteyin. Bu telefonda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in code: it is wrong, or this phone was removed. Ask the coordinator for a new one. Nothing was changed on this phone.</source>
        <translation>Sunucu bu giriş kodunu kabul etmedi: kod yanlış ya da bu telefon kaldırıldı. Koordinatörden yeni bir kod isteyin. Bu telefonda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>This address starts with http:// and would send this phone&apos;s sign-in unprotected over the network. Use the server&apos;s https:// address. Nothing was changed on this phone.</source>
        <translation>Bu adres http:// ile başlıyor ve bu telefonun giriş bilgilerini ağ üzerinden korumasız gönderir. Sunucunun https:// adresini kullanın. Bu telefonda hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>LanguageNote</name>
    <message>
        <source>This text is in %1: there is no translation in your language yet</source>
        <translation>Bu metnin dili: %1. Dilinizde henüz çeviri yok.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dil: %1</translation>
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
    <message>
        <source>This phone cannot read aloud in %1.</source>
        <translation>Bu telefon şu dillerde sesli okuyamıyor: %1.</translation>
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
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>Tamazight (Berberice)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarca</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalice</translation>
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
        <translation>Yeşil Burun Kreolü</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portekizce</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumence</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Farsça</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukraynaca</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Line chart of %1 per %2; the table below reads the same numbers.</source>
        <translation>%2 başına %1 çizgi grafiği; aşağıdaki tablo aynı sayıları gösterir.</translation>
    </message>
    <message>
        <source>Open circle: fewer than 5 people, so the number is not shown.</source>
        <translation>Boş daire: 5 kişiden az, bu yüzden sayı gösterilmiyor.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Logs go to %1 and sync when there is a network.</source>
        <translation>Kayıtlar şuraya gider: %1. Ağ olduğunda eşitlenir.</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Bu cihaz henüz bir kuruluşa bağlı değil.</translation>
    </message>
    <message>
        <source>Market tally</source>
        <translation>Pazar sayımı</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Yeni görüşme</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Takip edilecekler</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Bugün takip edilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation>Bugünün etkinlikleri</translation>
    </message>
    <message>
        <source>No activities in the directory take place today.</source>
        <translation>Rehberdeki etkinliklerden hiçbiri bugün yok.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n counted today</source>
        <translation>
            <numerusform>bugün %n kişi sayıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>Geri alındı.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n follow-ups</source>
        <translation>
            <numerusform>%n takibin tümünü göster</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as arrived.</source>
        <translation>Ulaştı olarak işaretlendi.</translation>
    </message>
    <message>
        <source>Marked as not arrived.</source>
        <translation>Ulaşmadı olarak işaretlendi.</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>Takip kapatıldı.</translation>
    </message>
    <message>
        <source>Moved to next week.</source>
        <translation>Gelecek haftaya ertelendi.</translation>
    </message>
    <message>
        <source>Logs stay on this phone. To share them with your organisation, join it on the Sync page.</source>
        <translation>Kayıtlar bu telefonda kalır. Kuruluşunuzla paylaşmak için Eşitleme sayfasından katılın.</translation>
    </message>
    <message>
        <source>This phone was removed from %1. Logs stay on it until it joins again on the Sync page.</source>
        <translation>Bu telefon %1 kuruluşundan çıkarıldı. Kayıtlar, Eşitleme sayfasından yeniden katılana kadar telefonda kalır.</translation>
    </message>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>Bir kişinin gizlilik talebi</translation>
    </message>
</context>
<context>
    <name>LogVocabulary</name>
    <message>
        <source>A chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>Ayak işleri</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Çeviri</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Yemek pişirme</translation>
    </message>
    <message>
        <source>Collecting clothes</source>
        <translation>Giysi toplama</translation>
    </message>
    <message>
        <source>Sandwiches at school</source>
        <translation>Okulda sandviç</translation>
    </message>
    <message>
        <source>Odd jobs</source>
        <translation>Ufak tefek işler</translation>
    </message>
    <message>
        <source>Learning the language</source>
        <translation>Dil öğrenme</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>Para işleri</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Çocuk bakımı</translation>
    </message>
    <message>
        <source>On the street</source>
        <translation>Sokakta</translation>
    </message>
    <message>
        <source>At the market</source>
        <translation>Pazarda</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonla</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ev ziyareti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Ziyaretçiler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Market conversations</source>
        <translation>Pazar sohbetleri</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Yapılan yönlendirmeler</translation>
    </message>
    <message>
        <source>Referrals arrived</source>
        <translation>Ulaşılan yönlendirmeler</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Aylık</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Girişimler</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>What residents do</source>
        <translation>Sakinlerin yaptıkları</translation>
    </message>
    <message>
        <source>What residents need</source>
        <translation>Sakinlerin ihtiyaçları</translation>
    </message>
    <message>
        <source>Companionship</source>
        <translation>Arkadaşlık</translation>
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
    <message>
        <source>Log</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>Damga kartı</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>navigation, short</comment>
        <translation>Eşitle</translation>
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
        <translation>Pazar sayımı</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) today</source>
        <translation>
            <numerusform>Bugün %n sohbet</numerusform>
        </translation>
    </message>
    <message>
        <source>Add what fits to the last conversation:</source>
        <translation>Son sohbete uyanları ekleyin:</translation>
    </message>
    <message>
        <source>Tap the big button after each conversation.</source>
        <translation>Her sohbetten sonra büyük düğmeye dokunun.</translation>
    </message>
    <message>
        <source>Language of the conversation</source>
        <translation>Sohbetin dili</translation>
    </message>
    <message>
        <source>Does for the neighbourhood</source>
        <translation>Mahalle için yaptığı</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation>Yönlendirme yapıldı</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Undo the last conversation</source>
        <translation>Son sohbeti geri al</translation>
    </message>
    <message>
        <source>+ Conversation</source>
        <translation>+ Sohbet</translation>
    </message>
    <message>
        <source>Count a conversation</source>
        <translation>Bir sohbet say</translation>
    </message>
</context>
<context>
    <name>MyCardPage</name>
    <message>
        <source>My card</source>
        <translation>Kartım</translation>
    </message>
    <message>
        <source>Your referrer can see which places you visited.</source>
        <translation>Sizi yönlendiren kişi hangi yerleri ziyaret ettiğinizi görebilir.</translation>
    </message>
    <message>
        <source>Your progress is private again. Your referrer no longer sees it.</source>
        <translation>İlerlemeniz yeniden gizli. Sizi yönlendiren kişi artık göremiyor.</translation>
    </message>
    <message>
        <source>You visited every place on your card. Well done!</source>
        <translation>Kartınızdaki tüm yerleri ziyaret ettiniz. Aferin!</translation>
    </message>
    <message>
        <source>%1 of %2 places stamped</source>
        <translation>%2 yerden %1 tanesi damgalandı</translation>
    </message>
    <message>
        <source>Card %1 · valid until %2</source>
        <translation>Kart %1 · %2 tarihine kadar geçerli</translation>
    </message>
    <message>
        <source>This card has ended. Your referrer can give you a new one.</source>
        <translation>Bu kartın süresi bitti. Sizi yönlendiren kişi size yenisini verebilir.</translation>
    </message>
    <message>
        <source>Open today: %1 at %2</source>
        <translation>Bugün açık: %1, saat %2</translation>
    </message>
    <message>
        <source>Open today: %1</source>
        <translation>Bugün açık: %1</translation>
    </message>
    <message>
        <source>Stamp with the poster&apos;s code</source>
        <translation>Afişin koduyla damgala</translation>
    </message>
    <message>
        <source>My referrer may see which places I visited</source>
        <translation>Beni yönlendiren kişi hangi yerleri ziyaret ettiğimi görebilir</translation>
    </message>
    <message>
        <source>You can change this once your card has synced to this phone.</source>
        <translation>Kartınız bu telefona eşitlendiğinde bunu değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Show this place</source>
        <translation>Bu yeri göster</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 yerini göster</translation>
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
    <name>PhotoGallery</name>
    <message>
        <source>Photos of this place</source>
        <translation>Bu yerin fotoğrafları</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Fotoğraf yükleniyor…</translation>
    </message>
    <message>
        <source>This photo is not on this device yet.</source>
        <translation>Bu fotoğraf henüz bu cihazda değil.</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Önceki fotoğraf</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Fotoğraf %1 / %2</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Sonraki fotoğraf</translation>
    </message>
    <message>
        <source>This photo is not on this phone yet. It comes with the next sync when the phone is online.</source>
        <translation>Bu fotoğraf henüz bu telefonda değil. Telefon internete bağlandığında bir sonraki eşitlemeyle gelir.</translation>
    </message>
    <message>
        <source>%1 (photo not on this phone yet)</source>
        <translation>%1 (fotoğraf henüz bu telefonda değil)</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>This file is empty.</source>
        <translation>Bu dosya boş.</translation>
    </message>
    <message>
        <source>This photo is too large: at most %1 MB.</source>
        <translation>Bu fotoğraf çok büyük: en fazla %1 MB.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG picture.</source>
        <translation>Bu dosya bir fotoğraf değil. Bir JPEG veya PNG resmi seçin.</translation>
    </message>
    <message>
        <source>This photo has too many pixels: at most %1 megapixels.</source>
        <translation>Bu fotoğrafta çok fazla piksel var: en fazla %1 megapiksel.</translation>
    </message>
    <message>
        <source>This photo is damaged and cannot be read.</source>
        <translation>Bu fotoğraf bozuk ve okunamıyor.</translation>
    </message>
    <message>
        <source>This photo could not be made smaller. Try another one.</source>
        <translation>Bu fotoğraf küçültülemedi. Başka bir tane deneyin.</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photos are of places, not people: the entrance, the room, the sign. Do not photograph people.</source>
        <translation>Fotoğraflar insanları değil yerleri gösterir: giriş, oda, tabela. İnsanların fotoğrafını çekmeyin.</translation>
    </message>
    <message>
        <source>Save the initiative first; then add its photos here.</source>
        <translation>Önce girişimi kaydedin; sonra fotoğraflarını buraya ekleyin.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove the photo %1</source>
        <translation>%1 fotoğrafını kaldır</translation>
    </message>
    <message>
        <source>What the photo shows, for people who cannot see it (for example: green front door next to the bakery)</source>
        <translation>Fotoğrafın gösterdiği, göremeyenler için (örneğin: fırının yanındaki yeşil ön kapı)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Fotoğraf ekle</translation>
    </message>
    <message>
        <source>Choose a photo of the place</source>
        <translation>Yerin bir fotoğrafını seçin</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotoğraflar (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Bu fotoğraf kaldırılsın mı?</translation>
    </message>
    <message>
        <source>The photo “%1” goes from this device now and from every other device after the next sync.</source>
        <translation>“%1” fotoğrafı şimdi bu cihazdan, bir sonraki eşitlemeden sonra da diğer tüm cihazlardan kalkar.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Kalsın</translation>
    </message>
    <message>
        <source>Making the photo smaller and removing its hidden data…</source>
        <translation>Fotoğraf küçültülüyor ve gizli verileri kaldırılıyor…</translation>
    </message>
    <message>
        <source>The camera did not start; add a photo from a file instead.</source>
        <translation>Kamera açılmadı; bunun yerine bir dosyadan fotoğraf ekleyin.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Fotoğraf çek</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>Dosyadan fotoğraf ekle</translation>
    </message>
    <message>
        <source>Take a photo of the place</source>
        <translation>Yerin fotoğrafını çekin</translation>
    </message>
    <message>
        <source>Photograph the place, not people. If someone is in the picture, wait until they have gone.</source>
        <translation>İnsanları değil, yeri fotoğraflayın. Görüntüde biri varsa, gidene kadar bekleyin.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Fotoğrafı çek</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>PhotoViewfinder</name>
    <message>
        <source>Camera picture</source>
        <translation>Kamera görüntüsü</translation>
    </message>
</context>
<context>
    <name>PositionSection</name>
    <message>
        <source>Street and number</source>
        <translation>Sokak ve kapı numarası</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Find the position of this address</source>
        <translation>Bu adresin konumunu bul</translation>
    </message>
    <message>
        <source>Use this device&apos;s position</source>
        <translation>Bu cihazın konumunu kullan</translation>
    </message>
    <message>
        <source>Looking up the address…</source>
        <translation>Adres aranıyor…</translation>
    </message>
    <message>
        <source>Choose the address that is meant:</source>
        <translation>Kastedilen adresi seçin:</translation>
    </message>
    <message>
        <source>Latitude (north), e.g. 51.9105</source>
        <translation>Enlem (kuzey), örn. 51.9105</translation>
    </message>
    <message>
        <source>Longitude (east), e.g. 4.4502</source>
        <translation>Boylam (doğu), örn. 4.4502</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <source>Print posters</source>
        <translation>Afiş bas</translation>
    </message>
    <message>
        <source>A card holder scans the poster at the door to stamp their own card.</source>
        <translation>Kart sahibi, kendi kartını damgalamak için kapıdaki afişi tarar.</translation>
    </message>
    <message>
        <source>Posters are signed by the server: join your organisation on the Sync page first.</source>
        <translation>Afişleri sunucu imzalar: önce Eşitleme sayfasından kuruluşunuza katılın.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n poster(s)</source>
        <translation>
            <numerusform>%n afiş bas</numerusform>
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
        <translation>Kartınız</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Kart kodu</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>%1 tarihinden itibaren geçerli</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>%1 tarihine kadar geçerli</translation>
    </message>
    <message>
        <source>Places to visit</source>
        <translation>Ziyaret edebileceğiniz yerler</translation>
    </message>
    <message>
        <source>Show this card at each place for a stamp</source>
        <translation>Damga almak için bu kartı her yerde gösterin</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Kijk op de Wijk: scan this code to stamp your card</source>
        <translation>Kijk op de Wijk: kartınıza damga almak için bu kodu okutun</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Bu cihaz henüz bir kuruluşa bağlı değil.</translation>
    </message>
    <message>
        <source>Type the person&apos;s code, as it is written in the logs.</source>
        <translation>Kişinin kodunu kayıtlarda yazıldığı gibi yazın.</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>Kayıtlar okunamadı: %1</translation>
    </message>
    <message>
        <source>No contact or visit carries this code on this device. Check the code, or sync first.</source>
        <translation>Bu cihazda bu kodu taşıyan bir temas veya ziyaret yok. Kodu kontrol edin ya da önce eşitleyin.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Hiçbir şey silinmedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n log(s). Every device erases its copies at its next sync. A receipt is kept.</source>
        <translation>
            <numerusform>%n kayıttan silindi. Her cihaz bir sonraki eşitlemede kendi kopyalarını siler. Bir makbuz saklandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Hiçbir şey değiştirilmedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>The name is erased from %n contact(s); the contacts stay. A receipt is kept.</source>
        <translation>
            <numerusform>Ad %n temastan silindi; temaslar kalıyor. Bir makbuz saklandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown request.</source>
        <translation>Bilinmeyen istek.</translation>
    </message>
    <message>
        <source>Done, but the receipt was not saved: %1</source>
        <translation>Yapıldı, ancak makbuz kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>A person&apos;s privacy request</source>
        <translation>Bir kişinin gizlilik talebi</translation>
    </message>
    <message>
        <source>The person&apos;s code, as it is written in the contacts and visits</source>
        <translation>Kişinin kodu, temaslarda ve ziyaretlerde yazıldığı gibi</translation>
    </message>
    <message>
        <source>The person&apos;s code</source>
        <translation>Kişinin kodu</translation>
    </message>
    <message>
        <source>Withdraw consent: erase the name</source>
        <translation>Onayı geri çek: adı sil</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Bu kişiyi sil</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Makbuzlar</translation>
    </message>
    <message>
        <source>No privacy requests carried out yet.</source>
        <translation>Henüz yerine getirilmiş gizlilik talebi yok.</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n log(s)</source>
        <translation>
            <numerusform>Silindi: %n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent withdrawn: the name erased from %n contact(s)</source>
        <translation>
            <numerusform>Onay geri çekildi: ad %n temastan silindi</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 tarafından</translation>
    </message>
    <message>
        <source>Erase this person from %1 contact(s) and %2 visit(s)? Their code, name, notes and what they do and need are removed; dates and counts stay. Every device erases its copies at its next sync. This cannot be undone.</source>
        <translation>Bu kişi %1 temastan ve %2 ziyaretten silinsin mi? Kodu, adı, notlar ve ne yaptığı ve neye ihtiyaç duyduğu kaldırılır; tarihler ve sayılar kalır. Her cihaz bir sonraki eşitlemede kendi kopyalarını siler. Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name from %1 contact(s)? The contacts themselves stay. This cannot be undone.</source>
        <translation>Bu kişinin adı %1 temastan silinsin mi? Temasların kendisi kalır. Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Erase the name</source>
        <translation>Adı sil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
</context>
<context>
    <name>QrScanner</name>
    <message>
        <source>QR code scanner</source>
        <translation>QR kod okuyucu</translation>
    </message>
    <message>
        <source>No camera available: type the code instead.</source>
        <translation>Kamera yok: bunun yerine kodu yazın.</translation>
    </message>
</context>
<context>
    <name>QrViewfinder</name>
    <message>
        <source>Hold the QR code inside the square.</source>
        <translation>QR kodunu karenin içinde tutun.</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Bu cihaz henüz bir kuruluşa bağlı değil.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the logs themselves.</source>
        <translation>Kayıtların kendisini yalnızca bir koordinatör dışa aktarabilir.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Şuraya yazılamıyor: %1.</translation>
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
        <translation>%1: gizli</translation>
    </message>
    <message>
        <source>%1: fewer than 5</source>
        <translation>%1: 5&apos;ten az</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>%1. hafta</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>This device is not part of an organisation yet.</source>
        <translation>Bu cihaz henüz bir kuruluşa bağlı değil.</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Son 12 hafta</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zaman içinde</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>No logs in this period yet.</source>
        <translation>Bu dönemde henüz kayıt yok.</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 people are shown as &lt;5, and a figure that would give one away as x.</source>
        <translation>5 kişiden küçük gruplar &lt;5, birini ele verebilecek bir sayı ise x olarak gösterilir.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV dışa aktar</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>Export the logs (no personal data)</source>
        <translation>Kayıtları dışa aktar (kişisel veri olmadan)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Göre göster</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sayılan</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%2 başına %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Kaydedilen dosyayı aç</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample: invented places and logs, only on this phone.</source>
        <translation>Örnek: uydurma yerler ve kayıtlar, yalnızca bu telefonda.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Katıl</translation>
    </message>
    <message>
        <source>Join my organisation</source>
        <translation>Kuruluşuma katıl</translation>
    </message>
    <message>
        <source>Sample: these places and times are invented.</source>
        <translation>Örnek: bu yerler ve saatler uydurmadır.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample neighbourhood could not be loaded: the phone&apos;s storage refused it.</source>
        <translation>Örnek mahalle yüklenemedi: telefonun depolama alanı reddetti.</translation>
    </message>
    <message>
        <source>This phone already holds a neighbourhood, so the sample was not loaded.</source>
        <translation>Bu telefonda zaten bir mahalle var, bu yüzden örnek yüklenmedi.</translation>
    </message>
</context>
<context>
    <name>ScanOrType</name>
    <message>
        <source>Card code</source>
        <translation>Kart kodu</translation>
    </message>
    <message>
        <source>This phone has no camera to read the poster. Ask the host to scan your card instead.</source>
        <translation>Bu telefonda afişi okuyacak kamera yok. Bunun yerine ev sahibinden kartınızı okutmasını isteyin.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Kodu kontrol et</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>Kamerayla okut</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>How often</source>
        <translation>Ne sıklıkla</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Her hafta</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>İki haftada bir</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Ayda bir</translation>
    </message>
    <message>
        <source>On fixed dates</source>
        <translation>Belirli tarihlerde</translation>
    </message>
    <message>
        <source>Which one in the month</source>
        <translation>Ayın hangisi</translation>
    </message>
    <message>
        <source>First</source>
        <translation>İlk</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>İkinci</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Üçüncü</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Dördüncü</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Haftanın günü</translation>
    </message>
    <message>
        <source>First date (day-month-year); the weeks are counted from it</source>
        <translation>İlk tarih (gün-ay-yıl); haftalar bu tarihten sayılır</translation>
    </message>
    <message>
        <source>Starts on (day-month-year, may stay empty)</source>
        <translation>Başlangıç (gün-ay-yıl, boş kalabilir)</translation>
    </message>
    <message>
        <source>e.g. 19-12-2026</source>
        <translation>örn. 19-12-2026</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Tarih ekle</translation>
    </message>
    <message>
        <source>From (hh:mm)</source>
        <translation>Başlangıç (ss:dd)</translation>
    </message>
    <message>
        <source>Until (hh:mm)</source>
        <translation>Bitiş (ss:dd)</translation>
    </message>
    <message>
        <source>Not on public holidays</source>
        <translation>Resmî tatillerde değil</translation>
    </message>
    <message>
        <source>Not on these dates</source>
        <translation>Bu tarihlerde değil</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>İstisna ekle</translation>
    </message>
    <message>
        <source>The next dates</source>
        <translation>Sonraki tarihler</translation>
    </message>
    <message>
        <source>With this schedule there is no date in the coming year.</source>
        <translation>Bu programla önümüzdeki yıl hiçbir tarih yok.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 atla</translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation>Birkaç haftada bir</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>Kaç haftada bir</translation>
    </message>
    <message>
        <source>Every how many months</source>
        <translation>Kaç ayda bir</translation>
    </message>
    <message>
        <source>First date (day-month-year); the months are counted from it</source>
        <translation>İlk tarih (gün-ay-yıl); aylar bu tarihten sayılır</translation>
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
    <message>
        <source>On %1</source>
        <translation>%1 tarihinde</translation>
    </message>
    <message numerus="yes">
        <source>On %n set date(s)</source>
        <translation>
            <numerusform>Belirli %n tarihte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampCardPage</name>
    <message>
        <source>Stamp a card</source>
        <translation>Kart damgala</translation>
    </message>
    <message>
        <source>Stamping for</source>
        <translation>Damgalanan yer</translation>
    </message>
    <message>
        <source>Choose the place</source>
        <translation>Yeri seçin</translation>
    </message>
    <message>
        <source>Each card gets one stamp per place per day. The card is checked on this phone; no network is needed.</source>
        <translation>Her kart, her yer için günde bir damga alır. Kart bu telefonda kontrol edilir; internet gerekmez.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Stamped on %1</source>
        <translation>%1 tarihinde damgalandı</translation>
    </message>
    <message>
        <source>Visited on %1: waiting for the host to confirm</source>
        <translation>%1 tarihinde ziyaret edildi: ev sahibinin onayı bekleniyor</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Henüz ziyaret edilmedi</translation>
    </message>
    <message>
        <source>stamped</source>
        <translation>damgalandı</translation>
    </message>
    <message>
        <source>waiting for the host</source>
        <translation>ev sahibini bekliyor</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>henüz ziyaret edilmedi</translation>
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
        <source>Not accepted by the server (kept on this device):</source>
        <translation>Sunucu tarafından kabul edilmedi (bu cihazda kalır):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Join your organisation</source>
        <translation>Kurumunuza katılın</translation>
    </message>
    <message>
        <source>Scan the QR code your coordinator gives you, or type the invite code and the server&apos;s address. A sign-in code (BUURTBRUG-JOIN:…) names its server: paste it into the code field. Until then everything stays on this phone.</source>
        <translation>Koordinatörünüzün verdiği QR kodunu okutun ya da davet kodunu ve sunucunun adresini yazın. Bir giriş kodu (BUURTBRUG-JOIN:…) sunucuyu kendisi belirtir: onu kod alanına yapıştırın. O zamana kadar her şey bu telefonda kalır.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Davet kodu</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>Yeniden katıl</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Teknik ayrıntı: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Choose the language of the app</source>
        <translation>Uygulamanın dilini seçin</translation>
    </message>
    <message>
        <source>Joining: waiting for the server…</source>
        <translation>Katılınıyor: sunucu bekleniyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Katılmayı iptal et</translation>
    </message>
    <message>
        <source>Phones of the organisation: invite or revoke</source>
        <translation>Kuruluşun telefonları: davet et veya yetkiyi kaldır</translation>
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
        <translation>Bu telefondaki fotoğraflar</translation>
    </message>
    <message>
        <source>Photos of the places on your card, the places you opened and the places nearby are kept here, up to the limit you choose. The places opened longest ago make room first; their photos come back when you open them again online.</source>
        <translation>Kartındaki yerlerin, açtığın yerlerin ve yakındaki yerlerin fotoğrafları, seçtiğin sınıra kadar burada saklanır. En uzun zaman önce açılan yerler önce yer açar; onları internete bağlıyken yeniden açtığında fotoğrafları geri gelir.</translation>
    </message>
    <message>
        <source>In use: %1 of %2</source>
        <translation>Kullanılan: %1 / %2</translation>
    </message>
    <message>
        <source>Limit for photos</source>
        <translation>Fotoğraflar için sınır</translation>
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
    <message>
        <source>Everything is synced.</source>
        <translation>Her şey eşitlendi.</translation>
    </message>
    <message>
        <source>Not connected — everything is kept on this phone.</source>
        <translation>Bağlantı yok — her şey bu telefonda saklanıyor.</translation>
    </message>
    <message>
        <source>The server cannot be reached — everything is kept on this phone. It tries again by itself.</source>
        <translation>Sunucuya ulaşılamıyor — her şey bu telefonda saklanıyor. Kendiliğinden yeniden dener.</translation>
    </message>
    <message>
        <source>Sync did not work this time — everything is kept on this phone. It tries again by itself.</source>
        <translation>Eşitleme bu sefer olmadı — her şey bu telefonda saklanıyor. Kendiliğinden yeniden dener.</translation>
    </message>
    <message>
        <source>This phone could not save what came in. Free some space; nothing was lost.</source>
        <translation>Bu telefon gelenleri kaydedemedi. Biraz yer açın; hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <source>The server does not allow this phone to sync this. Ask your coordinator.</source>
        <translation>Sunucu bu telefonun bunu eşitlemesine izin vermiyor. Koordinatörünüze sorun.</translation>
    </message>
    <message>
        <source>This phone was removed from the organisation. Ask your coordinator for a new invite; nothing unsent is lost.</source>
        <translation>Bu telefon kuruluştan çıkarıldı. Koordinatörünüzden yeni bir davet isteyin; gönderilmemiş hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Girişimler</translation>
    </message>
    <message>
        <source>Kijk op de Wijk cards</source>
        <translation>Kijk op de Wijk kartları</translation>
    </message>
    <message>
        <source>Field logs of %1</source>
        <extracomment>%1 is the organisation&apos;s short name, e.g. visserijplein</extracomment>
        <translation>%1 kayıtları</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Meeting people</source>
        <translation>İnsanlarla tanışmak</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Yemek</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Ruh sağlığı</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Yaşlılar</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Gönüllülük</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Danışmanlık</translation>
    </message>
    <message>
        <source>Informal carers</source>
        <translation>Bakım veren yakınlar</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Yaratıcılık</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Bahçecilik</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>Spor ve hareket</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>İş</translation>
    </message>
</context>
<context>
    <name>TranslationEditorPage</name>
    <message>
        <source>Translation</source>
        <translation>Çeviri</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Language of this translation</source>
        <translation>Bu çevirinin dili</translation>
    </message>
    <message>
        <source>This is the host&apos;s original text.</source>
        <translation>Bu, ev sahibinin orijinal metnidir.</translation>
    </message>
    <message>
        <source>Translated by a person.</source>
        <translation>Bir kişi tarafından çevrildi.</translation>
    </message>
    <message>
        <source>Waiting for someone to check it.</source>
        <translation>Birinin kontrol etmesi bekleniyor.</translation>
    </message>
    <message>
        <source>There is no text in this language yet.</source>
        <translation>Bu dilde henüz metin yok.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>One line for the list</source>
        <translation>Liste için tek satır</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Ask someone to check this translation</source>
        <translation>Bu çeviriyi birinin kontrol etmesini iste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Bir ad gerekli.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Name in %1: %2</source>
        <translation>Ad (%1): %2</translation>
    </message>
    <message>
        <source>One line in %1: %2</source>
        <translation>Tek satır (%1): %2</translation>
    </message>
    <message>
        <source>Description in %1: %2</source>
        <translation>Açıklama (%1): %2</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
</context>
<context>
    <name>WalkingLine</name>
    <message>
        <source>north</source>
        <translation>kuzey</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>kuzeydoğu</translation>
    </message>
    <message>
        <source>east</source>
        <translation>doğu</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>güneydoğu</translation>
    </message>
    <message>
        <source>south</source>
        <translation>güney</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>güneybatı</translation>
    </message>
    <message>
        <source>west</source>
        <translation>batı</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>kuzeybatı</translation>
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
        <translation>yaklaşık %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation>
            <numerusform>%n dk yürüme</numerusform>
        </translation>
    </message>
</context>
</TS>
