import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// A filter that is on or off, e.g. "Open now"; at least a touch target high.
Button {
    id: root

    checkable: true
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.gap
    rightPadding: Theme.gap
    font.pixelSize: Theme.base
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: height / 2
        color: root.checked ? Theme.accent : Theme.page
        border.color: root.checked ? Theme.accent : Theme.line
        border.width: 1
    }
    contentItem: Label {
        text: (root.checked ? "\u2713 " : "") + root.text
        font: root.font
        color: root.checked ? "white" : Theme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
