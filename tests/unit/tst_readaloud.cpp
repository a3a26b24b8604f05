#include "readaloud.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextToSpeech>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

// ReadAloud, the QML face of the speech engines: every call returns at once, the engines work
// on their own thread, and the answers arrive as property changes. Real engines (flite; a
// speech-dispatcher socket that never answers) are used; what they decide is tested in
// tst_speechengines.
class Tst_readaloud : public QObject
{
    Q_OBJECT

private slots:
    void theAppGoesOnWhileAnEngineOpens();
    void readAnswersThroughProperties();
    void languagesAreCheckedAway();
    void destroyedWhileReading();
};

// The speech thread waits for a speech-dispatcher that takes the connection and never answers
// (SpeechDispatcherProbe's time limit, a second); meanwhile this thread's timers go on.
void Tst_readaloud::theAppGoesOnWhileAnEngineOpens()
{
    if (!QTextToSpeech::availableEngines().contains(u"speechd"_s))
        QSKIP("qt6-speech-speechd-plugin is not installed (scripts/install-deps.sh)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silent;
    QVERIFY(silent.listen(dir.filePath(u"silent.sock"_s)));
    const QByteArray before = qgetenv("SPEECHD_ADDRESS");
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + silent.fullServerName().toUtf8());
    const auto restore = qScopeGuard([&] {
        if (before.isNull())
            qunsetenv("SPEECHD_ADDRESS");
        else
            qputenv("SPEECHD_ADDRESS", before);
    });
    ReadAloud reader({ u"speechd"_s });
    int ticks = 0;
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start();
    reader.read(u"Goedemiddag, welkom in het Wijkpaleis."_s, u"nl"_s);
    QVERIFY(reader.preparing());
    QTRY_VERIFY_WITH_TIMEOUT(!reader.preparing(), 15000);
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QCOMPARE(reader.messageCode(), u"no-engine"_s);
    QCOMPARE(reader.messageLanguage(), u"nl"_s);
}

void Tst_readaloud::readAnswersThroughProperties()
{
    ReadAloud reader({ u"flite"_s });
    QSignalSpy preparing(&reader, &ReadAloud::preparingChanged);
    QSignalSpy messages(&reader, &ReadAloud::messageChanged);
    reader.read(u"مرحبا بكم في مركز الحي."_s, u"ar"_s); // flite speaks English only
    QVERIFY(reader.preparing());
    QTRY_VERIFY_WITH_TIMEOUT(!reader.preparing(), 15000);
    QCOMPARE(preparing.count(), 2);
    QCOMPARE(reader.messageCode(), u"no-voice"_s);
    QCOMPARE(reader.messageLanguage(), u"ar"_s);
    QCOMPARE(messages.count(), 1);
    QVERIFY(!reader.speaking());
    // English: spoken, or "no-audio" where this machine has no sound output; never "no-voice".
    reader.read(u"Welcome to the community centre."_s, u"en"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!reader.preparing(), 15000);
    QVERIFY2(reader.messageCode().isEmpty() || reader.messageCode() == u"no-audio"_s, qPrintable(reader.messageCode()));
    reader.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!reader.speaking(), 15000);
}

void Tst_readaloud::languagesAreCheckedAway()
{
    ReadAloud reader({ u"flite"_s });
    QSignalSpy checked(&reader, &ReadAloud::languagesChecked);
    QVERIFY(!reader.languagesKnown());
    reader.checkLanguages({ u"nl"_s, u"en"_s, u"ar"_s });
    QVERIFY(checked.wait(15000));
    QVERIFY(reader.languagesKnown());
    QCOMPARE(reader.unreadableLanguages(), QStringList({ u"nl"_s, u"ar"_s }));
}

// Quitting while the engines are busy waits for them and then ends; nothing arrives afterwards.
void Tst_readaloud::destroyedWhileReading()
{
    auto reader = std::make_unique<ReadAloud>(QStringList { u"flite"_s });
    reader->read(u"One. Two. Three."_s, u"en"_s);
    reader->checkLanguages({ u"en"_s });
    reader.reset();
    QTest::qWait(100); // queued answers for the deleted object are dropped, not delivered
}

QTEST_MAIN(Tst_readaloud)
#include "tst_readaloud.moc"
