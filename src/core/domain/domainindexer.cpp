#include "domainindexer.h"

#include "doctype.h"
#include "searchtext.h"

#include <QJsonDocument>

namespace {
// Layout of the keys and values above; bump when it changes so stored indexes are rebuilt.
constexpr int layoutVersion = 2;

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

DocumentIndexes DomainIndexer::derive(const QString &id, const QJsonObject &body)
{
    DocumentIndexes out;
    const QString type = field(body, "type");
    const std::optional<DocType> docType = DocTypes::fromString(type);
    if (!docType)
        return out; // foreign documents (generic CouchDB clients) are stored, not indexed
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
