#include "devicecontroller.h"

#include "devicemanagement.h"
#include "serverpost.h"

#include <QLocale>
#include <QNetworkAccessManager>

namespace {
// The server's limit on a first name or nickname (DeviceEndpoints::maxPersonLength).
constexpr int maxPersonLength = 60;
constexpr int timeoutMs = 20000;
// A name typed in any script keeps its own direction inside a sentence of the other.
QString isolated(const QString &name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}
const QStringList invitableRoles { QStringLiteral("buurtmaatje"), QStringLiteral("verbindingswerker"), QStringLiteral("host"),
                                   QStringLiteral("coordinator") };
}

DeviceController::DeviceController(QObject *parent) : QObject(parent) { }

DeviceController::~DeviceController()
{
    delete m_request; // before the network it uses
}

void DeviceController::setServer(const QUrl &server, const QByteArray &token, const QString &organisation)
{
    if (server == m_server && token == m_token && organisation == m_organisation)
        return;
    cancel();
    m_server = server;
    m_token = token;
    m_organisation = organisation;
    m_devices.setDevices({});
    m_invitation.clear();
    m_listed = false;
    say(QString(), true);
    emit invitationChanged();
    emit listedChanged();
    emit serverChanged();
}

void DeviceController::setLanguage(const QString &language)
{
    m_language = language;
    m_devices.setLanguage(language);
}

QNetworkAccessManager &DeviceController::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return *m_network;
}

QVariantList DeviceController::roleChoices() const
{
    QVariantList list;
    for (const QString &code : invitableRoles)
        list.append(QVariantMap { { QStringLiteral("code"), code }, { QStringLiteral("name"), DeviceListModel::roleName(code) } });
    return list;
}

QString DeviceController::inviteProblem(const QString &role, const QString &person, const QStringList &hosts) const
{
    if (!invitableRoles.contains(role))
        return tr("Choose what the new phone is for.");
    if (person.trimmed().isEmpty())
        return tr("Type the first name or a nickname of the person who gets the phone, so the list says whose it is.");
    if (person.trimmed().size() > maxPersonLength)
        return tr("A first name or nickname of at most %n characters, please.", "", maxPersonLength);
    if (role == QLatin1String("host") && hosts.isEmpty())
        return tr("Choose the initiatives this host hosts: the phone stamps cards only for those.");
    return {};
}

bool DeviceController::canAsk()
{
    if (!canManage()) {
        say(tr("Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first."), false);
        return false;
    }
    if (m_request) {
        say(tr("Still waiting for the server's answer to the previous request."), false);
        return false;
    }
    return true;
}

void DeviceController::start(const QString &what, ServerPost *request)
{
    m_waitingFor = what;
    m_request = request;
    emit waitingChanged();
}

bool DeviceController::invite(const QString &role, const QString &person, const QStringList &hosts)
{
    if (const QString problem = inviteProblem(role, person, hosts); !problem.isEmpty()) {
        say(problem, false);
        return false;
    }
    if (!canAsk())
        return false;
    say(QString(), true);
    const QStringList sentHosts = role == QLatin1String("host") ? hosts : QStringList();
    start(QStringLiteral("invite"),
          DeviceManagement::invite(network(), m_server, m_token, { role }, person.trimmed(), sentHosts,
                                   [this, role, person = person.trimmed()](const Result<DeviceInvitation> &answer) {
              if (!answer.ok()) {
                  done(QStringLiteral("invite"), false, refusal(QStringLiteral("invite"), answer.error()));
                  return;
              }
              const DeviceInvitation &made = answer.value();
              m_invitation = { { QStringLiteral("code"), made.code },
                               { QStringLiteral("qr"), made.qrPayload },
                               { QStringLiteral("expires"), QLocale(m_language).toString(made.expires.toLocalTime(), QLocale::ShortFormat) },
                               { QStringLiteral("person"), person },
                               { QStringLiteral("role"), DeviceListModel::roleName(role) } };
              emit invitationChanged();
              done(QStringLiteral("invite"), true,
                   tr("An invite for %1's phone is ready. Let the new phone scan the QR code below, or type its code on the phone's Sync page.").arg(isolated(person)));
          }, this, timeoutMs));
    return true;
}

bool DeviceController::refresh()
{
    if (!canAsk())
        return false;
    start(QStringLiteral("list"), DeviceManagement::devices(network(), m_server, m_token, [this](const Result<QList<ManagedDevice>> &answer) {
              if (!answer.ok()) {
                  done(QStringLiteral("list"), false, refusal(QStringLiteral("list"), answer.error()));
                  return;
              }
              m_devices.setDevices(answer.value());
              if (!m_listed) {
                  m_listed = true;
                  emit listedChanged();
              }
              // A fresh list needs no sentence; an earlier answer's stays readable.
              done(QStringLiteral("list"), true, QString(), false);
          }, this, timeoutMs));
    return true;
}

bool DeviceController::revoke(const QString &deviceId)
{
    if (!canAsk())
        return false;
    const QVariantMap who = deviceSummary(deviceId);
    const QString person = who.value(QStringLiteral("person")).toString();
    ServerPost *request = DeviceManagement::revoke(network(), m_server, m_token, deviceId, [this, person](const StoreError &error) {
        if (!error.ok()) {
            done(QStringLiteral("revoke"), false, refusal(QStringLiteral("revoke"), error));
            return;
        }
        done(QStringLiteral("revoke"), true,
             tr("%1's phone is revoked: the server refuses it from its next request on.").arg(isolated(person)));
        refresh(); // the list shows it revoked
    }, this, timeoutMs);
    if (request)
        start(QStringLiteral("revoke"), request);
    return request != nullptr;
}

void DeviceController::cancel()
{
    if (!m_request)
        return;
    const QString what = m_waitingFor;
    delete m_request; // drops the answer: `done` never runs
    m_waitingFor.clear();
    emit waitingChanged();
    done(what, false,
         what == QLatin1String("list") ? tr("Stopped waiting for the list of phones.")
                                       : tr("Stopped waiting for the server. It may still have done it: the list shows what it holds once it is fetched again."));
}

void DeviceController::clearInvitation()
{
    if (m_invitation.isEmpty())
        return;
    m_invitation.clear();
    emit invitationChanged();
}

QVariantMap DeviceController::deviceSummary(const QString &deviceId) const
{
    const ManagedDevice *d = m_devices.device(deviceId);
    if (!d)
        return {};
    QStringList roles;
    for (const QString &code : d->roles)
        roles.append(DeviceListModel::roleName(code));
    return { { QStringLiteral("person"), d->person }, { QStringLiteral("roles"), roles.join(QStringLiteral(", ")) },
             { QStringLiteral("name"), d->name } };
}

void DeviceController::done(const QString &action, bool ok, const QString &message, bool tell)
{
    const bool wasWaiting = !m_waitingFor.isEmpty();
    if (m_request)
        m_request->deleteLater(); // it is calling us: not deleted here
    m_request.clear();
    m_waitingFor.clear();
    if (wasWaiting)
        emit waitingChanged();
    if (tell)
        say(message, ok);
    emit finished({ { QStringLiteral("action"), action }, { QStringLiteral("ok"), ok }, { QStringLiteral("message"), message } });
}

void DeviceController::say(const QString &message, bool ok)
{
    if (message == m_message && ok == m_messageOk)
        return;
    m_message = message;
    m_messageOk = ok;
    emit messageChanged();
}

QString DeviceController::refusal(const QString &action, const StoreError &error) const
{
    switch (error.code) {
    case StoreError::Code::IoError:
        return tr("The server could not be reached. Nothing was changed; try again when there is a network.");
    case StoreError::Code::Unauthorized:
        return tr("The server no longer accepts this phone: it was removed from the organisation. Join again with a new invite.");
    case StoreError::Code::Forbidden:
        return tr("The server refused: only a coordinator manages the phones, and only those of their own organisation.");
    case StoreError::Code::NotFound:
        return action == QLatin1String("revoke") ? tr("The server does not know this phone. Nothing was changed.")
                                                 : tr("This server does not manage phones from the app. Ask whoever runs it to update it.");
    case StoreError::Code::BadRequest:
        if (action == QLatin1String("invite"))
            return tr("The server did not accept this invite: check the name and the initiatives, then try again.");
        return tr("The server did not accept this request. Nothing was changed.");
    default:
        return tr("The server had a problem and changed nothing. Try again in a few minutes; if it keeps happening, tell whoever runs the server.");
    }
}
