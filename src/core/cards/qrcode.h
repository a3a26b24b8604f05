#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// QR codes for cards and posters with ZXing-cpp, without any image type: a code is a square
// of modules to draw (the app and the PDF printer draw them), and decoding reads an 8-bit
// grey frame as a camera delivers it. Error correction level M: a quarter of a printed card
// may be scuffed and the code still reads.
namespace QrCode {

struct Matrix
{
    int size = 0;       // modules per side, quiet zone included
    QByteArray modules; // size × size, row by row: 1 dark, 0 light
    [[nodiscard]] bool dark(int x, int y) const { return modules.at(y * size + x) != 0; }
};

// The QR code for a text (Latin-1 payloads such as BUURTBRUG:..., or UTF-8), with a quiet
// zone of 4 modules; empty when the text does not fit a QR code.
[[nodiscard]] Matrix encode(const QString &text);

// The text of the first QR code found in a grey frame (one byte per pixel), or nullopt when
// there is none that reads: no code, a blurred or partial one.
[[nodiscard]] std::optional<QString> decode(const uchar *grey, int width, int height, int bytesPerLine);
}
