import QtQuick
import QtQuick.Controls
import QtMultimedia
import Buurtbrug.Ui

// Scans QR codes with the device's camera: a live picture to aim with (QrViewfinder), emitting
// the text of each code read. The camera runs only while `active`, shown, and the app is not
// in the background, to spare the battery. Without a usable camera (none, or it failed) a calm
// note takes its place and no camera pipeline is made at all; the page around it offers typing
// the code instead.
Item {
    id: root

    // Whether to scan; a page binds it to being the page in front.
    property bool active: true
    // A camera is there and has not failed: the picture shows, not the note.
    readonly property bool cameraAvailable: devices.videoInputs.length > 0 && !internal.cameraFailed
    readonly property bool scanning: (viewfinder.item as QrViewfinder)?.scanning ?? false
    signal decoded(string text)

    implicitWidth: 320
    implicitHeight: 320
    Accessible.role: Accessible.Graphic
    Accessible.name: cameraAvailable ? qsTr("QR code scanner") : noCamera.text

    QtObject {
        id: internal
        property bool cameraFailed: false
    }

    MediaDevices {
        id: devices
        // A camera plugged in or out: try again.
        onVideoInputsChanged: internal.cameraFailed = false
    }

    Loader {
        id: viewfinder
        anchors.fill: parent
        active: root.cameraAvailable
        sourceComponent: QrViewfinder {
            running: root.active && root.visible
                     && Qt.application.state !== Qt.ApplicationHidden
                     && Qt.application.state !== Qt.ApplicationSuspended
            onDecoded: text => root.decoded(text)
            onFailed: internal.cameraFailed = true
        }
    }

    Rectangle {
        visible: !root.cameraAvailable
        anchors.fill: parent
        radius: 8
        color: Theme.page
        border.color: Theme.line

        Label {
            id: noCamera
            objectName: "qrScannerNoCamera"
            anchors.fill: parent
            anchors.margins: Theme.gap
            text: qsTr("No camera available: type the code instead.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.base
            color: Theme.inkSoft
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
