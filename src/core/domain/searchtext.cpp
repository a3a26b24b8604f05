#include "searchtext.h"

namespace {

struct Replacement
{
    char32_t from;
    QStringView to;
};

// Letters without a Unicode decomposition, written as people type them without the special
// key. Looked up after case folding, so only lower-case forms are listed.
constexpr Replacement letterReplacements[] = {
    { U'ł', u"l" }, { U'ø', u"o" }, { U'đ', u"d" }, { U'ð', u"d" }, { U'ß', u"ss" },
    { U'æ', u"ae" }, { U'œ', u"oe" }, { U'þ', u"th" },
    { U'ı', u"i" }, // U+0131 dotless i: Unicode case folding keeps it distinct from i
    { U'ĳ', u"ij" }, // U+0133 ligature; NFKD already splits it, kept for clarity
    // Arabic letter variants people write interchangeably:
    { U'\u0671', u"\u0627" }, // alef wasla -> alef
    { U'\u0629', u"\u0647" }, // ta marbuta -> ha
    { U'\u0649', u"\u064A" }, // alef maqsura -> ya
    { U'\u06CC', u"\u064A" }, // Persian/Urdu farsi yeh -> Arabic ya
    { U'\u06A9', u"\u0643" }, // Persian/Urdu keheh -> Arabic kaf
};

// Removed without splitting the word: they sit inside words and carry no meaning for search.
bool isIgnorable(char32_t c)
{
    return c == U'\u0640' // Arabic tatweel (a letter by category, only stretches the line)
        || c == U'\u00AD'; // soft hyphen, an invisible hyphenation hint
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

void appendFolded(QString &out, char32_t c)
{
    // Any decimal digit (Arabic-Indic U+0660.., extended U+06F0.., Devanagari, ...) -> ASCII.
    if (QChar::category(c) == QChar::Number_DecimalDigit) {
        out.append(QChar(u'0' + QChar::digitValue(c)));
        return;
    }
    for (const Replacement &r : letterReplacements) {
        if (r.from == c) {
            out.append(r.to);
            return;
        }
    }
    appendCodePoint(out, c);
}

} // namespace

QString SearchText::fold(QStringView text)
{
    // 1. NFKD splits letters from their marks (é, Ç, ş, ğ, İ, Arabic hamza forms أ إ آ ؤ ئ) and
    //    maps compatibility forms (Arabic presentation forms, full-width letters, ĳ) to plain ones.
    // 2. Case folding. It runs before the marks are dropped below, which gives the same result as
    //    dropping them first and also drops any mark a full case folding adds; "İ" is "I" + U+0307
    //    by now, so it ends as a plain "i" without a locale-dependent lower-casing.
    const QString decomposed
        = text.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();

    // 3-4, 6. One pass: drop marks (diacritics, tashkeel, the hamza split off above) and ignorable
    // characters, replace letters from the table and digits, and turn every run of characters
    // that are not letters or digits (punctuation, emoji, bidi controls, ZWJ/ZWNJ) into one space.
    QString out;
    out.reserve(decomposed.size());
    bool separatorPending = false;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        char32_t c = decomposed.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < decomposed.size()
            && decomposed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
            ++i;
        }
        if (isMark(c) || isIgnorable(c))
            continue;
        if (!QChar::isLetterOrNumber(c)) {
            separatorPending = true;
            continue;
        }
        if (separatorPending && !out.isEmpty())
            out.append(QLatin1Char(' '));
        separatorPending = false;
        appendFolded(out, c);
    }

    // 5. Dutch ij -> y, after case folding and the table (so "IJ", "Ĳ" and "ĳ" are caught too):
    //    "bijeenkomst" and "byeenkomst" are the same word to a searcher. Words are already split,
    //    so this never joins an "i" and a "j" across a separator.
    out.replace(QLatin1String("ij"), QLatin1String("y"));

    // 6. The Arabic definite article is written joined to its word: "المدرسة" is "the school".
    //    Dropping a leading "ال" (when at least three letters remain) lets "مدرسة" find it,
    //    and the query is folded the same way, so typing the article still matches.
    static const QString article = QStringLiteral("\u0627\u0644");
    QStringList parts = out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : parts) {
        if (word.startsWith(article) && word.size() >= article.size() + 3)
            word.remove(0, article.size());
    }
    return parts.join(QLatin1Char(' '));
}

QStringList SearchText::words(QStringView text)
{
    return fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString SearchText::matchExpression(QStringView typed)
{
    // Words hold only letters and digits, so quoting them needs no escaping.
    const auto prefixTerm
        = [](const QString &word) { return QLatin1Char('"') + word + QLatin1String("\"*"); };
    const QStringList typedWords = words(typed);
    QStringList terms;
    bool hasGroup = false;
    for (qsizetype i = 0; i < typedWords.size() && i < maxQueryWords; ++i) {
        QString word = typedWords.at(i).left(maxQueryWordLength);
        if (word.back().isHighSurrogate())
            word.chop(1);
        if (word.isEmpty())
            continue;
        if (word.back() == QLatin1Char('i')) {
            // While typing "vrij", "vri" must still find "vrywilligers" (stored with ij -> y).
            QString withY = word;
            withY.back() = QLatin1Char('y');
            terms.append(QLatin1Char('(') + prefixTerm(word) + QLatin1String(" OR ")
                + prefixTerm(withY) + QLatin1Char(')'));
            hasGroup = true;
        } else {
            terms.append(prefixTerm(word));
        }
    }
    // FTS5 accepts an implicit AND between phrases, but not next to a parenthesised group.
    return terms.join(hasGroup ? QLatin1String(" AND ") : QLatin1String(" "));
}
