#pragma once

// Two stores on one machine brought in step with the real replicator, as two phones are
// after they synced: for tests of what replicates, without a server in between.
#include "localpeer.h"
#include "replicator.h"

#include <QSignalSpy>

inline bool replicateLocally(DocumentDatabase *from, DocumentDatabase *to)
{
    LocalPeer source(from);
    LocalPeer target(to);
    Replicator replicator(source, target);
    QSignalSpy finished(&replicator, &Replicator::finished);
    replicator.start();
    return finished.wait(30000) && finished.first().at(0).toBool();
}
