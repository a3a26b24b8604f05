#include "appcontroller.h"

#include "directoryrepository.h"
#include "documentdatabase.h"
#include "initiativelistmodel.h"
#include "scheduletext.h"
#include "uilanguage.h"

#include <QJsonArray>

namespace {
QVariantMap text(const LocalizedText &t)
{
    return { { QStringLiteral("text"), t.text }, { QStringLiteral("language"), t.language } };
}
}

AppController::AppController(DocumentDatabase *directory, UiLanguage *language, SyncStatus *sync, QObject *parent)
    : QObject(parent), m_directory(directory), m_language(language),
      m_initiatives(new InitiativeListModel(directory, this)), m_sync(sync)
{
    m_initiatives->setLanguage(m_language->code());
    connect(m_language, &UiLanguage::changed, this, [this] {
        m_initiatives->setLanguage(m_language->code());
        emit languageChanged();
    });
    if (m_directory) {
        connect(m_directory, &DocumentDatabase::documentsChanged, this, [this] {
            ++m_directoryRevision;
            emit directoryRevisionChanged();
        });
    }
}

QString AppController::language() const
{
    return m_language->code();
}

bool AppController::rightToLeft() const
{
    return m_language->isRightToLeft();
}

QVariantList AppController::languages() const
{
    QVariantList list;
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        list.append(QVariantMap { { QStringLiteral("code"), choice.code }, { QStringLiteral("name"), choice.nativeName } });
    return list;
}

void AppController::setLanguage(const QString &code)
{
    m_language->setCode(code);
}

QString AppController::languageName(const QString &code) const
{
    return UiLanguage::nativeName(code);
}

QVariantMap AppController::initiative(const QString &id, const QString &language, int revision) const
{
    Q_UNUSED(revision);
    if (!m_directory || id.isEmpty())
        return {};
    DirectoryRepository repository(*m_directory);
    const Result<InitiativeInfo> loaded = repository.initiative(id, language);
    if (!loaded.ok())
        return {};
    const InitiativeInfo &info = loaded.value();
    QVariantList activities;
    for (const ActivityInfo &a : info.activities) {
        activities.append(QVariantMap { { QStringLiteral("name"), text(a.name) },
                                        { QStringLiteral("description"), text(a.description) },
                                        { QStringLiteral("when"), ScheduleText::describe(a.schedule, language) } });
    }
    QStringList spoken;
    for (const QString &code : info.languagesSpoken)
        spoken.append(UiLanguage::nativeName(code));
    QStringList addressLines;
    if (!info.street.isEmpty())
        addressLines.append(info.street);
    const QString cityLine = (info.postcode + u' ' + info.city).trimmed();
    if (!cityLine.isEmpty())
        addressLines.append(cityLine);
    return {
        { QStringLiteral("id"), info.id },
        { QStringLiteral("name"), text(info.name) },
        { QStringLiteral("summary"), text(info.summary) },
        { QStringLiteral("description"), text(info.description) },
        { QStringLiteral("address"), addressLines },
        { QStringLiteral("themes"), info.themes },
        { QStringLiteral("languagesSpoken"), spoken },
        { QStringLiteral("stepFree"), info.accessibility.value(QLatin1String("stepFree")).toBool() },
        { QStringLiteral("rollator"), info.accessibility.value(QLatin1String("rollator")).toBool() },
        { QStringLiteral("quietRoom"), info.accessibility.value(QLatin1String("quietRoom")).toBool() },
        { QStringLiteral("phone"), info.contact.value(QLatin1String("phone")).toString() },
        { QStringLiteral("website"), info.contact.value(QLatin1String("website")).toString() },
        { QStringLiteral("lastChecked"), info.lastChecked },
        { QStringLiteral("isSample"), info.sample },
        { QStringLiteral("activities"), activities },
    };
}
