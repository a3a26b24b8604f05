#pragma once

#include "changesquery.h"
#include "documenttypes.h"

#include <QByteArray>

// The text of a streamed _changes feed as CouchDB writes it: feed=continuous is one JSON
// object per line and a closing {"last_seq","pending"} line; feed=eventsource is Server-Sent
// Events ("data: {row}" and "id: seq" per change, "event: heartbeat" between). The server's
// longpoll waiter (SyncServer) decides when to write; this class only says what.
class ChangesFeed
{
public:
    explicit ChangesFeed(ChangesQuery::Feed feed) : m_feed(feed) { }

    [[nodiscard]] QByteArray contentType() const;
    [[nodiscard]] QByteArray rows(const ChangesPage &page) const;
    [[nodiscard]] QByteArray end(const ChangesPage &page) const;
    [[nodiscard]] QByteArray heartbeat() const;
    // One change as CouchDB writes it in a feed ({"seq","id","changes",...}).
    [[nodiscard]] static QByteArray rowJson(const ChangeRow &row);

private:
    ChangesQuery::Feed m_feed;
};
