#pragma once

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;


// An address found by the geocoder, with its position (WGS 84).
struct GeocodedAddress
{
    QString label;    // as the service writes it: "Schiedamseweg 1, 3026AB Rotterdam"
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
    double latitude = 0;
    double longitude = 0;
};

// Turns a typed address into positions through PDOK Locatieserver's free search (the Dutch
// government's free geocoder, no key), or any service answering in its shape
// ({"response": {"numFound", "docs": [{"weergavenaam", "centroide_ll": "POINT(lon lat)", ...}]}}).
// One lookup at a time; a new lookup cancels the previous one. Bounded: a query of at most
// maxQueryLength characters, at most maxResults results, an answer of at most maxAnswerBytes,
// and a timeout. Every failure is a typed Error; the address typed is never logged.
class Geocoder : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        EmptyQuery,   // nothing to look up
        QueryTooLong,
        Unreachable,  // no connection, refused, DNS failure, TLS failure
        Timeout,      // no complete answer within timeoutMs
        HttpError,    // the service answered with a status other than 200
        BadAnswer,    // not the expected JSON, or too large
        NotFound,     // a good answer without any address
    };
    Q_ENUM(Error)

    static constexpr int maxQueryLength = 200;
    static constexpr int maxResults = 5;
    static constexpr qint64 maxAnswerBytes = 256 * 1024;
    static QUrl defaultServiceUrl() { return QUrl(QStringLiteral("https://api.pdok.nl/bzk/locatieserver/search/v3_1/free")); }

    explicit Geocoder(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Geocoder() override;

    void setServiceUrl(const QUrl &url) { m_serviceUrl = url; }
    [[nodiscard]] QUrl serviceUrl() const { return m_serviceUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    [[nodiscard]] bool busy() const { return m_reply != nullptr; }

    // Starts a lookup; ends with found() or failed(), never both, and never synchronously.
    void lookup(const QString &address);
    void cancel();

    // Reads an answer in Locatieserver's shape (public for tests of the parser alone).
    [[nodiscard]] static Error parse(const QByteArray &answer, QList<GeocodedAddress> &results);

signals:
    void found(const QList<GeocodedAddress> &results);
    void failed(Geocoder::Error error);

private:
    QNetworkAccessManager *m_network;
    QUrl m_serviceUrl = defaultServiceUrl();
    int m_timeoutMs = 8000;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_timedOut = false;

    void finish(QNetworkReply *reply);
    void failLater(Error error);
};

Q_DECLARE_METATYPE(GeocodedAddress)
