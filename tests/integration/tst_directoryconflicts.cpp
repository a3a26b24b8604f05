#include "databasefolder.h"
#include "domainindexer.h"
#include "httppeer.h"
#include "initiativeeditor.h"
#include "localpeer.h"
#include "replicator.h"
#include "revisionconflicts.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Two coordinators edit the same initiative on two devices that sync through a real
// buurtbrug-server; the conflict is listed field by field and resolved by a merge on one
// device, and after the next sync neither device nor the server holds a conflict.
class TestDirectoryConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServerProcess> m_server;
    QUrl m_base;
    DocumentDatabase *m_a = nullptr;
    DocumentDatabase *m_b = nullptr;

    DocumentDatabase *newDevice(const QString &name)
    {
        auto *folder = new DatabaseFolder(DomainIndexer::indexer(), this);
        if (!folder->open(m_dir.filePath(name), true).ok())
            return nullptr;
        return folder->database("directory", true).value();
    }

    bool sync(DocumentDatabase *db)
    {
        QUrl url = m_base;
        url.setPath("/directory");
        for (bool push : { true, false }) {
            LocalPeer local(db);
            HttpPeer server(url, &m_network);
            Replicator replicator(push ? static_cast<ReplicationPeer &>(local) : server, push ? static_cast<ReplicationPeer &>(server) : local);
            QSignalSpy finished(&replicator, &Replicator::finished);
            replicator.start();
            if (!finished.wait(60000) || !finished.first().at(0).toBool())
                return false;
        }
        return true;
    }

    QJsonObject onServer(const QString &id)
    {
        QUrl url = m_base;
        url.setPath("/directory/" + id);
        url.setQuery("conflicts=true");
        QNetworkRequest request(url.adjusted(QUrl::RemoveUserInfo));
        request.setRawHeader("Authorization", "Basic " + (m_base.userName() + ':' + m_base.password()).toUtf8().toBase64());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StoreError>();
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_dir.filePath("server"));
        m_base = m_server->start();
        QVERIFY(m_base.isValid());
        QVERIFY(ServerProcess::createDatabase(m_network, m_base, "directory"));
        m_a = newDevice("laptop");
        m_b = newDevice("tablet");
        QVERIFY(m_a && m_b);
    }

    void aConflictMadeOnTwoDevicesIsMergedOnOneAndGoneEverywhere()
    {
        const QDate today(2026, 12, 5);
        InitiativeEditor onA(*m_a, today);
        InitiativeDraft draft;
        draft.texts.insert("nl", { "Huiskamer Visserijplein", {}, {}, {}, "original", {} });
        draft.themes = QStringList { "meeting" };
        draft.phone = "010 123 4567";
        QVERIFY(onA.save(draft).ok());
        QVERIFY(sync(m_a));
        QVERIFY(sync(m_b));
        const QString id = "initiative:huiskamer-visserijplein";

        // Offline, each changes a different field.
        InitiativeDraft a = onA.load(id).value();
        a.themes.append("food");
        QVERIFY(onA.save(a).ok());
        InitiativeEditor onB(*m_b, today);
        InitiativeDraft b = onB.load(id).value();
        b.phone = "010 765 4321";
        QVERIFY(onB.save(b).ok());
        QVERIFY(sync(m_a));
        QVERIFY(sync(m_b));
        QVERIFY(sync(m_a));

        // Both devices see the same two versions and the fields they disagree on.
        const ConflictView viewA = RevisionConflicts::of(*m_a, id).value();
        const ConflictView viewB = RevisionConflicts::of(*m_b, id).value();
        QVERIFY(viewA.inConflict());
        QCOMPARE(viewA.revs, viewB.revs);
        QStringList fields;
        for (const FieldDifference &d : viewA.differences)
            fields.append(d.field);
        QCOMPARE(fields, (QStringList { "contact.phone", "themes" }));

        // Merged on the laptop: the tablet's phone, the laptop's themes.
        const QString laptopRev = viewA.revs.at(viewA.versions.indexOf(
                *std::find_if(viewA.versions.cbegin(), viewA.versions.cend(),
                              [](const QJsonObject &v) { return v.value("themes").toArray().size() == 2; })));
        const QString tabletRev = viewA.revs.at(1 - viewA.revs.indexOf(laptopRev));
        const QJsonObject body = RevisionConflicts::merged(viewA, { { "themes", laptopRev }, { "contact.phone", tabletRev } });
        QVERIFY(RevisionConflicts::resolve(*m_a, viewA, body).ok());
        QVERIFY(sync(m_a));
        QVERIFY(sync(m_b));

        for (DocumentDatabase *db : { m_a, m_b }) {
            const ConflictView after = RevisionConflicts::of(*db, id).value();
            QVERIFY(!after.inConflict());
            QCOMPARE(after.versions.first().value("themes").toArray(), (QJsonArray { "meeting", "food" }));
            QCOMPARE(after.versions.first().value("contact").toObject().value("phone").toString(), QString("010 765 4321"));
        }
        const QJsonObject server = onServer(id);
        QVERIFY(!server.contains("_conflicts"));
        QCOMPARE(server.value("_rev").toString(), RevisionConflicts::of(*m_b, id).value().revs.first());
    }
};

QTEST_GUILESS_MAIN(TestDirectoryConflicts)
#include "tst_directoryconflicts.moc"
