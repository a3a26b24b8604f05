import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// The coordinator's desk of the organisation's phones: invite a new phone (what it is for, the
// initiatives a host hosts, whose it is) and show the invite's QR code and code on screen; list
// the phones with whose they are, since when and their last sync; revoke one after a
// confirmation that names it. Everything goes through the server: while it is asked, a line
// says so with a Cancel; a refusal is a sentence, and what was typed stays.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property DeviceController desk: app.devices
    readonly property bool wide: width >= 900
    property string role: ""
    property var hosts: []
    property string fieldProblem: ""
    signal backRequested()

    objectName: "devicePage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Phones of the organisation")
        showBack: true
        onBackClicked: root.backRequested()
    }

    // The list is the server's: fetched each time the page is shown.
    onVisibleChanged: if (visible && desk.canManage && desk.waitingFor === "") desk.refresh()
    // ...and when this phone has just joined (or joined again) while the page shows.
    Connections {
        target: root.desk
        function onServerChanged() {
            if (root.visible && root.desk.canManage)
                root.desk.refresh()
        }
    }

    function toggleHost(id, on) {
        const list = hosts.filter(x => x !== id)
        if (on)
            list.push(id)
        hosts = list
    }
    function sendInvite() {
        fieldProblem = desk.inviteProblem(role, personField.text, hosts)
        if (fieldProblem === "")
            desk.invite(role, personField.text, hosts)
    }
    // A new invite starts from an empty form; the shown one goes.
    function inviteAnother() {
        desk.clearInvitation()
        desk.clearMessage()
        role = ""
        hosts = []
        personField.text = ""
        fieldProblem = ""
    }
    function askRevoke(deviceId) {
        confirmRevoke.deviceId = deviceId
        confirmRevoke.who = desk.deviceSummary(deviceId)
        confirmRevoke.open()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            x: Theme.gap
            y: Theme.gap
            width: flick.width - 2 * Theme.gap
            spacing: Theme.gap

            Label {
                objectName: "devicesNotPossible"
                visible: !root.desk.canManage
                text: qsTr("Phones are invited and revoked through the server: join your organisation as its coordinator on the Sync page first.")
                wrapMode: Text.Wrap
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ResultBanner {
                objectName: "deviceResult"
                message: root.desk.message
                ok: root.desk.messageOk
                Layout.fillWidth: true
            }
            // Waiting for the server: said, and can be stopped.
            RowLayout {
                objectName: "deviceBusy"
                visible: root.desk.waitingFor !== ""
                spacing: Theme.gap
                Layout.fillWidth: true
                BusyIndicator {
                    running: parent.visible
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                }
                Label {
                    text: root.desk.waitingFor === "invite" ? qsTr("Making the invite: waiting for the server…")
                        : root.desk.waitingFor === "revoke" ? qsTr("Revoking: waiting for the server…")
                        : qsTr("Fetching the phones: waiting for the server…")
                    wrapMode: Text.Wrap
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "deviceCancel"
                    text: qsTr("Cancel")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Stop waiting for the server")
                    onClicked: root.desk.cancel()
                }
            }

            GridLayout {
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap * 2
                Layout.fillWidth: true

                // Invite: the form, or the invite just made.
                ColumnLayout {
                    spacing: Theme.gap
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // the two columns share the width equally

                    Heading {
                        text: qsTr("Invite a phone")
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Heading
                    }
                    InvitationCard {
                        objectName: "invitation"
                        visible: root.desk.invitation.code !== undefined
                        invitation: root.desk.invitation
                        Layout.fillWidth: true
                        onAnotherRequested: root.inviteAnother()
                    }
                    ColumnLayout {
                        objectName: "inviteForm"
                        visible: root.desk.invitation.code === undefined
                        spacing: Theme.gap
                        Layout.fillWidth: true

                        FactRow {
                            label: qsTr("Organisation")
                            value: root.desk.organisation !== "" ? Theme.isolate(root.desk.organisation) : ""
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("What the phone is for")
                            font.pixelSize: Theme.small
                            font.bold: true
                            color: Theme.inkSoft
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        ButtonGroup { id: roleGroup }
                        // Repeaters sit in positioners, not layouts: Qt 6.4's layouts keep
                        // delegates deleted while the page is hidden and crash on showing it.
                        Column {
                            Layout.fillWidth: true
                        Repeater {
                            // Named again when the language changes.
                            model: { root.app.language; return root.desk.roleChoices() }
                            delegate: RadioButton {
                                id: roleOption
                                required property var modelData
                                function choose() { root.role = modelData.code }
                                objectName: "inviteRole_" + modelData.code
                                text: modelData.name
                                checked: root.role === modelData.code
                                ButtonGroup.group: roleGroup
                                font.pixelSize: Theme.base
                                // Wraps at large text, on the reading side whatever the script.
                                contentItem: Label {
                                    text: roleOption.text
                                    font: roleOption.font
                                    color: Theme.ink
                                    wrapMode: Text.Wrap
                                    horizontalAlignment: Text.AlignLeft
                                    verticalAlignment: Text.AlignVCenter
                                    leftPadding: roleOption.indicator && !roleOption.mirrored ? roleOption.indicator.width + roleOption.spacing : 0
                                    rightPadding: roleOption.indicator && roleOption.mirrored ? roleOption.indicator.width + roleOption.spacing : 0
                                }
                                width: parent ? parent.width : 0
                                implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
                                Accessible.name: modelData.name
                                Accessible.role: Accessible.RadioButton
                                onClicked: choose()
                                // A screen reader's Press or Toggle, Enter and Return choose it like a tap.
                                Accessible.onPressAction: choose()
                                Accessible.onToggleAction: choose()
                                Keys.onReturnPressed: choose()
                                Keys.onEnterPressed: choose()
                                FocusRing { }
                            }
                        }
                        }
                        Label {
                            visible: root.role === "host"
                            text: qsTr("The initiatives this host hosts")
                            font.pixelSize: Theme.small
                            font.bold: true
                            color: Theme.inkSoft
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        Column {
                            Layout.fillWidth: true
                        Repeater {
                            // Again when the directory changes (the first sync brings it).
                            model: { root.app.directoryRevision; return root.role === "host" ? root.app.cards.stampPlaces() : [] }
                            delegate: CheckBox {
                                id: hostOption
                                required property var modelData
                                function flip() { root.toggleHost(modelData.id, root.hosts.indexOf(modelData.id) < 0) }
                                objectName: "inviteHost"
                                text: Theme.isolate(modelData.name)
                                checked: root.hosts.indexOf(modelData.id) >= 0
                                font.pixelSize: Theme.base
                                contentItem: Label {
                                    text: hostOption.text
                                    font: hostOption.font
                                    color: Theme.ink
                                    wrapMode: Text.Wrap
                                    horizontalAlignment: Text.AlignLeft
                                    verticalAlignment: Text.AlignVCenter
                                    leftPadding: hostOption.indicator && !hostOption.mirrored ? hostOption.indicator.width + hostOption.spacing : 0
                                    rightPadding: hostOption.indicator && hostOption.mirrored ? hostOption.indicator.width + hostOption.spacing : 0
                                }
                                width: parent ? parent.width : 0
                                implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
                                Accessible.name: modelData.name
                                Accessible.role: Accessible.CheckBox
                                onClicked: root.toggleHost(modelData.id, checked)
                                Accessible.onPressAction: flip()
                                Accessible.onToggleAction: flip()
                                Keys.onReturnPressed: flip()
                                Keys.onEnterPressed: flip()
                                FocusRing { }
                            }
                        }
                        }
                        Label {
                            text: qsTr("First name or nickname of the person who gets the phone")
                            font.pixelSize: Theme.small
                            font.bold: true
                            color: Theme.inkSoft
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        TextField {
                            id: personField
                            objectName: "invitePerson"
                            maximumLength: 60
                            inputMethodHints: Qt.ImhNoPredictiveText
                            implicitHeight: Theme.touchTarget
                            font.pixelSize: Theme.base
                            Accessible.name: qsTr("First name or nickname of the person who gets the phone")
                            Layout.fillWidth: true
                            onAccepted: root.sendInvite()
                        }
                        // Why the invite cannot go as typed, at the form; nothing typed is lost.
                        Label {
                            objectName: "inviteProblem"
                            visible: root.fieldProblem !== ""
                            text: root.fieldProblem
                            wrapMode: Text.Wrap
                            color: Theme.ink
                            font.bold: true
                            horizontalAlignment: Text.AlignLeft
                            Accessible.role: Accessible.AlertMessage
                            Layout.fillWidth: true
                        }
                        ActionButton {
                            objectName: "inviteSend"
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
                            text: qsTr("Make the invite")
                            enabled: root.desk.canManage && root.desk.waitingFor === ""
                            implicitHeight: Math.max(Theme.touchTarget * 1.2, contentItem.implicitHeight + topPadding + bottomPadding)
                            font.pixelSize: Theme.heading
                            Accessible.name: text
                            Layout.fillWidth: true
                            onClicked: root.sendInvite()
                        }
                    }
                }

                // The organisation's phones, as the server lists them.
                ColumnLayout {
                    spacing: Theme.gap
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1

                    Heading {
                        text: qsTr("The organisation's phones")
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        objectName: "deviceCount"
                        visible: root.desk.listed
                        text: root.desk.devices.count === 0 ? qsTr("No phones have joined yet.")
                                                            : qsTr("%n phone(s)", "", root.desk.devices.count)
                        color: Theme.inkSoft
                        font.pixelSize: Theme.small
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        objectName: "refreshDevices"
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
                        text: qsTr("Fetch the list again")
                        enabled: root.desk.canManage && root.desk.waitingFor === ""
                        implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
                        font.pixelSize: Theme.base
                        Accessible.name: text
                        Layout.fillWidth: true
                        onClicked: root.desk.refresh()
                    }
                    Column {
                        spacing: Theme.gap
                        Layout.fillWidth: true
                        Repeater {
                            model: root.desk.devices
                            delegate: DeviceDelegate {
                                width: parent ? parent.width : 0
                                onRevokeRequested: deviceId => root.askRevoke(deviceId)
                            }
                        }
                    }
                }
            }
        }
    }

    // The confirmation names the person and what the phone was for; "Keep" changes nothing.
    Popup {
        id: confirmRevoke
        objectName: "confirmRevokeDevice"
        property string deviceId: ""
        property var who: ({})
        readonly property string title: qsTr("Revoke the phone of %1?").arg(Theme.isolate(who.person || ""))
        function accept() { close(); root.desk.revoke(deviceId) }
        modal: true
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.gap, 480)
        padding: Theme.gap * 1.5
        background: Rectangle { color: Theme.page; radius: 8; border.color: Theme.line }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            Heading {
                objectName: "confirmRevokeDeviceTitle"
                text: confirmRevoke.title
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("The phone of %1 (%2) can no longer sync: the server refuses it from its next request on. What it has not sent yet stays on that phone. This cannot be undone; to use the phone again, invite it anew.")
                          .arg(Theme.isolate(confirmRevoke.who.person || "")).arg(confirmRevoke.who.roles || "")
                wrapMode: Text.Wrap
                color: Theme.ink
                font.pixelSize: Theme.base
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "confirmRevokeDeviceYes"
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
                text: qsTr("Revoke")
                implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
                font.pixelSize: Theme.base
                Accessible.name: qsTr("Revoke the phone of %1").arg(confirmRevoke.who.person || "")
                Layout.fillWidth: true
                onClicked: confirmRevoke.accept()
            }
            ActionButton {
                objectName: "confirmRevokeDeviceNo"
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
                text: qsTr("Keep the phone")
                implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
                font.pixelSize: Theme.base
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: confirmRevoke.close()
            }
        }
    }
}
