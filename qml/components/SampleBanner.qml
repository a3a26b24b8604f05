import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// Above every screen while the phone holds the sample neighbourhood: what is shown is
// invented and stays on this phone. `joinRequested` leads to joining an organisation.
Rectangle {
    id: root

    // The sample was chosen on this phone (it goes when the phone joins); otherwise the
    // invented places came from a server (a demo) and there is nothing to join from here.
    property bool onThisPhone: true
    signal joinRequested()

    color: Theme.note
    implicitHeight: content.implicitHeight + Theme.gap

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: 0

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true

            Label {
                objectName: "sampleBannerText"
                text: root.onThisPhone ? qsTr("Sample: invented places and logs, only on this phone.")
                                       : qsTr("Sample: these places and times are invented.")
                wrapMode: Text.Wrap
                color: Theme.ink
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ActionButton {
                objectName: "sampleBannerJoin"
                visible: root.onThisPhone
                text: qsTr("Join")
                flat: true
                font.pixelSize: Theme.small
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Join my organisation")
                Accessible.role: Accessible.Button
                onClicked: root.joinRequested()
            }
        }
    }
}
