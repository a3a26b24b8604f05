#include "stampcommands.h"

#include "cardprogress.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "stampbook.h"

#include <QJsonArray>

namespace {
using Code = StoreError::Code;

struct Databases
{
    DatabaseFolder folder { DomainIndexer::indexer() };
    DocumentDatabase *cards = nullptr;
    DocumentDatabase *directory = nullptr;
};

StoreError open(Databases &dbs, const QString &data, SqliteConnection::Mode mode)
{
    if (StoreError error = dbs.folder.open(data, false, mode); !error.ok())
        return error;
    Result<DocumentDatabase *> cards = dbs.folder.database(QStringLiteral("cards"));
    Result<DocumentDatabase *> directory = dbs.folder.database(QStringLiteral("directory"));
    if (!cards.ok())
        return cards.error();
    if (!directory.ok())
        return directory.error();
    dbs.cards = cards.value();
    dbs.directory = directory.value();
    return {};
}
}

Result<QJsonObject> StampCommands::stamp(const QString &data, const QString &cardOrPayload, const QString &initiative, const QDate &day)
{
    if (initiative.isEmpty() || !day.isValid())
        return StoreError::make(Code::BadRequest, QStringLiteral("card stamp needs --initiative ID, and --date as YYYY-MM-DD"));
    Databases dbs;
    if (StoreError error = open(dbs, data, SqliteConnection::Mode::ReadWrite); !error.ok())
        return error;
    StampBook book(*dbs.cards, *dbs.directory);
    // A scanned QR code is checked against its signature; a typed code against this folder's cards.
    CardFacts card;
    if (!CardVerifier::kindOf(cardOrPayload).isEmpty()) {
        const CardVerifier::Check check = CardVerifier::verify(cardOrPayload, *dbs.directory, day);
        if (!check.ok())
            return StoreError::make(Code::BadRequest, check.reason);
        card = check.card;
    } else {
        Result<CardFacts> found = book.cardOnDevice(cardOrPayload);
        if (!found.ok())
            return found.error();
        card = found.value();
    }
    Result<StampResult> stamped = book.stampAsHost(card, initiative, day);
    if (!stamped.ok())
        return stamped.error();
    const Stamp &stamp = stamped.value().stamp;
    return QJsonObject { { QStringLiteral("ok"), true },
                         { QStringLiteral("outcome"), StampBook::outcomeName(stamped.value().outcome) },
                         { QStringLiteral("stamp"), stamp.id },
                         { QStringLiteral("card"), card.code },
                         { QStringLiteral("initiative"), stamp.initiative },
                         { QStringLiteral("date"), stamp.date.toString(Qt::ISODate) } };
}

Result<QJsonObject> StampCommands::progress(const QString &data, const QString &code)
{
    Databases dbs;
    if (StoreError error = open(dbs, data, SqliteConnection::Mode::ReadOnly); !error.ok())
        return error;
    StampBook book(*dbs.cards, *dbs.directory);
    const Result<QJsonObject> doc = book.cardDocument(code);
    if (!doc.ok())
        return doc.error();
    const CardFacts card = CardFacts::fromDocument(doc.value());
    QJsonObject answer { { QStringLiteral("code"), card.code },
                         { QStringLiteral("shared"), doc.value().value(QLatin1String("shareProgress")).toBool() } };
    if (!answer.value(QLatin1String("shared")).toBool())
        return answer;
    Result<QList<Stamp>> stamps = book.stampsOf(card.code);
    if (!stamps.ok())
        return stamps.error();
    const CardProgress progress = CardProgressOf::compute(card, stamps.value());
    QJsonArray places;
    for (const CardPlace &place : progress.places) {
        places.append(QJsonObject { { QStringLiteral("initiative"), place.initiative },
                                    { QStringLiteral("stamped"), place.stamped },
                                    { QStringLiteral("pending"), place.pending },
                                    { QStringLiteral("lastVisit"), place.lastVisit.isValid() ? QJsonValue(place.lastVisit.toString(Qt::ISODate))
                                                                                          : QJsonValue() } });
    }
    answer.insert(QStringLiteral("collected"), progress.collected);
    answer.insert(QStringLiteral("pending"), progress.pending);
    answer.insert(QStringLiteral("total"), progress.total());
    answer.insert(QStringLiteral("complete"), progress.complete());
    answer.insert(QStringLiteral("places"), places);
    return answer;
}
