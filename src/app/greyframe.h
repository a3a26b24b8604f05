#pragma once

#include <QByteArray>

class QVideoFrame;

// The luminance of one video frame as 8-bit grey, one byte per pixel, rows packed without
// padding: what a QR decoder reads. Owns its bytes, so it outlives the frame and may travel
// to a worker thread. For YUV frames the Y plane is copied as it is (it already is grey);
// RGB frames are converted with the BT.601 weights; other formats go through QImage.
struct GreyFrame
{
    QByteArray pixels; // width × height
    int width = 0;
    int height = 0;

    [[nodiscard]] bool isNull() const { return pixels.isEmpty(); }

    // The grey of `frame`, or a null GreyFrame when the frame cannot be read (invalid, or a
    // GPU-only format that neither maps nor converts).
    [[nodiscard]] static GreyFrame of(const QVideoFrame &frame);
};
