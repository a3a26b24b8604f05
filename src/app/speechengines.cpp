#include "speechengines.h"

#include "speechdispatcherprobe.h"

#include <QLoggingCategory>
#include <QTextBoundaryFinder>
#include <QTextToSpeech>
#include <QVoice>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcReadAloud, "buurtbrug.readaloud")

QLocale::Language primaryLanguage(const QString &bcp47)
{
    const QString primary = QString(bcp47).replace(u'_', u'-').section(u'-', 0, 0).toLower();
    return primary.isEmpty() ? QLocale::AnyLanguage : QLocale::codeToLanguage(primary);
}

// The engine's locale for this language, preferring the tag's (or its likely) territory.
std::optional<QLocale> voiceLocale(const QTextToSpeech &tts, const QString &language)
{
    const QLocale::Language wanted = primaryLanguage(language);
    if (wanted == QLocale::AnyLanguage || wanted == QLocale::C)
        return std::nullopt;
    const QLocale::Territory territory = QLocale(language).territory();
    std::optional<QLocale> found;
    const QList<QLocale> locales = tts.availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() != wanted)
            continue;
        if (locale.territory() == territory)
            return locale;
        if (!found)
            found = locale;
    }
    return found;
}

// A playback error (no audio output) is not sticky: the next say() opens the output again.
bool blocksSpeech(const QTextToSpeech &tts)
{
    return tts.state() == QTextToSpeech::Error
        && tts.errorReason() != QTextToSpeech::ErrorReason::Playback;
}

QString codeFor(QTextToSpeech::ErrorReason reason)
{
    switch (reason) {
    case QTextToSpeech::ErrorReason::Playback:
        return u"no-audio"_s;
    case QTextToSpeech::ErrorReason::Initialization:
        return u"no-engine"_s;
    default:
        return u"failed"_s;
    }
}
} // namespace

SpeechEngines::SpeechEngines(QObject *parent)
    : SpeechEngines(QStringList(), parent)
{
}

SpeechEngines::SpeechEngines(const QStringList &engines, QObject *parent)
    : QObject(parent)
    , m_engineNames(engines)
{
}

QStringList SpeechEngines::candidateNames() const
{
    if (!m_engineNames.isEmpty())
        return m_engineNames;
    // speechd first: on Linux the default may be flite, which speaks English only. An empty
    // name is the platform default (highest plugin priority); it may repeat one already tried.
    const QStringList available = QTextToSpeech::availableEngines();
    QStringList names;
    if (available.contains(u"speechd"_s))
        names << u"speechd"_s;
    names << QString();
    for (const QString &name : available) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QTextToSpeech *SpeechEngines::open(const QString &name)
{
    m_tried << name;
    // A hung speech-dispatcher would block the plugin's constructor for ever; the default
    // engine may be speechd too, so it is asked about first as well.
    if ((name == QLatin1String("speechd") || name.isEmpty())
        && QTextToSpeech::availableEngines().contains(u"speechd"_s)) {
        if (!m_speechdHung)
            m_speechdHung = !SpeechDispatcherProbe::answers();
        if (*m_speechdHung) {
            qCInfo(lcReadAloud) << "speech-dispatcher does not answer; speechd is not opened";
            return nullptr;
        }
    }
    auto *tts = name.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(name, this);
    const bool seen = std::any_of(m_engines.cbegin(), m_engines.cend(),
        [&](const QTextToSpeech *other) { return other->engine() == tts->engine(); });
    if (seen || tts->state() == QTextToSpeech::Error) {
        if (!seen)
            qCInfo(lcReadAloud) << "engine" << tts->engine() << "unusable:" << tts->errorReason();
        m_tried << tts->engine();
        delete tts;
        return nullptr;
    }
    m_tried << tts->engine();
    connect(tts, &QTextToSpeech::stateChanged, this, [this, tts](QTextToSpeech::State state) {
        if (tts == m_tts)
            setSpeaking(state == QTextToSpeech::Speaking || state == QTextToSpeech::Paused);
    });
    connect(tts, &QTextToSpeech::errorOccurred, this, [this, tts](QTextToSpeech::ErrorReason reason) {
        if (tts == m_tts)
            setMessage(codeFor(reason), m_language);
    });
    qCInfo(lcReadAloud) << "opened engine" << tts->engine();
    m_engines << tts;
    return tts;
}

QTextToSpeech *SpeechEngines::engineFor(const QString &language)
{
    for (QTextToSpeech *tts : std::as_const(m_engines)) {
        if (voiceLocale(*tts, language))
            return tts;
    }
    const QStringList names = candidateNames();
    for (const QString &name : names) {
        if (m_tried.contains(name))
            continue;
        QTextToSpeech *tts = open(name);
        if (tts && voiceLocale(*tts, language))
            return tts;
    }
    return nullptr;
}

bool SpeechEngines::canRead(const QString &language) const
{
    const QTextToSpeech *tts = const_cast<SpeechEngines *>(this)->engineFor(language);
    return tts && !blocksSpeech(*tts);
}

QStringList SpeechEngines::unreadable(const QStringList &languages) const
{
    QStringList result;
    for (const QString &language : languages) {
        if (!canRead(language))
            result << language;
    }
    return result;
}

void SpeechEngines::read(const QString &text, const QString &language)
{
    m_language = language;
    QTextToSpeech *tts = engineFor(language);
    // No voice is a lasting fact about the device, so it wins over a (maybe passing) error.
    if (!tts)
        return setMessage(m_engines.isEmpty() ? u"no-engine"_s : u"no-voice"_s, language);
    if (m_tts && m_tts != tts)
        m_tts->stop();
    m_tts = tts;
    const std::optional<QLocale> locale = voiceLocale(*tts, language);
    if (blocksSpeech(*tts))
        return setMessage(codeFor(tts->errorReason()), language);
    if (tts->locale() != *locale)
        tts->setLocale(*locale);
    if (tts->locale().language() != locale->language()) // the engine ignored it
        return setMessage(u"no-voice"_s, language);
    if (tts->voice().locale().language() != locale->language()) {
        const QList<QVoice> voices = tts->availableVoices();
        const auto voice = std::find_if(voices.begin(), voices.end(),
            [&](const QVoice &v) { return v.locale().language() == locale->language(); });
        if (voice == voices.end())
            return setMessage(u"no-voice"_s, language);
        tts->setVoice(*voice);
    }
    setMessage(QString(), language);
    if (!text.trimmed().isEmpty())
        tts->say(clipped(text));
}

void SpeechEngines::stop()
{
    if (m_tts)
        m_tts->stop();
}

// Why a limit: flite synthesises the whole text before the first sound, cannot be interrupted
// meanwhile, and destroying it waits for it. Measured here: 5,000 characters take 2 to 5 s,
// 100,000 took 95 s during which the app could not even quit. 5,000 characters is already
// about five minutes of speech, more than anyone listens to of one description.
QString SpeechEngines::clipped(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    const auto types = { QTextBoundaryFinder::Sentence, QTextBoundaryFinder::Word,
        QTextBoundaryFinder::Grapheme };
    for (const QTextBoundaryFinder::BoundaryType type : types) {
        QTextBoundaryFinder finder(type, text);
        finder.setPosition(limit);
        const qsizetype cut = finder.isAtBoundary() ? limit : finder.toPreviousBoundary();
        if (cut > limit / 2)
            return text.left(cut).trimmed();
    }
    return text.left(text.at(limit).isLowSurrogate() ? limit - 1 : limit);
}

void SpeechEngines::setMessage(const QString &code, const QString &language)
{
    if (code == m_messageCode && language == m_messageLanguage)
        return;
    m_messageCode = code;
    m_messageLanguage = language;
    if (!code.isEmpty())
        qCInfo(lcReadAloud) << "cannot read:" << code << "language" << language;
    emit messageChanged();
    emit reported(m_speaking, m_messageCode, m_messageLanguage);
}

void SpeechEngines::setSpeaking(bool speaking)
{
    if (speaking == m_speaking)
        return;
    m_speaking = speaking;
    emit speakingChanged();
    emit reported(m_speaking, m_messageCode, m_messageLanguage);
}
