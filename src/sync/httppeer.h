#pragma once

#include "replicationpeer.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

// A database on a CouchDB-compatible server (buurtbrug-server, Apache CouchDB, express-pouchdb)
// as a replication peer. Credentials come from the URL's user info (HTTP Basic) or a bearer
// token and are never part of describe(). Every request has a timeout; network failures, 5xx
// answers and malformed JSON become errors the replicator can retry. Uses _bulk_get and falls
// back to GET ?open_revs when the server lacks it. Attachments travel as raw bytes: fetched by
// GET /db/doc/att, sent as multipart/related (CouchDB's replicator does the same).
class HttpPeer : public QObject, public ReplicationPeer
{
    Q_OBJECT

public:
    HttpPeer(const QUrl &databaseUrl, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBearerToken(const QByteArray &token) { m_bearer = token; }
    // HTTP Basic as a CouchDB user (a phone that joined a CouchDB deployment), like user info.
    void setBasicAuth(const QString &user, const QString &password)
    {
        m_authorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
    }
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    // The longest answer read (default 256 MiB); an attachment is cut off past the length its
    // stub gave.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    // How many HTTP requests this peer has made (for the no-op sync budget).
    [[nodiscard]] int requestCount() const { return m_requests; }

    void identity(Done<QString> done) override;
    void updateSeq(Done<qint64> done) override;
    void getCheckpoint(const QString &id, Done<QJsonObject> done) override;
    void putCheckpoint(const QJsonObject &doc, Done<QString> done) override;
    void changes(const QJsonValue &since, int limit, int waitMs, const ReplicationFilter &filter,
                 Done<ChangeBatch> done) override;
    // One page of the feed with each document's winner as it stands and attachments as stubs
    // (include_docs=true): what a phone learns of documents whose bytes it does not fetch.
    void changesWithDocs(const QJsonValue &since, int limit, const ReplicationFilter &filter, Done<ChangeBatch> done);
    void revsDiff(const QHash<QString, QStringList> &revs, Done<QHash<QString, RevsDiffEntry>> done) override;
    void fetch(const QList<RevisionRequest> &wanted, Done<QList<TransferredDoc>> done) override;
    void write(const QList<TransferredDoc> &docs, Done<QList<WriteResult>> done) override;
    [[nodiscard]] QString describe() const override;

private:
    QUrl m_db;      // without user info
    QByteArray m_authorization;
    QByteArray m_bearer;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 60000;
    qint64 m_maxAnswerBytes = 256 * 1024 * 1024;
    int m_requests = 0;
    bool m_bulkGet = true;
    QString m_identity;

    // A document id as a path segment ("_local/" and "_design/" keep their slash).
    [[nodiscard]] static QString encodedId(const QString &id);
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    void changesPage(const QJsonValue &since, int limit, int waitMs, const ReplicationFilter &filter, bool withDocs,
                     Done<ChangeBatch> done);
    void send(const QByteArray &method, const QUrl &url, const QJsonValue &body, int extraTimeoutMs,
              Done<QJsonValue> done);
    // The same with the body as JSON text already (null: no body).
    void sendText(const QByteArray &method, const QUrl &url, const QByteArray &payload, int extraTimeoutMs,
                  Done<QJsonValue> done);
    // The request itself: the answer's bytes when it succeeded, else what went wrong
    // (no answer, an HTTP error status with CouchDB's reason, a connection dropped mid-body).
    void exchange(const QByteArray &method, const QUrl &url, const QByteArray &payload, int extraTimeoutMs,
                  Done<QByteArray> done, const QByteArray &accept = "application/json", qint64 maxAnswerBytes = 0);
    [[nodiscard]] QNetworkRequest request(const QUrl &url, int extraTimeoutMs, const QByteArray &accept) const;
    // Waits for the answer and hands on its bytes or what went wrong.
    // maxAnswerBytes (0: the peer's limit) cuts off a longer answer with an error.
    void collect(QNetworkReply *reply, const QString &what, Done<QByteArray> done, qint64 maxAnswerBytes = 0);
    // Fetches the raw bytes of the attachments the target lacks (newer than the revisions it
    // holds) and marks them "follows" in each document: no base64 travels.
    void fetchAttachments(QList<TransferredDoc> docs, const QList<RevisionRequest> &wanted, Done<QList<TransferredDoc>> done);
    // One attachment's bytes, checked against the length and MD5 its stub promised; a failed or
    // damaged answer is asked for again, up to attempts in all.
    void fetchBytes(const QUrl &url, qint64 length, const QByteArray &md5, int attempts, Done<QByteArray> done);
    // Documents without bytes beside them: one _bulk_docs. With bytes: PUT as multipart/related.
    void writeBulk(const QList<TransferredDoc> &docs, Done<QList<WriteResult>> done);
    void writeMultipart(const TransferredDoc &doc, Done<QList<WriteResult>> done);
    void fetchOneByOne(QList<RevisionRequest> wanted, QList<TransferredDoc> found, Done<QList<TransferredDoc>> done);
};
