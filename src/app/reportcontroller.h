#pragma once

#include <QDateTime>
#include <QObject>
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
    // Writes the report (raw: the logs) as CSV; returns {path} or {error}.
    Q_INVOKABLE QVariantMap exportCsv(const QString &period, bool raw) const;
    // The first and last day of a period choice, for file names and headings.
    [[nodiscard]] QPair<QDate, QDate> range(const QString &period) const;

signals:
    void changed();

private:
    DocumentDatabase *m_directory;
    DocumentDatabase *m_org = nullptr;
    std::function<QDateTime()> m_clock;
    QString m_language = QStringLiteral("nl");
    QString m_exportFolder;
    bool m_coordinator = false;
};
