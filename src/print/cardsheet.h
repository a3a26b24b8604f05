#pragma once

#include "printables.h"
#include "printlabels.h"

#include <QSizeF>

class QPainter;
class SheetPainter;

// Draws one Kijk op de Wijk card: the title, the QR code (signed payload, at least 0.5 mm a
// module, quiet zone kept), the code to type by hand, the validity and the places to visit,
// all in the holder's language and mirrored for a right-to-left one. A6 holds everything on
// one page; a credit card has the code on its front and the places on its back. Nothing about
// the holder is printed, because the card carries nothing about the holder.
class CardSheet
{
public:
    CardSheet(const PrintableCard &card, CardFormat format);

    [[nodiscard]] static QSizeF pageMm(CardFormat format);
    [[nodiscard]] static int pagesPerCard(CardFormat format);

    // Draws page `page` (0: the front; 1: a credit card's back) on a painter whose current
    // page has pageMm(). Empty, or why the card does not fit this format.
    [[nodiscard]] QString draw(QPainter &painter, int page) const;

private:
    PrintableCard m_card;
    CardFormat m_format;
    PrintLabels m_labels;

    [[nodiscard]] QString drawA6(SheetPainter &sheet) const;
    [[nodiscard]] QString drawFront(SheetPainter &sheet) const;
    [[nodiscard]] QString drawBack(SheetPainter &sheet) const;
    [[nodiscard]] QString tooSmall(const QString &what) const;
};
