#pragma once

#include "printables.h"
#include "sheetpainter.h"

// The places of a card laid out in an area: each with a stamp box on its leading side, its
// name in bold and its address below, names and addresses wrapped, never cut. fit() picks the
// largest font size, one column before two, at which every place fits whole in the area; only
// when none does are the letters narrowed (Qt scales the glyphs, as the fonts here have no
// condensed cut). Columns run from the leading edge, so the list mirrors in right-to-left.
class PlaceList
{
public:
    PlaceList(const QList<PrintablePlace> &places, const SheetPainter &sheet, qreal largestPoints, qreal smallestPoints);

    // False when the places do not fit even at the smallest size in two columns.
    [[nodiscard]] bool fit(qreal widthMm, qreal heightMm);
    void draw(SheetPainter &sheet, qreal leadingMm, qreal topMm) const;
    [[nodiscard]] qreal points() const { return m_points; }
    [[nodiscard]] int columns() const { return m_columns; }
    [[nodiscard]] int stretch() const { return m_stretch; }

private:
    struct Entry
    {
        TextBlock name;
        TextBlock address;
        qreal heightMm = 0;
        qreal boxMm = 0;
    };

    QList<PrintablePlace> m_places;
    const SheetPainter &m_sheet;
    qreal m_largest;
    qreal m_smallest;
    qreal m_points = 0;
    int m_columns = 1;
    int m_stretch = QFont::Unstretched;
    qreal m_columnWidthMm = 0;
    QList<Entry> m_entries;
    QList<int> m_columnOf; // per entry

    [[nodiscard]] bool fitAt(int stretch, qreal widthMm, qreal heightMm);
    [[nodiscard]] bool tryLayout(qreal points, int columns, int stretch, qreal widthMm, qreal heightMm);
};
