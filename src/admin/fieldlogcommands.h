#pragma once

#include "fieldreport.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>

// buurtbrug-admin's commands on an organisation's field logs: the report funders ask for (the
// same tables and CSV as the app's Reports page), the raw logs without person data, and a
// person's erasure or withdrawn consent.
namespace FieldLogCommands {

struct ReportRequest
{
    QString data;
    QString organisation; // slug; empty: the folder's only organisation
    QDate from;
    QDate to;
    FieldReport::Period period = FieldReport::Period::Week;
    QString language = QStringLiteral("nl"); // for initiative names
};

// The CSV, or the report as JSON.
[[nodiscard]] Result<QByteArray> reportCsv(const ReportRequest &request);
[[nodiscard]] Result<QJsonObject> reportJson(const ReportRequest &request);
// The same tables aligned for a terminal.
[[nodiscard]] Result<QByteArray> reportText(const ReportRequest &request);
[[nodiscard]] Result<QByteArray> rawLogsCsv(const ReportRequest &request);
// {"ok", "organisation", "documents", "conflictsRemoved"}
[[nodiscard]] Result<QJsonObject> erasePerson(const QString &data, const QString &organisation, const QString &code);
// {"ok", "organisation", "contacts"}
[[nodiscard]] Result<QJsonObject> withdrawConsent(const QString &data, const QString &organisation, const QString &code);
}
