#pragma once

#include "enrolmentclient.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What a phone needs to sync with a Buurtbrug deployment on Apache CouchDB, as
// `buurtbrug-admin couchdb enrol` hands it out (docs/DEPLOY-COUCHDB.md, "Joining a phone"):
// the deployment's base URL, the device's CouchDB user name and password, its roles, person,
// organisation, card and hosted places, and which remote database each of the app's local
// databases syncs with. One shape, three spellings: the JSON object, its compact text (what the
// QR code holds) and a paste-safe text code (`BUURTBRUG-JOIN:` + base64url of that JSON), which
// survives messengers that turn quotes into curly ones.
// Invariant: a parsed CouchJoin is complete and well typed; its local names are only
// `directory`, `cards` and `org-<its organisation>`, its remote names are CouchDB names.
struct CouchJoin
{
    QUrl server; // http(s)://host[:port][/prefix], no user info
    QString user;
    QString password;
    QStringList roles;
    QString person;
    QString organisation;
    QString card;
    QStringList hosts;
    QMap<QString, QString> databases; // local name → remote database

    // Why a text is not a usable join payload.
    enum class Problem {
        NotAJoin, // not meant as one (an invite code, a card, anything else): try the other readings
        Damaged,  // meant as one (its marker is there) but truncated, garbled or wrongly typed
    };

    [[nodiscard]] QJsonObject toJson() const;
    // The compact JSON: what the QR code holds.
    [[nodiscard]] QString toQrText() const;
    // BUURTBRUG-JOIN:<base64url of the compact JSON>: for typing or pasting.
    [[nodiscard]] QString toTextCode() const;
    // The credentials the app keeps (the password in place of a token; HTTP Basic).
    [[nodiscard]] DeviceCredentials credentials() const;

    // Reads any of the spellings; on failure `problem` says whether it was meant as one.
    [[nodiscard]] static std::optional<CouchJoin> parse(const QString &text, Problem *problem = nullptr);
    [[nodiscard]] static std::optional<CouchJoin> fromJson(const QJsonObject &json);
    // True when a text carries the join marker (so a failure to parse it is damage, not another kind of code).
    [[nodiscard]] static bool looksLikeJoin(const QString &text);
    // A CouchDB database name as a payload may name one.
    [[nodiscard]] static bool isRemoteName(const QString &name);

    static constexpr int maxTextLength = 2000; // a QR code a phone reads from a screen or paper
};
