import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// A button as wide as its column whose label wraps rather than being cut off with large text
// or a long translation; it grows in height instead.
ActionButton {
    id: root

    font.pixelSize: Theme.base
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + topPadding + bottomPadding)
    contentItem: Label {
        id: label
        text: root.text
        font: root.font
        color: root.flat ? Theme.accent : Theme.ink
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
