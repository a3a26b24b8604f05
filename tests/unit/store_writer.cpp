// Test helper: writes documents to a store as fast as it can and prints "ACK <id> <rev>" after
// each write returned success, until it is killed. tst_durability kills it with SIGKILL.
#include "documentdatabase.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: store_writer DB_FILE FIRST_INDEX\n");
        return 2;
    }
    DocumentDatabase db(QStringLiteral("durability"));
    if (StoreError error = db.open(QString::fromLocal8Bit(argv[1])); !error.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.reason));
        return 1;
    }
    const QString padding(2000, u'x'); // large enough that a write spans several pages
    for (qint64 i = QByteArray(argv[2]).toLongLong();; ++i) {
        const QString id = QStringLiteral("doc-%1").arg(i);
        // Each main document carries an attachment of 8 KiB whose content repeats every third
        // document, so content stored once and named by many is written too.
        const QByteArray photo(8192, char('a' + i % 3));
        const QJsonObject attachments { { QStringLiteral("photo.bin"),
                                          QJsonObject { { QStringLiteral("content_type"), QStringLiteral("application/octet-stream") },
                                                        { QStringLiteral("data"), QString::fromLatin1(photo.toBase64()) } } } };
        QList<QJsonObject> batch { QJsonObject { { QStringLiteral("_id"), id },
                                                 { QStringLiteral("n"), i },
                                                 { QStringLiteral("pad"), padding },
                                                 { QStringLiteral("_attachments"), attachments } } };
        // Every third write is a bulk write of five docs in one transaction.
        if (i % 3 == 0) {
            for (int k = 1; k < 5; ++k)
                batch.append(QJsonObject { { QStringLiteral("_id"), QStringLiteral("%1-%2").arg(id).arg(k) },
                                           { QStringLiteral("n"), i } });
        }
        const QList<WriteResult> results = db.bulkDocs(batch, true);
        for (const WriteResult &r : results) {
            if (!r.error.ok()) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(r.error.reason));
                return 1;
            }
        }
        for (const WriteResult &r : results)
            std::printf("ACK %s %s\n", qPrintable(r.id), qPrintable(r.rev));
        std::fflush(stdout);
    }
}
