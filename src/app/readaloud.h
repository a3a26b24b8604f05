#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QtQml/qqmlregistration.h>

class SpeechEngines;

// Read aloud for QML: the speech engines (SpeechEngines) run on a thread of their own, because
// opening one blocks for seconds; every call here returns at once and the answer arrives as a
// property change. messageCode is "" (fine), "no-voice", "no-engine", "no-audio" or "failed",
// about messageLanguage; QML turns it into a translated sentence. `preparing` is true from a
// read() until the engines have answered it (the first one opens the engine).
// Invariant: the text being read never reaches a log; only codes do.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(bool preparing READ preparing NOTIFY preparingChanged)
    Q_PROPERTY(QString messageCode READ messageCode NOTIFY messageChanged)
    Q_PROPERTY(QString messageLanguage READ messageLanguage NOTIFY messageChanged)
    Q_PROPERTY(QStringList unreadableLanguages READ unreadableLanguages NOTIFY languagesChecked)
    Q_PROPERTY(bool languagesKnown READ languagesKnown NOTIFY languagesChecked)

public:
    // `engines` as for SpeechEngines: empty is speechd, the platform default, then the others.
    explicit ReadAloud(const QStringList &engines = {}, QObject *parent = nullptr);
    ~ReadAloud() override;

    [[nodiscard]] bool speaking() const { return m_speaking; }
    [[nodiscard]] bool preparing() const { return m_pendingReads > 0; }
    [[nodiscard]] QString messageCode() const { return m_messageCode; }
    [[nodiscard]] QString messageLanguage() const { return m_messageLanguage; }
    [[nodiscard]] QStringList unreadableLanguages() const { return m_unreadable; }
    [[nodiscard]] bool languagesKnown() const { return m_languagesKnown; }

    Q_INVOKABLE void read(const QString &text, const QString &language);
    Q_INVOKABLE void stop();
    // Asks which of `languages` no engine can read; the answer is unreadableLanguages, in the
    // same order, with languagesChecked.
    Q_INVOKABLE void checkLanguages(const QStringList &languages);

signals:
    void speakingChanged();
    void preparingChanged();
    void messageChanged();
    void languagesChecked();

private:
    void take(bool speaking, const QString &code, const QString &language);

    QThread m_thread;
    SpeechEngines *m_engines; // lives on m_thread; deleted there when it ends
    int m_pendingReads = 0;
    bool m_speaking = false;
    QString m_messageCode;
    QString m_messageLanguage;
    QStringList m_unreadable;
    bool m_languagesKnown = false;
    QStringList m_languagesAsked; // a page shown again asks once: the engines do not change

};
