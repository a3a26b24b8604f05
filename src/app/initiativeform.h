#pragma once

#include "directorydraft.h"
#include "directoryeditproblem.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// One initiative as the desk's form holds it while a coordinator types: every field as typed
// (coordinates as text, so "51,91x" is kept and flagged rather than lost), the texts of every
// language (the form shows one language at a time: textLanguage), and the refusals of the last
// save as translated messages by field ("contact.phone", "texts.ar.name", "position").
// Invariant: nothing typed is dropped until setDraft() replaces the whole form.
class InitiativeForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Held by DirectoryEditorController")
    Q_PROPERTY(QString initiativeId READ initiativeId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString slug READ slug WRITE setSlug NOTIFY changed)
    // The texts below are this language's; switching shows another language's texts.
    Q_PROPERTY(QString textLanguage READ textLanguage WRITE setTextLanguage NOTIFY textsChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY textsChanged)
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY textsChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY textsChanged)
    Q_PROPERTY(QString openingNotes READ openingNotes WRITE setOpeningNotes NOTIFY textsChanged)
    // original | human | needs-review
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY textsChanged)
    // Each language with a name or any text: {code, status, named, hasProblem}.
    Q_PROPERTY(QVariantList textStates READ textStates NOTIFY textsChanged)
    Q_PROPERTY(QStringList themes READ themes WRITE setThemes NOTIFY changed)
    Q_PROPERTY(QStringList languagesSpoken READ languagesSpoken WRITE setLanguagesSpoken NOTIFY changed)
    Q_PROPERTY(QString street READ street WRITE setStreet NOTIFY changed)
    Q_PROPERTY(QString postcode READ postcode WRITE setPostcode NOTIFY changed)
    Q_PROPERTY(QString city READ city WRITE setCity NOTIFY changed)
    Q_PROPERTY(QString latitude READ latitude WRITE setLatitude NOTIFY changed)
    Q_PROPERTY(QString longitude READ longitude WRITE setLongitude NOTIFY changed)
    Q_PROPERTY(bool stepFree READ stepFree WRITE setStepFree NOTIFY changed)
    Q_PROPERTY(bool rollator READ rollator WRITE setRollator NOTIFY changed)
    Q_PROPERTY(bool quietRoom READ quietRoom WRITE setQuietRoom NOTIFY changed)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY changed)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY changed)
    Q_PROPERTY(QString website READ website WRITE setWebsite NOTIFY changed)
    // Field → translated message, from the last save (or a typed coordinate that is no number).
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY problemsChanged)

public:
    explicit InitiativeForm(QObject *parent = nullptr);

    // Replaces the whole form (after loading or saving); problems are cleared.
    void setDraft(const InitiativeDraft &draft, const QString &textLanguage);
    // What was typed as a draft for InitiativeEditor; problems of typed input the draft cannot
    // hold (coordinates that are no numbers) go into `typed`.
    [[nodiscard]] InitiativeDraft draft(QList<DirectoryEdit::FieldProblem> &typed) const;
    void setProblems(const QList<DirectoryEdit::FieldProblem> &problems);
    // Messages again in the UI language after a switch.
    void retranslate() { emit problemsChanged(); }

    [[nodiscard]] QString initiativeId() const { return m_draft.rev.isEmpty() ? QString() : m_draft.id(); }
    [[nodiscard]] bool isNew() const { return m_draft.rev.isEmpty(); }
    [[nodiscard]] const InitiativeDraft &loadedDraft() const { return m_draft; }
    [[nodiscard]] QString slug() const { return m_draft.slug; }
    void setSlug(const QString &v) { set(m_draft.slug, v.trimmed()); }
    [[nodiscard]] QString textLanguage() const { return m_textLanguage; }
    void setTextLanguage(const QString &language);
    [[nodiscard]] QString name() const { return m_draft.texts.value(m_textLanguage).name; }
    void setName(const QString &v) { setText(&InitiativeText::name, v); }
    [[nodiscard]] QString summary() const { return m_draft.texts.value(m_textLanguage).summary; }
    void setSummary(const QString &v) { setText(&InitiativeText::summary, v); }
    [[nodiscard]] QString description() const { return m_draft.texts.value(m_textLanguage).description; }
    void setDescription(const QString &v) { setText(&InitiativeText::description, v); }
    [[nodiscard]] QString openingNotes() const { return m_draft.texts.value(m_textLanguage).openingNotes; }
    void setOpeningNotes(const QString &v) { setText(&InitiativeText::openingNotes, v); }
    [[nodiscard]] QString status() const;
    void setStatus(const QString &v) { setText(&InitiativeText::status, v); }
    [[nodiscard]] QVariantList textStates() const;
    [[nodiscard]] QStringList themes() const { return m_draft.themes; }
    void setThemes(const QStringList &v) { set(m_draft.themes, v); }
    [[nodiscard]] QStringList languagesSpoken() const { return m_draft.languagesSpoken; }
    void setLanguagesSpoken(const QStringList &v) { set(m_draft.languagesSpoken, v); }
    [[nodiscard]] QString street() const { return m_draft.street; }
    void setStreet(const QString &v) { set(m_draft.street, v); }
    [[nodiscard]] QString postcode() const { return m_draft.postcode; }
    void setPostcode(const QString &v) { set(m_draft.postcode, v); }
    [[nodiscard]] QString city() const { return m_draft.city; }
    void setCity(const QString &v) { set(m_draft.city, v); }
    [[nodiscard]] QString latitude() const { return m_latitude; }
    void setLatitude(const QString &v) { set(m_latitude, v); }
    [[nodiscard]] QString longitude() const { return m_longitude; }
    void setLongitude(const QString &v) { set(m_longitude, v); }
    [[nodiscard]] bool stepFree() const { return m_draft.stepFree; }
    void setStepFree(bool v) { set(m_draft.stepFree, v); }
    [[nodiscard]] bool rollator() const { return m_draft.rollator; }
    void setRollator(bool v) { set(m_draft.rollator, v); }
    [[nodiscard]] bool quietRoom() const { return m_draft.quietRoom; }
    void setQuietRoom(bool v) { set(m_draft.quietRoom, v); }
    [[nodiscard]] QString phone() const { return m_draft.phone; }
    void setPhone(const QString &v) { set(m_draft.phone, v); }
    [[nodiscard]] QString email() const { return m_draft.email; }
    void setEmail(const QString &v) { set(m_draft.email, v); }
    [[nodiscard]] QString website() const { return m_draft.website; }
    void setWebsite(const QString &v) { set(m_draft.website, v); }
    [[nodiscard]] QVariantMap problems() const;
    [[nodiscard]] int problemCount() const { return int(m_problems.size()); }

    // A position found for the form (the phone's fix, a geocoded address), as typed text.
    Q_INVOKABLE void setPosition(double latitude, double longitude);
    // Clears the position: both coordinates empty.
    Q_INVOKABLE void clearPosition();

signals:
    void loaded();
    void changed();
    void textsChanged();
    void problemsChanged();

private:
    InitiativeDraft m_draft; // the facts and texts as typed; rev and slug as read
    QString m_textLanguage = QStringLiteral("nl");
    QString m_latitude;
    QString m_longitude;
    QList<DirectoryEdit::FieldProblem> m_problems;

    template<typename T>
    void set(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        emit changed();
    }
    void setText(QString InitiativeText::*member, const QString &value);
};
