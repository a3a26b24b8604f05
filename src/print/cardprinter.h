#pragma once

#include "printables.h"
#include "result.h"

#include <optional>

// Writes Kijk op de Wijk cards or posters into one PDF file (QPdfWriter, vector QR codes,
// fonts embedded): every card on its own page (two for a credit card: front and back), every
// poster on an A4 page. All or nothing: the file appears only when every page was drawn, so a
// card that does not fit never leaves half a print run behind. Needs a QGuiApplication (fonts).
namespace CardPrinter {

// "a6" or "credit-card"; nullopt for anything else.
[[nodiscard]] std::optional<CardFormat> parseFormat(const QString &name);
[[nodiscard]] QString formatName(CardFormat format);

// The number of pages written.
[[nodiscard]] Result<int> printCards(const QList<PrintableCard> &cards, CardFormat format, const QString &file);
[[nodiscard]] Result<int> printPosters(const QList<PrintablePoster> &posters, const QString &file);
}
