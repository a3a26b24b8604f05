#include "printsource.h"
#include "databasenames.h"

#include "cardcode.h"
#include "cardverifier.h"
#include "directoryrepository.h"
#include "initiativephotos.h"
#include "organisationkeys.h"

#include <QFile>

namespace {
using Code = StoreError::Code;

Result<PrintablePlace> place(DocumentDatabase &directory, const QString &id, const QString &language)
{
    Result<InitiativeInfo> info = DirectoryRepository(directory).initiative(id, language);
    if (!info.ok())
        return info.error().code == Code::NotFound
                ? StoreError::make(Code::NotFound, QStringLiteral("%1 is not in the directory").arg(id.left(80)))
                : info.error();
    const InitiativeInfo &i = info.value();
    QStringList address;
    for (const QString &part : { i.street, QStringLiteral("%1 %2").arg(i.postcode, i.city).trimmed() }) {
        if (!part.trimmed().isEmpty())
            address.append(part.trimmed());
    }
    return PrintablePlace { i.name.text.trimmed().isEmpty() ? id.mid(11) : i.name.text, address.join(QStringLiteral(", ")) };
}

// The display image of the place's first photo, when one is on this device; a poster without
// one is still a poster, so a photo that cannot be read is left out, not an error.
QByteArray firstPhoto(DocumentDatabase &directory, const QString &id)
{
    InitiativePhotos photos(directory);
    const Result<QList<InitiativePhotos::Photo>> all = photos.of(id);
    if (!all.ok())
        return {};
    for (const InitiativePhotos::Photo &photo : all.value()) {
        const Result<QByteArray> bytes = photos.bytes(photo.id, InitiativePhotos::Size::Display);
        if (bytes.ok() && !bytes.value().isEmpty())
            return bytes.value();
    }
    return {};
}

Result<DocumentDatabase *> directoryOf(DatabaseFolder &folder)
{
    return folder.database(QStringLiteral("directory"));
}
}

Result<PrintableCard> PrintSource::card(DatabaseFolder &folder, const QString &typed)
{
    const std::optional<QString> code = CardCode::parse(typed);
    if (!code)
        return StoreError::make(Code::NotFound, QStringLiteral("%1 is not a card code").arg(typed.left(40)));
    Result<DocumentDatabase *> cards = folder.database(QStringLiteral("cards"));
    Result<DocumentDatabase *> directory = directoryOf(folder);
    if (!cards.ok())
        return cards.error();
    if (!directory.ok())
        return directory.error();
    Result<QJsonObject> doc = cards.value()->get(QStringLiteral("card:") + *code);
    if (!doc.ok())
        return doc.error().code == Code::NotFound
                ? StoreError::make(Code::NotFound, QStringLiteral("no card %1 in this folder").arg(CardCode::display(*code)))
                : doc.error();
    CardFacts facts = CardFacts::fromDocument(doc.value());
    facts.code = *code;

    PrintableCard card { facts.code, {}, facts.validFrom, facts.validUntil, facts.language, {} };
    for (const QString &id : std::as_const(facts.initiatives)) {
        Result<PrintablePlace> p = place(*directory.value(), id, facts.language);
        if (!p.ok())
            return StoreError::make(p.error().code, QStringLiteral("card %1: %2").arg(CardCode::display(facts.code), p.error().reason));
        card.places.append(p.value());
    }
    // Only ever the key made at issue: a print must not make a new one that no device knows.
    if (!QFile::exists(OrganisationKeys::keyFile(folder.folder(), facts.org)))
        return StoreError::make(Code::NotFound, QStringLiteral("the secret key of organisation %1 is not in this data folder")
                                                        .arg(facts.org.left(60)));
    Result<QByteArray> secret = OrganisationKeys::secretKey(folder.folder(), *directory.value(), facts.org);
    if (!secret.ok())
        return secret.error();
    card.payload = CardVerifier::payload(facts, secret.value());
    return card;
}

Result<PrintableCard> PrintSource::cardOnDevice(DocumentDatabase &cards, DocumentDatabase &directory, const QString &typed)
{
    const std::optional<QString> code = CardCode::parse(typed);
    if (!code)
        return StoreError::make(Code::BadRequest, QStringLiteral("%1 is not a card code").arg(typed.left(40)));
    Result<QJsonObject> doc = cards.get(QStringLiteral("card:") + *code);
    if (!doc.ok())
        return doc.error().code == Code::NotFound
                ? StoreError::make(Code::NotFound, QStringLiteral("card %1 is not on this device").arg(CardCode::display(*code)))
                : doc.error();
    const CardFacts facts = CardFacts::fromDocument(doc.value());
    const QString payload = doc.value().value(QLatin1String("payload")).toString();
    if (payload.isEmpty())
        return StoreError::make(Code::BadRequest, QStringLiteral("card %1 carries no signed payload").arg(CardCode::display(*code)));
    // The payload must say what the card says: checked offline, against the published key.
    const CardVerifier::Check check = CardVerifier::verify(payload, directory, facts.validFrom);
    if (check.problem == CardVerifier::Problem::UnknownOrganisation)
        return StoreError::make(Code::NotFound, QStringLiteral("the key of organisation %1 is not on this device yet").arg(facts.org.left(60)));
    if ((!check.ok() && check.problem != CardVerifier::Problem::Expired) || check.card.code != *code
        || check.card.validUntil != facts.validUntil || check.card.org != facts.org)
        return StoreError::make(Code::BadRequest, QStringLiteral("card %1's payload does not match the card").arg(CardCode::display(*code)));
    PrintableCard card { *code, payload, facts.validFrom, facts.validUntil, facts.language, {} };
    for (const QString &id : std::as_const(facts.initiatives)) {
        Result<PrintablePlace> p = place(directory, id, facts.language);
        if (!p.ok())
            return StoreError::make(p.error().code, QStringLiteral("card %1: %2").arg(CardCode::display(*code), p.error().reason));
        card.places.append(p.value());
    }
    return card;
}

Result<PrintablePoster> PrintSource::posterOnDevice(DocumentDatabase &directory, const QString &initiative,
                                                    const QString &payload, const QString &language)
{
    const CardVerifier::PosterCheck check = CardVerifier::verifyPoster(payload, directory);
    if (check.problem == CardVerifier::Problem::UnknownOrganisation)
        return StoreError::make(Code::NotFound, QStringLiteral("the organisation's key is not on this device yet"));
    if (!check.ok() || check.poster.initiative != InitiativeRef::id(initiative))
        return StoreError::make(Code::BadRequest, QStringLiteral("the poster's payload does not match %1").arg(initiative.left(80)));
    Result<PrintablePlace> p = place(directory, check.poster.initiative, language);
    if (!p.ok())
        return p.error();
    return PrintablePoster { payload, language, p.value(), firstPhoto(directory, check.poster.initiative) };
}

Result<PrintablePoster> PrintSource::poster(DatabaseFolder &folder, const QString &org, const QString &initiative,
                                            const QString &language)
{
    if (!folder.databaseNames().contains(DatabaseNames::organisation(org)))
        return StoreError::make(Code::NotFound, QStringLiteral("there is no organisation %1 in this folder").arg(org.left(60)));
    Result<DocumentDatabase *> directory = directoryOf(folder);
    if (!directory.ok())
        return directory.error();
    const QString id = InitiativeRef::id(initiative);
    Result<PrintablePlace> p = place(*directory.value(), id, language);
    if (!p.ok())
        return p.error();
    Result<QByteArray> secret = OrganisationKeys::secretKey(folder.folder(), *directory.value(), org);
    if (!secret.ok())
        return secret.error();
    return PrintablePoster { CardVerifier::posterPayload({ org, id }, secret.value()), language, p.value(),
                             firstPhoto(*directory.value(), id) };
}
