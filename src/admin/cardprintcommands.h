#pragma once

#include "printables.h"
#include "result.h"

#include <QJsonObject>
#include <QStringList>

// buurtbrug-admin's printing: cards and posters as one PDF file, for a coordinator to print
// and hand out or hang up. Every card is read and drawn before the file appears, so a wrong
// code leaves no file behind.
namespace CardPrintCommands {

struct PrintRequest
{
    QString data;
    QStringList codes; // as typed
    CardFormat format = CardFormat::A6;
    QString out;
};

// {"ok", "file", "format", "pages", "cards": [codes]}
[[nodiscard]] Result<QJsonObject> print(const PrintRequest &request);

struct PosterRequest
{
    QString data;
    QString organisation;
    QStringList initiatives; // ids or slugs
    QString language;
    QString out;
};

// {"ok", "file", "pages", "posters": [initiative ids]}
[[nodiscard]] Result<QJsonObject> posters(const PosterRequest &request);
}
