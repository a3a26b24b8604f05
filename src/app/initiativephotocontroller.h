#pragma once

#include "photolistmodel.h"
#include "photopreparer.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <functional>

class DocumentDatabase;
class PhotoCatalogue;
class QQuickImageProvider;

// Photos of the initiative a page shows (app.photos; issue 19): the gallery's list, and for a
// coordinator, an editor or a host (canAdd) adding a photo from a file — prepared by
// PhotoPreparer (made smaller, no metadata) and stored by InitiativePhotos — and removing one.
// What the last action did is one translated sentence (notice); a refused file stores nothing.
// The server decides in the end: a host's phone may add photos only of the places it hosts.
class InitiativePhotoController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the AppController")
    Q_PROPERTY(
        QString initiativeId READ initiativeId WRITE setInitiativeId NOTIFY initiativeIdChanged)
    Q_PROPERTY(PhotoListModel *photos READ photos CONSTANT)
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY canAddChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeOk READ noticeOk NOTIFY noticeChanged)
    // A photo is being read and made smaller (on a worker thread: a 12-megapixel file takes
    // a few hundred milliseconds, too long for the UI thread).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    InitiativePhotoController(DocumentDatabase *directory, QObject *parent = nullptr);

    // Coordinators and editors edit the directory; hosts add photos of their places.
    [[nodiscard]] static bool mayAdd(const QStringList &roles);
    void setRoles(const QStringList &roles);
    void setLanguage(const QString &language);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // On a phone that holds only some photos: the others are listed too, as not on the device.
    void setCatalogue(PhotoCatalogue *catalogue);
    void setLimits(const PhotoPreparer::Limits &limits) { m_limits = limits; }
    // A provider for "image://photos/…" reading this directory's file (the engine takes it).
    [[nodiscard]] QQuickImageProvider *makeImageProvider() const;

    [[nodiscard]] const QString &initiativeId() const { return m_initiativeId; }
    void setInitiativeId(const QString &id);
    [[nodiscard]] PhotoListModel *photos() const { return m_photos; }
    [[nodiscard]] bool canAdd() const { return m_canAdd; }
    [[nodiscard]] const QString &notice() const { return m_notice; }
    [[nodiscard]] bool noticeOk() const { return m_noticeOk; }
    [[nodiscard]] bool busy() const { return m_busy; }

    // Reads and prepares a photo on a worker thread, then stores it for the current initiative
    // with its alternative text in one language: true when it was taken on (added() follows
    // when stored), false with the notice saying why not (also later, if the file is refused).
    Q_INVOKABLE bool addFromFile(
        const QUrl &file, const QString &altText, const QString &altLanguage);
    Q_INVOKABLE bool addFromImage(
        const QImage &image, const QString &altText, const QString &altLanguage);
    // Whether a photo could be taken on now (before the camera opens, so no picture is lost to
    // a missing alternative text); false with the notice saying why not.
    Q_INVOKABLE bool readyToAdd(const QString &altText);
    Q_INVOKABLE bool remove(const QString &photoId);
    Q_INVOKABLE void clearNotice();

signals:
    void initiativeIdChanged();
    void canAddChanged();
    void noticeChanged();
    void added(const QString &photoId);
    void busyChanged();

private:
    DocumentDatabase *m_directory;
    PhotoListModel *m_photos;
    PhotoCatalogue *m_catalogue = nullptr;
    PhotoPreparer::Limits m_limits;
    QString m_initiativeId;
    QString m_notice;
    QString m_language = QStringLiteral("nl");
    std::function<QDateTime()> m_clock;
    bool m_noticeOk = false;
    bool m_canAdd = false;
    bool m_busy = false;

    void reload();
    void setNotice(const QString &text, bool ok);
    // What every add checks before work starts; false with the notice set.
    bool mayStart(const QString &altText);
    // Runs prepare() on a worker thread and stores its result for the initiative it started for.
    void prepareAndStore(std::function<PhotoPreparer::Prepared()> prepare, const QString &altText,
        const QString &altLanguage);
    bool store(const QString &initiativeId, const PhotoPreparer::Prepared &prepared,
        const QString &altText, const QString &altLanguage);
};
