#include "databasefolder.h"
#include "directoryedittext.h"
#include "directoryeditvalidator.h"
#include "directoryrepository.h"
#include "domainindexer.h"
#include "initiativeeditor.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using DirectoryEdit::FieldProblem;
using DirectoryEdit::Problem;

// Adding, editing and retiring initiatives and activities through InitiativeEditor on a real
// SQLite directory: each refusal names its field and code and stores nothing.
class TestInitiativeEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_db = nullptr;
    const QDate m_today { 2026, 12, 5 };

    static InitiativeDraft lunch()
    {
        InitiativeDraft d;
        d.texts.insert("nl", { "Sirenelunch", "Samen eten", "Elke dinsdag", "Bel aan bij de zijdeur", "original", {} });
        d.themes = QStringList { "food", "meeting" };
        d.street = "Schiedamseweg 1";
        d.postcode = "3026 AB";
        d.city = "Rotterdam";
        d.hasPosition = true;
        d.latitude = 51.9107;
        d.longitude = 4.4455;
        d.languagesSpoken = QStringList { "nl", "ar" };
        d.stepFree = true;
        d.phone = "010 123 4567";
        d.email = "info@example.nl";
        d.website = "https://example.nl/lunch";
        return d;
    }

    static QString describe(const EditOutcome &outcome)
    {
        QStringList parts { outcome.error.reason };
        for (const FieldProblem &p : outcome.problems)
            parts.append(p.field + '=' + DirectoryEdit::codeName(p.problem));
        return parts.join(' ');
    }

    qint64 docCount() { return m_db->info().value().docCount; }

    // Saves expecting exactly one refusal, and that nothing was written.
    void expectRefused(const InitiativeDraft &draft, const FieldProblem &expected)
    {
        InitiativeEditor editor(*m_db, m_today);
        const qint64 before = docCount();
        const qint64 seq = m_db->info().value().updateSeq;
        const EditOutcome outcome = editor.save(draft);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.problems.contains(expected),
                 qPrintable(expected.field + " " + DirectoryEdit::codeName(expected.problem) + " not among "
                            + QString::number(outcome.problems.size())));
        QCOMPARE(docCount(), before);
        QCOMPARE(m_db->info().value().updateSeq, seq);
        QVERIFY(!DirectoryEditText::message(expected.problem).isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.open(m_dir.path(), true).ok());
        m_db = m_folder.database("directory", true).value();
    }

    void addsAnInitiativeWithItsTexts()
    {
        InitiativeEditor editor(*m_db, m_today);
        InitiativeDraft draft = lunch();
        draft.texts.insert("ar", { "غداء سيرينه", {}, {}, {}, "needs-review", {} });
        const EditOutcome outcome = editor.save(draft);
        QVERIFY2(outcome.ok(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.id, QString("initiative:sirenelunch"));
        QVERIFY(outcome.rev.startsWith("1-"));
        const InitiativeDraft loaded = editor.load("initiative:sirenelunch").value();
        QCOMPARE(loaded.originalLanguage, QString("nl"));
        QCOMPARE(loaded.texts.value("nl").openingNotes, QString("Bel aan bij de zijdeur"));
        QCOMPARE(loaded.texts.value("ar").status, QString("needs-review"));
        QCOMPARE(loaded.themes, (QStringList { "food", "meeting" }));
        QCOMPARE(loaded.phone, QString("010 123 4567"));
        QVERIFY(loaded.stepFree);
        const InitiativeInfo info = DirectoryRepository(*m_db).initiative("initiative:sirenelunch", "nl").value();
        QCOMPARE(info.name.text, QString("Sirenelunch"));
        QCOMPARE(info.postcode, QString("3026 AB"));
    }

    // The id comes from the name in the original language, not from whichever language sorts
    // first ("en" before "nl" made initiative:coffee-corner of the Koffiehoek).
    void theIdComesFromTheOriginalName()
    {
        InitiativeEditor editor(*m_db, m_today);
        InitiativeDraft draft = lunch();
        draft.texts.clear();
        draft.texts.insert("nl", { "Koffiehoek", {}, {}, {}, "original", {} });
        draft.texts.insert("en", { "Coffee corner", {}, {}, {}, "human", {} });
        EditOutcome outcome = editor.save(draft);
        QVERIFY2(outcome.ok(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.id, QString("initiative:koffiehoek"));
        // Named in Arabic only where it started: the next language that gives an id.
        draft.texts.clear();
        draft.originalLanguage = "ar";
        draft.texts.insert("ar", { "مطبخ الحي", {}, {}, {}, "original", {} });
        draft.texts.insert("tr", { "Mahalle mutfağı", {}, {}, {}, "human", {} });
        outcome = editor.save(draft);
        QVERIFY2(outcome.ok(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.id, QString("initiative:mahalle-mutfagi"));
        QCOMPARE(InitiativeEditor::slugFor("Łódzka Świetlica"), QString("lodzka-swietlica"));
        QCOMPARE(InitiativeEditor::slugFor("Café Øresund"), QString("cafe-oresund"));
    }

    void editsKeepUnknownFieldsAndRefuseAStaleRevision()
    {
        InitiativeEditor editor(*m_db, m_today);
        QJsonObject doc = m_db->get("initiative:sirenelunch").value();
        doc.insert("stampRadiusMetres", 120);
        QVERIFY(m_db->put(doc).error.ok());
        InitiativeDraft draft = editor.load("initiative:sirenelunch").value();
        draft.website.clear();
        draft.texts["nl"].summary = "Samen eten op dinsdag";
        const EditOutcome saved = editor.save(draft);
        QVERIFY(saved.ok());
        const QJsonObject after = m_db->get("initiative:sirenelunch").value();
        QCOMPARE(after.value("stampRadiusMetres").toInt(), 120);
        QVERIFY(!after.value("contact").toObject().contains("website"));
        QCOMPARE(m_db->get("translation:sirenelunch:nl").value().value("summary").toString(), QString("Samen eten op dinsdag"));
        // The Arabic text was not changed: no new revision of it.
        QCOMPARE(m_db->get("translation:sirenelunch:ar").value().value("_rev").toString(), draft.texts.value("ar").rev);
        // The same draft again: its revisions are old now.
        const EditOutcome stale = editor.save(draft);
        QCOMPARE(stale.problems, (QList<FieldProblem> { { QString(), Problem::StaleRevision } }));
        InitiativeDraft copy = lunch();
        const EditOutcome taken = editor.save(copy);
        QCOMPARE(taken.problems, (QList<FieldProblem> { { "slug", Problem::SlugTaken } }));
    }

    void refusesEachBadFieldAndStoresNothing_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("no name") << "noname" << "texts" << int(Problem::NameMissing);
        QTest::newRow("blank name") << "blankname" << "texts" << int(Problem::NameMissing);
        QTest::newRow("paris") << "paris" << "position" << int(Problem::PositionOutsideNetherlands);
        QTest::newRow("curacao") << "curacao" << "position" << int(Problem::PositionOutsideNetherlands);
        QTest::newRow("nan") << "nan" << "position" << int(Problem::PositionInvalid);
        QTest::newRow("phone") << "phone" << "contact.phone" << int(Problem::PhoneInvalid);
        QTest::newRow("email") << "email" << "contact.email" << int(Problem::EmailInvalid);
        QTest::newRow("url") << "url" << "contact.website" << int(Problem::WebsiteInvalid);
        QTest::newRow("javascript url") << "jsurl" << "contact.website" << int(Problem::WebsiteInvalid);
        QTest::newRow("theme") << "theme" << "themes" << int(Problem::ThemeUnknown);
        QTest::newRow("spoken language") << "spoken" << "languagesSpoken" << int(Problem::LanguageUnknown);
        QTest::newRow("text language") << "textlang" << "texts.xx" << int(Problem::LanguageUnknown);
        QTest::newRow("status") << "status" << "texts.nl.status" << int(Problem::StatusUnknown);
        QTest::newRow("postcode") << "postcode" << "address.postcode" << int(Problem::PostcodeInvalid);
        QTest::newRow("slug") << "slug" << "slug" << int(Problem::SlugInvalid);
        QTest::newRow("long name") << "longname" << "texts.nl.name" << int(Problem::TextTooLong);
        QTest::newRow("bidi override") << "bidi" << "texts.nl.name" << int(Problem::TextHasBidiControl);
        QTest::newRow("too many themes") << "themes" << "themes" << int(Problem::TooManyItems);
    }
    void refusesEachBadFieldAndStoresNothing()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(int, problem);
        InitiativeDraft d = lunch();
        d.slug = "nieuw";
        if (change == "noname") d.texts.clear();
        if (change == "blankname") d.texts["nl"] = { " \t", {}, {}, {}, "original", {} };
        if (change == "paris") d.latitude = 48.8566, d.longitude = 2.3522;
        if (change == "curacao") d.latitude = 12.1696, d.longitude = -68.99;
        if (change == "nan") d.latitude = qQNaN();
        if (change == "phone") d.phone = "bel maar";
        if (change == "email") d.email = "info@";
        if (change == "url") d.website = "example.nl";
        if (change == "jsurl") d.website = "javascript:alert(1)";
        if (change == "theme") d.themes.append("weapons");
        if (change == "spoken") d.languagesSpoken.append("klingon");
        if (change == "textlang") d.texts.insert("xx", { "X", {}, {}, {}, "original", {} });
        if (change == "status") d.texts["nl"].status = "machine";
        if (change == "postcode") d.postcode = "0123 ab";
        if (change == "slug") d.slug = "Nieuw Ding";
        if (change == "longname") d.texts["nl"].name = QString(201, 'a');
        if (change == "bidi") d.texts["nl"].name = QString("Lunch\u202Eevil");
        if (change == "themes") d.themes = QStringList(51, "food");
        expectRefused(d, { field, Problem(problem) });
    }

    void theBoxHoldsTheNetherlands()
    {
        QVERIFY(DirectoryEditValidator::isInNetherlands(52.37, 4.89));
        QVERIFY(DirectoryEditValidator::isInNetherlands(53.22, 6.57));
        QVERIFY(DirectoryEditValidator::isInNetherlands(50.85, 5.69)); // Maastricht
        QVERIFY(DirectoryEditValidator::isInNetherlands(53.55, 4.50)); // the North Sea off Den Helder: a box
        QVERIFY(!DirectoryEditValidator::isInNetherlands(51.51, -0.13)); // London
        QVERIFY(!DirectoryEditValidator::isInNetherlands(53.55, 9.99)); // Hamburg
        QVERIFY(!DirectoryEditValidator::isInNetherlands(50.63, 5.57)); // Liège, just south
    }

    void activitiesAreAddedEditedAndRemoved()
    {
        InitiativeEditor editor(*m_db, m_today);
        ActivityDraft a;
        a.initiativeId = "initiative:sirenelunch";
        a.slug = "lunch";
        a.schedule = { { "freq", "weekly" }, { "byDay", "TU" }, { "start", "12:00" }, { "end", "14:00" },
                       { "except", QJsonArray { "2026-12-08" } } };
        a.texts.insert("nl", { "Lunch", "Warme maaltijd" });
        const EditOutcome added = editor.saveActivity(a);
        QVERIFY2(added.ok(), qPrintable(describe(added)));
        QCOMPARE(added.id, QString("activity:sirenelunch:lunch"));
        ActivityDraft loaded = editor.loadActivity(added.id).value();
        QCOMPARE(loaded.texts.value("nl").name, QString("Lunch"));
        QCOMPARE(m_db->get("translation:sirenelunch:nl").value().value("name").toString(), QString("Sirenelunch"));
        QCOMPARE(editor.activities("initiative:sirenelunch").value().size(), 1);

        // Every other week from an anchor; the preview shows the next five dates.
        loaded.schedule = { { "freq", "weekly" }, { "interval", 2 }, { "anchor", "2026-12-01" }, { "byDay", "TU" } };
        QVERIFY(editor.saveActivity(loaded).ok());
        const QList<QDate> next = InitiativeEditor::nextDates(loaded.schedule, m_today);
        QCOMPARE(next, (QList<QDate> { { 2026, 12, 15 }, { 2026, 12, 29 }, { 2027, 1, 12 }, { 2027, 1, 26 }, { 2027, 2, 9 } }));
        // The last Friday of the month, closed on holidays.
        const QJsonObject lastFriday { { "freq", "monthly" }, { "nth", -1 }, { "byDay", "FR" }, { "skipHolidays", true } };
        // 2026-12-25, the last Friday of December, is Christmas.
        QCOMPARE(InitiativeEditor::nextDates(lastFriday, m_today, 2), (QList<QDate> { { 2027, 1, 29 }, { 2027, 2, 26 } }));
        // Fixed dates, in any order, an exception among them: the preview lists them in order.
        loaded = editor.loadActivity(added.id).value();
        loaded.schedule = { { "freq", "dates" }, { "dates", QJsonArray { "2027-02-06", "2026-12-19", "2027-01-09", "2026-01-03" } },
                            { "except", QJsonArray { "2027-01-09" } }, { "start", "13:00" } };
        QVERIFY(editor.saveActivity(loaded).ok());
        QCOMPARE(m_db->get(added.id).value().value("schedule").toObject().value("freq").toString(), QString("dates"));
        QCOMPARE(InitiativeEditor::nextDates(loaded.schedule, m_today), (QList<QDate> { { 2026, 12, 19 }, { 2027, 2, 6 } }));

        const ActivityDraft current = editor.loadActivity(added.id).value();
        QCOMPARE(editor.removeActivity(added.id, "1-stale").problems, (QList<FieldProblem> { { QString(), Problem::StaleRevision } }));
        QVERIFY(editor.removeActivity(added.id, current.rev).ok());
        QCOMPARE(m_db->get(added.id).error().code, StoreError::Code::NotFound);
    }

    void refusesBadSchedulesAndStoresNothing_data()
    {
        QTest::addColumn<QJsonObject>("schedule");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("bad day") << QJsonObject { { "freq", "weekly" }, { "byDay", "tuesday" } } << "schedule.byDay" << int(Problem::ScheduleInvalid);
        QTest::newRow("no nth") << QJsonObject { { "freq", "monthly" }, { "byDay", "MO" } } << "schedule.nth" << int(Problem::ScheduleInvalid);
        QTest::newRow("end before start") << QJsonObject { { "freq", "weekly" }, { "byDay", "MO" }, { "start", "14:00" }, { "end", "12:00" } }
                                          << "schedule.end" << int(Problem::ScheduleInvalid);
        QTest::newRow("anchor far away") << QJsonObject { { "freq", "weekly" }, { "byDay", "MO" }, { "anchor", "2035-01-01" } }
                                         << "schedule" << int(Problem::ScheduleNeverOccurs);
        QJsonArray everyTuesday;
        for (QDate d(2026, 12, 8); d <= QDate(2027, 1, 10).addDays(400); d = d.addDays(7))
            everyTuesday.append(d.toString(Qt::ISODate));
        QTest::newRow("fixed dates all past") << QJsonObject { { "freq", "dates" }, { "dates", QJsonArray { "2026-01-03", "2026-02-07" } } }
                                              << "schedule" << int(Problem::ScheduleNeverOccurs);
        QTest::newRow("fixed date not a date") << QJsonObject { { "freq", "dates" }, { "dates", QJsonArray { "2026-12-19", "next week" } } }
                                               << "schedule.dates" << int(Problem::ScheduleInvalid);
        QTest::newRow("every date excepted") << QJsonObject { { "freq", "weekly" }, { "byDay", "TU" }, { "except", everyTuesday } }
                                             << "schedule" << int(Problem::ScheduleNeverOccurs);
    }
    void refusesBadSchedulesAndStoresNothing()
    {
        QFETCH(QJsonObject, schedule);
        QFETCH(QString, field);
        QFETCH(int, problem);
        InitiativeEditor editor(*m_db, m_today);
        const qint64 seq = m_db->info().value().updateSeq;
        ActivityDraft a;
        a.initiativeId = "initiative:sirenelunch";
        a.slug = "koffie";
        a.schedule = schedule;
        const EditOutcome outcome = editor.saveActivity(a);
        QCOMPARE(outcome.problems, (QList<FieldProblem> { { field, Problem(problem) } }));
        QCOMPARE(m_db->info().value().updateSeq, seq);
        QVERIFY(InitiativeEditor::nextDates(schedule, m_today).isEmpty());
    }

    void activityTextsNeedTheInitiativeNamedInThatLanguage()
    {
        InitiativeEditor editor(*m_db, m_today);
        ActivityDraft a;
        a.initiativeId = "initiative:sirenelunch";
        a.slug = "koffie";
        a.schedule = { { "freq", "weekly" }, { "byDay", "WE" } };
        a.texts.insert("pl", { "Kawa", {} });
        const qint64 seq = m_db->info().value().updateSeq;
        QCOMPARE(editor.saveActivity(a).problems, (QList<FieldProblem> { { "texts.pl", Problem::NameMissing } }));
        QCOMPARE(m_db->info().value().updateSeq, seq);
    }

    void retiringHidesTheInitiativeAndDeletesItsActivities()
    {
        InitiativeEditor editor(*m_db, m_today);
        ActivityDraft a;
        a.initiativeId = "initiative:sirenelunch";
        a.slug = "koffie";
        a.schedule = { { "freq", "weekly" }, { "byDay", "WE" } };
        QVERIFY(editor.saveActivity(a).ok());
        DirectoryRepository repo(*m_db);
        const auto listed = [&repo] {
            int n = 0;
            for (const InitiativeInfo &i : repo.initiatives("nl").value())
                n += i.id == "initiative:sirenelunch";
            return n;
        };
        QCOMPARE(listed(), 1);
        const QString rev = editor.load("initiative:sirenelunch").value().rev;
        const EditOutcome retired = editor.retire("initiative:sirenelunch", rev);
        QVERIFY(retired.ok());
        QCOMPARE(editor.load("initiative:sirenelunch").value().retired, QString("2026-12-05"));
        QCOMPARE(listed(), 0);
        QVERIFY(editor.activities("initiative:sirenelunch").value().isEmpty());
        QVERIFY(repo.activitiesOn(QDate(2026, 12, 9)).value().isEmpty());
        QCOMPARE(editor.saveActivity(a).problems, (QList<FieldProblem> { { "initiative", Problem::Retired } }));
    }

    void slugsComeFromNames()
    {
        QCOMPARE(InitiativeEditor::slugFor("Taalcafé De Brug!"), QString("taalcafe-de-brug"));
        QCOMPARE(InitiativeEditor::slugFor("  Repair  café "), QString("repair-cafe"));
    }
};

QTEST_GUILESS_MAIN(TestInitiativeEditor)
#include "tst_initiativeeditor.moc"
