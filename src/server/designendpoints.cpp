#include "designendpoints.h"

#include "documentdatabase.h"

bool DesignEndpoints::handles(const CouchRequest &request)
{
    return request.segments.size() >= 4 && request.segments.at(1) == QLatin1String("_design") && request.segments.at(3).startsWith(u'_');
}

CouchResponse DesignEndpoints::handle(const CouchRequest &request, DocumentDatabase &db)
{
    const Result<QJsonObject> design = db.get(QStringLiteral("_design/") + request.segments.at(2));
    if (!design.ok())
        return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("missing"));
    const QString what = request.segments.at(3);
    if (what == QLatin1String("_view")) {
        if (request.segments.size() < 5 || !design.value().value(QLatin1String("views")).toObject().contains(request.segments.at(4)))
            return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("missing_named_view"));
        return CouchResponse::error(501, QStringLiteral("not_implemented"),
                                    QStringLiteral("Map/reduce views are not run by this server (it runs no JavaScript); use _find, _all_docs or _changes?filter=_selector."));
    }
    return CouchResponse::error(501, QStringLiteral("not_implemented"),
                                QStringLiteral("%1 of design documents is not offered by this server (it runs no JavaScript).").arg(what));
}

bool DesignEndpoints::holdsValidation(const QString &id, const QByteArray &text)
{
    return id.startsWith(QLatin1String("_design/")) && text.contains("\"validate_doc_update\"");
}

QString DesignEndpoints::validationRefusal()
{
    return QStringLiteral("validate_doc_update is not run by this server (it runs no JavaScript); a design document with one is refused.");
}
