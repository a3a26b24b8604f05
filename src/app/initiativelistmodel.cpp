#include "initiativelistmodel.h"

#include "documentdatabase.h"

InitiativeListModel::InitiativeListModel(DocumentDatabase *directory, QObject *parent)
    : QAbstractListModel(parent), m_directory(directory)
{
    if (m_directory)
        connect(m_directory, &DocumentDatabase::documentsChanged, this, &InitiativeListModel::update);
    m_rows = load();
}

int InitiativeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InitiativeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InitiativeInfo &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row.name.text;
    case IdRole: return row.id;
    case NameLanguageRole: return row.name.language;
    case SummaryRole: return row.summary.text;
    case SummaryLanguageRole: return row.summary.language;
    case AddressRole: return row.street.isEmpty() ? row.city : row.street + QStringLiteral(", ") + row.city;
    case ThemesRole: return row.themes;
    case LanguagesSpokenRole: return row.languagesSpoken;
    case IsSampleRole: return row.sample;
    }
    return {};
}

QHash<int, QByteArray> InitiativeListModel::roleNames() const
{
    return { { IdRole, "initiativeId" },       { NameRole, "name" },
             { NameLanguageRole, "nameLanguage" }, { SummaryRole, "summary" },
             { SummaryLanguageRole, "summaryLanguage" }, { AddressRole, "address" },
             { ThemesRole, "themes" },          { LanguagesSpokenRole, "languagesSpoken" },
             { IsSampleRole, "isSample" } };
}

void InitiativeListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    reset(); // every text and the sort order change
}

int InitiativeListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString InitiativeListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QList<InitiativeInfo> InitiativeListModel::load()
{
    if (!m_directory)
        return {};
    DirectoryRepository repository(*m_directory);
    Result<QList<InitiativeInfo>> list = repository.initiatives(m_language);
    const QString error = list.ok() ? QString() : list.error().reason;
    if (error != m_errorText) {
        m_errorText = error;
        emit errorTextChanged();
    }
    return list.ok() ? std::move(list).value() : QList<InitiativeInfo>();
}

void InitiativeListModel::reset()
{
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = load();
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

// Applies a reload as removals, insertions and changes, as long as the rows that stay keep
// their relative order (the usual case: a doc added, removed or edited); otherwise resets.
void InitiativeListModel::update()
{
    const QList<InitiativeInfo> fresh = load();
    QStringList freshIds;
    for (const InitiativeInfo &info : fresh)
        freshIds.append(info.id);
    QStringList keptOld;
    for (const InitiativeInfo &info : std::as_const(m_rows)) {
        if (freshIds.contains(info.id))
            keptOld.append(info.id);
    }
    QStringList keptNew;
    for (const QString &id : std::as_const(freshIds)) {
        if (keptOld.contains(id))
            keptNew.append(id);
    }
    if (keptOld != keptNew) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        emit countChanged();
        return;
    }
    const int before = int(m_rows.size());
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i >= m_rows.size() || m_rows.at(i).id != fresh.at(i).id) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        } else {
            m_rows[i] = fresh.at(i);
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (before != m_rows.size())
        emit countChanged();
}
