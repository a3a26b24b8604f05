#include "cardcode.h"
#include "cardverifier.h"
#include "qrcode.h"
#include "signedpayload.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

namespace {
// A grey 1280×720 "camera frame": a paper-coloured background with noise, and the code drawn
// at `moduleSize` pixels per module at (left, top), dark modules not quite black.
struct Frame
{
    int width = 1280;
    int height = 720;
    std::vector<uchar> pixels = std::vector<uchar>(size_t(1280) * 720);

    explicit Frame(quint32 seed)
    {
        QRandomGenerator noise(seed);
        for (uchar &p : pixels)
            p = uchar(200 + noise.bounded(40));
    }
    void draw(const QrCode::Matrix &code, int left, int top, int moduleSize, int visibleRows = -1)
    {
        const int rows = visibleRows < 0 ? code.size : visibleRows;
        for (int y = 0; y < rows * moduleSize; ++y) {
            for (int x = 0; x < code.size * moduleSize; ++x) {
                const int px = left + x;
                const int py = top + y;
                if (px >= 0 && px < width && py >= 0 && py < height)
                    pixels[size_t(py) * width + px] = code.dark(x / moduleSize, y / moduleSize) ? 40 : 235;
            }
        }
    }
    // A box blur of the given radius, as a camera out of focus.
    void blur(int radius)
    {
        std::vector<uchar> out(pixels.size());
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                int sum = 0;
                int n = 0;
                for (int dy = -radius; dy <= radius; ++dy) {
                    for (int dx = -radius; dx <= radius; ++dx) {
                        const int sx = std::clamp(x + dx, 0, width - 1);
                        const int sy = std::clamp(y + dy, 0, height - 1);
                        sum += pixels[size_t(sy) * width + sx];
                        ++n;
                    }
                }
                out[size_t(y) * width + x] = uchar(sum / n);
            }
        }
        pixels = std::move(out);
    }
    std::optional<QString> read() const { return QrCode::decode(pixels.data(), width, height, width); }
};
}

// QR codes of cards made and read again from generated camera frames (no camera in CI): a
// signed card payload survives the round trip; a blurred, cut-off or missing code is answered
// with "nothing read", never with a wrong text.
class TestQrCode : public QObject
{
    Q_OBJECT

    QString m_payload;

private slots:
    void initTestCase()
    {
        const CardFacts card { CardCode::generate(), "reakt",
                               { "initiative:nizu-overvecht", "initiative:wijkpaleis", "initiative:de-middellander",
                                 "initiative:huis-van-de-wijk-post-west", "initiative:geestverwanten" },
                               QDate(2026, 11, 1), QDate(2027, 2, 28), "ar" };
        m_payload = CardVerifier::payload(card, SignedPayload::generateKeyPair().secretKey);
    }

    void aCardPayloadMakesAPrintableCode()
    {
        const QrCode::Matrix code = QrCode::encode(m_payload);
        QVERIFY(code.size > 0);
        QCOMPARE(code.modules.size(), qsizetype(code.size) * code.size);
        // Small enough to print on a credit-card-sized card at 0.5 mm per module.
        QVERIFY2(code.size <= 85, qPrintable(QString::number(code.size)));
        // The quiet zone is light all round.
        for (int i = 0; i < code.size; ++i)
            QVERIFY(!code.dark(i, 0) && !code.dark(0, i) && !code.dark(i, code.size - 1) && !code.dark(code.size - 1, i));
        QVERIFY(QrCode::encode(QString()).modules.isEmpty());
        QVERIFY(QrCode::encode(QString(8000, 'A')).modules.isEmpty()); // too long for any QR code
    }

    void readFromACameraFrame_data()
    {
        QTest::addColumn<int>("moduleSize");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("top");
        QTest::newRow("centred, 6 px per module") << 6 << 400 << 100;
        QTest::newRow("small, 3 px per module") << 3 << 100 << 300;
        QTest::newRow("near the edge") << 5 << 1280 - 5 * 85 << 0;
    }
    void readFromACameraFrame()
    {
        QFETCH(int, moduleSize);
        QFETCH(int, left);
        QFETCH(int, top);
        Frame frame(7);
        frame.draw(QrCode::encode(m_payload), left, top, moduleSize);
        QCOMPARE(frame.read().value_or("nothing read"), m_payload);
    }

    void whatCannotBeReadSaysSo()
    {
        const QrCode::Matrix code = QrCode::encode(m_payload);
        Frame empty(1);
        QVERIFY(!empty.read());
        Frame cutOff(2);
        cutOff.draw(code, 400, 100, 6, code.size / 2); // the lower half is missing
        QVERIFY(!cutOff.read());
        Frame blurred(3);
        blurred.draw(code, 400, 100, 3);
        blurred.blur(4);
        QVERIFY(!blurred.read());
        QVERIFY(!QrCode::decode(nullptr, 10, 10, 10));
        QVERIFY(!QrCode::decode(empty.pixels.data(), 1280, 720, 100)); // a wrong stride is refused
    }

    void anotherAppsCodeReadsButIsNotACard()
    {
        Frame frame(4);
        frame.draw(QrCode::encode("WIFI:S:Visserijplein;T:WPA;P:markt2026;;"), 500, 200, 6);
        const std::optional<QString> text = frame.read();
        QVERIFY(text);
        QCOMPARE(SignedPayload::open(*text).problem, SignedPayload::Problem::NotOurs);
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
