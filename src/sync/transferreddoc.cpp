#include "replicationpeer.h"

#include <QJsonDocument>

QJsonObject TransferredDoc::toObject() const
{
    return json.isEmpty() ? object : QJsonDocument::fromJson(json).object();
}

qsizetype TransferredDoc::byteSize() const
{
    qsizetype bytes = json.isEmpty() ? toJson().size() : json.size();
    for (const auto &attachment : attachments)
        bytes += attachment.second.size();
    return bytes;
}

QByteArray TransferredDoc::toJson() const
{
    return json.isEmpty() ? QJsonDocument(object).toJson(QJsonDocument::Compact) : json;
}
