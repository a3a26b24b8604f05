#include "speechengines.h"
#include "speechdispatcherprobe.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextToSpeech>
#include <QtTest>
#include <memory>
#include <atomic>
#include <cstring>
#include <vector>
#include <thread>

#include <sys/socket.h>
#include <sys/un.h>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Runs against the real engines of this machine: flite (English voices only) is required;
// speech-dispatcher with espeak-ng ("speechd") is used where it runs and skipped otherwise.
// Audio output may or may not exist, so reading English must end in either finished speech or
// "no-audio", never in "no-voice".
class Tst_speechengines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pickedLazily();
    void fallsBackFromBrokenDefault();
    void canReadWithFlite();
    void unreadableLanguages();
    void speechdVoicePerLanguage_data();
    void speechdVoicePerLanguage();
    void defaultReadsTheFiveLanguages();
    void enginePerLanguage();
    void hungSpeechDispatcherIsSkipped();
    void speechDispatcherThatNoLongerAcceptsIsSkipped();
    void readWithoutVoice();
    void readEnglish();
    void noEngine();
    void longTextReturnsPromptly();
    void clipped_data();
    void clipped();
    void clippedEdges();
};

namespace {
// Whether speech-dispatcher answers with voices; false without the daemon or espeak-ng.
bool speechdWorks()
{
    // A daemon that does not answer would block the plugin's constructor for ever.
    if (!QTextToSpeech::availableEngines().contains(u"speechd"_s) || !SpeechDispatcherProbe::answers())
        return false;
    const QTextToSpeech probe(u"speechd"_s);
    return probe.state() != QTextToSpeech::Error && !probe.availableLocales().isEmpty();
}

// The engine of `reader` whose voice is set to `language`, after read("", language).
const QTextToSpeech *engineSpeaking(const SpeechEngines &reader, QLocale::Language language)
{
    const QList<QTextToSpeech *> engines = reader.findChildren<QTextToSpeech *>();
    for (const QTextToSpeech *tts : engines) {
        if (tts->voice().locale().language() == language && tts->locale().language() == language)
            return tts;
    }
    return nullptr;
}
} // namespace

void Tst_speechengines::initTestCase()
{
    QVERIFY2(QTextToSpeech::availableEngines().contains(u"flite"_s),
        "install qt6-speech-flite-plugin (scripts/install-deps.sh)");
}

void Tst_speechengines::pickedLazily()
{
    SpeechEngines reader;
    QVERIFY(reader.findChild<QTextToSpeech *>() == nullptr);
    (void)reader.canRead(u"en"_s);
    QTextToSpeech *picked = reader.findChild<QTextToSpeech *>();
    reader.read(QString(), u"nl"_s); // chooses the voice without speaking
    QCOMPARE(reader.findChild<QTextToSpeech *>(), picked); // picked once, not per call
    QVERIFY(reader.findChildren<QTextToSpeech *>().size() <= 1);
}

void Tst_speechengines::fallsBackFromBrokenDefault()
{
    // The default may be speechd, whose constructor blocks on a daemon that does not answer.
    if (QTextToSpeech::availableEngines().contains(u"speechd"_s) && !SpeechDispatcherProbe::answers())
        QSKIP("speech-dispatcher here does not answer; the default engine cannot be opened to test");
    QTextToSpeech probe;
    if (probe.state() != QTextToSpeech::Error)
        QSKIP("the default engine works on this machine; the fallback is not exercised");
    SpeechEngines reader;
    QVERIFY(reader.canRead(u"en"_s)); // flite, after the default failed
    QVERIFY(reader.findChild<QTextToSpeech *>());
    QVERIFY(reader.findChild<QTextToSpeech *>()->engine() != probe.engine());
}

void Tst_speechengines::canReadWithFlite()
{
    const SpeechEngines reader({ u"flite"_s });
    QVERIFY(reader.canRead(u"en"_s));
    QVERIFY(reader.canRead(u"en-GB"_s));
    QVERIFY(reader.canRead(u"EN"_s));
    for (const QString &language : { u"ar"_s, u"nl"_s, u"tr"_s, u"pl"_s, u"fy"_s, u""_s, u"xx"_s })
        QVERIFY2(!reader.canRead(language), qPrintable(language));
}

void Tst_speechengines::unreadableLanguages()
{
    const SpeechEngines flite({ u"flite"_s });
    const QStringList five { u"nl"_s, u"en"_s, u"ar"_s, u"tr"_s, u"pl"_s };
    QCOMPARE(flite.unreadable(five), (QStringList { u"nl"_s, u"ar"_s, u"tr"_s, u"pl"_s }));
    const SpeechEngines none({ u"no-such-engine"_s });
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"no-such-engine"_s)); // from Qt
    QCOMPARE(none.unreadable(five), five);
    QCOMPARE(none.unreadable({}), QStringList());
}

void Tst_speechengines::speechdVoicePerLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale::Language>("expected");
    QTest::newRow("nl") << u"nl"_s << QLocale::Dutch;
    QTest::newRow("ar") << u"ar"_s << QLocale::Arabic;
    QTest::newRow("tr") << u"tr"_s << QLocale::Turkish;
    QTest::newRow("pl") << u"pl"_s << QLocale::Polish;
    QTest::newRow("en") << u"en"_s << QLocale::English;
    QTest::newRow("nl-BE") << u"nl-BE"_s << QLocale::Dutch;
}

void Tst_speechengines::speechdVoicePerLanguage()
{
    if (!speechdWorks())
        QSKIP("speech-dispatcher with espeak-ng is not running here (scripts/install-deps.sh)");
    QFETCH(QString, language);
    QFETCH(QLocale::Language, expected);
    SpeechEngines reader({ u"speechd"_s });
    QVERIFY(reader.canRead(language));
    reader.read(QString(), language); // chooses the voice, says nothing
    QCOMPARE(reader.messageCode(), QString());
    const QTextToSpeech *tts = engineSpeaking(reader, expected);
    QVERIFY2(tts, qPrintable(language));
    QCOMPARE(tts->engine(), u"speechd"_s);
    QVERIFY(!tts->voice().name().isEmpty());
    QVERIFY(!reader.canRead(u"xx"_s));
}

// The app's own reader, with no engine forced: on a machine with speech-dispatcher it reads
// every app language, whatever the platform default is.
void Tst_speechengines::defaultReadsTheFiveLanguages()
{
    if (!speechdWorks())
        QSKIP("speech-dispatcher with espeak-ng is not running here (scripts/install-deps.sh)");
    const SpeechEngines reader;
    QCOMPARE(reader.unreadable({ u"nl"_s, u"ar"_s, u"tr"_s, u"pl"_s, u"en"_s }), QStringList());
}

// flite first speaks English; Dutch goes to the next engine that has it, not to "no-voice".
void Tst_speechengines::enginePerLanguage()
{
    if (!speechdWorks())
        QSKIP("speech-dispatcher with espeak-ng is not running here (scripts/install-deps.sh)");
    SpeechEngines reader({ u"flite"_s, u"speechd"_s });
    reader.read(QString(), u"en"_s);
    QCOMPARE(reader.messageCode(), QString());
    const QTextToSpeech *english = engineSpeaking(reader, QLocale::English);
    QVERIFY(english);
    QCOMPARE(english->engine(), u"flite"_s);
    reader.read(QString(), u"nl"_s);
    QCOMPARE(reader.messageCode(), QString());
    const QTextToSpeech *dutch = engineSpeaking(reader, QLocale::Dutch);
    QVERIFY(dutch);
    QCOMPARE(dutch->engine(), u"speechd"_s);
    QCOMPARE(reader.findChildren<QTextToSpeech *>().size(), 2); // each opened once
    reader.read(QString(), u"en"_s);
    QCOMPARE(reader.findChildren<QTextToSpeech *>().size(), 2);
}

// A speech-dispatcher that accepts and never answers (seen after it failed to open audio):
// Qt's speechd plugin would wait for it for ever. The probe tells, and the reader goes on
// without it, promptly.
void Tst_speechengines::hungSpeechDispatcherIsSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"speechd.sock"_s);
    QLocalServer hung;
    QVERIFY(hung.listen(path));
    QList<QLocalSocket *> held; // accepted, never answered
    connect(&hung, &QLocalServer::newConnection, this, [&] { held << hung.nextPendingConnection(); });
    const QByteArray before = qgetenv("SPEECHD_ADDRESS");
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + path.toUtf8());
    const auto restore = qScopeGuard([&] {
        if (before.isNull())
            qunsetenv("SPEECHD_ADDRESS");
        else
            qputenv("SPEECHD_ADDRESS", before);
    });
    QCOMPARE(SpeechDispatcherProbe::socketPath(), path);
    QVERIFY(!SpeechDispatcherProbe::answers(300));

    QElapsedTimer timer;
    timer.start();
    SpeechEngines reader({ u"speechd"_s, u"flite"_s });
    QVERIFY(reader.canRead(u"en"_s)); // flite
    QVERIFY(!reader.canRead(u"nl"_s));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    const QList<QTextToSpeech *> engines = reader.findChildren<QTextToSpeech *>();
    QCOMPARE(engines.size(), 1);
    QCOMPARE(engines.first()->engine(), u"flite"_s);

    // One that answers, as speech-dispatcher does to QUIT; and no socket at all.
    QLocalServer answering;
    const QString live = dir.filePath(u"live.sock"_s);
    QVERIFY(answering.listen(live));
    connect(&answering, &QLocalServer::newConnection, this, [&] {
        QLocalSocket *client = answering.nextPendingConnection();
        connect(client, &QLocalSocket::readyRead, client, [client] { client->write("231 HAPPY HACKING\r\n"); });
    });
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + live.toUtf8());
    std::atomic<bool> answered { false };
    // The fake answers from this thread's event loop, so ask from another one.
    std::thread asker([&] { answered = SpeechDispatcherProbe::answers(3000); });
    QTRY_VERIFY_WITH_TIMEOUT(answered.load(), 4000);
    asker.join();
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + dir.filePath(u"none.sock"_s).toUtf8());
    QVERIFY(SpeechDispatcherProbe::answers(300)); // the plugin starts a daemon
}

// A speech-dispatcher that stopped accepting (seen on a shared machine: 51 connections queued
// on a backlog of 50): the plugin's blocking connect would hang the Language page. The probe's
// connection is not taken within the time, which is not a stale socket but a hung daemon.
void Tst_speechengines::speechDispatcherThatNoLongerAcceptsIsSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray path = dir.filePath(u"full.sock"_s).toUtf8();
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(server >= 0);
    const auto closeServer = qScopeGuard([&] { ::close(server); });
    QVERIFY(::bind(server, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0);
    QVERIFY(::listen(server, 0) == 0); // never accepted
    // Fill the queue as earlier clients did; bounded, and stops at the first refusal.
    std::vector<int> queued;
    const auto closeQueued = qScopeGuard([&] { for (int fd : queued) ::close(fd); });
    for (int i = 0; i < 8; ++i) {
        const int client = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(client >= 0);
        ::fcntl(client, F_SETFL, O_NONBLOCK);
        queued.push_back(client);
        if (::connect(client, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
            break; // EAGAIN: the queue is full
    }
    const QByteArray before = qgetenv("SPEECHD_ADDRESS");
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + path);
    const auto restore = qScopeGuard([&] {
        if (before.isNull())
            qunsetenv("SPEECHD_ADDRESS");
        else
            qputenv("SPEECHD_ADDRESS", before);
    });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SpeechDispatcherProbe::answers(300));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    SpeechEngines reader({ u"speechd"_s });
    QVERIFY(!reader.canRead(u"nl"_s)); // promptly, without opening speechd
    QVERIFY(reader.findChildren<QTextToSpeech *>().isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void Tst_speechengines::readWithoutVoice()
{
    SpeechEngines reader({ u"flite"_s });
    QSignalSpy speaking(&reader, &SpeechEngines::speakingChanged);
    reader.read(u"مرحبا بكم في مركز الحي. نلتقي كل يوم ثلاثاء."_s, u"ar"_s);
    QCOMPARE(reader.messageCode(), u"no-voice"_s);
    QCOMPARE(reader.messageLanguage(), u"ar"_s);
    // Had it been spoken anyway, flite would report within ~50 ms (speech or "no-audio").
    QTest::qWait(300);
    QCOMPARE(reader.messageCode(), u"no-voice"_s);
    QCOMPARE(speaking.count(), 0);
    QVERIFY(!reader.speaking());
}

void Tst_speechengines::readEnglish()
{
    SpeechEngines reader({ u"flite"_s });
    QSignalSpy speaking(&reader, &SpeechEngines::speakingChanged);
    reader.read(u"Hello"_s, u"en"_s);
    QCOMPARE(reader.messageCode(), QString()); // accepted; failures arrive asynchronously
    QTRY_VERIFY_WITH_TIMEOUT(
        !reader.messageCode().isEmpty() || (speaking.count() >= 2 && !reader.speaking()), 5000);
    if (reader.messageCode().isEmpty()) { // a machine with audio: it spoke and finished
        QVERIFY(speaking.first().isEmpty());
        return;
    }
    QCOMPARE(reader.messageCode(), u"no-audio"_s);
    QCOMPARE(reader.messageLanguage(), u"en"_s);
    QVERIFY(!reader.speaking());

    // No audio is not sticky: it stays readable, and the next attempt tries again.
    QVERIFY(reader.canRead(u"en"_s));
    reader.read(u"Hello again"_s, u"en"_s);
    QCOMPARE(reader.messageCode(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(reader.messageCode(), u"no-audio"_s, 5000);
    // ...and an unsupported language still says "no-voice", not "no-audio".
    reader.read(u"Dag allemaal"_s, u"nl"_s);
    QCOMPARE(reader.messageCode(), u"no-voice"_s);
    QCOMPARE(reader.messageLanguage(), u"nl"_s);
}

void Tst_speechengines::noEngine()
{
    SpeechEngines reader({ u"no-such-engine"_s });
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"no-such-engine"_s)); // from Qt
    for (const QString &language : { u"nl"_s, u"en"_s, u"ar"_s, u"tr"_s, u"pl"_s })
        QVERIFY2(!reader.canRead(language), qPrintable(language));
    QSignalSpy messages(&reader, &SpeechEngines::messageChanged);
    reader.read(u"Welkom in de buurt."_s, u"nl"_s);
    QCOMPARE(reader.messageCode(), u"no-engine"_s);
    QCOMPARE(reader.messageLanguage(), u"nl"_s);
    QCOMPARE(messages.count(), 1);
    QVERIFY(!reader.speaking());
    reader.stop(); // harmless without an engine
}

void Tst_speechengines::longTextReturnsPromptly()
{
    QString text;
    for (int i = 0; text.size() < 100000; ++i)
        text += u"Meeting number %1 of the garden club is on the corner. "_s.arg(i);
    QElapsedTimer timer;
    timer.start();
    auto reader = std::make_unique<SpeechEngines>(QStringList { u"flite"_s });
    reader->read(text, u"en"_s);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(reader->messageCode() != u"no-voice"_s);
    QTest::qWait(200); // flite's worker thread takes up the text
    reader->stop();
    timer.restart();
    reader.reset();
    // flite cannot be interrupted while it synthesises, and destroying the engine waits for it:
    // seconds for the clipped text, more than a minute for all 100,000 characters.
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

void Tst_speechengines::clipped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("endsWith");

    QString sentences;
    for (int i = 0; sentences.size() < 100000; ++i)
        sentences += u"Zin nummer %1 gaat over de buurttuin. "_s.arg(i);
    QTest::newRow("sentences") << sentences << u"buurttuin."_s;
    QString arabic;
    while (arabic.size() < 12000)
        arabic += u"هل تأتي إلى الحديقة غدا؟ "_s;
    QTest::newRow("arabic question marks") << arabic << u"غدا؟"_s;
    QTest::newRow("words only") << u"tuinbank "_s.repeated(2000) << u"tuinbank"_s;
    QTest::newRow("one long run") << u"a"_s.repeated(12000) << u"a"_s;
}

void Tst_speechengines::clipped()
{
    QFETCH(QString, text);
    QFETCH(QString, endsWith);
    const QString result = SpeechEngines::clipped(text);
    QVERIFY2(result.size() <= SpeechEngines::MaxChars, qPrintable(QString::number(result.size())));
    QVERIFY2(result.size() > SpeechEngines::MaxChars / 2, qPrintable(QString::number(result.size())));
    QVERIFY(text.startsWith(result));
    QVERIFY2(result.endsWith(endsWith), qPrintable(result.right(40)));
}

void Tst_speechengines::clippedEdges()
{
    const QString shortText = u"Kort. "_s;
    QCOMPARE(SpeechEngines::clipped(shortText), shortText); // untouched, spaces included
    const QString exact = u"b"_s.repeated(SpeechEngines::MaxChars);
    QCOMPARE(SpeechEngines::clipped(exact), exact);
    // Emoji are surrogate pairs: an odd limit must not split one.
    const QString emoji = u"\U0001F333"_s.repeated(4000);
    const QString result = SpeechEngines::clipped(emoji, 4999);
    QCOMPARE(result.size(), 4998);
    QVERIFY(result.back().isLowSurrogate());
}

QTEST_MAIN(Tst_speechengines)
#include "tst_speechengines.moc"
