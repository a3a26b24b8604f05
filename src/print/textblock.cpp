#include "textblock.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, Qt::LayoutDirection direction, Align align,
                     const QPaintDevice *device, qreal pitchEm)
    : m_layout(std::make_shared<QTextLayout>(text, font, device))
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(direction);
    // QTextLayout aligns by the option's own left or right, whatever the direction (Qt 6.4).
    option.setAlignment(align == Align::Centre         ? Qt::AlignHCenter
                                : direction == Qt::RightToLeft ? Qt::AlignRight
                                                               : Qt::AlignLeft);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const QFontMetricsF metrics(font, device);
    const qreal pitch = pitchEm * font.pointSizeF() * device->logicalDpiY() / 72.0;
    m_layout->beginLayout();
    qreal top = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        if (pitch > 0) {
            const qreal baseline = metrics.ascent() + m_layout->lineCount() * pitch - pitch;
            line.setPosition(QPointF(0, baseline - line.ascent()));
            m_height = baseline + metrics.descent();
        } else {
            line.setPosition(QPointF(0, top));
            m_height = top + line.height();
            top += line.height();
        }
    }
    m_layout->endLayout();
}

int TextBlock::lineCount() const
{
    return m_layout->lineCount();
}

qreal TextBlock::firstLineHeight() const
{
    return m_layout->lineCount() > 0 ? m_layout->lineAt(0).height() : 0;
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const
{
    painter.save();
    painter.setPen(color);
    m_layout->draw(&painter, topLeft);
    painter.restore();
}
