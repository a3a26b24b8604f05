#include "translationeditor.h"

#include "typedstore.h"

namespace {
QString translationId(const QString &initiativeId, const QString &language)
{
    return QStringLiteral("translation:%1:%2").arg(initiativeId.mid(initiativeId.indexOf(QLatin1Char(':')) + 1), language);
}
}

Result<QJsonObject> TranslationEditor::current(DocumentDatabase &directory, const QString &initiativeId,
                                               const QString &language)
{
    Result<QJsonObject> doc = directory.get(translationId(initiativeId, language));
    if (!doc.ok() && doc.error().code == StoreError::Code::NotFound)
        return QJsonObject {};
    return doc;
}

Result<QString> TranslationEditor::save(DocumentDatabase &directory, const TranslationEdit &edit)
{
    Result<QJsonObject> initiative = directory.get(edit.initiativeId);
    if (!initiative.ok())
        return initiative.error();
    Result<QJsonObject> existing = current(directory, edit.initiativeId, edit.language);
    if (!existing.ok())
        return existing.error();
    QJsonObject doc = existing.value();
    const bool original = edit.language == initiative.value().value(QLatin1String("originalLanguage")).toString();
    doc.insert(QStringLiteral("_id"), translationId(edit.initiativeId, edit.language));
    doc.insert(QStringLiteral("type"), QStringLiteral("translation"));
    doc.insert(QStringLiteral("initiative"), edit.initiativeId);
    doc.insert(QStringLiteral("language"), edit.language);
    doc.insert(QStringLiteral("name"), edit.name.trimmed());
    const auto setOptional = [&doc](const char *field, const QString &value) {
        if (value.trimmed().isEmpty())
            doc.remove(QLatin1String(field));
        else
            doc.insert(QLatin1String(field), value.trimmed());
    };
    setOptional("summary", edit.summary);
    setOptional("description", edit.description);
    doc.insert(QStringLiteral("status"), edit.needsReview ? QStringLiteral("needs-review")
                                         : original      ? QStringLiteral("original")
                                                         : QStringLiteral("human"));
    doc.insert(QStringLiteral("authorRole"), edit.authorRole);
    return TypedStore(directory).save(doc);
}
