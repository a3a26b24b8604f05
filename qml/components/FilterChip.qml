import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Buurtbrug.Ui

// A filter that is on or off, e.g. "Open now"; at least a touch target high, and as wide
// when on as when off. One of an exclusive choice (exclusive) is a radio button to a screen
// reader, and a tap on the chosen one keeps it chosen.
ActionButton {
    id: root

    property bool exclusive: false

    checkable: true
    // A label longer than the screen is wide (large text, long words) wraps inside the chip,
    // which grows in height, rather than running past the edge. Both from the window's width
    // and the font's measures: asking the row or the wrapped label would loop the layout.
    // The row the chip sits in (a Flow) when it has a width, else the window.
    readonly property real rowWidth: parent && parent.width > 0 ? parent.width : Number.POSITIVE_INFINITY
    readonly property real widestAllowed: Math.min(rowWidth, Window.width > 0 ? Window.width - 4 * Theme.gap : implicitWidth)
    readonly property int lines: Math.max(1, Math.ceil((widest.advanceWidth + 2)
                                                       / Math.max(1, widestAllowed - leftPadding - rightPadding)))
    width: Math.min(implicitWidth, widestAllowed)
    // A layout (the tally's "Referral given" sits in a ColumnLayout) sizes by implicitWidth
    // and ignores `width`; this holds it to the same bound there.
    Layout.maximumWidth: widestAllowed
    implicitHeight: Math.max(Theme.touchTarget, lines * Math.ceil(widest.height) + 16)
    leftPadding: Theme.gap
    rightPadding: Theme.gap
    font.pixelSize: Theme.base
    Accessible.role: exclusive ? Accessible.RadioButton : Accessible.CheckBox
    // Qt 6.4's own Toggle only flips `checked`; this runs onToggled, as a tap does.
    Accessible.onToggleAction: root.activate()
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
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
    }
}
