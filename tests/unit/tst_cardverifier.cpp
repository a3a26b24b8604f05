#include "cardcode.h"
#include "cardverifier.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "organisationkeys.h"
#include "signedpayload.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// A host at the door checks a client's card with no network: a genuine card passes, and
// everything else is refused with the reason — a forgery, an altered card, an expired one, a
// card of an organisation this device does not know, a QR code of another app, a cut-off scan.
class TestCardVerifier : public QObject
{
    Q_OBJECT

    const QDate today { 2026, 11, 24 };
    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_directory = nullptr;
    QByteArray m_secret;
    CardFacts m_card;

    CardVerifier::Problem check(const QString &payload) { return CardVerifier::verify(payload, *m_directory, today).problem; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.open(m_dir.path(), true).ok());
        m_directory = m_folder.database("directory", true).value();
        Result<QByteArray> secret = OrganisationKeys::secretKey(m_dir.path(), *m_directory, "reakt");
        QVERIFY2(secret.ok(), qPrintable(secret.error().reason));
        m_secret = secret.value();
        m_card = { CardCode::generate(), "reakt", { "initiative:nizu-overvecht", "initiative:wijkpaleis" },
                   QDate(2026, 11, 1), QDate(2027, 2, 28), "ar" };
    }

    void theSecretKeyStaysWithItsOwner()
    {
        QFile key(OrganisationKeys::keyFile(m_dir.path(), "reakt"));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        // The same key the next time; the public key is in the directory.
        QCOMPARE(OrganisationKeys::secretKey(m_dir.path(), *m_directory, "reakt").value(), m_secret);
        QCOMPARE(OrganisationKeys::publicKey(*m_directory, "reakt").value().size(), 32);
        QVERIFY(!m_directory->get("orgkey:reakt").value().contains("secretKey"));
        // A folder that lost the secret key does not silently make a second one.
        QTemporaryDir other;
        QCOMPARE(OrganisationKeys::secretKey(other.path(), *m_directory, "reakt").error().code, StoreError::Code::Conflict);
    }

    void aGenuineCardPasses()
    {
        const QString payload = CardVerifier::payload(m_card, m_secret);
        QVERIFY(payload.startsWith("BUURTBRUG:CARD:1:"));
        QVERIFY2(payload.size() < 400, qPrintable(QString::number(payload.size()))); // fits a small QR code
        const CardVerifier::Check result = CardVerifier::verify(payload, *m_directory, today);
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.card.code, m_card.code);
        QCOMPARE(result.card.initiatives, m_card.initiatives);
        QCOMPARE(result.card.validUntil, m_card.validUntil);
        QCOMPARE(result.card.language, QString("ar"));
        // Nothing about the holder is in it.
        const QByteArray body = QByteArray::fromBase64(payload.section(':', 3).section('.', 0, 0).toLatin1(),
                                                       QByteArray::Base64UrlEncoding);
        QCOMPARE(QJsonDocument::fromJson(body).object().keys(), QStringList({ "c", "f", "i", "l", "o", "u" }));
    }

    void everythingElseIsRefusedWithTheReason()
    {
        const QString genuine = CardVerifier::payload(m_card, m_secret);
        using P = CardVerifier::Problem;

        // Forged: the right shape, signed with a key that is not the organisation's.
        QCOMPARE(check(CardVerifier::payload(m_card, SignedPayload::generateKeyPair().secretKey)), P::BadSignature);
        // Altered: the validity stretched by a year, the signature kept.
        CardFacts stretched = m_card;
        stretched.validUntil = QDate(2028, 2, 28);
        const QString altered = CardVerifier::payload(stretched, m_secret).section('.', 0, 0) + '.' + genuine.section('.', 1);
        QCOMPARE(check(altered), P::BadSignature);
        // One character of the signature changed.
        QString flipped = genuine;
        flipped[flipped.size() - 5] = flipped.at(flipped.size() - 5) == 'A' ? 'B' : 'A';
        QCOMPARE(check(flipped), P::BadSignature);
        // Expired and not yet valid, genuinely signed.
        CardFacts old = m_card;
        old.validFrom = QDate(2025, 1, 1);
        old.validUntil = QDate(2025, 12, 31);
        const CardVerifier::Check expired = CardVerifier::verify(CardVerifier::payload(old, m_secret), *m_directory, today);
        QCOMPARE(expired.problem, P::Expired);
        QVERIFY(expired.reason.contains("2025-12-31"));
        CardFacts future = m_card;
        future.validFrom = QDate(2027, 1, 1);
        QCOMPARE(check(CardVerifier::payload(future, m_secret)), P::NotYetValid);
        // Signed, but the code's check character is wrong (a code typed wrongly at issue).
        CardFacts badCode = m_card;
        badCode.code = m_card.code.left(8) + (m_card.code.at(8) == 'A' ? 'B' : 'A');
        QCOMPARE(check(CardVerifier::payload(badCode, m_secret)), P::BadCode);
        // An organisation this device does not know.
        const SignedPayload::KeyPair stranger = SignedPayload::generateKeyPair();
        CardFacts elsewhere = m_card;
        elsewhere.org = "elsewhere";
        QCOMPARE(check(CardVerifier::payload(elsewhere, stranger.secretKey)), P::UnknownOrganisation);
        // Not a card at all.
        QCOMPARE(check("https://example.org/menu"), P::NotOurs);
        QCOMPARE(check(""), P::NotOurs);
        QCOMPARE(check(SignedPayload::sign("POSTER", { { "o", "reakt" } }, m_secret)), P::NotACard);
        // A scan cut off half way, or garbage after the prefix.
        QCOMPARE(check(genuine.left(genuine.size() / 2)), P::Malformed);
        QCOMPARE(check("BUURTBRUG:CARD:1:%%%.%%%"), P::Malformed);
        QCOMPARE(check("BUURTBRUG:CARD:2:" + genuine.section(':', 3)), P::Malformed);
        QCOMPARE(check(genuine + QString(5000, 'A')), P::Malformed);
        QCOMPARE(check(genuine), P::None);
    }

    // A poster on an initiative's wall: a card holder's app scans it to stamp their own card.
    void aPosterIsCheckedLikeACard()
    {
        using P = CardVerifier::Problem;
        const auto poster = [this](const QString &payload) { return CardVerifier::verifyPoster(payload, *m_directory); };
        const QString genuine = CardVerifier::posterPayload({ "reakt", "initiative:wijkpaleis" }, m_secret);
        QVERIFY(genuine.startsWith("BUURTBRUG:POSTER:1:"));
        QCOMPARE(CardVerifier::kindOf(genuine), QString("POSTER"));
        const CardVerifier::PosterCheck ok = poster(genuine);
        QVERIFY2(ok.ok(), qPrintable(ok.reason));
        QCOMPARE(ok.poster.initiative, QString("initiative:wijkpaleis"));
        QCOMPARE(ok.poster.org, QString("reakt"));
        // A poster printed for another initiative, its signature pasted onto this one's body.
        const QString other = CardVerifier::posterPayload({ "reakt", "initiative:nizu-overvecht" }, m_secret);
        QCOMPARE(poster(other.section('.', 0, 0) + '.' + genuine.section('.', 1)).problem, P::BadSignature);
        QCOMPARE(poster(CardVerifier::posterPayload({ "reakt", "wijkpaleis" }, SignedPayload::generateKeyPair().secretKey)).problem,
                 P::BadSignature);
        QCOMPARE(poster(CardVerifier::posterPayload({ "elsewhere", "wijkpaleis" }, m_secret)).problem, P::UnknownOrganisation);
        // A card where a poster is expected, and a poster where a card is expected.
        QCOMPARE(poster(CardVerifier::payload(m_card, m_secret)).problem, P::NotAPoster);
        QCOMPARE(check(genuine), P::NotACard);
        QCOMPARE(poster("WIFI:S:market;T:WPA;P:secret;;").problem, P::NotOurs);
        QCOMPARE(CardVerifier::kindOf("WIFI:S:market;;"), QString());
        QCOMPARE(poster(genuine.left(30)).problem, P::Malformed);
        QCOMPARE(poster(SignedPayload::sign("POSTER", { { "o", "reakt" } }, m_secret)).problem, P::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestCardVerifier)
#include "tst_cardverifier.moc"
