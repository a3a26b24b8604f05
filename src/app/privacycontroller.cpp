#include "privacycontroller.h"

#include "documentdatabase.h"
#include "domainindexer.h"
#include "fieldlog.h"
#include "personerasure.h"
#include "typedstore.h"
#include "uilanguage.h"

#include <QUuid>

#include <algorithm>

PrivacyController::PrivacyController(DocumentDatabase *directory, QObject *parent)
    : QObject(parent), m_directory(directory), m_clock([] { return QDateTime::currentDateTime(); })
{
}

void PrivacyController::setDatabase(DocumentDatabase *org)
{
    if (m_org)
        disconnect(m_org, nullptr, this, nullptr);
    m_org = org;
    // Receipts arrive by sync from other coordinators' devices too.
    if (m_org)
        connect(m_org, &DocumentDatabase::documentsChanged, this, [this] { ++m_revision; emit changed(); });
    ++m_revision;
    emit changed();
}

QVariantMap PrivacyController::preview(const QString &code) const
{
    const auto answer = [](bool ok, const QString &message, int contacts = 0, int visits = 0, int named = 0) {
        return QVariantMap { { QStringLiteral("ok"), ok }, { QStringLiteral("message"), message },
                             { QStringLiteral("contacts"), contacts }, { QStringLiteral("visits"), visits },
                             { QStringLiteral("named"), named } };
    };
    if (!m_org)
        return answer(false, tr("This device is not part of an organisation yet."));
    const QString person = code.trimmed();
    if (person.isEmpty())
        return answer(false, tr("Type the person's code, as it is written in the logs."));
    const Result<QList<IndexRow>> rows = m_org->indexRows(DomainIndexer::byPerson, person);
    if (!rows.ok())
        return answer(false, tr("The logs could not be read: %1").arg(rows.error().reason));
    int contacts = 0;
    int visits = 0;
    int named = 0;
    for (const IndexRow &row : rows.value()) {
        const Result<QJsonObject> doc = m_org->get(row.docId);
        if (!doc.ok())
            continue;
        const QString type = doc.value().value(QLatin1String("type")).toString();
        contacts += type == QLatin1String("contact") ? 1 : 0;
        visits += type == QLatin1String("visit") ? 1 : 0;
        named += type == QLatin1String("contact") && !doc.value().value(QLatin1String("name")).toString().isEmpty() ? 1 : 0;
    }
    if (contacts + visits == 0)
        return answer(false, tr("No contact or visit carries this code on this device. Check the code, or sync first."));
    return answer(true, {}, contacts, visits, named);
}

QVariantMap PrivacyController::carryOut(const QString &action, const QString &code)
{
    const auto answer = [this](bool ok, const QString &message) {
        ++m_revision;
        emit changed();
        return QVariantMap { { QStringLiteral("ok"), ok }, { QStringLiteral("message"), message } };
    };
    const QVariantMap found = preview(code);
    if (!found.value(QStringLiteral("ok")).toBool())
        return answer(false, found.value(QStringLiteral("message")).toString());
    if (action == QLatin1String("erase-person")) {
        const Result<PersonErasure::Summary> erased = PersonErasure::erase(*m_org, code.trimmed(), m_clock().date());
        if (!erased.ok())
            return answer(false, tr("Nothing was erased: %1").arg(erased.error().reason));
        // Nothing of the old revisions may stay in free pages of the file.
        (void)m_org->compact();
        if (const QString problem = saveReceipt(action, erased.value().documents, erased.value().conflictsRemoved); !problem.isEmpty())
            return answer(false, problem);
        return answer(true, tr("Erased from %n log(s). Every device erases its copies at its next sync. A receipt is kept.", "",
                               erased.value().documents));
    }
    if (action == QLatin1String("withdraw-consent")) {
        const Result<int> changedContacts = FieldLog(*m_org, m_directory).withdrawConsent(code.trimmed());
        if (!changedContacts.ok())
            return answer(false, tr("Nothing was changed: %1").arg(changedContacts.error().reason));
        if (const QString problem = saveReceipt(action, changedContacts.value(), 0); !problem.isEmpty())
            return answer(false, problem);
        return answer(true, tr("The name is erased from %n contact(s); the contacts stay. A receipt is kept.", "",
                               changedContacts.value()));
    }
    return answer(false, tr("Unknown request."));
}

QString PrivacyController::saveReceipt(const QString &action, int documents, int conflictsRemoved)
{
    const QDateTime now = m_clock();
    const QJsonObject receipt { { QStringLiteral("_id"), QStringLiteral("receipt:%1:%2").arg(now.toUTC().toString(Qt::ISODate),
                                                                                           QUuid::createUuid().toString(QUuid::Id128).left(8)) },
                                { QStringLiteral("type"), QStringLiteral("receipt") },
                                { QStringLiteral("action"), action },
                                { QStringLiteral("date"), now.date().toString(Qt::ISODate) },
                                { QStringLiteral("at"), now.toUTC().toString(Qt::ISODate) },
                                { QStringLiteral("by"), m_actor.isEmpty() ? QStringLiteral("this device") : m_actor.left(100) },
                                { QStringLiteral("documents"), documents },
                                { QStringLiteral("conflictsRemoved"), conflictsRemoved } };
    const Result<QString> saved = TypedStore(*m_org).save(receipt);
    return saved.ok() ? QString() : tr("Done, but the receipt was not saved: %1").arg(saved.error().reason);
}

QVariantList PrivacyController::receipts(int) const
{
    QVariantList list;
    if (!m_org)
        return list;
    const Result<QStringList> ids = m_org->queryIndex(QStringLiteral("by-type"), QStringLiteral("receipt"), QStringLiteral("receipt"));
    QList<QJsonObject> docs;
    for (const QString &id : ids.ok() ? ids.value() : QStringList()) {
        if (const Result<QJsonObject> doc = m_org->get(id); doc.ok())
            docs.append(doc.value());
    }
    std::sort(docs.begin(), docs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("at")).toString() > b.value(QLatin1String("at")).toString();
    });
    const QLocale locale = UiLanguage::locale(m_language);
    for (const QJsonObject &doc : std::as_const(docs)) {
        const QDateTime at = QDateTime::fromString(doc.value(QLatin1String("at")).toString(), Qt::ISODate).toLocalTime();
        list.append(QVariantMap { { QStringLiteral("action"), doc.value(QLatin1String("action")).toString() },
                                  { QStringLiteral("when"), locale.toString(at, QLocale::LongFormat) },
                                  { QStringLiteral("by"), doc.value(QLatin1String("by")).toString() },
                                  { QStringLiteral("documents"), doc.value(QLatin1String("documents")).toInt() } });
    }
    return list;
}
