#pragma once

#include "jsonscan.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

// Strict parsing of JSON text from outside (files, HTTP bodies): bytes must be valid UTF-8
// and the text valid JSON, else a StoreError says where it went wrong.
namespace JsonText {
// maxDepth: how deep values may nest (a document: JsonScan::documentDepth; an answer that
// carries documents: JsonScan::envelopeDepth).
[[nodiscard]] Result<QJsonValue> parse(const QByteArray &bytes, int maxDepth = JsonScan::documentDepth);
[[nodiscard]] Result<QJsonObject> parseObject(const QByteArray &bytes);
[[nodiscard]] bool isValidUtf8(QByteArrayView bytes);
}
