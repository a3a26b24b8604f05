#include "sheetpainter.h"

#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace {
// Noto Sans for Latin, Turkish and Polish; its Arabic sister for Arabic, so both scripts
// share a design; DejaVu Sans Mono for the code, where each character gets the same width.
const QStringList textFamilies { QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic") };
const QStringList codeFamilies { QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono") };
}

SheetPainter::SheetPainter(QPainter &painter, const QSizeF &pageMm, Qt::LayoutDirection direction)
    : m_painter(painter), m_pageMm(pageMm), m_direction(direction),
      m_unitsPerMm(painter.device()->logicalDpiX() / 25.4)
{
    m_painter.setLayoutDirection(direction);
}

QFont SheetPainter::font(Face face, qreal points) const
{
    QFont font;
    font.setFamilies(face == Face::Code ? codeFamilies : textFamilies);
    font.setStyleHint(face == Face::Code ? QFont::Monospace : QFont::SansSerif);
    font.setPointSizeF(points);
    font.setWeight(face == Face::Text ? QFont::Normal : QFont::Bold);
    // Hinting would snap glyphs to a screen's pixel grid; paper has none.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

TextBlock SheetPainter::text(const QString &text, Face face, qreal points, qreal widthMm, TextBlock::Align align) const
{
    return TextBlock(text, font(face, points), widthMm * m_unitsPerMm, m_direction, align, m_painter.device());
}

TextBlock SheetPainter::text(const QString &text, const QFont &font, qreal widthMm, qreal pitchEm) const
{
    return TextBlock(text, font, widthMm * m_unitsPerMm, m_direction, TextBlock::Align::Leading, m_painter.device(), pitchEm);
}

void SheetPainter::draw(const TextBlock &block, qreal leadingMm, qreal topMm, qreal widthMm, const QColor &color)
{
    block.draw(m_painter, toDevice(leadingMm, topMm, widthMm, 0).topLeft(), color);
}

qreal SheetPainter::oneLineSize(const QString &line, Face face, qreal largest, qreal smallest, qreal widthMm) const
{
    for (qreal points = largest; points > smallest; points -= 0.5) {
        if (text(line, face, points, widthMm).lineCount() <= 1)
            return points;
    }
    return smallest;
}

bool SheetPainter::drawQr(const QrCode::Matrix &code, qreal leadingMm, qreal topMm, qreal sideMm, qreal minimumModuleMm)
{
    if (code.size <= 0 || sideMm / code.size < minimumModuleMm)
        return false;
    const QRectF square = toDevice(leadingMm, topMm, sideMm, sideMm);
    const qreal module = square.width() / code.size;
    // One rectangle per horizontal run of dark modules, filled as one path: no hairline
    // seams between neighbouring modules when a viewer or printer rasterises it.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size;) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size && code.dark(x, y))
                ++x;
            path.addRect(QRectF(square.left() + start * module, square.top() + y * module, (x - start) * module, module));
        }
    }
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    m_painter.fillRect(square, Qt::white); // the quiet zone
    m_painter.fillPath(path, Qt::black);
    m_painter.restore();
    return true;
}

void SheetPainter::drawImage(const QImage &image, qreal leadingMm, qreal topMm, qreal widthMm, qreal heightMm)
{
    if (image.isNull())
        return;
    const QRectF box = toDevice(leadingMm, topMm, widthMm, heightMm);
    const QSizeF fitted = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
    m_painter.save();
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    m_painter.drawImage(target, image);
    m_painter.restore();
}

void SheetPainter::drawBox(qreal leadingMm, qreal topMm, qreal sideMm, const QColor &color)
{
    m_painter.save();
    m_painter.setPen(QPen(color, 0.25 * m_unitsPerMm));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRoundedRect(toDevice(leadingMm, topMm, sideMm, sideMm), 0.6 * m_unitsPerMm, 0.6 * m_unitsPerMm);
    m_painter.restore();
}

void SheetPainter::drawRule(qreal leadingMm, qreal topMm, qreal widthMm, const QColor &color)
{
    m_painter.fillRect(toDevice(leadingMm, topMm, widthMm, 0.4), color);
}

QRectF SheetPainter::toDevice(qreal leadingMm, qreal topMm, qreal widthMm, qreal heightMm) const
{
    const qreal left = m_direction == Qt::RightToLeft ? m_pageMm.width() - leadingMm - widthMm : leadingMm;
    return { left * m_unitsPerMm, topMm * m_unitsPerMm, widthMm * m_unitsPerMm, heightMm * m_unitsPerMm };
}
