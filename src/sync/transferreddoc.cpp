#include "replicationpeer.h"

#include <QJsonDocument>

QJsonObject TransferredDoc::toObject() const
{
    return json.isEmpty() ? object : QJsonDocument::fromJson(json).object();
}

qsizetype TransferredDoc::byteSize() const
{
    return json.isEmpty() ? toJson().size() : json.size();
}

QByteArray TransferredDoc::toJson() const
{
    return json.isEmpty() ? QJsonDocument(object).toJson(QJsonDocument::Compact) : json;
}
