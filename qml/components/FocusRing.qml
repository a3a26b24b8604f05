import QtQuick
import Buurtbrug.Ui

// The keyboard focus, drawn inside the control's own box (a ring outside it would be cut off
// by a clipping list): a dark ring with a light one inside, so it shows on the page colour and
// on a lit chip or button alike. Not after a tap or click: a finger knows where it is.
Rectangle {
    property Item control: parent

    anchors.fill: parent
    z: 100
    visible: control !== null && control.activeFocus && control.focusReason !== Qt.MouseFocusReason
    color: "transparent"
    radius: 6
    border.width: Theme.focusRingWidth
    border.color: Theme.focusRing
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusRingWidth
        color: "transparent"
        radius: 4
        border.width: 1
        border.color: "white"
    }
}
