import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// How many came to an activity: one tap on the number. Larger numbers with the field below.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    property string initiativeId
    property string activityId
    property string activityTitle
    property string problem: ""
    signal backRequested()
    signal saved(string text)

    objectName: "attendancePage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: root.activityTitle !== "" ? root.activityTitle : qsTr("Attendance")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function save(count) {
        problem = app.fieldLog.logAttendance(initiativeId, activityId, count, participant.text)
        if (problem === "")
            saved(qsTr("Saved: %n people came.", "", count))
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap

            Heading {
                text: qsTr("How many people came?")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            GridLayout {
                columns: Math.max(3, Math.floor(content.width / (Theme.touchTarget + 8)))
                columnSpacing: 8
                rowSpacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: 30
                    delegate: ActionButton {
                        required property int index
                        objectName: "count_" + (index + 1)
                        text: Number(index + 1).toLocaleString(Qt.locale(), "f", 0)
                        font.pixelSize: Theme.heading
                        implicitHeight: Theme.touchTarget
                        implicitWidth: Theme.touchTarget
                        Layout.fillWidth: true
                        Accessible.name: qsTr("%n people came", "", index + 1)
                        onClicked: root.save(index + 1)
                    }
                }
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                SpinBox {
                    id: more
                    objectName: "countMore"
                    from: 31
                    to: 10000
                    value: 40
                    editable: true
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: qsTr("More than 30")
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "countMoreSave"
                    text: qsTr("Save")
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: qsTr("Save: %n people came", "", more.value)
                    onClicked: root.save(more.value)
                }
            }
            TextField {
                id: participant
                objectName: "attendanceParticipant"
                placeholderText: qsTr("Code of a participant who agrees (optional)")
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Code of a participant who agrees (optional)")
                Layout.fillWidth: true
            }
            Label {
                objectName: "attendanceProblem"
                visible: root.problem !== ""
                text: root.problem
                wrapMode: Text.Wrap
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                background: Rectangle { color: Theme.note }
            }
        }
    }
}
