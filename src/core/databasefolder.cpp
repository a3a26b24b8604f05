#include "databasefolder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

namespace {
const QString fileSuffix = QStringLiteral(".sqlite");
const QString uuidFile = QStringLiteral("server-uuid");
}

DatabaseFolder::DatabaseFolder(Indexer indexer, QObject *parent)
    : QObject(parent), m_indexer(std::move(indexer))
{
}

DatabaseFolder::~DatabaseFolder() = default;

StoreError DatabaseFolder::open(const QString &folder, bool create, SqliteConnection::Mode mode)
{
    m_open.clear();
    m_mode = mode;
    QDir dir(folder);
    if (!dir.exists()) {
        if (!create || mode == SqliteConnection::Mode::ReadOnly)
            return StoreError::make(StoreError::Code::MissingFolder,
                                    QStringLiteral("data folder does not exist: %1").arg(folder));
        if (!QDir().mkpath(folder))
            return StoreError::make(StoreError::Code::ReadOnly,
                                    QStringLiteral("cannot create data folder: %1").arg(folder));
    }
    m_folder = dir.absolutePath();
    return loadOrMakeUuid();
}

StoreError DatabaseFolder::loadOrMakeUuid()
{
    QFile file(QDir(m_folder).filePath(uuidFile));
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromLatin1(file.readAll()).trimmed();
        static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
        if (hex32.match(text).hasMatch()) {
            m_uuid = text;
            return StoreError::none();
        }
    }
    if (m_mode == SqliteConnection::Mode::ReadOnly) {
        m_uuid.clear(); // a read-only view of a folder that never served: no identity needed
        return StoreError::none();
    }
    QSaveFile out(file.fileName());
    const QString uuid = QUuid::createUuid().toString(QUuid::Id128);
    if (!out.open(QIODevice::WriteOnly) || out.write(uuid.toLatin1() + '\n') < 0 || !out.commit())
        return StoreError::make(StoreError::Code::ReadOnly,
                                QStringLiteral("cannot write %1 in the data folder: %2").arg(uuidFile, out.errorString()));
    m_uuid = uuid;
    return StoreError::none();
}

bool DatabaseFolder::isValidName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z][a-z0-9_$()+/-]{0,237}$"));
    return rule.match(name).hasMatch();
}

QString DatabaseFolder::fileFor(const QString &name) const
{
    // "/" is allowed in CouchDB names but not in file names; percent-encode it.
    return QDir(m_folder).filePath(QString::fromLatin1(QUrl::toPercentEncoding(name, "_$()+-")) + fileSuffix);
}

QStringList DatabaseFolder::databaseNames() const
{
    QStringList names;
    const QStringList files = QDir(m_folder).entryList({ QStringLiteral("*") + fileSuffix }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = QUrl::fromPercentEncoding(file.chopped(fileSuffix.size()).toLatin1());
        if (isValidName(name))
            names.append(name);
    }
    names.sort();
    return names;
}

bool DatabaseFolder::exists(const QString &name) const
{
    return isValidName(name) && (m_open.count(name) > 0 || QFile::exists(fileFor(name)));
}

Result<DocumentDatabase *> DatabaseFolder::database(const QString &name, bool create)
{
    if (auto it = m_open.find(name); it != m_open.end())
        return it->second.get();
    if (!isValidName(name))
        return StoreError::make(StoreError::Code::BadRequest,
                                QStringLiteral("invalid database name: a lowercase letter, then a-z 0-9 _$()+-/"));
    if (!create && !QFile::exists(fileFor(name)))
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("Database does not exist."));
    auto db = std::make_unique<DocumentDatabase>(name);
    if (StoreError error = db->open(fileFor(name), m_mode); !error.ok())
        return error;
    if (StoreError error = db->setIndexer(m_indexer); !error.ok())
        return error;
    DocumentDatabase *raw = db.get();
    m_open.emplace(name, std::move(db));
    return raw;
}

StoreError DatabaseFolder::deleteDatabase(const QString &name)
{
    if (!exists(name))
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("Database does not exist."));
    m_open.erase(name);
    const QString file = fileFor(name);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(file + suffix) && !QFile::remove(file + suffix))
            return StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot remove %1").arg(name));
    }
    return StoreError::none();
}
