#pragma once

#include "result.h"

#include <QJsonObject>
#include <QUrl>

class QNetworkAccessManager;

// Asks the server to issue a Kijk op de Wijk card (POST /_cards, see src/server/cardendpoint.h)
// with this device's token. Waits for the answer in a local event loop, at most timeoutMs:
// issuing needs the organisation's key, which only the server has, so it needs a network.
namespace CardIssueClient {
[[nodiscard]] Result<QJsonObject> issue(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                        const QJsonObject &form, int timeoutMs = 20000);
}
