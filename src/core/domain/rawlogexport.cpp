#include "rawlogexport.h"

#include "csv.h"
#include "domainindexer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
const QStringList columns { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("date"),
                            QStringLiteral("initiative"), QStringLiteral("activity"), QStringLiteral("count"),
                            QStringLiteral("channel"), QStringLiteral("language"), QStringLiteral("does"),
                            QStringLiteral("needs"), QStringLiteral("referral_kind"), QStringLiteral("referral_to"),
                            QStringLiteral("referral_status"), QStringLiteral("place_lat"), QStringLiteral("place_lon"),
                            QStringLiteral("place_precision") };

QString text(const QJsonObject &doc, const char *name)
{
    return doc.value(QLatin1String(name)).toString();
}

QString list(const QJsonObject &doc, const char *name)
{
    QStringList items;
    for (const QJsonValue &item : doc.value(QLatin1String(name)).toArray())
        items.append(item.toString());
    return items.join(QLatin1Char(';'));
}

QStringList rowOf(const QJsonObject &doc)
{
    const QString type = text(doc, "type");
    const bool contact = type == QLatin1String("contact");
    const DomainIndexer::Referral referral = DomainIndexer::referralOf(doc);
    const QJsonObject place = contact ? QJsonObject() : doc.value(QLatin1String("place")).toObject();
    const auto number = [](const QJsonValue &v) { return v.isDouble() ? QString::number(v.toDouble(), 'f', 6) : QString(); };
    return { doc.value(QLatin1String("_id")).toString(), type, text(doc, "date"), text(doc, "initiative"),
             text(doc, "activity"),
             doc.contains(QLatin1String("count")) ? QString::number(doc.value(QLatin1String("count")).toInteger()) : QString(),
             text(doc, "channel"), text(doc, "language"), contact ? QString() : list(doc, "does"),
             contact ? QString() : list(doc, "needs"), referral.kind, referral.to, referral.status,
             number(place.value(QLatin1String("lat"))), number(place.value(QLatin1String("lon"))), text(place, "precision") };
}
}

QString RawLogExport::header()
{
    return columns.join(QLatin1Char(','));
}

Result<QByteArray> RawLogExport::toCsv(DocumentDatabase &org, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("give a range with from on or before to"));
    Result<QStringList> ids = org.queryIndex(DomainIndexer::fieldLogFacts, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!ids.ok())
        return ids.error();
    QString out = header() + QStringLiteral("\r\n");
    DocumentDatabase::ReadScope scope(org);
    for (const QString &id : ids.value()) {
        Result<QJsonObject> doc = org.get(id);
        if (!doc.ok())
            continue; // deleted since the index was read
        const QString type = text(doc.value(), "type");
        if (type != QLatin1String("visit") && type != QLatin1String("contact") && type != QLatin1String("tally"))
            continue;
        QStringList fields;
        for (const QString &value : rowOf(doc.value()))
            fields.append(Csv::field(value));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
