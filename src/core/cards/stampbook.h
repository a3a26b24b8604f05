#pragma once

#include "cardverifier.h"
#include "documentdatabase.h"
#include "fix.h"
#include "result.h"

#include <QDate>

#include <optional>

// One stamp on a card (docs/DATA-MODEL.md, "stamp").
struct Stamp
{
    QString id;
    QString initiative; // initiative id
    QDate date;
    bool byHost = false;
    bool verified = false;
};

// What a stamp attempt did, for the person holding the phone.
struct StampResult
{
    enum class Outcome {
        Stamped,        // a new stamp, verified
        Unverified,     // a self-stamp away from the initiative: kept for the host to confirm
        Confirmed,      // an unverified stamp of that day is now verified
        AlreadyStamped, // this card has that day's stamp for the initiative already
    };
    Outcome outcome = Outcome::Stamped;
    Stamp stamp;
    double distanceMetres = -1; // self-stamps with a fix: how far from the initiative
};

// Stamps Kijk op de Wijk cards in the `cards` database, offline. A host's stamp's id is
// stamp:<code>:<initiative-slug>:<day>, so the same stamp made on two devices converges to one
// document, and a second stamp on the same day changes nothing; a holder's own stamp has the
// same id with ":self", its own document. A host's stamp counts at once and is `verified`; a
// card holder's own stamp (scanning the initiative's poster) counts when the phone is inside
// the initiative's geofence (`nearby`), and is otherwise kept, not counted, until a host stamps
// the card that day. The card itself is checked first: valid on the day, and listing the initiative.
class StampBook
{
public:
    // Where a self-stamp counts, unless the initiative sets its own `stampRadiusMetres`.
    static constexpr double defaultRadiusMetres = 75;
    // A fix less sure than this cannot place the phone at a door.
    static constexpr double maxUsefulAccuracyMetres = 100;

    StampBook(DocumentDatabase &cards, DocumentDatabase &directory) : m_cards(cards), m_directory(directory) { }

    [[nodiscard]] static QString stampId(const QString &code, const QString &initiative, const QDate &day);
    // A holder's own stamp of that day: stampId + ":self", so no write of the holder's can
    // compete with (or win over) the host's document.
    [[nodiscard]] static QString selfStampId(const QString &code, const QString &initiative, const QDate &day);
    // "stamped", "unverified", "confirmed", "already_stamped": for scripts and QML.
    [[nodiscard]] static QString outcomeName(StampResult::Outcome outcome);

    // Why a card cannot take a stamp for this initiative on this day, before anything is written.
    enum class Mismatch { None, NoDay, NotYetValid, Expired, NotOnCard };
    [[nodiscard]] static Mismatch mismatch(const CardFacts &card, const QString &initiative, const QDate &day);

    // The card behind a typed code, from this device's copy of `cards`: for a host without a
    // camera. NotFound says to scan the QR code or sync first; BadRequest why the code is wrong.
    [[nodiscard]] Result<CardFacts> cardOnDevice(const QString &typedCode);
    // The same card's document, for what only the document says (the holder's sharing choice).
    [[nodiscard]] Result<QJsonObject> cardDocument(const QString &typedCode);
    // A host at the initiative stamps a card checked by scan (CardVerifier) or by cardOnDevice.
    [[nodiscard]] Result<StampResult> stampAsHost(const CardFacts &card, const QString &initiative, const QDate &day);
    // The holder scanned the initiative's poster (checked with CardVerifier::verifyPoster).
    [[nodiscard]] Result<StampResult> stampByPoster(const CardFacts &card, const PosterFacts &poster,
                                                    std::optional<Fix> fix, const QDate &day);
    // The day this device's copy of the card says it was revoked (lost, or replaced); invalid
    // while it is not. A revoked card takes no stamp from that day on, scanned or typed.
    [[nodiscard]] QDate revokedOn(const QString &code);
    // Every stamp of a card, oldest first.
    [[nodiscard]] Result<QList<Stamp>> stampsOf(const QString &code);
    // The holder's choice whether the referrer sees progress (the card must be on this device).
    [[nodiscard]] StoreError setShareProgress(const QString &code, bool share);

private:
    DocumentDatabase &m_cards;
    DocumentDatabase &m_directory;

    [[nodiscard]] static StoreError checkCard(const CardFacts &card, const QString &initiative, const QDate &day);
    [[nodiscard]] Result<StampResult> write(const CardFacts &card, const QString &initiative, const QDate &day,
                                            bool byHost, bool verified);
    [[nodiscard]] Stamp verifiedInAnyRevision(const Stamp &stamp);
};
