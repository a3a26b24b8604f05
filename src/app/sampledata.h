#pragma once

#include "result.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class DatabaseFolder;

// Whether this phone is looking around with the sample neighbourhood, and the first start's
// question ("Join my organisation" or "Look around with a sample neighbourhood"). The state
// is read from the store (SampleNeighbourhood's marker, the kept choice), never kept in QML:
// `loaded` is true exactly while the store holds the sample.
class SampleData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application shell")
    // The store holds the sample neighbourhood: every screen says so.
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // A first start: not joined, no sample, no choice made yet.
    Q_PROPERTY(bool choicePending READ choicePending NOTIFY changed)

public:
    explicit SampleData(DatabaseFolder *folder, QObject *parent = nullptr);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool choicePending() const { return m_choicePending; }
    // Reads the state again; an enrolled phone is never asked.
    void refresh(bool enrolled);

    // "Look around with a sample neighbourhood": loads it; "" or why it could not.
    Q_INVOKABLE QString lookAround();
    // "Join my organisation": the question is not asked again; the Sync page takes over.
    Q_INVOKABLE void chooseJoin();
    // The phone joins an organisation: the sample and everything logged with it go, without
    // a trace that could replicate. The number of documents removed.
    [[nodiscard]] Result<int> removeForJoining();

signals:
    void changed();

private:
    DatabaseFolder *m_folder;
    bool m_loaded = false;
    bool m_choicePending = false;
    bool m_enrolled = false;

    void set(bool loaded, bool choicePending);
};
