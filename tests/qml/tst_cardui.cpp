#include "section.h"
#include "appcontroller.h"
#include "appshell.h"
#include "cardcode.h"
#include "cardverifier.h"
#include "documentdatabase.h"
#include "initiativephotos.h"
#include "organisationkeys.h"
#include "quickitems.h"
#include "../integration/replicatelocally.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlEngineExtensionPlugin>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// Kijk op de Wijk on the real UI rendered offscreen: a host stamps a client's card by its
// typed code (no camera here), once per day; a card holder adds their card, follows it in
// Arabic, stamps with a poster away from the door (kept until the host confirms) and decides
// what the referrer sees; the coordinator's list follows that choice.
class TestCardUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    const QDateTime m_now { QDate(2026, 11, 24), QTime(12, 30) }; // a Tuesday
    const int cardSection = Section::Card;
    QString m_code;
    QString m_payload;
    QString m_poster;

    std::unique_ptr<AppShell> openApp(const QString &language, QSize size, const QStringList &roles, const QString &folder = {})
    {
        auto shell = std::make_unique<AppShell>();
        shell->setFixedNow(m_now);
        if (!shell->open(folder.isEmpty() ? m_data.path() : folder, language, false).ok() || !shell->load(size))
            return nullptr;
        shell->controller()->setRoles(roles);
        shell->window()->setProperty("section", cardSection);
        return shell;
    }
    DocumentDatabase *cards(AppShell &shell) { return shell.database("cards"); }
    int stamps(AppShell &shell) { return int(cards(shell)->queryIndex("by-type", "stamp", "stamp").value().size()); }
    QString banner(AppShell &shell, const char *name)
    {
        QQuickItem *item = find(shell.window(), name);
        return item ? item->property("message").toString() : QString();
    }
    void submitCode(AppShell &shell, const char *scanOrType, const QString &text)
    {
        QQuickItem *box = find(shell.window(), scanOrType);
        QVERIFY(box);
        QVERIFY(QMetaObject::invokeMethod(box, "submitted", Q_ARG(QString, text)));
    }
    // The page pushed onto the card section has finished sliding in.
    static bool settled(AppShell &shell)
    {
        QQuickItem *stack = find(shell.window(), "cardStack");
        return stack && !stack->property("busy").toBool();
    }
    void typeCode(AppShell &shell, const QString &text)
    {
        QQuickItem *field = find(shell.window(), "cardCodeField");
        QVERIFY(field);
        field->setProperty("text", text);
        click(find(shell.window(), "cardCodeSubmit"));
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "nl", true).ok());
        // The organisation's key and a card as `buurtbrug-admin card issue` makes them.
        DocumentDatabase *directory = shell.database("directory");
        const Result<QByteArray> secret = OrganisationKeys::secretKey(m_data.path(), *directory, "visserijplein");
        QVERIFY(secret.ok());
        m_code = CardCode::generate();
        const CardFacts card { m_code, "visserijplein",
                               { "initiative:geestverwanten", "initiative:wijkpaleis", "initiative:thuis-in-west" },
                               QDate(2026, 11, 1), QDate(2027, 1, 31), "ar" };
        m_payload = CardVerifier::payload(card, secret.value());
        m_poster = CardVerifier::posterPayload({ "visserijplein", "initiative:thuis-in-west" }, secret.value());
        const QJsonObject doc { { "_id", "card:" + m_code }, { "type", "card" }, { "code", m_code }, { "org", "visserijplein" },
                                { "initiatives", QJsonArray::fromStringList(card.initiatives) }, { "validFrom", "2026-11-01" },
                                { "validUntil", "2027-01-31" }, { "language", "ar" }, { "shareProgress", false } };
        QVERIFY(shell.database("cards")->put(doc).error.ok());
    }

    void aHostStampsATypedCodeOncePerDay()
    {
        auto shell = openApp("nl", QSize(390, 844), { "host" });
        QVERIFY(shell);
        QVERIFY(!find(shell->window(), "openMyCard")); // a host's phone has no card of its own
        shell->controller()->cards()->setStampingFor("initiative:geestverwanten");
        click(find(shell->window(), "openStamping"));
        QTRY_VERIFY(find(shell->window(), "stampCardPage") && settled(*shell));
        QCOMPARE(find(shell->window(), "stampPlace")->property("currentValue").toString(), QString("initiative:geestverwanten"));
        // The list of places opens with rows a thumb can hit.
        {
            QObject *popup = find(shell->window(), "stampPlace")->property("popup").value<QObject *>();
            QVERIFY(popup);
            QMetaObject::invokeMethod(popup, "open");
            QTRY_VERIFY(popup->property("opened").toBool());
            QList<QQuickItem *> all;
            collectAll(shell->window()->contentItem(), all);
            int rows = 0;
            for (QQuickItem *item : std::as_const(all)) {
                if (item->objectName() != "stampPlaceOption" || !item->isVisible())
                    continue;
                ++rows;
                QVERIFY2(item->height() >= 48, qPrintable(QString::number(item->height())));
            }
            QVERIFY(rows >= 3);
            QMetaObject::invokeMethod(popup, "close");
            QTRY_VERIFY(!popup->property("visible").toBool());
        }
        // As printed on the card, typed in lower case with spaces.
        typeCode(*shell, CardCode::display(m_code).toLower().replace('-', ' '));
        QCOMPARE(stamps(*shell), 1);
        QVERIFY(cards(*shell)->get(QString("stamp:%1:geestverwanten:2026-11-24").arg(m_code)).ok());
        const QString first = banner(*shell, "stampResult");
        QVERIFY2(first.contains(CardCode::display(m_code)), qPrintable(first));
        QVERIFY(find(shell->window(), "stampResult")->property("ok").toBool());
        QVERIFY(shell->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/card_stamp_phone_nl.png")));
        const QString problem = usabilityProblem(shell->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The same card again that day: said so, nothing added.
        typeCode(*shell, m_code);
        QVERIFY(banner(*shell, "stampResult") != first);
        QVERIFY(banner(*shell, "stampResult").contains(CardCode::display(m_code)));
        QVERIFY(find(shell->window(), "stampResult")->property("ok").toBool());
        QCOMPARE(stamps(*shell), 1);
        // A typo: caught by the check character, nothing stamped.
        QString typo = m_code;
        typo[4] = typo.at(4) == 'A' ? 'B' : 'A';
        typeCode(*shell, typo);
        QVERIFY(!find(shell->window(), "stampResult")->property("ok").toBool());
        QCOMPARE(stamps(*shell), 1);
        // A scanned card for a place that is not on it, and a forged one.
        shell->controller()->cards()->setStampingFor("initiative:stichting-can");
        submitCode(*shell, "stampScanOrType", m_payload);
        QVERIFY(!find(shell->window(), "stampResult")->property("ok").toBool());
        const QString notOnCard = banner(*shell, "stampResult");
        QVERIFY2(notOnCard.contains("Stichting CAN"), qPrintable(notOnCard));
        shell->controller()->cards()->setStampingFor("initiative:wijkpaleis");
        QString forged = m_payload;
        forged[forged.size() - 3] = forged.at(forged.size() - 3) == 'A' ? 'B' : 'A';
        submitCode(*shell, "stampScanOrType", forged);
        QVERIFY(!find(shell->window(), "stampResult")->property("ok").toBool());
        QVERIFY(banner(*shell, "stampResult") != notOnCard);
        QCOMPARE(stamps(*shell), 1);
    }

    void aHolderFollowsTheirCard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("textSize"); // pixels; 28 is the app's text size 2.0
        QTest::newRow("ar phone") << "ar" << QSize(390, 844) << 0;
        QTest::newRow("nl tablet") << "nl" << QSize(1180, 820) << 0;
        QTest::newRow("ar phone large") << "ar" << QSize(390, 844) << 28;
        QTest::newRow("nl phone large") << "nl" << QSize(390, 844) << 28;
    }
    void aHolderFollowsTheirCard()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(int, textSize);
        const QFont before = QGuiApplication::font();
        const auto restore = qScopeGuard([&] { QGuiApplication::setFont(before); });
        if (textSize > 0) {
            QFont large = before;
            large.setPixelSize(textSize);
            QGuiApplication::setFont(large);
        }
        auto shell = openApp(language, size, { "cardholder" });
        QVERIFY(shell);
        // Wijkpaleis has a photo of its door on this phone; the other two places have none.
        InitiativePhotos photos(*shell->database("directory"));
        if (photos.of("initiative:wijkpaleis").value().isEmpty()) {
            QImage door(400, 300, QImage::Format_RGB32);
            door.fill(QColor(30, 120, 60));
            QByteArray jpeg;
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(door.save(&buffer, "JPEG"));
            QVERIFY(photos.add({ "initiative:wijkpaleis", jpeg, jpeg, 400, 300, { { "nl", "De groene deur" } }, QDate(2026, 11, 20) }).ok());
        }
        CardController *controller = shell->controller()->cards();
        controller->forgetMyCard();
        QVERIFY(!find(shell->window(), "openMyCard"));
        // The holder adds the card by its code (it has synced to the phone).
        typeCode(*shell, CardCode::display(m_code));
        QVERIFY2(find(shell->window(), "addCardResult")->property("ok").toBool(), qPrintable(banner(*shell, "addCardResult")));
        QVERIFY(controller->hasMyCard());
        click(find(shell->window(), "openMyCard"));
        QTRY_VERIFY(find(shell->window(), "myCardPage") && settled(*shell));
        // One of three stamped (by the host, above); next: the Wijkpaleis workshop at 13:30.
        const QVariantMap card = controller->myCard();
        QCOMPARE(card.value("collected").toInt(), 1);
        QCOMPARE(card.value("total").toInt(), 3);
        QCOMPARE(card.value("next").toMap().value("id").toString(), QString("initiative:wijkpaleis"));
        QVERIFY(find(shell->window(), "nextVisit"));
        QList<QQuickItem *> all;
        collectAll(shell->window()->contentItem(), all);
        int places = 0;
        for (QQuickItem *item : all)
            places += item->objectName() == "cardPlace" && shown(item) ? 1 : 0;
        QCOMPARE(places, 3);
        // Next to each place its photo, where it has one: the door of Wijkpaleis, shown.
        QStringList withPhoto;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            withPhoto.clear();
            for (QQuickItem *item : all) {
                if (item->objectName() != "cardPlace" || !shown(item))
                    continue;
                QList<QQuickItem *> inside;
                collectAll(item, inside);
                for (QQuickItem *photo : inside) {
                    if (photo->objectName() == "placePhoto" && photo->property("hasPhoto").toBool() && shown(photo))
                        withPhoto.append(item->property("name").toString());
                }
            }
            return withPhoto.size() == 1;
        }()), 5000);
        QVERIFY2(withPhoto.first().contains("Wijkpaleis"), qPrintable(withPhoto.join(", ")));
        QVERIFY(shell->saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/my_card_%1.png").arg(QString(QTest::currentDataTag()).replace(' ', '_'))));
        const QString problem = usabilityProblem(shell->window());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Right to left in Arabic: the stamps sit on the right.
        if (language == "ar") {
            QQuickItem *row = find(shell->window(), "cardPlace");
            QQuickItem *stamp = row->childItems().constFirst();
            QVERIFY(stamp->mapToScene(QPointF(0, 0)).x() > size.width() / 2);
        }
        // Issue 17, defect 16: "Open today: Wijkpaleis" opens the place, with its route.
        click(find(shell->window(), "openNextPlace"));
        QCOMPARE(shell->window()->property("section").toInt(), int(Section::Initiatives));
        QCOMPARE(shell->window()->property("selectedId").toString(), QString("initiative:wijkpaleis"));
        QTRY_VERIFY(find(shell->window(), "routeButton"));
        QVERIFY(find(shell->window(), "routeButton")->property("url").toString().contains("51."));
    }

    void aPosterStampAwayFromTheDoorWaitsForTheHost()
    {
        auto shell = openApp("nl", QSize(390, 844), { "cardholder" });
        QVERIFY(shell);
        CardController *controller = shell->controller()->cards();
        QVERIFY(controller->addMyCard(m_payload).value("ok").toBool());
        click(find(shell->window(), "openMyCard"));
        QTRY_VERIFY(find(shell->window(), "myCardPage") && settled(*shell));
        click(find(shell->window(), "scanPoster"));
        QVERIFY(find(shell->window(), "posterScan"));
        QVERIFY(!find(shell->window(), "cardCodeField")); // posters carry no typed code
        QVERIFY(find(shell->window(), "noCameraNote")); // and without a camera the host stamps instead
        // No position on this phone: the stamp is kept, not counted.
        submitCode(*shell, "posterScan", m_poster);
        QTRY_VERIFY(find(shell->window(), "myCardResult"));
        QVERIFY(find(shell->window(), "myCardResult")->property("ok").toBool());
        QCOMPARE(controller->myCard().value("pending").toInt(), 1);
        QCOMPARE(controller->myCard().value("collected").toInt(), 1);
        // A card where a poster belongs: refused.
        QVERIFY(!controller->stampWithPoster(m_payload).value("ok").toBool());
        // The host of Thuis in West scans the card that day: confirmed, counted.
        controller->setStampingFor("initiative:thuis-in-west");
        QCOMPARE(controller->stampCard(m_payload).value("outcome").toString(), QString("confirmed"));
        QCOMPARE(controller->myCard().value("collected").toInt(), 2);
        QCOMPARE(controller->myCard().value("pending").toInt(), 0);
    }

    void theReferrerSeesProgressOnlyWhenTheHolderAllows()
    {
        auto coordinator = openApp("nl", QSize(390, 844), { "coordinator" });
        QVERIFY(coordinator);
        // The desk's list of the organisation's cards.
        click(find(coordinator->window(), "openCardList"));
        QTRY_VERIFY(find(coordinator->window(), "cardListPage") && settled(*coordinator));
        const auto rowText = [&] {
            QQuickItem *row = find(coordinator->window(), "organisationCard");
            return row ? row->property("text").toString() : QString();
        };
        QVERIFY(rowText().contains(CardCode::display(m_code)));
        const QString hidden = rowText();
        QVERIFY(!hidden.section(QString::fromUtf8("·"), -1).contains(QRegularExpression("[0-9]")));
        CardListModel *list = coordinator->controller()->cards()->cardList();
        for (int row = 0; row < list->rowCount(); ++row)
            QCOMPARE(list->data(list->index(row), CardListModel::CollectedRole).toInt(), -1);

        // The holder, on their own phone, turns sharing on with the switch on their card.
        QTemporaryDir phone;
        auto holder = openApp("nl", QSize(390, 844), { "cardholder" }, phone.path());
        QVERIFY(holder);
        QVERIFY(replicateLocally(coordinator->database("directory"), holder->database("directory")));
        QVERIFY(replicateLocally(cards(*coordinator), cards(*holder)));
        QVERIFY(holder->controller()->cards()->addMyCard(m_code).value("ok").toBool());
        click(find(holder->window(), "openMyCard"));
        QTRY_VERIFY(find(holder->window(), "myCardPage") && settled(*holder));
        QQuickItem *share = find(holder->window(), "shareProgress");
        QVERIFY(share && share->property("enabled").toBool());
        QVERIFY(!share->property("checked").toBool());
        click(share);
        QTRY_VERIFY(cards(*holder)->get("card:" + m_code).value().value("shareProgress").toBool());
        QCOMPARE(rowText(), hidden); // not before the sync
        QVERIFY(replicateLocally(cards(*holder), cards(*coordinator)));
        QTRY_VERIFY(rowText() != hidden);
        const QString progress = rowText().section(QString::fromUtf8("·"), -1);
        QVERIFY2(progress.contains("2") && progress.contains("3"), qPrintable(rowText()));
        // Withdrawn: hidden again after the next sync.
        click(share);
        QTRY_VERIFY(!cards(*holder)->get("card:" + m_code).value().value("shareProgress").toBool());
        QVERIFY(replicateLocally(cards(*holder), cards(*coordinator)));
        QTRY_COMPARE(rowText(), hidden);
    }
};

QTEST_MAIN(TestCardUi)
#include "tst_cardui.moc"
