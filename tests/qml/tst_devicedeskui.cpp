#include "appcontroller.h"
#include "appshell.h"
#include "devicecontroller.h"
#include "documentdatabase.h"
#include "qrcode.h"
#include "quickitems.h"
#include "section.h"
#include "syncstatus.h"
#include "deskserver.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QQmlEngineExtensionPlugin>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// The coordinator's desk of phones on the real UI rendered offscreen, against a real
// buurtbrug-server over 127.0.0.1: a coordinator invites a host's phone, the QR code on the
// screen is read back and a real phone joins with it, the list shows it with its last sync,
// it is revoked after a confirmation naming it, the server refuses it from its next request
// (401) and the list says so. Refusals (another organisation's phone, a phone that is not a
// coordinator's, a server that is down or silent) are sentences, and nothing typed or stored
// is lost. Every step is checked in what the server STORED.
class TestDeviceDeskUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DeskServer m_server { SERVER_BINARY, ADMIN_BINARY, m_dir.filePath("server") };
    int m_phones = 0;

    QJsonObject admin(const QStringList &arguments) { return m_server.admin(arguments); }
    // The server's record of the device of this person (as `buurtbrug-admin devices` lists it).
    QJsonObject serverDevice(const QString &person)
    {
        for (const QJsonValue &d : admin({ "devices" }).value("devices").toArray()) {
            if (d.toObject().value("person").toString() == person)
                return d.toObject();
        }
        return {};
    }
    int serverDeviceCount() { return int(admin({ "devices" }).value("devices").toArray().size()); }
    QString serverUrl() const { return m_server.url(); }

    // A phone joined with this invite code or QR text, its first sync done; null when it failed.
    std::unique_ptr<AppShell> joinedPhone(const QString &invite, const QString &server, const QString &language, QSize size)
    {
        QString problem;
        auto phone = DeskServer::joined(m_dir.filePath(QStringLiteral("phone-%1").arg(++m_phones)), invite, server,
                                        language, size, &problem);
        if (!phone)
            qWarning("%s", qPrintable(problem));
        return phone;
    }
    // A coordinator's phone of `org` on its Devices page, the list fetched.
    std::unique_ptr<AppShell> coordinatorDesk(const QString &org, const QString &language, QSize size)
    {
        const QString code = m_server.invite("coordinator", org, "Coby");
        auto phone = joinedPhone(code, serverUrl(), language, size);
        if (!phone)
            return nullptr;
        // The directory (the places a host can be bound to) comes with the first sync.
        if (!QTest::qWaitFor([&] { return phone->controller()->cards()->stampPlaces().size() >= 14; }, 20000)) {
            qWarning("the directory did not arrive: %d places", int(phone->controller()->cards()->stampPlaces().size()));
            return nullptr;
        }
        phone->window()->setProperty("section", int(Section::Sync));
        QTest::qWait(30);
        click(find(phone->window(), "openDevices"));
        if (!QTest::qWaitFor([&] { return phone->controller()->devices()->listed(); }, 20000)) {
            qWarning("the list did not come: %s", qPrintable(phone->controller()->devices()->message()));
            return nullptr;
        }
        return phone;
    }
    static QQuickItem *deviceRow(AppShell &phone, const QString &person)
    {
        QList<QQuickItem *> all;
        collectAll(phone.window()->contentItem(), all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == "deviceRow" && shown(item) && item->property("person").toString() == person)
                return item;
        }
        return nullptr;
    }
    static QQuickItem *inside(QQuickItem *row, const char *name)
    {
        QList<QQuickItem *> all;
        collectAll(row, all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == QLatin1String(name) && shown(item))
                return item;
        }
        return nullptr;
    }
    static QString banner(AppShell &phone)
    {
        QQuickItem *item = find(phone.window(), "deviceResult");
        return item ? item->property("message").toString() : QString();
    }
    // What a phone's camera would read off the coordinator's screen.
    static std::optional<QString> qrOnScreen(AppShell &phone)
    {
        QQuickItem *qr = find(phone.window(), "inviteQr");
        if (!qr)
            return std::nullopt;
        const QImage shot = phone.window()->grabWindow();
        const qreal dpr = shot.devicePixelRatio();
        const QRectF where = qr->mapRectToScene(QRectF(0, 0, qr->width(), qr->height())).adjusted(-16, -16, 16, 16);
        const QImage grey = shot.copy(QRectF(where.topLeft() * dpr, where.size() * dpr).toRect()).convertToFormat(QImage::Format_Grayscale8);
        return QrCode::decode(grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()));
    }
    // A request with a device's own token, as its sync would make: the status.
    int statusWithToken(const QByteArray &token, const QString &path)
    {
        QNetworkAccessManager network;
        QUrl url(m_server.url());
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    static QByteArray tokenOf(AppShell &phone)
    {
        return phone.database("directory")->getLocal("_local/buurtbrug-device").value().value("token").toString().toLatin1();
    }
    // Fills in the invite form as a person does: a role, the hosted places, a name.
    static void fillInvite(AppShell &phone, const QString &role, int places, const QString &person)
    {
        click(find(phone.window(), QByteArray("inviteRole_" + role.toLatin1()).constData()));
        for (int i = 0; i < places; ++i) {
            QList<QQuickItem *> all;
            collectAll(phone.window()->contentItem(), all);
            for (QQuickItem *item : std::as_const(all)) {
                if (item->objectName() == "inviteHost" && shown(item) && !item->property("checked").toBool()) {
                    click(item);
                    break;
                }
            }
        }
        find(phone.window(), "invitePerson")->setProperty("text", person);
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        QVERIFY(m_server.start({ SAMPLE_FILE }, { "visserijplein", "reakt" }));
    }
    // A revoked phone's refused requests count as failed sign-ins of this address (the server
    // answers 429 past ten a minute): each case starts with a server that has not seen them.
    void init()
    {
        QVERIFY(m_server.restart());
    }

    void cleanup()
    {
        const QByteArray errors = m_server.readErrors();
        if (!errors.isEmpty())
            qWarning("server: %s", errors.right(3000).constData());
    }

    void aCoordinatorInvitesListsAndRevokesAPhone_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nl tablet") << "nl" << QSize(1180, 820);
        QTest::newRow("ar desktop") << "ar" << QSize(1280, 800);
    }
    void aCoordinatorInvitesListsAndRevokesAPhone()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        const QString person = QStringLiteral("Samira-%1").arg(language);
        auto desk = coordinatorDesk("visserijplein", language, size);
        QVERIFY(desk);
        DeviceController *devices = desk->controller()->devices();
        QVERIFY(find(desk->window(), "devicePage"));
        QVERIFY(deviceRow(*desk, "Coby")); // the coordinator's own phone is in the list

        // Bad input: a host without places is said at the form; nothing asked, nothing stored.
        const int before = serverDeviceCount();
        fillInvite(*desk, "host", 0, person);
        click(find(desk->window(), "inviteSend"));
        QVERIFY(find(desk->window(), "inviteProblem"));
        QCOMPARE(devices->waitingFor(), QString());
        QVERIFY(!find(desk->window(), "inviteQr"));
        QCOMPARE(find(desk->window(), "invitePerson")->property("text").toString(), person); // kept

        // A host of two places: the invite's QR code and code on the screen.
        fillInvite(*desk, "host", 2, person);
        const QStringList hosts = find(desk->window(), "devicePage")->property("hosts").toStringList();
        QCOMPARE(hosts.size(), 2);
        click(find(desk->window(), "inviteSend"));
        QTRY_VERIFY_WITH_TIMEOUT(find(desk->window(), "inviteQr"), 20000);
        QVERIFY2(devices->messageOk(), qPrintable(banner(*desk)));
        const QString code = find(desk->window(), "inviteCode")->property("text").toString();
        QVERIFY(QRegularExpression("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$").match(code).hasMatch());
        QVERIFY(desk->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/device_desk_invite_%1.png").arg(tag)));
        QString problem = usabilityProblem(desk->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(serverDeviceCount(), before); // an invite is not a device until it is used

        // The new phone scans the screen: the QR text names the server and carries the code.
        const std::optional<QString> scanned = qrOnScreen(*desk);
        QVERIFY2(scanned, "no QR code read off the coordinator's screen");
        const QJsonObject payload = QJsonDocument::fromJson(scanned->toUtf8()).object();
        QCOMPARE(payload.value("code").toString(), code);
        QCOMPARE(payload.value("server").toString(), serverUrl());
        auto host = joinedPhone(*scanned, QString(), language, QSize(390, 844)); // one UI language per process
        QVERIFY2(host, "the new phone could not join with the scanned invite");
        QCOMPARE(host->controller()->roles(), QStringList { "host" });
        QTRY_COMPARE_WITH_TIMEOUT(host->controller()->sync()->status(), SyncStatus::Status::UpToDate, 20000);
        const QJsonObject stored = serverDevice(person);
        QCOMPARE(stored.value("organisation").toString(), QString("visserijplein"));
        QCOMPARE(stored.value("revoked").toBool(), false);
        QStringList storedHosts;
        for (const QJsonValue &h : stored.value("hosts").toArray())
            storedHosts.append(h.toString());
        std::sort(storedHosts.begin(), storedHosts.end());
        QStringList chosen = hosts;
        std::sort(chosen.begin(), chosen.end());
        QCOMPARE(storedHosts, chosen);
        QCOMPARE(serverDeviceCount(), before + 1);

        // In the list, with its role, enrolment and last sync; the same invite cannot be used twice.
        click(find(desk->window(), "inviteAnother"));
        QVERIFY(find(desk->window(), "inviteForm"));
        QCOMPARE(find(desk->window(), "invitePerson")->property("text").toString(), QString());
        click(find(desk->window(), "refreshDevices"));
        QTRY_VERIFY_WITH_TIMEOUT(deviceRow(*desk, person), 20000);
        QQuickItem *row = deviceRow(*desk, person);
        QVERIFY(!row->property("lastSync").toString().isEmpty());
        QVERIFY(!row->property("enrolled").toString().isEmpty());
        QVERIFY(!row->property("revoked").toBool());
        QVERIFY(desk->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/device_desk_list_%1.png").arg(tag)));
        problem = usabilityProblem(desk->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!joinedPhone(code, serverUrl(), language, QSize(390, 844)));

        // Revoke, after a confirmation naming the person; "Keep the phone" keeps it.
        click(inside(row, "revokeDevice"));
        QTRY_VERIFY(find(desk->window(), "confirmRevokeDeviceYes"));
        QObject *dialog = desk->window()->findChild<QObject *>("confirmRevokeDevice");
        QVERIFY(dialog && dialog->property("title").toString().contains(person));
        QVERIFY(desk->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/device_desk_revoke_%1.png").arg(tag)));
        click(find(desk->window(), "confirmRevokeDeviceNo"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTest::qWait(200);
        QVERIFY(!serverDevice(person).value("revoked").toBool());
        QCOMPARE(devices->waitingFor(), QString());
        click(inside(deviceRow(*desk, person), "revokeDevice"));
        QTRY_VERIFY(find(desk->window(), "confirmRevokeDeviceYes"));
        click(find(desk->window(), "confirmRevokeDeviceYes"));
        QTRY_VERIFY_WITH_TIMEOUT(serverDevice(person).value("revoked").toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(deviceRow(*desk, person) && deviceRow(*desk, person)->property("revoked").toBool(), 20000);
        QVERIFY(inside(deviceRow(*desk, person), "deviceRevoked"));
        QVERIFY(!inside(deviceRow(*desk, person), "revokeDevice"));
        QVERIFY2(devices->messageOk() && banner(*desk).contains(person), qPrintable(banner(*desk)));
        QVERIFY(!serverDevice("Coby").value("revoked").toBool()); // only that phone

        // The revoked phone is refused on its next request, and its sync stops saying why.
        QCOMPARE(statusWithToken(tokenOf(*host), "/directory"), 401);
        host->controller()->sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(host->controller()->sync()->status(), SyncStatus::Status::DeviceRemoved, 20000);
        QCOMPARE(statusWithToken(tokenOf(*desk), "/directory"), 200);
        QVERIFY2(desk->warnings().isEmpty(), qPrintable(desk->warnings().join('\n')));
    }

    // A coordinator of organisation A cannot revoke B's phone (the desk never lists it; asked
    // anyway, the server refuses); a phone that is not a coordinator's is refused; each is a
    // sentence and nothing changes on the server.
    void refusalsAreSaidAndChangeNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("ar") << "ar";
    }
    void refusalsAreSaidAndChangeNothing()
    {
        QFETCH(QString, language);
        const QString otherCode = m_server.invite("buurtmaatje", "reakt", "Bram");
        auto other = joinedPhone(otherCode, serverUrl(), "nl", QSize(390, 844));
        QVERIFY(other);
        const QString otherId = serverDevice("Bram").value("id").toString();
        QVERIFY(!otherId.isEmpty());

        auto desk = coordinatorDesk("visserijplein", language, QSize(1180, 820));
        QVERIFY(desk);
        QVERIFY(!deviceRow(*desk, "Bram"));
        DeviceController *devices = desk->controller()->devices();
        QVERIFY(devices->revoke(otherId));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(*desk).isEmpty(), 20000);
        QVERIFY(!devices->messageOk());
        QCOMPARE(banner(*desk), DeviceController::tr("The server refused: only a coordinator manages the phones, and only those of their own organisation."));
        QVERIFY(!serverDevice("Bram").value("revoked").toBool());

        // A buurtmaatje's token on the desk (the app does not offer it; the server decides).
        devices->setServer(QUrl(serverUrl()), tokenOf(*other), "reakt");
        QTRY_VERIFY_WITH_TIMEOUT(devices->waitingFor().isEmpty(), 20000); // the list: refused too
        QVERIFY(!devices->messageOk());
        QCOMPARE(devices->devices()->rowCount(), 0);
        devices->clearMessage();
        const int before = serverDeviceCount();
        fillInvite(*desk, "buurtmaatje", 0, "Noor");
        click(find(desk->window(), "inviteSend"));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(*desk).isEmpty(), 20000);
        QVERIFY(!devices->messageOk());
        QCOMPARE(banner(*desk), DeviceController::tr("The server refused: only a coordinator manages the phones, and only those of their own organisation."));
        QVERIFY(!find(desk->window(), "inviteQr"));
        QCOMPARE(find(desk->window(), "invitePerson")->property("text").toString(), QString("Noor"));
        QVERIFY(desk->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/device_desk_refused_%1.png").arg(language)));
        QCOMPARE(serverDeviceCount(), before);
    }

    // The server down, or silent: said, with a Cancel while waiting; what was typed stays.
    void aServerDownOrSilentIsSaid_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("ar") << "ar";
    }
    void aServerDownOrSilentIsSaid()
    {
        QFETCH(QString, language);
        auto desk = coordinatorDesk("visserijplein", language, QSize(1280, 800));
        QVERIFY(desk);
        DeviceController *devices = desk->controller()->devices();
        const QByteArray token = tokenOf(*desk);

        // Down: nothing listens on the port.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        devices->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), token, "visserijplein");
        // The shown page asks for the list at once: that fails first.
        QTRY_VERIFY_WITH_TIMEOUT(devices->waitingFor().isEmpty(), 20000);
        devices->clearMessage();
        fillInvite(*desk, "coordinator", 0, "Iris");
        click(find(desk->window(), "inviteSend"));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(*desk).isEmpty(), 20000);
        QVERIFY(!devices->messageOk());
        QCOMPARE(banner(*desk), DeviceController::tr("The server could not be reached. Nothing was changed; try again when there is a network."));
        QCOMPARE(find(desk->window(), "invitePerson")->property("text").toString(), QString("Iris"));
        QCOMPARE(find(desk->window(), "devicePage")->property("role").toString(), QString("coordinator"));

        // Silent: the waiting line with Cancel; Cancel stops it, the form is still there.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.emplace_back(socket);
        });
        devices->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), token, "visserijplein");
        QCOMPARE(devices->waitingFor(), QString("list")); // the shown page asks for the list
        QTRY_VERIFY_WITH_TIMEOUT(!held.empty(), 5000);
        devices->cancel();
        held.clear();
        click(find(desk->window(), "inviteSend"));
        QTRY_VERIFY_WITH_TIMEOUT(!held.empty(), 5000);
        QCOMPARE(devices->waitingFor(), QString("invite"));
        QVERIFY(find(desk->window(), "deviceBusy"));
        QVERIFY(!find(desk->window(), "inviteSend")->isEnabled());
        QVERIFY(desk->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/device_desk_waiting_%1.png").arg(language)));
        click(find(desk->window(), "deviceCancel"));
        QVERIFY(!find(desk->window(), "deviceBusy"));
        QVERIFY(!devices->messageOk());
        QVERIFY(find(desk->window(), "inviteSend")->isEnabled());
        QCOMPARE(find(desk->window(), "invitePerson")->property("text").toString(), QString("Iris"));
        QVERIFY(desk->warnings().isEmpty());
    }

    // At text size 2.0 on a phone, in Dutch and Arabic: the form, the invite and the list whole.
    void largeTextOnAPhone_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("ar") << "ar";
    }
    void largeTextOnAPhone()
    {
        QFETCH(QString, language);
        const TextSizeTwo large;
        auto desk = coordinatorDesk("visserijplein", language, QSize(390, 844));
        QVERIFY(desk);
        fillInvite(*desk, "host", 1, "Fatima");
        QVERIFY(desk->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/text2_devices_form_%1.png").arg(language)));
        QString problem = cutTextProblem(desk->window(), find(desk->window(), "devicePage"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = usabilityProblem(desk->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        click(find(desk->window(), "inviteSend"));
        QTRY_VERIFY_WITH_TIMEOUT(find(desk->window(), "inviteQr"), 20000);
        QVERIFY(desk->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/text2_devices_invite_%1.png").arg(language)));
        problem = cutTextProblem(desk->window(), find(desk->window(), "devicePage"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestDeviceDeskUi)
#include "tst_devicedeskui.moc"
