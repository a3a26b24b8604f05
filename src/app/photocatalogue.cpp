#include "photocatalogue.h"

#include "directorypullfilters.h"
#include "documentdatabase.h"
#include "httppeer.h"

#include <QJsonArray>
#include <QPointer>

namespace {
// What a placeholder needs: the place, the texts, the size; nothing a peer may add.
QJsonObject essentials(const QJsonObject &doc)
{
    QJsonObject kept;
    for (const char *field : { "_id", "initiative", "alt", "width", "height", "added" }) {
        const QJsonValue value = doc.value(QLatin1String(field));
        if (!value.isUndefined())
            kept.insert(QLatin1String(field), value);
    }
    QJsonObject stubs;
    const QJsonObject attachments = doc.value(QLatin1String("_attachments")).toObject();
    for (auto it = attachments.begin(); it != attachments.end(); ++it)
        stubs.insert(it.key(), QJsonObject { { "length", it.value().toObject().value(QLatin1String("length")) } });
    kept.insert(QStringLiteral("_attachments"), stubs);
    return kept;
}
}

PhotoCatalogue::PhotoCatalogue(QObject *parent) : QObject(parent) { }

void PhotoCatalogue::setStore(DocumentDatabase *directory)
{
    m_store = directory;
    m_photos.clear();
    const QJsonObject stored = m_stored.load(directory);
    m_since = stored.contains(QLatin1String("since")) ? stored.value(QLatin1String("since")) : QJsonValue(0);
    m_savedSince = m_since;
    const QJsonObject photos = stored.value(QLatin1String("photos")).toObject();
    for (auto it = photos.begin(); it != photos.end() && m_photos.size() < maxPhotos; ++it)
        m_photos.insert(it.key(), it.value().toObject());
}

void PhotoCatalogue::refresh(HttpPeer &server)
{
    if (m_refreshing || !m_store)
        return;
    m_refreshing = true;
    m_peerGone = connect(&server, &QObject::destroyed, this, [this] { finish(false, false); });
    nextPage(server, 0, false);
}

void PhotoCatalogue::nextPage(HttpPeer &server, int page, bool learnt)
{
    QPointer<PhotoCatalogue> self(this);
    QPointer<HttpPeer> peer(&server);
    server.changesWithDocs(m_since, pageSize, DirectoryPullFilters::allPhotos(), [self, peer, page, learnt](Result<ChangeBatch> answer) mutable {
        if (!self || !self->m_refreshing)
            return; // gone, or its server went meanwhile (finished already)
        if (!answer.ok())
            return self->finish(false, learnt);
        for (const ChangeRow &row : answer.value().rows) {
            if (InitiativePhotos::initiativeOf(row.id).isEmpty())
                continue; // not a photo id: the server's filter let it through; ignored
            if (row.deleted || row.doc.value(QLatin1String("_deleted")).toBool()) {
                learnt = self->m_photos.remove(row.id) > 0 || learnt;
            } else if (!row.doc.isEmpty() && (self->m_photos.contains(row.id) || self->m_photos.size() < maxPhotos)) {
                self->m_photos.insert(row.id, essentials(row.doc));
                learnt = true;
            }
        }
        self->m_since = answer.value().lastSeq;
        if (answer.value().hasMore && page + 1 < pagesPerRefresh && peer)
            return self->nextPage(*peer, page + 1, learnt);
        self->finish(true, learnt);
    });
}

void PhotoCatalogue::finish(bool ok, bool learnt)
{
    disconnect(m_peerGone);
    m_refreshing = false;
    // The place in the feed moves on also when nothing in it was a photo; one write per
    // refresh that moved, none for a directory that did not change.
    if (learnt || m_since != m_savedSince)
        save();
    if (learnt)
        emit changed();
    emit refreshed(ok);
}

QList<InitiativePhotos::Photo> PhotoCatalogue::photosOf(const QString &initiativeId) const
{
    QList<InitiativePhotos::Photo> photos;
    for (const QJsonObject &doc : m_photos) {
        if (doc.value(QLatin1String("initiative")).toString() != initiativeId)
            continue;
        InitiativePhotos::Photo photo = InitiativePhotos::fromDocument(doc);
        photo.onDevice = false;
        photos.append(photo);
    }
    return photos;
}

void PhotoCatalogue::save()
{
    QJsonObject photos;
    for (auto it = m_photos.cbegin(); it != m_photos.cend(); ++it)
        photos.insert(it.key(), it.value());
    // Losing it costs placeholders until the next sync, never data.
    if (m_stored.save({ { "since", m_since }, { "photos", photos } }))
        m_savedSince = m_since;
}
