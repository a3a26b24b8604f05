#include "documentvalidator.h"

#include "doctype.h"
#include "schedule.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {
using Code = StoreError::Code;

StoreError invalid(const QString &reason)
{
    return StoreError::make(Code::ValidationFailed, reason);
}

// Field logs: a host counts at most this many people at one activity, lists hold chips.
constexpr int maxAttendance = 10000;
constexpr int maxListItems = 50;
constexpr int maxListItemLength = 100;

bool matches(const QString &text, const char *pattern)
{
    // Anchored, so that "$" does not let a trailing newline through ("nl\n").
    // Compiled once per pattern (patterns are literals): validation runs on every tap.
    thread_local QHash<const char *, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern))));
    return it->match(text).hasMatch();
}

// Something a reader can see: not only spaces, control or format (zero-width) characters.
bool hasVisibleText(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return !c.isSpace() && c.category() != QChar::Other_Control && c.category() != QChar::Other_Format;
    });
}

using DocumentValidator::hasBidiControl;

const QString bidiControls = QStringLiteral("must not contain bidi control characters (U+202A..U+202E, U+2066..U+2069)");
const QString bidiOverrides = QStringLiteral("must not contain bidi override characters (U+202D, U+202E)");

// A small fluent checker so every type's rules read as a list.
class Fields
{
public:
    explicit Fields(const QJsonObject &doc) : m_doc(doc) { }
    const StoreError &error() const { return m_error; }

    Fields &string(const char *name, bool required, int maxLength = 2000)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (!check(name, v, required))
            return *this;
        if (!v.isString())
            fail(QStringLiteral("%1 must be a non-empty string").arg(QLatin1String(name)));
        else if (required && !hasVisibleText(v.toString()))
            fail(QStringLiteral("%1 must not be empty or only whitespace").arg(QLatin1String(name)));
        else if (v.toString().size() > maxLength)
            fail(QStringLiteral("%1 is longer than %2 characters").arg(QLatin1String(name)).arg(maxLength));
        return *this;
    }
    Fields &date(const char *name, bool required)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, required) && !DocumentValidator::isDate(v.toString()))
            fail(QStringLiteral("%1 must be a date YYYY-MM-DD").arg(QLatin1String(name)));
        return *this;
    }
    Fields &language(const char *name, bool required)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, required) && !DocumentValidator::isLanguageCode(v.toString()))
            fail(QStringLiteral("%1 must be a language code of 2 or 3 lowercase letters, such as nl or ar")
                         .arg(QLatin1String(name)));
        return *this;
    }
    // Refuses bidi controls in a string field: all of them, or only the overrides.
    Fields &noBidi(const char *name, bool overridesOnly = false)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, false) && hasBidiControl(v.toString(), overridesOnly))
            fail(QLatin1String(name) + u' ' + (overridesOnly ? bidiOverrides : bidiControls));
        return *this;
    }
    Fields &schedule(const char *name)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        QString reason;
        if (check(name, v, true) && !Schedule::parse(v, &reason))
            fail(reason);
        return *this;
    }
    Fields &reference(const char *name, const char *prefix, bool required)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, required) && !v.toString().startsWith(QLatin1String(prefix)))
            fail(QStringLiteral("%1 must be an id starting with %2").arg(QLatin1String(name), QLatin1String(prefix)));
        return *this;
    }
    Fields &stringArray(const char *name, bool languages = false)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (!check(name, v, false))
            return *this;
        if (!v.isArray()) {
            fail(QStringLiteral("%1 must be a list").arg(QLatin1String(name)));
            return *this;
        }
        if (v.toArray().size() > maxListItems) {
            fail(QStringLiteral("%1 must hold at most %2 items").arg(QLatin1String(name)).arg(maxListItems));
            return *this;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().size() > maxListItemLength
                || (languages && !DocumentValidator::isLanguageCode(item.toString()))) {
                fail(QStringLiteral("%1 must hold only %2").arg(QLatin1String(name),
                                                               languages ? QStringLiteral("language codes")
                                                                         : QStringLiteral("strings of at most %1 characters").arg(maxListItemLength)));
                break;
            }
        }
        return *this;
    }
    Fields &object(const char *name)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, false) && !v.isObject())
            fail(QStringLiteral("%1 must be an object").arg(QLatin1String(name)));
        return *this;
    }
    Fields &boolean(const char *name)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, false) && !v.isBool())
            fail(QStringLiteral("%1 must be true or false").arg(QLatin1String(name)));
        return *this;
    }
    Fields &oneOf(const char *name, const QStringList &allowed, bool required)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, required) && !allowed.contains(v.toString()))
            fail(QStringLiteral("%1 must be one of: %2").arg(QLatin1String(name), allowed.join(QStringLiteral(", "))));
        return *this;
    }
    Fields &count(const char *name, int maximum, bool required = true)
    {
        const QJsonValue v = m_doc.value(QLatin1String(name));
        if (check(name, v, required) && (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > maximum
                                     || v.toDouble() != double(qint64(v.toDouble()))))
            fail(QStringLiteral("%1 must be a whole number from 0 to %2").arg(QLatin1String(name)).arg(maximum));
        return *this;
    }
    Fields &rule(bool holds, const QString &reason)
    {
        if (!holds)
            fail(reason);
        return *this;
    }

private:
    const QJsonObject &m_doc;
    StoreError m_error;

    bool check(const char *name, const QJsonValue &v, bool required)
    {
        if (!m_error.ok())
            return false;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("%1 is required").arg(QLatin1String(name)));
            return false;
        }
        return true;
    }
    void fail(const QString &reason)
    {
        if (m_error.ok())
            m_error = invalid(reason);
    }
};

QString idPart(const QString &id, int index)
{
    return id.section(u':', index, index);
}

bool positionValid(const QJsonValue &v)
{
    if (v.isUndefined())
        return true;
    const QJsonObject p = v.toObject();
    const QJsonValue lat = p.value(QLatin1String("lat"));
    const QJsonValue lon = p.value(QLatin1String("lon"));
    return lat.isDouble() && lon.isDouble() && lat.toDouble() >= -90 && lat.toDouble() <= 90
            && lon.toDouble() >= -180 && lon.toDouble() <= 180;
}

// A log's place: never a precise position. Either the centre of a ~100 m grid cell or the
// position of the initiative the log is about (docs/DATA-MODEL.md, "Field logs").
QString placeProblem(const QJsonObject &doc)
{
    const QJsonValue v = doc.value(QLatin1String("place"));
    if (v.isUndefined() || v.isNull())
        return {};
    const QJsonObject place = v.toObject();
    const QString precision = place.value(QLatin1String("precision")).toString();
    if (!v.isObject() || !positionValid(v))
        return QStringLiteral("place must be {lat, lon, precision} within [-90, 90] and [-180, 180]");
    if (precision != QLatin1String("grid-100m") && precision != QLatin1String("initiative"))
        return QStringLiteral("place.precision must be grid-100m or initiative");
    return {};
}

// A real name only with recorded consent, and none after consent was withdrawn.
QString consentProblem(const QJsonObject &doc)
{
    const QJsonValue v = doc.value(QLatin1String("consent"));
    const bool hasName = doc.contains(QLatin1String("name")) && !doc.value(QLatin1String("name")).isNull();
    if (v.isUndefined() || v.isNull())
        return hasName ? QStringLiteral("name needs recorded consent (consent.given)") : QString();
    const QJsonObject consent = v.toObject();
    if (!v.isObject() || !DocumentValidator::isDate(consent.value(QLatin1String("given")).toString()))
        return QStringLiteral("consent must be {given: date, withdrawn: date}");
    const QJsonValue withdrawn = consent.value(QLatin1String("withdrawn"));
    if (!withdrawn.isUndefined() && !DocumentValidator::isDate(withdrawn.toString()))
        return QStringLiteral("consent.withdrawn must be a date YYYY-MM-DD");
    if (!withdrawn.isUndefined() && hasName)
        return QStringLiteral("name must be erased when consent is withdrawn");
    return {};
}

QString referralProblem(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    const QJsonObject referral = v.toObject();
    const QString kind = referral.value(QLatin1String("kind")).toString();
    const QString to = referral.value(QLatin1String("to")).toString();
    const QString status = referral.value(QLatin1String("status")).toString();
    if (!v.isObject() || (kind != QLatin1String("initiative") && kind != QLatin1String("formal")))
        return QStringLiteral("referral.kind must be initiative or formal");
    if (to.trimmed().isEmpty() || to.size() > 200)
        return QStringLiteral("referral.to must be a non-empty string of at most 200 characters");
    if (kind == QLatin1String("initiative") && !to.startsWith(QLatin1String("initiative:")))
        return QStringLiteral("referral.to must be an initiative id when referral.kind is initiative");
    if (status != QLatin1String("made") && status != QLatin1String("arrived") && status != QLatin1String("not-arrived"))
        return QStringLiteral("referral.status must be one of: made, arrived, not-arrived");
    return {};
}

// The texts of an initiative's activities in a translation follow the rules of name and description.
QString activityTextsProblem(const QJsonValue &activities)
{
    const QJsonObject all = activities.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject texts = it.value().toObject();
        const QString field = QStringLiteral("activities.%1.").arg(it.key().left(40));
        if (hasBidiControl(texts.value(QLatin1String("name")).toString(), false))
            return field + QStringLiteral("name ") + bidiControls;
        if (hasBidiControl(texts.value(QLatin1String("description")).toString(), true))
            return field + QStringLiteral("description ") + bidiOverrides;
    }
    return {};
}

// A photo's alternative texts: {language: text}, at least one, each short and visible, as
// screen readers speak them (docs/DATA-MODEL.md, "Photos").
QString photoAltProblem(const QJsonValue &alt)
{
    if (!alt.isObject() || alt.toObject().isEmpty())
        return QStringLiteral("alt must be an object of at least one language: text");
    const QJsonObject texts = alt.toObject();
    if (texts.size() > maxListItems)
        return QStringLiteral("alt must hold at most %1 languages").arg(maxListItems);
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!DocumentValidator::isLanguageCode(it.key()))
            return QStringLiteral("alt must be keyed by language codes");
        const QString text = it.value().toString();
        if (!it.value().isString() || !hasVisibleText(text) || text.size() > 300)
            return QStringLiteral("alt.%1 must be a text of 1 to 300 characters").arg(it.key());
        if (hasBidiControl(text, true))
            return QStringLiteral("alt.%1 ").arg(it.key()) + bidiOverrides;
    }
    return {};
}

// A photo carries its display image and thumbnail, both JPEG, and nothing else.
QString photoAttachmentsProblem(const QJsonValue &attachments)
{
    if (attachments.isUndefined())
        return {}; // a stub-less read or a body checked before its attachments were added
    const QJsonObject all = attachments.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key() != QLatin1String("display.jpg") && it.key() != QLatin1String("thumb.jpg"))
            return QStringLiteral("a photo carries only the attachments display.jpg and thumb.jpg");
        if (it.value().toObject().value(QLatin1String("content_type")).toString() != QLatin1String("image/jpeg"))
            return QStringLiteral("%1 must be image/jpeg").arg(it.key());
    }
    return {};
}

StoreError validateTyped(DocType type, const QJsonObject &doc, const QString &id)
{
    Fields f(doc);
    switch (type) {
    case DocType::Initiative:
        f.string("slug", true, 100)
                .rule(matches(doc.value(QLatin1String("slug")).toString(), "^[a-z0-9][a-z0-9-]*$"),
                      QStringLiteral("slug must be lowercase letters, digits and -"))
                .rule(id == QLatin1String("initiative:") + doc.value(QLatin1String("slug")).toString(),
                      QStringLiteral("_id must be initiative:<slug>"))
                .language("originalLanguage", true)
                .stringArray("themes")
                .stringArray("languagesSpoken", true)
                .object("address").object("contact").object("accessibility")
                .rule(positionValid(doc.value(QLatin1String("position"))),
                      QStringLiteral("position must be {lat, lon} within [-90, 90] and [-180, 180]"))
                .date("lastChecked", false)
                .date("retired", false)
                .count("stampRadiusMetres", 2000, false)
                .boolean("sample");
        break;
    case DocType::Activity:
        f.reference("initiative", "initiative:", true)
                .string("slug", true, 100)
                .rule(id == QStringLiteral("activity:%1:%2").arg(idPart(doc.value(QLatin1String("initiative")).toString(), 1),
                                                                  doc.value(QLatin1String("slug")).toString()),
                      QStringLiteral("_id must be activity:<initiative-slug>:<slug>"))
                .schedule("schedule")
                .boolean("sample");
        break;
    case DocType::Translation: {
        const QString activitiesProblem = activityTextsProblem(doc.value(QLatin1String("activities")));
        f.reference("initiative", "initiative:", true)
                .language("language", true)
                .string("name", true, 200)
                .string("summary", false, 300)
                .string("description", false, 20000)
                .string("openingNotes", false, 1000)
                .noBidi("name").noBidi("summary").noBidi("description", true).noBidi("openingNotes", true)
                .object("activities")
                .oneOf("status", { QStringLiteral("original"), QStringLiteral("human"), QStringLiteral("needs-review") }, true)
                .rule(activitiesProblem.isEmpty(), activitiesProblem)
                .oneOf("authorRole", { QStringLiteral("host"), QStringLiteral("buurtmaatje"), QStringLiteral("coordinator"), QStringLiteral("import") }, false)
                .rule(id == QStringLiteral("translation:%1:%2").arg(idPart(doc.value(QLatin1String("initiative")).toString(), 1),
                                                                     doc.value(QLatin1String("language")).toString()),
                      QStringLiteral("_id must be translation:<initiative-slug>:<language>"))
                .boolean("sample");
        break;
    }
    case DocType::Photo: {
        const QString altProblem = photoAltProblem(doc.value(QLatin1String("alt")));
        const QString attachmentsProblem = photoAttachmentsProblem(doc.value(QLatin1String("_attachments")));
        f.reference("initiative", "initiative:", true)
                .rule(matches(id, "^photo:[a-z0-9][a-z0-9-]*:[0-9a-f]{8,32}$")
                              && idPart(id, 1) == idPart(doc.value(QLatin1String("initiative")).toString(), 1),
                      QStringLiteral("_id must be photo:<initiative-slug>:<8 to 32 hex digits>"))
                .rule(altProblem.isEmpty(), altProblem)
                .count("width", 10000, false)
                .count("height", 10000, false)
                .date("added", false)
                .rule(attachmentsProblem.isEmpty(), attachmentsProblem)
                .boolean("sample");
        break;
    }
    case DocType::OrgKey:
        f.string("org", true, 100)
                .rule(id == QLatin1String("orgkey:") + doc.value(QLatin1String("org")).toString(),
                      QStringLiteral("_id must be orgkey:<org>"))
                .string("publicKey", true, 64)
                .rule(QByteArray::fromBase64(doc.value(QLatin1String("publicKey")).toString().toLatin1()).size() == 32,
                      QStringLiteral("publicKey must be a base64 Ed25519 public key (32 bytes)"))
                .date("created", false);
        break;
    case DocType::Visit:
        f.rule(id.startsWith(QLatin1String("visit:")), QStringLiteral("_id must start with visit:"))
                .reference("initiative", "initiative:", true)
                .reference("activity", "activity:", false)
                .date("date", true)
                .count("count", maxAttendance)
                .string("participant", false, 64)
                .boolean("sample")
                .rule(placeProblem(doc).isEmpty(), placeProblem(doc));
        break;
    case DocType::Contact: {
        const bool erased = doc.value(QLatin1String("erased")).toBool();
        f.rule(id.startsWith(QLatin1String("contact:")), QStringLiteral("_id must start with contact:"))
                .string("person", !erased, 64)
                .rule(!erased || !doc.contains(QLatin1String("person")), QStringLiteral("an erased contact has no person"))
                .date("date", true)
                .oneOf("channel", { QStringLiteral("street"), QStringLiteral("phone"), QStringLiteral("visit"),
                                    QStringLiteral("market"), QStringLiteral("other") }, false)
                .language("language", false)
                .stringArray("topics").stringArray("needs").stringArray("offers")
                .rule(consentProblem(doc).isEmpty(), consentProblem(doc))
                .string("name", false, 100)
                .rule(referralProblem(doc.value(QLatin1String("referral"))).isEmpty(),
                      referralProblem(doc.value(QLatin1String("referral"))))
                .date("followUp", false)
                .rule(!doc.contains(QLatin1String("followUp"))
                              || doc.value(QLatin1String("followUp")).toString() >= doc.value(QLatin1String("date")).toString(),
                      QStringLiteral("followUp must not be before date"))
                .boolean("followUpDone")
                .boolean("sample")
                .rule(placeProblem(doc).isEmpty(), placeProblem(doc));
        break;
    }
    case DocType::Tally:
        f.rule(id.startsWith(QLatin1String("tally:")), QStringLiteral("_id must start with tally:"))
                .date("date", true)
                .language("language", false)
                .stringArray("does").stringArray("needs")
                .string("referral", false, 200)
                .boolean("sample")
                .rule(placeProblem(doc).isEmpty(), placeProblem(doc));
        break;
    case DocType::Erasure:
        f.string("personHash", true, 64)
                .rule(matches(doc.value(QLatin1String("personHash")).toString(), "^[0-9a-f]{64}$"),
                      QStringLiteral("personHash must be 64 lowercase hex characters (SHA-256)"))
                .rule(id == QLatin1String("erasure:") + doc.value(QLatin1String("personHash")).toString(),
                      QStringLiteral("_id must be erasure:<personHash>"))
                .date("date", true);
        break;
    case DocType::Receipt:
        // A privacy request's receipt for the organisation's records: what, when, by whom;
        // never anything about the person (no code, no name, no hash).
        f.rule(id.startsWith(QLatin1String("receipt:")), QStringLiteral("_id must be receipt:<...>"))
                .oneOf("action", { QStringLiteral("erase-person"), QStringLiteral("withdraw-consent") }, true)
                .date("date", true)
                .string("at", true, 40)
                .string("by", true, 100)
                .count("documents", 1000000, true)
                .count("conflictsRemoved", 1000000, false)
                .rule(!doc.contains(QLatin1String("person")) && !doc.contains(QLatin1String("personHash"))
                              && !doc.contains(QLatin1String("name")),
                      QStringLiteral("a receipt carries nothing about the person"));
        break;
    case DocType::Card:
        f.string("code", true, 32)
                .rule(id == QLatin1String("card:") + doc.value(QLatin1String("code")).toString(),
                      QStringLiteral("_id must be card:<code>"))
                .string("org", true, 100)
                .rule(!doc.value(QLatin1String("initiatives")).toArray().isEmpty(),
                      QStringLiteral("initiatives must list at least one initiative"))
                .stringArray("initiatives")
                .date("validFrom", true)
                .date("validUntil", true)
                .language("language", false)
                .boolean("shareProgress")
                .string("payload", false, 1024)
                .rule(!doc.contains(QLatin1String("payload"))
                              || doc.value(QLatin1String("payload")).toString().startsWith(QLatin1String("BUURTBRUG:CARD:1:")),
                      QStringLiteral("payload must be the card's signed QR payload"))
                .date("revoked", false)
                .string("replaces", false, 32)
                .string("replacedBy", false, 32);
        break;
    case DocType::Stamp: {
        // A holder's self-stamp has an id of its own, so it never competes with a host's.
        const QString stampId = QStringLiteral("stamp:%1:%2:%3").arg(idPart(doc.value(QLatin1String("card")).toString(), 1),
                                                                    idPart(doc.value(QLatin1String("initiative")).toString(), 1),
                                                                    doc.value(QLatin1String("date")).toString());
        f.reference("card", "card:", true)
                .reference("initiative", "initiative:", true)
                .date("date", true)
                .rule(id == stampId || (id == stampId + QStringLiteral(":self") && doc.value(QLatin1String("method")) == QLatin1String("self")),
                      QStringLiteral("_id must be stamp:<card-code>:<initiative-slug>:<date>, with :self for a self-stamp"))
                .oneOf("method", { QStringLiteral("host"), QStringLiteral("self") }, false)
                .boolean("verified");
        break;
    }
    }
    return f.error();
}
}

namespace {
bool isBareTombstone(const QJsonObject &doc)
{
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            return false;
    }
    return true;
}
}

// Bidi embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) can make a name read
// differently from what it is; the overrides (U+202D, U+202E) can spoof any text.
bool DocumentValidator::hasBidiControl(const QString &text, bool overridesOnly)
{
    return std::any_of(text.cbegin(), text.cend(), [overridesOnly](QChar c) {
        const char16_t u = c.unicode();
        if (overridesOnly)
            return u == 0x202D || u == 0x202E;
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
}

bool DocumentValidator::isLanguageCode(const QString &code)
{
    return matches(code, "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
}

bool DocumentValidator::isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

StoreError DocumentValidator::validate(const QJsonObject &doc)
{
    const QString id = doc.value(QLatin1String("_id")).toString();
    if (id.isEmpty())
        return invalid(QStringLiteral("_id is required"));
    if (doc.value(QLatin1String("_deleted")).toBool() && isBareTombstone(doc))
        return StoreError::none(); // a tombstone needs no fields; one that carries some is held to them
    const QJsonValue typeValue = doc.value(QLatin1String("type"));
    if (!typeValue.isString())
        return StoreError::make(Code::UnknownType, QStringLiteral("document %1 has no type").arg(id));
    const auto type = DocTypes::fromString(typeValue.toString());
    if (!type)
        return StoreError::make(Code::UnknownType,
                                QStringLiteral("unknown document type \"%1\"").arg(typeValue.toString().left(40)));
    if (!id.startsWith(typeValue.toString() + u':'))
        return invalid(QStringLiteral("_id of a %1 must start with %1:").arg(typeValue.toString()));
    return validateTyped(*type, doc, id);
}

StoreError DocumentValidator::validateFor(const QJsonObject &doc, const QString &database)
{
    if (StoreError error = validate(doc); !error.ok())
        return error;
    if (doc.value(QLatin1String("_deleted")).toBool() && isBareTombstone(doc))
        return StoreError::none();
    const auto type = DocTypes::fromString(doc.value(QLatin1String("type")).toString());
    if (!DocTypes::belongsIn(*type, database))
        return invalid(QStringLiteral("a %1 does not belong in database %2")
                               .arg(doc.value(QLatin1String("type")).toString(), database));
    return StoreError::none();
}
