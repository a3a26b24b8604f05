#include "revisiontree.h"

void RevisionTree::insert(const RevisionNode &node)
{
    m_nodes.insert(node.rev.toString(), node);
    if (node.parent)
        m_parentsWithChildren.insert(node.parent->toString());
}

const RevisionNode *RevisionTree::node(const QString &rev) const
{
    auto it = m_nodes.constFind(rev);
    return it == m_nodes.cend() ? nullptr : &it.value();
}

bool RevisionTree::isLeaf(const QString &rev) const
{
    return m_nodes.contains(rev) && !m_parentsWithChildren.contains(rev);
}

QList<RevisionNode> RevisionTree::leaves() const
{
    QList<RevisionNode> result;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!m_parentsWithChildren.contains(it.key()))
            result.append(it.value());
    }
    return result;
}

RevisionNode RevisionTree::winner() const
{
    const QList<RevisionNode> all = leaves();
    Q_ASSERT(!all.isEmpty());
    RevisionNode best = all.first();
    for (const RevisionNode &leaf : all) {
        if (revisionWins(leaf.rev, leaf.deleted, best.rev, best.deleted))
            best = leaf;
    }
    return best;
}

QList<Revision> RevisionTree::conflicts() const
{
    const RevisionNode win = winner();
    QList<Revision> result;
    for (const RevisionNode &leaf : leaves()) {
        if (!leaf.deleted && leaf.rev != win.rev)
            result.append(leaf.rev);
    }
    std::sort(result.begin(), result.end(),
              [](const Revision &a, const Revision &b) { return revisionWins(a, false, b, false); });
    return result;
}

QList<Revision> RevisionTree::deletedConflicts() const
{
    const RevisionNode win = winner();
    QList<Revision> result;
    for (const RevisionNode &leaf : leaves()) {
        if (leaf.deleted && leaf.rev != win.rev)
            result.append(leaf.rev);
    }
    std::sort(result.begin(), result.end(),
              [](const Revision &a, const Revision &b) { return revisionWins(a, true, b, true); });
    return result;
}

QList<Revision> RevisionTree::ancestry(const QString &rev, int limit) const
{
    QList<Revision> result;
    const RevisionNode *current = node(rev);
    while (current && result.size() < limit) {
        result.append(current->rev);
        current = current->parent ? node(current->parent->toString()) : nullptr;
    }
    return result;
}

QList<Revision> RevisionTree::mergePath(const QList<Revision> &pathNewestFirst, bool leafDeleted)
{
    QList<Revision> added;
    for (int i = 0; i < pathNewestFirst.size(); ++i) {
        const Revision &rev = pathNewestFirst.at(i);
        const QString key = rev.toString();
        std::optional<Revision> parent;
        if (i + 1 < pathNewestFirst.size())
            parent = pathNewestFirst.at(i + 1);
        if (auto it = m_nodes.find(key); it != m_nodes.end()) {
            // Known already; a stemmed node may learn its parent from a longer history.
            if (!it->parent && parent) {
                it->parent = parent;
                m_parentsWithChildren.insert(parent->toString());
            }
            continue;
        }
        insert(RevisionNode { rev, parent, i == 0 ? leafDeleted : false });
        added.append(rev);
    }
    return added;
}

QStringList RevisionTree::stem(int limit)
{
    if (limit <= 0 || m_nodes.size() <= limit)
        return {};
    QSet<QString> keep;
    for (const RevisionNode &leaf : leaves()) {
        for (const Revision &rev : ancestry(leaf.rev.toString(), limit))
            keep.insert(rev.toString());
    }
    QStringList dropped;
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (keep.contains(it.key())) {
            ++it;
        } else {
            dropped.append(it.key());
            it = m_nodes.erase(it);
        }
    }
    if (!dropped.isEmpty())
        rebuildParents();
    return dropped;
}

void RevisionTree::rebuildParents()
{
    m_parentsWithChildren.clear();
    for (const RevisionNode &n : std::as_const(m_nodes)) {
        if (n.parent)
            m_parentsWithChildren.insert(n.parent->toString());
    }
}
