#include "cardcommands.h"

#include "cardcode.h"
#include "cardverifier.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "organisationkeys.h"
#include "typedstore.h"

#include <QJsonArray>

namespace {
using Code = StoreError::Code;

// A new code that no card in this store has yet (a clash is as unlikely as 1 in 10^11).
Result<QString> freshCode(DocumentDatabase &cards)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString code = CardCode::generate();
        if (!cards.get(QStringLiteral("card:") + code).ok())
            return code;
    }
    return StoreError::make(Code::Internal, QStringLiteral("no free card code found"));
}
}

Result<QJsonObject> CardCommands::issue(const IssueRequest &request)
{
    if (request.initiatives.isEmpty())
        return StoreError::make(Code::BadRequest, QStringLiteral("a card lists at least one initiative (--initiative)"));
    if (!request.validFrom.isValid() || !request.validUntil.isValid() || request.validUntil < request.validFrom)
        return StoreError::make(Code::BadRequest, QStringLiteral("give a validity with --from on or before --until"));
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(request.data, false); !error.ok())
        return error;
    Result<DocumentDatabase *> directory = folder.database(QStringLiteral("directory"));
    Result<DocumentDatabase *> cards = folder.database(QStringLiteral("cards"), true);
    if (!directory.ok())
        return directory.error();
    if (!cards.ok())
        return cards.error();
    if (!folder.databaseNames().contains(QStringLiteral("org-") + request.organisation))
        return StoreError::make(Code::NotFound, QStringLiteral("there is no organisation %1 in this folder").arg(request.organisation.left(60)));
    QStringList initiatives;
    for (const QString &given : request.initiatives) {
        const QString id = given.startsWith(QLatin1String("initiative:")) ? given : QStringLiteral("initiative:") + given;
        if (!directory.value()->get(id).ok())
            return StoreError::make(Code::NotFound, QStringLiteral("%1 is not in the directory").arg(id.left(80)));
        initiatives.append(id);
    }
    Result<QByteArray> secret = OrganisationKeys::secretKey(folder.folder(), *directory.value(), request.organisation);
    if (!secret.ok())
        return secret.error();
    Result<QString> code = freshCode(*cards.value());
    if (!code.ok())
        return code.error();
    const CardFacts card { code.value(), request.organisation, initiatives, request.validFrom, request.validUntil, request.language };
    QJsonObject doc { { QStringLiteral("_id"), QStringLiteral("card:") + card.code },
                      { QStringLiteral("type"), QStringLiteral("card") },
                      { QStringLiteral("code"), card.code },
                      { QStringLiteral("org"), card.org },
                      { QStringLiteral("initiatives"), QJsonArray::fromStringList(initiatives) },
                      { QStringLiteral("validFrom"), card.validFrom.toString(Qt::ISODate) },
                      { QStringLiteral("validUntil"), card.validUntil.toString(Qt::ISODate) },
                      { QStringLiteral("shareProgress"), request.shareProgress } };
    if (!card.language.isEmpty())
        doc.insert(QStringLiteral("language"), card.language);
    if (Result<QString> saved = TypedStore(*cards.value()).save(doc); !saved.ok())
        return saved.error();
    return QJsonObject { { QStringLiteral("ok"), true },
                         { QStringLiteral("code"), card.code },
                         { QStringLiteral("display"), CardCode::display(card.code) },
                         { QStringLiteral("payload"), CardVerifier::payload(card, secret.value()) },
                         { QStringLiteral("validFrom"), doc.value(QLatin1String("validFrom")) },
                         { QStringLiteral("validUntil"), doc.value(QLatin1String("validUntil")) } };
}

Result<QJsonObject> CardCommands::verify(const QString &data, const QString &payload, const QDate &today)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(data, false, SqliteConnection::Mode::ReadOnly); !error.ok())
        return error;
    Result<DocumentDatabase *> directory = folder.database(QStringLiteral("directory"));
    if (!directory.ok())
        return directory.error();
    if (CardVerifier::kindOf(payload) == QLatin1String("POSTER")) {
        const CardVerifier::PosterCheck check = CardVerifier::verifyPoster(payload, *directory.value());
        return QJsonObject { { QStringLiteral("ok"), check.ok() },
                             { QStringLiteral("kind"), QStringLiteral("poster") },
                             { QStringLiteral("problem"), CardVerifier::problemName(check.problem) },
                             { QStringLiteral("reason"), check.reason },
                             { QStringLiteral("poster"), QJsonObject { { QStringLiteral("org"), check.poster.org },
                                                                       { QStringLiteral("initiative"), check.poster.initiative } } } };
    }
    const CardVerifier::Check check = CardVerifier::verify(payload, *directory.value(), today);
    QJsonObject card;
    if (!check.card.code.isEmpty()) {
        card = { { QStringLiteral("code"), check.card.code },
                 { QStringLiteral("org"), check.card.org },
                 { QStringLiteral("initiatives"), QJsonArray::fromStringList(check.card.initiatives) },
                 { QStringLiteral("validFrom"), check.card.validFrom.toString(Qt::ISODate) },
                 { QStringLiteral("validUntil"), check.card.validUntil.toString(Qt::ISODate) } };
    }
    return QJsonObject { { QStringLiteral("ok"), check.ok() },
                         { QStringLiteral("kind"), QStringLiteral("card") },
                         { QStringLiteral("problem"), CardVerifier::problemName(check.problem) },
                         { QStringLiteral("reason"), check.reason },
                         { QStringLiteral("card"), card } };
}
