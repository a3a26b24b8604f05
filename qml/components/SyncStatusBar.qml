import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// One calm line about sync, a sentence chosen by SyncStatus from a typed status: synced at,
// syncing, offline, why it failed, or that the phone was removed; and how many changes are only
// on this device. "Sync now" when there is a server.
Rectangle {
    id: root

    property string state
    property string summary
    property bool configured: false
    signal syncNowClicked()

    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + 8)
    color: state === "error" || state === "offline" || state === "removed" ? Theme.note : Theme.page

    // Beside the sentence when there is room; below it with large text, so the sentence is
    // never squeezed into a column of broken words.
    GridLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        columns: syncNow.visible && syncNow.implicitWidth > root.width * 0.35 ? 1 : 2
        columnSpacing: Theme.gap
        rowSpacing: 0

        LiveStatus {
            objectName: "syncSummary"
            text: root.summary
            font.pixelSize: Theme.small
            color: Theme.inkSoft
            Layout.fillWidth: true
        }
        ActionButton {
            id: syncNow
            objectName: "syncNowButton"
            visible: root.configured && root.state !== "removed"
            text: qsTr("Sync now")
            enabled: root.state !== "syncing"
            flat: true
            Layout.preferredHeight: Theme.touchTarget
            Layout.alignment: Qt.AlignRight
            Accessible.name: text
            Accessible.role: Accessible.Button
            onClicked: root.syncNowClicked()
        }
    }
}
