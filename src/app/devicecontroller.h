#pragma once

#include "devicelistmodel.h"
#include "storeerror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QNetworkAccessManager;
class ServerPost;

// What the desk's Devices page talks to: a coordinator invites a phone for their own
// organisation (a role, the initiatives a host hosts, a first name or nickname) and gets the
// invite's code and QR text; lists the organisation's phones; revokes one. All through the
// server (DeviceManagement), one request at a time, asynchronous and cancellable; every
// answer is a translated sentence (`message`), and a refused or unreachable request changes
// nothing here, so what was typed stays. Without a server (a phone that is not a coordinator's,
// or not joined) `canManage` is false and every call says so.
class DeviceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the AppController")
    Q_PROPERTY(bool canManage READ canManage NOTIFY serverChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY serverChanged)
    Q_PROPERTY(DeviceListModel *devices READ devices CONSTANT)
    // "" when idle, else what the server is being asked: "invite", "list" or "revoke".
    Q_PROPERTY(QString waitingFor READ waitingFor NOTIFY waitingChanged)
    // The list has been fetched at least once since the server was set.
    Q_PROPERTY(bool listed READ listed NOTIFY listedChanged)
    // The last invite made here: {code, qr, expires (date and time), person, role}; {} when none.
    Q_PROPERTY(QVariantMap invitation READ invitation NOTIFY invitationChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageOk READ messageOk NOTIFY messageChanged)

public:
    explicit DeviceController(QObject *parent = nullptr);
    ~DeviceController() override;

    // The coordinator's own connection (from the enrolment); an empty server: none.
    void setServer(const QUrl &server, const QByteArray &token, const QString &organisation);
    void setLanguage(const QString &language);

    [[nodiscard]] bool canManage() const { return m_server.isValid() && !m_token.isEmpty(); }
    [[nodiscard]] QString organisation() const { return m_organisation; }
    [[nodiscard]] DeviceListModel *devices() { return &m_devices; }
    [[nodiscard]] QString waitingFor() const { return m_request ? m_waitingFor : QString(); }
    [[nodiscard]] bool listed() const { return m_listed; }
    [[nodiscard]] QVariantMap invitation() const { return m_invitation; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageOk() const { return m_messageOk; }

    // The roles a phone can be invited for: [{code, name}].
    Q_INVOKABLE QVariantList roleChoices() const;
    // Why this invite cannot be sent as typed ("" when it can): checked before asking the server.
    Q_INVOKABLE QString inviteProblem(const QString &role, const QString &person, const QStringList &hosts) const;
    // Asks the server for an invite; false (with `message` saying why) when it cannot ask.
    Q_INVOKABLE bool invite(const QString &role, const QString &person, const QStringList &hosts);
    Q_INVOKABLE bool refresh();
    Q_INVOKABLE bool revoke(const QString &deviceId);
    // Stops waiting: the answer, when it comes, is dropped.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void clearInvitation();
    Q_INVOKABLE void clearMessage() { say(QString(), true); }
    // The person and roles of a listed phone, for the confirmation: {person, roles, name}.
    Q_INVOKABLE QVariantMap deviceSummary(const QString &deviceId) const;

signals:
    void serverChanged();
    void waitingChanged();
    void listedChanged();
    void invitationChanged();
    void messageChanged();
    // An answer arrived (or the wait was cancelled): {action, ok, message}.
    void finished(const QVariantMap &result);

private:
    [[nodiscard]] bool canAsk();
    void start(const QString &what, ServerPost *request);
    // Ends the wait; `tell`: the message replaces the one shown.
    void done(const QString &action, bool ok, const QString &message, bool tell = true);
    void say(const QString &message, bool ok);
    [[nodiscard]] QString refusal(const QString &action, const StoreError &error) const;
    [[nodiscard]] QNetworkAccessManager &network();

    std::unique_ptr<QNetworkAccessManager> m_network; // made on first use
    QUrl m_server;
    QByteArray m_token;
    QString m_organisation;
    QString m_language = QStringLiteral("nl");
    DeviceListModel m_devices;
    QPointer<ServerPost> m_request;
    QString m_waitingFor;
    bool m_listed = false;
    QVariantMap m_invitation;
    QString m_message;
    bool m_messageOk = true;
};
