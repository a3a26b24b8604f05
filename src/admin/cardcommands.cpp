#include "cardcommands.h"

#include "cardcode.h"
#include "cardissuer.h"
#include "cardverifier.h"
#include "databasefolder.h"
#include "domainindexer.h"

#include <QJsonArray>

Result<QJsonObject> CardCommands::issue(const IssueRequest &request)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(request.data, false); !error.ok())
        return error;
    const Result<IssuedCard> issued = CardIssuer::issue(folder, { request.organisation, request.initiatives, request.validFrom,
                                                                  request.validUntil, request.language, request.shareProgress });
    if (!issued.ok())
        return issued.error();
    const CardFacts &card = issued.value().card;
    return QJsonObject { { QStringLiteral("ok"), true },
                         { QStringLiteral("code"), card.code },
                         { QStringLiteral("display"), CardCode::display(card.code) },
                         { QStringLiteral("payload"), issued.value().payload },
                         { QStringLiteral("validFrom"), card.validFrom.toString(Qt::ISODate) },
                         { QStringLiteral("validUntil"), card.validUntil.toString(Qt::ISODate) } };
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
