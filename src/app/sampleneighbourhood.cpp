#include "sampleneighbourhood.h"

#include "databasefolder.h"
#include "datatransfer.h"

#include <QFile>

StoreError SampleNeighbourhood::loadIfEmpty(DatabaseFolder &folder)
{
    Result<DocumentDatabase *> directory = folder.database(QStringLiteral("directory"), true);
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
    Result<ImportSummary> imported = DataTransfer::importJson(folder, file.readAll());
    return imported.ok() ? StoreError::none() : imported.error();
}
