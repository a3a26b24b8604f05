#pragma once

#include "databasefolder.h"
#include "result.h"

struct SyntheticSpec
{
    int initiatives = 100;
    int events = 1000;       // visits and market tallies in org-synthetic
    QStringList languages { QStringLiteral("nl"), QStringLiteral("en") };
    quint32 seed = 1;
};

struct SyntheticCounts
{
    int initiatives = 0;
    int translations = 0;
    int activities = 0;
    int events = 0;
};

// Makes a reproducible synthetic neighbourhood for benchmarks and load tests: initiatives with
// one translation per language and an activity each in "directory", and events (visits and
// tallies) in "org-synthetic". The same spec and seed always give the same documents.
namespace SyntheticData {
[[nodiscard]] Result<SyntheticCounts> generate(DatabaseFolder &folder, const SyntheticSpec &spec);
}
