#include "sampleneighbourhood.h"

#include "databasefolder.h"
#include "datatransfer.h"

#include <QFile>

namespace {
const QString markerDoc = QStringLiteral("_local/sample-neighbourhood");
const QString directoryName = QStringLiteral("directory");
}

StoreError SampleNeighbourhood::loadIfEmpty(DatabaseFolder &folder)
{
    Result<DocumentDatabase *> directory = folder.database(directoryName, true);
    if (!directory.ok())
        return directory.error();
    Result<DatabaseInfo> info = directory.value()->info();
    if (!info.ok())
        return info.error();
    if (info.value().updateSeq > 0)
        return StoreError::none(); // not a first run: never re-add what a user deleted
    QFile file(QStringLiteral(":/buurtbrug/sample/neighbourhood.json"));
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Code::Internal, QStringLiteral("sample data is missing from the build"));
    // The marker first: a phone stopped halfway through the import is still a sandbox.
    if (StoreError error = directory.value()->putLocal({ { QStringLiteral("_id"), markerDoc }, { QStringLiteral("loaded"), true } }).error;
        !error.ok())
        return error;
    Result<ImportSummary> imported = DataTransfer::importJson(folder, file.readAll());
    return imported.ok() ? StoreError::none() : imported.error();
}

bool SampleNeighbourhood::isLoaded(DatabaseFolder &folder)
{
    Result<DocumentDatabase *> directory = folder.database(directoryName, true);
    return directory.ok() && directory.value()->getLocal(markerDoc).ok();
}

Result<int> SampleNeighbourhood::remove(DatabaseFolder &folder)
{
    if (!isLoaded(folder))
        return 0;
    int purged = 0;
    for (const QString &name : folder.databaseNames()) {
        Result<DocumentDatabase *> db = folder.database(name);
        if (!db.ok())
            return db.error();
        // Every document, deleted ones too: a tombstone of a practice log must not travel either.
        ChangesOptions everything;
        everything.allLeaves = false;
        Result<ChangesPage> all = db.value()->changes(everything);
        if (!all.ok())
            return all.error();
        QStringList ids;
        for (const ChangeRow &row : all.value().rows)
            ids.append(row.id);
        Result<int> removed = db.value()->purge(ids);
        if (!removed.ok())
            return removed.error();
        purged += removed.value();
    }
    Result<DocumentDatabase *> directory = folder.database(directoryName);
    const Result<QJsonObject> marker = directory.ok() ? directory.value()->getLocal(markerDoc) : Result<QJsonObject>(directory.error());
    if (marker.ok()) {
        if (StoreError error = directory.value()->removeLocal(markerDoc, marker.value().value(QLatin1String("_rev")).toString()).error; !error.ok())
            return error;
    }
    return purged;
}
