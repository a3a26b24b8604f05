#include "couchrequest.h"

#include "jsontext.h"

#include <QJsonDocument>

QByteArray CouchRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString CouchRequest::text(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool CouchRequest::flag(const QString &name) const
{
    return text(name) == QLatin1String("true");
}

qint64 CouchRequest::number(const QString &name, qint64 fallback) const
{
    bool ok = false;
    const qint64 value = text(name).toLongLong(&ok);
    return ok ? value : fallback;
}

QJsonValue CouchRequest::json(const QString &name) const
{
    const QString raw = text(name);
    Result<QJsonValue> parsed = JsonText::parse(raw.toUtf8());
    return parsed.ok() ? parsed.value() : QJsonValue(raw);
}

Result<QJsonObject> CouchRequest::bodyObject() const
{
    if (body.trimmed().isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("Request body is empty; a JSON object is expected."));
    return JsonText::parseObject(body);
}

Result<QJsonObject> CouchRequest::couchBodyObject() const
{
    Result<QJsonValue> parsed = JsonText::parse(body);
    if (!parsed.ok() || !parsed.value().isObject())
        return couchBodyError(body);
    return parsed.value().toObject();
}

StoreError CouchRequest::couchBodyError(const QByteArray &body)
{
    if (!JsonText::parse(body).ok())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("invalid UTF-8 JSON"));
    return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("Request body must be a JSON object"));
}
