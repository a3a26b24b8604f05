#pragma once

#include <QString>

// CSV as RFC 4180 writes it, for files people open in a spreadsheet.
namespace Csv {
// One field: quoted when it holds a comma, quote or line break; a field a spreadsheet would
// run as a formula (starting with = + - @, tab or CR) gets a leading ' so it stays text.
[[nodiscard]] QString field(const QString &text);
}
