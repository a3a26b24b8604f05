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

    // With five destinations in the bar, the language is chosen from here.
    property bool showLanguage: false
    signal languageRequested()
    // A coordinator manages the organisation's phones from here.
    signal devicesRequested()

    objectName: "syncPage"

    // The answer comes later (app.join.busy meanwhile); the typed code stays in its field
    // until a join succeeded, so a refused one can be compared and corrected.
    function join(text) {
        app.join.start(text, serverField.text)
    }
    // What is being joined, also when it came from --enrol or a scanned QR code.
    function showAttempt() {
        if (app.join.code !== "" && enrolField.text !== app.join.code)
            enrolField.fill(app.join.code)
        if (app.join.server !== "" && serverField.text === "")
            serverField.text = app.join.server
    }
    Component.onCompleted: showAttempt()
    Connections {
        target: root.app.join
        function onChanged() {
            if (root.app.join.joined)
                enrolField.clear()
            else
                root.showAttempt()
        }
        // The answer is read first: scrolled into view, also from the field at the bottom.
        function onFinished() { Qt.callLater(root.showResult) }
    }
    function showResult() {
        flick.contentY = Math.max(0, Math.min(joinResult.y - Theme.gap, flick.contentHeight - flick.height))
    }
    background: Rectangle { color: Theme.page }
    header: PageHeader { title: qsTr("Sync") }

    Flickable {
        id: flick
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

            // A coordinator's desk of phones: invite a new one, see them all, revoke a lost one.
            ActionButton {
                objectName: "openDevices"
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
                visible: root.app.roles.indexOf("coordinator") >= 0
                text: qsTr("Phones of the organisation: invite or revoke")
                font.pixelSize: Theme.base
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                Accessible.name: text
                onClicked: root.devicesRequested()
            }

            // Waiting for the server: said, and can be stopped; nothing is kept until it answers.
            ColumnLayout {
                objectName: "enrolBusy"
                visible: root.app.join.busy
                spacing: Theme.gap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                RowLayout {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    BusyIndicator {
                        running: parent.visible
                        implicitWidth: Theme.touchTarget
                        implicitHeight: Theme.touchTarget
                    }
                    Label {
                        text: qsTr("Joining: waiting for the server…")
                        wrapMode: Text.Wrap
                        color: Theme.ink
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                }
                ActionButton {
                    objectName: "enrolCancel"
                    text: qsTr("Cancel")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Cancel joining")
                    onClicked: root.app.join.cancel()
                }
            }
            // What the last join did, above the form so that it is seen first; it stays after
            // joining, when the form is gone: the phone says it worked.
            ResultBanner {
                id: joinResult
                objectName: "enrolResult"
                message: root.app.join.message
                ok: root.app.join.joined
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
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
                    text: qsTr("Scan the QR code your coordinator gives you, or type the invite code and the server's address. A sign-in code (BUURTBRUG-JOIN:…) names its server: paste it into the code field. Until then everything stays on this phone.")
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
                    id: enrolField
                    objectName: "enrolScanOrType"
                    fieldLabel: qsTr("Invite code")
                    placeholder: ""
                    enabled: !root.app.join.busy
                    scanning: root.visible && root.app.sync.canJoin && !root.app.join.busy
                    Layout.fillWidth: true
                    onSubmitted: text => root.join(text)
                }
            }
            // A phone that takes only some photos keeps them within a limit the person chooses;
            // the ones opened longest ago make room first (PhotoShelf).
            ColumnLayout {
                objectName: "photoStorage"
                visible: root.app.photoShelf.active
                spacing: Theme.gap / 2
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                readonly property var numberLocale: Qt.locale(root.app.localeName)
                // Whole megabytes, but a tenth below ten: 150 kB in use is not "1 MB".
                function megabytes(value) {
                    const mb = value > 0 && value < 0.1 ? 0.1 : value
                    return mb >= 1000 ? qsTr("%1 GB").arg(Number(mb / 1000).toLocaleString(numberLocale, "f", 0))
                                      : qsTr("%1 MB").arg(Number(mb).toLocaleString(numberLocale, "f", mb > 0 && mb < 10 ? 1 : 0))
                }

                Heading {
                    text: qsTr("Photos on this phone")
                    font.pixelSize: Theme.heading
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Photos of the places on your card, the places you opened and the places nearby are kept here, up to the limit you choose. The places opened longest ago make room first; their photos come back when you open them again online.")
                    wrapMode: Text.Wrap
                    color: Theme.inkSoft
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "photoStorageUsed"
                    text: qsTr("In use: %1 of %2").arg(Theme.isolate(parent.megabytes(root.app.photoShelf.usedMb)))
                                                  .arg(Theme.isolate(parent.megabytes(root.app.photoShelf.budgetMb)))
                    wrapMode: Text.Wrap
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                ChipGroup {
                    objectName: "photoBudget"
                    title: qsTr("Limit for photos")
                    codes: root.app.photoShelf.budgetChoices.map(mb => String(mb))
                    labelOf: code => parent.megabytes(Number(code))
                    single: true
                    selected: [String(root.app.photoShelf.budgetMb)]
                    Layout.fillWidth: true
                    onEdited: selected => { if (selected.length > 0) root.app.photoShelf.budgetMb = Number(selected[0]) }
                }
            }
            // In a positioner, not the layout: Qt 6.4's layouts keep the delegates a sync
            // replaced while this page was hidden, and crash when it is shown again.
            Column {
                spacing: Theme.gap
                Layout.fillWidth: true
            Repeater {
                model: root.app.sync.databases
                delegate: ColumnLayout {
                    id: entry
                    required property var modelData
                    objectName: "syncDatabase_" + modelData.name
                    spacing: 2
                    x: Theme.gap
                    width: parent ? parent.width - 2 * Theme.gap : 0

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
            }
            Item { Layout.fillHeight: true }
        }
    }
}
