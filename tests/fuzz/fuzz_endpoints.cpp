// Fuzzes DatabaseEndpoints::handle with a real store: a data folder in a temporary directory
// (on /dev/shm when there is one, as fsync there costs nothing), and before each input the
// database it addresses made anew with two documents (so runs do not depend on each other).
// Input: [selector byte][query string]\n[body]. The selector picks the endpoint (bits 0-2),
// the database (bits 3-4) and the caller (bits 5-6): an admin, a coordinator of org-x or a
// card holder.
#include "couchresponse.h"
#include "databaseendpoints.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "fuzzcheck.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace {
struct Endpoint
{
    const char *method;
    const char *path; // after the database
};
constexpr Endpoint endpoints[] = {
    { "POST", "_bulk_docs" }, { "POST", "_revs_diff" }, { "POST", "_bulk_get" }, { "POST", "_all_docs" },
    { "GET", "_all_docs" },   { "PUT", "doc-a" },       { "POST", "" },          { "GET", "_changes" },
};
const char *const databases[] = { "fuzz", "org-x", "cards", "directory" };

Principal caller(int which)
{
    Principal who;
    switch (which) {
    case 1:
        who.kind = Principal::Kind::Device;
        who.name = QStringLiteral("device-1");
        who.roles = QStringList { QStringLiteral("coordinator") };
        who.organisation = QStringLiteral("x");
        break;
    case 2:
        who.kind = Principal::Kind::Device;
        who.name = QStringLiteral("device-2");
        who.roles = QStringList { QStringLiteral("cardholder") };
        who.card = QStringLiteral("ABCD1234");
        break;
    default:
        who.kind = Principal::Kind::Admin;
        who.name = QStringLiteral("admin");
    }
    return who;
}

struct World
{
    QTemporaryDir dir { QDir::temp().filePath(QStringLiteral("buurtbrug-fuzz-XXXXXX")) };
    DatabaseFolder folder { DomainIndexer::indexer() };
    AccessPolicy policy;
    ServerLimits limits;
    std::unique_ptr<DatabaseEndpoints> endpoints;

    World()
    {
        if (QDir(QStringLiteral("/dev/shm")).exists())
            dir = QTemporaryDir(QStringLiteral("/dev/shm/buurtbrug-fuzz-XXXXXX"));
        FUZZ_CHECK(dir.isValid());
        FUZZ_CHECK(folder.open(dir.path(), true).ok());
        limits.maxDocsPerRequest = 64;
        limits.maxTypedDocumentBytes = 4096;
        limits.maxDocumentBytes = 16384;
        endpoints = std::make_unique<DatabaseEndpoints>(folder, policy, limits);
    }

    // The database as the input finds it: new, with two documents (one with two revisions).
    DocumentDatabase *fresh(const QString &name)
    {
        if (folder.exists(name))
            FUZZ_CHECK(folder.deleteDatabase(name).ok());
        Result<DocumentDatabase *> db = folder.database(name, true);
        FUZZ_CHECK(db.ok());
        const WriteResult first = db.value()->put(QJsonObject { { "_id", "doc-a" }, { "type", "note" }, { "text", "een" } });
        FUZZ_CHECK(first.error.ok());
        (void)db.value()->put(QJsonObject { { "_id", "doc-a" }, { "_rev", first.rev }, { "type", "note" }, { "text", "twee" } });
        (void)db.value()->put(QJsonObject { { "_id", "card:ABCD1234" }, { "type", "card" }, { "organisation", "x" } });
        return db.value();
    }
};

World *world()
{
    static int argc = 1;
    static char name[] = "fuzz_endpoints";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static World w;
    return &w;
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    World *w = world();
    const std::uint8_t selector = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray query = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);

    const Endpoint &endpoint = endpoints[selector & 7];
    const QString database = QLatin1String(databases[(selector >> 3) & 3]);
    const Principal who = caller((selector >> 5) & 3);
    (void)w->fresh(database);

    CouchRequest request;
    request.method = endpoint.method;
    request.segments = QStringList { database };
    if (*endpoint.path)
        request.segments.append(QLatin1String(endpoint.path));
    request.query = QUrlQuery(QString::fromUtf8(query));
    request.body = body;
    const CouchResponse response = w->endpoints->handle(request, who);
    FUZZ_CHECK(response.status >= 200 && response.status < 600);
    // Storage failures are 500s; nothing an input says may cause one.
    FUZZ_CHECK(response.status != 500);
    // Every answer is JSON a client can read (documents travel in it as the text stored).
    FUZZ_CHECK(JsonText::parse(response.bytes(), JsonScan::envelopeDepth).ok());
    return 0;
}
