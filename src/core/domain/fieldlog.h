#pragma once

#include "documentdatabase.h"
#include "fix.h"
#include "result.h"

#include <QDate>
#include <QStringList>

#include <functional>
#include <optional>

// How many came to an activity (docs/DATA-MODEL.md, "visit").
struct VisitEntry
{
    QString initiative;
    QString activity;   // optional
    QDate date;
    int count = 0;
    QString participant; // optional pseudonymous code, only when the resident agrees
};

// A verbindingswerker's contact with a resident.
struct ContactEntry
{
    QString person;      // pseudonymous code or nickname
    QString realName;    // kept only with consent
    bool consent = false;
    QDate date;
    QString channel;
    QString language;
    QStringList topics;
    QStringList needs;
    QStringList offers;
    QString referralKind; // "initiative" or "formal"; empty: no referral
    QString referralTo;   // an initiative id, or the formal party
    QDate followUp;       // optional
};

// One conversation at the market stall.
struct TallyEntry
{
    QDate date;
    QString language;
    QStringList does;
    QStringList needs;
    QString referral; // an initiative id or free text
};

// A contact whose follow-up is due.
struct FollowUp
{
    QString contactId;
    QString person;
    QDate due;
    QString referralKind;
    QString referralTo;
    QString referralStatus;
};

// Writes the field logs of one organisation (visits, contacts with referrals and follow-ups,
// market tallies) into its org-<slug> database. Every write is durable when it returns and is
// checked first: no dates in the future, no negative counts, a real name only with consent,
// no follow-up on a deleted contact, no log for a person whose data was erased. Positions are
// stored at reduced precision only (a ~100 m grid cell, or the initiative's own position), and
// only from a fix good enough to say where.
class FieldLog
{
public:
    // The chips of the market stall, in the order they are shown (docs/DATA-MODEL.md, "tally");
    // the stored values. The UI only names them.
    [[nodiscard]] static const QStringList &tallyLanguages();
    [[nodiscard]] static const QStringList &tallyDoes();
    [[nodiscard]] static const QStringList &tallyNeeds();

    // A fix less accurate than this says too little about where a log was made.
    static constexpr double maxUsefulAccuracyMetres = 100;
    static constexpr double gridMetres = 100;

    // directory (may be null) gives initiatives' positions and checks referrals; today is the
    // device's local day (pinned by tests).
    FieldLog(DocumentDatabase &org, DocumentDatabase *directory, std::function<QDate()> today = {});

    // Each returns the new document's id.
    [[nodiscard]] Result<QString> logVisit(const VisitEntry &entry, std::optional<Fix> fix = {});
    [[nodiscard]] Result<QString> logContact(const ContactEntry &entry, std::optional<Fix> fix = {});
    [[nodiscard]] Result<QString> logTally(const TallyEntry &entry, std::optional<Fix> fix = {});
    // A tally as stored (its winning revision): NotFound once it was undone or deleted.
    [[nodiscard]] Result<TallyEntry> tally(const QString &id) const;
    // Replaces the chips of a tally just logged (the market screen: tap first, details after).
    [[nodiscard]] Result<QString> updateTally(const QString &id, const TallyEntry &entry);
    // Takes back a log made by mistake (the newest "Undo"): the document is deleted, and the
    // deletion syncs like any write.
    [[nodiscard]] StoreError undo(const QString &id);

    // A referral's outcome, learned later: "arrived" or "not-arrived" (or "made" again).
    [[nodiscard]] StoreError setReferralStatus(const QString &contactId, const QString &status);
    // Plans (or moves) a contact's follow-up; refused for a deleted contact.
    [[nodiscard]] StoreError setFollowUp(const QString &contactId, const QDate &date);
    [[nodiscard]] StoreError closeFollowUp(const QString &contactId);
    // Undo of a follow-up change: the contact's body as it was (from m_org.get before the
    // change) is written again as a new revision on top of the current one.
    [[nodiscard]] StoreError restoreContact(const QString &contactId, const QJsonObject &before);
    // Follow-ups due on or before `day` that are not done, oldest first.
    [[nodiscard]] Result<QList<FollowUp>> followUpsDue(const QDate &day);

    // The person withdrew consent: their real name is erased from every contact; the contacts
    // (and so the counts) stay. Returns how many contacts changed.
    [[nodiscard]] Result<int> withdrawConsent(const QString &person);

    // How many logs of a kind ("visit", "contact", "tally") are dated `day`.
    [[nodiscard]] Result<int> countOn(const QString &type, const QDate &day);

private:
    DocumentDatabase &m_org;
    DocumentDatabase *m_directory;
    std::function<QDate()> m_today;

    [[nodiscard]] StoreError checkDate(const QDate &date, const char *what) const;
    [[nodiscard]] StoreError checkNotErased(const QString &person);
    [[nodiscard]] std::optional<Geo::Point> initiativePosition(const QString &id) const;
    // Validates and writes; answers the document's id.
    [[nodiscard]] Result<QString> save(const QJsonObject &doc);
    // Applies a change to the winning revision of a live contact and saves it.
    [[nodiscard]] StoreError updateContact(const QString &id, const std::function<StoreError(QJsonObject &)> &change);
};
