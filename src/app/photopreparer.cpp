#include "photopreparer.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace {
// A new opaque image holding only pixels: no text keys (Qt writes them as JPEG comments), no
// colour space (an ICC segment), no dots-per-metre taken over from the source.
QImage freshCopy(const QImage &source, int longestSide)
{
    QSize size = source.size();
    if (qMax(size.width(), size.height()) > longestSide)
        size.scale(longestSide, longestSide, Qt::KeepAspectRatio);
    size = size.expandedTo(QSize(1, 1));
    QImage out(size, QImage::Format_RGB32);
    out.fill(Qt::white); // transparent parts of a PNG become white, not black
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRect(QPoint(0, 0), size),
        source.size() == size
            ? source
            : source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    painter.end();
    return out;
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return bytes;
}
}

PhotoPreparer::Prepared PhotoPreparer::fromImage(const QImage &image, const Limits &limits)
{
    Prepared out;
    if (image.isNull()) {
        out.problem = Problem::Corrupt;
        return out;
    }
    if (qint64(image.width()) * image.height() > limits.maxPixels) {
        out.problem = Problem::TooManyPixels;
        return out;
    }
    const QImage display = freshCopy(image, limits.displaySide);
    const QImage thumbnail = freshCopy(display, limits.thumbnailSide);
    out.display = jpeg(display, limits.quality);
    out.thumbnail = jpeg(thumbnail, limits.quality);
    if (out.display.isEmpty() || out.thumbnail.isEmpty()) {
        out = {};
        out.problem = Problem::EncodeFailed;
        return out;
    }
    out.displaySize = display.size();
    out.thumbnailSize = thumbnail.size();
    return out;
}

PhotoPreparer::Prepared PhotoPreparer::fromBytes(const QByteArray &bytes, const Limits &limits)
{
    Prepared refused;
    if (bytes.isEmpty()) {
        refused.problem = Problem::Empty;
        return refused;
    }
    if (bytes.size() > limits.maxInputBytes) {
        refused.problem = Problem::TooManyBytes;
        return refused;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation into the pixels
    reader.setDecideFormatFromContent(true);
    if (reader.format().isEmpty() || !reader.canRead()) {
        refused.problem = Problem::NotAnImage;
        return refused;
    }
    const QSize stated = reader.size();
    if (!stated.isValid()) {
        refused.problem = Problem::Corrupt;
        return refused;
    }
    if (qint64(stated.width()) * stated.height() > limits.maxPixels) {
        refused.problem = Problem::TooManyPixels;
        return refused;
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        refused.problem = Problem::Corrupt;
        return refused;
    }
    return fromImage(image, limits);
}

QString PhotoPreparer::message(Problem problem, const Limits &limits)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("This file is empty.");
    case Problem::TooManyBytes:
        return tr("This photo is too large: at most %1 MB.")
            .arg(limits.maxInputBytes / (1024 * 1024));
    case Problem::NotAnImage:
        return tr("This file is not a photo. Choose a JPEG or PNG picture.");
    case Problem::TooManyPixels:
        return tr("This photo has too many pixels: at most %1 megapixels.")
            .arg(limits.maxPixels / 1'000'000);
    case Problem::Corrupt:
        return tr("This photo is damaged and cannot be read.");
    case Problem::EncodeFailed:
        return tr("This photo could not be made smaller. Try another one.");
    }
    return {};
}
