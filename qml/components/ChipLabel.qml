import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtQuick.Window
import Buurtbrug.Ui

// The face of a chip (FilterChip, RadioChip): its label with a check mark when on, and the
// measures the chip sizes by. As wide as the label with its check mark in both states, so a
// tap never moves the chips after it (or re-flows the rows under the thumb).
Item {
    id: face

    required property T.AbstractButton chip
    // A label longer than the screen is wide (large text, long words) wraps inside the chip,
    // which grows in height, rather than running past the edge. Both from the window's width
    // and the font's measures: asking the row or the wrapped label would loop the layout.
    // The row the chip sits in (a Flow) when it has a width, else the window.
    readonly property real rowWidth: chip.parent && chip.parent.width > 0 ? chip.parent.width : Number.POSITIVE_INFINITY
    readonly property real widestAllowed: Math.min(rowWidth, Window.width > 0 ? Window.width - 4 * Theme.gap : chip.implicitWidth)
    readonly property int lines: Math.max(1, Math.ceil((widest.advanceWidth + 2)
                                                       / Math.max(1, widestAllowed - chip.leftPadding - chip.rightPadding)))
    readonly property real chipHeight: Math.max(Theme.touchTarget, lines * Math.ceil(widest.height) + 16)

    implicitWidth: Math.min(Math.ceil(widest.advanceWidth) + 2, rowWidth - chip.leftPadding - chip.rightPadding)
    implicitHeight: label.implicitHeight

    TextMetrics {
        id: widest
        font: face.chip.font
        text: "\u2713 " + face.chip.text
    }
    Label {
        id: label
        anchors.fill: parent
        text: (face.chip.checked ? "\u2713 " : "") + face.chip.text
        font: face.chip.font
        color: face.chip.checked ? "white" : Theme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
