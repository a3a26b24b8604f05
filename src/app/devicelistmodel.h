#pragma once

#include "devicemanagement.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The organisation's phones as the server last listed them (GET /_devices), for the desk's
// list: phones in use first, newest enrolment first, then the revoked ones. A new answer
// updates the rows it changes and inserts or removes only what came or went, so a shown
// list keeps its place. Dates are written in the UI language.
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the DeviceController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        PersonRole,   // the first name or nickname typed at the invite
        RolesRole,    // the roles in the UI language, joined
        NameRole,     // what the phone called itself
        EnrolledRole, // date in the UI language
        LastSyncRole, // date and time in the UI language, "" when it never synced
        RevokedRole,
    };
    Q_ENUM(Role)

    explicit DeviceListModel(QObject *parent = nullptr);

    void setDevices(QList<ManagedDevice> devices);
    void setLanguage(const QString &language);
    [[nodiscard]] const ManagedDevice *device(const QString &id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A role's name for people ("host" → "Gastvrouw/-heer" in Dutch); unknown codes as given.
    [[nodiscard]] static QString roleName(const QString &code);

signals:
    void countChanged();

private:
    QList<ManagedDevice> m_devices;
    QString m_language = QStringLiteral("nl");
};
