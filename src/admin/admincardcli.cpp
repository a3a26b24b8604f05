// buurtbrug-admin card ...: the command line of the Kijk op de Wijk card commands.
#include "admincli.h"

#include "cardcommands.h"
#include "stampcommands.h"
#include "cardprintcommands.h"
#include "cardprinter.h"
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
    if (sub == QLatin1String("print") || sub == QLatin1String("poster"))
        return cardPrintCommand(parser, positional, folder);
    return usage(QStringLiteral("card takes: issue --org SLUG --initiative ID..., verify PAYLOAD, print CODE... --out FILE, "
                                "poster --org SLUG --initiative ID --out FILE, stamp CODE|PAYLOAD --initiative ID, or progress CODE"));
}

int AdminCli::cardPrintCommand(const QCommandLineParser &parser, const QStringList &positional, const QString &folder)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(QStringLiteral("card %1 needs --out FILE.pdf").arg(positional.at(1)));
    if (positional.at(1) == QLatin1String("print")) {
        const std::optional<CardFormat> format = CardPrinter::parseFormat(parser.value(QStringLiteral("format")));
        if (!format)
            return usage(QStringLiteral("--format takes a6 or credit-card"));
        if (positional.size() < 3)
            return usage(QStringLiteral("card print needs at least one CODE"));
        const Result<QJsonObject> printed = CardPrintCommands::print({ folder, positional.mid(2), *format, out });
        if (!printed.ok())
            return fail(printed.error());
        print(printed.value(), QStringLiteral("wrote %1: %2 cards on %3 pages")
                                       .arg(out).arg(positional.size() - 2).arg(printed.value().value("pages").toInt()));
        return 0;
    }
    const QStringList initiatives = parser.values(QStringLiteral("initiative"));
    if (positional.size() != 2 || parser.value(QStringLiteral("org")).isEmpty() || initiatives.isEmpty())
        return usage(QStringLiteral("card poster needs --org SLUG and at least one --initiative ID"));
    const Result<QJsonObject> printed = CardPrintCommands::posters(
            { folder, parser.value(QStringLiteral("org")), initiatives, parser.value(QStringLiteral("lang")), out });
    if (!printed.ok())
        return fail(printed.error());
    print(printed.value(), QStringLiteral("wrote %1: %2 posters").arg(out).arg(printed.value().value("pages").toInt()));
    return 0;
}

bool AdminCli::needsGui(const QStringList &arguments)
{
    // Only printing draws text; every other command stays a plain QCoreApplication.
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("card")
            && (arguments.at(i + 1) == QLatin1String("print") || arguments.at(i + 1) == QLatin1String("poster")))
            return true;
    }
    return false;
}
