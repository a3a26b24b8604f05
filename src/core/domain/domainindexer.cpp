#include "domainindexer.h"

#include "doctype.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// Layout of the keys and values above; bump when it changes so stored indexes are rebuilt.
constexpr int layoutVersion = 4;

QString field(const QJsonObject &body, const char *name)
{
    return body.value(QLatin1String(name)).toString();
}

// Tabs and line breaks separate the fields of a stored name value.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Separators of a fieldlog-facts value cannot occur inside its fields.
QString factField(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char(','))
            c = QLatin1Char(' ');
    }
    return text;
}

QString factList(const QJsonValue &list)
{
    QStringList items;
    for (const QJsonValue &item : list.toArray())
        items.append(factField(item.toString()));
    return items.join(QLatin1Char(','));
}

// What reports count, one line per log, keyed by date (docs/DATA-MODEL.md, "Secondary indexes").
void addFieldLogEntries(DocType type, const QJsonObject &body, DocumentIndexes &out)
{
    const QString date = field(body, "date");
    if (date.isEmpty())
        return;
    QString kind;
    QString count = QStringLiteral("1");
    const DomainIndexer::Referral referral = DomainIndexer::referralOf(body);
    if (type == DocType::Visit) {
        kind = QStringLiteral("v");
        count = QString::number(body.value(QLatin1String("count")).toInteger());
        const QString participant = field(body, "participant");
        if (!participant.isEmpty())
            out.keys.append({ DomainIndexer::byPerson, participant, {} });
    } else if (type == DocType::Contact) {
        kind = QStringLiteral("c");
        const QString person = field(body, "person");
        if (!person.isEmpty())
            out.keys.append({ DomainIndexer::byPerson, person, {} });
        const QString followUp = field(body, "followUp");
        if (!followUp.isEmpty() && !body.value(QLatin1String("followUpDone")).toBool())
            out.keys.append({ DomainIndexer::followUps, followUp, {} });
    } else if (type == DocType::Tally) {
        kind = QStringLiteral("t");
    } else {
        return;
    }
    if (body.value(QLatin1String("erased")).toBool())
        out.keys.append({ DomainIndexer::erasedLogs, field(body, "type"), {} });
    out.keys.append({ DomainIndexer::fieldLogFacts, date,
                      QStringList { kind, count, factField(field(body, "initiative")), factField(field(body, "language")),
                                    referral.kind, factField(referral.to), referral.status, factList(body.value(QLatin1String("does"))),
                                    factList(body.value(QLatin1String("needs"))) }
                              .join(QLatin1Char('\t')) });
}

void addDirectoryEntries(DocType type, const QString &id, const QJsonObject &body, DocumentIndexes &out)
{
    const QString initiative = field(body, "initiative");
    if (type == DocType::Initiative) {
        QJsonObject facts = body;
        for (const QString &key : body.keys()) {
            if (key.startsWith(QLatin1Char('_')))
                facts.remove(key);
        }
        out.keys.append({ DomainIndexer::directoryFacts, id, compact(facts) });
        const QJsonObject address = body.value(QLatin1String("address")).toObject();
        out.search = SearchEntry { id, QString(),
                                   SearchText::fold(QStringList { field(address, "street"), field(address, "postcode"),
                                                                  field(address, "city"), field(body, "slug") }
                                                            .join(QLatin1Char(' '))) };
    } else if (type == DocType::Translation) {
        out.keys.append({ DomainIndexer::directoryNames, initiative,
                          QStringList { field(body, "language"), field(body, "status"), oneLine(field(body, "name")),
                                        oneLine(field(body, "summary")) }
                                  .join(QLatin1Char('\t')) });
        QStringList text { field(body, "summary"), field(body, "description") };
        const QJsonObject activities = body.value(QLatin1String("activities")).toObject();
        for (auto it = activities.begin(); it != activities.end(); ++it) {
            text.append(field(it.value().toObject(), "name"));
            text.append(field(it.value().toObject(), "description"));
        }
        out.search = SearchEntry { initiative, SearchText::fold(field(body, "name")),
                                   SearchText::fold(text.join(QLatin1Char(' '))) };
    } else if (type == DocType::Activity) {
        out.keys.append({ DomainIndexer::directorySchedules, initiative,
                          compact({ { QStringLiteral("slug"), body.value(QLatin1String("slug")) },
                                    { QStringLiteral("schedule"), body.value(QLatin1String("schedule")) } }) });
    }
}
}

bool DomainIndexer::readName(QStringView value, NameValue &out)
{
    const qsizetype tab1 = value.indexOf(QLatin1Char('\t'));
    const qsizetype tab2 = tab1 < 0 ? -1 : value.indexOf(QLatin1Char('\t'), tab1 + 1);
    const qsizetype tab3 = tab2 < 0 ? -1 : value.indexOf(QLatin1Char('\t'), tab2 + 1);
    if (tab3 < 0)
        return false;
    out = { value.left(tab1), value.mid(tab1 + 1, tab2 - tab1 - 1), value.mid(tab2 + 1, tab3 - tab2 - 1),
            value.mid(tab3 + 1) };
    return true;
}

DomainIndexer::Referral DomainIndexer::referralOf(const QJsonObject &log)
{
    const QJsonValue referral = log.value(QLatin1String("referral"));
    if (referral.isObject()) {
        const QJsonObject r = referral.toObject();
        return { field(r, "kind"), field(r, "to"), field(r, "status") };
    }
    const QString to = referral.toString();
    if (to.isEmpty())
        return {};
    return { to.startsWith(QLatin1String("initiative:")) ? QStringLiteral("initiative") : QStringLiteral("formal"), to,
             QStringLiteral("made") };
}

bool DomainIndexer::readLogFacts(QByteArrayView value, LogFacts &out)
{
    QByteArrayView parts[9];
    qsizetype start = 0;
    for (int i = 0; i < 9; ++i) {
        const qsizetype tab = i < 8 ? value.indexOf('\t', start) : value.size();
        if (tab < 0)
            return false;
        parts[i] = value.sliced(start, tab - start);
        start = tab + 1;
    }
    if (parts[0].size() != 1)
        return false;
    out = { parts[0].front(), parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7], parts[8] };
    return true;
}

DocumentIndexes DomainIndexer::derive(const QString &id, const QJsonObject &body)
{
    DocumentIndexes out;
    const QString type = field(body, "type");
    const std::optional<DocType> docType = DocTypes::fromString(type);
    if (!docType)
        return out; // foreign documents (generic CouchDB clients) are stored, not indexed
    // Field logs are most of an organisation's documents and arrive by the thousand in a
    // sync: they get only the entries that reports, people and follow-ups read (the facts,
    // keyed by date, serve every by-date need), so each costs one or two index rows to write.
    if (*docType == DocType::Visit || *docType == DocType::Contact || *docType == DocType::Tally) {
        addFieldLogEntries(*docType, body, out);
        return out;
    }
    out.keys.append({ byType, type, {} });
    const auto add = [&](const QString &index, const char *name) {
        const QString value = field(body, name);
        if (!value.isEmpty())
            out.keys.append({ index, value, {} });
    };
    add(byInitiative, "initiative");
    add(byDate, "date");
    add(byCard, "card");
    addDirectoryEntries(*docType, id, body, out);
    return out;
}

Indexer DomainIndexer::indexer()
{
    return { &DomainIndexer::derive,
             QStringLiteral("domain-%1/search-%2").arg(layoutVersion).arg(SearchText::version) };
}
