#pragma once

#include "revisionconflicts.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

// The fields on which the versions of one conflicted document disagree, one row each, with
// every version's value as text and the version the coordinator chose to keep for that field
// (the version shown now, until they choose). The choices are the merge: choices() names, per
// field, the revision whose value the saved document takes.
class ConflictFieldModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the ConflictDesk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        FieldRole = Qt::UserRole + 1, // "contact.phone"
        LabelRole, // "Phone", in the UI language
        ValuesRole, // one text per version, in the versions' order
        ChosenRole, // the index of the version kept for this field
    };
    Q_ENUM(Role)

    explicit ConflictFieldModel(QObject *parent = nullptr);

    // Shows the differences of this view; every field starts with the version shown now (0).
    void setView(const ConflictView &view);
    // The language changed: labels and values are read again.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Keeps this version's value of the field in that row.
    Q_INVOKABLE void choose(int row, int version);
    // Keeps this version's value of every field.
    Q_INVOKABLE void chooseAll(int version);
    // The version chosen for a field ("contact.phone"), -1 when the field does not differ.
    Q_INVOKABLE int chosenFor(const QString &field) const;
    // Field → revision, for RevisionConflicts::merged.
    [[nodiscard]] QHash<QString, QString> choices() const;

signals:
    void countChanged();

private:
    QList<FieldDifference> m_differences;
    QStringList m_revs;
    QList<int> m_chosen;
};
