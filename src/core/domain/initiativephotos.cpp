#include "initiativephotos.h"

#include "directoryrepository.h"
#include "domainindexer.h"
#include "typedstore.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <tuple>

namespace {
const QString photoPrefix = QStringLiteral("photo:");

QJsonObject attachment(const QByteArray &bytes)
{
    return { { QStringLiteral("content_type"), QStringLiteral("image/jpeg") },
        { QStringLiteral("data"), QString::fromLatin1(bytes.toBase64()) } };
}

QJsonObject altObject(const QMap<QString, QString> &alt)
{
    QJsonObject texts;
    for (auto it = alt.begin(); it != alt.end(); ++it) {
        if (!it.value().trimmed().isEmpty())
            texts.insert(it.key(), it.value().trimmed());
    }
    return texts;
}

}

InitiativePhotos::Photo InitiativePhotos::fromDocument(const QJsonObject &doc)
{
    InitiativePhotos::Photo photo;
    photo.id = doc.value(QLatin1String("_id")).toString();
    photo.initiativeId = doc.value(QLatin1String("initiative")).toString();
    const QJsonObject alt = doc.value(QLatin1String("alt")).toObject();
    for (auto it = alt.begin(); it != alt.end(); ++it)
        photo.alt.insert(it.key(), it.value().toString());
    photo.width = doc.value(QLatin1String("width")).toInt();
    photo.height = doc.value(QLatin1String("height")).toInt();
    photo.added = doc.value(QLatin1String("added")).toString();
    const QJsonObject attachments = doc.value(QLatin1String("_attachments")).toObject();
    photo.displayBytes
        = attachments.value(InitiativePhotos::attachmentName(InitiativePhotos::Size::Display))
              .toObject()
              .value(QLatin1String("length"))
              .toInteger();
    photo.thumbnailBytes
        = attachments.value(InitiativePhotos::attachmentName(InitiativePhotos::Size::Thumbnail))
              .toObject()
              .value(QLatin1String("length"))
              .toInteger();
    return photo;
}

QString InitiativePhotos::attachmentName(Size size)
{
    return size == Size::Display ? QStringLiteral("display.jpg") : QStringLiteral("thumb.jpg");
}

QString InitiativePhotos::initiativeOf(const QString &photoId)
{
    if (!photoId.startsWith(photoPrefix))
        return {};
    return QStringLiteral("initiative:") + photoId.section(u':', 1, 1);
}

QString InitiativePhotos::altIn(const Photo &photo, const QString &language)
{
    for (const QString &code : DirectoryRepository::fallbackChain(language)) {
        const QString text = photo.alt.value(code);
        if (!text.isEmpty())
            return text;
    }
    return photo.alt.isEmpty() ? QString() : photo.alt.first();
}

Result<QString> InitiativePhotos::add(const NewPhoto &photo)
{
    if (photo.display.isEmpty() || photo.thumbnail.isEmpty())
        return StoreError::make(StoreError::Code::ValidationFailed,
            QStringLiteral("a photo needs its display image and thumbnail"));
    Result<QJsonObject> initiative = m_db.get(photo.initiativeId);
    if (!initiative.ok())
        return initiative.error();
    const QString slug = initiative.value().value(QLatin1String("slug")).toString();
    const QString id = photoPrefix + slug + u':'
        + QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
    QJsonObject doc { { QStringLiteral("_id"), id },
        { QStringLiteral("type"), QStringLiteral("photo") },
        { QStringLiteral("initiative"), photo.initiativeId },
        { QStringLiteral("alt"), altObject(photo.alt) }, { QStringLiteral("width"), photo.width },
        { QStringLiteral("height"), photo.height },
        { QStringLiteral("_attachments"),
            QJsonObject { { attachmentName(Size::Display), attachment(photo.display) },
                { attachmentName(Size::Thumbnail), attachment(photo.thumbnail) } } } };
    if (photo.added.isValid())
        doc.insert(QStringLiteral("added"), photo.added.toString(Qt::ISODate));
    if (initiative.value().value(QLatin1String("sample")).toBool())
        doc.insert(
            QStringLiteral("sample"), true); // never pushed, purged on joining, as the sample is
    TypedStore store(m_db);
    Result<QString> rev = store.save(doc);
    if (!rev.ok())
        return rev.error();
    return id;
}

StoreError InitiativePhotos::remove(const QString &photoId)
{
    Result<QJsonObject> doc = m_db.get(photoId);
    if (!doc.ok())
        return doc.error();
    const WriteResult written
        = m_db.remove(photoId, doc.value().value(QLatin1String("_rev")).toString());
    return written.error;
}

StoreError InitiativePhotos::setAlt(const QString &photoId, const QMap<QString, QString> &alt)
{
    Result<QJsonObject> doc = m_db.get(photoId);
    if (!doc.ok())
        return doc.error();
    QJsonObject changed = doc.value();
    changed.insert(QStringLiteral("alt"), altObject(alt));
    TypedStore store(m_db);
    Result<QString> rev = store.save(changed);
    return rev.ok() ? StoreError::none() : rev.error();
}

Result<QList<InitiativePhotos::Photo>> InitiativePhotos::of(const QString &initiativeId)
{
    DocumentDatabase::ReadScope scope(m_db);
    Result<QStringList> related
        = m_db.queryIndex(DomainIndexer::byInitiative, initiativeId, initiativeId);
    if (!related.ok())
        return related.error();
    QList<Photo> photos;
    for (const QString &id : related.value()) {
        if (!id.startsWith(photoPrefix))
            continue;
        Result<QJsonObject> doc = m_db.get(id);
        if (doc.ok())
            photos.append(fromDocument(doc.value()));
        else if (doc.error().code != StoreError::Code::NotFound)
            return doc.error();
    }
    std::sort(photos.begin(), photos.end(), [](const Photo &a, const Photo &b) {
        return std::tie(a.added, a.id) < std::tie(b.added, b.id);
    });
    return photos;
}

Result<QList<InitiativePhotos::Photo>> InitiativePhotos::onDevice()
{
    AllDocsOptions options;
    options.startKey = photoPrefix;
    options.endKey = photoPrefix + QChar(0xFFFF);
    options.includeDocs = true;
    const Result<QList<AllDocsRow>> rows = m_db.allDocs(options);
    if (!rows.ok())
        return rows.error();
    QList<Photo> photos;
    for (const AllDocsRow &row : rows.value()) {
        if (!row.deleted && !row.missing)
            photos.append(fromDocument(row.doc));
    }
    return photos;
}

Result<InitiativePhotos::Photo> InitiativePhotos::photo(const QString &photoId)
{
    if (!photoId.startsWith(photoPrefix))
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("missing"));
    Result<QJsonObject> doc = m_db.get(photoId);
    if (!doc.ok())
        return doc.error();
    return fromDocument(doc.value());
}

Result<QByteArray> InitiativePhotos::bytes(const QString &photoId, Size size)
{
    if (!photoId.startsWith(photoPrefix))
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("missing"));
    Result<StoredAttachmentData> stored
        = m_db.attachment(photoId, QString(), attachmentName(size), true);
    if (!stored.ok())
        return stored.error();
    return std::move(stored).value().data;
}
