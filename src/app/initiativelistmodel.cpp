#include "initiativelistmodel.h"

#include "documentdatabase.h"
#include "searchtext.h"
#include "storethread.h"

#include <QCollator>
#include "uilanguage.h"

#include <QLocale>


namespace {
// Above this many row changes one reset is cheaper than precise signals.
constexpr int maxPreciseChanges = 64;
// While searching: name matches (rank 0) come before matches by other text.
constexpr int otherTextRank = 1;
// Found only by the typo-tolerant search, after everything found as typed.
constexpr int toleratedRank = 2;
// Up to this many matching initiatives, name matches are put first.
constexpr size_t maxNameRankedMatches = 500;
}

InitiativeListModel::InitiativeListModel(DocumentDatabase *directory, QObject *parent)
    : QAbstractListModel(parent), m_directory(directory), m_filter(new DirectoryFilter(this)),
      m_clock([] { return QDateTime::currentDateTime(); })
{
    if (m_directory) {
        connect(m_directory, &DocumentDatabase::documentsChanged, this, [this] {
            m_schedules.reset();
            m_someSchedules.clear();
            m_todayText.clear();
            storeChanged();
        });
    }
    connect(m_filter, &DirectoryFilter::changed, this, [this] {
        if (!m_loaded && needsAll())
            loadAllNow();
        apply(visibleRows());
    });
    reload();
}

// Declared here, where StoreThread is complete. Its destructor waits for a read in flight,
// whose answer is then dropped with this object's queued events.
InitiativeListModel::~InitiativeListModel() = default;

int InitiativeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InitiativeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const InitiativeInfo &info = *row.info;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return info.name.text;
    case IdRole: return info.id;
    case NameLanguageRole: return info.name.language;
    case SummaryRole: return info.summary.text;
    case SummaryLanguageRole: return info.summary.language;
    case AddressRole: return info.street.isEmpty() ? info.city : info.street + QStringLiteral(", ") + info.city;
    case HasPositionRole: return info.hasPosition;
    case LatitudeRole: return info.latitude;
    case LongitudeRole: return info.longitude;
    case ThemesRole: return info.themes;
    case LanguagesSpokenRole: return info.languagesSpoken;
    case IsSampleRole: return info.sample;
    case DistanceRole: return Geo::walk(row.distance, m_accuracy).metres;
    case WalkingMinutesRole: return Geo::walk(row.distance, m_accuracy).minutes;
    case CompassRole:
        return row.distance < 0 ? -1
                                : Geo::compassPoint(Geo::bearingDegrees(*m_position, { info.latitude, info.longitude }));
    case ApproximateRole: return m_approximate;
    case TodayRole: return todayText(info.id);
    case OpenNowRole: return openNow(info.id);
    case StepFreeRole: return info.accessibility.value(QLatin1String("stepFree")).toBool();
    case RollatorRole: return info.accessibility.value(QLatin1String("rollator")).toBool();
    case QuietRoomRole: return info.accessibility.value(QLatin1String("quietRoom")).toBool();
    }
    return {};
}

QHash<int, QByteArray> InitiativeListModel::roleNames() const
{
    return { { IdRole, "initiativeId" },         { NameRole, "name" },
             { NameLanguageRole, "nameLanguage" }, { SummaryRole, "summary" },
             { SummaryLanguageRole, "summaryLanguage" }, { AddressRole, "address" },
             { HasPositionRole, "hasPosition" },  { LatitudeRole, "latitude" },
             { LongitudeRole, "longitude" },
             { ThemesRole, "themes" },            { LanguagesSpokenRole, "languagesSpoken" },
             { IsSampleRole, "isSample" },        { DistanceRole, "distance" },
             { WalkingMinutesRole, "walkingMinutes" }, { CompassRole, "compass" },
             { ApproximateRole, "approximate" },  { TodayRole, "today" },
             { OpenNowRole, "openNow" },          { StepFreeRole, "stepFree" },
             { RollatorRole, "rollator" },        { QuietRoomRole, "quietRoom" } };
}

void InitiativeListModel::setSortByDistance(bool on)
{
    if (on == m_sortByDistance)
        return;
    const bool sortedBefore = sortedByDistance();
    m_sortByDistance = on;
    emit sortByDistanceChanged();
    if (!m_loaded && sortedBefore != sortedByDistance())
        showFirstPage(); // the first page of the other order
    else
        apply(visibleRows());
}

void InitiativeListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_todayText.clear();
    m_forceReset = true; // every text and the sort order change: one reset, not row by row
    reload();
}

void InitiativeListModel::setReaderPosition(Geo::Point position, double accuracyMetres, bool approximate, bool isFix)
{
    // Distances always follow the reader; the order changes only after a real move, so the
    // list does not shuffle under a finger because of a few metres of GPS jitter.
    const bool reorder = !m_position || Geo::distanceMetres(m_sortedAt, position) >= 20 || isFix != m_positionIsFix
            || approximate != m_approximate;
    const bool couldSort = canSortByDistance();
    const bool sortedBefore = sortedByDistance();
    m_position = position;
    m_positionIsFix = isFix;
    m_accuracy = accuracyMetres;
    m_approximate = approximate;
    updateDistances();
    for (Row &row : m_rows) {
        row.distance = row.info->hasPosition ? Geo::distanceMetres(position, { row.info->latitude, row.info->longitude }) : -1;
    }
    if (reorder) {
        m_sortedAt = position;
        if (!m_loaded && (sortedBefore || sortedByDistance()))
            showFirstPage(); // the nearest are not necessarily in the page read before
        else
            apply(visibleRows());
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), { DistanceRole, WalkingMinutesRole, CompassRole, ApproximateRole });
    if (couldSort != canSortByDistance())
        emit sortByDistanceChanged();
}

void InitiativeListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_todayText.clear();
    apply(visibleRows());
}

int InitiativeListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info->id == id)
            return i;
    }
    return -1;
}

QString InitiativeListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info->id : QString();
}

// Everything anew (the first time, or in another language).
void InitiativeListModel::reload()
{
    ++m_generation; // a list being read in the language before is of no use
    if (needsAll()) {
        loadAllNow();
        apply(visibleRows());
    } else {
        showFirstPage();
    }
}

void InitiativeListModel::storeChanged()
{
    if (!m_loaded) {
        const bool reading = m_loading;
        showFirstPage();
        if (reading)
            m_loadAgain = true; // the list being read is older than this write
    } else if (m_total <= firstPageRows) {
        loadAllNow(); // small: at once, as precise row signals right after the write
        apply(visibleRows());
    } else {
        requestAll();
    }
}

bool InitiativeListModel::needsAll() const
{
    return !m_filter->query().isEmpty() || m_filter->activeCount() > 0;
}

InitiativeListModel::Row InitiativeListModel::rowOf(std::shared_ptr<const InitiativeInfo> info)
{
    const auto known = m_keys.constFind(info->id);
    const int key = known != m_keys.constEnd() ? *known : *m_keys.insert(info->id, int(m_keys.size()));
    return { std::move(info), key, -1 };
}

// The first page in the order shown (by name, or nearest first), read here before the first
// frame; the rest on the loader's thread. A directory that fits the page is read whole here.
void InitiativeListModel::showFirstPage()
{
    if (!m_directory) {
        loadAllNow();
        apply(visibleRows());
        return;
    }
    const std::optional<Geo::Point> from = sortedByDistance() ? m_position : std::nullopt;
    Result<InitiativePage> page = DirectoryRepository(*m_directory).firstInitiatives(m_language, firstPageRows, from);
    if (!page.ok() || page.value().total <= page.value().first.size()) {
        loadAllNow();
        apply(visibleRows());
        return;
    }
    QList<Row> first;
    first.reserve(page.value().first.size());
    for (InitiativeInfo &info : page.value().first)
        first.append(rowOf(std::make_shared<const InitiativeInfo>(std::move(info))));
    m_all = std::move(first);
    m_total = page.value().total;
    m_rowOwner.clear(); // nothing is searched before the whole list is read
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        emit errorTextChanged();
    }
    m_loaded = false;
    updateDistances();
    apply(visibleRows());
    if (!m_loading)
        requestAll();
}

// Reads the whole list here, now: a search or a filter must see every initiative.
void InitiativeListModel::loadAllNow()
{
    ++m_generation; // a list still being read elsewhere is not newer than this one
    Snapshot snapshot;
    if (m_directory)
        snapshot = readAll(*m_directory, m_language);
    else
        snapshot.language = m_language;
    finishLoad(std::move(snapshot));
}

// Asks the loader's thread for the whole list, from the event loop (so a language or position
// set right after construction is read once); one read at a time, one more if the store
// changed meanwhile. The answer is applied unless the language changed or a list was read here
// since.
void InitiativeListModel::requestAll()
{
    if (m_loading) {
        m_loadAgain = true;
        return;
    }
    m_loading = true;
    m_loadAgain = false;
    QMetaObject::invokeMethod(this, &InitiativeListModel::startLoading, Qt::QueuedConnection);
}

void InitiativeListModel::setLoadingHeld(bool held)
{
    m_held = held;
    if (!m_held && m_startWhenReleased) {
        m_startWhenReleased = false;
        startLoading();
    }
}

void InitiativeListModel::startLoading()
{
    if (m_held) {
        m_startWhenReleased = true;
        return;
    }
    if (!m_loader)
        m_loader = std::make_unique<StoreThread>(*m_directory);
    const int generation = m_generation;
    const QString language = m_language;
    m_loader->run<Snapshot>(
            this, [language](DocumentDatabase &db) -> Result<Snapshot> { return readAll(db, language, true); },
            [this, generation](Result<Snapshot> read) {
                m_loading = false;
                if (!read.ok()) {
                    // No second connection to the file (the error says why): read here.
                    if (generation == m_generation || !m_loaded) {
                        loadAllNow();
                        apply(visibleRows());
                    }
                    return;
                }
                if (generation == m_generation && read.value().language == m_language) {
                    finishLoad(std::move(read).value());
                    apply(visibleRows());
                }
                if (m_loadAgain || !m_loaded)
                    requestAll();
            });
}

InitiativeListModel::Snapshot InitiativeListModel::readAll(DocumentDatabase &db, const QString &language, bool withWords)
{
    Snapshot snapshot;
    snapshot.language = language;
    // The typo-tolerant search's words, so the first search with few finds does not read them.
    if (withWords) {
        snapshot.tolerance.emplace();
        if (!snapshot.tolerance->refresh(db).ok())
            snapshot.tolerance.reset();
    }
    Result<QList<InitiativeInfo>> list = DirectoryRepository(db).initiatives(language);
    if (!list.ok()) {
        snapshot.error = list.error().reason;
        return snapshot;
    }
    snapshot.infos.reserve(list.value().size());
    for (InitiativeInfo &info : list.value()) {
        snapshot.themes.append(info.themes);
        snapshot.spokenLanguages.append(info.languagesSpoken);
        snapshot.hasSample = snapshot.hasSample || info.sample;
        // Document rows are SQLite rowids, dense from 1: a vector is the cheapest lookup.
        for (qint64 docRow : std::as_const(info.searchRows)) {
            if (docRow < 0 || docRow > (qint64(1) << 31))
                continue;
            if (size_t(docRow) >= snapshot.rowOwner.size())
                snapshot.rowOwner.resize(size_t(docRow) + 1, -1);
            snapshot.rowOwner[size_t(docRow)] = int(snapshot.infos.size());
        }
        snapshot.infos.append(std::make_shared<const InitiativeInfo>(std::move(info)));
    }
    snapshot.themes.removeDuplicates();
    snapshot.themes.sort();
    snapshot.spokenLanguages.removeDuplicates();
    snapshot.spokenLanguages.sort();
    return snapshot;
}

// Takes a whole list as the model's; the caller applies the rows it makes visible.
void InitiativeListModel::finishLoad(Snapshot snapshot)
{
    if (snapshot.error != m_errorText) {
        m_errorText = snapshot.error;
        emit errorTextChanged();
    }
    QList<Row> all;
    all.reserve(snapshot.infos.size());
    for (std::shared_ptr<const InitiativeInfo> &info : snapshot.infos)
        all.append(rowOf(std::move(info)));
    m_all = std::move(all);
    m_total = m_all.size();
    m_themes = std::move(snapshot.themes);
    m_spokenLanguages = std::move(snapshot.spokenLanguages);
    m_hasSample = snapshot.hasSample;
    m_rowOwner = std::move(snapshot.rowOwner);
    if (snapshot.tolerance)
        m_tolerance = std::move(*snapshot.tolerance);
    m_loaded = true;
    updateDistances();
}

void InitiativeListModel::updateDistances()
{
    for (Row &row : m_all) {
        row.distance = m_position && row.info->hasPosition
                ? Geo::distanceMetres(*m_position, { row.info->latitude, row.info->longitude })
                : -1;
    }
}

QList<InitiativeListModel::Row> InitiativeListModel::visibleRows() const
{
    // While searching, only initiatives with a matching document pass, those matching by name
    // first; within that, the usual order (name, or distance). Both are plain FTS5 lookups,
    // with no score computed per match, so a keystroke stays within a few milliseconds.
    // Ranks are kept per m_all index and read back in m_all's order, one pass per rank: no
    // sorting, which for the first letter typed (nearly everything matches) cost more than
    // the rest of the keystroke together.
    std::vector<signed char> rank; // per m_all index: -1 no match, else the order among matches
    const QString expression = SearchText::matchExpression(m_filter->query());
    const bool searching = !expression.isEmpty() && m_directory;
    size_t matched = 0;
    const auto mark = [&](const Result<QList<qint64>> &found, signed char as) {
        for (qint64 docRow : found.ok() ? found.value() : QList<qint64>()) {
            const int owner = docRow >= 0 && size_t(docRow) < m_rowOwner.size() ? m_rowOwner[size_t(docRow)] : -1;
            if (owner >= 0 && rank[size_t(owner)] < 0) {
                rank[size_t(owner)] = as;
                ++matched;
            }
        }
    };
    if (searching) {
        rank.assign(size_t(m_all.size()), -1);
        mark(m_directory->matchingRows(expression), otherTextRank);
        // Few found: perhaps a typo ("kofie") or a word typed apart ("wijk paleis").
        if (m_typoTolerance && matched < size_t(TypoTolerance::fewResults) && m_tolerance.refresh(*m_directory).ok())
            mark(m_directory->matchingRows(m_tolerance.expression(m_filter->query())), toleratedRank);
        // Initiatives whose name matches come before those matched by their other texts; not
        // for the first letter or two, where nearly everything matches and order says nothing.
        if (matched > 1 && matched <= maxNameRankedMatches) {
            Result<QList<qint64>> byName = m_directory->matchingRows(QStringLiteral("name : (%1)").arg(expression));
            for (qint64 docRow : byName.ok() ? byName.value() : QList<qint64>()) {
                const int owner = docRow >= 0 && size_t(docRow) < m_rowOwner.size() ? m_rowOwner[size_t(docRow)] : -1;
                if (owner >= 0)
                    rank[size_t(owner)] = 0;
            }
        }
    }
    if (m_filter->today() || m_filter->openNow())
        loadAllSchedules();
    QList<Row> rows;
    rows.reserve(searching ? qsizetype(matched) : m_all.size());
    if (searching) {
        const bool ranked = matched > 1 && matched <= maxNameRankedMatches;
        for (signed char wanted = ranked ? 0 : otherTextRank; wanted <= toleratedRank; ++wanted) {
            for (qsizetype i = 0; i < m_all.size(); ++i) {
                if (rank[size_t(i)] == wanted && passes(m_all.at(i)))
                    rows.append(m_all.at(i));
            }
        }
    } else {
        for (const Row &row : m_all) {
            if (passes(row))
                rows.append(row);
        }
        if (m_sortByDistance && m_position && m_positionIsFix) {
            // Stable: equal distances (and initiatives without a position, last) keep name order.
            std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
                if ((a.distance < 0) != (b.distance < 0))
                    return b.distance < 0;
                return a.distance < b.distance;
            });
        }
    }
    return rows;
}

bool InitiativeListModel::passes(const Row &row) const
{
    const InitiativeInfo &info = *row.info;
    const auto flag = [&info](const char *name) { return info.accessibility.value(QLatin1String(name)).toBool(); };
    if (!m_filter->theme().isEmpty() && !info.themes.contains(m_filter->theme()))
        return false;
    if (!m_filter->spokenLanguage().isEmpty() && !info.languagesSpoken.contains(m_filter->spokenLanguage()))
        return false;
    if ((m_filter->stepFree() && !flag("stepFree")) || (m_filter->rollator() && !flag("rollator"))
        || (m_filter->quietRoom() && !flag("quietRoom")))
        return false;
    if (m_filter->nearby() && (row.distance < 0 || row.distance > Geo::rollatorDistanceMetres))
        return false;
    if (m_filter->today() && todayText(info.id).isEmpty())
        return false;
    if (m_filter->openNow() && !openNow(info.id))
        return false;
    return true;
}

void InitiativeListModel::loadAllSchedules() const
{
    if (m_schedules || !m_directory)
        return;
    Result<QHash<QString, QList<Schedule>>> loaded = DirectoryRepository(*m_directory).schedules();
    m_schedules = loaded.ok() ? std::move(loaded).value() : QHash<QString, QList<Schedule>>();
    m_someSchedules.clear();
}

const QList<Schedule> &InitiativeListModel::schedulesOf(const QString &id) const
{
    static const QList<Schedule> none;
    if (m_schedules) {
        const auto it = m_schedules->constFind(id);
        return it == m_schedules->constEnd() ? none : *it;
    }
    if (!m_directory)
        return none;
    auto it = m_someSchedules.find(id);
    if (it == m_someSchedules.end()) {
        Result<QList<Schedule>> loaded = DirectoryRepository(*m_directory).schedulesOf(id);
        it = m_someSchedules.insert(id, loaded.ok() ? std::move(loaded).value() : QList<Schedule>());
    }
    return *it;
}

QString InitiativeListModel::todayText(const QString &id) const
{
    if (const auto it = m_todayText.constFind(id); it != m_todayText.constEnd())
        return *it;
    const QDate today = m_clock().date();
    QTime first;
    QTime last;
    for (const Schedule &schedule : schedulesOf(id)) {
        if (!schedule.occursOn(today))
            continue;
        const QTime start = schedule.start().isValid() ? schedule.start() : QTime(0, 0);
        const QTime end = schedule.end().isValid() ? schedule.end() : start;
        if (!first.isValid() || start < first)
            first = start;
        if (!last.isValid() || end > last)
            last = end;
    }
    const QLocale locale = UiLanguage::locale(m_language);
    QString text;
    if (first.isValid()) {
        text = locale.toString(first, QStringLiteral("HH:mm"));
        if (last > first)
            text += QChar(0x2013) + locale.toString(last, QStringLiteral("HH:mm"));
    }
    m_todayText.insert(id, text);
    return text;
}

bool InitiativeListModel::openNow(const QString &id) const
{
    const QDateTime now = m_clock();
    for (const Schedule &schedule : schedulesOf(id)) {
        if (schedule.isOpenAt(now))
            return true;
    }
    return false;
}

// Applies new visible rows: the rest of the list after its first page as one insert at the
// end; removals, insertions and changes when few rows move (an edit, a synced doc, one more
// letter typed); otherwise one reset. Then says when the whole list has become loaded.
void InitiativeListModel::apply(const QList<Row> &fresh)
{
    applyRows(fresh);
    if (m_loaded != m_loadedSignalled) {
        m_loadedSignalled = m_loaded;
        emit loadedChanged();
    }
}

void InitiativeListModel::applyRows(const QList<Row> &fresh)
{
    const int before = int(m_rows.size());
    if (!m_forceReset && !m_rows.isEmpty() && fresh.size() > m_rows.size()
        && std::equal(m_rows.cbegin(), m_rows.cend(), fresh.cbegin(), [](const Row &a, const Row &b) { return a.key == b.key; })) {
        beginInsertRows({}, before, int(fresh.size()) - 1);
        m_rows = fresh;
        endInsertRows();
        emit dataChanged(index(0), index(before - 1)); // the same initiatives, read again
        emit countChanged();
        return;
    }
    if (m_forceReset || qAbs(fresh.size() - m_rows.size()) > maxPreciseChanges) {
        // Clearly more than a few rows change (a letter typed into the search): no diff.
        m_forceReset = false;
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        emit countChanged();
        return;
    }
    // Keys are dense from 0 (m_keys): membership is a flag per key, not a hash set.
    std::vector<char> inFresh(size_t(m_keys.size()), 0);
    std::vector<char> inOld(size_t(m_keys.size()), 0);
    for (const Row &row : fresh)
        inFresh[size_t(row.key)] = 1;
    QList<int> keptOld;
    for (const Row &row : std::as_const(m_rows)) {
        inOld[size_t(row.key)] = 1;
        if (inFresh[size_t(row.key)])
            keptOld.append(row.key);
    }
    QList<int> keptNew;
    for (const Row &row : fresh) {
        if (inOld[size_t(row.key)])
            keptNew.append(row.key);
    }
    const qsizetype changes = (m_rows.size() - keptOld.size()) + (fresh.size() - keptNew.size());
    if (m_forceReset || keptOld != keptNew || changes > maxPreciseChanges) {
        m_forceReset = false;
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    } else {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!inFresh[size_t(m_rows.at(i).key)]) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < fresh.size(); ++i) {
            if (i >= m_rows.size() || m_rows.at(i).key != fresh.at(i).key) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, fresh.at(i));
                endInsertRows();
            } else {
                m_rows[i] = fresh.at(i);
            }
        }
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
    if (before != m_rows.size() || changes > 0)
        emit countChanged();
}
