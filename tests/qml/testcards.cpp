#include "testcards.h"

#include "appshell.h"
#include "cardcode.h"
#include "cardverifier.h"
#include "documentdatabase.h"
#include "organisationkeys.h"

#include <QJsonArray>
#include <QJsonObject>

TestCards TestCards::issue(AppShell &shell, const QString &dataFolder, const QList<QStringList> &places)
{
    TestCards issued;
    DocumentDatabase *directory = shell.database(QStringLiteral("directory"));
    DocumentDatabase *cards = shell.database(QStringLiteral("cards"));
    const Result<QByteArray> secret = directory ? OrganisationKeys::secretKey(dataFolder, *directory, QStringLiteral("visserijplein"))
                                                : Result<QByteArray>(StoreError::make(StoreError::Code::NotFound, QString()));
    if (!secret.ok() || !cards)
        return issued;
    for (const QStringList &initiatives : places) {
        const QString code = CardCode::generate();
        const CardFacts card { code, QStringLiteral("visserijplein"), initiatives, QDate(2026, 11, 1), QDate(2027, 1, 31),
                               QStringLiteral("nl") };
        const QJsonObject doc { { "_id", "card:" + code }, { "type", "card" }, { "code", code }, { "org", "visserijplein" },
                                { "initiatives", QJsonArray::fromStringList(initiatives) }, { "validFrom", "2026-11-01" },
                                { "validUntil", "2027-01-31" }, { "language", "nl" }, { "shareProgress", true } };
        if (!cards->put(doc).error.ok())
            return {};
        issued.codes.append(code);
        issued.payloads.append(CardVerifier::payload(card, secret.value()));
        issued.places.append(initiatives);
    }
    return issued;
}
