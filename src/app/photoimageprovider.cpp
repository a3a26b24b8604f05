#include "photoimageprovider.h"

#include "documentdatabase.h"
#include "initiativephotos.h"

#include <QUrl>

PhotoImageProvider::PhotoImageProvider(QString directoryPath)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_path(std::move(directoryPath))
{
}

PhotoImageProvider::~PhotoImageProvider() = default;

QImage PhotoImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString path = id.section(u'?', 0, 0); // "?v=…" only keeps Qt's cache honest
    const QString kind = path.section(u'/', 0, 0);
    const QString key = QUrl::fromPercentEncoding(path.section(u'/', 1).toUtf8());
    QByteArray bytes;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_db) {
            auto db = std::make_unique<DocumentDatabase>(QStringLiteral("directory"));
            if (m_path.isEmpty() || !db->open(m_path, SqliteConnection::Mode::ReadOnly).ok())
                return {};
            m_db = std::move(db);
        }
        InitiativePhotos photos(*m_db);
        if (kind == QLatin1String("first")) {
            const Result<QList<InitiativePhotos::Photo>> all = photos.of(key);
            if (!all.ok() || all.value().isEmpty()) {
                // The list asks for every row; an empty answer would be a warning per row in Qt's
                // log. One transparent pixel means "no photo", and the row shows its initial.
                QImage none(1, 1, QImage::Format_ARGB32);
                none.fill(Qt::transparent);
                if (size)
                    *size = none.size();
                return none;
            }
            const Result<QByteArray> read
                = photos.bytes(all.value().first().id, InitiativePhotos::Size::Thumbnail);
            if (read.ok())
                bytes = read.value();
        } else if (kind == QLatin1String("thumb") || kind == QLatin1String("display")) {
            const Result<QByteArray> read = photos.bytes(key,
                kind == QLatin1String("thumb") ? InitiativePhotos::Size::Thumbnail
                                               : InitiativePhotos::Size::Display);
            if (read.ok())
                bytes = read.value();
        }
    }
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes, "JPEG"))
        return {};
    if (size)
        *size = image.size();
    if (requestedSize.isValid() && !requestedSize.isEmpty()
        && image.width() > requestedSize.width())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}
