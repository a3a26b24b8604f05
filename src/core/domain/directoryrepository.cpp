#include "directoryrepository.h"

#include "domainindexer.h"

#include <QCollator>
#include <QJsonArray>

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The first translation in chain order whose field is non-empty.
LocalizedText pick(const QList<QJsonObject> &translations, const std::function<QString(const QJsonObject &)> &field)
{
    for (const QJsonObject &t : translations) {
        const QString text = field(t);
        if (!text.trimmed().isEmpty())
            return { text, t.value(QLatin1String("language")).toString() };
    }
    return {};
}
}

QStringList DirectoryRepository::fallbackChain(const QString &language)
{
    QStringList chain;
    for (const QString &code : { language, QStringLiteral("nl"), QStringLiteral("en") }) {
        if (!code.isEmpty() && !chain.contains(code))
            chain.append(code);
    }
    return chain;
}

Result<QList<InitiativeInfo>> DirectoryRepository::initiatives(const QString &language)
{
    DocumentDatabase::ReadScope scope(m_db);
    Result<QStringList> ids = m_db.queryIndex(DomainIndexer::byType, QStringLiteral("initiative"),
                                              QStringLiteral("initiative"));
    if (!ids.ok())
        return ids.error();
    QList<InitiativeInfo> list;
    list.reserve(ids.value().size());
    for (const QString &id : ids.value()) {
        Result<InitiativeInfo> info = load(id, language, false);
        if (info.ok())
            list.append(std::move(info).value());
        else if (info.error().code != StoreError::Code::NotFound)
            return info.error();
    }
    QCollator collator{QLocale(language)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&](const InitiativeInfo &a, const InitiativeInfo &b) {
        return collator.compare(a.name.text, b.name.text) < 0;
    });
    return list;
}

Result<InitiativeInfo> DirectoryRepository::initiative(const QString &id, const QString &language)
{
    DocumentDatabase::ReadScope scope(m_db);
    return load(id, language, true);
}

Result<InitiativeInfo> DirectoryRepository::load(const QString &id, const QString &language, bool withActivities)
{
    Result<QJsonObject> doc = m_db.get(id);
    if (!doc.ok())
        return doc.error();
    const QJsonObject &d = doc.value();
    const QString slug = d.value(QLatin1String("slug")).toString();

    // Translations: the chain first, in order, then any other language as the last resort.
    QList<QJsonObject> translations;
    QStringList available;
    Result<QStringList> related = m_db.queryIndex(DomainIndexer::byInitiative, id, id);
    if (!related.ok())
        return related.error();
    QList<QJsonObject> others;
    QStringList activityIds;
    for (const QString &relatedId : related.value()) {
        if (relatedId.startsWith(QLatin1String("activity:"))) {
            activityIds.append(relatedId);
            continue;
        }
        if (!relatedId.startsWith(QLatin1String("translation:")))
            continue;
        Result<QJsonObject> t = m_db.get(relatedId);
        if (!t.ok())
            continue;
        available.append(t.value().value(QLatin1String("language")).toString());
        others.append(t.value());
    }
    for (const QString &code : fallbackChain(language)) {
        for (const QJsonObject &t : std::as_const(others)) {
            if (t.value(QLatin1String("language")).toString() == code)
                translations.append(t);
        }
    }
    for (const QJsonObject &t : std::as_const(others)) {
        if (!translations.contains(t))
            translations.append(t);
    }

    InitiativeInfo info;
    info.id = id;
    info.name = pick(translations, [](const QJsonObject &t) { return t.value(QLatin1String("name")).toString(); });
    if (info.name.text.isEmpty())
        info.name = { slug, {} };
    info.summary = pick(translations, [](const QJsonObject &t) { return t.value(QLatin1String("summary")).toString(); });
    info.description = pick(translations, [](const QJsonObject &t) { return t.value(QLatin1String("description")).toString(); });
    info.themes = toStringList(d.value(QLatin1String("themes")));
    const QJsonObject address = d.value(QLatin1String("address")).toObject();
    info.street = address.value(QLatin1String("street")).toString();
    info.postcode = address.value(QLatin1String("postcode")).toString();
    info.city = address.value(QLatin1String("city")).toString();
    const QJsonObject position = d.value(QLatin1String("position")).toObject();
    info.hasPosition = position.value(QLatin1String("lat")).isDouble() && position.value(QLatin1String("lon")).isDouble();
    info.latitude = position.value(QLatin1String("lat")).toDouble();
    info.longitude = position.value(QLatin1String("lon")).toDouble();
    info.languagesSpoken = toStringList(d.value(QLatin1String("languagesSpoken")));
    available.sort();
    info.translatedInto = available;
    info.contact = d.value(QLatin1String("contact")).toObject();
    info.accessibility = d.value(QLatin1String("accessibility")).toObject();
    info.lastChecked = d.value(QLatin1String("lastChecked")).toString();
    info.sample = d.value(QLatin1String("sample")).toBool();

    if (withActivities) {
        for (const QString &activityId : std::as_const(activityIds)) {
            Result<QJsonObject> a = m_db.get(activityId);
            if (!a.ok())
                continue;
            const QString activitySlug = a.value().value(QLatin1String("slug")).toString();
            const auto activityField = [activitySlug](const char *field) {
                return [activitySlug, field](const QJsonObject &t) {
                    return t.value(QLatin1String("activities")).toObject().value(activitySlug).toObject()
                            .value(QLatin1String(field)).toString();
                };
            };
            ActivityInfo activity;
            activity.id = activityId;
            activity.name = pick(translations, activityField("name"));
            if (activity.name.text.isEmpty())
                activity.name = { activitySlug, {} };
            activity.description = pick(translations, activityField("description"));
            activity.schedule = a.value().value(QLatin1String("schedule")).toObject();
            info.activities.append(activity);
        }
    }
    return info;
}
