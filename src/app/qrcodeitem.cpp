#include "qrcodeitem.h"

#include "qrcode.h"

#include <QPainter>

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false); // module edges stay crisp for the camera
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QrCode::Matrix matrix = QrCode::encode(text);
    m_size = matrix.size;
    m_modules = matrix.modules;
    update();
    emit textChanged();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_size <= 0)
        return;
    // Whole pixels per module, centred, so no module is drawn blurred across two pixels.
    const int side = int(qMin(width(), height()));
    const int module = qMax(1, side / m_size);
    const int offsetX = int(width() - module * m_size) / 2;
    const int offsetY = int(height() - module * m_size) / 2;
    painter->fillRect(QRect(offsetX, offsetY, module * m_size, module * m_size), Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (m_modules.at(y * m_size + x))
                painter->fillRect(QRect(offsetX + x * module, offsetY + y * module, module, module), Qt::black);
        }
    }
}
