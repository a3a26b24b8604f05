#pragma once

#include "fieldlogcommands.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

class DatabaseFolder;
class QCommandLineParser;
struct ReplicateRequest;
struct StoreError;

// buurtbrug-admin: commands over a data folder for coordinators and scripts. Every command
// takes --data DIR, prints text for people or JSON with --json, and exits 0 on success,
// 1 when the operation failed (the reason on stderr, and as {"error","reason"} with --json),
// 2 on a usage error.
class AdminCli
{
public:
    AdminCli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    [[nodiscard]] int run(const QStringList &arguments);
    // Whether the command draws text (card print, card poster) and so needs a QGuiApplication.
    [[nodiscard]] static bool needsGui(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;

    int usage(const QString &problem);
    int fail(const StoreError &error);
    void print(const QJsonObject &json, const QString &text);

    int init(const QString &data);
    int importFile(const QString &data, const QString &file);
    int exportData(const QString &data, const QStringList &databases, const QString &outFile);
    int get(const QString &data, const QString &db, const QString &id, const QString &rev, bool revs, bool conflicts);
    int changes(const QString &data, const QString &db, qint64 since, int limit, bool includeDocs);
    int stats(const QString &data);
    int search(const QString &data, const QString &query, const QString &language, int limit);
    int generate(const QString &data, int initiatives, int events, const QStringList &languages, quint32 seed);
    int replicate(const ReplicateRequest &request);
    enum class ReportFormat { Text, Csv, Raw };
    int fieldReport(const FieldLogCommands::ReportRequest &request, ReportFormat format, const QString &outFile);
    // card issue|verify|print|poster|stamp (admincardcli.cpp)
    int cardCommand(const QCommandLineParser &parser, const QStringList &positional, const QString &folder);
    // couchdb setup|enrol|revoke|card-issue|card-revoke|import|export (admincouchcli.cpp)
    int couchdbCommand(const QCommandLineParser &parser, const QStringList &positional);
    // initiative add|edit|retire|list, activity add|edit|remove (admindirectorycli.cpp)
    int directoryCommand(const QStringList &arguments);
    // tiles pack|info (admintilescli.cpp)
    int tilesCommand(const QStringList &arguments);
    int cardPrintCommand(const QCommandLineParser &parser, const QStringList &positional, const QString &folder);
};
