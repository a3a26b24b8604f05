#include "conflictdesk.h"

#include "conflictfieldtext.h"
#include "directoryterms.h"
#include "documentdatabase.h"

ConflictDesk::ConflictDesk(DocumentDatabase *directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_fields(new ConflictFieldModel(this))
{
    if (m_directory)
        connect(m_directory, &DocumentDatabase::documentsChanged, this, &ConflictDesk::refresh);
}

void ConflictDesk::setInitiativeId(const QString &id)
{
    if (id == m_initiativeId)
        return;
    m_initiativeId = id;
    m_view = {};
    m_fields->setView(m_view);
    setProblem({});
    emit viewChanged();
    refresh();
    emit documentsChanged(); // the id itself is part of this signal
}

void ConflictDesk::setRoles(const QStringList &roles)
{
    const bool can
        = roles.contains(QStringLiteral("coordinator")) || roles.contains(QStringLiteral("editor"));
    if (can == m_canResolve)
        return;
    m_canResolve = can;
    emit canResolveChanged();
    refresh();
}

void ConflictDesk::retranslate()
{
    m_fields->retranslate();
    emit viewChanged();
}

// A directory change (a local save, a pulled batch) may add or end a conflict of this initiative.
void ConflictDesk::refresh()
{
    QStringList documents;
    if (m_directory && m_canResolve && !m_initiativeId.isEmpty()) {
        Result<QStringList> conflicted
            = RevisionConflicts::conflictedOf(*m_directory, m_initiativeId);
        if (conflicted.ok())
            documents = conflicted.value();
    }
    if (documents == m_documents)
        return;
    m_documents = documents;
    emit documentsChanged();
}

QString ConflictDesk::documentTitle() const
{
    const QString id = m_view.id;
    if (id.startsWith(u"activity:"))
        return tr("Activity %1").arg(id.section(u':', 2));
    if (id.startsWith(u"translation:"))
        return tr("The texts in %1").arg(DirectoryTerms::languageDisplay(id.section(u':', 2)));
    if (id.isEmpty())
        return {};
    return tr("The initiative's facts");
}

QString ConflictDesk::unchanged() const
{
    QStringList labels;
    for (const QString &field : m_view.same) {
        if (field != u"type")
            labels.append(ConflictFieldText::label(field));
    }
    return labels.join(tr(", ", "between the items of a list"));
}

void ConflictDesk::open()
{
    m_view = {};
    if (m_directory && !m_documents.isEmpty()) {
        Result<ConflictView> view = RevisionConflicts::of(*m_directory, m_documents.first());
        if (view.ok())
            m_view = view.value();
        else
            setProblem(tr("The versions could not be read from this device's storage."));
    }
    m_fields->setView(m_view);
    emit viewChanged();
}

bool ConflictDesk::save()
{
    if (!m_directory || !m_canResolve || !m_view.inConflict())
        return false;
    const QJsonObject body = RevisionConflicts::merged(m_view, m_fields->choices());
    Result<QString> saved = RevisionConflicts::resolve(*m_directory, m_view, body);
    if (!saved.ok()) {
        switch (saved.error().code) {
        case StoreError::Code::Conflict:
            setProblem(tr("New changes arrived while you were choosing. The versions are shown "
                          "again: please choose once more."));
            refresh();
            open();
            break;
        case StoreError::Code::ValidationFailed:
            setProblem(tr("These choices do not fit together and were not saved. Choose "
                          "differently, or keep one version whole."));
            break;
        default:
            setProblem(
                tr("Saving did not work: this device's storage refused it. Nothing was changed."));
            break;
        }
        return false;
    }
    setProblem({});
    m_notice = tr("Saved. The other version is removed on every device at the next sync.");
    emit noticeChanged();
    refresh();
    open(); // the next conflicted document of this initiative, if there is one
    return true;
}

void ConflictDesk::clearNotice()
{
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    emit noticeChanged();
}

void ConflictDesk::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}
