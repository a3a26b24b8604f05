import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts

// One labelled fact on the detail page ("Address", "Languages spoken", ...).
ColumnLayout {
    id: root

    property string label
    property string value

    visible: value !== ""
    spacing: 2

    Label {
        text: root.label
        font.pixelSize: Theme.small
        font.bold: true
        color: Theme.inkSoft
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Label {
        text: root.value
        font.pixelSize: Theme.base
        color: Theme.ink
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Accessible.name: root.label + ": " + root.value
    }
}
