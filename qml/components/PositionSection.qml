import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// Where the initiative is: its address, and its position on the map from this device's
// position, from the address looked up (when online), or typed as coordinates. The addresses
// found are offered to choose from; nothing is filled in without a tap.
ColumnLayout {
    id: root

    required property DirectoryEditorController editor
    readonly property InitiativeForm form: editor.initiative
    readonly property AddressLookup lookup: editor.addressLookup
    readonly property var problems: form.problems

    spacing: Theme.gap

    FormField {
        objectName: "initiativeStreet"
        label: qsTr("Street and number")
        text: root.form.street
        problem: root.problems["address.street"] || ""
        onEdited: text => root.form.street = text
        Layout.fillWidth: true
    }
    GridLayout {
        columns: root.width > 420 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: 4
        Layout.fillWidth: true
        FormField {
            objectName: "initiativePostcode"
            label: qsTr("Postcode")
            placeholder: "3024 AB"
            maximumLength: 7
            inputMethodHints: Qt.ImhPreferUppercase
            text: root.form.postcode
            problem: root.problems["address.postcode"] || ""
            onEdited: text => root.form.postcode = text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        FormField {
            objectName: "initiativeCity"
            label: qsTr("Place")
            text: root.form.city
            problem: root.problems["address.city"] || ""
            onEdited: text => root.form.city = text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }
    WideButton {
        objectName: "lookUpAddress"
        text: qsTr("Find the position of this address")
        enabled: !root.lookup.busy
        font.pixelSize: Theme.base
        Layout.fillWidth: true
        onClicked: root.editor.lookUpAddress()
    }
    WideButton {
        objectName: "useDevicePosition"
        text: qsTr("Use this device's position")
        font.pixelSize: Theme.base
        Layout.fillWidth: true
        onClicked: root.editor.useDevicePosition()
    }
    Label {
        objectName: "lookupBusy"
        visible: root.lookup.busy
        text: qsTr("Looking up the address…")
        font.pixelSize: Theme.small
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    FieldProblem {
        objectName: "lookupMessage"
        text: root.lookup.message
        Layout.fillWidth: true
    }
    Label {
        visible: root.lookup.results.length > 0
        text: qsTr("Choose the address that is meant:")
        font.pixelSize: Theme.small
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Repeater {
        model: root.lookup.results
        delegate: WideButton {
            required property var modelData
            required property int index
            objectName: "addressResult_" + index
            text: modelData.label
            font.pixelSize: Theme.base
            Layout.fillWidth: true
            onClicked: root.editor.chooseAddress(index)
        }
    }
    GridLayout {
        columns: root.width > 420 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: 4
        Layout.fillWidth: true
        FormField {
            objectName: "initiativeLatitude"
            label: qsTr("Latitude (north), e.g. 51.9105")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            maximumLength: 20
            text: root.form.latitude
            onEdited: text => root.form.latitude = text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        FormField {
            objectName: "initiativeLongitude"
            label: qsTr("Longitude (east), e.g. 4.4502")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            maximumLength: 20
            text: root.form.longitude
            onEdited: text => root.form.longitude = text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }
    FieldProblem {
        objectName: "positionProblem"
        text: root.problems["position"] || ""
        Layout.fillWidth: true
    }
}
