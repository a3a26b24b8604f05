#include "deskserver.h"
#include "appcontroller.h"
#include "appshell.h"
#include "conflictdesk.h"
#include "documentdatabase.h"
#include "joincontroller.h"
#include "quickitems.h"
#include "revisionconflicts.h"
#include "syncstatus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// Versions made on two devices at once, resolved on the coordinator's desk: two apps join a
// real buurtbrug-server on 127.0.0.1 as coordinators, edit the same initiative at the same
// moment and sync, so both hold the conflict. On the laptop's real UI (offscreen, Dutch and
// Arabic, tablet and desktop size) the detail page says so, the conflict view shows the
// versions field by field, and a merge is chosen and saved. After the next sync both STORES
// hold one winning revision with the merged values and no conflict, and so does the server.
class TestConflictDeskUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DeskServer m_server { SERVER_BINARY, ADMIN_BINARY, m_dir.filePath("server") };
    int m_devices = 0;
    // The document as the server holds it, with its `_conflicts`.
    QJsonObject onServer(const QString &id)
    {
        QNetworkAccessManager network;
        QUrl url(m_server.url());
        url.setPath("/directory/" + id);
        url.setQuery("conflicts=true");
        QNetworkRequest request(url);
        request.setRawHeader(
            "Authorization", "Basic " + m_server.adminBase().userInfo().toUtf8().toBase64());
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // A device joined as a coordinator of visserijplein, holding `id` from the server.
    std::unique_ptr<AppShell> coordinatorDevice(
        const QString &language, QSize size, const QString &id)
    {
        auto device = DeskServer::joined(m_dir.filePath(QStringLiteral("device-%1").arg(++m_devices)),
            m_server.invite("coordinator", "visserijplein"), m_server.url(), language, size);
        if (!device)
            return nullptr;
        QElapsedTimer waited;
        waited.start();
        while (!device->database("directory")->get(id).ok() && waited.elapsed() < 30000)
            QTest::qWait(50);
        return device->database("directory")->get(id).ok() ? std::move(device) : nullptr;
    }

    static ConflictView versionsOn(AppShell &device, const QString &id)
    {
        return RevisionConflicts::of(*device.database("directory"), id).value();
    }
    // Asks both devices to sync until `done` holds, for at most a minute.
    static bool syncUntil(AppShell &a, AppShell &b, const std::function<bool()> &done)
    {
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < 60000) {
            a.controller()->sync()->syncNow();
            b.controller()->sync()->syncNow();
            for (int i = 0; i < 20 && !done(); ++i)
                QTest::qWait(100);
        }
        return done();
    }
    // The shown choice of one version of one field in the conflict view.
    static QQuickItem *choice(QQuickWindow *window, const QString &field, int version)
    {
        QList<QQuickItem *> all;
        collectAll(window->contentItem(), all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == "conflictChoice" && shown(item)
                && item->property("field").toString() == field
                && item->property("version").toInt() == version)
                return item;
        }
        return nullptr;
    }
    static QJsonValue field(const QJsonObject &doc, const QString &path)
    {
        const QStringList parts = path.split('.');
        return parts.size() == 1 ? doc.value(path)
                                 : doc.value(parts.first()).toObject().value(parts.last());
    }
    static int versionWith(const ConflictView &view, const QString &path, const QJsonValue &value)
    {
        for (qsizetype i = 0; i < view.versions.size(); ++i) {
            if (field(view.versions.at(i), path) == value)
                return int(i);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        // The sample's directory as an organisation's own: devices never push sample data.
        QFile sample(SAMPLE_FILE);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject file = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonArray directory;
        for (const QJsonValue &doc :
            file.value("databases").toObject().value("directory").toArray()) {
            QJsonObject own = doc.toObject();
            own.remove("sample");
            directory.append(own);
        }
        file.insert("databases", QJsonObject { { "directory", directory } });
        QFile own(m_dir.filePath("directory.json"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(QJsonDocument(file).toJson());
        own.close();
        QVERIFY(m_server.start({ own.fileName() }, { "visserijplein" }));
    }

    void aConflictFromTwoDevicesIsResolvedOnTheDesk_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("id");
        QTest::newRow("nl tablet") << "nl" << QSize(1180, 820) << "initiative:wijkpaleis";
        QTest::newRow("ar desktop") << "ar" << QSize(1280, 800) << "initiative:geestverwanten";
        QTest::newRow("ar tablet") << "ar" << QSize(1180, 820) << "initiative:thuis-in-west";
        QTest::newRow("nl desktop") << "nl" << QSize(1280, 800) << "initiative:huize-middelland";
    }
    void aConflictFromTwoDevicesIsResolvedOnTheDesk()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, id);
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        auto laptop = coordinatorDevice(language, size, id);
        QVERIFY(laptop);
        // In the laptop's language: the two apps share this process and its translator.
        auto tablet = coordinatorDevice(language, QSize(1180, 820), id);
        QVERIFY(tablet);
        DocumentDatabase *onLaptop = laptop->database("directory");
        DocumentDatabase *onTablet = tablet->database("directory");
        QVERIFY(syncUntil(*laptop, *tablet, [&] {
            const Result<QJsonObject> here = onLaptop->get(id);
            const Result<QJsonObject> there = onTablet->get(id);
            return here.ok() && there.ok() && here.value().value("_rev") == there.value().value("_rev");
        }));

        // The same moment on both devices, before either hears of the other: the laptop adds a
        // theme and changes the phone, the tablet changes the phone and the quiet room.
        QJsonObject a = onLaptop->get(id).value();
        QJsonObject b = onTablet->get(id).value();
        QJsonArray themes = a.value("themes").toArray();
        for (const char *theme : { "food", "advice", "children" }) {
            if (!themes.contains(QJsonValue(theme))) {
                themes.append(theme);
                break;
            }
        }
        a.insert("themes", themes);
        QJsonObject contact = a.value("contact").toObject();
        contact.insert("phone", "010 111 1111");
        a.insert("contact", contact);
        contact.insert("phone", "010 222 2222");
        b.insert("contact", contact);
        const bool quiet = !b.value("accessibility").toObject().value("quietRoom").toBool();
        QJsonObject accessibility = b.value("accessibility").toObject();
        accessibility.insert("quietRoom", quiet);
        b.insert("accessibility", accessibility);
        QVERIFY(onLaptop->put(a).error.ok());
        QVERIFY(onTablet->put(b).error.ok());
        QVERIFY(syncUntil(*laptop, *tablet, [&] {
            return versionsOn(*laptop, id).inConflict() && versionsOn(*tablet, id).inConflict();
        }));

        // The laptop's desk says so on the detail page.
        laptop->showInitiative(id);
        QTRY_VERIFY_WITH_TIMEOUT(find(laptop->window(), "conflictNotice"), 10000);
        QVERIFY(laptop->saveScreenshot(
            QStringLiteral(SCREENSHOT_DIR "/conflict_notice_%1.png").arg(tag)));
        click(find(laptop->window(), "openConflicts"));
        QTRY_VERIFY(find(laptop->window(), "conflictPage"));

        // Field by field: the three fields that differ, both versions of each.
        const ConflictView view = versionsOn(*laptop, id);
        QCOMPARE(view.versions.size(), 2);
        for (const QString &path : { "themes", "contact.phone", "accessibility.quietRoom" }) {
            QVERIFY2(choice(laptop->window(), path, 0) && choice(laptop->window(), path, 1),
                qPrintable(path));
        }
        QVERIFY(!choice(
            laptop->window(), "address.street", 0)); // the same in both: named once, not offered
        QVERIFY(find(laptop->window(), "conflictUnchanged"));
        QVERIFY(laptop->saveScreenshot(
            QStringLiteral(SCREENSHOT_DIR "/conflict_view_%1.png").arg(tag)));
        const QString problem = usabilityProblem(laptop->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString cut
            = cutTextProblem(laptop->window(), find(laptop->window(), "conflictPage"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut));

        // The merge: the laptop's themes, the tablet's phone and quiet room.
        const int laptops = versionWith(view, "contact.phone", "010 111 1111");
        const int tablets = versionWith(view, "contact.phone", "010 222 2222");
        QVERIFY(laptops >= 0 && tablets >= 0);
        click(choice(laptop->window(), "themes", laptops));
        click(choice(laptop->window(), "contact.phone", tablets));
        click(choice(laptop->window(), "accessibility.quietRoom", tablets));
        QCOMPARE(laptop->controller()->conflicts()->fields()->chosenFor("themes"), laptops);
        QVERIFY(choice(laptop->window(), "themes", laptops)->property("kept").toBool());
        QVERIFY(laptop->saveScreenshot(
            QStringLiteral(SCREENSHOT_DIR "/conflict_merge_%1.png").arg(tag)));
        click(find(laptop->window(), "conflictSave"));
        QTRY_VERIFY(!find(laptop->window(), "conflictPage"));
        QVERIFY(find(laptop->window(), "conflictSavedBanner"));
        QVERIFY(!find(laptop->window(), "conflictNotice"));

        // After the next sync: one version everywhere, with the merged values.
        const QString winner = onLaptop->get(id).value().value("_rev").toString();
        QVERIFY(syncUntil(*laptop, *tablet, [&] {
            return onTablet->get(id).ok() && onTablet->get(id).value().value("_rev").toString() == winner
                && !versionsOn(*tablet, id).inConflict()
                && onServer(id).value("_rev").toString() == winner;
        }));
        for (AppShell *device : { laptop.get(), tablet.get() }) {
            const ConflictView after = versionsOn(*device, id);
            QVERIFY(!after.inConflict());
            QCOMPARE(after.revs, QStringList { winner });
            const QJsonObject stored = after.versions.first();
            QCOMPARE(stored.value("themes").toArray(), themes);
            QCOMPARE(field(stored, "contact.phone").toString(), QString("010 222 2222"));
            QCOMPARE(field(stored, "accessibility.quietRoom").toBool(), quiet);
            QVERIFY(RevisionConflicts::conflictedOf(*device->database("directory"), id)
                        .value()
                        .isEmpty());
        }
        QVERIFY(!onServer(id).contains("_conflicts"));
        QVERIFY2(laptop->warnings().isEmpty(), qPrintable(laptop->warnings().join('\n')));
    }

    // An activity and a translation changed on both devices at once: the detail page of their
    // initiative says so, and the desk takes them one after the other until none is left.
    void anActivityAndATranslationAreResolvedInTurn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nl desktop") << "nl" << QSize(1280, 800);
        QTest::newRow("ar tablet") << "ar" << QSize(1180, 820);
    }
    void anActivityAndATranslationAreResolvedInTurn()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        const QString initiative = "initiative:wijkpaleis";
        const QString activity = "activity:wijkpaleis:werkplaats";
        const QString translation = "translation:wijkpaleis:nl";
        auto laptop = coordinatorDevice(language, size, activity);
        QVERIFY(laptop);
        auto tablet = coordinatorDevice(language, QSize(1180, 820), activity);
        QVERIFY(tablet);
        DocumentDatabase *onLaptop = laptop->database("directory");
        DocumentDatabase *onTablet = tablet->database("directory");
        // Until the first sync a document is on one device only: not the same yet.
        const auto same = [&](const QString &id) {
            const Result<QJsonObject> here = onLaptop->get(id);
            const Result<QJsonObject> there = onTablet->get(id);
            return here.ok() && there.ok() && here.value().value("_rev") == there.value().value("_rev");
        };
        QVERIFY(syncUntil(*laptop, *tablet, [&] { return same(activity) && same(translation); }));

        // The laptop moves the workshop to 14:00, the tablet to 14:30; each rewrites the summary.
        const auto withStart = [](QJsonObject doc, const QString &start) {
            QJsonObject schedule = doc.value("schedule").toObject();
            schedule.insert("start", start);
            doc.insert("schedule", schedule);
            return doc;
        };
        QVERIFY(onLaptop->put(withStart(onLaptop->get(activity).value(), "14:00")).error.ok());
        QVERIFY(onTablet->put(withStart(onTablet->get(activity).value(), "14:30")).error.ok());
        QJsonObject text = onLaptop->get(translation).value();
        text.insert("summary", "Samen maken en repareren.");
        QVERIFY(onLaptop->put(text).error.ok());
        text = onTablet->get(translation).value();
        text.insert("summary", "Een werkplaats voor de buurt.");
        QVERIFY(onTablet->put(text).error.ok());
        QVERIFY(syncUntil(*laptop, *tablet, [&] {
            return versionsOn(*laptop, activity).inConflict() && versionsOn(*laptop, translation).inConflict()
                && versionsOn(*tablet, activity).inConflict() && versionsOn(*tablet, translation).inConflict();
        }));

        laptop->showInitiative(initiative);
        QTRY_VERIFY_WITH_TIMEOUT(find(laptop->window(), "conflictNotice"), 10000);
        // Two documents, one after the other in the same view; each closes with what was chosen.
        click(find(laptop->window(), "openConflicts"));
        QTRY_VERIFY(find(laptop->window(), "conflictPage"));
        ConflictDesk *desk = laptop->controller()->conflicts();
        QMap<QString, QString> kept;
        for (int round = 0; round < 2; ++round) {
            QTRY_VERIFY(!desk->documentId().isEmpty() && !kept.contains(desk->documentId()));
            const ConflictView view = versionsOn(*laptop, desk->documentId());
            QCOMPARE(view.versions.size(), 2);
            const bool isActivity = view.id == activity;
            QVERIFY(isActivity || view.id == translation);
            const QString path = isActivity ? "schedule.start" : "summary";
            const QString wanted = isActivity ? "14:30" : "Samen maken en repareren.";
            const int version = versionWith(view, path, wanted);
            QVERIFY2(version >= 0, qPrintable(path));
            QVERIFY2(choice(laptop->window(), path, 0) && choice(laptop->window(), path, 1), qPrintable(path));
            QVERIFY(laptop->saveScreenshot(
                QStringLiteral(SCREENSHOT_DIR "/conflict_%1_%2.png").arg(isActivity ? "activity" : "translation", tag)));
            const QString problem = usabilityProblem(laptop->window());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            click(choice(laptop->window(), path, version));
            click(find(laptop->window(), "conflictSave"));
            kept.insert(view.id, wanted);
        }
        QCOMPARE(kept.size(), 2);
        QTRY_VERIFY(!find(laptop->window(), "conflictPage"));
        QVERIFY(find(laptop->window(), "conflictSavedBanner"));
        QTRY_VERIFY(!find(laptop->window(), "conflictNotice"));

        // After the next sync: one version of each everywhere, with what was chosen.
        QVERIFY(syncUntil(*laptop, *tablet, [&] {
            return !versionsOn(*tablet, activity).inConflict() && !versionsOn(*tablet, translation).inConflict()
                && same(activity) && same(translation) && !onServer(activity).contains("_conflicts")
                && !onServer(translation).contains("_conflicts");
        }));
        for (AppShell *device : { laptop.get(), tablet.get() }) {
            DocumentDatabase *directory = device->database("directory");
            QCOMPARE(field(directory->get(activity).value(), "schedule.start").toString(), QString("14:30"));
            QCOMPARE(directory->get(translation).value().value("summary").toString(), QString("Samen maken en repareren."));
            QVERIFY(RevisionConflicts::conflictedOf(*directory, initiative).value().isEmpty());
        }
        QVERIFY2(laptop->warnings().isEmpty(), qPrintable(laptop->warnings().join('\n')));
    }

    // The conflict view at the system's text size 2.0, on a tablet and a phone, in Dutch and
    // Arabic: nothing cut, every control large enough and named.
    void theConflictViewAtTextSize2_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nl tablet") << "nl" << QSize(1180, 820);
        QTest::newRow("ar tablet") << "ar" << QSize(1180, 820);
        QTest::newRow("nl phone") << "nl" << QSize(390, 844);
        QTest::newRow("ar phone") << "ar" << QSize(390, 844);
    }
    void theConflictViewAtTextSize2()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        const TextSizeTwo large;
        AppShell device;
        QVERIFY(device.open(m_dir.filePath("large-" + tag), language, true).ok());
        device.controller()->setRoles({ "coordinator" });
        QVERIFY(device.load(size));
        // Two versions as replication brings them: siblings on the stored revision.
        const QString id = "initiative:wijkpaleis";
        DocumentDatabase *directory = device.database("directory");
        GetOptions withHistory;
        withHistory.revisions = true;
        const QJsonObject stored = directory->get(id, withHistory).value();
        const QJsonObject history = stored.value("_revisions").toObject();
        QList<QJsonObject> versions;
        for (const QString &phone : { "010 111 1111", "010 222 2222" }) {
            QJsonObject version = stored;
            QJsonObject contact = version.value("contact").toObject();
            contact.insert("phone", phone);
            version.insert("contact", contact);
            const QString hash = phone.right(4).repeated(8);
            QJsonArray ids = history.value("ids").toArray();
            ids.prepend(hash);
            version.insert(
                "_rev", QStringLiteral("%1-%2").arg(history.value("start").toInt() + 1).arg(hash));
            version.insert("_revisions",
                QJsonObject { { "start", history.value("start").toInt() + 1 }, { "ids", ids } });
            versions.append(version);
        }
        for (const WriteResult &written : directory->bulkDocs(versions, false))
            QVERIFY(written.error.ok());
        device.showInitiative(id);
        QTRY_VERIFY(find(device.window(), "conflictNotice"));
        QString cut = cutTextProblem(device.window(), find(device.window(), "conflictNotice"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        QVERIFY(device.saveScreenshot(
            QStringLiteral(SCREENSHOT_DIR "/conflict_notice_text2_%1.png").arg(tag)));
        click(find(device.window(), "openConflicts"));
        QTRY_VERIFY(find(device.window(), "conflictPage"));
        QVERIFY(device.saveScreenshot(
            QStringLiteral(SCREENSHOT_DIR "/conflict_view_text2_%1.png").arg(tag)));
        cut = cutTextProblem(device.window(), find(device.window(), "conflictPage"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        const QString problem = usabilityProblem(device.window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(device.warnings().isEmpty(), qPrintable(device.warnings().join('\n')));
    }
};

QTEST_MAIN(TestConflictDeskUi)
#include "tst_conflictdeskui.moc"
