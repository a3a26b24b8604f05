import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// One phone of the organisation in the desk's list: whose it is, what for, since when, when it
// last synced, and a Revoke button (asking is the page's work: this only says it was pressed).
Rectangle {
    id: root

    required property string deviceId
    required property string person
    required property string roles
    required property string enrolled
    required property string lastSync
    required property bool revoked
    signal revokeRequested(string deviceId)

    objectName: "deviceRow"
    color: revoked ? Theme.page : "white"
    border.color: Theme.line
    radius: 8
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    ColumnLayout {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: 4

        // Each phone's person heads its row: a screen reader can move from phone to phone.
        Heading {
            objectName: "devicePerson"
            text: Theme.isolate(root.person)
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            text: root.roles
            font.pixelSize: Theme.base
            color: Theme.ink
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            objectName: "deviceDates"
            text: root.lastSync !== "" ? qsTr("Joined %1 · last sync %2").arg(root.enrolled).arg(root.lastSync)
                                       : qsTr("Joined %1 · not synced yet").arg(root.enrolled)
            font.pixelSize: Theme.small
            color: Theme.inkSoft
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            objectName: "deviceRevoked"
            visible: root.revoked
            text: qsTr("Revoked: the server refuses this phone.")
            font.pixelSize: Theme.base
            font.bold: true
            color: Theme.ink
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "revokeDevice"
            visible: !root.revoked
            text: qsTr("Revoke")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: qsTr("Revoke the phone of %1").arg(root.person)
            Layout.alignment: Qt.AlignLeft
            onClicked: root.revokeRequested(root.deviceId)
        }
    }
}
