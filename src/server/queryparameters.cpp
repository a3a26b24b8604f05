#include "queryparameters.h"

#include "jsontext.h"

bool QueryParameters::boolean(const QString &name, bool fallback)
{
    if (!m_request.has(name))
        return fallback;
    const QString value = m_request.text(name);
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    fail(CouchResponse::error(400, QStringLiteral("query_parse_error"), QStringLiteral("Invalid boolean parameter: \"%1\"").arg(value)));
    return fallback;
}

qint64 QueryParameters::integer(const QString &name, qint64 fallback, bool positive)
{
    if (!m_request.has(name))
        return fallback;
    const QString value = m_request.text(name);
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok) {
        fail(CouchResponse::error(400, QStringLiteral("query_parse_error"), QStringLiteral("Invalid value for integer: \"%1\"").arg(value)));
        return fallback;
    }
    if (positive && number < 0) {
        fail(CouchResponse::error(400, QStringLiteral("query_parse_error"), QStringLiteral("Invalid value for positive integer: \"%1\"").arg(value)));
        return fallback;
    }
    return number;
}

QJsonValue QueryParameters::json(const QString &name)
{
    if (!m_request.has(name))
        return QJsonValue();
    Result<QJsonValue> parsed = JsonText::parse(m_request.text(name).toUtf8());
    if (!parsed.ok()) {
        fail(CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("invalid UTF-8 JSON")));
        return QJsonValue();
    }
    return parsed.value();
}
