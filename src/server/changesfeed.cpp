#include "changesfeed.h"

#include "documenttext.h"

#include <QJsonDocument>

QByteArray ChangesFeed::contentType() const
{
    return m_feed == ChangesQuery::Feed::EventSource ? "text/event-stream" : "application/json";
}

QByteArray ChangesFeed::rowJson(const ChangeRow &row)
{
    QByteArray out = "{\"seq\":" + QByteArray::number(row.seq) + ",\"id\":" + DocumentText::quoted(row.id) + ",\"changes\":[";
    for (qsizetype r = 0; r < row.revs.size(); ++r)
        out += (r > 0 ? ",{\"rev\":" : "{\"rev\":") + DocumentText::quoted(row.revs.at(r)) + '}';
    out += ']';
    if (row.deleted)
        out += ",\"deleted\":true";
    if (!row.doc.isEmpty())
        out += ",\"doc\":" + QJsonDocument(row.doc).toJson(QJsonDocument::Compact);
    return out + '}';
}

QByteArray ChangesFeed::rows(const ChangesPage &page) const
{
    QByteArray out;
    for (const ChangeRow &row : page.rows) {
        if (m_feed == ChangesQuery::Feed::EventSource)
            out += "data: " + rowJson(row) + "\nid: " + QByteArray::number(row.seq) + "\n\n";
        else
            out += rowJson(row) + '\n';
    }
    return out;
}

QByteArray ChangesFeed::end(const ChangesPage &page) const
{
    if (m_feed == ChangesQuery::Feed::EventSource)
        return {}; // an event stream just ends
    return "{\"last_seq\":" + QByteArray::number(page.lastSeq) + ",\"pending\":" + QByteArray::number(page.pending) + "}\n";
}

QByteArray ChangesFeed::heartbeat() const
{
    return m_feed == ChangesQuery::Feed::EventSource ? "event: heartbeat\ndata: \n\n" : "\n";
}
