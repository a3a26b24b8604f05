#include "accesspolicy.h"
#include "databasefolder.h"
#include "documentvalidator.h"
#include "domainindexer.h"
#include "initiativeeditor.h"
#include "initiativephotos.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Photos of initiatives as photo documents with attachments on a real SQLite directory: what
// is stored, how it is read back, what is refused, and who the server lets write them.
class TestInitiativePhotos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_db = nullptr;
    QString m_initiative;

    static InitiativePhotos::NewPhoto newPhoto(const QString &initiative)
    {
        InitiativePhotos::NewPhoto p;
        p.initiativeId = initiative;
        p.display = QByteArray("\xff\xd8 display bytes \xff\xd9", 19);
        p.thumbnail = QByteArray("\xff\xd8 thumb \xff\xd9", 11);
        p.width = 1600;
        p.height = 1200;
        p.alt = { { "nl", "De groene voordeur van het buurthuis" },
            { "ar", "الباب الأخضر لمركز الحي" } };
        p.added = QDate(2026, 12, 5);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.open(m_dir.path(), true).ok());
        m_db = m_folder.database("directory", true).value();
        InitiativeDraft d;
        d.texts.insert("nl", { "Wijkpaleis", {}, {}, {}, "original", {} });
        d.themes = QStringList { "meeting" };
        InitiativeEditor editor(*m_db, QDate(2026, 12, 5));
        const EditOutcome saved = editor.save(d);
        QVERIFY(saved.ok());
        m_initiative = "initiative:wijkpaleis";
        QVERIFY(m_db->get(m_initiative).ok());
    }

    void addedPhotoIsADocumentWithTwoAttachments()
    {
        InitiativePhotos photos(*m_db);
        const Result<QString> id = photos.add(newPhoto(m_initiative));
        QVERIFY2(id.ok(), qPrintable(id.error().reason));
        QVERIFY(id.value().startsWith("photo:wijkpaleis:"));
        QCOMPARE(InitiativePhotos::initiativeOf(id.value()), m_initiative);

        const QJsonObject doc = m_db->get(id.value()).value();
        QCOMPARE(doc.value("type").toString(), QString("photo"));
        QCOMPARE(doc.value("initiative").toString(), m_initiative);
        const QJsonObject attachments = doc.value("_attachments").toObject();
        QCOMPARE(attachments.keys(), (QStringList { "display.jpg", "thumb.jpg" }));
        QCOMPARE(attachments.value("display.jpg").toObject().value("content_type").toString(),
            QString("image/jpeg"));
        QCOMPARE(attachments.value("display.jpg").toObject().value("length").toInt(), 19);

        QCOMPARE(photos.bytes(id.value(), InitiativePhotos::Size::Display).value(),
            newPhoto(m_initiative).display);
        QCOMPARE(photos.bytes(id.value(), InitiativePhotos::Size::Thumbnail).value(),
            newPhoto(m_initiative).thumbnail);

        const QList<InitiativePhotos::Photo> listed = photos.of(m_initiative).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().id, id.value());
        QCOMPARE(listed.first().displayBytes, 19);
        QCOMPARE(InitiativePhotos::altIn(listed.first(), "ar"), QString("الباب الأخضر لمركز الحي"));
        QCOMPARE(InitiativePhotos::altIn(listed.first(), "tr"),
            QString("De groene voordeur van het buurthuis"));

        // Changing the alternative text keeps the bytes (the attachments stay as stubs).
        QVERIFY(photos.setAlt(id.value(), { { "nl", "Voordeur" }, { "en", "Front door" } }).ok());
        QCOMPARE(
            InitiativePhotos::altIn(photos.photo(id.value()).value(), "en"), QString("Front door"));
        QCOMPARE(photos.bytes(id.value(), InitiativePhotos::Size::Display).value(),
            newPhoto(m_initiative).display);

        // Removed: a tombstone, not in the list, its bytes gone from the leaf.
        QVERIFY(photos.remove(id.value()).ok());
        QVERIFY(photos.of(m_initiative).value().isEmpty());
        QCOMPARE(m_db->get(id.value()).error().code, StoreError::Code::NotFound);
        QVERIFY(!photos.bytes(id.value(), InitiativePhotos::Size::Display).ok());
    }

    // Retiring an initiative removes its photos (tombstones that replicate), not only its
    // activities: no phone keeps pictures of a place that is gone.
    void retiringAnInitiativeRemovesItsPhotos()
    {
        InitiativeDraft d;
        d.texts.insert("nl", { "Sirene lunch", {}, {}, {}, "original", {} });
        d.themes = QStringList { "food" };
        InitiativeEditor editor(*m_db, QDate(2026, 12, 5));
        const EditOutcome saved = editor.save(d);
        QVERIFY(saved.ok());
        const QString initiative = saved.id;
        InitiativePhotos photos(*m_db);
        const QString kept = photos.add(newPhoto(m_initiative)).value();
        const QString first = photos.add(newPhoto(initiative)).value();
        const QString second = photos.add(newPhoto(initiative)).value();
        QCOMPARE(photos.of(initiative).value().size(), 2);

        QVERIFY(editor.retire(initiative, editor.load(initiative).value().rev).ok());
        QVERIFY(photos.of(initiative).value().isEmpty());
        QCOMPARE(m_db->get(first).error().code, StoreError::Code::NotFound);
        QCOMPARE(m_db->get(second).error().code, StoreError::Code::NotFound);
        QVERIFY(!photos.bytes(second, InitiativePhotos::Size::Thumbnail).ok());
        // Another initiative's photo stays.
        QVERIFY(photos.bytes(kept, InitiativePhotos::Size::Thumbnail).ok());
        QVERIFY(photos.remove(kept).ok());
    }

    void refusesWhatIsNotAPhoto()
    {
        InitiativePhotos photos(*m_db);
        InitiativePhotos::NewPhoto noAlt = newPhoto(m_initiative);
        noAlt.alt = { { "nl", "   " } };
        QCOMPARE(photos.add(noAlt).error().code, StoreError::Code::ValidationFailed);
        InitiativePhotos::NewPhoto noBytes = newPhoto(m_initiative);
        noBytes.thumbnail.clear();
        QVERIFY(!photos.add(noBytes).ok());
        QCOMPARE(
            photos.add(newPhoto("initiative:nowhere")).error().code, StoreError::Code::NotFound);

        // Another attachment, or one that is not JPEG, is refused by the validator.
        QJsonObject doc { { "_id", "photo:wijkpaleis:0123456789abcdef" }, { "type", "photo" },
            { "initiative", m_initiative }, { "alt", QJsonObject { { "nl", "Deur" } } },
            { "_attachments",
                QJsonObject {
                    { "notes.txt", QJsonObject { { "content_type", "text/plain" } } } } } };
        QCOMPARE(DocumentValidator::validateFor(doc, "directory").code,
            StoreError::Code::ValidationFailed);
        doc.insert("_attachments", QJsonObject {});
        QVERIFY(DocumentValidator::validateFor(doc, "directory").ok());
        doc.insert("_id", "photo:anders:0123456789abcdef");
        QCOMPARE(DocumentValidator::validateFor(doc, "directory").code,
            StoreError::Code::ValidationFailed);
        QVERIFY(!DocumentValidator::validateFor(doc, "org-visserijplein").ok());
    }

    void theServerLetsCoordinatorsAndTheirHostsWritePhotos()
    {
        AccessPolicy policy;
        const QJsonObject photo { { "_id", "photo:wijkpaleis:0123456789abcdef" } };
        Principal coordinator { Principal::Kind::Device, "c", { "coordinator" }, "noord", {}, {} };
        Principal host { Principal::Kind::Device, "h", { "host" }, "noord", {}, { m_initiative } };
        Principal otherHost { Principal::Kind::Device, "o", { "host" }, "noord", {},
            { "initiative:elders" } };
        Principal buddy { Principal::Kind::Device, "b", { "buurtmaatje" }, "noord", {}, {} };
        QVERIFY(policy.canWrite(coordinator, "directory", photo));
        QVERIFY(policy.canWrite(host, "directory", photo));
        QVERIFY(!policy.canWrite(otherHost, "directory", photo));
        QVERIFY(!policy.canWrite(buddy, "directory", photo));
        // A host still may not edit the initiative itself.
        QVERIFY(!policy.canWrite(host, "directory", QJsonObject { { "_id", m_initiative } }));
    }
};

QTEST_GUILESS_MAIN(TestInitiativePhotos)
#include "tst_initiativephotos.moc"
