import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// A filter that is on or off, e.g. "Open now"; at least a touch target high, and as wide
// when on as when off. A label wider than the row it sits in (large text, long words) wraps
// inside the chip instead of running off the screen.
Button {
    id: root

    // The row the chip sits in (a Flow): no chip is wider than that.
    readonly property real rowWidth: parent && parent.width > 0 ? parent.width : Number.POSITIVE_INFINITY

    checkable: true
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.gap
    rightPadding: Theme.gap
    font.pixelSize: Theme.base
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: Math.min(height, Theme.touchTarget) / 2
        color: root.checked ? Theme.accent : Theme.page
        border.color: root.checked ? Theme.accent : Theme.line
        border.width: 1
    }
    // As wide as the label with its check mark in both states, so a tap never moves the chips
    // after it (or re-flows the rows under the thumb).
    contentItem: Item {
        implicitWidth: Math.min(Math.ceil(widest.advanceWidth) + 2, root.rowWidth - root.leftPadding - root.rightPadding)
        implicitHeight: label.implicitHeight
        TextMetrics {
            id: widest
            font: root.font
            text: "\u2713 " + root.text
        }
        Label {
            id: label
            anchors.fill: parent
            text: (root.checked ? "\u2713 " : "") + root.text
            font: root.font
            color: root.checked ? "white" : Theme.ink
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
