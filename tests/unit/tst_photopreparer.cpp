#include "photopreparer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QtEndian>
#include <QtTest>

// The photo preparer on real encoders: what goes in carries a position (EXIF GPS, written here
// by hand as a camera writes it), XMP and a comment; what comes out must carry none of them.
class TestPhotoPreparer : public QObject
{
    Q_OBJECT

private:
    static QByteArray encode(const QImage &image, const char *format)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        writer.write(image);
        return bytes;
    }

    // A landscape picture, wider than tall, with a dark left edge to see a rotation by.
    static QImage landscape(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(200, 220, 240));
        QPainter painter(&image);
        painter.fillRect(0, 0, width / 10, height, Qt::black);
        return image;
    }

    static void append16(QByteArray &out, quint16 v)
    {
        out.append(char(v >> 8)).append(char(v & 0xff));
    }
    static void append32(QByteArray &out, quint32 v)
    {
        append16(out, quint16(v >> 16));
        append16(out, quint16(v & 0xffff));
    }
    static void entry(QByteArray &out, quint16 tag, quint16 type, quint32 count, quint32 value)
    {
        append16(out, tag);
        append16(out, type);
        append32(out, count);
        append32(out, value);
    }

    // An APP1 "Exif" segment (big-endian TIFF): IFD0 with Orientation = 6 (turn 90° clockwise)
    // and a GPS IFD with latitude N 51° 54' 36" — what a phone writes into every photo.
    static QByteArray exifSegment()
    {
        QByteArray tiff("MM\0\x2a", 4);
        append32(tiff, 8); // IFD0 at 8
        append16(tiff, 2);
        entry(tiff, 0x0112, 3, 1, 6u << 16); // Orientation SHORT, left-justified
        entry(tiff, 0x8825, 4, 1, 38); // GPSInfo IFD at 38
        append32(tiff, 0); // no next IFD: 8 + 2 + 24 + 4 = 38
        append16(tiff, 2); // GPS IFD
        entry(tiff, 0x0001, 2, 2, quint32('N') << 24); // GPSLatitudeRef "N"
        entry(tiff, 0x0002, 5, 3, 38 + 2 + 24 + 4); // GPSLatitude, 3 RATIONALs after the IFD
        append32(tiff, 0);
        for (quint32 v : { 51u, 1u, 54u, 1u, 36u, 1u })
            append32(tiff, v);
        QByteArray payload = QByteArray("Exif\0\0", 6) + tiff + QByteArray("GPSMARKER");
        QByteArray segment("\xff\xe1", 2);
        append16(segment, quint16(payload.size() + 2));
        return segment + payload;
    }

    static QByteArray withSegmentsAfterSoi(const QByteArray &jpegBytes, const QByteArray &segments)
    {
        return jpegBytes.left(2) + segments + jpegBytes.mid(2);
    }

    // The markers of a JPEG up to its scan, read byte-wise.
    static QList<quint8> markers(const QByteArray &jpegBytes)
    {
        QList<quint8> found;
        int at = 2;
        while (at + 4 <= jpegBytes.size() && quint8(jpegBytes[at]) == 0xff) {
            const quint8 marker = quint8(jpegBytes[at + 1]);
            found.append(marker);
            if (marker == 0xda)
                break; // start of scan: entropy-coded data follows
            at += 2 + qFromBigEndian<quint16>(jpegBytes.constData() + at + 2);
        }
        return found;
    }

    static void checkClean(const QByteArray &jpegBytes)
    {
        QVERIFY(jpegBytes.startsWith("\xff\xd8"));
        QVERIFY(!jpegBytes.contains("Exif"));
        QVERIFY(!jpegBytes.contains("GPSMARKER"));
        QVERIFY(!jpegBytes.contains("http://ns.adobe.com"));
        QVERIFY(!jpegBytes.contains("secret comment"));
        QVERIFY(!jpegBytes.contains("ICC_PROFILE"));
        const QList<quint8> found = markers(jpegBytes);
        QVERIFY(found.contains(0xda));
        for (quint8 marker : found) {
            const bool application
                = marker >= 0xe1 && marker <= 0xef; // APP1..APP15: EXIF, XMP, ICC, ...
            QVERIFY2(!application && marker != 0xfe, qPrintable(QString::number(marker, 16)));
        }
    }

    static quint32 crc32(const QByteArray &data)
    {
        quint32 crc = 0xffffffffu;
        for (char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }

    static QByteArray pngChunk(const char *type, const QByteArray &data)
    {
        QByteArray chunk;
        append32(chunk, quint32(data.size()));
        const QByteArray typed = QByteArray(type) + data;
        chunk += typed;
        append32(chunk, crc32(typed));
        return chunk;
    }

private slots:
    void stripsExifGpsXmpAndCommentsAndTurnsUpright()
    {
        const QByteArray plain = encode(landscape(2400, 1200), "jpeg");
        QByteArray xmp("\xff\xe1", 2);
        const QByteArray xmpPayload = QByteArray("http://ns.adobe.com/xap/1.0/\0", 29)
            + "<x:xmpmeta><exif:GPSLatitude>51,54.6N</exif:GPSLatitude></x:xmpmeta>";
        append16(xmp, quint16(xmpPayload.size() + 2));
        xmp += xmpPayload;
        QByteArray comment("\xff\xfe", 2);
        append16(comment, quint16(QByteArray("secret comment").size() + 2));
        comment += "secret comment";
        const QByteArray input = withSegmentsAfterSoi(plain, exifSegment() + xmp + comment);
        QVERIFY(input.contains("Exif"));
        QVERIFY(input.contains("GPSMARKER"));
        {
            QBuffer buffer;
            buffer.setData(input);
            QImageReader reader(&buffer);
            QCOMPARE(reader.transformation(),
                QImageIOHandler::TransformationRotate90); // the segment is read as EXIF
        }

        const PhotoPreparer::Prepared out = PhotoPreparer::fromBytes(input);
        QVERIFY(out.ok());
        // Orientation 6 applied: 2400×1200 stands as 1200×2400, scaled to 800×1600.
        QCOMPARE(out.displaySize, QSize(800, 1600));
        QCOMPARE(out.thumbnailSize, QSize(128, 256));
        checkClean(out.display);
        checkClean(out.thumbnail);

        QImage shown;
        QVERIFY(shown.loadFromData(out.display, "JPEG"));
        QCOMPARE(shown.size(), QSize(800, 1600));
        // The dark left edge is now along the top.
        QVERIFY(qGray(shown.pixel(400, 20)) < 60);
        QVERIFY(qGray(shown.pixel(400, 1500)) > 150);
    }

    void smallPhotoIsNotEnlarged()
    {
        const PhotoPreparer::Prepared out
            = PhotoPreparer::fromBytes(encode(landscape(300, 200), "png"));
        QVERIFY(out.ok());
        QCOMPARE(out.displaySize, QSize(300, 200));
        QCOMPARE(out.thumbnailSize, QSize(300, 200).scaled(256, 256, Qt::KeepAspectRatio));
        checkClean(out.display);
    }

    void capturedImage()
    {
        QImage frame = landscape(1920, 1080);
        frame.setText(QStringLiteral("Description"), QStringLiteral("secret comment"));
        const PhotoPreparer::Prepared out = PhotoPreparer::fromImage(frame);
        QVERIFY(out.ok());
        QCOMPARE(out.displaySize, QSize(1600, 900));
        checkClean(out.display);
        QVERIFY(!PhotoPreparer::fromImage(QImage()).ok());
    }

    void refusesWhatIsNotAnImage()
    {
        QCOMPARE(PhotoPreparer::fromBytes({}).problem, PhotoPreparer::Problem::Empty);
        QCOMPARE(PhotoPreparer::fromBytes("%PDF-1.7\nnot a photo at all, only words\n").problem,
            PhotoPreparer::Problem::NotAnImage);
        QCOMPARE(PhotoPreparer::fromBytes(QByteArray(4096, 'x')).problem,
            PhotoPreparer::Problem::NotAnImage);
        QVERIFY(!PhotoPreparer::message(PhotoPreparer::Problem::NotAnImage).isEmpty());
    }

    void refusesCorruptImages()
    {
        // A JPEG cut off after its header: no scan to decode.
        const QByteArray jpegBytes = encode(landscape(640, 480), "jpeg");
        const int scan = jpegBytes.indexOf("\xff\xda");
        QVERIFY(scan > 0);
        const PhotoPreparer::Problem cut = PhotoPreparer::fromBytes(jpegBytes.left(scan)).problem;
        QVERIFY2(
            cut == PhotoPreparer::Problem::Corrupt || cut == PhotoPreparer::Problem::NotAnImage,
            qPrintable(QString::number(int(cut))));
        // A PNG whose image data is garbage (the checksum of a critical chunk fails).
        QByteArray png = encode(landscape(640, 480), "png");
        const int idat = png.indexOf("IDAT");
        QVERIFY(idat > 0);
        for (int i = idat + 4; i < idat + 200; ++i)
            png[i] = char(png[i] ^ 0x5a);
        QCOMPARE(PhotoPreparer::fromBytes(png).problem, PhotoPreparer::Problem::Corrupt);
    }

    void refusesTooLargeBeforeDecoding()
    {
        PhotoPreparer::Limits small;
        small.maxInputBytes = 1000;
        QCOMPARE(PhotoPreparer::fromBytes(encode(landscape(640, 480), "png"), small).problem,
            PhotoPreparer::Problem::TooManyBytes);
        QVERIFY(PhotoPreparer::message(PhotoPreparer::Problem::TooManyBytes, small)
                    .contains(QLatin1String("0")));

        // A dimension bomb: a PNG of a hundred bytes that says it is 60 000 × 60 000 pixels.
        QByteArray header;
        append32(header, 60000);
        append32(header, 60000);
        header += QByteArray("\x08\x02\x00\x00\x00", 5);
        const QByteArray bomb = QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
            + pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
        QVERIFY(bomb.size() < 200);
        QCOMPARE(PhotoPreparer::fromBytes(bomb).problem, PhotoPreparer::Problem::TooManyPixels);
    }

    // What a phone's 12-megapixel photo costs to prepare (on the UI thread today): logged, with
    // a generous bound so a loaded machine does not fail it.
    void twelveMegapixels()
    {
        const QByteArray input = encode(landscape(4000, 3000), "jpeg");
        QElapsedTimer timer;
        timer.start();
        const PhotoPreparer::Prepared out = PhotoPreparer::fromBytes(input);
        const qint64 ms = timer.elapsed();
        QVERIFY(out.ok());
        QCOMPARE(out.displaySize, QSize(1600, 1200));
        qInfo("12 MP JPEG (%lld KB) prepared in %lld ms: display %lld KB, thumbnail %lld KB",
            qint64(input.size() / 1024), ms, qint64(out.display.size() / 1024),
            qint64(out.thumbnail.size() / 1024));
        QVERIFY(ms < 10000);
    }
};

QTEST_MAIN(TestPhotoPreparer)
#include "tst_photopreparer.moc"
