#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class ReportController;

// One measure of the report over time, as the Reports page shows it in the line chart and in
// the table beside it: one row per week or month of the range, the empty ones as zeros, in time
// order, each with a readable label ("week 37", "sep 2026"), the Monday or month it means, the
// number or the mark of a hidden small group, and the sentence a screen reader speaks. The
// chart and the table read the same rows, so they always agree.
class ReportSeriesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the ReportController")
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY periodChanged)
    Q_PROPERTY(QString measure READ measure WRITE setMeasure NOTIFY measureChanged)
    // [{label, tick, value, suppressed}] in time order for the chart: tick is the short axis
    // label ("37", "sep"); value is 0 when hidden.
    Q_PROPERTY(QVariantList points READ points NOTIFY pointsChanged)
    Q_PROPERTY(int count READ count NOTIFY pointsChanged)
    Q_PROPERTY(bool anySuppressed READ anySuppressed NOTIFY pointsChanged)
    // "Week" or "Month", translated: the title of the time axis and the table's first column.
    Q_PROPERTY(QString periodHeading READ periodHeading NOTIFY periodChanged)

public:
    enum Role {
        GroupRole = Qt::UserRole + 1, // "2026-W37", "2026-09"
        LabelRole,                    // "week 37", "sep 2026"
        DetailRole,                   // the Monday of the week, "7 sep"; empty for a month
        CountRole,                    // the number; 0 when suppressed
        SuppressedRole,               // a small group: the number is not shown
        ShownRole,                    // the number as text, or "<5" / "x"
        AccessibleTextRole,           // "week 37, 7 sep: 12"
    };
    Q_ENUM(Role)

    struct Point
    {
        QString group;
        QString label;
        QString detail;
        QString tick;
        qint64 count = 0;
        bool suppressed = false;
        QString shown;
    };

    explicit ReportSeriesModel(ReportController *reports, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString period() const { return m_period; }
    void setPeriod(const QString &period);
    [[nodiscard]] QString measure() const { return m_measure; }
    void setMeasure(const QString &measure);
    [[nodiscard]] int count() const { return int(m_points.size()); }
    [[nodiscard]] QVariantList points() const;
    [[nodiscard]] bool anySuppressed() const;
    [[nodiscard]] QString periodHeading() const;

    // The readable label of a period code: "2026-W37" → "week 37", "2026-09" → "sep 2026".
    [[nodiscard]] static QString labelOf(const QString &group);
    // The first day of a period code: the Monday of an ISO week, the first of a month.
    [[nodiscard]] static QDate firstDayOf(const QString &group);

    // Reads the figures again (after a write, a sync, a change of language or of the clock).
    Q_INVOKABLE void reload();

signals:
    void periodChanged();
    void measureChanged();
    void pointsChanged();

private:
    ReportController *m_reports;
    QString m_period = QStringLiteral("week");
    QString m_measure = QStringLiteral("conversations");
    QList<Point> m_points;
};
