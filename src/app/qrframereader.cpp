#include "qrframereader.h"

#include "greyframe.h"
#include "qrcode.h"

#include <QMutex>
#include <QVideoFrame>

struct QrFrameReader::Gate
{
    QMutex lock;
    bool open = true; // false once the reader is being destroyed
    bool active = true;
    bool busy = false; // a frame is being decoded; later frames are dropped
};

namespace {
std::optional<QString> decodeGrey(const GreyFrame &grey)
{
    if (grey.isNull())
        return std::nullopt;
    return QrCode::decode(reinterpret_cast<const uchar *>(grey.pixels.constData()), grey.width, grey.height, grey.width);
}
}

QrFrameReader::QrFrameReader(QObject *parent)
    : QObject(parent)
    , m_gate(std::make_shared<Gate>())
{
    m_pool.setMaxThreadCount(1);
    m_clock.start();
}

QrFrameReader::~QrFrameReader()
{
    // A frame may be arriving on the camera's thread right now: close the gate under its lock,
    // then wait for the decode in flight, whose result event dies with this object.
    QObject::disconnect(m_frames);
    {
        QMutexLocker locked(&m_gate->lock);
        m_gate->open = false;
    }
    m_pool.waitForDone();
}

void QrFrameReader::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    QObject::disconnect(m_frames);
    m_sink = sink;
    if (sink) {
        // Direct: a dropped frame costs the camera thread one check and is never queued.
        m_frames = connect(
                sink, &QVideoSink::videoFrameChanged, this,
                [this, gate = m_gate](const QVideoFrame &frame) {
                    QMutexLocker locked(&gate->lock);
                    if (gate->open)
                        takeFrame(frame);
                },
                Qt::DirectConnection);
    }
    emit videoSinkChanged();
}

bool QrFrameReader::isActive() const
{
    QMutexLocker locked(&m_gate->lock);
    return m_gate->active;
}

void QrFrameReader::setActive(bool active)
{
    {
        QMutexLocker locked(&m_gate->lock);
        if (m_gate->active == active)
            return;
        m_gate->active = active;
    }
    if (active)
        m_lastSeen.clear(); // a new scanning session: the same card may be read again
    emit activeChanged();
}

std::optional<QString> QrFrameReader::decodeFrame(const QVideoFrame &frame)
{
    return decodeGrey(GreyFrame::of(frame));
}

void QrFrameReader::takeFrame(const QVideoFrame &frame)
{
    if (!m_gate->active || m_gate->busy)
        return;
    GreyFrame grey = GreyFrame::of(frame);
    if (grey.isNull())
        return;
    m_gate->busy = true;
    m_pool.start([this, grey = std::move(grey)] {
        const std::optional<QString> text = decodeGrey(grey);
        QMetaObject::invokeMethod(this, [this, text] { finishFrame(text); }, Qt::QueuedConnection);
    });
}

void QrFrameReader::finishFrame(const std::optional<QString> &text)
{
    bool active;
    {
        QMutexLocker locked(&m_gate->lock);
        m_gate->busy = false;
        active = m_gate->active;
    }
    ++m_framesRead;
    const qint64 now = m_clock.elapsed();
    m_lastSeen.removeIf([now](const auto &seen) { return now - seen.value() >= RepeatQuietMs; });
    if (!text || !active)
        return;
    const bool fresh = !m_lastSeen.contains(*text);
    m_lastSeen.insert(*text, now);
    if (fresh)
        emit decoded(*text);
}
