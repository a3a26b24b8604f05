#include "couchresponse.h"

#include <QJsonDocument>

QByteArray CouchResponse::bytes() const
{
    if (!contentType.isEmpty())
        return text;
    if (!text.isNull())
        return text + '\n';
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) + '\n';
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact) + '\n';
    // Scalars (e.g. GET _revs_limit): wrap and strip, as QJsonDocument holds only containers.
    const QByteArray wrapped = QJsonDocument(QJsonArray { body }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2) + '\n';
}
