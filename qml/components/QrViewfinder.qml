import QtQuick
import QtQuick.Controls
import QtMultimedia
import Buurtbrug.App
import Buurtbrug.Ui

// The live camera picture with a square to aim at, reading QR codes from its frames (on a
// worker thread, a code held in view once: see QrFrameReader). Made by QrScanner only when the
// device has a camera; `running` switches the camera on and off.
Item {
    id: root

    property bool running: false
    readonly property bool scanning: camera.active
    signal decoded(string text)
    // The camera reported an error; it stays off.
    signal failed()

    clip: true

    CaptureSession {
        camera: Camera {
            id: camera
            active: root.running && error === Camera.NoError
            onErrorOccurred: root.failed()
        }
        videoOutput: output
    }
    Component.onCompleted: {
        if (camera.error !== Camera.NoError)
            root.failed()
    }

    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }

    QrFrameReader {
        videoSink: output.videoSink
        active: camera.active
        onDecoded: text => {
            readFlash.restart()
            root.decoded(text)
        }
    }

    // White on a dark rim, so it shows on light and dark scenes; the accent colour for a
    // moment when a code was read.
    Rectangle {
        objectName: "qrScannerAim"
        anchors.centerIn: parent
        width: Math.round(Math.min(root.width, root.height) * 0.7)
        height: width
        radius: 14
        color: "transparent"
        border.width: 2
        border.color: "#80000000"

        Rectangle {
            anchors.fill: parent
            anchors.margins: 2
            radius: 12
            color: "transparent"
            border.width: 4
            border.color: readFlash.running ? Theme.accent : "white"
        }
    }

    Label {
        id: hint
        objectName: "qrScannerHint"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        padding: Theme.gap / 2
        text: qsTr("Hold the QR code inside the square.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.small
        color: "white"
        background: Rectangle {
            color: "#99000000"
        }
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Timer {
        id: readFlash
        interval: 600
    }
}
