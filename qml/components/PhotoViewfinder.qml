import QtQuick
import QtQuick.Controls
import QtMultimedia
import Buurtbrug.Ui

// The live camera picture for a photo of a place (PhotoSection's camera). Made only when the
// device has a camera; `running` switches it on and off. capture() takes one picture and
// captured(image) hands it on at the camera's size: PhotoPreparer makes it smaller and draws it
// afresh, so nothing of the camera's metadata (a position) is ever stored.
Item {
    id: root

    property bool running: false
    readonly property bool ready: camera.active && imageCapture.readyForCapture
    signal captured(var image)
    // The camera or the capture reported an error; it stays off.
    signal failed()

    function capture() {
        if (root.ready)
            imageCapture.capture()
    }

    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Camera picture")

    CaptureSession {
        camera: Camera {
            id: camera
            active: root.running && error === Camera.NoError
            onErrorOccurred: root.failed()
        }
        imageCapture: ImageCapture {
            id: imageCapture
            onImageCaptured: (requestId, image) => root.captured(image)
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
        fillMode: VideoOutput.PreserveAspectFit
    }
}
