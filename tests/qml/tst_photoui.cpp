#include "appcontroller.h"
#include "appshell.h"
#include "databasefolder.h"
#include "documentdatabase.h"
#include "domainindexer.h"
#include "initiativephotos.h"
#include "photoapp.h"
#include "quickitems.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QJsonObject>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QPainter>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// Photos of a place in the real app, offscreen, on the sample neighbourhood in a temporary
// folder, in Dutch and Arabic, on a phone (390×844) and a tablet (1180×820): a coordinator adds
// a photo from a file in the directory editor (the file carries a GPS position in its EXIF),
// the stored attachment is read back from the store (JPEG, its length, no EXIF), the detail
// page shows it named by its alternative text, the list shows its thumbnail, and removing it
// after the confirmation deletes it from the store.
class TestPhotoUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    QString m_photoFile;
    QByteArray m_photoBytes;

    static QByteArray exifWithGps()
    {
        // Big-endian TIFF: IFD0 with a GPSInfo pointer, a GPS IFD with GPSLatitudeRef "N".
        QByteArray t("MM\0\x2a\0\0\0\x08", 8);
        t += QByteArray::fromHex("0001"
                                 "8825"
                                 "0004"
                                 "00000001"
                                 "0000001a"
                                 "00000000"); // IFD0 → GPS IFD at 26
        t += QByteArray::fromHex("0001"
                                 "0001"
                                 "0002"
                                 "00000002"
                                 "4e000000"
                                 "00000000"); // GPSLatitudeRef N
        const QByteArray payload = QByteArray("Exif\0\0", 6) + t + "GPSMARKER";
        QByteArray segment("\xff\xe1", 2);
        segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xff));
        return segment + payload;
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

    // Shown or not (a control the page does not offer here).
    static QQuickItem *anyChild(QQuickItem *root, const char *name)
    {
        QList<QQuickItem *> all;
        collectAll(root, all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == QLatin1String(name))
                return item;
        }
        return nullptr;
    }


private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        // A green door in a brick wall, 2400 × 1800, as a phone's camera writes it.
        QImage picture(2400, 1800, QImage::Format_RGB32);
        picture.fill(QColor(150, 70, 50));
        QPainter painter(&picture);
        painter.fillRect(900, 500, 600, 1300, QColor(30, 120, 60));
        painter.fillRect(1350, 1100, 60, 60, QColor(220, 200, 60));
        painter.end();
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(QImageWriter(&buffer, "jpeg").write(picture));
        m_photoBytes = jpeg.left(2) + exifWithGps() + jpeg.mid(2);
        QVERIFY(m_photoBytes.contains("Exif") && m_photoBytes.contains("GPSMARKER"));
        m_photoFile = m_files.filePath("voordeur.jpg");
        QFile out(m_photoFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_photoBytes);
    }

    void addShowRemove_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *lang : { "nl", "ar" }) {
            QTest::newRow(qPrintable(QStringLiteral("phone_%1").arg(lang)))
                << QString::fromLatin1(lang) << QSize(390, 844);
            QTest::newRow(qPrintable(QStringLiteral("tablet_%1").arg(lang)))
                << QString::fromLatin1(lang) << QSize(1180, 820);
        }
    }
    void addShowRemove()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QTemporaryDir data;
        AppShell shell;
        QVERIFY(openPhotoAppAs(shell, data.path(), language, QStringLiteral("coordinator"), size));
        QQuickWindow *window = shell.window();
        DocumentDatabase *directory = shell.database(QStringLiteral("directory"));
        QVERIFY(directory);
        const QString initiative = QStringLiteral("initiative:wijkpaleis");

        shell.showInitiative(initiative);
        QTest::qWait(50);
        QVERIFY(!find(window, "galleryPhoto_0")); // no photos yet: no gallery, no placeholder
        click(find(window, "editInitiative"));
        QQuickItem *editor = find(window, "initiativeEditorPage");
        QVERIFY(editor);
        QQuickItem *section = find(window, "photoSection");
        QVERIFY(section);
        QVERIFY(section->property("fileDialog").value<QObject *>());
        scrollTo(section);
        QVERIFY(!find(window, "photosPlacesNotPeople")->property("text").toString().isEmpty());

        // Without an alternative text nothing is stored, and the notice says why.
        const qint64 before = directory->info().value().updateSeq;
        QMetaObject::invokeMethod(
            section, "addFile", Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(m_photoFile))));
        QTest::qWait(30);
        QCOMPARE(directory->info().value().updateSeq, before);
        QVERIFY(!find(window, "photoNotice")->property("message").toString().isEmpty());

        // The file chosen in the dialog (the dialog's accepted calls addFile with its file).
        const QString alt = language == QLatin1String("ar")
            ? QStringLiteral("باب أخضر في جدار من الطوب")
            : QStringLiteral("Groene deur in een bakstenen muur");
        QQuickItem *altInput = find(window, "photoAltTextInput");
        QVERIFY(altInput);
        altInput->setProperty("text", alt);
        QTest::qWait(10);
        QMetaObject::invokeMethod(
            section, "addFile", Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(m_photoFile))));
        // Made smaller on a worker thread, then stored.
        QTRY_COMPARE_WITH_TIMEOUT(
            InitiativePhotos(*directory).of(initiative).value().size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!shell.controller()->photos()->busy(), 5000);
        QCOMPARE(find(window, "photoAltText")->property("text").toString(),
            QString()); // emptied for the next photo

        // What was stored: one photo of the Wijkpaleis, two JPEG attachments without EXIF.
        const QList<InitiativePhotos::Photo> stored
            = InitiativePhotos(*directory).of(initiative).value();
        QCOMPARE(stored.size(), 1);
        const QString photoId = stored.first().id;
        QCOMPARE(stored.first().alt.value(language), alt);
        QCOMPARE(stored.first().width, 1600);
        QCOMPARE(stored.first().height, 1200);
        const QJsonObject doc = directory->get(photoId).value();
        for (const char *name : { "display.jpg", "thumb.jpg" }) {
            const QJsonObject stub
                = doc.value("_attachments").toObject().value(QLatin1String(name)).toObject();
            QCOMPARE(stub.value("content_type").toString(), QStringLiteral("image/jpeg"));
            const QByteArray bytes
                = directory->attachment(photoId, QString(), QLatin1String(name)).value().data;
            QCOMPARE(stub.value("length").toInteger(), bytes.size());
            QVERIFY(bytes.startsWith("\xff\xd8"));
            QVERIFY(!bytes.contains("Exif"));
            QVERIFY(!bytes.contains("GPSMARKER"));
            QVERIFY(bytes.size() < m_photoBytes.size());
        }
        QVERIFY(find(window, "photoNotice")->property("message").toString().size() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(child(section, "removePhoto_" + photoId.toLatin1()), 5000);
        scrollTo(child(section, "removePhoto_" + photoId.toLatin1()));
        QTest::qWait(200);
        QVERIFY(
            shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_editor_%1.png").arg(tag)));
        const QString usability = usabilityProblem(window);
        QVERIFY2(usability.isEmpty(), qPrintable(usability));

        // The detail page shows it, named by its alternative text.
        click(find(window, "initiativeClose"));
        QVERIFY(!find(window, "initiativeEditorPage"));
        QQuickItem *photo = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (photo = find(window, "galleryPhoto_0")) && photo->property("status").toInt() == 1,
            5000);
        QCOMPARE(accessibleName(photo), alt);
        QCOMPARE(photo->property("sourceSize").toSize(), QSize(1600, 1200));
        QTest::qWait(100);
        QVERIFY(
            shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_detail_%1.png").arg(tag)));

        // The list's row of the Wijkpaleis shows the thumbnail (beside the detail on a tablet).
        if (size.width() >= 700) {
            // Scrolled to its row (rows are made only when in sight).
            QQuickItem *list = find(window, "initiativeList");
            QVERIFY(list);
            const int row = shell.controller()->initiatives()->indexOf(initiative);
            QVERIFY(row >= 0);
            QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 0));
            QTest::qWait(50);
            QQuickItem *thumbnail = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((thumbnail = find(window, "thumbnail"))
                    && thumbnail->property("status").toInt() == 1,
                5000); // shown: only where a photo is
            QCOMPARE(thumbnail->property("sourceSize").toSize().width(), 128);
            QTest::qWait(100);
            QVERIFY(
                shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_list_%1.png").arg(tag)));
        }

        // Removed after the confirmation: gone from the store and from the page.
        click(find(window, "editInitiative"));
        section = find(window, "photoSection");
        QVERIFY(section);
        scrollTo(section);
        click(child(section, "removePhoto_" + photoId.toLatin1()));
        QObject *popup = section->property("removeConfirmation").value<QObject *>();
        QVERIFY(popup);
        QTRY_VERIFY_WITH_TIMEOUT(popup->property("opened").toBool(), 5000);
        click(child(popup->property("contentItem").value<QQuickItem *>(), "confirmRemovePhotoYes"));
        QVERIFY(InitiativePhotos(*directory).of(initiative).value().isEmpty());
        QCOMPARE(directory->get(photoId).error().code, StoreError::Code::NotFound);
        click(find(window, "initiativeClose"));
        QTRY_VERIFY_WITH_TIMEOUT(!find(window, "galleryPhoto_0"), 5000);
        QVERIFY(shell.warnings().isEmpty() || (qWarning() << shell.warnings(), true));
    }

    // The camera, where the device has one: "Take a photo" asks for the words first, opens the
    // camera over the window with the rule said again, and what it takes is stored as a file's
    // picture is (smaller, drawn afresh: nothing the camera attached). With a camera the picture
    // comes from a real QImageCapture; without one (as on CI) the button is not offered, the
    // camera's page is opened by the same handler, and the captured image is handed on through
    // the function the capture calls (addCaptured).
    void theCamera_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("textPixels"); // 0: the default size; 28: text size 2.0
        QTest::newRow("phone_nl") << QStringLiteral("nl") << QSize(390, 844) << 0;
        QTest::newRow("phone_ar") << QStringLiteral("ar") << QSize(390, 844) << 0;
        QTest::newRow("tablet_ar") << QStringLiteral("ar") << QSize(1180, 820) << 0;
        QTest::newRow("phone_nl_large") << QStringLiteral("nl") << QSize(390, 844) << 28;
        QTest::newRow("phone_ar_large") << QStringLiteral("ar") << QSize(390, 844) << 28;
    }
    void theCamera()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(int, textPixels);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QFont usual = QGuiApplication::font();
        const auto restoreFont = qScopeGuard([usual] { QGuiApplication::setFont(usual); });
        if (textPixels > 0) {
            QFont large = usual;
            large.setPixelSize(textPixels);
            QGuiApplication::setFont(large);
        }
        QTemporaryDir data;
        AppShell shell;
        QVERIFY(openPhotoAppAs(shell, data.path(), language, QStringLiteral("coordinator"), size));
        QQuickWindow *window = shell.window();
        DocumentDatabase *directory = shell.database(QStringLiteral("directory"));
        const QString initiative = QStringLiteral("initiative:wijkpaleis");
        shell.showInitiative(initiative);
        QTest::qWait(50);
        click(find(window, "editInitiative"));
        QQuickItem *section = find(window, "photoSection");
        QVERIFY(section);
        scrollTo(find(window, "addPhoto"));

        const bool hasCamera = !QMediaDevices::videoInputs().isEmpty();
        QQuickItem *take = anyChild(section, "takePhoto");
        QVERIFY(take);
        QCOMPARE(section->property("cameraAvailable").toBool(), hasCamera);
        QCOMPARE(bool(find(window, "takePhoto")), hasCamera);
        QObject *camera = section->property("camera").value<QObject *>();
        QVERIFY(camera);

        // No words yet: the camera does not open, the notice says why, nothing is stored.
        const qint64 before = directory->info().value().updateSeq;
        QMetaObject::invokeMethod(take, "clicked");
        QTest::qWait(30);
        QVERIFY(!camera->property("visible").toBool());
        QVERIFY(!find(window, "photoNotice")->property("message").toString().isEmpty());
        QCOMPARE(directory->info().value().updateSeq, before);

        const QString alt = language == QLatin1String("ar") ? QStringLiteral("لافتة فوق الباب")
                                                            : QStringLiteral("Het bord boven de deur");
        find(window, "photoAltTextInput")->setProperty("text", alt);
        QTest::qWait(10);
        QMetaObject::invokeMethod(take, "clicked");
        QTRY_VERIFY_WITH_TIMEOUT(camera->property("visible").toBool(), 2000);
        QQuickItem *rule = find(window, "cameraPlacesNotPeople");
        QVERIFY(rule);
        if (language != QLatin1String("en")) // said in the reader's language, not the source's
            QVERIFY(!rule->property("text").toString().startsWith(QLatin1String("Photograph the place")));
        QQuickItem *capture = find(window, "capturePhoto");
        QVERIFY(capture);
        QVERIFY(find(window, "cancelCamera"));
        QTest::qWait(100);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_camera_%1.png").arg(tag)));
        const QString usability = usabilityProblem(window);
        QVERIFY2(usability.isEmpty(), qPrintable(usability));

        if (hasCamera) {
            QTRY_VERIFY_WITH_TIMEOUT(capture->isEnabled(), 10000);
            click(capture);
        } else {
            QVERIFY(!capture->isEnabled()); // nothing to take a picture with
            // A camera's picture: larger than the display size, with text the camera attached.
            QImage picture(3000, 2000, QImage::Format_RGB32);
            picture.fill(QColor(30, 110, 60));
            QPainter painter(&picture);
            painter.fillRect(1000, 500, 900, 1200, QColor(200, 60, 40));
            painter.end();
            picture.setText(QStringLiteral("Description"), QStringLiteral("GPSMARKER 51.91 4.45"));
            QMetaObject::invokeMethod(section, "addCaptured", Q_ARG(QVariant, QVariant(picture)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(InitiativePhotos(*directory).of(initiative).value().size(), 1, 10000);
        QVERIFY(!camera->property("visible").toBool());
        const InitiativePhotos::Photo stored = InitiativePhotos(*directory).of(initiative).value().first();
        QCOMPARE(stored.alt.value(language), alt);
        QVERIFY(std::max(stored.width, stored.height) <= 1600);
        if (!hasCamera)
            QCOMPARE(QSize(stored.width, stored.height), QSize(1600, 1066));
        for (const auto kind : { InitiativePhotos::Size::Display, InitiativePhotos::Size::Thumbnail }) {
            const QByteArray bytes = InitiativePhotos(*directory).bytes(stored.id, kind).value();
            QVERIFY(bytes.startsWith("\xff\xd8"));
            QVERIFY(!bytes.contains("Exif"));
            QVERIFY(!bytes.contains("GPSMARKER"));
        }
    }

    // Text size 2.0 (28 px) on a phone: the photo section and the gallery keep every word and
    // every control usable.
    void largeText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("role");
        QTest::newRow("phone_nl_large_coordinator")
            << QStringLiteral("nl") << QStringLiteral("coordinator");
        QTest::newRow("phone_ar_large_host") << QStringLiteral("ar") << QStringLiteral("host");
    }
    void largeText()
    {
        QFETCH(QString, language);
        QFETCH(QString, role);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QFont before = QGuiApplication::font();
        QFont font = before;
        font.setPixelSize(28);
        QGuiApplication::setFont(font);
        QTemporaryDir data;
        AppShell shell;
        QVERIFY(openPhotoAppAs(shell, data.path(), language, role, QSize(390, 844)));
        QQuickWindow *window = shell.window();
        shell.showInitiative(QStringLiteral("initiative:wijkpaleis"));
        QTest::qWait(50);
        InitiativePhotoController *photos = shell.controller()->photos();
        QVERIFY(photos->canAdd());
        QVERIFY(photos->addFromFile(
            QUrl::fromLocalFile(m_photoFile), QStringLiteral("Voordeur"), language));
        QTRY_VERIFY_WITH_TIMEOUT(find(window, "galleryPhoto_0")
                && find(window, "galleryPhoto_0")->property("status").toInt() == 1,
            5000);
        QVERIFY(
            shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_detail_%1.png").arg(tag)));
        // A coordinator adds photos in the editor; a host, who may not edit the place, on its page.
        QQuickItem *section = nullptr;
        if (role == QLatin1String("host")) {
            QVERIFY(!find(window, "editInitiative"));
            section = find(window, "detailPhotoSection");
        } else {
            QVERIFY(!find(window, "detailPhotoSection"));
            click(find(window, "editInitiative"));
            section = find(window, "photoSection");
        }
        QVERIFY(section);
        scrollTo(find(window, "addPhoto"));
        QTest::qWait(100);
        QVERIFY(
            shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/photo_editor_%1.png").arg(tag)));
        const QString usability = usabilityProblem(window);
        QGuiApplication::setFont(before);
        QVERIFY2(usability.isEmpty(), qPrintable(usability));
        const QString cut = cutTextProblem(window, section);
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
    }
};

QTEST_MAIN(TestPhotoUi)
#include "tst_photoui.moc"
