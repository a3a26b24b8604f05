#pragma once

#include "documentdatabase.h"
#include "result.h"

#include <QDate>
#include <QMap>

// Photos of initiatives in the directory (issue 19; docs/DATA-MODEL.md, "Photos"): one `photo`
// document per photo, `photo:<initiative-slug>:<random hex>`, carrying the display image and
// the thumbnail as the CouchDB attachments display.jpg and thumb.jpg and an alternative text
// per language. A photo of its own (not attachments on the initiative) so adding one never
// conflicts with an edit of the initiative, a host may add one without being allowed to edit
// the initiative, and a phone can fetch photos apart from the directory's text. The bytes
// must be prepared already (PhotoPreparer: JPEG, no metadata); this class does not look into
// them. Removal deletes the document, and the tombstone replicates.
class InitiativePhotos
{
public:
    enum class Size { Display, Thumbnail };

    struct NewPhoto
    {
        QString initiativeId;
        QByteArray display; // JPEG
        QByteArray thumbnail; // JPEG
        int width = 0; // of the display image
        int height = 0;
        QMap<QString, QString> alt; // language → alternative text
        QDate added;
    };

    struct Photo
    {
        QString id;
        QString initiativeId;
        QMap<QString, QString> alt;
        int width = 0;
        int height = 0;
        QString added;
        qint64 displayBytes = 0; // 0 when the display image is not on this device
        qint64 thumbnailBytes = 0;
        bool onDevice = true; // false: known from the catalogue, its bytes not on this phone
    };

    explicit InitiativePhotos(DocumentDatabase &directory)
        : m_db(directory)
    {
    }

    [[nodiscard]] static QString attachmentName(Size size);
    // The initiative a photo id belongs to ("initiative:<slug>"), "" when it is not a photo id.
    [[nodiscard]] static QString initiativeOf(const QString &photoId);
    // A photo document read (attachments as stubs or with data).
    [[nodiscard]] static Photo fromDocument(const QJsonObject &doc);
    // The alternative text in a reader's language: the directory's chain (chosen → nl → en → any).
    [[nodiscard]] static QString altIn(const Photo &photo, const QString &language);

    // Stores a new photo (validated as any typed document); its id.
    [[nodiscard]] Result<QString> add(const NewPhoto &photo);
    // Deletes a photo (a tombstone that replicates); NotFound when it is not there.
    [[nodiscard]] StoreError remove(const QString &photoId);
    // Changes the alternative texts of a photo; the attachments travel on as stubs.
    [[nodiscard]] StoreError setAlt(const QString &photoId, const QMap<QString, QString> &alt);
    // An initiative's photos, oldest first.
    [[nodiscard]] Result<QList<Photo>> of(const QString &initiativeId);
    [[nodiscard]] Result<Photo> photo(const QString &photoId);
    // Every photo on this device (live ones), in id order: what a phone's storage budget counts.
    [[nodiscard]] Result<QList<Photo>> onDevice();
    [[nodiscard]] Result<QByteArray> bytes(const QString &photoId, Size size);

private:
    DocumentDatabase &m_db;
};
