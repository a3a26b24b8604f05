#pragma once

#include "photolistmodel.h"
#include "photopreparer.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

class DocumentDatabase;
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
    Q_PROPERTY(QString initiativeId READ initiativeId WRITE setInitiativeId NOTIFY initiativeIdChanged)
    Q_PROPERTY(PhotoListModel *photos READ photos CONSTANT)
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY canAddChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeOk READ noticeOk NOTIFY noticeChanged)

public:
    InitiativePhotoController(DocumentDatabase *directory, QObject *parent = nullptr);

    // Coordinators and editors edit the directory; hosts add photos of their places.
    [[nodiscard]] static bool mayAdd(const QStringList &roles);
    void setRoles(const QStringList &roles);
    void setLanguage(const QString &language);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setLimits(const PhotoPreparer::Limits &limits) { m_limits = limits; }
    // A provider for "image://photos/…" reading this directory's file (the engine takes it).
    [[nodiscard]] QQuickImageProvider *makeImageProvider() const;

    [[nodiscard]] const QString &initiativeId() const { return m_initiativeId; }
    void setInitiativeId(const QString &id);
    [[nodiscard]] PhotoListModel *photos() const { return m_photos; }
    [[nodiscard]] bool canAdd() const { return m_canAdd; }
    [[nodiscard]] const QString &notice() const { return m_notice; }
    [[nodiscard]] bool noticeOk() const { return m_noticeOk; }

    // Reads, prepares and stores a photo of the current initiative with its alternative text
    // in one language; true when stored (the notice says why not otherwise).
    Q_INVOKABLE bool addFromFile(const QUrl &file, const QString &altText, const QString &altLanguage);
    Q_INVOKABLE bool addFromImage(const QImage &image, const QString &altText, const QString &altLanguage);
    Q_INVOKABLE bool remove(const QString &photoId);
    Q_INVOKABLE void clearNotice();

signals:
    void initiativeIdChanged();
    void canAddChanged();
    void noticeChanged();
    void added(const QString &photoId);

private:
    DocumentDatabase *m_directory;
    PhotoListModel *m_photos;
    PhotoPreparer::Limits m_limits;
    QString m_initiativeId;
    QString m_notice;
    QString m_language = QStringLiteral("nl");
    std::function<QDateTime()> m_clock;
    bool m_noticeOk = false;
    bool m_canAdd = false;

    void reload();
    void setNotice(const QString &text, bool ok);
    bool store(const PhotoPreparer::Prepared &prepared, const QString &altText, const QString &altLanguage);
};
