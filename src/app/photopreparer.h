#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// What PhotoPreparer takes and makes (outside the class: a default argument of a nested type
// with member initializers does not compile in GCC 12).
struct PhotoLimits
{
    qint64 maxInputBytes = 25 * 1024 * 1024;
    qint64 maxPixels = 40'000'000;
    int displaySide = 1600;
    int thumbnailSide = 256;
    int quality = 82;
};

// Turns a photo someone picked or took into what the directory stores: a display image
// (longest side at most 1600 px) and a thumbnail (at most 256 px), both JPEG, drawn afresh
// into new images so nothing of the original file travels — no EXIF (so never a position),
// no XMP, no comments, no colour profile. EXIF orientation is applied first, so the stored
// pixels stand upright without it. Input beyond the limits is refused before it is decoded:
// a file's bytes and its stated dimensions are read first, so a small file that claims
// 60 000 × 60 000 pixels (a decompression bomb) never allocates its image.
class PhotoPreparer
{
    Q_DECLARE_TR_FUNCTIONS(PhotoPreparer)

public:
    enum class Problem {
        None,
        Empty,
        TooManyBytes,
        NotAnImage,
        TooManyPixels,
        Corrupt,
        EncodeFailed
    };

    using Limits = PhotoLimits;

    struct Prepared
    {
        Problem problem = Problem::None;
        QByteArray display; // JPEG
        QByteArray thumbnail; // JPEG
        QSize displaySize;
        QSize thumbnailSize;
        [[nodiscard]] bool ok() const { return problem == Problem::None; }
    };

    [[nodiscard]] static Prepared fromBytes(const QByteArray &bytes, const Limits &limits = {});
    // A captured frame (the camera's QImage): the same scaling and re-encoding.
    [[nodiscard]] static Prepared fromImage(const QImage &image, const Limits &limits = {});
    // The one translated sentence for a refusal ("" for None).
    [[nodiscard]] static QString message(Problem problem, const Limits &limits = {});
};
