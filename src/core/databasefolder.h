#pragma once

#include "documentdatabase.h"
#include "result.h"

#include <QMap>
#include <QObject>

#include <memory>

// A data folder holding one SQLite file per database ("<name>.sqlite") and the server's stable
// uuid ("server-uuid", made once so that peers keep their checkpoints across restarts).
// Opens databases on demand and keeps them open; every database gets the same indexer.
class DatabaseFolder : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseFolder(Indexer indexer = {}, QObject *parent = nullptr);
    ~DatabaseFolder() override;

    // The folder must exist unless create is set. ReadOnly opens every database read-only.
    [[nodiscard]] StoreError open(const QString &folder, bool create,
                                  SqliteConnection::Mode mode = SqliteConnection::Mode::ReadWrite);
    [[nodiscard]] const QString &folder() const { return m_folder; }
    [[nodiscard]] const QString &serverUuid() const { return m_uuid; }
    [[nodiscard]] const Indexer &indexer() const { return m_indexer; }

    // CouchDB's rule: a lowercase letter, then lowercase letters, digits and _$()+-/
    [[nodiscard]] static bool isValidName(const QString &name);
    [[nodiscard]] QStringList databaseNames() const;
    [[nodiscard]] bool exists(const QString &name) const;

    // The open database, opening (and with create, creating) its file on first use.
    [[nodiscard]] Result<DocumentDatabase *> database(const QString &name, bool create = false);
    [[nodiscard]] StoreError deleteDatabase(const QString &name);

private:
    Indexer m_indexer;
    QString m_folder;
    QString m_uuid;
    SqliteConnection::Mode m_mode = SqliteConnection::Mode::ReadWrite;
    std::map<QString, std::unique_ptr<DocumentDatabase>> m_open;

    [[nodiscard]] QString fileFor(const QString &name) const;
    [[nodiscard]] StoreError loadOrMakeUuid();
};
