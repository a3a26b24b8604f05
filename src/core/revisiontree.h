#pragma once

#include "revision.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// One revision of a document as the tree knows it; the body lives in storage.
struct RevisionNode
{
    Revision rev;
    std::optional<Revision> parent; // empty for a root, or when the history was stemmed
    bool deleted = false;
};

// The revision tree of one document: every known revision, linked to its parent. Leaves are
// the revisions nothing descends from; the winner is the leaf CouchDB and PouchDB would pick.
// Invariant: a node's parent, when set and present, has a depth one less than the node.
class RevisionTree
{
public:
    void insert(const RevisionNode &node);
    [[nodiscard]] bool contains(const QString &rev) const { return m_nodes.contains(rev); }
    [[nodiscard]] const RevisionNode *node(const QString &rev) const;
    [[nodiscard]] bool isEmpty() const { return m_nodes.isEmpty(); }
    [[nodiscard]] int size() const { return int(m_nodes.size()); }

    [[nodiscard]] bool isLeaf(const QString &rev) const;
    [[nodiscard]] QList<RevisionNode> leaves() const;
    // The winning leaf; the tree must not be empty.
    [[nodiscard]] RevisionNode winner() const;
    // Leaves other than the winner, split by whether they are deleted.
    [[nodiscard]] QList<Revision> conflicts() const;
    [[nodiscard]] QList<Revision> deletedConflicts() const;

    // The revision and its ancestors, newest first, at most limit entries.
    [[nodiscard]] QList<Revision> ancestry(const QString &rev, int limit) const;

    // Adds a foreign history (newest first, contiguous depths). Returns the revisions that
    // were not known before, newest first.
    QList<Revision> mergePath(const QList<Revision> &pathNewestFirst, bool leafDeleted);

    // Drops revisions more than limit steps from every leaf. Returns the dropped ids.
    QStringList stem(int limit);

private:
    QHash<QString, RevisionNode> m_nodes;
    QSet<QString> m_parentsWithChildren; // rev ids that are some node's parent
    void rebuildParents();
};
