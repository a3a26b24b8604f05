#include "initiativephotocontroller.h"

#include "documentdatabase.h"
#include "photocatalogue.h"
#include "photoimageprovider.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <memory>

InitiativePhotoController::InitiativePhotoController(DocumentDatabase *directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_photos(new PhotoListModel(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    if (m_directory)
        connect(m_directory, &DocumentDatabase::documentsChanged, this,
            &InitiativePhotoController::reload);
}

bool InitiativePhotoController::mayAdd(const QStringList &roles)
{
    return roles.contains(QStringLiteral("coordinator")) || roles.contains(QStringLiteral("editor"))
        || roles.contains(QStringLiteral("host"));
}

void InitiativePhotoController::setRoles(const QStringList &roles)
{
    const bool can = mayAdd(roles);
    if (can == m_canAdd)
        return;
    m_canAdd = can;
    emit canAddChanged();
}

void InitiativePhotoController::setLanguage(const QString &language)
{
    m_language = language;
    m_photos->setLanguage(language);
}

QQuickImageProvider *InitiativePhotoController::makeImageProvider() const
{
    return new PhotoImageProvider(m_directory ? m_directory->path() : QString());
}

void InitiativePhotoController::setInitiativeId(const QString &id)
{
    if (id == m_initiativeId)
        return;
    m_initiativeId = id;
    emit initiativeIdChanged();
    clearNotice();
    reload();
}

void InitiativePhotoController::reload()
{
    if (!m_directory || m_initiativeId.isEmpty()) {
        m_photos->setPhotos({});
        return;
    }
    Result<QList<InitiativePhotos::Photo>> stored = InitiativePhotos(*m_directory).of(m_initiativeId);
    QList<InitiativePhotos::Photo> photos = stored.ok() ? std::move(stored).value() : QList<InitiativePhotos::Photo> {};
    if (m_catalogue) {
        const qsizetype here = photos.size();
        for (const InitiativePhotos::Photo &known : m_catalogue->photosOf(m_initiativeId)) {
            if (std::none_of(photos.cbegin(), photos.cbegin() + here, [&](const auto &p) { return p.id == known.id; }))
                photos.append(known);
        }
        // In the order the place's photos were added, whether here or not (as of() sorts).
        std::sort(photos.begin(), photos.end(), [](const auto &a, const auto &b) {
            return std::tie(a.added, a.id) < std::tie(b.added, b.id);
        });
    }
    m_photos->setPhotos(std::move(photos));
}

void InitiativePhotoController::setCatalogue(PhotoCatalogue *catalogue)
{
    if (m_catalogue)
        disconnect(m_catalogue, nullptr, this, nullptr);
    m_catalogue = catalogue;
    if (m_catalogue)
        connect(m_catalogue, &PhotoCatalogue::changed, this, &InitiativePhotoController::reload);
    reload();
}

void InitiativePhotoController::setNotice(const QString &text, bool ok)
{
    if (text == m_notice && ok == m_noticeOk)
        return;
    m_notice = text;
    m_noticeOk = ok;
    emit noticeChanged();
}

void InitiativePhotoController::clearNotice()
{
    setNotice({}, false);
}

bool InitiativePhotoController::mayStart(const QString &altText)
{
    if (!m_canAdd || !m_directory || m_initiativeId.isEmpty()) {
        setNotice(tr("Only a coordinator or a host adds photos."), false);
        return false;
    }
    if (m_busy)
        return false; // one photo at a time
    if (altText.trimmed().isEmpty()) {
        setNotice(
            tr("Describe the photo in a few words first, for people who cannot see it."), false);
        return false;
    }
    return true;
}

bool InitiativePhotoController::readyToAdd(const QString &altText)
{
    return mayStart(altText);
}

bool InitiativePhotoController::addFromFile(
    const QUrl &file, const QString &altText, const QString &altLanguage)
{
    if (!mayStart(altText))
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QFileInfo info(path);
    // Too large is said before a byte is read.
    if (info.exists() && info.size() > m_limits.maxInputBytes) {
        setNotice(PhotoPreparer::message(PhotoPreparer::Problem::TooManyBytes, m_limits), false);
        return false;
    }
    auto in = std::make_shared<QFile>(path);
    if (!in->open(QIODevice::ReadOnly)) {
        setNotice(tr("This file cannot be opened."), false);
        return false;
    }
    prepareAndStore(
        [in, limits = m_limits] {
            return PhotoPreparer::fromBytes(in->read(limits.maxInputBytes + 1), limits);
        },
        altText, altLanguage);
    return true;
}

bool InitiativePhotoController::addFromImage(
    const QImage &image, const QString &altText, const QString &altLanguage)
{
    if (!mayStart(altText))
        return false;
    prepareAndStore([image, limits = m_limits] { return PhotoPreparer::fromImage(image, limits); },
        altText, altLanguage);
    return true;
}

void InitiativePhotoController::prepareAndStore(std::function<PhotoPreparer::Prepared()> prepare,
    const QString &altText, const QString &altLanguage)
{
    m_busy = true;
    emit busyChanged();
    clearNotice();
    QPointer<InitiativePhotoController> self(this);
    const QString initiativeId
        = m_initiativeId; // the page may show another place by the time it is ready
    QThreadPool::globalInstance()->start(
        [self, prepare = std::move(prepare), initiativeId, altText, altLanguage] {
            PhotoPreparer::Prepared prepared = prepare();
            if (!self)
                return;
            QMetaObject::invokeMethod(self.data(),
                [self, prepared = std::move(prepared), initiativeId, altText, altLanguage] {
                    if (!self)
                        return;
                    self->m_busy = false;
                    self->store(initiativeId, prepared, altText, altLanguage);
                    emit self->busyChanged();
                });
        });
}

bool InitiativePhotoController::store(const QString &initiativeId,
    const PhotoPreparer::Prepared &prepared, const QString &altText, const QString &altLanguage)
{
    if (!prepared.ok()) {
        setNotice(PhotoPreparer::message(prepared.problem, m_limits), false);
        return false;
    }
    InitiativePhotos::NewPhoto photo;
    photo.initiativeId = initiativeId;
    photo.display = prepared.display;
    photo.thumbnail = prepared.thumbnail;
    photo.width = prepared.displaySize.width();
    photo.height = prepared.displaySize.height();
    photo.alt.insert(altLanguage.isEmpty() ? m_language : altLanguage, altText.trimmed());
    photo.added = m_clock().date();
    const Result<QString> id = InitiativePhotos(*m_directory).add(photo);
    if (!id.ok()) {
        setNotice(tr("The photo was not saved: %1").arg(id.error().reason), false);
        return false;
    }
    setNotice(tr("Photo added. It goes to the other devices with the next sync."), true);
    emit added(id.value());
    return true;
}

bool InitiativePhotoController::remove(const QString &photoId)
{
    if (!m_canAdd || !m_directory)
        return false;
    const StoreError error = InitiativePhotos(*m_directory).remove(photoId);
    if (!error.ok()) {
        setNotice(tr("The photo was not removed: %1").arg(error.reason), false);
        return false;
    }
    setNotice(tr("Photo removed, here and on the other devices after the next sync."), true);
    return true;
}
