#pragma once

#include <QList>
#include <QString>

// Why an edit of the directory (an initiative, its texts or an activity) was refused, as a code
// per field: the UI and buurtbrug-admin turn a code into translated text in one place
// (DirectoryEditText), never by reading English messages. A refused edit stores nothing.
namespace DirectoryEdit {
enum class Problem {
    NameMissing,                // no name in any language
    TextTooLong,                // name > 200, summary > 300, description > 20 000, opening notes > 1000
    TextHasBidiControl,         // bidi embeddings/overrides that would let a name read differently
    LanguageUnknown,            // a language code the directory does not know
    StatusUnknown,              // a translation status other than original, human, needs-review
    ThemeUnknown,               // a theme code the directory does not know
    TooManyItems,               // a list longer than the directory holds (50)
    SlugInvalid,                // not [a-z0-9][a-z0-9-]*, at most 100
    SlugTaken,                  // a new initiative or activity whose id exists already
    PositionInvalid,            // not a finite latitude/longitude
    PositionOutsideNetherlands, // outside NetherlandsBounds
    PostcodeInvalid,            // not a Dutch postcode (1234 AB)
    PhoneInvalid,
    EmailInvalid,
    WebsiteInvalid,             // not an http(s) address with a host
    ScheduleInvalid,            // the schedule does not parse (field names the schedule field)
    ScheduleNeverOccurs,        // a valid schedule without a date in the coming 400 days
    NotFound,                   // the initiative or activity to edit does not exist
    StaleRevision,              // someone saved it since it was read: read again, edit again
    Retired,                    // activities of a retired initiative are not edited
};

// One refusal: the field as the document names it ("contact.phone", "texts.ar.name",
// "schedule.byDay") and its code.
struct FieldProblem
{
    QString field;
    Problem problem;
    bool operator==(const FieldProblem &other) const { return field == other.field && problem == other.problem; }
};

// The stable name of a code for JSON and scripts ("name-missing"); never changes once released.
[[nodiscard]] QString codeName(Problem problem);
}
