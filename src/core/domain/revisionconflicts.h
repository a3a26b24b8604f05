#pragma once

#include "documentdatabase.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>

// One field on which the versions of a conflicted document disagree: its value in each
// version (QJsonValue::Undefined where a version lacks it), in ConflictView::versions order.
struct FieldDifference
{
    QString field; // "themes", or one level deep: "address.street", "contact.phone"
    QList<QJsonValue> values;
};

// A document that two devices changed independently: the winner CouchDB's rules chose and
// every other live leaf, with the fields they disagree on.
struct ConflictView
{
    QString id;
    QStringList revs;           // versions[0] is the winner
    QList<QJsonObject> versions;
    QList<FieldDifference> differences;
    QStringList same; // the fields every version holds alike, so a reader sees what did not change

    [[nodiscard]] bool inConflict() const { return versions.size() > 1; }
};

// Lists and resolves conflicting revisions the way CouchDB resolution works: the chosen or
// merged body is written on top of the winner and every losing leaf is deleted, in one
// transaction; the deletions replicate, so every device ends with one version.
namespace RevisionConflicts {
[[nodiscard]] Result<ConflictView> of(DocumentDatabase &db, const QString &id);
// The documents of an initiative in conflict: the initiative itself, its activities and its
// translations (a translation conflicts only when one language was edited twice), for the
// detail page's "two versions" notice.
[[nodiscard]] Result<QStringList> conflictedOf(DocumentDatabase &db, const QString &initiativeId);
// A body taking each listed field from the version with that revision, the rest from the winner.
[[nodiscard]] QJsonObject merged(const ConflictView &view, const QHash<QString, QString> &revOfField);
// Writes `body` (its _id/_rev ignored) as the one version and deletes the losers. Conflict when
// the leaves are no longer those of `view` (look again); ValidationFailed as for any write.
[[nodiscard]] Result<QString> resolve(DocumentDatabase &db, const ConflictView &view, const QJsonObject &body);
// Keeps the version with this revision as it is.
[[nodiscard]] Result<QString> pick(DocumentDatabase &db, const ConflictView &view, const QString &rev);
}
