#pragma once

#include <QJsonObject>
#include <QString>

// A Mango selector (CouchDB's _find and _changes?filter=_selector): field conditions with
// dotted paths, implicit $and, the combinators $and $or $nor $not and the operators $eq $ne
// $gt $gte $lt $lte $in $nin $exists $type $size $mod $regex $all $elemMatch $allMatch.
// Comparisons follow CouchDB's collation (null < false < true < numbers < strings < arrays <
// objects). As in CouchDB, arrays are not matched element by element implicitly, and every
// operator but $exists needs the field to be there.
class MangoSelector
{
public:
    // The selector, or why it is refused (the reason CouchDB gives, for a 400 bad_request).
    [[nodiscard]] static MangoSelector parse(const QJsonValue &selector, QString *error);
    [[nodiscard]] bool matches(const QJsonObject &doc) const;
    [[nodiscard]] const QJsonObject &json() const { return m_selector; }
    // The fields it names outside combinators other than $and, for choosing an index.
    [[nodiscard]] QStringList fields() const;
    // CouchDB's collation of JSON values: <0, 0, >0.
    [[nodiscard]] static int compare(const QJsonValue &a, const QJsonValue &b);
    // The value at a dotted path ("p.q"); present tells whether it is there.
    [[nodiscard]] static QJsonValue at(const QJsonValue &root, const QString &path, bool *present);

private:
    QJsonObject m_selector;
};
