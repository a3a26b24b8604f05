#pragma once

#include "directoryrepository.h"
#include "fieldlog.h"
#include "tallychipmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class DocumentDatabase;
class PositionService;

// What the Log pages talk to: the market tally (one tap, chips after, undo), attendance of
// today's activities, contacts with referrals and follow-ups. Writes go through FieldLog into
// the organisation's database, each durable before the call returns; positions are attached
// only as FieldLog allows. Every action answers "" or a sentence for the person, translated.
class FieldLogController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the AppController")
    // False until the device has an organisation database to log into.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(int talliesToday READ talliesToday NOTIFY changed)
    // The newest log made here that can still be taken back, and what it was.
    Q_PROPERTY(QString lastLogId READ lastLogId NOTIFY changed)
    Q_PROPERTY(QString lastLogType READ lastLogType NOTIFY changed)
    Q_PROPERTY(QVariantList followUpsDue READ followUpsDue NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // The market conversation the chips describe: the one counted last here, as stored. "" when
    // there is none (none counted yet, or it was undone); then no chip is lit.
    Q_PROPERTY(QString tallyId READ tallyId NOTIFY tallyChanged)
    Q_PROPERTY(TallyChipModel *tallyLanguages READ tallyLanguages CONSTANT)
    Q_PROPERTY(TallyChipModel *tallyDoes READ tallyDoes CONSTANT)
    Q_PROPERTY(TallyChipModel *tallyNeeds READ tallyNeeds CONSTANT)
    Q_PROPERTY(bool tallyReferred READ tallyReferred NOTIFY tallyChanged)

public:
    static constexpr int referralFollowUpDays = 14;

    FieldLogController(DocumentDatabase *directory, PositionService *position, QObject *parent = nullptr);
    ~FieldLogController() override;

    // The organisation's database (org-<slug>); null: logging is not available.
    void setDatabase(DocumentDatabase *org);
    void setClock(std::function<QDateTime()> clock);
    void setLanguage(const QString &language) { m_language = language; }

    [[nodiscard]] bool available() const { return m_org != nullptr; }
    [[nodiscard]] QString organisation() const;
    [[nodiscard]] int talliesToday() const;
    [[nodiscard]] const QString &lastLogId() const { return m_lastId; }
    [[nodiscard]] const QString &lastLogType() const { return m_lastType; }
    [[nodiscard]] QVariantList followUpsDue() const;
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] const QString &tallyId() const { return m_tallyId; }
    [[nodiscard]] TallyChipModel *tallyLanguages() const { return m_tallyLanguages; }
    [[nodiscard]] TallyChipModel *tallyDoes() const { return m_tallyDoes; }
    [[nodiscard]] TallyChipModel *tallyNeeds() const { return m_tallyNeeds; }
    [[nodiscard]] bool tallyReferred() const { return m_tallyReferred; }

    // The market: one conversation, at once; then its chips; Undo takes back the newest log.
    Q_INVOKABLE QString logTally();
    // A chip of the current conversation tapped: group is "language", "does" or "needs". The
    // stored record changes first; the chips then show what was stored.
    Q_INVOKABLE QString toggleTallyChip(const QString &group, const QString &code);
    Q_INVOKABLE QString setTallyReferred(bool referred);
    Q_INVOKABLE QString undoLast();

    // Activities taking place today: {activityId, initiativeId, initiative, activity, time,
    // logged (people already counted today)}, those nearby or starting soonest first.
    Q_INVOKABLE QVariantList todaysActivities() const;
    // participant: a pseudonymous code, only when the resident agrees ("" for none).
    Q_INVOKABLE QString logAttendance(const QString &initiativeId, const QString &activityId, int count,
                                      const QString &participant = {});

    // A contact from the form: person, realName, consent, channel, language, needs, offers,
    // referralKind ("", "initiative", "formal"), referralTo, followUpDays (0: none; a referral
    // without one is followed up after referralFollowUpDays, so its outcome is asked for).
    Q_INVOKABLE QString logContact(const QVariantMap &form);
    // A suggestion for a new pseudonymous code, e.g. "zon-17": easy to say, nothing personal.
    Q_INVOKABLE QString suggestCode() const;
    // Initiatives whose name matches what was typed: [{id, name}], at most `limit`.
    Q_INVOKABLE QVariantList findInitiatives(const QString &typed, int limit = 5) const;

    // A follow-up's outcome; each can be taken back with undoLast(), as any other log.
    Q_INVOKABLE QString setReferralStatus(const QString &contactId, const QString &status);
    Q_INVOKABLE QString closeFollowUp(const QString &contactId);
    Q_INVOKABLE QString postponeFollowUp(const QString &contactId, int days);

signals:
    void changed();
    void tallyChanged();

private:
    DocumentDatabase *m_directory;
    PositionService *m_position;
    DocumentDatabase *m_org = nullptr;
    std::unique_ptr<FieldLog> m_log;
    std::function<QDateTime()> m_clock;
    QString m_language = QStringLiteral("nl");
    QString m_lastId;
    QString m_lastType;
    QJsonObject m_before; // lastLogType "followUp": the contact as it was, for Undo
    int m_revision = 0;
    QString m_tallyId;
    TallyChipModel *m_tallyLanguages;
    TallyChipModel *m_tallyDoes;
    TallyChipModel *m_tallyNeeds;
    bool m_tallyReferred = false;
    bool m_reapplyQueued = false;

    // Today's activities from the directory, parsed once per day and directory change.
    mutable QList<ScheduledActivity> m_activities;
    mutable QDate m_activitiesDay;
    mutable bool m_activitiesValid = false;

    [[nodiscard]] QDate today() const { return m_clock().date(); }
    [[nodiscard]] const QList<ScheduledActivity> &activitiesToday() const;
    [[nodiscard]] static QString notInOrganisation();
    [[nodiscard]] std::optional<Fix> fix() const;
    QString remember(const Result<QString> &logged, const QString &type);
    [[nodiscard]] static QString message(const StoreError &error);
    void reapplyErasuresSoon();
    // Reads the current conversation back from the store into the chips.
    void refreshTally();
    [[nodiscard]] QString changeFollowUp(const QString &contactId, const std::function<StoreError()> &change);
    [[nodiscard]] QString saveTally(const std::function<void(TallyEntry &)> &change);
};
