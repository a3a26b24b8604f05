#pragma once

#include "couchclient.h"
#include "couchlayout.h"

#include <QJsonObject>
#include <QStringList>

// Brings a CouchDB node or cluster to the layout of CouchLayout and keeps it there: creates
// what is missing and rewrites what differs, and touches nothing that is already right, so
// running it again changes nothing (changes() counts every write it made). The account in the
// client's URL must be a server admin; the jobs run as that account.
class CouchDeployment
{
public:
    // jobsBase: where the cluster's own `_replicator` jobs reach it (default: the client's URL).
    CouchDeployment(CouchClient &client, const QUrl &jobsBase = QUrl());

    // The whole deployment: system databases, `directory`, the hub, every organisation named or
    // found (org-*/cards-* databases, cards in the hub), every card in the hub with its holders.
    [[nodiscard]] StoreError setup(const QStringList &organisations);
    [[nodiscard]] StoreError ensureOrganisation(const QString &slug);
    // The card's database, its members (every enrolled holder of the card) and its two jobs.
    // A user just made or deleted is named in `added` or `removed`: a cluster's `_find` may not
    // see that write yet (it reads one copy of each shard).
    [[nodiscard]] StoreError ensureCard(const QString &code, const QString &organisation, const QString &added = QString(),
                                        const QString &removed = QString());
    // Removes the card's jobs and database; the card and its stamps stay in the hub and the
    // organisation's cards. The code is listed in the hub's _local/buurtbrug-revoked-cards, so
    // that setup does not make them again. Returns once the node answers 404 for the database
    // (a cluster drops its shards after answering the deletion), at most a minute.
    [[nodiscard]] StoreError removeCard(const QString &code);
    // The card's organisation as the hub has it; NotFound when there is no such card, Forbidden
    // when it was revoked.
    [[nodiscard]] Result<QString> organisationOfCard(const QString &code);

    [[nodiscard]] int changes() const { return m_changes; }
    [[nodiscard]] QStringList organisations() const { return m_organisations; }
    [[nodiscard]] int cards() const { return m_cards; }

private:
    CouchClient &m_client;
    CouchLayout::JobAccount m_account;
    int m_changes = 0;
    int m_cards = 0;
    QStringList m_organisations;

    [[nodiscard]] StoreError checkAdmin();
    [[nodiscard]] StoreError ensureDatabase(const QString &name);
    [[nodiscard]] StoreError ensureSecurity(const QString &database, const QJsonObject &security);
    [[nodiscard]] StoreError ensureValidation(const QString &database, const QString &function);
    [[nodiscard]] StoreError ensureJob(const CouchLayout::Job &job);
    [[nodiscard]] StoreError deleteDocument(const QString &database, const QString &id);
    [[nodiscard]] Result<QStringList> holdersOf(const QString &code);
    [[nodiscard]] Result<QJsonObject> revokedCards();
};
