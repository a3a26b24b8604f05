import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// The day's field work: the market tally, a new contact, attendance of today's activities in
// two taps (the activity, then how many came), and the follow-ups that are due.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property FieldLogController log: app.fieldLog
    property string message: ""
    property bool messageCanUndo: false
    // The log the message speaks of: Undo is offered only while it is still the one Undo takes
    // back (a conversation counted since would otherwise be undone under "Saved: 12 people came").
    property string messageLogId: ""
    property bool showAllFollowUps: false

    objectName: "logPage"
    background: Rectangle { color: Theme.page }

    function say(text, canUndo) {
        message = text
        messageCanUndo = canUndo
        messageLogId = canUndo ? log.lastLogId : ""
    }
    // Runs here, not in the row: saving refreshes the list, which replaces the row.
    function followUpOutcome(contactId, status) {
        const problem = status === "later" ? log.postponeFollowUp(contactId, 7)
                      : status === "done" ? log.closeFollowUp(contactId)
                                          : log.setReferralStatus(contactId, status)
        if (problem !== "")
            return say(problem, false)
        // Saved at once, and taken back with Undo like every other log.
        say(status === "arrived" ? qsTr("Marked as arrived.")
            : status === "not-arrived" ? qsTr("Marked as not arrived.")
            : status === "done" ? qsTr("Follow-up closed.")
                                : qsTr("Moved to next week."), true)
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: home
    }

    Component {
        id: home
        Page {
            id: homePage
            Accessible.ignored: true  // a container, not a page tab
            // Lists are read while this page is shown, not after every tap on the tally page above it.
            readonly property bool reading: visible && root.visible
            background: Rectangle { color: Theme.page }
            header: PageHeader { title: qsTr("Log") }

            Flickable {
                anchors.fill: parent
                anchors.bottomMargin: undoBar.visible ? undoBar.height + Theme.gap : 0
                contentHeight: content.implicitHeight + Theme.gap * 2
                clip: true
                ScrollBar.vertical: ScrollBar { }

                ColumnLayout {
                    id: content
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: Theme.gap

                    Label {
                        objectName: "logOrganisation"
                        // Promise a sync only where one happens: chosen from the typed sync status.
                        text: !root.log.available ? qsTr("This device is not part of an organisation yet.")
                            : root.app.sync.status === SyncStatus.NotJoined
                              ? qsTr("Logs stay on this phone. To share them with your organisation, join it on the Sync page.")
                            : root.app.sync.status === SyncStatus.DeviceRemoved
                              ? qsTr("This phone was removed from %1. Logs stay on it until it joins again on the Sync page.").arg(Theme.isolate(root.log.organisation))
                              : qsTr("Logs go to %1 and sync when there is a network.").arg(Theme.isolate(root.log.organisation))
                        wrapMode: Text.Wrap
                        color: Theme.inkSoft
                        font.pixelSize: Theme.small
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }

                    ActionButton {
                        objectName: "openMarketTally"
                        text: qsTr("Market tally")
                        enabled: root.log.available
                        font.pixelSize: Theme.heading
                        implicitHeight: Theme.touchTarget * 1.3
                        Accessible.name: text
                        Layout.fillWidth: true
                        onClicked: stack.push(tallyPage)
                    }
                    ActionButton {
                        objectName: "openContactForm"
                        text: qsTr("New contact")
                        enabled: root.log.available
                        font.pixelSize: Theme.heading
                        implicitHeight: Theme.touchTarget * 1.3
                        Accessible.name: text
                        Layout.fillWidth: true
                        onClicked: stack.push(contactPage)
                    }
                    ActionButton {
                        objectName: "openPrivacyRequest"
                        visible: root.app.roles.indexOf("coordinator") >= 0
                        text: qsTr("A person's privacy request")
                        enabled: root.log.available
                        font.pixelSize: Theme.base
                        implicitHeight: Theme.touchTarget * 1.2
                        Accessible.name: text
                        Layout.fillWidth: true
                        onClicked: stack.push(privacyPage)
                    }

                    Heading {
                        text: qsTr("Follow-ups due")
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.ink
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                    }
                    Label {
                        visible: followUps.due.length === 0
                        text: qsTr("Nothing to follow up today.")
                        color: Theme.inkSoft
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Repeater {
                        id: followUps
                        readonly property var due: homePage.reading ? root.log.followUpsDue : []
                        model: root.showAllFollowUps ? due : due.slice(0, 5)
                        delegate: FollowUpRow {
                            required property var modelData
                            objectName: "followUp_" + modelData.person
                            entry: modelData
                            Layout.fillWidth: true
                            onOutcome: status => root.followUpOutcome(modelData.contactId, status)
                        }
                    }

                    ActionButton {
                        objectName: "showAllFollowUps"
                        visible: !root.showAllFollowUps && followUps.due.length > 5
                        text: qsTr("Show all %n follow-ups", "", followUps.due.length)
                        flat: true
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.base
                        Accessible.name: text
                        onClicked: root.showAllFollowUps = true
                    }

                    Heading {
                        text: qsTr("Today's activities")
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.ink
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                    }
                    Label {
                        visible: activities.count === 0
                        text: qsTr("No activities in the directory take place today.")
                        color: Theme.inkSoft
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Repeater {
                        id: activities
                        model: homePage.reading && root.log.revision >= 0 && root.app.directoryRevision >= 0
                               ? root.log.todaysActivities() : []
                        delegate: ActionDelegate {
                            id: activity
                            required property var modelData
                            required property int index
                            objectName: "todayActivity_" + index
                            enabled: root.log.available
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchTarget, activityText.implicitHeight + 16)
                            Accessible.name: activityText.text
                            onClicked: stack.push(attendancePage, { initiativeId: modelData.initiativeId,
                                                                    activityId: modelData.activityId,
                                                                    activityTitle: modelData.activity !== "" ? modelData.activity : modelData.initiative })
                            contentItem: Label {
                                id: activityText
                                text: {
                                    const what = activity.modelData.activity !== "" ? qsTr("%1 at %2").arg(Theme.isolate(activity.modelData.activity)).arg(Theme.isolate(activity.modelData.initiative))
                                                                                   : Theme.isolate(activity.modelData.initiative)
                                    const when = activity.modelData.time !== "" ? activity.modelData.time + " · " : ""
                                    const counted = activity.modelData.logged > 0 ? " · " + qsTr("%n counted today", "", activity.modelData.logged) : ""
                                    return when + what + counted
                                }
                                wrapMode: Text.Wrap
                                color: Theme.ink
                                font.pixelSize: Theme.base
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                    }
                }
            }

            UndoBar {
                id: undoBar
                objectName: "logUndoBar"
                message: root.message
                canUndo: root.messageCanUndo && root.log.lastLogId !== "" && root.log.lastLogId === root.messageLogId
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.gap
                onUndoClicked: {
                    const problem = root.log.undoLast()
                    root.say(problem !== "" ? problem : qsTr("Taken back."), false)
                }
            }
        }
    }

    Component {
        id: privacyPage
        PrivacyPage {
            app: root.app
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: tallyPage
        MarketTallyPage {
            app: root.app
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: contactPage
        ContactFormPage {
            app: root.app
            onBackRequested: stack.pop()
            onSaved: text => { root.say(text, true); stack.pop() }
        }
    }
    Component {
        id: attendancePage
        AttendancePage {
            app: root.app
            onBackRequested: stack.pop()
            onSaved: text => { root.say(text, true); stack.pop() }
        }
    }
}
