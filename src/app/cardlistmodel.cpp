#include "cardlistmodel.h"

#include "cardcode.h"
#include "cardfacts.h"
#include "cardprogress.h"
#include "directoryrepository.h"
#include "documentdatabase.h"
#include "searchtext.h"
#include "stampbook.h"
#include "uilanguage.h"

#include <QJsonArray>

#include <algorithm>

CardListModel::CardListModel(QObject *parent) : QAbstractListModel(parent) { }

void CardListModel::setSource(DocumentDatabase *cards, DocumentDatabase *directory, const QString &organisation,
                              const QString &language)
{
    m_store = cards;
    m_directory = directory;
    m_organisation = organisation;
    m_language = language;
    cardsChanged();
}

void CardListModel::cardsChanged()
{
    m_stale = true;
    if (m_active)
        reload();
}

void CardListModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_stale)
        reload();
    emit activeChanged();
}

void CardListModel::reload()
{
    m_stale = false;
    std::vector<Card> all;
    if (m_store && m_directory) {
        // The places' names once per place, not once per card: a few dozen places, thousands of cards.
        QHash<QString, QString> names;
        DirectoryRepository directory(*m_directory);
        const auto nameOf = [&](const QString &id) {
            auto found = names.constFind(id);
            if (found != names.cend())
                return *found;
            const Result<InitiativeInfo> info = directory.initiative(id, m_language);
            const QString name = info.ok() && !info.value().name.text.isEmpty() ? info.value().name.text : InitiativeRef::slug(id);
            names.insert(id, name);
            return name;
        };
        const Result<QStringList> ids = m_store->queryIndex(QStringLiteral("by-type"), QStringLiteral("card"), QStringLiteral("card"));
        for (const QString &id : ids.ok() ? ids.value() : QStringList()) {
            const Result<QJsonObject> doc = m_store->get(id);
            if (!doc.ok() || (!m_organisation.isEmpty() && doc.value().value(QLatin1String("org")).toString() != m_organisation))
                continue;
            const CardFacts facts = CardFacts::fromDocument(doc.value());
            Card card { facts.code, facts.validFrom, facts.validUntil, facts.initiatives,
                        doc.value().value(QLatin1String("shareProgress")).toBool(),
                        doc.value().value(QLatin1String("revoked")).toString(),
                        doc.value().value(QLatin1String("replacedBy")).toString(), {}, {} };
            QStringList placeNames;
            // Each name isolated, so an Arabic name next to a Dutch one keeps its own direction.
            for (const QString &initiative : std::as_const(card.initiatives))
                placeNames.append(QChar(0x2068) + nameOf(initiative) + QChar(0x2069));
            card.places = placeNames.join(QStringLiteral(", "));
            card.foldedText = SearchText::fold(card.places);
            all.push_back(std::move(card));
        }
    }
    std::sort(all.begin(), all.end(), [](const Card &a, const Card &b) {
        return a.validFrom != b.validFrom ? a.validFrom > b.validFrom : a.code < b.code;
    });
    beginResetModel();
    m_all = std::move(all);
    m_progress.clear();
    applyQuery();
    endResetModel();
    emit countChanged();
}

void CardListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    beginResetModel();
    applyQuery();
    endResetModel();
    emit queryChanged();
    emit countChanged();
}

bool CardListModel::matches(const Card &card, const QString &code, const QStringList &words) const
{
    if (!code.isEmpty() && card.code.contains(code))
        return true;
    if (words.isEmpty())
        return false;
    for (const QString &word : words) {
        if (!card.foldedText.contains(word))
            return false;
    }
    return true;
}

void CardListModel::applyQuery()
{
    m_shown.clear();
    // A code is typed as printed (K7Q-M4P-XR9) or in part, in any case; S reads as 5 there.
    QString code = m_query.toUpper();
    code.remove(QLatin1Char('-')).remove(QLatin1Char(' ')).replace(QLatin1Char('S'), QLatin1Char('5'));
    const QStringList words = SearchText::words(m_query);
    const bool all = code.isEmpty() && words.isEmpty();
    m_shown.reserve(m_all.size());
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (all || matches(m_all[size_t(i)], code, words))
            m_shown.push_back(i);
    }
}

CardListModel::Progress CardListModel::progressOf(const Card &card) const
{
    // The holder's choice decides: no stamp of a private card is even read for this view.
    if (!card.shared || !m_store || !m_directory)
        return {};
    if (auto found = m_progress.constFind(card.code); found != m_progress.cend())
        return *found;
    Progress progress;
    const Result<QList<Stamp>> stamps = StampBook(*m_store, *m_directory).stampsOf(card.code);
    if (stamps.ok()) {
        const CardFacts facts { card.code, m_organisation, card.initiatives, card.validFrom, card.validUntil, {} };
        const CardProgress computed = CardProgressOf::compute(facts, stamps.value());
        progress = { computed.collected, computed.total() };
    }
    m_progress.insert(card.code, progress);
    return progress;
}

int CardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant CardListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_shown.size()))
        return {};
    const Card &card = m_all[size_t(m_shown[size_t(index.row())])];
    switch (role) {
    case CodeRole: return card.code;
    case DisplayRole: return CardCode::display(card.code);
    case ValidUntilRole: return UiLanguage::locale(m_language).toString(card.validUntil, QLocale::ShortFormat);
    case PlacesRole: return card.places;
    case SharedRole: return card.shared;
    case CollectedRole: return progressOf(card).collected;
    case TotalRole: return progressOf(card).total;
    case RevokedRole: return card.revoked;
    case ReplacedByRole: return card.replacedBy.isEmpty() ? QString() : CardCode::display(card.replacedBy);
    default: return {};
    }
}

QHash<int, QByteArray> CardListModel::roleNames() const
{
    return { { CodeRole, "code" },           { DisplayRole, "printedCode" }, { ValidUntilRole, "validUntil" },
             { PlacesRole, "places" },       { SharedRole, "shared" },   { CollectedRole, "collected" },
             { TotalRole, "total" },         { RevokedRole, "revoked" }, { ReplacedByRole, "replacedBy" } };
}
