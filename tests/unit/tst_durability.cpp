#include "documentdatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// A write the store acknowledged survives the writer being killed with SIGKILL at any moment,
// with its attachments, and the file it leaves behind opens and passes PRAGMA integrity_check.
class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedWritesSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("durability.sqlite");
        QHash<QString, QString> acknowledged;
        QRandomGenerator random(20261123);
        constexpr int rounds = 12;
        qint64 nextIndex = 0;

        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(STORE_WRITER, { path, QString::number(nextIndex) });
            QVERIFY2(writer.waitForStarted(5000), "writer did not start");
            const int killAfter = 20 + int(random.bounded(200));
            int seen = 0;
            QByteArray pending;
            QElapsedTimer timer;
            timer.start();
            while (seen < killAfter && timer.elapsed() < 20000) {
                if (!writer.waitForReadyRead(5000))
                    break;
                pending += writer.readAllStandardOutput();
                qsizetype newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const QList<QByteArray> parts = pending.left(newline).split(' ');
                    pending.remove(0, newline + 1);
                    if (parts.size() == 3 && parts.at(0) == "ACK") {
                        acknowledged.insert(QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
                        ++seen;
                    }
                }
            }
            QVERIFY2(seen >= killAfter, qPrintable(QString("writer stalled: %1").arg(QString::fromUtf8(writer.readAllStandardError()))));
            // Land the kill at a random point of the next write.
            QThread::usleep(random.bounded(3000));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            nextIndex += 100000;

            DocumentDatabase db("durability");
            const StoreError opened = db.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.reason));
            QCOMPARE(db.integrityCheck(), QString("ok"));
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const auto got = db.get(it.key());
                QVERIFY2(got.ok(), qPrintable(QString("acknowledged %1 is lost after round %2").arg(it.key()).arg(round)));
                QCOMPARE(got.value().value("_rev").toString(), it.value());
                if (it.key().count(u'-') == 1) { // a main document, with its attachment (store_writer)
                    const qint64 n = it.key().mid(4).toLongLong();
                    QCOMPARE(db.attachment(it.key(), {}, "photo.bin").value().data, QByteArray(8192, char('a' + n % 3)));
                }
            }
            QVERIFY(db.info().value().docCount >= acknowledged.size());
        }
        QVERIFY(acknowledged.size() > rounds * 20);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
