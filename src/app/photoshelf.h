#pragma once

#include "localrecord.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class DocumentDatabase;

// The photos a reader's phone keeps, within a storage budget (docs/SYNC-PROTOCOL.md, "A
// reader's phone keeps the photos of its places only"). Given the places it wants, most wanted
// first (PhotoInterest::places(): the card's, the latest opened, the nearest), it keeps the
// photos of those that fit, in that order, then of places no longer wanted (the latest wanted
// first) while they fit too, and purges the rest from this phone (no tombstone, nothing
// replicates back): least recently wanted goes first. kept() is what the photo pull asks for;
// a place no longer wanted is not pulled, and its removals reach it when it is wanted again
// (the pull of a new set starts from 0, and removals travel by id). A place's size is remembered from when its photos
// were here, so a place that does not fit is not pulled again only to be purged; one that has
// never been here counts as empty until it is. A phone that takes every photo (an editor's)
// is not active: it keeps all and purges nothing.
class PhotoShelf : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the AppController")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(int budgetMb READ budgetMb WRITE setBudgetMb NOTIFY changed)
    Q_PROPERTY(double usedMb READ usedMb NOTIFY changed)
    Q_PROPERTY(int placesKept READ placesKept NOTIFY changed)
    Q_PROPERTY(QVariantList budgetChoices READ budgetChoices CONSTANT)

public:
    static constexpr int defaultBudgetMb = 200;
    static constexpr qint64 megabyte = 1024 * 1024;

    explicit PhotoShelf(QObject *parent = nullptr);

    // Reads the budget and the remembered sizes kept there (a _local document), and tidies.
    void setStore(DocumentDatabase *directory);
    void setActive(bool active);
    void setWanted(const QStringList &initiativeIds);
    void setBudgetMb(int megabytes);
    // The same in bytes, for tests that cannot fill megabytes quickly; kept like the other.
    void setBudgetBytes(qint64 bytes);
    // Measures the photos on the phone and purges what is not kept: after every write to the
    // directory (a pull) and every change of the wanted places or the budget.
    void tidy();

    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] int budgetMb() const { return int(m_budget / megabyte); }
    [[nodiscard]] qint64 budgetBytes() const { return m_budget; }
    [[nodiscard]] double usedMb() const { return double(m_used) / megabyte; }
    [[nodiscard]] qint64 usedBytes() const { return m_used; }
    [[nodiscard]] int placesKept() const { return int(m_kept.size()); }
    [[nodiscard]] const QStringList &kept() const { return m_kept; }
    [[nodiscard]] static QVariantList budgetChoices();

signals:
    void changed();
    void keptChanged();

private:
    DocumentDatabase *m_store = nullptr;
    bool m_active = false;
    qint64 m_budget = defaultBudgetMb * megabyte;
    qint64 m_used = 0;
    QStringList m_wanted;
    QStringList m_kept;
    QStringList m_order;            // the places wanted or here, most wanted first, then by when last wanted
    QHash<QString, qint64> m_sizes; // place → bytes of its photos when they were last here
    LocalRecord m_stored { QStringLiteral("_local/buurtbrug-photo-shelf") };

    void save();
};
