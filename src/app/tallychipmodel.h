#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// One group of chips of the market tally (the conversation's language, what the resident does,
// what they need) for the conversation being described. Rows are the group's codes in a fixed
// order; `selected` says whether the stored conversation has that code. The model holds no
// state of its own: FieldLogController sets the selection from the stored record after every
// write, undo and sync, so a lit chip is always a stored chip.
class TallyChipModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the FieldLogController")
    // The tally field these chips fill: "language", "does" or "needs".
    Q_PROPERTY(QString group READ group CONSTANT)
    Q_PROPERTY(bool single READ single CONSTANT)

public:
    enum Role { CodeRole = Qt::UserRole + 1, SelectedRole };
    Q_ENUM(Role)

    TallyChipModel(QString group, QStringList codes, bool single, QObject *parent = nullptr);

    [[nodiscard]] const QString &group() const { return m_group; }
    [[nodiscard]] bool single() const { return m_single; }
    [[nodiscard]] const QStringList &codes() const { return m_codes; }
    [[nodiscard]] QStringList selection() const;

    // Marks exactly these codes (those not in the group are ignored); emits dataChanged only
    // for rows whose state changed.
    void setSelection(const QStringList &codes);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QString m_group;
    QStringList m_codes;
    QList<bool> m_selected;
    bool m_single;
};
