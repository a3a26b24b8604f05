#include "typedinput.h"

#include <QRegularExpression>

#include <cmath>

QString TypedInput::asciiDigits(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        const int digit = c.digitValue();
        result.append(digit >= 0 && c.category() == QChar::Number_DecimalDigit ? QChar(u'0' + digit) : c);
    }
    return result.trimmed();
}

QDate TypedInput::date(const QString &text)
{
    const QString t = asciiDigits(text);
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dutch.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QString TypedInput::time(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    const auto m = pattern.match(asciiDigits(text));
    if (!m.hasMatch())
        return {};
    const int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return {};
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
}

std::optional<double> TypedInput::degrees(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[-+]?\\d{1,3}([.,]\\d+)?$"));
    QString t = asciiDigits(text);
    t.replace(QChar(0x2212), u'-'); // a typographic minus
    t.replace(QChar(0x066B), u'.'); // the Arabic decimal separator
    if (!pattern.match(t).hasMatch())
        return std::nullopt;
    t.replace(u',', u'.');
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QString TypedInput::dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}
