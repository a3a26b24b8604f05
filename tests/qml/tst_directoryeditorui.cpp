#include "appcontroller.h"
#include "appshell.h"
#include "directoryeditorcontroller.h"
#include "documentdatabase.h"
#include "positionservice.h"
#include "quickitems.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// The coordinator's directory editor in the real app, offscreen, on a real store in a temporary
// folder, in Dutch and Arabic, at tablet (1180×820) and desktop (1280×800) size: an initiative
// is added with an activity, edited and retired, and each step is read back from the store.
// Bad input on the way — no name, a position abroad, a schedule that never occurs, an address
// service that is down or answers garbage (a real HTTP server on 127.0.0.1 standing in for
// PDOK) — each shows a message at its field, stores nothing and keeps what was typed.
class TestDirectoryEditorUi : public QObject
{
    Q_OBJECT

    QTcpServer m_pdok;       // answers as PDOK Locatieserver, or with garbage
    QByteArray m_answer;
    quint16 m_downPort = 0;  // nothing listens there
    QFont m_defaultFont;

    QUrl pdokUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/bzk/locatieserver/search/v3_1/free").arg(m_pdok.serverPort())); }

    static QByteArray schiedamseweg()
    {
        return R"json({"response":{"numFound":1,"start":0,"docs":[{"weergavenaam":"Schiedamseweg 1, 3026AB Rotterdam",)json"
               R"json("straatnaam":"Schiedamseweg","huis_nlt":"1","postcode":"3026AB","woonplaatsnaam":"Rotterdam",)json"
               R"json("centroide_ll":"POINT(4.44551 51.91069)","type":"adres"}]}})json";
    }

    static void setText(QQuickWindow *window, const char *name, const QString &text)
    {
        QQuickItem *input = find(window, name);
        QVERIFY2(input, name);
        input->setProperty("text", text);
        QTest::qWait(10);
    }
    static QString textOf(QQuickWindow *window, const char *name)
    {
        QQuickItem *item = find(window, name);
        return item ? item->property("text").toString() : QStringLiteral("<%1 not shown>").arg(QLatin1String(name));
    }
    static QQuickItem *child(QQuickItem *root, const char *name)
    {
        QList<QQuickItem *> all;
        collectAll(root, all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == QLatin1String(name) && shown(item))
                return item;
        }
        return nullptr;
    }
    // Waits (bounded) until the item's text is not empty.
    static bool waitForText(QQuickWindow *window, const char *name, int ms = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (!textOf(window, name).isEmpty() && !textOf(window, name).startsWith(u'<'))
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    // Scrolls the page so the item is in sight, as a person would before looking at it.
    static qint64 updateSeq(DocumentDatabase *db) { return db->info().value().updateSeq; }

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        m_defaultFont = QGuiApplication::font();
        QVERIFY(m_pdok.listen(QHostAddress::LocalHost, 0));
        connect(&m_pdok, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_pdok.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(m_answer.size()) + "\r\nConnection: close\r\n\r\n" + m_answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        // A port that refuses: listened on once, then closed.
        QTcpServer down;
        QVERIFY(down.listen(QHostAddress::LocalHost, 0));
        m_downPort = down.serverPort();
    }

    void cleanup() { QGuiApplication::setFont(m_defaultFont); }

    void addEditRetire_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *lang : { "nl", "ar" }) {
            QTest::newRow(qPrintable(QStringLiteral("tablet_%1").arg(lang))) << QString::fromLatin1(lang) << QSize(1180, 820);
            QTest::newRow(qPrintable(QStringLiteral("desktop_%1").arg(lang))) << QString::fromLatin1(lang) << QSize(1280, 800);
        }
    }
    void addEditRetire()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QTemporaryDir data;
        AppShell shell;
        shell.setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        shell.setGeocoderUrl(QStringLiteral("http://127.0.0.1:%1/free").arg(m_downPort));
        QVERIFY(shell.open(data.path(), language, true).ok());
        shell.controller()->setRoles({ QStringLiteral("coordinator") });
        QVERIFY(shell.load(size));
        QQuickWindow *window = shell.window();
        DocumentDatabase *directory = shell.database(QStringLiteral("directory"));
        QVERIFY(directory);
        AddressLookup *lookup = shell.controller()->directoryEditor()->addressLookup();
        lookup->setTimeoutMs(3000);

        // "Add initiative" where the list is.
        click(find(window, "addInitiative"));
        QVERIFY(find(window, "initiativeEditorPage"));
        qint64 seq = updateSeq(directory);

        // No name in any language: the message at the name, nothing stored, nothing lost.
        setText(window, "initiativeSummaryInput", QStringLiteral("Samen koken"));
        setText(window, "initiativePhoneInput", QStringLiteral("010 123 4567"));
        click(find(window, "initiativeSave"));
        QVERIFY(!textOf(window, "initiativeNameProblem").isEmpty());
        QCOMPARE(updateSeq(directory), seq);
        QCOMPARE(textOf(window, "initiativeSummaryInput"), QStringLiteral("Samen koken"));
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/editor_noname_%1.png").arg(tag)));

        // A position abroad: refused at the position.
        const QString name = language == QLatin1String("ar") ? QStringLiteral("مطبخ الحي") : QStringLiteral("Buurtkeuken De Pot");
        setText(window, "initiativeNameInput", name);
        setText(window, "initiativeSlugInput", QStringLiteral("buurtkeuken"));
        setText(window, "initiativeLatitudeInput", QStringLiteral("48.8566"));
        setText(window, "initiativeLongitudeInput", QStringLiteral("2.3522"));
        click(find(window, "initiativeSave"));
        QVERIFY(!textOf(window, "positionProblem").isEmpty());
        QCOMPARE(updateSeq(directory), seq);
        QCOMPARE(textOf(window, "initiativeNameInput"), name);
        scrollTo(find(window, "positionProblem"), 1.0 / 3);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/editor_abroad_%1.png").arg(tag)));

        // The address service down, then answering garbage: a message, the typed fields kept.
        setText(window, "initiativeStreetInput", QStringLiteral("Schiedamseweg 1"));
        setText(window, "initiativePostcodeInput", QStringLiteral("3026 AB"));
        click(find(window, "lookUpAddress"));
        QVERIFY(waitForText(window, "lookupMessage"));
        const QString downMessage = textOf(window, "lookupMessage");
        lookup->setServiceUrl(pdokUrl());
        m_answer = "<html>502 Bad Gateway</html>";
        click(find(window, "lookUpAddress"));
        QElapsedTimer waited;
        waited.start();
        while (textOf(window, "lookupMessage") == downMessage && waited.elapsed() < 10000)
            QTest::qWait(20);
        QVERIFY(waitForText(window, "lookupMessage"));
        QVERIFY(textOf(window, "lookupMessage") != downMessage); // says it is garbage, not that it is down
        QCOMPARE(textOf(window, "initiativeStreetInput"), QStringLiteral("Schiedamseweg 1"));
        QCOMPARE(textOf(window, "initiativeLatitudeInput"), QStringLiteral("48.8566"));
        QCOMPARE(updateSeq(directory), seq);
        scrollTo(find(window, "lookupMessage"), 1.0 / 3);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/editor_geocoder_%1.png").arg(tag)));

        // The service answering as PDOK: the address chosen fills the position.
        m_answer = schiedamseweg();
        click(find(window, "lookUpAddress"));
        waited.restart();
        while (!find(window, "addressResult_0") && waited.elapsed() < 10000)
            QTest::qWait(20);
        click(find(window, "addressResult_0"));
        QCOMPARE(textOf(window, "initiativeLatitudeInput"), QStringLiteral("51.910690"));
        click(find(window, "chip_food"));
        click(find(window, "initiativeSave"));
        const Result<QJsonObject> added = directory->get(QStringLiteral("initiative:buurtkeuken"));
        QVERIFY2(added.ok(), qPrintable(textOf(window, "editorNotice") + textOf(window, "resultMessage")));
        QCOMPARE(added.value().value("position").toObject().value("lat").toDouble(), 51.91069);
        QCOMPARE(added.value().value("address").toObject().value("postcode").toString(), QStringLiteral("3026 AB"));
        QCOMPARE(added.value().value("contact").toObject().value("phone").toString(), QStringLiteral("010 123 4567"));
        QCOMPARE(added.value().value("themes").toArray(), QJsonArray { "food" });
        QCOMPARE(added.value().value("originalLanguage").toString(), language);
        QCOMPARE(directory->get(QStringLiteral("translation:buurtkeuken:%1").arg(language)).value().value("name").toString(), name);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/editor_saved_%1.png").arg(tag)));

        // An activity: a schedule that never occurs first (refused, nothing stored), then every other Thursday.
        click(find(window, "addActivity"));
        QVERIFY(find(window, "activityEditorPage"));
        setText(window, "activityNameInput", language == QLatin1String("ar") ? QStringLiteral("طبخ مشترك") : QStringLiteral("Samen koken"));
        setText(window, "activitySlugInput", QStringLiteral("koken"));
        click(child(find(window, "scheduleRule"), "chip_dates"));
        setText(window, "scheduleDatesInput", QStringLiteral("01-07-2026"));
        click(find(window, "scheduleDatesAdd"));
        seq = updateSeq(directory);
        click(find(window, "activitySave"));
        QVERIFY(!textOf(window, "scheduleProblem").isEmpty());
        QCOMPARE(updateSeq(directory), seq);
        scrollTo(find(window, "scheduleProblem"), 1.0 / 3);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/editor_never_%1.png").arg(tag)));
        click(child(find(window, "scheduleRule"), "chip_every-other-week"));
        click(child(find(window, "scheduleDay"), "chip_4"));
        setText(window, "scheduleFirstDateInput", QStringLiteral("26-11-2026"));
        setText(window, "scheduleStartInput", QStringLiteral("17:30"));
        QVERIFY(find(window, "previewDate_4"));
        scrollTo(find(window, "scheduleRule"), 1.0 / 3);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/editor_activity_%1.png").arg(tag)));
        click(find(window, "activitySave"));
        const Result<QJsonObject> activity = directory->get(QStringLiteral("activity:buurtkeuken:koken"));
        QVERIFY(activity.ok());
        QCOMPARE(activity.value().value("schedule").toObject(),
                 (QJsonObject { { "freq", "weekly" }, { "interval", 2 }, { "byDay", "TH" }, { "anchor", "2026-11-26" }, { "start", "17:30" } }));
        QVERIFY(find(window, "initiativeEditorPage"));
        QVERIFY(!find(window, "activityEditorPage"));

        // Close, and "Edit" on the detail page opens it again; a change is stored.
        click(find(window, "initiativeClose"));
        QVERIFY(!find(window, "initiativeEditorPage"));
        QCOMPARE(window->property("selectedId").toString(), QStringLiteral("initiative:buurtkeuken"));
        click(find(window, "editInitiative"));
        QCOMPARE(textOf(window, "initiativeNameInput"), name);
        setText(window, "initiativePhoneInput", QStringLiteral("010 765 4321"));
        click(find(window, "initiativeSave"));
        QCOMPARE(directory->get(QStringLiteral("initiative:buurtkeuken")).value().value("contact").toObject().value("phone").toString(),
                 QStringLiteral("010 765 4321"));

        // Retire, after the confirmation: kept and marked, its activities gone, the editor closed.
        click(find(window, "retireInitiative"));
        QObject *popup = find(window, "initiativeEditorPage")->property("retireConfirmation").value<QObject *>();
        QVERIFY(popup);
        QTRY_VERIFY_WITH_TIMEOUT(popup->property("opened").toBool(), 5000);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/editor_retire_%1.png").arg(tag)));
        click(child(popup->property("contentItem").value<QQuickItem *>(), "confirmRetireYes"));
        const Result<QJsonObject> retired = directory->get(QStringLiteral("initiative:buurtkeuken"));
        QCOMPARE(retired.value().value("retired").toString(), QStringLiteral("2026-11-24"));
        QCOMPARE(directory->get(QStringLiteral("activity:buurtkeuken:koken")).error().code, StoreError::Code::NotFound);
        QVERIFY(!find(window, "initiativeEditorPage"));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }

    // "Use this device's position": the fix (from an NMEA log) into the form and, saved, the
    // store; without a fix a sentence says so and the typed position stays.
    void positionFromTheDevice()
    {
        QTemporaryDir data;
        AppShell shell;
        shell.setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        shell.setNmeaLog(QStringLiteral(NMEA_DIR "/visserijplein-walk.nmea"));
        QVERIFY(shell.open(data.path(), QStringLiteral("nl"), true).ok());
        shell.controller()->setRoles({ QStringLiteral("coordinator") });
        QVERIFY(shell.load(QSize(1180, 820)));
        QQuickWindow *window = shell.window();
        PositionService *position = shell.controller()->position();
        QTRY_VERIFY_WITH_TIMEOUT(position->hasFix(), 5000);
        position->stop(); // the walk goes on; the last fix stays (until it goes stale) to compare with
        click(find(window, "addInitiative"));
        setText(window, "initiativeNameInput", QStringLiteral("Plein Koffie"));
        click(find(window, "useDevicePosition"));
        const double lat = textOf(window, "initiativeLatitudeInput").toDouble();
        const double lon = textOf(window, "initiativeLongitudeInput").toDouble();
        QVERIFY2(std::abs(lat - position->latitude()) < 1e-5 && std::abs(lon - position->longitude()) < 1e-5,
                 qPrintable(textOf(window, "initiativeLatitudeInput")));
        QVERIFY(!textOf(window, "resultMessage").isEmpty()); // the position is filled in (or rough)
        click(find(window, "initiativeSave"));
        const QJsonObject stored = shell.database(QStringLiteral("directory"))->get(QStringLiteral("initiative:plein-koffie")).value();
        QCOMPARE(stored.value("position").toObject().value("lat").toDouble(), QString::number(lat, 'f', 6).toDouble());

        // Without a fix: said, and nothing typed is replaced.
        position->setStaleTimeout(1);
        QTRY_VERIFY_WITH_TIMEOUT(!position->hasFix(), 5000);
        setText(window, "initiativeLatitudeInput", QStringLiteral("51.9"));
        click(find(window, "useDevicePosition"));
        QCOMPARE(textOf(window, "initiativeLatitudeInput"), QStringLiteral("51.9"));
        QVERIFY(!textOf(window, "resultMessage").isEmpty());
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }

    // Large text (2.0) on a phone and a tablet: every control reachable and named, nothing cut.
    void largeTextEditor_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("activity");
        for (const char *lang : { "nl", "ar" }) {
            for (bool activity : { false, true }) {
                QTest::newRow(qPrintable(QStringLiteral("phone_%1_%2").arg(lang, activity ? "activity" : "initiative")))
                        << QString::fromLatin1(lang) << QSize(390, 844) << activity;
                QTest::newRow(qPrintable(QStringLiteral("tablet_%1_%2").arg(lang, activity ? "activity" : "initiative")))
                        << QString::fromLatin1(lang) << QSize(1180, 820) << activity;
            }
        }
    }
    void largeTextEditor()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, activity);
        QFont font = m_defaultFont;
        font.setPixelSize(28);
        QGuiApplication::setFont(font);
        QTemporaryDir data;
        AppShell shell;
        shell.setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        QVERIFY(shell.open(data.path(), language, true).ok());
        shell.controller()->setRoles({ QStringLiteral("editor") });
        QVERIFY(shell.load(size));
        QQuickWindow *window = shell.window();
        shell.showInitiative(QStringLiteral("initiative:wijkpaleis"));
        QTest::qWait(50);
        click(find(window, "editInitiative"));
        QVERIFY(find(window, "initiativeEditorPage"));
        if (activity) {
            click(find(window, "addActivity"));
            QVERIFY(find(window, "activityEditorPage"));
        }
        const QString file = QStringLiteral(SCREENSHOT_DIR "/editor_large_%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(shell.saveScreenshot(file));
        // Further down: the position (initiative) or the schedule and its next dates (activity).
        scrollTo(find(window, activity ? "scheduleDay" : "lookUpAddress"), 1.0 / 3);
        QVERIFY(shell.saveScreenshot(QString(file).replace(QStringLiteral(".png"), QStringLiteral("_lower.png"))));
        const QString usability = usabilityProblem(window);
        QVERIFY2(usability.isEmpty(), qPrintable(usability));
        // The editor's own text; the navigation behind it is the large-text tests' (tst_largetextui).
        const QString cut = cutTextProblem(window, find(window, activity ? "activityEditorPage" : "initiativeEditorPage"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }
};

QTEST_MAIN(TestDirectoryEditorUi)
#include "tst_directoryeditorui.moc"
