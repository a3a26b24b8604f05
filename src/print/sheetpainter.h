#pragma once

#include "qrcode.h"
#include "textblock.h"

#include <QFont>
#include <QSizeF>

class QImage;
class QPainter;

// Drawing on a printed page in millimetres measured from the page's leading edge (left, or
// right in a right-to-left language) and its top, so the card and poster layouts are written
// once and mirror by themselves. Text goes through TextBlock; the QR code is drawn as vector
// squares and is never mirrored itself.
class SheetPainter
{
public:
    enum class Face { Text, Bold, Code };

    SheetPainter(QPainter &painter, const QSizeF &pageMm, Qt::LayoutDirection direction);

    [[nodiscard]] Qt::LayoutDirection direction() const { return m_direction; }
    [[nodiscard]] QSizeF pageMm() const { return m_pageMm; }
    [[nodiscard]] QFont font(Face face, qreal points) const;

    [[nodiscard]] TextBlock text(const QString &text, Face face, qreal points, qreal widthMm,
                                 TextBlock::Align align = TextBlock::Align::Leading) const;
    [[nodiscard]] TextBlock text(const QString &text, const QFont &font, qreal widthMm, qreal pitchEm) const;
    [[nodiscard]] qreal heightMm(const TextBlock &block) const { return block.height() / m_unitsPerMm; }
    [[nodiscard]] qreal firstLineMm(const TextBlock &block) const { return block.firstLineHeight() / m_unitsPerMm; }
    // Draws a block laid out for `widthMm` into the box starting `leadingMm` from the leading edge.
    void draw(const TextBlock &block, qreal leadingMm, qreal topMm, qreal widthMm, const QColor &color);
    // The largest size from `largest` down to `smallest` (in half points) at which the text
    // stays on one line of `widthMm`; `smallest` when none does.
    [[nodiscard]] qreal oneLineSize(const QString &text, Face face, qreal largest, qreal smallest, qreal widthMm) const;

    // The code with its quiet zone fills the square; false (nothing drawn) when a module
    // would be under `minimumModuleMm`, too small to scan reliably.
    [[nodiscard]] bool drawQr(const QrCode::Matrix &code, qreal leadingMm, qreal topMm, qreal sideMm, qreal minimumModuleMm);
    void drawBox(qreal leadingMm, qreal topMm, qreal sideMm, const QColor &color);
    // The image scaled to fit the box, keeping its shape, centred in it (never mirrored).
    void drawImage(const QImage &image, qreal leadingMm, qreal topMm, qreal widthMm, qreal heightMm);
    void drawRule(qreal leadingMm, qreal topMm, qreal widthMm, const QColor &color);

private:
    QPainter &m_painter;
    QSizeF m_pageMm;
    Qt::LayoutDirection m_direction;
    qreal m_unitsPerMm;

    // The device rectangle of a box given from the leading edge.
    [[nodiscard]] QRectF toDevice(qreal leadingMm, qreal topMm, qreal widthMm, qreal heightMm) const;
};
