#pragma once

#include "initiativephotos.h"
#include "localrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

class DocumentDatabase;
class HttpPeer;

// Which photos the server's directory has, for a phone that fetches only some (a reader's;
// docs/SYNC-PROTOCOL.md): each photo's place, alternative texts, size and date, never its bytes.
// With it a place whose photos are not on the phone shows a placeholder for each, named by its
// alternative text, that fills in when the photo arrives. Followed through the directory's
// _changes feed with a selector on photo ids and include_docs (attachments come as stubs), from
// where it left off, a few pages per sync; kept in a _local document of the directory, which
// never replicates. Bounded: at most maxPhotos are remembered.
class PhotoCatalogue : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    static constexpr int pagesPerRefresh = 25;
    static constexpr int maxPhotos = 20000;

    explicit PhotoCatalogue(QObject *parent = nullptr);

    void setStore(DocumentDatabase *directory);
    // Asks the server what changed since the last time; changed() when something did. One
    // refresh at a time: a call while one runs is let go (the next sync asks again).
    void refresh(HttpPeer &server);
    [[nodiscard]] bool refreshing() const { return m_refreshing; }
    // The photos of a place the catalogue knows, in no particular order (onDevice false).
    [[nodiscard]] QList<InitiativePhotos::Photo> photosOf(const QString &initiativeId) const;
    [[nodiscard]] int size() const { return int(m_photos.size()); }

signals:
    void changed();
    // A refresh ended (ok false: the server could not be asked; what was known stays).
    void refreshed(bool ok);

private:
    DocumentDatabase *m_store = nullptr;
    QHash<QString, QJsonObject> m_photos; // photo id → its document without revisions or bytes
    QJsonValue m_since = 0;
    QJsonValue m_savedSince; // what the _local document holds
    LocalRecord m_stored { QStringLiteral("_local/buurtbrug-photo-catalogue") };
    bool m_refreshing = false;
    QMetaObject::Connection m_peerGone; // a refresh whose server went (joined again) ends there

    void nextPage(HttpPeer &server, int page, bool learnt);
    void finish(bool ok, bool learnt);
    void save();
};
