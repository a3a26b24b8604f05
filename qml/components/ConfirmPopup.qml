import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A question before something that cannot be taken back: a title, what will happen, the
// action and a way out that changes nothing. accepted() only from the action button.
Popup {
    id: root

    property string title
    property string message
    property string actionText
    property string keepText
    signal accepted()

    modal: true
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 400) - 2 * Theme.gap, 480)
    padding: Theme.gap * 1.5
    background: Rectangle { color: Theme.page; radius: 8; border.color: Theme.line }
    contentItem: ColumnLayout {
        spacing: Theme.gap
        Heading {
            text: root.title
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: root.message
            wrapMode: Text.Wrap
            color: Theme.ink
            font.pixelSize: Theme.base
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: root.objectName + "Yes"
            text: root.actionText
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Layout.fillWidth: true
            onClicked: { root.close(); root.accepted() }
        }
        ActionButton {
            objectName: root.objectName + "No"
            text: root.keepText
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            Layout.fillWidth: true
            onClicked: root.close()
        }
    }
}
