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

    // Five rows have the same buttons: a screen reader's list of buttons tells them apart by
    // the person (their code), not only by where the button sits.
    function named(action) {
        return action + ", " + root.entry.person
    }

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
        ActionButton {
            objectName: "followUpArrived"
            visible: !!root.entry.referralTo
            text: qsTr("Arrived")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: root.named(text)
            onClicked: root.outcome("arrived")
        }
        ActionButton {
            objectName: "followUpNotArrived"
            visible: !!root.entry.referralTo
            text: qsTr("Did not arrive")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: root.named(text)
            onClicked: root.outcome("not-arrived")
        }
        ActionButton {
            objectName: "followUpDone"
            visible: !root.entry.referralTo
            text: qsTr("Done")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: root.named(text)
            onClicked: root.outcome("done")
        }
        ActionButton {
            objectName: "followUpLater"
            text: qsTr("In a week")
            flat: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Accessible.name: root.named(qsTr("Look again in a week"))
            onClicked: root.outcome("later")
        }
    }
}
