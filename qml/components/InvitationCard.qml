import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// A new phone's invite on the coordinator's screen: the QR code for the new phone to scan
// (it names the server), the code to type instead, whose phone it is for and until when it
// works. "Invite another phone" only says it was pressed.
ColumnLayout {
    id: root

    property var invitation: ({})
    signal anotherRequested()

    spacing: Theme.gap

    QrCodeItem {
        objectName: "inviteQr"
        text: root.invitation.qr || ""
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.min(root.width, 320)
        Layout.preferredHeight: Layout.preferredWidth
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code of the invite for %1").arg(root.invitation.person || "")
    }
    Label {
        objectName: "inviteCode"
        text: root.invitation.code || ""
        LayoutMirroring.enabled: false
        font.pixelSize: Theme.title
        font.letterSpacing: 2
        font.bold: true
        color: Theme.ink
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        // Large for reading it out: a value, not a heading.
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Invite code %1").arg(text)
        Layout.fillWidth: true
    }
    Label {
        objectName: "inviteFor"
        text: qsTr("For %1, as %2. It works once, until %3.").arg(Theme.isolate(root.invitation.person || ""))
                  .arg(root.invitation.role || "").arg(root.invitation.expires || "")
        wrapMode: Text.Wrap
        color: Theme.ink
        font.pixelSize: Theme.base
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("On the new phone: open Sync and scan this code, or type the code with the server's address.")
        wrapMode: Text.Wrap
        color: Theme.inkSoft
        font.pixelSize: Theme.small
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    ActionButton {
        objectName: "inviteAnother"
        // Wraps at large text; its unwrapped width does not widen the page.
        implicitWidth: Theme.touchTarget
        contentItem: Label {
            text: parent.text
            font: parent.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.ink
        }
        text: qsTr("Invite another phone")
        implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
        font.pixelSize: Theme.base
        Accessible.name: text
        Layout.fillWidth: true
        onClicked: root.anotherRequested()
    }
}
