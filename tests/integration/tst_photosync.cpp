#include "databasefolder.h"
#include "domainindexer.h"
#include "httppeer.h"
#include "initiativeeditor.h"
#include "initiativephotos.h"
#include "localpeer.h"
#include "photopreparer.h"
#include "replicator.h"
#include "serverprocess.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A photo added on one device reaches another through a real buurtbrug-server byte for byte,
// and so does its removal (issue 19).
class TestPhotoSync : public QObject
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
            Replicator replicator(push ? static_cast<ReplicationPeer &>(local) : server,
                push ? static_cast<ReplicationPeer &>(server) : local);
            QSignalSpy finished(&replicator, &Replicator::finished);
            replicator.start();
            if (!finished.wait(60000) || !finished.first().at(0).toBool())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StoreError>();
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_dir.filePath("server"));
        m_base = m_server->start();
        QVERIFY(m_base.isValid());
        QVERIFY(ServerProcess::createDatabase(m_network, m_base, "directory"));
        m_a = newDevice("desk");
        m_b = newDevice("phone");
        QVERIFY(m_a && m_b);
    }

    void photoArrivesByteIdenticalAndItsRemovalToo()
    {
        InitiativeEditor editor(*m_a, QDate(2026, 12, 5));
        InitiativeDraft draft;
        draft.texts.insert("nl", { "Wijkpaleis", {}, {}, {}, "original", {} });
        draft.themes = QStringList { "meeting" };
        QVERIFY(editor.save(draft).ok());
        const QString initiative = "initiative:wijkpaleis";

        // A real photo: a 3000 × 2000 picture made smaller and stripped by the preparer.
        QImage picture(3000, 2000, QImage::Format_RGB32);
        picture.fill(QColor(40, 120, 60));
        QPainter(&picture).fillRect(1000, 500, 1000, 1000, QColor(230, 200, 40));
        const PhotoPreparer::Prepared prepared = PhotoPreparer::fromImage(picture);
        QVERIFY(prepared.ok());
        InitiativePhotos::NewPhoto photo;
        photo.initiativeId = initiative;
        photo.display = prepared.display;
        photo.thumbnail = prepared.thumbnail;
        photo.width = prepared.displaySize.width();
        photo.height = prepared.displaySize.height();
        photo.alt
            = { { "nl", "Gele deur in een groene gevel" }, { "tr", "Yeşil cephede sarı kapı" } };
        const Result<QString> id = InitiativePhotos(*m_a).add(photo);
        QVERIFY(id.ok());

        QVERIFY(sync(m_a));
        QVERIFY(sync(m_b));
        InitiativePhotos onPhone(*m_b);
        const QList<InitiativePhotos::Photo> arrived = onPhone.of(initiative).value();
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().id, id.value());
        QCOMPARE(arrived.first().alt.value("tr"), QString("Yeşil cephede sarı kapı"));
        QCOMPARE(arrived.first().width, 1600);
        QCOMPARE(
            onPhone.bytes(id.value(), InitiativePhotos::Size::Display).value(), prepared.display);
        QCOMPARE(onPhone.bytes(id.value(), InitiativePhotos::Size::Thumbnail).value(),
            prepared.thumbnail);
        QCOMPARE(
            m_b->get(id.value()).value().value("_rev"), m_a->get(id.value()).value().value("_rev"));

        // Removed on the phone, gone on the desk after the next sync.
        QVERIFY(onPhone.remove(id.value()).ok());
        QVERIFY(sync(m_b));
        QVERIFY(sync(m_a));
        QVERIFY(InitiativePhotos(*m_a).of(initiative).value().isEmpty());
        QCOMPARE(m_a->get(id.value()).error().code, StoreError::Code::NotFound);
    }
};

QTEST_MAIN(TestPhotoSync)
#include "tst_photosync.moc"
