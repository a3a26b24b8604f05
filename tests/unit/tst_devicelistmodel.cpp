#include "devicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The desk's list of phones: in use first, newest first, the revoked last; a new answer from
// the server changes, inserts and removes only the rows that differ (the model tester checks
// every signal), and dates follow the UI language.
class TestDeviceListModel : public QObject
{
    Q_OBJECT

    static ManagedDevice device(const QString &id, const QString &person, int day, bool revoked = false)
    {
        ManagedDevice d;
        d.id = id;
        d.person = person;
        d.roles = { QStringLiteral("host") };
        d.enrolledAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC);
        d.revoked = revoked;
        return d;
    }
    static QStringList people(const DeviceListModel &model)
    {
        QStringList list;
        for (int i = 0; i < model.rowCount(); ++i)
            list.append(model.data(model.index(i), DeviceListModel::PersonRole).toString());
        return list;
    }

private slots:
    void ordersAndUpdatesPrecisely()
    {
        DeviceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices({ device("dev-a", "Anouk", 1), device("dev-b", "Bram", 3), device("dev-c", "Cem", 2, true) });
        QCOMPARE(people(model), (QStringList { "Bram", "Anouk", "Cem" }));

        // Bram revoked, Dilan new, Anouk synced: Anouk moves up past Bram, Bram changes in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        ManagedDevice anouk = device("dev-a", "Anouk", 1);
        anouk.lastSeen = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        model.setDevices({ anouk, device("dev-b", "Bram", 3, true), device("dev-c", "Cem", 2, true), device("dev-d", "Dilan", 4) });
        QCOMPARE(people(model), (QStringList { "Dilan", "Anouk", "Bram", "Cem" }));
        QVERIFY(model.data(model.index(2), DeviceListModel::RevokedRole).toBool());
        QVERIFY(!model.data(model.index(1), DeviceListModel::LastSyncRole).toString().isEmpty());
        QVERIFY(model.data(model.index(0), DeviceListModel::LastSyncRole).toString().isEmpty());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(removed.size(), 1); // Anouk left her place
        QCOMPARE(inserted.size(), 2); // ...for one higher up; Dilan is new

        // The same answer again changes nothing.
        changed.clear();
        inserted.clear();
        removed.clear();
        model.setDevices({ anouk, device("dev-b", "Bram", 3, true), device("dev-c", "Cem", 2, true), device("dev-d", "Dilan", 4) });
        QVERIFY(changed.isEmpty() && inserted.isEmpty() && removed.isEmpty());

        // Gone from the server's answer: removed.
        model.setDevices({ device("dev-d", "Dilan", 4) });
        QCOMPARE(people(model), QStringList { "Dilan" });
        QCOMPARE(model.device("dev-d")->person, QString("Dilan"));
        QVERIFY(!model.device("dev-a"));
    }

    void rolesAndDatesInTheUiLanguage()
    {
        DeviceListModel model;
        ManagedDevice d = device("dev-a", "Anouk", 24);
        d.roles = { QStringLiteral("host"), QStringLiteral("unknown-role") };
        model.setDevices({ d });
        QCOMPARE(model.data(model.index(0), DeviceListModel::RolesRole).toString(),
                 DeviceListModel::roleName("host") + ", unknown-role");
        model.setLanguage("nl");
        const QString dutch = model.data(model.index(0), DeviceListModel::EnrolledRole).toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage("ar");
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.data(model.index(0), DeviceListModel::EnrolledRole).toString() != dutch);
    }
};

QTEST_MAIN(TestDeviceListModel)
#include "tst_devicelistmodel.moc"
