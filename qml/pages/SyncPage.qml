import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// Where each database stands with the server: up to date or not, since when, what is only on
// this device, why a sync failed and when it is tried again, and which records the server
// did not accept (they stay here).
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app

    property string joinMessage: ""
    // With five destinations in the bar, the language is chosen from here.
    property bool showLanguage: false
    signal languageRequested()
    property bool joinOk: true

    objectName: "syncPage"

    function join(text) {
        const problem = app.enrol(text, serverField.text)
        joinOk = problem === ""
        joinMessage = problem !== "" ? problem : qsTr("This phone has joined. It syncs whenever there is a network.")
    }
    background: Rectangle { color: Theme.page }
    header: PageHeader { title: qsTr("Sync") }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            width: parent.width
            spacing: Theme.gap

            ActionButton {
                objectName: "openLanguage"
                visible: root.showLanguage
                text: qsTr("Language: %1").arg(Theme.isolate(root.app.languageName(root.app.language)))
                icon.source: "qrc:/buurtbrug/icons/language.svg"
                flat: true
                font.pixelSize: Theme.base
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                Accessible.name: qsTr("Choose the language of the app")
                Accessible.role: Accessible.Button
                onClicked: root.languageRequested()
            }

            SyncStatusBar {
                state: root.app.sync.state
                summary: root.app.sync.summary
                configured: root.app.sync.configured
                Layout.fillWidth: true
                onSyncNowClicked: root.app.sync.syncNow()
            }

            // A phone that has not joined an organisation yet: the coordinator's invite, scanned
            // (its QR code names the server) or typed with the server's address.
            ColumnLayout {
                objectName: "joinOrganisation"
                visible: root.app.sync.canJoin
                spacing: Theme.gap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap

                Heading {
                    wrapMode: Text.Wrap
                    text: root.app.sync.configured ? qsTr("Join again") : qsTr("Join your organisation")
                    font.pixelSize: Theme.heading
                    font.bold: true
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                Label {
                    text: qsTr("Scan the invite QR code your coordinator gives you, or type its code and the server's address. Until then everything stays on this phone.")
                    wrapMode: Text.Wrap
                    color: Theme.inkSoft
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                TextField {
                    id: serverField
                    objectName: "enrolServer"
                    placeholderText: "https://"
                    LayoutMirroring.enabled: false
                    horizontalAlignment: TextInput.AlignLeft
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Server address")
                    Layout.fillWidth: true
                }
                ScanOrType {
                    objectName: "enrolScanOrType"
                    fieldLabel: qsTr("Invite code")
                    placeholder: ""
                    scanning: root.visible && root.app.sync.canJoin
                    Layout.fillWidth: true
                    onSubmitted: text => { root.join(text); if (root.joinOk) clear() }
                }
            }
            // Stays after joining, when the section above is gone: the phone says it worked.
            ResultBanner {
                objectName: "enrolResult"
                message: root.joinMessage
                ok: root.joinOk
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            Repeater {
                model: root.app.sync.databases
                delegate: ColumnLayout {
                    id: entry
                    required property var modelData
                    objectName: "syncDatabase_" + modelData.name
                    spacing: 2
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.gap
                    Layout.rightMargin: Theme.gap

                    Heading {
                        text: entry.modelData.title
                        font.bold: true
                        font.pixelSize: Theme.heading
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "syncSentence_" + entry.modelData.name
                        // The line at the top says it already when every database is alike.
                        visible: entry.modelData.status !== root.app.sync.status
                        text: entry.modelData.sentence
                        wrapMode: Text.Wrap
                        color: Theme.ink
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Label {
                        text: entry.modelData.lastSuccess !== "" ? qsTr("Last synced: %1").arg(entry.modelData.lastSuccess)
                                                                : qsTr("Not synced yet")
                        wrapMode: Text.Wrap
                        color: Theme.inkSoft
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: entry.modelData.pending > 0
                        text: qsTr("Changes only on this device: %1").arg(entry.modelData.pending)
                        color: Theme.ink
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    // The protocol's own words, for whoever helps with a problem: small, as sent.
                    Label {
                        objectName: "syncDetail_" + entry.modelData.name
                        visible: entry.modelData.error !== ""
                        text: qsTr("Technical detail: %1").arg(Theme.isolate(entry.modelData.error))
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: Theme.small
                        color: Theme.inkSoft
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: entry.modelData.rejected.length > 0
                        text: qsTr("Not accepted by the server (kept on this device):")
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: entry.modelData.rejected
                        delegate: Label {
                            required property var modelData
                            text: qsTr("%1: %2").arg(modelData.id).arg(modelData.reason)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.small
                            color: Theme.inkSoft
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
