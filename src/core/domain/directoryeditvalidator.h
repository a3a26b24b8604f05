#pragma once

#include "directorydraft.h"
#include "directoryeditproblem.h"

#include <QDate>

// The directory's own rules for what a coordinator types, field by field, before anything is
// written (DocumentValidator then checks the documents as for any write). Pure functions.
namespace DirectoryEditValidator {
// The European Netherlands with a margin of a few kilometres: latitude 50.70..53.60 (Vaalserberg
// 50.75 to Rottumeroog 53.55), longitude 3.30..7.30 (Cadzand 3.36 to Bad Nieuweschans 7.23).
// The Caribbean Netherlands fall outside: no Buurtbrug neighbourhood is there. A box, so it
// also admits a strip of Belgium and Germany and the sea: it catches swapped or mistyped
// coordinates (lat/lon reversed, a sign lost, a place abroad), not a border crossing.
constexpr double minLatitude = 50.70;
constexpr double maxLatitude = 53.60;
constexpr double minLongitude = 3.30;
constexpr double maxLongitude = 7.30;
// How far ahead a schedule must have a date to count as taking place.
constexpr int occursWithinDays = 400;

[[nodiscard]] bool isInNetherlands(double latitude, double longitude);
[[nodiscard]] bool isSlug(const QString &slug);
[[nodiscard]] bool isPhone(const QString &phone);
[[nodiscard]] bool isEmail(const QString &email);
[[nodiscard]] bool isWebsite(const QString &url);
[[nodiscard]] bool isPostcode(const QString &postcode);

[[nodiscard]] QList<DirectoryEdit::FieldProblem> initiative(const InitiativeDraft &draft);
// The schedule's problems; `today` is where "never occurs" starts looking.
[[nodiscard]] QList<DirectoryEdit::FieldProblem> schedule(const QJsonObject &schedule, QDate today);
[[nodiscard]] QList<DirectoryEdit::FieldProblem> activity(const ActivityDraft &draft, QDate today);
}
