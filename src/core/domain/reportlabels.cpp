#include "reportlabels.h"

#include "directoryrepository.h"

#include <QHash>
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
            if (group == QLatin1String("en"))
                return QStringLiteral("English"); // Qt names it "American English"
            const QLocale locale(group);
            const QString own = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
            return own.isEmpty() ? group : own;
        }
        return group;
    };
}
