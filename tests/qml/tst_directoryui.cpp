#include "section.h"
#include "appcontroller.h"
#include "appshell.h"
#include "geo.h"
#include "initiativelistmodel.h"
#include "documentdatabase.h"
#include "translationeditor.h"
#include "quickitems.h"

#include <QAccessible>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// The directory as a person uses it: large text, touch targets and accessible names on every
// control, search while typing, a translation added from the detail page, position from NMEA.
class TestDirectoryUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QFont m_defaultFont;

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        m_defaultFont = QGuiApplication::font();
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "nl", true).ok());
    }

    void cleanup() { QGuiApplication::setFont(m_defaultFont); }

    void largeTextStaysUsable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("detail");
        for (const char *lang : { "nl", "ar" }) {
            for (double scale : { 1.0, 1.5, 2.0 }) {
                for (bool detail : { false, true })
                    QTest::newRow(qPrintable(QStringLiteral("%1_%2_%3").arg(detail ? "detail" : "list", lang).arg(scale)))
                            << QString::fromLatin1(lang) << scale << detail;
            }
        }
    }

    void largeTextStaysUsable()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        QFETCH(bool, detail);
        QFont font = m_defaultFont;
        font.setPixelSize(qRound(14 * scale));
        QGuiApplication::setFont(font);

        AppShell shell;
        QVERIFY(shell.open(m_data.path(), language, false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        if (detail)
            shell.showInitiative(shell.controller()->initiatives()->idAt(0));
        else
            click(find(shell.window(), "filterButton")); // show the filters too
        const QString file = QStringLiteral(SCREENSHOT_DIR "/large_%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(shell.saveScreenshot(file));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));

        // Every control: at least 48 px, an accessible name, inside the window.
        int controls = 0;
        const QString problem = usabilityProblem(shell.window(), &controls);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QList<QQuickItem *> all;
        collectAll(shell.window()->contentItem(), all);
        for (QQuickItem *item : std::as_const(all)) {
            if (!shown(item))
                continue;
            // Labels follow the text size: nothing is drawn smaller than the system asked for.
            // The bottom bar's labels are the exception: five share a phone's width, so all take
            // the one size at which the longest fits (tested in navigationFitsEveryRole).
            if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()
                && item->objectName() != QLatin1String("navigationLabel")) {
                const QFont f = item->property("font").value<QFont>();
                if (f.pixelSize() > 0)
                    QVERIFY2(f.pixelSize() >= qRound(14 * scale * 0.85),
                             qPrintable(QStringLiteral("text \"%1\" at %2 px").arg(item->property("text").toString()).arg(f.pixelSize())));
            }
        }
        QVERIFY2(controls >= 3, "the page shows hardly any controls");
    }

    // Issue 17, defect 7: six destinations did not fit ("Synchronisati", mixed sizes), "Kaart"
    // read as a map, Undo read "On…". At most five, chosen by role; one label size; nothing cut.
    void navigationFitsEveryRole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        for (const char *lang : { "nl", "ar" }) {
            for (double scale : { 1.0, 2.0 })
                QTest::newRow(qPrintable(QStringLiteral("%1_%2").arg(lang).arg(scale))) << QString::fromLatin1(lang) << scale;
        }
    }
    void navigationFitsEveryRole()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        QFont font = m_defaultFont;
        font.setPixelSize(qRound(14 * scale));
        QGuiApplication::setFont(font);
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), language, false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        const QList<QStringList> roleSets { {}, { "buurtmaatje" }, { "verbindingswerker" }, { "host" }, { "coordinator" }, { "cardholder" } };
        for (const QStringList &roles : roleSets) {
            shell.controller()->setRoles(roles);
            QTest::qWait(30);
            const QVariantList destinations = shell.window()->property("destinations").toList();
            QVERIFY2(destinations.size() <= 5, qPrintable(roles.join(',')));
            QList<QQuickItem *> all;
            collectAll(shell.window()->contentItem(), all);
            QList<QQuickItem *> labels;
            for (QQuickItem *item : std::as_const(all)) {
                if (item->objectName() == "navigationLabel" && shown(item))
                    labels.append(item);
            }
            QCOMPARE(labels.size(), destinations.size());
            for (QQuickItem *label : std::as_const(labels)) {
                QVERIFY2(!label->property("truncated").toBool(), qPrintable(label->property("text").toString()));
                QCOMPARE(label->property("font").value<QFont>().pixelSize(), labels.first()->property("font").value<QFont>().pixelSize());
                QVERIFY(label->property("lineCount").toInt() <= 2);
            }
            // The language is in the bar or one tap away on the Sync page.
            const bool languageInBar = std::any_of(destinations.cbegin(), destinations.cend(),
                                                   [](const QVariant &d) { return d.toMap().value("page").toInt() == 4; });
            shell.window()->setProperty("section", int(Section::Sync));
            QTest::qWait(30);
            QCOMPARE(bool(find(shell.window(), "openLanguage")), !languageInBar);
            shell.window()->setProperty("section", int(Section::Initiatives));
        }
        shell.controller()->setRoles({ "host" });
        QTest::qWait(30);
        QStringList labels;
        for (const QVariant &d : shell.window()->property("destinations").toList())
            labels.append(d.toMap().value("label").toString());
        if (language == "nl")
            QVERIFY2(labels.contains("Stempelkaart") && !labels.contains("Kaart"), qPrintable(labels.join(',')));
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/navigation_host_%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
        shell.window()->setProperty("section", int(Section::Sync));
        QTest::qWait(50);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/sync_page_host_%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
        // Issue 17, defect 9: every language's name on the layout's reading side, whatever its
        // own script (العربية was on the right in Dutch, Nederlands on the left in Arabic).
        click(find(shell.window(), "openLanguage"));
        QCOMPARE(shell.window()->property("section").toInt(), int(Section::Language));
        QTest::qWait(50);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/language_page_%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
        const int readingSide = language == "ar" ? Qt::AlignRight : Qt::AlignLeft;
        for (const char *code : { "nl", "en", "ar", "tr", "pl" }) {
            QQuickItem *option = find(shell.window(), qPrintable(QStringLiteral("languageOption_%1").arg(code)));
            QVERIFY(option);
            QQuickItem *text = option->property("contentItem").value<QQuickItem *>();
            QVERIFY(text);
            QCOMPARE(text->property("effectiveHorizontalAlignment").toInt(), readingSide);
        }
        // Titles wrap rather than being cut.
        for (Section::Value section : { Section::Log, Section::Reports, Section::Card, Section::Sync }) {
            shell.window()->setProperty("section", int(section));
            QTest::qWait(50);
            QList<QQuickItem *> all;
            collectAll(shell.window()->contentItem(), all);
            for (QQuickItem *item : std::as_const(all)) {
                if (item->objectName() == "pageTitle" && shown(item))
                    QVERIFY2(!item->property("truncated").toBool(), qPrintable(item->property("text").toString()));
            }
        }
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }

    // Issue 17, defect 16: the address and the phone number did nothing. A Route and a Call
    // button carry the links (PlaceLinks, tested in tst_placelinks).
    void routeAndCallFromThePlace()
    {
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "ar", false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        shell.showInitiative("initiative:geestverwanten");
        QTRY_VERIFY(find(shell.window(), "routeButton"));
        const QString route = find(shell.window(), "routeButton")->property("url").toString();
        QVERIFY2(route.startsWith("https://www.openstreetmap.org/?mlat=51.914600&mlon=4.458300"), qPrintable(route));
        QQuickItem *call = find(shell.window(), "callButton");
        QVERIFY(call);
        QCOMPARE(call->property("url").toString(), QString("tel:0104120000"));
        QVERIFY(!accessibleName(call).isEmpty());
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }

    void searchWhileTypingInAnyScript()
    {
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "nl", false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/search_before.png")));
        InitiativeListModel *list = shell.controller()->initiatives();
        const int all = list->rowCount();
        QQuickItem *field = find(shell.window(), "searchField");
        QVERIFY(field);
        field->forceActiveFocus();
        QTest::sendKeyEvent(QTest::Press, shell.window(), Qt::Key_unknown, QStringLiteral("sirene"), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, shell.window(), Qt::Key_unknown, QStringLiteral("sirene"), Qt::NoModifier);
        QCOMPARE(list->filter()->query(), QString("sirene"));
        QVERIFY(list->rowCount() >= 1 && list->rowCount() < all);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/search_sirene.png")));
        // The Sirenelunch is an activity of NIZU: found through its activity text.
        QVERIFY(list->indexOf("initiative:nizu-overvecht") >= 0);
        QQuickItem *name = topmost(shell.window(), "nameLabel");
        QVERIFY(name);
        // As stored, apart from the isolates around a part in brackets (Theme.bidiName).
        QCOMPARE(name->property("text").toString().remove(QChar(0x2068)).remove(QChar(0x2069)),
                 list->data(list->index(0), InitiativeListModel::NameRole).toString());
        // Arabic typed into a Dutch UI finds the same initiatives' Arabic texts.
        list->filter()->setQuery(QStringLiteral("غداء"));
        QVERIFY(list->rowCount() >= 1);
        list->filter()->setQuery(QString());
        QCOMPARE(list->rowCount(), all);
    }

    void aTranslationAddedOnTheDetailPageIsStoredAndShown()
    {
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "tr", false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        const QString id = shell.controller()->initiatives()->idAt(0);
        shell.showInitiative(id);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/translate_before.png")));
        click(find(shell.window(), "translateButton"));
        QTest::qWait(300);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/translate_form.png")));
        QQuickItem *name = find(shell.window(), "translationName");
        QVERIFY(name);
        QVERIFY(!name->property("text").toString().isEmpty()); // the Turkish text to correct
        // The text being translated stays beside the fields, and the description has a box.
        const QVariantMap detail = shell.controller()->initiative(id, "tr", 0);
        const QString reference = detail.value("description").toMap().value("text").toString();
        QVERIFY(!reference.isEmpty());
        QVERIFY(find(shell.window(), "translationOriginalDescription")->property("text").toString().contains(reference));
        QVERIFY(find(shell.window(), "translationOriginalName")->property("text").toString()
                        .contains(detail.value("name").toMap().value("text").toString()));
        QQuickItem *box = find(shell.window(), "translationDescriptionBox");
        QVERIFY(box && box->isVisible());
        QVERIFY(box->property("border").value<QObject *>()->property("width").toInt() >= 1);
        QVERIFY(!find(shell.window(), "translationSavedBanner"));
        name->setProperty("text", QStringLiteral("Düzeltilmiş ad"));
        find(shell.window(), "translationNeedsReview")->setProperty("checked", true);
        click(find(shell.window(), "translationSave"));
        QQuickItem *error = find(shell.window(), "translationError");
        QVERIFY2(!error, error ? qPrintable(error->property("text").toString()) : "");
        QVERIFY(!find(shell.window(), "translationEditorPage")); // back on the detail page
        // ... which says the text is saved, in which language, and when others see it.
        QQuickItem *banner = find(shell.window(), "translationSavedBanner");
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->property("message").toString(), shell.controller()->translationNotice());
        QVERIFY(banner->property("message").toString().contains(shell.controller()->languageName("tr")));

        DocumentDatabase *directory = shell.database("directory");
        const QJsonObject saved = TranslationEditor::current(*directory, id, "tr").value();
        QCOMPARE(saved.value("name").toString(), QString("Düzeltilmiş ad"));
        QCOMPARE(saved.value("status").toString(), QString("needs-review"));
        QCOMPARE(saved.value("authorRole").toString(), QString("buurtmaatje"));
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/translate_after.png")));
        QCOMPARE(find(shell.window(), "detailTitle")->property("text").toString(), QString("Düzeltilmiş ad"));

        // An empty name is refused in the form, with a message, and nothing is stored.
        click(find(shell.window(), "translateButton"));
        find(shell.window(), "translationName")->setProperty("text", QStringLiteral("  "));
        click(find(shell.window(), "translationSave"));
        QVERIFY(find(shell.window(), "translationError"));
        QCOMPARE(TranslationEditor::current(*directory, id, "tr").value().value("name").toString(), QString("Düzeltilmiş ad"));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }

    void distancesFollowAnNmeaPosition()
    {
        AppShell shell;
        shell.setNmeaLog(QStringLiteral(NMEA_DIR "/visserijplein-walk.nmea"));
        QVERIFY(shell.open(m_data.path(), "nl", false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        QTRY_VERIFY_WITH_TIMEOUT(shell.controller()->position()->hasFix(), 5000);
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/position_nmea.png")));
        QQuickItem *line = find(shell.window(), "positionLine");
        QVERIFY(line);
        QVERIFY2(line->property("text").toString().contains("positie"), qPrintable(line->property("text").toString()));
        QQuickItem *walking = find(shell.window(), "walkingLine");
        QVERIFY(walking);
        QVERIFY(walking->property("text").toString().contains("min"));
        QVERIFY(!walking->property("text").toString().startsWith("ongeveer"));
    }

    // Issue 17: the list said 15 min and the detail 10 min for the same place. Without a fix
    // (distances from the neighbourhood's centre, rounded for a poor position) and with one.
    void listAndDetailShowTheSameWalk_data()
    {
        QTest::addColumn<bool>("withFix");
        QTest::newRow("no fix") << false;
        QTest::newRow("nmea fix") << true;
    }
    void listAndDetailShowTheSameWalk()
    {
        QFETCH(bool, withFix);
        AppShell shell;
        if (withFix)
            shell.setNmeaLog(QStringLiteral(NMEA_DIR "/visserijplein-walk.nmea"));
        QVERIFY(shell.open(m_data.path(), "nl", false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        if (withFix)
            QTRY_VERIFY_WITH_TIMEOUT(shell.controller()->position()->hasFix(), 5000);
        else
            shell.controller()->position()->stop();
        InitiativeListModel *list = shell.controller()->initiatives();
        list->filter()->setQuery(QString());
        QVERIFY(list->rowCount() > 3);
        int compared = 0;
        int linesCompared = 0;
        for (int row = 0; row < std::min(list->rowCount(), 6); ++row) {
            const QModelIndex index = list->index(row);
            const double metres = list->data(index, InitiativeListModel::DistanceRole).toDouble();
            const int minutes = list->data(index, InitiativeListModel::WalkingMinutesRole).toInt();
            if (metres < 0)
                continue;
            QCOMPARE(minutes, Geo::walkingMinutes(metres)); // the list's minutes are of the distance it shows
            const QString id = list->data(index, InitiativeListModel::IdRole).toString();
            const QString listLine = [&] {
                QList<QQuickItem *> all;
                collectAll(shell.window()->contentItem(), all);
                for (QQuickItem *item : std::as_const(all)) {
                    if (item->objectName() == "walkingLine" && shown(item) && item->parentItem()) {
                        for (QQuickItem *up = item; up; up = up->parentItem()) {
                            if (up->property("initiativeId").toString() == id)
                                return item->property("text").toString();
                        }
                    }
                }
                return QString();
            }();
            shell.showInitiative(id);
            QTRY_VERIFY(find(shell.window(), "detailWalking"));
            const QString detailLine = find(shell.window(), "detailWalking")->property("text").toString();
            QVERIFY2(detailLine.contains(QStringLiteral("%1 min").arg(minutes)), qPrintable(id + ": " + detailLine));
            QVERIFY2(detailLine.contains(QStringLiteral("%1 m").arg(int(metres))) || metres >= 1000, qPrintable(detailLine));
            if (!listLine.isEmpty()) { // the rows scrolled into view: what a person reads in both
                QCOMPARE(listLine.section(" · ", 0, 1), detailLine.section(" · ", 0, 1));
                ++linesCompared;
            }
            ++compared;
            shell.showInitiative(QString()); // back to the list
            QTest::qWait(50);
        }
        QVERIFY(compared >= 3);
        QVERIFY(linesCompared >= 2);
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }
};

QTEST_MAIN(TestDirectoryUi)
#include "tst_directoryui.moc"
