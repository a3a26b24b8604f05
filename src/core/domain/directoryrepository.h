#pragma once

#include "documentdatabase.h"
#include "result.h"
#include "geo.h"
#include "schedule.h"

#include <QCollator>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

// A text in the language it was found in, after walking the fallback chain.
struct LocalizedText
{
    QString text;
    QString language; // empty when no language had it
};

struct ActivityInfo
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    QJsonObject schedule;
};

struct InitiativeInfo
{
    QString id;
    LocalizedText name;
    LocalizedText summary;
    LocalizedText description;
    QStringList themes;
    QString street;
    QString postcode;
    QString city;
    bool hasPosition = false;
    double latitude = 0;
    double longitude = 0;
    QStringList languagesSpoken;
    QStringList translatedInto; // languages with a translation document
    QJsonObject contact;
    QJsonObject accessibility;
    QString lastChecked;
    bool sample = false;
    QList<ActivityInfo> activities; // filled by initiative(), not by initiatives()
    QList<qint64> searchRows;       // by initiatives(): its documents' rows, as DocumentDatabase::matchingRows names them
};

// An activity taking place on a given day.
struct ScheduledActivity
{
    QString initiative; // initiative id
    QString activity;   // activity id
    QTime start;        // invalid: the whole day
};

// The start of the directory's list, and how long the whole list is.
struct InitiativePage
{
    QList<InitiativeInfo> first; // without searchRows
    qsizetype total = 0;
};

// Reads the directory database as initiatives with texts in the reader's language: each text
// comes from the first language of the fallback chain (chosen → nl → en → any) that has it,
// and says which language that was, so the UI can mark text that is not in the chosen one.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(DocumentDatabase &directory) : m_db(directory) { }

    [[nodiscard]] static QStringList fallbackChain(const QString &language);
    // A language's place in the chain (0 is best); every language outside it ranks last, equally.
    [[nodiscard]] static int chainRank(const QStringList &chain, QStringView language);
    // Every initiative, sorted by its name in the given language.
    [[nodiscard]] Result<QList<InitiativeInfo>> initiatives(const QString &language);
    // The first `count` of initiatives(language), or with `from` the `count` nearest to it
    // (nearest first, equal distances and those without a position in name order), read
    // without building the rest: the list's first screen, before the rest is read elsewhere.
    [[nodiscard]] Result<InitiativePage> firstInitiatives(const QString &language, int count,
                                                          const std::optional<Geo::Point> &from);
    // The order of initiatives(language)'s names.
    [[nodiscard]] static QCollator listCollator(const QString &language);
    [[nodiscard]] Result<InitiativeInfo> initiative(const QString &id, const QString &language);
    // The valid schedules of every initiative's activities, by initiative id.
    [[nodiscard]] Result<QHash<QString, QList<Schedule>>> schedules();
    [[nodiscard]] Result<QList<Schedule>> schedulesOf(const QString &initiativeId);
    // The activities with a valid schedule that take place on the day, in index order.
    [[nodiscard]] Result<QList<ScheduledActivity>> activitiesOn(const QDate &day);
    // The valid positions of these initiatives, from the facts index (no document is read).
    [[nodiscard]] Result<QHash<QString, Geo::Point>> positionsOf(const QSet<QString> &initiatives);

private:
    DocumentDatabase &m_db;

    [[nodiscard]] Result<InitiativeInfo> load(const QString &id, const QString &language, bool withActivities);
};
