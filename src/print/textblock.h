#pragma once

#include <QColor>
#include <QFont>
#include <QString>

#include <memory>

class QPaintDevice;
class QPainter;
class QTextLayout;

// One paragraph wrapped to a width, laid out for the paint device it will be drawn on (its
// resolution gives the font metrics, so what is measured is what is printed). Lines break at
// word boundaries and, for a word longer than the line, anywhere: the text never runs past
// its width. QTextLayout shapes the text (Arabic joining) and orders mixed scripts.
class TextBlock
{
public:
    enum class Align { Leading, Centre };

    // pitchEm 0: each line as tall as its font asks. Above 0: baselines this many ems apart,
    // measured from the first family's ascent and descent, so a list in Latin and Arabic
    // letters (whose font asks for half as much height again) keeps one rhythm.
    TextBlock(const QString &text, const QFont &font, qreal width, Qt::LayoutDirection direction, Align align,
              const QPaintDevice *device, qreal pitchEm = 0);

    [[nodiscard]] qreal height() const { return m_height; } // device units
    [[nodiscard]] int lineCount() const;
    [[nodiscard]] qreal firstLineHeight() const;
    // Drawn with its box's top-left corner at `topLeft`; leading alignment is the right edge
    // of that box in a right-to-left paragraph.
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const;

private:
    std::shared_ptr<QTextLayout> m_layout; // shared: QTextLayout cannot be copied
    qreal m_height = 0;
};
