#include "placelist.h"

namespace {
constexpr qreal columnGapMm = 4;
constexpr qreal pitchEm = 1.22; // baselines apart: tighter than Noto's 1.36 em, fine for small print
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor quiet(0x55, 0x55, 0x55);
}

PlaceList::PlaceList(const QList<PrintablePlace> &places, const SheetPainter &sheet, qreal largestPoints, qreal smallestPoints)
    : m_places(places), m_sheet(sheet), m_largest(largestPoints), m_smallest(smallestPoints)
{
}

bool PlaceList::fit(qreal widthMm, qreal heightMm)
{
    for (const int stretch : { int(QFont::Unstretched), 87, int(QFont::Condensed) }) {
        if (fitAt(stretch, widthMm, heightMm))
            return true;
    }
    return false;
}

// One column reads best, so it may shrink a little first; then two columns from the largest
// size down; one column at the smallest sizes last, for a name that only fits wide.
bool PlaceList::fitAt(int stretch, qreal widthMm, qreal heightMm)
{
    const qreal oneColumnDown = std::max(m_smallest, m_largest * 0.8);
    for (qreal points = m_largest; points >= oneColumnDown; points -= 0.5) {
        if (tryLayout(points, 1, stretch, widthMm, heightMm))
            return true;
    }
    for (qreal points = m_largest; points >= m_smallest; points -= 0.5) {
        if (tryLayout(points, 2, stretch, widthMm, heightMm))
            return true;
    }
    for (qreal points = oneColumnDown - 0.5; points >= m_smallest; points -= 0.5) {
        if (tryLayout(points, 1, stretch, widthMm, heightMm))
            return true;
    }
    return false;
}

// Fills the columns in reading order; fits when every place found room.
bool PlaceList::tryLayout(qreal points, int columns, int stretch, qreal widthMm, qreal heightMm)
{
    QFont nameFont = m_sheet.font(SheetPainter::Face::Bold, points);
    QFont addressFont = m_sheet.font(SheetPainter::Face::Text, points * 0.9);
    nameFont.setStretch(stretch);
    addressFont.setStretch(stretch);
    const qreal columnWidth = (widthMm - columnGapMm * (columns - 1)) / columns;
    const qreal gap = points * 0.35; // between two places, in mm
    QList<Entry> entries;
    QList<int> columnOf;
    int column = 0;
    qreal used = 0;
    for (const PrintablePlace &place : m_places) {
        // The stamp box is as tall as a line of the name; the texts start after it.
        const qreal box = points * 0.45;
        const qreal textWidth = columnWidth - box - 1.5;
        if (textWidth <= 0)
            return false;
        Entry entry { m_sheet.text(place.name, nameFont, textWidth, pitchEm), m_sheet.text(place.address, addressFont, textWidth, pitchEm),
                      0, box };
        entry.heightMm = m_sheet.heightMm(entry.name) + (place.address.isEmpty() ? 0 : m_sheet.heightMm(entry.address));
        const qreal needed = (used > 0 ? gap : 0) + entry.heightMm;
        if (used + needed > heightMm) {
            if (++column >= columns || entry.heightMm > heightMm)
                return false;
            used = entry.heightMm;
        } else {
            used += needed;
        }
        entries.append(entry);
        columnOf.append(column);
    }
    m_points = points;
    m_columns = columns;
    m_stretch = stretch;
    m_columnWidthMm = columnWidth;
    m_entries = entries;
    m_columnOf = columnOf;
    return true;
}

void PlaceList::draw(SheetPainter &sheet, qreal leadingMm, qreal topMm) const
{
    const qreal gap = m_points * 0.35;
    int column = -1;
    qreal y = topMm;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (m_columnOf.at(i) != column) {
            column = m_columnOf.at(i);
            y = topMm;
        } else {
            y += gap;
        }
        const qreal columnLeading = leadingMm + column * (m_columnWidthMm + columnGapMm);
        const qreal textLeading = columnLeading + entry.boxMm + 1.5;
        const qreal textWidth = m_columnWidthMm - entry.boxMm - 1.5;
        // The box sits on the name's first line, centred on it.
        const qreal firstLine = sheet.firstLineMm(entry.name);
        sheet.drawBox(columnLeading, y + (firstLine - entry.boxMm) / 2, entry.boxMm, quiet);
        sheet.draw(entry.name, textLeading, y, textWidth, ink);
        y += sheet.heightMm(entry.name);
        if (!m_places.at(i).address.isEmpty()) {
            sheet.draw(entry.address, textLeading, y, textWidth, quiet);
            y += sheet.heightMm(entry.address);
        }
    }
}
