#include "appcontroller.h"
#include "appshell.h"
#include "databasefolder.h"
#include "directoryrepository.h"
#include "domainindexer.h"

#include <QDir>
#include <QImage>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

namespace {
bool hasArabic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}

// Items as a person sees them: the visual tree (view delegates have no QObject parent).
void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> &found)
{
    if (item->objectName() == name)
        found.append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, name, found);
}

// The visible item with this object name nearest the top of the window.
QQuickItem *topmost(QQuickWindow *window, const char *name)
{
    QQuickItem *best = nullptr;
    qreal bestY = 1e9;
    QList<QQuickItem *> found;
    collect(window->contentItem(), QString::fromLatin1(name), found);
    for (QQuickItem *item : std::as_const(found)) {
        if (!item->isVisible() || item->width() <= 0)
            continue;
        const qreal y = item->mapToScene(QPointF(0, 0)).y();
        if (y < bestY) {
            bestY = y;
            best = item;
        }
    }
    return best;
}

qreal centreX(QQuickItem *item)
{
    return item->mapToScene(QPointF(item->width() / 2, 0)).x();
}
}

// Renders the list and detail pages as a person would see them and checks what is visible:
// navigation for the form factor, texts in the chosen language, the layout mirrored in Arabic.
class TestScreenshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // The name of the first initiative in the list, straight from the store.
    QString expectedFirstName(const QString &language)
    {
        DatabaseFolder folder(DomainIndexer::indexer());
        if (!folder.open(m_data.path(), false).ok())
            return {};
        DirectoryRepository repo(*folder.database("directory").value());
        const auto list = repo.initiatives(language);
        return list.ok() && !list.value().isEmpty() ? list.value().first().name.text : QString();
    }

    // A shown name without the isolates Theme.bidiName puts around a part in brackets.
    static QString plain(QString text) { return text.remove(QChar(0x2068)).remove(QChar(0x2069)); }

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        AppShell shell; // first run: loads the sample neighbourhood
        QVERIFY(shell.open(m_data.path(), "nl", true).ok());
    }

    void render_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("detail");
        for (const char *lang : { "nl", "ar" }) {
            for (const QSize &size : { QSize(390, 844), QSize(1180, 820) }) {
                for (bool detail : { false, true }) {
                    const QString name = QStringLiteral("%1_%2_%3x%4").arg(detail ? "detail" : "list", lang).arg(size.width()).arg(size.height());
                    QTest::newRow(qPrintable(name)) << QString::fromLatin1(lang) << size << detail;
                }
            }
        }
    }

    void render()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, detail);
        const bool wide = size.width() >= 700;
        const bool rtl = language == "ar";

        AppShell shell;
        QVERIFY(shell.open(m_data.path(), language, false).ok());
        QVERIFY(shell.load(size));
        QQuickWindow *window = shell.window();
        QVERIFY(window);
        const QString firstId = shell.controller()->initiatives()->idAt(0);
        QVERIFY(!firstId.isEmpty());
        if (detail)
            shell.showInitiative(firstId);
        const QString file = QStringLiteral(SCREENSHOT_DIR "/%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(shell.saveScreenshot(file));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
        QCOMPARE(window->width(), size.width());

        // Navigation fits the form factor, at the reading start edge.
        QQuickItem *rail = window->findChild<QQuickItem *>("navigationRail");
        QQuickItem *bottom = window->findChild<QQuickItem *>("bottomNavigation");
        QVERIFY(rail && bottom);
        QVERIFY(rail && bottom);
        QCOMPARE(rail->isVisible(), wide);
        QCOMPARE(bottom->isVisible(), !wide);
        if (wide)
            QCOMPARE(centreX(rail) > size.width() / 2, rtl);

        // The list's header and first entry, in the chosen language and mirrored for Arabic.
        QQuickItem *list = topmost(window, "initiativeListPage");
        QQuickItem *detailPage = topmost(window, "initiativeDetailPage");
        QCOMPARE(list != nullptr, wide || !detail);
        QCOMPARE(detailPage != nullptr, wide || detail);
        QQuickItem *title = topmost(window, "pageTitle");
        QVERIFY(title);
        const QString titleText = title->property("text").toString();
        QVERIFY2(titleText != "Initiatives nearby", "the UI text is not translated");
        QCOMPARE(hasArabic(titleText), rtl);
        // Titles start at the reading start edge: left in Dutch, right in Arabic.
        QCOMPARE(title->property("effectiveHorizontalAlignment").toInt(), int(rtl ? Qt::AlignRight : Qt::AlignLeft));
        // Without enrolment the app says where its data is, in the UI language.
        if (list) {
            QQuickItem *sync = topmost(window, "syncSummary");
            QVERIFY(sync);
            QCOMPARE(hasArabic(sync->property("text").toString()), rtl);
            QVERIFY(!sync->property("text").toString().isEmpty());
        }
        const QString expected = expectedFirstName(language);
        if (list) {
            QQuickItem *name = topmost(window, "nameLabel");
            QQuickItem *avatar = topmost(window, "avatar");
            QVERIFY(name && avatar);
            QCOMPARE(plain(name->property("text").toString()), expected);
            QCOMPARE(hasArabic(expected), rtl);
            // Avatar first in reading order: left of the name in Dutch, right of it in Arabic.
            QCOMPARE(centreX(avatar) > centreX(name), rtl);
        }
        if (detailPage) {
            QQuickItem *heading = topmost(window, "detailTitle");
            QVERIFY(heading);
            QCOMPARE(plain(heading->property("text").toString()), expected);
            QVERIFY(topmost(window, "sampleNotice"));
            QQuickItem *back = topmost(window, "backButton");
            QCOMPARE(back != nullptr, !wide);
            if (back)
                QCOMPARE(centreX(back) > size.width() / 2, rtl);
        }

        // The PNG holds a rendered page, not a blank frame.
        const QImage image(file);
        QCOMPARE(image.size(), size * window->devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, "the screenshot is nearly uniform");
    }

    void switchingLanguageAtRuntimeMirrorsWithoutRestart()
    {
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "nl", false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/switch_before.png")));
        QQuickItem *avatar = topmost(shell.window(), "avatar");
        QQuickItem *name = topmost(shell.window(), "nameLabel");
        QVERIFY(avatar && name);
        QVERIFY(centreX(avatar) < centreX(name));
        shell.controller()->setLanguage("ar");
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/switch_after.png")));
        avatar = topmost(shell.window(), "avatar");
        name = topmost(shell.window(), "nameLabel");
        QVERIFY(avatar && name);
        QVERIFY(centreX(avatar) > centreX(name));
        QVERIFY(hasArabic(name->property("text").toString()));
        QVERIFY(hasArabic(topmost(shell.window(), "pageTitle")->property("text").toString()));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
