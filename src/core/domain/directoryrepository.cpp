#include "directoryrepository.h"

#include "domainindexer.h"
#include "geo.h"
#include "jsonscan.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <numeric>
#include <optional>

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Text from the directory may have come through sync from a peer that did not validate it.
// Bidi embeddings, overrides and isolates in a name could reverse the text around it in the
// UI, so they are dropped from every shown text; the UI adds its own isolates.
QString displaySafe(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
    return text;
}

// The first translation in chain order whose field is non-empty.
LocalizedText pick(const QList<QJsonObject> &translations, const std::function<QString(const QJsonObject &)> &field)
{
    for (const QJsonObject &t : translations) {
        const QString text = field(t);
        if (!text.trimmed().isEmpty())
            return { displaySafe(text), t.value(QLatin1String("language")).toString() };
    }
    return {};
}

// The language-neutral facts of an initiative document (or of its indexed copy).
InitiativeInfo fromFacts(const QString &id, const QJsonObject &d)
{
    InitiativeInfo info;
    info.id = id;
    info.themes = toStringList(d.value(QLatin1String("themes")));
    const QJsonObject address = d.value(QLatin1String("address")).toObject();
    info.street = address.value(QLatin1String("street")).toString();
    info.postcode = address.value(QLatin1String("postcode")).toString();
    info.city = address.value(QLatin1String("city")).toString();
    const QJsonObject position = d.value(QLatin1String("position")).toObject();
    // A position outside the world (a peer that did not validate) is no position.
    info.hasPosition = position.value(QLatin1String("lat")).isDouble() && position.value(QLatin1String("lon")).isDouble()
            && Geo::isValid({ position.value(QLatin1String("lat")).toDouble(), position.value(QLatin1String("lon")).toDouble() });
    info.latitude = position.value(QLatin1String("lat")).toDouble();
    info.longitude = position.value(QLatin1String("lon")).toDouble();
    info.languagesSpoken = toStringList(d.value(QLatin1String("languagesSpoken")));
    info.contact = d.value(QLatin1String("contact")).toObject();
    info.accessibility = d.value(QLatin1String("accessibility")).toObject();
    info.lastChecked = d.value(QLatin1String("lastChecked")).toString();
    info.sample = d.value(QLatin1String("sample")).toBool();
    return info;
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

int DirectoryRepository::chainRank(const QStringList &chain, QStringView language)
{
    const qsizetype inChain = chain.indexOf(language);
    return inChain >= 0 ? int(inChain) : int(chain.size());
}

namespace {
// One initiative's best name and summary along the fallback chain (rank 0 is best), and the
// rows of its documents.
struct BestTexts
{
    LocalizedText name;
    int nameRank = INT_MAX;
    LocalizedText summary;
    int summaryRank = INT_MAX;
    QList<qint64> rows;
};

// Takes one directory-names value into account; false when it is not one.
bool consider(BestTexts &best, QStringView nameValue, const QStringList &chain)
{
    DomainIndexer::NameValue value;
    if (!DomainIndexer::readName(nameValue, value))
        return false;
    const int rank = DirectoryRepository::chainRank(chain, value.language);
    if (rank < best.nameRank && !value.name.trimmed().isEmpty())
        best.name = { displaySafe(value.name.toString()), value.language.toString() }, best.nameRank = rank;
    if (rank < best.summaryRank && !value.summary.trimmed().isEmpty())
        best.summary = { displaySafe(value.summary.toString()), value.language.toString() }, best.summaryRank = rank;
    return true;
}

// An initiative as the list shows it, from its facts and its best texts.
InitiativeInfo listed(const QString &id, QByteArrayView facts, const BestTexts &best)
{
    InitiativeInfo info = fromFacts(id, QJsonDocument::fromJson(facts.toByteArray()).object());
    info.name = best.name.text.isEmpty() ? LocalizedText { info.id.mid(11), {} } : best.name;
    info.summary = best.summary;
    info.searchRows = best.rows;
    return info;
}

// Whether a coordinator retired this initiative (InitiativeEditor::retire). The bytes are
// searched first: nearly every initiative is listed, and building its JSON costs time.
bool isRetired(QByteArrayView facts)
{
    return facts.toByteArray().contains("\"retired\"")
            && QJsonDocument::fromJson(facts.toByteArray()).object().contains(QLatin1String("retired"));
}

// A directory-facts value's position, read without building the JSON (the nearest-first page
// looks at every initiative's). False when it has none that fromFacts would accept.
bool positionOf(QByteArrayView facts, Geo::Point &out)
{
    JsonScan scan(facts);
    if (scan.peek() != '{')
        return false;
    std::optional<double> lat;
    std::optional<double> lon;
    const auto number = [&scan](std::optional<double> &into) {
        const bool isNumber = scan.peek() == '-' || (scan.peek() >= '0' && scan.peek() <= '9');
        QByteArrayView span;
        if (!scan.value(&span))
            return false;
        if (isNumber) {
            bool ok = false;
            const double value = QByteArray::fromRawData(span.data(), span.size()).toDouble(&ok);
            if (ok)
                into = value;
        }
        return true;
    };
    const bool read = scan.members([&](QByteArrayView key, bool escaped, qsizetype) {
        if (escaped || key != "position" || scan.peek() != '{')
            return scan.value();
        return scan.members([&](QByteArrayView member, bool memberEscaped, qsizetype) {
            if (!memberEscaped && member == "lat")
                return number(lat);
            if (!memberEscaped && member == "lon")
                return number(lon);
            return scan.value();
        });
    });
    if (!read || !lat || !lon || !Geo::isValid({ *lat, *lon }))
        return false;
    out = { *lat, *lon };
    return true;
}

// Above every key: the whole index in one scan.
const QString lastKey = QString::fromUcs4(U"\U0010FFFF", 1);
}

// Reads the list from the directory's index values (DomainIndexer): two queries and no
// document parsing besides each initiative's small facts, so 10 000 initiatives list fast.
Result<QList<InitiativeInfo>> DirectoryRepository::initiatives(const QString &language)
{
    DocumentDatabase::ReadScope scope(m_db);
    Result<QList<IndexRow>> facts = m_db.indexValues(DomainIndexer::directoryFacts);
    if (!facts.ok())
        return facts.error();
    Result<QList<IndexRow>> names = m_db.indexValues(DomainIndexer::directoryNames);
    if (!names.ok())
        return names.error();

    const QStringList chain = fallbackChain(language);
    QHash<QString, BestTexts> best;
    best.reserve(facts.value().size());
    for (const IndexRow &row : std::as_const(names.value())) {
        BestTexts &b = best[row.key];
        if (consider(b, row.value, chain))
            b.rows.append(row.docRow);
    }

    QList<InitiativeInfo> list;
    list.reserve(facts.value().size());
    for (const IndexRow &row : std::as_const(facts.value())) {
        if (isRetired(row.value.toUtf8()))
            continue; // retired by a coordinator (InitiativeEditor::retire): no longer listed
        InitiativeInfo info = listed(row.key, row.value.toUtf8(), best.value(row.key));
        info.searchRows.append(row.docRow);
        list.append(std::move(info));
    }
    // One collation key per name, then byte comparisons: 10 000 names sort in milliseconds.
    QCollator collator = listCollator(language);
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        keys.emplace_back(collator.sortKey(list.at(i).name.text), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    QList<InitiativeInfo> sorted;
    sorted.reserve(list.size());
    for (const auto &key : keys)
        sorted.append(std::move(list[key.second]));
    return sorted;
}

QCollator DirectoryRepository::listCollator(const QString &language)
{
    QCollator collator { QLocale(language) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

Result<InitiativePage> DirectoryRepository::firstInitiatives(const QString &language, int count,
                                                             const std::optional<Geo::Point> &from)
{
    DocumentDatabase::ReadScope scope(m_db);
    const QStringList chain = fallbackChain(language);
    QList<QByteArray> chainUtf8;
    for (const QString &code : chain)
        chainUtf8.append(code.toUtf8());

    // 1. Each initiative's best name, from the names index in key order (its primary key),
    //    as UTF-8 views: only a name that beats the one kept so far becomes a QString.
    struct Named
    {
        QByteArray key;
        QString name;
        int rank = INT_MAX;
    };
    std::vector<Named> names;
    StoreError error = m_db.scanIndexValues(DomainIndexer::directoryNames, QString(), lastKey,
                                            [&](QByteArrayView key, QByteArrayView value) {
        if (names.empty() || QByteArrayView(names.back().key) != key)
            names.push_back({ key.toByteArray(), {}, INT_MAX });
        Named &named = names.back();
        const qsizetype tab1 = value.indexOf('\t');
        const qsizetype tab2 = tab1 < 0 ? -1 : value.indexOf('\t', tab1 + 1);
        const qsizetype tab3 = tab2 < 0 ? -1 : value.indexOf('\t', tab2 + 1);
        if (tab3 < 0)
            return;
        const QByteArrayView language = value.first(tab1);
        int chainRank = 0;
        while (chainRank < chainUtf8.size() && QByteArrayView(chainUtf8.at(chainRank)) != language)
            ++chainRank;
        if (chainRank >= named.rank)
            return;
        QString name = QString::fromUtf8(value.sliced(tab2 + 1, tab3 - tab2 - 1));
        if (name.trimmed().isEmpty())
            return;
        named.name = displaySafe(std::move(name));
        named.rank = chainRank;
    });
    if (!error.ok())
        return error;

    // 2. Every initiative (a facts row), with its name and, for the nearest first, its distance.
    struct Entry
    {
        QByteArray key;
        QString name;
        double distance = -1;
    };
    std::vector<Entry> entries;
    entries.reserve(names.size());
    size_t next = 0;
    error = m_db.scanIndexValues(DomainIndexer::directoryFacts, QString(), lastKey,
                                 [&](QByteArrayView key, QByteArrayView value) {
        while (next < names.size() && QByteArrayView(names[next].key) < key)
            ++next;
        if (isRetired(value))
            return;
        Entry entry { key.toByteArray(), {}, -1 };
        if (next < names.size() && QByteArrayView(names[next].key) == key)
            entry.name = std::move(names[next].name);
        if (entry.name.isEmpty())
            entry.name = QString::fromUtf8(key).mid(11);
        Geo::Point position { 0, 0 };
        if (from && positionOf(value, position))
            entry.distance = Geo::distanceMetres(*from, position);
        entries.push_back(std::move(entry));
    });
    if (!error.ok())
        return error;

    // 3. The first `count` in the list's order: initiatives() sorts by name, stable over key
    //    order; nearest first is stable over that, those without a position last.
    const QCollator collator = listCollator(language);
    const auto byName = [&](int a, int b) {
        const int order = collator.compare(entries[size_t(a)].name, entries[size_t(b)].name);
        return order != 0 ? order < 0 : a < b;
    };
    const auto byDistance = [&](int a, int b) {
        const double da = entries[size_t(a)].distance;
        const double db = entries[size_t(b)].distance;
        if ((da < 0) != (db < 0))
            return db < 0;
        if (da != db)
            return da < db;
        return byName(a, b);
    };
    std::vector<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    const auto firstEnd = order.begin() + qMin(qsizetype(count), qsizetype(order.size()));
    if (from)
        std::partial_sort(order.begin(), firstEnd, order.end(), byDistance);
    else
        std::partial_sort(order.begin(), firstEnd, order.end(), byName);

    // 4. Only those are read in full, as initiatives() reads them.
    InitiativePage page;
    page.total = qsizetype(entries.size());
    for (auto it = order.begin(); it != firstEnd; ++it) {
        const QString id = QString::fromUtf8(entries[size_t(*it)].key);
        BestTexts best;
        QByteArray facts;
        error = m_db.scanIndexValues(DomainIndexer::directoryNames, id, id, [&](QByteArrayView, QByteArrayView value) {
            (void)consider(best, QString::fromUtf8(value), chain);
        });
        if (error.ok())
            error = m_db.scanIndexValues(DomainIndexer::directoryFacts, id, id,
                                         [&](QByteArrayView, QByteArrayView value) { facts = value.toByteArray(); });
        if (!error.ok())
            return error;
        page.first.append(listed(id, facts, best));
    }
    return page;
}

namespace {
// A directory-schedules value: {slug, schedule}. A broken schedule that arrived by sync is
// left out, never guessed at.
std::optional<Schedule> scheduleOf(const IndexRow &row, QString *slug = nullptr)
{
    const QJsonObject value = QJsonDocument::fromJson(row.value.toUtf8()).object();
    if (slug)
        *slug = value.value(QLatin1String("slug")).toString();
    return Schedule::parse(value.value(QLatin1String("schedule")));
}
}

Result<QList<ScheduledActivity>> DirectoryRepository::activitiesOn(const QDate &day)
{
    Result<QList<IndexRow>> rows = m_db.indexValues(DomainIndexer::directorySchedules);
    if (!rows.ok())
        return rows.error();
    QList<ScheduledActivity> found;
    for (const IndexRow &row : std::as_const(rows.value())) {
        QString slug;
        const std::optional<Schedule> schedule = scheduleOf(row, &slug);
        if (schedule && schedule->occursOn(day))
            found.append({ row.key, QStringLiteral("activity:%1:%2").arg(row.key.mid(11), slug), schedule->start() });
    }
    return found;
}

Result<QHash<QString, Geo::Point>> DirectoryRepository::positionsOf(const QSet<QString> &initiatives)
{
    Result<QList<IndexRow>> facts = m_db.indexValues(DomainIndexer::directoryFacts);
    if (!facts.ok())
        return facts.error();
    QHash<QString, Geo::Point> positions;
    for (const IndexRow &row : std::as_const(facts.value())) {
        if (!initiatives.contains(row.key))
            continue;
        const InitiativeInfo info = fromFacts(row.key, QJsonDocument::fromJson(row.value.toUtf8()).object());
        if (info.hasPosition)
            positions.insert(row.key, { info.latitude, info.longitude });
    }
    return positions;
}

Result<QList<Schedule>> DirectoryRepository::schedulesOf(const QString &initiativeId)
{
    Result<QList<IndexRow>> rows = m_db.indexRows(DomainIndexer::directorySchedules, initiativeId);
    if (!rows.ok())
        return rows.error();
    QList<Schedule> list;
    for (const IndexRow &row : std::as_const(rows.value())) {
        if (std::optional<Schedule> schedule = scheduleOf(row))
            list.append(*schedule);
    }
    return list;
}

Result<QHash<QString, QList<Schedule>>> DirectoryRepository::schedules()
{
    Result<QList<IndexRow>> rows = m_db.indexValues(DomainIndexer::directorySchedules);
    if (!rows.ok())
        return rows.error();
    QHash<QString, QList<Schedule>> byInitiative;
    for (const IndexRow &row : std::as_const(rows.value())) {
        if (std::optional<Schedule> schedule = scheduleOf(row))
            byInitiative[row.key].append(*schedule);
    }
    return byInitiative;
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
    const InitiativeInfo facts = fromFacts(id, d);
    info.themes = facts.themes;
    info.street = facts.street;
    info.postcode = facts.postcode;
    info.city = facts.city;
    info.hasPosition = facts.hasPosition;
    info.latitude = facts.latitude;
    info.longitude = facts.longitude;
    info.languagesSpoken = facts.languagesSpoken;
    available.sort();
    info.translatedInto = available;
    info.contact = facts.contact;
    info.accessibility = facts.accessibility;
    info.lastChecked = facts.lastChecked;
    info.sample = facts.sample;

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
