#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <functional>

// The language of the user interface: installs the Qt Linguist translation for it, sets the
// application's layout direction (right-to-left for Arabic) and asks the QML engine to
// re-translate, so switching needs no restart. Dutch is the default.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    struct Choice
    {
        QString code;
        QString nativeName;
    };

    explicit UiLanguage(QObject *parent = nullptr);

    [[nodiscard]] static const QList<Choice> &choices();
    [[nodiscard]] static bool isSupported(const QString &code);
    [[nodiscard]] static QString nativeName(const QString &code);
    // The locale that formats numbers, dates and times for a UI language. Arabic is written
    // with Western digits, as in Morocco (ar_MA), where most Arabic-speaking residents of
    // Delfshaven come from and as on their Dutch papers: one line never mixes ٣ and 3.
    [[nodiscard]] static QLocale locale(const QString &code);

    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] bool isRightToLeft() const { return m_rightToLeft; }
    // Switches language; unknown codes fall back to Dutch. Returns false if it fell back.
    bool setCode(const QString &code);
    // Called after each switch so QML bindings with qsTr() are evaluated again.
    void setRetranslate(std::function<void()> retranslate) { m_retranslate = std::move(retranslate); }

signals:
    void changed();

private:
    QString m_code;
    bool m_rightToLeft = false;
    QTranslator m_translator;
    bool m_installed = false;
    std::function<void()> m_retranslate;
};
