#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class DocumentDatabase;

// A person's privacy request on the coordinator's device, as `buurtbrug-admin erase-person`
// and `withdraw-consent` do it: first what would be removed (for the confirmation), then the
// change, and a receipt for the organisation's records — a `receipt:` document in the
// organisation's database, synced like any other, saying what was done, when and by whom
// (role and device), never anything about the person.
class PrivacyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the AppController")
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    PrivacyController(DocumentDatabase *directory, QObject *parent = nullptr);

    void setDatabase(DocumentDatabase *org);
    void setLanguage(const QString &language) { m_language = language; }
    // Who acts, for the receipt: the device's role and id (not a person's name).
    void setActor(const QString &actor) { m_actor = actor; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] int revision() const { return m_revision; }

    // What a request about this person code would touch: {ok, message, contacts, visits, named}
    // (named: contacts that still carry a real name).
    Q_INVOKABLE QVariantMap preview(const QString &code) const;
    // "erase-person" or "withdraw-consent": {ok, message}; the receipt is stored with it.
    Q_INVOKABLE QVariantMap carryOut(const QString &action, const QString &code);
    // The receipts kept, newest first: [{action, when (long date and time), by, documents}].
    Q_INVOKABLE QVariantList receipts(int revision) const;

signals:
    void changed();

private:
    DocumentDatabase *m_directory;
    DocumentDatabase *m_org = nullptr;
    QString m_language = QStringLiteral("nl");
    QString m_actor;
    std::function<QDateTime()> m_clock;
    int m_revision = 0;

    [[nodiscard]] QString saveReceipt(const QString &action, int documents, int conflictsRemoved);
};
