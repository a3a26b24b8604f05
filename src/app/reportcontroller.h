#pragma once

#include "fieldreport.h"
#include "reportseriesmodel.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class DocumentDatabase;

// What the Reports page talks to: the organisation's figures over the last 12 weeks or months
// (FieldReport, small groups hidden), with initiative and language names in the reader's
// language, and the CSV files a coordinator hands to a funder: the same bytes as
// `buurtbrug-admin report --csv` for the same range, written to the Documents folder.
class ReportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the AppController")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    // Raw logs (without person data) are for coordinators only.
    Q_PROPERTY(bool rawExportAllowed READ rawExportAllowed NOTIFY changed)
    // The chosen measure over time, for the line chart and the table of the same numbers.
    Q_PROPERTY(ReportSeriesModel *series READ series CONSTANT)
    // The last export: where the file went (empty before one or after a failure), its file URL
    // for "Open", and the translated reason when it failed.
    Q_PROPERTY(QString exportedPath READ exportedPath NOTIFY exported)
    Q_PROPERTY(QUrl exportedUrl READ exportedUrl NOTIFY exported)
    Q_PROPERTY(QString exportError READ exportError NOTIFY exported)

public:
    explicit ReportController(DocumentDatabase *directory, QObject *parent = nullptr);

    void setDatabase(DocumentDatabase *org);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setLanguage(const QString &language) { m_language = language; }
    void setRoles(const QStringList &roles);
    // Where exports go (default: Documents/Buurtbrug).
    void setExportFolder(const QString &folder) { m_exportFolder = folder; }

    [[nodiscard]] bool available() const { return m_org != nullptr; }
    [[nodiscard]] bool rawExportAllowed() const { return m_org && m_coordinator; }

    // period "week" (the last 12 weeks) or "month" (the last 12 months): FieldReport::toJson
    // as a map: {from, to, logs, minimumGroup, tables: [{name, rows: [{group, label, values}],
    // total}]}; a hidden value is the string "<5" or "x".
    Q_INVOKABLE QVariantMap report(const QString &period) const;
    // The report of a period choice ("week" or "month"), as report() and the series read it.
    [[nodiscard]] Result<FieldReport::Report> compute(const QString &period) const;
    [[nodiscard]] ReportSeriesModel *series() const { return m_series; }
    // Writes the report (raw: the logs) as CSV; returns {path, url, folder} or {error}.
    Q_INVOKABLE QVariantMap exportCsv(const QString &period, bool raw);
    [[nodiscard]] QString exportedPath() const { return m_exportedPath; }
    [[nodiscard]] QUrl exportedUrl() const { return m_exportedUrl; }
    [[nodiscard]] QString exportError() const { return m_exportError; }
    // The first and last day of a period choice, for file names and headings.
    [[nodiscard]] QPair<QDate, QDate> range(const QString &period) const;

signals:
    void changed();
    void exported();

private:
    DocumentDatabase *m_directory;
    DocumentDatabase *m_org = nullptr;
    std::function<QDateTime()> m_clock;
    QString m_language = QStringLiteral("nl");
    QString m_exportFolder;
    bool m_coordinator = false;
    ReportSeriesModel *m_series;
    QString m_exportedPath;
    QUrl m_exportedUrl;
    QString m_exportError;
};
