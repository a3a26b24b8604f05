import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// One follow-up that is due: who (their code), where they were referred to, how late; and
// what came of it: arrived, did not arrive, or look again in a week.
ColumnLayout {
    id: root

    // {contactId, person, daysLate, referralTo, referralStatus}
    property var entry: ({})
    signal outcome(string status)

    spacing: 4

    Label {
        text: {
            let line = Theme.isolate(root.entry.person)
            if (root.entry.referralTo)
                line = qsTr("%1, referred to %2").arg(line).arg(Theme.isolate(root.entry.referralTo))
            if (root.entry.daysLate > 0)
                line += " · " + qsTr("%n day(s) overdue", "", root.entry.daysLate)
            return line
        }
        wrapMode: Text.Wrap
        font.pixelSize: Theme.base
        color: Theme.ink
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "followUpArrived"
            visible: !!root.entry.referralTo
            text: qsTr("Arrived")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: text
            onClicked: root.outcome("arrived")
        }
        Button {
            objectName: "followUpNotArrived"
            visible: !!root.entry.referralTo
            text: qsTr("Did not arrive")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: text
            onClicked: root.outcome("not-arrived")
        }
        Button {
            objectName: "followUpDone"
            visible: !root.entry.referralTo
            text: qsTr("Done")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: text
            onClicked: root.outcome("done")
        }
        Button {
            objectName: "followUpLater"
            text: qsTr("In a week")
            flat: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: qsTr("Look again in a week")
            onClicked: root.outcome("later")
        }
    }
}
