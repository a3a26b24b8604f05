#pragma once

#include <QString>
#include <QUrl>

// Where a phone may send its credentials. A device token or a CouchDB password travels with
// every sync request, so it goes only over TLS (https) — or over plain http to this very
// machine (a server on 127.0.0.1 for a demo or a test), where no network path can read it.
namespace ServerAddress {

// localhost, 127.0.0.0/8 or ::1.
[[nodiscard]] bool isLoopback(const QUrl &url);
// https to any host, http only to a loopback one.
[[nodiscard]] bool protectsCredentials(const QUrl &url);
// For a command that hands phones this address: why it refuses it (`secret` says what the
// phone would send: "token", "password"), or "" when the address protects it.
[[nodiscard]] QString refusal(const QUrl &url, const QString &secret);

}
