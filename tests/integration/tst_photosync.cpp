#include "databasefolder.h"
#include "directorypullfilters.h"
#include "domainindexer.h"
#include "httppeer.h"
#include "initiativeeditor.h"
#include "initiativephotos.h"
#include "localpeer.h"
#include "initiativephotocontroller.h"
#include "photocatalogue.h"
#include "photopreparer.h"
#include "photoshelf.h"
#include "replicator.h"
#include "serverprocess.h"
#include "syncscheduler.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRandomGenerator>
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

    // One filtered pull from the server; the documents it wrote, -1 when it failed.
    int pull(DocumentDatabase *db, const ReplicationFilter &filter)
    {
        QUrl url = m_base;
        url.setPath("/directory");
        LocalPeer local(db);
        HttpPeer server(url, &m_network);
        ReplicationOptions options;
        options.filter = filter;
        Replicator replicator(server, local, options);
        QSignalSpy finished(&replicator, &Replicator::finished);
        replicator.start();
        if (!finished.wait(60000) || !finished.first().at(0).toBool())
            return -1;
        return replicator.stats().docsWritten;
    }

    // A picture of one colour with a square of another, prepared as the app prepares a photo.
    static InitiativePhotos::NewPhoto photoOf(const QString &initiative, QColor colour, QSize size = { 800, 600 })
    {
        QImage picture(size, QImage::Format_RGB32);
        picture.fill(colour);
        QPainter(&picture).fillRect(size.width() / 3, size.height() / 4, size.width() / 3, size.height() / 2, QColor(230, 200, 40));
        const PhotoPreparer::Prepared prepared = PhotoPreparer::fromImage(picture);
        InitiativePhotos::NewPhoto photo;
        photo.initiativeId = initiative;
        photo.display = prepared.display;
        photo.thumbnail = prepared.thumbnail;
        photo.width = prepared.displaySize.width();
        photo.height = prepared.displaySize.height();
        photo.alt = { { "nl", "De ingang" } };
        return photo;
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
        InitiativePhotos::NewPhoto photo = photoOf(initiative, QColor(40, 120, 60), { 3000, 2000 });
        QVERIFY(!photo.display.isEmpty());
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
            onPhone.bytes(id.value(), InitiativePhotos::Size::Display).value(), photo.display);
        QCOMPARE(onPhone.bytes(id.value(), InitiativePhotos::Size::Thumbnail).value(),
            photo.thumbnail);
        QCOMPARE(
            m_b->get(id.value()).value().value("_rev"), m_a->get(id.value()).value().value("_rev"));

        // Removed on the phone, gone on the desk after the next sync.
        QVERIFY(onPhone.remove(id.value()).ok());
        QVERIFY(sync(m_b));
        QVERIFY(sync(m_a));
        QVERIFY(InitiativePhotos(*m_a).of(initiative).value().isEmpty());
        QCOMPARE(m_a->get(id.value()).error().code, StoreError::Code::NotFound);
    }

    // A phone can take the directory's text and the photos apart (docs/SYNC-PROTOCOL.md): a pull
    // with a selector brings everything but photos, a pull by ids brings the photos asked for,
    // byte for byte, and each keeps a checkpoint of its own.
    void theTextAndThePhotosPullApart()
    {
        InitiativeEditor editor(*m_a, QDate(2026, 12, 5));
        for (const char *name : { "Buurtmoestuin", "Naaiatelier" }) {
            InitiativeDraft draft;
            draft.texts.insert("nl", { name, {}, {}, {}, "original", {} });
            draft.themes = QStringList { "meeting" };
            QVERIFY(editor.save(draft).ok());
        }
        const Result<QString> garden = InitiativePhotos(*m_a).add(photoOf("initiative:buurtmoestuin", QColor(40, 140, 60)));
        const Result<QString> sewing = InitiativePhotos(*m_a).add(photoOf("initiative:naaiatelier", QColor(180, 40, 90)));
        QVERIFY(garden.ok() && sewing.ok());
        QVERIFY(sync(m_a));

        DocumentDatabase *phone = newDevice("small-phone");
        QVERIFY(phone);
        ReplicationFilter text;
        text.selector = QJsonObject { { "type", QJsonObject { { "$ne", "photo" } } } };
        QVERIFY(pull(phone, text) >= 2);
        QVERIFY(phone->get("initiative:buurtmoestuin").ok());
        QVERIFY(phone->get("initiative:naaiatelier").ok());
        QCOMPARE(phone->get(garden.value()).error().code, StoreError::Code::NotFound);
        QCOMPARE(phone->get(sewing.value()).error().code, StoreError::Code::NotFound);
        QCOMPARE(pull(phone, text), 0); // its checkpoint: nothing again

        ReplicationFilter photos;
        photos.docIds = QStringList { garden.value() };
        QCOMPARE(pull(phone, photos), 1);
        QCOMPARE(InitiativePhotos(*phone).bytes(garden.value(), InitiativePhotos::Size::Display).value(),
                 InitiativePhotos(*m_a).bytes(garden.value(), InitiativePhotos::Size::Display).value());
        QCOMPARE(phone->get(sewing.value()).error().code, StoreError::Code::NotFound);
        QCOMPARE(pull(phone, photos), 0);

        // Removed on the desk: the pull by id brings the tombstone.
        QVERIFY(InitiativePhotos(*m_a).remove(garden.value()).ok());
        QVERIFY(sync(m_a));
        QCOMPARE(pull(phone, photos), 1);
        QCOMPARE(phone->get(garden.value()).error().code, StoreError::Code::NotFound);
        QVERIFY(InitiativePhotos(*phone).of("initiative:buurtmoestuin").value().isEmpty());
    }

    // A filter that passes nothing for many pages of the source's feed: the replication goes on
    // past them (an empty page that says more follows is not the end) and its checkpoint moves.
    void aFilterGoesOnPastPagesWhereNothingPasses()
    {
        DocumentDatabase source(QStringLiteral("source"));
        DocumentDatabase target(QStringLiteral("target"));
        QVERIFY(source.open(m_dir.filePath("filter-source.sqlite")).ok());
        QVERIFY(target.open(m_dir.filePath("filter-target.sqlite")).ok());
        QList<QJsonObject> docs;
        for (int i = 0; i < 300; ++i)
            docs.append({ { "_id", QStringLiteral("row-%1").arg(i, 3, 10, QLatin1Char('0')) }, { "kind", i == 290 ? "wanted" : "other" } });
        for (const WriteResult &w : source.bulkDocs(docs, true))
            QVERIFY(w.error.ok());
        for (const bool bySelector : { true, false }) {
            ReplicationOptions options;
            options.batchSize = 2; // 20 pages of 2 are read per request: 300 rows take several
            if (bySelector)
                options.filter.selector = QJsonObject { { "kind", "wanted" } };
            else
                options.filter.docIds = QStringList { "row-299" };
            LocalPeer from(&source);
            LocalPeer to(&target);
            Replicator replicator(from, to, options);
            QSignalSpy finished(&replicator, &Replicator::finished);
            replicator.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(finished.first().at(0).toBool());
            QCOMPARE(replicator.stats().docsWritten, 1);
        }
        QVERIFY(target.get("row-290").ok());
        QVERIFY(target.get("row-299").ok());
        QCOMPARE(target.info().value().docCount, 2);
    }

    // A reader's phone (SyncStatus gives it these pulls): the directory's text in full, removals
    // included, and the photos of its places only; a place added to them brings its photos that
    // were there before (the named checkpoint starts afresh for a new set); a removal travels.
    void aReadersPhoneKeepsThePhotosOfItsPlaces()
    {
        InitiativeEditor editor(*m_a, QDate(2026, 12, 5));
        for (const char *name : { "Koffiehoek", "Fietsmaker" }) {
            InitiativeDraft draft;
            draft.texts.insert("nl", { name, {}, {}, {}, "original", {} });
            draft.texts.insert("en", { QString(name) + " (en)", {}, {}, {}, "human", {} });
            draft.themes = QStringList { "meeting" };
            const auto saved = editor.save(draft);
            QVERIFY(saved.ok());
        }
        const Result<QString> coffee = InitiativePhotos(*m_a).add(photoOf("initiative:koffiehoek", QColor(120, 80, 40)));
        const Result<QString> bikes = InitiativePhotos(*m_a).add(photoOf("initiative:fietsmaker", QColor(40, 80, 160)));
        QVERIFY2(coffee.ok() && bikes.ok(), qPrintable(coffee.ok() ? bikes.error().reason : coffee.error().reason));
        QVERIFY(sync(m_a));

        DocumentDatabase *reader = newDevice("reader-phone");
        QVERIFY(reader);
        QUrl remote = m_base;
        remote.setPath("/directory");
        SyncScheduler scheduler(reader, remote, &m_network, SyncTiming { 50, 600000, 50, 1000 });
        const auto run = [&](const QStringList &places) {
            scheduler.setPullFilters(DirectoryPullFilters::forPlaces(places));
            QSignalSpy finished(&scheduler, &SyncScheduler::runFinished);
            scheduler.syncNow();
            return finished.wait(60000) && finished.first().at(0).toBool();
        };
        QVERIFY(run({ "initiative:koffiehoek" }));
        QVERIFY(reader->get("initiative:koffiehoek").ok());
        QVERIFY(reader->get("initiative:fietsmaker").ok());
        QVERIFY(reader->get("translation:fietsmaker:en").ok());
        QCOMPARE(InitiativePhotos(*reader).bytes(coffee.value(), InitiativePhotos::Size::Thumbnail).value(),
                 InitiativePhotos(*m_a).bytes(coffee.value(), InitiativePhotos::Size::Thumbnail).value());
        QCOMPARE(reader->get(bikes.value()).error().code, StoreError::Code::NotFound);

        // The bike maker opened: its photo, made before, arrives with the next run.
        QVERIFY(run({ "initiative:fietsmaker", "initiative:koffiehoek" }));
        QVERIFY(reader->get(bikes.value()).ok());

        // On the desk: a photo removed and a translation deleted; both reach the reader.
        QVERIFY(InitiativePhotos(*m_a).remove(coffee.value()).ok());
        const QString enRev = m_a->get("translation:fietsmaker:en").value().value("_rev").toString();
        QVERIFY(m_a->remove("translation:fietsmaker:en", enRev).error.ok());
        QVERIFY(sync(m_a));
        QVERIFY(run({ "initiative:fietsmaker", "initiative:koffiehoek" }));
        QCOMPARE(reader->get(coffee.value()).error().code, StoreError::Code::NotFound);
        QCOMPARE(reader->get("translation:fietsmaker:en").error().code, StoreError::Code::NotFound);
        QVERIFY(reader->get(bikes.value()).ok());
        // No photo of a place it does not keep ever came (the others of this server's directory).
        for (const QString &place : { QStringLiteral("initiative:buurtmoestuin"), QStringLiteral("initiative:naaiatelier") })
            QVERIFY(InitiativePhotos(*reader).of(place).value().isEmpty());
    }
    // A storage budget on a reader's phone (issue 19): what does not fit is purged, the least
    // recently wanted first, is not fetched again while it does not fit, and comes back from the
    // server byte for byte once it is wanted more.
    void photosBeyondTheBudgetAreEvictedAndFetchedAgainWhenWanted()
    {
        InitiativeEditor editor(*m_a, QDate(2026, 12, 5));
        QStringList places;
        QStringList photos;
        for (const char *name : { "Bakkerij", "Kapsalon", "Taallokaal" }) {
            InitiativeDraft draft;
            draft.texts.insert("nl", { name, {}, {}, {}, "original", {} });
            draft.themes = QStringList { "meeting" };
            QVERIFY(editor.save(draft).ok());
            places.append("initiative:" + QString(name).toLower());
            // Noise does not compress: each photo weighs about a megabyte.
            QImage picture(1600, 1200, QImage::Format_RGB32);
            QRandomGenerator noise(uint(photos.size() + 7));
            for (int y = 0; y < picture.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
                for (int x = 0; x < picture.width(); ++x)
                    line[x] = 0xff000000u | (noise.generate() & 0xffffffu);
            }
            const PhotoPreparer::Prepared prepared = PhotoPreparer::fromImage(picture);
            InitiativePhotos::NewPhoto photo;
            photo.initiativeId = places.last();
            photo.display = prepared.display;
            photo.thumbnail = prepared.thumbnail;
            photo.width = prepared.displaySize.width();
            photo.height = prepared.displaySize.height();
            photo.alt = { { "nl", "De deur" } };
            const Result<QString> added = InitiativePhotos(*m_a).add(photo);
            QVERIFY(added.ok());
            photos.append(added.value());
        }
        QVERIFY(sync(m_a));
        const auto weight = [&](int i) {
            const InitiativePhotos::Photo p = InitiativePhotos(*m_a).photo(photos.at(i)).value();
            return p.displayBytes + p.thumbnailBytes;
        };
        QVERIFY2(weight(0) > 512 * 1024, qPrintable(QString::number(weight(0))));

        DocumentDatabase *reader = newDevice("budget-phone");
        QVERIFY(reader);
        PhotoShelf shelf;
        shelf.setStore(reader);
        shelf.setBudgetBytes(weight(0) + weight(1) + weight(2) / 2); // two of the three fit
        shelf.setWanted(places);
        shelf.setActive(true);
        QUrl remote = m_base;
        remote.setPath("/directory");
        SyncScheduler scheduler(reader, remote, &m_network, SyncTiming { 50, 600000, 50, 1000 });
        const auto run = [&] {
            scheduler.setPullFilters(DirectoryPullFilters::forPlaces(shelf.kept()));
            QSignalSpy finished(&scheduler, &SyncScheduler::runFinished);
            scheduler.syncNow();
            const bool ok = finished.wait(60000) && finished.first().at(0).toBool();
            shelf.tidy(); // what the app does when the pull's writes settle
            return ok;
        };
        const auto here = [&](int i) { return reader->get(photos.at(i)).ok(); };

        // Never here: each counts as empty, all three come; the least wanted is purged.
        QVERIFY(run());
        QVERIFY(here(0) && here(1));
        QVERIFY(!here(2));
        QCOMPARE(shelf.kept(), places.mid(0, 2));
        QVERIFY(shelf.usedBytes() <= shelf.budgetBytes());
        // The next run does not fetch it again only to purge it.
        QVERIFY(run());
        QVERIFY(!here(2));

        // Opened: the third is wanted most. The least recently wanted goes at once, before the
        // pull, and the third comes back from the server as it was.
        shelf.setWanted({ places.at(2), places.at(0), places.at(1) });
        QCOMPARE(shelf.kept(), (QStringList { places.at(2), places.at(0) }));
        QVERIFY(!here(1));
        QVERIFY(run());
        QVERIFY(here(2) && here(0));
        QVERIFY(!here(1));
        QCOMPARE(InitiativePhotos(*reader).bytes(photos.at(2), InitiativePhotos::Size::Display).value(),
                 InitiativePhotos(*m_a).bytes(photos.at(2), InitiativePhotos::Size::Display).value());
        QVERIFY(shelf.usedBytes() <= shelf.budgetBytes());
        // The purge left no tombstone: a push from this phone sends no photo removal.
        QVERIFY(m_a->get(photos.at(1)).ok());
        QVERIFY(sync(reader));
        QVERIFY(sync(m_a));
        QVERIFY(m_a->get(photos.at(1)).ok());
    }
    // A reader's phone knows which photos it does not hold (issue 19): the catalogue learns
    // each photo's place and alternative text from the server without its bytes, the gallery
    // lists it as not on the phone, and it fills in when its photo is pulled; a removal on the
    // desk leaves the catalogue too. Kept across restarts.
    void theCatalogueListsPhotosThePhoneDoesNotHold()
    {
        InitiativeEditor editor(*m_a, QDate(2026, 12, 5));
        for (const char *name : { "Naaicafe", "Repaircafe" }) {
            InitiativeDraft draft;
            draft.texts.insert("nl", { name, {}, {}, {}, "original", {} });
            draft.themes = QStringList { "meeting" };
            QVERIFY(editor.save(draft).ok());
        }
        InitiativePhotos::NewPhoto sewing = photoOf("initiative:naaicafe", QColor(200, 60, 60));
        sewing.alt = { { "nl", "De naaimachines bij het raam" }, { "ar", "ماكينات الخياطة" } };
        const Result<QString> sewingPhoto = InitiativePhotos(*m_a).add(sewing);
        const Result<QString> repairPhoto = InitiativePhotos(*m_a).add(photoOf("initiative:repaircafe", QColor(60, 60, 200)));
        QVERIFY(sewingPhoto.ok() && repairPhoto.ok());
        QVERIFY(sync(m_a));

        DocumentDatabase *reader = newDevice("catalogue-phone");
        QVERIFY(reader);
        QUrl remote = m_base;
        remote.setPath("/directory");
        HttpPeer server(remote, &m_network);
        const auto refresh = [&](PhotoCatalogue &catalogue) {
            QSignalSpy refreshed(&catalogue, &PhotoCatalogue::refreshed);
            catalogue.refresh(server);
            return refreshed.wait(30000) && refreshed.first().at(0).toBool();
        };
        PhotoCatalogue catalogue;
        catalogue.setStore(reader);
        QVERIFY(refresh(catalogue));
        const QList<InitiativePhotos::Photo> known = catalogue.photosOf("initiative:naaicafe");
        QCOMPARE(known.size(), 1);
        QCOMPARE(known.first().id, sewingPhoto.value());
        QCOMPARE(known.first().alt.value("ar"), QStringLiteral("ماكينات الخياطة"));
        QVERIFY(!known.first().onDevice);
        QVERIFY(known.first().displayBytes > 0);
        // Only what a placeholder needs: not a byte of the photo is on the phone.
        QCOMPARE(reader->get(sewingPhoto.value()).error().code, StoreError::Code::NotFound);
        QVERIFY(reader->getLocal("_local/buurtbrug-photo-catalogue").ok());
        QVERIFY(!QJsonDocument(reader->getLocal("_local/buurtbrug-photo-catalogue").value()).toJson().contains("\"data\""));

        // The gallery of the sewing café lists it, as not on this phone.
        InitiativePhotoController gallery(reader);
        gallery.setCatalogue(&catalogue);
        gallery.setInitiativeId("initiative:naaicafe");
        QCOMPARE(gallery.photos()->rowCount(), 1);
        const QModelIndex row = gallery.photos()->index(0);
        QCOMPARE(row.data(PhotoListModel::OnDeviceRole).toBool(), false);
        QCOMPARE(row.data(PhotoListModel::AltTextRole).toString(), QStringLiteral("De naaimachines bij het raam"));
        QCOMPARE(row.data(PhotoListModel::DisplaySourceRole).toString(), QString());

        // Pulled (the place was opened online): the same row fills in.
        QVERIFY(pull(reader, DirectoryPullFilters::photosOf({ "initiative:naaicafe" })) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(gallery.photos()->index(0).data(PhotoListModel::OnDeviceRole).toBool(), true, 5000);
        QCOMPARE(gallery.photos()->rowCount(), 1);
        QVERIFY(!gallery.photos()->index(0).data(PhotoListModel::DisplaySourceRole).toString().isEmpty());

        // Removed on the desk: gone from the catalogue after the next refresh, also after a restart.
        QVERIFY(InitiativePhotos(*m_a).remove(repairPhoto.value()).ok());
        QVERIFY(sync(m_a));
        QCOMPARE(catalogue.photosOf("initiative:repaircafe").size(), 1);
        QVERIFY(refresh(catalogue));
        QCOMPARE(catalogue.photosOf("initiative:repaircafe").size(), 0);
        PhotoCatalogue later;
        later.setStore(reader);
        QCOMPARE(later.photosOf("initiative:repaircafe").size(), 0);
        QCOMPARE(later.photosOf("initiative:naaicafe").size(), 1);
        // Nothing new: the refresh starts where the last one ended and learns nothing.
        QSignalSpy changed(&later, &PhotoCatalogue::changed);
        QVERIFY(refresh(later));
        QCOMPARE(changed.count(), 0);
    }

    // A server that cannot be reached: the refresh ends, says so, and what was known stays.
    void aCatalogueRefreshThatFailsKeepsWhatWasKnown()
    {
        DocumentDatabase *reader = newDevice("catalogue-offline");
        QVERIFY(reader);
        QVERIFY(reader->putLocal(QJsonObject { { "_id", "_local/buurtbrug-photo-catalogue" }, { "since", 3 },
            { "photos", QJsonObject { { "photo:wijkpaleis:0a1b2c3d", QJsonObject { { "_id", "photo:wijkpaleis:0a1b2c3d" },
                { "initiative", "initiative:wijkpaleis" }, { "alt", QJsonObject { { "nl", "De voordeur" } } } } } } } }).error.ok());
        PhotoCatalogue catalogue;
        catalogue.setStore(reader);
        HttpPeer nobody(QUrl("http://127.0.0.1:9/directory"), &m_network);
        nobody.setRequestTimeout(5000);
        QSignalSpy refreshed(&catalogue, &PhotoCatalogue::refreshed);
        catalogue.refresh(nobody);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().at(0).toBool(), false);
        QVERIFY(!catalogue.refreshing());
        QCOMPARE(catalogue.photosOf("initiative:wijkpaleis").size(), 1);
        // Its server gone mid-refresh (the phone joined again): the refresh ends too.
        {
            auto going = std::make_unique<HttpPeer>(QUrl("http://127.0.0.1:9/directory"), &m_network);
            catalogue.refresh(*going);
            QVERIFY(catalogue.refreshing());
        }
        QVERIFY(!catalogue.refreshing());
    }
};

QTEST_MAIN(TestPhotoSync)
#include "tst_photosync.moc"
