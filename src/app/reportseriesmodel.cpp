#include "reportseriesmodel.h"

#include "fieldreport.h"
#include "reportcontroller.h"

#include <QLocale>

#include <algorithm>

ReportSeriesModel::ReportSeriesModel(ReportController *reports, QObject *parent)
    : QAbstractListModel(parent), m_reports(reports)
{
}

int ReportSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant ReportSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &p = m_points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return p.label;
    case GroupRole:
        return p.group;
    case DetailRole:
        return p.detail;
    case CountRole:
        return p.count;
    case SuppressedRole:
        return p.suppressed;
    case ShownRole:
        return p.shown;
    case AccessibleTextRole: {
        const QString when = p.detail.isEmpty() ? p.label : tr("%1, %2").arg(p.label, p.detail);
        if (!p.suppressed)
            return tr("%1: %2").arg(when, p.shown);
        return p.shown == QLatin1String("x") ? tr("%1: hidden").arg(when) : tr("%1: fewer than 5").arg(when);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ReportSeriesModel::roleNames() const
{
    return { { GroupRole, "group" },         { LabelRole, "label" },   { DetailRole, "detail" },
             { CountRole, "count" },         { SuppressedRole, "suppressed" }, { ShownRole, "shown" },
             { AccessibleTextRole, "accessibleText" } };
}

void ReportSeriesModel::setPeriod(const QString &period)
{
    if (period == m_period)
        return;
    m_period = period;
    emit periodChanged();
    reload();
}

void ReportSeriesModel::setMeasure(const QString &measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    emit measureChanged();
    reload();
}

QVariantList ReportSeriesModel::points() const
{
    QVariantList out;
    for (const Point &p : m_points)
        out.append(QVariantMap { { QStringLiteral("label"), p.label },
                                 { QStringLiteral("tick"), p.tick },
                                 { QStringLiteral("value"), p.count },
                                 { QStringLiteral("suppressed"), p.suppressed } });
    return out;
}

bool ReportSeriesModel::anySuppressed() const
{
    return std::any_of(m_points.begin(), m_points.end(), [](const Point &p) { return p.suppressed; });
}

QString ReportSeriesModel::periodHeading() const
{
    return m_period == QLatin1String("month") ? tr("Month") : tr("Week");
}

QDate ReportSeriesModel::firstDayOf(const QString &group)
{
    const int w = group.indexOf(QLatin1String("-W"));
    if (w > 0) {
        const int year = group.left(w).toInt();
        const int week = group.mid(w + 2).toInt();
        // 4 January is always in ISO week 1.
        const QDate jan4(year, 1, 4);
        return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    }
    return QDate::fromString(group + QStringLiteral("-01"), Qt::ISODate);
}

QString ReportSeriesModel::labelOf(const QString &group)
{
    const QDate first = firstDayOf(group);
    if (!first.isValid())
        return group;
    const QLocale locale;
    if (group.contains(QLatin1String("-W")))
        return tr("week %1").arg(locale.toString(group.mid(group.indexOf(QLatin1String("-W")) + 2).toInt()));
    return locale.toString(first, QStringLiteral("MMM yyyy"));
}

void ReportSeriesModel::reload()
{
    QList<Point> points;
    const Result<FieldReport::Report> computed = m_reports->compute(m_period);
    if (computed.ok()) {
        const FieldReport::Report &report = computed.value();
        int measure = -1;
        for (int m = 0; m < FieldReport::MeasureCount; ++m)
            if (FieldReport::measureName(m) == m_measure)
                measure = m;
        const QString timeTable = m_period == QLatin1String("month") ? QStringLiteral("month") : QStringLiteral("week");
        const QLocale locale;
        for (const FieldReport::Table &table : report.tables) {
            if (table.name != timeTable || measure < 0)
                continue;
            for (const FieldReport::Row &row : table.rows) {
                const FieldReport::Cell &cell = row.cells[measure];
                Point p;
                p.group = row.group;
                p.label = labelOf(row.group);
                if (timeTable == QLatin1String("week")) {
                    p.detail = locale.toString(firstDayOf(row.group), QStringLiteral("d MMM"));
                    p.tick = locale.toString(firstDayOf(row.group).weekNumber());
                } else {
                    p.tick = locale.toString(firstDayOf(row.group), QStringLiteral("MMM"));
                }
                p.suppressed = cell.suppressed;
                p.count = cell.suppressed ? 0 : cell.value;
                p.shown = !cell.suppressed ? locale.toString(cell.value)
                        : cell.complement  ? QStringLiteral("x")
                                           : QStringLiteral("<%1").arg(report.minimumGroup);
                points.append(p);
            }
        }
    }
    const bool sameRows = points.size() == m_points.size()
            && std::equal(points.begin(), points.end(), m_points.begin(),
                          [](const Point &a, const Point &b) { return a.group == b.group; });
    if (sameRows) {
        m_points = points;
        if (!m_points.isEmpty())
            emit dataChanged(index(0), index(int(m_points.size()) - 1));
    } else {
        beginResetModel();
        m_points = points;
        endResetModel();
    }
    emit pointsChanged();
}
