#include "cardprinter.h"

#include "cardsheet.h"
#include "postersheet.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace {
using Code = StoreError::Code;
constexpr int resolution = 1200; // device units per inch: positions to 0.02 mm

QPageLayout layoutOf(const QSizeF &pageMm, const QString &name)
{
    // A landscape size is given as its portrait page turned, so viewers and printers agree.
    const bool landscape = pageMm.width() > pageMm.height();
    const QPageSize size(landscape ? pageMm.transposed() : pageMm, QPageSize::Millimeter, name, QPageSize::ExactMatch);
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF());
}

// Draws `pages` pages with `drawPage` (an empty answer or why it failed) into `file`.
Result<int> writePdf(const QString &file, const QPageLayout &layout, int pages, const std::function<QString(QPainter &, int)> &drawPage)
{
    if (pages <= 0)
        return StoreError::make(Code::BadRequest, QStringLiteral("nothing to print"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) // QFont would abort the process
        return StoreError::make(Code::Internal, QStringLiteral("printing needs a QGuiApplication for its fonts"));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return StoreError::make(Code::IoError, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    {
        QPdfWriter writer(&out);
        writer.setResolution(resolution);
        writer.setPageLayout(layout);
        writer.setTitle(QStringLiteral("Kijk op de Wijk"));
        writer.setCreator(QStringLiteral("Buurtbrug"));
        QPainter painter;
        if (!painter.begin(&writer))
            return StoreError::make(Code::IoError, QStringLiteral("cannot start a PDF in %1").arg(file));
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage())
                return StoreError::make(Code::IoError, QStringLiteral("cannot add a page to %1").arg(file));
            if (const QString problem = drawPage(painter, page); !problem.isEmpty()) {
                painter.end();
                out.cancelWriting();
                return StoreError::make(Code::BadRequest, problem);
            }
        }
        if (!painter.end())
            return StoreError::make(Code::IoError, QStringLiteral("cannot finish %1").arg(file));
    }
    if (!out.commit())
        return StoreError::make(Code::IoError, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    return pages;
}
}

std::optional<CardFormat> CardPrinter::parseFormat(const QString &name)
{
    if (name == QLatin1String("a6"))
        return CardFormat::A6;
    if (name == QLatin1String("credit-card"))
        return CardFormat::CreditCard;
    return std::nullopt;
}

QString CardPrinter::formatName(CardFormat format)
{
    return format == CardFormat::A6 ? QStringLiteral("a6") : QStringLiteral("credit-card");
}

Result<int> CardPrinter::printCards(const QList<PrintableCard> &cards, CardFormat format, const QString &file)
{
    const int perCard = CardSheet::pagesPerCard(format);
    return writePdf(file, layoutOf(CardSheet::pageMm(format), format == CardFormat::A6 ? QStringLiteral("A6") : QStringLiteral("Credit card")),
                    int(cards.size()) * perCard, [&](QPainter &painter, int page) {
                        return CardSheet(cards.at(page / perCard), format).draw(painter, page % perCard);
                    });
}

Result<int> CardPrinter::printPosters(const QList<PrintablePoster> &posters, const QString &file)
{
    return writePdf(file, layoutOf(PosterSheet::pageMm(), QStringLiteral("A4")), int(posters.size()),
                    [&](QPainter &painter, int page) { return PosterSheet(posters.at(page)).draw(painter); });
}
