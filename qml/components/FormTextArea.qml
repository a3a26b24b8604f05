import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A labelled text of several lines in a visible box, with its problem under it (as FormField).
ColumnLayout {
    id: root

    property string label
    property string text
    property string problem
    property int lines: 3
    signal edited(string text)

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
    TextBox {
        id: area
        objectName: root.objectName + "Input"
        text: root.text
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * root.lines / 2 + 16
        onTextChanged: if (text !== root.text) root.edited(text)
        Accessible.name: root.label
        Accessible.description: root.problem
    }
    FieldProblem {
        objectName: root.objectName + "Problem"
        text: root.problem
        Layout.fillWidth: true
    }
}
