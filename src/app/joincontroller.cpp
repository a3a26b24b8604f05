#include "joincontroller.h"

#include "couchjoin.h"
#include "deviceregistry.h"
#include "serveraddress.h"
#include "serverpost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QUrl>

namespace {
// XXXX-XXXX-XXXX-XXXX: 16 Crockford base32 characters (docs/ARCHITECTURE.md, "Devices and roles").
constexpr int inviteCodeLength = 16;
}

JoinController::JoinController(QObject *parent) : QObject(parent) { }

JoinController::~JoinController()
{
    if (m_post)
        m_post->cancel();
}

QString JoinController::message() const
{
    if (busy() || !m_tried)
        return {};
    return sentence(m_problem);
}

QString JoinController::sentence(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return tr("This phone has joined. It syncs whenever there is a network.");
    case Problem::NotAnInvite:
        return tr("This is not an invite code.");
    case Problem::NoCode:
        return tr("Type the invite code.");
    case Problem::CodeLength:
        return tr("An invite code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS. Compare it with the invite.");
    case Problem::BadServer:
        return tr("Type the server's address, for example https://buurtbrug.example.nl.");
    case Problem::CannotJoin:
        return tr("This app cannot join an organisation.");
    case Problem::UnknownCode:
        return tr("The server does not know this invite code. Compare it with the invite, letter by letter.");
    case Problem::UsedCode:
        return tr("This invite code was already used; a code works only once. Ask the coordinator for a new one.");
    case Problem::ExpiredCode:
        return tr("This invite code has expired. Ask the coordinator for a new one.");
    case Problem::Refused:
        return tr("The server did not accept this invite code. Compare it with the invite: a code works only once and for a limited time. If it is right, ask the coordinator for a new one.");
    case Problem::Unreachable:
        return tr("The server could not be reached. Check the address and the network, then try again.");
    case Problem::NotStored:
        return tr("The server accepted the code, but this phone could not keep it. Free some space, then ask the coordinator for a new code.");
    case Problem::Cancelled:
        return tr("Joining was cancelled. Nothing was changed on this phone.");
    case Problem::DamagedJoinCode:
        return tr("This sign-in code is damaged or incomplete. Scan it again, or ask the coordinator for the code once more. Nothing was changed on this phone.");
    case Problem::PlainHttp:
        return tr("This address starts with http:// and would send this phone's sign-in unprotected over the network. Use the server's https:// address. Nothing was changed on this phone.");
    case Problem::SignInRefused:
        return tr("The server did not accept this sign-in code: it is wrong, or this phone was removed. Ask the coordinator for a new one. Nothing was changed on this phone.");
    }
    return {};
}

void JoinController::start(const QString &scannedOrTyped, const QString &server)
{
    if (busy())
        return;
    const QString text = scannedOrTyped.trimmed();
    m_code = text;
    m_server = server.trimmed();
    m_joined = false;
    m_tried = true;
    // A CouchDB deployment's join code: complete, or named as damaged, never half-read.
    CouchJoin::Problem why = CouchJoin::Problem::NotAJoin;
    if (const std::optional<CouchJoin> couch = CouchJoin::parse(text, &why))
        return startCouch(*couch);
    if (why == CouchJoin::Problem::Damaged)
        return fail(Problem::DamagedJoinCode);
    // The invite's QR code names its server.
    if (text.startsWith(u'{')) {
        const QJsonObject invite = QJsonDocument::fromJson(text.toUtf8()).object();
        if (invite.value(QLatin1String("buurtbrug")) != QLatin1String("invite"))
            return fail(Problem::NotAnInvite);
        m_code = invite.value(QLatin1String("code")).toString();
        m_server = invite.value(QLatin1String("server")).toString();
    }
    const QUrl url(m_server, QUrl::StrictMode);
    if (m_code.isEmpty())
        return fail(Problem::NoCode);
    if (DeviceRegistry::normaliseCode(m_code).size() != inviteCodeLength)
        return fail(Problem::CodeLength);
    if (!url.isValid() || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) || url.host().isEmpty())
        return fail(Problem::BadServer);
    if (!ServerAddress::protectsCredentials(url))
        return fail(Problem::PlainHttp);
    if (!m_keeper)
        return fail(Problem::CannotJoin);
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_problem = Problem::None;
    m_post = EnrolmentClient::redeem(*m_network, url, m_code, QSysInfo::machineHostName(),
                                     [this](const Enrolment &outcome) { answered(outcome); }, this, m_timeoutMs);
    emit changed();
}

void JoinController::cancel()
{
    if (!m_post)
        return;
    m_post->cancel();
    m_post->deleteLater();
    m_post.clear();
    fail(Problem::Cancelled);
}

void JoinController::fail(Problem problem)
{
    m_problem = problem;
    m_joined = false;
    emit changed();
    emit finished();
}

void JoinController::answered(const Enrolment &outcome)
{
    m_post->deleteLater();
    m_post.clear();
    if (!outcome.error.ok()) {
        switch (outcome.refusal) {
        case InviteState::Unknown: return fail(Problem::UnknownCode);
        case InviteState::Used: return fail(Problem::UsedCode);
        case InviteState::Expired: return fail(Problem::ExpiredCode);
        case InviteState::Open: break;
        }
        switch (outcome.error.code) {
        case StoreError::Code::Forbidden:
        case StoreError::Code::Unauthorized:
        case StoreError::Code::NotFound: return fail(Problem::Refused);
        default: return fail(Problem::Unreachable);
        }
    }
    kept(outcome.credentials);
}

void JoinController::startCouch(const CouchJoin &join)
{
    m_server = join.server.toString();
    if (!ServerAddress::protectsCredentials(join.server))
        return fail(Problem::PlainHttp);
    if (!m_keeper)
        return fail(Problem::CannotJoin);
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_problem = Problem::None;
    // Signing in to the directory proves the user, the password and the address at once.
    QString prefix = join.server.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const QString path = prefix + QLatin1Char('/') + join.databases.value(QStringLiteral("directory"));
    m_post = ServerPost::withBasicAuth(*m_network, "GET", join.server, path, join.user, join.password, m_timeoutMs, 200,
                                       [this, join](const ServerAnswer &answer) { signedIn(join, answer); }, this);
    emit changed();
}

void JoinController::signedIn(const CouchJoin &join, const ServerAnswer &answer)
{
    m_post->deleteLater();
    m_post.clear();
    switch (answer.error.code) {
    case StoreError::Code::None: return kept(join.credentials());
    case StoreError::Code::Unauthorized:
    case StoreError::Code::Forbidden:
    case StoreError::Code::NotFound: return fail(Problem::SignInRefused);
    default: return fail(Problem::Unreachable);
    }
}

void JoinController::kept(const DeviceCredentials &credentials)
{
    if (const StoreError stored = m_keeper(credentials); !stored.ok())
        return fail(Problem::NotStored);
    m_problem = Problem::None;
    m_joined = true;
    m_code.clear(); // used up: the field empties only now
    emit changed();
    emit finished();
}
