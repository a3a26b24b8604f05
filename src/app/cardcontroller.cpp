#include "cardcontroller.h"

#include "cardcode.h"
#include "cardprinter.h"
#include "directoryrepository.h"
#include "positionservice.h"
#include "printsource.h"

#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#include <QJsonArray>
#include "uilanguage.h"

#include <QLocale>

namespace {
// Per device, never replicated: where this host stamps, and the holder's own card.
const QString deviceChoicesDoc = QStringLiteral("_local/card-device");

QVariantMap answer(bool ok, const QString &outcome, const QString &message)
{
    return { { QStringLiteral("ok"), ok }, { QStringLiteral("outcome"), outcome }, { QStringLiteral("message"), message } };
}

}

CardController::CardController(DocumentDatabase *directory, PositionService *position, QObject *parent)
    : QObject(parent), m_directory(directory), m_position(position), m_clock([] { return QDateTime::currentDateTime(); })
{
    if (m_directory) {
        connect(m_directory, &DocumentDatabase::documentsChanged, this, &CardController::bump);
        // Places are listed by name.
        connect(m_directory, &DocumentDatabase::documentsChanged, &m_cardList, &CardListModel::cardsChanged);
    }
    // "Nearest next" follows the holder as they walk: recomputed after some steps, not at every
    // fix, since a card page reads the directory for each of its places.
    if (m_position) {
        connect(m_position, &PositionService::positionChanged, this, [this] {
            const Geo::Point here { m_position->latitude(), m_position->longitude() };
            if (m_myCode.isEmpty() || (Geo::isValid(m_nextFrom) && Geo::distanceMetres(m_nextFrom, here) < nextVisitStepMetres))
                return;
            m_nextFrom = here;
            bump();
        });
    }
}

void CardController::setDatabase(DocumentDatabase *cards)
{
    if (m_cards)
        disconnect(m_cards, nullptr, this, nullptr);
    m_cards = cards;
    if (m_cards) {
        // Stamps and the holder's choice arrive by sync as well as from this phone.
        connect(m_cards, &DocumentDatabase::documentsChanged, this, &CardController::bump);
        connect(m_cards, &DocumentDatabase::documentsChanged, &m_cardList, &CardListModel::cardsChanged);
        loadDeviceChoices();
    }
    m_cardList.setSource(m_cards, m_directory, m_organisation, m_language);
    bump();
}

void CardController::setOrganisation(const QString &org)
{
    m_organisation = org;
    m_cardList.setSource(m_cards, m_directory, m_organisation, m_language);
}

void CardController::setEnrolledCard(const QString &code)
{
    if (code.isEmpty() || code == m_myCode)
        return;
    m_myCode = code;
    m_myPayload.clear();
    saveDeviceChoices();
    bump();
}

void CardController::setLanguage(const QString &language)
{
    m_language = language;
    m_cardList.setSource(m_cards, m_directory, m_organisation, m_language);
    bump();
}

void CardController::bump()
{
    ++m_revision;
    emit changed();
}

void CardController::loadDeviceChoices()
{
    const Result<QJsonObject> stored = m_cards->getLocal(deviceChoicesDoc);
    if (!stored.ok())
        return;
    m_stampingFor = stored.value().value(QLatin1String("stampingFor")).toString();
    m_myCode = stored.value().value(QLatin1String("myCode")).toString();
    m_myPayload = stored.value().value(QLatin1String("myPayload")).toString();
}

void CardController::saveDeviceChoices()
{
    if (!m_cards)
        return;
    QJsonObject doc { { QStringLiteral("_id"), deviceChoicesDoc },
                      { QStringLiteral("stampingFor"), m_stampingFor },
                      { QStringLiteral("myCode"), m_myCode },
                      { QStringLiteral("myPayload"), m_myPayload } };
    if (const Result<QJsonObject> previous = m_cards->getLocal(deviceChoicesDoc); previous.ok())
        doc.insert(QStringLiteral("_rev"), previous.value().value(QLatin1String("_rev")));
    (void)m_cards->putLocal(doc);
}

void CardController::setStampingFor(const QString &initiative)
{
    if (initiative == m_stampingFor)
        return;
    m_stampingFor = initiative;
    saveDeviceChoices();
    bump();
}

std::optional<Fix> CardController::fix() const
{
    // The fallback point is no fix, and one of unknown accuracy vouches for nothing.
    if (!m_position || !m_position->hasFix() || m_position->accuracy() <= 0)
        return std::nullopt;
    return Fix { { m_position->latitude(), m_position->longitude() }, m_position->accuracy() };
}

QString CardController::placeName(const QString &initiative) const
{
    if (!m_directory)
        return initiative;
    const Result<InitiativeInfo> info = DirectoryRepository(*m_directory).initiative(initiative, m_language);
    return info.ok() && !info.value().name.text.isEmpty() ? info.value().name.text : InitiativeRef::slug(initiative);
}

QString CardController::longDate(const QDate &date) const
{
    return UiLanguage::locale(m_language).toString(date, QLocale::LongFormat);
}

QVariantList CardController::stampPlaces() const
{
    QVariantList places;
    if (!m_directory)
        return places;
    const Result<QList<InitiativeInfo>> all = DirectoryRepository(*m_directory).initiatives(m_language);
    for (const InitiativeInfo &info : all.ok() ? all.value() : QList<InitiativeInfo>()) {
        if (!m_hostedPlaces.isEmpty() && !m_hostedPlaces.contains(info.id))
            continue;
        places.append(QVariantMap { { QStringLiteral("id"), info.id }, { QStringLiteral("name"), info.name.text } });
    }
    return places;
}

void CardController::setHostedPlaces(const QStringList &initiatives)
{
    if (initiatives == m_hostedPlaces)
        return;
    m_hostedPlaces = initiatives;
    // A place kept from before that this device does not host is no choice any more; one
    // hosted place needs no choosing.
    if (!m_hostedPlaces.isEmpty() && !m_hostedPlaces.contains(m_stampingFor)) {
        m_stampingFor = m_hostedPlaces.size() == 1 ? m_hostedPlaces.first() : QString();
        saveDeviceChoices();
    }
    bump();
}

QString CardController::refusal(const CardVerifier::Problem problem, const CardFacts &card) const
{
    using P = CardVerifier::Problem;
    switch (problem) {
    case P::None: return {};
    case P::NotOurs: return tr("This is not a Kijk op de Wijk code.");
    case P::Malformed: return tr("The code could not be read completely. Hold the phone a little closer and try again.");
    case P::NotACard: return tr("This is an initiative's poster, not a card.");
    case P::NotAPoster: return tr("This is a card. Scan the code on the poster of the place you are visiting.");
    case P::UnknownOrganisation: return tr("This card's organisation is not known on this phone yet. Sync, then try again.");
    case P::BadSignature: return tr("This code is not genuine: it was changed or copied wrongly.");
    case P::BadCode: return tr("The card's code is not valid.");
    case P::NotYetValid: return tr("This card is valid from %1.").arg(longDate(card.validFrom));
    case P::Expired: return tr("This card expired on %1.").arg(longDate(card.validUntil));
    }
    return {};
}

// StampBook's check of the card's own limits, worded for the person holding the phone.
QString CardController::cardMismatch(const CardFacts &card, const QString &initiative) const
{
    switch (StampBook::mismatch(card, initiative, today())) {
    case StampBook::Mismatch::None:
    case StampBook::Mismatch::NoDay: return {};
    case StampBook::Mismatch::NotYetValid: return refusal(CardVerifier::Problem::NotYetValid, card);
    case StampBook::Mismatch::Expired: return refusal(CardVerifier::Problem::Expired, card);
    case StampBook::Mismatch::NotOnCard: return tr("%1 is not on this card.").arg(placeName(initiative));
    }
    return {};
}

std::optional<CardFacts> CardController::readCard(const QString &text, bool keepExpired, const QString &notOnPhone,
                                                  QString *problem) const
{
    if (!CardVerifier::kindOf(text).isEmpty() || text.contains(u':')) {
        const CardVerifier::Check check = CardVerifier::verify(text, *m_directory, today());
        if (check.ok() || (keepExpired && check.problem == CardVerifier::Problem::Expired))
            return check.card;
        *problem = refusal(check.problem, check.card);
        return std::nullopt;
    }
    const Result<CardFacts> found = StampBook(*m_cards, *m_directory).cardOnDevice(text);
    if (found.ok())
        return found.value();
    *problem = found.error().code == StoreError::Code::NotFound ? notOnPhone : tr("This code has a typo. Check it against the card.");
    return std::nullopt;
}

QString CardController::storeMessage(const StoreError &error)
{
    if (error.code == StoreError::Code::DiskFull)
        return tr("The phone is full. Nothing was saved.");
    return tr("Not saved: %1").arg(error.reason);
}

QVariantMap CardController::stampCard(const QString &scannedOrTyped)
{
    if (!m_cards || !m_directory)
        return answer(false, QStringLiteral("refused"), tr("Cards are not available on this phone."));
    if (m_stampingFor.isEmpty())
        return answer(false, QStringLiteral("refused"), tr("First choose the place you are stamping for."));
    QString problem;
    const std::optional<CardFacts> read =
            readCard(scannedOrTyped, false, tr("This card is not on this phone yet. Scan its QR code, or sync first."), &problem);
    if (!read)
        return answer(false, QStringLiteral("refused"), problem);
    const CardFacts &card = *read;
    if (const QString mismatch = cardMismatch(card, m_stampingFor); !mismatch.isEmpty())
        return answer(false, QStringLiteral("refused"), mismatch);
    if (const QDate revoked = StampBook(*m_cards, *m_directory).revokedOn(card.code); revoked.isValid() && revoked <= today())
        return answer(false, QStringLiteral("refused"), tr("Card %1 was revoked on %2: it takes no stamps.").arg(CardCode::display(card.code), longDate(revoked)));
    const Result<StampResult> stamped = StampBook(*m_cards, *m_directory).stampAsHost(card, m_stampingFor, today());
    if (!stamped.ok())
        return answer(false, QStringLiteral("refused"), storeMessage(stamped.error()));
    const QString place = placeName(m_stampingFor);
    const QString code = CardCode::display(card.code);
    const StampResult::Outcome outcome = stamped.value().outcome;
    const QString message = outcome == StampResult::Outcome::AlreadyStamped ? tr("Card %1 already has today's stamp for %2.").arg(code, place)
                          : outcome == StampResult::Outcome::Confirmed      ? tr("Stamp confirmed on card %1: %2.").arg(code, place)
                                                                            : tr("Stamped card %1: %2.").arg(code, place);
    return answer(true, StampBook::outcomeName(outcome), message);
}

QVariantMap CardController::addMyCard(const QString &scannedOrTyped)
{
    if (!m_cards || !m_directory)
        return answer(false, QStringLiteral("refused"), tr("Cards are not available on this phone."));
    // An expired card is still the holder's: they may want to look back at it.
    QString problem;
    const std::optional<CardFacts> card = readCard(scannedOrTyped, true, tr("Scan the QR code on your card to add it."), &problem);
    if (!card)
        return answer(false, QStringLiteral("refused"), problem);
    m_myCode = card->code;
    // The signed QR code speaks for the card offline; a typed code needs the synced document.
    m_myPayload = scannedOrTyped.contains(u':') ? scannedOrTyped.trimmed() : QString();
    saveDeviceChoices();
    bump();
    return answer(true, QStringLiteral("added"), tr("Your card is on this phone now."));
}

void CardController::forgetMyCard()
{
    m_myCode.clear();
    m_myPayload.clear();
    saveDeviceChoices();
    bump();
}

std::optional<CardFacts> CardController::myFacts() const
{
    if (m_myCode.isEmpty() || !m_cards || !m_directory)
        return std::nullopt;
    // The signed QR code speaks for the card offline; a synced card document is as good.
    if (!m_myPayload.isEmpty()) {
        const CardVerifier::Check check = CardVerifier::verify(m_myPayload, *m_directory, today());
        if (check.ok() || check.problem == CardVerifier::Problem::Expired)
            return check.card;
    }
    const Result<CardFacts> found = StampBook(*m_cards, *m_directory).cardOnDevice(m_myCode);
    return found.ok() ? std::optional<CardFacts>(found.value()) : std::nullopt;
}

QVariantMap CardController::stampWithPoster(const QString &scanned)
{
    const std::optional<CardFacts> card = myFacts();
    if (!card)
        return answer(false, QStringLiteral("refused"), tr("Add your card first."));
    const CardVerifier::PosterCheck poster = CardVerifier::verifyPoster(scanned, *m_directory);
    if (!poster.ok())
        return answer(false, QStringLiteral("refused"), refusal(poster.problem, *card));
    if (const QString mismatch = cardMismatch(*card, poster.poster.initiative); !mismatch.isEmpty())
        return answer(false, QStringLiteral("refused"), mismatch);
    const Result<StampResult> stamped = StampBook(*m_cards, *m_directory).stampByPoster(*card, poster.poster, fix(), today());
    if (!stamped.ok())
        return answer(false, QStringLiteral("refused"), storeMessage(stamped.error()));
    const QString place = placeName(poster.poster.initiative);
    const StampResult::Outcome outcome = stamped.value().outcome;
    QString message;
    if (outcome == StampResult::Outcome::AlreadyStamped)
        message = tr("You already have today's stamp for %1.").arg(place);
    else if (outcome == StampResult::Outcome::Unverified)
        message = tr("Saved. The stamp for %1 counts once the host confirms it: ask them to scan your card.").arg(place);
    else
        message = tr("Stamped: %1. Well done!").arg(place);
    return answer(true, StampBook::outcomeName(outcome), message);
}

QString CardController::setShareProgress(bool share)
{
    if (!m_cards || !m_directory || m_myCode.isEmpty())
        return tr("Add your card first.");
    const StoreError error = StampBook(*m_cards, *m_directory).setShareProgress(m_myCode, share);
    if (error.code == StoreError::Code::NotFound)
        return tr("This choice can be changed once your card has synced to this phone.");
    return error.ok() ? QString() : storeMessage(error);
}

QVariantMap CardController::myCard() const
{
    if (m_myCardRevision != m_revision) {
        m_myCard = computeMyCard();
        m_myCardRevision = m_revision;
    }
    return m_myCard;
}

QStringList CardController::myCardPlaces() const
{
    const std::optional<CardFacts> card = myFacts();
    return card ? card->initiatives : QStringList();
}

QVariantMap CardController::computeMyCard() const
{
    const std::optional<CardFacts> card = myFacts();
    if (!card)
        return {};
    StampBook book(*m_cards, *m_directory);
    const Result<QList<Stamp>> stamps = book.stampsOf(card->code);
    const CardProgress progress = CardProgressOf::compute(*card, stamps.ok() ? stamps.value() : QList<Stamp>());
    DirectoryRepository directory(*m_directory);
    QVariantList places;
    QHash<QString, QString> names;
    for (const CardPlace &place : progress.places) {
        const Result<InitiativeInfo> info = directory.initiative(place.initiative, m_language);
        const QString street = info.ok() ? info.value().street : QString();
        const QString name = info.ok() && !info.value().name.text.isEmpty() ? info.value().name.text : InitiativeRef::slug(place.initiative);
        names.insert(place.initiative, name);
        places.append(QVariantMap { { QStringLiteral("id"), place.initiative },
                                    { QStringLiteral("name"), name },
                                    { QStringLiteral("address"), street },
                                    { QStringLiteral("stamped"), place.stamped },
                                    { QStringLiteral("pending"), place.pending },
                                    { QStringLiteral("lastVisit"), place.lastVisit.isValid() ? longDate(place.lastVisit) : QString() } });
    }
    QVariantMap next;
    const std::optional<Fix> here = fix();
    const std::optional<NextVisit> visit = CardProgressOf::nextOpenToday(progress, directory, m_clock(),
                                                                         here ? std::optional<Geo::Point>(here->point) : std::nullopt);
    if (visit) {
        next = { { QStringLiteral("id"), visit->initiative },
                 { QStringLiteral("name"), names.value(visit->initiative) },
                 { QStringLiteral("time"), visit->start.isValid() ? UiLanguage::locale(m_language).toString(visit->start, QLocale::ShortFormat) : QString() },
                 { QStringLiteral("distance"), Geo::walk(visit->distanceMetres, here ? here->accuracyMetres : qQNaN()).metres },
                 { QStringLiteral("minutes"), Geo::walk(visit->distanceMetres, here ? here->accuracyMetres : qQNaN()).minutes } };
    }
    const Result<QJsonObject> doc = m_cards->get(QStringLiteral("card:") + card->code);
    return { { QStringLiteral("code"), CardCode::display(card->code) },
             { QStringLiteral("validUntil"), longDate(card->validUntil) },
             { QStringLiteral("expired"), today() > card->validUntil },
             { QStringLiteral("collected"), progress.collected },
             { QStringLiteral("pending"), progress.pending },
             { QStringLiteral("total"), progress.total() },
             { QStringLiteral("complete"), progress.complete() },
             { QStringLiteral("shareKnown"), doc.ok() },
             { QStringLiteral("shareProgress"), doc.ok() && doc.value().value(QLatin1String("shareProgress")).toBool() },
             { QStringLiteral("places"), places },
             { QStringLiteral("next"), next } };
}

QList<QJsonObject> CardController::organisationCardDocs() const
{
    QList<QJsonObject> docs;
    if (!m_cards)
        return docs;
    const Result<QStringList> ids = m_cards->queryIndex(QStringLiteral("by-type"), QStringLiteral("card"), QStringLiteral("card"));
    for (const QString &id : ids.ok() ? ids.value() : QStringList()) {
        const Result<QJsonObject> doc = m_cards->get(id);
        if (doc.ok() && (m_organisation.isEmpty() || doc.value().value(QLatin1String("org")).toString() == m_organisation))
            docs.append(doc.value());
    }
    std::sort(docs.begin(), docs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("validFrom")).toString() > b.value(QLatin1String("validFrom")).toString();
    });
    return docs;
}

void CardController::setIssuer(Issuer issuer)
{
    m_issuer = std::move(issuer);
    bump();
}

bool CardController::issueCard(const QStringList &initiatives, int months, const QString &language, bool shareProgress)
{
    const auto refused = [this](const QString &message) {
        emit issueFinished({ { QStringLiteral("ok"), false }, { QStringLiteral("message"), message } });
        return false;
    };
    if (m_issuing)
        return false; // one card at a time; the first answer is still coming
    if (!m_issuer)
        return refused(tr("Cards are issued by the server. Join your organisation first."));
    if (initiatives.isEmpty())
        return refused(tr("Choose at least one place for the card."));
    const QDate from = today();
    const QJsonObject form { { QStringLiteral("initiatives"), QJsonArray::fromStringList(initiatives) },
                             { QStringLiteral("validFrom"), from.toString(Qt::ISODate) },
                             { QStringLiteral("validUntil"), from.addMonths(qBound(1, months, 12)).toString(Qt::ISODate) },
                             { QStringLiteral("language"), language },
                             { QStringLiteral("shareProgress"), shareProgress } };
    m_issuing = m_issuer(form, [this](const ServerAnswer &answer) { issued(answer); });
    if (m_issuing)
        m_issuing->setParent(this);
    emit issuingChanged();
    return true;
}

void CardController::cancelIssue()
{
    if (!m_issuing)
        return;
    m_issuing->cancel();
    m_issuing->deleteLater();
    m_issuing.clear();
    emit issuingChanged();
    emit issueFinished({ { QStringLiteral("ok"), false }, { QStringLiteral("cancelled"), true },
                         { QStringLiteral("message"), tr("Cancelled: no card was issued.") } });
}

void CardController::issued(const ServerAnswer &answer)
{
    if (m_issuing)
        m_issuing->deleteLater();
    m_issuing.clear();
    emit issuingChanged();
    const auto refused = [this](const QString &message) {
        emit issueFinished({ { QStringLiteral("ok"), false }, { QStringLiteral("message"), message } });
    };
    switch (answer.error.code) {
    case StoreError::Code::None:
        break;
    case StoreError::Code::Forbidden:
    case StoreError::Code::Unauthorized:
        return refused(tr("Only a coordinator can issue cards."));
    case StoreError::Code::NotFound:
        return refused(tr("A chosen place is not known on the server yet. Sync, then try again."));
    case StoreError::Code::IoError:
        return refused(tr("The server could not be reached. A card can be issued when there is a network."));
    default:
        return refused(tr("The card was not issued: %1").arg(answer.error.reason));
    }
    const QJsonObject &card = answer.body;
    emit issueFinished({ { QStringLiteral("ok"), true },
             { QStringLiteral("message"), tr("Card %1 is valid until %2. The holder can scan the code below with their phone.")
                                                  .arg(card.value(QLatin1String("display")).toString(),
                                                       longDate(QDate::fromString(card.value(QLatin1String("validUntil")).toString(), Qt::ISODate))) },
             { QStringLiteral("code"), card.value(QLatin1String("display")).toString() },
             { QStringLiteral("payload"), card.value(QLatin1String("payload")).toString() } });
}

QStringList CardController::lastCardPlaces(int) const
{
    const QList<QJsonObject> docs = organisationCardDocs();
    return docs.isEmpty() ? QStringList() : CardFacts::fromDocument(docs.constFirst()).initiatives;
}

QVariantMap CardController::cardDetails(const QString &code, int) const
{
    if (!m_cards || !m_directory)
        return {};
    StampBook book(*m_cards, *m_directory);
    const Result<QJsonObject> doc = book.cardDocument(code);
    if (!doc.ok() || (!m_organisation.isEmpty() && doc.value().value(QLatin1String("org")).toString() != m_organisation))
        return {};
    const QJsonObject &card = doc.value();
    const CardFacts facts = CardFacts::fromDocument(card);
    QStringList places;
    for (const QString &initiative : facts.initiatives)
        places.append(placeName(initiative));
    const bool shared = card.value(QLatin1String("shareProgress")).toBool();
    int collected = -1;
    int total = -1;
    // The holder's choice decides: no stamp of a private card is even read for this view.
    if (shared) {
        if (const Result<QList<Stamp>> stamps = book.stampsOf(facts.code); stamps.ok()) {
            const CardProgress progress = CardProgressOf::compute(facts, stamps.value());
            collected = progress.collected;
            total = progress.total();
        }
    }
    const QDate revoked = QDate::fromString(card.value(QLatin1String("revoked")).toString(), Qt::ISODate);
    const QString replacedBy = card.value(QLatin1String("replacedBy")).toString();
    const QString replaces = card.value(QLatin1String("replaces")).toString();
    return { { QStringLiteral("code"), facts.code },
             { QStringLiteral("display"), CardCode::display(facts.code) },
             { QStringLiteral("validFrom"), longDate(facts.validFrom) },
             { QStringLiteral("validUntil"), longDate(facts.validUntil) },
             { QStringLiteral("validUntilIso"), facts.validUntil.toString(Qt::ISODate) },
             { QStringLiteral("expired"), facts.validUntil < today() },
             { QStringLiteral("places"), places },
             { QStringLiteral("shared"), shared },
             { QStringLiteral("collected"), collected },
             { QStringLiteral("total"), total },
             { QStringLiteral("revoked"), revoked.isValid() ? longDate(revoked) : QString() },
             { QStringLiteral("replacedBy"), replacedBy.isEmpty() ? QString() : CardCode::display(replacedBy) },
             { QStringLiteral("replaces"), replaces.isEmpty() ? QString() : CardCode::display(replaces) },
             { QStringLiteral("canReprint"), card.value(QLatin1String("payload")).toString().startsWith(QLatin1String("BUURTBRUG:CARD:1:")) } };
}

QVariantMap CardController::reprintCard(const QString &code, const QString &format)
{
    const auto result = [](bool ok, const QString &message, const QString &file = {}) {
        return QVariantMap { { QStringLiteral("ok"), ok }, { QStringLiteral("message"), message }, { QStringLiteral("file"), file } };
    };
    const std::optional<CardFormat> parsed = CardPrinter::parseFormat(format);
    if (!m_cards || !m_directory || !parsed)
        return result(false, tr("Cards are not available on this phone."));
    if (cardDetails(code, 0).isEmpty())
        return result(false, tr("This card is not one of your organisation's cards on this device. Sync, then try again."));
    const Result<PrintableCard> card = PrintSource::cardOnDevice(*m_cards, *m_directory, code);
    if (!card.ok())
        return result(false, card.error().code == StoreError::Code::BadRequest
                                     ? tr("This card cannot be reprinted from this device: its signed code is not here. Issue a replacement instead.")
                             : card.error().code == StoreError::Code::NotFound
                                     ? refusal(CardVerifier::Problem::UnknownOrganisation, {})
                                     : storeMessage(card.error()));
    const QString fileName = QStringLiteral("card-%1-%2.pdf").arg(card.value().code, CardPrinter::formatName(*parsed));
    return openPrintout(fileName, [&](const QString &file) { return CardPrinter::printCards({ card.value() }, *parsed, file); },
                        tr("Card %1 is ready to print.").arg(CardCode::display(card.value().code)));
}

QVariantMap CardController::openPrintout(const QString &fileName, const std::function<Result<int>(const QString &)> &print,
                                         const QString &done)
{
    const auto result = [](bool ok, const QString &message, const QString &file = {}) {
        return QVariantMap { { QStringLiteral("ok"), ok }, { QStringLiteral("message"), message }, { QStringLiteral("file"), file } };
    };
    // Where the report exports go too: a folder a person finds again.
    const QString folder = m_printFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Buurtbrug")
            : m_printFolder;
    if (!QDir().mkpath(folder))
        return result(false, tr("Cannot write to %1.").arg(QDir::toNativeSeparators(folder)));
    // One file per card and format (per day for posters): printing again replaces it.
    const QString file = QDir(folder).filePath(fileName);
    const Result<int> pages = print(file);
    if (!pages.ok())
        return result(false, tr("The printout could not be made: %1").arg(pages.error().reason));
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
        return result(true, tr("Saved as %1. No program to show PDF files was found: open it from there.").arg(QDir::toNativeSeparators(file)), file);
    return result(true, done, file);
}

bool CardController::changeCard(const QString &code, const QString &action, int months)
{
    const auto refused = [this, &action, &code](const QString &message) {
        emit changeFinished({ { QStringLiteral("ok"), false }, { QStringLiteral("message"), message },
                              { QStringLiteral("action"), action }, { QStringLiteral("code"), code } });
        return false;
    };
    if (m_changing)
        return false; // one change at a time; the first answer is still coming
    if (!m_changer)
        return refused(tr("Cards are changed through the server. Join your organisation first."));
    const QVariantMap card = cardDetails(code, 0);
    if (card.isEmpty())
        return refused(tr("This card is not one of your organisation's cards."));
    const QString canonical = card.value(QStringLiteral("code")).toString();
    QJsonObject form;
    int expected = 200;
    if (action == QLatin1String("extend")) {
        const QDate until = QDate::fromString(card.value(QStringLiteral("validUntilIso")).toString(), Qt::ISODate);
        // From the card's end, or from today for an expired card: never shorter than it was.
        form.insert(QStringLiteral("validUntil"), std::max(until, today()).addMonths(qBound(1, months, 12)).toString(Qt::ISODate));
    } else if (action == QLatin1String("replace")) {
        expected = 201;
    } else if (action != QLatin1String("revoke")) {
        return refused(tr("Unknown change."));
    }
    m_changing = m_changer(QStringLiteral("/_cards/%1/%2").arg(canonical, action), form, expected,
                           [this, action, canonical](const ServerAnswer &answer) { cardChangeAnswered(action, canonical, answer); });
    if (m_changing)
        m_changing->setParent(this);
    emit changingChanged();
    return true;
}

void CardController::cardChangeAnswered(const QString &action, const QString &code, const ServerAnswer &answer)
{
    if (m_changing)
        m_changing->deleteLater();
    m_changing.clear();
    emit changingChanged();
    QString message;
    bool ok = answer.error.ok();
    const QString display = CardCode::display(code);
    switch (answer.error.code) {
    case StoreError::Code::None:
        if (action == QLatin1String("revoke"))
            message = tr("Card %1 is revoked. Hosts' phones refuse it after their next sync.").arg(display);
        else if (action == QLatin1String("extend"))
            message = tr("Card %1 is now valid until %2. Reprint it for the holder.")
                              .arg(display, longDate(QDate::fromString(answer.body.value(QLatin1String("validUntil")).toString(), Qt::ISODate)));
        else
            message = tr("Card %1 replaces card %2, with its stamps. Print it for the holder.")
                              .arg(answer.body.value(QLatin1String("display")).toString(), display);
        break;
    case StoreError::Code::Forbidden:
    case StoreError::Code::Unauthorized: message = tr("Only a coordinator can change cards."); break;
    case StoreError::Code::NotFound: message = tr("The server does not know card %1 as one of your organisation's cards. Nothing was changed.").arg(display); break;
    case StoreError::Code::Conflict: message = tr("Card %1 was revoked already. Nothing was changed.").arg(display); break;
    case StoreError::Code::IoError: message = tr("The server could not be reached. Nothing was changed; try again when there is a network."); break;
    default: message = tr("Nothing was changed: %1").arg(answer.error.reason); break;
    }
    QVariantMap result { { QStringLiteral("ok"), ok }, { QStringLiteral("message"), message },
                         { QStringLiteral("action"), action }, { QStringLiteral("code"), code } };
    if (ok && action == QLatin1String("replace"))
        result.insert(QStringLiteral("newCode"), answer.body.value(QLatin1String("code")).toString());
    emit changeFinished(result);
}

bool CardController::printPosters(const QStringList &initiatives)
{
    const auto refused = [this](const QString &message) {
        emit postersFinished({ { QStringLiteral("ok"), false }, { QStringLiteral("message"), message } });
        return false;
    };
    if (m_changing)
        return false; // one question to the server at a time
    if (!m_changer)
        return refused(tr("Posters are signed by the server. Join your organisation first."));
    if (initiatives.isEmpty())
        return refused(tr("Choose at least one place for the posters."));
    m_changing = m_changer(QStringLiteral("/_posters"), { { QStringLiteral("initiatives"), QJsonArray::fromStringList(initiatives) } },
                           200, [this](const ServerAnswer &answer) { postersAnswered(answer); });
    if (m_changing)
        m_changing->setParent(this);
    emit changingChanged();
    return true;
}

void CardController::postersAnswered(const ServerAnswer &answer)
{
    if (m_changing)
        m_changing->deleteLater();
    m_changing.clear();
    emit changingChanged();
    const auto refused = [this](const QString &message) {
        emit postersFinished({ { QStringLiteral("ok"), false }, { QStringLiteral("message"), message } });
    };
    switch (answer.error.code) {
    case StoreError::Code::None: break;
    case StoreError::Code::Forbidden:
    case StoreError::Code::Unauthorized: return refused(tr("Only a coordinator can print posters."));
    case StoreError::Code::NotFound: return refused(tr("A chosen place is not known on the server yet. Sync, then try again."));
    case StoreError::Code::IoError: return refused(tr("The server could not be reached. Posters can be printed when there is a network."));
    default: return refused(tr("The posters were not printed: %1").arg(answer.error.reason));
    }
    QList<PrintablePoster> posters;
    for (const QJsonValue &signedPoster : answer.body.value(QLatin1String("posters")).toArray()) {
        const Result<PrintablePoster> poster =
                PrintSource::posterOnDevice(*m_directory, signedPoster[QLatin1String("initiative")].toString(),
                                            signedPoster[QLatin1String("payload")].toString(), m_language);
        if (!poster.ok())
            return refused(poster.error().code == StoreError::Code::NotFound
                                   ? refusal(CardVerifier::Problem::UnknownOrganisation, {})
                                   : tr("The server's answer could not be checked. Nothing was printed."));
        posters.append(poster.value());
    }
    if (posters.isEmpty())
        return refused(tr("The server's answer could not be checked. Nothing was printed."));
    const QString fileName = QStringLiteral("posters-%1.pdf").arg(today().toString(Qt::ISODate));
    QVariantMap printed = openPrintout(fileName, [&](const QString &file) { return CardPrinter::printPosters(posters, file); },
                                       tr("%n poster(s) ready to print.", "", int(posters.size())));
    emit postersFinished(printed);
}
