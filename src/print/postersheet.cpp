#include "postersheet.h"

#include "qrcode.h"
#include "sheetpainter.h"

#include <QImage>

namespace {
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor quiet(0x55, 0x55, 0x55);
const QColor accent(0x0b, 0x6e, 0x4f);
constexpr qreal margin = 18;
constexpr qreal largestQrMm = 130;
constexpr qreal minimumModuleMm = 0.5;
// A photo of the door helps who reads little; the QR code keeps the room a phone needs to
// scan it from a step away, and the photo takes what is left, up to this.
constexpr qreal tallestPhotoMm = 70;
constexpr qreal shortestPhotoMm = 25;
constexpr qreal qrBesidePhotoMm = 85;
}

PosterSheet::PosterSheet(const PrintablePoster &poster)
    : m_poster(poster), m_labels(PrintLabels::forLanguage(poster.language))
{
}

QString PosterSheet::draw(QPainter &painter) const
{
    SheetPainter sheet(painter, pageMm(), m_labels.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    const qreal width = pageMm().width() - 2 * margin;
    const auto centred = TextBlock::Align::Centre;

    qreal y = margin;
    const auto put = [&](const TextBlock &block, const QColor &color, qreal gapAfter) {
        sheet.draw(block, margin, y, width, color);
        y += sheet.heightMm(block) + gapAfter;
    };
    put(sheet.text(m_labels.title, SheetPainter::Face::Bold, 16, width, centred), quiet, 1);
    put(sheet.text(m_labels.welcome, SheetPainter::Face::Bold, 36, width, centred), accent, 3);
    sheet.drawRule(margin + width / 4, y, width / 2, accent);
    y += 6;
    // A long name gets smaller before it takes more than three lines.
    qreal nameSize = 30;
    while (nameSize > 16 && sheet.text(m_poster.place.name, SheetPainter::Face::Bold, nameSize, width, centred).lineCount() > 3)
        nameSize -= 1;
    put(sheet.text(m_poster.place.name, SheetPainter::Face::Bold, nameSize, width, centred), ink, 2);
    if (!m_poster.place.address.isEmpty())
        put(sheet.text(m_poster.place.address, SheetPainter::Face::Text, 16, width, centred), quiet, 0);

    const TextBlock instruction = sheet.text(m_labels.posterInstruction, SheetPainter::Face::Bold, 22, width, centred);
    const qreal instructionTop = pageMm().height() - margin - sheet.heightMm(instruction);
    sheet.draw(instruction, margin, instructionTop, width, ink);

    const QImage photo = m_poster.photo.isEmpty() ? QImage() : QImage::fromData(m_poster.photo, "JPEG");
    const qreal photoHeight = std::min(tallestPhotoMm, instructionTop - 6 - (y + 6) - qrBesidePhotoMm - 4);
    if (!photo.isNull() && photoHeight >= shortestPhotoMm) {
        y += 5;
        sheet.drawImage(photo, margin, y, width, photoHeight);
        y += photoHeight;
    }

    const qreal room = instructionTop - 6 - (y + 6);
    const qreal side = std::min(largestQrMm, room);
    const qreal top = y + 6 + (room - side) / 2;
    if (!sheet.drawQr(QrCode::encode(m_poster.payload), (pageMm().width() - side) / 2, top, side, minimumModuleMm))
        return QStringLiteral("the poster of %1 has no room for a QR code that scans").arg(m_poster.place.name.left(60));
    return {};
}
