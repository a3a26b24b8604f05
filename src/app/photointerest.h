#pragma once

#include "localrecord.h"

#include <QObject>
#include <QStringList>

class DocumentDatabase;

// The places whose photos a phone keeps when it does not take them all
// (SyncStatus::setPhotoPlaces, docs/SYNC-PROTOCOL.md "Photos of initiatives"): those on the
// holder's card, the ones looked at most recently (kept across restarts in a _local document
// of the directory, which never replicates) and the nearest. changed() once per real change.
class PhotoInterest : public QObject
{
    Q_OBJECT

public:
    static constexpr int recentLimit = 40;
    static constexpr int nearLimit = 20;

    explicit PhotoInterest(QObject *parent = nullptr);

    // Reads the places looked at before, and keeps them there from now on.
    void setStore(DocumentDatabase *directory);
    // A place was opened: its photos are wanted, the oldest looked-at place beyond the limit not.
    void noteShown(const QString &initiativeId);
    void setCardPlaces(const QStringList &initiativeIds);
    // Nearest first; only the first nearLimit count.
    void setNearPlaces(const QStringList &initiativeIds);

    // The card's places, then the looked-at ones (latest first), then the near ones; no repeats.
    [[nodiscard]] QStringList places() const;
    [[nodiscard]] const QStringList &recent() const { return m_recent; }

signals:
    void changed();

private:
    LocalRecord m_stored { QStringLiteral("_local/buurtbrug-photo-places") };
    QStringList m_card;
    QStringList m_recent;
    QStringList m_near;
    QStringList m_announced;

    void announce();
    void save();
};
