#include "fieldlogcommands.h"
#include "databasenames.h"

#include "databasefolder.h"
#include "domainindexer.h"
#include "fieldlog.h"
#include "personerasure.h"
#include "rawlogexport.h"
#include "reportlabels.h"

#include <QJsonArray>

namespace {
using Code = StoreError::Code;

// The organisation's database: the one named, or the folder's only org-* database.
Result<DocumentDatabase *> organisationDatabase(DatabaseFolder &folder, const QString &slug)
{
    if (!slug.isEmpty()) {
        const QString name = DatabaseNames::organisation(slug);
        if (!folder.databaseNames().contains(name))
            return StoreError::make(Code::NotFound, QStringLiteral("there is no organisation %1 in this folder").arg(slug));
        return folder.database(name);
    }
    QStringList orgs;
    QStringList slugs;
    for (const QString &name : folder.databaseNames()) {
        if (DatabaseNames::isOrganisation(name)) {
            orgs.append(name);
            slugs.append(DatabaseNames::slugOf(name));
        }
    }
    if (orgs.size() != 1)
        return StoreError::make(Code::BadRequest, orgs.isEmpty() ? QStringLiteral("this folder has no organisation")
                                                                 : QStringLiteral("choose one with --org: %1").arg(slugs.join(QStringLiteral(", "))));
    return folder.database(orgs.first());
}

struct Opened
{
    std::unique_ptr<DatabaseFolder> folder;
    DocumentDatabase *org = nullptr;
    DocumentDatabase *directory = nullptr;
};

Result<Opened> open(const QString &data, const QString &slug, bool writable)
{
    Opened opened { std::make_unique<DatabaseFolder>(DomainIndexer::indexer()), nullptr, nullptr };
    if (StoreError error = opened.folder->open(data, false, writable ? SqliteConnection::Mode::ReadWrite
                                                                     : SqliteConnection::Mode::ReadOnly);
        !error.ok())
        return error;
    Result<DocumentDatabase *> org = organisationDatabase(*opened.folder, slug);
    if (!org.ok())
        return org.error();
    opened.org = org.value();
    Result<DocumentDatabase *> directory = opened.folder->database(QStringLiteral("directory"));
    opened.directory = directory.ok() ? directory.value() : nullptr;
    return opened;
}

// The report of a request, with the folder it was read from (for the labels).
struct Computed
{
    Opened opened;
    FieldReport::Report report;
    FieldReport::Labeller labels;
};

Result<Computed> compute(const FieldLogCommands::ReportRequest &request)
{
    Result<Opened> opened = open(request.data, request.organisation, false);
    if (!opened.ok())
        return opened.error();
    Result<FieldReport::Report> report = FieldReport::compute(*opened.value().org, opened.value().directory,
                                                              { request.from, request.to, request.period, 5 });
    if (!report.ok())
        return report.error();
    FieldReport::Labeller labels = ReportLabels::make(opened.value().directory, request.language);
    return Computed { std::move(opened).value(), std::move(report).value(), std::move(labels) };
}
}

Result<QByteArray> FieldLogCommands::reportCsv(const ReportRequest &request)
{
    Result<Computed> computed = compute(request);
    if (!computed.ok())
        return computed.error();
    return FieldReport::toCsv(computed.value().report, computed.value().labels);
}

Result<QJsonObject> FieldLogCommands::reportJson(const ReportRequest &request)
{
    Result<Computed> computed = compute(request);
    if (!computed.ok())
        return computed.error();
    QJsonObject json = FieldReport::toJson(computed.value().report, computed.value().labels);
    json.insert(QStringLiteral("organisation"), computed.value().opened.org->name().mid(4));
    return json;
}

Result<QByteArray> FieldLogCommands::reportText(const ReportRequest &request)
{
    Result<QJsonObject> json = reportJson(request);
    if (!json.ok())
        return json.error();
    QString out = QStringLiteral("%1 to %2, %3 logs; groups under %4 people are shown as <%4, and x hides a cell that would give one away\n")
                          .arg(json.value().value("from").toString(), json.value().value("to").toString())
                          .arg(json.value().value("logs").toInteger())
                          .arg(json.value().value("minimumGroup").toInt());
    for (const QJsonValue &tableValue : json.value().value("tables").toArray()) {
        const QJsonObject table = tableValue.toObject();
        out += QStringLiteral("\n%1\n").arg(table.value("name").toString());
        QStringList header { QString() };
        for (int m = 0; m < FieldReport::MeasureCount; ++m)
            header.append(FieldReport::measureName(m));
        QList<QStringList> lines { header };
        QJsonArray rows = table.value("rows").toArray();
        rows.append(table.value("total"));
        for (const QJsonValue &rowValue : rows) {
            const QJsonObject row = rowValue.toObject();
            QStringList line { row.value("label").toString().left(40) };
            for (int m = 0; m < FieldReport::MeasureCount; ++m) {
                const QJsonValue v = row.value("values").toObject().value(FieldReport::measureName(m));
                line.append(v.isString() ? v.toString() : QString::number(v.toInteger()));
            }
            lines.append(line);
        }
        for (const QStringList &line : lines) {
            out += line.first().leftJustified(42);
            for (qsizetype i = 1; i < line.size(); ++i)
                out += line.at(i).rightJustified(header.at(i).size() + 2);
            out += u'\n';
        }
    }
    return out.toUtf8();
}

Result<QByteArray> FieldLogCommands::rawLogsCsv(const ReportRequest &request)
{
    Result<Opened> opened = open(request.data, request.organisation, false);
    if (!opened.ok())
        return opened.error();
    return RawLogExport::toCsv(*opened.value().org, request.from, request.to);
}

Result<QJsonObject> FieldLogCommands::erasePerson(const QString &data, const QString &organisation, const QString &code)
{
    Result<Opened> opened = open(data, organisation, true);
    if (!opened.ok())
        return opened.error();
    DocumentDatabase &org = *opened.value().org;
    Result<PersonErasure::Summary> summary = PersonErasure::erase(org, code, QDate::currentDate());
    if (!summary.ok())
        return summary.error();
    // Nothing of the old revisions may stay in free pages of the file; a running server holding
    // the file only delays this until the next erase or compaction.
    const StoreError compacted = org.compact();
    return QJsonObject { { QStringLiteral("ok"), true },
                         { QStringLiteral("organisation"), org.name().mid(4) },
                         { QStringLiteral("documents"), summary.value().documents },
                         { QStringLiteral("conflictsRemoved"), summary.value().conflictsRemoved },
                         { QStringLiteral("compacted"), compacted.ok() } };
}

Result<QJsonObject> FieldLogCommands::withdrawConsent(const QString &data, const QString &organisation, const QString &code)
{
    Result<Opened> opened = open(data, organisation, true);
    if (!opened.ok())
        return opened.error();
    DocumentDatabase &org = *opened.value().org;
    Result<int> changed = FieldLog(org, opened.value().directory).withdrawConsent(code);
    if (!changed.ok())
        return changed.error();
    return QJsonObject { { QStringLiteral("ok"), true },
                         { QStringLiteral("organisation"), org.name().mid(4) },
                         { QStringLiteral("contacts"), changed.value() } };
}
