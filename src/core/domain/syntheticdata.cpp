#include "syntheticdata.h"

#include <QDate>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {
constexpr int batchSize = 2000;

// Words per language, so names and descriptions are searched as in a real directory: many
// different words in five scripts, not one phrase repeated 50 000 times.
const QHash<QString, QStringList> vocabulary {
    { QStringLiteral("nl"), { QStringLiteral("buurthuis"), QStringLiteral("koffie"), QStringLiteral("moestuin"), QStringLiteral("inloop"),
                              QStringLiteral("naaiatelier"), QStringLiteral("wandelgroep"), QStringLiteral("kookclub"), QStringLiteral("muziek"),
                              QStringLiteral("taalcafé"), QStringLiteral("vrijwilligers"), QStringLiteral("ouderen"), QStringLiteral("kinderen"),
                              QStringLiteral("spreekuur"), QStringLiteral("huiskamer"), QStringLiteral("fietsenmaker"), QStringLiteral("bibliotheek"),
                              QStringLiteral("moskee"), QStringLiteral("kerk"), QStringLiteral("markt"), QStringLiteral("schuldhulp"),
                              QStringLiteral("maaltijd"), QStringLiteral("gezondheid"), QStringLiteral("sport"), QStringLiteral("dans") } },
    { QStringLiteral("en"), { QStringLiteral("community"), QStringLiteral("coffee"), QStringLiteral("garden"), QStringLiteral("walk"),
                              QStringLiteral("sewing"), QStringLiteral("cooking"), QStringLiteral("music"), QStringLiteral("language"),
                              QStringLiteral("volunteers"), QStringLiteral("elderly"), QStringLiteral("children"), QStringLiteral("advice"),
                              QStringLiteral("library"), QStringLiteral("market"), QStringLiteral("debt"), QStringLiteral("meal"),
                              QStringLiteral("health"), QStringLiteral("dance"), QStringLiteral("repair"), QStringLiteral("homework") } },
    { QStringLiteral("ar"), { QStringLiteral("مطبخ"), QStringLiteral("قهوة"), QStringLiteral("حديقة"), QStringLiteral("مشي"),
                              QStringLiteral("خياطة"), QStringLiteral("طبخ"), QStringLiteral("موسيقى"), QStringLiteral("لغة"),
                              QStringLiteral("متطوعون"), QStringLiteral("كبار"), QStringLiteral("أطفال"), QStringLiteral("استشارة"),
                              QStringLiteral("مكتبة"), QStringLiteral("سوق"), QStringLiteral("ديون"), QStringLiteral("وجبة"),
                              QStringLiteral("صحة"), QStringLiteral("رقص"), QStringLiteral("إصلاح"), QStringLiteral("مدرسة") } },
    { QStringLiteral("tr"), { QStringLiteral("mahalle"), QStringLiteral("kahve"), QStringLiteral("bahçe"), QStringLiteral("yürüyüş"),
                              QStringLiteral("dikiş"), QStringLiteral("yemek"), QStringLiteral("müzik"), QStringLiteral("dil"),
                              QStringLiteral("gönüllüler"), QStringLiteral("yaşlılar"), QStringLiteral("çocuklar"), QStringLiteral("danışma"),
                              QStringLiteral("kütüphane"), QStringLiteral("pazar"), QStringLiteral("borç"), QStringLiteral("sağlık"),
                              QStringLiteral("dans"), QStringLiteral("tamir"), QStringLiteral("ödev"), QStringLiteral("İstanbul") } },
    { QStringLiteral("pl"), { QStringLiteral("sąsiedzi"), QStringLiteral("kawa"), QStringLiteral("ogród"), QStringLiteral("spacer"),
                              QStringLiteral("szycie"), QStringLiteral("gotowanie"), QStringLiteral("muzyka"), QStringLiteral("język"),
                              QStringLiteral("wolontariusze"), QStringLiteral("seniorzy"), QStringLiteral("dzieci"), QStringLiteral("porady"),
                              QStringLiteral("biblioteka"), QStringLiteral("targ"), QStringLiteral("długi"), QStringLiteral("posiłek"),
                              QStringLiteral("zdrowie"), QStringLiteral("taniec"), QStringLiteral("naprawa"), QStringLiteral("Łódź") } },
};

// A few words of the language (Dutch for a language without a word list).
QString phrase(QRandomGenerator &random, const QString &language, int count)
{
    const QStringList &words = vocabulary.contains(language) ? vocabulary[language] : vocabulary[QStringLiteral("nl")];
    QStringList picked;
    for (int i = 0; i < count; ++i)
        picked.append(words.at(int(random.bounded(words.size()))));
    return picked.join(QLatin1Char(' '));
}

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
                    { QStringLiteral("name"), QStringLiteral("%1 %2").arg(phrase(random, lang, 2)).arg(i) },
                    { QStringLiteral("summary"), phrase(random, lang, 5) },
                    { QStringLiteral("description"), phrase(random, lang, 12 + int(random.bounded(20))) },
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
