#pragma once

#include <QObject>
#include <QVariantMap>

#include <functional>

class AppShell;

// What a Qt Quick Test file reads back from the app's store after an action (as
// `buurtbrug-admin export` would show it) and the cards it may use. Reads go through
// StoredSnapshot, so a test never asks the controller it is testing what it stored.
class StoreProbe : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString org READ org CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    Q_PROPERTY(QStringList cardCodes READ cardCodes CONSTANT)

public:
    explicit StoreProbe(AppShell *shell, QStringList cardCodes, QStringList payloads, QObject *parent = nullptr);

    [[nodiscard]] static QString org() { return QStringLiteral("org-visserijplein"); }
    [[nodiscard]] static QString today() { return QStringLiteral("2026-11-24"); }
    [[nodiscard]] const QStringList &cardCodes() const { return m_codes; }

    // The stored document, or {} when there is none (or it was deleted).
    Q_INVOKABLE QVariantMap doc(const QString &db, const QString &id) const;
    // A document kept on this phone only (`_local/...`), or {}.
    Q_INVOKABLE QVariantMap localDoc(const QString &db, const QString &id) const;
    Q_INVOKABLE QStringList ids(const QString &db, const QString &type) const;
    Q_INVOKABLE int countOn(const QString &db, const QString &type, const QString &date) const;
    Q_INVOKABLE int countBetween(const QString &db, const QString &type, const QString &from, const QString &to) const;
    Q_INVOKABLE QStringList tallyChips(const QString &id) const;
    Q_INVOKABLE QStringList followUpsDue() const;
    Q_INVOKABLE int placesStamped(const QString &code, const QStringList &places) const;
    // The payload of a card's QR code, signed with the organisation's key (the i-th card).
    Q_INVOKABLE QString cardPayload(int i) const { return m_payloads.value(i); }
    // The printed form of a card's code ("K7Q-M4P-XR9").
    Q_INVOKABLE QString cardDisplay(int i) const;
    Q_INVOKABLE bool put(const QString &db, const QVariantMap &doc);
    // Two versions of a stored document as two devices would make them: each takes the winner
    // and sets its own top-level fields, both on the same parent (a replicated conflict).
    Q_INVOKABLE bool makeConflict(const QString &db, const QString &id, const QVariantMap &a, const QVariantMap &b);
    // The document's other live versions (`_conflicts`), [] when it has one.
    Q_INVOKABLE QStringList conflictsOf(const QString &db, const QString &id) const;
    // The database's update sequence: unchanged when nothing was stored.
    Q_INVOKABLE int updateSeq(const QString &db) const;
    // The device's roles, as an enrolment would set them (a coordinator's desk, a worker's phone).
    Q_INVOKABLE void setRoles(const QStringList &roles);

private:
    AppShell *m_shell;
    QStringList m_codes;
    QStringList m_payloads;
};
