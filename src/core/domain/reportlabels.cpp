#include "reportlabels.h"

#include "directoryrepository.h"

#include <QHash>
#include "directoryterms.h"

#include <QLocale>

FieldReport::Labeller ReportLabels::make(DocumentDatabase *directory, const QString &language)
{
    auto names = std::make_shared<QHash<QString, QString>>();
    if (directory) {
        Result<QList<InitiativeInfo>> initiatives = DirectoryRepository(*directory).initiatives(language);
        if (initiatives.ok()) {
            for (const InitiativeInfo &info : initiatives.value())
                names->insert(info.id, info.name.text);
        }
    }
    return [names](const QString &table, const QString &group) {
        if (table == QLatin1String("initiative"))
            return names->value(group, group);
        if (table == QLatin1String("language")) {
            return DirectoryTerms::nativeLanguageName(group);
        }
        return group;
    };
}
