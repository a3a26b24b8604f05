#include "devicelistmodel.h"

#include <QLocale>

#include <algorithm>

namespace {
bool sameRow(const ManagedDevice &a, const ManagedDevice &b)
{
    return a.id == b.id && a.roles == b.roles && a.person == b.person && a.name == b.name && a.enrolledAt == b.enrolledAt
           && a.lastSeen == b.lastSeen && a.revoked == b.revoked;
}
}

DeviceListModel::DeviceListModel(QObject *parent) : QAbstractListModel(parent) { }

void DeviceListModel::setDevices(QList<ManagedDevice> devices)
{
    std::stable_sort(devices.begin(), devices.end(), [](const ManagedDevice &a, const ManagedDevice &b) {
        if (a.revoked != b.revoked)
            return !a.revoked;
        return a.enrolledAt > b.enrolledAt;
    });
    const int before = int(m_devices.size());
    // Gone: removed from the back, so the indexes still to visit stay valid.
    for (int i = int(m_devices.size()) - 1; i >= 0; --i) {
        const QString &id = m_devices.at(i).id;
        if (std::none_of(devices.cbegin(), devices.cend(), [&id](const ManagedDevice &d) { return d.id == id; })) {
            beginRemoveRows({}, i, i);
            m_devices.removeAt(i);
            endRemoveRows();
        }
    }
    // In the new order: a row in place is updated; one elsewhere moves here as remove + insert.
    for (int i = 0; i < int(devices.size()); ++i) {
        const ManagedDevice &fresh = devices.at(i);
        if (i < m_devices.size() && m_devices.at(i).id == fresh.id) {
            if (!sameRow(m_devices.at(i), fresh)) {
                m_devices[i] = fresh;
                emit dataChanged(index(i), index(i));
            }
            continue;
        }
        for (int j = i + 1; j < m_devices.size(); ++j) {
            if (m_devices.at(j).id == fresh.id) {
                beginRemoveRows({}, j, j);
                m_devices.removeAt(j);
                endRemoveRows();
                break;
            }
        }
        beginInsertRows({}, i, i);
        m_devices.insert(i, fresh);
        endInsertRows();
    }
    if (m_devices.size() != before)
        emit countChanged();
}

void DeviceListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_devices.isEmpty())
        emit dataChanged(index(0), index(int(m_devices.size()) - 1));
}

const ManagedDevice *DeviceListModel::device(const QString &id) const
{
    for (const ManagedDevice &d : m_devices) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ManagedDevice &d = m_devices.at(index.row());
    const QLocale locale(m_language);
    switch (role) {
    case DeviceIdRole: return d.id;
    case PersonRole: return d.person;
    case RolesRole: {
        QStringList names;
        for (const QString &code : d.roles)
            names.append(roleName(code));
        return names.join(QStringLiteral(", "));
    }
    case NameRole: return d.name;
    case EnrolledRole: return d.enrolledAt.isValid() ? locale.toString(d.enrolledAt.toLocalTime().date(), QLocale::ShortFormat) : QString();
    case LastSyncRole: return d.lastSeen.isValid() ? locale.toString(d.lastSeen.toLocalTime(), QLocale::ShortFormat) : QString();
    case RevokedRole: return d.revoked;
    default: return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return { { DeviceIdRole, "deviceId" }, { PersonRole, "person" },     { RolesRole, "roles" },     { NameRole, "name" },
             { EnrolledRole, "enrolled" }, { LastSyncRole, "lastSync" }, { RevokedRole, "revoked" } };
}

QString DeviceListModel::roleName(const QString &code)
{
    if (code == QLatin1String("buurtmaatje"))
        return tr("Buurtmaatje (neighbourhood buddy)");
    if (code == QLatin1String("verbindingswerker"))
        return tr("Verbindingswerker (connector)");
    if (code == QLatin1String("host"))
        return tr("Host of an initiative");
    if (code == QLatin1String("coordinator"))
        return tr("Coordinator");
    if (code == QLatin1String("editor"))
        return tr("Directory editor");
    if (code == QLatin1String("cardholder"))
        return tr("Card holder");
    return code;
}
