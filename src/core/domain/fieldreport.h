#pragma once

#include "documentdatabase.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>

#include <functional>

// The figures funders ask for, counted from an organisation's field logs over a date range:
// per week or month, per initiative, language, theme, what residents do and need, and the
// referrals made and arrived. Every count is of people (a visit counts its attendance, a
// contact or a market conversation one person), and no group smaller than minimumGroup is
// shown (small-cell suppression, with a second cell hidden where one could be worked out
// from the total). Read from the fieldlog-facts index: no document is parsed.
namespace FieldReport {

enum class Period { Week, Month };

// The columns of every table, in this order.
enum Measure { Attendance, Contacts, Conversations, ReferralsMade, ReferralsArrived, MeasureCount };
[[nodiscard]] QString measureName(int measure); // "attendance", "contacts", ... (CSV headers)

struct Options
{
    QDate from;
    QDate to;
    Period period = Period::Week;
    int minimumGroup = 5;
};

struct Cell
{
    qint64 value = 0;
    bool suppressed = false; // value is not to be shown
    bool complement = false; // suppressed only because the small group next to it could be worked out
};

struct Row
{
    QString group; // "2026-W48", "2026-11", an initiative id, a language code, a theme, a chip code
    Cell cells[MeasureCount];
};

struct Table
{
    QString name; // "week" | "month", "initiative", "language", "theme", "does", "needs"
    QList<Row> rows; // every period of the range in time order (empty ones as zeros); other tables largest first
    Row total;       // every log of the range once, whatever its groups
};

struct Report
{
    QDate from;
    QDate to;
    int minimumGroup = 5;
    qint64 logs = 0;
    QList<Table> tables;
};

// Themes of initiatives come from the directory (may be null: then there is no theme table).
[[nodiscard]] Result<Report> compute(DocumentDatabase &org, DocumentDatabase *directory, const Options &options);

// The label shown for a group: an initiative's name, a language's name; the code when null.
using Labeller = std::function<QString(const QString &table, const QString &group)>;

// One CSV (RFC 4180, UTF-8, CRLF) of every table: table,group,label,<measures>. A cell of a
// small group reads "<5", a cell hidden with it "x" (as Statistics Netherlands marks secret
// cells); a cell that starts like a spreadsheet formula is prefixed with '.
[[nodiscard]] QByteArray toCsv(const Report &report, const Labeller &label = {});
[[nodiscard]] QJsonObject toJson(const Report &report, const Labeller &label = {});

// The week (ISO 8601, "2026-W48") or month ("2026-11") a day belongs to.
[[nodiscard]] QString periodOf(const QDate &day, Period period);
}
