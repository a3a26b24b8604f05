#include "stampbook.h"

#include "cardcode.h"
#include "typedstore.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace {
using Code = StoreError::Code;

// `verified` is a host's word; a self-stamp counts when the holder's phone was at the door
// (`nearby`, the phone's own claim). Self-stamps from before `nearby` carried it in `verified`.
Stamp stampFrom(const QJsonObject &doc)
{
    const bool byHost = doc.value(QLatin1String("method")).toString() != QLatin1String("self");
    const bool counts = byHost ? doc.value(QLatin1String("verified")).toBool(true)
                               : doc.value(QLatin1String("nearby")).toBool(doc.value(QLatin1String("verified")).toBool());
    return { doc.value(QLatin1String("_id")).toString(), doc.value(QLatin1String("initiative")).toString(),
             QDate::fromString(doc.value(QLatin1String("date")).toString(), Qt::ISODate), byHost, counts };
}
}

QString StampBook::stampId(const QString &code, const QString &initiative, const QDate &day)
{
    return QStringLiteral("stamp:%1:%2:%3").arg(code, InitiativeRef::slug(initiative), day.toString(Qt::ISODate));
}

Result<QJsonObject> StampBook::cardDocument(const QString &typedCode)
{
    QString why;
    const std::optional<QString> code = CardCode::parse(typedCode, &why);
    if (!code)
        return StoreError::make(Code::BadRequest, why);
    Result<QJsonObject> doc = m_cards.get(QStringLiteral("card:") + *code);
    if (!doc.ok()) {
        if (doc.error().code != Code::NotFound)
            return doc.error();
        return StoreError::make(Code::NotFound, QStringLiteral("this card is not on this device yet: scan its QR code, or sync first"));
    }
    return doc;
}

Result<CardFacts> StampBook::cardOnDevice(const QString &typedCode)
{
    const Result<QJsonObject> doc = cardDocument(typedCode);
    if (!doc.ok())
        return doc.error();
    return CardFacts::fromDocument(doc.value());
}

QString StampBook::outcomeName(StampResult::Outcome outcome)
{
    switch (outcome) {
    case StampResult::Outcome::Stamped: return QStringLiteral("stamped");
    case StampResult::Outcome::Unverified: return QStringLiteral("unverified");
    case StampResult::Outcome::Confirmed: return QStringLiteral("confirmed");
    case StampResult::Outcome::AlreadyStamped: return QStringLiteral("already_stamped");
    }
    return {};
}

StampBook::Mismatch StampBook::mismatch(const CardFacts &card, const QString &initiative, const QDate &day)
{
    if (!day.isValid())
        return Mismatch::NoDay;
    if (day < card.validFrom)
        return Mismatch::NotYetValid;
    if (day > card.validUntil)
        return Mismatch::Expired;
    if (!card.initiatives.contains(InitiativeRef::id(initiative)))
        return Mismatch::NotOnCard;
    return Mismatch::None;
}

StoreError StampBook::checkCard(const CardFacts &card, const QString &initiative, const QDate &day)
{
    const auto refuse = [](const QString &reason) { return StoreError::make(Code::BadRequest, reason); };
    switch (mismatch(card, initiative, day)) {
    case Mismatch::None: return {};
    case Mismatch::NoDay: return refuse(QStringLiteral("a stamp needs its day"));
    case Mismatch::NotYetValid: return refuse(QStringLiteral("this card is valid from %1").arg(card.validFrom.toString(Qt::ISODate)));
    case Mismatch::Expired: return refuse(QStringLiteral("this card expired on %1").arg(card.validUntil.toString(Qt::ISODate)));
    case Mismatch::NotOnCard: return refuse(QStringLiteral("%1 is not on this card").arg(InitiativeRef::id(initiative).left(80)));
    }
    return {};
}

QDate StampBook::revokedOn(const QString &code)
{
    const Result<QJsonObject> doc = m_cards.get(QStringLiteral("card:") + code);
    return doc.ok() ? QDate::fromString(doc.value().value(QLatin1String("revoked")).toString(), Qt::ISODate) : QDate();
}

Result<StampResult> StampBook::stampAsHost(const CardFacts &card, const QString &initiative, const QDate &day)
{
    if (StoreError error = checkCard(card, initiative, day); !error.ok())
        return error;
    if (const QDate revoked = revokedOn(card.code); revoked.isValid() && day >= revoked)
        return StoreError::make(Code::BadRequest, QStringLiteral("this card was revoked on %1").arg(revoked.toString(Qt::ISODate)));
    return write(card, initiative, day, true, true);
}

Result<StampResult> StampBook::stampByPoster(const CardFacts &card, const PosterFacts &poster, std::optional<Fix> fix, const QDate &day)
{
    if (StoreError error = checkCard(card, poster.initiative, day); !error.ok())
        return error;
    if (const QDate revoked = revokedOn(card.code); revoked.isValid() && day >= revoked)
        return StoreError::make(Code::BadRequest, QStringLiteral("this card was revoked on %1").arg(revoked.toString(Qt::ISODate)));
    Result<QJsonObject> place = m_directory.get(InitiativeRef::id(poster.initiative));
    if (!place.ok())
        return StoreError::make(Code::NotFound, QStringLiteral("%1 is not in this device's directory").arg(poster.initiative.left(80)));
    const QJsonObject position = place.value().value(QLatin1String("position")).toObject();
    const Geo::Point door { position.value(QLatin1String("lat")).toDouble(NAN), position.value(QLatin1String("lon")).toDouble(NAN) };
    const double radius = place.value().value(QLatin1String("stampRadiusMetres")).toDouble(defaultRadiusMetres);
    double distance = -1;
    bool inside = false;
    // Only a sure fix can vouch: the geofence grows by the fix's own uncertainty, up to 100 m.
    if (fix && Geo::isValid(door) && Geo::isValid(fix->point) && fix->accuracyMetres > 0
        && fix->accuracyMetres <= maxUsefulAccuracyMetres) {
        distance = Geo::distanceMetres(door, fix->point);
        inside = distance <= radius + fix->accuracyMetres;
    }
    Result<StampResult> result = write(card, poster.initiative, day, false, inside);
    if (result.ok())
        result.value().distanceMetres = distance;
    return result;
}

QString StampBook::selfStampId(const QString &code, const QString &initiative, const QDate &day)
{
    return stampId(code, initiative, day) + QStringLiteral(":self");
}

Result<StampResult> StampBook::write(const CardFacts &card, const QString &initiative, const QDate &day, bool byHost, bool verified)
{
    const QString hostId = stampId(card.code, initiative, day);
    const QString selfId = selfStampId(card.code, initiative, day);
    Result<QJsonObject> hostStamp = m_cards.get(hostId);
    if (!hostStamp.ok() && hostStamp.error().code != Code::NotFound)
        return hostStamp.error();
    Result<QJsonObject> selfStamp = m_cards.get(selfId);
    if (!selfStamp.ok() && selfStamp.error().code != Code::NotFound)
        return selfStamp.error();
    // The day's stamp is there; only a better word may lift an unverified one: the host's
    // stamp, or the holder's own scan at the door. Each writes only its own document.
    const Result<QJsonObject> &own = byHost ? hostStamp : selfStamp;
    if (hostStamp.ok() && (!byHost || stampFrom(hostStamp.value()).verified))
        return StampResult { StampResult::Outcome::AlreadyStamped, stampFrom(hostStamp.value()) };
    if (!byHost && selfStamp.ok() && (stampFrom(selfStamp.value()).verified || !verified))
        return StampResult { StampResult::Outcome::AlreadyStamped, stampFrom(selfStamp.value()) };
    QJsonObject doc = own.ok() ? own.value() : QJsonObject();
    doc.insert(QStringLiteral("_id"), byHost ? hostId : selfId);
    doc.insert(QStringLiteral("type"), QStringLiteral("stamp"));
    doc.insert(QStringLiteral("card"), QStringLiteral("card:") + card.code);
    doc.insert(QStringLiteral("initiative"), InitiativeRef::id(initiative));
    doc.insert(QStringLiteral("date"), day.toString(Qt::ISODate));
    doc.insert(QStringLiteral("method"), byHost ? QStringLiteral("host") : QStringLiteral("self"));
    // `verified` is never the holder's to set (the server refuses it); the door is `nearby`.
    doc.insert(QStringLiteral("verified"), byHost);
    if (!byHost)
        doc.insert(QStringLiteral("nearby"), verified);
    if (Result<QString> saved = TypedStore(m_cards).save(doc); !saved.ok())
        return saved.error();
    const bool lifted = own.ok() || (byHost && selfStamp.ok() && !stampFrom(selfStamp.value()).verified);
    const StampResult::Outcome outcome = lifted ? StampResult::Outcome::Confirmed
            : verified                          ? StampResult::Outcome::Stamped
                                                : StampResult::Outcome::Unverified;
    return StampResult { outcome, stampFrom(doc) };
}

// The same day's stamp made offline on two devices, once by the holder away from the door and
// once by the host, is a conflict whose winner may be either; the host's word counts.
Stamp StampBook::verifiedInAnyRevision(const Stamp &stamp)
{
    if (stamp.verified)
        return stamp;
    GetOptions options;
    options.conflicts = true;
    Result<QJsonObject> doc = m_cards.get(stamp.id, options);
    QStringList losers;
    for (const QJsonValue &rev : doc.ok() ? doc.value().value(QLatin1String("_conflicts")).toArray() : QJsonArray())
        losers.append(rev.toString());
    if (losers.isEmpty())
        return stamp;
    Result<QList<OpenRevision>> revisions = m_cards.openRevs(stamp.id, losers, false);
    for (const OpenRevision &revision : revisions.ok() ? revisions.value() : QList<OpenRevision>()) {
        if (!revision.missing && revision.doc.value(QLatin1String("verified")).toBool())
            return stampFrom(revision.doc);
    }
    return stamp;
}

Result<QList<Stamp>> StampBook::stampsOf(const QString &code)
{
    const QString card = QStringLiteral("card:") + code;
    Result<QList<QJsonObject>> docs = TypedStore(m_cards).find(QStringLiteral("by-card"), card, card);
    if (!docs.ok())
        return docs.error();
    // One stamp per place and day: the host's and the holder's documents of a day are one visit,
    // and the one that counts stands for it.
    QList<Stamp> stamps;
    QHash<QPair<QString, QDate>, qsizetype> visit;
    for (const QJsonObject &doc : docs.value()) {
        if (doc.value(QLatin1String("type")) != QLatin1String("stamp"))
            continue;
        const Stamp stamp = verifiedInAnyRevision(stampFrom(doc));
        const auto key = qMakePair(stamp.initiative, stamp.date);
        if (const auto seen = visit.constFind(key); seen != visit.cend()) {
            Stamp &kept = stamps[*seen];
            if (stamp.verified > kept.verified || (stamp.verified == kept.verified && stamp.byHost > kept.byHost))
                kept = stamp;
            continue;
        }
        visit.insert(key, stamps.size());
        stamps.append(stamp);
    }
    std::sort(stamps.begin(), stamps.end(), [](const Stamp &a, const Stamp &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return stamps;
}

StoreError StampBook::setShareProgress(const QString &code, bool share)
{
    Result<QJsonObject> doc = m_cards.get(QStringLiteral("card:") + code);
    if (!doc.ok())
        return doc.error();
    QJsonObject card = doc.value();
    if (card.value(QLatin1String("shareProgress")).toBool() == share)
        return {};
    card.insert(QStringLiteral("shareProgress"), share);
    Result<QString> saved = TypedStore(m_cards).save(card);
    return saved.ok() ? StoreError() : saved.error();
}
