#include "greyframe.h"

#include <QImage>
#include <QVideoFrame>

#include <algorithm>
#include <cstring>
#include <optional>

namespace {
constexpr int highByte = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? 1 : 0;

// How the grey of a pixel is found in plane 0 of a mapped frame.
struct PlaneLayout
{
    enum Kind { Luma, Luma10, Rgb } kind = Luma;
    int step = 1;   // bytes from one pixel to the next
    int offset = 0; // Luma: the byte of Y (the high byte for 16-bit Y)
    int r = 0, g = 0, b = 0; // Rgb: byte of each component within the pixel
};

// The formats a camera delivers; the others (AYUV, JPEG, texture-only) are left to QImage.
std::optional<PlaneLayout> layoutOf(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return PlaneLayout { PlaneLayout::Luma, 1, 0 };
    case F::Format_YUYV:
        return PlaneLayout { PlaneLayout::Luma, 2, 0 };
    case F::Format_UYVY:
        return PlaneLayout { PlaneLayout::Luma, 2, 1 };
    case F::Format_P010: // 10 bits in the high bits of 16: the high byte is the grey
    case F::Format_P016:
    case F::Format_Y16:
        return PlaneLayout { PlaneLayout::Luma, 2, highByte };
    case F::Format_YUV420P10: // 10 bits in the low bits of 16
        return PlaneLayout { PlaneLayout::Luma10, 2, 0 };
    // Qt names 32-bit RGB formats by their byte order in memory.
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return PlaneLayout { PlaneLayout::Rgb, 4, 0, 1, 2, 3 };
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return PlaneLayout { PlaneLayout::Rgb, 4, 0, 2, 1, 0 };
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return PlaneLayout { PlaneLayout::Rgb, 4, 0, 3, 2, 1 };
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return PlaneLayout { PlaneLayout::Rgb, 4, 0, 0, 1, 2 };
    default:
        return std::nullopt;
    }
}

void copyRow(const uchar *in, uchar *out, int width, const PlaneLayout &layout)
{
    switch (layout.kind) {
    case PlaneLayout::Luma:
        if (layout.step == 1) {
            std::memcpy(out, in, size_t(width));
        } else {
            for (int x = 0; x < width; ++x)
                out[x] = in[x * layout.step + layout.offset];
        }
        break;
    case PlaneLayout::Luma10:
        for (int x = 0; x < width; ++x) {
            quint16 value;
            std::memcpy(&value, in + 2 * x, 2);
            out[x] = uchar(std::min(value, quint16(1023)) >> 2);
        }
        break;
    case PlaneLayout::Rgb:
        // BT.601 luma in 8-bit fixed point: 0.299 R + 0.587 G + 0.114 B.
        for (int x = 0; x < width; ++x) {
            const uchar *p = in + 4 * x;
            out[x] = uchar((77 * p[layout.r] + 150 * p[layout.g] + 29 * p[layout.b] + 128) >> 8);
        }
        break;
    }
}

GreyFrame fromMapped(QVideoFrame &frame, const PlaneLayout &layout)
{
    const int width = frame.width();
    const int height = frame.height();
    const int stride = frame.bytesPerLine(0);
    const uchar *bits = frame.bits(0);
    const qint64 needed = qint64(stride) * (height - 1) + qint64(width) * layout.step;
    if (!bits || width <= 0 || height <= 0 || stride < width * layout.step
        || (frame.mappedBytes(0) > 0 && frame.mappedBytes(0) < needed))
        return {};
    GreyFrame grey;
    grey.width = width;
    grey.height = height;
    grey.pixels.resize(qsizetype(width) * height);
    auto *out = reinterpret_cast<uchar *>(grey.pixels.data());
    for (int y = 0; y < height; ++y)
        copyRow(bits + qsizetype(y) * stride, out + qsizetype(y) * width, width, layout);
    return grey;
}

GreyFrame fromImage(const QVideoFrame &frame)
{
    const QImage image = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    GreyFrame grey;
    grey.width = image.width();
    grey.height = image.height();
    grey.pixels.resize(qsizetype(grey.width) * grey.height);
    for (int y = 0; y < grey.height; ++y)
        std::memcpy(grey.pixels.data() + qsizetype(y) * grey.width, image.constScanLine(y), size_t(grey.width));
    return grey;
}
}

GreyFrame GreyFrame::of(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return {};
    const std::optional<PlaneLayout> layout = layoutOf(frame.pixelFormat());
    if (layout) {
        QVideoFrame mapped = frame; // shares the buffer; map() is not const
        if (mapped.map(QVideoFrame::ReadOnly)) {
            GreyFrame grey = fromMapped(mapped, *layout);
            mapped.unmap();
            return grey;
        }
    }
    // A format without a known layout, or frames that live on the GPU only.
    return fromImage(frame);
}
