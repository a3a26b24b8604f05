#pragma once

#include <QMutex>
#include <QQuickImageProvider>
#include <memory>

class DocumentDatabase;

// Serves photos of initiatives to QML from the directory's attachments: image://photos/thumb/<photo
// id>, image://photos/display/<photo id>, and image://photos/first/<initiative id> (the thumbnail
// of an initiative's first photo, for the list; one transparent pixel when it has none). It reads
// through a read-only connection of its own to the directory's file, opened on first use: Qt may
// call it from its image-loading thread (an asynchronous Image), where the app's connection must
// not be used. A photo that is not on the device is an empty image, and QML shows its calm
// placeholder.
class PhotoImageProvider : public QQuickImageProvider
{
public:
    explicit PhotoImageProvider(QString directoryPath);
    ~PhotoImageProvider() override;

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QString m_path;
    QMutex m_mutex; // one reader at a time on the connection below
    std::unique_ptr<DocumentDatabase> m_db;
};
