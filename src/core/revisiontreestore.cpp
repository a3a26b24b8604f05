#include "revisiontreestore.h"

#include "sqliteconnection.h"

#include <sqlite3.h>

Result<RevisionTree> RevisionTreeStore::load(SqliteConnection &connection, qint64 docRowId)
{
    RevisionTree tree;
    SqliteStatement &nodes = connection.statement("SELECT rev, parent, deleted FROM revs WHERE doc = ?");
    nodes.bind(1, docRowId);
    int rc;
    while ((rc = nodes.step()) == SQLITE_ROW) {
        RevisionNode node { Revision::parse(nodes.text(0)).value_or(Revision {}), {}, nodes.int64(2) != 0 };
        if (!nodes.isNull(1))
            node.parent = Revision::parse(nodes.text(1));
        tree.insert(node);
    }
    nodes.reset();
    if (rc != SQLITE_DONE)
        return connection.errorFor(rc, QStringLiteral("reading a revision tree"));
    return tree;
}
