#pragma once

#include "documentdatabase.h"
#include "result.h"

// A translation added or corrected in the field: one `translation:<initiative>:<lang>` doc per
// language, so a buurtmaatje fixing the Arabic text never conflicts with a host editing the
// Dutch one. Validated like every typed write; the activity texts already there are kept.
struct TranslationEdit
{
    QString initiativeId;
    QString language;
    QString name;
    QString summary;
    QString description;
    bool needsReview = false;   // "please let someone check this"
    QString authorRole = QStringLiteral("buurtmaatje");
};

namespace TranslationEditor {
// The current texts of that language, or an empty object.
[[nodiscard]] Result<QJsonObject> current(DocumentDatabase &directory, const QString &initiativeId, const QString &language);
// Saves the edit; returns the new revision or why it was refused.
[[nodiscard]] Result<QString> save(DocumentDatabase &directory, const TranslationEdit &edit);
}
