#pragma once

#include "directoryfilter.h"
#include "directoryrepository.h"
#include "geo.h"
#include "typotolerance.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <vector>

class DocumentDatabase;
class StoreThread;

// The initiatives of the directory database as a list for QML, with texts in the UI language
// (see DirectoryRepository for the fallback chain), narrowed by a DirectoryFilter (search over
// every language, themes, languages spoken, accessibility, open now, today, nearby) and sorted
// by name or by walking distance from the reader. Follows the store: after a committed write
// it reloads and signals precise row inserts, removals and changes.
// A large directory is shown from its first page (the first firstPageRows rows in the order
// shown) before the first frame; the whole list is read on a thread of its own and merged in
// as one row insert at the end (`loaded` turns true). A search or filter before that reads
// the whole list at once: slower, never wrong. Up to firstPageRows initiatives are read whole,
// at once, after every write, as before.
class InitiativeListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(DirectoryFilter *filter READ filter CONSTANT)
    // The reader's wish; what the list does is sortedByDistance: only with a real position fix.
    Q_PROPERTY(bool sortByDistance READ sortByDistance WRITE setSortByDistance NOTIFY sortByDistanceChanged)
    Q_PROPERTY(bool sortedByDistance READ sortedByDistance NOTIFY sortByDistanceChanged)
    Q_PROPERTY(bool canSortByDistance READ canSortByDistance NOTIFY sortByDistanceChanged)
    Q_PROPERTY(QStringList themes READ themes NOTIFY countChanged)
    Q_PROPERTY(QStringList spokenLanguages READ spokenLanguages NOTIFY countChanged)
    // Some initiative of the directory is marked "sample" (invented), e.g. a demo server's.
    Q_PROPERTY(bool hasSample READ hasSample NOTIFY countChanged)
    // Every initiative has been read (themes, spokenLanguages and hasSample are complete); the
    // list may show only its first page before.
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        NameLanguageRole,
        SummaryRole,
        SummaryLanguageRole,
        AddressRole,
        HasPositionRole,  // the map: where it is (latitude and longitude are 0 without)
        LatitudeRole,
        LongitudeRole,
        ThemesRole,
        LanguagesSpokenRole,
        IsSampleRole,
        DistanceRole,     // metres, rounded to what the fix allows; -1 without a position
        WalkingMinutesRole,
        CompassRole,      // 0..7 = N, NE, ..., NW; -1 without a position
        ApproximateRole,  // the distance is from a poor fix or from the neighbourhood point
        TodayRole,        // "12:00–14:00" when an activity takes place today, else ""
        OpenNowRole,
        StepFreeRole,
        RollatorRole,
        QuietRoomRole,
    };
    Q_ENUM(Role)

    // Enough rows for the tallest window at the smallest text, and some to scroll into.
    static constexpr int firstPageRows = 100;

    InitiativeListModel(DocumentDatabase *directory, QObject *parent = nullptr);
    ~InitiativeListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int totalCount() const { return int(m_total); }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] DirectoryFilter *filter() const { return m_filter; }
    [[nodiscard]] bool sortByDistance() const { return m_sortByDistance; }
    void setSortByDistance(bool on);
    [[nodiscard]] bool canSortByDistance() const { return m_position && m_positionIsFix; }
    [[nodiscard]] bool sortedByDistance() const { return m_sortByDistance && canSortByDistance(); }
    // Every theme and spoken language in the directory, for the filter choices.
    [[nodiscard]] const QStringList &themes() const { return m_themes; }
    [[nodiscard]] const QStringList &spokenLanguages() const { return m_spokenLanguages; }
    [[nodiscard]] bool hasSample() const { return m_hasSample; }

    void setLanguage(const QString &language);
    // Where the reader is: a fix (possibly poor: approximate), or the neighbourhood point
    // (isFix false: distances are shown as estimates, and the list is not sorted by them).
    void setReaderPosition(Geo::Point position, double accuracyMetres, bool approximate, bool isFix = true);
    // The clock for "open now" and "today"; tests and screenshots pin it.
    void setClock(std::function<QDateTime()> clock);
    // On by default; off only to measure what it costs (bench_directory).
    void setTypoTolerance(bool on) { m_typoTolerance = on; }
    // While held, the rest of the list is not read yet (the app holds it until its first frame
    // is shown, so reading it does not take the cores the first frame needs).
    void setLoadingHeld(bool held);
    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;

signals:
    void countChanged();
    void errorTextChanged();
    void sortByDistanceChanged();
    void loadedChanged();

private:
    // Shared, so filtering 10 000 rows per keystroke copies pointers, not texts. The key is
    // the same number for the same initiative across reloads, for cheap row diffs.
    struct Row
    {
        std::shared_ptr<const InitiativeInfo> info;
        int key = 0;
        double distance = -1;
    };

    // Everything the list derives from the store in one language, read in one go (here or on
    // the loader's thread).
    struct Snapshot
    {
        QString language;
        QList<std::shared_ptr<const InitiativeInfo>> infos; // sorted by name
        QStringList themes;
        QStringList spokenLanguages;
        bool hasSample = false;
        std::vector<int> rowOwner; // a document's row (search match) -> its index in infos, or -1
        std::optional<TypoTolerance> tolerance; // its words, read with the list off the GUI thread
        QString error;
    };

    DocumentDatabase *m_directory;
    std::unique_ptr<StoreThread> m_loader; // made when a directory is larger than a page
    bool m_loaded = false;   // m_all holds every initiative, not only the first page
    bool m_loadedSignalled = false;
    bool m_loading = false;  // a whole list is being read on the loader's thread
    bool m_loadAgain = false; // the store changed while it was
    bool m_held = false;
    bool m_startWhenReleased = false;
    int m_generation = 0;    // bumped when a list being read would arrive outdated
    qsizetype m_total = 0;
    // Read when a search finds few and may hold a typo; refreshed when the directory changed.
    mutable TypoTolerance m_tolerance;
    bool m_typoTolerance = true;
    bool m_hasSample = false;
    DirectoryFilter *m_filter;
    QString m_language = QStringLiteral("nl");
    QList<Row> m_all;  // every initiative, sorted by name; before `loaded` the first page, as shown
    QList<Row> m_rows; // what the filter lets through, in display order
    std::vector<int> m_rowOwner; // a document's row (search match) -> its initiative in m_all, or -1
    QHash<QString, int> m_keys;      // initiative id -> Row::key, kept across reloads
    QStringList m_themes;
    QStringList m_spokenLanguages;
    QString m_errorText;
    bool m_sortByDistance = true;
    bool m_forceReset = false;
    bool m_positionIsFix = false;
    Geo::Point m_sortedAt { 0, 0 }; // where the reader was when the list was last ordered
    std::optional<Geo::Point> m_position;
    double m_accuracy = -1;
    bool m_approximate = true;
    std::function<QDateTime()> m_clock;
    // Loaded on first use only: 200 000 activities must not slow the first frame.
    // Until a filter needs all of them, schedules are read per initiative as rows are shown.
    mutable std::optional<QHash<QString, QList<Schedule>>> m_schedules;
    mutable QHash<QString, QList<Schedule>> m_someSchedules;
    mutable QHash<QString, QString> m_todayText;

    void reload();
    void storeChanged();
    void showFirstPage();
    void loadAllNow();
    void requestAll();
    void startLoading();
    void finishLoad(Snapshot snapshot);
    [[nodiscard]] bool needsAll() const;
    [[nodiscard]] static Snapshot readAll(DocumentDatabase &db, const QString &language, bool withWords = false);
    [[nodiscard]] Row rowOf(std::shared_ptr<const InitiativeInfo> info);
    [[nodiscard]] QList<Row> visibleRows() const;
    [[nodiscard]] bool passes(const Row &row) const;
    [[nodiscard]] const QList<Schedule> &schedulesOf(const QString &id) const;
    void loadAllSchedules() const;
    [[nodiscard]] QString todayText(const QString &id) const;
    [[nodiscard]] bool openNow(const QString &id) const;
    void updateDistances();
    void apply(const QList<Row> &fresh);
    void applyRows(const QList<Row> &fresh);
};
