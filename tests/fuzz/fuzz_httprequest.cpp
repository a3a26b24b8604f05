// Fuzzes HttpRequestParser as HttpConnection drives it: the bytes arrive in slices whose sizes
// come from the input, HeaderReady is answered with continueWithBody(limit), and after a
// Complete request a new parser takes the rest (pipelining).
// Input: [config byte][slice seed byte][the bytes of the connection].
#include "fuzzcheck.h"
#include "httprequestparser.h"

#include <cstdint>
#include <memory>

namespace {
constexpr qint64 bodyLimits[] = { 0, 1, 16, 100, 4096, 64 * 1024 };

void checkRequest(const HttpRequestParser &parser, const HttpRequestParser::Limits &limits)
{
    const CouchRequest &request = parser.request();
    FUZZ_CHECK(!request.method.isEmpty());
    FUZZ_CHECK(request.headers.size() <= limits.headerFields);
    for (const QString &segment : request.segments) {
        FUZZ_CHECK(!segment.isEmpty());
        FUZZ_CHECK(fuzz::isCleanUnicode(segment));
    }
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::uint8_t config = data[0];
    fuzz::Rng rng(data[1]);
    const QByteArray stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    HttpRequestParser::Limits limits;
    if (config & 0x80) { // small limits, to reach the 431 paths with short inputs
        limits.headerBytes = 256;
        limits.headerFields = 4;
    }
    const qint64 bodyLimit = bodyLimits[(config & 0x7f) % std::size(bodyLimits)];
    const int maxSlice = 1 + int((config >> 3) & 0x0f) * 16; // 1 .. 241 bytes a read

    auto parser = std::make_unique<HttpRequestParser>(limits);
    QByteArray input;
    qsizetype position = 0;
    bool headerReported = false;
    bool bodyContinued = false;
    int requests = 0;
    // Every turn of the loop takes bytes, adds bytes or moves the parser on: a bound far above
    // what that allows catches a parser that stops making progress.
    const qsizetype maxTurns = 4 * stream.size() + 64;
    for (qsizetype turn = 0;; ++turn) {
        FUZZ_CHECK(turn < maxTurns);
        const qsizetype before = input.size();
        const HttpRequestParser::Step step = parser->feed(input);
        FUZZ_CHECK(input.size() <= before);
        switch (step) {
        case HttpRequestParser::Step::NeedMore:
            if (position == stream.size())
                return 0; // the client sent no more
            {
                const qsizetype slice = std::min<qsizetype>(1 + qsizetype(rng.next() % quint32(maxSlice)), stream.size() - position);
                input += stream.mid(position, slice);
                position += slice;
            }
            break;
        case HttpRequestParser::Step::HeaderReady:
            FUZZ_CHECK(!headerReported); // once per request
            headerReported = true;
            FUZZ_CHECK(parser->started());
            FUZZ_CHECK(parser->hasBody());
            checkRequest(*parser, limits);
            FUZZ_CHECK(parser->request().body.isEmpty());
            parser->continueWithBody(bodyLimit);
            bodyContinued = true;
            break;
        case HttpRequestParser::Step::Complete: {
            checkRequest(*parser, limits);
            FUZZ_CHECK(parser->errorStatus() == 0);
            // A body is read only when the caller let it, and never past the limit it gave.
            const CouchRequest &request = parser->request();
            if (bodyContinued)
                FUZZ_CHECK(request.body.size() <= bodyLimit);
            else
                FUZZ_CHECK(request.body.isEmpty());
            if (!parser->hasBody())
                FUZZ_CHECK(request.body.isEmpty());
            // Complete stays Complete until the request is taken.
            FUZZ_CHECK(parser->feed(input) == HttpRequestParser::Step::Complete);
            const CouchRequest taken = parser->take();
            (void)taken.header("Content-Type");
            (void)taken.text(QStringLiteral("rev"));
            (void)taken.json(QStringLiteral("keys"));
            ++requests;
            parser = std::make_unique<HttpRequestParser>(limits);
            headerReported = false;
            bodyContinued = false;
            break;
        }
        case HttpRequestParser::Step::Failed: {
            const int status = parser->errorStatus();
            FUZZ_CHECK(status == 400 || status == 413 || status == 417 || status == 431 || status == 505);
            FUZZ_CHECK(!parser->errorName().isEmpty() && !parser->errorReason().isEmpty());
            // A refused request stays refused: the connection closes.
            QByteArray more = stream.mid(position);
            FUZZ_CHECK(parser->feed(more) == HttpRequestParser::Step::Failed);
            return 0;
        }
        }
    }
}
