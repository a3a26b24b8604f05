#pragma once

#include "enrolmentclient.h"
#include "syncscheduler.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class DatabaseFolder;

// What the UI shows about sync, over one SyncScheduler per database the device may use:
// directory always, its organisation's database for workers, cards for workers and card
// holders. Unconfigured (no enrolment) it says so and does nothing. People read one short
// translated sentence chosen from `status` (a typed code); the protocol's own words (URLs,
// HTTP codes, database names) appear only as the technical detail on the Sync page.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(Status status READ status NOTIFY changed)
    // Show the form to join: never joined, or this phone was removed and must join again.
    Q_PROPERTY(bool canJoin READ canJoin NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(int pendingLocalChanges READ pendingLocalChanges NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // One entry per database: name, title (for people), state, status, sentence (for people),
    // lastSuccess, pending, error (technical detail), retryIn, transferred, rejected (a list
    // of {id, reason}).
    Q_PROPERTY(QVariantList databases READ databases NOTIFY changed)

public:
    // Worst first: the status of several databases is the most urgent of theirs.
    enum class Status {
        NotJoined,         // no enrolment: everything stays on this phone
        UpToDate,
        Syncing,
        Offline,           // no network
        ServerUnreachable, // network, but no server answers
        ServerTrouble,     // the server answered, but not usefully; retried
        PhoneStorage,      // this phone's storage failed
        NotAllowed,        // the server refuses a database to this phone
        DeviceRemoved,     // revoked: no retries; join again with a new invite
    };
    Q_ENUM(Status)

    explicit SyncStatus(QObject *parent = nullptr);
    ~SyncStatus() override;

    // Creates the schedulers for these credentials and starts them (replacing those of an
    // earlier enrolment: a removed phone that joins again).
    void start(DatabaseFolder &folder, const DeviceCredentials &credentials);

    [[nodiscard]] bool configured() const { return !m_schedulers.empty(); }
    [[nodiscard]] QString state() const;
    [[nodiscard]] Status status() const;
    [[nodiscard]] bool canJoin() const { return !configured() || status() == Status::DeviceRemoved; }
    // The sentence people read for a status (translated; no protocol words).
    [[nodiscard]] static QString sentence(Status status);
    // A database's name for people ("org-visserijplein" is a file, not a word).
    [[nodiscard]] static QString title(const QString &database);
    [[nodiscard]] QString summary() const;
    [[nodiscard]] int pendingLocalChanges() const;
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QVariantList databases() const;

    Q_INVOKABLE void syncNow();
    // The places whose photos this phone keeps. A phone that does not edit the directory
    // (no coordinator, editor or host role) pulls the directory's text in full and the photos
    // of these places only (DirectoryPullFilters); a new set is pulled a moment later.
    void setPhotoPlaces(const QStringList &initiativeIds);
    [[nodiscard]] bool takesSomePhotos() const { return m_somePhotos; }
    // The directory's server, for a phone that takes some photos to ask which there are
    // (PhotoCatalogue) after each of its directory syncs (photoCatalogueDue); null otherwise.
    [[nodiscard]] HttpPeer *directoryServer() const;
    // What a database's pull takes (empty: everything).
    [[nodiscard]] QList<ReplicationFilter> pullFilters(const QString &database) const;
    // Whether this document of that database has reached the server. `revision` is only there
    // so QML bindings re-run when sync progresses.
    Q_INVOKABLE bool isOnServer(const QString &database, const QString &id, int revision = 0) const;

signals:
    void changed();
    void photoCatalogueDue();

private:
    QNetworkAccessManager m_network;
    std::vector<std::pair<QString, std::unique_ptr<SyncScheduler>>> m_schedulers;
    int m_revision = 0;
    bool m_somePhotos = false;
    QStringList m_photoPlaces;

    [[nodiscard]] SyncScheduler *scheduler(const QString &database) const;

    [[nodiscard]] static Status statusOf(const SyncScheduler &scheduler);
};
