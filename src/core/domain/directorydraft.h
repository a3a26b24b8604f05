#pragma once

#include <QJsonObject>
#include <QMap>
#include <QStringList>

// What a coordinator edits of one initiative: its language-neutral facts (the `initiative`
// document) and its texts per language (one `translation` document each). Revisions are the
// ones read, so a save on top of someone else's newer save is refused, never lost.
struct InitiativeText
{
    QString name;
    QString summary;
    QString description;
    QString openingNotes;                        // "ring the bell at the side door"
    QString status = QStringLiteral("original"); // original | human | needs-review
    QString rev;                                 // of its translation as read; empty: a new language
};

struct InitiativeDraft
{
    QString slug;             // the id is initiative:<slug>; a new one may leave it empty (from the name)
    QString rev;              // as read; empty: a new initiative
    QString originalLanguage; // empty: the first language of texts
    QMap<QString, InitiativeText> texts; // by language code; languages not listed are left as they are
    QStringList themes;
    QString street;
    QString postcode;
    QString city;
    bool hasPosition = false;
    double latitude = 0;
    double longitude = 0;
    QStringList languagesSpoken;
    bool stepFree = false;
    bool rollator = false;
    bool quietRoom = false;
    QString phone;
    QString email;
    QString website;
    QString retired; // date it was retired; empty while it is active

    [[nodiscard]] QString id() const { return QStringLiteral("initiative:") + slug; }
};

struct ActivityText
{
    QString name;
    QString description;
};

// A recurring activity: its `activity` document, its texts in the initiative's translations.
struct ActivityDraft
{
    QString initiativeId;
    QString slug;
    QString rev; // as read; empty: a new activity
    QJsonObject schedule; // docs/DATA-MODEL.md "schedule"
    QMap<QString, ActivityText> texts; // by language; each language needs the initiative's name in it

    [[nodiscard]] QString id() const
    {
        return QStringLiteral("activity:%1:%2").arg(initiativeId.mid(initiativeId.indexOf(u':') + 1), slug);
    }
};
