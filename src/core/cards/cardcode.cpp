#include "cardcode.h"

#include <QRandomGenerator>

namespace {
int valueOf(QChar c)
{
    const char *found = c.unicode() < 128 ? std::strchr(CardCode::alphabet, char(c.unicode())) : nullptr;
    return found && *found ? int(found - CardCode::alphabet) : -1;
}

// Σ i·value(i) for i = 1.. over the given characters, mod 31; -1 when a character is foreign.
int weightedSum(const QString &characters)
{
    int sum = 0;
    for (int i = 0; i < characters.size(); ++i) {
        const int v = valueOf(characters.at(i));
        if (v < 0)
            return -1;
        sum = (sum + (i + 1) * v) % CardCode::alphabetSize;
    }
    return sum;
}
}

QChar CardCode::checkCharacter(const QString &data)
{
    const int sum = data.size() == dataLength ? weightedSum(data) : -1;
    if (sum < 0)
        return QChar();
    // Solve sum + 9·c ≡ 0 (mod 31); 7 is the inverse of 9 mod 31 (63 = 2·31 + 1).
    const int check = ((alphabetSize - sum) * 7) % alphabetSize;
    return QLatin1Char(alphabet[check]);
}

QString CardCode::generate()
{
    QString data;
    for (int i = 0; i < dataLength; ++i)
        data.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]));
    return data + checkCharacter(data);
}

std::optional<QString> CardCode::parse(const QString &typed, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QString code;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('S'))
            c = QLatin1Char('5');
        if (c == QLatin1Char('0') || c == QLatin1Char('O') || c == QLatin1Char('1') || c == QLatin1Char('I'))
            return fail(QStringLiteral("card codes have no 0, O, 1 or I"));
        if (valueOf(c) < 0)
            return fail(QStringLiteral("a card code has only the letters and digits printed on cards"));
        code.append(c);
    }
    if (code.size() != length)
        return fail(QStringLiteral("a card code has %1 characters, this has %2").arg(length).arg(code.size()));
    if (weightedSum(code) != 0)
        return fail(QStringLiteral("this code has a typing error: check it against the card"));
    return code;
}

QString CardCode::display(const QString &code)
{
    if (code.size() != length)
        return code;
    return code.left(3) + u'-' + code.mid(3, 3) + u'-' + code.mid(6);
}
