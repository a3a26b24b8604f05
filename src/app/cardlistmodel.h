#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

class DocumentDatabase;

// The coordinator's cards of their organisation as a list for QML, newest first, narrowed by
// what is typed: a code (any part of it, case, spaces and dashes ignored) or a place's name
// (folded as the directory search folds). Progress is read only where the holder shares it,
// and only for the rows a list actually shows (then kept until the cards change), so 10 000
// cards load and scroll without reading 10 000 stamp lists.
class CardListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the CardController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // Set while a page shows the list: only then does a change of the cards reload it.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // canonical, without dashes
        DisplayRole,                 // K7Q-M4P-XR9
        ValidUntilRole,              // short date in the UI language
        PlacesRole,                  // the places' names, joined
        SharedRole,
        CollectedRole,               // -1 where the holder keeps progress private
        TotalRole,
        RevokedRole,                 // ISO date, "" while the card is in use
        ReplacedByRole,              // display form of the replacement, or ""
    };
    Q_ENUM(Role)

    explicit CardListModel(QObject *parent = nullptr);

    // The organisation whose cards are listed ("" = every card on the device).
    void setSource(DocumentDatabase *cards, DocumentDatabase *directory, const QString &organisation, const QString &language);
    void reload();
    // The cards changed: reloaded now when the list is shown, else when it is shown next.
    void cardsChanged();
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int totalCount() const { return int(m_all.size()); }
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);

signals:
    void countChanged();
    void queryChanged();
    void activeChanged();

private:
    struct Card
    {
        QString code;
        QDate validFrom;
        QDate validUntil;
        QStringList initiatives;
        bool shared = false;
        QString revoked;
        QString replacedBy;
        QString places;     // names, joined
        QString foldedText; // places' names, folded, for the search
    };
    struct Progress
    {
        int collected = -1;
        int total = -1;
    };

    DocumentDatabase *m_store = nullptr;
    DocumentDatabase *m_directory = nullptr;
    QString m_organisation;
    QString m_language;
    QString m_query;
    bool m_active = false;
    bool m_stale = true;
    std::vector<Card> m_all;  // newest first
    std::vector<int> m_shown; // indexes into m_all that match the query, in order
    mutable QHash<QString, Progress> m_progress;

    [[nodiscard]] Progress progressOf(const Card &card) const;
    [[nodiscard]] bool matches(const Card &card, const QString &code, const QStringList &words) const;
    void applyQuery();
};
