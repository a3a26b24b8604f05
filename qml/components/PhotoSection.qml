import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Buurtbrug.Ui
import Buurtbrug.App

// The editor's photos of a saved initiative: the privacy rule (places, not people), the photos
// with their alternative text and a Remove that asks first, and adding one: an alternative
// text, then a picture taken with the camera (where the device has one) or a file (made smaller
// and stripped of its metadata before it is stored, either way).
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
    readonly property alias camera: cameraPopup
    // A camera is there and has not failed: "Take a photo" is offered.
    readonly property bool cameraAvailable: devices.videoInputs.length > 0 && !internal.cameraFailed

    // What choosing a file does; the dialog calls it, and so can a test.
    function addFile(url) {
        root.photos.addFromFile(url, altField.text, root.altLanguage)
    }
    // What the camera's picture does; the camera calls it, and so can a test.
    function addCaptured(image) {
        root.photos.addFromImage(image, altField.text, root.altLanguage)
        cameraPopup.close()
    }

    QtObject {
        id: internal
        property bool cameraFailed: false
    }

    MediaDevices {
        id: devices
        // A camera plugged in or out: try again.
        onVideoInputsChanged: internal.cameraFailed = false
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
    Label {
        objectName: "cameraFailed"
        visible: internal.cameraFailed && root.saved && root.photos.canAdd
        text: qsTr("The camera did not start; add a photo from a file instead.")
        font.pixelSize: Theme.base
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    WideButton {
        objectName: "takePhoto"
        visible: root.saved && root.photos.canAdd && root.cameraAvailable
        enabled: !root.photos.busy
        text: qsTr("Take a photo")
        Layout.fillWidth: true
        // The words first: a picture taken without them would be lost.
        onClicked: if (root.photos.readyToAdd(altField.text)) cameraPopup.open()
    }
    WideButton {
        objectName: "addPhoto"
        visible: root.saved && root.photos.canAdd
        enabled: !root.photos.busy
        text: root.cameraAvailable ? qsTr("Add a photo from a file") : qsTr("Add photo")
        Layout.fillWidth: true
        onClicked: fileDialog.open()
    }

    // The camera, over the whole window: the rule again where the picture is taken.
    Popup {
        id: cameraPopup
        objectName: "photoCamera"
        parent: Overlay.overlay
        modal: true
        x: 0
        y: 0
        width: parent ? parent.width : 400
        height: parent ? parent.height : 600
        padding: Theme.gap
        background: Rectangle { color: Theme.page }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            Heading {
                text: qsTr("Take a photo of the place")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "cameraPlacesNotPeople"
                text: qsTr("Photograph the place, not people. If someone is in the picture, wait until they have gone.")
                font.pixelSize: Theme.base
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Loader {
                id: viewfinder
                active: cameraPopup.visible && root.cameraAvailable
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: PhotoViewfinder {
                    running: cameraPopup.visible
                             && Qt.application.state !== Qt.ApplicationHidden
                             && Qt.application.state !== Qt.ApplicationSuspended
                    onCaptured: image => root.addCaptured(image)
                    onFailed: {
                        internal.cameraFailed = true
                        cameraPopup.close()
                    }
                }
            }
            WideButton {
                objectName: "capturePhoto"
                text: qsTr("Take the photo")
                enabled: (viewfinder.item as PhotoViewfinder)?.ready ?? false
                Layout.fillWidth: true
                onClicked: (viewfinder.item as PhotoViewfinder).capture()
            }
            WideButton {
                objectName: "cancelCamera"
                text: qsTr("Cancel")
                Layout.fillWidth: true
                onClicked: cameraPopup.close()
            }
        }
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
