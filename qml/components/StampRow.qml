import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// One place on a card: its name and address, and a stamp — filled when stamped, a dashed ring
// while it waits for the host, an empty ring before the visit — and the place's photo when it
// has one on this device, so a holder who reads little knows the door.
RowLayout {
    id: root

    property string name
    property string address
    property bool stamped: false
    property bool pending: false
    property string lastVisit
    // image://photos/first/<initiative>: one transparent pixel answers "no photo".
    property string photoSource

    spacing: Theme.gap

    Rectangle {
        Layout.preferredWidth: 40
        Layout.preferredHeight: 40
        Layout.alignment: Qt.AlignTop
        radius: 20
        color: root.stamped ? Theme.accent : "transparent"
        border.color: root.stamped ? Theme.accent : Theme.inkSoft
        border.width: root.pending ? 3 : 2
        opacity: root.pending ? 0.7 : 1
        Label {
            anchors.centerIn: parent
            text: root.stamped ? "✓" : root.pending ? "…" : ""
            color: root.stamped ? "white" : Theme.ink
            font.pixelSize: Theme.heading
            font.bold: true
            Accessible.ignored: true   // the mark; the row says stamped or not
        }
    }
    Rectangle {
        objectName: "placePhoto"
        readonly property bool hasPhoto: photo.status === Image.Ready && photo.implicitWidth > 1
        visible: hasPhoto
        Layout.preferredWidth: 64
        Layout.preferredHeight: 64
        Layout.alignment: Qt.AlignTop
        radius: 6
        color: Theme.page
        clip: true
        // Decoration: the row's name says which place; the photo's words are on the detail page.
        Accessible.ignored: true
        Image {
            id: photo
            anchors.fill: parent
            source: root.photoSource
            asynchronous: true
            sourceSize: Qt.size(128, 128)
            fillMode: Image.PreserveAspectCrop
            Accessible.ignored: true
        }
    }
    ColumnLayout {
        spacing: 2
        Layout.fillWidth: true
        Label {
            text: Theme.isolate(Theme.bidiName(root.name))
            font.pixelSize: Theme.base
            font.bold: true
            color: Theme.ink
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            visible: root.address !== ""
            text: Theme.isolate(root.address)
            font.pixelSize: Theme.small
            color: Theme.inkSoft
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            text: root.stamped ? qsTr("Stamped on %1").arg(root.lastVisit)
                : root.pending ? qsTr("Visited on %1: waiting for the host to confirm").arg(root.lastVisit)
                               : qsTr("Not visited yet")
            font.pixelSize: Theme.small
            color: root.stamped ? Theme.accent : Theme.inkSoft
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
    }
    Accessible.role: Accessible.ListItem
    Accessible.name: name + ", " + (stamped ? qsTr("stamped") : pending ? qsTr("waiting for the host") : qsTr("not visited yet"))
}
