#pragma once

#include "documenttypes.h"

// The secondary indexes of Buurtbrug documents (docs/DATA-MODEL.md, "Secondary indexes"):
// by-type, by-initiative, by-date and by-card keys (not for field logs, which have their own
// below); the directory's list values (names,
// facts, schedules) so a list of 10 000 initiatives is read without parsing documents; and
// the folded search text of initiatives and translations. Given to DatabaseFolder, so all
// of it is written in the same transaction as the document.
namespace DomainIndexer {
inline const QString byType = QStringLiteral("by-type");
inline const QString byInitiative = QStringLiteral("by-initiative");
inline const QString byDate = QStringLiteral("by-date");
inline const QString byCard = QStringLiteral("by-card");
// key: initiative id; value: "language \t status \t name \t summary" of one translation
inline const QString directoryNames = QStringLiteral("directory-names");
// key: initiative id; value: the initiative's facts as compact JSON
inline const QString directoryFacts = QStringLiteral("directory-facts");
// key: initiative id; value: {"slug", "schedule"} of one activity as compact JSON
inline const QString directorySchedules = QStringLiteral("directory-schedules");

// key: a person's pseudonymous code (contact.person, visit.participant): consent and erasure
inline const QString byPerson = QStringLiteral("by-person");
// key: the type of a visit or contact erased on request (PersonErasure)
inline const QString erasedLogs = QStringLiteral("erased-logs");
// key: follow-up date of a contact whose follow-up is not done yet
inline const QString followUps = QStringLiteral("follow-ups");
// key: date of a visit, contact or tally; value: the facts a report counts (FieldLogFacts)
inline const QString fieldLogFacts = QStringLiteral("fieldlog-facts");

// One directory-names value, read without copying (views into the value).
struct NameValue
{
    QStringView language;
    QStringView status;
    QStringView name;
    QStringView summary;
};
// false when the value is not a directory-names value.
[[nodiscard]] bool readName(QStringView value, NameValue &out);

// One fieldlog-facts value, read from its UTF-8 bytes without copying (a report reads
// 200 000 of them). Lists (does, needs) are joined by ','.
struct LogFacts
{
    char kind; // 'v' visit, 'c' contact, 't' tally
    QByteArrayView count; // people: a visit's count, 1 for a contact or a conversation
    QByteArrayView initiative;
    QByteArrayView language;
    QByteArrayView referralKind;
    QByteArrayView referralTo;
    QByteArrayView referralStatus;
    QByteArrayView does;
    QByteArrayView needs;
};
[[nodiscard]] bool readLogFacts(QByteArrayView value, LogFacts &out);

// The referral of a field log, as reports count it: a contact's referral object, or a tally's
// referral text (an initiative id, or anything else as a formal referral that was made).
struct Referral
{
    QString kind; // "initiative", "formal" or empty (none)
    QString to;
    QString status;
};
[[nodiscard]] Referral referralOf(const QJsonObject &log);

[[nodiscard]] DocumentIndexes derive(const QString &id, const QJsonObject &body);
[[nodiscard]] Indexer indexer();
}
