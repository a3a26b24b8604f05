#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// buurtbrug-admin initiative add|edit|retire|list and activity add|edit|remove as a script
// uses them: --json answers, exit 1 with each refused field and its code, nothing stored.
class TestAdminDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run admin(QStringList arguments, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        arguments << "--data" << m_data << "--json";
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
            environment.remove(QString::fromLatin1(name));
        environment.insert("LANG", lang);
        process.setProcessEnvironment(environment);
        process.start(ADMIN_BINARY, arguments);
        process.waitForFinished(60000);
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QJsonArray listed(const QStringList &extra = {})
    {
        return admin(QStringList { "initiative", "list" } + extra).json().value("initiatives").toArray();
    }

    // The refused fields of a validation failure, as "field=code".
    static QStringList problems(const Run &run)
    {
        QStringList list;
        for (const QJsonValue &p : run.json().value("problems").toArray())
            list.append(p.toObject().value("field").toString() + '=' + p.toObject().value("code").toString());
        return list;
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath("data");
        QCOMPARE(admin({ "init" }).exitCode, 0);
    }

    void addsEditsAndListsAnInitiative()
    {
        const Run added = admin({ "initiative", "add", "--name", "nl=Taalcafé De Brug", "--name", "ar=مقهى اللغة", "--theme", "language,meeting",
                                  "--speaks", "nl,ar", "--postcode", "3024 AB", "--lat", "51.905", "--lon", "4.455", "--phone", "+31 10 123 4567",
                                  "--step-free", "--opening", "nl=Bel aan bij de zijdeur" });
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json().value("id").toString(), QString("initiative:taalcafe-de-brug"));
        const Run edited = admin({ "initiative", "edit", "taalcafe-de-brug", "--website", "https://example.nl", "--status", "ar=needs-review" });
        QCOMPARE(edited.exitCode, 0);
        QVERIFY(edited.json().value("rev").toString().startsWith("2-"));
        const QJsonArray list = listed({ "--lang", "ar" });
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("name").toString(), QString("مقهى اللغة"));
        QCOMPARE(list.first().toObject().value("themes").toArray(), (QJsonArray { "language", "meeting" }));
    }

    void refusesBadFieldsWithTheirCodes()
    {
        const Run refused = admin({ "initiative", "add", "--slug", "fout", "--lat", "48.85", "--lon", "2.35", "--phone", "bel maar",
                                    "--email", "a@", "--website", "javascript:alert(1)", "--theme", "wapens", "--speaks", "xx" });
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json().value("error").toString(), QString("validation_failed"));
        QCOMPARE(problems(refused), (QStringList { "texts=name-missing", "themes=theme-unknown", "languagesSpoken=language-unknown",
                                                   "position=position-outside-netherlands", "contact.phone=phone-invalid",
                                                   "contact.email=email-invalid", "contact.website=website-invalid" }));
        for (const QJsonValue &p : refused.json().value("problems").toArray())
            QVERIFY(!p.toObject().value("message").toString().isEmpty());
        QVERIFY(refused.err.contains("contact.phone: "));
        QCOMPARE(listed().size(), 1); // nothing stored
        // An edit that breaks a field leaves the stored initiative as it was.
        QCOMPARE(problems(admin({ "initiative", "edit", "taalcafe-de-brug", "--postcode", "12345" })), QStringList { "address.postcode=postcode-invalid" });
        QCOMPARE(admin({ "initiative", "edit", "taalcafe-de-brug" }).json().value("rev").toString().left(2), QString("3-"));
        QCOMPARE(admin({ "initiative", "add", "--name", "nl=Taalcafé De Brug" }).json().value("problems").toArray().first()
                         .toObject().value("code").toString(), QString("slug-taken"));
    }

    // A coordinator reads why, in the system's language; the codes stay for scripts.
    void refusalsAreInTheSystemsLanguage()
    {
        const QStringList bad { "initiative", "add", "--name", "nl=Taalcafé Twee", "--phone", "bel maar" };
        const auto message = [](const Run &run) {
            return run.json().value("problems").toArray().first().toObject().value("message").toString();
        };
        const Run english = admin(bad);
        const Run dutch = admin(bad, "nl_NL.UTF-8");
        const Run arabic = admin(bad, "ar_MA.UTF-8");
        for (const Run *run : { &english, &dutch, &arabic }) {
            QCOMPARE(run->exitCode, 1);
            QCOMPARE(problems(*run), QStringList { "contact.phone=phone-invalid" });
        }
        QVERIFY(!message(english).isEmpty());
        QVERIFY2(message(dutch) != message(english), qPrintable(message(dutch)));
        QVERIFY2(message(arabic) != message(english) && message(arabic) != message(dutch), qPrintable(message(arabic)));
        QVERIFY2(message(arabic).contains(QChar(0x0627)) || message(arabic).contains(QChar(0x0644)), qPrintable(message(arabic)));
        QVERIFY(dutch.err.contains("contact.phone: "));
        QCOMPARE(listed().size(), 1); // nothing stored
    }

    void usageErrorsExit2()
    {
        QCOMPARE(admin({ "initiative", "add", "--name", "Sirenelunch" }).exitCode, 2);      // no LANG=
        QCOMPARE(admin({ "initiative", "add", "--name", "nl=A", "--lat", "52" }).exitCode, 2); // --lat without --lon
        QCOMPARE(admin({ "initiative", "add", "--name", "nl=A", "--lat", "x", "--lon", "4" }).exitCode, 2);
        QCOMPARE(admin({ "activity", "add", "taalcafe-de-brug", "--slug", "a", "--schedule", "{bad" }).exitCode, 2);
        QCOMPARE(admin({ "initiative", "frobnicate" }).exitCode, 2);
        QCOMPARE(admin({ "initiative", "edit", "bestaat-niet" }).exitCode, 1);
    }

    void activitiesWithTheirNextDates()
    {
        const Run added = admin({ "activity", "add", "taalcafe-de-brug", "--slug", "les", "--from", "2026-12-05", "--name", "nl=Taalles",
                                  "--schedule", "{\"freq\":\"monthly\",\"nth\":1,\"byDay\":\"MO\",\"start\":\"10:00\",\"skipHolidays\":true}" });
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json().value("id").toString(), QString("activity:taalcafe-de-brug:les"));
        QCOMPARE(added.json().value("next").toArray(), (QJsonArray { "2026-12-07", "2027-01-04", "2027-02-01", "2027-03-01", "2027-04-05" }));
        const Run never = admin({ "activity", "edit", "activity:taalcafe-de-brug:les", "--schedule",
                                  "{\"freq\":\"weekly\",\"byDay\":\"MO\",\"anchor\":\"2040-01-02\"}" });
        QCOMPARE(never.exitCode, 1);
        QCOMPARE(problems(never), QStringList { "schedule=schedule-never-occurs" });
        const Run badDay = admin({ "activity", "edit", "activity:taalcafe-de-brug:les", "--schedule", "{\"freq\":\"weekly\",\"byDay\":\"XX\"}" });
        QCOMPARE(problems(badDay), QStringList { "schedule.byDay=schedule-invalid" });
        QCOMPARE(listed().first().toObject().value("activities").toInt(), 1);
        QCOMPARE(admin({ "activity", "remove", "activity:taalcafe-de-brug:les" }).exitCode, 0);
        QCOMPARE(listed().first().toObject().value("activities").toInt(), 0);
        QCOMPARE(admin({ "activity", "remove", "activity:taalcafe-de-brug:les" }).exitCode, 1);
    }

    void retiring()
    {
        QCOMPARE(admin({ "activity", "add", "taalcafe-de-brug", "--slug", "koffie", "--schedule", "{\"freq\":\"weekly\",\"byDay\":\"WE\"}" }).exitCode, 0);
        QCOMPARE(admin({ "initiative", "retire", "taalcafe-de-brug" }).exitCode, 0);
        QCOMPARE(listed().size(), 0);
        const QJsonArray all = listed({ "--include-retired" });
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().toObject().value("retired").toString().isEmpty());
        QCOMPARE(all.first().toObject().value("activities").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminDirectory)
#include "tst_admindirectory.moc"
