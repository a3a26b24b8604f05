import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// Dates typed one by one (fixed dates, exceptions): a field and Add, then each date with a
// Remove. A typed text that is no date stays in the field with the problem under it.
ColumnLayout {
    id: root

    property string label
    property string addText
    property var dates: []          // [{iso, text}]
    property string problem
    // Returns true when the typed date was taken.
    property var add: typed => false
    signal removeRequested(string iso)

    spacing: 4

    Label {
        text: root.label
        font.pixelSize: Theme.small
        font.bold: true
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    // The field and its Add side by side where there is room, else Add under the field.
    GridLayout {
        columns: root.width > 480 ? 2 : 1
        columnSpacing: 8
        rowSpacing: 8
        Layout.fillWidth: true
        TextField {
            id: typed
            objectName: root.objectName + "Input"
            placeholderText: qsTr("day-month-year")
            inputMethodHints: Qt.ImhPreferNumbers
            font.pixelSize: Theme.base
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: root.label
            Accessible.description: root.problem
            onAccepted: addButton.activate()
        }
        ActionButton {
            id: addButton
            objectName: root.objectName + "Add"
            text: root.addText
            font.pixelSize: Theme.base
            Layout.preferredHeight: Theme.touchTarget
            onClicked: if (root.add(typed.text)) typed.text = ""
        }
    }
    FieldProblem {
        objectName: root.objectName + "Problem"
        text: root.problem
        Layout.fillWidth: true
    }
    Repeater {
        model: root.dates
        delegate: RowLayout {
            required property var modelData
            spacing: 8
            Layout.fillWidth: true
            Label {
                text: modelData.text
                font.pixelSize: Theme.base
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: root.objectName + "Remove_" + modelData.iso
                text: qsTr("Remove")
                flat: true
                font.pixelSize: Theme.base
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Remove %1").arg(modelData.text)
                onClicked: root.removeRequested(modelData.iso)
            }
        }
    }
}
