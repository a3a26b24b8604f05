#include "cardcode.h"

#include <QSet>
#include <QTest>

// Card codes as people type them from paper: every single wrong character and every swap of
// two neighbours is caught, typing habits (case, spaces, dashes, S for 5) are forgiven, and
// the characters that look alike are not on cards at all.
class TestCardCode : public QObject
{
    Q_OBJECT

private slots:
    void theAlphabetHasNoLookalikes()
    {
        const QString alphabet = QString::fromLatin1(CardCode::alphabet);
        QCOMPARE(alphabet.size(), CardCode::alphabetSize);
        for (const char c : { '0', 'O', '1', 'I', 'S' })
            QVERIFY2(!alphabet.contains(QLatin1Char(c)), &c);
        QCOMPARE(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), CardCode::alphabetSize);
    }

    void generatedCodesAreValidAndDiffer()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString code = CardCode::generate();
            QCOMPARE(code.size(), CardCode::length);
            QCOMPARE(CardCode::parse(code).value_or(QString()), code);
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 2000);
    }

    // Exhaustive over 300 random codes: 9 positions × 30 wrong characters, and 8 swaps.
    void everySingleTypoAndNeighbourSwapIsCaught()
    {
        int typos = 0;
        int swaps = 0;
        for (int n = 0; n < 300; ++n) {
            const QString code = CardCode::generate();
            for (int i = 0; i < code.size(); ++i) {
                for (const char c : QByteArray(CardCode::alphabet)) {
                    if (QLatin1Char(c) == code.at(i))
                        continue;
                    QString typo = code;
                    typo[i] = QLatin1Char(c);
                    QVERIFY2(!CardCode::parse(typo), qPrintable(code + " → " + typo));
                    ++typos;
                }
                if (i + 1 < code.size() && code.at(i) != code.at(i + 1)) {
                    QString swapped = code;
                    std::swap(swapped[i], swapped[i + 1]);
                    QVERIFY2(!CardCode::parse(swapped), qPrintable(code + " → " + swapped));
                    ++swaps;
                }
            }
        }
        QCOMPARE(typos, 300 * 9 * 30);
        QVERIFY(swaps > 300 * 7);
    }

    void typingHabitsAreForgiven()
    {
        const QString code = CardCode::generate();
        const QString shown = CardCode::display(code);
        QCOMPARE(shown.size(), 11);
        QCOMPARE(shown.at(3), QLatin1Char('-'));
        QCOMPARE(CardCode::parse(shown).value_or(QString()), code);
        QCOMPARE(CardCode::parse(" " + shown.toLower() + " ").value_or(QString()), code);
        QCOMPARE(CardCode::parse(code.left(4) + " " + code.mid(4)).value_or(QString()), code);
        QString withS = code;
        withS.replace('5', 'S');
        QCOMPARE(CardCode::parse(withS).value_or(QString()), code);
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lookalike O") << "K7Q-M4P-XO9" << "no 0, O, 1 or I";
        QTest::newRow("digit one") << "17Q-M4P-XR9" << "no 0, O, 1 or I";
        QTest::newRow("too short") << "K7Q-M4P" << "has 9 characters, this has 6";
        QTest::newRow("too long") << "K7Q-M4P-XR9-A" << "has 9 characters, this has 10";
        QTest::newRow("foreign") << "K7Q-M4P-XR€" << "only the letters and digits";
        QTest::newRow("arabic digits") << "٣٣٣٣٣٣٣٣٣" << "only the letters and digits";
        QTest::newRow("empty") << "" << "has 9 characters, this has 0";
    }
    void mistakesAreNamed()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!CardCode::parse(typed, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void aTypoIsReportedAsSuch()
    {
        QString code = CardCode::generate();
        code[2] = code.at(2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QString why;
        QVERIFY(!CardCode::parse(code, &why));
        QVERIFY2(why.contains("typing error"), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestCardCode)
#include "tst_cardcode.moc"
