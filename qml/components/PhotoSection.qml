import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// The editor's photos of a saved initiative: the privacy rule (places, not people), the photos
// with their alternative text and a Remove that asks first, and "Add photo": an alternative
// text, then a picture file (made smaller and stripped of its metadata before it is stored).
// Camera capture is not offered yet; a file from the device's pictures works everywhere.
ColumnLayout {
    id: root

    required property InitiativePhotoController photos
    // The initiative is stored (photos belong to a saved initiative).
    property bool saved: true
    // The language the alternative text is written in.
    property string altLanguage: "nl"
    // The confirmation before removing (in the window's overlay; tests reach it here).
    readonly property alias removeConfirmation: confirmRemove
    readonly property alias fileDialog: fileDialog

    // What choosing a file does; the dialog calls it, and so can a test.
    function addFile(url) {
        root.photos.addFromFile(url, altField.text, root.altLanguage)
    }

    Connections {
        target: root.photos
        function onAdded() { altField.text = "" } // the next photo gets words of its own
    }

    spacing: Theme.gap

    Label {
        objectName: "photosPlacesNotPeople"
        text: qsTr("Photos are of places, not people: the entrance, the room, the sign. Do not photograph people.")
        font.pixelSize: Theme.base
        font.bold: true
        color: Theme.ink
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        visible: !root.saved
        text: qsTr("Save the initiative first; then add its photos here.")
        font.pixelSize: Theme.base
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    ResultBanner {
        objectName: "photoNotice"
        message: root.photos.notice
        ok: root.photos.noticeOk
        Layout.fillWidth: true
    }

    // A Column, not a Layout, around the Repeater: its model changes while the page may be hidden.
    Column {
        visible: root.saved
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: root.saved ? root.photos.photos : null
            // The photo and its words on one line, Remove under them: at a large text size a
            // button beside them would leave the words a few letters a line.
            delegate: ColumnLayout {
                required property string photoId
                required property string altText
                required property string thumbnailSource
                width: parent ? parent.width : 0
                spacing: 4
                RowLayout {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Rectangle {
                        color: Theme.line
                        radius: 4
                        Layout.preferredWidth: 72
                        Layout.preferredHeight: 72
                        Layout.alignment: Qt.AlignTop
                        Accessible.ignored: true
                        Image {
                            anchors.fill: parent
                            source: thumbnailSource
                            asynchronous: true
                            fillMode: Image.PreserveAspectCrop
                            clip: true
                            Accessible.role: Accessible.Graphic
                            Accessible.name: altText
                        }
                    }
                    Label {
                        text: altText
                        font.pixelSize: Theme.base
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                }
                ActionButton {
                    objectName: "removePhoto_" + photoId
                    text: qsTr("Remove")
                    font.pixelSize: Theme.base
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Remove the photo %1").arg(altText)
                    onClicked: { confirmRemove.photoId = photoId; confirmRemove.altText = altText; confirmRemove.open() }
                }
            }
        }
    }

    FormField {
        id: altField
        objectName: "photoAltText"
        visible: root.saved && root.photos.canAdd
        label: qsTr("What the photo shows, for people who cannot see it (for example: green front door next to the bakery)")
        maximumLength: 300
        onEdited: text => altField.text = text
        Layout.fillWidth: true
    }
    Label {
        objectName: "photoPreparing"
        visible: root.photos.busy
        text: qsTr("Making the photo smaller and removing its hidden data…")
        font.pixelSize: Theme.base
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    WideButton {
        objectName: "addPhoto"
        visible: root.saved && root.photos.canAdd
        enabled: !root.photos.busy
        text: qsTr("Add photo")
        Layout.fillWidth: true
        onClicked: fileDialog.open()
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a photo of the place")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: root.addFile(selectedFile)
    }

    ConfirmPopup {
        id: confirmRemove
        property string photoId
        property string altText
        objectName: "confirmRemovePhoto"
        title: qsTr("Remove this photo?")
        message: qsTr("The photo “%1” goes from this device now and from every other device after the next sync.").arg(Theme.isolate(altText))
        actionText: qsTr("Remove")
        keepText: qsTr("Keep it")
        onAccepted: root.photos.remove(photoId)
    }
}
