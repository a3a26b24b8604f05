#include "typedinput.h"

#include <QTest>

// What a person types into the desk's form, read as they meant it.
class TestTypedInput : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dutch") << "19-12-2026" << QDate(2026, 12, 19);
        QTest::newRow("one digit day") << "5-1-2027" << QDate(2027, 1, 5);
        QTest::newRow("slashes") << "19/12/2026" << QDate(2026, 12, 19);
        QTest::newRow("dots, spaces around") << "  19.12.2026 " << QDate(2026, 12, 19);
        QTest::newRow("iso") << "2026-12-19" << QDate(2026, 12, 19);
        QTest::newRow("arabic-indic digits") << u"١٩-١٢-٢٠٢٦"_qs << QDate(2026, 12, 19);
        QTest::newRow("persian digits") << u"۱۹/۱۲/۲۰۲۶"_qs << QDate(2026, 12, 19);
        QTest::newRow("no such day") << "30-02-2026" << QDate();
        QTest::newRow("two-digit year") << "19-12-26" << QDate();
        QTest::newRow("words") << "next tuesday" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }
    void dates()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QCOMPARE(TypedInput::date(typed), date);
    }

    void times_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("time");
        QTest::newRow("as stored") << "12:00" << "12:00";
        QTest::newRow("one hour digit") << "9:30" << "09:30";
        QTest::newRow("dot") << "9.30" << "09:30";
        QTest::newRow("arabic-indic") << u"١٤:٠٠"_qs << "14:00";
        QTest::newRow("hour 24") << "24:00" << "";
        QTest::newRow("minute 60") << "12:60" << "";
        QTest::newRow("no minutes") << "12" << "";
    }
    void times()
    {
        QFETCH(QString, typed);
        QFETCH(QString, time);
        QCOMPARE(TypedInput::time(typed), time);
    }

    void degrees()
    {
        QCOMPARE(TypedInput::degrees("51.9105"), std::optional<double>(51.9105));
        QCOMPARE(TypedInput::degrees("51,9105"), std::optional<double>(51.9105)); // a Dutch decimal comma
        QCOMPARE(TypedInput::degrees("-4.5"), std::optional<double>(-4.5));
        QCOMPARE(TypedInput::degrees(u"٥١٫٩"_qs), std::optional<double>(51.9)); // the Arabic decimal separator
        QCOMPARE(TypedInput::degrees(u"٥١.٩"_qs), std::optional<double>(51.9));
        QVERIFY(!TypedInput::degrees("51.9105, 4.45"));
        QVERIFY(!TypedInput::degrees("north"));
        QVERIFY(!TypedInput::degrees("1e3"));
        QVERIFY(!TypedInput::degrees(""));
    }

    void dateText()
    {
        QCOMPARE(TypedInput::dateText(QDate(2027, 1, 5)), QString("05-01-2027"));
        QCOMPARE(TypedInput::dateText(QDate()), QString());
    }
};

QTEST_GUILESS_MAIN(TestTypedInput)
#include "tst_typedinput.moc"
