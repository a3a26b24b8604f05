import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// The photos of a place, one at a time across the width, swiped or stepped with the buttons.
// Each photo is named for a screen reader by its alternative text; until its bytes are on the
// device a calm placeholder stands in its place. Hidden when there are no photos.
ColumnLayout {
    id: root

    // A PhotoListModel: photoId, altText, displaySource, photoWidth, photoHeight, onDevice.
    property var model
    readonly property int count: list.count

    visible: list.count > 0
    spacing: 8

    ListView {
        id: list
        objectName: "photoGallery"
        model: root.model
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        // A placeholder's words at a large text size may need more than a photo's 3:2.
        property real wordsNeed: 0
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Math.min(width * 2 / 3, 420), wordsNeed)
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Photos of this place")

        delegate: Item {
            id: slide
            required property int index
            required property string photoId
            required property string altText
            required property string displaySource
            required property bool onDevice
            width: ListView.view.width
            height: ListView.view.height

            // A photo the phone knows of but does not hold (a reader's phone keeps only some):
            // what it shows, in words, until its bytes come with a sync.
            Rectangle {
                objectName: "photoPlaceholder_" + slide.index
                anchors.fill: parent
                color: Theme.line
                radius: 8
                visible: photo.status !== Image.Ready
                Accessible.ignored: true
                readonly property real wordsNeed: visible ? words.implicitHeight + 2 * Theme.gap : 0
                onWordsNeedChanged: list.wordsNeed = Math.max(list.wordsNeed, wordsNeed)
                ColumnLayout {
                    id: words
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.gap
                    spacing: Theme.gap / 2
                    Label {
                        visible: !slide.onDevice && slide.altText !== ""
                        text: slide.altText
                        color: Theme.ink
                        font.pixelSize: Theme.base
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                        Accessible.ignored: true
                    }
                    Label {
                        text: photo.status === Image.Loading ? qsTr("Loading the photo…")
                              : slide.onDevice ? qsTr("This photo is not on this device yet.")
                              : qsTr("This photo is not on this phone yet. It comes with the next sync when the phone is online.")
                        color: Theme.inkSoft
                        font.pixelSize: Theme.small
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                        Accessible.ignored: true
                    }
                }
            }
            Image {
                id: photo
                objectName: "galleryPhoto_" + slide.index
                anchors.fill: parent
                source: slide.displaySource
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: slide.onDevice ? slide.altText
                                                : qsTr("%1 (photo not on this phone yet)").arg(slide.altText)
            }
        }
    }

    RowLayout {
        visible: list.count > 1
        spacing: Theme.gap
        Layout.fillWidth: true
        ActionButton {
            objectName: "previousPhoto"
            text: qsTr("Previous photo")
            enabled: list.currentIndex > 0
            font.pixelSize: Theme.small
            Layout.preferredHeight: Theme.touchTarget
            onClicked: list.decrementCurrentIndex()
        }
        Label {
            text: qsTr("Photo %1 of %2").arg(list.currentIndex + 1).arg(list.count)
            color: Theme.inkSoft
            font.pixelSize: Theme.small
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "nextPhoto"
            text: qsTr("Next photo")
            enabled: list.currentIndex < list.count - 1
            font.pixelSize: Theme.small
            Layout.preferredHeight: Theme.touchTarget
            onClicked: list.incrementCurrentIndex()
        }
    }
}
