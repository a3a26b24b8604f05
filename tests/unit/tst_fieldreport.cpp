#include "csv.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "fieldlog.h"
#include "fieldreport.h"
#include "rawlogexport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// The reports funders ask for, from logs made through FieldLog on the real store: the right
// counts per week, month, initiative, language, theme and chip; no group under five people
// shown, nor one that can be worked out from the total; CSV a spreadsheet opens safely.
class TestFieldReport : public QObject
{
    Q_OBJECT

    const QDate today { 2026, 11, 29 }; // Sunday of ISO week 48
    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_org = nullptr;
    DocumentDatabase *m_directory = nullptr;
    QStringList m_contacts;

    FieldLog log() { return FieldLog(*m_org, m_directory, [this] { return today; }); }

    FieldReport::Report report(QDate from, QDate to, FieldReport::Period period = FieldReport::Period::Week)
    {
        Result<FieldReport::Report> r = FieldReport::compute(*m_org, m_directory, { from, to, period, 5 });
        if (!r.ok())
            qWarning() << r.error().reason;
        return r.ok() ? r.value() : FieldReport::Report {};
    }

    static QStringList lines(const QByteArray &csv, const QString &table)
    {
        QStringList out;
        for (const QString &line : QString::fromUtf8(csv).split("\r\n", Qt::SkipEmptyParts)) {
            if (line.startsWith(table + ","))
                out.append(line);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.open(m_dir.path(), true).ok());
        m_org = m_folder.database("org-visserijplein", true).value();
        m_directory = m_folder.database("directory", true).value();
        const QList<QJsonObject> directory {
            { { "_id", "initiative:sirene" }, { "type", "initiative" }, { "slug", "sirene" }, { "originalLanguage", "nl" },
              { "themes", QJsonArray { "food", "meeting" } } },
            { { "_id", "initiative:taalcafe" }, { "type", "initiative" }, { "slug", "taalcafe" }, { "originalLanguage", "nl" },
              { "themes", QJsonArray { "language" } } },
        };
        for (const WriteResult &r : m_directory->bulkDocs(directory, true))
            QVERIFY(r.error.ok());

        FieldLog fieldLog = log();
        QVERIFY(fieldLog.logVisit({ "initiative:sirene", {}, QDate(2026, 11, 24), 14, {} }).ok());
        QVERIFY(fieldLog.logVisit({ "initiative:sirene", {}, QDate(2026, 11, 17), 12, {} }).ok());
        QVERIFY(fieldLog.logVisit({ "initiative:taalcafe", {}, QDate(2026, 11, 18), 3, {} }).ok());
        for (int i = 0; i < 6; ++i)
            m_contacts.append(fieldLog.logContact({ QString("p%1").arg(i), {}, false, QDate(2026, 11, 25), "market", "ar",
                                                    {}, { "company" }, {}, "initiative", "initiative:taalcafe", {} })
                                      .value());
        QVERIFY(fieldLog.setReferralStatus(m_contacts[0], "arrived").ok());
        QVERIFY(fieldLog.setReferralStatus(m_contacts[1], "arrived").ok());
        QVERIFY(fieldLog.setReferralStatus(m_contacts[2], "not-arrived").ok());
        for (int i = 0; i < 2; ++i)
            QVERIFY(fieldLog.logContact({ QString("q%1").arg(i), {}, false, QDate(2026, 11, 19), "phone", "tr", {}, {}, {},
                                          {}, {}, {} })
                            .ok());
        for (int i = 0; i < 7; ++i)
            QVERIFY(fieldLog.logTally({ QDate(2026, 11, 24), "ar", { i < 5 ? "chat" : "cooking" }, { "=HYPERLINK(\"x\")" }, {} }).ok());
        // Taken back with Undo: not counted anywhere.
        const QString mistake = fieldLog.logTally({ QDate(2026, 11, 24), "ar", { "chat" }, {}, {} }).value();
        QVERIFY(fieldLog.undo(mistake).ok());
    }

    void weeksCountPeopleAndHideSmallGroups()
    {
        const FieldReport::Report r = report(QDate(2026, 11, 16), today);
        QCOMPARE(r.logs, 3 + 8 + 7);
        const QByteArray csv = FieldReport::toCsv(r);
        QVERIFY(csv.startsWith("table,group,label,attendance,contacts,conversations,referrals_made,referrals_arrived\r\n"));
        // Week 47: two contacts (<5); week 48: six contacts, hidden too (x), since the total
        // of eight would give them away. Two arrived referrals: hidden, total included.
        QCOMPARE(lines(csv, "week"), QStringList({ "week,2026-W47,2026-W47,15,<5,0,0,0",
                                                   "week,2026-W48,2026-W48,14,x,7,6,<5",
                                                   "week,total,total,29,8,7,6,<5" }));
    }

    void trailingEmptyWeeksAreZerosInTimeOrder()
    {
        // Logs in weeks 47 and 48; the range runs on to Sunday 13 December (week 50).
        const FieldReport::Report r = report(QDate(2026, 11, 9), QDate(2026, 12, 13));
        QCOMPARE(lines(FieldReport::toCsv(r), "week"),
                 QStringList({ "week,2026-W46,2026-W46,0,0,0,0,0", "week,2026-W47,2026-W47,15,<5,0,0,0",
                               "week,2026-W48,2026-W48,14,x,7,6,<5", "week,2026-W49,2026-W49,0,0,0,0,0",
                               "week,2026-W50,2026-W50,0,0,0,0,0", "week,total,total,29,8,7,6,<5" }));
    }

    void monthsInitiativesLanguagesThemesAndChips()
    {
        const FieldReport::Report r = report(QDate(2026, 11, 1), QDate(2026, 11, 30), FieldReport::Period::Month);
        const QByteArray csv = FieldReport::toCsv(r, [](const QString &table, const QString &group) {
            return table == "initiative" && group == "initiative:sirene" ? QString("Sirenelunch, West") : group;
        });
        QCOMPARE(lines(csv, "month"), QStringList({ "month,2026-11,2026-11,29,8,7,6,<5", "month,total,total,29,8,7,6,<5" }));
        // Three at the taalcafé are too few to show, and the Sirene's 26 would give them away.
        QCOMPARE(lines(csv, "initiative"),
                 QStringList({ "initiative,initiative:sirene,\"Sirenelunch, West\",x,0,0,0,0",
                               "initiative,initiative:taalcafe,initiative:taalcafe,<5,0,0,6,<5",
                               "initiative,total,total,29,8,7,6,<5" }));
        QCOMPARE(lines(csv, "language"), QStringList({ "language,ar,ar,0,x,7,6,<5", "language,tr,tr,0,<5,0,0,0",
                                                       "language,total,total,29,8,7,6,<5" }));
        const QStringList themes = lines(csv, "theme");
        QVERIFY2(themes.contains("theme,language,language,<5,0,0,6,<5"), qPrintable(themes.join('\n')));
        QCOMPARE(lines(csv, "does"), QStringList({ "does,chat,chat,0,0,x,0,0", "does,cooking,cooking,0,0,<5,0,0",
                                                   "does,total,total,29,8,7,6,<5" }));
        // A chip that a spreadsheet would run as a formula stays text.
        QVERIFY2(csv.contains("needs,'=HYPERLINK(\"\"x\"\"),'=HYPERLINK(\"\"x\"\"),0,0,7,0,0")
                         || csv.contains("needs,\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\",0,0,7,0,0"),
                 csv.constData());
        QVERIFY(csv.contains("needs,company,company,0,6,0,6,<5"));
    }

    void jsonHasTheSameFiguresAsCsv()
    {
        const QJsonObject json = FieldReport::toJson(report(QDate(2026, 11, 16), today));
        QCOMPARE(json.value("minimumGroup").toInt(), 5);
        const QJsonObject week = json.value("tables").toArray().at(0).toObject();
        QCOMPARE(week.value("name").toString(), QString("week"));
        const QJsonObject w48 = week.value("rows").toArray().at(1).toObject().value("values").toObject();
        QCOMPARE(w48.value("attendance").toInt(), 14);
        QCOMPARE(w48.value("contacts").toString(), QString("x"));
        QCOMPARE(week.value("rows").toArray().at(0).toObject().value("values").toObject().value("contacts").toString(), QString("<5"));
        QCOMPARE(week.value("total").toObject().value("values").toObject().value("contacts").toInt(), 8);
    }

    void anEmptyRangeAndABadRange()
    {
        const FieldReport::Report empty = report(QDate(2025, 1, 1), QDate(2025, 1, 31));
        QCOMPARE(empty.logs, 0);
        // Every week of the range is a row, as zeros: 2025-W01 to 2025-W05.
        QCOMPARE(empty.tables.at(0).rows.size(), 5);
        QCOMPARE(empty.tables.at(0).rows.first().group, QString("2025-W01"));
        QCOMPARE(empty.tables.at(0).rows.last().group, QString("2025-W05"));
        for (const FieldReport::Row &row : empty.tables.at(0).rows)
            QVERIFY(!row.cells[FieldReport::Attendance].suppressed && row.cells[FieldReport::Attendance].value == 0);
        QVERIFY(empty.tables.at(1).rows.isEmpty()); // no initiative without logs
        QCOMPARE(empty.tables.at(0).total.cells[FieldReport::Attendance].value, 0);
        Result<FieldReport::Report> backwards = FieldReport::compute(*m_org, m_directory, { today, today.addDays(-1) });
        QVERIFY(!backwards.ok());
        QVERIFY(backwards.error().reason.contains("from on or before to"));
    }

    void isoWeeksAcrossTheNewYear()
    {
        QCOMPARE(FieldReport::periodOf(QDate(2026, 12, 31), FieldReport::Period::Week), QString("2026-W53"));
        QCOMPARE(FieldReport::periodOf(QDate(2027, 1, 3), FieldReport::Period::Week), QString("2026-W53"));
        QCOMPARE(FieldReport::periodOf(QDate(2027, 1, 4), FieldReport::Period::Week), QString("2027-W01"));
        QCOMPARE(FieldReport::periodOf(QDate(2027, 1, 4), FieldReport::Period::Month), QString("2027-01"));
    }

    void rawLogsCarryNothingAboutAPerson()
    {
        FieldLog fieldLog = log();
        const QString named = fieldLog.logContact({ "zon-17", "Fatima", true, QDate(2026, 11, 20), "street", "ar",
                                                    { "debts" }, { "money" }, { "cooking" }, "formal", "schuldhulp", QDate(2026, 11, 27) },
                                                  Fix { { 51.9133, 4.4497 }, 5 })
                                      .value();
        const QByteArray csv = RawLogExport::toCsv(*m_org, QDate(2026, 11, 1), today).value();
        const QStringList rows = QString::fromUtf8(csv).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), RawLogExport::header());
        QCOMPARE(rows.size(), 1 + 3 + 8 + 7 + 1);
        for (const char *secret : { "zon-17", "Fatima", "debts", "money", "cooking\",", "p0", "consent", "2026-11-27" })
            QVERIFY2(!csv.contains(secret), secret);
        const QString line = rows.filter(named).value(0);
        QCOMPARE(line, named + ",contact,2026-11-20,,,,street,ar,,,formal,schuldhulp,made,,,");
        // A tally keeps its chips (a formula defused) and, logged without a fix, has no place.
        const QString tally = rows.filter(",tally,").first();
        QVERIFY2(tally.contains(",tally,2026-11-24,,,,,ar,") && tally.endsWith(",,,,,"), qPrintable(tally));
        QVERIFY2(tally.contains(",'=HYPERLINK(\"\"x\"\")") || tally.contains("\"'=HYPERLINK("), qPrintable(tally));
        QVERIFY(!RawLogExport::toCsv(*m_org, today, today.addDays(-1)).ok());
        QVERIFY(fieldLog.undo(named).ok());
    }

    void csvFields()
    {
        QCOMPARE(Csv::field("plain"), QString("plain"));
        QCOMPARE(Csv::field("a,b"), QString("\"a,b\""));
        QCOMPARE(Csv::field("say \"hi\""), QString("\"say \"\"hi\"\"\""));
        QCOMPARE(Csv::field("=1+1"), QString("'=1+1"));
        QCOMPARE(Csv::field("-2"), QString("'-2"));
        QCOMPARE(Csv::field("@SUM(A1)"), QString("'@SUM(A1)"));
        QCOMPARE(Csv::field("مرحبا"), QString("مرحبا"));
        QCOMPARE(Csv::field("two\nlines"), QString("\"two\nlines\""));
    }
};

QTEST_GUILESS_MAIN(TestFieldReport)
#include "tst_fieldreport.moc"
