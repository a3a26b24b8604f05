#include "conflictfieldmodel.h"

#include "conflictfieldtext.h"

ConflictFieldModel::ConflictFieldModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ConflictFieldModel::setView(const ConflictView &view)
{
    beginResetModel(); // a different document, or its versions read again: every row is new
    m_differences = view.differences;
    m_revs = view.revs;
    m_chosen = QList<int>(m_differences.size(), 0);
    endResetModel();
    emit countChanged();
}

void ConflictFieldModel::retranslate()
{
    if (!m_differences.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), { LabelRole, ValuesRole });
}

int ConflictFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

QVariant ConflictFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDifference &difference = m_differences.at(index.row());
    switch (role) {
    case FieldRole:
        return difference.field;
    case LabelRole:
        return ConflictFieldText::label(difference.field);
    case ValuesRole: {
        QStringList values;
        for (const QJsonValue &value : difference.values)
            values.append(ConflictFieldText::value(difference.field, value));
        return values;
    }
    case ChosenRole:
        return m_chosen.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictFieldModel::roleNames() const
{
    return { { FieldRole, "field" }, { LabelRole, "label" }, { ValuesRole, "values" },
        { ChosenRole, "chosen" } };
}

void ConflictFieldModel::choose(int row, int version)
{
    if (row < 0 || row >= rowCount() || version < 0 || version >= m_revs.size()
        || m_chosen.at(row) == version)
        return;
    m_chosen[row] = version;
    emit dataChanged(index(row), index(row), { ChosenRole });
}

void ConflictFieldModel::chooseAll(int version)
{
    for (int row = 0; row < rowCount(); ++row)
        choose(row, version);
}

int ConflictFieldModel::chosenFor(const QString &field) const
{
    for (qsizetype row = 0; row < m_differences.size(); ++row) {
        if (m_differences.at(row).field == field)
            return m_chosen.at(row);
    }
    return -1;
}

QHash<QString, QString> ConflictFieldModel::choices() const
{
    QHash<QString, QString> revOfField;
    for (qsizetype row = 0; row < m_differences.size(); ++row)
        revOfField.insert(m_differences.at(row).field, m_revs.at(m_chosen.at(row)));
    return revOfField;
}
