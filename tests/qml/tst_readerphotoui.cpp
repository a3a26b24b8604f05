#include "appcontroller.h"
#include "appshell.h"
#include "databasefolder.h"
#include "directorypullfilters.h"
#include "documentdatabase.h"
#include "domainindexer.h"
#include "enrolmentclient.h"
#include "initiativephotos.h"
#include "photoapp.h"
#include "mangoselector.h"
#include "quickitems.h"
#include "syncstatus.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// The photos of a phone that does not edit the directory (a card holder's, a buurtmaatje's),
// in the real app offscreen on the sample neighbourhood: what it asks the server for, the limit
// for photos on its sync page, and a placeholder for a photo it knows of but does not hold; in
// Dutch and Arabic, at text size 1 and 2, with what was stored checked.
class TestReaderPhotoUi : public QObject
{
    Q_OBJECT

    // A data folder of a phone joined to a server that is not there (port 9): what it pulls
    // is chosen all the same.
    static bool joinedAs(const QString &folderPath, const QString &role)
    {
        DatabaseFolder folder(DomainIndexer::indexer());
        if (!folder.open(folderPath, true).ok())
            return false;
        DeviceCredentials joined;
        joined.server = QUrl("http://127.0.0.1:9");
        joined.deviceId = "device-1";
        joined.token = "t0k3n";
        joined.roles = { role };
        joined.organisation = "visserijplein";
        joined.card = role == QLatin1String("cardholder") ? QStringLiteral("K7QM4") : QString();
        QJsonObject doc = joined.toJson();
        doc.insert("_id", "_local/buurtbrug-device");
        return folder.database("directory", true).value()->putLocal(doc).error.ok();
    }

    // Text of this pixel size (0: as it is) until the returned guard goes.
    [[nodiscard]] static auto useFontSize(int pixelSize)
    {
        const QFont before = QGuiApplication::font();
        if (pixelSize > 0) {
            QFont font = before;
            font.setPixelSize(pixelSize);
            QGuiApplication::setFont(font);
        }
        return qScopeGuard([before] { QGuiApplication::setFont(before); });
    }

private slots:
    void initTestCase() { QDir().mkpath(SCREENSHOT_DIR); }

    // A reader's phone (a card holder) keeps the photos of the places it looks at: opening a
    // place adds it to the directory's photo pull; a coordinator's phone takes every photo.
    void aReadersPhoneAsksForThePhotosOfWhatItOpens_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("somePhotos");
        QTest::newRow("card holder") << QStringLiteral("cardholder") << true;
        QTest::newRow("coordinator") << QStringLiteral("coordinator") << false;
    }
    void aReadersPhoneAsksForThePhotosOfWhatItOpens()
    {
        QFETCH(QString, role);
        QFETCH(bool, somePhotos);
        QTemporaryDir data;
        QVERIFY(joinedAs(data.path(), role));
        AppShell shell;
        QVERIFY(openPhotoAppAs(shell, data.path(), "nl", role, QSize(390, 844)));
        QVERIFY(shell.connectSync().ok());
        SyncStatus *sync = shell.controller()->sync();
        QVERIFY(sync->configured());
        QCOMPARE(sync->takesSomePhotos(), somePhotos);
        shell.showInitiative(QStringLiteral("initiative:wijkpaleis"));
        QTest::qWait(50);
        const QList<ReplicationFilter> pulls = sync->pullFilters("directory");
        if (!somePhotos) {
            QVERIFY(pulls.isEmpty()); // one pull of everything
            return;
        }
        QCOMPARE(pulls.size(), 2);
        QCOMPARE(pulls.first().key(), DirectoryPullFilters::text().key());
        QString why;
        const MangoSelector photos = MangoSelector::parse(pulls.at(1).selector, &why);
        QVERIFY(photos.matches(QJsonObject { { "_id", "photo:wijkpaleis:0a1b" } }));
        QVERIFY(!photos.matches(QJsonObject { { "_id", "photo:taalcafe-xyz:0a1b" } }));
    }

    // The limit for photos on a reader's phone is a setting on the sync page: tapped, it is
    // what the phone keeps (stored), said in the reader's digits, readable at text size 2.0.
    void thePhotoLimitIsASettingOnTheSyncPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pixelSize");
        QTest::newRow("phone_nl") << QStringLiteral("nl") << 0;
        QTest::newRow("phone_ar") << QStringLiteral("ar") << 0;
        QTest::newRow("phone_ar_large") << QStringLiteral("ar") << 28;
        QTest::newRow("phone_nl_large") << QStringLiteral("nl") << 28;
    }
    void thePhotoLimitIsASettingOnTheSyncPage()
    {
        QFETCH(QString, language);
        QFETCH(int, pixelSize);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const auto restoreFont = useFontSize(pixelSize);
        QTemporaryDir data;
        QVERIFY(joinedAs(data.path(), QStringLiteral("cardholder")));
        AppShell shell;
        QVERIFY(openPhotoAppAs(shell, data.path(), language, QStringLiteral("cardholder"), QSize(390, 844)));
        QVERIFY(shell.connectSync().ok());
        QQuickWindow *window = shell.window();
        QVERIFY(shell.showSection(QStringLiteral("sync")));
        QVERIFY(shell.controller()->photoShelf()->active());
        QTRY_VERIFY_WITH_TIMEOUT(find(window, "photoStorage"), 3000);
        QQuickItem *used = find(window, "photoStorageUsed");
        QVERIFY(used);
        // 200 MB by default, in the reader's digits.
        // 200 MB by default, in the app's digits (Latin in Moroccan Arabic, as UiLanguage chose).
        QVERIFY2(used->property("text").toString().contains(QStringLiteral("200")), qPrintable(used->property("text").toString()));
        QVERIFY2(!used->property("text").toString().startsWith(QStringLiteral("In use")), "not translated");

        QQuickItem *fifty = find(window, "chip_50");
        QVERIFY(fifty);
        QTest::qWait(100); // the section just appeared: laid out at the next frame
        scrollTo(fifty);
        QTest::qWait(50);
        const QPointF centre = fifty->mapToScene(QPointF(fifty->width() / 2, fifty->height() / 2));
        QVERIFY2(centre.y() > 0 && centre.y() < window->height(), qPrintable(QStringLiteral("%1").arg(centre.y())));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(shell.controller()->photoShelf()->budgetMb(), 50, 2000);
        // Stored, not only shown: the _local document a restart reads.
        DocumentDatabase *directory = shell.database(QStringLiteral("directory"));
        const Result<QJsonObject> stored = directory->getLocal(QStringLiteral("_local/buurtbrug-photo-shelf"));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().value("budgetBytes").toInteger(), 50LL * 1024 * 1024);
        QVERIFY(fifty->property("checked").toBool());
        QVERIFY(!find(window, "chip_200")->property("checked").toBool());
        QVERIFY2(used->property("text").toString().contains(QStringLiteral("50")), qPrintable(used->property("text").toString()));
        QCOMPARE(usabilityProblem(window), QString());
        QCOMPARE(cutTextProblem(window, find(window, "photoStorage")), QString());
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_limit_%1.png").arg(tag)));
    }

    // A reader's phone that knows of a photo it does not hold (the catalogue) shows a calm
    // placeholder in its place, with the photo's alternative text, named for a screen reader.
    void aPhotoNotOnThePhoneIsAPlaceholder_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("alt");
        QTest::addColumn<int>("pixelSize");
        const QString nl = QStringLiteral("De groene voordeur aan de markt");
        const QString ar = QStringLiteral("الباب الأخضر المطل على السوق");
        QTest::newRow("phone_nl") << QStringLiteral("nl") << nl << 0;
        QTest::newRow("phone_ar") << QStringLiteral("ar") << ar << 0;
        QTest::newRow("phone_nl_large") << QStringLiteral("nl") << nl << 28;
        QTest::newRow("phone_ar_large") << QStringLiteral("ar") << ar << 28;
    }
    void aPhotoNotOnThePhoneIsAPlaceholder()
    {
        QFETCH(QString, language);
        QFETCH(QString, alt);
        QFETCH(int, pixelSize);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const auto restoreFont = useFontSize(pixelSize);
        QTemporaryDir data;
        QVERIFY(joinedAs(data.path(), QStringLiteral("cardholder")));
        {
            // What an earlier sync learnt: one photo of the Wijkpaleis, its bytes not here.
            DatabaseFolder folder(DomainIndexer::indexer());
            QVERIFY(folder.open(data.path(), true).ok());
            const QString id = QStringLiteral("photo:wijkpaleis:0a1b2c3d4e5f6a7b");
            const QJsonObject photo { { "_id", id }, { "initiative", "initiative:wijkpaleis" },
                { "alt", QJsonObject { { "nl", "De groene voordeur aan de markt" }, { "ar", "الباب الأخضر المطل على السوق" } } },
                { "width", 1600 }, { "height", 1067 }, { "added", "2026-11-30" },
                { "_attachments", QJsonObject { { "display.jpg", QJsonObject { { "length", 240000 } } },
                                                { "thumb.jpg", QJsonObject { { "length", 18000 } } } } } };
            QVERIFY(folder.database("directory", true).value()->putLocal(QJsonObject { { "_id", "_local/buurtbrug-photo-catalogue" },
                { "since", "12-abc" }, { "photos", QJsonObject { { id, photo } } } }).error.ok());
        }
        AppShell shell;
        QVERIFY(openPhotoAppAs(shell, data.path(), language, QStringLiteral("cardholder"), QSize(390, 844)));
        QVERIFY(shell.connectSync().ok());
        QQuickWindow *window = shell.window();
        shell.showInitiative(QStringLiteral("initiative:wijkpaleis"));
        QTRY_VERIFY_WITH_TIMEOUT(find(window, "photoPlaceholder_0"), 3000);
        QQuickItem *placeholder = find(window, "photoPlaceholder_0");
        scrollTo(placeholder);
        QStringList texts;
        QList<QQuickItem *> all;
        collectAll(placeholder, all);
        for (QQuickItem *item : std::as_const(all)) {
            if (shown(item) && item->inherits("QQuickLabel"))
                texts.append(item->property("text").toString());
        }
        QVERIFY2(texts.contains(alt), qPrintable(texts.join(" | ")));
        QCOMPARE(texts.size(), 2); // the alternative text and why the photo is not shown
        QVERIFY(!texts.contains(QStringLiteral("This photo is not on this phone yet. It comes with the next sync when the phone is online.")));
        const QString name = accessibleName(find(window, "galleryPhoto_0"));
        QVERIFY2(name.contains(alt) && name != alt, qPrintable(name));
        QCOMPARE(cutTextProblem(window, placeholder), QString());
        // Every word inside the grey box, also at text size 2.0 (the box grows for them).
        const QRectF box = placeholder->mapRectToScene(QRectF(0, 0, placeholder->width(), placeholder->height()));
        for (QQuickItem *item : std::as_const(all)) {
            if (shown(item) && item->inherits("QQuickLabel")) {
                const QRectF text = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
                QVERIFY2(box.contains(text), qPrintable(item->property("text").toString()));
            }
        }
        // Nothing was fetched for it: the bytes are not on the phone.
        QVERIFY(InitiativePhotos(*shell.database(QStringLiteral("directory"))).of("initiative:wijkpaleis").value().isEmpty());
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_placeholder_%1.png").arg(tag)));
    }
};

QTEST_MAIN(TestReaderPhotoUi)
#include "tst_readerphotoui.moc"
