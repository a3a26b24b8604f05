#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QTextToSpeech;

// The speech engines: reads a text aloud with Qt TextToSpeech in the text's own language, or
// says why it cannot. Everything here blocks: opening speech-dispatcher takes 5 to 10 s here
// (it lists every voice of espeak-ng). ReadAloud runs this on a thread of its own, so the app
// stays responsive; tests use it directly.
// The reason is a code, not a sentence: messageCode is "" (fine), "no-voice", "no-engine",
// "no-audio" or "failed", about messageLanguage; QML turns it into a translated sentence.
// The engine is chosen per language, on first use, so that constructing this costs nothing at
// start-up: the first engine, in order, that works and has a voice for the language. The order
// is speech-dispatcher ("speechd": espeak-ng speaks nl, ar, tr, pl and en on Linux), then the
// platform default, then the others. Each engine is opened at most once.
// Invariant: the text being read never reaches a log; only codes do.
class SpeechEngines : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(QString messageCode READ messageCode NOTIFY messageChanged)
    Q_PROPERTY(QString messageLanguage READ messageLanguage NOTIFY messageChanged)

public:
    // Longest text handed to the engine, in UTF-16 code units; see clipped().
    static constexpr qsizetype MaxChars = 5000;

    explicit SpeechEngines(QObject *parent = nullptr);
    // Tries exactly these engines, in order, instead of speechd, the platform default and the
    // others (tests force "flite", or a name that does not exist).
    explicit SpeechEngines(const QStringList &engines, QObject *parent = nullptr);

    [[nodiscard]] bool speaking() const { return m_speaking; }
    [[nodiscard]] QString messageCode() const { return m_messageCode; }
    [[nodiscard]] QString messageLanguage() const { return m_messageLanguage; }

    // Whether the engine has a voice locale for this BCP 47 tag's primary language ("nl",
    // "ar", "en-GB", ...) and is usable. A failed playback (no audio output) does not make it
    // false: the next read() tries the audio output again and reports "no-audio" if it fails.
    [[nodiscard]] bool canRead(const QString &language) const;
    // The languages of `languages` that no engine can read aloud, in the same order.
    [[nodiscard]] QStringList unreadable(const QStringList &languages) const;
    // Speaks `text` in `language`, or sets the message and does not speak.
    void read(const QString &text, const QString &language);
    void stop();
    // Emits reported() with the state as it is now.
    void report() { emit reported(m_speaking, m_messageCode, m_messageLanguage); }

    // `text` cut to at most `limit` code units: at the last sentence end in the second half
    // of the limit, else at a word boundary, else between two characters.
    [[nodiscard]] static QString clipped(const QString &text, qsizetype limit = MaxChars);

signals:
    void speakingChanged();
    void messageChanged();
    // After each change of either, and on report(): the state, by value, for a reader on
    // another thread.
    void reported(bool speaking, const QString &messageCode, const QString &messageLanguage);

private:
    // The engine that reads `language`; else the first usable one (to report its error), else null.
    QTextToSpeech *engineFor(const QString &language);
    QTextToSpeech *open(const QString &name);
    QStringList candidateNames() const;
    void setMessage(const QString &code, const QString &language);
    void setSpeaking(bool speaking);

    QStringList m_engineNames;
    QList<QTextToSpeech *> m_engines; // children of this, opened in candidate order, usable ones
    QStringList m_tried;              // engine names already opened (usable or not)
    std::optional<bool> m_speechdHung; // asked once, before speechd is first opened
    QTextToSpeech *m_tts = nullptr;   // the one reading now, or last; null before the first read
    bool m_speaking = false;
    QString m_language; // of the text being read, for asynchronous errors
    QString m_messageCode;
    QString m_messageLanguage;
};
