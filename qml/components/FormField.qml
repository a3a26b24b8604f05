import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A labelled one-line field with its problem under it. `text` is what the form holds; every
// change, typed or set, is reported with edited(text), so the form never lags behind.
// The field's objectName is this one's + "Input", its problem's + "Problem".
ColumnLayout {
    id: root

    property string label
    property string text
    property string problem
    property string placeholder
    property int maximumLength: 200
    property int inputMethodHints: Qt.ImhNone
    property alias input: input
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
    TextField {
        id: input
        objectName: root.objectName + "Input"
        text: root.text
        placeholderText: root.placeholder
        maximumLength: root.maximumLength
        inputMethodHints: root.inputMethodHints
        font.pixelSize: Theme.base
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextChanged: if (text !== root.text) root.edited(text)
        Accessible.name: root.label
        Accessible.description: root.problem
        Accessible.role: Accessible.EditableText
    }
    FieldProblem {
        objectName: root.objectName + "Problem"
        text: root.problem
        Layout.fillWidth: true
    }
}
