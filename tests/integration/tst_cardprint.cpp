#include "cardcode.h"
#include "cardverifier.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "initiativephotos.h"
#include "qrcode.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Cards and posters printed by buurtbrug-admin and checked with the tools a person would use:
// poppler's pdfinfo (pages, paper size), pdftotext (the texts, and with -bbox where each word
// sits) and pdftoppm (each page scanned in grey at 200 dpi, whose QR code must read back and
// verify as the host's device would).
class TestCardPrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    QString m_pdfinfo, m_pdftotext, m_pdftoppm;
    QHash<QString, QString> m_codes;    // by card name
    QHash<QString, QString> m_payloads; // as issued

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    struct Place
    {
        QString slug, nl, ar, address;
    };
    // Three places of assets/sample, as the directory has them.
    const QList<Place> m_sample {
        { "geestverwanten", "Geestverwanten", "الأرواح المتقاربة (Geestverwanten)", "Netboetersstraat 14, 3021 KD Rotterdam" },
        { "wijkpaleis", "Wijkpaleis", "قصر الحي (Wijkpaleis)", "Schilderswerf 18, 3023 EK Rotterdam" },
        { "buurtmaatjes-visserijplein", "Buurtmaatjes op de markt (Visserijplein)", "رفاق الحي في السوق (Buurtmaatjes – Visserijplein)",
          "Visserijplein (marktkraam buurtmaatjes), 3027 AB Rotterdam" },
    };
    QList<Place> m_long; // eight long names, made in initTestCase

    Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }
    Run admin(const QStringList &arguments) { return run(ADMIN_BINARY, arguments + QStringList { "--data", m_data }); }

    QString tool(const char *name)
    {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            qWarning("%s is missing: install poppler-utils (scripts/install-deps.sh does)", name);
        return path;
    }

    QString issue(const QString &name, const QList<Place> &places, const QString &language)
    {
        QStringList arguments { "card", "issue", "--org", "reakt", "--until", "2099-12-31", "--lang", language, "--json" };
        for (const Place &place : places)
            arguments << "--initiative" << place.slug;
        const Run issued = admin(arguments);
        const QJsonObject answer = QJsonDocument::fromJson(issued.out).object();
        m_codes.insert(name, answer.value("code").toString());
        m_payloads.insert(name, answer.value("payload").toString());
        return answer.value("code").toString();
    }

    QString pdf(const QString &name) const { return m_dir.filePath(name + ".pdf"); }

    // pdfinfo's page count and the page size in points.
    std::pair<int, QSizeF> info(const QString &file)
    {
        const QString text = QString::fromUtf8(run(m_pdfinfo, { file }).out);
        const QRegularExpressionMatch pages = QRegularExpression("Pages:\\s+(\\d+)").match(text);
        const QRegularExpressionMatch size = QRegularExpression("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").match(text);
        return { pages.captured(1).toInt(), QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble()) };
    }

    QString text(const QString &file, int page)
    {
        return QString::fromUtf8(run(m_pdftotext, { "-f", QString::number(page), "-l", QString::number(page), "-enc", "UTF-8", file, "-" }).out);
    }

    // The page scanned as a grey image, and the QR code read from it.
    std::optional<QString> scan(const QString &file, int page)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("scan-%1").arg(page));
        run(m_pdftoppm, { "-gray", "-r", "200", "-f", QString::number(page), "-l", QString::number(page), "-singlefile", file, prefix });
        const QImage image = QImage(prefix + ".pgm").convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull())
            return std::nullopt;
        return QrCode::decode(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()));
    }

    // pdftotext -bbox: every word's box in points, per page.
    struct Word
    {
        QString text;
        QRectF box;
    };
    QList<std::pair<QSizeF, QList<Word>>> words(const QString &file)
    {
        const QString html = QString::fromUtf8(run(m_pdftotext, { "-bbox", "-enc", "UTF-8", file, "-" }).out);
        QList<std::pair<QSizeF, QList<Word>>> pages;
        static const QRegularExpression tag(
                "<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">|<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>");
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!m.captured(1).isEmpty())
                pages.append({ QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()), {} });
            else if (!pages.isEmpty())
                pages.last().second.append({ m.captured(7), QRectF(QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()),
                                                                   QPointF(m.captured(5).toDouble(), m.captured(6).toDouble())) });
        }
        return pages;
    }

    // What pdftotext gives for Arabic: each line in logical order between bidi marks, the
    // letters as their presentation forms (U+FExx, ligatures U+FCxx). NFKC folds those back
    // to the letters typed. Whitespace is dropped because wrapping moves it, and hyphens
    // because pdftotext joins a word broken after its hyphen and drops the hyphen.
    static QString squeezed(const QString &text)
    {
        QString out = text.normalized(QString::NormalizationForm_KC);
        out.removeIf([](QChar c) { return c.isSpace() || c == u'-' || (c.unicode() >= 0x202A && c.unicode() <= 0x202E); });
        return out;
    }
    // The parts of an Arabic name pdftotext keeps in order: each run of Arabic words, and each
    // Latin word (mixed lines come out in visual order, and parentheses mirror where they wrap).
    static QStringList arabicParts(const QString &name)
    {
        QStringList parts;
        static const QRegularExpression runs("[\\x{0600}-\\x{06FF}]+(?:\\s+[\\x{0600}-\\x{06FF}]+)*|[A-Za-z]{3,}");
        for (auto it = runs.globalMatch(name); it.hasNext();)
            parts.append(it.next().captured());
        return parts;
    }

    void verifyPlaces(const QString &pageText, const QList<Place> &places, bool arabic)
    {
        const QString page = squeezed(pageText);
        for (const Place &place : places) {
            const QStringList parts = arabic ? arabicParts(place.ar) : QStringList { place.nl };
            for (const QString &part : parts)
                QVERIFY2(page.contains(squeezed(part)), qPrintable(QStringLiteral("\"%1\" of %2 is not in the text").arg(part, place.slug)));
            QVERIFY2(page.contains(squeezed(place.address)), qPrintable(place.address));
        }
    }

    // Every word inside the page, at least `marginPt` from each edge.
    void verifyInside(const QString &file, qreal marginPt)
    {
        const auto pages = words(file);
        QVERIFY(!pages.isEmpty());
        for (const auto &[size, list] : pages) {
            QVERIFY(!list.isEmpty());
            const QRectF inside = QRectF(QPointF(0, 0), size).adjusted(marginPt, marginPt, -marginPt, -marginPt);
            for (const Word &word : list) // by hand: QRectF::contains refuses a mark's zero-width box
                QVERIFY2(word.box.left() >= inside.left() && word.box.right() <= inside.right() && word.box.top() >= inside.top()
                                 && word.box.bottom() <= inside.bottom(), qPrintable(QStringLiteral("\"%1\" at %2,%3-%4,%5 leaves the page %6x%7")
                                                                       .arg(word.text).arg(word.box.left()).arg(word.box.top())
                                                                       .arg(word.box.right()).arg(word.box.bottom())
                                                                       .arg(size.width()).arg(size.height())));
        }
    }

    void verifyCardQr(const QString &file, int page, const QString &name)
    {
        const std::optional<QString> read = scan(file, page);
        QVERIFY2(read, "no QR code read from the scanned page");
        QCOMPARE(*read, m_payloads.value(name)); // re-signed at print: the very payload of issue
        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(m_data, false, SqliteConnection::Mode::ReadOnly).ok());
        const CardVerifier::Check check = CardVerifier::verify(*read, *folder.database("directory").value(), QDate::currentDate());
        QVERIFY2(check.ok(), qPrintable(check.reason));
        QCOMPARE(check.card.code, m_codes.value(name));
    }

    static void verifySize(const QSizeF &actual, const QSizeF &expectedMm)
    {
        const QSizeF points = expectedMm * 72.0 / 25.4;
        QVERIFY2(qAbs(actual.width() - points.width()) <= 1 && qAbs(actual.height() - points.height()) <= 1,
                 qPrintable(QStringLiteral("page %1x%2 pt, expected %3x%4").arg(actual.width()).arg(actual.height())
                                    .arg(points.width()).arg(points.height())));
    }

private slots:
    void initTestCase()
    {
        m_pdfinfo = tool("pdfinfo");
        m_pdftotext = tool("pdftotext");
        m_pdftoppm = tool("pdftoppm");
        if (m_pdfinfo.isEmpty() || m_pdftotext.isEmpty() || m_pdftoppm.isEmpty())
            QFAIL("pdfinfo, pdftotext and pdftoppm (poppler-utils) are needed: run scripts/install-deps.sh");

        m_data = m_dir.filePath("data");
        QCOMPARE(run(ADMIN_BINARY, { "init", "--data", m_data }).exitCode, 0);
        QCOMPARE(admin({ "import", SAMPLE_DATA }).exitCode, 0);
        QCOMPARE(admin({ "add-org", "reakt" }).exitCode, 0);

        // Eight places with long names: one a single word longer than any line.
        QJsonArray docs;
        for (int i = 1; i <= 8; ++i) {
            const QString slug = QStringLiteral("ontmoeting-noord-%1").arg(i);
            const QString nl = i == 3 ? QStringLiteral("Wijkontmoetingscentrumvrijwilligersorganisatie%1").arg(i)
                                      : QStringLiteral("Stichting Ontmoetingscentrum Buurtbewoners Delfshaven-Noord, locatie %1").arg(i);
            const QString ar = QStringLiteral("مركز لقاء سكان الحي والمتطوعين في شمال دلفسهافن رقم %1").arg(i);
            docs.append(QJsonObject { { "_id", "initiative:" + slug }, { "type", "initiative" }, { "slug", slug }, { "originalLanguage", "nl" },
                                      { "address", QJsonObject { { "street", QStringLiteral("Burgemeester Meineszlaan %1").arg(100 + i) },
                                                                 { "postcode", "3022 BJ" }, { "city", "Rotterdam" } } } });
            for (const auto &[language, name] : { std::pair { QStringLiteral("nl"), nl }, std::pair { QStringLiteral("ar"), ar } })
                docs.append(QJsonObject { { "_id", QStringLiteral("translation:%1:%2").arg(slug, language) }, { "type", "translation" },
                                          { "initiative", "initiative:" + slug }, { "language", language }, { "name", name }, { "status", "original" } });
            m_long.append({ slug, nl, ar, QStringLiteral("Burgemeester Meineszlaan %1, 3022 BJ Rotterdam").arg(100 + i) });
        }
        QFile file(m_dir.filePath("long.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject { { "format", "buurtbrug/1" }, { "databases", QJsonObject { { "directory", docs } } } }).toJson());
        file.close();
        QCOMPARE(admin({ "import", file.fileName() }).exitCode, 0);

        QVERIFY(!issue("nl", m_sample, "nl").isEmpty());
        QVERIFY(!issue("ar", m_sample, "ar").isEmpty());
        QVERIFY(!issue("long", m_long, "nl").isEmpty());
        QVERIFY(!issue("longAr", m_long, "ar").isEmpty());
    }

    void a6CardInDutch()
    {
        QCOMPARE(admin({ "card", "print", m_codes["nl"], "--out", pdf("nl") }).exitCode, 0);
        const auto [pages, size] = info(pdf("nl"));
        QCOMPARE(pages, 1);
        verifySize(size, QSizeF(105, 148));
        const QString page = text(pdf("nl"), 1);
        QVERIFY(page.contains(CardCode::display(m_codes["nl"])));
        QVERIFY(page.contains("Kijk op de Wijk"));
        QVERIFY(squeezed(page).contains(squeezed("Geldig tot en met 31 december 2099")));
        verifyPlaces(page, m_sample, false);
        verifyInside(pdf("nl"), 5 * 72 / 25.4);
        verifyCardQr(pdf("nl"), 1, "nl");
    }

    void a6CardInArabicIsRightToLeft()
    {
        QCOMPARE(admin({ "card", "print", m_codes["ar"], m_codes["nl"], "--out", pdf("ar") }).exitCode, 0);
        QCOMPARE(info(pdf("ar")).first, 2);
        const QString page = text(pdf("ar"), 1);
        QVERIFY(page.contains(CardCode::display(m_codes["ar"])));
        // The labels in Arabic letters, in the order they are read.
        for (const QString &label : { QStringLiteral("بطاقتك"), QStringLiteral("أماكن يمكنك زيارتها"), QStringLiteral("صالحة حتى") })
            QVERIFY2(squeezed(page).contains(squeezed(label)), qPrintable(label));
        verifyPlaces(page, m_sample, true);

        // Mirrored: the code stands left of the middle (the QR code on the right) and the
        // texts end at the right margin, their lines right-aligned; on the Dutch card it is
        // the other way round.
        const auto pages = words(pdf("ar"));
        const auto edges = [](const QList<Word> &list, const QStringList &texts, bool right) {
            QList<qreal> found;
            for (const Word &w : list) {
                if (texts.contains(w.text))
                    found.append(right ? w.box.right() : w.box.left());
            }
            return found;
        };
        const auto aligned = [](const QList<qreal> &edges) {
            return edges.size() >= 3 && *std::max_element(edges.cbegin(), edges.cend()) - *std::min_element(edges.cbegin(), edges.cend()) < 0.5;
        };
        const qreal middle = pages.at(0).first.width() / 2;
        const qreal margin = 7 * 72 / 25.4;
        QVERIFY(edges(pages.at(0).second, { CardCode::display(m_codes["ar"]) }, false).value(0) < middle);
        QVERIFY(edges(pages.at(1).second, { CardCode::display(m_codes["nl"]) }, false).value(0) > middle);
        const QList<qreal> addressEnds = edges(pages.at(0).second, { "Rotterdam" }, true);
        QVERIFY2(aligned(addressEnds) && addressEnds.first() > middle, qPrintable(QString::number(addressEnds.value(0))));
        const QList<qreal> addressStarts = edges(pages.at(1).second, { "Netboetersstraat", "Schilderswerf", "Visserijplein" }, false);
        QVERIFY2(aligned(addressStarts) && addressStarts.first() < middle, qPrintable(QString::number(addressStarts.value(0))));
        qreal rightmost = 0;
        for (const Word &word : pages.at(0).second)
            rightmost = std::max(rightmost, word.box.right());
        QVERIFY2(rightmost > pages.at(0).first.width() - margin - 2, qPrintable(QString::number(rightmost)));
        verifyInside(pdf("ar"), 5 * 72 / 25.4);
        verifyCardQr(pdf("ar"), 1, "ar");
    }

    void creditCardHasThePlacesOnItsBack()
    {
        QCOMPARE(admin({ "card", "print", m_codes["nl"], "--format", "credit-card", "--out", pdf("credit") }).exitCode, 0);
        const auto [pages, size] = info(pdf("credit"));
        QCOMPARE(pages, 2);
        verifySize(size, QSizeF(85.6, 54));
        const QString front = text(pdf("credit"), 1);
        const QString back = text(pdf("credit"), 2);
        QVERIFY(front.contains(CardCode::display(m_codes["nl"])));
        QVERIFY(!front.contains("Wijkpaleis"));
        QVERIFY(back.contains("Hier ben je welkom"));
        verifyPlaces(back, m_sample, false);
        verifyInside(pdf("credit"), 2 * 72 / 25.4);
        verifyCardQr(pdf("credit"), 1, "nl");
    }

    void longNamesWrapInsideTheCard_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("format");
        QTest::newRow("a6, Dutch") << "long" << "a6";
        QTest::newRow("a6, Arabic") << "longAr" << "a6";
        QTest::newRow("credit card, Dutch") << "long" << "credit-card";
        QTest::newRow("credit card, Arabic") << "longAr" << "credit-card";
    }

    void longNamesWrapInsideTheCard()
    {
        QFETCH(QString, card);
        QFETCH(QString, format);
        const QString file = pdf(card + "-" + format);
        const Run printed = admin({ "card", "print", m_codes[card], "--format", format, "--out", file });
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        const int back = format == QLatin1String("a6") ? 1 : 2;
        QCOMPARE(info(file).first, back);
        verifyPlaces(text(file, back), m_long, card == QLatin1String("longAr"));
        verifyInside(file, 1.5 * 72 / 25.4);
        verifyCardQr(file, 1, card);
    }

    void postersInDutchAndArabic()
    {
        QCOMPARE(admin({ "card", "poster", "--org", "reakt", "--initiative", "geestverwanten", "--initiative", "initiative:wijkpaleis",
                         "--out", pdf("posters") }).exitCode, 0);
        QCOMPARE(admin({ "card", "poster", "--org", "reakt", "--initiative", "ontmoeting-noord-3", "--lang", "ar", "--out", pdf("poster-ar") }).exitCode, 0);
        const auto [pages, size] = info(pdf("posters"));
        QCOMPARE(pages, 2);
        verifySize(size, QSizeF(210, 297));
        QCOMPARE(info(pdf("poster-ar")).first, 1);

        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(m_data, false, SqliteConnection::Mode::ReadOnly).ok());
        DocumentDatabase &directory = *folder.database("directory").value();
        const QList<std::tuple<QString, int, Place, bool>> expected {
            { pdf("posters"), 1, m_sample.at(0), false }, { pdf("posters"), 2, m_sample.at(1), false }, { pdf("poster-ar"), 1, m_long.at(2), true }
        };
        for (const auto &[file, page, place, arabic] : expected) {
            const QString words = text(file, page);
            verifyPlaces(words, { place }, arabic);
            QVERIFY(squeezed(words).contains(squeezed(arabic ? "امسح هذا الرمز لتختم بطاقتك" : "scan deze code voor een stempel op je kaart")));
            const std::optional<QString> read = scan(file, page);
            QVERIFY2(read, "no QR code read from the scanned poster");
            const CardVerifier::PosterCheck check = CardVerifier::verifyPoster(*read, directory);
            QVERIFY2(check.ok(), qPrintable(check.reason));
            QCOMPARE(check.poster.initiative, "initiative:" + place.slug);
            QCOMPARE(check.poster.org, QStringLiteral("reakt"));
        }
        verifyInside(pdf("posters"), 10 * 72 / 25.4);
        verifyInside(pdf("poster-ar"), 10 * 72 / 25.4);
    }

    // The pixels of a page (colour, 50 dpi) that have the photo's colour.
    int photoPixels(const QString &file, int page, const QColor &colour)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("colour-%1").arg(page));
        run(m_pdftoppm, { "-r", "50", "-f", QString::number(page), "-l", QString::number(page), "-singlefile", file, prefix });
        const QImage image = QImage(prefix + ".ppm").convertToFormat(QImage::Format_RGB32);
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 60;
            }
        }
        return count;
    }

    // A place with a photo has it on its poster, above a QR code that still scans; a place
    // without one prints as before. Both languages, since the sheet mirrors.
    void aPlacesPhotoIsOnItsPoster()
    {
        const QColor door(200, 20, 140);
        QImage picture(1600, 1000, QImage::Format_RGB32);
        picture.fill(door);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "JPEG", 90));
        {
            DatabaseFolder folder(DomainIndexer::indexer());
            QVERIFY(folder.open(m_data, false).ok());
            InitiativePhotos::NewPhoto photo;
            photo.initiativeId = "initiative:wijkpaleis";
            photo.display = jpeg;
            photo.thumbnail = jpeg;
            photo.width = picture.width();
            photo.height = picture.height();
            photo.alt = { { "nl", "De roze voordeur" } };
            photo.added = QDate(2026, 12, 5);
            QVERIFY(InitiativePhotos(*folder.database("directory").value()).add(photo).ok());
        }
        QCOMPARE(admin({ "card", "poster", "--org", "reakt", "--initiative", "geestverwanten", "--initiative", "wijkpaleis",
                         "--out", pdf("posters-photo") }).exitCode, 0);
        QCOMPARE(admin({ "card", "poster", "--org", "reakt", "--initiative", "wijkpaleis", "--lang", "ar",
                         "--out", pdf("poster-photo-ar") }).exitCode, 0);

        QCOMPARE(photoPixels(pdf("posters-photo"), 1, door), 0);
        // At 50 dpi a photo 70 mm high is about 140 px high; more than half of it must show.
        for (const auto &[file, page] : { std::pair { pdf("posters-photo"), 2 }, std::pair { pdf("poster-photo-ar"), 1 } }) {
            const int pixels = photoPixels(file, page, door);
            QVERIFY2(pixels > 10000, qPrintable(QStringLiteral("%1 page %2: %3 pixels of the photo; more than 10000 expected")
                                                        .arg(QFileInfo(file).fileName()).arg(page).arg(pixels)));
        }

        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(m_data, false, SqliteConnection::Mode::ReadOnly).ok());
        for (const auto &[file, page] : { std::pair { pdf("posters-photo"), 2 }, std::pair { pdf("poster-photo-ar"), 1 } }) {
            const std::optional<QString> read = scan(file, page);
            QVERIFY2(read, "the QR code beside the photo does not scan");
            const CardVerifier::PosterCheck check = CardVerifier::verifyPoster(*read, *folder.database("directory").value());
            QVERIFY2(check.ok(), qPrintable(check.reason));
            QCOMPARE(check.poster.initiative, QStringLiteral("initiative:wijkpaleis"));
        }
        verifyInside(pdf("posters-photo"), 10 * 72 / 25.4);
        verifyInside(pdf("poster-photo-ar"), 10 * 72 / 25.4);
    }
};

QTEST_MAIN(TestCardPrint)
#include "tst_cardprint.moc"
