import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts

// A page's title bar, with an optional back button whose arrow points the reading way back.
ToolBar {
    id: root

    property string title
    property bool showBack: false
    signal backClicked()

    background: Rectangle { color: Theme.page; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line } }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: root.showBack ? 0 : Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: 4

        ToolButton {
            objectName: "backButton"
            visible: root.showBack
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Back")
            Accessible.role: Accessible.Button
            onClicked: root.backClicked()
            Accessible.onPressAction: if (visible) root.backClicked()
            Keys.onReturnPressed: root.backClicked()
            Keys.onEnterPressed: root.backClicked()
            FocusRing { }
            contentItem: Image {
                source: "qrc:/buurtbrug/icons/back.svg"
                sourceSize: Qt.size(24, 24)
                fillMode: Image.Pad
                mirror: root.LayoutMirroring.enabled
            }
        }

        Heading {
            objectName: "pageTitle"
            text: root.title
            // Large text wraps rather than cutting a title off.
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
        }
    }
}
