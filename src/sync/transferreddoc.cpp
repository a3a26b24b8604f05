#include "replicationpeer.h"

#include <QJsonDocument>

QJsonObject TransferredDoc::toObject() const
{
    return json.isEmpty() ? object : QJsonDocument::fromJson(json).object();
}

QByteArray TransferredDoc::toJson() const
{
    return json.isEmpty() ? QJsonDocument(object).toJson(QJsonDocument::Compact) : json;
}
