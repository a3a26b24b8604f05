#include "searchtext.h"

#include <QTest>

// Search folding: what people type must find what is stored, however either was written.
class TestSearchText : public QObject
{
    Q_OBJECT

    // What the MATCH expression asks of FTS5: every typed word is a prefix of a stored word (a
    // typed word ending in "i" may also continue as the "y" of a folded Dutch "ij").
    static bool found(const QString &typed, const QString &stored)
    {
        const QStringList storedWords = SearchText::words(stored);
        const QStringList typedWords = SearchText::words(typed);
        if (typedWords.isEmpty())
            return false;
        for (const QString &word : typedWords) {
            QString withY = word;
            if (withY.endsWith(u'i'))
                withY.back() = u'y';
            const auto matches
                = [&](const QString &s) { return s.startsWith(word) || s.startsWith(withY); };
            if (std::none_of(storedWords.begin(), storedWords.end(), matches))
                return false;
        }
        return true;
    }

    // fold() returns lower-case letters and digits, words separated by single spaces.
    static void verifyShape(const QString &folded)
    {
        QVERIFY2(!folded.startsWith(u' ') && !folded.endsWith(u' ') && !folded.contains(u"  "),
            qPrintable(folded));
        const auto allowed
            = [](QChar c) { return c == u' ' || c.isLetterOrNumber() || c.isSurrogate(); };
        QVERIFY2(std::all_of(folded.begin(), folded.end(), allowed), qPrintable(folded));
        QCOMPARE(SearchText::fold(folded), folded); // idempotent
    }

private slots:
    void foldsTo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces and punctuation") << u"  Café  de   Hoek! "_qs << u"cafe de hoek"_qs;
        QTest::newRow("tr İ, no U+0307 left") << u"İstanbul"_qs << u"istanbul"_qs;
        QTest::newRow("tr ı U+0131 and I") << u"ıI"_qs << u"ii"_qs;
        QTest::newRow("de ß") << u"Straße"_qs << u"strasse"_qs;
        QTest::newRow("nl ij") << u"Vrijwilligers"_qs << u"vrywilligers"_qs;
        QTest::newRow("nl IJ at start") << u"IJsselmonde"_qs << u"ysselmonde"_qs;
        QTest::newRow("nl ĳ U+0133") << u"ĳs"_qs << u"ys"_qs;
        QTest::newRow("nl i j across words") << u"mini jurk"_qs << u"mini jurk"_qs;
        QTest::newRow("pl") << u"Łódź"_qs << u"lodz"_qs;
        QTest::newRow("is þ ð") << u"Þórður"_qs << u"thordur"_qs;
        QTest::newRow("vi đ") << u"Đường phố"_qs << u"duong pho"_qs;
        QTest::newRow("ar tashkeel") << u"مَطْبَخ"_qs << u"مطبخ"_qs;
        // أ U+0623, إ U+0625, آ U+0622, ٱ U+0671 all become ا U+0627
        QTest::newRow("ar alef forms") << u"أإآٱ"_qs << u"اااا"_qs;
        QTest::newRow("ar ta marbuta U+0629") << u"مدرسة"_qs << u"مدرسه"_qs;
        QTest::newRow("ar definite article dropped") << u"المدرسة"_qs << u"مدرسه"_qs;
        QTest::newRow("ar article kept on a short word") << u"الحي"_qs << u"الحي"_qs;
        QTest::newRow("ar standalone hamza U+0621 kept") << u"سماء"_qs << u"سماء"_qs;
        QTest::newRow("ar-indic digits") << u"٠١٢٣٤٥٦٧٨٩"_qs << u"0123456789"_qs;
        QTest::newRow("extended ar-indic digits") << u"۰۱۲۳۴۵۶۷۸۹"_qs << u"0123456789"_qs;
        QTest::newRow("apostrophes split") << u"rock'n’roll"_qs << u"rock n roll"_qs;
        QTest::newRow("soft hyphen U+00AD joins") << u"buurt\u00ADhuis"_qs << u"buurthuis"_qs;
        QTest::newRow("el final sigma") << u"ΚΑΦΕΣ καφές"_qs << u"καφεσ καφεσ"_qs;
    }
    void foldsTo()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(SearchText::fold(text), folded);
        verifyShape(SearchText::fold(text));
    }

    void findsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("sameFold"); // false: typed is only a prefix
        const auto row = [](const char *name, const QString &typed, const QString &stored,
                             bool same = true) { QTest::newRow(name) << typed << stored << same; };
        row("nl café", u"cafe"_qs, u"café"_qs);
        row("nl CAFÉ", u"CAFÉ"_qs, u"Café"_qs);
        row("nl é decomposed e+U+0301", u"cafe\u0301"_qs, u"caf\u00E9"_qs);
        row("nl Buurthuis", u"buurthuis"_qs, u"Buurthuis"_qs);
        row("nl ij typed y", u"vrywilligers"_qs, u"Vrijwilligers"_qs);
        row("nl IJ capitals", u"VRIJWILLIGERS"_qs, u"Vrijwilligers"_qs);
        row("nl ĳ ligature U+0133", u"vrĳwilligers"_qs, u"Vrijwilligers"_qs);
        row("nl IJsselmonde", u"ijsselmonde"_qs, u"IJsselmonde"_qs);
        row("nl Ĳ ligature U+0132", u"ĲSSELMONDE"_qs, u"IJsselmonde"_qs);
        row("nl byeenkomst", u"byeenkomst"_qs, u"bijeenkomst"_qs);
        row("nl diaeresis", u"cooperatie naief"_qs, u"coöperatie naïef"_qs);
        row("nl prefix", u"buurt"_qs, u"Buurthuis"_qs, false);
        row("nl prefix before ij", u"vri"_qs, u"Vrijwilligers"_qs, false);
        row("nl prefix with ij", u"Vrij"_qs, u"vrijwilligers"_qs, false);
        row("nl two prefixes", u"café buurt"_qs, u"Buurthuis Café de Hoek"_qs, false);
        row("tr istanbul", u"istanbul"_qs, u"İstanbul"_qs);
        row("tr ISTANBUL", u"ISTANBUL"_qs, u"İstanbul"_qs);
        row("tr ıstanbul U+0131", u"ıstanbul"_qs, u"İstanbul"_qs);
        row("tr İSTANBUL", u"İSTANBUL"_qs, u"istanbul"_qs);
        row("tr Çay", u"cay"_qs, u"Çay"_qs);
        row("tr şehir", u"sehir"_qs, u"şehir"_qs);
        row("tr dağ", u"dag"_qs, u"dağ"_qs);
        row("tr ÖĞRETMEN", u"ÖĞRETMEN"_qs, u"ogretmen"_qs);
        row("tr Üsküdar", u"uskudar"_qs, u"Üsküdar"_qs);
        row("tr IŞIK", u"IŞIK"_qs, u"ışık"_qs);
        // ş U+015F (cedilla) and ș U+0219 (comma below) look alike
        row("ro comma below", u"\u0219ehir"_qs, u"\u015Fehir"_qs);
        row("pl Łódź", u"lodz"_qs, u"Łódź"_qs);
        row("pl źródło", u"zrodlo"_qs, u"źródło"_qs);
        row("pl Gdańsk", u"gdansk"_qs, u"Gdańsk"_qs);
        row("pl ŻÓŁW", u"ŻÓŁW"_qs, u"zolw"_qs);
        row("de ß", u"strasse"_qs, u"Straße"_qs);
        row("de capital ẞ U+1E9E", u"GROẞ"_qs, u"groß"_qs);
        row("de ü", u"grusse"_qs, u"Grüße"_qs);
        row("da ø", u"soren"_qs, u"Søren"_qs);
        row("da Ø", u"ORSTED"_qs, u"Ørsted"_qs);
        row("da æ", u"aeble"_qs, u"Æble"_qs);
        row("no å", u"alesund"_qs, u"Ålesund"_qs);
        row("el accents", u"καφες"_qs, u"Καφές"_qs);
        row("el capitals", u"ΑΘΗΝΑ"_qs, u"Αθήνα"_qs);
        row("ru ё", u"елка"_qs, u"Ёлка"_qs);
        row("he niqqud", u"שלום"_qs, u"שָׁלוֹם"_qs);
        row("vi", u"pho"_qs, u"Phở"_qs);
        row("full-width", u"ＣＡＦＥ"_qs, u"cafe"_qs);
        row("ar tashkeel", u"مطبخ"_qs, u"مَطْبَخ"_qs);
        row("ar shadda tanwin", u"مدرسه"_qs, u"مُدَرِّسَةٌ"_qs);
        row("ar superscript alef U+0670", u"هذا"_qs, u"هٰذا"_qs);
        row("ar alef hamza above U+0623", u"احمد"_qs, u"أحمد"_qs);
        row("ar alef hamza below U+0625", u"إحمد"_qs, u"أحمد"_qs);
        row("ar alef madda U+0622", u"آحمد"_qs, u"احمد"_qs);
        row("ar alef wasla U+0671", u"السلام"_qs, u"ٱلسلام"_qs);
        row("ar ta marbuta", u"مدرسه"_qs, u"مدرسة"_qs);
        row("ar alef maqsura U+0649", u"مستشفي"_qs, u"مستشفى"_qs);
        row("ar hamza on waw U+0624", u"موتمر"_qs, u"مؤتمر"_qs);
        row("ar hamza on ya U+0626", u"رييس"_qs, u"رئيس"_qs);
        row("ar tatweel U+0640", u"مـطـبـخ"_qs, u"مطبخ"_qs);
        // presentation forms U+FEE3 U+FEC4 U+FE92 U+FEA6
        row("ar presentation forms", u"\uFEE3\uFEC4\uFE92\uFEA6"_qs, u"مطبخ"_qs);
        row("ar digits", u"٣"_qs, u"3"_qs);
        row("ar year", u"٢٠٢٤"_qs, u"2024"_qs);
        row("fa keheh U+06A9", u"کتاب"_qs, u"كتاب"_qs);
        row("fa yeh U+06CC", u"فارسی"_qs, u"فارسي"_qs);
        row("fa digits", u"۳"_qs, u"3"_qs);
        row("ar bidi marks", u"\u200Fمطبخ\u200F"_qs, u"مطبخ"_qs);
        row("ar prefix", u"مطب"_qs, u"مطبخ المدرسة"_qs, false);
    }
    void findsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(bool, sameFold);
        verifyShape(SearchText::fold(typed));
        if (sameFold)
            QCOMPARE(SearchText::fold(typed), SearchText::fold(stored));
        QVERIFY(found(typed, stored));
    }

    void keepsApart_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("cafe cave") << u"cafe"_qs << u"cave"_qs;
        QTest::newRow("ar bayt bint") << u"بيت"_qs << u"بنت"_qs;
        QTest::newRow("ar kitchen office") << u"مطبخ"_qs << u"مكتب"_qs;
        QTest::newRow("longer than stored") << u"buurthuis"_qs << u"buurt"_qs;
        QTest::newRow("tr sehir sahir") << u"şehir"_qs << u"sahir"_qs;
        QTest::newRow("digits") << u"٣"_qs << u"4"_qs;
        QTest::newRow("every word must match") << u"cafe izmir"_qs << u"Café İstanbul"_qs;
        QTest::newRow("he shalom shalem") << u"שלום"_qs << u"שלם"_qs;
        QTest::newRow("nothing typed") << u"?!"_qs << u"cafe"_qs;
    }
    void keepsApart()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QVERIFY(SearchText::fold(typed) != SearchText::fold(stored));
        QVERIFY(!found(typed, stored));
    }

    void splitsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("punctuation, hyphen")
            << u"buurt-huis, café!"_qs << QStringList { "buurt", "huis", "cafe" };
        QTest::newRow("whitespace") << u"a\tb\n c"_qs << QStringList { "a", "b", "c" };
        QTest::newRow("only separators") << u" -?! "_qs << QStringList();
        // U+2615 hot beverage + U+FE0F variation selector; U+1F44D + skin tone U+1F3FD
        QTest::newRow("emoji") << u"koffie☕️ochtend 👍🏽top"_qs
                               << QStringList { "koffie", "ochtend", "top" };
        QTest::newRow("bidi embedding")
            << u"\u202Bمطبخ\u202C 12"_qs << QStringList { u"مطبخ"_qs, "12" };
        QTest::newRow("bidi isolates, LRM")
            << u"\u2066abc\u2069\u200Edef\u202Eg"_qs << QStringList { "abc", "def", "g" };
        QTest::newRow("ZWJ, ZWNJ") << u"a\u200Db\u200Cc"_qs << QStringList { "a", "b", "c" };
        QTest::newRow("math bold U+1D402..") << u"𝐂𝐚𝐟𝐞"_qs << QStringList { "cafe" };
        QTest::newRow("letter outside BMP U+2000B") << u"𠀋x"_qs << QStringList { u"𠀋x"_qs };
    }
    void splitsWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(SearchText::words(text), words);
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("two words") << u"Café İstanbul"_qs << u"\"cafe\"* \"istanbul\"*"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only punctuation") << u"?!… -- \"*"_qs << QString();
        QTest::newRow("quotes and operators")
            << u"foo\" OR bar*"_qs << u"\"foo\"* \"or\"* \"bar\"*"_qs;
        QTest::newRow("NEAR, column, caret")
            << u"NEAR(a b) title:x ^y"_qs << u"\"near\"* \"a\"* \"b\"* \"title\"* \"x\"* \"y\"*"_qs;
        QTest::newRow("ends in i") << u"vri"_qs << u"(\"vri\"* OR \"vry\"*)"_qs;
        QTest::newRow("ends in i, second word")
            << u"buurt vri"_qs << u"\"buurt\"* AND (\"vri\"* OR \"vry\"*)"_qs;
        QTest::newRow("more than 8 words")
            << u"a b c d e f g h k l"_qs
            << u"\"a\"* \"b\"* \"c\"* \"d\"* \"e\"* \"f\"* \"g\"* \"h\"*"_qs;
        const QString longWord(100, u'a');
        QTest::newRow("word capped at 64") << longWord << u'"' + longWord.left(64) + u"\"*"_qs;
        // Cutting at 64 must not split the surrogate pair of U+2000B
        QTest::newRow("cap keeps pairs whole")
            << QString(63, u'a') + u"𠀋"_qs << u'"' + QString(63, u'a') + u"\"*"_qs;
    }
    void matchExpression()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SearchText::matchExpression(typed), expression);
    }

    void foldsHugeText()
    {
        QString text;
        while (text.size() < 100000)
            text += u"Café İstanbul مَطْبَخ ĳs 👍 \u202E-"_qs;
        text.truncate(100000);
        const QString folded = SearchText::fold(text);
        verifyShape(folded);
        QVERIFY(folded.startsWith(u"cafe istanbul مطبخ ys cafe"));
        QCOMPARE(SearchText::matchExpression(text).count(u'*'), SearchText::maxQueryWords);
        const QString oneWord(100000, u'x');
        QCOMPARE(SearchText::fold(oneWord), oneWord);
        QCOMPARE(SearchText::matchExpression(oneWord).size(), SearchText::maxQueryWordLength + 3);
    }
};

QTEST_APPLESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
