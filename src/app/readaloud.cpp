#include "readaloud.h"

#include "speechengines.h"

ReadAloud::ReadAloud(const QStringList &engines, QObject *parent)
    : QObject(parent)
    , m_engines(new SpeechEngines(engines))
{
    m_thread.setObjectName(QStringLiteral("speech"));
    m_engines->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engines, &QObject::deleteLater);
    // Queued: emitted on the speech thread, taken on this one.
    connect(m_engines, &SpeechEngines::reported, this, &ReadAloud::take);
    m_thread.start();
}

ReadAloud::~ReadAloud()
{
    // Waits for a read or an engine being opened: flite cannot be interrupted, and the texts
    // it gets are clipped (SpeechEngines::clipped) so that this stays short.
    m_thread.quit();
    m_thread.wait();
}

void ReadAloud::read(const QString &text, const QString &language)
{
    ++m_pendingReads;
    if (m_pendingReads == 1)
        emit preparingChanged();
    QMetaObject::invokeMethod(m_engines, [engines = m_engines, text, language, this] {
        engines->read(text, language);
        engines->report();
        // Back on this object's thread: the read has been answered.
        QMetaObject::invokeMethod(this, [this] {
            if (--m_pendingReads == 0)
                emit preparingChanged();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ReadAloud::stop()
{
    QMetaObject::invokeMethod(m_engines, &SpeechEngines::stop, Qt::QueuedConnection);
}

void ReadAloud::checkLanguages(const QStringList &languages)
{
    if (languages == m_languagesAsked)
        return;
    m_languagesAsked = languages;
    QMetaObject::invokeMethod(m_engines, [engines = m_engines, languages, this] {
        const QStringList unreadable = engines->unreadable(languages);
        QMetaObject::invokeMethod(this, [this, unreadable] {
            m_unreadable = unreadable;
            m_languagesKnown = true;
            emit languagesChecked();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ReadAloud::take(bool speaking, const QString &code, const QString &language)
{
    if (speaking != m_speaking) {
        m_speaking = speaking;
        emit speakingChanged();
    }
    if (code != m_messageCode || language != m_messageLanguage) {
        m_messageCode = code;
        m_messageLanguage = language;
        emit messageChanged();
    }
}
