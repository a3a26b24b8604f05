#include "mangoselector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
const QSet<QString> combinators { "$and", "$or", "$nor", "$not" };
const QSet<QString> operators { "$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin", "$exists", "$type", "$size",
                                "$mod", "$regex", "$all", "$elemMatch", "$allMatch" };

int rank(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return 0;
    case QJsonValue::Bool: return v.toBool() ? 2 : 1;
    case QJsonValue::Double: return 3;
    case QJsonValue::String: return 4;
    case QJsonValue::Array: return 5;
    case QJsonValue::Object: return 6;
    default: return -1;
    }
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QString();
    }
}

// {"f": {...}} holds conditions on f: operators, or fields of f ({"p": {"q": 1}} is p.q = 1).
bool isOperatorObject(const QJsonValue &v)
{
    return v.isObject() && !v.toObject().isEmpty();
}

QString validate(const QJsonObject &selector);

QString validateCondition(const QString &op, const QJsonValue &arg)
{
    if (combinators.contains(op)) {
        if (op == QLatin1String("$not"))
            return arg.isObject() ? validate(arg.toObject()) : QStringLiteral("Invalid argument to $not: must be an object");
        if (!arg.isArray())
            return QStringLiteral("Invalid operator argument: %1 requires an array").arg(op);
        for (const QJsonValue &sub : arg.toArray()) {
            if (!sub.isObject())
                return QStringLiteral("Invalid operator argument: %1 requires an array of objects").arg(op);
            if (QString e = validate(sub.toObject()); !e.isEmpty())
                return e;
        }
        return {};
    }
    if (!operators.contains(op))
        return QStringLiteral("Invalid operator: %1").arg(op);
    const auto badArgument = [&] {
        return QStringLiteral("Bad argument for operator %1: %2").arg(op, QString::fromUtf8(QJsonDocument(QJsonArray { arg }).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    };
    if ((op == QLatin1String("$in") || op == QLatin1String("$nin") || op == QLatin1String("$all")) && !arg.isArray())
        return badArgument();
    if (op == QLatin1String("$exists") && !arg.isBool())
        return badArgument();
    if (op == QLatin1String("$size") && !(arg.isDouble() && arg.toDouble() == std::floor(arg.toDouble())))
        return badArgument();
    if (op == QLatin1String("$mod")) {
        const QJsonArray a = arg.toArray();
        if (!arg.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble() || a.at(0).toInteger() == 0)
            return badArgument();
    }
    if (op == QLatin1String("$regex") && (!arg.isString() || !QRegularExpression(arg.toString()).isValid()))
        return badArgument();
    if (op == QLatin1String("$type") && !QSet<QString> { "null", "boolean", "number", "string", "array", "object" }.contains(arg.toString()))
        return badArgument();
    if ((op == QLatin1String("$elemMatch") || op == QLatin1String("$allMatch")) && !arg.isObject())
        return badArgument();
    if (op == QLatin1String("$elemMatch") || op == QLatin1String("$allMatch"))
        return validate(arg.toObject());
    return {};
}

QString validate(const QJsonObject &selector)
{
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (it.key().startsWith(u'$')) {
            if (QString e = validateCondition(it.key(), it.value()); !e.isEmpty())
                return e;
        } else if (isOperatorObject(it.value())) {
            if (QString e = validate(it.value().toObject()); !e.isEmpty())
                return e;
        }
    }
    return {};
}

bool matchObject(const QJsonObject &selector, const QJsonValue &here, bool present);

// $not as CouchDB applies it: pushed down to each field it names, a field that is not there
// matching neither a condition nor its negation.
bool negation(const QJsonObject &selector, const QJsonValue &here, bool present)
{
    if (!present)
        return false;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        const QJsonObject one { { it.key(), it.value() } };
        if (it.key().startsWith(u'$')) {
            if (!matchObject(one, here, present))
                return true;
            continue;
        }
        bool found = false;
        (void)MangoSelector::at(here, it.key(), &found);
        if (found && !matchObject(one, here, present))
            return true;
    }
    return false;
}

bool contains(const QJsonArray &list, const QJsonValue &v)
{
    return std::any_of(list.begin(), list.end(), [&](const QJsonValue &x) { return MangoSelector::compare(x, v) == 0; });
}

bool matchOperator(const QString &op, const QJsonValue &arg, const QJsonValue &value, bool present)
{
    if (op == QLatin1String("$and")) {
        const QJsonArray all = arg.toArray();
        return std::all_of(all.begin(), all.end(), [&](const QJsonValue &s) { return matchObject(s.toObject(), value, present); });
    }
    if (op == QLatin1String("$or")) {
        const QJsonArray any = arg.toArray();
        return std::any_of(any.begin(), any.end(), [&](const QJsonValue &s) { return matchObject(s.toObject(), value, present); });
    }
    if (op == QLatin1String("$nor")) {
        const QJsonArray none = arg.toArray();
        return std::none_of(none.begin(), none.end(), [&](const QJsonValue &s) { return matchObject(s.toObject(), value, present); });
    }
    if (op == QLatin1String("$not"))
        return negation(arg.toObject(), value, present);
    if (op == QLatin1String("$exists"))
        return present == arg.toBool();
    if (!present)
        return false;
    if (op == QLatin1String("$eq"))
        return MangoSelector::compare(value, arg) == 0;
    if (op == QLatin1String("$ne"))
        return MangoSelector::compare(value, arg) != 0;
    if (op == QLatin1String("$gt"))
        return MangoSelector::compare(value, arg) > 0;
    if (op == QLatin1String("$gte"))
        return MangoSelector::compare(value, arg) >= 0;
    if (op == QLatin1String("$lt"))
        return MangoSelector::compare(value, arg) < 0;
    if (op == QLatin1String("$lte"))
        return MangoSelector::compare(value, arg) <= 0;
    if (op == QLatin1String("$in") || op == QLatin1String("$nin")) {
        const QJsonArray list = arg.toArray();
        bool found = contains(list, value);
        if (!found && value.isArray()) {
            const QJsonArray values = value.toArray();
            found = std::any_of(values.begin(), values.end(), [&](const QJsonValue &v) { return contains(list, v); });
        }
        return op == QLatin1String("$in") ? found : !found;
    }
    if (op == QLatin1String("$type"))
        return typeName(value) == arg.toString();
    if (op == QLatin1String("$size"))
        return value.isArray() && value.toArray().size() == arg.toInteger();
    if (op == QLatin1String("$mod")) {
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
            return false;
        return value.toInteger() % arg.toArray().at(0).toInteger() == arg.toArray().at(1).toInteger();
    }
    if (op == QLatin1String("$regex"))
        return value.isString() && QRegularExpression(arg.toString()).match(value.toString()).hasMatch();
    if (op == QLatin1String("$all")) {
        if (!value.isArray())
            return false;
        const QJsonArray need = arg.toArray();
        const QJsonArray have = value.toArray();
        return std::all_of(need.begin(), need.end(), [&](const QJsonValue &n) { return contains(have, n); });
    }
    if (op == QLatin1String("$elemMatch") || op == QLatin1String("$allMatch")) {
        if (!value.isArray())
            return false;
        const QJsonArray items = value.toArray();
        const auto one = [&](const QJsonValue &item) { return matchObject(arg.toObject(), item, true); };
        if (op == QLatin1String("$elemMatch"))
            return std::any_of(items.begin(), items.end(), one);
        return !items.isEmpty() && std::all_of(items.begin(), items.end(), one);
    }
    return false;
}

bool matchObject(const QJsonObject &selector, const QJsonValue &here, bool present)
{
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (it.key().startsWith(u'$')) {
            if (!matchOperator(it.key(), it.value(), here, present))
                return false;
            continue;
        }
        bool found = false;
        const QJsonValue value = MangoSelector::at(here, it.key(), &found);
        if (isOperatorObject(it.value())) {
            if (!matchObject(it.value().toObject(), value, found))
                return false;
        } else if (!found || MangoSelector::compare(value, it.value()) != 0) {
            return false;
        }
    }
    return true;
}

void collectFields(const QJsonObject &selector, const QString &prefix, QStringList &out)
{
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (it.key() == QLatin1String("$and")) {
            for (const QJsonValue &s : it.value().toArray())
                collectFields(s.toObject(), prefix, out);
        } else if (!it.key().startsWith(u'$')) {
            const QString field = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
            if (!out.contains(field))
                out.append(field);
        }
    }
}
}

MangoSelector MangoSelector::parse(const QJsonValue &selector, QString *error)
{
    MangoSelector parsed;
    if (!selector.isObject()) {
        *error = QStringLiteral("Selector must be a JSON object");
        return parsed;
    }
    *error = validate(selector.toObject());
    parsed.m_selector = selector.toObject();
    return parsed;
}

bool MangoSelector::matches(const QJsonObject &doc) const
{
    return matchObject(m_selector, doc, true);
}

QStringList MangoSelector::fields() const
{
    QStringList out;
    collectFields(m_selector, QString(), out);
    return out;
}

QJsonValue MangoSelector::at(const QJsonValue &root, const QString &path, bool *present)
{
    QJsonValue here = root;
    // "a\.b" names the field "a.b": a backslash escapes a dot.
    QStringList parts;
    QString part;
    for (int i = 0; i < path.size(); ++i) {
        if (path.at(i) == u'\\' && i + 1 < path.size() && path.at(i + 1) == u'.') {
            part += u'.';
            ++i;
        } else if (path.at(i) == u'.') {
            parts.append(part);
            part.clear();
        } else {
            part += path.at(i);
        }
    }
    parts.append(part);
    for (const QString &p : std::as_const(parts)) {
        if (!here.isObject() || !here.toObject().contains(p)) {
            *present = false;
            return QJsonValue(QJsonValue::Undefined);
        }
        here = here.toObject().value(p);
    }
    *present = true;
    return here;
}

int MangoSelector::compare(const QJsonValue &a, const QJsonValue &b)
{
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    case QJsonValue::String:
        return a.toString().compare(b.toString());
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
            if (const int c = compare(x.at(i), y.at(i)); c != 0)
                return c;
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        auto i = x.begin();
        auto j = y.begin();
        for (; i != x.end() && j != y.end(); ++i, ++j) {
            if (const int k = i.key().compare(j.key()); k != 0)
                return k < 0 ? -1 : 1;
            if (const int c = compare(i.value(), j.value()); c != 0)
                return c;
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    default:
        return 0;
    }
}
