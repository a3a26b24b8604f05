#include "cardprintcommands.h"

#include "cardfacts.h"
#include "cardprinter.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "printsource.h"

#include <QJsonArray>

Result<QJsonObject> CardPrintCommands::print(const PrintRequest &request)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(request.data, false, SqliteConnection::Mode::ReadOnly); !error.ok())
        return error;
    QList<PrintableCard> cards;
    QJsonArray codes;
    for (const QString &code : request.codes) {
        Result<PrintableCard> card = PrintSource::card(folder, code);
        if (!card.ok())
            return card.error();
        cards.append(card.value());
        codes.append(card.value().code);
    }
    const Result<int> pages = CardPrinter::printCards(cards, request.format, request.out);
    if (!pages.ok())
        return pages.error();
    return QJsonObject { { QStringLiteral("ok"), true },
                         { QStringLiteral("file"), request.out },
                         { QStringLiteral("format"), CardPrinter::formatName(request.format) },
                         { QStringLiteral("pages"), pages.value() },
                         { QStringLiteral("cards"), codes } };
}

Result<QJsonObject> CardPrintCommands::posters(const PosterRequest &request)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(request.data, false); !error.ok())
        return error;
    QList<PrintablePoster> posters;
    QJsonArray ids;
    for (const QString &initiative : request.initiatives) {
        Result<PrintablePoster> poster = PrintSource::poster(folder, request.organisation, initiative, request.language);
        if (!poster.ok())
            return poster.error();
        posters.append(poster.value());
        ids.append(InitiativeRef::id(initiative));
    }
    const Result<int> pages = CardPrinter::printPosters(posters, request.out);
    if (!pages.ok())
        return pages.error();
    return QJsonObject { { QStringLiteral("ok"), true },
                         { QStringLiteral("file"), request.out },
                         { QStringLiteral("pages"), pages.value() },
                         { QStringLiteral("posters"), ids } };
}
