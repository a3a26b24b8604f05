#pragma once

#include "initiativelistmodel.h"
#include "syncstatus.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DatabaseFolder;
class DocumentDatabase;

class UiLanguage;

// What the QML pages talk to: the UI language (and with it the layout direction), the list of
// initiatives, and the details of one initiative in the reader's language. Owns no storage;
// the data folder and the language are given by the AppShell that created it.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application shell")
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(InitiativeListModel *initiatives READ initiatives CONSTANT)
    Q_PROPERTY(SyncStatus *sync READ sync CONSTANT)
    // Increases after every committed change of the directory, so detail bindings refresh.
    Q_PROPERTY(int directoryRevision READ directoryRevision NOTIFY directoryRevisionChanged)

public:
    AppController(DocumentDatabase *directory, UiLanguage *language, SyncStatus *sync, QObject *parent = nullptr);

    [[nodiscard]] QString language() const;
    [[nodiscard]] bool rightToLeft() const;
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] InitiativeListModel *initiatives() const { return m_initiatives; }
    [[nodiscard]] SyncStatus *sync() const { return m_sync; }
    [[nodiscard]] int directoryRevision() const { return m_directoryRevision; }

    Q_INVOKABLE void setLanguage(const QString &code);
    // The language's own name ("العربية" for ar), for notes like "shown in Nederlands".
    Q_INVOKABLE QString languageName(const QString &code) const;
    // One initiative for the detail page; an empty map when it does not exist. The extra
    // arguments exist so QML bindings re-run when the language or the directory changes.
    Q_INVOKABLE QVariantMap initiative(const QString &id, const QString &language, int revision) const;

signals:
    void languageChanged();
    void directoryRevisionChanged();

private:
    DocumentDatabase *m_directory;
    UiLanguage *m_language;
    InitiativeListModel *m_initiatives;
    SyncStatus *m_sync;
    int m_directoryRevision = 0;
};
