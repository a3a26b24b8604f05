import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// One place on the map: a round mark with the initial, in a 48 px touch target centred on
// the place. Named for a screen reader as the list names it; Press opens it as a tap does.
// Not a Tab stop: the list is the keyboard's way to every place.
AbstractButton {
    id: root

    property string placeName
    property string placeAddress
    property bool selected: false

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.NoFocus
    text: placeName
    Accessible.role: Accessible.Button
    Accessible.name: placeAddress !== "" ? qsTr("%1, %2").arg(placeName).arg(placeAddress) : placeName
    Accessible.onPressAction: root.clicked()

    background: Item { }
    contentItem: Item {
        Rectangle {
            anchors.centerIn: parent
            width: Math.max(28, Theme.small * 2) + (root.selected ? 8 : 0)
            height: width
            radius: width / 2
            color: root.selected ? Theme.ink : (root.pressed ? Theme.ink : Theme.accent)
            border.width: 3
            border.color: "white"
            Accessible.ignored: true
            Text {
                anchors.centerIn: parent
                text: root.placeName.length > 0 ? root.placeName.charAt(0).toUpperCase() : ""
                color: "white"
                font.pixelSize: Theme.small
                font.bold: true
                Accessible.ignored: true
            }
        }
    }
}
