#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>

// An invariant of the code under test: when it does not hold, the input is a finding.
#define FUZZ_CHECK(condition)                                                                       \
    do {                                                                                            \
        if (!(condition)) {                                                                         \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                           \
        }                                                                                           \
    } while (false)

namespace fuzz {
// A small deterministic generator, seeded from the input, for slice sizes and choices.
struct Rng
{
    quint32 state;
    explicit Rng(quint32 seed) : state(seed * 2654435761u + 1) { }
    quint32 next()
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
};

// A QString survives a round trip through UTF-8 (no lone surrogates). Not QString::fromUtf8,
// which drops a leading U+FEFF.
inline bool isCleanUnicode(const QString &s)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString back = decoder.decode(s.toUtf8());
    return !decoder.hasError() && back == s;
}
}
