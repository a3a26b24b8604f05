#include "syntheticdata.h"

#include <QDate>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {
constexpr int batchSize = 2000;

const QStringList words { QStringLiteral("buurt"), QStringLiteral("huiskamer"), QStringLiteral("lunch"),
                          QStringLiteral("taal"), QStringLiteral("koffie"), QStringLiteral("moestuin"),
                          QStringLiteral("inloop"), QStringLiteral("naaiatelier"), QStringLiteral("wandel"),
                          QStringLiteral("kook"), QStringLiteral("muziek"), QStringLiteral("sport") };
const QStringList themes { QStringLiteral("meeting"), QStringLiteral("food"), QStringLiteral("language"),
                           QStringLiteral("mental-health"), QStringLiteral("children"), QStringLiteral("elderly") };
const QStringList days { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                         QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA") };

StoreError flush(DocumentDatabase *db, QList<QJsonObject> &batch)
{
    if (batch.isEmpty())
        return StoreError::none();
    const QList<WriteResult> results = db->bulkDocs(batch, true);
    batch.clear();
    for (const WriteResult &r : results) {
        if (!r.error.ok())
            return r.error;
    }
    return StoreError::none();
}
}

Result<SyntheticCounts> SyntheticData::generate(DatabaseFolder &folder, const SyntheticSpec &spec)
{
    QRandomGenerator random(spec.seed);
    Result<DocumentDatabase *> directory = folder.database(QStringLiteral("directory"), true);
    if (!directory.ok())
        return directory.error();
    SyntheticCounts counts;
    QList<QJsonObject> batch;
    for (int i = 0; i < spec.initiatives; ++i) {
        const QString slug = QStringLiteral("synthetic-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString id = QStringLiteral("initiative:") + slug;
        const QString word = words.at(int(random.bounded(words.size())));
        batch.append(QJsonObject {
                { QStringLiteral("_id"), id }, { QStringLiteral("type"), QStringLiteral("initiative") },
                { QStringLiteral("slug"), slug }, { QStringLiteral("originalLanguage"), QStringLiteral("nl") },
                { QStringLiteral("themes"), QJsonArray { themes.at(int(random.bounded(themes.size()))) } },
                { QStringLiteral("position"), QJsonObject { { QStringLiteral("lat"), 51.90 + random.bounded(0.03) },
                                                            { QStringLiteral("lon"), 4.43 + random.bounded(0.04) } } },
                { QStringLiteral("address"), QJsonObject { { QStringLiteral("street"), QStringLiteral("Voorbeeldstraat %1").arg(i + 1) },
                                                           { QStringLiteral("city"), QStringLiteral("Rotterdam") } } },
                { QStringLiteral("sample"), true } });
        const QString activitySlug = QStringLiteral("weekly");
        batch.append(QJsonObject {
                { QStringLiteral("_id"), QStringLiteral("activity:%1:%2").arg(slug, activitySlug) },
                { QStringLiteral("type"), QStringLiteral("activity") }, { QStringLiteral("initiative"), id },
                { QStringLiteral("slug"), activitySlug },
                { QStringLiteral("schedule"), QJsonObject { { QStringLiteral("freq"), QStringLiteral("weekly") },
                                                            { QStringLiteral("byDay"), days.at(i % days.size()) },
                                                            { QStringLiteral("start"), QStringLiteral("10:00") },
                                                            { QStringLiteral("end"), QStringLiteral("12:00") } } },
                { QStringLiteral("sample"), true } });
        ++counts.activities;
        for (const QString &lang : spec.languages) {
            batch.append(QJsonObject {
                    { QStringLiteral("_id"), QStringLiteral("translation:%1:%2").arg(slug, lang) },
                    { QStringLiteral("type"), QStringLiteral("translation") }, { QStringLiteral("initiative"), id },
                    { QStringLiteral("language"), lang },
                    { QStringLiteral("name"), QStringLiteral("%1 %2 %3").arg(word, lang).arg(i) },
                    { QStringLiteral("summary"), QStringLiteral("%1 in de buurt (%2)").arg(word, lang) },
                    { QStringLiteral("description"), QStringLiteral("Synthetische beschrijving %1 voor %2.").arg(i).arg(lang) },
                    { QStringLiteral("status"), lang == QLatin1String("nl") ? QStringLiteral("original") : QStringLiteral("human") } });
            ++counts.translations;
        }
        ++counts.initiatives;
        if (batch.size() >= batchSize) {
            if (StoreError error = flush(directory.value(), batch); !error.ok())
                return error;
        }
    }
    if (StoreError error = flush(directory.value(), batch); !error.ok())
        return error;

    if (spec.events > 0) {
        Result<DocumentDatabase *> org = folder.database(QStringLiteral("org-synthetic"), true);
        if (!org.ok())
            return org.error();
        const QDate start(2026, 1, 1);
        for (int e = 0; e < spec.events; ++e) {
            const QString date = start.addDays(int(random.bounded(330))).toString(Qt::ISODate);
            if (e % 2 == 0 && spec.initiatives > 0) {
                const QString initiative = QStringLiteral("initiative:synthetic-%1")
                                                   .arg(int(random.bounded(spec.initiatives)), 6, 10, QLatin1Char('0'));
                batch.append(QJsonObject { { QStringLiteral("_id"), QStringLiteral("visit:synthetic-%1").arg(e) },
                                           { QStringLiteral("type"), QStringLiteral("visit") },
                                           { QStringLiteral("initiative"), initiative },
                                           { QStringLiteral("date"), date },
                                           { QStringLiteral("count"), int(random.bounded(1, 30)) } });
            } else {
                batch.append(QJsonObject { { QStringLiteral("_id"), QStringLiteral("tally:synthetic-%1").arg(e) },
                                           { QStringLiteral("type"), QStringLiteral("tally") },
                                           { QStringLiteral("date"), date },
                                           { QStringLiteral("language"), spec.languages.at(e % spec.languages.size()) },
                                           { QStringLiteral("does"), QJsonArray { QStringLiteral("chat") } } });
            }
            ++counts.events;
            if (batch.size() >= batchSize) {
                if (StoreError error = flush(org.value(), batch); !error.ok())
                    return error;
            }
        }
        if (StoreError error = flush(org.value(), batch); !error.ok())
            return error;
    }
    return counts;
}
