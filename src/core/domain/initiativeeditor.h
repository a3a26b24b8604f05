#pragma once

#include "directorydraft.h"
#include "directoryeditproblem.h"
#include "documentdatabase.h"
#include "result.h"

#include <QDate>

// What became of an edit: refused field by field (nothing stored), refused by the store
// (nothing stored), or saved with the revision of the edited document.
struct EditOutcome
{
    QList<DirectoryEdit::FieldProblem> problems;
    StoreError error;
    QString id;
    QString rev;

    [[nodiscard]] bool ok() const { return problems.isEmpty() && error.ok(); }
};

// Adds, edits and retires initiatives and their activities in the directory database. Every
// save is checked by DirectoryEditValidator and then DocumentValidator, and written as normal
// revisions in one transaction (so edits replicate like any document); a refused edit writes
// nothing. Fields of the documents this editor does not know (stampRadiusMetres, a
// translator's activity texts) are kept. Retiring keeps the initiative and its texts, marks it
// `retired` (lists leave it out) and deletes its activities, so no "today" shows them.
class InitiativeEditor
{
public:
    explicit InitiativeEditor(DocumentDatabase &directory, QDate today = QDate::currentDate())
        : m_db(directory), m_today(today) { }

    [[nodiscard]] Result<InitiativeDraft> load(const QString &initiativeId);
    // A new initiative when draft.rev is empty (SlugTaken when its id exists), else an edit.
    // A new one without a slug gets slugFor() its name in the original language (else the first
    // other that gives one); originalLanguage defaults to nl
    // when there is a Dutch text, else the first language of texts.
    [[nodiscard]] EditOutcome save(InitiativeDraft draft);
    [[nodiscard]] EditOutcome retire(const QString &initiativeId, const QString &rev);

    [[nodiscard]] Result<QList<ActivityDraft>> activities(const QString &initiativeId);
    [[nodiscard]] Result<ActivityDraft> loadActivity(const QString &activityId);
    [[nodiscard]] EditOutcome saveActivity(const ActivityDraft &draft);
    [[nodiscard]] EditOutcome removeActivity(const QString &activityId, const QString &rev);

    // The schedule's next `count` dates from `from` on (at most 50, within 400 days): the
    // editor's preview. Empty for a schedule that does not parse or never occurs.
    [[nodiscard]] static QList<QDate> nextDates(const QJsonObject &schedule, QDate from, int count = 5);
    // A slug made from a name: lowercase ASCII letters and digits, dashes between words.
    [[nodiscard]] static QString slugFor(const QString &name);

private:
    DocumentDatabase &m_db;
    QDate m_today;

    [[nodiscard]] EditOutcome write(const QList<QJsonObject> &docs, const QString &id);
};
