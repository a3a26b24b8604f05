// buurtbrug-admin card ...: the command line of the Kijk op de Wijk card commands.
#include "admincli.h"

#include "cardcommands.h"
#include "stampcommands.h"
#include "storeerror.h"

#include <QCommandLineParser>
#include <QFile>

namespace {
constexpr int exitFailed = 1;

QString readPayload(const QString &argument)
{
    if (argument != QLatin1String("-"))
        return argument;
    QFile input;
    return input.open(stdin, QIODevice::ReadOnly) ? QString::fromUtf8(input.read(8192)).trimmed() : QString();
}
}

int AdminCli::cardCommand(const QCommandLineParser &parser, const QStringList &positional, const QString &folder)
{
    const auto report = [this](const Result<QJsonObject> &result, const QString &text) {
        if (!result.ok())
            return fail(result.error());
        print(result.value(), text);
        return 0;
    };
    const QString sub = positional.value(1);
    if (sub == QLatin1String("issue") && positional.size() == 2) {
        const QString from = parser.value(QStringLiteral("from"));
        CardCommands::IssueRequest request { folder, parser.value(QStringLiteral("org")), parser.values(QStringLiteral("initiative")),
                                             from.isEmpty() ? QDate::currentDate() : QDate::fromString(from, Qt::ISODate),
                                             QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate),
                                             parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : QString(),
                                             parser.isSet(QStringLiteral("share-progress")) };
        if (!parser.isSet(QStringLiteral("until")))
            request.validUntil = request.validFrom.addMonths(3);
        if (request.organisation.isEmpty() || !request.validFrom.isValid() || !request.validUntil.isValid())
            return usage(QStringLiteral("card issue needs --org SLUG, and dates as YYYY-MM-DD"));
        const Result<QJsonObject> issued = CardCommands::issue(request);
        return report(issued, issued.ok() ? QStringLiteral("card %1 (valid %2 to %3)\nQR: %4")
                                                    .arg(issued.value().value("display").toString(), issued.value().value("validFrom").toString(),
                                                         issued.value().value("validUntil").toString(), issued.value().value("payload").toString())
                                          : QString());
    }
    if (sub == QLatin1String("verify") && positional.size() == 3) {
        const Result<QJsonObject> checked = CardCommands::verify(folder, readPayload(positional.at(2)), QDate::currentDate());
        if (!checked.ok())
            return fail(checked.error());
        const bool valid = checked.value().value("ok").toBool();
        const QJsonObject &answer = checked.value();
        const bool poster = answer.value("kind") == QLatin1String("poster");
        print(answer, !valid ? QStringLiteral("not valid: %1").arg(answer.value("reason").toString())
                      : poster ? QStringLiteral("valid poster of %1").arg(answer.value("poster").toObject().value("initiative").toString())
                               : QStringLiteral("valid card %1").arg(answer.value("card").toObject().value("code").toString()));
        return valid ? 0 : exitFailed;
    }
    if (sub == QLatin1String("stamp") && positional.size() == 3) {
        const QString date = parser.value(QStringLiteral("date"));
        const Result<QJsonObject> stamped = StampCommands::stamp(folder, readPayload(positional.at(2)),
                                                                 parser.values(QStringLiteral("initiative")).value(0),
                                                                 date.isEmpty() ? QDate::currentDate() : QDate::fromString(date, Qt::ISODate));
        if (!stamped.ok())
            return fail(stamped.error());
        const QJsonObject &answer = stamped.value();
        print(answer, answer.value("outcome") == QLatin1String("already_stamped")
                              ? QStringLiteral("already stamped on %1: nothing changed").arg(answer.value("date").toString())
                              : QStringLiteral("stamped: %1").arg(answer.value("stamp").toString()));
        return 0;
    }
    if (sub == QLatin1String("progress") && positional.size() == 3) {
        const Result<QJsonObject> progress = StampCommands::progress(folder, positional.at(2));
        if (!progress.ok())
            return fail(progress.error());
        const QJsonObject &answer = progress.value();
        print(answer, !answer.value("shared").toBool()
                              ? QStringLiteral("the card holder keeps their progress private")
                              : QStringLiteral("%1 of %2 places stamped%3").arg(answer.value("collected").toInt()).arg(answer.value("total").toInt())
                                        .arg(answer.value("complete").toBool() ? QStringLiteral(": complete") : QString()));
        return 0;
    }
    return usage(QStringLiteral("card takes: issue, verify PAYLOAD, stamp CODE|PAYLOAD --initiative ID, or progress CODE"));
}
