#include "qrcode.h"

// text() as UTF-8 std::string (ZXing 1.4 otherwise answers std::wstring).
#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <exception>

namespace {
constexpr int quietZone = 4;
constexpr int eccLevelM = 4; // ZXing's scale 0..8 for QR: 4 is level M (15 %)
}

QrCode::Matrix QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return {};
    try {
        // Width and height 0: one pixel per module, so the matrix is the code itself.
        const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                              .setEncoding(ZXing::CharacterSet::UTF8)
                                              .setEccLevel(eccLevelM)
                                              .setMargin(quietZone)
                                              .encode(text.toStdString(), 0, 0);
        Matrix matrix;
        matrix.size = bits.width();
        matrix.modules.resize(qsizetype(bits.width()) * bits.height());
        for (int y = 0; y < bits.height(); ++y) {
            for (int x = 0; x < bits.width(); ++x)
                matrix.modules[y * matrix.size + x] = bits.get(x, y) ? 1 : 0;
        }
        return matrix;
    } catch (const std::exception &) {
        return {}; // too long for any QR version
    }
}

std::optional<QString> QrCode::decode(const uchar *grey, int width, int height, int bytesPerLine)
{
    if (!grey || width <= 0 || height <= 0 || bytesPerLine < width)
        return std::nullopt;
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode({ grey, width, height, ZXing::ImageFormat::Lum, bytesPerLine }, hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}
