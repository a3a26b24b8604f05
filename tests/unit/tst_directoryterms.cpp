#include "directoryterms.h"
#include "fieldlog.h"
#include "uilanguage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Issue 17, defect 8: themes showed as codes ("caregivers, creative, gardening, work" in a
// Dutch UI), spoken languages as "ber", "pap", "srn", and the tally had no Tamazight chip.
class TestDirectoryTerms : public QObject
{
    Q_OBJECT

    QStringList m_themes;
    QStringList m_spoken;

    static bool hasArabicLetters(const QString &text)
    {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0621 && c.unicode() <= 0x064A; });
    }

private slots:
    void initTestCase()
    {
        QFile file(SAMPLE_FILE);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray directory = QJsonDocument::fromJson(file.readAll()).object().value("databases").toObject().value("directory").toArray();
        for (const QJsonValue &doc : directory) {
            for (const QJsonValue &t : doc.toObject().value("themes").toArray())
                m_themes.append(t.toString());
            for (const QJsonValue &l : doc.toObject().value("languagesSpoken").toArray())
                m_spoken.append(l.toString());
        }
        m_themes.removeDuplicates();
        m_spoken.removeDuplicates();
        QVERIFY(m_themes.contains("gardening") && m_spoken.contains("ber"));
    }

    void everyThemeOfTheSampleHasANameInEveryUiLanguage()
    {
        UiLanguage language;
        for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
            language.setCode(choice.code);
            for (const QString &code : std::as_const(m_themes)) {
                QVERIFY2(DirectoryTerms::themeCodes().contains(code), qPrintable(code));
                const QString label = DirectoryTerms::themeLabel(code);
                QVERIFY2(label != code && !label.contains('-'), qPrintable(choice.code + ": " + code));
                if (choice.code == "ar")
                    QVERIFY2(hasArabicLetters(label), qPrintable(code + " = " + label));
            }
        }
        language.setCode("nl");
        QCOMPARE(DirectoryTerms::themeLabel("gardening"), QString("Tuinieren"));
        QCOMPARE(DirectoryTerms::themeLabel("repair-cafe"), QString("Repair cafe")); // unknown, still words
    }

    void everySpokenLanguageHasItsOwnNameAndOneInTheUiLanguage()
    {
        UiLanguage language;
        for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
            language.setCode(choice.code);
            for (const QString &code : std::as_const(m_spoken)) {
                const QString own = DirectoryTerms::nativeLanguageName(code);
                QVERIFY2(own != code && own.at(0) == own.at(0).toUpper(), qPrintable(code + " = " + own));
                QVERIFY2(!DirectoryTerms::languageLabel(code).isEmpty(), qPrintable(choice.code + ": " + code));
                if (choice.code == "ar" && code != "ar")
                    QVERIFY2(hasArabicLetters(DirectoryTerms::languageLabel(code)), qPrintable(code));
            }
        }
        QCOMPARE(DirectoryTerms::nativeLanguageName("ber"), QString("Tamaziɣt"));
        QCOMPARE(DirectoryTerms::nativeLanguageName("pap"), QString("Papiamentu"));
        QCOMPARE(DirectoryTerms::nativeLanguageName("srn"), QString("Sranantongo"));
        QCOMPARE(UiLanguage::nativeName("srn"), QString("Sranantongo"));
        QCOMPARE(DirectoryTerms::nativeLanguageName("xx"), QString("xx")); // nothing knows it
        // A worker's list in Dutch: own name and Dutch name, each isolated.
        language.setCode("nl");
        QCOMPARE(DirectoryTerms::languageDisplay("ar"), QString("\u2068العربية\u2069 (\u2068Arabisch\u2069)"));
        QCOMPARE(DirectoryTerms::languageDisplay("nl"), QString("\u2068Nederlands\u2069"));
    }

    void theTallyHasATamazightChip()
    {
        QVERIFY(FieldLog::tallyLanguages().contains("ber"));
    }
};

QTEST_MAIN(TestDirectoryTerms)
#include "tst_directoryterms.moc"
