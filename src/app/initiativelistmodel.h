#pragma once

#include "directoryrepository.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class DocumentDatabase;

// The initiatives of the directory database as a list for QML, with texts in the UI language
// (see DirectoryRepository for the fallback chain). Follows the store: after a committed write
// it reloads and signals precise row inserts, removals and changes; a language switch resets.
class InitiativeListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        NameLanguageRole,
        SummaryRole,
        SummaryLanguageRole,
        AddressRole,
        ThemesRole,
        LanguagesSpokenRole,
        IsSampleRole,
    };
    Q_ENUM(Role)

    InitiativeListModel(DocumentDatabase *directory, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    void setLanguage(const QString &language);
    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;

signals:
    void countChanged();
    void errorTextChanged();

private:
    DocumentDatabase *m_directory;
    QString m_language = QStringLiteral("nl");
    QList<InitiativeInfo> m_rows;
    QString m_errorText;

    [[nodiscard]] QList<InitiativeInfo> load();
    void reset();
    void update();
};
