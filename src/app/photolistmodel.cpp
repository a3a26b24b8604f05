#include "photolistmodel.h"

#include <QUrl>
#include <algorithm>

PhotoListModel::PhotoListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString PhotoListModel::source(const QString &size, const InitiativePhotos::Photo &photo)
{
    if (!photo.onDevice)
        return {};
    // The lengths and alt texts change with every revision of the photo; they keep the cache
    // honest. Put together, not with arg(): the encoded id holds "%3A", which arg() would take for
    // a marker.
    return QStringLiteral("image://photos/") + size + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(photo.id)) + QStringLiteral("?v=")
        + QString::number(photo.displayBytes) + u'-' + QString::number(photo.thumbnailBytes);
}

void PhotoListModel::setPhotos(QList<InitiativePhotos::Photo> photos)
{
    const auto same = [](const InitiativePhotos::Photo &a, const InitiativePhotos::Photo &b) {
        return a.id == b.id && a.alt == b.alt && a.displayBytes == b.displayBytes
            && a.thumbnailBytes == b.thumbnailBytes && a.width == b.width && a.height == b.height
            && a.onDevice == b.onDevice;
    };
    // Rows gone first, then rows that came, then changes in place: the order of the others holds.
    for (int row = int(m_photos.size()) - 1; row >= 0; --row) {
        const QString id = m_photos.at(row).id;
        if (std::none_of(
                photos.cbegin(), photos.cend(), [&](const auto &p) { return p.id == id; })) {
            beginRemoveRows({}, row, row);
            m_photos.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < photos.size(); ++row) {
        const InitiativePhotos::Photo &photo = photos.at(row);
        if (row < m_photos.size() && m_photos.at(row).id == photo.id) {
            if (!same(m_photos.at(row), photo)) {
                m_photos[row] = photo;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_photos.insert(row, photo);
        endInsertRows();
    }
    if (m_photos.size() > photos.size()) { // an order that changed: the rest went above
        beginRemoveRows({}, int(photos.size()), int(m_photos.size()) - 1);
        m_photos.resize(photos.size());
        endRemoveRows();
    }
    emit countChanged();
}

void PhotoListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_photos.isEmpty())
        emit dataChanged(index(0), index(int(m_photos.size()) - 1), { AltTextRole });
}

int PhotoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InitiativePhotos::Photo &photo = m_photos.at(index.row());
    switch (role) {
    case PhotoIdRole:
        return photo.id;
    case AltTextRole:
        return InitiativePhotos::altIn(photo, m_language);
    case ThumbnailSourceRole:
        return source(QStringLiteral("thumb"), photo);
    case DisplaySourceRole:
        return source(QStringLiteral("display"), photo);
    case PhotoWidthRole:
        return photo.width;
    case PhotoHeightRole:
        return photo.height;
    case OnDeviceRole:
        return photo.onDevice;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoListModel::roleNames() const
{
    return { { PhotoIdRole, "photoId" }, { AltTextRole, "altText" },
        { ThumbnailSourceRole, "thumbnailSource" }, { DisplaySourceRole, "displaySource" },
        { PhotoWidthRole, "photoWidth" }, { PhotoHeightRole, "photoHeight" },
        { OnDeviceRole, "onDevice" } };
}
