#pragma once

#include "initiativelistmodel.h"
#include "syncstatus.h"

#include "storeerror.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DatabaseFolder;
class DocumentDatabase;

#include "cardcontroller.h"
#include "devicecontroller.h"
#include "conflictdesk.h"
#include "directoryeditorcontroller.h"
#include "initiativephotocontroller.h"
#include "privacycontroller.h"
#include "fieldlogcontroller.h"
#include "joincontroller.h"
#include "maptiles.h"
#include "photocatalogue.h"
#include "photointerest.h"
#include "photoshelf.h"
#include "positionservice.h"
#include "readaloud.h"
#include "reportcontroller.h"
#include "sampledata.h"
class UiLanguage;

// What the QML pages talk to: the UI language (and with it the layout direction), the list of
// initiatives, and the details of one initiative in the reader's language. Owns no storage;
// the data folder and the language are given by the AppShell that created it.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application shell")
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // The locale that formats numbers and dates for QML's Qt.locale() (UiLanguage::locale).
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(InitiativeListModel *initiatives READ initiatives CONSTANT)
    Q_PROPERTY(SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(PositionService *position READ position CONSTANT)
    Q_PROPERTY(ReadAloud *readAloud READ readAloud CONSTANT)
    Q_PROPERTY(FieldLogController *fieldLog READ fieldLog CONSTANT)
    Q_PROPERTY(ReportController *reports READ reports CONSTANT)
    Q_PROPERTY(CardController *cards READ cards CONSTANT)
    // The coordinator's desk of the organisation's phones: invite, list, revoke.
    Q_PROPERTY(DeviceController *devices READ devices CONSTANT)
    // A person's privacy request (erase, withdraw consent), with a receipt kept.
    Q_PROPERTY(PrivacyController *privacy READ privacy CONSTANT)
    // Versions of an initiative made on two devices at once, compared and resolved on the desk.
    Q_PROPERTY(ConflictDesk *conflicts READ conflicts CONSTANT)
    // The desk's directory editor: add, edit and retire initiatives and their activities.
    Q_PROPERTY(DirectoryEditorController *directoryEditor READ directoryEditor CONSTANT)
    // Photos of the initiative shown: the gallery, and adding and removing them.
    Q_PROPERTY(InitiativePhotoController *photos READ photos CONSTANT)
    // The photos a reader's phone keeps within its storage budget (a setting on the sync page).
    Q_PROPERTY(PhotoShelf *photoShelf READ photoShelf CONSTANT)
    // Joining an organisation with an invite, in the background, with a Cancel.
    Q_PROPERTY(JoinController *join READ join CONSTANT)
    // The map's tiles (cache, tile packs, the deployment's tile server) for the map view.
    Q_PROPERTY(MapTiles *mapTiles READ mapTiles CONSTANT)
    // The sample neighbourhood: whether it is loaded, and the first start's question.
    Q_PROPERTY(SampleData *sample READ sample CONSTANT)
    // The device's roles from its enrolment (empty when not enrolled).
    Q_PROPERTY(QStringList roles READ roles NOTIFY rolesChanged)
    // Every language a translation can be added in: the UI languages, then those spoken in the directory.
    Q_PROPERTY(QStringList translationLanguages READ translationLanguages NOTIFY directoryRevisionChanged)
    // What the last saved translation did, as a sentence for the detail page ("" when there is
    // nothing to confirm): set by saveTranslation, cleared with clearTranslationNotice.
    Q_PROPERTY(QString translationNotice READ translationNotice NOTIFY translationNoticeChanged)
    // Increases after every committed change of the directory, so detail bindings refresh.
    Q_PROPERTY(int directoryRevision READ directoryRevision NOTIFY directoryRevisionChanged)

public:
    AppController(DocumentDatabase *directory, UiLanguage *language, SyncStatus *sync,
                  PositionService *position, ReadAloud *readAloud, QObject *parent = nullptr);

    [[nodiscard]] QString language() const;
    [[nodiscard]] bool rightToLeft() const;
    [[nodiscard]] QString localeName() const;
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] InitiativeListModel *initiatives() const { return m_initiatives; }
    [[nodiscard]] SyncStatus *sync() const { return m_sync; }
    [[nodiscard]] int directoryRevision() const { return m_directoryRevision; }
    [[nodiscard]] PositionService *position() const { return m_position; }
    [[nodiscard]] ReadAloud *readAloud() const { return m_readAloud; }
    [[nodiscard]] FieldLogController *fieldLog() const { return m_fieldLog; }
    [[nodiscard]] ReportController *reports() const { return m_reports; }
    [[nodiscard]] CardController *cards() const { return m_cards; }
    [[nodiscard]] PrivacyController *privacy() const { return m_privacy; }
    [[nodiscard]] DeviceController *devices() const { return m_devices; }
    [[nodiscard]] JoinController *join() const { return m_join; }
    [[nodiscard]] ConflictDesk *conflicts() const { return m_conflicts; }
    [[nodiscard]] DirectoryEditorController *directoryEditor() const { return m_directoryEditor; }
    [[nodiscard]] InitiativePhotoController *photos() const { return m_photos; }
    [[nodiscard]] PhotoShelf *photoShelf() const { return m_photoShelf; }
    [[nodiscard]] SampleData *sample() const { return m_sample; }
    [[nodiscard]] MapTiles *mapTiles() const { return m_mapTiles; }
    // Given by the shell before QML is loaded.
    void setSample(SampleData *sample) { m_sample = sample; }
    [[nodiscard]] const QStringList &roles() const { return m_roles; }
    // The organisation's database that field logs go into, and the device's roles.
    void setOrganisationDatabase(DocumentDatabase *org);
    void setRoles(const QStringList &roles);
    [[nodiscard]] QStringList translationLanguages() const;
    // The clock for "open now" and "today" (pinned by screenshots and tests).
    void setClock(std::function<QDateTime()> clock);
    // The role recorded as a translation's author (from this device's enrolment).
    void setAuthorRole(const QString &role) { m_authorRole = role; }

    Q_INVOKABLE void setLanguage(const QString &code);
    // The language's own name ("العربية" for ar), for notes like "shown in Nederlands".
    Q_INVOKABLE QString languageName(const QString &code) const;
    // One initiative for the detail page; an empty map when it does not exist. The extra
    // arguments exist so QML bindings re-run when the language or the directory changes.
    Q_INVOKABLE QVariantMap initiative(const QString &id, const QString &language, int revision) const;
    // A theme code ("mental-health") in the UI language (DirectoryTerms); unknown codes as words.
    Q_INVOKABLE QString themeName(const QString &code) const;
    // A spoken language for a worker's list: own name, and the UI language's name when it differs.
    Q_INVOKABLE QString languageDisplay(const QString &code) const;
    // The texts of one translation for the editor: name, summary, description, status ("" when new).
    Q_INVOKABLE QVariantMap translation(const QString &initiativeId, const QString &language) const;
    // Saves a translation added or corrected here; returns "" or why it was refused.
    Q_INVOKABLE QString saveTranslation(const QString &initiativeId, const QString &language, const QString &name,
                                        const QString &summary, const QString &description, bool needsReview);
    [[nodiscard]] QString translationNotice() const { return m_translationNotice; }
    Q_INVOKABLE void clearTranslationNotice();

signals:
    void languageChanged();
    void directoryRevisionChanged();
    void rolesChanged();
    void translationNoticeChanged();

private:
    DocumentDatabase *m_directory;
    UiLanguage *m_language;
    InitiativeListModel *m_initiatives;
    SyncStatus *m_sync;
    PositionService *m_position;
    ReadAloud *m_readAloud;
    FieldLogController *m_fieldLog;
    ReportController *m_reports;
    CardController *m_cards;
    PrivacyController *m_privacy;
    DeviceController *m_devices;
    JoinController *m_join;
    ConflictDesk *m_conflicts;
    DirectoryEditorController *m_directoryEditor;
    InitiativePhotoController *m_photos;
    SampleData *m_sample = nullptr;
    MapTiles *m_mapTiles; // without a cache or a server until the shell opens one: blank
    PhotoInterest *m_photoInterest; // the places whose photos a reader's phone wants
    PhotoShelf *m_photoShelf;       // those of them that fit its budget
    PhotoCatalogue *m_photoCatalogue; // the photos it does not hold: placeholders
    QTimer m_shelfTidy;             // after writes to the directory settle (a pull writes in batches)
    std::optional<Geo::Point> m_nearFrom; // where the near places were last chosen
    QStringList m_roles;
    std::function<QDateTime()> m_clock;
    QString m_authorRole = QStringLiteral("buurtmaatje");
    QString m_translationNotice;
    int m_directoryRevision = 0;

    void updateReaderPosition();
    // The nearest places, again once the reader moved some way (a reader's phone keeps their photos).
    void updateNearPlaces();
};
