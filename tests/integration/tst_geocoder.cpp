#include "geocoder.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

// The geocoder against a local HTTP server on 127.0.0.1 that answers as PDOK Locatieserver
// does (canned answers in its shape), and as a service that is down, slow, broken or
// answering garbage: each a typed error. Nothing here reaches the internet.
class TestGeocoder : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    QTcpServer m_server;
    QByteArray m_status = "200 OK";
    QByteArray m_body;
    bool m_silent = false;
    QByteArray m_lastRequest;

    // A Locatieserver answer with these documents.
    static QByteArray answer(const QByteArray &docs, int numFound)
    {
        return "{\"response\":{\"numFound\":" + QByteArray::number(numFound) + ",\"start\":0,\"maxScore\":9.1,\"numFoundExact\":true,\"docs\":["
                + docs + "]}}";
    }

    static QByteArray schiedamseweg()
    {
        return "{\"weergavenaam\":\"Schiedamseweg 1, 3026AB Rotterdam\",\"straatnaam\":\"Schiedamseweg\",\"huis_nlt\":\"1\","
               "\"postcode\":\"3026AB\",\"woonplaatsnaam\":\"Rotterdam\",\"centroide_ll\":\"POINT(4.44551 51.91069)\","
               "\"type\":\"adres\",\"score\":9.1}";
    }

    QUrl serviceUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/bzk/locatieserver/search/v3_1/free").arg(m_server.serverPort()));
    }

    struct Outcome
    {
        bool found = false;
        QList<GeocodedAddress> results;
        Geocoder::Error error = Geocoder::Error::None;
    };

    Outcome lookUp(const QString &address, const QUrl &url, int timeoutMs = 3000)
    {
        Geocoder geocoder(&m_network);
        geocoder.setServiceUrl(url);
        geocoder.setTimeoutMs(timeoutMs);
        QSignalSpy found(&geocoder, &Geocoder::found);
        QSignalSpy failed(&geocoder, &Geocoder::failed);
        geocoder.lookup(address);
        QElapsedTimer waited;
        waited.start();
        while (found.isEmpty() && failed.isEmpty() && waited.elapsed() < 10000)
            QTest::qWait(5);
        if (found.isEmpty() && failed.isEmpty())
            return { false, {}, Geocoder::Error::None };
        Outcome outcome;
        outcome.found = !found.isEmpty();
        if (outcome.found)
            outcome.results = found.first().at(0).value<QList<GeocodedAddress>>();
        else
            outcome.error = failed.first().at(0).value<Geocoder::Error>();
        QTest::qWait(20);
        return outcome;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<GeocodedAddress>>();
        qRegisterMetaType<Geocoder::Error>();
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_lastRequest += socket->readAll();
                    if (!m_lastRequest.contains("\r\n\r\n") || m_silent)
                        return;
                    socket->write("HTTP/1.1 " + m_status + "\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    void init()
    {
        m_status = "200 OK";
        m_body.clear();
        m_silent = false;
        m_lastRequest.clear();
    }

    void findsAnAddressAndAsksForAddressesOnly()
    {
        m_body = answer(schiedamseweg(), 1);
        const Outcome outcome = lookUp("Schiedamseweg 1 Rotterdam", serviceUrl());
        QVERIFY(outcome.found);
        QCOMPARE(outcome.results.size(), 1);
        const GeocodedAddress &a = outcome.results.first();
        QCOMPARE(a.label, QString("Schiedamseweg 1, 3026AB Rotterdam"));
        QCOMPARE(a.postcode, QString("3026AB"));
        QCOMPARE(a.city, QString("Rotterdam"));
        QCOMPARE(a.latitude, 51.91069); // WKT writes longitude first
        QCOMPARE(a.longitude, 4.44551);
        const QByteArray line = m_lastRequest.left(m_lastRequest.indexOf("\r\n"));
        QVERIFY(line.startsWith("GET /bzk/locatieserver/search/v3_1/free?"));
        const QUrlQuery query(QUrl::fromEncoded(line.split(' ').at(1)).query());
        QCOMPARE(query.queryItemValue("q", QUrl::FullyDecoded), QString("Schiedamseweg 1 Rotterdam"));
        QCOMPARE(query.queryItemValue("fq", QUrl::FullyDecoded), QString("type:adres"));
        QCOMPARE(query.queryItemValue("rows"), QString::number(Geocoder::maxResults));
    }

    void keepsAtMostFiveAndSkipsDocumentsWithoutAPoint()
    {
        QByteArray docs = "{\"weergavenaam\":\"zonder punt\"},{\"weergavenaam\":\"kapot\",\"centroide_ll\":\"POINT(abc)\"}";
        for (int i = 0; i < 8; ++i)
            docs += "," + schiedamseweg();
        m_body = answer(docs, 10);
        const Outcome outcome = lookUp("Schiedamseweg", serviceUrl());
        QVERIFY(outcome.found);
        QCOMPARE(outcome.results.size(), Geocoder::maxResults);
    }

    void typedErrors_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::newRow("nothing found") << QByteArray("200 OK") << answer({}, 0) << int(Geocoder::Error::NotFound);
        QTest::newRow("garbage") << QByteArray("200 OK") << QByteArray("<html>Service Unavailable</html>") << int(Geocoder::Error::BadAnswer);
        QTest::newRow("json of another shape") << QByteArray("200 OK") << QByteArray("{\"docs\":[]}") << int(Geocoder::Error::BadAnswer);
        QTest::newRow("only broken documents") << QByteArray("200 OK") << answer("{\"centroide_ll\":\"POINT(1)\"}", 1) << int(Geocoder::Error::BadAnswer);
        QTest::newRow("a point outside the world") << QByteArray("200 OK") << answer("{\"centroide_ll\":\"POINT(4.4 951.9)\"}", 1)
                                                   << int(Geocoder::Error::BadAnswer);
        QTest::newRow("server error") << QByteArray("500 Internal Server Error") << QByteArray("{}") << int(Geocoder::Error::HttpError);
        QTest::newRow("rate limited") << QByteArray("429 Too Many Requests") << QByteArray() << int(Geocoder::Error::HttpError);
        QTest::newRow("too large") << QByteArray("200 OK") << answer("{\"weergavenaam\":\"" + QByteArray(300 * 1024, 'x') + "\"}", 1)
                                   << int(Geocoder::Error::BadAnswer);
    }
    void typedErrors()
    {
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        m_status = status;
        m_body = body;
        const Outcome outcome = lookUp("Schiedamseweg 1", serviceUrl());
        QVERIFY(!outcome.found);
        QCOMPARE(outcome.error, Geocoder::Error(error));
    }

    void aServerThatIsDownIsUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const Outcome outcome = lookUp("Schiedamseweg 1", QUrl(QStringLiteral("http://127.0.0.1:%1/free").arg(port)));
        QCOMPARE(outcome.error, Geocoder::Error::Unreachable);
    }

    void aSlowServerTimesOut()
    {
        m_silent = true;
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = lookUp("Schiedamseweg 1", serviceUrl(), 300);
        QCOMPARE(outcome.error, Geocoder::Error::Timeout);
        QVERIFY(timer.elapsed() < 3000);
    }

    void badQueriesNeverLeave()
    {
        m_body = answer(schiedamseweg(), 1);
        QCOMPARE(lookUp("   ", serviceUrl()).error, Geocoder::Error::EmptyQuery);
        QCOMPARE(lookUp(QString(201, 'a'), serviceUrl()).error, Geocoder::Error::QueryTooLong);
        QVERIFY(m_lastRequest.isEmpty());
    }

    void theDefaultIsPdok()
    {
        Geocoder geocoder(&m_network);
        QCOMPARE(geocoder.serviceUrl().host(), QString("api.pdok.nl"));
        QCOMPARE(geocoder.serviceUrl().scheme(), QString("https"));
    }
};

QTEST_GUILESS_MAIN(TestGeocoder)
#include "tst_geocoder.moc"
