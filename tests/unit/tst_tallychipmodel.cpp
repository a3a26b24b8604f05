#include "databasefolder.h"
#include "domainindexer.h"
#include "fieldlogcontroller.h"
#include "tallychipmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The market tally's chips as FieldLogController owns them: each group is a well-behaved list
// model whose `selected` role is what the store holds for the current conversation.
class TestTallyChipModel : public QObject
{
    Q_OBJECT

    static QStringList lit(const TallyChipModel &model)
    {
        QStringList codes;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.data(model.index(i), TallyChipModel::SelectedRole).toBool())
                codes.append(model.data(model.index(i), TallyChipModel::CodeRole).toString());
        }
        return codes;
    }

private slots:
    void selectionEmitsPreciseChanges()
    {
        TallyChipModel model(QStringLiteral("does"), { "chat", "errands", "translating" }, false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.roleNames().value(TallyChipModel::SelectedRole), QByteArray("selected"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSelection({ "translating", "unknown" });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(lit(model), QStringList({ "translating" }));
        model.setSelection({ "translating" });
        QCOMPARE(changed.size(), 1); // nothing changed, nothing said
        model.setSelection({});
        QCOMPARE(lit(model), QStringList());
    }

    void chipsFollowTheStoredConversation()
    {
        QTemporaryDir dir;
        DatabaseFolder folder { DomainIndexer::indexer() };
        QVERIFY(folder.open(dir.path(), true).ok());
        DocumentDatabase *org = folder.database("org-test", true).value();
        FieldLogController log(nullptr, nullptr);
        log.setDatabase(org);
        QAbstractItemModelTester languages(log.tallyLanguages(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester does(log.tallyDoes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester needs(log.tallyNeeds(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(!log.toggleTallyChip("does", "chat").isEmpty()); // no conversation yet: refused
        QCOMPARE(log.logTally(), QString());
        const QString first = log.tallyId();
        QVERIFY(!first.isEmpty());
        QCOMPARE(log.toggleTallyChip("language", "ar"), QString());
        QCOMPARE(log.toggleTallyChip("does", "chat"), QString());
        QCOMPARE(log.toggleTallyChip("language", "tr"), QString()); // one language: tr replaces ar
        QCOMPARE(org->get(first).value().value("language").toString(), QString("tr"));
        QCOMPARE(lit(*log.tallyLanguages()), QStringList({ "tr" }));
        QCOMPARE(lit(*log.tallyDoes()), QStringList({ "chat" }));

        QCOMPARE(log.logTally(), QString());
        QVERIFY(log.tallyId() != first);
        QCOMPARE(lit(*log.tallyLanguages()), QStringList());
        QCOMPARE(lit(*log.tallyDoes()), QStringList());
        QCOMPARE(log.toggleTallyChip("needs", "housing"), QString());
        QCOMPARE(org->get(log.tallyId()).value().value("needs").toArray(), QJsonArray({ "housing" }));
        QCOMPARE(org->get(log.tallyId()).value().contains("does"), false);

        QCOMPARE(log.undoLast(), QString());
        QCOMPARE(log.tallyId(), QString());
        QCOMPARE(lit(*log.tallyNeeds()), QStringList());
        QVERIFY(!log.toggleTallyChip("needs", "housing").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTallyChipModel)
#include "tst_tallychipmodel.moc"
