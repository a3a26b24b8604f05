#pragma once

#include "initiativephotos.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The photos of one initiative for the gallery and the editor: one row per photo, oldest
// first, with its alternative text in the reader's language and the image:// addresses the
// PhotoImageProvider answers. A new list changes only the rows that changed; each address
// carries the photo's revision, so an image that changed is read again and one that did not
// comes from Qt's cache.
class PhotoListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the InitiativePhotoController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PhotoIdRole = Qt::UserRole + 1,
        AltTextRole, // in the reader's language (the directory's fallback chain)
        ThumbnailSourceRole, // image://photos/thumb/<id>
        DisplaySourceRole, // image://photos/display/<id>
        PhotoWidthRole,
        PhotoHeightRole,
        OnDeviceRole, // false: known to exist, its bytes not on this phone (a placeholder)
    };
    Q_ENUM(Role)

    explicit PhotoListModel(QObject *parent = nullptr);

    void setPhotos(QList<InitiativePhotos::Photo> photos);
    void setLanguage(const QString &language);
    [[nodiscard]] const QList<InitiativePhotos::Photo> &photos() const { return m_photos; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The address of a photo's image for QML (size "thumb" or "display"); "" when not on the device.
    [[nodiscard]] static QString source(const QString &size, const InitiativePhotos::Photo &photo);

signals:
    void countChanged();

private:
    QList<InitiativePhotos::Photo> m_photos;
    QString m_language = QStringLiteral("nl");
};
