// Kijk op de Wijk cards against their floors, each measured in the same run: signing a card's
// payload next to a bare libsodium crypto_sign_detached over the same bytes; verifying it
// (with the organisation's key looked up in the directory) next to crypto_sign_verify_detached;
// the QR matrix next to ZXing's own encoder with the same settings; reading a QR code from a
// 1280x720 grey camera frame next to a frame with no code (what a scanner spends on every
// frame anyway); a PDF of 100 A6 cards through buurtbrug-admin's path (store, re-signing,
// layout) next to QPdfWriter drawing only each card's QR code and code. Prints one JSON line
// per measurement; bench/run-cards.sh turns them into a table.
// Usage: cards_bench [SCRATCH_FOLDER]
#include "cardcode.h"
#include "cardcommands.h"
#include "cardprintcommands.h"
#include "cardverifier.h"
#include "databasefolder.h"
#include "datatransfer.h"
#include "domainindexer.h"
#include "organisationkeys.h"
#include "qrcode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {
constexpr int cards = 1000;   // signed, verified and encoded
constexpr int frames = 60;    // decoded, with and without a code
constexpr int printed = 100;  // cards in the PDF
const QStringList places { "initiative:geestverwanten", "initiative:wijkpaleis", "initiative:buurtmaatjes-visserijplein",
                           "initiative:de-middellander", "initiative:nizu-overvecht" };

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "cards_bench: %s\n", qPrintable(what));
    std::exit(1);
}

void report(const char *engine, const char *metric, double value, const char *unit)
{
    std::printf("{\"metric\":\"%s\",\"engine\":\"%s\",\"value\":%.4f,\"unit\":\"%s\"}\n", metric, engine, value, unit);
    std::fflush(stdout);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

// Runs `work` once per item and reports the mean time per item in microseconds.
template<typename Work>
void perItem(const char *engine, const char *metric, int items, Work work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < items; ++i)
        work(i);
    report(engine, metric, double(timer.nsecsElapsed()) / 1e3 / items, "us");
}

QByteArray fromBase64url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A grey 1280x720 frame of noisy paper, with the code (if any) at `pixels` per module.
std::vector<uchar> frame(QRandomGenerator &random, const QrCode::Matrix *code, int pixels)
{
    std::vector<uchar> grey(size_t(1280) * 720);
    for (uchar &p : grey)
        p = uchar(190 + random.bounded(50));
    if (!code)
        return grey;
    const int side = code->size * pixels;
    const int left = int(random.bounded(1280 - side));
    const int top = int(random.bounded(720 - side));
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x)
            grey[size_t(top + y) * 1280 + left + x] = code->dark(x / pixels, y / pixels) ? 35 : 230;
    }
    return grey;
}

// The floor of the PDF: the same pages with only the QR squares and the code, no store,
// no signing, no text layout.
double barePdf(const QString &file, const QList<QrCode::Matrix> &codes, const QStringList &texts)
{
    QElapsedTimer timer;
    timer.start();
    QPdfWriter writer(file);
    writer.setResolution(1200);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(105, 148), QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF()));
    QPainter painter(&writer);
    const qreal mm = 1200 / 25.4;
    painter.setFont(QFont(QStringLiteral("DejaVu Sans Mono"), 18));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QrCode::Matrix &code = codes.at(i);
        const qreal module = 46 * mm / code.size;
        QPainterPath path; // one rectangle per run of dark modules, the fewest a code needs
        for (int y = 0; y < code.size; ++y) {
            for (int x = 0, start = -1; x <= code.size; ++x) {
                const bool dark = x < code.size && code.dark(x, y);
                if (dark && start < 0)
                    start = x;
                if (!dark && start >= 0) {
                    path.addRect(QRectF(7 * mm + start * module, 7 * mm + y * module, (x - start) * module, module));
                    start = -1;
                }
            }
        }
        painter.fillPath(path, Qt::black);
        painter.drawText(QPointF(57 * mm, 30 * mm), texts.at(i));
    }
    painter.end();
    return double(timer.nsecsElapsed()) / 1e6;
}
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF needs fonts
    if (sodium_init() < 0)
        fail(QStringLiteral("libsodium"));
    const QString parent = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    QTemporaryDir scratch(parent + "/bench-cards-XXXXXX");
    const QString data = scratch.filePath("data");
    {
        DatabaseFolder folder(DomainIndexer::indexer());
        if (!folder.open(data, true).ok() || !folder.database("directory", true).ok() || !folder.database("cards", true).ok()
            || !folder.database("org-bench", true).ok())
            fail(QStringLiteral("cannot make %1").arg(data));
        QFile sample(SAMPLE_DATA);
        if (!sample.open(QIODevice::ReadOnly) || !DataTransfer::importJson(folder, sample.readAll()).ok())
            fail(QStringLiteral("cannot import %1").arg(SAMPLE_DATA));
    }
    DatabaseFolder folder(DomainIndexer::indexer());
    if (!folder.open(data, false).ok())
        fail(QStringLiteral("cannot open %1").arg(data));
    DocumentDatabase &directory = *folder.database("directory").value();
    const QByteArray secret = OrganisationKeys::secretKey(data, directory, "bench").value();
    const QByteArray publicKey = OrganisationKeys::publicKey(directory, "bench").value();

    QList<CardFacts> facts;
    for (int i = 0; i < cards; ++i)
        facts.append({ CardCode::generate(), "bench", places.mid(0, 1 + i % places.size()), QDate(2026, 11, 1), QDate(2027, 2, 28), "nl" });
    QStringList payloads(cards);
    perItem("buurtbrug", "sign_per_card", cards, [&](int i) { payloads[i] = CardVerifier::payload(facts.at(i), secret); });
    // The same bytes for the floor: everything before the dot, and the signature after it.
    std::vector<QByteArray> messages, signatures;
    for (const QString &payload : std::as_const(payloads)) {
        messages.push_back(payload.left(payload.lastIndexOf(u'.')).toLatin1());
        signatures.push_back(fromBase64url(payload.mid(payload.lastIndexOf(u'.') + 1)));
    }
    unsigned char signature[crypto_sign_BYTES];
    perItem("libsodium", "sign_per_card", cards, [&](int i) {
        crypto_sign_detached(signature, nullptr, reinterpret_cast<const uchar *>(messages[i].constData()), messages[i].size(),
                             reinterpret_cast<const uchar *>(secret.constData()));
    });

    const QDate today(2026, 12, 1);
    int refused = 0;
    perItem("buurtbrug", "verify_per_card", cards, [&](int i) { refused += !CardVerifier::verify(payloads.at(i), directory, today).ok(); });
    perItem("libsodium", "verify_per_card", cards, [&](int i) {
        refused += crypto_sign_verify_detached(reinterpret_cast<const uchar *>(signatures[i].constData()),
                                               reinterpret_cast<const uchar *>(messages[i].constData()), messages[i].size(),
                                               reinterpret_cast<const uchar *>(publicKey.constData())) != 0;
    });
    if (refused > 0)
        fail(QStringLiteral("%1 valid cards refused").arg(refused));

    QList<QrCode::Matrix> codes(cards);
    perItem("buurtbrug", "qr_encode_per_card", cards, [&](int i) { codes[i] = QrCode::encode(payloads.at(i)); });
    int modules = 0;
    perItem("zxing", "qr_encode_per_card", cards, [&](int i) {
        modules += ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setEncoding(ZXing::CharacterSet::UTF8).setEccLevel(4)
                           .setMargin(4).encode(payloads.at(i).toStdString(), 0, 0).width();
    });

    QRandomGenerator random(2026);
    std::vector<double> withCode, without;
    int unread = 0;
    for (int i = 0; i < frames; ++i) {
        const std::vector<uchar> grey = frame(random, &codes.at(i), 3 + i % 4);
        QElapsedTimer timer;
        timer.start();
        const std::optional<QString> read = QrCode::decode(grey.data(), 1280, 720, 1280);
        withCode.push_back(double(timer.nsecsElapsed()) / 1e6);
        unread += !read || *read != payloads.at(i);
        const std::vector<uchar> empty = frame(random, nullptr, 0);
        timer.restart();
        unread += QrCode::decode(empty.data(), 1280, 720, 1280).has_value();
        without.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (unread > 0)
        std::fprintf(stderr, "cards_bench: %d of %d frames not read as expected\n", unread, 2 * frames);
    report("buurtbrug", "qr_decode_1280x720_p50", percentile(withCode, 0.5), "ms");
    report("buurtbrug", "qr_decode_1280x720_p99", percentile(withCode, 0.99), "ms");
    report("no_code", "qr_decode_1280x720_p50", percentile(without, 0.5), "ms");
    report("no_code", "qr_decode_1280x720_p99", percentile(without, 0.99), "ms");

    // 100 cards issued as a coordinator would, then printed through the admin command's path.
    CardPrintCommands::PrintRequest request { data, {}, CardFormat::A6, scratch.filePath("cards.pdf") };
    for (int i = 0; i < printed; ++i) {
        const Result<QJsonObject> issued = CardCommands::issue({ data, "bench", places.mid(0, 1 + i % places.size()), QDate(2026, 11, 1),
                                                                 QDate(2027, 2, 28), i % 3 == 0 ? "ar" : "nl", false });
        if (!issued.ok())
            fail(issued.error().reason);
        request.codes.append(issued.value().value("code").toString());
    }
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> pdf = CardPrintCommands::print(request);
    const double pdfMs = double(timer.nsecsElapsed()) / 1e6;
    if (!pdf.ok())
        fail(pdf.error().reason);
    report("buurtbrug", "pdf_100_a6_cards", pdfMs, "ms");
    report("buurtbrug", "pdf_100_a6_cards_size", double(QFileInfo(request.out).size()) / 1e6, "MB");
    const QString bare = scratch.filePath("bare.pdf");
    report("bare_qpdfwriter", "pdf_100_a6_cards", barePdf(bare, codes.mid(0, printed), request.codes), "ms");
    report("bare_qpdfwriter", "pdf_100_a6_cards_size", double(QFileInfo(bare).size()) / 1e6, "MB");
    return modules > 0 ? 0 : 1;
}
