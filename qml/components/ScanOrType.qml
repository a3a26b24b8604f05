import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// Reads a card or poster: the camera when the phone has one, and always a field to type the
// code printed under the QR code, so the app works without a camera too.
ColumnLayout {
    id: root

    property bool typing: true          // offer the code field (cards have a typed code; posters do not)
    property string fieldLabel: qsTr("Card code")
    property string placeholder: "K7Q-M4P-XR9"
    property bool scanning: false       // the page allows the camera: it is shown and in front
    property bool cameraOn: false       // the person turned the camera on; it never starts by itself
    signal submitted(string text)

    spacing: Theme.gap

    // The camera, where the phone has one; without it the field below (or, for a poster, the
    // note) is all there is, and nothing here pretends otherwise.
    ActionButton {
        objectName: "startCamera"
        visible: scanner.cameraAvailable && !root.cameraOn
        text: qsTr("Scan with the camera")
        implicitHeight: Theme.touchTarget
        Accessible.name: text
        Layout.fillWidth: true
        onClicked: root.cameraOn = true
    }
    QrScanner {
        id: scanner
        objectName: "qrScanner"
        visible: cameraAvailable && root.cameraOn
        active: root.scanning && root.cameraOn
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? width * 0.75 : 0
        onDecoded: text => root.submitted(text)
    }

    Label {
        objectName: "noCameraNote"
        visible: !root.typing && !scanner.cameraAvailable
        text: qsTr("This phone has no camera to read the poster. Ask the host to scan your card instead.")
        wrapMode: Text.Wrap
        color: Theme.ink
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        visible: root.typing
        text: root.fieldLabel
        color: Theme.inkSoft
        font.pixelSize: Theme.small
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    RowLayout {
        visible: root.typing
        spacing: Theme.gap
        Layout.fillWidth: true
        TextField {
            id: codeField
            objectName: "cardCodeField"
            placeholderText: root.placeholder
            // Codes are Latin letters and digits, typed left to right in every language.
            LayoutMirroring.enabled: false
            horizontalAlignment: TextInput.AlignLeft
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            // The body size, and OK no wider than its word needs: with large text (2.0) the
            // whole code still fits beside OK on a phone.
            font.pixelSize: Theme.base
            font.letterSpacing: 2
            implicitHeight: Theme.touchTarget
            Accessible.name: root.fieldLabel
            Layout.fillWidth: true
            onAccepted: root.submit()
        }
        ActionButton {
            objectName: "cardCodeSubmit"
            text: qsTr("OK")
            // Offered once there is a code to check (Enter in the field checks it too).
            enabled: codeField.text.trim() !== ""
            visible: enabled
            implicitHeight: Theme.touchTarget
            implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 24)
            Accessible.name: qsTr("Check the code")
            onClicked: root.submit()
        }
    }

    // The typed code stays after an attempt, so a typo can be corrected against the card; the
    // page calls clear() once the code was accepted.
    function submit() {
        const text = codeField.text.trim()
        if (text === "")
            return
        root.submitted(text)
    }
    function clear() {
        codeField.text = ""
    }
    // Shows a code that came from elsewhere (a scan, or the app's --enrol), to be corrected.
    function fill(text) {
        codeField.text = text
    }
}
