#include "cardcode.h"
#include "cardverifier.h"
#include "greyframe.h"
#include "qrcode.h"
#include "qrframereader.h"
#include "signedpayload.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>

#include <cstring>
#include <memory>
#include <vector>

namespace {
constexpr int frameWidth = 1280;
constexpr int frameHeight = 720;

// A 1280×720 grey scene: noisy paper with a QR code drawn at 5 px per module.
std::vector<uchar> scene(const QString &text, quint32 seed = 11)
{
    std::vector<uchar> grey(size_t(frameWidth) * frameHeight);
    QRandomGenerator noise(seed);
    for (uchar &p : grey)
        p = uchar(190 + noise.bounded(50));
    if (text.isEmpty())
        return grey;
    const QrCode::Matrix code = QrCode::encode(text);
    const int module = 5;
    const int left = 420;
    const int top = 120;
    for (int y = 0; y < code.size * module; ++y) {
        for (int x = 0; x < code.size * module; ++x)
            grey[size_t(top + y) * frameWidth + left + x] = code.dark(x / module, y / module) ? 35 : 230;
    }
    return grey;
}

// The RGB bytes a camera would deliver for a grey value: tinted, so the luma weights matter.
void rgbOf(uchar grey, uchar *r, uchar *g, uchar *b)
{
    *r = grey;
    *g = uchar(std::max(0, grey - 8));
    *b = uchar(std::min(255, grey + 12));
}

// A frame in `format` whose luminance is `grey`, its planes filled as a camera fills them:
// Y in plane 0 with neutral chroma for YUV, one 32-bit pixel per grey value for RGB.
QVideoFrame frameOf(const std::vector<uchar> &grey, QVideoFrameFormat::PixelFormat format, int width = frameWidth,
                    int height = frameHeight)
{
    using F = QVideoFrameFormat;
    QVideoFrame frame(QVideoFrameFormat(QSize(width, height), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane))); // neutral chroma
    const int stride = frame.bytesPerLine(0);
    for (int y = 0; y < height; ++y) {
        uchar *row = frame.bits(0) + qsizetype(y) * stride;
        for (int x = 0; x < width; ++x) {
            const uchar v = grey[size_t(y) * width + x];
            uchar r, g, b;
            rgbOf(v, &r, &g, &b);
            switch (format) {
            case F::Format_YUYV: row[2 * x] = v; row[2 * x + 1] = 128; break;
            case F::Format_UYVY: row[2 * x] = 128; row[2 * x + 1] = v; break;
            case F::Format_P010: row[2 * x] = 0; row[2 * x + 1] = v; break; // little-endian, high bits
            case F::Format_XRGB8888: row[4 * x] = 255; row[4 * x + 1] = r; row[4 * x + 2] = g; row[4 * x + 3] = b; break;
            case F::Format_BGRA8888: row[4 * x] = b; row[4 * x + 1] = g; row[4 * x + 2] = r; row[4 * x + 3] = 255; break;
            case F::Format_RGBX8888: row[4 * x] = r; row[4 * x + 1] = g; row[4 * x + 2] = b; row[4 * x + 3] = 255; break;
            case F::Format_ABGR8888: row[4 * x] = 255; row[4 * x + 1] = b; row[4 * x + 2] = g; row[4 * x + 3] = r; break;
            default: row[x] = v; // the Y plane of planar and semi-planar formats
            }
        }
    }
    frame.unmap();
    return frame;
}

QString cardPayload()
{
    const CardFacts card { CardCode::generate(), "reakt", { "initiative:nizu-overvecht", "initiative:wijkpaleis" },
                           QDate(2026, 11, 1), QDate(2027, 2, 28), "nl" };
    return CardVerifier::payload(card, SignedPayload::generateKeyPair().secretKey);
}
}

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

// QR codes read from video frames as a camera delivers them, without a camera: frames are
// built in the pixel formats cameras use and handed to a real QVideoSink. A code held in view
// is emitted once; frames arriving while one is decoded are dropped, not queued.
class TestQrFrameReader : public QObject
{
    Q_OBJECT

    QString m_card;
    QString m_otherCard;
    std::vector<uchar> m_cardScene;

    QVideoFrame cardFrame() const { return frameOf(m_cardScene, QVideoFrameFormat::Format_NV12); }

private slots:
    void initTestCase()
    {
        m_card = cardPayload();
        m_otherCard = cardPayload();
        QVERIFY(m_card.startsWith("BUURTBRUG:CARD:1:"));
        QVERIFY(m_card != m_otherCard);
        m_cardScene = scene(m_card);
    }

    void readsEachCameraFormat_data()
    {
        using F = QVideoFrameFormat;
        QTest::addColumn<F::PixelFormat>("format");
        for (F::PixelFormat format : { F::Format_NV12, F::Format_NV21, F::Format_YUV420P, F::Format_YV12,
                                       F::Format_YUV422P, F::Format_YUYV, F::Format_UYVY, F::Format_Y8,
                                       F::Format_P010, F::Format_XRGB8888, F::Format_BGRA8888,
                                       F::Format_RGBX8888, F::Format_ABGR8888 })
            QTest::newRow(qPrintable(F::pixelFormatToString(format))) << format;
    }
    void readsEachCameraFormat()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        const QVideoFrame frame = frameOf(m_cardScene, format);
        QVERIFY(frame.isValid());
        QCOMPARE(QrFrameReader::decodeFrame(frame).value_or("nothing read"), m_card);
        // The grey is the scene itself: the Y plane as it is, RGB back to its luminance.
        const GreyFrame grey = GreyFrame::of(frame);
        QCOMPARE(grey.width, frameWidth);
        QCOMPARE(grey.height, frameHeight);
        int worst = 0;
        for (size_t i = 0; i < m_cardScene.size(); ++i)
            worst = std::max(worst, std::abs(int(uchar(grey.pixels[qsizetype(i)])) - int(m_cardScene[i])));
        QVERIFY2(worst <= 4, qPrintable(QString::number(worst)));
    }

    void rgbFollowsTheByteOrderOfEachFormat()
    {
        using F = QVideoFrameFormat;
        // One pure red, green and blue pixel: BT.601 weighs them 77, 150 and 29 of 256, so full
        // red, green and blue are 77, 149 and 29 grey.
        const struct { F::PixelFormat format; int r, g, b; } layouts[] = {
            { F::Format_ARGB8888, 1, 2, 3 }, { F::Format_XRGB8888, 1, 2, 3 }, { F::Format_BGRA8888, 2, 1, 0 },
            { F::Format_BGRX8888, 2, 1, 0 }, { F::Format_ABGR8888, 3, 2, 1 }, { F::Format_XBGR8888, 3, 2, 1 },
            { F::Format_RGBA8888, 0, 1, 2 }, { F::Format_RGBX8888, 0, 1, 2 },
        };
        for (const auto &layout : layouts) {
            QVideoFrame frame(QVideoFrameFormat(QSize(3, 1), layout.format));
            QVERIFY(frame.map(QVideoFrame::WriteOnly));
            std::memset(frame.bits(0), 0, size_t(frame.mappedBytes(0)));
            frame.bits(0)[0 + layout.r] = 255;
            frame.bits(0)[4 + layout.g] = 255;
            frame.bits(0)[8 + layout.b] = 255;
            frame.unmap();
            const GreyFrame grey = GreyFrame::of(frame);
            const QByteArray expected("\x4d\x95\x1d", 3);
            QVERIFY2(grey.pixels == expected,
                     qPrintable(F::pixelFormatToString(layout.format) + ": " + grey.pixels.toHex(' ')));
        }
    }

    void nothingReadWithoutACode()
    {
        QVERIFY(!QrFrameReader::decodeFrame(frameOf(scene({}), QVideoFrameFormat::Format_NV12)));
        QVERIFY(!QrFrameReader::decodeFrame(frameOf(scene({}), QVideoFrameFormat::Format_BGRA8888)));
        QVERIFY(!QrFrameReader::decodeFrame(QVideoFrame()));
        QVERIFY(GreyFrame::of(QVideoFrame()).isNull());
    }

    void aCodeHeldInViewIsEmittedOnce()
    {
        QVideoSink sink;
        QrFrameReader reader;
        reader.setVideoSink(&sink);
        QSignalSpy spy(&reader, &QrFrameReader::decoded);
        // A fresh frame each time, as a camera delivers, and each one decoded before the next.
        for (int i = 1; i <= 5; ++i) {
            sink.setVideoFrame(cardFrame());
            QTRY_COMPARE_WITH_TIMEOUT(reader.framesRead(), i, 10000);
        }
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), m_card);

        // Another card is read at once.
        sink.setVideoFrame(frameOf(scene(m_otherCard), QVideoFrameFormat::Format_YUV420P));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
        QCOMPARE(spy.at(1).at(0).toString(), m_otherCard);
        // A frame without a code is read and says nothing.
        sink.setVideoFrame(frameOf(scene({}), QVideoFrameFormat::Format_NV12));
        QTRY_COMPARE_WITH_TIMEOUT(reader.framesRead(), 7, 10000);
        QCOMPARE(spy.count(), 2);
    }

    void framesArrivingWhileBusyAreDropped()
    {
        QVideoSink sink;
        QrFrameReader reader;
        reader.setVideoSink(&sink);
        QSignalSpy spy(&reader, &QrFrameReader::decoded);
        // Five frames in one go: the first is decoding while the others arrive.
        for (int i = 0; i < 5; ++i)
            sink.setVideoFrame(cardFrame());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(reader.framesRead(), 1);
        QCOMPARE(spy.count(), 1);
    }

    void keptInViewStaysQuietThenReadsAgainAfterAPause()
    {
        QVideoSink sink;
        QrFrameReader reader;
        reader.setVideoSink(&sink);
        QSignalSpy spy(&reader, &QrFrameReader::decoded);
        QElapsedTimer held;
        held.start();
        // Held in view for longer than the quiet period: still one.
        int frames = 0;
        while (held.elapsed() < QrFrameReader::RepeatQuietMs + 600) {
            sink.setVideoFrame(cardFrame());
            ++frames;
            QTRY_COMPARE_WITH_TIMEOUT(reader.framesRead(), frames, 10000);
            QTest::qWait(250);
        }
        QCOMPARE(spy.count(), 1);
        // Taken away for the quiet period and shown again: a new scan.
        QTest::qWait(int(QrFrameReader::RepeatQuietMs) + 100);
        sink.setVideoFrame(cardFrame());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
    }

    void inactiveReadsNothing()
    {
        QVideoSink sink;
        QrFrameReader reader;
        QVERIFY(reader.isActive());
        QSignalSpy activeSpy(&reader, &QrFrameReader::activeChanged);
        reader.setActive(false);
        QCOMPARE(activeSpy.count(), 1);
        reader.setVideoSink(&sink);
        QSignalSpy spy(&reader, &QrFrameReader::decoded);
        for (int i = 0; i < 3; ++i) {
            sink.setVideoFrame(cardFrame());
            QTest::qWait(100);
        }
        QCOMPARE(reader.framesRead(), 0);
        QCOMPARE(spy.count(), 0);
        // Active again: the next frame is read.
        reader.setActive(true);
        sink.setVideoFrame(cardFrame());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    }

    void aCodeSeenBeforeIsReadAgainInANewSession()
    {
        QVideoSink sink;
        QrFrameReader reader;
        reader.setVideoSink(&sink);
        QSignalSpy spy(&reader, &QrFrameReader::decoded);
        sink.setVideoFrame(cardFrame());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        reader.setActive(false);
        reader.setActive(true);
        sink.setVideoFrame(cardFrame());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
    }

    void framesFromTheCameraThreadAreAnsweredOnTheReadersThread()
    {
        QVideoSink sink;
        QrFrameReader reader;
        reader.setVideoSink(&sink);
        QThread *answeredOn = nullptr;
        connect(&reader, &QrFrameReader::decoded, this, [&] { answeredOn = QThread::currentThread(); });
        const QVideoFrame frame = cardFrame();
        std::unique_ptr<QThread> camera(QThread::create([&] { sink.setVideoFrame(frame); }));
        camera->start();
        QVERIFY(camera->wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(answeredOn, 10000);
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    void destroyedWhileDecoding()
    {
        QVideoSink sink;
        {
            QrFrameReader reader;
            reader.setVideoSink(&sink);
            sink.setVideoFrame(cardFrame()); // decoding now; the reader goes before it finishes
        }
        sink.setVideoFrame(cardFrame()); // nobody listens any more
        QTest::qWait(100);
    }

    void swappingSinks()
    {
        QVideoSink first;
        QVideoSink second;
        QrFrameReader reader;
        QSignalSpy sinkSpy(&reader, &QrFrameReader::videoSinkChanged);
        reader.setVideoSink(&first);
        reader.setVideoSink(&second);
        reader.setVideoSink(&second);
        QCOMPARE(sinkSpy.count(), 2);
        QCOMPARE(reader.videoSink(), &second);
        QSignalSpy spy(&reader, &QrFrameReader::decoded);
        first.setVideoFrame(cardFrame());
        QTest::qWait(200);
        QCOMPARE(reader.framesRead(), 0);
        second.setVideoFrame(cardFrame());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    }
};

QTEST_MAIN(TestQrFrameReader)
#include "tst_qrframereader.moc"
