#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A CouchDB revision id "N-hash": N is the edit depth (1 for a new doc), hash names the edit.
// Revisions this store makes have a 32-character lowercase hex hash (an MD5), the form CouchDB
// and PouchDB both order the same way. Revisions from peers are accepted when they are a
// positive depth and an alphanumeric hash, because CouchDB accepts those too.
struct Revision
{
    int pos = 0;
    QString hash;

    [[nodiscard]] static std::optional<Revision> parse(QStringView text);
    // The revision at depth pos with this hash, if both are valid; for "_revisions" entries.
    [[nodiscard]] static std::optional<Revision> fromParts(int pos, QStringView hash);
    [[nodiscard]] QString toString() const { return QString::number(pos) + u'-' + hash; }
    [[nodiscard]] bool isValid() const { return pos > 0 && !hash.isEmpty(); }

    // The deterministic next revision: the same body, deletion flag and parent always give the
    // same id, so a retried write produces the revision that already exists.
    [[nodiscard]] static Revision next(const std::optional<Revision> &parent, bool deleted,
                                       const QJsonObject &body);

    bool operator==(const Revision &other) const { return pos == other.pos && hash == other.hash; }
    bool operator!=(const Revision &other) const { return !(*this == other); }
};

// CouchDB's winner order for leaves: non-deleted beats deleted, then higher depth, then the
// higher hash (byte-wise). Returns true when a wins over b.
[[nodiscard]] bool revisionWins(const Revision &a, bool aDeleted, const Revision &b, bool bDeleted);
