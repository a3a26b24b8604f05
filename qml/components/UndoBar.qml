import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A quiet line at the bottom saying what was just saved, with Undo next to it, or under it
// when both do not fit side by side (long words, large text): Undo is never cut short.
Rectangle {
    id: root

    property string message
    property bool canUndo: false
    signal undoClicked()

    visible: message !== ""
    color: Theme.ink
    radius: 8
    implicitHeight: Math.max(Theme.touchTarget, grid.implicitHeight + 8)

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: 4
        rowSpacing: 0
        // Side by side while the message keeps at least half the width.
        columns: !root.canUndo || undo.implicitWidth <= width / 2 ? 2 : 1
        // What was saved is told to a screen reader as it changes.
        LiveStatus {
            objectName: "undoBarMessage"
            text: root.message
            color: "white"
            Layout.fillWidth: true
            Layout.topMargin: grid.columns === 1 ? 4 : 0
        }
        ActionButton {
            id: undo
            objectName: "undoBarButton"
            visible: root.canUndo
            text: qsTr("Undo")
            flat: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            font.bold: true
            palette.buttonText: "white"
            Layout.minimumWidth: implicitWidth
            Layout.alignment: grid.columns === 1 ? Qt.AlignRight : Qt.AlignVCenter
            Accessible.name: text
            onClicked: root.undoClicked()
        }
    }
}
