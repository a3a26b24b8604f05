import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts

// One initiative in the list: initial, name, one-line summary and street. Names in another
// script than the UI keep their own direction inside the mirrored row.
ActionDelegate {
    id: root

    required property int index
    required property string initiativeId
    required property string name
    required property string nameLanguage
    required property string summary
    required property string address
    required property real distance
    required property int walkingMinutes
    required property int compass
    required property bool approximate
    required property string today
    required property bool openNow
    property string readerLanguage
    // The place's first photo (image://photos/first/…), "" for none: then its initial stands there.
    property string thumbnailSource
    property bool selected: false

    implicitHeight: Math.max(Theme.touchTarget + 24, content.implicitHeight + 24)
    highlighted: selected
    Accessible.name: [name, summary, whenLabel.text, walking.text, address].filter(t => t !== "").join(", ")
    Accessible.role: Accessible.ListItem

    background: Rectangle {
        color: root.selected ? Theme.accentSoft : (root.pressed ? Theme.line : "transparent")
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
    }

    contentItem: RowLayout {
        id: content
        spacing: Theme.gap

        Rectangle {
            objectName: "avatar"
            // The provider answers one transparent pixel for a place without photos.
            readonly property bool hasPhoto: thumbnail.status === Image.Ready && thumbnail.implicitWidth > 1
            Layout.preferredWidth: hasPhoto ? 64 : 44
            Layout.preferredHeight: hasPhoto ? 64 : 44
            Layout.alignment: Qt.AlignTop
            radius: hasPhoto ? 6 : 22
            color: Theme.accent
            clip: true
            // Decoration: the name follows, read once (the photo's words are on the detail page).
            Accessible.ignored: true
            Image {
                id: thumbnail
                objectName: "thumbnail"
                anchors.fill: parent
                source: root.thumbnailSource
                asynchronous: true
                sourceSize: Qt.size(128, 128)
                fillMode: Image.PreserveAspectCrop
                visible: parent.hasPhoto
                Accessible.ignored: true
            }
            Label {
                visible: !parent.hasPhoto
                anchors.centerIn: parent
                text: root.name.length > 0 ? root.name.charAt(0).toUpperCase() : "?"
                Accessible.ignored: true
                color: "white"
                font.pixelSize: Theme.heading
                font.bold: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "nameLabel"
                Accessible.ignored: true   // the list item's name starts with it
                text: Theme.bidiName(root.name)
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                // A long name wraps: cut short, "قصر الحي (Wijkpal…" loses its bracket.
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Label {
                objectName: "summaryLabel" // two lines at most, by design: the detail page has all
                text: root.summary
                visible: text !== ""
                font.pixelSize: Theme.base
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Label {
                id: whenLabel
                objectName: "todayLabel"
                visible: text !== ""
                text: root.openNow ? qsTr("Open now, today %1").arg(root.today)
                                   : root.today !== "" ? qsTr("Today %1").arg(root.today) : ""
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.accent
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            WalkingLine {
                id: walking
                objectName: "walkingLine"
                distance: root.distance
                minutes: root.walkingMinutes
                compass: root.compass
                approximate: root.approximate
                language: root.readerLanguage
                Layout.fillWidth: true
            }
            Label {
                text: root.address
                visible: text !== ""
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }
    }
}
