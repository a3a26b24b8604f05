#include "printlabels.h"

#include <QFile>
#include <QMap>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

// The printed card's labels come from the .ts files translators see (context "PrintLabels"),
// through the embedded .qm, in the holder's language whatever the UI's.
class Tst_printlabels : public QObject
{
    Q_OBJECT

    // source → translation of the PrintLabels context of translations/buurtbrug_<language>.ts,
    // read here independently of lrelease; unfinished ones map to "".
    static QMap<QString, QString> fromTs(const QString &language)
    {
        QFile file(QStringLiteral(TRANSLATIONS_DIR "/buurtbrug_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QMap<QString, QString> found;
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "name"_L1)
                context = xml.readElementText();
            else if (xml.name() == "source"_L1)
                source = xml.readElementText();
            else if (xml.name() == "translation"_L1 && context == "PrintLabels"_L1) {
                const bool unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
                const QString text = xml.readElementText();
                found.insert(source, unfinished ? QString() : text);
            }
        }
        return found;
    }

private slots:
    void labelsAreTheTranslatorsTexts_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : { "nl", "en", "ar", "tr", "pl" })
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void labelsAreTheTranslatorsTexts()
    {
        QFETCH(QString, language);
        const QMap<QString, QString> ts = fromTs(language);
        QCOMPARE(ts.size(), 9); // every label is in the file translators see...
        for (auto it = ts.cbegin(); it != ts.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key())); // ...and translated
        const PrintLabels labels = PrintLabels::forLanguage(language);
        QCOMPARE(labels.language, language);
        QCOMPARE(labels.rightToLeft, language == "ar"_L1);
        QCOMPARE(labels.title, ts.value(u"Kijk op de Wijk"_s));
        QCOMPARE(labels.yourCard, ts.value(u"Your card"_s));
        QCOMPARE(labels.cardCode, ts.value(u"Card code"_s));
        QCOMPARE(labels.validFrom, ts.value(u"Valid from %1"_s));
        QCOMPARE(labels.validUntil, ts.value(u"Valid until %1"_s));
        QCOMPARE(labels.placesToVisit, ts.value(u"Places to visit"_s));
        QCOMPARE(labels.showCard, ts.value(u"Show this card at each place for a stamp"_s));
        QCOMPARE(labels.welcome, ts.value(u"Welcome"_s));
        QCOMPARE(labels.posterInstruction, ts.value(u"Kijk op de Wijk: scan this code to stamp your card"_s));
        if (language != "en"_L1)
            QVERIFY(labels.yourCard != u"Your card"_s);
    }

    void otherLanguagesGetDutch()
    {
        for (const QString &language : { u"fy"_s, u"ber"_s, u""_s, u"nl-BE"_s }) {
            const PrintLabels labels = PrintLabels::forLanguage(language);
            QCOMPARE(labels.language, u"nl"_s);
            QCOMPARE(labels.yourCard, u"Jouw kaart"_s);
        }
        QCOMPARE(PrintLabels::forLanguage(u"ar-MA"_s).language, u"ar"_s);
        QCOMPARE(PrintLabels::forLanguage(u"PL_pl"_s).language, u"pl"_s);
    }
};

QTEST_MAIN(Tst_printlabels)
#include "tst_printlabels.moc"
