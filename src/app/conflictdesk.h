#pragma once

#include "conflictfieldmodel.h"
#include "revisionconflicts.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class DocumentDatabase;

// The coordinator's desk for versions made on two devices at once (RevisionConflicts): which
// documents of the initiative the detail page shows are in conflict, and, opened, the first of
// them field by field (`fields`) with a choice per field. Saving writes the chosen values as
// the one version and deletes the others in one transaction, so after sync every device holds
// that one. Only coordinators and editors resolve (`canResolve`); translations have a document
// per language and so conflict only when one language was edited twice.
class ConflictDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // The initiative the detail page shows; `documents` follows it and the directory.
    Q_PROPERTY(QString initiativeId READ initiativeId WRITE setInitiativeId NOTIFY documentsChanged)
    // Its documents with more than one version (the initiative, activities, translations).
    Q_PROPERTY(QStringList documents READ documents NOTIFY documentsChanged)
    Q_PROPERTY(bool canResolve READ canResolve NOTIFY canResolveChanged)
    // The opened document: its id, what it is in words, how many versions, the differing fields.
    Q_PROPERTY(QString documentId READ documentId NOTIFY viewChanged)
    Q_PROPERTY(QString documentTitle READ documentTitle NOTIFY viewChanged)
    Q_PROPERTY(int versionCount READ versionCount NOTIFY viewChanged)
    // The fields every version holds alike, as a list in words ("" when none).
    Q_PROPERTY(QString unchanged READ unchanged NOTIFY viewChanged)
    Q_PROPERTY(ConflictFieldModel *fields READ fields CONSTANT)
    // Why the last save did not go through, in words ("" after a good one).
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    // What the last save did, for the detail page ("" when there is nothing to confirm).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    explicit ConflictDesk(DocumentDatabase *directory, QObject *parent = nullptr);

    [[nodiscard]] QString initiativeId() const { return m_initiativeId; }
    void setInitiativeId(const QString &id);
    [[nodiscard]] const QStringList &documents() const { return m_documents; }
    [[nodiscard]] bool canResolve() const { return m_canResolve; }
    [[nodiscard]] QString documentId() const { return m_view.id; }
    [[nodiscard]] QString documentTitle() const;
    [[nodiscard]] int versionCount() const { return int(m_view.versions.size()); }
    [[nodiscard]] QString unchanged() const;
    [[nodiscard]] ConflictFieldModel *fields() const { return m_fields; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString notice() const { return m_notice; }

    // Coordinators and editors resolve; the device's roles from its enrolment.
    void setRoles(const QStringList &roles);
    // The UI language changed: every text is read again.
    void retranslate();

    // Reads the versions of the first conflicted document (again), every choice reset.
    Q_INVOKABLE void open();
    // Saves the chosen fields as the one version and deletes the others; true when done. On a
    // refusal `problem` says why; when the versions changed meanwhile they are read again.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void clearNotice();

signals:
    void documentsChanged();
    void canResolveChanged();
    void viewChanged();
    void problemChanged();
    void noticeChanged();

private:
    DocumentDatabase *m_directory;
    ConflictFieldModel *m_fields;
    QString m_initiativeId;
    QStringList m_documents;
    bool m_canResolve = false;
    ConflictView m_view;
    QString m_problem;
    QString m_notice;

    void refresh();
    void setProblem(const QString &problem);
};
