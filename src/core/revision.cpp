#include "revision.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {
constexpr int maxHashLength = 128;

bool isHashChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}
}

std::optional<Revision> Revision::parse(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash <= 0 || dash > 9 || dash + 1 >= text.size())
        return std::nullopt;
    const QStringView digits = text.left(dash);
    if (digits.front() == u'0')
        return std::nullopt;
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    }
    bool ok = false;
    const int pos = digits.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return fromParts(pos, text.mid(dash + 1));
}

std::optional<Revision> Revision::fromParts(int pos, QStringView hash)
{
    if (pos <= 0 || hash.isEmpty() || hash.size() > maxHashLength)
        return std::nullopt;
    for (QChar c : hash) {
        if (!isHashChar(c))
            return std::nullopt;
    }
    return Revision { pos, hash.toString() };
}

Revision Revision::next(const std::optional<Revision> &parent, bool deleted, const QJsonObject &body)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(parent ? parent->toString().toUtf8() : QByteArray());
    md5.addData(deleted ? QByteArrayView("\n1\n") : QByteArrayView("\n0\n"));
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    md5.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return Revision { parent ? parent->pos + 1 : 1, QString::fromLatin1(md5.result().toHex()) };
}

bool revisionWins(const Revision &a, bool aDeleted, const Revision &b, bool bDeleted)
{
    if (aDeleted != bDeleted)
        return !aDeleted;
    if (a.pos != b.pos)
        return a.pos > b.pos;
    return a.hash > b.hash;
}
