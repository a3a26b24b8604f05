#pragma once

#include "directoryeditproblem.h"

// The one place a directory edit's refusal becomes text a person reads, translated in the
// context "DirectoryEdit" (the .ts files): used by buurtbrug-admin and by the desk alike.
namespace DirectoryEditText {
[[nodiscard]] QString message(DirectoryEdit::Problem problem);
// "contact.phone: Not a phone number …", for a command line.
[[nodiscard]] QString line(const DirectoryEdit::FieldProblem &problem);
}
