#include "initiativeform.h"

#include "directoryedittext.h"
#include "typedinput.h"

#include <algorithm>
#include <iterator>

InitiativeForm::InitiativeForm(QObject *parent) : QObject(parent) { }

void InitiativeForm::setDraft(const InitiativeDraft &draft, const QString &textLanguage)
{
    m_draft = draft;
    m_textLanguage = textLanguage;
    m_latitude = draft.hasPosition ? QString::number(draft.latitude, 'f', 6) : QString();
    m_longitude = draft.hasPosition ? QString::number(draft.longitude, 'f', 6) : QString();
    m_problems.clear();
    emit loaded();
    emit changed();
    emit textsChanged();
    emit problemsChanged();
}

InitiativeDraft InitiativeForm::draft(QList<DirectoryEdit::FieldProblem> &typed) const
{
    InitiativeDraft draft = m_draft;
    // A language opened but left without any text is no translation to write.
    for (auto it = draft.texts.begin(); it != draft.texts.end();) {
        const InitiativeText &t = it.value();
        const bool empty = t.name.trimmed().isEmpty() && t.summary.trimmed().isEmpty() && t.description.trimmed().isEmpty()
                && t.openingNotes.trimmed().isEmpty();
        it = empty && t.rev.isEmpty() ? draft.texts.erase(it) : std::next(it);
    }
    draft.hasPosition = false;
    if (!m_latitude.trimmed().isEmpty() || !m_longitude.trimmed().isEmpty()) {
        const std::optional<double> lat = TypedInput::degrees(m_latitude);
        const std::optional<double> lon = TypedInput::degrees(m_longitude);
        if (lat && lon) {
            draft.hasPosition = true;
            draft.latitude = *lat;
            draft.longitude = *lon;
        } else {
            typed.append({ QStringLiteral("position"), DirectoryEdit::Problem::PositionInvalid });
        }
    }
    return draft;
}

void InitiativeForm::setProblems(const QList<DirectoryEdit::FieldProblem> &problems)
{
    m_problems = problems;
    // "No name in any language" and "this language's texts need a name" say one thing: keep
    // the one at the field.
    const bool namedAtField = std::any_of(problems.cbegin(), problems.cend(), [](const DirectoryEdit::FieldProblem &p) {
        return p.problem == DirectoryEdit::Problem::NameMissing && p.field.endsWith(QLatin1String(".name"));
    });
    if (namedAtField)
        m_problems.removeIf([](const DirectoryEdit::FieldProblem &p) { return p.field == QLatin1String("texts"); });
    emit problemsChanged();
    emit textsChanged(); // textStates marks languages with a problem
}

void InitiativeForm::setTextLanguage(const QString &language)
{
    if (language == m_textLanguage || language.isEmpty())
        return;
    m_textLanguage = language;
    emit textsChanged();
}

QString InitiativeForm::status() const
{
    // A language not written yet starts as setText() will store it.
    const auto it = m_draft.texts.constFind(m_textLanguage);
    if (it != m_draft.texts.cend())
        return it->status;
    return m_draft.texts.isEmpty() ? QStringLiteral("original") : QStringLiteral("human");
}

void InitiativeForm::setText(QString InitiativeText::*member, const QString &value)
{
    auto it = m_draft.texts.find(m_textLanguage);
    if (it == m_draft.texts.end()) {
        if (value.isEmpty())
            return;
        InitiativeText text;
        // A second language of a new initiative is a translation by the person typing it.
        if (!m_draft.texts.isEmpty())
            text.status = QStringLiteral("human");
        it = m_draft.texts.insert(m_textLanguage, text);
    }
    if (it.value().*member == value)
        return;
    it.value().*member = value;
    emit textsChanged();
}

QVariantList InitiativeForm::textStates() const
{
    QVariantList states;
    for (auto it = m_draft.texts.cbegin(); it != m_draft.texts.cend(); ++it) {
        const QString prefix = QStringLiteral("texts.") + it.key();
        const bool hasProblem = std::any_of(m_problems.cbegin(), m_problems.cend(), [&prefix](const DirectoryEdit::FieldProblem &p) {
            return p.field == prefix || p.field.startsWith(prefix + u'.');
        });
        states.append(QVariantMap { { QStringLiteral("code"), it.key() },
                                    { QStringLiteral("status"), it.value().status },
                                    { QStringLiteral("named"), !it.value().name.trimmed().isEmpty() },
                                    { QStringLiteral("hasProblem"), hasProblem } });
    }
    return states;
}

QVariantMap InitiativeForm::problems() const
{
    QVariantMap map;
    for (const DirectoryEdit::FieldProblem &p : m_problems) {
        const QString key = p.field.isEmpty() ? QStringLiteral("form") : p.field;
        if (!map.contains(key)) // the first problem of a field is the one to fix first
            map.insert(key, DirectoryEditText::message(p.problem));
    }
    return map;
}

void InitiativeForm::setPosition(double latitude, double longitude)
{
    set(m_latitude, QString::number(latitude, 'f', 6));
    set(m_longitude, QString::number(longitude, 'f', 6));
}

void InitiativeForm::clearPosition()
{
    set(m_latitude, QString());
    set(m_longitude, QString());
}
