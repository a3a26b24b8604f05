#pragma once

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

// Draws a QR code for a text (QrCode, level M, quiet zone included) as sharp squares filling
// the item: a newly issued card's code, for the holder's phone to scan off the referrer's.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    void paint(QPainter *painter) override;

signals:
    void textChanged();

private:
    QString m_text;
    int m_size = 0;
    QByteArray m_modules;
};
