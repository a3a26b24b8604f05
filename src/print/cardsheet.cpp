#include "cardsheet.h"

#include "cardcode.h"
#include "placelist.h"
#include "qrcode.h"
#include "sheetpainter.h"

#include <QPainter>

namespace {
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor quiet(0x55, 0x55, 0x55);
const QColor accent(0x0b, 0x6e, 0x4f);
constexpr qreal minimumModuleMm = 0.5;

// Texts stacked from a top edge in one column, measured before anything is drawn so a layout
// can try a smaller scale when they do not fit.
struct Stack
{
    struct Item
    {
        TextBlock block;
        QColor color;
        qreal gapBeforeMm;
    };
    QList<Item> items;

    void add(TextBlock block, const QColor &color, qreal gapBeforeMm = 0) { items.append({ std::move(block), color, gapBeforeMm }); }
    qreal heightMm(const SheetPainter &sheet) const
    {
        qreal height = 0;
        for (const Item &item : items)
            height += item.gapBeforeMm + sheet.heightMm(item.block);
        return height;
    }
    qreal draw(SheetPainter &sheet, qreal leadingMm, qreal topMm, qreal widthMm) const
    {
        qreal y = topMm;
        for (const Item &item : items) {
            y += item.gapBeforeMm;
            sheet.draw(item.block, leadingMm, y, widthMm, item.color);
            y += sheet.heightMm(item.block);
        }
        return y;
    }
};

// "Card code", the code itself as large as the column allows, and the validity.
Stack codeColumn(const SheetPainter &sheet, const PrintableCard &card, const PrintLabels &labels, qreal widthMm,
                 qreal largestCode, qreal textPoints)
{
    const QString display = CardCode::display(card.code);
    Stack stack;
    stack.add(sheet.text(labels.cardCode, SheetPainter::Face::Text, textPoints, widthMm), quiet);
    stack.add(sheet.text(display, SheetPainter::Face::Code,
                         sheet.oneLineSize(display, SheetPainter::Face::Code, largestCode, textPoints, widthMm), widthMm),
              ink);
    stack.add(sheet.text(labels.validFrom.arg(labels.date(card.validFrom)), SheetPainter::Face::Text, textPoints, widthMm),
              ink, textPoints * 0.3);
    stack.add(sheet.text(labels.validUntil.arg(labels.date(card.validUntil)), SheetPainter::Face::Bold, textPoints, widthMm),
              ink, textPoints * 0.1);
    return stack;
}
}

CardSheet::CardSheet(const PrintableCard &card, CardFormat format)
    : m_card(card), m_format(format), m_labels(PrintLabels::forLanguage(card.language))
{
}

QSizeF CardSheet::pageMm(CardFormat format)
{
    return format == CardFormat::A6 ? QSizeF(105, 148) : QSizeF(85.6, 54);
}

int CardSheet::pagesPerCard(CardFormat format)
{
    return format == CardFormat::A6 ? 1 : 2;
}

QString CardSheet::draw(QPainter &painter, int page) const
{
    SheetPainter sheet(painter, pageMm(m_format), m_labels.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_format == CardFormat::A6)
        return drawA6(sheet);
    return page == 0 ? drawFront(sheet) : drawBack(sheet);
}

QString CardSheet::tooSmall(const QString &what) const
{
    return m_format == CardFormat::A6
            ? QStringLiteral("card %1: %2 on an A6 card; issue it with fewer places").arg(CardCode::display(m_card.code), what)
            : QStringLiteral("card %1: %2 on a credit card; print it as A6").arg(CardCode::display(m_card.code), what);
}

// A6: the QR code on the leading side with the title, code and validity beside it; the places
// below; the instruction at the foot. A long list may take room from the QR code, as long as
// its modules stay large enough to scan.
QString CardSheet::drawA6(SheetPainter &sheet) const
{
    constexpr qreal margin = 7;
    const qreal width = sheet.pageMm().width() - 2 * margin;
    const qreal bottom = sheet.pageMm().height() - margin;
    const QrCode::Matrix code = QrCode::encode(m_card.payload);
    const TextBlock heading = sheet.text(m_labels.placesToVisit, SheetPainter::Face::Bold, 10.5, width);
    const TextBlock instruction = sheet.text(m_labels.showCard, SheetPainter::Face::Text, 8.5, width);
    const qreal instructionTop = bottom - sheet.heightMm(instruction);

    for (const qreal qrSide : { 46.0, 42.0, 38.0 }) {
        if (code.size <= 0 || qrSide / code.size < minimumModuleMm)
            break;
        const qreal columnWidth = width - qrSide - 4;
        Stack column;
        column.add(sheet.text(m_labels.title, SheetPainter::Face::Bold, 14, columnWidth), accent);
        column.add(sheet.text(m_labels.yourCard, SheetPainter::Face::Text, 9.5, columnWidth), quiet);
        const Stack codeAndDates = codeColumn(sheet, m_card, m_labels, columnWidth, 20, 8.5);
        const qreal codeTop = margin + column.heightMm(sheet) + 3;
        const qreal ruleTop = std::max(margin + qrSide, codeTop + codeAndDates.heightMm(sheet)) + 3;
        const qreal listTop = ruleTop + 3 + sheet.heightMm(heading) + 1.5;
        PlaceList places(m_card.places, sheet, 9.5, 5.5);
        if (!places.fit(width, instructionTop - 3 - listTop))
            continue;
        if (!sheet.drawQr(code, margin, margin, qrSide, minimumModuleMm))
            break;
        column.draw(sheet, margin + qrSide + 4, margin, columnWidth);
        codeAndDates.draw(sheet, margin + qrSide + 4, codeTop, columnWidth);
        sheet.drawRule(margin, ruleTop, width, accent);
        sheet.draw(heading, margin, ruleTop + 3, width, accent);
        places.draw(sheet, margin, listTop);
        sheet.drawRule(margin, instructionTop - 1.5, width, quiet);
        sheet.draw(instruction, margin, instructionTop, width, quiet);
        return {};
    }
    if (code.size <= 0 || 46.0 / code.size < minimumModuleMm)
        return tooSmall(QStringLiteral("the QR code would be too dense to scan"));
    return tooSmall(QStringLiteral("%1 places do not fit").arg(m_card.places.size()));
}

// The front of a credit card: the QR code as tall as the card on the leading side; the
// title, code, validity and instruction in the column beside it, smaller when they need it.
QString CardSheet::drawFront(SheetPainter &sheet) const
{
    constexpr qreal margin = 3.5;
    const qreal qrSide = sheet.pageMm().height() - 2 * margin;
    const qreal columnLeading = margin + qrSide + 2.5;
    const qreal columnWidth = sheet.pageMm().width() - margin - columnLeading;
    if (!sheet.drawQr(QrCode::encode(m_card.payload), margin, margin, qrSide, minimumModuleMm))
        return tooSmall(QStringLiteral("the QR code would be too dense to scan"));

    const qreal available = qrSide - 1;
    for (qreal scale = 1.0; scale >= 0.7; scale -= 0.05) {
        Stack column;
        column.add(sheet.text(m_labels.title, SheetPainter::Face::Bold, 9 * scale, columnWidth), accent);
        column.add(sheet.text(m_labels.yourCard, SheetPainter::Face::Text, 6.5 * scale, columnWidth), quiet);
        const Stack code = codeColumn(sheet, m_card, m_labels, columnWidth, 13 * scale, 6 * scale);
        const TextBlock instruction = sheet.text(m_labels.showCard, SheetPainter::Face::Text, 5.5 * scale, columnWidth);
        const qreal codeTop = column.heightMm(sheet) + 2;
        if (codeTop + code.heightMm(sheet) + 2 + sheet.heightMm(instruction) > available)
            continue;
        column.draw(sheet, columnLeading, margin + 0.5, columnWidth);
        code.draw(sheet, columnLeading, margin + 0.5 + codeTop, columnWidth);
        sheet.draw(instruction, columnLeading, margin + qrSide - sheet.heightMm(instruction), columnWidth, quiet);
        return {};
    }
    return tooSmall(QStringLiteral("the texts beside the QR code do not fit"));
}

// The back of a credit card: the places, in one or two columns.
QString CardSheet::drawBack(SheetPainter &sheet) const
{
    constexpr qreal margin = 4;
    const qreal width = sheet.pageMm().width() - 2 * margin;
    const TextBlock heading = sheet.text(m_labels.placesToVisit, SheetPainter::Face::Bold, 8, width);
    sheet.draw(heading, margin, margin, width, accent);
    qreal y = margin + sheet.heightMm(heading) + 0.5;
    sheet.drawRule(margin, y, width, accent);
    y += 1.8;
    PlaceList places(m_card.places, sheet, 8, 5);
    if (!places.fit(width, sheet.pageMm().height() - margin - y))
        return tooSmall(QStringLiteral("%1 places do not fit").arg(m_card.places.size()));
    places.draw(sheet, margin, y);
    return {};
}
