#pragma once

#include "enrolmentclient.h"
#include "storeerror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class ServerPost;
struct CouchJoin;
struct ServerAnswer;

// Joining an organisation with a coordinator's invite (scanned QR or typed code), without
// blocking: start() checks what can be checked here, asks the server (POST /_enrol) in the
// background, and cancel() drops the question. A CouchDB deployment's join code (CouchJoin, from
// `buurtbrug-admin couchdb enrol`) carries the device's user and password instead: it is checked
// by signing in to the deployment's directory (GET with HTTP Basic) before anything is kept. While busy the Sync page shows it with a
// Cancel; afterwards `problem` is a typed code and `message` the translated sentence for it.
// The typed code stays in `code`, so the field can keep it after any refusal.
// Invariant: nothing is stored until the server's answer is complete and accepted; a
// cancelled or refused join stores nothing.
class JoinController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool joined READ joined NOTIFY changed)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString server READ server NOTIFY changed)

public:
    enum class Problem {
        None,        // nothing tried yet, busy, or joined
        NotAnInvite, // a QR code that is not an invite
        NoCode,      // empty
        CodeLength,  // not 16 letters and digits: a typo caught without asking
        BadServer,   // no usable http(s) address
        CannotJoin,  // this app was built without a way to join
        UnknownCode, // the server never issued this code
        UsedCode,    // issued, already redeemed (by another phone, or a photo of the QR)
        ExpiredCode, // issued, not redeemed in time
        Refused,     // the server refused without saying which (an older server)
        Unreachable, // no answer: network, address, or a timeout
        NotStored,   // accepted, but this phone could not keep the credentials
        Cancelled,   // the person cancelled while waiting
        DamagedJoinCode, // a CouchDB deployment's join code, but truncated, garbled or wrongly typed
        SignInRefused,   // the CouchDB deployment refused the code's user and password (revoked, forged)
        PlainHttp,       // http:// to another machine: the sign-in would travel unprotected
    };
    Q_ENUM(Problem)

    // Keeps the accepted credentials and starts syncing; a failure is reported as NotStored.
    using Keeper = std::function<StoreError(const DeviceCredentials &credentials)>;

    explicit JoinController(QObject *parent = nullptr);
    ~JoinController() override;

    void setKeeper(Keeper keeper) { m_keeper = std::move(keeper); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    [[nodiscard]] bool busy() const { return m_post != nullptr; }
    [[nodiscard]] bool joined() const { return m_joined; }
    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString server() const { return m_server; }

    // The invite's QR text ({"buurtbrug":"invite","server":URL,"code":CODE}) or a typed code
    // with the server's address, or a CouchDB join code (its QR text or BUURTBRUG-JOIN:…, which
    // names its server). Ignored while busy.
    Q_INVOKABLE void start(const QString &scannedOrTyped, const QString &server);
    Q_INVOKABLE void cancel();
    // After the UI language changed: `message` reads again.
    void retranslate() { emit changed(); }

    // The sentence people read for a problem (translated), and for a successful join (None).
    [[nodiscard]] static QString sentence(Problem problem);

signals:
    void changed();
    void finished(); // after every attempt that was started: joined, refused or cancelled

private:
    void fail(Problem problem);
    void answered(const Enrolment &outcome);
    void startCouch(const CouchJoin &join);
    void signedIn(const CouchJoin &join, const ServerAnswer &answer);
    void kept(const DeviceCredentials &credentials);

    Keeper m_keeper;
    std::unique_ptr<QNetworkAccessManager> m_network; // made on the first join
    QPointer<ServerPost> m_post;
    int m_timeoutMs = 20000;
    bool m_joined = false;
    bool m_tried = false;
    Problem m_problem = Problem::None;
    QString m_code;
    QString m_server;
};
