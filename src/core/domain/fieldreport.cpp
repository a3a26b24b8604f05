#include "fieldreport.h"

#include "csv.h"
#include "domainindexer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {
using namespace FieldReport;

struct Counts
{
    qint64 values[MeasureCount] = {};
    void add(const Counts &other)
    {
        for (int m = 0; m < MeasureCount; ++m)
            values[m] += other.values[m];
    }
};

// What one log adds to the measures.
Counts countsOf(const DomainIndexer::LogFacts &facts)
{
    Counts c;
    const qint64 people = facts.count.toLongLong();
    if (facts.kind == 'v')
        c.values[Attendance] = people;
    else if (facts.kind == 'c')
        c.values[Contacts] = 1;
    else if (facts.kind == 't')
        c.values[Conversations] = 1;
    if (!facts.referralKind.isEmpty()) {
        c.values[ReferralsMade] = 1;
        c.values[ReferralsArrived] = facts.referralStatus == QByteArrayView("arrived") ? 1 : 0;
    }
    return c;
}

// Themes of an initiative from the directory's facts, read once per initiative.
class ThemeLookup
{
public:
    explicit ThemeLookup(DocumentDatabase *directory) : m_directory(directory) { }
    const QList<QByteArray> &themesOf(QByteArrayView initiative)
    {
        auto it = m_themes.find(QByteArray::fromRawData(initiative.data(), initiative.size()));
        if (it != m_themes.end())
            return *it;
        QList<QByteArray> themes;
        if (m_directory && !initiative.isEmpty()) {
            Result<QList<IndexRow>> rows = m_directory->indexRows(DomainIndexer::directoryFacts, QString::fromUtf8(initiative));
            if (rows.ok() && !rows.value().isEmpty()) {
                const QJsonObject facts = QJsonDocument::fromJson(rows.value().constFirst().value.toUtf8()).object();
                for (const QJsonValue &theme : facts.value(QLatin1String("themes")).toArray())
                    themes.append(theme.toString().toUtf8());
            }
        }
        return *m_themes.insert(initiative.toByteArray(), themes);
    }

private:
    DocumentDatabase *m_directory;
    QHash<QByteArray, QList<QByteArray>> m_themes;
};

class TableBuilder
{
public:
    // A group is copied only the first time it is seen; the lookup uses the scanned bytes.
    void add(QByteArrayView group, const Counts &counts)
    {
        if (group.isEmpty())
            return;
        auto it = m_groups.find(QByteArray::fromRawData(group.data(), group.size()));
        if (it == m_groups.end())
            m_groups.insert(group.toByteArray(), counts);
        else
            it->add(counts);
    }
    void addEach(QByteArrayView list, const Counts &counts)
    {
        qsizetype start = 0;
        while (start < list.size()) {
            qsizetype comma = list.indexOf(',', start);
            if (comma < 0)
                comma = list.size();
            add(list.sliced(start, comma - start), counts);
            start = comma + 1;
        }
    }
    Table build(const QString &name, const Counts &total, bool timeOrder, int minimumGroup) const
    {
        Table table;
        table.name = name;
        for (auto it = m_groups.begin(); it != m_groups.end(); ++it)
            table.rows.append(row(QString::fromUtf8(it.key()), it.value(), minimumGroup));
        // Periods in time order; other groups largest first (people counted in any column).
        const auto people = [](const Row &r) {
            qint64 sum = 0;
            for (int m = Attendance; m <= Conversations; ++m)
                sum += r.cells[m].value;
            return sum;
        };
        std::sort(table.rows.begin(), table.rows.end(), [timeOrder, people](const Row &a, const Row &b) {
            if (timeOrder || people(a) == people(b))
                return a.group < b.group;
            return people(a) > people(b);
        });
        table.total = row(QStringLiteral("total"), total, minimumGroup);
        suppressComplements(table);
        return table;
    }

private:
    QHash<QByteArray, Counts> m_groups;

    static Row row(const QString &group, const Counts &counts, int minimumGroup)
    {
        Row r;
        r.group = group;
        for (int m = 0; m < MeasureCount; ++m)
            r.cells[m] = { counts.values[m], counts.values[m] > 0 && counts.values[m] < minimumGroup };
        return r;
    }

    // With the total shown, one hidden cell in a column is the total minus the others: hide
    // the smallest other non-zero cell of that column too.
    static void suppressComplements(Table &table)
    {
        for (int m = 0; m < MeasureCount; ++m) {
            if (table.total.cells[m].suppressed)
                continue;
            int hidden = 0;
            Row *smallest = nullptr;
            for (Row &r : table.rows) {
                if (r.cells[m].suppressed)
                    ++hidden;
                else if (r.cells[m].value > 0 && (!smallest || r.cells[m].value < smallest->cells[m].value))
                    smallest = &r;
            }
            if (hidden == 1 && smallest)
                smallest->cells[m].suppressed = smallest->cells[m].complement = true;
        }
    }
};

QString shown(const Cell &cell, int minimumGroup)
{
    if (!cell.suppressed)
        return QString::number(cell.value);
    return cell.complement ? QStringLiteral("x") : QStringLiteral("<%1").arg(minimumGroup);
}

QString labelOf(const Labeller &label, const QString &table, const QString &group)
{
    return label ? label(table, group) : group;
}
}

QString FieldReport::measureName(int measure)
{
    static const char *const names[MeasureCount] = { "attendance", "contacts", "conversations", "referrals_made",
                                                     "referrals_arrived" };
    return measure >= 0 && measure < MeasureCount ? QString::fromLatin1(names[measure]) : QString();
}

QString FieldReport::periodOf(const QDate &day, Period period)
{
    if (period == Period::Month)
        return day.toString(QStringLiteral("yyyy-MM"));
    int weekYear = 0;
    const int week = day.weekNumber(&weekYear);
    return QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
}

Result<Report> FieldReport::compute(DocumentDatabase &org, DocumentDatabase *directory, const Options &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("give a range with from on or before to"));
    ThemeLookup themes(directory);
    TableBuilder periods, initiatives, languages, themeTable, does, needs;
    Counts total;
    Report report { options.from, options.to, options.minimumGroup, 0, {} };
    // Every period of the range is a row, an empty one as zeros: a quiet week is a figure too.
    for (QDate day = options.from; day <= options.to; day = day.addDays(1))
        periods.add(periodOf(day, options.period).toUtf8(), Counts {});
    QByteArray lastKey, lastPeriod;
    const StoreError scanned = org.scanIndexValues(
            DomainIndexer::fieldLogFacts, options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate),
            [&](QByteArrayView key, QByteArrayView value) {
                DomainIndexer::LogFacts facts;
                if (!DomainIndexer::readLogFacts(value, facts))
                    return;
                ++report.logs;
                const Counts counts = countsOf(facts);
                total.add(counts);
                if (key != lastKey) { // rows come in key (date) order: one period per day
                    lastKey = key.toByteArray();
                    lastPeriod = periodOf(QDate::fromString(QString::fromLatin1(key), Qt::ISODate), options.period).toUtf8();
                }
                periods.add(lastPeriod, counts);
                languages.add(facts.language, counts);
                does.addEach(facts.does, counts);
                needs.addEach(facts.needs, counts);
                // An initiative counts its visitors and the referrals to it; a theme the same,
                // not the contacts and conversations that led there.
                const QByteArrayView initiative = facts.kind == 'v' ? facts.initiative
                        : facts.referralKind == QByteArrayView("initiative") ? facts.referralTo : QByteArrayView();
                Counts reached = counts;
                reached.values[Contacts] = reached.values[Conversations] = 0;
                initiatives.add(initiative, reached);
                for (const QByteArray &theme : themes.themesOf(initiative))
                    themeTable.add(theme, reached);
            });
    if (!scanned.ok())
        return scanned;
    const int min = options.minimumGroup;
    report.tables = { periods.build(options.period == Period::Week ? QStringLiteral("week") : QStringLiteral("month"),
                                    total, true, min),
                      initiatives.build(QStringLiteral("initiative"), total, false, min),
                      languages.build(QStringLiteral("language"), total, false, min),
                      does.build(QStringLiteral("does"), total, false, min),
                      needs.build(QStringLiteral("needs"), total, false, min) };
    if (directory)
        report.tables.insert(2, themeTable.build(QStringLiteral("theme"), total, false, min));
    return report;
}

QByteArray FieldReport::toCsv(const Report &report, const Labeller &label)
{
    QStringList header { QStringLiteral("table"), QStringLiteral("group"), QStringLiteral("label") };
    for (int m = 0; m < MeasureCount; ++m)
        header.append(measureName(m));
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const auto line = [&](const QString &table, const Row &row, const QString &rowLabel) {
        QStringList fields { Csv::field(table), Csv::field(row.group), Csv::field(rowLabel) };
        for (int m = 0; m < MeasureCount; ++m)
            fields.append(shown(row.cells[m], report.minimumGroup));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const Table &table : report.tables) {
        for (const Row &row : table.rows)
            line(table.name, row, labelOf(label, table.name, row.group));
        line(table.name, table.total, QStringLiteral("total"));
    }
    return out.toUtf8();
}

QJsonObject FieldReport::toJson(const Report &report, const Labeller &label)
{
    const auto rowJson = [&](const Row &row, const QString &rowLabel) {
        QJsonObject values;
        for (int m = 0; m < MeasureCount; ++m)
            values.insert(measureName(m), row.cells[m].suppressed ? QJsonValue(shown(row.cells[m], report.minimumGroup))
                                                                   : QJsonValue(row.cells[m].value));
        return QJsonObject { { QStringLiteral("group"), row.group }, { QStringLiteral("label"), rowLabel },
                             { QStringLiteral("values"), values } };
    };
    QJsonArray tables;
    for (const Table &table : report.tables) {
        QJsonArray rows;
        for (const Row &row : table.rows)
            rows.append(rowJson(row, labelOf(label, table.name, row.group)));
        tables.append(QJsonObject { { QStringLiteral("name"), table.name },
                                    { QStringLiteral("rows"), rows },
                                    { QStringLiteral("total"), rowJson(table.total, QStringLiteral("total")) } });
    }
    return { { QStringLiteral("from"), report.from.toString(Qt::ISODate) },
             { QStringLiteral("to"), report.to.toString(Qt::ISODate) },
             { QStringLiteral("minimumGroup"), report.minimumGroup },
             { QStringLiteral("logs"), report.logs },
             { QStringLiteral("tables"), tables } };
}
