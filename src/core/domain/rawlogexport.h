#pragma once

#include "documentdatabase.h"
#include "result.h"

#include <QDate>

// An organisation's field logs themselves, one CSV row per log, for a coordinator who needs
// more than the report's tables. Nothing about a person leaves: no code, name, consent or
// participant, and a contact keeps only its date, channel, language and referral (its needs,
// topics and place could single a resident out). Tallies are anonymous by design and keep
// their chips. Columns: see header().
namespace RawLogExport {
[[nodiscard]] QString header();
[[nodiscard]] Result<QByteArray> toCsv(DocumentDatabase &org, const QDate &from, const QDate &to);
}
