#pragma once

#include "cardlistmodel.h"
#include "cardprogress.h"
#include "serverpost.h"
#include "stampbook.h"

#include <QJsonObject>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <cmath>
#include <functional>
#include <optional>

class DocumentDatabase;
class PositionService;

// What the Card pages talk to. A host stamps a client's card, scanned or typed, for the place
// they host; a card holder keeps their own card on the phone, sees how far they got and where
// to go next today, stamps with a poster's QR code, and decides whether the referrer sees
// progress; a coordinator sees the cards of the organisation, progress only where the holder
// shares it. Everything works offline against the device's `cards` and `directory`; every
// answer is a translated sentence for the person holding the phone.
class CardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the AppController")
    // The initiative a host stamps for (kept on the device); "" until one is chosen.
    Q_PROPERTY(QString stampingFor READ stampingFor WRITE setStampingFor NOTIFY changed)
    Q_PROPERTY(bool hasMyCard READ hasMyCard NOTIFY changed)
    // The holder's card: code, validUntil, expired, collected, pending, total, complete,
    // shareKnown, shareProgress, places [{id, name, address, stamped, pending, lastVisit}],
    // next {id, name, time, distance, minutes} (empty when nowhere is open today).
    Q_PROPERTY(QVariantMap myCard READ myCard NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // A coordinator's phone connected to a server can issue cards (the server holds the key).
    Q_PROPERTY(bool canIssue READ canIssue NOTIFY changed)
    // A card is being issued: the server has been asked and not answered yet.
    Q_PROPERTY(bool issuing READ issuing NOTIFY issuingChanged)
    // The coordinator's searchable list of the organisation's cards.
    Q_PROPERTY(CardListModel *cardList READ cardList CONSTANT)
    // A change of a card (extend, revoke, replace) is with the server and not answered yet.
    Q_PROPERTY(bool changing READ changing NOTIFY changingChanged)

public:
    // Starts a card request to the server: {initiatives, validFrom, validUntil, language,
    // shareProgress} → the server's answer {code, display, payload, ...}, given to `done`
    // later. The returned request is owned by the controller, which may cancel it.
    using Issuer = std::function<ServerPost *(const QJsonObject &form, ServerPost::Done done)>;

    // Starts a POST to one of the server's card endpoints (`/_cards/<code>/revoke` ...) with
    // the status that means success; the answer goes to `done` later, as for the Issuer.
    using Changer = std::function<ServerPost *(const QString &path, const QJsonObject &form, int expectedStatus, ServerPost::Done done)>;

    CardController(DocumentDatabase *directory, PositionService *position, QObject *parent = nullptr);

    void setDatabase(DocumentDatabase *cards);
    // The card this device was enrolled for (a card holder's phone), "" for none.
    void setEnrolledCard(const QString &code);
    // The organisation whose cards a coordinator sees ("" on a device without one: all here).
    void setOrganisation(const QString &org);
    // The places a host's device was bound to at enrolment (initiative ids); empty = not bound
    // (a coordinator, or an enrolment from before hosts were bound): every place is offered.
    void setHostedPlaces(const QStringList &initiatives);
    [[nodiscard]] const QStringList &hostedPlaces() const { return m_hostedPlaces; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setLanguage(const QString &language);
    void setIssuer(Issuer issuer);
    void setChanger(Changer changer) { m_changer = std::move(changer); }
    // Where reprinted cards are written before they open in the platform's PDF viewer.
    void setPrintFolder(const QString &folder) { m_printFolder = folder; }
    [[nodiscard]] CardListModel *cardList() { return &m_cardList; }
    [[nodiscard]] bool changing() const { return m_changing != nullptr; }

    [[nodiscard]] QString stampingFor() const { return m_stampingFor; }
    void setStampingFor(const QString &initiative);
    [[nodiscard]] bool hasMyCard() const { return !m_myCode.isEmpty(); }
    [[nodiscard]] QVariantMap myCard() const;
    // The places on the card this phone holds (none when it holds no card).
    [[nodiscard]] QStringList myCardPlaces() const;
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] bool canIssue() const { return bool(m_issuer); }
    [[nodiscard]] bool issuing() const { return m_issuing != nullptr; }

    // The places a host can stamp for: [{id, name}], by name; only the hosted ones when bound.
    Q_INVOKABLE QVariantList stampPlaces() const;
    // A host stamps a card from a scanned QR code or a typed code: {ok, outcome, message}, where
    // outcome is "stamped", "confirmed", "already_stamped" or "refused".
    Q_INVOKABLE QVariantMap stampCard(const QString &scannedOrTyped);
    // The holder adds their own card by its QR code (or its code, once the card has synced).
    Q_INVOKABLE QVariantMap addMyCard(const QString &scannedOrTyped);
    Q_INVOKABLE void forgetMyCard();
    // The holder scanned a poster: {ok, outcome ("stamped", "unverified", "already_stamped",
    // "refused"), message}.
    Q_INVOKABLE QVariantMap stampWithPoster(const QString &scanned);
    // The holder's choice; "" or why it could not be saved.
    Q_INVOKABLE QString setShareProgress(bool share);
    // The places of the organisation's most recent card, as a template for the next one
    // (`revision` only makes bindings re-run).
    Q_INVOKABLE QStringList lastCardPlaces(int revision) const;
    // A referrer issues a card: the places (initiative ids), how many months it is valid from
    // today, the holder's language and their choice about sharing progress. Asks the server
    // in the background and returns true; issueFinished brings {ok, message, code (display
    // form), payload}: the payload for the holder to scan off this screen. Returns false, with
    // issueFinished already emitted, when it cannot ask (or is asking already).
    Q_INVOKABLE bool issueCard(const QStringList &initiatives, int months, const QString &language, bool shareProgress);
    // Drops the question to the server: issueFinished brings {ok: false, cancelled: true}.
    Q_INVOKABLE void cancelIssue();

    // One card of the organisation for the desk: {code, display, validFrom, validUntil (long
    // dates), validUntilIso, places [names], shared, collected, total (-1 when private),
    // revoked (long date or ""), replacedBy, replaces, canReprint}; {} when not on the device.
    Q_INVOKABLE QVariantMap cardDetails(const QString &code, int revision) const;
    // Writes the card as a PDF ("a6" or "credit-card") from what the device holds (no server
    // needed) and asks the platform to open it: {ok, message, file}.
    Q_INVOKABLE QVariantMap reprintCard(const QString &code, const QString &format);
    // Asks the server to "extend" (by `months` from the card's current end), "revoke" or
    // "replace" a card; changeFinished brings {ok, message, action, code}. False, with
    // changeFinished already emitted, when it cannot ask.
    Q_INVOKABLE bool changeCard(const QString &code, const QString &action, int months);
    // Posters of these initiatives in the UI language: the server signs them, the device draws
    // them into one PDF and asks the platform to open it; postersFinished brings {ok, message,
    // file}. False, with postersFinished already emitted, when it cannot ask.
    Q_INVOKABLE bool printPosters(const QStringList &initiatives);

signals:
    void changed();
    void issuingChanged();
    void issueFinished(const QVariantMap &result);
    void changingChanged();
    void changeFinished(const QVariantMap &result);
    void postersFinished(const QVariantMap &result);

private:
    void issued(const ServerAnswer &answer);
    void postersAnswered(const ServerAnswer &answer);
    // Writes printed cards and posters, and hands the file to the platform's viewer: {ok, message, file}.
    [[nodiscard]] QVariantMap openPrintout(const QString &fileName, const std::function<Result<int>(const QString &)> &print,
                                           const QString &done);
    void cardChangeAnswered(const QString &action, const QString &code, const ServerAnswer &answer);

    DocumentDatabase *m_directory;
    PositionService *m_position;
    DocumentDatabase *m_cards = nullptr;
    std::function<QDateTime()> m_clock;
    QString m_language = QStringLiteral("nl");
    QString m_organisation;
    QStringList m_hostedPlaces;
    QString m_stampingFor;
    QString m_myCode;
    QString m_myPayload;
    int m_revision = 0;
    Issuer m_issuer;
    QPointer<ServerPost> m_issuing;
    Changer m_changer;
    QPointer<ServerPost> m_changing;
    QString m_printFolder;
    CardListModel m_cardList;
    static constexpr double nextVisitStepMetres = 25;
    Geo::Point m_nextFrom { NAN, NAN }; // where the nearest next place was last worked out from
    // myCard is read by many bindings after each change; it is computed once per revision.
    mutable QVariantMap m_myCard;
    mutable int m_myCardRevision = -1;

    [[nodiscard]] QDate today() const { return m_clock().date(); }
    [[nodiscard]] std::optional<Fix> fix() const;
    [[nodiscard]] QString placeName(const QString &initiative) const;
    [[nodiscard]] std::optional<CardFacts> myFacts() const;
    [[nodiscard]] QVariantMap computeMyCard() const;
    // The organisation's card documents, newest first.
    [[nodiscard]] QList<QJsonObject> organisationCardDocs() const;
    [[nodiscard]] QString refusal(const CardVerifier::Problem problem, const CardFacts &card) const;
    [[nodiscard]] QString cardMismatch(const CardFacts &card, const QString &initiative) const;
    // A card from a scanned QR code (its signature checked) or a typed code (found in this
    // phone's `cards`); nullopt with the sentence to show, `notOnPhone` for an unknown code.
    [[nodiscard]] std::optional<CardFacts> readCard(const QString &text, bool keepExpired, const QString &notOnPhone,
                                                    QString *problem) const;
    [[nodiscard]] static QString storeMessage(const StoreError &error);
    [[nodiscard]] QString longDate(const QDate &date) const;
    void loadDeviceChoices();
    void saveDeviceChoices();
    void bump();
};
