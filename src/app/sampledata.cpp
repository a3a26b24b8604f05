#include "sampledata.h"

#include "databasefolder.h"
#include "sampleneighbourhood.h"

namespace {
const QString choiceDoc = QStringLiteral("_local/first-start");
}

SampleData::SampleData(DatabaseFolder *folder, QObject *parent) : QObject(parent), m_folder(folder)
{
    refresh(false);
}

void SampleData::refresh(bool enrolled)
{
    m_enrolled = enrolled;
    Result<DocumentDatabase *> directory = m_folder->database(QStringLiteral("directory"), true);
    if (!directory.ok()) {
        set(false, false);
        return;
    }
    const bool loaded = SampleNeighbourhood::isLoaded(*m_folder);
    const Result<DatabaseInfo> info = directory.value()->info();
    const bool empty = info.ok() && info.value().updateSeq == 0;
    const bool chosen = directory.value()->getLocal(choiceDoc).ok();
    set(loaded, !enrolled && !loaded && empty && !chosen);
}

QString SampleData::lookAround()
{
    if (StoreError error = SampleNeighbourhood::loadIfEmpty(*m_folder); !error.ok())
        return tr("The sample neighbourhood could not be loaded: the phone's storage refused it.");
    refresh(m_enrolled);
    if (!m_loaded)
        return tr("This phone already holds a neighbourhood, so the sample was not loaded.");
    return {};
}

void SampleData::chooseJoin()
{
    Result<DocumentDatabase *> directory = m_folder->database(QStringLiteral("directory"), true);
    if (directory.ok() && !directory.value()->getLocal(choiceDoc).ok())
        (void)directory.value()->putLocal({ { QStringLiteral("_id"), choiceDoc }, { QStringLiteral("choice"), QStringLiteral("join") } });
    set(m_loaded, false);
}

Result<int> SampleData::removeForJoining()
{
    Result<int> removed = SampleNeighbourhood::remove(*m_folder);
    refresh(m_enrolled);
    return removed;
}

void SampleData::set(bool loaded, bool choicePending)
{
    if (loaded == m_loaded && choicePending == m_choicePending)
        return;
    m_loaded = loaded;
    m_choicePending = choicePending;
    emit changed();
}
