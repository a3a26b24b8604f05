#include "storeprobe.h"

#include "appcontroller.h"
#include "appshell.h"
#include "cardcode.h"
#include "documentdatabase.h"
#include "storedsnapshot.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
StoredSnapshot read(AppShell *shell, const QString &db)
{
    return StoredSnapshot::fromDatabases({ { db, shell->database(db) } });
}
}

StoreProbe::StoreProbe(AppShell *shell, QStringList cardCodes, QStringList payloads, QObject *parent)
    : QObject(parent), m_shell(shell), m_codes(std::move(cardCodes)), m_payloads(std::move(payloads))
{
}

QVariantMap StoreProbe::doc(const QString &db, const QString &id) const
{
    DocumentDatabase *database = m_shell->database(db);
    const Result<QJsonObject> found = database ? database->get(id) : Result<QJsonObject>(StoreError::make(StoreError::Code::NotFound, QString()));
    return found.ok() ? found.value().toVariantMap() : QVariantMap();
}

QVariantMap StoreProbe::localDoc(const QString &db, const QString &id) const
{
    DocumentDatabase *database = m_shell->database(db);
    const Result<QJsonObject> found = database ? database->getLocal(id) : Result<QJsonObject>(StoreError::make(StoreError::Code::NotFound, QString()));
    return found.ok() ? found.value().toVariantMap() : QVariantMap();
}

QStringList StoreProbe::ids(const QString &db, const QString &type) const
{
    QStringList list = read(m_shell, db).idsOfType(db, type).values();
    list.sort();
    return list;
}

int StoreProbe::countOn(const QString &db, const QString &type, const QString &date) const
{
    return read(m_shell, db).countOn(db, type, date);
}

int StoreProbe::countBetween(const QString &db, const QString &type, const QString &from, const QString &to) const
{
    return read(m_shell, db).countBetween(db, type, from, to);
}

QStringList StoreProbe::tallyChips(const QString &id) const
{
    return read(m_shell, org()).tallyChips(org(), id);
}

QStringList StoreProbe::followUpsDue() const
{
    return read(m_shell, org()).followUpsDue(org(), today());
}

int StoreProbe::placesStamped(const QString &code, const QStringList &places) const
{
    return read(m_shell, QStringLiteral("cards")).placesStamped(QStringLiteral("cards"), code, places);
}

QString StoreProbe::cardDisplay(int i) const
{
    return CardCode::display(m_codes.value(i));
}

bool StoreProbe::put(const QString &db, const QVariantMap &doc)
{
    DocumentDatabase *database = m_shell->database(db);
    return database && database->put(QJsonObject::fromVariantMap(doc)).error.ok();
}

bool StoreProbe::makeConflict(const QString &db, const QString &id, const QVariantMap &a, const QVariantMap &b)
{
    DocumentDatabase *database = m_shell->database(db);
    GetOptions options;
    options.revisions = true;
    const Result<QJsonObject> winner = database ? database->get(id, options) : Result<QJsonObject>(StoreError::make(StoreError::Code::NotFound, QString()));
    if (!winner.ok())
        return false;
    const QJsonObject revisions = winner.value().value("_revisions").toObject();
    const int start = revisions.value("start").toInt();
    QList<QJsonObject> versions;
    for (const QVariantMap &changes : { a, b }) {
        QJsonObject version = winner.value();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            version.insert(it.key(), QJsonValue::fromVariant(it.value()));
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(version).toJson(), QCryptographicHash::Md5).toHex());
        QJsonArray ids = revisions.value("ids").toArray();
        ids.prepend(hash);
        version.insert("_rev", QStringLiteral("%1-%2").arg(start + 1).arg(hash));
        version.insert("_revisions", QJsonObject { { "start", start + 1 }, { "ids", ids } });
        versions.append(version);
    }
    for (const WriteResult &written : database->bulkDocs(versions, false)) {
        if (!written.error.ok())
            return false;
    }
    return conflictsOf(db, id).size() == 1;
}

QStringList StoreProbe::conflictsOf(const QString &db, const QString &id) const
{
    DocumentDatabase *database = m_shell->database(db);
    GetOptions options;
    options.conflicts = true;
    const Result<QJsonObject> found = database ? database->get(id, options) : Result<QJsonObject>(StoreError::make(StoreError::Code::NotFound, QString()));
    QStringList revs;
    if (found.ok()) {
        for (const QJsonValue &rev : found.value().value("_conflicts").toArray())
            revs.append(rev.toString());
    }
    return revs;
}

int StoreProbe::updateSeq(const QString &db) const
{
    DocumentDatabase *database = m_shell->database(db);
    if (!database)
        return -1;
    const Result<DatabaseInfo> info = database->info();
    return info.ok() ? int(info.value().updateSeq) : -1;
}

void StoreProbe::setRoles(const QStringList &roles)
{
    m_shell->controller()->setRoles(roles);
}
