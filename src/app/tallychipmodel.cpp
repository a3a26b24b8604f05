#include "tallychipmodel.h"

TallyChipModel::TallyChipModel(QString group, QStringList codes, bool single, QObject *parent)
    : QAbstractListModel(parent), m_group(std::move(group)), m_codes(std::move(codes)), m_single(single)
{
    m_selected.fill(false, m_codes.size());
}

QStringList TallyChipModel::selection() const
{
    QStringList codes;
    for (qsizetype i = 0; i < m_codes.size(); ++i) {
        if (m_selected.at(i))
            codes.append(m_codes.at(i));
    }
    return codes;
}

void TallyChipModel::setSelection(const QStringList &codes)
{
    for (qsizetype i = 0; i < m_codes.size(); ++i) {
        const bool on = codes.contains(m_codes.at(i));
        if (m_selected.at(i) == on)
            continue;
        m_selected[i] = on;
        const QModelIndex changed = index(int(i));
        emit dataChanged(changed, changed, { SelectedRole });
    }
}

int TallyChipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

QVariant TallyChipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return m_codes.at(index.row());
    case SelectedRole:
        return m_selected.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> TallyChipModel::roleNames() const
{
    return { { CodeRole, "code" }, { SelectedRole, "selected" } };
}
