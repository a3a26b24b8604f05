#include "appcontroller.h"

#include "directoryrepository.h"
#include "directoryterms.h"
#include "documentdatabase.h"
#include "initiativelistmodel.h"
#include "placelinks.h"
#include "positionservice.h"
#include "readaloud.h"
#include "scheduletext.h"
#include "translationeditor.h"
#include "uilanguage.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QVariantMap text(const LocalizedText &t)
{
    return { { QStringLiteral("text"), t.text }, { QStringLiteral("language"), t.language } };
}
}

AppController::AppController(DocumentDatabase *directory, UiLanguage *language, SyncStatus *sync,
                             PositionService *position, ReadAloud *readAloud, QObject *parent)
    : QObject(parent), m_directory(directory), m_language(language),
      m_initiatives(new InitiativeListModel(directory, this)), m_sync(sync), m_position(position),
      m_readAloud(readAloud), m_fieldLog(new FieldLogController(directory, position, this)),
      m_reports(new ReportController(directory, this)), m_cards(new CardController(directory, position, this)),
      m_privacy(new PrivacyController(directory, this)), m_devices(new DeviceController(this)),
      m_join(new JoinController(this)), m_conflicts(new ConflictDesk(directory, this)),
      m_directoryEditor(new DirectoryEditorController(directory, position, this)),
      m_photos(new InitiativePhotoController(directory, this)), m_mapTiles(new MapTiles(this)),
      m_photoInterest(new PhotoInterest(this)), m_photoShelf(new PhotoShelf(this)),
      m_photoCatalogue(new PhotoCatalogue(this)),
      m_clock([] { return QDateTime::currentDateTime(); })
{
    m_fieldLog->setLanguage(m_language->code());
    m_reports->setLanguage(m_language->code());
    m_cards->setLanguage(m_language->code());
    m_privacy->setLanguage(m_language->code());
    m_devices->setLanguage(m_language->code());
    m_directoryEditor->setLanguage(m_language->code());
    m_photos->setLanguage(m_language->code());
    if (m_position) {
        connect(m_position, &PositionService::positionChanged, this, &AppController::updateReaderPosition);
        updateReaderPosition();
    }
    m_initiatives->setLanguage(m_language->code());
    connect(m_language, &UiLanguage::changed, this, [this] {
        m_initiatives->setLanguage(m_language->code());
        m_fieldLog->setLanguage(m_language->code());
        m_reports->setLanguage(m_language->code());
        m_cards->setLanguage(m_language->code());
        m_privacy->setLanguage(m_language->code());
        m_devices->setLanguage(m_language->code());
        m_directoryEditor->setLanguage(m_language->code());
        m_photos->setLanguage(m_language->code());
        m_join->retranslate();
        m_conflicts->retranslate();
        emit languageChanged();
    });
    // A place opened, a card held, the places nearby: their photos are kept on a reader's phone,
    // as many as its budget holds; the photo pull asks for those.
    m_photoInterest->setStore(m_directory);
    m_photoShelf->setStore(m_directory);
    m_photoShelf->setWanted(m_photoInterest->places());
    connect(m_photos, &InitiativePhotoController::initiativeIdChanged, this, [this] { m_photoInterest->noteShown(m_photos->initiativeId()); });
    connect(m_cards, &CardController::changed, this, [this] { m_photoInterest->setCardPlaces(m_cards->myCardPlaces()); });
    connect(m_photoInterest, &PhotoInterest::changed, this, [this] { m_photoShelf->setWanted(m_photoInterest->places()); });
    m_shelfTidy.setSingleShot(true);
    m_shelfTidy.setInterval(500);
    connect(&m_shelfTidy, &QTimer::timeout, m_photoShelf, &PhotoShelf::tidy);
    if (m_sync) {
        connect(m_sync, &SyncStatus::changed, this, [this] { m_photoShelf->setActive(m_sync->takesSomePhotos()); });
        m_photoShelf->setActive(m_sync->takesSomePhotos());
        connect(m_photoShelf, &PhotoShelf::keptChanged, this, [this] { m_sync->setPhotoPlaces(m_photoShelf->kept()); });
        m_sync->setPhotoPlaces(m_photoShelf->kept());
        m_photoCatalogue->setStore(m_directory);
        m_photos->setCatalogue(m_photoCatalogue);
        connect(m_sync, &SyncStatus::photoCatalogueDue, this, [this] {
            if (HttpPeer *server = m_sync->directoryServer())
                m_photoCatalogue->refresh(*server);
        });
    }
    if (m_directory) {
        connect(m_directory, &DocumentDatabase::documentsChanged, this, [this] {
            m_shelfTidy.start();
            ++m_directoryRevision;
            emit directoryRevisionChanged();
        });
    }
}

void AppController::updateReaderPosition()
{
    m_initiatives->setReaderPosition({ m_position->latitude(), m_position->longitude() }, m_position->distanceAccuracy(),
                                     !m_position->hasFix() || !m_position->precise(), m_position->hasFix());
    updateNearPlaces();
}

void AppController::updateNearPlaces()
{
    if (!m_directory || !m_position || !m_position->hasFix())
        return;
    const Geo::Point here { m_position->latitude(), m_position->longitude() };
    if (m_nearFrom && Geo::distanceMetres(*m_nearFrom, here) < 250)
        return; // a walk across the market changes nothing
    const Result<InitiativePage> page = DirectoryRepository(*m_directory).firstInitiatives(m_language->code(), PhotoInterest::nearLimit, here);
    if (!page.ok())
        return;
    m_nearFrom = here;
    QStringList near;
    for (const InitiativeInfo &info : page.value().first)
        near.append(info.id);
    m_photoInterest->setNearPlaces(near);
}

void AppController::setOrganisationDatabase(DocumentDatabase *org)
{
    m_fieldLog->setDatabase(org);
    m_reports->setDatabase(org);
    m_privacy->setDatabase(org);
}

void AppController::setRoles(const QStringList &roles)
{
    m_roles = roles;
    m_reports->setRoles(roles);
    m_conflicts->setRoles(roles);
    m_directoryEditor->setRoles(roles);
    m_photos->setRoles(roles);
    emit rolesChanged();
}

void AppController::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_fieldLog->setClock(clock);
    m_reports->setClock(clock);
    m_cards->setClock(clock);
    m_directoryEditor->setClock(clock);
    m_photos->setClock(clock);
    m_initiatives->setClock(std::move(clock));
}

QString AppController::language() const
{
    return m_language->code();
}

QString AppController::localeName() const
{
    return UiLanguage::locale(m_language->code()).name();
}

bool AppController::rightToLeft() const
{
    return m_language->isRightToLeft();
}

QVariantList AppController::languages() const
{
    QVariantList list;
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        list.append(QVariantMap { { QStringLiteral("code"), choice.code }, { QStringLiteral("name"), choice.nativeName } });
    return list;
}

void AppController::setLanguage(const QString &code)
{
    m_language->setCode(code);
}

QString AppController::languageName(const QString &code) const
{
    return UiLanguage::nativeName(code);
}

QVariantMap AppController::initiative(const QString &id, const QString &language, int revision) const
{
    Q_UNUSED(revision);
    if (!m_directory || id.isEmpty())
        return {};
    DirectoryRepository repository(*m_directory);
    const Result<InitiativeInfo> loaded = repository.initiative(id, language);
    if (!loaded.ok())
        return {};
    const InitiativeInfo &info = loaded.value();
    QVariantList activities;
    const QDateTime now = m_clock();
    const QLocale locale = UiLanguage::locale(language);
    for (const ActivityInfo &a : info.activities) {
        const std::optional<Schedule> schedule = Schedule::parse(a.schedule);
        const std::optional<QDateTime> next = schedule ? schedule->nextStart(now) : std::nullopt;
        activities.append(QVariantMap {
                { QStringLiteral("name"), text(a.name) },
                { QStringLiteral("description"), text(a.description) },
                { QStringLiteral("when"), ScheduleText::describe(a.schedule, language) },
                { QStringLiteral("openNow"), schedule && schedule->isOpenAt(now) },
                { QStringLiteral("today"), schedule && schedule->occursOn(now.date()) },
                { QStringLiteral("next"), next ? locale.toString(*next, QStringLiteral("dddd d MMMM, HH:mm")) : QString() } });
    }
    QStringList spoken;
    for (const QString &code : info.languagesSpoken)
        spoken.append(DirectoryTerms::languageDisplay(code));
    QStringList addressLines;
    if (!info.street.isEmpty())
        addressLines.append(info.street);
    const QString cityLine = (info.postcode + u' ' + info.city).trimmed();
    if (!cityLine.isEmpty())
        addressLines.append(cityLine);
    const PlaceLinks::Place place { info.name.text, info.street, info.postcode, info.city,
                                    info.hasPosition, info.latitude, info.longitude };
    const QString phone = info.contact.value(QLatin1String("phone")).toString();
    return {
        { QStringLiteral("id"), info.id },
        { QStringLiteral("routeUrl"), PlaceLinks::route(place, PlaceLinks::current()).toString(QUrl::FullyEncoded) },
        { QStringLiteral("callUrl"), PlaceLinks::call(phone).toString(QUrl::FullyEncoded) },
        { QStringLiteral("name"), text(info.name) },
        { QStringLiteral("summary"), text(info.summary) },
        { QStringLiteral("description"), text(info.description) },
        { QStringLiteral("address"), addressLines },
        { QStringLiteral("themes"), info.themes },
        { QStringLiteral("languagesSpoken"), spoken },
        { QStringLiteral("stepFree"), info.accessibility.value(QLatin1String("stepFree")).toBool() },
        { QStringLiteral("rollator"), info.accessibility.value(QLatin1String("rollator")).toBool() },
        { QStringLiteral("quietRoom"), info.accessibility.value(QLatin1String("quietRoom")).toBool() },
        { QStringLiteral("phone"), info.contact.value(QLatin1String("phone")).toString() },
        { QStringLiteral("website"), info.contact.value(QLatin1String("website")).toString() },
        { QStringLiteral("lastChecked"), info.lastChecked },
        { QStringLiteral("isSample"), info.sample },
        { QStringLiteral("hasPosition"), info.hasPosition },
        { QStringLiteral("latitude"), info.latitude },
        { QStringLiteral("longitude"), info.longitude },
        { QStringLiteral("translatedInto"), info.translatedInto },
        { QStringLiteral("activities"), activities },
    };
}

QString AppController::themeName(const QString &code) const
{
    return DirectoryTerms::themeLabel(code);
}

QString AppController::languageDisplay(const QString &code) const
{
    return DirectoryTerms::languageDisplay(code);
}

QStringList AppController::translationLanguages() const
{
    QStringList codes;
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        codes.append(choice.code);
    for (const QString &code : m_initiatives->spokenLanguages()) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QVariantMap AppController::translation(const QString &initiativeId, const QString &language) const
{
    if (!m_directory)
        return {};
    const Result<QJsonObject> doc = TranslationEditor::current(*m_directory, initiativeId, language);
    if (!doc.ok())
        return {};
    const QJsonObject &t = doc.value();
    return { { QStringLiteral("name"), t.value(QLatin1String("name")).toString() },
             { QStringLiteral("summary"), t.value(QLatin1String("summary")).toString() },
             { QStringLiteral("description"), t.value(QLatin1String("description")).toString() },
             { QStringLiteral("status"), t.value(QLatin1String("status")).toString() } };
}

QString AppController::saveTranslation(const QString &initiativeId, const QString &language, const QString &name,
                                       const QString &summary, const QString &description, bool needsReview)
{
    if (!m_directory)
        return tr("The directory is not available.");
    TranslationEdit edit { initiativeId, language, name, summary, description, needsReview, m_authorRole };
    const Result<QString> saved = TranslationEditor::save(*m_directory, edit);
    // The validator's reason is English and names the field; good enough for a rare refusal.
    if (!saved.ok())
        return saved.error().reason;
    m_translationNotice = needsReview
            ? tr("The %1 text is saved on this phone and marked to be checked. Everyone sees it after the next sync.")
                      .arg(UiLanguage::nativeName(language))
            : tr("The %1 text is saved on this phone. Everyone sees it after the next sync.").arg(UiLanguage::nativeName(language));
    emit translationNoticeChanged();
    return QString();
}

void AppController::clearTranslationNotice()
{
    if (m_translationNotice.isEmpty())
        return;
    m_translationNotice.clear();
    emit translationNoticeChanged();
}

