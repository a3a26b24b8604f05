#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>
#include <utility>

class DocumentDatabase;

// The live documents of some databases, read either straight from the store or from the JSON
// of `buurtbrug-admin export`, with the questions the UI tests ask of what is stored: how many
// tallies today, which chips a conversation has, who is due a follow-up, which places a card
// has a stamp for. The answers are worked out here from the documents (docs/DATA-MODEL.md),
// not by the app's own code, so a test compares the screen with an independent reading.
class StoredSnapshot
{
public:
    [[nodiscard]] static StoredSnapshot fromDatabases(const QList<std::pair<QString, DocumentDatabase *>> &databases);
    // {"format": ..., "databases": {name: [docs, deleted leaves included]}}
    [[nodiscard]] static StoredSnapshot fromExport(const QJsonObject &exported);
    [[nodiscard]] static QJsonObject withoutRev(QJsonObject doc);

    [[nodiscard]] std::optional<QJsonObject> doc(const QString &db, const QString &id) const;
    [[nodiscard]] QSet<QString> idsOfType(const QString &db, const QString &type) const;
    [[nodiscard]] int countOn(const QString &db, const QString &type, const QString &date) const { return countBetween(db, type, date, date); }
    // Documents of this type dated from `from` to `to`, both included.
    [[nodiscard]] int countBetween(const QString &db, const QString &type, const QString &from, const QString &to) const;
    // A tally's chips as "language:ar", "does:chat", "needs:work", sorted; {} when not stored.
    [[nodiscard]] QStringList tallyChips(const QString &db, const QString &id) const;
    // People counted at each initiative on that day (the sum of its visits' counts).
    [[nodiscard]] QHash<QString, int> visitsOn(const QString &db, const QString &date) const;
    // The people due a follow-up by that day, "→" added where a referral was made; sorted.
    [[nodiscard]] QStringList followUpsDue(const QString &db, const QString &date) const;
    // The contact due a follow-up by that day for this person ("" when there is none).
    [[nodiscard]] QString dueFollowUpOf(const QString &db, const QString &person, const QString &date) const;
    // How many of these places have a verified stamp on the card.
    [[nodiscard]] int placesStamped(const QString &db, const QString &code, const QStringList &places) const;
    // "" when both hold the same documents (revisions included), else the first difference.
    [[nodiscard]] QString differenceFrom(const StoredSnapshot &other) const;

private:
    QHash<QString, QHash<QString, QJsonObject>> m_docs; // database → id → document
    [[nodiscard]] bool dueBy(const QJsonObject &doc, const QString &date) const;
};
