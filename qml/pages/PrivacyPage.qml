import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// A person asks the organisation to forget them (erase) or to stop using their name (withdraw
// consent). The coordinator types the person's code, sees what will be removed, confirms, and
// a receipt (what, when, by whom; nothing about the person) is kept for the records.
Page {
    id: root

    required property AppController app
    readonly property PrivacyController privacy: app.privacy
    property var found: ({})
    property string action: "erase-person"
    property string message: ""
    property bool messageOk: true
    signal backRequested()

    objectName: "privacyPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("A person's privacy request")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function ask(what) {
        action = what
        message = ""
        found = privacy.preview(codeField.text)
        if (!found.ok) {
            messageOk = false
            message = found.message
            return
        }
        confirm.open()
    }
    function carryOut() {
        const result = privacy.carryOut(action, codeField.text)
        messageOk = result.ok
        message = result.message
        if (result.ok)
            codeField.text = ""
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + Theme.gap * 2
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            x: Theme.gap
            y: Theme.gap
            width: Math.min(parent.width - 2 * Theme.gap, 760)
            spacing: Theme.gap

            ResultBanner {
                objectName: "privacyResult"
                message: root.message
                ok: root.messageOk
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("The person's code, as it is written in the contacts and visits")
                font.pixelSize: Theme.base
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            TextField {
                id: codeField
                objectName: "privacyCode"
                inputMethodHints: Qt.ImhNoPredictiveText
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: qsTr("The person's code")
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "withdrawConsent"
                text: qsTr("Withdraw consent: erase the name")
                enabled: codeField.text.trim() !== ""
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: root.ask("withdraw-consent")
            }
            ActionButton {
                objectName: "erasePerson"
                text: qsTr("Erase this person")
                enabled: codeField.text.trim() !== ""
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: root.ask("erase-person")
            }

            Heading {
                text: qsTr("Receipts")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: receiptList.count === 0
                text: qsTr("No privacy requests carried out yet.")
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Repeater {
                id: receiptList
                model: root.visible ? root.privacy.receipts(root.privacy.revision) : []
                delegate: Label {
                    required property var modelData
                    objectName: "privacyReceipt"
                    font.pixelSize: Theme.base
                    text: (modelData.action === "erase-person"
                           ? qsTr("Erased: %n log(s)", "", modelData.documents)
                           : qsTr("Consent withdrawn: the name erased from %n contact(s)", "", modelData.documents))
                          + " · " + modelData.when + " · " + qsTr("by %1").arg(Theme.isolate(modelData.by))
                    wrapMode: Text.Wrap
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
            }
        }
    }

    // Names what will be removed before anything is.
    Popup {
        id: confirm
        objectName: "privacyConfirm"
        modal: true
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.gap, 520)
        padding: Theme.gap * 1.5
        background: Rectangle { color: Theme.page; radius: 8; border.color: Theme.line }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            Label {
                objectName: "privacyConfirmText"
                text: root.action === "erase-person"
                      ? qsTr("Erase this person from %1 contact(s) and %2 visit(s)? Their code, name, notes and what they do and need are removed; dates and counts stay. Every device erases its copies at its next sync. This cannot be undone.")
                        .arg(root.found.contacts || 0).arg(root.found.visits || 0)
                      : qsTr("Erase this person's name from %1 contact(s)? The contacts themselves stay. This cannot be undone.")
                        .arg(root.found.named || 0)
                font.pixelSize: Theme.base
                wrapMode: Text.Wrap
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "privacyConfirmYes"
                text: root.action === "erase-person" ? qsTr("Erase") : qsTr("Erase the name")
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: { confirm.close(); root.carryOut() }
            }
            ActionButton {
                objectName: "privacyConfirmNo"
                text: qsTr("Cancel")
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: confirm.close()
            }
        }
    }
}
