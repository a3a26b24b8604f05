#include "reportcontroller.h"

#include "documentdatabase.h"
#include "fieldreport.h"
#include "rawlogexport.h"
#include "reportlabels.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

ReportController::ReportController(DocumentDatabase *directory, QObject *parent)
    : QObject(parent), m_directory(directory), m_clock([] { return QDateTime::currentDateTime(); }),
      m_series(new ReportSeriesModel(this, this))
{
}

void ReportController::setDatabase(DocumentDatabase *org)
{
    m_org = org;
    emit changed();
}

void ReportController::setRoles(const QStringList &roles)
{
    m_coordinator = roles.contains(QStringLiteral("coordinator"));
    emit changed();
}

QPair<QDate, QDate> ReportController::range(const QString &period) const
{
    const QDate today = m_clock().date();
    if (period == QLatin1String("month")) {
        const QDate first(today.year(), today.month(), 1);
        return { first.addMonths(-11), today };
    }
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return { monday.addDays(-7 * 11), today };
}

Result<FieldReport::Report> ReportController::compute(const QString &period) const
{
    if (!m_org)
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("no organisation"));
    const auto [from, to] = range(period);
    const FieldReport::Period kind = period == QLatin1String("month") ? FieldReport::Period::Month : FieldReport::Period::Week;
    return FieldReport::compute(*m_org, m_directory, { from, to, kind, 5 });
}

QVariantMap ReportController::report(const QString &period) const
{
    if (!m_org)
        return {};
    Result<FieldReport::Report> computed = compute(period);
    if (!computed.ok())
        return { { QStringLiteral("error"), computed.error().reason } };
    return FieldReport::toJson(computed.value(), ReportLabels::make(m_directory, m_language)).toVariantMap();
}

QVariantMap ReportController::exportCsv(const QString &period, bool raw)
{
    const auto failed = [this](const QString &why) {
        m_exportedPath.clear();
        m_exportedUrl.clear();
        m_exportError = why;
        emit exported();
        return QVariantMap { { QStringLiteral("error"), why } };
    };
    if (!m_org)
        return failed(tr("This device is not part of an organisation yet."));
    if (raw && !m_coordinator)
        return failed(tr("Only a coordinator can export the logs themselves."));
    const auto [from, to] = range(period);
    QByteArray bytes;
    if (raw) {
        Result<QByteArray> csv = RawLogExport::toCsv(*m_org, from, to);
        if (!csv.ok())
            return failed(csv.error().reason);
        bytes = csv.value();
    } else {
        Result<FieldReport::Report> computed = compute(period);
        if (!computed.ok())
            return failed(computed.error().reason);
        bytes = FieldReport::toCsv(computed.value(), ReportLabels::make(m_directory, m_language));
    }
    const QString folder = m_exportFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Buurtbrug")
            : m_exportFolder;
    if (!QDir().mkpath(folder))
        return failed(tr("Cannot write to %1.").arg(folder));
    const QString path = QStringLiteral("%1/%2-%3-%4_%5.csv")
                                 .arg(folder, m_org->name(), raw ? QStringLiteral("logs") : QStringLiteral("report"),
                                      from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed(tr("Cannot write to %1.").arg(path));
    m_exportedPath = QDir::toNativeSeparators(path);
    m_exportedUrl = QUrl::fromLocalFile(path);
    m_exportError.clear();
    emit exported();
    return { { QStringLiteral("path"), QDir::toNativeSeparators(path) },
             { QStringLiteral("url"), QUrl::fromLocalFile(path) },
             { QStringLiteral("folder"), QDir::toNativeSeparators(folder) } };
}
