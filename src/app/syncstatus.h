#pragma once

#include "enrolmentclient.h"
#include "syncscheduler.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class DatabaseFolder;

// What the UI shows about sync, over one SyncScheduler per database the device may use:
// directory always, its organisation's database for workers, cards for workers and card
// holders. Unconfigured (no enrolment) it says so and does nothing.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(int pendingLocalChanges READ pendingLocalChanges NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // One entry per database: name, state, lastSuccess, pending, error, retryIn, transferred,
    // rejected (a list of {id, reason}).
    Q_PROPERTY(QVariantList databases READ databases NOTIFY changed)

public:
    explicit SyncStatus(QObject *parent = nullptr);
    ~SyncStatus() override;

    // Creates the schedulers for these credentials and starts them.
    void start(DatabaseFolder &folder, const DeviceCredentials &credentials);

    [[nodiscard]] bool configured() const { return !m_schedulers.empty(); }
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] int pendingLocalChanges() const;
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QVariantList databases() const;

    Q_INVOKABLE void syncNow();
    // Whether this document of that database has reached the server. `revision` is only there
    // so QML bindings re-run when sync progresses.
    Q_INVOKABLE bool isOnServer(const QString &database, const QString &id, int revision = 0) const;

signals:
    void changed();

private:
    QNetworkAccessManager m_network;
    std::vector<std::pair<QString, std::unique_ptr<SyncScheduler>>> m_schedulers;
    int m_revision = 0;
};
