#pragma once

// What the UI tests look for in a rendered window: items by objectName, whether they are
// shown, controls a finger can touch, their accessible names, and a click.
#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>

namespace QuickItems {
inline void collectAll(QQuickItem *item, QList<QQuickItem *> &found)
{
    found.append(item);
    for (QQuickItem *child : item->childItems())
        collectAll(child, found);
}

inline bool shown(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() == 0)
            return false;
        // A ListView keeps reusable delegates in a pool with index -1; they are not drawn.
        if (i->inherits("QQuickItemDelegate") && i->property("index").toInt() < 0)
            return false;
    }
    return item->width() > 0 && item->height() > 0;
}

inline QQuickItem *find(QQuickWindow *window, const char *name)
{
    QList<QQuickItem *> all;
    collectAll(window->contentItem(), all);
    for (QQuickItem *item : std::as_const(all)) {
        if (item->objectName() == QLatin1String(name) && shown(item))
            return item;
    }
    return nullptr;
}

// A shown item's property; invalid while no such item is shown, so a wait condition that reads
// it again and again never dereferences an item that is not there (yet).
inline QVariant propertyOf(QQuickWindow *window, const char *name, const char *property)
{
    QQuickItem *item = find(window, name);
    return item ? item->property(property) : QVariant();
}

// Controls a finger can touch: Qt Quick Controls buttons, fields, boxes, delegates.
inline bool isControl(QQuickItem *item)
{
    // A combo box's text field is part of the box, which carries the name and takes the tap.
    if (item->parentItem() && item->parentItem()->inherits("QQuickComboBox"))
        return false;
    for (const char *type : { "QQuickAbstractButton", "QQuickTextField", "QQuickComboBox", "QQuickTextArea" }) {
        if (item->inherits(type))
            return true;
    }
    return false;
}

inline QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// The shown item with this name nearest the top: what a person reads first.
inline QQuickItem *topmost(QQuickWindow *window, const char *name)
{
    QList<QQuickItem *> all;
    collectAll(window->contentItem(), all);
    QQuickItem *best = nullptr;
    for (QQuickItem *item : std::as_const(all)) {
        if (item->objectName() == QLatin1String(name) && shown(item) && item->mapToScene(QPointF()).y() >= 0
            && (!best || item->mapToScene(QPointF()).y() < best->mapToScene(QPointF()).y()))
            best = item;
    }
    return best;
}

// Scrolls the nearest Flickable around the item so that it stands `fromTop` of the way down,
// as a person scrolls to what they read next.
inline void scrollTo(QQuickItem *item, qreal fromTop = 0.25)
{
    QVERIFY(item);
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable")) {
            QQuickItem *content = p->property("contentItem").value<QQuickItem *>();
            const qreal y = item->mapToItem(content, QPointF()).y();
            const qreal most = std::max(0.0, p->property("contentHeight").toReal() - p->height());
            p->setProperty("contentY", std::clamp(y - p->height() * fromTop, 0.0, most));
            QTest::qWait(30);
            return;
        }
    }
}

// As a tap does it: a checkable button (a chip, a check box) flips and says it toggled.
inline void click(QQuickItem *button)
{
    QVERIFY(button);
    if (button->property("checkable").toBool()) {
        button->setProperty("checked", !button->property("checked").toBool());
        QMetaObject::invokeMethod(button, "toggled");
    }
    QMetaObject::invokeMethod(button, "clicked");
    // Let bindings, layouts and the next frame catch up, as they do between two taps.
    QTest::qWait(30);
}

// Every shown control is at least 48 px high, has an accessible name and stays inside the
// window sideways; returns the first problem, or "" (with how many controls were checked).
inline QString usabilityProblem(QQuickWindow *window, int *controls = nullptr)
{
    QList<QQuickItem *> all;
    collectAll(window->contentItem(), all);
    int checked = 0;
    for (QQuickItem *item : std::as_const(all)) {
        if (!shown(item) || !isControl(item))
            continue;
        ++checked;
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QString what = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(item->metaObject()->className()),
                                                           item->property("text").toString());
        if (item->height() < 48)
            return what + QStringLiteral(" is lower than 48 px");
        if (accessibleName(item).trimmed().isEmpty())
            return what + QStringLiteral(" has no accessible name");
        if (rect.left() < -1 || rect.right() > window->width() + 1)
            return what + QStringLiteral(" leaves the window");
    }
    if (controls)
        *controls = checked;
    return {};
}

// Text that is cut in `root` as laid out now: elided (unless its objectName is in `mayElide`:
// the design says so), wrapped yet wider than its item, or drawn outside the window sideways.
// Returns the first problem, or "".
inline QString cutTextProblem(QQuickWindow *window, QQuickItem *root, const QStringList &mayElide = {})
{
    QList<QQuickItem *> all;
    collectAll(root, all);
    for (QQuickItem *item : std::as_const(all)) {
        if (!shown(item) || item->metaObject()->indexOfProperty("truncated") < 0 || item->property("text").toString().isEmpty())
            continue;
        const QString what = QStringLiteral("\"%1\"").arg(item->property("text").toString().left(60));
        const qreal contentWidth = item->property("contentWidth").toReal();
        if (item->property("truncated").toBool() && !mayElide.contains(item->objectName()))
            return what + QStringLiteral(" is cut off");
        if (item->property("wrapMode").toInt() != 0 && contentWidth > item->width() + 1)
            return what + QStringLiteral(" is wider (%1) than its item (%2)").arg(contentWidth).arg(item->width());
        // Where the text is drawn, whatever its alignment inside the item.
        const int align = item->property("effectiveHorizontalAlignment").toInt();
        const qreal drawn = std::min(contentWidth, item->width());
        const qreal offset = align == Qt::AlignRight ? item->width() - drawn : align == Qt::AlignHCenter ? (item->width() - drawn) / 2 : 0;
        const QPointF left = item->mapToScene(QPointF(offset, 0));
        if (left.x() < -1 || left.x() + drawn > window->width() + 1)
            return what + QStringLiteral(" leaves the window (%1..%2)").arg(left.x()).arg(left.x() + drawn);
    }
    return {};
}
}
