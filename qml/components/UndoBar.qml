import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A quiet line at the bottom saying what was just saved, with Undo next to it.
Rectangle {
    id: root

    property string message
    property bool canUndo: false
    signal undoClicked()

    visible: message !== ""
    color: Theme.ink
    radius: 8
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + 8)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: 4
        Label {
            objectName: "undoBarMessage"
            text: root.message
            color: "white"
            wrapMode: Text.Wrap
            font.pixelSize: Theme.base
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Button {
            objectName: "undoBarButton"
            visible: root.canUndo
            text: qsTr("Undo")
            flat: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            font.bold: true
            palette.buttonText: "white"
            Accessible.name: text
            onClicked: root.undoClicked()
        }
    }
}
