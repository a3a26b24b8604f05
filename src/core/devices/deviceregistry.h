#pragma once

#include "documentdatabase.h"
#include "invitestate.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>

// An enrolled device: who it acts for, in which roles and organisation.
struct DeviceRecord
{
    QString id;           // "dev-" + 16 hex, derived from the token's hash
    QString person;       // pseudonym or worker name as the coordinator entered it
    QStringList roles;    // buurtmaatje, verbindingswerker, host, coordinator, editor, cardholder
    QString organisation; // slug of org-<slug>; empty for card holders
    QString card;         // card code, for card holders
    QStringList hosts;    // initiative ids a host stamps cards for; bound at enrolment
    QString name;         // what the device called itself at enrolment
    bool revoked = false;
    QDateTime enrolledAt; // UTC
    QDateTime lastSeen;   // UTC, the last authenticated request to within lastSeenStepSecs; invalid: none yet
};

struct InviteSpec
{
    QStringList roles;
    QString organisation;
    QString person;
    QString card;
    QStringList hosts; // initiative ids or slugs; only with the host role
    int validHours = 72;
};

struct Invite
{
    QString code;    // XXXX-XXXX-XXXX-XXXX, Crockford base32, 80 random bits
    QDateTime expires;
};

// Enrolment and device tokens. A coordinator makes a one-time invite; a device redeems it for
// a long random token. Only SHA-256 hashes of codes and tokens are stored, in a `_system`
// database of the data folder that the server never serves. Revoking is immediate: every
// request looks its token up again.
class DeviceRegistry
{
public:
    [[nodiscard]] StoreError open(const QString &dataFolder);

    [[nodiscard]] static const QStringList &knownRoles();
    [[nodiscard]] Result<Invite> createInvite(const InviteSpec &spec);
    // Redeems a code once; returns the device and its token (shown only now). A refused code
    // is Forbidden, and `refusal` (when given) says why: Unknown, Used or Expired.
    [[nodiscard]] Result<QPair<DeviceRecord, QString>> redeem(const QString &code, const QString &deviceName,
                                                              InviteState *refusal = nullptr);
    [[nodiscard]] Result<DeviceRecord> authenticate(const QString &token);
    [[nodiscard]] Result<DeviceRecord> authenticate(const QString &deviceId, const QString &token);
    [[nodiscard]] StoreError revoke(const QString &deviceId);
    [[nodiscard]] Result<QList<DeviceRecord>> devices();
    [[nodiscard]] Result<DeviceRecord> device(const QString &deviceId);

    // authenticate() notes when a device was last seen, writing at most once per this many
    // seconds per device, so the request path does not write on every request.
    static constexpr int lastSeenStepSecs = 15 * 60;

    // Normalises what a person typed: case, spaces, dashes, and 0/O, 1/I/L confusions.
    [[nodiscard]] static QString normaliseCode(const QString &typed);

private:
    std::unique_ptr<DocumentDatabase> m_db;
};
