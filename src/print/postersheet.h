#pragma once

#include "printables.h"
#include "printlabels.h"

#include <QSizeF>

class QPainter;

// Draws an initiative's poster on A4 portrait: a welcome, the initiative's name and address,
// a large QR code with the signed poster payload (a card holder scans it to stamp their own
// card) and the instruction, in one language, right-to-left for Arabic.
class PosterSheet
{
public:
    explicit PosterSheet(const PrintablePoster &poster);

    [[nodiscard]] static QSizeF pageMm() { return { 210, 297 }; }
    // Empty, or why the poster could not be drawn.
    [[nodiscard]] QString draw(QPainter &painter) const;

private:
    PrintablePoster m_poster;
    PrintLabels m_labels;
};
