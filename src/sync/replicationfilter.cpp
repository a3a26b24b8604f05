#include "replicationpeer.h"

#include <QJsonArray>
#include <QJsonDocument>

QByteArray ReplicationFilter::key() const
{
    QStringList ids = docIds;
    ids.sort();
    ids.removeDuplicates();
    // A QJsonObject keeps its keys sorted, so the same selector always gives the same text.
    return "doc_ids:" + QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)
         + "\nselector:" + QJsonDocument(selector).toJson(QJsonDocument::Compact);
}
