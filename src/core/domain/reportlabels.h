#pragma once

#include "documentdatabase.h"
#include "fieldreport.h"

// The labels of a report's groups for people: an initiative's name in the reader's language
// (with the directory's fallback chain), a language's own name ("العربية" for ar). Other groups
// (weeks, theme and chip codes) keep their code. Shared by the app and buurtbrug-admin, so
// both export the same CSV.
namespace ReportLabels {
[[nodiscard]] FieldReport::Labeller make(DocumentDatabase *directory, const QString &language);
}
