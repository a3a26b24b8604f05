#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

// Reads QR codes from the frames a QVideoSink receives (the camera's, via VideoOutput).
// One frame at a time: a frame is taken only while no decode runs; its grey is copied in the
// thread that delivers it (a camera backend's streaming thread, or this object's) and decoded
// on a worker thread of this reader's own pool; frames arriving meanwhile are dropped, so the
// preview stays smooth however slow decoding is. Results come back on this object's thread.
// Invariant: a text is emitted once, then not again until it has been out of sight for
// RepeatQuietMs, so a card held in front of the camera stamps once. Going active again
// forgets what was seen.
class QrFrameReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    static constexpr qint64 RepeatQuietMs = 3000;

    explicit QrFrameReader(QObject *parent = nullptr);
    ~QrFrameReader() override;

    [[nodiscard]] QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    [[nodiscard]] bool isActive() const;
    void setActive(bool active);

    // Frames decoded so far, with or without a code; dropped frames do not count.
    [[nodiscard]] int framesRead() const { return m_framesRead; }

    // The text of the QR code in this frame, or nullopt. Decodes on the calling thread.
    [[nodiscard]] static std::optional<QString> decodeFrame(const QVideoFrame &frame);

signals:
    void videoSinkChanged();
    void activeChanged();
    void decoded(const QString &text);

private:
    // What the delivering thread and this object share; the sink connection keeps it alive.
    struct Gate;

    void takeFrame(const QVideoFrame &frame); // any thread, with the gate locked
    void finishFrame(const std::optional<QString> &text); // this object's thread

    std::shared_ptr<Gate> m_gate;
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frames;
    QThreadPool m_pool; // one thread; waited for on destruction, so no job outlives this
    int m_framesRead = 0;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_lastSeen; // text → m_clock time it was last read
};
