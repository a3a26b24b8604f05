#include "searchtext.h"

QString SearchText::fold(QStringView text) { return text.toString().toCaseFolded(); }
QStringList SearchText::words(QStringView text) { return fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); }
QString SearchText::matchExpression(QStringView typed)
{
    QStringList terms;
    for (const QString &w : words(typed))
        terms.append(QLatin1Char('"') + w + QLatin1String("\"*"));
    return terms.join(QLatin1Char(' '));
}
