// buurtbrug-admin initiative ... and activity ...: the directory editor of the desk
// (InitiativeEditor) for scripts, with the same validation and the same messages.
#include "admincli.h"

#include "cardfacts.h"
#include "databasefolder.h"
#include "directoryedittext.h"
#include "directoryrepository.h"
#include "domainindexer.h"
#include "initiativeeditor.h"
#include "storeerror.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
constexpr int exitFailed = 1;

// "nl=Sirenelunch" → ("nl", "Sirenelunch"); false without a language.
bool languageValue(const QString &option, QString &language, QString &text)
{
    const qsizetype eq = option.indexOf(u'=');
    if (eq <= 0)
        return false;
    language = option.left(eq);
    text = option.mid(eq + 1);
    return true;
}

QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &value : parser.values(name))
        values.append(value.split(u',', Qt::SkipEmptyParts));
    return values;
}

QJsonArray datesJson(const QList<QDate> &dates)
{
    QJsonArray array;
    for (const QDate &date : dates)
        array.append(date.toString(Qt::ISODate));
    return array;
}
}

int AdminCli::directoryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QStringList valued { "data", "slug", "name", "summary", "description", "opening", "status", "theme", "street", "postcode",
                               "city", "lat", "lon", "speaks", "phone", "email", "website", "schedule", "lang", "from" };
    for (const QString &name : valued)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("VALUE")));
    for (const char *flag : { "json", "step-free", "rollator", "quiet-room", "no-step-free", "no-rollator", "no-quiet-room",
                              "no-position", "include-retired" })
        parser.addOption(QCommandLineOption(QString::fromLatin1(flag), QString::fromLatin1(flag)));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    m_json = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    const QString sub = positional.value(1);
    if (!parser.isSet(QStringLiteral("data")))
        return usage(QStringLiteral("%1 needs --data DIR").arg(kind));
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(parser.value(QStringLiteral("data")), false); !error.ok())
        return fail(error);
    Result<DocumentDatabase *> db = folder.database(QStringLiteral("directory"));
    if (!db.ok())
        return fail(db.error());
    const QDate today = parser.isSet(QStringLiteral("from")) ? QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate)
                                                             : QDate::currentDate();
    if (!today.isValid())
        return usage(QStringLiteral("--from takes a date YYYY-MM-DD"));
    InitiativeEditor editor(*db.value(), today);

    // A refused edit: each field with its code and message; nothing was stored.
    const auto outcome = [this](const EditOutcome &result, const QJsonObject &extra, const QString &text) {
        if (!result.error.ok())
            return fail(result.error);
        if (!result.problems.isEmpty()) {
            QJsonArray problems;
            for (const DirectoryEdit::FieldProblem &p : result.problems) {
                problems.append(QJsonObject { { "field", p.field }, { "code", DirectoryEdit::codeName(p.problem) },
                                              { "message", DirectoryEditText::message(p.problem) } });
                m_err << "buurtbrug-admin: " << DirectoryEditText::line(p) << "\n";
            }
            if (m_json)
                m_out << QJsonDocument(QJsonObject { { "error", "validation_failed" }, { "problems", problems } }).toJson(QJsonDocument::Compact)
                      << "\n";
            m_out.flush();
            m_err.flush();
            return exitFailed;
        }
        QJsonObject json { { "ok", true }, { "id", result.id }, { "rev", result.rev } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        print(json, text.arg(result.id));
        return 0;
    };
    // Per-language options (--name nl=Sirenelunch) into texts; false on a value without "L=".
    const auto applyTexts = [&parser](auto &texts, const QString &option, auto setter) {
        for (const QString &value : parser.values(option)) {
            QString language, text;
            if (!languageValue(value, language, text))
                return false;
            setter(texts[language], text);
        }
        return true;
    };

    if (kind == QLatin1String("initiative") && (sub == QLatin1String("add") || sub == QLatin1String("edit"))) {
        const bool adding = sub == QLatin1String("add");
        if (adding != (positional.size() == 2) || positional.size() > 3)
            return usage(adding ? QStringLiteral("initiative add takes no id (use --slug)") : QStringLiteral("initiative edit needs an ID"));
        InitiativeDraft draft;
        if (!adding) {
            Result<InitiativeDraft> loaded = editor.load(InitiativeRef::id(positional.at(2)));
            if (!loaded.ok())
                return fail(loaded.error());
            draft = loaded.value();
        } else {
            draft.slug = parser.value(QStringLiteral("slug"));
        }
        const bool textsOk = applyTexts(draft.texts, QStringLiteral("name"), [](InitiativeText &t, const QString &v) { t.name = v; })
                && applyTexts(draft.texts, QStringLiteral("summary"), [](InitiativeText &t, const QString &v) { t.summary = v; })
                && applyTexts(draft.texts, QStringLiteral("description"), [](InitiativeText &t, const QString &v) { t.description = v; })
                && applyTexts(draft.texts, QStringLiteral("opening"), [](InitiativeText &t, const QString &v) { t.openingNotes = v; })
                && applyTexts(draft.texts, QStringLiteral("status"), [](InitiativeText &t, const QString &v) { t.status = v; });
        if (!textsOk)
            return usage(QStringLiteral("--name, --summary, --description, --opening and --status take LANG=TEXT, e.g. --name nl=Sirenelunch"));
        const auto set = [&parser](const char *option, QString &field) {
            if (parser.isSet(QString::fromLatin1(option)))
                field = parser.value(QString::fromLatin1(option));
        };
        if (parser.isSet(QStringLiteral("theme")))
            draft.themes = listValues(parser, QStringLiteral("theme"));
        if (parser.isSet(QStringLiteral("speaks")))
            draft.languagesSpoken = listValues(parser, QStringLiteral("speaks"));
        set("street", draft.street);
        set("postcode", draft.postcode);
        set("city", draft.city);
        set("phone", draft.phone);
        set("email", draft.email);
        set("website", draft.website);
        if (parser.isSet(QStringLiteral("lat")) != parser.isSet(QStringLiteral("lon")))
            return usage(QStringLiteral("--lat and --lon go together"));
        if (parser.isSet(QStringLiteral("lat"))) {
            bool latOk = false, lonOk = false;
            draft.latitude = parser.value(QStringLiteral("lat")).toDouble(&latOk);
            draft.longitude = parser.value(QStringLiteral("lon")).toDouble(&lonOk);
            if (!latOk || !lonOk)
                return usage(QStringLiteral("--lat and --lon take decimal degrees, e.g. --lat 51.91 --lon 4.45"));
            draft.hasPosition = true;
        }
        if (parser.isSet(QStringLiteral("no-position")))
            draft.hasPosition = false;
        for (const auto &[flag, field] : { std::pair<const char *, bool *> { "step-free", &draft.stepFree },
                                          { "rollator", &draft.rollator }, { "quiet-room", &draft.quietRoom } }) {
            if (parser.isSet(QString::fromLatin1(flag)))
                *field = true;
            if (parser.isSet(QStringLiteral("no-") + QString::fromLatin1(flag)))
                *field = false;
        }
        return outcome(editor.save(draft), {}, adding ? QStringLiteral("added %1") : QStringLiteral("saved %1"));
    }
    if (kind == QLatin1String("initiative") && sub == QLatin1String("retire") && positional.size() == 3) {
        const QString id = InitiativeRef::id(positional.at(2));
        Result<InitiativeDraft> loaded = editor.load(id);
        if (!loaded.ok())
            return fail(loaded.error());
        return outcome(editor.retire(id, loaded.value().rev), {}, QStringLiteral("retired %1"));
    }
    if (kind == QLatin1String("initiative") && sub == QLatin1String("list") && positional.size() == 2) {
        const QString language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : QStringLiteral("nl");
        Result<QList<IndexRow>> facts = db.value()->indexRows(DomainIndexer::directoryFacts);
        if (!facts.ok())
            return fail(facts.error());
        DirectoryRepository repository(*db.value());
        QJsonArray rows;
        QString text;
        for (const IndexRow &row : facts.value()) {
            const QJsonObject f = QJsonDocument::fromJson(row.value.toUtf8()).object();
            const QString retired = f.value(QLatin1String("retired")).toString();
            if (!retired.isEmpty() && !parser.isSet(QStringLiteral("include-retired")))
                continue;
            Result<InitiativeInfo> info = repository.initiative(row.key, language);
            if (!info.ok())
                continue;
            rows.append(QJsonObject { { "id", row.key }, { "name", info.value().name.text }, { "nameLanguage", info.value().name.language },
                                      { "themes", QJsonArray::fromStringList(info.value().themes) },
                                      { "activities", int(info.value().activities.size()) },
                                      { "retired", retired.isEmpty() ? QJsonValue() : QJsonValue(retired) } });
            text += QStringLiteral("%1\t%2%3\n").arg(row.key, info.value().name.text,
                                                     retired.isEmpty() ? QString() : QStringLiteral("\t(retired %1)").arg(retired));
        }
        print(QJsonObject { { "initiatives", rows } }, text.isEmpty() ? QStringLiteral("no initiatives") : text);
        return 0;
    }
    if (kind == QLatin1String("activity") && (sub == QLatin1String("add") || sub == QLatin1String("edit")) && positional.size() == 3) {
        ActivityDraft draft;
        if (sub == QLatin1String("add")) {
            draft.initiativeId = InitiativeRef::id(positional.at(2));
            draft.slug = parser.value(QStringLiteral("slug"));
            if (draft.slug.isEmpty() || !parser.isSet(QStringLiteral("schedule")))
                return usage(QStringLiteral("activity add needs --slug and --schedule JSON"));
        } else {
            Result<ActivityDraft> loaded = editor.loadActivity(positional.at(2));
            if (!loaded.ok())
                return fail(loaded.error());
            draft = loaded.value();
        }
        if (parser.isSet(QStringLiteral("schedule"))) {
            QJsonParseError error;
            const QJsonDocument schedule = QJsonDocument::fromJson(parser.value(QStringLiteral("schedule")).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !schedule.isObject())
                return usage(QStringLiteral("--schedule takes a JSON object, e.g. {\"freq\":\"weekly\",\"byDay\":\"TU\",\"start\":\"12:00\"}"));
            draft.schedule = schedule.object();
        }
        const bool textsOk = applyTexts(draft.texts, QStringLiteral("name"), [](ActivityText &t, const QString &v) { t.name = v; })
                && applyTexts(draft.texts, QStringLiteral("description"), [](ActivityText &t, const QString &v) { t.description = v; });
        if (!textsOk)
            return usage(QStringLiteral("--name and --description take LANG=TEXT"));
        const QList<QDate> next = InitiativeEditor::nextDates(draft.schedule, today);
        QStringList nextText;
        for (const QDate &date : next)
            nextText.append(date.toString(Qt::ISODate));
        return outcome(editor.saveActivity(draft), { { "next", datesJson(next) } },
                       QStringLiteral("saved %1; next: ") + nextText.join(QStringLiteral(", ")));
    }
    if (kind == QLatin1String("activity") && sub == QLatin1String("remove") && positional.size() == 3) {
        Result<ActivityDraft> loaded = editor.loadActivity(positional.at(2));
        if (!loaded.ok())
            return fail(loaded.error());
        return outcome(editor.removeActivity(positional.at(2), loaded.value().rev), {}, QStringLiteral("removed %1"));
    }
    return usage(QStringLiteral("unknown %1 command; see buurtbrug-admin --help").arg(kind));
}
