import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts

// The phone's navigation: destinations in a bar at the bottom, within thumb reach.
TabBar {
    id: root

    property var destinations: []
    signal activated(int index)

    position: TabBar.Footer
    background: Rectangle { color: Theme.accentSoft }

    Repeater {
        model: root.destinations
        delegate: TabButton {
            id: tab
            required property int index
            required property var modelData
            implicitHeight: 64
            Accessible.name: modelData.label
            Accessible.role: Accessible.PageTab
            onClicked: root.activated(index)
            contentItem: ColumnLayout {
                spacing: 2
                Image {
                    source: tab.modelData.icon
                    sourceSize: Qt.size(24, 24)
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: tab.modelData.label
                    font.pixelSize: Theme.small
                    font.bold: tab.checked
                    // Six Dutch labels on a narrow phone: shrink a long one a little, never cut it.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    elide: Text.ElideNone
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
    }
}
