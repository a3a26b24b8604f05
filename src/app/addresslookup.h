#pragma once

#include "geocoder.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QNetworkAccessManager;

// A typed address to positions for the desk's form, through the Geocoder (PDOK Locatieserver,
// or the service set with setServiceUrl: the app's --geocoder URL). Asynchronous: busy while
// asking, then `results` ({label, latitude, longitude, street, postcode, city} each) or a
// translated `message` saying why there is none. The network is made on first use, so a
// phone that never looks up an address opens no connection.
class AddressLookup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Held by DirectoryEditorController")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QVariantList results READ results NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit AddressLookup(QObject *parent = nullptr);
    ~AddressLookup() override;

    void setServiceUrl(const QUrl &url);
    void setTimeoutMs(int ms);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QVariantList results() const { return m_results; }
    [[nodiscard]] QString message() const;
    void retranslate() { emit changed(); }

    Q_INVOKABLE void lookup(const QString &address);
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Geocoder> m_geocoder;
    QUrl m_serviceUrl = Geocoder::defaultServiceUrl();
    int m_timeoutMs = 8000;
    bool m_busy = false;
    QVariantList m_results;
    Geocoder::Error m_error = Geocoder::Error::None;

    Geocoder &geocoder();
};
