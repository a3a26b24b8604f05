#include "section.h"
#include "syncstatus.h"
#include "appcontroller.h"
#include "appshell.h"
#include "cardcode.h"
#include "cardverifier.h"
#include "documentdatabase.h"
#include "fieldlog.h"
#include "personerasure.h"
#include "qrcode.h"
#include "quickitems.h"
#include "deskserver.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// What the platform is asked to open (QDesktopServices routes file URLs here in the test).
class OpenRequests : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

// The coordinator's desk of cards on the real UI rendered offscreen, against a real
// buurtbrug-server over 127.0.0.1: a phone joins as a coordinator, issues a card, finds it in
// the searchable list, reprints it (the PDF opens in the platform's viewer, its QR code reads
// back and verifies), extends it, replaces it keeping the stamps and revokes the replacement
// after a confirmation. Every step is checked in what the server and the phone STORED. A card
// of another organisation is refused with a clear message and nothing stored.
class TestCardDeskUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DeskServer m_server { SERVER_BINARY, ADMIN_BINARY, m_dir.filePath("server") };
    QString m_pdftoppm;
    int m_phones = 0;

    QJsonObject admin(const QStringList &arguments) { return m_server.admin(arguments); }
    // A request as the server's admin: {status, body}.
    QPair<int, QJsonObject> http(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager network;
        QUrl url(m_server.url());
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + m_server.adminBase().userInfo().toUtf8().toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object() };
    }
    QJsonObject serverCard(const QString &code) { return http("GET", "/cards/card:" + code).second; }

    // A phone joined as a coordinator of `org`, its directory synced, on the card section.
    std::unique_ptr<AppShell> coordinatorPhone(const QString &org, const QString &language, QSize size)
    {
        ++m_phones;
        auto phone = DeskServer::joined(m_dir.filePath(QStringLiteral("phone-%1").arg(m_phones)),
                                        m_server.invite("coordinator", org), m_server.url(), language, size);
        if (!phone)
            return nullptr;
        phone->controller()->cards()->setPrintFolder(m_dir.filePath(QStringLiteral("prints-%1").arg(m_phones)));
        QElapsedTimer waited;
        waited.start();
        while (phone->controller()->cards()->stampPlaces().size() < 14 && waited.elapsed() < 20000)
            QTest::qWait(50);
        phone->window()->setProperty("section", int(Section::Card));
        return phone;
    }
    // Issues a card through the server, as the Issue page does; its canonical code.
    static QString issue(AppShell &phone)
    {
        CardController *cards = phone.controller()->cards();
        QSignalSpy finished(cards, &CardController::issueFinished);
        const QVariantList places = cards->stampPlaces();
        cards->issueCard({ places.at(0).toMap().value("id").toString(), places.at(1).toMap().value("id").toString() }, 3, "nl", true);
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return CardCode::parse(finished.first().first().toMap().value("code").toString()).value_or(QString());
    }
    static QString banner(AppShell &phone)
    {
        QQuickItem *item = find(phone.window(), "cardDetailResult");
        return item && item->isVisible() ? item->property("message").toString() : QString();
    }
    static bool bannerOk(AppShell &phone) { return find(phone.window(), "cardDetailResult")->property("ok").toBool(); }
    static QQuickItem *listRow(AppShell &phone, const QString &display)
    {
        QList<QQuickItem *> all;
        collectAll(phone.window()->contentItem(), all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == "organisationCard" && shown(item) && item->property("printedCode").toString() == display)
                return item;
        }
        return nullptr;
    }
    // Opens the desk's list and a card in it (beside the list when wide, over it on a phone).
    static void openCard(AppShell &phone, const QString &search, const QString &display)
    {
        if (!find(phone.window(), "cardListPage")) {
            click(find(phone.window(), "openCardList"));
            QTRY_VERIFY(find(phone.window(), "cardListPage"));
        }
        QQuickItem *field = find(phone.window(), "cardSearch");
        QVERIFY(field);
        field->setProperty("text", search);
        QTRY_VERIFY(listRow(phone, display));
        click(listRow(phone, display));
        QTRY_VERIFY(find(phone.window(), "cardDetailCode")
                    && find(phone.window(), "cardDetailCode")->property("text").toString() == display);
    }
    std::optional<QString> qrOf(const QString &pdf, int page = 1)
    {
        const QString prefix = m_dir.filePath("scan");
        QFile::remove(prefix + ".pgm");
        QProcess run;
        run.start(m_pdftoppm, { "-gray", "-r", "200", "-f", QString::number(page), "-l", QString::number(page), "-singlefile", pdf, prefix });
        run.waitForFinished(30000);
        const QImage image = QImage(prefix + ".pgm").convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull())
            return std::nullopt;
        return QrCode::decode(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()));
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        m_pdftoppm = QStandardPaths::findExecutable("pdftoppm");
        if (m_pdftoppm.isEmpty())
            QFAIL("pdftoppm (poppler-utils) is needed: run scripts/install-deps.sh");
        QVERIFY(m_server.start({ SAMPLE_FILE }, { "visserijplein", "reakt" }));
    }

    void aCoordinatorWorksACardFromTheDesk_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nl tablet") << "nl" << QSize(1180, 820);
        QTest::newRow("ar desktop") << "ar" << QSize(1280, 800);
    }
    void aCoordinatorWorksACardFromTheDesk()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        auto phone = coordinatorPhone("visserijplein", language, size);
        QVERIFY(phone);
        DocumentDatabase *cards = phone->database("cards");
        const QString code = issue(*phone);
        QVERIFY(!code.isEmpty());
        const QString display = CardCode::display(code);
        // The card reaches the phone by sync, with its signed payload for reprints.
        QTRY_VERIFY_WITH_TIMEOUT(cards->get("card:" + code).ok() && cards->get("card:" + code).value().contains("payload"), 20000);
        const QString payload = cards->get("card:" + code).value().value("payload").toString();
        // ...and the organisation's public key with the directory, which vouches for it.
        QTRY_VERIFY_WITH_TIMEOUT(CardVerifier::verify(payload, *phone->database("directory"), QDate::currentDate()).ok(), 20000);

        // Searchable: part of the code in lower case, or nothing that matches.
        click(find(phone->window(), "openCardList"));
        QTRY_VERIFY(find(phone->window(), "cardListPage"));
        find(phone->window(), "cardSearch")->setProperty("text", "zzzz");
        QTRY_VERIFY(find(phone->window(), "noCardsFound"));
        QCOMPARE(phone->controller()->cards()->cardList()->rowCount(), 0);
        openCard(*phone, display.right(5).toLower(), display);
        QCOMPARE(phone->controller()->cards()->cardList()->rowCount(), 1);
        QVERIFY(find(phone->window(), "cardList")); // beside the card on a tablet and a desktop
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_desk_%1.png").arg(tag)));
        const QString problem = usabilityProblem(phone->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Reprint: a PDF opened in the platform's viewer; its QR code reads back and verifies.
        OpenRequests opened;
        QDesktopServices::setUrlHandler("file", &opened, "open");
        click(find(phone->window(), "reprintA6"));
        QDesktopServices::unsetUrlHandler("file");
        QVERIFY2(bannerOk(*phone), qPrintable(banner(*phone)));
        QCOMPARE(opened.urls.size(), 1);
        const QString pdf = opened.urls.first().toLocalFile();
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const std::optional<QString> scanned = qrOf(pdf);
        QVERIFY2(scanned, "no QR code read from the reprinted card");
        QCOMPARE(*scanned, payload);
        const CardVerifier::Check check = CardVerifier::verify(*scanned, *phone->database("directory"), QDate::currentDate());
        QVERIFY2(check.ok(), qPrintable(check.reason));
        QCOMPARE(check.card.code, code);

        // Extend by three months: signed again on the server, synced back to the phone.
        const QDate until = QDate::fromString(serverCard(code).value("validUntil").toString(), Qt::ISODate);
        click(find(phone->window(), "extendCard"));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(*phone).isEmpty(), 20000);
        QVERIFY2(bannerOk(*phone), qPrintable(banner(*phone)));
        QCOMPARE(serverCard(code).value("validUntil").toString(), until.addMonths(3).toString(Qt::ISODate));
        QTRY_COMPARE_WITH_TIMEOUT(cards->get("card:" + code).value().value("validUntil").toString(),
                                  until.addMonths(3).toString(Qt::ISODate), 20000);

        // A stamp, then a replacement that keeps it; the old card is revoked, naming the new one.
        const QString place = serverCard(code).value("initiatives").toArray().first().toString();
        const QString day = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QString stampId = QStringLiteral("stamp:%1:%2:%3").arg(code, place.mid(11), day);
        QCOMPARE(http("PUT", "/cards/" + stampId, QJsonObject { { "type", "stamp" }, { "card", "card:" + code }, { "initiative", place },
                                                                { "date", day }, { "method", "host" }, { "verified", true } }).first, 201);
        find(phone->window(), "cardDetailPage")->setProperty("message", QString());
        click(find(phone->window(), "replaceCard"));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(*phone).isEmpty(), 20000);
        QVERIFY2(bannerOk(*phone), qPrintable(banner(*phone)));
        const QString fresh = serverCard(code).value("replacedBy").toString();
        QVERIFY(!fresh.isEmpty());
        QVERIFY(banner(*phone).contains(CardCode::display(fresh)));
        QCOMPARE(http("GET", QStringLiteral("/cards/stamp:%1:%2:%3").arg(fresh, place.mid(11), day)).first, 200);
        QTRY_VERIFY_WITH_TIMEOUT(find(phone->window(), "openReplacement"), 20000);
        QVERIFY(find(phone->window(), "cardDetailRevoked"));
        QVERIFY(!find(phone->window(), "revokeCard"));
        QVERIFY(!find(phone->window(), "reprintA6")->isEnabled());
        // The replacement shows the kept stamp (the holder shares progress).
        click(find(phone->window(), "openReplacement"));
        QTRY_VERIFY(propertyOf(phone->window(), "cardDetailCode", "text").toString() == CardCode::display(fresh));
        QTRY_VERIFY_WITH_TIMEOUT(propertyOf(phone->window(), "cardDetailProgress", "value").toString().contains("1"), 20000);

        // Revoke the replacement, lost too: a confirmation naming it, then stored on the server.
        click(find(phone->window(), "revokeCard"));
        QTRY_VERIFY(find(phone->window(), "confirmRevokeYes"));
        QObject *dialog = phone->window()->findChild<QObject *>("confirmRevoke");
        QVERIFY(dialog && dialog->property("title").toString().contains(CardCode::display(fresh)));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_desk_revoke_%1.png").arg(tag)));
        // "Keep the card" keeps it.
        click(find(phone->window(), "confirmRevokeNo"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTest::qWait(200);
        QVERIFY(!serverCard(fresh).contains("revoked"));
        click(find(phone->window(), "revokeCard"));
        QTRY_VERIFY(find(phone->window(), "confirmRevokeYes"));
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY_WITH_TIMEOUT(serverCard(fresh).value("revoked").toString() == QDate::currentDate().toString(Qt::ISODate), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(cards->get("card:" + fresh).value().contains("revoked"), 20000);
        QTRY_VERIFY(find(phone->window(), "cardDetailRevoked"));
        // A host's phone now refuses the revoked card.
        phone->controller()->cards()->setStampingFor(place);
        const QVariantMap refused = phone->controller()->cards()->stampCard(fresh);
        QVERIFY(!refused.value("ok").toBool());
        QVERIFY(!cards->get(QStringLiteral("stamp:%1:%2:%3").arg(fresh, place.mid(11), QDate::currentDate().toString(Qt::ISODate))).ok());
        QVERIFY(phone->warnings().isEmpty());
    }

    // A card of organisation B on the desk of a coordinator of organisation A (here: copied
    // onto the phone by hand; the server never sends it): the server refuses, the desk says so
    // in the person's words, and nothing is stored anywhere.
    void anotherOrganisationsCardIsRefused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("ar") << "ar";
    }
    void anotherOrganisationsCardIsRefused()
    {
        QFETCH(QString, language);
        auto reakt = coordinatorPhone("reakt", "nl", QSize(1180, 820));
        QVERIFY(reakt);
        const QString code = issue(*reakt);
        QVERIFY(!code.isEmpty());
        const QJsonObject before = serverCard(code);
        QVERIFY(!before.isEmpty());

        auto phone = coordinatorPhone("visserijplein", language, QSize(1180, 820));
        QVERIFY(phone);
        QJsonObject copy = before;
        copy.remove("_rev");
        QVERIFY(phone->database("cards")->put(copy).error.ok());
        phone->controller()->cards()->setOrganisation(QString()); // shows every card on the phone
        openCard(*phone, CardCode::display(code), CardCode::display(code));
        click(find(phone->window(), "revokeCard"));
        QTRY_VERIFY(find(phone->window(), "confirmRevokeYes"));
        QMetaObject::invokeMethod(phone->window()->findChild<QObject *>("confirmRevoke"), "accept");
        QTRY_VERIFY_WITH_TIMEOUT(!banner(*phone).isEmpty(), 20000);
        QVERIFY(!bannerOk(*phone));
        QVERIFY2(banner(*phone).contains(CardCode::display(code)), qPrintable(banner(*phone)));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_desk_refused_%1.png").arg(language)));
        QCOMPARE(serverCard(code).value("_rev"), before.value("_rev"));
        QVERIFY(!serverCard(code).contains("revoked"));
        QVERIFY(!phone->database("cards")->get("card:" + code).value().contains("revoked"));
    }

    // Posters of two places, signed by the server, drawn on the phone, opened in the viewer:
    // each page's QR code reads back as a poster of this organisation for that place.
    void aCoordinatorPrintsPosters_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("ar tablet") << "ar" << QSize(1180, 820);
        QTest::newRow("nl desktop") << "nl" << QSize(1280, 800);
    }
    void aCoordinatorPrintsPosters()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        auto phone = coordinatorPhone("visserijplein", language, size);
        QVERIFY(phone);
        // The organisation's key reaches the phone with the directory once a card was issued.
        const QString code = issue(*phone);
        QVERIFY(!code.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(phone->database("directory")->get("orgkey:visserijplein").ok(), 20000);
        click(find(phone->window(), "openPosters"));
        QTRY_VERIFY(find(phone->window(), "posterPage"));
        QVERIFY(!find(phone->window(), "printPosters")->isEnabled());
        QStringList chosen;
        for (int attempt = 0; attempt < 10 && chosen.size() < 2; ++attempt) {
            QList<QQuickItem *> all;
            collectAll(phone->window()->contentItem(), all);
            for (QQuickItem *item : all) {
                if (item->objectName() == "posterPlace" && shown(item) && !item->property("checked").toBool()) {
                    click(item);
                    chosen = find(phone->window(), "posterPage")->property("chosen").toStringList();
                    break;
                }
            }
        }
        QCOMPARE(chosen.size(), 2);
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_desk_posters_%1.png").arg(language)));
        const QString problem = usabilityProblem(phone->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        OpenRequests opened;
        QDesktopServices::setUrlHandler("file", &opened, "open");
        click(find(phone->window(), "printPosters"));
        QTRY_VERIFY_WITH_TIMEOUT(!propertyOf(phone->window(), "posterResult", "message").toString().isEmpty(), 20000);
        QDesktopServices::unsetUrlHandler("file");
        QVERIFY2(find(phone->window(), "posterResult")->property("ok").toBool(),
                 qPrintable(find(phone->window(), "posterResult")->property("message").toString()));
        QCOMPARE(opened.urls.size(), 1);
        const QString pdf = opened.urls.first().toLocalFile();
        QStringList read;
        for (int page = 1; page <= 2; ++page) {
            const std::optional<QString> scanned = qrOf(pdf, page);
            QVERIFY2(scanned, "no QR code read from a poster");
            const CardVerifier::PosterCheck check = CardVerifier::verifyPoster(*scanned, *phone->database("directory"));
            QVERIFY2(check.ok(), qPrintable(check.reason));
            QCOMPARE(check.poster.org, QString("visserijplein"));
            read.append(check.poster.initiative);
        }
        std::sort(read.begin(), read.end());
        std::sort(chosen.begin(), chosen.end());
        QCOMPARE(read, chosen);
        QVERIFY(phone->warnings().isEmpty());
    }

    // A person's privacy request from the app: withdraw consent, then erase, each after a
    // confirmation naming what goes; STORED: the contacts changed, the erasure record, and a
    // receipt per request (what, when, by whom; nothing about the person) that syncs to the
    // server. An unknown code: a clear message, nothing stored.
    void aCoordinatorAnswersAPrivacyRequest_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nl desktop") << "nl" << QSize(1280, 800);
        QTest::newRow("ar tablet") << "ar" << QSize(1180, 820);
    }
    void aCoordinatorAnswersAPrivacyRequest()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        auto phone = coordinatorPhone("visserijplein", language, size);
        QVERIFY(phone);
        DocumentDatabase *org = phone->database("org-visserijplein");
        QVERIFY(org);
        const QString person = QStringLiteral("RZ-%1").arg(language);
        QStringList contacts;
        FieldLog log(*org, phone->database("directory"));
        for (int i = 0; i < 2; ++i) {
            ContactEntry entry;
            entry.person = person;
            entry.realName = "Rosa Zwart";
            entry.consent = true;
            entry.date = QDate::currentDate().addDays(-i);
            entry.channel = "street";
            entry.needs = { "company" };
            const Result<QString> id = log.logContact(entry);
            QVERIFY2(id.ok(), qPrintable(id.error().reason));
            contacts.append(id.value());
        }
        // Receipts of earlier requests come with the first sync: counted once it is done.
        QTRY_COMPARE_WITH_TIMEOUT(phone->controller()->sync()->status(), SyncStatus::Status::UpToDate, 20000);
        const auto receipts = [&] { return org->queryIndex("by-type", "receipt", "receipt").value(); };
        const qsizetype before = receipts().size();
        phone->window()->setProperty("section", int(Section::Log));
        click(find(phone->window(), "openPrivacyRequest"));
        QTRY_VERIFY(find(phone->window(), "privacyPage"));

        // An unknown code: said, nothing stored.
        find(phone->window(), "privacyCode")->setProperty("text", "NOBODY-99");
        click(find(phone->window(), "erasePerson"));
        QVERIFY(!find(phone->window(), "privacyResult")->property("ok").toBool());
        QVERIFY(!find(phone->window(), "privacyConfirmYes"));
        QCOMPARE(receipts().size(), before);

        // Withdraw consent: the confirmation counts the named contacts; the names go.
        find(phone->window(), "privacyCode")->setProperty("text", person);
        click(find(phone->window(), "withdrawConsent"));
        QTRY_VERIFY(find(phone->window(), "privacyConfirmYes"));
        QVERIFY(find(phone->window(), "privacyConfirmText")->property("text").toString().contains("2"));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/privacy_confirm_%1.png").arg(language)));
        click(find(phone->window(), "privacyConfirmYes"));
        QTRY_VERIFY(find(phone->window(), "privacyResult"));
        QVERIFY2(find(phone->window(), "privacyResult")->property("ok").toBool(),
                 qPrintable(find(phone->window(), "privacyResult")->property("message").toString()));
        for (const QString &id : contacts) {
            QVERIFY(!org->get(id).value().contains("name"));
            QCOMPARE(org->get(id).value().value("person").toString(), person); // only the name goes
        }
        QCOMPARE(receipts().size(), before + 1);

        // Erase: the person's code leaves every contact; the erasure is recorded.
        find(phone->window(), "privacyCode")->setProperty("text", person);
        click(find(phone->window(), "erasePerson"));
        QTRY_VERIFY(find(phone->window(), "privacyConfirmYes"));
        const QString confirmText = find(phone->window(), "privacyConfirmText")->property("text").toString();
        QVERIFY2(confirmText.contains("2") && confirmText.contains("0"), qPrintable(confirmText));
        click(find(phone->window(), "privacyConfirmYes"));
        QTRY_VERIFY(propertyOf(phone->window(), "privacyResult", "ok").toBool());
        for (const QString &id : contacts) {
            QVERIFY(!org->get(id).value().contains("person"));
            QVERIFY(org->get(id).value().value("erased").toBool());
        }
        QVERIFY(PersonErasure::isErased(*org, person).value());
        const QStringList ids = receipts();
        QCOMPARE(ids.size(), before + 2);
        QVERIFY(find(phone->window(), "privacyReceipt"));
        int erasures = 0;
        for (const QString &id : ids) {
            const QJsonObject receipt = org->get(id).value();
            const QByteArray text = QJsonDocument(receipt).toJson(QJsonDocument::Compact);
            QVERIFY2(!text.contains(person.toUtf8()) && !text.contains("Rosa") && !text.contains(PersonErasure::personHash(person).toUtf8()),
                     text.constData());
            QVERIFY(receipt.value("by").toString().startsWith("coordinator (device "));
            QVERIFY(!receipt.value("at").toString().isEmpty());
            if (receipt.value("action") == QString("erase-person")) {
                ++erasures;
                QCOMPARE(receipt.value("documents").toInt(), 2);
            }
        }
        QVERIFY(erasures >= 1);
        QTRY_VERIFY(find(phone->window(), "privacyReceipt"));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/privacy_receipts_%1.png").arg(language)));
        const QString problem = usabilityProblem(phone->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The receipts are the organisation's records: they reach the server with the next sync.
        phone->controller()->sync()->syncNow();
        for (const QString &id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(http("GET", "/org-visserijplein/" + id).first, 200, 20000);
        QVERIFY(phone->warnings().isEmpty());
    }

    // Every desk screen with the system's text size at 2.0, on a phone, in Dutch and Arabic.
    void theDeskAtTextSizeTwo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("ar") << "ar";
    }
    void theDeskAtTextSizeTwo()
    {
        QFETCH(QString, language);
        std::unique_ptr<AppShell> phone;
        {
            const TextSizeTwo large; // while the window is made: its fonts are taken then
            phone = coordinatorPhone("visserijplein", language, QSize(390, 844));
        }
        QVERIFY(phone);
        const QString code = issue(*phone);
        QVERIFY(!code.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(phone->database("cards")->get("card:" + code).ok(), 20000);
        click(find(phone->window(), "openCardList"));
        QTRY_VERIFY(find(phone->window(), "cardListPage"));
        QTRY_VERIFY(find(phone->window(), "organisationCard"));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_desk_list_large_%1.png").arg(language)));
        QString problem = usabilityProblem(phone->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // On a phone the card opens over the list.
        openCard(*phone, CardCode::display(code), CardCode::display(code));
        QTRY_VERIFY(!find(phone->window(), "cardList"));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_desk_card_large_%1.png").arg(language)));
        problem = usabilityProblem(phone->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The posters and the privacy request at this size too.
        click(find(phone->window(), "backButton"));
        QTRY_VERIFY(find(phone->window(), "cardList"));
        QTRY_VERIFY(propertyOf(phone->window(), "cardStack", "busy").isValid() && !propertyOf(phone->window(), "cardStack", "busy").toBool());
        click(find(phone->window(), "backButton"));
        QTRY_VERIFY(find(phone->window(), "openPosters"));
        click(find(phone->window(), "openPosters"));
        QTRY_VERIFY(find(phone->window(), "posterPage"));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_desk_posters_large_%1.png").arg(language)));
        problem = usabilityProblem(phone->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        phone->window()->setProperty("section", int(Section::Log));
        QTRY_VERIFY(find(phone->window(), "openPrivacyRequest"));
        click(find(phone->window(), "openPrivacyRequest"));
        QTRY_VERIFY(find(phone->window(), "privacyPage"));
        QVERIFY(phone->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/privacy_large_%1.png").arg(language)));
        problem = usabilityProblem(phone->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestCardDeskUi)
#include "tst_carddeskui.moc"
